"""A throwaway PostgreSQL server for the tests: started once per test run, a fresh database per test.

The server's programs are looked for in Debian's place (``/usr/lib/postgresql/*/bin``) and on PATH. It
runs from a temporary folder on a free loopback port with ``trust`` authentication and no fsync, as the
``postgres`` system user when the tests run as root (initdb refuses root). Without the programs the
PostgreSQL tests are skipped, unless ``TMSPLANNER_REQUIRE_POSTGRES=1`` (as ``.ci/run`` sets) makes that a
failure.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

REQUIRED = os.environ.get("TMSPLANNER_REQUIRE_POSTGRES") == "1"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """A running server; :meth:`database` makes a new empty database and returns its address."""

    def __init__(self, bindir: Path) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="tmsplanner-pg-"))
        self.port = _free_port()
        self.bindir = bindir
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.folder, "postgres")
        data = self.folder / "data"
        self.env = {key: value for key, value in os.environ.items() if key not in ("LANGUAGE", "LC_MESSAGES")}
        subprocess.run([*self.as_user, str(bindir / "initdb"), "-D", str(data), "--auth=trust", "-U", "postgres",
                        "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True, env=self.env)
        # The server's messages in English whatever the tests' language environment (tests read them).
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off " \
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c lc_messages=C"
        subprocess.run([*self.as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                        str(self.folder / "log"), "-w", "start"], check=True, capture_output=True, env=self.env)
        self._names = itertools.count(1)

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname={database}",
                             autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def login(self, url: str, user: str, group: str) -> str:
        """The address of ``url``'s database for ``user``, a login role (made if missing) in role ``group``."""
        self.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{user}') THEN "
                     f"CREATE ROLE {user} LOGIN IN ROLE {group}; END IF; END $$")
        return self.url(url.rsplit("/", 1)[1], user=user)

    def database(self) -> str:
        name = f"t{os.getpid()}_{next(self._names)}"
        self.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "stop"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    bindir = _bindir()
    if bindir is None:
        if REQUIRED:
            pytest.fail("PostgreSQL's programs (initdb, pg_ctl) are not installed, and TMSPLANNER_REQUIRE_POSTGRES=1")
        pytest.skip("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    server = Server(bindir)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The address of a fresh, empty store on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/record.sqlite3"
    return request.getfixturevalue("pg_server").database()
