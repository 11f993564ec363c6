"""Every page names the patient, the plan's fingerprint and 'page x of y'; a long clinic name never
runs into the title."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from planfactory import TODAY, edit, preset_plan
from pypdf import PdfReader

from tmsplanner.core.checks import CheckSettings, run_checks
from tmsplanner.core.planio import plan_fingerprint
from tmsplanner.report import ReportOptions, render_pdf
from tmsplanner.report.canvas import fit
from tmsplanner.report.rows import text_width
from tmsplanner.report.styles import make_styles

make_styles()


@given(value=st.text(st.sampled_from("Клиника имени № 17 abcdefghij ,.-"), min_size=1, max_size=300),
       room=st.floats(60, 250))
def test_a_header_part_fits_its_room_in_two_lines_at_most(value: str, room: float) -> None:
    lines, size = fit(value, "PTSans-Bold", 9, room)
    assert 7 <= size <= 9 and 1 <= len(lines) <= 2
    assert all(text_width(line, "PTSans-Bold", size) <= room + 1e-6 or len(line) == 1 for line in lines)


def test_every_page_names_the_patient_the_fingerprint_and_the_page(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    plan = edit(plan, "patient.display_name", "Ольга Петренко")
    long_clinic = "Клиническая больница имени очень длинного названия № 17, отделение нейромодуляции"
    pdf = render_pdf(plan, kb, run_checks(plan, kb, CheckSettings(today=TODAY)),
                     ReportOptions(export_date=TODAY, clinic_name=long_clinic))
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    for number, text in enumerate(pages, start=1):
        assert "Patient T-1 · Ольга Петренко" in text, number
        assert plan_fingerprint(plan) in text, number
        assert f"Page {number} of {len(pages)}" in text, number
        assert "tmsplanner rTMS" not in text and "17, отделение" in text.replace("17,\n", "17, ")
