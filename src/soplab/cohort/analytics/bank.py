"""The item banks as a pandas table, for the analytics to join with responses."""

from __future__ import annotations

import pandas as pd

from soplab.engine.items import ItemBank

__all__ = ["items_frame"]


def items_frame(bank: ItemBank) -> pd.DataFrame:
    """All items as a pandas DataFrame joined with their exercise set."""
    rows = []
    for item in bank.items.values():
        ex = bank.exercises[item.exercise]
        rows.append(
            {
                "item_id": item.id,
                "objective": item.objective,
                "exercise": item.exercise,
                "assignment": ex.assignment,
                "widget": ex.widget,
                "kind": item.kind,
                "prompt": item.prompt,
                "label": item.label,
                "correct_option": item.correct_option(ex),
                "explanation": item.explanation,
                "misconception": item.misconception,
            }
        )
    return pd.DataFrame(rows)
