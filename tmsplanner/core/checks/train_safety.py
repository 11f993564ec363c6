"""Single-train duration and inter-train pause against the safety tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.checks.patterns import exact_protocol_matches
from tmsplanner.core.dosing import intensities_to_check
from tmsplanner.core.evidence.models import SafetyLimitTable
from tmsplanner.core.plan import RtmsPattern
from tmsplanner.core.vocab import Provenance, Severity


@dataclass(frozen=True, slots=True)
class TrainLimit:
    """The table cell that applies to a block."""

    limit_s: float
    lower_bound_only: bool
    frequency_hz: float
    intensity_pct_mt: float
    below_table: bool = False


def lookup_limit(table: SafetyLimitTable, frequency_hz: float, intensity_pct_mt: float) -> TrainLimit | None:
    """Return the conservative table cell for a frequency and intensity.

    Between tabulated values the higher frequency row and the higher intensity
    column apply; below the lowest intensity the lowest column applies (and the
    cell says so, since the table has no data there); beyond the highest
    frequency or intensity there is no cell (``None``).
    """
    row = next((i for i, f in enumerate(table.frequencies_hz) if f >= frequency_hz), None)
    if intensity_pct_mt <= table.intensities_pct_mt[0]:
        col: int | None = 0
    else:
        col = next((j for j, x in enumerate(table.intensities_pct_mt) if x >= intensity_pct_mt), None)
    if row is None or col is None:
        return None
    cell = table.cells[row][col]
    return TrainLimit(
        limit_s=float(cell.lstrip(">")),
        lower_bound_only=cell.startswith(">"),
        frequency_hz=table.frequencies_hz[row],
        intensity_pct_mt=table.intensities_pct_mt[col],
        below_table=intensity_pct_mt < table.intensities_pct_mt[0],
    )


def check_train_duration(ctx: CheckContext) -> Iterator[Finding]:
    """SAFE-TRAIN-*: each rTMS train against the maximum safe durations, at every intensity it is given at."""
    coil = ctx.plan.device.coil
    for i, (block, dose) in enumerate(zip(ctx.plan.blocks, ctx.figures.blocks, strict=True)):
        field = f"blocks[{i}].pattern"
        if not isinstance(block.pattern, RtmsPattern):
            yield ctx.finding("SAFE-TBS-001", field, block=i + 1)
            continue
        matches = exact_protocol_matches(block, coil, ctx.kb)
        if coil.is_h_coil and matches:
            yield ctx.finding("SAFE-TRAIN-004", field, citations=tuple(ctx.table.citations), block=i + 1,
                              protocol=matches[0].name, table=ctx.table_label)
            continue
        yield from _train_at(ctx, i, block.pattern, dose.train_duration_s, block.intensity_pct_mt, matches, "")
        yield from _titration_steps(ctx, i, block, dose.train_duration_s)


def _titration_steps(ctx: CheckContext, i: int, block, train_s: float) -> Iterator[Finding]:  # noqa: ANN001
    """The same rules at each titration step; one finding per rule, at the step where it is worst."""
    steps = [x for x in intensities_to_check(block) if x != block.intensity_pct_mt]
    by_rule: dict[str, tuple[Finding, list[float]]] = {}
    for intensity in steps:
        for finding in _train_at(ctx, i, block.pattern, train_s, intensity, [], ""):
            worst, seen = by_rule.get(finding.rule, (finding, []))
            if finding.severity.rank <= worst.severity.rank:
                worst = finding
            by_rule[finding.rule] = (worst, [*seen, intensity])
    for worst, seen in by_rule.values():
        listed = ", ".join(f"{x:g}" for x in seen)
        label = f"Block {i + 1} (titration step{'s' if len(seen) > 1 else ''} {listed}% MT)"
        yield Finding(rule=worst.rule, severity=worst.severity, field=worst.field,
                      message=worst.message.replace(f"Block {i + 1}", label, 1), citations=worst.citations,
                      unverified=worst.unverified)


def _train_at(ctx: CheckContext, i: int, pattern: RtmsPattern, train_s: float, intensity: float,
              matches: list, step: str) -> Iterator[Finding]:  # noqa: ANN001
    """The train-duration rules for one block at one intensity."""
    table = ctx.table
    unverified = table.provenance == Provenance.UNVERIFIED
    field, cited = f"blocks[{i}].pattern", tuple(table.citations)
    common = dict(block=f"{i + 1}{step}", train_s=f"{train_s:g}", frequency=f"{pattern.frequency_hz:g}",
                  intensity=f"{intensity:g}", table=ctx.table_label)
    cell = lookup_limit(table, pattern.frequency_hz, intensity)
    if cell is None:
        reason = "the frequency or intensity lies beyond the range tabulated"
        yield ctx.finding("SAFE-TRAIN-003", field, citations=cited, unverified=unverified, reason=reason, **common)
        return
    cell_text = f"{'>' if cell.lower_bound_only else ''}{cell.limit_s:g} s at {cell.frequency_hz:g} Hz, " \
                f"{cell.intensity_pct_mt:g}% MT"
    if train_s > cell.limit_s:
        # Beyond a '>' cell, or below the lowest tabulated intensity, the
        # table has no data either way: "no safety data", not "unsafe".
        if cell.below_table:
            reason = f"the intensity is below the lowest tabulated one, where the limit would be {cell_text}"
        else:
            reason = f"longer than the longest train tested without adverse effects ({cell_text})"
        rule = "SAFE-TRAIN-003" if cell.lower_bound_only or cell.below_table else "SAFE-TRAIN-001"
        yield ctx.finding(rule, field, citations=cited, unverified=unverified, cell=cell_text, reason=reason,
                          **common)
        return
    chen_limit = cell.limit_s * (1 - ctx.kb.param("chen_train_reduction_fraction").value)
    if train_s > chen_limit:
        yield ctx.finding(
            "SAFE-TRAIN-002", field, severity=Severity.INFO if matches else Severity.WARN, citations=cited,
            unverified=unverified, cell=cell_text, chen_s=f"{chen_limit:.2f}",
            matched=f" It matches the published protocol '{matches[0].name}' exactly." if matches else "",
            **common,
        )


def check_inter_train_interval(ctx: CheckContext) -> Iterator[Finding]:
    """SAFE-ITI-001: pauses of 1 s or less between trains above 100% MT."""
    max_iti = ctx.kb.param("chen_unsafe_iti_s").value
    above = ctx.kb.param("chen_unsafe_iti_above_pct_mt").value
    for i, block in enumerate(ctx.plan.blocks):
        pattern = block.pattern
        if not isinstance(pattern, RtmsPattern) or pattern.trains < 2:
            continue
        highest = max(intensities_to_check(block))
        if pattern.inter_train_interval_s <= max_iti and highest > above:
            yield ctx.finding(
                "SAFE-ITI-001", f"blocks[{i}].pattern.inter_train_interval_s",
                block=i + 1, iti=f"{pattern.inter_train_interval_s:g}", intensity=f"{highest:g}",
                max_iti=f"{max_iti:g}", above=f"{above:g}",
            )
