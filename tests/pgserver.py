"""A throwaway PostgreSQL server for tests.

Starts ``initdb`` + ``postgres`` from the Debian/Ubuntu package layout
(``/usr/lib/postgresql/<version>/bin``, found with a glob) or from PATH, on
127.0.0.1 and a free port, with its data folder in a temporary directory.
PostgreSQL refuses to run as root, so as root the server runs as the
``postgres`` system user (``runuser -u postgres``). ``stop()`` shuts it down
and removes the folder.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries here, or they cannot start; the message says which."""


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PostgresUnavailable("PostgreSQL is not installed (apt-get install -y postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = _bindir()
        self.root = Path(tempfile.mkdtemp(prefix="soplab-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else os.environ.get("USER", "postgres")
        self.proc: subprocess.Popen | None = None

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if self.as_root else list(args)

    def start(self) -> PostgresServer:
        if self.as_root:
            try:
                shutil.chown(self.root, user="postgres")
            except (LookupError, PermissionError) as exc:
                raise PostgresUnavailable(f"no usable 'postgres' system user: {exc}") from exc
            self.root.chmod(0o755)
        init = subprocess.run(self._cmd(str(self.bindir / "initdb"), "-D", str(self.data),
                                        "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                        "--no-sync"),
                              capture_output=True, text=True)
        if init.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
        self.proc = subprocess.Popen(
            self._cmd(str(self.bindir / "postgres"), "-D", str(self.data), "-h", "127.0.0.1",
                      "-p", str(self.port), "-k", str(self.root), "-c", "fsync=off",
                      "-c", "max_connections=100"),
            stdout=subprocess.DEVNULL, stderr=open(self.root / "server.log", "wb"))  # noqa: SIM115
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = (self.root / "server.log").read_text(errors="replace")[-300:]
                raise PostgresUnavailable(f"postgres stopped at start: {log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            self.stop()
            raise PostgresUnavailable("postgres did not accept connections within 30 s")
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(self.dsn("postgres")):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def create_database(self, name: str) -> str:
        """Create a database; return its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)
