"""For nbgrader's own ``OverwriteCells`` step (sealed grading does not use it).

``RestoreMissingCells`` fixes nbgrader 0.9's ``OverwriteCells.add_missing_grade_cells``,
which assumes the cell before a deleted grade cell is itself a grade or
solution cell and fails with a KeyError otherwise (in this course the cell
before a check cell is teaching text). It puts a deleted grade cell back after
the nearest earlier cell that the submission still has, or first.
"""

from __future__ import annotations

from nbgrader.preprocessors import OverwriteCells

__all__ = ["RestoreMissingCells"]


def _grade_ids(nb) -> dict[str, int]:
    return {
        cell.metadata["nbgrader"]["grade_id"]: index
        for index, cell in enumerate(nb.cells)
        if "nbgrader" in cell.metadata and cell.metadata["nbgrader"].get("grade_id")
    }


class RestoreMissingCells(OverwriteCells):
    """OverwriteCells that can restore any deleted grade cell."""

    def add_missing_grade_cells(self, nb, resources):
        source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        source_cells = source_nb.source_cells
        source_ids = [cell.name for cell in source_cells]
        solution_ids = {cell.name for cell in source_nb.solution_cells}
        for grade_cell in source_nb.grade_cells:
            present = _grade_ids(nb)
            if grade_cell.name in present or grade_cell.name not in source_ids:
                continue
            self.log.warning("Missing grade cell %s encountered, adding to notebook",
                             grade_cell.name)
            position = source_ids.index(grade_cell.name)
            restored = self.missing_cell_transform(
                source_cells[position], grade_cell.max_score,
                is_solution=grade_cell.name in solution_ids)
            insert_at = 0
            for earlier in reversed(source_ids[:position]):
                if earlier in present:
                    insert_at = present[earlier] + 1
                    break
            nb.cells.insert(insert_at, restored)
        return nb, resources
