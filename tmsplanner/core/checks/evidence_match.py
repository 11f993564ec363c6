"""Evidence level and regulatory status of the plan, and deviations from its preset."""

from __future__ import annotations

from collections.abc import Iterator

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.checks.patterns import is_sequential_bilateral, pattern_class
from tmsplanner.core.dosing import pulses_per_train
from tmsplanner.core.evidence.models import Clearance, GuidelineLevel
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.labels import label, lower_first, target_label
from tmsplanner.core.plan import Block
from tmsplanner.core.vocab import Indication, PatternClass, Provenance, Severity, Target

_BILATERAL_TARGETS = (Target.BILATERAL_DLPFC, Target.LEFT_DLPFC, Target.RIGHT_DLPFC)


def _status_text(grades: list[GuidelineLevel], clearances: list[Clearance]) -> str:
    parts = [f"Level {g.level} ({g.guideline})" for g in grades]
    parts += [f"cleared: {c.regulator} {c.date}, {c.device}" for c in clearances]
    return "; ".join(dict.fromkeys(parts)) or "none"


def _evidence_finding(
    ctx: CheckContext, field: str, what: str, grades: list[GuidelineLevel], clearances: list[Clearance]
) -> Finding:
    if not grades and not clearances:
        return ctx.finding("EVD-002", field, what=what, indication=lower_first(label(ctx.plan.indication)))
    records = [*grades, *clearances]
    return ctx.finding(
        "EVD-001", field,
        citations=tuple(dict.fromkeys(c for r in records for c in r.citations)),
        unverified=any(r.provenance == Provenance.UNVERIFIED for r in records),
        what=what, indication=lower_first(label(ctx.plan.indication)), status=_status_text(grades, clearances),
        unilateral_itbs=" No guideline level for unilateral iTBS was seen in the sources read."
        if not grades and any(pattern_class(b) == PatternClass.ITBS for b in ctx.plan.blocks) else "",
    )


def check_evidence(ctx: CheckContext) -> Iterator[Finding]:
    """EVD-001..004: guideline level and clearance of each block's combination."""
    kb, ind, coil = ctx.kb, ctx.plan.indication, ctx.plan.device.coil
    if is_sequential_bilateral(ctx.plan):
        pc = PatternClass.BILATERAL_SEQUENTIAL
        grades = list({g.id: g for t in _BILATERAL_TARGETS for g in kb.grades_for(ind, t, pc)}.values())
        clearances = list({c.id: c for t in _BILATERAL_TARGETS for c in kb.clearances_for(ind, t, pc, coil)}.values())
        yield _evidence_finding(ctx, "blocks", "sequential bilateral DLPFC stimulation", grades, clearances)
        return
    for i, block in enumerate(ctx.plan.blocks):
        field = f"blocks[{i}].pattern"
        pc = pattern_class(block)
        what = f"block {i + 1} ({lower_first(label(pc))} to the {target_label(block)})"
        if pc == PatternClass.INTERMEDIATE_RTMS:
            yield ctx.finding("EVD-003", field, block=i + 1, frequency=f"{block.pattern.frequency_hz:g}")  # type: ignore[union-attr]
        elif ind == Indication.MDD and block.target == Target.LEFT_DLPFC and pc == PatternClass.LF_RTMS:
            yield ctx.finding("EVD-004", field, block=i + 1)
        else:
            yield _evidence_finding(
                ctx, field, what, kb.grades_for(ind, block.target, pc), kb.clearances_for(ind, block.target, pc, coil)
            )


def _compare(value: float, reference: float) -> Severity | None:
    if value == reference:
        return None
    return Severity.WARN if value > reference else Severity.INFO


def _pattern_changes(block: Block, ref: Block) -> str:
    """'frequency_hz 20 (preset 10)', or the pattern type change, in words."""
    if block.pattern.type != ref.pattern.type:
        return f"{block.pattern.type} instead of {ref.pattern.type}"
    mine, theirs = block.pattern.model_dump(), ref.pattern.model_dump()
    return ", ".join(f"{name.replace('_', ' ')} {mine[name]:g} (preset {theirs[name]:g})"
                     for name in mine if name != "type" and mine[name] != theirs[name])


def _block_deviations(ctx: CheckContext, proto: Protocol) -> Iterator[Finding]:
    for i, (block, ref) in enumerate(zip(ctx.plan.blocks, proto.blocks, strict=False)):
        sev = _compare(block.intensity_pct_mt, ref.intensity_pct_mt)
        if sev:
            yield ctx.finding(
                "EVD-010", f"blocks[{i}].intensity_pct_mt", severity=sev, citations=tuple(proto.citations),
                block=i + 1, value=f"{block.intensity_pct_mt:g}", ref=f"{ref.intensity_pct_mt:g}", protocol=proto.name,
            )
        if block.pattern != ref.pattern:
            pulses = pulses_per_train(block.pattern) * block.pattern.trains
            ref_pulses = pulses_per_train(ref.pattern) * ref.pattern.trains
            more_intense = pulses > ref_pulses or block.pattern.type != ref.pattern.type or (
                getattr(block.pattern, "frequency_hz", 0) > getattr(ref.pattern, "frequency_hz", 0)
            )
            yield ctx.finding(
                "EVD-011", f"blocks[{i}].pattern", severity=Severity.WARN if more_intense else Severity.INFO,
                citations=tuple(proto.citations), block=i + 1, pulses=pulses, ref_pulses=ref_pulses, protocol=proto.name,
                changes=_pattern_changes(block, ref),
            )
        if block.target != ref.target:
            yield ctx.finding(
                "EVD-013", f"blocks[{i}].target", citations=tuple(proto.citations),
                what=f"target of block {i + 1}", value=target_label(block), ref=target_label(ref), protocol=proto.name,
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
                          ref=len(proto.blocks), protocol=proto.name)
    yield from _block_deviations(ctx, proto)
    for what, value, ref, field in (
        ("coil", label(plan.device.coil), label(proto.device.coil), "device.coil"),
        ("motor threshold kind", label(plan.motor_threshold.kind), label(proto.mt_kind), "motor_threshold.kind"),
    ):
        if value != ref:
            yield ctx.finding("EVD-013", field, citations=cited, what=what, value=value, ref=ref, protocol=proto.name)
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
            total=total, per_day=sched.sessions_per_day, interval=f"{sched.intersession_interval_min:g}",
            ref_total=ref_total, ref_per_day=ref_s.sessions_per_day,
            ref_interval=f"{ref_s.intersession_interval_min:g}", protocol=proto.name,
        )
    if proto.unverified_fields:
        yield ctx.finding(
            "EVD-020", "protocol_id", citations=cited, unverified=True,
            protocol=proto.name, fields=", ".join(proto.unverified_fields),
        )
