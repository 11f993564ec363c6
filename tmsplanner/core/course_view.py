"""The course view: everything the window, the PDF, the calendar and the CLI show, computed once.

A :class:`CourseView` is built from a plan, its course figures, the evidence
base and the findings. It holds figures, dates, ids and evidence records, never
sentences: each rendering puts its own words on them (``core.labels`` for
English, Qt's translator in the window). No rendering multiplies a motor
threshold by a percentage, rounds a %MSO or recomputes a date: those figures
are here, and the %MSO to set always comes from :func:`core.dosing.mso_to_set`.

Frozen dataclasses only; Qt-free and reportlab-free.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar, overload

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.checks.findings import Finding, Verdict, count, verdict
from tmsplanner.core.checks.patterns import is_sequential_bilateral, pattern_class
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.dosing import BlockDose, mso_to_set, round_half_up, session_intensity_pct_mt, titration_steps
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import Clearance, GuidelineLevel, MechanismClaim, TrialResult
from tmsplanner.core.evidence.protocols import Protocol, ProtocolStep
from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE
from tmsplanner.core.labels import retest_reason_words, skip_reason_words
from tmsplanner.core.memo import by_identity
from tmsplanner.core.outcomes import Assessment, assessments
from tmsplanner.core.plan import Block, Plan
from tmsplanner.core.schedule import ACUTE, PhaseKind, RetestReason, Session, SkipReason, session_minutes
from tmsplanner.core.vocab import MTKind, MTMuscle, PatternClass, Severity, Target

__all__ = [
    "BlockSettings", "CourseView", "DayRows", "DayTimetable", "NotDelivered", "Rationale", "SessionBlock",
    "SessionRow", "SessionRows", "TimetableSlot", "TitrationStep", "VerdictSummary", "checked_course_view",
    "course_view", "derived_json", "rationale_for", "session_blocks",
]


class TitrationStep(NamedTuple):
    """One ramp day of an intensity titration: the %MT and the %MSO to set that day."""

    day: int
    intensity_pct_mt: float
    intensity_pct_mso_to_set: int


class BlockSettings(NamedTuple):
    """What to enter on the stimulator for one block (``number`` is 1-based).

    ``mt_pct_mso`` is the threshold the block is scaled to (depth-corrected
    when ``depth_corrected``), ``measured_mt_pct_mso`` the one in the plan; the
    ``uncorrected_`` figures scale the measured threshold. The distances and
    slope are those the depth correction used (None without it). ``mt_kind``
    and ``mt_muscle`` say which threshold that is (resting or active; hand or
    leg). ``steps`` are the delivery steps of the plan's preset that come
    before this block (a symptom provocation, a cue exposure), when the block
    follows a preset block (same position; empty otherwise or without the
    evidence base).
    """

    number: int
    block: Block
    dose: BlockDose
    intensity_pct_mt: float
    measured_mt_pct_mso: float
    mt_pct_mso: float
    intensity_pct_mso: float
    intensity_pct_mso_to_set: int
    depth_corrected: bool
    uncorrected_intensity_pct_mso: float
    uncorrected_intensity_pct_mso_to_set: int
    m1_scalp_cortex_distance_mm: float | None
    target_scalp_cortex_distance_mm: float | None
    depth_slope_pct_mso_per_mm: float | None
    titration: tuple[TitrationStep, ...]
    mt_kind: MTKind
    mt_muscle: MTMuscle
    steps: tuple[ProtocolStep, ...]
    unverified: frozenset[str] = frozenset()


class SessionBlock(NamedTuple):
    """One block at one session: the intensity that day (titration included) and the %MSO to set."""

    intensity_pct_mt: float
    intensity_pct_mso_to_set: int


class SessionRow(NamedTuple):
    """One delivered session.

    ``index`` counts delivered sessions from 1 in order; ``end`` is the end of
    stimulation; ``pause_before_min`` is the whole minutes since the previous
    session of the same day ended (None for a day's first session).
    """

    index: int  # type: ignore[assignment]  # a field, as the tuple method it hides is never called on a row
    start: dt.datetime
    end: dt.datetime
    pause_before_min: int | None
    phase: PhaseKind
    phase_name: str | None
    day_number: int
    index_in_day: int
    mt_retest: tuple[RetestReason, ...]
    session: Session
    # Last, as the only fields a dose edit changes (SessionRows puts them after the calendar's part).
    blocks: tuple[SessionBlock, ...]
    titrating: bool

    @property
    def date(self) -> dt.date:
        """Calendar date of the session."""
        return self.start.date()

    @property
    def mt_retest_due(self) -> bool:
        """Whether the motor threshold is to be re-determined at this session."""
        return bool(self.mt_retest)


T = TypeVar("T")


class _MadeWhenRead(Sequence[T]):
    """Rows made from a kept calendar when they are read; they compare and hash by value, as a tuple would."""

    __slots__ = ()

    def _source(self) -> tuple[object, ...]:
        """What the rows are made from: the kept calendar (compared by identity) and the dose's settings."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            mine, theirs = self._source(), other._source()
            if mine[0] is theirs[0] and mine[1:] == theirs[1:]:
                return True
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))


class SessionRows(_MadeWhenRead[SessionRow]):
    """The session rows of a course view (or of one of its days), each made when it is read.

    A course of 10,000 sessions edited in a window needs only the rows on
    screen; the view holds the calendar's part of every row once (kept by
    calendar, see :func:`_skeleton`) and the few distinct dose settings, and
    makes a row from them when it is indexed or iterated. Rows compare and hash
    by value; a slice is another ``SessionRows`` over the same rows.
    """

    __slots__ = ("_skeleton", "_heads", "_per_pair", "_start", "_stop")

    def __init__(self, skeleton: _Skeleton, per_pair: tuple[tuple[tuple[SessionBlock, ...], bool], ...],
                 start: int = 0, stop: int | None = None) -> None:
        self._skeleton = skeleton
        self._heads = skeleton.sessions
        self._per_pair = per_pair
        self._start = start
        self._stop = len(self._heads) if stop is None else stop

    def __len__(self) -> int:
        return self._stop - self._start

    @overload
    def __getitem__(self, key: int) -> SessionRow: ...

    @overload
    def __getitem__(self, key: slice) -> SessionRows: ...

    def __getitem__(self, key: int | slice) -> SessionRow | SessionRows:
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            if step != 1:
                raise ValueError("session rows are sliced with a step of 1 only")
            return SessionRows(self._skeleton, self._per_pair, self._start + start, self._start + max(start, stop))
        position = key + len(self) if key < 0 else key
        if not 0 <= position < len(self):
            raise IndexError(f"session row {key} of {len(self)}")
        head, pair = self._heads[self._start + position]
        return _new_row(SessionRow, head + self._per_pair[pair])

    def __iter__(self) -> Iterator[SessionRow]:
        per_pair = self._per_pair
        for head, pair in self._heads[self._start:self._stop]:
            yield _new_row(SessionRow, head + per_pair[pair])

    def by_blocks(self) -> Iterator[tuple[tuple[SessionBlock, ...], Sequence[int]]]:
        """Each setting of the blocks (one per ramp day), with the ``index`` of every row that has it."""
        low, high = self._start + 1, self._stop  # a row's index is its 1-based position in the course
        for (settings, _), indexes in zip(self._per_pair, self._skeleton.pair_indexes, strict=True):
            if (low, high) != (1, len(self._heads)):
                indexes = indexes[bisect.bisect_left(indexes, low):bisect.bisect_right(indexes, high)]
            if indexes:
                yield settings, indexes

    def _source(self) -> tuple[object, ...]:
        return self._skeleton, self._per_pair, self._start, self._stop

    def __repr__(self) -> str:
        return f"SessionRows({len(self)} sessions)"


_new_row = tuple.__new__  # a row straight from its fields in SessionRow's order: the calendar's, then the dose's


class TimetableSlot(NamedTuple):
    """One session of a planned accelerated day (clock times on the first treatment day)."""

    index_in_day: int
    start: dt.datetime
    end: dt.datetime
    pause_before_min: int | None


class DayTimetable(NamedTuple):
    """One calendar day with delivered sessions, and how many sessions that day were missed."""

    date: dt.date
    day_number: int
    phase: PhaseKind
    phase_name: str | None
    sessions: SessionRows
    missed: int


class DayRows(_MadeWhenRead[DayTimetable]):
    """The days of a course view, each made when it is read (as :class:`SessionRows` makes its rows)."""

    __slots__ = ("_skeleton", "_per_pair")

    def __init__(self, skeleton: _Skeleton, per_pair: tuple[tuple[tuple[SessionBlock, ...], bool], ...]) -> None:
        self._skeleton = skeleton
        self._per_pair = per_pair

    def __len__(self) -> int:
        return len(self._skeleton.days)

    def _day(self, day: tuple[dt.date, int, int, int]) -> DayTimetable:
        date, first, past, missed = day
        head = self._skeleton.sessions[first][0]
        return DayTimetable(date, head[6], head[4], head[5], SessionRows(self._skeleton, self._per_pair, first, past),
                            missed)

    @overload
    def __getitem__(self, key: int) -> DayTimetable: ...

    @overload
    def __getitem__(self, key: slice) -> tuple[DayTimetable, ...]: ...

    def __getitem__(self, key: int | slice) -> DayTimetable | tuple[DayTimetable, ...]:
        if isinstance(key, slice):
            return tuple(self._day(d) for d in self._skeleton.days[key])
        return self._day(self._skeleton.days[key])

    def __iter__(self) -> Iterator[DayTimetable]:
        for day in self._skeleton.days:
            yield self._day(day)

    def _source(self) -> tuple[object, ...]:
        return self._skeleton, self._per_pair

    def __repr__(self) -> str:
        return f"DayRows({len(self)} days)"

    @property
    def sessions_per_date(self) -> Mapping[dt.date, int]:
        """How many sessions each day has (read-only; kept by calendar)."""
        return _sessions_per_date(self._skeleton)

    @property
    def most_in_a_day(self) -> int:
        """The most sessions any day has (0 without sessions)."""
        return max(self.sessions_per_date.values(), default=0)


class NotDelivered(NamedTuple):
    """A planned date or session that did not take place, and why.

    ``reason`` is ``holiday`` (``holiday`` names it), ``closure`` or
    ``missed`` (then ``start`` and ``index_in_day`` say which session).
    """

    date: dt.date
    reason: SkipReason
    holiday: str | None = None
    start: dt.datetime | None = None
    index_in_day: int | None = None
    phase: PhaseKind | None = None
    phase_name: str | None = None


class VerdictSummary(NamedTuple):
    """The verdict id ('ok', 'warnings', 'blocked') and how many findings of each severity."""

    verdict: Verdict
    blocking: int
    warnings: int
    infos: int


class Rationale(NamedTuple):
    """The evidence records that apply to this plan, in the order the report prints them."""

    protocol: Protocol | None
    guidelines: tuple[GuidelineLevel, ...]
    clearances: tuple[Clearance, ...]
    trials: tuple[TrialResult, ...]
    mechanisms: tuple[MechanismClaim, ...]


class CourseView(NamedTuple):
    """One computed course: every rendering reads it and computes nothing.

    ``figures`` are the underlying course figures (pulses, durations, totals);
    ``session_minutes`` is the session length rounded up to whole minutes;
    ``verdict`` is None and ``outcomes`` and ``rationale`` are empty when the
    view was built without findings or without the evidence base.
    """

    figures: CourseFigures
    blocks: tuple[BlockSettings, ...]
    sessions: SessionRows
    days: DayRows
    day_timetable: tuple[TimetableSlot, ...]
    not_delivered: tuple[NotDelivered, ...]
    outcomes: tuple[Assessment, ...]
    verdict: VerdictSummary | None
    rationale: Rationale | None
    sessions_per_day: int
    pause_between_sessions_min: int | None
    most_sessions_in_a_day: int
    session_minutes: int

    @property
    def skipped(self) -> tuple[NotDelivered, ...]:
        """Dates skipped for a public holiday or a clinic closure."""
        return tuple(d for d in self.not_delivered if d.reason != SkipReason.MISSED)

    @property
    def missed(self) -> tuple[NotDelivered, ...]:
        """Sessions marked missed."""
        return tuple(d for d in self.not_delivered if d.reason == SkipReason.MISSED)

    @property
    def retests(self) -> tuple[SessionRow, ...]:
        """Sessions at which the motor threshold is to be re-determined."""
        return tuple(s for s in self.sessions if s.mt_retest)

    @property
    def acute_days(self) -> tuple[DayTimetable, ...]:
        """The treatment days of the acute course."""
        return tuple(d for d in self.days if d.phase == ACUTE)

    @property
    def steps(self) -> tuple[ProtocolStep, ...]:
        """The preset's delivery steps of every block, in session order (for the record sheet)."""
        return tuple(step for b in self.blocks for step in b.steps)


# -- building -------------------------------------------------------------------------------------------------

def _preset_steps(protocol: Protocol | None, number: int) -> tuple[ProtocolStep, ...]:
    """The preset's steps before block ``number`` (1-based), if the plan's block there follows a preset block."""
    if protocol is None or number > len(protocol.blocks):
        return ()
    return tuple(step for step in protocol.steps if step.before_block == number)


UNVERIFIED_KINDS = ("pattern", "intensity", "mt_kind")


def _unverified_values(protocol: Protocol | None, number: int) -> frozenset[str]:
    """Which of block ``number``'s printed values rest on preset data not read in a source.

    ``"pattern"`` when any of the preset's unverified fields is in the block's
    pulse pattern, ``"intensity"`` when its intensity (% MT) is, ``"mt_kind"``
    when the kind of motor threshold it scales to is.
    """
    if protocol is None or number > len(protocol.blocks):
        return frozenset()
    prefix = f"blocks.{number - 1}."
    found = set()
    for path in protocol.unverified_fields:
        if path == "motor_threshold.kind":
            found.add("mt_kind")
        elif path.startswith(prefix + "pattern"):
            found.add("pattern")
        elif path == prefix + "intensity_pct_mt":
            found.add("intensity")
    return frozenset(found)


def _block_settings(plan: Plan, figures: CourseFigures, slope: float | None,
                    protocol: Protocol | None = None) -> tuple[BlockSettings, ...]:
    result = []
    mt = plan.motor_threshold
    for number, (block, dose) in enumerate(zip(plan.blocks, figures.blocks, strict=True), start=1):
        ramp = tuple(TitrationStep(day, pct, mso_to_set(dose.mt_pct_mso, pct))
                     for day, pct in enumerate(titration_steps(block), start=1))
        result.append(BlockSettings(
            number=number, block=block, dose=dose, intensity_pct_mt=block.intensity_pct_mt,
            measured_mt_pct_mso=plan.motor_threshold.value_pct_mso, mt_pct_mso=dose.mt_pct_mso,
            intensity_pct_mso=dose.intensity_pct_mso, intensity_pct_mso_to_set=dose.intensity_pct_mso_to_set,
            depth_corrected=dose.depth_corrected,
            uncorrected_intensity_pct_mso=dose.uncorrected_intensity_pct_mso,
            uncorrected_intensity_pct_mso_to_set=dose.uncorrected_intensity_pct_mso_to_set,
            m1_scalp_cortex_distance_mm=dose.m1_scalp_cortex_distance_mm,
            target_scalp_cortex_distance_mm=dose.target_scalp_cortex_distance_mm,
            depth_slope_pct_mso_per_mm=slope if dose.depth_corrected else None,
            titration=ramp, mt_kind=mt.kind, mt_muscle=mt.muscle, steps=_preset_steps(protocol, number),
            unverified=_unverified_values(protocol, number),
        ))
    return tuple(result)


def session_blocks(blocks: tuple[BlockSettings, ...], session: Session) -> tuple[SessionBlock, ...]:
    """Each block's intensity at one session: the one place a session's %MT and %MSO to set are decided."""
    result = []
    for settings in blocks:
        pct_mt = session_intensity_pct_mt(settings.block, session.phase == ACUTE, session.delivered_day)
        result.append(SessionBlock(pct_mt, mso_to_set(settings.mt_pct_mso, pct_mt)))
    return tuple(result)


def _minutes(delta: dt.timedelta) -> int:
    return round_half_up(delta.total_seconds() / 60)


class _Skeleton(NamedTuple):
    """What the session rows and days of a course take from its calendar alone.

    ``sessions`` holds, per delivered session, the leading fields of its
    :class:`SessionRow` (all but ``blocks`` and ``titrating``) and the position
    of its (acute, delivered day) pair in ``ramp_days``, which holds each pair
    that occurs with the first session that has it. ``days`` holds, per
    calendar day with sessions: its date, the first and past-the-last positions
    of its sessions and how many of its sessions were missed.
    """

    sessions: tuple[tuple[tuple[Any, ...], int], ...]
    days: tuple[tuple[dt.date, int, int, int], ...]
    ramp_days: tuple[tuple[bool, int, Session], ...]
    pair_indexes: tuple[tuple[int, ...], ...]  # per ramp-day pair: the index of each row that has it


@by_identity()
def _skeleton(sessions: tuple[Session, ...], missed: tuple[Session, ...], duration_s: float) -> _Skeleton:
    """Computed once per calendar: an edit of a dose finds the calendar, and this, as they were."""
    length = dt.timedelta(seconds=duration_s)
    rows: list[tuple[tuple[Any, ...], int]] = []
    days: list[tuple[dt.date, int, int, int]] = []
    pairs: dict[tuple[bool, int], int] = {}
    ramp_days: list[tuple[bool, int, Session]] = []
    missed_per_day: dict[dt.date, int] = {}
    for m in missed:
        day = m.start.date()
        missed_per_day[day] = missed_per_day.get(day, 0) + 1
    previous_end: dt.datetime | None = None
    day_start, current = 0, None
    for position, session in enumerate(sessions):
        start = session.start
        date = start.date()
        if date != current:
            if current is not None:
                days.append((current, day_start, position, missed_per_day.get(current, 0)))
            current, day_start = date, position
        end = start + length
        pause = None
        if previous_end is not None and previous_end.date() == date:
            pause = _minutes(start - previous_end)
        previous_end = end
        pair = (session.phase == ACUTE, session.delivered_day)
        if pair not in pairs:
            pairs[pair] = len(ramp_days)
            ramp_days.append((*pair, session))
        rows.append(((position + 1, start, end, pause, session.phase, session.phase_name, session.day_number,
                      session.index_in_day, session.mt_retest, session), pairs[pair]))
    if current is not None:
        days.append((current, day_start, len(rows), missed_per_day.get(current, 0)))
    indexes: list[list[int]] = [[] for _ in ramp_days]
    for head, position in rows:
        indexes[position].append(head[0])
    return _Skeleton(tuple(rows), tuple(days), tuple(ramp_days), tuple(tuple(i) for i in indexes))


@by_identity()
def _sessions_per_date(skeleton: _Skeleton) -> Mapping[dt.date, int]:
    return MappingProxyType({day: past - first for day, first, past, _ in skeleton.days})


def _session_rows(blocks: tuple[BlockSettings, ...], figures: CourseFigures) -> SessionRows:
    skeleton = _skeleton(figures.sessions, figures.missed, figures.session_duration_s)
    # Sessions past every ramp (or outside the acute phase) share their blocks' settings: decided once per
    # ramp day, from a session of that day.
    ramp = max((len(titration_steps(b.block)) for b in blocks), default=0)
    decided: dict[tuple[bool, int], tuple[tuple[SessionBlock, ...], bool]] = {}
    per_pair = []
    for acute, delivered_day, session in skeleton.ramp_days:
        key = (acute, delivered_day if acute and 1 <= delivered_day <= ramp else 0)
        if key not in decided:
            per_block = session_blocks(blocks, session)
            decided[key] = per_block, any(b.intensity_pct_mt != s.intensity_pct_mt
                                          for b, s in zip(per_block, blocks, strict=True))
        per_pair.append(decided[key])
    return SessionRows(skeleton, tuple(per_pair))


def _day_timetable(plan: Plan, figures: CourseFigures) -> tuple[TimetableSlot, ...]:
    """The clock times of a planned accelerated day (empty for one session a day)."""
    if figures.sessions_per_day < 2:
        return ()
    first = dt.datetime.combine(figures.start_date, plan.schedule.first_session_time)
    slot, length = dt.timedelta(minutes=figures.slot_min), dt.timedelta(seconds=figures.session_duration_s)
    slots = []
    for k in range(figures.sessions_per_day):
        start = first + k * slot
        pause = _minutes(slot - length) if k else None
        slots.append(TimetableSlot(k + 1, start, start + length, pause))
    return tuple(slots)


def _not_delivered(figures: CourseFigures) -> tuple[NotDelivered, ...]:
    items = [NotDelivered(d.date, d.reason, d.holiday) for d in figures.skipped]
    items += [NotDelivered(m.date, SkipReason.MISSED, start=m.start, index_in_day=m.index_in_day, phase=m.phase,
                           phase_name=m.phase_name) for m in figures.missed]
    return tuple(sorted(items, key=lambda d: (d.date, d.reason != SkipReason.MISSED, d.start or dt.datetime.min)))


def _verdict(findings: list[Finding]) -> VerdictSummary:
    return VerdictSummary(verdict(findings), count(findings, Severity.BLOCK), count(findings, Severity.WARN),
                          count(findings, Severity.INFO))


def rationale_for(plan: Plan, kb: KnowledgeBase) -> Rationale:
    """The guideline levels, clearances, trials and mechanisms that apply to this plan's combination."""
    classes = {pattern_class(b) for b in plan.blocks}
    targets = {b.target for b in plan.blocks}
    if is_sequential_bilateral(plan):
        classes.add(PatternClass.BILATERAL_SEQUENTIAL)
        targets.add(Target.BILATERAL_DLPFC)
    coil = plan.device.coil if plan.device.coil.is_h_coil else None
    return Rationale(
        protocol=kb.protocols.get(plan.protocol_id or ""),
        guidelines=tuple(g for g in kb.guidelines if g.indication == plan.indication
                         and g.pattern_class in classes and set(g.targets) & targets),
        clearances=tuple(c for c in kb.clearances if c.indication == plan.indication
                         and c.pattern_class in classes and set(c.targets) & targets and c.coil == coil),
        trials=tuple(t for t in kb.trials if t.indication == plan.indication
                     and set(t.pattern_classes) & classes and set(t.targets) & targets),
        mechanisms=tuple(m for m in kb.mechanisms if set(m.pattern_classes) & classes),
    )


def course_view(plan: Plan, figures: CourseFigures, kb: KnowledgeBase | None = None,
                findings: list[Finding] | None = None) -> CourseView:
    """Build the course view of a plan.

    Parameters
    ----------
    plan : Plan
        A validated plan.
    figures : CourseFigures
        Its course figures (``core.checks.figures_for``), in the language the
        holiday names are to be shown in.
    kb : KnowledgeBase, optional
        The evidence base: outcome-measure dates, the rationale and the
        depth-correction slope come from it (left empty without it).
    findings : list of Finding, optional
        The plan's findings under the clinic's check settings: the verdict
        (None without them).
    """
    slope = kb.param("depth_slope_pct_mso_per_mm").value if kb is not None else None
    protocol = kb.protocols.get(plan.protocol_id or "") if kb is not None else None
    blocks = _block_settings(plan, figures, slope, protocol)
    rows = _session_rows(blocks, figures)
    days = DayRows(rows._skeleton, rows._per_pair)  # the days of the same kept calendar and settings
    slots = _day_timetable(plan, figures)
    return CourseView(
        figures=figures,
        blocks=blocks,
        sessions=rows,
        days=days,
        day_timetable=slots,
        not_delivered=_not_delivered(figures),
        outcomes=tuple(assessments(plan, figures, kb)) if kb is not None else (),
        verdict=_verdict(findings) if findings is not None else None,
        rationale=rationale_for(plan, kb) if kb is not None else None,
        sessions_per_day=figures.sessions_per_day,
        pause_between_sessions_min=slots[1].pause_before_min if len(slots) > 1 else None,
        most_sessions_in_a_day=days.most_in_a_day,
        session_minutes=session_minutes(figures.session_duration_s),
    )


def checked_course_view(plan: Plan, kb: KnowledgeBase, settings: CheckSettings,
                        language: str = DEFAULT_LANGUAGE) -> CourseView:
    """Derive the figures, run the checks with the clinic's ``settings`` and build the view."""
    figures = figures_for(plan, kb, language)
    return course_view(plan, figures, kb, run_checks(plan, kb, settings, figures))


# -- the CLI's ``derived`` ------------------------------------------------------------------------------------

def _retest_json(reason: RetestReason) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": reason.kind.value}
    if reason.every_days is not None:
        data["every_days"] = reason.every_days
    if reason.medication is not None:
        data["medication"] = reason.medication
    return data


def _session_json(row: SessionRow) -> dict[str, Any]:
    data: dict[str, Any] = {
        "index": row.index,
        "date": row.date.isoformat(),
        "time": row.start.strftime("%H:%M"),
        "end_time": row.end.strftime("%H:%M:%S"),
        "pause_before_min": row.pause_before_min,
        "phase": row.phase.value,
        "phase_name": row.phase_name,
        "day_number": row.day_number,
        "index_in_day": row.index_in_day,
        "mt_retest_due": row.mt_retest_due,
        "blocks": [{"intensity_pct_mt": b.intensity_pct_mt, "intensity_pct_mso_to_set": b.intensity_pct_mso_to_set}
                   for b in row.blocks],
    }
    if row.mt_retest:
        data["mt_retest"] = [retest_reason_words(r) for r in row.mt_retest]
        data["mt_retest_reasons"] = [_retest_json(r) for r in row.mt_retest]
    return data


def _block_json(b: BlockSettings) -> dict[str, Any]:
    d = b.dose
    return {
        "pulses_per_train": d.pulses_per_train,
        "train_duration_s": round(d.train_duration_s, 4),
        "pulses": d.pulses,
        "duration_s": round(d.duration_s, 3),
        "intensity_pct_mt": b.intensity_pct_mt,
        "mt_pct_mso": round(b.mt_pct_mso, 2),
        "mt_kind": b.mt_kind.value,
        "mt_muscle": b.mt_muscle.value,
        "depth_corrected": b.depth_corrected,
        "intensity_pct_mso": round(b.intensity_pct_mso, 2),
        "intensity_pct_mso_to_set": b.intensity_pct_mso_to_set,
        "uncorrected_intensity_pct_mso": round(b.uncorrected_intensity_pct_mso, 2),
        "uncorrected_intensity_pct_mso_to_set": b.uncorrected_intensity_pct_mso_to_set,
        "m1_scalp_cortex_distance_mm": b.m1_scalp_cortex_distance_mm,
        "target_scalp_cortex_distance_mm": b.target_scalp_cortex_distance_mm,
        "depth_slope_pct_mso_per_mm": b.depth_slope_pct_mso_per_mm,
        "titration": [{"day": t.day, "intensity_pct_mt": t.intensity_pct_mt,
                       "intensity_pct_mso_to_set": t.intensity_pct_mso_to_set} for t in b.titration],
        "steps": [{"id": step.id, "text": step.text} for step in b.steps],
        "unverified_values": sorted(b.unverified),
        "nested_timing": {
            "pulses_in_burst": d.timing.pulses_in_burst,
            "inter_pulse_interval": round(d.timing.inter_pulse_interval_s, 6),
            "bursts_in_train": d.timing.bursts_in_train,
            "inter_burst_interval": round(d.timing.inter_burst_interval_s, 6),
            "trains_in_protocol": d.timing.trains_in_protocol,
            "inter_train_interval": round(d.timing.inter_train_interval_s, 6),
        },
    }


def derived_json(view: CourseView) -> dict[str, Any]:
    """The view as plain JSON-ready data: the ``derived`` of ``tmsplanner check --json``."""
    fig = view.figures
    return {
        "pulses_per_session": fig.pulses_per_session,
        "session_duration_s": round(fig.session_duration_s, 3),
        "session_duration_counts_final_pause": False,
        "session_duration_with_final_pause_s": round(fig.session_duration_with_final_pause_s, 3),
        "sessions_per_day": view.sessions_per_day,
        "pause_between_sessions_min": view.pause_between_sessions_min,
        "pulses_per_day": fig.pulses_per_day,
        "total_sessions": fig.total_sessions,
        "total_pulses": fig.total_pulses,
        "total_stimulation_s": round(fig.total_stimulation_s, 3),
        "start_date": fig.start_date.isoformat(),
        "end_date": fig.end_date.isoformat(),
        "sessions": [_session_json(row) for row in view.sessions],
        "day_timetable": [{"index_in_day": s.index_in_day, "time": s.start.strftime("%H:%M"),
                           "end_time": s.end.strftime("%H:%M:%S"), "pause_before_min": s.pause_before_min}
                          for s in view.day_timetable],
        "missed_sessions": [{"date": m.date.isoformat(), "time": m.start.strftime("%H:%M") if m.start else None,
                             "index_in_day": m.index_in_day, "phase": m.phase.value if m.phase else None}
                            for m in view.missed],
        "skipped_dates": [{"date": d.date.isoformat(), "reason": skip_reason_words(d.reason, d.holiday),
                           "reason_code": d.reason.value, "holiday": d.holiday} for d in view.skipped],
        "outcome_assessments": [{"date": a.date.isoformat(), "scale": a.scale.id, "time_point": a.time_point}
                                for a in view.outcomes],
        "blocks": [_block_json(b) for b in view.blocks],
    }
