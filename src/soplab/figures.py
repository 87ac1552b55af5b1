"""Stable name for released notebooks (the pictures live in :mod:`soplab.course.figures`)."""

from soplab.course.figures import (
    Picture,
    safety_scale,
    statement_chain,
    statement_parts,
    three_column_map,
)

__all__ = ["Picture", "safety_scale", "statement_chain", "statement_parts", "three_column_map"]
