"""Helpers for the JupyterHub end-to-end test: accounts, a private hub, and clients.

Everything here acts on the real machine (accounts, groups, processes), so each
helper that creates something has a matching undo, and every wait has a deadline.
"""

from __future__ import annotations

import asyncio
import grp
import json
import os
import pwd
import re
import secrets
import signal
import socket
import stat
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
PROXY = DEPLOY / "node_modules" / ".bin" / "configurable-http-proxy"
PREFIX = "soplabt"
HTTP_TIMEOUT = 60


def run(cmd: list[str], *, timeout: float = 120, check: bool = True, env=None,
        user: str | None = None) -> subprocess.CompletedProcess:
    """Run a command (as ``user`` through runuser when given) with a deadline."""
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({done.returncode}):\n"
                             f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return done


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_id() -> str:
    """Names of one test run: soplabt<6 hex><role>, e.g. soplabt3fa9c1a."""
    return f"{PREFIX}{secrets.token_hex(3)}"


# --- letting accounts run the shared environment ------------------------------

def paths_to_open() -> list[Path]:
    """Folders an unprivileged account must be able to pass through: the checkout
    (course package, deploy config), the virtual environment and its base Python."""
    return [REPO, Path(sys.prefix), Path(sys.base_prefix),
            Path(os.path.realpath(sys.executable)).parent]


def open_paths(paths: list[Path]) -> list[tuple[Path, int]]:
    """Add search permission for others (o+x, never read) on every folder leading
    to ``paths``. Returns what was changed, for :func:`restore_modes`."""
    changed: list[tuple[Path, int]] = []
    seen: set[Path] = set()
    for path in paths:
        path = path.resolve()
        for folder in [*reversed(path.parents), path]:
            if folder in seen or not folder.is_dir():
                continue
            seen.add(folder)
            mode = stat.S_IMODE(folder.stat().st_mode)
            if not mode & stat.S_IXOTH:
                folder.chmod(mode | stat.S_IXOTH)
                changed.append((folder, mode))
    return changed


def restore_modes(changed: list[tuple[Path, int]]) -> None:
    for folder, mode in reversed(changed):
        try:
            folder.chmod(mode)
        except OSError:
            pass


# --- accounts ---------------------------------------------------------------

def delete_account(name: str) -> None:
    run(["userdel", "--remove", name], check=False, timeout=60)
    # userdel removes the account's own group; remove it if it was left.
    run(["groupdel", name], check=False, timeout=30)


def stale_accounts() -> list[str]:
    """Test accounts left by an earlier run that was killed (their home is gone)."""
    return [entry.pw_name for entry in pwd.getpwall()
            if re.fullmatch(rf"{PREFIX}[0-9a-f]{{6}}[a-z]", entry.pw_name)
            and not Path(entry.pw_dir).exists()]


def stale_groups() -> list[str]:
    """Test groups whose run has no account left."""
    runs = {entry.pw_name[:len(PREFIX) + 6] for entry in pwd.getpwall()}
    return [entry.gr_name for entry in grp.getgrall()
            if re.fullmatch(rf"{PREFIX}[0-9a-f]{{6}}-(learners|instructors)", entry.gr_name)
            and entry.gr_name[:len(PREFIX) + 6] not in runs]


def set_password(name: str, password: str) -> None:
    done = subprocess.run(["chpasswd"], input=f"{name}:{password}\n", text=True,
                          capture_output=True, timeout=30)
    if done.returncode != 0:
        raise AssertionError(f"chpasswd {name}: {done.stderr}")


def processes_of(uids: set[int]) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid in uids:
                pids.append(int(entry.name))
        except FileNotFoundError:
            continue
    return pids


def kill_pids(pids: list[int], grace: float = 5.0) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
        time.sleep(0.2)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


# --- the hub ----------------------------------------------------------------

@dataclass
class Hub:
    url: str
    process: subprocess.Popen
    log: Path
    state: Path

    def api(self, method: str, path: str, token: str, **kwargs) -> requests.Response:
        return requests.request(method, f"{self.url}hub/api/{path}", timeout=HTTP_TIMEOUT,
                                headers={"Authorization": f"token {token}"}, **kwargs)

    def log_tail(self, chars: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    def stop(self) -> None:
        """SIGTERM: the hub stops the servers it started and its proxy; then make sure."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        pid_file = self.state / "jupyterhub-proxy.pid"
        if pid_file.exists():
            try:
                pid = int(pid_file.read_text().strip())
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except (ValueError, OSError):
                return
            if b"configurable-http-proxy" in cmdline:
                kill_pids([pid])


def start_hub(env: dict[str, str], state: Path, url: str, deadline: float) -> Hub:
    log = state / "hub.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(Path(sys.prefix) / "bin" / "jupyterhub"), "-f",
             str(DEPLOY / "jupyterhub_config.py")],
            cwd=state, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    hub = Hub(url=url, process=process, log=log, state=state)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the hub stopped ({process.returncode}):\n{hub.log_tail()}")
        try:
            if requests.get(f"{url}hub/api/", timeout=5).status_code == 200:
                return hub
        except requests.RequestException:
            pass
        time.sleep(0.5)
    hub.stop()
    raise AssertionError(f"the hub did not answer in time:\n{hub.log_tail()}")


# --- a person using the hub -------------------------------------------------

@dataclass
class Person:
    name: str
    password: str
    hub: Hub
    session: requests.Session = field(default_factory=requests.Session)
    token: str = ""

    def login(self, password: str | None = None) -> requests.Response:
        """Log in through the hub's login form, as a browser does."""
        page = self.session.get(f"{self.hub.url}hub/login", timeout=HTTP_TIMEOUT)
        page.raise_for_status()
        found = re.search(r'name="_xsrf" value="([^"]+)"', page.text)
        assert found, "the login page has no _xsrf field"
        return self.session.post(
            f"{self.hub.url}hub/login",
            data={"username": self.name, "password": password or self.password,
                  "_xsrf": found.group(1)},
            allow_redirects=False, timeout=HTTP_TIMEOUT)

    def logged_in(self) -> bool:
        return any(c.name.startswith("jupyterhub-hub-login") for c in self.session.cookies)

    def request_token(self) -> str:
        """Ask the hub for an API token with the login session (the hub's token page)."""
        xsrf = self.session.cookies.get("_xsrf", path="/hub/") or self.session.cookies.get("_xsrf")
        reply = self.session.post(
            f"{self.hub.url}hub/api/users/{self.name}/tokens",
            json={"note": "soplab hub test", "expires_in": 3600},
            headers={"X-XSRFToken": xsrf or "", "Referer": f"{self.hub.url}hub/token"},
            timeout=HTTP_TIMEOUT)
        assert reply.status_code in (200, 201), f"{self.name}: token: {reply.status_code} " \
                                                f"{reply.text[:500]}"
        self.token = reply.json()["token"]
        return self.token

    def start_server(self) -> None:
        reply = self.hub.api("POST", f"users/{self.name}/server", self.token)
        assert reply.status_code in (201, 202, 400), reply.text  # 400: already running

    def wait_ready(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            model = self.hub.api("GET", f"users/{self.name}", self.token).json()
            server = (model.get("servers") or {}).get("")
            if server and server.get("ready"):
                return
            time.sleep(0.5)
        raise AssertionError(f"{self.name}'s server did not start:\n{self.hub.log_tail()}")

    # the person's own server -------------------------------------------------
    @property
    def server(self) -> str:
        return f"{self.hub.url}user/{self.name}/"

    def call(self, method: str, path: str, **kwargs) -> requests.Response:
        return requests.request(method, self.server + path, timeout=HTTP_TIMEOUT,
                                headers={"Authorization": f"token {self.token}"}, **kwargs)

    def assignments(self, action: str, assignment: str, course: str) -> dict:
        """What the Assignments panel does: fetch, submit, fetch_feedback."""
        reply = self.call("POST", f"assignments/{action}",
                          data={"assignment_id": assignment, "course_id": course})
        assert reply.status_code == 200, f"{self.name} {action}: {reply.status_code} {reply.text}"
        result = reply.json()
        assert result.get("success"), f"{self.name} {action}: {result.get('value')}"
        return result

    def formgrader(self, path: str) -> dict:
        """What a formgrader button does (instructors)."""
        reply = self.call("POST", f"formgrader/api/{path}")
        assert reply.status_code == 200, f"formgrader {path}: {reply.status_code} {reply.text}"
        result = reply.json()
        assert result.get("success"), f"formgrader {path}:\n{result.get('error') or result}"
        return result

    def python(self, code: str, timeout: float = 120) -> str:
        """Run code in a new kernel of the person's server; return what it printed."""
        reply = self.call("POST", "api/kernels", json={"name": "python3"})
        assert reply.status_code == 201, f"{self.name}: kernel: {reply.status_code} {reply.text}"
        kernel = reply.json()["id"]
        try:
            ws = self.server.replace("http", "ws", 1) + f"api/kernels/{kernel}/channels"
            return asyncio.run(_execute(ws, self.token, code, timeout))
        finally:
            self.call("DELETE", f"api/kernels/{kernel}")


async def _execute(url: str, token: str, code: str, timeout: float) -> str:
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    request = HTTPRequest(url, headers={"Authorization": f"token {token}"},
                          connect_timeout=30, request_timeout=timeout)
    conn = await websocket_connect(request)
    msg_id = uuid.uuid4().hex
    conn.write_message(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                   "session": uuid.uuid4().hex, "version": "5.3",
                   "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": False,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
    }))
    out: list[str] = []
    stderr: list[str] = []
    errors: list[str] = []
    replied = idle = False
    try:
        while not (replied and idle):
            raw = await asyncio.wait_for(conn.read_message(), timeout)
            if raw is None:
                raise AssertionError("the kernel connection closed")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                (out if content["name"] == "stdout" else stderr).append(content["text"])
            elif kind == "error":
                errors.append("\n".join(content["traceback"]))
            elif kind == "execute_reply":
                replied = True
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
    finally:
        conn.close()
    if errors:
        raise AssertionError("code failed in the kernel:\n" + "".join(stderr)[-1000:]
                             + "\n".join(errors)[-3000:])
    return "".join(out)
