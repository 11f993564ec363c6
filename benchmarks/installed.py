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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


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
