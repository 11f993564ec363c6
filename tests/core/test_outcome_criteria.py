"""Response and remission thresholds of the outcome scales, and how the record view applies them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tmsplanner.app.plans import new_plan
from tmsplanner.app.records import planned_blocks
from tmsplanner.core.checks import figures_for
from tmsplanner.core.course_view import CourseView, course_view
from tmsplanner.core.evidence.kb import KnowledgeBase, load_knowledge_base
from tmsplanner.core.evidence.models import OutcomeScale
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import Entry, EntryBody, Score, SessionRecord, new_entry_id, plan_version
from tmsplanner.core.record_view import ScaleTrend, record_view
from tmsplanner.core.vocab import Indication, Provenance

TODAY = dt.date(2026, 11, 23)  # a Monday
PRESET = "neurostar-10hz-ldlpfc"
WITH_THRESHOLDS = ("madrs", "hamd17", "hdrs21", "phq9", "ybocs")


def _scale(kb: KnowledgeBase, scale_id: str) -> OutcomeScale:
    return next(s for s in kb.outcomes if s.id == scale_id)


# --- the evidence base ----------------------------------------------------------------


def test_the_knowledge_base_loads_with_the_new_scale_and_references() -> None:
    kb = load_knowledge_base()  # a fresh load: every citation resolves, every table validates
    assert {"madrs", "hamd17", "hdrs21", "phq9", "ybocs", "quit-check", "tq"} <= {s.id for s in kb.outcomes}
    for ref in ("kroenke2001", "zimmerman2004", "hejzlar2021", "morriss2020", "mataixcols2016", "farris2013",
                "mbc-metrics-psychserv", "rtms-scales-2023", "cms-tms-billing-dl37088", "nibsbids-v6.3"):
        assert ref in kb.references, ref


def test_every_response_table_cites_known_references_and_says_where_its_numbers_come_from(kb) -> None:
    with_table = [s for s in kb.outcomes if s.response is not None]
    assert {s.id for s in with_table} == set(WITH_THRESHOLDS)
    for scale in with_table:
        criteria = scale.response
        assert criteria is not None
        assert criteria.citations, scale.id
        assert set(criteria.citations) <= set(kb.references), scale.id
        assert criteria.response_reduction_pct is not None or criteria.remission_at_most is not None, scale.id
        assert criteria.note, scale.id
        if criteria.provenance == Provenance.UNVERIFIED:
            assert criteria.note.startswith("Unverified"), scale.id


def test_scales_without_a_source_for_thresholds_have_none(kb) -> None:
    for scale_id in ("quit-check", "tq"):
        assert _scale(kb, scale_id).response is None


def test_phq9_is_a_self_rated_depression_scale_of_0_to_27(kb) -> None:
    phq9 = _scale(kb, "phq9")
    assert phq9.short == "PHQ-9"
    assert phq9.rater == "self"
    assert phq9.indications == [Indication.MDD]
    assert phq9.default is False
    assert phq9.timing == ["baseline", "weekly", "end_of_acute", "follow_up"]
    assert phq9.follow_up_weeks == 4
    assert phq9.max_score == 27  # Kroenke 2001: nine items scored 0-3
    assert "kroenke2001" in phq9.citations
    assert set(phq9.citations) <= set(kb.references)


def test_madrs_stays_the_only_default_depression_scale(kb) -> None:
    defaults = [s.id for s in kb.outcomes if s.default and Indication.MDD in s.indications]
    assert defaults == ["madrs"]


def test_max_score_only_where_a_source_gives_the_range(kb) -> None:
    assert {s.id for s in kb.outcomes if s.max_score is not None} == {"phq9"}


def test_madrs_thresholds(kb) -> None:
    criteria = _scale(kb, "madrs").response
    assert criteria is not None
    assert criteria.response_reduction_pct == 50  # Hejzlar 2021: a fall of at least 50% in the MADRS
    assert criteria.remission_at_most == 10  # Cole 2020 (SAINT): MADRS < 11; Zimmerman 2004: 10 or less
    assert criteria.provenance == Provenance.VERIFIED
    assert {"hejzlar2021", "cole2020", "zimmerman2004"} <= set(criteria.citations)


def test_hamd17_thresholds(kb) -> None:
    criteria = _scale(kb, "hamd17").response
    assert criteria is not None
    assert criteria.response_reduction_pct == 50  # Morriss 2020 (BRIGhTMIND protocol), Table 3
    assert criteria.remission_at_most == 7  # same table; Zimmerman 2004: the most common HRSD cut-off
    assert criteria.provenance == Provenance.VERIFIED


def test_phq9_thresholds(kb) -> None:
    criteria = _scale(kb, "phq9").response
    assert criteria is not None
    assert criteria.response_reduction_pct == 50  # measurement-based-care metrics paper (Psychiatr Serv)
    assert criteria.remission_at_most == 4  # same paper: PHQ-9 < 5, whole-number totals
    assert criteria.provenance == Provenance.VERIFIED


def test_hdrs21_has_a_response_threshold_only(kb) -> None:
    criteria = _scale(kb, "hdrs21").response
    assert criteria is not None
    assert criteria.response_reduction_pct == 50  # by analogy with HDRS-17 and MADRS: Levkovitz's definition not seen
    assert criteria.remission_at_most is None
    assert criteria.provenance == Provenance.UNVERIFIED


def test_ybocs_uses_the_consensus_and_is_unverified(kb) -> None:
    criteria = _scale(kb, "ybocs").response
    assert criteria is not None
    assert criteria.response_reduction_pct == 35  # Mataix-Cols 2016 consensus, read only as restated
    assert criteria.remission_at_most == 12  # same consensus
    assert criteria.provenance == Provenance.UNVERIFIED
    assert "30%" in (criteria.note or "")  # the note names Carmi 2019's own criterion


def test_the_nibs_bids_v63_reference_is_pinned_and_the_old_one_is_unchanged(kb) -> None:
    new = kb.references["nibsbids-v6.3"]
    assert new.version == "proposal v6.3 (20 July 2026)"
    assert new.url is not None
    assert re.search(r"/blob/[0-9a-f]{40}/nibs-bids-v6/examples/v\.6\.3/README\.md$", new.url)
    old = kb.references["nibsbids"]
    assert old.version == "draft of 13 October 2025"
    assert old.url is not None and "01c55fca026d07ab4d806a6f4876dd1d94ec0bb8" in old.url


def test_references_not_seen_are_left_out(kb) -> None:
    assert kb.references["kroenke2001"].doi is None  # not seen
    assert kb.references["mbc-metrics-psychserv"].year is None  # not seen
    for ref in ("mbc-metrics-psychserv", "rtms-scales-2023", "cms-tms-billing-dl37088"):
        assert kb.references[ref].authors_seen is False, ref


# --- the record view: responder and remitter -------------------------------------------


@pytest.fixture(scope="module")
def course(kb) -> tuple[Plan, CourseView]:
    plan = new_plan(kb, PRESET, patient_id="P1", today=TODAY, mt_pct_mso=55)
    assert plan.plan_id is not None
    return plan, course_view(plan, figures_for(plan, kb), kb)


def _entry(plan: Plan, body: EntryBody, seconds: int) -> Entry:
    assert plan.plan_id is not None
    return Entry(entry_id=new_entry_id(), plan_id=plan.plan_id, plan_version=plan_version(plan),
                 recorded_at=dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC) + dt.timedelta(seconds=seconds), body=body)


def _trend(kb: KnowledgeBase, course: tuple[Plan, CourseView], scale: str, baseline: float,
           latest: float) -> ScaleTrend:
    """The trend on ``scale`` with a baseline on the first session's day and a later score four weeks on."""
    plan, view = course
    first = view.sessions[0].date
    entries = [
        _entry(plan, SessionRecord(session=1, date=first, operator="AB", blocks=planned_blocks(view, 1)), 0),
        _entry(plan, Score(scale=scale, date=first, value=float(baseline)), 1),
        _entry(plan, Score(scale=scale, date=first + dt.timedelta(weeks=4), value=float(latest)), 2),
    ]
    trend = next(t for t in record_view(plan, view, kb, entries).trends if t.scale.id == scale)
    assert trend.baseline is not None and trend.baseline.value == baseline
    assert trend.latest is not None and trend.latest.value == latest
    return trend


def test_a_madrs_fall_of_exactly_half_is_a_response(kb, course) -> None:
    assert _trend(kb, course, "madrs", 30, 15).responder is True
    assert _trend(kb, course, "madrs", 30, 16).responder is False
    assert _trend(kb, course, "madrs", 30, 15.5).responder is False


def test_madrs_remission_is_10_or_less(kb, course) -> None:
    assert _trend(kb, course, "madrs", 30, 10).remitter is True
    assert _trend(kb, course, "madrs", 30, 11).remitter is False


@given(baseline=st.integers(min_value=1, max_value=60))
def test_madrs_response_boundary_over_baselines(kb, course, baseline: int) -> None:
    exactly_half = _trend(kb, course, "madrs", baseline, baseline / 2)
    assert exactly_half.change_pct == 50
    assert exactly_half.responder is True
    just_above_half = baseline // 2 + 1  # the next whole score: a fall just short of 50%
    assert _trend(kb, course, "madrs", baseline, just_above_half).responder is False


@given(baseline=st.integers(min_value=1, max_value=60), latest=st.integers(min_value=0, max_value=60))
def test_madrs_remission_boundary_over_scores(kb, course, baseline: int, latest: int) -> None:
    trend = _trend(kb, course, "madrs", baseline, latest)
    assert trend.remitter is (latest <= 10)
    assert trend.responder is (latest <= baseline / 2)


@pytest.mark.parametrize(("scale", "remits", "does_not"), [("hamd17", 7, 8), ("phq9", 4, 5), ("ybocs", 12, 13)])
def test_remission_cut_offs_of_the_other_scales(kb, course, scale: str, remits: int, does_not: int) -> None:
    assert _trend(kb, course, scale, 24, remits).remitter is True
    assert _trend(kb, course, scale, 24, does_not).remitter is False


def test_ybocs_response_is_a_35_percent_fall(kb, course) -> None:
    assert _trend(kb, course, "ybocs", 20, 13).responder is True  # a 35% fall
    assert _trend(kb, course, "ybocs", 20, 14).responder is False  # 30%: Carmi 2019's criterion, not the app's


def test_hdrs21_gives_response_but_no_remission(kb, course) -> None:
    trend = _trend(kb, course, "hdrs21", 24, 5)
    assert trend.responder is True
    assert trend.remitter is None


def test_a_scale_without_thresholds_gives_neither(kb, course) -> None:
    trend = _trend(kb, course, "tq", 40, 10)
    assert trend.responder is None
    assert trend.remitter is None
