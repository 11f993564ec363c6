"""Before the window opens: is there a display, and are the system libraries Qt loads there?

Without them Qt aborts the process (a core dump, or its misleading "xcb-cursor0 is
needed" text). This module finds the same problems first and words them as one
line naming the missing Debian/Ubuntu packages and the README section to read.
It is Qt-free and cheap: it only asks the dynamic loader and, for X11 and Wayland,
connects to the display the user's session names. Linux only; macOS and Windows
need no system packages.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from tmsplanner.core.resources import resource_path

README_SECTION = 'README, section "Start"'
OFFSCREEN_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay",
                                 "minimalegl"})


@dataclass(frozen=True)
class SystemLibrary:
    """One shared library Qt loads, and the Debian package that ships it."""

    package: str
    soname: str
    needed: str  # "any", "xcb" or "wayland"


@cache
def system_libraries() -> tuple[SystemLibrary, ...]:
    """The list in ``resources/system/debian-packages.txt`` (the one list of system packages)."""
    rows = []
    for line in resource_path("system", "debian-packages.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) == 3:
            rows.append(SystemLibrary(*fields))
    return tuple(rows)


def platform_plugin(environ: Mapping[str, str]) -> str | None:
    """The Qt platform the window would use here, or None when there is no display at all.

    Follows Qt 6: ``QT_QPA_PLATFORM`` wins; a Wayland session prefers Wayland; else X11.
    """
    explicit = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if explicit:
        return explicit
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    if environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return None


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(platform: str, loadable: Callable[[str], bool] = _loadable) -> list[SystemLibrary]:
    """The libraries the given platform needs that the dynamic loader cannot find."""
    kinds = {"any", platform}
    return [lib for lib in system_libraries() if lib.needed in kinds and not loadable(lib.soname)]


def _x11_reachable(display: str) -> bool:
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode() or None, None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)


def _wayland_reachable(display: str) -> bool:
    wayland = ctypes.CDLL("libwayland-client.so.0")
    wayland.wl_display_connect.restype = ctypes.c_void_p
    wayland.wl_display_connect.argtypes = [ctypes.c_char_p]
    wayland.wl_display_disconnect.argtypes = [ctypes.c_void_p]
    connection = wayland.wl_display_connect(display.encode() or None)
    if connection is None:
        return False
    wayland.wl_display_disconnect(connection)
    return True


def _packages(libraries: list[SystemLibrary]) -> str:
    return " ".join(dict.fromkeys(lib.package for lib in libraries))


def missing_libraries_message(libraries: list[SystemLibrary]) -> str:
    """One line: what is missing, by Debian package name, how to install it, where to read on."""
    packages = _packages(libraries)
    return (f"the window cannot start: missing system libraries {', '.join(lib.soname for lib in libraries)} "
            f"(Debian/Ubuntu packages: {packages}); install them with 'sudo apt-get install {packages}' "
            f"or 'sh tools/install-system-packages.sh' in the source folder. See {README_SECTION}.")


def gui_start_problem(environ: Mapping[str, str] | None = None, *,
                      loadable: Callable[[str], bool] = _loadable,
                      reachable: Mapping[str, Callable[[str], bool]] | None = None) -> str | None:
    """Why the window cannot start here, as one line; None when nothing stands in the way."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    platform = platform_plugin(env)
    if platform is None:
        return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it "
                "in a desktop session or over 'ssh -X', or use the command line (--help). "
                f"See {README_SECTION}.")
    needs = platform if platform in ("xcb", "wayland") else "any"
    missing = missing_libraries(needs, loadable)
    if missing:
        return missing_libraries_message(missing)
    probes = {"xcb": _x11_reachable, "wayland": _wayland_reachable, **(reachable or {})}
    name = env.get("DISPLAY", "") if platform == "xcb" else env.get("WAYLAND_DISPLAY", "")
    if platform in probes and not probes[platform](name):
        return (f"cannot connect to the display '{name}' ({platform}): is the display server running, "
                "and may this user use it? The command line still works (--help). "
                f"See {README_SECTION}.")
    return None


_MISSING_SO = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")


def import_error_message(error: ImportError) -> str:
    """Word a failed Qt import: name the Debian package when the missing library is on the list."""
    match = _MISSING_SO.search(str(error))
    if match:
        known = [lib for lib in system_libraries() if lib.soname == match.group(1)]
        if known:
            return missing_libraries_message(known)
        return (f"the window cannot start: the system library {match.group(1)} is missing. "
                f"See {README_SECTION}.")
    return f"the window cannot start ({error}). See {README_SECTION}."
