"""Single-train duration and inter-train pause against the safety tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.checks.patterns import exact_protocol_matches
from tmsplanner.core.dosing import intensities_to_check
from tmsplanner.core.evidence.models import ParamValue, SafetyLimitTable
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import Block, RtmsPattern
from tmsplanner.core.vocab import Provenance, Severity


@dataclass(frozen=True, slots=True)
class TrainLimit:
    """The table cell that applies to a block."""

    limit_s: float
    lower_bound_only: bool
    frequency_hz: float
    intensity_pct_mt: float
    below_table: bool = False
    text: str = ""  # the cell as printed in the table, e.g. ">10"


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
        text=cell,
    )


def check_train_duration(ctx: CheckContext) -> Iterator[Finding]:
    """SAFE-TRAIN-*: each rTMS train against the maximum safe durations, at every intensity it is given at.

    SAFE-TABLE-001 follows once when a finding rests on a table whose values are unverified.
    """
    coil = ctx.plan.device.coil
    used_table = False
    for i, (block, dose) in enumerate(zip(ctx.plan.blocks, ctx.figures.blocks, strict=True)):
        field = f"blocks[{i}].pattern"
        if not isinstance(block.pattern, RtmsPattern):
            yield ctx.finding("SAFE-TBS-001", field, block=i + 1,
                              adverse_events=ctx.kb.param("tbs_mild_adverse_events_pct").value)
            continue
        matches = exact_protocol_matches(block, coil, ctx.kb)
        if coil.is_h_coil and matches:
            yield ctx.finding("SAFE-TRAIN-004", field, citations=tuple(ctx.table.citations), block=i + 1,
                              protocol=matches[0].name, table=ctx.table.name)
            continue
        found = [*_train_at(ctx, i, block.pattern, dose.train_duration_s, block.intensity_pct_mt, matches),
                 *_titration_steps(ctx, i, block, dose.train_duration_s)]
        used_table = used_table or bool(found)
        yield from found
    if used_table and ctx.table.provenance == Provenance.UNVERIFIED:
        yield ctx.finding("SAFE-TABLE-001", "blocks", citations=tuple(ctx.table.citations), unverified=True,
                          table=ctx.table.name)


def _titration_steps(ctx: CheckContext, i: int, block: Block, train_s: float) -> Iterator[Finding]:
    """The same rules at each titration step; one finding per rule, at the step where it is worst."""
    assert isinstance(block.pattern, RtmsPattern)
    steps = [x for x in intensities_to_check(block) if x != block.intensity_pct_mt]
    by_rule: dict[str, tuple[Finding, list[float]]] = {}
    for intensity in steps:
        for finding in _train_at(ctx, i, block.pattern, train_s, intensity, []):
            worst, seen = by_rule.get(finding.rule, (finding, []))
            if finding.severity.rank <= worst.severity.rank:
                worst = finding
            by_rule[finding.rule] = (worst, [*seen, intensity])
    for worst, seen in by_rule.values():
        variant = "titration" if worst.variant is None else f"titration_{worst.variant}"
        yield ctx.finding(worst.rule, worst.field, variant=variant, severity=worst.severity,
                          citations=worst.citations, unverified=worst.unverified,
                          values={**worst.params, "steps": tuple(seen)})


def _train_at(ctx: CheckContext, i: int, pattern: RtmsPattern, train_s: float, intensity: float,
              matches: list[Protocol]) -> Iterator[Finding]:
    """The train-duration rules for one block at one intensity."""
    table = ctx.table
    unverified = table.provenance == Provenance.UNVERIFIED
    field, cited = f"blocks[{i}].pattern", tuple(table.citations)
    common: dict[str, ParamValue] = {"block": i + 1, "train_s": train_s, "frequency": pattern.frequency_hz,
                                     "intensity": intensity, "table": table.name}
    cell = lookup_limit(table, pattern.frequency_hz, intensity)
    if cell is None:
        yield ctx.finding("SAFE-TRAIN-003", field, citations=cited, unverified=unverified, values=common)
        return
    common.update(limit=cell.text, cell_frequency=cell.frequency_hz, cell_intensity=cell.intensity_pct_mt)
    if train_s > cell.limit_s:
        # Beyond a '>' cell, or below the lowest tabulated intensity, the
        # table has no data either way: "no safety data", not "unsafe".
        if cell.below_table:
            yield ctx.finding("SAFE-TRAIN-003", field, variant="below_table", citations=cited,
                              unverified=unverified, values=common)
        elif cell.lower_bound_only:
            yield ctx.finding("SAFE-TRAIN-003", field, variant="beyond_tested", citations=cited,
                              unverified=unverified, values=common)
        else:
            yield ctx.finding("SAFE-TRAIN-001", field, citations=cited, unverified=unverified, values=common)
        return
    reduction = ctx.kb.param("chen_train_reduction_fraction").value
    chen_limit = cell.limit_s * (1 - reduction)
    if train_s > chen_limit:
        chen: dict[str, ParamValue] = {**common, "margin": reduction * 100, "chen_s": chen_limit}
        if matches:
            yield ctx.finding("SAFE-TRAIN-002", field, variant="matched", severity=Severity.INFO, citations=cited,
                              unverified=unverified, protocol=matches[0].name, values=chen)
        else:
            yield ctx.finding("SAFE-TRAIN-002", field, citations=cited, unverified=unverified, values=chen)


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
                block=i + 1, iti=pattern.inter_train_interval_s, intensity=highest, max_iti=max_iti, above=above,
            )
