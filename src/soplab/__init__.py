"""soplab: the support package of the course "Best Practices for ER: A Safety
Organized Practice Perspective".

Notebooks use :func:`show` to put an exercise on the page; locked test cells
use :mod:`soplab.grading`.
"""

from .widgets import show

__version__ = "0.1.0"

__all__ = ["__version__", "show"]
