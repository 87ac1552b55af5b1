"""Findings and the report that prints them.

A finding names the file, the place in it (a spreadsheet row, a notebook
cell), what is wrong and what to do. Errors make ``soplab check`` fail;
warnings fail it only with ``--strict``; notes are for information.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Finding", "Report", "SEVERITIES"]

#: Severities, most serious first.
SEVERITIES = ("error", "warning", "note")


@dataclass(frozen=True)
class Finding:
    """One thing the checker found."""

    severity: str
    check: str
    file: str
    place: str
    message: str
    fix: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def location(self) -> str:
        return f"{self.file}:{self.place}" if self.place else self.file

    def __str__(self) -> str:
        text = f"{self.location}: {self.severity}: {self.message}"
        if self.fix:
            text += f"\n    what to do: {self.fix}"
        return text


def _order(finding: Finding) -> tuple:
    lead = re.match(r"(?:cell )?(\d+)", finding.place)
    number = int(lead.group(1)) if lead else -1
    return (SEVERITIES.index(finding.severity), finding.file, number, finding.place,
            finding.message)


@dataclass
class Report:
    """Everything ``soplab check`` found in one course."""

    root: Path
    findings: list[Finding] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    def add(self, *findings: Finding) -> None:
        self.findings.extend(findings)

    def of(self, severity: str) -> list[Finding]:
        return [f for f in self.findings if f.severity == severity]

    @property
    def errors(self) -> list[Finding]:
        return self.of("error")

    @property
    def warnings(self) -> list[Finding]:
        return self.of("warning")

    @property
    def notes(self) -> list[Finding]:
        return self.of("note")

    def failed(self, strict: bool = False) -> bool:
        """True when the course should not land: any error (or warning, if strict)."""
        return bool(self.errors or (strict and self.warnings))

    def counts(self) -> dict[str, int]:
        counted = Counter(f.severity for f in self.findings)
        return {s: counted.get(s, 0) for s in SEVERITIES}

    def summary(self) -> str:
        c = self.counts()

        def plural(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        return (f"Checked {', '.join(self.checks) or 'nothing'}: "
                f"{plural(c['error'], 'error')}, {plural(c['warning'], 'warning')}, "
                f"{plural(c['note'], 'note')}.")

    def text(self, notes: bool = True) -> str:
        """The report as plain text: one finding per paragraph, errors first."""
        shown = [f for f in sorted(self.findings, key=_order)
                 if notes or f.severity != "note"]
        lines = [f"soplab check: {self.root}", ""]
        lines += [str(f) for f in shown]
        if shown:
            lines.append("")
        lines.append(self.summary())
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()

    def to_dict(self) -> dict[str, Any]:
        return {
            "root": str(self.root),
            "checks": list(self.checks),
            "counts": self.counts(),
            "findings": [asdict(f) for f in sorted(self.findings, key=_order)],
        }

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(f.severity)}</td><td>{html.escape(f.location)}</td>"
            f"<td>{html.escape(f.message)}</td><td>{html.escape(f.fix)}</td></tr>"
            for f in sorted(self.findings, key=_order)
        )
        return (f"<p>{html.escape(self.summary())}</p><table><thead><tr><th>severity</th>"
                f"<th>where</th><th>what</th><th>what to do</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")
