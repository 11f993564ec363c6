"""Building or finding the self-contained bundle for the ``bundle`` tests (see conftest.py)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE_DIR_ENV = "TMSPLANNER_BUNDLE_DIR"
EXECUTABLE = "tmsplanner.exe" if sys.platform == "win32" else "tmsplanner"


@dataclasses.dataclass(frozen=True)
class Bundle:
    folder: Path
    executable: Path
    build_seconds: float | None  # None when an existing bundle was reused
    size: str  # as ``du -sh`` prints it


def disk_usage(folder: Path) -> str:
    """The folder's size as ``du -sh`` prints it."""
    try:
        return subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True,
                              check=True).stdout.split()[0]
    except (OSError, subprocess.CalledProcessError):
        total = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
        return f"{total / 2**20:.0f}M"


def build(out: Path) -> float:
    """Run packaging/build-bundle.sh into ``out/dist``; return the seconds it took."""
    env = {**os.environ, "DIST_DIR": str(out / "dist"), "WORK_DIR": str(out / "work"),
           "PYTHON": os.environ.get("PYTHON", sys.executable)}
    # The test session points these at throwaway folders; the build should use the user's pip
    # configuration and cache, exactly as the documented command does.
    for name in ("PYTHONPATH", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env.pop(name, None)
    log = out / "build.log"
    start = time.perf_counter()
    with log.open("wb") as stream:
        result = subprocess.run(["bash", str(REPO / "packaging" / "build-bundle.sh")], cwd=REPO, env=env,
                                stdout=stream, stderr=subprocess.STDOUT, timeout=1800)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
        pytest.fail(f"packaging/build-bundle.sh failed (exit {result.returncode}); end of {log}:\n{tail}")
    return seconds
