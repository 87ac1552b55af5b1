"""Stable name for released notebooks (the pictures live in :mod:`soplab.course.figures`)."""

from soplab.course.figures import goal_and_plan_road, network_circles, three_houses

__all__ = ["goal_and_plan_road", "network_circles", "three_houses"]
