"""Device output and motor-threshold record."""

from __future__ import annotations

from collections.abc import Iterator

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.delivery_flags import above_max_output
from tmsplanner.core.dosing import intensities_to_check, mso_to_set
from tmsplanner.core.vocab import MTMethod


def check_device_output(ctx: CheckContext) -> Iterator[Finding]:
    """DEV-001: the %MSO to set must be within the device's maximum output."""
    max_out = ctx.plan.device.max_output_pct_mso
    for i, (block, dose) in enumerate(zip(ctx.plan.blocks, ctx.figures.blocks, strict=True)):
        highest = mso_to_set(dose.mt_pct_mso, max(intensities_to_check(block)))
        if above_max_output(highest, max_out):
            yield ctx.finding(
                "DEV-001", f"blocks[{i}].intensity_pct_mt", variant="depth_corrected" if dose.depth_corrected else None,
                block=i + 1, mso=highest, max_out=max_out, mt=dose.mt_pct_mso,
            )


def check_motor_threshold(ctx: CheckContext) -> Iterator[Finding]:
    """MT-001..005: placeholder, age, date and method of the motor threshold; depth correction a preset needs."""
    mt = ctx.plan.motor_threshold
    today = ctx.settings.today
    field = "motor_threshold.measured_on"
    if mt.placeholder:
        yield ctx.finding("MT-004", "motor_threshold.value_pct_mso", value=mt.value_pct_mso)
    if mt.measured_on > today:
        yield ctx.finding("MT-002", field, measured=mt.measured_on, today=today)
    reference = max(today, ctx.figures.start_date)
    age = (reference - mt.measured_on).days
    if age > ctx.settings.mt_max_age_days:
        yield ctx.finding(
            "MT-001", field, age=age, limit=ctx.settings.mt_max_age_days,
            measured=mt.measured_on, reference=reference,
        )
    protocol = ctx.kb.protocols.get(ctx.plan.protocol_id or "")
    if protocol is not None and protocol.depth_corrected:
        for i, (block, dose) in enumerate(zip(ctx.plan.blocks, ctx.figures.blocks, strict=True)):
            if i < len(protocol.blocks) and not dose.depth_corrected:
                yield ctx.finding("MT-005", "motor_threshold.target_scalp_cortex_distance_mm", block=i + 1,
                                  protocol=protocol.id, intensity=block.intensity_pct_mt)
    if mt.method == MTMethod.VISUAL and any(b.intensity_pct_mt >= 100 for b in ctx.plan.blocks):
        excess = ctx.kb.param("visual_mt_excess_pct")
        yield ctx.finding(
            "MT-003", "motor_threshold.method", citations=tuple(excess.citations), excess=excess.value
        )
