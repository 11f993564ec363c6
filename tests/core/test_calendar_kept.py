"""A kept calendar is reused only while everything it is made from is unchanged (schedule.build_calendar)."""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from tmsplanner.core import schedule as schedule_module
from tmsplanner.core.plan import MedicationEntry, MissedSession, MotorThreshold, Phase, Schedule
from tmsplanner.core.plan_edit import with_value
from tmsplanner.core.planio import load_plan
from tmsplanner.core.resources import resource_path
from tmsplanner.core.schedule import build_calendar, calendar_inputs, make_calendar
from tmsplanner.core.vocab import MTKind

BASE = load_plan(resource_path("examples", "standard-10hz-ldlpfc.tmsplan"))
START = BASE.schedule.start_date

# Each edit changes one thing a calendar is made from, or (intensity, trains) something it is not.
EDITS: dict[str, st.SearchStrategy[Any]] = {
    "schedule.start_date": st.integers(0, 400).map(lambda d: START + dt.timedelta(days=d)),
    "schedule.treatment_days": st.integers(1, 60),
    "schedule.days_per_week": st.integers(1, 7),
    "schedule.holiday_country": st.sampled_from([None, "DE", "DE-BY", "UA", "RU"]),
    "schedule.mt_retest_every_days": st.sampled_from([None, 5, 7, 14]),
    "motor_threshold.measured_on": st.integers(-30, 0).map(lambda d: START + dt.timedelta(days=d)),
    "medications": st.lists(st.builds(lambda day: {"name": "sertraline", "dose": "50 mg",
                                                   "changed_on": START + dt.timedelta(days=day)},
                                      st.integers(-5, 40)), max_size=2),
    "blocks.0.intensity_pct_mt": st.sampled_from([100.0, 110.0, 120.0]),
}


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[str, Any]]:
    paths = draw(st.lists(st.sampled_from(sorted(EDITS)), min_size=1, max_size=8))
    return [(path, draw(EDITS[path])) for path in paths]


@settings(max_examples=40, deadline=None)
@given(edits(), st.lists(st.tuples(st.sampled_from([600.0, 1140.0]), st.sampled_from(["en", "ru", "uk"])),
                         min_size=1, max_size=3))
def test_a_kept_calendar_is_the_calendar_made_afresh(steps: list[tuple[str, Any]],
                                                     reads: list[tuple[float, str]]) -> None:
    plan = BASE
    for path, value in steps:
        plan = with_value(plan, path, value)
        for duration, language in reads:
            assert build_calendar(plan, duration, language) == make_calendar(plan, duration, language)


def test_an_edit_outside_the_calendar_reuses_it_and_one_inside_does_not(monkeypatch) -> None:
    made: list[int] = []
    real = schedule_module.make_calendar
    monkeypatch.setattr(schedule_module, "make_calendar", lambda *a: made.append(1) or real(*a))
    schedule_module._CALENDARS.clear()
    plan = BASE
    build_calendar(plan, 1140.0)
    build_calendar(with_value(plan, "blocks.0.intensity_pct_mt", 111.0), 1140.0)
    assert len(made) == 1
    build_calendar(with_value(plan, "schedule.treatment_days", 29), 1140.0)
    build_calendar(plan, 1141.0)
    build_calendar(plan, 1140.0, "ru")
    assert len(made) == 4


def test_a_kept_calendar_is_handed_out_again_and_cannot_be_changed() -> None:
    first = build_calendar(BASE, 1140.0)
    assert build_calendar(BASE, 1140.0) is first  # what is computed from it can be kept by its identity
    assert all(isinstance(part, tuple) for part in first)
    with pytest.raises(AttributeError):
        first.sessions.clear()  # type: ignore[attr-defined]
    assert first == make_calendar(BASE, 1140.0) and len(first.sessions) > 0


def test_the_inputs_name_every_part_of_the_plan_a_calendar_reads() -> None:
    key = calendar_inputs(BASE, 1140.0, "uk")
    for path, value in (("schedule.treatment_days", 31), ("motor_threshold.measured_on", START),
                        ("medications", [{"name": "x", "changed_on": START}])):
        assert calendar_inputs(with_value(BASE, path, value), 1140.0, "uk") != key
    assert calendar_inputs(with_value(BASE, "blocks.0.intensity_pct_mt", 101.0), 1140.0, "uk") == key


def _models_within(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    """``model`` and every model its fields hold (in lists, optionals and unions too)."""
    if model in seen:
        return seen
    seen.add(model)
    for field in model.model_fields.values():
        stack = [field.annotation]
        while stack:
            kind = stack.pop()
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                _models_within(kind, seen)
            stack += typing.get_args(kind)
    return seen


def test_the_key_shows_every_field_of_what_it_names() -> None:
    # the key is each model's repr: a field left out of the repr would be a change the kept calendar misses
    models = set().union(*(_models_within(m, set()) for m in (Schedule, MotorThreshold, MedicationEntry)))
    assert MissedSession in models and Phase in models
    hidden = [f"{m.__name__}.{name}" for m in models for name, f in m.model_fields.items() if not f.repr]
    assert hidden == []
    for path, value in (("schedule.closures", [START]),
                        ("schedule.first_session_time", dt.time(8, 5)),
                        ("motor_threshold.kind", MTKind.ACTIVE)):
        assert calendar_inputs(with_value(BASE, path, value), 1140.0, "uk") != calendar_inputs(BASE, 1140.0, "uk")
