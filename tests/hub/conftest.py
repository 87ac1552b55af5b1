"""A private JupyterHub for the course, set up with deploy/ exactly as on a real machine.

The ``deployment`` fixture (one per test module):

* makes real local accounts and groups with ``deploy/setup.sh`` (an instructor,
  three learners) plus one account outside the course, with random names
  ``soplabt<hex><role>``, homes under a fresh folder in /tmp, passwords set
  with ``chpasswd``;
* gives every account search (o+x) permission on the folders leading to the
  course's Python environment and checkout, because the single-user servers
  run as those accounts from that environment (here the base Python lives under
  /root, which is private); the old modes are put back afterwards;
* starts ``jupyterhub -f deploy/jupyterhub_config.py`` as root on 127.0.0.1
  (random ports) with its proxy from ``deploy/node_modules``.

Teardown always runs, also after a failure or the time limit: the hub is
stopped, any process still owned by a test account is ended by its id, the
accounts, homes and groups are removed, and the folder modes restored.

Needs root, useradd/chpasswd/runuser, and ``npm ci`` in deploy/. Without them
the tests are skipped, unless ``SOPLAB_REQUIRE_SERVICES=1`` (CI), when they fail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from hub.hubkit import (
    DEPLOY,
    PROXY,
    REPO,
    Hub,
    Person,
    delete_account,
    free_port,
    kill_pids,
    open_paths,
    paths_to_open,
    processes_of,
    restore_modes,
    run,
    run_id,
    set_password,
    stale_accounts,
    stale_groups,
    start_hub,
)

#: The whole module (hub start, three learners, grading, teardown) must finish in this time.
BUDGET = float(os.environ.get("SOPLAB_HUB_TEST_BUDGET", "420"))


def need(ok: bool, reason: str) -> None:
    if ok:
        return
    if os.environ.get("SOPLAB_REQUIRE_SERVICES"):
        pytest.fail(f"SOPLAB_REQUIRE_SERVICES is set but {reason}", pytrace=False)
    pytest.skip(reason)


def preflight() -> None:
    need(sys.platform.startswith("linux"), "the hub test needs Linux (PAM, local accounts)")
    need(os.geteuid() == 0, "the hub test needs root (it creates local accounts)")
    for tool in ("useradd", "userdel", "groupadd", "groupdel", "chpasswd", "runuser"):
        need(shutil.which(tool) is not None, f"{tool} is not installed")
    need(PROXY.exists(), f"configurable-http-proxy is not installed: run `npm ci` in {DEPLOY}")
    need(shutil.which("node") is not None, "Node.js is not installed (the hub's proxy needs it)")
    for module in ("jupyterhub", "pamela"):
        try:
            __import__(module)
        except Exception as exc:  # noqa: BLE001 (pamela raises OSError without libpam)
            need(False, f"{module} cannot be imported: {exc}")


class OutOfTime(Exception):
    pass


def _out_of_time(signum, frame):
    raise OutOfTime(f"the hub test took longer than {BUDGET:.0f} s "
                    "(SOPLAB_HUB_TEST_BUDGET); stopping and cleaning up")


@dataclass
class Deployment:
    hub: Hub
    instructor: Person
    learners: list[Person]
    outsider: Person
    base: Path
    homes: Path
    exchange: Path
    course_id: str
    setup_output: str
    deadline: float

    def home(self, person: Person) -> Path:
        return self.homes / person.name


@pytest.fixture(scope="module")
def deployment():
    preflight()
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, BUDGET)
    with contextlib.ExitStack() as undo:
        undo.callback(signal.signal, signal.SIGALRM, previous)
        try:
            yield from _deploy(undo, started)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)  # no alarm during the cleanup


def _deploy(undo: contextlib.ExitStack, started: float):
    from soplab.course.config import course_id

    for name in stale_accounts():
        delete_account(name)
    for group in stale_groups():
        run(["groupdel", group], check=False)

    base = Path(tempfile.mkdtemp(prefix="soplabt-", dir="/tmp"))
    undo.callback(shutil.rmtree, base, True)
    base.chmod(0o711)
    homes = base / "homes"
    homes.mkdir(mode=0o711)
    homes.chmod(0o711)
    exchange = base / "exchange"
    state = base / "hub"
    state.mkdir(mode=0o700)

    undo.callback(restore_modes, open_paths(paths_to_open()))

    run_name = run_id()
    learners_group, instructors_group = f"{run_name}-learners", f"{run_name}-instructors"
    names = {role: f"{run_name}{role}" for role in ("i", "a", "b", "c", "x")}
    uids: set[int] = set()

    def remove_everything() -> None:
        import pwd

        for name in names.values():
            with contextlib.suppress(KeyError):
                uids.add(pwd.getpwnam(name).pw_uid)
        kill_pids(processes_of(uids))
        for name in names.values():
            delete_account(name)
        for group in (learners_group, instructors_group):
            run(["groupdel", group], check=False)

    undo.callback(remove_everything)  # registered before anything exists

    course = course_id(REPO)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.prefix) / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "SOPLAB_VENV": sys.prefix,
        "SOPLAB_HOME_BASE": str(homes),
        "SOPLAB_EXCHANGE": str(exchange),
        "SOPLAB_COURSE_ID": course,
        "SOPLAB_LEARNERS_GROUP": learners_group,
        "SOPLAB_INSTRUCTORS_GROUP": instructors_group,
        "SOPLAB_HUB_STATE": str(state),
        "SOPLAB_NBGRADER_CONFIG_DIR": str(DEPLOY / "etc" / "jupyter"),
    }
    setup = str(DEPLOY / "setup.sh")
    done = [run([setup, "exchange"], env=env),
            run([setup, "instructor", names["i"]], env=env),
            run([setup, "learner", names["a"], names["b"], names["c"]], env=env)]
    # An account outside both course groups, to show the hub turns it away.
    run(["useradd", "--create-home", "--base-dir", str(homes), "--shell", "/bin/bash",
         names["x"]])

    passwords = {role: os.urandom(12).hex() for role in names}
    for role, name in names.items():
        set_password(name, passwords[role])

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env.update({
        "SOPLAB_HUB_URL": url,
        "SOPLAB_HUB_API_URL": f"http://127.0.0.1:{free_port()}",
        "SOPLAB_PROXY_API_URL": f"http://127.0.0.1:{free_port()}",
    })
    hub = start_hub(env, state, url, deadline=time.monotonic() + 90)
    undo.callback(hub.stop)

    def person(role: str) -> Person:
        return Person(names[role], passwords[role], hub)

    yield Deployment(
        hub=hub, instructor=person("i"), learners=[person(r) for r in "abc"],
        outsider=person("x"), base=base, homes=homes, exchange=exchange,
        course_id=course, setup_output="".join(d.stdout + d.stderr for d in done),
        deadline=started + BUDGET)
