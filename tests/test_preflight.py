"""Starting the window where it cannot start: one clear line, a non-zero exit, never a Qt abort."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tmsplanner import preflight
from tmsplanner.launcher import EXIT_GUI_CANNOT_START

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "install-system-packages.sh"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="system libraries are a Linux matter")


def _env_without_display(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    env.update(extra)
    return env


def _run_app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tmsplanner", *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False)


def test_the_package_list_is_well_formed() -> None:
    libraries = preflight.system_libraries()
    assert len({lib.soname for lib in libraries}) == len(libraries)
    assert {lib.needed for lib in libraries} == {"any", "xcb", "wayland"}
    for lib in libraries:
        assert re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", lib.package), lib
        assert re.fullmatch(r"lib[\w.+-]+\.so\.\d+", lib.soname), lib
    # The two libraries whose absence made Qt abort on a bare Debian are named.
    assert {"libglib2.0-0", "libxcb-cursor0"} <= {lib.package for lib in libraries}


@pytest.mark.parametrize(("environ", "platform"), [
    ({}, None),
    ({"DISPLAY": ":0"}, "xcb"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "xcb"),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ({"QT_QPA_PLATFORM": "xcb;offscreen", "WAYLAND_DISPLAY": "w"}, "xcb"),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "vnc"),
])
def test_platform_follows_qt(environ: dict[str, str], platform: str | None) -> None:
    assert preflight.platform_plugin(environ) == platform


@linux_only
def test_missing_libraries_are_named_by_package_once() -> None:
    absent = {"libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-cursor.so.0"}
    problem = preflight.gui_start_problem({"DISPLAY": ":0"}, loadable=lambda soname: soname not in absent,
                                          reachable={"xcb": lambda name: True})
    assert problem is not None and "\n" not in problem
    assert "apt-get install libglib2.0-0 libxcb-cursor0'" in problem
    assert problem.count("libglib2.0-0") == 2  # in the package list and in the command, not per library
    assert 'README, section "Start"' in problem


@linux_only
def test_offscreen_needs_no_window_libraries() -> None:
    window_only = {lib.soname for lib in preflight.system_libraries() if lib.needed != "any"}
    assert preflight.gui_start_problem({"QT_QPA_PLATFORM": "offscreen"},
                                       loadable=lambda soname: soname not in window_only) is None
    assert preflight.gui_start_problem({"QT_QPA_PLATFORM": "offscreen"},
                                       loadable=lambda soname: soname != "libEGL.so.1") is not None


@linux_only
def test_an_unreachable_display_is_named() -> None:
    problem = preflight.gui_start_problem({"DISPLAY": ":71"}, loadable=lambda soname: True,
                                          reachable={"xcb": lambda name: False})
    assert problem is not None and "':71'" in problem


def test_a_failed_qt_import_names_the_package() -> None:
    error = ImportError("libxkbcommon.so.0: cannot open shared object file: No such file or directory")
    assert "apt-get install libxkbcommon0'" in preflight.import_error_message(error)
    unknown = ImportError("libfoo.so.7: cannot open shared object file: No such file or directory")
    assert "libfoo.so.7" in preflight.import_error_message(unknown)


@linux_only
def test_no_display_gives_one_line_and_exit_3() -> None:
    result = _run_app(_env_without_display())
    assert result.returncode == EXIT_GUI_CANNOT_START
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tmsplanner: no display"), result.stderr
    assert result.stdout == ""


@linux_only
def test_a_display_nobody_serves_gives_one_line_and_exit_3() -> None:
    result = _run_app(_env_without_display(DISPLAY=":87"), "gui")
    assert result.returncode == EXIT_GUI_CANNOT_START, result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    if preflight.missing_libraries("xcb"):  # a machine set up for the tests only (offscreen)
        assert "missing system libraries" in result.stderr
    else:
        assert "cannot connect to the display ':87'" in result.stderr


def test_gui_help_prints_help_without_a_display() -> None:
    result = _run_app(_env_without_display(), "gui", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: tmsplanner gui [PLAN]")


@linux_only
def test_install_script_asks_apt_for_exactly_the_missing_packages(tmp_path: Path) -> None:
    """The shell script reads the same list: with libglib and the xcb cursor missing, it installs those two."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("grep", "dirname", "uname", "id"):
        real = shutil.which(tool)
        assert real, tool
        (bin_dir / tool).symlink_to(real)
    present = [lib.soname for lib in preflight.system_libraries()
               if lib.soname not in ("libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-cursor.so.0")]
    cache = "".join(f"\t{soname} (libc6,x86-64) => /usr/lib/{soname}\n" for soname in present)
    (bin_dir / "ldconfig").write_text(f"#!/bin/sh\nprintf '%s' '{cache}'\n", encoding="utf-8")
    log = tmp_path / "apt.log"
    (bin_dir / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> {log}\n', encoding="utf-8")
    (bin_dir / "sudo").write_text('#!/bin/sh\n"$@"\n', encoding="utf-8")
    for stub in ("ldconfig", "apt-get", "sudo"):
        (bin_dir / stub).chmod(0o755)
    env = {"PATH": str(bin_dir)}
    result = subprocess.run(["/bin/sh", str(SCRIPT), "window"], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    calls = log.read_text(encoding="utf-8").splitlines()
    assert calls[0] == "update -qq"
    assert calls[1] == "install -y -qq --no-install-recommends libglib2.0-0 libxcb-cursor0"
    # Offscreen needs no xcb library: only glib is asked for.
    log.unlink()
    subprocess.run(["/bin/sh", str(SCRIPT), "offscreen"], env=env, check=True, capture_output=True, timeout=60)
    assert log.read_text(encoding="utf-8").splitlines()[1].endswith("--no-install-recommends libglib2.0-0")


@linux_only
def test_install_script_does_nothing_when_everything_is_there(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("grep", "dirname", "uname", "id"):
        (bin_dir / tool).symlink_to(shutil.which(tool) or tool)
    cache = "".join(f"\t{lib.soname} (libc6,x86-64) => /usr/lib/{lib.soname}\n"
                    for lib in preflight.system_libraries())
    (bin_dir / "ldconfig").write_text(f"#!/bin/sh\nprintf '%s' '{cache}'\n", encoding="utf-8")
    (bin_dir / "apt-get").write_text("#!/bin/sh\nexit 99\n", encoding="utf-8")
    for stub in ("ldconfig", "apt-get"):
        (bin_dir / stub).chmod(0o755)
    result = subprocess.run(["/bin/sh", str(SCRIPT), "window"], env={"PATH": str(bin_dir)},
                            capture_output=True, text=True, timeout=60, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
