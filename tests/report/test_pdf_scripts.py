"""Names in any script the PDF's fonts cover print as written; any other character refuses the export."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys

import pytest
from planfactory import TODAY, edit, preset_plan
from pypdf import PdfReader

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.plan import Patient
from tmsplanner.report import ReportOptions, export_plan, fonts
from tmsplanner.report.fonts import UnprintableText, missing_glyphs, visual_order

NAME = "Nguyễn Thị Ánh"
GREEK = "Κλινική Υγείας Αθηνών"
HEBREW = "מרפאת הדר"
CHINESE = "维持治疗"


def _export(kb, plan, clinic: str | None) -> bytes:
    return export_plan(plan, kb, CheckSettings(today=TODAY),
                       ReportOptions(export_date=dt.date(2026, 11, 27), clinic_name=clinic))


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def _font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


@pytest.fixture(scope="module")
def world_plan(kb):
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(
        update={"patient": Patient(identifier="P-1", display_name=NAME)})
    return edit(plan, "schedule.phases", [{"name": CHINESE, "weeks": 2, "sessions_per_week": 1}])


@pytest.mark.parametrize("clinic", [GREEK, HEBREW])
def test_vietnamese_greek_hebrew_and_chinese_read_back_exactly(kb, world_plan, clinic, monkeypatch) -> None:
    drawn: list[tuple[str, str]] = []
    runs = fonts.runs

    def recording(text: str, font: str = fonts.FAMILY) -> list[tuple[str, str]]:
        out = runs(text, font)
        drawn.extend(out)
        return out

    monkeypatch.setattr(fonts, "runs", recording)
    pdf = _export(kb, world_plan, clinic)
    body = _flat(pdf)
    assert NAME in body
    assert clinic in body
    assert CHINESE in body
    # No glyph falls to .notdef: every run went to a font that has each of its characters.
    for font, part in drawn:
        assert missing_glyphs(part, font) == set(), (font, part)
    used = {font for font, _ in drawn}
    assert {"Arimo", fonts.CHINESE} <= used
    embedded = _font_names(pdf)
    assert any("Arimo" in name for name in embedded)
    assert any("STSong-Light" in name for name in embedded)


def test_latin_and_cyrillic_stay_in_pt_sans(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(
        update={"patient": Patient(identifier="P-1", display_name="Ольга Петренко")})
    pdf = _export(kb, plan, "Клиника «Нейро»")
    assert not any("Arimo" in name or "STSong" in name for name in _font_names(pdf))


def test_mixed_word_uses_one_font() -> None:
    assert fonts.runs("Nguyễn") == [("Arimo", "Nguyễn")]
    assert fonts.runs("Ольга Nguyễn", "PTSans-Bold") == [("PTSans-Bold", "Ольга "), ("Arimo", "Nguyễn")]


def test_right_to_left_runs_are_drawn_in_visual_order() -> None:
    assert visual_order("abc אבג def") == "abc גבא def"
    assert visual_order("אבג 12") == "12 גבא"
    assert visual_order("(אב)") == "(בא)"  # mirrored brackets read right in a right-to-left line
    assert visual_order("Clinic · plain") == "Clinic · plain"


def test_every_kind_of_space_counts_as_printable() -> None:
    assert {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()} == fonts.SPACES
    assert fonts.missing_glyphs("7\u202f500\u3000импульсов") == set()


def test_the_cjk_collections_load_only_for_cjk_text() -> None:
    code = ("import sys; from tmsplanner.report import fonts; fonts.runs('Ольга Nguyễn'); "
            "assert 'reportlab.pdfbase.cidfonts' not in sys.modules; fonts.runs('김민준'); "
            "assert 'reportlab.pdfbase.cidfonts' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_japanese_and_korean_go_to_their_fonts() -> None:
    assert [font for font, _ in fonts.runs("山田 はなこ")] == [fonts.JAPANESE]
    assert [font for font, _ in fonts.runs("김민준")] == [fonts.KOREAN]


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("patient.display_name", "محمد", "U+0645 ARABIC LETTER MEEM"),
    ("device.name", "Coil 🙂", "U+1F642"),
])
def test_unprintable_characters_refuse_the_export_naming_them(kb, field, value, expected) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), field, value)
    with pytest.raises(UnprintableText) as caught:
        _export(kb, plan, None)
    message = str(caught.value)
    assert f"field '{field}'" in message and expected in message and "\n" not in message


def test_unprintable_clinic_name_is_named() -> None:
    with pytest.raises(UnprintableText, match=r"field 'clinic_name'.*U\+0915"):
        fonts.check_printable([("clinic_name", "क्लिनिक")])


def test_the_notes_print_so_their_characters_are_checked(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "notes", "ملاحظة")
    with pytest.raises(UnprintableText) as refused:
        _export(kb, plan, None)
    assert refused.value.field == "notes"


def test_cli_refuses_with_one_line_and_exit_2(kb, tmp_path) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "patient.display_name", "محمد")
    source = tmp_path / "plan.tmsplan"
    source.write_text(json.dumps(plan.model_dump(mode="json"), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "plan.pdf"
    result = subprocess.run([sys.executable, "-m", "tmsplanner", "export", str(source), "-o", str(out),
                             "--draft", "--export-date", "2026-11-27"],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "patient.display_name" in lines[0] and "U+0645" in lines[0]
    assert not out.exists()
