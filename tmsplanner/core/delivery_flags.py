"""Which figures of a course cannot be delivered as planned: the flags every view marks.

The course view holds the figures; these flags say which of them the
stimulator or the clinic cannot deliver: a %MSO to set above the device's
maximum output (rule DEV-001), a session that ends after the clinic's closing
time (rule SCHED-002), and the plan fields a blocking finding names. Views mark
what is flagged here and never compare figures themselves.

Qt-free; findings and the course view are only read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from tmsplanner.core.memo import by_identity
from tmsplanner.core.plan_edit import normalise_path
from tmsplanner.core.vocab import Severity

if TYPE_CHECKING:  # the checks may import this module: no import of the course view at run time
    from tmsplanner.core.checks.findings import Finding
    from tmsplanner.core.course_view import CourseView
    from tmsplanner.core.plan import Plan
    from tmsplanner.core.schedule import Session

__all__ = [
    "DEVICE_OUTPUT_RULE", "BlockFlags", "DeliveryFlags", "above_max_output", "delivery_flags",
    "ends_after_closing", "findings_naming", "late_sessions",
]

DEVICE_OUTPUT_RULE = "DEV-001"
# Plan parts every block's %MSO to set is computed from: a blocking finding on them blocks every block's dose.
DOSE_INPUTS = ("motor_threshold", "device")


def above_max_output(pct_mso_to_set: int, max_output_pct_mso: float) -> bool:
    """Whether a %MSO to set is beyond what the device can deliver (the test of rule DEV-001)."""
    return pct_mso_to_set > max_output_pct_mso


def ends_after_closing(start: dt.datetime, end: dt.datetime, closing: dt.time) -> bool:
    """Whether a session from ``start`` to ``end`` is still running when the clinic closes (rule SCHED-002).

    A session that runs past midnight ends after any closing time.
    """
    return end.time() > closing.replace(tzinfo=None) or end.date() > start.date()


def _names(field: str, path: str) -> bool:
    """Whether a finding's field names a plan path: the same field, a part of it, or a field it is part of."""
    return field == path or path.startswith(field + ".") or field.startswith(path + ".")


def findings_naming(findings: Sequence[Finding], path: str,
                    severity: Severity | None = Severity.BLOCK) -> tuple[Finding, ...]:
    """The findings (of ``severity``; any with None) whose field names ``path``.

    Both may be written either way (``blocks[0].intensity_pct_mt`` or
    ``blocks.0.intensity_pct_mt``). A finding on ``blocks[0].pattern`` names
    every field of that pattern; a finding on one coordinate names the
    editor of the whole coordinate.
    """
    target = normalise_path(path)
    return tuple(f for f in findings
                 if (severity is None or f.severity == severity) and _names(normalise_path(f.field), target))


class BlockFlags(NamedTuple):
    """What cannot be delivered of one block (same order as ``CourseView.blocks``).

    ``above_max_output``: the %MSO to set of the block's intensity is above the
    device's maximum; ``titration_above_max_output``: the same for each
    titration step (same order as ``BlockSettings.titration``);
    ``blocked_by``: the rule ids of the other blocking findings on the block or
    on what its %MSO is computed from (motor threshold, device).
    """

    above_max_output: bool
    titration_above_max_output: tuple[bool, ...]
    blocked_by: tuple[str, ...]

    @property
    def any(self) -> bool:
        """Whether anything of the block is flagged."""
        return self.above_max_output or any(self.titration_above_max_output) or bool(self.blocked_by)


class DeliveryFlags(NamedTuple):
    """The flags of one course view.

    ``late_sessions`` holds the ``SessionRow.index`` of every session that ends
    after ``clinic_closing_time``; ``session_blocks_above_max_output`` holds
    ``(SessionRow.index, block position)`` pairs whose %MSO to set that day
    is above ``max_output_pct_mso``.
    """

    max_output_pct_mso: float
    clinic_closing_time: dt.time | None
    blocks: tuple[BlockFlags, ...]
    late_sessions: frozenset[int]
    session_blocks_above_max_output: frozenset[tuple[int, int]]

    def is_late(self, session_index: int) -> bool:
        """Whether the session (``SessionRow.index``) ends after the clinic closes."""
        return session_index in self.late_sessions

    def is_above_max_output(self, session_index: int, block: int) -> bool:
        """Whether a block's %MSO to set at a session (``SessionRow.index``, 0-based block) is above the maximum."""
        return (session_index, block) in self.session_blocks_above_max_output


def _block_flags(number: int, settings_to_set: int, steps_to_set: Sequence[int], max_out: float,
                 findings: Sequence[Finding]) -> BlockFlags:
    blocking = [f for f in findings if f.severity == Severity.BLOCK and f.rule != DEVICE_OUTPUT_RULE]
    paths = (f"blocks.{number}", *DOSE_INPUTS)
    rules = dict.fromkeys(f.rule for path in paths for f in findings_naming(blocking, path))
    return BlockFlags(
        above_max_output=above_max_output(settings_to_set, max_out),
        titration_above_max_output=tuple(above_max_output(step, max_out) for step in steps_to_set),
        blocked_by=tuple(rules),
    )


@by_identity()
def late_sessions(sessions: tuple[Session, ...], duration_s: float, closing: dt.time) -> frozenset[int]:
    """The ``SessionRow.index`` (1-based position) of each session that ends after ``closing``; kept by
    calendar, as a dose edit leaves the clock times as they were."""
    length = dt.timedelta(seconds=duration_s)
    return frozenset(k for k, s in enumerate(sessions, start=1) if ends_after_closing(s.start, s.start + length,
                                                                                      closing))


def delivery_flags(plan: Plan, view: CourseView, findings: Sequence[Finding] = ()) -> DeliveryFlags:
    """Flag what of a course view cannot be delivered as planned.

    Parameters
    ----------
    plan : Plan
        The plan the view was built from (its device's maximum output and the
        clinic's closing time).
    view : CourseView
        Its course view.
    findings : sequence of Finding
        Its findings (the blocking ones flag the blocks they name).
    """
    max_out = plan.device.max_output_pct_mso
    closing = plan.schedule.clinic_closing_time
    blocks = tuple(
        _block_flags(k, b.intensity_pct_mso_to_set, [t.intensity_pct_mso_to_set for t in b.titration], max_out,
                     findings)
        for k, b in enumerate(view.blocks))
    late = (late_sessions(view.figures.sessions, view.figures.session_duration_s, closing)
            if closing is not None else frozenset())
    # Rows share their blocks' settings (one per ramp day): each distinct setting is looked at once.
    pairs: list[tuple[int, int]] = []
    for settings, indexes in view.sessions.by_blocks():
        flagged = [k for k, b in enumerate(settings) if above_max_output(b.intensity_pct_mso_to_set, max_out)]
        pairs.extend((index, k) for index in indexes for k in flagged)
    above = frozenset(pairs)
    return DeliveryFlags(max_output_pct_mso=max_out, clinic_closing_time=closing, blocks=blocks,
                         late_sessions=late, session_blocks_above_max_output=above)
