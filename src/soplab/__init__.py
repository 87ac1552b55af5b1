"""soplab: the support package of the course "Best Practices for ER: A Safety
Organized Practice Perspective"."""

__version__ = "0.1.0"
