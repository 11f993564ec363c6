"""Dose math against published figures and the NIBS-BIDS examples."""

from __future__ import annotations

import datetime as dt

import pytest

from tmsplanner.core.derived import course_figures
from tmsplanner.core.dosing import block_dose, nested_timing, round_half_up
from tmsplanner.core.plan import Block, MotorThreshold, Patient, Plan, RtmsPattern, Schedule, TbsPattern
from tmsplanner.core.vocab import Indication, Localisation, MTKind, MTMethod, Target

MT = MotorThreshold(kind=MTKind.RESTING, value_pct_mso=50.0, method=MTMethod.EMG, measured_on=dt.date(2026, 11, 20))
SLOPE = 2.8


def rtms(f: float, n: int, trains: int, iti: float) -> RtmsPattern:
    return RtmsPattern(frequency_hz=f, pulses_per_train=n, trains=trains, inter_train_interval_s=iti)


def tbs(bursts: int, trains: int, iti: float) -> TbsPattern:
    return TbsPattern(bursts_per_train=bursts, trains=trains, inter_train_interval_s=iti)


def block(pattern, intensity: float = 120.0, **kw) -> Block:
    return Block(target=Target.LEFT_DLPFC, localisation=Localisation.BEAM_F3, intensity_pct_mt=intensity,
                 pattern=pattern, **kw)


def test_standard_10hz_session() -> None:
    dose = block_dose(MT, block(rtms(10, 40, 75, 26)), SLOPE)
    assert dose.train_duration_s == 4.0
    assert dose.pulses == 3000
    assert dose.duration_with_final_pause_s == 2250.0  # the published 37.5 min
    assert dose.duration_s == 2224.0  # without the final pause
    assert dose.intensity_pct_mso == pytest.approx(60.0)


def test_itbs_600_takes_192_seconds() -> None:
    dose = block_dose(MT, block(tbs(10, 20, 8)), SLOPE)
    assert (dose.pulses, dose.train_duration_s, dose.duration_s) == (600, 2.0, 192.0)


def test_snt_session_is_592_seconds_and_1800_pulses() -> None:
    dose = block_dose(MT, block(tbs(10, 60, 8), intensity=90), SLOPE)
    assert (dose.pulses, dose.duration_s) == (1800, 592.0)


def test_ctbs_is_one_40_second_train() -> None:
    dose = block_dose(MT, block(tbs(200, 1, 0)), SLOPE)
    assert (dose.pulses, dose.duration_s) == (600, 40.0)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # The NIBS-BIDS README's table of common protocols.
        (tbs(10, 20, 8), (3, 0.02, 10, 0.2, 20, 10.0)),
        (tbs(200, 1, 0), (3, 0.02, 200, 0.2, 1, 0.0)),
        (rtms(10, 40, 75, 26), (40, 0.1, 75, 30.0, 1, 0.0)),
        (rtms(1, 600, 1, 0), (600, 1.0, 1, 0.0, 1, 0.0)),
    ],
)
def test_nested_timing_matches_nibs_bids_examples(pattern, expected) -> None:
    t = nested_timing(pattern)
    got = (t.pulses_in_burst, t.inter_pulse_interval_s, t.bursts_in_train, t.inter_burst_interval_s,
           t.trains_in_protocol, t.inter_train_interval_s)
    assert got == pytest.approx(expected)


def test_depth_correction_uses_slope_per_mm() -> None:
    mt = MT.model_copy(update={"m1_scalp_cortex_distance_mm": 14.0, "target_scalp_cortex_distance_mm": 18.0})
    dose = block_dose(mt, block(rtms(10, 40, 75, 26), intensity=100), SLOPE)
    assert dose.depth_corrected
    assert dose.mt_pct_mso == pytest.approx(50 + 2.8 * 4)
    assert dose.intensity_pct_mso == pytest.approx(61.2)


def test_block_distance_overrides_plan_target_distance() -> None:
    mt = MT.model_copy(update={"m1_scalp_cortex_distance_mm": 14.0, "target_scalp_cortex_distance_mm": 18.0})
    dose = block_dose(mt, block(rtms(10, 40, 75, 26), intensity=100, scalp_cortex_distance_mm=12.0), SLOPE)
    assert dose.mt_pct_mso == pytest.approx(50 - 2.8 * 2)


def test_no_depth_correction_without_both_distances() -> None:
    mt = MT.model_copy(update={"m1_scalp_cortex_distance_mm": 14.0})
    assert not block_dose(mt, block(rtms(10, 40, 75, 26)), SLOPE).depth_corrected


@pytest.mark.parametrize(("value", "expected"), [(65.4, 65), (65.5, 66), (66.0, 66), (99.49, 99)])
def test_round_half_up(value: float, expected: int) -> None:
    assert round_half_up(value) == expected


def _plan(schedule: Schedule, *blocks: Block) -> Plan:
    return Plan(patient=Patient(identifier="X"), indication=Indication.MDD, motor_threshold=MT,
                blocks=list(blocks), schedule=schedule)


def test_sequential_bilateral_session_adds_blocks() -> None:
    plan = _plan(Schedule(start_date=dt.date(2026, 11, 23), treatment_days=15),
                 block(rtms(1, 150, 4, 30)).model_copy(update={"target": Target.RIGHT_DLPFC}),
                 block(rtms(10, 30, 50, 26)))
    fig = course_figures(plan, SLOPE)
    assert fig.pulses_per_session == 600 + 1500
    assert fig.session_duration_s == (4 * 150 + 3 * 30) + (50 * 3 + 49 * 26)
    assert fig.total_pulses == 15 * 2100


def test_snt_course_totals() -> None:
    plan = _plan(Schedule(start_date=dt.date(2026, 11, 23), treatment_days=5, sessions_per_day=10,
                          intersession_interval_min=50), block(tbs(10, 60, 8), intensity=90))
    fig = course_figures(plan, SLOPE)
    assert (fig.total_sessions, fig.total_pulses, fig.pulses_per_day) == (50, 90000, 18000)
    assert fig.end_date == dt.date(2026, 11, 27)
    assert fig.slot_min == 60
