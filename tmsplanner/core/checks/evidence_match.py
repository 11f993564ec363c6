"""Evidence level and regulatory status of the plan, and deviations from its preset."""

from __future__ import annotations

from collections.abc import Iterator

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.checks.patterns import HF_MIN_HZ, LF_MAX_HZ, is_sequential_bilateral, pattern_class
from tmsplanner.core.dosing import pulses_per_train
from tmsplanner.core.evidence.models import Clearance, GuidelineLevel, ParamValue
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import Block, RtmsPattern
from tmsplanner.core.vocab import Indication, PatternClass, Provenance, Severity, Target

_BILATERAL_TARGETS = (Target.BILATERAL_DLPFC, Target.LEFT_DLPFC, Target.RIGHT_DLPFC)


def _evidence_findings(
    ctx: CheckContext, field: str, subject: dict[str, ParamValue], variant: str | None,
    grades: list[GuidelineLevel], clearances: list[Clearance], unilateral_itbs: bool = False,
) -> Iterator[Finding]:
    """EVD-001 (guideline levels) and EVD-005 (clearances), or EVD-002 when there is neither.

    ``subject`` holds the params naming what is graded (the block, its pattern
    class and target); ``variant`` is ``"bilateral"`` for sequential bilateral
    stimulation, which has no block.
    """
    indication = ctx.plan.indication.value
    if not grades and not clearances:
        yield ctx.finding("EVD-002", field, variant=variant, indication=indication, values=subject)
        return
    for rule, records, key in (("EVD-001", grades, "grades"), ("EVD-005", clearances, "clearances")):
        if records:
            yield ctx.finding(
                rule, field, variant=variant,
                citations=tuple(dict.fromkeys(c for r in records for c in r.citations)),
                unverified=any(r.provenance == Provenance.UNVERIFIED for r in records),
                indication=indication, values={**subject, key: tuple(dict.fromkeys(r.id for r in records))},
            )
    if unilateral_itbs and not grades:
        yield ctx.finding("EVD-006", field, block=subject["block"])


def check_evidence(ctx: CheckContext) -> Iterator[Finding]:
    """EVD-001..006: guideline level and clearance of each block's combination."""
    kb, ind, coil = ctx.kb, ctx.plan.indication, ctx.plan.device.coil
    if is_sequential_bilateral(ctx.plan):
        pc = PatternClass.BILATERAL_SEQUENTIAL
        grades = list({g.id: g for t in _BILATERAL_TARGETS for g in kb.grades_for(ind, t, pc)}.values())
        clearances = list({c.id: c for t in _BILATERAL_TARGETS for c in kb.clearances_for(ind, t, pc, coil)}.values())
        yield from _evidence_findings(ctx, "blocks", {}, "bilateral", grades, clearances)
        return
    for i, block in enumerate(ctx.plan.blocks):
        field = f"blocks[{i}].pattern"
        pc = pattern_class(block)
        if pc == PatternClass.INTERMEDIATE_RTMS:
            assert isinstance(block.pattern, RtmsPattern)
            yield ctx.finding("EVD-003", field, block=i + 1, frequency=block.pattern.frequency_hz,
                              lf_max=LF_MAX_HZ, hf_min=HF_MIN_HZ)
        elif ind == Indication.MDD and block.target == Target.LEFT_DLPFC and pc == PatternClass.LF_RTMS:
            yield ctx.finding("EVD-004", field, block=i + 1)
        else:
            grades = kb.grades_for(ind, block.target, pc)
            clearances = kb.clearances_for(ind, block.target, pc, coil)
            subject: dict[str, ParamValue] = {"block": i + 1, "pattern": pc.value, "target": block.target.value}
            variant = None
            if block.custom_target and not grades and not clearances:
                subject["target"], variant = block.custom_target, "custom_target"
            yield from _evidence_findings(ctx, field, subject, variant, grades, clearances,
                                          unilateral_itbs=pc == PatternClass.ITBS)


def _compare(value: float, reference: float) -> Severity | None:
    if value == reference:
        return None
    return Severity.WARN if value > reference else Severity.INFO


def _changed_fields(block: Block, ref: Block) -> list[str]:
    """The pattern fields whose values differ between two patterns of the same type."""
    mine, theirs = block.pattern.model_dump(), ref.pattern.model_dump()
    return [name for name in mine if name != "type" and mine[name] != theirs[name]]


def _block_deviations(ctx: CheckContext, proto: Protocol) -> Iterator[Finding]:
    for i, (block, ref) in enumerate(zip(ctx.plan.blocks, proto.blocks, strict=False)):
        sev = _compare(block.intensity_pct_mt, ref.intensity_pct_mt)
        if sev:
            yield ctx.finding(
                "EVD-010", f"blocks[{i}].intensity_pct_mt", severity=sev, citations=tuple(proto.citations),
                block=i + 1, value=block.intensity_pct_mt, ref=ref.intensity_pct_mt, protocol=proto.id,
            )
        if block.pattern != ref.pattern:
            pulses = pulses_per_train(block.pattern) * block.pattern.trains
            ref_pulses = pulses_per_train(ref.pattern) * ref.pattern.trains
            more_intense = pulses > ref_pulses or block.pattern.type != ref.pattern.type or (
                getattr(block.pattern, "frequency_hz", 0) > getattr(ref.pattern, "frequency_hz", 0)
            )
            common: dict[str, ParamValue] = {"block": i + 1, "pulses": pulses, "ref_pulses": ref_pulses,
                                             "protocol": proto.id}
            severity = Severity.WARN if more_intense else Severity.INFO
            if block.pattern.type != ref.pattern.type:
                yield ctx.finding("EVD-011", f"blocks[{i}].pattern", variant="pattern_type", severity=severity,
                                  citations=tuple(proto.citations), value=block.pattern.type,
                                  ref=ref.pattern.type, values=common)
            else:
                mine, theirs = block.pattern.model_dump(), ref.pattern.model_dump()
                same = pulses == ref_pulses  # "3000 pulses against 3000" would read as a difference
                if same:
                    del common["ref_pulses"]
                for name in _changed_fields(block, ref):
                    yield ctx.finding("EVD-011", f"blocks[{i}].pattern", variant="same_pulses" if same else None,
                                      severity=severity, citations=tuple(proto.citations), parameter=name,
                                      value=mine[name], ref=theirs[name], values=common)
        if block.target != ref.target:
            custom = block.custom_target is not None
            yield ctx.finding(
                "EVD-013", f"blocks[{i}].target", variant="custom_target" if custom else None,
                citations=tuple(proto.citations), block=i + 1,
                value=block.custom_target if block.custom_target else block.target.value,
                ref=ref.target.value, protocol=proto.id,
            )


def check_protocol_deviation(ctx: CheckContext) -> Iterator[Finding]:
    """EVD-010..021: how the plan departs from the preset it started from."""
    plan = ctx.plan
    if plan.protocol_id is None:
        return
    proto = ctx.protocol
    if proto is None:
        yield ctx.finding("EVD-021", "protocol_id", protocol=plan.protocol_id)
        return
    cited = tuple(proto.citations)
    if len(plan.blocks) != len(proto.blocks):
        yield ctx.finding("EVD-014", "blocks", citations=cited, count=len(plan.blocks),
                          ref=len(proto.blocks), protocol=proto.id)
    yield from _block_deviations(ctx, proto)
    for variant, value, ref, field in (
        ("coil", plan.device.coil, proto.device.coil, "device.coil"),
        ("mt_kind", plan.motor_threshold.kind, proto.mt_kind, "motor_threshold.kind"),
    ):
        if value != ref:
            yield ctx.finding("EVD-013", field, variant=variant, citations=cited, value=value.value, ref=ref.value,
                              protocol=proto.id)
    sched, ref_s = plan.schedule, proto.schedule
    total, ref_total = ctx.figures.total_sessions, ref_s.treatment_days * ref_s.sessions_per_day
    denser = sched.sessions_per_day > ref_s.sessions_per_day or (
        sched.sessions_per_day > 1 and sched.intersession_interval_min < ref_s.intersession_interval_min
    )
    if (total, sched.sessions_per_day, sched.intersession_interval_min) != (
        ref_total, ref_s.sessions_per_day, ref_s.intersession_interval_min
    ):
        yield ctx.finding(
            "EVD-012", "schedule", severity=Severity.WARN if denser else Severity.INFO, citations=cited,
            total=total, per_day=sched.sessions_per_day, interval=sched.intersession_interval_min,
            ref_total=ref_total, ref_per_day=ref_s.sessions_per_day,
            ref_interval=ref_s.intersession_interval_min, protocol=proto.id,
        )
    if proto.unverified_fields:
        yield ctx.finding(
            "EVD-020", "protocol_id", citations=cited, unverified=True,
            protocol=proto.id, fields=tuple(proto.unverified_fields),
        )
