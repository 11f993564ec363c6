"""Classifying stimulation patterns and matching blocks to published protocols."""

from __future__ import annotations

from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import Block, Plan, RtmsPattern
from tmsplanner.core.vocab import Coil, PatternClass, Target

# Guidelines call rTMS at or below 1 Hz low-frequency and 5 Hz or more high-frequency.
LF_MAX_HZ = 1.0
HF_MIN_HZ = 5.0


def pattern_class(block: Block) -> PatternClass:
    """Return the evidence class of a block's pattern."""
    pattern = block.pattern
    if isinstance(pattern, RtmsPattern):
        if pattern.frequency_hz <= LF_MAX_HZ:
            return PatternClass.LF_RTMS
        if pattern.frequency_hz >= HF_MIN_HZ:
            return PatternClass.HF_RTMS
        return PatternClass.INTERMEDIATE_RTMS
    if pattern.trains == 1:
        return PatternClass.CTBS
    return PatternClass.ITBS


def is_sequential_bilateral(plan: Plan) -> bool:
    """Right inhibitory block then left excitatory block, as in bilateral courses."""
    if len(plan.blocks) != 2:
        return False
    first, second = plan.blocks
    return (
        first.target == Target.RIGHT_DLPFC
        and pattern_class(first) in (PatternClass.LF_RTMS, PatternClass.CTBS)
        and second.target == Target.LEFT_DLPFC
        and pattern_class(second) in (PatternClass.HF_RTMS, PatternClass.ITBS)
    )


def blocks_equal(a: Block, b: Block) -> bool:
    """Whether two blocks deliver the same stimulation to the same target."""
    return a.target == b.target and a.intensity_pct_mt == b.intensity_pct_mt and a.pattern == b.pattern


def exact_protocol_matches(block: Block, coil: Coil, kb: KnowledgeBase) -> list[Protocol]:
    """Cleared or guideline-graded protocols with a block identical to this one.

    A protocol counts only if the matched block's parameters were read in a
    source (none of them is listed in its ``unverified_fields``).
    """
    matches = []
    for proto in kb.protocols.values():
        if proto.device.coil != coil or not (proto.cleared or proto.guideline_level):
            continue
        for index, candidate in enumerate(proto.blocks):
            prefix = f"blocks.{index}."
            if blocks_equal(block, candidate) and not any(
                f.startswith(prefix) for f in proto.unverified_fields
            ):
                matches.append(proto)
                break
    return matches
