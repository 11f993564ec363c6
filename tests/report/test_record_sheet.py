"""The record sheets: every printed line inside its cell, legible on a greyscale copy,
one labelled column per block, re-test rows with their rule, actual times on accelerated days."""

from __future__ import annotations

import io

import pytest
from planfactory import TODAY, edit, preset_plan
from pypdf import PdfReader
from reportlab.lib.colors import Color

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.report import ReportOptions, render_pdf
from tmsplanner.report.context import ReportContext
from tmsplanner.report.records import records_section
from tmsplanner.report.rows import PAD_X, RowTable
from tmsplanner.report.styles import make_styles


def two_blocks(kb):
    plan = preset_plan(kb, "sequential-bilateral")
    plan = edit(plan, "motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
    plan = edit(plan, "motor_threshold.target_scalp_cortex_distance_mm", 17.0)
    plan = edit(plan, "blocks.0.titration", {"start_pct_mt": 90.0, "days": 4})
    plan = edit(plan, "schedule.phases", [{"name": "Taper with a long name for the record", "weeks": 1,
                                           "sessions_per_week": 2}])
    return edit(plan, "schedule.mt_retest_every_days", 7)


PLANS = {
    "standard": lambda kb: preset_plan(kb, "neurostar-10hz-ldlpfc"),
    "two blocks": two_blocks,
    "accelerated": lambda kb: preset_plan(kb, "snt-accelerated-itbs"),
}


def tables(kb, plan) -> list[RowTable]:
    figures = figures_for(plan, kb)
    ctx = ReportContext(plan=plan, kb=kb, figures=figures, findings=run_checks(plan, kb, CheckSettings(today=TODAY)),
                        options=ReportOptions(export_date=TODAY), styles=make_styles())
    return [f for f in records_section(ctx, 500.0) if isinstance(f, RowTable)]


def grey_level(colour: Color) -> float:
    """0 black, 1 white (luminance)."""
    return 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue


@pytest.mark.parametrize("name", list(PLANS))
def test_every_line_of_the_record_sheet_fits_its_cell(kb, name: str) -> None:
    found = tables(kb, PLANS[name](kb))
    assert found
    for table in found:
        for box in table.cell_boxes():
            assert all(width <= box.width - 2 * PAD_X + 1e-6 for width in box.line_widths), (name, box)
            assert box.lines_height <= box.height + 1e-6, (name, box)


@pytest.mark.parametrize("name", list(PLANS))
def test_nothing_on_the_record_sheet_is_small_or_faint(kb, name: str) -> None:
    for table in tables(kb, PLANS[name](kb)):
        for row in table._rows():
            for lines in row.cells:
                for line in lines:
                    assert line.size >= 7, line
                    assert grey_level(line.colour) <= 0.4, line  # at least 60% grey


def test_a_two_block_course_has_a_labelled_column_per_block_and_re_test_rows(kb) -> None:
    plan = two_blocks(kb)
    pdf = render_pdf(plan, kb, run_checks(plan, kb, CheckSettings(today=TODAY)),
                     ReportOptions(export_date=TODAY, draft=True))
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    records = "\n".join(p for p in pages if "Session record" in p or "MT re-test before session" in p)
    assert "Block 1" in records and "Block 2" in records
    assert records.count("of 600") >= 10 and records.count("of 1500") >= 10  # each block's pulses, never summed
    assert "of 2100" not in records
    assert "MT re-test before session" in records and "× 120%" in records
    assert "New % MSO to set from this session on: block 1" in records
    flat = " ".join(records.split())
    assert "of the re-tested MT" in flat and "if MT unchanged" in flat


def test_an_accelerated_day_has_room_for_the_actual_times(kb) -> None:
    rows = tables(kb, PLANS["accelerated"](kb))[0]._rows()
    header = [" ".join(line.text for line in cell) for cell in rows[0].cells]
    assert "Actual time" in header
    column = header.index("Actual time")
    assert all([line.text for line in row.cells[column]] == ["start __:__", "end __:__"] for row in rows[1:])
    pauses = [" ".join(line.text for line in row.cells[1]) for row in rows[2:]]
    assert pauses and all("min pause before" in p for p in pauses)
