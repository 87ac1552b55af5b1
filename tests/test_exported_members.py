"""The package's public surface is deliberate (as httpx checks its own)."""

from __future__ import annotations

import soplab
import soplab.engine.widgets


def test_public_names_are_exported() -> None:
    public = {name for name in dir(soplab) if not name.startswith("_")}
    assert set(soplab.__all__) - {"__version__"} <= public
    assert "show" in soplab.__all__
    for name in soplab.engine.widgets.__all__:
        assert hasattr(soplab.engine.widgets, name)


def test_learner_side_import_is_light() -> None:
    import subprocess
    import sys

    code = "import sys, soplab; print(','.join(m for m in ('pandas', 'matplotlib', " \
           "'nbgrader', 'sqlalchemy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "", f"importing soplab pulled in heavy modules: {out}"
