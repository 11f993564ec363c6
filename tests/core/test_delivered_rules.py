"""The rules on the delivered course fire by rule id, with their params, on constructed deviations."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from planfactory import TODAY, preset_plan
from recordfactory import as_planned, entry, planned, rule_ids, view_of, with_id

from tmsplanner.core.dosing import mso_to_set
from tmsplanner.core.plan import Titration
from tmsplanner.core.record import (
    DeliveredBlock,
    Deviation,
    MTRetest,
    SessionRecord,
    SideEffect,
    effective,
)
from tmsplanner.core.vocab import DeviationKind, MTKind, MTMethod, SideEffectKind, SideEffectSeverity

LATER = TODAY + dt.timedelta(days=120)


@pytest.fixture
def standard(kb):
    return with_id(preset_plan(kb, "neurostar-10hz-ldlpfc"))


@pytest.fixture
def accelerated(kb):
    return with_id(preset_plan(kb, "snt-accelerated-itbs"))


def _with_block(record: SessionRecord, **changes) -> SessionRecord:
    block = record.blocks[0].model_copy(update=changes)
    return record.model_copy(update={"blocks": (block, *record.blocks[1:])})


def test_a_course_delivered_as_planned_has_no_findings(kb, standard):
    view = planned(standard, kb)
    entries = [entry(standard, as_planned(standard, kb, n, view=view)) for n in range(1, 6)]
    result = view_of(standard, kb, entries, LATER, mt_max_age_days=30)
    assert result.findings == ()
    assert result.delivered_sessions == 5
    assert result.delivered_pulses == 5 * view.blocks[0].dose.pulses


def test_dlv_001_intensity_above_the_plan(kb, standard):
    record = as_planned(standard, kb, 3)
    planned_mso = record.blocks[0].intensity_pct_mso
    entries = [entry(standard, _with_block(record, intensity_pct_mso=planned_mso + 4))]
    result = view_of(standard, kb, entries, LATER, mt_max_age_days=30)
    [finding] = [f for f in result.findings if f.rule == "DLV-001"]
    assert finding.params == {"session": 3, "date": record.date, "block": 1, "delivered": planned_mso + 4,
                              "planned": int(planned_mso)}
    assert finding.field == "record.sessions[3].blocks[0].intensity_pct_mso"
    assert finding.severity == "warn"


def test_dlv_002_intensity_above_what_the_re_tested_threshold_gives(kb, standard):
    view = planned(standard, kb)
    retest_day = view.sessions[3].date - dt.timedelta(days=1)
    retest = MTRetest(date=retest_day, value_pct_mso=45, mt_kind=MTKind.RESTING, method=MTMethod.EMG,
                      operator="AB", reason="weekly")
    entries = [entry(standard, retest)] + [entry(standard, as_planned(standard, kb, n, view=view))
                                           for n in range(1, 8)]
    result = view_of(standard, kb, entries, LATER, mt_max_age_days=30)
    [finding] = [f for f in result.findings if f.rule == "DLV-002"]  # one finding for the block and re-test
    intensity = standard.blocks[0].intensity_pct_mt
    after = [row for row in view.sessions[:7] if row.date >= retest_day]  # the re-test counts from its own day
    assert finding.params == {
        "block": 1, "sessions": tuple(row.index for row in after), "date": after[0].date,
        "delivered": float(view.sessions[3].blocks[0].intensity_pct_mso_to_set),
        "implied": int(45 * intensity / 100 + 0.5), "mt_date": retest_day, "mt": 45.0, "intensity": intensity}
    assert "DLV-001" not in rule_ids(result)  # as planned, only above what the new threshold gives


def test_dlv_002_holds_a_session_to_the_intensity_of_the_version_it_was_delivered_under(kb, standard):
    from tmsplanner.app.records import course_record
    from tmsplanner.core.checks import CheckSettings
    from tmsplanner.core.record import plan_version

    view = planned(standard, kb)
    retest_day = view.sessions[3].date
    retest = MTRetest(date=retest_day, value_pct_mso=45, mt_kind=MTKind.RESTING, method=MTMethod.EMG,
                      operator="AB", reason="weekly")
    entries = [entry(standard, retest)] + [entry(standard, as_planned(standard, kb, n, view=view))
                                           for n in range(1, 6)]
    lowered = standard.model_copy(update={"blocks": [standard.blocks[0].model_copy(
        update={"intensity_pct_mt": 100.0})]})  # after session 5 the plan is lowered to 100 % MT
    versions = {plan_version(standard): standard}
    result = course_record(None, lowered, kb, CheckSettings(today=LATER, mt_max_age_days=30), entries=entries,
                           versions=versions)
    [finding] = [f for f in result.findings if f.rule == "DLV-002"]
    then = standard.blocks[0].intensity_pct_mt
    assert (finding.params["sessions"], finding.params["intensity"], finding.params["implied"]) == \
        ((4, 5), then, mso_to_set(45, then))  # what 45 %MSO gives at the 120 % MT those sessions were given at
    assert [b.implied_pct_mso for s in result.sessions[3:5] for b in s.blocks] == [mso_to_set(45, then)] * 2
    assert [s.held_against.blocks[0].intensity_pct_mt for s in result.sessions[:6]] == [then] * 5 + [100.0]


def test_dlv_002_reads_the_threshold_a_session_was_delivered_under_not_the_current_plans(kb, standard):
    """The current plan's threshold, re-measured and entered later (dated before a session delivered under the
    earlier version), does not stand in for the re-test that session was held to."""
    from tmsplanner.app.records import course_record
    from tmsplanner.core.checks import CheckSettings
    from tmsplanner.core.record import plan_version

    view = planned(standard, kb)
    retest = MTRetest(date=view.sessions[2].date, value_pct_mso=45, mt_kind=MTKind.RESTING, method=MTMethod.EMG,
                      operator="AB", reason="weekly")
    entries = [entry(standard, retest)] + [entry(standard, as_planned(standard, kb, n, view=view))
                                           for n in range(1, 6)]
    mt = standard.motor_threshold.model_copy(update={"value_pct_mso": 60.0, "measured_on": view.sessions[3].date})
    current = standard.model_copy(update={"motor_threshold": mt})
    result = course_record(None, current, kb, CheckSettings(today=LATER, mt_max_age_days=30), entries=entries,
                           versions={plan_version(standard): standard})
    [finding] = [f for f in result.findings if f.rule == "DLV-002"]
    intensity = standard.blocks[0].intensity_pct_mt
    assert (finding.params["sessions"], finding.params["mt"], finding.params["implied"]) == \
        ((3, 4, 5), 45.0, mso_to_set(45, intensity))
    assert [result.mt_for(s).value_pct_mso for s in result.sessions[:5]] == [50.0, 50.0, 45.0, 45.0, 45.0]


def test_dlv_002_under_titration_quotes_each_steps_own_intensity(kb, standard):
    block = standard.blocks[0].model_copy(update={"titration": Titration(start_pct_mt=80, days=5)})
    plan = standard.model_copy(update={"blocks": [block]})
    view = planned(plan, kb)
    retest_day = view.sessions[1].date
    retest = MTRetest(date=retest_day, value_pct_mso=45, mt_kind=MTKind.RESTING, method=MTMethod.EMG,
                      operator="AB", reason="after a medication change")
    entries = [entry(plan, retest)] + [entry(plan, as_planned(plan, kb, n, view=view)) for n in range(1, 8)]
    found = [f for f in view_of(plan, kb, entries, LATER, mt_max_age_days=30).findings if f.rule == "DLV-002"]
    steps = [(f.params["sessions"], f.params["intensity"], f.params["implied"], f.params["delivered"]) for f in found]
    expected = []
    for sessions in ((2,), (3,), (4,), (5, 6, 7)):
        row = view.sessions[sessions[0] - 1]
        intensity = row.blocks[0].intensity_pct_mt
        expected.append((sessions, intensity, mso_to_set(45, intensity),
                         float(max(view.sessions[n - 1].blocks[0].intensity_pct_mso_to_set for n in sessions))))
    assert [step[1] for step in expected] == [90.0, 100.0, 110.0, 120.0]  # the ramp's steps, then the block's
    assert steps == expected
    assert all(implied < delivered for _, _, implied, delivered in steps)


def test_dlv_003_more_pulses_than_planned(kb, standard):
    record = as_planned(standard, kb, 1)
    pulses = record.blocks[0].pulses
    result = view_of(standard, kb, [entry(standard, _with_block(record, pulses=pulses + 1))], LATER,
                     mt_max_age_days=30)
    [finding] = [f for f in result.findings if f.rule == "DLV-003"]
    assert finding.params == {"session": 1, "date": record.date, "block": 1, "delivered": pulses + 1,
                              "planned": pulses}


def test_dlv_004_sessions_closer_than_the_published_interval(kb, accelerated):
    view = planned(accelerated, kb)
    first = as_planned(accelerated, kb, 1, view=view)
    second = as_planned(accelerated, kb, 2, view=view)
    end = dt.datetime.combine(first.date, first.end)
    early = (end + dt.timedelta(minutes=20)).time()
    length = dt.datetime.combine(second.date, second.end) - dt.datetime.combine(second.date, second.start)
    second = second.model_copy(update={"start": early, "end": (end + dt.timedelta(minutes=20) + length).time()})
    result = view_of(accelerated, kb, [entry(accelerated, first), entry(accelerated, second)], LATER,
                     mt_max_age_days=30)
    [finding] = [f for f in result.findings if f.rule == "DLV-004"]
    shortest = min(r.intersession_interval_min for r in kb.accelerated)
    assert finding.params["interval"] == 20 and finding.params["ref_interval"] == shortest
    assert finding.params["session"] == 2


def test_dlv_004_overlapping_recorded_times_are_named_as_such(kb, accelerated):
    view = planned(accelerated, kb)
    first = as_planned(accelerated, kb, 1, view=view)
    second = as_planned(accelerated, kb, 2, view=view).model_copy(update={"start": first.start, "end": first.end})
    result = view_of(accelerated, kb, [entry(accelerated, first), entry(accelerated, second)], LATER,
                     mt_max_age_days=30)
    [finding] = [f for f in result.findings if f.rule == "DLV-004"]
    length = dt.datetime.combine(first.date, first.end) - dt.datetime.combine(first.date, first.start)
    assert finding.variant == "overlap" and finding.params["interval"] == round(length.total_seconds() / 60)


def test_the_published_interval_kept_gives_no_dlv_004(kb, accelerated):
    view = planned(accelerated, kb)
    entries = [entry(accelerated, as_planned(accelerated, kb, n, view=view)) for n in (1, 2, 3)]
    assert "DLV-004" not in rule_ids(view_of(accelerated, kb, entries, LATER, mt_max_age_days=30))


def test_dlv_005_threshold_not_re_tested_in_time(kb, standard):
    view = planned(standard, kb)
    entries = [entry(standard, as_planned(standard, kb, n, view=view)) for n in range(1, 13)]
    result = view_of(standard, kb, entries, LATER, mt_max_age_days=7)
    [finding] = [f for f in result.findings if f.rule == "DLV-005"]
    assert finding.variant == "clinic" and finding.params["every"] == 7
    assert finding.params["days"] > 7 and finding.params["mt_date"] == standard.motor_threshold.measured_on
    first_late = next(s for s in view.sessions if (s.date - standard.motor_threshold.measured_on).days > 7)
    assert finding.params["session"] == first_late.index
    # A re-test before that session moves the threshold's date on: no finding then.
    retest = MTRetest(date=first_late.date, value_pct_mso=50, mt_kind=MTKind.RESTING, method=MTMethod.EMG,
                      operator="AB")
    entries = [entry(standard, retest)] + [entry(standard, as_planned(standard, kb, n, view=view))
                                           for n in range(1, first_late.index + 1)]
    assert "DLV-005" not in rule_ids(view_of(standard, kb, entries, LATER, mt_max_age_days=7))


@pytest.mark.parametrize(("kind", "rule", "severity"), [
    (SideEffectKind.SEIZURE, "DLV-006", "block"),
    (SideEffectKind.SYNCOPE, "DLV-007", "block"),
])
def test_a_seizure_or_syncope_stops_the_course(kb, standard, kind, rule, severity):
    record = as_planned(standard, kb, 2).model_copy(
        update={"side_effects": (SideEffect(kind=kind, severity=SideEffectSeverity.MILD),)})
    result = view_of(standard, kb, [entry(standard, record)], LATER, mt_max_age_days=30)
    [finding] = [f for f in result.findings if f.rule == rule]
    assert finding.severity == severity and finding.params == {"session": 2, "date": record.date}
    assert "rossi2009" in finding.citations
    assert result.verdict == "blocked"


def test_dlv_010_another_severe_side_effect(kb, standard):
    record = as_planned(standard, kb, 2).model_copy(update={"side_effects": (
        SideEffect(kind=SideEffectKind.HEADACHE, severity=SideEffectSeverity.SEVERE),
        SideEffect(kind=SideEffectKind.SCALP_PAIN, severity=SideEffectSeverity.MILD))})
    result = view_of(standard, kb, [entry(standard, record)], LATER, mt_max_age_days=30)
    assert [f.params for f in result.findings if f.rule == "DLV-010"] == [
        {"effect": "headache", "session": 2, "date": record.date}]


@pytest.mark.parametrize("missed", [2, 3, 4])
def test_dlv_008_missed_sessions_piling_up(kb, standard, missed):
    view = planned(standard, kb)
    entries = [entry(standard, Deviation(session=n, date=view.sessions[n - 1].date, deviation=DeviationKind.MISSED,
                                         operator="AB")) for n in range(1, missed + 1)]
    result = view_of(standard, kb, entries, LATER, mt_max_age_days=30)
    found = [f for f in result.findings if f.rule == "DLV-008"]
    if missed < 3:
        assert found == []
    else:
        assert found[0].params == {"missed": missed, "limit": 3}


@pytest.mark.parametrize(("end_score", "fires"), [(20, True), (15, False), (34, True)])
def test_dlv_009_no_response_at_the_end_of_the_acute_course(kb, standard, end_score, fires):
    from tmsplanner.core.record import Score

    view = planned(standard, kb)
    first, last = view.sessions[0].date, view.sessions[-1].date
    entries = [entry(standard, Score(scale="madrs", date=first, value=30)),
               entry(standard, as_planned(standard, kb, 1, view=view)),
               entry(standard, Score(scale="madrs", date=last - dt.timedelta(days=1), value=25)),  # before the end
               entry(standard, Score(scale="madrs", date=last, value=end_score))]
    result = view_of(standard, kb, entries, LATER, mt_max_age_days=400)
    found = [f for f in result.findings if f.rule == "DLV-009"]
    criteria = next(scale for scale in kb.outcomes if scale.id == "madrs").response
    assert criteria is not None and criteria.response_reduction_pct == 50
    if not fires:
        assert found == []
        return
    [finding] = found
    rise = end_score > 30
    assert (finding.variant == "rise") if rise else finding.variant is None  # a rising score rises, not falls by -13%
    assert finding.params == {"scale": "MADRS", "baseline": 30.0, "baseline_date": first, "latest": float(end_score),
                              "latest_date": last, "change": pytest.approx(abs(30 - end_score) / 30 * 100),
                              "threshold": 50.0}
    assert set(criteria.citations) <= set(finding.citations)


def test_dlv_011_a_recorded_session_the_plan_no_longer_has(kb, standard):
    record = as_planned(standard, kb, 30)
    shorter = standard.model_copy(update={"schedule": standard.schedule.model_copy(update={"treatment_days": 20})})
    result = view_of(shorter, kb, [entry(shorter, record)], LATER, mt_max_age_days=90)
    [finding] = [f for f in result.findings if f.rule == "DLV-011"]
    assert finding.params == {"session": 30, "date": record.date, "count": 20}


def test_dlv_012_a_session_recorded_twice_without_a_correction(kb, standard):
    here = as_planned(standard, kb, 2, operator="AB")
    there = here.model_copy(update={"operator": "CD", "date": here.date + dt.timedelta(days=1)})
    first, second = entry(standard, here), entry(standard, there)
    result = view_of(standard, kb, [entry(standard, as_planned(standard, kb, 1)), first, second], LATER,
                     mt_max_age_days=90)
    [finding] = [f for f in result.findings if f.rule == "DLV-012"]
    assert finding.params == {"session": 2, "count": 2, "date": here.date}
    assert finding.field == "record.sessions[2]"
    # A correction settles the entries of its session recorded before it, in whichever order the records
    # were brought together; the correction is what is shown.
    settled = entry(standard, here, corrects=second, reason="recorded at two chairs")
    for order in ([first, second, settled], [second, settled, first]):
        view = view_of(standard, kb, order, LATER, mt_max_age_days=90)
        assert "DLV-012" not in rule_ids(view)
        assert view.sessions[1].entry == settled
    # An entry recorded after the correction (another workstation's, imported later) opens it again.
    later = entry(standard, there)
    for order in ([first, second, settled, later], [later, first, second, settled]):
        view = view_of(standard, kb, order, LATER, mt_max_age_days=90)
        [again] = [f for f in view.findings if f.rule == "DLV-012"]
        assert again.params["count"] == 2 and view.sessions[1].entry == later


def test_a_correction_replaces_the_entry_it_corrects(kb, standard):
    record = as_planned(standard, kb, 1)
    wrong = entry(standard, _with_block(record, intensity_pct_mso=record.blocks[0].intensity_pct_mso + 10))
    fixed = entry(standard, record, corrects=wrong, reason="typed 76 for 66")
    result = view_of(standard, kb, [wrong, fixed], LATER, mt_max_age_days=30)
    assert "DLV-001" not in rule_ids(result)
    assert result.sessions[0].corrected and result.sessions[0].entry == fixed
    assert result.corrections == (fixed,)
    assert len(result.entries) == 2  # the history keeps both


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=12))
def test_corrections_fold_to_the_latest_of_each_chain(targets):
    """Each entry corrects an earlier one (or none); the effective list has one entry per chain, the latest."""
    from recordfactory import with_id as identified

    from tmsplanner.core.plan import Plan

    plan = identified(Plan.model_construct(plan_id="TP-x"), "TP-x")
    made = []
    for i, target in enumerate(targets):
        body = SessionRecord(session=1 + i % 5, date=TODAY, operator="AB",
                             blocks=(DeliveredBlock(block=1, intensity_pct_mso=50, pulses=100),))
        corrects = made[target % len(made)] if made and target % 3 else None
        made.append(entry(plan, body, corrects=corrects, reason="fix" if corrects else None))
    folded = effective(made)
    roots = {}
    for e in made:
        root = roots.get(e.corrects, e.entry_id) if e.corrects else e.entry_id
        roots[e.entry_id] = root
    chains = {}
    for e in made:
        chains[roots[e.entry_id]] = e
    assert folded == [chains[r] for r in dict.fromkeys(roots[e.entry_id] for e in made)]


def test_dlv_013_names_the_sessions_held_to_the_current_plan_for_want_of_their_version(kb, standard):
    from tmsplanner.app.records import course_record
    from tmsplanner.core.checks import CheckSettings
    from tmsplanner.core.record import plan_version

    view = planned(standard, kb)
    earlier = [entry(standard, as_planned(standard, kb, n, view=view)) for n in (1, 2)]
    block = standard.blocks[0].model_copy(update={"intensity_pct_mt": 110.0})
    lowered = standard.model_copy(update={"blocks": [block]})
    later = [entry(lowered, as_planned(lowered, kb, 3))]
    settings = CheckSettings(today=LATER)
    missing = course_record(None, lowered, kb, settings, entries=earlier + later, versions={})
    [finding] = [f for f in missing.findings if f.rule == "DLV-013"]
    assert finding.params == {"sessions": (1, 2), "date": view.sessions[0].date}
    assert finding.severity == "warn" and finding.field == "record.sessions[1]"
    kept = course_record(None, lowered, kb, settings, entries=earlier + later,
                         versions={plan_version(standard): standard})
    assert "DLV-013" not in rule_ids(kept)
    assert "DLV-013" not in rule_ids(view_of(standard, kb, earlier, LATER))  # all under the current plan


def test_every_delivered_course_rule_and_variant_is_asserted_here(kb):
    """Each DLV rule of the catalogue (and each variant) is asserted by id in this file."""
    from pathlib import Path

    source = Path(__file__).read_text(encoding="utf-8")
    for rule in kb.rules.values():
        if rule.id.startswith("DLV-"):
            assert f'"{rule.id}"' in source, rule.id
            for variant in rule.variants:
                assert f'variant == "{variant}"' in source, (rule.id, variant)


def test_a_plan_threshold_measured_after_a_re_test_is_the_one_in_force(kb, standard):
    """A re-test dated before the plan's newer MT does not hide it (no false DLV-002 or DLV-005)."""
    view = planned(standard, kb)
    day = view.sessions[9].date
    old = MTRetest(date=day - dt.timedelta(days=9), value_pct_mso=50, mt_kind=MTKind.RESTING, method=MTMethod.EMG,
                   operator="AB")
    mt = standard.motor_threshold.model_copy(update={"value_pct_mso": 60.0, "measured_on": day - dt.timedelta(days=2)})
    newer = standard.model_copy(update={"motor_threshold": mt})
    record = as_planned(newer, kb, 10)
    result = view_of(newer, kb, [entry(newer, old), entry(newer, record)], LATER, mt_max_age_days=7)
    assert result.current_mt(day).value_pct_mso == 60.0 and not result.current_mt(day).retest
    assert not {"DLV-002", "DLV-005"} & set(rule_ids(result))


def test_a_re_test_of_another_kind_does_not_replace_the_plans_threshold(kb, standard):
    from tmsplanner.core.vocab import MTMuscle

    record = as_planned(standard, kb, 3)
    active = MTRetest(date=record.date, value_pct_mso=40, mt_kind=MTKind.ACTIVE, method=MTMethod.EMG,
                      muscle=MTMuscle.HAND_FDI, operator="AB")
    result = view_of(standard, kb, [entry(standard, active), entry(standard, record)], LATER, mt_max_age_days=30)
    assert result.current_mt(record.date).kind == MTKind.RESTING
    assert "DLV-002" not in rule_ids(result)
