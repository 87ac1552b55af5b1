"""Stable name for released notebooks: ``from soplab.progress import show_progress``."""

from soplab.engine.widgets.progress_view import show_progress

__all__ = ["show_progress"]
