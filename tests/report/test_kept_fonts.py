"""What reportlab reads of the printed plan's fonts is kept between runs, and only while it is current."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from tmsplanner.core import cache as kept
from tmsplanner.report import fonts

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "standard-10hz-ldlpfc.tmsplan"


@pytest.fixture
def font_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The family's files copied where a test may change them, and read from there."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    for name, file in fonts.FILES.items():
        shutil.copyfile(fonts.font_path(name), folder / file)
    monkeypatch.setattr(fonts, "font_path", lambda name="PTSans": folder / fonts.FILES[name])
    return folder


class _Counting:
    """reportlab's TTFont, counting the files it reads."""

    def __init__(self) -> None:
        self.read = 0

    def __call__(self, name: str, path: Path) -> TTFont:
        self.read += 1
        return TTFont(name, str(path))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> _Counting:
    counting = _Counting()
    monkeypatch.setattr(fonts, "_read_font", counting)
    return counting


def _own(font: TTFont) -> dict[str, object]:
    return {k: (type(v), vars(v)) if k == "encoding" else v for k, v in vars(font).items()
            if k not in ("face", "state")}


def test_a_kept_font_is_the_font_reportlab_reads(cache_home: Path, reads: _Counting) -> None:
    fonts.family_fonts()
    assert reads.read == 4
    served = fonts.family_fonts()
    assert reads.read == 4  # the second time from the cache
    for font in served:
        fresh = TTFont(font.fontName, str(fonts.font_path(font.fontName)))
        assert _own(font) == _own(fresh)
        assert type(font.face) is type(fresh.face)
        ours = {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}
        theirs = {k: v for k, v in vars(fresh.face).items() if k != "_pdfScale"}
        assert ours == theirs
        widths = [w for w, _ in fresh.face.hmetrics] + [-7, 0, 1, 333, 2048]
        assert [font.face._pdfScale(w) for w in widths] == [fresh.face._pdfScale(w) for w in widths]
        assert type(font.state) is type(fresh.state) and not font.state


def test_a_changed_font_file_is_read_again(cache_home: Path, font_copies: Path, reads: _Counting) -> None:
    fonts.family_fonts()
    fonts.family_fonts()
    assert reads.read == 4
    bold = font_copies / fonts.FILES["PTSans-Bold"]
    bold.write_bytes(bold.read_bytes() + b"\0\0\0\0")  # past the tables: the font reads the same, the bytes differ
    served = {font.fontName: font for font in fonts.family_fonts()}
    assert reads.read == 8
    assert served["PTSans-Bold"].face._ttf_data == bold.read_bytes()


@pytest.mark.parametrize("what", ["reportlab", "code"])
def test_a_new_reportlab_or_new_code_reads_the_files_again(what: str, cache_home: Path, reads: _Counting,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    fonts.family_fonts()
    if what == "reportlab":
        real = kept.package_version
        monkeypatch.setattr(kept, "package_version",
                            lambda name, *a: "0.0-new" if name == "reportlab" else real(name, *a))
    else:
        real_stamp = kept.module_stamp
        monkeypatch.setattr(kept, "module_stamp",
                            lambda name: real_stamp(name) + (b"# changed" if name == fonts.__name__ else b""))
    fonts.family_fonts()
    assert reads.read == 8


def test_a_damaged_entry_is_read_again(cache_home: Path, reads: _Counting) -> None:
    fonts.family_fonts()
    entry = cache_home / "pdf-fonts.pickle"
    entry.write_bytes(entry.read_bytes()[:200])
    assert len(fonts.family_fonts()) == 4
    assert reads.read == 8


def test_the_printed_plan_is_the_same_with_and_without_kept_fonts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != kept.DISABLE_VARIABLE}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache-home")
    made: list[bytes] = []
    for run, extra in (("cold", {}), ("kept", {}), ("off", {kept.DISABLE_VARIABLE: "1"})):
        out = tmp_path / f"{run}.pdf"
        subprocess.run([sys.executable, "-m", "tmsplanner", "export", str(EXAMPLE), "-o", str(out), "--today",
                        "2026-11-23", "--export-date", "2026-11-23"], env={**env, **extra}, check=True,
                       capture_output=True, timeout=120)
        made.append(out.read_bytes())
        if run == "cold":
            assert (tmp_path / "cache-home" / "tmsplanner" / "pdf-fonts.pickle").is_file()
    assert made[0] == made[1] == made[2]


def test_reportlabs_font_settings_are_part_of_the_key(cache_home: Path, reads: _Counting,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab import rl_config

    fonts.family_fonts()
    monkeypatch.setattr(rl_config, "ttfAsciiReadable", 0)
    served = fonts.family_fonts()
    assert reads.read == 8
    assert all(vars(font)["_asciiReadable"] == 0 for font in served)


def test_nothing_is_hashed_when_the_cache_is_off(monkeypatch: pytest.MonkeyPatch, reads: _Counting) -> None:
    monkeypatch.setenv(kept.DISABLE_VARIABLE, "1")
    monkeypatch.setattr(kept, "Key", None)  # any key made would fail
    assert len(fonts.family_fonts()) == 4
    assert reads.read == 4
