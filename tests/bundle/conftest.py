"""The self-contained bundle for the ``bundle`` tests: built once per run, or taken from TMSPLANNER_BUNDLE_DIR.

``TMSPLANNER_BUNDLE_DIR`` names a built bundle folder (the one holding the
``tmsplanner`` executable, e.g. ``dist/tmsplanner``); without it the first
test that needs the bundle builds one with ``packaging/build-bundle.sh`` into
a temporary folder. The build time and the bundle's size are printed at the
end of the run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bundle_support import BUNDLE_DIR_ENV, EXECUTABLE, Bundle, build, disk_usage

_STATS: list[Bundle] = []


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """The bundle under test."""
    given = os.environ.get(BUNDLE_DIR_ENV)
    if given:
        folder, seconds = Path(given).resolve(), None
    else:
        out = tmp_path_factory.mktemp("bundle-build")
        seconds = build(out)
        folder = out / "dist" / "tmsplanner"
    executable = folder / EXECUTABLE
    assert executable.is_file(), f"no bundled executable at {executable}"
    built = Bundle(folder, executable, seconds, disk_usage(folder))
    _STATS.append(built)
    return built


def pytest_terminal_summary(terminalreporter) -> None:
    for built in _STATS:
        how = f"built in {built.build_seconds:.0f} s" if built.build_seconds is not None else "reused"
        terminalreporter.write_line(f"bundle: {built.folder} ({how}), size {built.size} (du -sh)")
