"""The installed package the process benchmarks launch, never the source tree.

A launch of ``python -m tmsplanner`` from the checkout runs the source files; on
a machine with ``PYTHONDONTWRITEBYTECODE=1`` every launch then compiles the
whole package again, which no user's installed copy does. The benchmarks
instead install this checkout (``pip install --no-deps --target``, which also
writes the bytecode) into a temporary folder once per run, and launch every
child with that folder first on ``PYTHONPATH`` and a working directory outside
the checkout, through the console script pip installed (``tmsplanner``), as a
user starts it. The dependencies are the running interpreter's own.

    with installed_package() as site:
        env = site.env()              # for subprocess.run(..., env=env, cwd=site.cwd)

Standard library only: the launching process must stay small.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    """One finished child: CPU time (user + system), wall time, peak memory and what it printed."""

    cpu_ms: float
    wall_ms: float
    rss_mib: float
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Site:
    """A folder holding an installed tmsplanner, and how to launch it."""

    path: Path
    cwd: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(self.path)
        env.update(extra)
        return env

    def script(self, name: str) -> Path:
        """An installed console script (``tmsplanner``), as a user starts it."""
        return self.path / "bin" / name

    def run(self, cmd: list[str], extra_env: dict[str, str], ok: tuple[int, ...] = (0,)) -> Run:
        """Run one child to its end; its CPU time and peak memory are the kernel's account of it (wait4).
        An exit code outside ``ok`` stops the benchmark, naming the command and the end of its errors."""
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            child = subprocess.Popen(cmd, env=self.env(**extra_env), cwd=self.cwd, stdout=out, stderr=err)
            _, status, usage = os.wait4(child.pid, 0)
            wall = (time.perf_counter() - start) * 1e3
            code = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read().decode(), err.read().decode()
        if code not in ok:
            raise SystemExit(f"{' '.join(cmd)} failed ({code}): {stderr.strip()[-400:]}")
        return Run((usage.ru_utime + usage.ru_stime) * 1e3, wall, usage.ru_maxrss / 1024, stdout, stderr)

    def module_file(self) -> str:
        """Where ``import tmsplanner`` resolves in a launched child (a check that it is not the checkout)."""
        done = subprocess.run([sys.executable, "-c", "import tmsplanner; print(tmsplanner.__file__)"],
                              env=self.env(), cwd=self.cwd, capture_output=True, text=True, check=True)
        return done.stdout.strip()


@contextlib.contextmanager
def installed_package(source: Path = REPO) -> Iterator[Site]:
    """Install ``source`` into a temporary folder; yield it; remove it afterwards."""
    with tempfile.TemporaryDirectory(prefix="tmsplanner-bench-site-") as tmp:
        site = Path(tmp) / "site"
        cwd = Path(tmp) / "cwd"
        cwd.mkdir()
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-warn-script-location",
                        "--target", str(site), str(source)], check=True)
        result = Site(site, cwd)
        where = Path(result.module_file()).resolve()
        if not where.is_relative_to(site.resolve()):
            raise RuntimeError(f"the launched tmsplanner is {where}, not the installed copy in {site}")
        yield result


INSIDE = "TMSPLANNER_BENCH_INSTALLED"


def rerun_installed(script: str, argv: list[str], source: Path = REPO) -> int | None:
    """Run ``script`` again against an installed copy of ``source``, unless this is that run (then None).

    For the in-process benchmarks: ``if (code := rerun_installed(__file__, sys.argv[1:])) is not None:
    sys.exit(code)`` at the start of ``main``.
    """
    if os.environ.get(INSIDE):
        return None
    with installed_package(source) as site:
        env = site.env(**{INSIDE: "1"})
        return subprocess.run([sys.executable, script, *argv], env=env, cwd=site.cwd).returncode
