"""The course summary, recorded through the application layer into a real store and read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import partial
from pathlib import Path

import pytest
from planfactory import AFTER_ANY_COURSE
from pypdf import PdfReader

from tmsplanner.app import records
from tmsplanner.app.exports import export_summary
from tmsplanner.app.plans import new_plan
from tmsplanner.app.records import (
    course_record,
    planned_blocks,
)
from tmsplanner.app.store import open_store
from tmsplanner.core.checks import CheckSettings, figures_for
from tmsplanner.core.course_view import CourseView, course_view
from tmsplanner.core.errors import FileWriteError
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.i18n import catalogue
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import Deviation, MTRetest, Score, SessionRecord, SideEffect
from tmsplanner.core.record_view import RecordView
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import DeviationKind, MTKind, MTMethod, SideEffectKind, SideEffectSeverity
from tmsplanner.report.course_summary import build_course_summary

TODAY = dt.date(2026, 11, 30)  # a Monday
EXPORTED = dt.date(2027, 1, 11)
NAME = "Olga Petrenko"
REASON = "stimulator log shows 64% MSO, not 66"


# The course is recorded as having taken place, whatever the clock says.
record_session = partial(records.record_session, today=AFTER_ANY_COURSE)
record_score = partial(records.record_score, today=AFTER_ANY_COURSE)
record_retest = partial(records.record_retest, today=AFTER_ANY_COURSE)
record_deviation = partial(records.record_deviation, today=AFTER_ANY_COURSE)


def course(plan: Plan, kb: KnowledgeBase) -> CourseView:
    return course_view(plan, figures_for(plan, kb), kb)


def times(view: CourseView, n: int) -> dict[str, object]:
    row = view.sessions[n - 1]
    return {"date": row.date, "start": row.start.time().replace(second=0, microsecond=0),
            "end": row.end.time().replace(second=0, microsecond=0)}


def record_standard(store, kb: KnowledgeBase) -> Plan:
    """Twelve sessions of a 30-session course: one above the plan, one shortened, one missed, one corrected,
    an MT re-test, a side effect and MADRS at baseline and at the end."""
    plan = new_plan(kb, "neurostar-10hz-ldlpfc", patient_id="P-0042", today=TODAY, mt_pct_mso=55)
    plan = plan.model_copy(update={"patient": plan.patient.model_copy(update={"display_name": NAME})})
    view = course(plan, kb)
    for n in range(1, 13):
        if n == 7:
            record_deviation(store, plan, kb, Deviation(session=7, date=view.sessions[6].date,
                                                        deviation=DeviationKind.MISSED, reason="patient unwell",
                                                        operator="AB"))
            continue
        blocks = planned_blocks(view, n)
        side_effects: tuple[SideEffect, ...] = ()
        if n == 3:  # above the plan: DLV-001
            blocks = (blocks[0].model_copy(update={"intensity_pct_mso": blocks[0].intensity_pct_mso + 4}),)
        if n == 5:
            blocks = (blocks[0].model_copy(update={"pulses": 1200, "interrupted": True}),)
            side_effects = (SideEffect(kind=SideEffectKind.HEADACHE, severity=SideEffectSeverity.MODERATE),)
        record_session(store, plan, kb, SessionRecord(session=n, operator="AB", blocks=blocks,
                                                      side_effects=side_effects, **times(view, n)))
        if n == 5:
            record_deviation(store, plan, kb, Deviation(session=5, date=view.sessions[4].date,
                                                        deviation=DeviationKind.SHORTENED,
                                                        reason="headache", operator="AB"))
        if n == 9:
            lower = (blocks[0].model_copy(update={"intensity_pct_mso": blocks[0].intensity_pct_mso - 2}),)
            record_session(store, plan, kb, SessionRecord(session=9, operator="CD", blocks=lower, **times(view, 9)),
                           correct=True, reason=REASON)
    record_retest(store, plan, MTRetest(date=view.sessions[9].date, value_pct_mso=58, mt_kind=MTKind.RESTING,
                                        method=MTMethod.EMG, reason="weekly re-test", operator="AB"))
    record_score(store, plan, kb, Score(scale="madrs", date=TODAY - dt.timedelta(days=2), value=31))
    record_score(store, plan, kb, Score(scale="madrs", date=view.sessions[-1].date, value=12))
    return plan


def record_accelerated(store, kb: KnowledgeBase) -> Plan:
    """Fifty sessions over five days, two missed, one stopped; MADRS on the first and the last day."""
    plan = new_plan(kb, "snt-accelerated-itbs", patient_id="P-0077", today=TODAY, mt_pct_mso=55)
    view = course(plan, kb)
    for n in range(1, len(view.sessions) + 1):
        if n in (23, 24):
            record_deviation(store, plan, kb, Deviation(session=n, date=view.sessions[n - 1].date,
                                                        deviation=DeviationKind.MISSED, reason="coil overheated",
                                                        operator="EF"))
            continue
        record_session(store, plan, kb, SessionRecord(session=n, operator="EF", blocks=planned_blocks(view, n),
                                                      **times(view, n)))
        if n == 40:
            record_deviation(store, plan, kb, Deviation(session=40, date=view.sessions[39].date,
                                                        deviation=DeviationKind.STOPPED, reason="patient request",
                                                        operator="EF"))
    record_score(store, plan, kb, Score(scale="madrs", date=view.sessions[0].date, value=30))
    record_score(store, plan, kb, Score(scale="madrs", date=view.sessions[-1].date, value=12))
    return plan


@pytest.fixture(scope="module")
def recorded(kb, tmp_path_factory):
    folder = tmp_path_factory.mktemp("record")
    store = open_store(f"sqlite:///{folder}/r.sqlite3")
    return store, record_standard(store, kb), record_accelerated(store, kb)


def record_of(recorded, kb, which: str, language: str = "en", knowledge: KnowledgeBase | None = None) -> RecordView:
    store, standard, accelerated = recorded
    plan = standard if which == "standard" else accelerated
    return course_record(store, plan, knowledge or kb, CheckSettings(today=EXPORTED), language=language)


def plan_of(recorded, which: str) -> Plan:
    return recorded[1] if which == "standard" else recorded[2]


def export(recorded, kb, tmp_path: Path, which: str, language: str = "en",
           knowledge: KnowledgeBase | None = None) -> tuple[RecordView, PdfReader, Path]:
    view = record_of(recorded, kb, which, language, knowledge)
    path = export_summary(view, plan_of(recorded, which), knowledge or kb, tmp_path / f"{which}-{language}.pdf",
                          language=language, clinic=AppSettings(clinic_name="Clinic North"), export_date=EXPORTED)
    return view, PdfReader(path), path


def flat(reader: PdfReader) -> str:
    words = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", words.replace("\u00a0", " ").replace("\u202f", " "))


def number(value: float, language: str = "en", decimals: int = 0) -> str:
    return catalogue(language).number(value, decimals).replace("\u00a0", " ").replace("\u202f", " ")


def session_row(n: int, mso: str) -> re.Pattern[str]:
    """A row of the sessions table: number, date, start–end, operator, then %MSO delivered / planned."""
    return re.compile(rf"(?<![\d/] ){n} \w{{3}} \d\d \w{{3}}(?: \d{{4}})? \d\d:\d\d–\d\d:\d\d [A-Z]{{2}} {mso} / ")


def test_the_standard_summary_prints_what_the_record_view_holds(recorded, kb, tmp_path) -> None:
    view, reader, _ = export(recorded, kb, tmp_path, "standard")
    body = flat(reader)
    assert (view.planned_sessions, view.delivered_sessions) == (30, 11)
    assert view.status_counts["shortened"] == 1 and view.status_counts["missed"] == 1
    # planned beside delivered: sessions, then pulses
    assert re.search(rf"Sessions {view.planned_sessions} {view.delivered_sessions} ", body)
    assert f"Pulses {number(view.planned_pulses)} {number(view.delivered_pulses)}" in body
    assert view.delivered_pulses == 10 * 3000 + 1200
    # every delivered session's row, with the %MSO it delivered
    for row in view.delivered:
        mso = row.blocks[0].delivered_pct_mso
        assert mso is not None
        assert session_row(row.session, number(mso, decimals=1)).search(body), row.session
    assert session_row(3, "70").search(body)  # 4 above the plan's 66
    assert session_row(9, "64").search(body)  # the corrected value, not the first one
    assert re.search(r"(?<![\d/] )7 Tue 08 Dec 2026 planned 09:00 AB — / 66 — / 3,000 missed", body)
    assert "1,200 / 3,000 train interrupted shortened" in body
    assert "delivered corrected" in body
    # deviations, side effects, MT history
    assert "Shortened headache AB" in body and "Missed patient unwell AB" in body
    assert "Headache Moderate" in body
    assert "55% MSO" in body and "58% MSO" in body and "weekly re-test" in body
    # findings on the delivered course: every rule id, with its message
    assert {f.rule for f in view.findings} >= {"DLV-001"}
    for finding in view.findings:
        assert finding.rule in body
    assert "Session 3 (2026-12-02), block 1: 70% MSO was delivered" in body
    # the correction, its reason; the references; the signature field
    assert "Session 9 of 10 Dec 2026" in body and REASON in body
    assert "References [1]" in body
    assert "Physician (name) Signature Date" in body
    # header and footer on every page; the name is printed as the plan's PDF prints it
    for page in reader.pages:
        words = " ".join(page.extract_text().split())
        assert f"Patient P-0042 · {NAME}" in words and "Clinic North" in words
        assert re.search(r"Page \d+ of \d+", words) and view.plan_id in words


def test_the_outcome_trend_gives_baseline_latest_change_and_response(recorded, kb, tmp_path) -> None:
    criteria = next(s for s in kb.outcomes if s.id == "madrs").response
    if criteria is None or criteria.response_reduction_pct is None or criteria.remission_at_most is None:
        pytest.skip("the evidence base has no MADRS thresholds")
    view, reader, _ = export(recorded, kb, tmp_path, "standard")
    body = flat(reader)
    trend = next(t for t in view.trends if t.scale.id == "madrs")
    assert trend.baseline is not None and trend.latest is not None and trend.change_pct is not None
    assert trend.response_level is not None and trend.remission_level is not None
    assert f"Baseline {number(trend.baseline.value)} on 28 Nov 2026" in body
    assert f"latest {number(trend.latest.value)} on 08 Jan 2027" in body
    assert f"{number(trend.change_pct, decimals=1)}% below baseline" in body
    assert ("responder (fall of at least" in body) == bool(trend.responder)
    assert ("not in remission" in body) == (trend.remitter is False)
    # the chart's labelled levels
    assert f"response ≤ {number(trend.response_level, decimals=1)}" in body
    assert f"remission ≤ {number(trend.remission_level, decimals=1)}" in body


def test_without_a_threshold_the_summary_says_so(recorded, kb, tmp_path) -> None:
    bare = dataclasses.replace(kb, outcomes=tuple(s.model_copy(update={"response": None}) for s in kb.outcomes))
    view, reader, _ = export(recorded, kb, tmp_path, "standard", knowledge=bare)
    assert all(t.responder is None and t.response_level is None for t in view.trends)
    body = flat(reader)
    assert "no threshold in the evidence base" in body
    assert "response ≤" not in body


def test_the_patient_name_is_not_in_the_metadata(recorded, kb, tmp_path) -> None:
    view, reader, _ = export(recorded, kb, tmp_path, "standard")
    metadata = reader.metadata
    assert metadata is not None and "P-0042" in str(metadata.title)
    assert all(NAME not in str(value) for value in metadata.values())
    assert all("Petrenko" not in str(value) for value in metadata.values())
    assert reader.xmp_metadata is None


def test_the_accelerated_course_paginates_with_the_table_header_on_every_page(recorded, kb, tmp_path) -> None:
    view, reader, _ = export(recorded, kb, tmp_path, "accelerated")
    assert view.planned_sessions == 50 and view.delivered_sessions == 48
    body = flat(reader)
    assert re.search(r"Sessions 50 48 ", body)
    assert f"Pulses {number(view.planned_pulses)} {number(view.delivered_pulses)}" in body
    assert "47 delivered in full, 1 stopped, 2 sessions missed" in body
    for row in view.delivered:
        assert session_row(row.session, number(row.blocks[0].delivered_pct_mso or 0)).search(body), row.session
    table_pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    table_pages = [p for p in table_pages if re.search(r"\d\d:\d\d–\d\d:\d\d EF", p)]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "No. Date Time Operator %MSO Pulses Status" in page
    for finding in view.findings:
        assert finding.rule in body
    assert "DLV-008" in {f.rule for f in view.findings}
    assert "No entry was corrected." in body


def test_an_existing_file_is_overwritten_only_with_force(recorded, kb, tmp_path) -> None:
    view = record_of(recorded, kb, "standard")
    plan = plan_of(recorded, "standard")
    path = tmp_path / "summary.pdf"
    path.write_bytes(b"old")
    with pytest.raises(FileWriteError, match="already exists"):
        export_summary(view, plan, kb, path, language="en", export_date=EXPORTED)
    assert path.read_bytes() == b"old"
    with pytest.raises(FileWriteError, match="is a folder"):
        export_summary(view, plan, kb, tmp_path, language="en", export_date=EXPORTED)
    assert export_summary(view, plan, kb, path, language="en", export_date=EXPORTED, force=True) == path
    assert path.read_bytes().startswith(b"%PDF") and len(PdfReader(path).pages) >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary file left


def test_the_same_record_and_date_give_the_same_bytes(recorded, kb) -> None:
    view = record_of(recorded, kb, "standard")
    plan = plan_of(recorded, "standard")
    assert build_course_summary(view, plan, kb, "en", export_date=EXPORTED) == \
        build_course_summary(view, plan, kb, "en", export_date=EXPORTED)


def test_a_view_of_another_plan_is_refused(recorded, kb) -> None:
    with pytest.raises(ValueError, match="record view"):
        build_course_summary(record_of(recorded, kb, "standard"), plan_of(recorded, "accelerated"), kb, "en")


@pytest.mark.parametrize("language", ["ru", "uk"])
@pytest.mark.parametrize("which", ["standard", "accelerated"])
def test_russian_and_ukrainian_summaries_print_the_numbers(recorded, kb, tmp_path, which: str,
                                                           language: str) -> None:
    view, reader, path = export(recorded, kb, tmp_path, which, language)
    assert path.read_bytes().startswith(b"%PDF") and len(reader.pages) >= 2
    body = flat(reader)
    assert number(view.planned_pulses, language) in body and number(view.delivered_pulses, language) in body
    for row in view.delivered:
        assert f"{row.session} " in body
        assert f"{number(row.blocks[0].delivered_pct_mso or 0, language, 1)} / " in body
    assert view.last_recorded is not None
    assert catalogue(language).date(view.last_recorded, "dd MMM y").replace("\u00a0", " ") in body
    for finding in view.findings:
        assert finding.rule in body
