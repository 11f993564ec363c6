"""The Beam F3 targeting worksheet in the printed plan."""

from __future__ import annotations

import datetime as dt
import io
import re

from planfactory import TODAY, preset_plan
from pypdf import PdfReader

from tmsplanner.core.beam_f3 import CITATIONS
from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.plan import HeadMeasurements, Plan
from tmsplanner.core.vocab import Localisation
from tmsplanner.report import ReportOptions, render_pdf
from tmsplanner.report.context import ReportContext
from tmsplanner.report.fonts import missing_glyphs
from tmsplanner.report.styles import make_styles
from tmsplanner.report.targeting import targeting_section

EXPORT_DATE = dt.date(2026, 11, 27)
HEAD = HeadMeasurements(tragus_tragus_cm=36.0, nasion_inion_cm=38.0, head_circumference_cm=60.0)


def pdf_text(plan: Plan, kb) -> str:
    findings = run_checks(plan, kb, CheckSettings(today=TODAY))
    pdf = render_pdf(plan, kb, findings, ReportOptions(export_date=EXPORT_DATE))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def worksheet(body: str) -> str:
    start = body.index("Targeting worksheet")
    return body[start: body.index("Session record", start)]


def context(plan: Plan, kb) -> ReportContext:
    return ReportContext(plan=plan, kb=kb, figures=figures_for(plan, kb), findings=[],
                         options=ReportOptions(export_date=EXPORT_DATE), styles=make_styles())


def with_localisation(plan: Plan, localisation: Localisation) -> Plan:
    blocks = [b.model_copy(update={"localisation": localisation}) for b in plan.blocks]
    return Plan.model_validate({**plan.model_dump(), "blocks": [b.model_dump() for b in blocks]})


def test_worksheet_with_measurements(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"head": HEAD})
    body = pdf_text(plan, kb)
    sheet = worksheet(body)
    assert "36.0 cm" in sheet and "38.0 cm" in sheet and "60.0 cm" in sheet
    assert "6.95 cm" in sheet and "9.79 cm" in sheet
    assert "NI/2 (19.0 cm from the nasion)" in sheet
    assert "measure 6.95 cm along the head circumference towards the left" in sheet
    assert "measure 9.79 cm along the line towards point A and mark F3" in sheet
    assert "initials" in sheet and "Date" in sheet
    # The worksheet cites the method and the formula's source, and both are in the reference list.
    marks = re.search(r"three head measurements \[([\d, ]+)\]", sheet)
    assert marks is not None
    refs = body[body.index("References"):]
    assert kb.references["beam2009"].title.split(" ")[0] in refs and "Finding-F3" in refs
    for number in marks.group(1).split(","):
        assert f"[{number.strip()}] " in refs


def test_blank_worksheet_when_beam_f3_is_used_without_measurements(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    assert plan.head is None and plan.blocks[0].localisation == Localisation.BEAM_F3
    sheet = worksheet(pdf_text(plan, kb))
    assert "No head measurements are stored in the plan" in sheet
    assert "measure X along the head circumference towards the left" in sheet
    assert " cm from the nasion" not in sheet


def test_no_worksheet_without_measurements_or_beam_f3(kb) -> None:
    plan = preset_plan(kb, "snt-accelerated-itbs")
    assert plan.head is None and all(b.localisation != Localisation.BEAM_F3 for b in plan.blocks)
    ctx = context(plan, kb)
    assert targeting_section(ctx, 500) == []
    assert ctx.citations.used() == []
    assert "Targeting worksheet" not in pdf_text(plan, kb)


def test_measurements_alone_print_the_worksheet_for_reference(kb) -> None:
    plan = with_localisation(preset_plan(kb, "neurostar-10hz-ldlpfc"), Localisation.NEURONAVIGATION_MRI)
    plan = plan.model_copy(update={"head": HEAD})
    ctx = context(plan, kb)
    assert targeting_section(ctx, 500)
    assert ctx.citations.used() == list(CITATIONS)
    sheet = worksheet(pdf_text(plan, kb))
    assert "No block of this plan is localised by Beam F3" in sheet and "6.95 cm" in sheet


def test_right_dlpfc_block_is_mirrored_to_f4(kb) -> None:
    plan = preset_plan(kb, "lf-1hz-rdlpfc").model_copy(update={"head": HEAD})
    sheet = worksheet(pdf_text(plan, kb))
    assert "towards the right" in sheet and "mark F4" in sheet and "mirror image of F3" in sheet
    assert "towards the left" not in sheet


def test_every_worksheet_character_has_a_glyph(kb) -> None:
    left = preset_plan(kb, "neurostar-10hz-ldlpfc")
    right = preset_plan(kb, "lf-1hz-rdlpfc").model_copy(update={"head": HEAD})
    sheets = [worksheet(pdf_text(plan, kb)) for plan in (left, left.model_copy(update={"head": HEAD}), right)]
    assert missing_glyphs(" ".join(sheets)) == set()


def test_a_right_sided_beam_target_names_f4_not_f3(kb) -> None:
    import io

    from planfactory import TODAY, preset_plan
    from pypdf import PdfReader

    from tmsplanner.core.checks import CheckSettings, run_checks
    from tmsplanner.report import ReportOptions, render_pdf

    plan = preset_plan(kb, "lf-1hz-rdlpfc")
    pdf = render_pdf(plan, kb, run_checks(plan, kb, CheckSettings(today=TODAY)), ReportOptions(export_date=TODAY))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Targeting worksheet" in text  # the preset is localised by Beam F3
    assert "Distances to F4" in text and "Distances to F3" not in text
    assert "mark F4, the mirror image of F3" in text
