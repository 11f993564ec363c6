"""Dose math: everything derived from a plan's stimulation parameters.

Nothing here is stored in the plan; it is recomputed from it.

Conventions
-----------
* A train of ``n`` pulses at ``f`` Hz lasts ``n / f`` seconds (40 pulses at 10 Hz
  is the usual "4 s train"); a TBS train of ``b`` bursts at ``fb`` Hz lasts
  ``b / fb`` seconds.
* A block lasts from its first pulse to the end of its last train: the pause
  after the last train is **not** counted (``duration_s``);
  ``duration_with_final_pause_s`` counts it, which is how some protocols are
  quoted (75 x 30 s = 37.5 min for the 10 Hz depression course).
* Session duration is the sum of its blocks' durations; time to move the coil
  between blocks is not counted.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from tmsplanner.core.plan import Block, MotorThreshold, Plan, RtmsPattern, TbsPattern


class NestedTiming(NamedTuple):
    """The six-parameter nested timing of the NIBS-BIDS proposal.

    Intervals are onset-to-onset periods in seconds; an unused level has a
    count of 1 and an interval of 0.
    """

    pulses_in_burst: int
    inter_pulse_interval_s: float
    bursts_in_train: int
    inter_burst_interval_s: float
    trains_in_protocol: int
    inter_train_interval_s: float


class BlockDose(NamedTuple):
    """Derived figures of one block.

    ``mt_pct_mso`` is the threshold the block is scaled to (depth-corrected
    when ``depth_corrected``); the ``uncorrected_`` figures scale the measured
    threshold; the distances are those the correction used (None without it).
    """

    pulses_per_train: int
    train_duration_s: float
    pulses: int
    duration_s: float
    duration_with_final_pause_s: float
    frequency_hz: float
    mt_pct_mso: float
    depth_corrected: bool
    intensity_pct_mso: float
    intensity_pct_mso_to_set: int
    timing: NestedTiming
    uncorrected_intensity_pct_mso: float
    uncorrected_intensity_pct_mso_to_set: int
    m1_scalp_cortex_distance_mm: float | None
    target_scalp_cortex_distance_mm: float | None


def pulses_per_train(pattern: RtmsPattern | TbsPattern) -> int:
    """Return the number of pulses in one train."""
    if isinstance(pattern, RtmsPattern):
        return pattern.pulses_per_train
    return pattern.pulses_per_burst * pattern.bursts_per_train


def train_duration_s(pattern: RtmsPattern | TbsPattern) -> float:
    """Return the duration of one train in seconds."""
    if isinstance(pattern, RtmsPattern):
        return pattern.pulses_per_train / pattern.frequency_hz
    return pattern.bursts_per_train / pattern.burst_frequency_hz


def pulse_frequency_hz(pattern: RtmsPattern | TbsPattern) -> float:
    """Return the highest pulse rate of the pattern (intra-burst rate for TBS)."""
    if isinstance(pattern, RtmsPattern):
        return pattern.frequency_hz
    return pattern.intra_burst_frequency_hz


def nested_timing(pattern: RtmsPattern | TbsPattern) -> NestedTiming:
    """Express a pattern in the unambiguous six-parameter form."""
    train_period = train_duration_s(pattern) + pattern.inter_train_interval_s
    if isinstance(pattern, RtmsPattern):
        several = pattern.trains > 1
        return NestedTiming(
            pulses_in_burst=pattern.pulses_per_train,
            inter_pulse_interval_s=1 / pattern.frequency_hz,
            bursts_in_train=pattern.trains,
            inter_burst_interval_s=train_period if several else 0.0,
            trains_in_protocol=1,
            inter_train_interval_s=0.0,
        )
    several = pattern.trains > 1
    return NestedTiming(
        pulses_in_burst=pattern.pulses_per_burst,
        inter_pulse_interval_s=1 / pattern.intra_burst_frequency_hz,
        bursts_in_train=pattern.bursts_per_train,
        inter_burst_interval_s=1 / pattern.burst_frequency_hz,
        trains_in_protocol=pattern.trains,
        inter_train_interval_s=train_period if several else 0.0,
    )


def adjusted_mt_pct_mso(
    mt: MotorThreshold, block: Block, slope_pct_mso_per_mm: float
) -> tuple[float, bool]:
    """Return the motor threshold to scale this block to, and whether depth-corrected.

    With scalp-to-cortex distances at M1 and at the target, the threshold is
    shifted by ``slope x (target distance - M1 distance)`` (Stokes et al. 2007).
    """
    target_mm = block.scalp_cortex_distance_mm or mt.target_scalp_cortex_distance_mm
    if mt.m1_scalp_cortex_distance_mm is None or target_mm is None:
        return mt.value_pct_mso, False
    shift = slope_pct_mso_per_mm * (target_mm - mt.m1_scalp_cortex_distance_mm)
    return mt.value_pct_mso + shift, True


def round_half_up(value: float) -> int:
    """Round to the nearest integer, halves upwards (as a device dial is read)."""
    return math.floor(value + 0.5)


def intensity_pct_mso(mt_pct_mso: float, intensity_pct_mt: float) -> float:
    """The exact stimulator output (% MSO) of an intensity in % of a motor threshold (in % MSO)."""
    return mt_pct_mso * intensity_pct_mt / 100


def mso_to_set(mt_pct_mso: float, intensity_pct_mt: float) -> int:
    """The %MSO to set on the device for an intensity in % MT: the one rounding rule (halves upwards).

    Every %MSO to set (block settings with and without depth correction,
    titration steps, the device-output check) comes from here.
    """
    return round_half_up(intensity_pct_mso(mt_pct_mso, intensity_pct_mt))


def block_dose(mt: MotorThreshold, block: Block, slope_pct_mso_per_mm: float) -> BlockDose:
    """Derive the figures of one block."""
    pattern = block.pattern
    per_train = pulses_per_train(pattern)
    train_s = train_duration_s(pattern)
    duration = pattern.trains * train_s + (pattern.trains - 1) * pattern.inter_train_interval_s
    threshold, corrected = adjusted_mt_pct_mso(mt, block, slope_pct_mso_per_mm)
    uncorrected = intensity_pct_mso(mt.value_pct_mso, block.intensity_pct_mt)
    return BlockDose(
        pulses_per_train=per_train,
        train_duration_s=train_s,
        pulses=per_train * pattern.trains,
        duration_s=duration,
        duration_with_final_pause_s=duration + pattern.inter_train_interval_s,
        frequency_hz=pulse_frequency_hz(pattern),
        mt_pct_mso=threshold,
        depth_corrected=corrected,
        intensity_pct_mso=intensity_pct_mso(threshold, block.intensity_pct_mt),
        intensity_pct_mso_to_set=mso_to_set(threshold, block.intensity_pct_mt),
        timing=nested_timing(pattern),
        uncorrected_intensity_pct_mso=uncorrected,
        uncorrected_intensity_pct_mso_to_set=mso_to_set(mt.value_pct_mso, block.intensity_pct_mt),
        m1_scalp_cortex_distance_mm=mt.m1_scalp_cortex_distance_mm if corrected else None,
        target_scalp_cortex_distance_mm=(block.scalp_cortex_distance_mm or mt.target_scalp_cortex_distance_mm)
        if corrected else None,
    )


def block_doses(plan: Plan, slope_pct_mso_per_mm: float) -> list[BlockDose]:
    """Derive the figures of every block of a plan, in order."""
    return [block_dose(plan.motor_threshold, b, slope_pct_mso_per_mm) for b in plan.blocks]


def titration_steps(block: Block) -> list[float]:
    """Intensity (% MT) on each ramp day, ending at the block's intensity; [] without titration."""
    ramp = block.titration
    if ramp is None:
        return []
    step = (block.intensity_pct_mt - ramp.start_pct_mt) / (ramp.days - 1)
    return [round(ramp.start_pct_mt + k * step, 1) for k in range(ramp.days)]


def intensity_on_day(block: Block, day_number: int) -> float:
    """The block's intensity (% MT) on the ``day_number``-th delivered treatment day; later phases use the target."""
    steps = titration_steps(block)
    if 1 <= day_number <= len(steps):
        return steps[day_number - 1]
    return block.intensity_pct_mt


def session_intensity_pct_mt(block: Block, acute: bool, day_number: int) -> float:
    """The block's intensity (% MT) at one session: the titration ramp on delivered day ``day_number``, else the target.

    The one place that decides which titration step a session gets: by acute
    treatment days on which a session is delivered, so a missed day repeats
    no step and skips none, and the first delivered session is at the ramp's start.
    """
    return intensity_on_day(block, day_number) if acute else block.intensity_pct_mt


def intensities_to_check(block: Block) -> list[float]:
    """Every distinct intensity the block is delivered at (titration steps and the target)."""
    return sorted({*titration_steps(block), block.intensity_pct_mt})
