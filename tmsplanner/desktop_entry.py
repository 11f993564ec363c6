"""The desktop menu entry and icon for the current user (Linux and other freedesktop desktops).

``python -m tmsplanner.desktop_entry install`` writes
``$XDG_DATA_HOME/applications/tmsplanner.desktop`` (``~/.local/share`` when
``XDG_DATA_HOME`` is not set) and the icon into the user's ``hicolor`` icon
theme; ``install --uninstall`` removes them again. The entry starts the
program this command runs from: the bundled executable of a self-contained
installation, or the ``tmsplanner-gui`` script of a Python installation.

Standard library only: no Qt, so it runs on a machine without a display.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

APP_ID = "tmsplanner"
DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_SOURCES = {  # bundled resource (below resources/icons) -> place in the hicolor theme
    "tmsplanner.svg": Path("scalable", "apps", f"{APP_ID}.svg"),
    "tmsplanner-256.png": Path("256x256", "apps", f"{APP_ID}.png"),
}

# The localised keys of the entry; the brand name stays as it is in every language.
NAME = {"": "tmsplanner", "ru": "tmsplanner", "uk": "tmsplanner"}
GENERIC_NAME = {
    "": "TMS course planner",
    "ru": "Планировщик курсов ТМС",
    "uk": "Планувальник курсів ТМС",
}
COMMENT = {
    "": "Plan, check and print courses of repetitive transcranial magnetic stimulation",
    "ru": "Планирование, проверка и печать курсов ритмической транскраниальной магнитной стимуляции",
    "uk": "Планування, перевірка та друк курсів ритмічної транскраніальної магнітної стимуляції",
}
KEYWORDS = {
    "": "TMS;rTMS;theta burst;transcranial magnetic stimulation;treatment plan;",
    "ru": "ТМС;рТМС;тета-вспышечная стимуляция;транскраниальная магнитная стимуляция;план лечения;",
    "uk": "ТМС;рТМС;тета-сплескова стимуляція;транскраніальна магнітна стимуляція;план лікування;",
}
CATEGORIES = "Office;MedicalSoftware;Science;"

# Characters that make the Exec key quote an argument (Desktop Entry Specification, "The Exec key").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopEntryError(RuntimeError):
    """The entry cannot be installed (no program to start, or no icon to install)."""


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (as the spec says)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def desktop_file_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the menu entry is written."""
    return data_home(environ) / "applications" / DESKTOP_FILE


def icon_paths(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where the icons are written: the scalable SVG and the 256 px PNG."""
    theme = data_home(environ) / "icons" / "hicolor"
    return [theme / place for place in ICON_SOURCES.values()]


def gui_command() -> list[str]:
    """The program (absolute path) and arguments that open the desktop application.

    In a bundle built by PyInstaller, the bundled executable with ``gui``;
    otherwise the ``tmsplanner-gui`` script installed next to this Python
    interpreter (a virtual environment's ``bin``), or the one on ``PATH``.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve()), "gui"]
    names = ("tmsplanner-gui.exe", "tmsplanner-gui") if os.name == "nt" else ("tmsplanner-gui",)
    # The interpreter's own folder, not its resolved target: a venv's python links to the base one.
    for folder in (Path(sys.executable).absolute().parent, Path(sys.prefix) / "bin"):
        for name in names:
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    found = shutil.which("tmsplanner-gui")
    if found:
        return [str(Path(found).absolute())]
    raise DesktopEntryError("the 'tmsplanner-gui' program was not found next to this Python or on PATH; "
                            "install tmsplanner first (pip install tmsplanner)")


def _escape_string(value: str) -> str:
    """Escape a value of type string or localestring (``\\``, newline, tab, carriage return)."""
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))


def _quote_exec_argument(argument: str) -> str:
    """Quote one Exec argument if it needs it; a literal percent sign is doubled."""
    argument = argument.replace("%", "%%")
    if not argument or _EXEC_RESERVED & set(argument):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
        return f'"{inner}"'
    return argument


def exec_line(command: Sequence[str]) -> str:
    """The Exec value: the quoted command, then ``%f`` (a plan file chosen in the file manager)."""
    return _escape_string(" ".join([*(_quote_exec_argument(a) for a in command), "%f"]))


def _localised(key: str, values: Mapping[str, str]) -> list[str]:
    return [f"{key}{f'[{lang}]' if lang else ''}={_escape_string(text)}" for lang, text in values.items()]


def desktop_entry_text(command: Sequence[str]) -> str:
    """The contents of ``tmsplanner.desktop`` for a GUI command."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        *_localised("Name", NAME),
        *_localised("GenericName", GENERIC_NAME),
        *_localised("Comment", COMMENT),
        *_localised("Keywords", KEYWORDS),
        f"Icon={APP_ID}",
        f"TryExec={_escape_string(command[0])}",
        f"Exec={exec_line(command)}",
        "Terminal=false",
        f"Categories={CATEGORIES}",
        f"StartupWMClass={APP_ID}",
        "StartupNotify=true",
    ]
    return "\n".join(lines) + "\n"


def _bundled_icon(name: str) -> Path:
    from tmsplanner.core.errors import ResourceNotFoundError
    from tmsplanner.core.resources import resource_path

    try:
        return resource_path("icons", name)
    except ResourceNotFoundError as exc:
        raise DesktopEntryError(str(exc)) from None


def _write_atomic(path: Path, data: bytes) -> None:
    """Write a menu file (readable by the desktop for every user of it) through the one atomic writer."""
    from tmsplanner.core.fileio import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data, mode=0o644)


def _touch_theme(environ: Mapping[str, str] | None) -> None:
    """A newer theme folder makes icon caches look again."""
    theme = data_home(environ) / "icons" / "hicolor"
    if theme.is_dir():
        os.utime(theme)


def install(command: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> list[Path]:
    """Write the menu entry and the icons; return the files written.

    Parameters
    ----------
    command : sequence of str, optional
        The program and arguments that open the window (default :func:`gui_command`).
    environ : mapping, optional
        Environment to read ``XDG_DATA_HOME`` from (default ``os.environ``).
    """
    command = list(command) if command is not None else gui_command()
    written = []
    for (source, _), target in zip(ICON_SOURCES.items(), icon_paths(environ), strict=True):
        _write_atomic(target, _bundled_icon(source).read_bytes())
        written.append(target)
    entry = desktop_file_path(environ)
    _write_atomic(entry, desktop_entry_text(command).encode("utf-8"))
    written.append(entry)
    _touch_theme(environ)
    return written


def uninstall(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Remove the menu entry and the icons; return the files removed (missing ones are skipped)."""
    removed = []
    for path in (desktop_file_path(environ), *icon_paths(environ)):
        if path.is_file():
            path.unlink()
            removed.append(path)
    _touch_theme(environ)
    return removed


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    """The ``install [--uninstall]`` command line (``prog`` names the command in its help)."""
    if prog is None:
        prog = "tmsplanner desktop-entry" if getattr(sys, "frozen", False) else "python -m tmsplanner.desktop_entry"
    parser = argparse.ArgumentParser(
        prog=prog, description="Add tmsplanner to the desktop's application menu for the current user "
                               "(freedesktop .desktop entry and icon under $XDG_DATA_HOME).")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    install_parser = sub.add_parser("install", help="install (or, with --uninstall, remove) the menu entry")
    install_parser.add_argument("--uninstall", action="store_true", help="remove the menu entry and icons")
    sub.add_parser("uninstall", help="remove the menu entry and icons")
    return parser


def main(argv: Sequence[str] | None = None, *, prog: str | None = None) -> int:
    """Run the command line; return the exit code (0 done, 2 nothing to start or install)."""
    args = build_parser(prog).parse_args(argv)
    if args.action == "uninstall" or args.uninstall:
        removed = uninstall()
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"no menu entry to remove ({desktop_file_path()} does not exist)")
        return 0
    from tmsplanner.core.errors import FileWriteError

    try:
        written = install()
    except (DesktopEntryError, FileWriteError) as exc:
        print(f"tmsplanner: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
