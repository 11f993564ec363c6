"""Every printed word of a plan survives a greyscale photocopy: nothing under 7 pt, nothing lighter than
60% grey; the standard course fits in 7 pages with the literature in at most 2."""

from __future__ import annotations

import io
import re

import pytest
from planfactory import TODAY, preset_plan
from pypdf import PdfReader

from tmsplanner.core.checks import CheckSettings, run_checks
from tmsplanner.report import ReportOptions, render_pdf


def text_runs(pdf: bytes) -> list[tuple[float, str]]:
    runs: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            runs.append((round(size * scale, 2), text.strip()))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def export(kb, preset: str, draft: bool = False) -> bytes:
    plan = preset_plan(kb, preset)
    return render_pdf(plan, kb, run_checks(plan, kb, CheckSettings(today=TODAY)),
                      ReportOptions(export_date=TODAY, draft=draft))


@pytest.mark.parametrize("preset", ["neurostar-10hz-ldlpfc", "sequential-bilateral", "snt-accelerated-itbs"])
def test_no_text_under_7_pt(kb, preset: str) -> None:
    small = [(size, text) for size, text in text_runs(export(kb, preset)) if size < 7 - 1e-6]
    assert small == []


@pytest.mark.parametrize("preset", ["neurostar-10hz-ldlpfc", "snt-accelerated-itbs"])
def test_no_text_lighter_than_60_percent_grey(kb, preset: str) -> None:
    pdf = export(kb, preset)
    seen = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        # every fill colour set for text (rg = RGB) before a text-showing operator
        for r, g, b in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg\s*(?:/F\d+ [\d.]+ Tf\s*)?[^\n]*Tj", content):
            if (float(r), float(g), float(b)) == (1.0, 1.0, 1.0):
                continue  # white only on the verdict box's dark fill
            luminance = 0.2126 * float(r) + 0.7152 * float(g) + 0.0722 * float(b)
            assert luminance <= 0.4 + 1e-6, (r, g, b)
            seen += 1
    assert seen > 50  # the text colours were found


def test_the_standard_course_fits_in_7_pages_with_the_literature_in_2(kb) -> None:
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(export(kb, "neurostar-10hz-ldlpfc"))).pages]
    assert len(pages) <= 7
    first = next(i for i, p in enumerate(pages) if "Literature rationale" in p)
    assert len(pages) - first <= 2


def test_page_1_says_whether_public_holidays_are_skipped(kb) -> None:
    from planfactory import edit

    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    for calendar, words in ((None, "public holidays not skipped"), ("UA", "public holidays of Ukraine (UA) skipped")):
        shown = edit(plan, "schedule.holiday_country", calendar)
        pdf = render_pdf(shown, kb, run_checks(shown, kb, CheckSettings(today=TODAY)), ReportOptions(export_date=TODAY))
        assert words in " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
