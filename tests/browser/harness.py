"""A real JupyterLab server and a real Chromium, for the browser tests and the benchmark.

Nothing here touches the repository or the user's Jupyter settings: the server
runs with its own home, config, data, runtime and settings folders under a
temporary directory, and serves a temporary root that holds copies of the
course files.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RELEASE = REPO / "release"
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"

#: Debian's Chromium; SOPLAB_CHROMIUM points elsewhere if needed.
CHROMIUM = Path(os.environ.get("SOPLAB_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
#: Seconds to wait for the server to answer /api/status.
SERVER_START_TIMEOUT = 90


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def release_assignments() -> list[str]:
    """Assignment folders in release/ that hold a notebook, in teaching order."""
    if not RELEASE.is_dir():
        return []
    return sorted(p.name for p in RELEASE.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))


def copy_release(target: Path, assignments: list[str] | None = None) -> Path:
    """Copy release/<assignment>/ folders into ``target`` as a learner receives them."""
    target.mkdir(parents=True, exist_ok=True)
    for name in assignments or release_assignments():
        shutil.copytree(RELEASE / name, target / name,
                        ignore=shutil.ignore_patterns("answers", ".ipynb_checkpoints"))
    return target


def _lab_settings(settings_dir: Path) -> None:
    """Quiet JupyterLab (no news or update toasts) and render every cell (a learner's
    JupyterLab keeps its default windowing instead)."""
    apputils = settings_dir / "@jupyterlab" / "apputils-extension"
    apputils.mkdir(parents=True, exist_ok=True)
    (apputils / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8")
    # JupyterLab 4 attaches off-screen cells lazily ("defer"); tests count and read
    # every cell, so render them all at once.
    notebook = settings_dir / "@jupyterlab" / "notebook-extension"
    notebook.mkdir(parents=True, exist_ok=True)
    (notebook / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}), encoding="utf-8")


@dataclass
class LabServer:
    """One JupyterLab process serving ``root``; nbgrader reads its config from ``cwd``."""

    root: Path
    cwd: Path
    state: Path
    port: int = 0
    token: str = ""
    process: subprocess.Popen | None = None
    log_path: Path | None = None
    env: dict[str, str] = field(default_factory=dict)
    command: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @classmethod
    def start(cls, root: Path, state: Path, cwd: Path | None = None) -> LabServer:
        """Start JupyterLab on a free port with a random token; wait until it answers."""
        server = cls(root=Path(root), cwd=Path(cwd or root), state=Path(state))
        server.port = free_port()
        server.token = secrets.token_hex(16)
        server.env = server._environment()
        server.log_path = server.state / "jupyterlab.log"
        command = [
            sys.executable, "-m", "jupyter", "lab", "--no-browser",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={server.port}",
            "--ServerApp.port_retries=0", "--ServerApp.allow_root=True",
            f"--IdentityProvider.token={server.token}",
            f"--ServerApp.root_dir={server.root}",
            "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]
        return server._launch(command)

    @classmethod
    def start_learner(cls, workspace: Path, state: Path) -> LabServer:
        """Start the learner's JupyterLab the way ``make lab`` does (``python -m
        soplab lab``: learner configuration, ``--allow-root`` when root), with
        JupyterLab's default settings, on a free port with a random token."""
        server = cls(root=Path(workspace), cwd=Path(state), state=Path(state))
        server.state.mkdir(parents=True, exist_ok=True)
        server.port = free_port()
        server.token = secrets.token_hex(16)
        server.env = server._environment(learner=True)
        server.log_path = server.state / "jupyterlab.log"
        command = [
            sys.executable, "-m", "soplab", "lab", "--workspace", str(server.root),
            "--no-browser",
            "--", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={server.port}",
            "--ServerApp.port_retries=0", f"--IdentityProvider.token={server.token}",
            "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]
        return server._launch(command)

    def _launch(self, command: list[str]) -> LabServer:
        """Run ``command`` in its own session, its output in the log, until it answers."""
        self.command = command
        log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(command, cwd=self.cwd, env=self.env, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        self._log = log
        self._wait()
        return self

    def restart(self) -> LabServer:
        """Stop the server and start it again on the same port with the same token, as a
        hub restarts a learner's server: the kernels end, the browser page stays."""
        self.stop()
        return self._launch(self.command)

    def _environment(self, learner: bool = False) -> dict[str, str]:
        """A home of its own. The harness's server also gets quiet JupyterLab settings
        that render every cell, and an nbgrader exchange under the state folder; the
        learner's server (``soplab lab``) gets neither: it runs with the settings and the
        exchange that ``soplab lab`` ships and sets up."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("JUPYTER", "SOPLAB_", "IPYTHON"))}
        home = self.state / "home"
        dirs = {
            "HOME": home,
            "JUPYTER_CONFIG_DIR": home / ".jupyter",
            "JUPYTER_DATA_DIR": home / ".local" / "share" / "jupyter",
            "JUPYTER_RUNTIME_DIR": self.state / "runtime",
            "JUPYTERLAB_SETTINGS_DIR": home / "lab" / "user-settings",
            "JUPYTERLAB_WORKSPACES_DIR": home / "lab" / "workspaces",
            "IPYTHONDIR": home / ".ipython",
            "MPLCONFIGDIR": home / ".matplotlib",
        }
        for path in dirs.values():
            path.mkdir(parents=True, exist_ok=True)
        if not learner:
            _lab_settings(dirs["JUPYTERLAB_SETTINGS_DIR"])
        if not learner:
            folder = self.state / "exchange"
            folder.mkdir(exist_ok=True)
            (dirs["JUPYTER_CONFIG_DIR"] / "nbgrader_config.py").write_text(
                f"c = get_config()  # noqa\nc.Exchange.root = {str(folder)!r}\n",
                encoding="utf-8")
        env.update({k: str(v) for k, v in dirs.items()})
        env["JUPYTER_PLATFORM_DIRS"] = "1"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env

    def _wait(self) -> None:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab stopped at start:\n{self.log_tail()}")
            try:
                self.api("/api/status")
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"JupyterLab did not answer within {SERVER_START_TIMEOUT}s:\n"
                           f"{self.log_tail()}")

    def api(self, path: str, method: str = "GET", body: dict | None = None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path, data=data, method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read().decode() or "null"
        return json.loads(text)

    def lab_url(self, notebook: str = "") -> str:
        """URL that opens ``notebook`` (a path under root) in a fresh workspace."""
        path = f"/lab/tree/{notebook}" if notebook else "/lab"
        return f"{self.url}{path}?reset&token={self.token}"

    def kernel_ready(self, notebook: str) -> bool:
        """Whether the notebook's kernel is idle and a browser is connected to it."""
        for session in self.api("/api/sessions"):
            if session.get("path") == notebook and session.get("kernel"):
                kernel = session["kernel"]
                return kernel.get("execution_state") == "idle" and kernel.get("connections", 0) > 0
        return False

    def shutdown_kernels(self) -> None:
        """Stop every kernel (between tests: keeps memory use flat)."""
        for session in self.api("/api/sessions"):
            try:
                self.api(f"/api/sessions/{session['id']}", method="DELETE")
            except urllib.error.HTTPError:
                pass

    def log_tail(self, lines: int = 40) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            try:  # the whole process group: ``soplab lab`` runs jupyter as its child
                os.killpg(self.process.pid, signal.SIGTERM)
            except (ProcessLookupError, PermissionError):
                self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    self.process.kill()
                self.process.wait(timeout=5)
        if getattr(self, "_log", None) is not None:
            self._log.close()


def launch_chromium(playwright):
    """Debian's Chromium through Playwright (never a downloaded browser)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


#: What the status bar says once the notebook's kernel is connected and idle.
_KERNEL_IDLE_JS = """() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]
    .some(e => /\\| Idle$/.test(e.innerText.trim()) && !e.innerText.startsWith('No Kernel'))"""
_EXECUTION_STARTED_JS = """() =>
    document.querySelector('.jp-Notebook-ExecutionIndicator')?.dataset.status === 'busy'
    || document.querySelectorAll('.jp-Notebook .jp-OutputArea-child').length > 0"""


class NotebookPage:
    """One notebook open in JupyterLab, driven the way a person drives it."""

    def __init__(self, page, server: LabServer, path: str):
        self.page = page
        self.server = server
        self.path = path

    def open(self, timeout: float = 90) -> NotebookPage:
        """Open the notebook in a fresh workspace and wait until its kernel is idle."""
        self.page.goto(self.server.lab_url(self.path))
        self.page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=timeout * 1000)
        self.wait_kernel_idle(timeout)
        return self

    def wait_kernel_idle(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while not self.server.kernel_ready(self.path):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the kernel of {self.path} did not become idle")
            time.sleep(0.1)
        self.page.wait_for_function(_KERNEL_IDLE_JS, timeout=timeout * 1000)

    def menu(self, top: str, item: str) -> None:
        """Choose ``top`` > ``item`` in JupyterLab's menu bar."""
        self.page.get_by_role("menuitem", name=top, exact=True).click()
        self.page.get_by_role("menuitem", name=item, exact=True).click()

    def run_all(self) -> None:
        """Run > Run All Cells, as the first cell tells the learner to do."""
        self.menu("Run", "Run All Cells")
        self.page.wait_for_function(_EXECUTION_STARTED_JS, timeout=15_000)

    def restart_and_run_all(self, exercises: int, timeout: float = 90) -> None:
        """Kernel > Restart Kernel and Run All Cells…, confirming the dialog; wait until
        ``exercises`` freshly built exercises are on the page."""
        self.page.evaluate("() => document.querySelectorAll('.soplab-exercise')"
                           ".forEach(e => e.dataset.soplabOld = '1')")
        self.menu("Kernel", "Restart Kernel and Run All Cells…")
        dialog = self.page.locator(".jp-Dialog")
        dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
        dialog.wait_for(state="detached")
        self.page.wait_for_function(
            "n => document.querySelectorAll('.soplab-exercise:not([data-soplab-old])')"
            ".length >= n", arg=exercises, timeout=timeout * 1000)
        self.wait_idle(timeout)

    @property
    def exercises(self):
        return self.page.locator(".soplab-exercise")

    def exercise(self, title: str):
        """The rendered exercise whose heading is ``title``."""
        return self.exercises.filter(
            has=self.page.get_by_role("heading", name=title, exact=True))

    def wait_for_exercises(self, count: int, timeout: float = 60) -> None:
        self.page.wait_for_function(
            "n => document.querySelectorAll('.soplab-exercise').length >= n", arg=count,
            timeout=timeout * 1000)

    def wait_idle(self, timeout: float = 60) -> None:
        """Wait until every queued cell has run (the kernel is idle again)."""
        self.page.wait_for_function(
            "() => document.querySelector('.jp-Notebook-ExecutionIndicator')"
            "?.dataset.status === 'idle'", timeout=timeout * 1000)
        self.page.wait_for_function(_KERNEL_IDLE_JS, timeout=timeout * 1000)


def release_notebook(assignment: str):
    """The committed learner notebook of ``assignment`` (nbformat node)."""
    import nbformat

    return nbformat.read(str(RELEASE / assignment / f"{assignment}.ipynb"), as_version=4)


def release_content(assignment: str) -> dict:
    """The learner-safe exercises.json of ``assignment``."""
    return json.loads((RELEASE / assignment / "exercises.json").read_text(encoding="utf-8"))


def tagged_cells(nb, tag: str) -> list[int]:
    """Indexes of the notebook's cells that carry ``tag``."""
    return [i for i, cell in enumerate(nb.cells) if tag in cell.metadata.get("tags", [])]
