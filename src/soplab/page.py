"""The page header that each notebook shows under its title (see :mod:`soplab.widgets.page`)."""

from .widgets.page import show_page

__all__ = ["show_page"]
