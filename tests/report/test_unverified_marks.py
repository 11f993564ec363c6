"""Values that rest on unverified data carry a mark where they print, with one legend on page 1;
the verdict's dependence on the unverified train table is said once, or the clinic's check of it named."""

from __future__ import annotations

import datetime as dt
import io

from planfactory import TODAY, preset_plan
from pypdf import PdfReader

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.course_view import course_view, derived_json
from tmsplanner.core.settings import SafetyTableCheck
from tmsplanner.report import ReportOptions, render_pdf

LEGEND = "† rests on data not read in a source (unverified)"


def pages(kb, plan, **options) -> list[str]:
    pdf = render_pdf(plan, kb, run_checks(plan, kb, CheckSettings(today=TODAY)),
                     ReportOptions(export_date=TODAY, **options))
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_view_says_which_values_rest_on_unverified_preset_data(kb) -> None:
    for preset, expected in (("snt-accelerated-itbs", {"pattern"}), ("itbs600-ldlpfc", {"intensity"}),
                             ("neurostar-10hz-ldlpfc", set()), ("deep-tms-h4-smoking", {"pattern", "intensity"})):
        plan = preset_plan(kb, preset)
        figures = figures_for(plan, kb)
        view = course_view(plan, figures, kb, [])
        assert view.blocks[0].unverified == expected, preset
        assert derived_json(view)["blocks"][0]["unverified_values"] == sorted(expected)


def test_marks_print_beside_the_values_with_one_legend(kb) -> None:
    text = pages(kb, preset_plan(kb, "itbs600-ldlpfc"))
    whole = " ".join(text)
    assert "% MT†" in text[0]  # the intensity, on page 1
    assert whole.count(LEGEND) == 2  # page 1, and the record sheet a technician may carry alone
    assert "[rests on UNVERIFIED data]" not in whole
    records = " ".join(p for p in text if "Session record" in p or "delivered" in p)
    assert records.count("MT†)") >= 20


def test_a_verified_preset_prints_no_mark_and_no_legend(kb) -> None:
    whole = " ".join(pages(kb, preset_plan(kb, "deep-tms-h7-ocd")))
    assert "MT†" not in whole and LEGEND not in whole


def test_the_verdict_on_the_unverified_table_is_said_once_or_the_clinics_check_is_named(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    first = pages(kb, plan)[0]
    assert "whose values were not read in the published source" in first
    check = SafetyTableCheck(checked_by="Dr A. Petrova", checked_on=dt.date(2026, 11, 2),
                             source="Rossi 2009, Table 4")
    attested = pages(kb, plan, table_check=check)[0]
    assert "checked against Rossi 2009, Table 4 by Dr A. Petrova on 02 Nov 2026" in attested
    assert "whose values were not read" not in attested
