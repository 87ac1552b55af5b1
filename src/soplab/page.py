"""Stable name for released notebooks: ``from soplab.page import show_page``."""

from soplab.engine.widgets.page import show_page

__all__ = ["show_page"]
