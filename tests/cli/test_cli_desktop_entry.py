"""`tmsplanner desktop-entry`: the menu entry installs and goes away through the main command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tmsplanner.cli.main import main


def test_desktop_entry_install_and_uninstall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry", "install"]) == 0
    entry = tmp_path / "applications" / "tmsplanner.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Icon=tmsplanner" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert Path(exec_line.removeprefix("Exec=").split()[0].strip('"')).exists()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "tmsplanner.svg").is_file()
    assert main(["desktop-entry", "uninstall"]) == 0
    assert not entry.exists()
    assert "removed" in capsys.readouterr().out


def test_desktop_entry_is_listed_and_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "desktop-entry" in capsys.readouterr().out
    assert main(["desktop-entry", "--help"]) == 0
    assert "usage: tmsplanner desktop-entry" in capsys.readouterr().out
    assert main(["desktop-entry", "frobnicate"]) == 2
