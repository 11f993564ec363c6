"""The freedesktop menu entry: written under XDG_DATA_HOME, valid, pointing at a program that exists, removable."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tmsplanner import desktop_entry
from tmsplanner.core.resources import resources_root

GROUP = "Desktop Entry"
KEY = re.compile(r"^[A-Za-z0-9-]+(\[[A-Za-z]{2,3}(_[A-Z]{2})?(\.[A-Za-z0-9-]+)?(@[A-Za-z]+)?\])?$")
REQUIRED = ("Type", "Name", "Exec", "Icon")
LISTS = ("Categories", "Keywords", "MimeType")


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def parse_entry(path: Path) -> dict[str, str]:
    """Read a .desktop file strictly: one group, ``key=value`` lines, no duplicate keys, UTF-8."""
    text = path.read_bytes().decode("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines[0] == f"[{GROUP}]"
    entry: dict[str, str] = {}
    for line in lines[1:]:
        assert not line.startswith("["), f"unexpected group {line}"
        key, sep, value = line.partition("=")
        assert sep and KEY.match(key), f"not a key=value line: {line!r}"
        assert key not in entry, f"duplicate key {key}"
        assert value == value.strip(), f"stray blanks in {key}"
        entry[key] = value
    # The configparser reading agrees (same keys, same values).
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",))
    parser.optionxform = str
    parser.read_string(text)
    assert dict(parser[GROUP]) == entry
    return entry


def exec_arguments(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry Specification says: string escapes first, then quoting."""
    text = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value)
    arguments, current, quoted, i = [], None, False, 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\" and text[i + 1] in '"`$\\':
                current += text[i + 1]
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current += ch
        elif ch == '"':
            quoted, current = True, current or ""
        elif ch == " ":
            if current is not None:
                arguments.append(current)
            current = None
        else:
            current = (current or "") + ch
        i += 1
    assert not quoted, f"unbalanced quotes in {value!r}"
    if current is not None:
        arguments.append(current)
    return [a.replace("%%", "%") for a in arguments]


def validate(path: Path) -> dict[str, str]:
    entry = parse_entry(path)
    for key in REQUIRED:
        assert entry.get(key), f"{key} is missing"
    assert entry["Type"] == "Application"
    for key in LISTS:
        for name, value in entry.items():
            if name.split("[")[0] == key:
                assert value.endswith(";"), f"{name} must end with ';'"
    for name in entry:
        if "[" in name:
            assert name.split("[")[0] in entry, f"{name} has no untranslated {name.split('[')[0]}"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        errors = [line for line in result.stdout.splitlines() if "error:" in line]
        assert result.returncode == 0 and not errors, result.stdout
    return entry


def test_install_writes_a_valid_entry_and_both_icons(data_home: Path, capsys: pytest.CaptureFixture) -> None:
    assert desktop_entry.main(["install"]) == 0
    entry_path = data_home / "applications" / "tmsplanner.desktop"
    svg = data_home / "icons" / "hicolor" / "scalable" / "apps" / "tmsplanner.svg"
    png = data_home / "icons" / "hicolor" / "256x256" / "apps" / "tmsplanner.png"
    assert capsys.readouterr().out.splitlines() == [f"wrote {svg}", f"wrote {png}", f"wrote {entry_path}"]
    entry = validate(entry_path)
    assert entry["Icon"] == "tmsplanner"
    assert entry["Categories"] == "Office;MedicalSoftware;Science;"
    assert entry["Terminal"] == "false"
    assert entry["GenericName[ru]"] == "Планировщик курсов ТМС"
    assert entry["GenericName[uk]"] == "Планувальник курсів ТМС"
    for key in ("Name", "GenericName", "Comment"):
        assert entry[f"{key}[ru]"] and entry[f"{key}[uk]"]
    program, *rest = exec_arguments(entry["Exec"])
    assert Path(program).is_absolute() and Path(program).is_file() and os.access(program, os.X_OK)
    assert Path(program).name == "tmsplanner-gui"
    assert rest == ["%f"]
    assert entry["TryExec"] == program
    assert svg.read_bytes() == (resources_root() / "icons" / "tmsplanner.svg").read_bytes()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_uninstall_removes_what_install_wrote(data_home: Path, capsys: pytest.CaptureFixture) -> None:
    written = desktop_entry.install()
    assert len(written) == 3 and all(p.is_file() for p in written)
    assert desktop_entry.main(["install", "--uninstall"]) == 0
    assert not any(p.exists() for p in written)
    assert not [p for p in data_home.rglob("*") if p.is_file()]
    capsys.readouterr()
    assert desktop_entry.main(["install", "--uninstall"]) == 0  # nothing left: still fine
    assert "no menu entry to remove" in capsys.readouterr().out


def test_install_replaces_an_older_entry(data_home: Path) -> None:
    path = desktop_entry.desktop_file_path()
    path.parent.mkdir(parents=True)
    path.write_text("[Desktop Entry]\nType=Application\nName=old\nExec=/gone/tmsplanner-gui\n", encoding="utf-8")
    desktop_entry.install(["/opt/tmsplanner/tmsplanner", "gui"])
    entry = validate(path)
    assert exec_arguments(entry["Exec"]) == ["/opt/tmsplanner/tmsplanner", "gui", "%f"]
    assert not [p for p in path.parent.iterdir() if p.name != path.name]  # no temporary file left behind


def test_the_documented_module_command(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    env.pop("PYTHONPATH", None)
    command = [sys.executable, "-m", "tmsplanner.desktop_entry", "install"]
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert validate(tmp_path / "share" / "applications" / "tmsplanner.desktop")
    result = subprocess.run([*command, "--uninstall"], env=env, cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "share" / "applications" / "tmsplanner.desktop").exists()


@pytest.mark.parametrize("program", ["/opt/TMS Planner/tmsplanner", '/opt/a"b$c`d\\e/tmsplanner',
                                     "/opt/100%/tmsplanner", "/opt/plain/tmsplanner"])
def test_exec_quotes_awkward_paths(data_home: Path, program: str) -> None:
    desktop_entry.install([program, "gui"])
    entry = validate(desktop_entry.desktop_file_path())
    assert exec_arguments(entry["Exec"]) == [program, "gui", "%f"]
    assert entry["Exec"].startswith('"') == any(ch in program for ch in ' "$`\\')


def test_frozen_bundle_starts_its_own_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    executable = tmp_path / "tmsplanner"
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert desktop_entry.gui_command() == [str(executable.resolve()), "gui"]


def test_no_program_to_start_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              data_home: Path, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert desktop_entry.main(["install"]) == 2
    assert "tmsplanner-gui" in capsys.readouterr().err
    assert not data_home.exists()


@pytest.mark.parametrize(("value", "expected"), [(None, "home"), ("", "home"), ("relative/share", "home"),
                                                 ("/srv/share", "/srv/share")])
def test_data_home_follows_the_base_directory_spec(value: str | None, expected: str) -> None:
    environ = {} if value is None else {"XDG_DATA_HOME": value}
    want = Path.home() / ".local" / "share" if expected == "home" else Path(expected)
    assert desktop_entry.data_home(environ) == want


def test_committed_png_is_256_pixels_with_alpha() -> None:
    data = (resources_root() / "icons" / "tmsplanner-256.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (width, height, depth, colour) == (256, 256, 8, 6)  # 8-bit RGBA
