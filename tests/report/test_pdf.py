"""The printed plan, read back from real PDFs."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planfactory import TODAY, all_no, edit, preset_plan
from pypdf import PdfReader
from strategies import plans

from tmsplanner.core.checks import CheckSettings, run_checks
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.labels import LABELS
from tmsplanner.core.plan import Patient
from tmsplanner.report import DRAFT_WORDS, ReportOptions, export_plan, fonts, plan_fingerprint, render_pdf
from tmsplanner.report.fonts import UnprintableText, missing_glyphs

EXPORT_DATE = dt.date(2026, 11, 27)
SETTINGS = CheckSettings(today=TODAY)


def pdf_of(plan, kb, **options) -> bytes:
    return export_plan(plan, kb, SETTINGS, ReportOptions(export_date=EXPORT_DATE, **options))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pages_text(pdf)))


@pytest.fixture(scope="module")
def standard_pdf(kb) -> bytes:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(
        update={"patient": Patient(identifier="P-1", display_name="Ольга Петренко")})
    return pdf_of(plan, kb, clinic_name="Клиника «Нейро»")


def test_key_figures_verdict_and_cyrillic(standard_pdf) -> None:
    body = flat(standard_pdf)
    assert "120% MT = set 60% MSO" in body and "60% MSO = 120% MT" in body  # 120% of MT 50% MSO
    assert "3000 pulses" in body and "30 sessions, 90,000 pulses" in body
    assert "10 Hz, 4 s trains, 26 s pauses, 75 trains" in body
    assert "pulses_in_burst" not in body  # the NIBS-BIDS timing prints only in the appendix
    assert "No blocking findings" in body
    assert "Ольга Петренко" in body and "Клиника «Нейро»" in body
    assert "SAFE-TRAIN-002" in body and "EVD-001" in body


def test_every_page_has_header_and_page_x_of_y(standard_pdf) -> None:
    texts = pages_text(standard_pdf)
    fingerprint_line = [t for t in texts if "Plan fingerprint" in t]
    assert len(fingerprint_line) == len(texts)
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in page
        assert "rTMS course plan" in page and "Patient P-1" in page


def test_references_are_numbered_and_full(kb, standard_pdf) -> None:
    body = flat(standard_pdf)
    refs = body[body.index("References"):]
    numbers = [int(n) for n in re.findall(r"\[(\d+)\] ", refs)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 5
    oreardon = kb.references["oreardon2007"]
    assert oreardon.title.split(":")[0] in refs
    cited = {int(n) for group in re.findall(r"(?<![\w.])\[([\d, ]+)\]", body[: body.index("References")])
             for n in group.split(",")}
    assert cited <= set(numbers)


def test_unverified_entries_are_marked(kb) -> None:
    body = flat(pdf_of(preset_plan(kb, "itbs600-ldlpfc"), kb))
    assert "UNVERIFIED" in body and "EVD-020" in body


def test_accelerated_50_session_course(kb) -> None:
    pdf = pdf_of(preset_plan(kb, "snt-accelerated-itbs"), kb)
    texts = pages_text(pdf)
    body = flat(pdf)
    assert "50 sessions, 90,000 pulses" in body
    assert "Accelerated day timetable" in body and "18:00" in body
    sheets = [t for t in texts if re.search(r"Day \d of 5", t)]
    assert len(sheets) == 5  # one record sheet per treatment day


def test_blocked_plan_is_watermarked_draft_on_every_page(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(
        update={"screening": {**all_no(), "cochlear_implant": True}})
    findings = run_checks(plan, kb, SETTINGS)
    pdf = render_pdf(plan, kb, findings, ReportOptions(export_date=EXPORT_DATE, draft=True))
    texts = pages_text(pdf)
    assert all(DRAFT_WORDS in re.sub(r"\s+", " ", t) for t in texts)
    assert "BLOCKED: 1 blocking finding" in flat(pdf) and "SCR-001" in flat(pdf)


def test_user_text_is_printed_literally(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(
        update={"patient": Patient(identifier='<b>Ann & "Bob"</b>')})
    assert '<b>Ann & "Bob"</b>' in flat(pdf_of(plan, kb))


def test_output_is_deterministic_and_has_metadata(kb) -> None:
    plan = preset_plan(kb, "lf-1hz-rdlpfc")
    first, second = pdf_of(plan, kb, clinic_name="Clinic"), pdf_of(plan, kb, clinic_name="Clinic")
    assert first == second
    meta = PdfReader(io.BytesIO(first)).metadata
    assert meta.title == "rTMS course plan — T-1"
    assert meta.author == "Clinic" and "Major depressive disorder" in meta.subject
    assert meta.creation_date.date() == EXPORT_DATE
    assert plan_fingerprint(plan) in flat(first)


def test_only_the_bundled_font_is_embedded(standard_pdf) -> None:
    fonts = set()
    for page in PdfReader(io.BytesIO(standard_pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("PTSans" in f for f in fonts), fonts


def test_letter_paper(kb) -> None:
    pdf = pdf_of(preset_plan(kb, "deep-tms-h7-ocd"), kb, paper="letter")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize("preset", sorted(bundled_knowledge_base().protocols))
def test_every_preset_exports(kb, preset) -> None:
    body = flat(pdf_of(preset_plan(kb, preset), kb))
    assert kb.protocols[preset].name in body and "Prescribed by" in body and "Checked by" in body


def test_all_printed_text_has_glyphs(kb, standard_pdf) -> None:
    data = [r.message for r in kb.rules.values()] + list(LABELS.values())
    data += [v.message for r in kb.rules.values() for v in r.variants.values()]
    data += [p.summary for p in kb.protocols.values()] + [m.primary_finding for m in kb.mechanisms]
    data += [t.figures for t in kb.trials] + [q.question for q in kb.screening.values()]
    data += [r.title for r in kb.references.values()]
    assert missing_glyphs(" ".join(data) + flat(standard_pdf)) == set()


@settings(max_examples=25, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_random_valid_plans_export(plan) -> None:
    kb = bundled_knowledge_base()
    try:
        pdf = export_plan(plan, kb, SETTINGS, ReportOptions(export_date=EXPORT_DATE, draft=True))
    except UnprintableText as exc:  # random text: a refusal names a field and characters no font has
        assert exc.field != "report text" and exc.characters
        assert all(not fonts.covers(font, ch) for ch in exc.characters
                   for font in (fonts.FAMILY, fonts.FALLBACK, fonts.CHINESE, fonts.JAPANESE, fonts.KOREAN))
        return
    assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) >= 3


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tmsplanner", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_cli_export_needs_draft_for_blocked_plans(tmp_path: Path, kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "motor_threshold.placeholder", True)
    source = tmp_path / "p.tmsplan"
    source.write_text(plan.model_dump_json(), encoding="utf-8")
    out = tmp_path / "p.pdf"
    refused = run_cli("export", str(source), "-o", str(out), "--today", TODAY.isoformat())
    assert refused.returncode == 1 and not out.exists() and "--draft" in refused.stderr
    drafted = run_cli("export", str(source), "-o", str(out), "--draft", "--today", TODAY.isoformat())
    assert drafted.returncode == 0 and out.read_bytes().startswith(b"%PDF")


def test_cli_export_of_clean_plan(tmp_path: Path, kb) -> None:
    source = tmp_path / "p.tmsplan"
    source.write_text(json.dumps(json.loads(preset_plan(kb, "deep-tms-h1-mdd").model_dump_json())), encoding="utf-8")
    out = tmp_path / "p.pdf"
    result = run_cli("export", str(source), "-o", str(out), "--export-date", "2026-11-27", "--paper", "letter",
                     "--today", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    assert "Deep TMS H1" in flat(out.read_bytes())


def test_streams_are_compressed_binary_without_an_ascii85_layer(standard_pdf) -> None:
    assert b"/ASCII85Decode" not in standard_pdf
    assert standard_pdf.count(b"/FlateDecode") >= len(PdfReader(io.BytesIO(standard_pdf)).pages)


@given(st.text(max_size=60))
def test_markup_escaping_is_xml_escaping_with_quotes(text: str) -> None:
    from xml.sax.saxutils import escape as reference

    assert fonts.escape(text) == reference(text, {'"': "&quot;"})
