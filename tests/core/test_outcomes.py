"""Outcome scales load from the evidence base and fall on the right dates."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from planfactory import TODAY, edit, preset_plan
from pydantic import ValidationError

from tmsplanner.core.checks import figures_for
from tmsplanner.core.errors import EvidenceError
from tmsplanner.core.evidence.kb import load_knowledge_base
from tmsplanner.core.evidence.models import OutcomeScale
from tmsplanner.core.labels import time_point_words
from tmsplanner.core.outcomes import TimePoint, assessments, scales_for
from tmsplanner.core.resources import resources_root
from tmsplanner.core.schedule import ACUTE
from tmsplanner.core.vocab import Indication

STANDARD = "neurostar-10hz-ldlpfc"
ACCELERATED = "snt-accelerated-itbs"


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _scale(kb, scale_id: str) -> OutcomeScale:
    return next(s for s in kb.outcomes if s.id == scale_id)


def test_outcome_scales_load(kb) -> None:
    ids = [s.id for s in kb.outcomes]
    assert len(ids) == len(set(ids))
    assert {"madrs", "hamd17", "ybocs", "quit-check", "tq"} <= set(ids)


def test_every_scale_cites_existing_references(kb) -> None:
    for scale in kb.outcomes:
        assert scale.citations
        assert set(scale.citations) <= set(kb.references), scale.id
        assert scale.note, scale.id  # every note says the timing is a clinic default


@pytest.mark.parametrize(
    ("indication", "scale_id"),
    [(Indication.MDD, "madrs"), (Indication.OCD, "ybocs"), (Indication.SMOKING_CESSATION, "quit-check"),
     (Indication.TINNITUS, "tq")],
)
def test_indication_defaults(kb, indication: Indication, scale_id: str) -> None:
    defaults = {s.id for s in kb.outcomes if s.default and indication in s.indications}
    assert scale_id in defaults


def test_follow_up_weeks_only_with_follow_up() -> None:
    base = {"id": "x", "name": "X", "short": "X", "indications": ["mdd"], "default": False, "rater": "self",
            "citations": ["oreardon2007"], "provenance": "unverified"}
    with pytest.raises(ValidationError):
        OutcomeScale.model_validate({**base, "timing": ["baseline", "follow_up"]})
    with pytest.raises(ValidationError):
        OutcomeScale.model_validate({**base, "timing": ["baseline"], "follow_up_weeks": 4})
    assert OutcomeScale.model_validate({**base, "timing": ["follow_up"], "follow_up_weeks": 4}).follow_up_weeks == 4


def test_broken_outcome_citation_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    path = root / "evidence" / "outcomes.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"carmi2019"', '"nobody1999"', 1), encoding="utf-8")
    with pytest.raises(EvidenceError, match="ybocs -> nobody1999"):
        load_knowledge_base(root)


def test_standard_course_dates(kb) -> None:
    plan = preset_plan(kb, STANDARD)
    figures = figures_for(plan, kb)
    madrs = _scale(kb, "madrs")
    due = [a for a in assessments(plan, figures, kb) if a.scale.id == "madrs"]
    by_when = {a.time_point: a.date for a in due}

    assert by_when["baseline"] == figures.sessions[0].date == TODAY
    last_acute = [s.date for s in figures.sessions if s.phase == ACUTE][-1]
    assert by_when["end_of_acute"] == last_acute == figures.end_date

    weekly = [a for a in due if a.kind == TimePoint.WEEKLY]
    later_weeks = sorted({_monday(s.date) for s in figures.sessions} - {_monday(TODAY)})
    assert [_monday(a.date) for a in weekly] == later_weeks
    for a in weekly:
        first_that_week = min(s.date for s in figures.sessions if _monday(s.date) == _monday(a.date))
        assert a.date == first_that_week
    assert [a.time_point for a in weekly] == [f"week_{n}" for n in range(2, len(later_weeks) + 2)]

    if "follow_up" in madrs.timing:
        assert madrs.follow_up_weeks is not None
        label = f"follow_up_{madrs.follow_up_weeks}_weeks"
        assert by_when[label] == last_acute + dt.timedelta(weeks=madrs.follow_up_weeks)
    assert madrs.follow_up_weeks == 4  # what outcomes.toml says today


def test_standard_course_exact_calendar(kb) -> None:
    plan = preset_plan(kb, STANDARD)
    due = [(a.date, time_point_words(a.kind, a.weeks))
           for a in assessments(plan, figures_for(plan, kb), kb) if a.scale.id == "madrs"]
    assert due[0] == (dt.date(2026, 11, 23), "baseline")
    assert due[1] == (dt.date(2026, 11, 30), "week 2")
    assert due[-2] == (dt.date(2027, 1, 1), "end of acute course")
    assert due[-1] == (dt.date(2027, 1, 29), "follow-up at 4 weeks")


def test_sorted_by_date_then_scale(kb) -> None:
    plan = preset_plan(kb, STANDARD).model_copy(update={"outcome_scales": ["madrs", "hamd17"]})
    due = assessments(plan, figures_for(plan, kb), kb)
    assert due == sorted(due, key=lambda a: (a.date, a.scale.id))
    assert [a.scale.id for a in due[:2]] == ["hamd17", "madrs"]


def test_defaults_when_plan_names_no_scales(kb) -> None:
    plan = preset_plan(kb, STANDARD)
    assert plan.outcome_scales is None
    defaults = {s.id for s in kb.outcomes if s.default and Indication.MDD in s.indications}
    assert {a.scale.id for a in assessments(plan, figures_for(plan, kb), kb)} == defaults
    empty = plan.model_copy(update={"outcome_scales": []})
    assert [s.id for s in scales_for(empty, kb)] == [s.id for s in scales_for(plan, kb)]


def test_plan_scales_override_defaults_and_unknown_ids_are_skipped(kb) -> None:
    plan = preset_plan(kb, STANDARD).model_copy(update={"outcome_scales": ["hamd17", "no-such-scale"]})
    due = assessments(plan, figures_for(plan, kb), kb)
    assert {a.scale.id for a in due} == {"hamd17"}
    has_weekly = "weekly" in _scale(kb, "hamd17").timing
    assert any(a.kind == TimePoint.WEEKLY for a in due) == has_weekly
    only_unknown = plan.model_copy(update={"outcome_scales": ["no-such-scale"]})
    assert assessments(only_unknown, figures_for(only_unknown, kb), kb) == []


def test_accelerated_five_day_course(kb) -> None:
    plan = preset_plan(kb, ACCELERATED)
    figures = figures_for(plan, kb)
    due = [a for a in assessments(plan, figures, kb) if a.scale.id == "madrs"]
    by_when = {a.time_point: a.date for a in due}
    assert by_when["baseline"] == TODAY
    assert by_when["end_of_acute"] == TODAY + dt.timedelta(days=4) == figures.end_date
    assert not [a for a in due if a.kind == TimePoint.WEEKLY]  # all sessions fall in the first week
    assert len(due) == len({a.date for a in due})  # ten sessions a day, one rating a day


def test_end_of_acute_ignores_taper_sessions(kb) -> None:
    plan = edit(preset_plan(kb, STANDARD), "schedule.phases",
                [{"name": "Taper", "weeks": 3, "sessions_per_week": 2}])
    figures = figures_for(plan, kb)
    last_acute = [s.date for s in figures.sessions if s.phase == ACUTE][-1]
    assert figures.end_date > last_acute
    due = [a for a in assessments(plan, figures, kb) if a.scale.id == "madrs"]
    by_when = {a.time_point: a.date for a in due}
    assert by_when["end_of_acute"] == last_acute
    assert by_when["follow_up_4_weeks"] == last_acute + dt.timedelta(weeks=4)
    taper_mondays = {_monday(s.date) for s in figures.sessions if s.phase != ACUTE}
    assert taper_mondays <= {_monday(a.date) for a in due if a.kind == TimePoint.WEEKLY}


def test_indication_defaults_apply_to_other_presets(kb) -> None:
    plan = preset_plan(kb, "deep-tms-h7-ocd")
    defaults = {s.id for s in kb.outcomes if s.default and plan.indication in s.indications}
    assert {a.scale.id for a in assessments(plan, figures_for(plan, kb), kb)} == defaults

