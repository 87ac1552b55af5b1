"""The gradebook on a real PostgreSQL server: roster, sealed autograde, same scores."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_kit import COURSE, ORIENTATION, sqlite_url

from soplab.cohort.autograde import autograde, cell_scores
from soplab.cohort.roster import import_roster
from soplab.cohort.simulate import make_cohort, simulate

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def test_roster_and_sealed_autograde_on_postgres(pg_server, mini_course: Path,
                                                   tmp_path: Path):
    from soplab.cohort.roster import write_roster

    url = pg_server.create_database("gradebook_parallel")
    cohort = make_cohort(6, seed=21)
    roster = write_roster([p.as_roster() for p in cohort], tmp_path / "roster.csv")
    import_roster(mini_course, roster, db_url=url)
    simulate(mini_course, [ORIENTATION], learners=cohort, seed=21)
    twin = tmp_path / "twin"
    shutil.copytree(mini_course, twin, symlinks=True)

    on_pg = autograde(mini_course, ORIENTATION, db_url=url)  # records the assignment
    on_sqlite = autograde(twin, ORIENTATION)
    assert not on_pg.failed and not on_sqlite.failed and on_pg.outcomes
    assert cell_scores(url, ORIENTATION, COURSE) == cell_scores(sqlite_url(twin), ORIENTATION,
                                                                 COURSE)
    again = autograde(mini_course, ORIENTATION, db_url=url)  # re-run is safe
    assert [o.score for o in again.outcomes] == [o.score for o in on_pg.outcomes]

    from nbgrader.api import Gradebook

    with Gradebook(url, COURSE) as gb:
        names = {s.id: (s.first_name, s.email) for s in gb.students}
        assert len(gb.assignment_submissions(ORIENTATION)) == len(on_pg.outcomes)
    first = cohort[0]
    assert names[first.id] == (first.first_name, first.email)


def test_cli_takes_the_db_url(pg_server, mini_course: Path, tmp_path: Path):
    url = pg_server.create_database("gradebook_cli")
    bad = tmp_path / "roster.csv"
    bad.write_text("id,first_name,last_name,email,lms_id\nok1,A,B,a@example.org,L1\n"
                   "ok1,C,D,c@example.org,L2\n")
    done = subprocess.run([sys.executable, "-m", "soplab", "roster", "import", str(bad),
                           "--course", str(mini_course), "--db", url],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "roster.csv:3: id: 'ok1' is already used" in done.stderr
    from nbgrader.api import Gradebook

    with Gradebook(url, COURSE) as gb:
        assert gb.students == []  # nothing half-loaded
