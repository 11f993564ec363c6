"""Single-train duration and inter-train pause against the safety tables."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.checks.patterns import exact_protocol_matches
from tmsplanner.core.dosing import intensities_to_check, pulses_per_train, train_duration_s
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import ParamValue, SafetyLimitTable
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import Block, RtmsPattern
from tmsplanner.core.vocab import Coil, Provenance, Severity


class TrainLimit(NamedTuple):
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

    An H-coil block is never looked up in the (focal-coil) table: it is compared
    with the cleared trains of its coil (:func:`check_h_coil_train`).
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
        if coil.is_h_coil:
            yield from check_h_coil_train(ctx, i, block)
            continue
        matches = exact_protocol_matches(block, coil, ctx.kb)
        found = [*_train_at(ctx, i, block.pattern, dose.train_duration_s, block.intensity_pct_mt, matches),
                 *_titration_steps(ctx, i, block, dose.train_duration_s)]
        used_table = used_table or bool(found)
        yield from found
    if used_table and ctx.table.provenance == Provenance.UNVERIFIED:
        yield ctx.finding("SAFE-TABLE-001", "blocks", citations=tuple(ctx.table.citations), unverified=True,
                          table=ctx.table.name)


# -- H-coils: the cleared protocol is the reference ----------------------------------------------------------------

# The compared train values, by the name of the SAFE-TRAIN-005 variant that reports them ("pulses" is the rule's
# own wording), with the plan paths (under blocks.N.) whose provenance they rest on.
_TRAIN_FIELDS: dict[str, tuple[str, ...]] = {
    "frequency": ("pattern.frequency_hz",),
    "train": ("pattern.pulses_per_train", "pattern.frequency_hz"),
    "iti": ("pattern.inter_train_interval_s",),
    "intensity": ("intensity_pct_mt",),
    "pulses": ("pattern.pulses_per_train", "pattern.trains"),
}

# Published trials that gave an H-coil more than its cleared train, by coil: the parameters.toml names of the
# trial's frequency, intensity (% MT) and pulses a session. SAFE-TRAIN-005's 'trial' wording describes this
# trial (randomised, older adults, no serious adverse events); a trial of another kind needs its own wording.
_H_COIL_TRIALS: dict[Coil, tuple[str, str, str]] = {
    Coil.H1: ("kaster2018_h1_frequency_hz", "kaster2018_h1_intensity_pct_mt", "kaster2018_h1_pulses_per_session"),
}

_EPSILON = 1e-9  # train durations are quotients: no finding from binary noise


class HCoilTrain(NamedTuple):
    """A train as the H-coil comparison sees it: one block's train and the pulses of its session."""

    frequency_hz: float
    train_s: float
    iti_s: float
    intensity_pct_mt: float
    pulses: int


class ClearedTrain(NamedTuple):
    """The train of one block of a cleared H-coil protocol, with what it rests on.

    ``unverified`` names the compared values (keys of ``_TRAIN_FIELDS``) that
    were not read in a source; ``citations`` are the protocol's and those of
    the clearances of its coil and indication.
    """

    protocol: Protocol
    train: HCoilTrain
    unverified: frozenset[str]
    citations: tuple[str, ...]


def cleared_h_coil_trains(kb: KnowledgeBase, coil: Coil) -> list[ClearedTrain]:
    """The rTMS trains of the cleared protocols for this coil, in the evidence base's order."""
    out = []
    for proto in kb.protocols.values():
        if not proto.cleared or proto.device.coil != coil:
            continue
        clearances = [c for c in kb.clearances if c.coil == coil
                      and (c.id in proto.clearance_ids or c.indication == proto.indication)]
        cited = tuple(dict.fromkeys([*proto.citations, *(cid for c in clearances for cid in c.citations)]))
        session_pulses = sum(pulses_per_train(b.pattern) * b.pattern.trains for b in proto.blocks)
        for index, block in enumerate(proto.blocks):
            pattern = block.pattern
            if not isinstance(pattern, RtmsPattern):
                continue
            paths = {f.removeprefix(f"blocks.{index}.") for f in proto.unverified_fields}
            unverified = {name for name, fields in _TRAIN_FIELDS.items() if paths.intersection(fields)}
            if any(f.endswith((".pattern.pulses_per_train", ".pattern.trains")) for f in proto.unverified_fields):
                unverified.add("pulses")  # the session's pulses rest on every block's
            train = HCoilTrain(pattern.frequency_hz, train_duration_s(pattern), pattern.inter_train_interval_s,
                               block.intensity_pct_mt, session_pulses)
            out.append(ClearedTrain(proto, train, frozenset(unverified), cited))
    return out


def _beyond(mine: HCoilTrain, ref: HCoilTrain, several_trains: bool) -> dict[str, float]:
    """By how much a train goes beyond a cleared one, per compared value (the pause: by how much it is shorter)."""
    out: dict[str, float] = {}
    for name, value, limit in (("frequency", mine.frequency_hz, ref.frequency_hz),
                               ("train", mine.train_s, ref.train_s),
                               ("intensity", mine.intensity_pct_mt, ref.intensity_pct_mt),
                               ("pulses", mine.pulses, ref.pulses)):
        if value > limit + _EPSILON:
            out[name] = value - limit
    if several_trains and mine.iti_s < ref.iti_s - _EPSILON:
        out["iti"] = ref.iti_s - mine.iti_s
    return out


def _same(a: HCoilTrain, b: HCoilTrain) -> bool:
    return all(abs(x - y) <= _EPSILON for x, y in zip(
        (a.frequency_hz, a.train_s, a.iti_s, a.intensity_pct_mt, a.pulses),
        (b.frequency_hz, b.train_s, b.iti_s, b.intensity_pct_mt, b.pulses), strict=True))


def check_h_coil_train(ctx: CheckContext, i: int, block: Block) -> Iterator[Finding]:
    """SAFE-TRAIN-004..006: an H-coil block's train against the cleared trains of its coil.

    The block is compared at the highest intensity it is given at (titration
    included) and with the pulses of its session. Within a cleared train:
    SAFE-TRAIN-004 (info), naming the protocol. Beyond every cleared train:
    SAFE-TRAIN-005 (warn), one finding per value that goes beyond the closest
    cleared train (the one it goes beyond in the fewest values), citing a
    published trial where one gave that dose. No cleared train for the coil:
    SAFE-TRAIN-006 (warn). None of them blocks: the focal-coil table does not apply.
    """
    pattern = block.pattern
    assert isinstance(pattern, RtmsPattern)
    coil = ctx.plan.device.coil
    mine = HCoilTrain(pattern.frequency_hz, train_duration_s(pattern), pattern.inter_train_interval_s,
                      max(intensities_to_check(block)), ctx.figures.pulses_per_session)
    several = pattern.trains > 1
    cleared = cleared_h_coil_trains(ctx.kb, coil)
    if not cleared:
        yield ctx.finding("SAFE-TRAIN-006", f"blocks[{i}].pattern", block=i + 1, coil=coil.value,
                          train_s=mine.train_s, frequency=mine.frequency_hz, intensity=mine.intensity_pct_mt)
        return
    ref = min(cleared, key=lambda c: (len(_beyond(mine, c.train, several)), not _same(mine, c.train)))
    beyond = _beyond(mine, ref.train, several)
    name = ref.protocol.id
    if not beyond:
        field, unverified = f"blocks[{i}].pattern", bool(ref.unverified)
        cited = (*ref.citations, *ctx.table.citations)
        if _same(mine, ref.train):
            yield ctx.finding("SAFE-TRAIN-004", field, citations=cited, unverified=unverified, block=i + 1,
                              protocol=name, table=ctx.table.name)
        else:
            r = ref.train
            yield ctx.finding(
                "SAFE-TRAIN-004", field, variant="within", citations=cited, unverified=unverified, block=i + 1,
                frequency=mine.frequency_hz, train_s=mine.train_s, iti=mine.iti_s, intensity=mine.intensity_pct_mt,
                pulses=mine.pulses, protocol=name, ref_frequency=r.frequency_hz, ref_train_s=r.train_s,
                ref_iti=r.iti_s, ref_intensity=r.intensity_pct_mt, ref_pulses=r.pulses, table=ctx.table.name,
            )
        return
    only_pulses = set(beyond) == {"pulses"}
    for what, by in beyond.items():
        yield from _beyond_finding(ctx, i, what, by, mine, ref, only_pulses)


def _beyond_finding(ctx: CheckContext, i: int, what: str, by: float, mine: HCoilTrain,
                    ref: ClearedTrain, only_pulses: bool) -> Iterator[Finding]:
    """SAFE-TRAIN-005 for one value beyond the cleared train.

    A published trial is cited for the pulses only when they are the one value
    beyond the cleared train: what is known of the trial is its frequency,
    intensity and pulses, not its train length or pauses.
    """
    r, unverified = ref.train, what in ref.unverified
    common: dict[str, ParamValue] = {"block": i + 1, "protocol": ref.protocol.id}
    blk = f"blocks[{i}]"
    if what == "frequency":
        yield ctx.finding("SAFE-TRAIN-005", f"{blk}.pattern.frequency_hz", variant="frequency",
                          citations=ref.citations, unverified=unverified, frequency=mine.frequency_hz,
                          ref_frequency=r.frequency_hz, excess=by, values=common)
    elif what == "train":
        yield ctx.finding("SAFE-TRAIN-005", f"{blk}.pattern.pulses_per_train", variant="train",
                          citations=ref.citations, unverified=unverified, train_s=mine.train_s,
                          ref_train_s=r.train_s, excess=by, values=common)
    elif what == "intensity":
        yield ctx.finding("SAFE-TRAIN-005", f"{blk}.intensity_pct_mt", variant="intensity",
                          citations=ref.citations, unverified=unverified, intensity=mine.intensity_pct_mt,
                          ref_intensity=r.intensity_pct_mt, excess=by, values=common)
    elif what == "iti":
        yield ctx.finding("SAFE-TRAIN-005", f"{blk}.pattern.inter_train_interval_s", variant="iti",
                          citations=ref.citations, unverified=unverified, iti=mine.iti_s, ref_iti=r.iti_s,
                          shortfall=by, values=common)
    else:
        pulses: dict[str, ParamValue] = {**common, "pulses": mine.pulses, "ref_pulses": r.pulses,
                                         "excess": mine.pulses - r.pulses}
        trial = _published_trial(ctx, mine) if only_pulses else None
        if trial is None:
            yield ctx.finding("SAFE-TRAIN-005", f"{blk}.pattern.trains", citations=ref.citations,
                              unverified=unverified, values=pulses)
        else:
            (frequency, intensity, count), cited, trial_unverified = trial
            yield ctx.finding("SAFE-TRAIN-005", f"{blk}.pattern.trains", variant="trial",
                              citations=(*ref.citations, *cited), unverified=unverified or trial_unverified,
                              trial_pulses=count, trial_frequency=frequency, trial_intensity=intensity,
                              values=pulses)


def _published_trial(
    ctx: CheckContext, mine: HCoilTrain
) -> tuple[tuple[float, float, int], tuple[str, ...], bool] | None:
    """The published trial of this coil that gave at least these pulses at this frequency and intensity, if any.

    Returns its frequency, intensity and pulses, its citations, and whether any of them is unverified.
    """
    names = _H_COIL_TRIALS.get(ctx.plan.device.coil)
    if names is None:
        return None
    frequency, intensity, pulses = (ctx.kb.param(n) for n in names)
    if (abs(mine.frequency_hz - frequency.value) > _EPSILON or mine.intensity_pct_mt > intensity.value + _EPSILON
            or mine.pulses > pulses.value):
        return None
    cited = tuple(dict.fromkeys(c for p in (frequency, intensity, pulses) for c in p.citations))
    unverified = any(p.provenance == Provenance.UNVERIFIED for p in (frequency, intensity, pulses))
    return (frequency.value, intensity.value, int(pulses.value)), cited, unverified


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
                              unverified=unverified, protocol=matches[0].id, values=chen)
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
