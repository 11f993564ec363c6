"""The course record through the application layer: a real SQLite store, whole courses, corrections."""

from __future__ import annotations

import datetime as dt
import sqlite3
from functools import partial

import pytest
from planfactory import AFTER_ANY_COURSE, TODAY, edit, preset_plan
from recordfactory import as_planned, planned, with_id

from tmsplanner.app import records
from tmsplanner.app.plans import open_plan, save_plan
from tmsplanner.app.records import (
    RecordError,
    course_record,
    earlier_versions,
    ensure_plan_id,
)
from tmsplanner.app.store import HEAD_REVISION, StoreError, default_store_url, open_store
from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.record import Deviation, MTRetest, Score, SideEffect, plan_version
from tmsplanner.core.vocab import DeviationKind, MTKind, MTMethod, SideEffectKind, SideEffectSeverity

LATER = TODAY + dt.timedelta(days=200)


# The course is recorded as having taken place, whatever the clock says.
record_session = partial(records.record_session, today=AFTER_ANY_COURSE)
record_score = partial(records.record_score, today=AFTER_ANY_COURSE)
record_retest = partial(records.record_retest, today=AFTER_ANY_COURSE)
record_deviation = partial(records.record_deviation, today=AFTER_ANY_COURSE)


@pytest.fixture
def store(tmp_path):
    with open_store(f"sqlite:///{tmp_path}/record.sqlite3") as opened:
        yield opened


def _rows(path, table):
    with sqlite3.connect(path) as db:
        return db.execute(f"select count(*) from {table}").fetchone()[0]


def test_a_full_standard_course_with_missed_shortened_and_corrected_sessions(kb, store):
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    view = planned(plan, kb)
    assert len(view.sessions) == 30
    record_score(store, plan, kb, Score(scale="madrs", date=view.sessions[0].date, value=34))
    for n in range(1, 31):
        row = view.sessions[n - 1]
        if n == 7:
            record_deviation(store, plan, kb, Deviation(session=n, date=row.date, deviation=DeviationKind.MISSED,
                                                        reason="ill", operator="AB"))
            continue
        record = as_planned(plan, kb, n, view=view)
        if n == 12:  # stopped early at the patient's request: fewer pulses, then the deviation
            record = record.model_copy(update={"blocks": (record.blocks[0].model_copy(
                update={"pulses": 1200, "interrupted": True}),)})
            record_deviation(store, plan, kb, Deviation(session=n, date=row.date,
                                                        deviation=DeviationKind.SHORTENED, operator="AB"))
        if n == 15:  # typed 76 for 66, corrected the same day
            wrong = record.model_copy(update={"blocks": (record.blocks[0].model_copy(
                update={"intensity_pct_mso": record.blocks[0].intensity_pct_mso + 10}),)})
            record_session(store, plan, kb, wrong)
            record_session(store, plan, kb, record, correct=True, reason="typed 76 for 66")
            continue
        if n in (6, 11, 16, 21, 26):
            record_retest(store, plan, MTRetest(date=row.date, value_pct_mso=plan.motor_threshold.value_pct_mso,
                                                mt_kind=MTKind.RESTING, method=MTMethod.EMG, operator="AB",
                                                reason="weekly"))
        if n == 20:
            record = record.model_copy(update={"side_effects": (
                SideEffect(kind=SideEffectKind.HEADACHE, severity=SideEffectSeverity.MILD),)})
        record_session(store, plan, kb, record)
        if n in (5, 10, 15, 20, 25):
            record_score(store, plan, kb, Score(scale="madrs", date=row.date, value=34 - n))
    record_score(store, plan, kb, Score(scale="madrs", date=view.sessions[-1].date, value=9))

    result = course_record(store, plan, kb, CheckSettings(today=LATER))
    assert result.delivered_sessions == 29
    assert [s.status for s in result.sessions if s.status != "delivered"] == ["missed", "shortened"]
    pulses = view.blocks[0].dose.pulses
    assert result.delivered_pulses == 27 * pulses + 1200 + pulses  # 12 shortened, 15 corrected to plan
    assert result.sessions[14].corrected and "DLV-001" not in {f.rule for f in result.findings}
    assert [c.correction_reason for c in result.corrections] == ["typed 76 for 66"]
    assert len(result.mt_history) == 6
    assert [n.effect.kind for n in result.side_effects] == [SideEffectKind.HEADACHE]
    [madrs] = [t for t in result.trends if t.scale.id == "madrs"]
    assert madrs.baseline.value == 34 and madrs.latest.value == 9
    assert madrs.change_pct == pytest.approx(25 / 34 * 100)
    criteria = madrs.scale.response
    if criteria is not None and criteria.response_reduction_pct is not None:
        assert madrs.responder is (madrs.change_pct >= criteria.response_reduction_pct)
    assert {f.rule for f in result.findings} <= {"DLV-005"}  # re-tests every 5 sessions keep the threshold fresh


def test_an_accelerated_course_with_spacing_retests_and_a_stopped_session(kb, store):
    plan = with_id(preset_plan(kb, "snt-accelerated-itbs"))
    view = planned(plan, kb)
    assert len(view.sessions) == 50
    for n in range(1, 21):
        record = as_planned(plan, kb, n, view=view)
        if n == 13:
            record_deviation(store, plan, kb, Deviation(session=n, date=record.date,
                                                        deviation=DeviationKind.STOPPED, reason="syncope",
                                                        operator="CD"))
            record = record.model_copy(update={"side_effects": (
                SideEffect(kind=SideEffectKind.SYNCOPE, severity=SideEffectSeverity.SEVERE),)})
        if n == 15:  # started 10 min after session 14 ended
            previous = as_planned(plan, kb, 14, view=view)
            start = dt.datetime.combine(record.date, previous.end) + dt.timedelta(minutes=10)
            length = dt.datetime.combine(record.date, record.end) - dt.datetime.combine(record.date, record.start)
            record = record.model_copy(update={"start": start.time(), "end": (start + length).time()})
        record_session(store, plan, kb, record)
        if n == 11:
            record_retest(store, plan, MTRetest(date=record.date, value_pct_mso=40, mt_kind=MTKind.RESTING,
                                                method=MTMethod.EMG, operator="CD", reason="day 2"))
    result = course_record(store, plan, kb, CheckSettings(today=LATER))
    rules = {f.rule: f for f in result.findings}
    assert rules["DLV-007"].params["session"] == 13
    assert rules["DLV-004"].params == {**rules["DLV-004"].params, "session": 15, "interval": 10}
    assert result.verdict == "blocked"
    implied = [b.implied_pct_mso for s in result.sessions[11:20] for b in s.blocks]
    assert implied and all(v is not None for v in implied)
    assert "DLV-002" in rules  # the planned %MSO of a 55 % MT is above what a 40 % MT re-test gives


def test_bad_values_never_change_the_store(kb, store, tmp_path):
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    record_session(store, plan, kb, as_planned(plan, kb, 1))
    path = tmp_path / "record.sqlite3"
    before = (_rows(path, "entries"), _rows(path, "plan_versions"))
    with pytest.raises(RecordError, match="already recorded"):
        record_session(store, plan, kb, as_planned(plan, kb, 1))
    with pytest.raises(RecordError, match="not in the plan"):
        record_session(store, plan, kb, as_planned(plan, kb, 1).model_copy(update={"session": 31}))
    with pytest.raises(RecordError, match="no entry to correct"):
        record_session(store, plan, kb, as_planned(plan, kb, 2), correct=True, reason="x")
    for reason in (None, "", "  "):  # a correction says why
        with pytest.raises(RecordError, match="needs its reason"):
            record_session(store, plan, kb, as_planned(plan, kb, 1), correct=True, reason=reason)
        with pytest.raises(RecordError, match="needs its reason"):
            record_score(store, plan, kb, Score(scale="madrs", date=TODAY, value=3), correct=True, reason=reason)
    with pytest.raises(RecordError, match="not a rating scale"):
        record_score(store, plan, kb, Score(scale="nope", date=TODAY, value=3))
    with pytest.raises(StoreError, match="not in this plan's record"):
        store.append(plan, as_planned(plan, kb, 2), corrects="0" * 32, reason="x")
    assert (_rows(path, "entries"), _rows(path, "plan_versions")) == before


def test_what_has_not_taken_place_is_not_recorded(kb, store, tmp_path):
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    session = as_planned(plan, kb, 3)  # planned two days after the course starts
    day = session.date
    path = tmp_path / "record.sqlite3"
    mt = plan.motor_threshold
    retest = MTRetest(date=day, value_pct_mso=50, mt_kind=mt.kind, method=mt.method, muscle=mt.muscle, operator="AB")
    score = Score(scale="madrs", date=day, value=30)
    eve = day - dt.timedelta(days=1)
    with pytest.raises(RecordError, match=f"the date {day} is after today"):
        records.record_session(store, plan, kb, session, today=eve)
    with pytest.raises(RecordError, match="after today"):
        records.record_score(store, plan, kb, score, today=eve)
    with pytest.raises(RecordError, match="after today"):
        records.record_retest(store, plan, retest, today=eve)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(RecordError, match="after today"):  # the clock's today, when none is given
        records.record_session(store, plan, kb, session.model_copy(update={"date": tomorrow}))
    assert _rows(path, "entries") == 0
    for kind in (DeviationKind.SHORTENED, DeviationKind.STOPPED):
        with pytest.raises(RecordError, match="after today"):
            record_deviation(store, plan, kb, Deviation(session=3, date=day, deviation=kind, operator="AB"),
                             today=eve)
    assert _rows(path, "entries") == 0
    record_deviation(store, plan, kb, Deviation(session=4, date=day + dt.timedelta(days=1),
                                                deviation=DeviationKind.MISSED, operator="AB", reason="holiday"),
                     today=eve)  # a missed session may be noted ahead
    assert _rows(path, "entries") == 1
    records.record_session(store, plan, kb, session, today=day)  # on the day itself
    records.record_score(store, plan, kb, score, today=day)
    records.record_retest(store, plan, retest, today=day)
    assert _rows(path, "entries") == 4


def test_entries_are_append_only_in_the_database(kb, store, tmp_path):
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    record_session(store, plan, kb, as_planned(plan, kb, 1))
    with sqlite3.connect(tmp_path / "record.sqlite3") as db:
        for statement in ("update entries set body = '{}'", "delete from entries", "delete from plan_versions",
                          "update plans set plan_id = 'x'"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(statement)
    assert len(store.entries(plan.plan_id)) == 1


def test_a_changed_plan_keeps_every_entry_and_the_plan_it_was_made_against(kb, store):
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    record_session(store, plan, kb, as_planned(plan, kb, 1))
    mt = plan.motor_threshold.model_copy(update={"value_pct_mso": 52.0})
    changed = plan.model_copy(update={"motor_threshold": mt})
    record_session(store, changed, kb, as_planned(changed, kb, 2))
    first, second = store.entries(plan.plan_id)
    assert first.plan_version == plan_version(plan) != second.plan_version == plan_version(changed)
    assert store.plan_at(plan.plan_id, first.plan_version) == plan
    assert store.plan_at(plan.plan_id, second.plan_version) == changed
    assert course_record(store, changed, kb, CheckSettings(today=LATER)).delivered_sessions == 2


def _dlv_001(view) -> dict[int, tuple[float, int]]:
    return {f.params["session"]: (f.params["delivered"], f.params["planned"]) for f in view.findings
            if f.rule == "DLV-001"}


def test_a_session_is_held_to_the_plan_version_it_was_recorded_against(kb, store):
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    first = as_planned(plan, kb, 1)
    record_session(store, plan, kb, first)  # as that version planned it
    set_then = first.blocks[0].intensity_pct_mso
    lowered = edit(plan, "blocks.0.intensity_pct_mt", plan.blocks[0].intensity_pct_mt - 10)
    second = as_planned(lowered, kb, 2)
    set_now = second.blocks[0].intensity_pct_mso
    assert set_now < set_then
    record_session(store, lowered, kb, second)
    above = first.model_copy(update={"session": 3, "date": second.date + dt.timedelta(days=1)})
    record_session(store, lowered, kb, above)  # the old intensity, after the plan lowered it
    view = course_record(store, lowered, kb, CheckSettings(today=LATER))
    assert _dlv_001(view) == {3: (set_then, round(set_now))}  # session 1 was delivered as its plan then set it
    planned_shown = [s.blocks[0].planned_pct_mso for s in view.sessions[:4]]
    assert planned_shown == [round(set_then), round(set_now), round(set_now), round(set_now)]  # 4: pending
    # The window reads the versions itself and passes them: the same findings.
    versions = earlier_versions(store, lowered, store.entries(plan.plan_id))
    assert versions == {plan_version(plan): plan}
    assert _dlv_001(course_record(None, lowered, kb, CheckSettings(today=LATER),
                                  entries=store.entries(plan.plan_id), versions=versions)) == _dlv_001(view)
    # A version the store did not keep: the session is held to the current plan, as before.
    assert _dlv_001(course_record(None, lowered, kb, CheckSettings(today=LATER), entries=store.entries(plan.plan_id),
                                  versions={plan_version(plan): None})) == {1: (set_then, round(set_now)),
                                                                             3: (set_then, round(set_now))}


def test_a_plan_raised_later_does_not_excuse_a_session_above_its_own_version(kb, store):
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    first = as_planned(plan, kb, 1)
    over = first.blocks[0].model_copy(update={"intensity_pct_mso": first.blocks[0].intensity_pct_mso + 4})
    record_session(store, plan, kb, first.model_copy(update={"blocks": (over,)}))
    raised = edit(plan, "blocks.0.intensity_pct_mt", plan.blocks[0].intensity_pct_mt + 10)
    assert as_planned(raised, kb, 1).blocks[0].intensity_pct_mso > over.intensity_pct_mso
    view = course_record(store, raised, kb, CheckSettings(today=LATER))
    assert _dlv_001(view) == {1: (over.intensity_pct_mso, round(first.blocks[0].intensity_pct_mso))}


def test_the_entry_shown_is_the_one_checked_and_a_correction_keeps_its_deliverys_version(kb):
    from recordfactory import entry

    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    lower = edit(plan, "blocks.0.intensity_pct_mt", plan.blocks[0].intensity_pct_mt - 10)
    versions = {plan_version(lower): lower}
    settings = CheckSettings(today=LATER)
    # Session 3 recorded under the lower version (imported), then under the current plan, later: the later one
    # is shown, and held to the current plan.
    old = entry(lower, as_planned(lower, kb, 3))
    new = entry(plan, as_planned(plan, kb, 3, operator="CD"))
    view = course_record(None, plan, kb, settings, entries=[old, new], versions=versions)
    shown = view.sessions[2]
    assert shown.record.operator == "CD"
    assert shown.blocks[0].planned_pct_mso == round(as_planned(plan, kb, 3).blocks[0].intensity_pct_mso)
    assert "DLV-001" not in {f.rule for f in view.findings}
    # Session 1 delivered under the lower version and corrected (a note) after the plan was raised: the
    # correction restates that delivery, so it is held to the lower version, not flagged against the current.
    first = entry(lower, as_planned(lower, kb, 1))
    fixed = entry(plan, as_planned(lower, kb, 1).model_copy(update={"note": "slept badly"}), corrects=first,
                  reason="note added")
    view = course_record(None, plan, kb, settings, entries=[first, fixed], versions=versions)
    assert view.sessions[0].blocks[0].planned_pct_mso == round(as_planned(lower, kb, 1).blocks[0].intensity_pct_mso)
    assert not {"DLV-001", "DLV-003"} & {f.rule for f in view.findings}


def test_a_plan_without_an_id_gets_one_saved_into_its_file(kb, tmp_path):
    path = save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), tmp_path / "p.tmsplan")
    opened = open_plan(path)
    assert opened.plan.plan_id is None
    identified = ensure_plan_id(opened.plan, opened.path, opened.stamp)
    assert identified.generated and identified.plan.plan_id
    assert open_plan(path).plan.plan_id == identified.plan.plan_id
    assert ensure_plan_id(open_plan(path).plan, path).generated is False


def test_the_store_reopens_and_is_migrated_once(kb, tmp_path):
    url = f"sqlite:///{tmp_path}/record.sqlite3"
    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    with open_store(url) as store:
        record_session(store, plan, kb, as_planned(plan, kb, 1))
    with open_store(url) as store:
        assert len(store.entries(plan.plan_id)) == 1
    with sqlite3.connect(tmp_path / "record.sqlite3") as db:
        assert db.execute("select version_num from alembic_version").fetchall() == [(HEAD_REVISION,)]


@pytest.mark.parametrize("url", ["mysql://host/db", "not a url", "sqlite://", "sqlite:///:memory:"])
def test_an_unusable_store_address_is_refused_with_a_clear_message(url):
    with pytest.raises(StoreError, match="record store"):
        open_store(url)


def test_the_default_store_is_in_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("TMSPLANNER_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_store_url() == f"sqlite:///{tmp_path}/tmsplanner/record.sqlite3"
    monkeypatch.setenv("TMSPLANNER_STORE", "sqlite:////elsewhere/r.sqlite3")
    assert default_store_url() == "sqlite:////elsewhere/r.sqlite3"


def test_a_password_in_the_address_is_never_shown(monkeypatch):
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://clinic:s3cret@127.0.0.1:1/record")
    assert "s3cret" not in str(caught.value)


def test_the_head_revision_constant_is_the_newest_migration():
    from pathlib import Path

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import tmsplanner.app.store as store_module

    config = Config()
    config.set_main_option("script_location", str(Path(store_module.__file__).with_name("migrations")))
    assert ScriptDirectory.from_config(config).get_current_head() == store_module.HEAD_REVISION


def test_a_password_in_the_query_is_hidden_too():
    from tmsplanner.app.store.engine import shown_url

    shown = shown_url("postgresql://anna@db/clinic?password=s3cret&sslmode=require")
    assert "s3cret" not in shown and "sslmode=require" in shown
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://anna@127.0.0.1:1/clinic?password=s3cret&connect_timeout=1")
    assert "s3cret" not in str(caught.value)


def test_a_plan_version_this_tmsplanner_cannot_read_is_named_and_the_record_still_opens(kb, store, tmp_path):
    """A newer tmsplanner on another workstation kept a version in a plan format this one does not know."""
    import json

    from tmsplanner.app.store import StoreError, UnreadablePlan

    plan = with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))
    record_session(store, plan, kb, as_planned(plan, kb, 1))
    lowered = edit(plan, "blocks.0.intensity_pct_mt", plan.blocks[0].intensity_pct_mt - 10)
    record_session(store, lowered, kb, as_planned(lowered, kb, 2))
    store.save_plan(lowered, None)
    newer = json.loads(plan.model_dump_json())
    newer["schema_version"] = 99
    with sqlite3.connect(tmp_path / "record.sqlite3") as db:  # the kept version rewritten as a newer one would be
        db.execute("drop trigger plan_versions_append_only_update")  # (kept versions are append-only)
        db.execute("update plan_versions set plan_json = ? where version = ?", (json.dumps(newer), plan_version(plan)))
    with pytest.raises(UnreadablePlan, match="newer version of tmsplanner"):
        store.plan_at(plan.plan_id, plan_version(plan))
    # The record opens: session 1 is held to the current plan, as for a version not kept.
    assert earlier_versions(store, lowered, store.entries(plan.plan_id)) == {plan_version(plan): None}
    view = course_record(store, lowered, kb, CheckSettings(today=LATER))
    assert view.delivered_sessions == 2 and view.sessions[0].then is None
    assert _dlv_001(view) == {1: (as_planned(plan, kb, 1).blocks[0].intensity_pct_mso,
                                  round(as_planned(lowered, kb, 1).blocks[0].intensity_pct_mso))}
    [named] = [f for f in view.findings if f.rule == "DLV-013"]  # said: session 1 is held to the current plan
    assert named.params == {"sessions": (1,), "date": as_planned(plan, kb, 1).date}
    assert named.field == "record.sessions[1]"
    # The saved plan itself, in that format: opening it says why, as a store error the window and CLI show.
    with sqlite3.connect(tmp_path / "record.sqlite3") as db:
        db.execute("update plan_versions set plan_json = ? where version = ?",
                   (json.dumps(newer), plan_version(lowered)))
    with pytest.raises(StoreError, match="cannot read: .*newer version of tmsplanner"):
        store.load_plan(plan.plan_id)
