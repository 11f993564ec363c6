"""Outcome-measure scheduling: which rating scale is due on which date.

The scales, and which trials used them, come from ``outcomes.toml`` in the
evidence base. The timing (baseline at the first session, the first session
of each later calendar week, the last acute session, a follow-up some weeks
later) is a clinic default, not evidence.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import NamedTuple

from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import OutcomeScale
from tmsplanner.core.memo import by_identity
from tmsplanner.core.plan import Plan
from tmsplanner.core.schedule import ACUTE, Session


class TimePoint(StrEnum):
    """The kind of time point a rating is due at (the ``timing`` ids of ``outcomes.toml``)."""

    BASELINE = "baseline"
    WEEKLY = "weekly"
    END_OF_ACUTE = "end_of_acute"
    FOLLOW_UP = "follow_up"


# When two timing points of one scale fall on the same date, the one listed
# first here is kept (a weekly rating on the last acute day is the end rating).
_PRECEDENCE = (TimePoint.BASELINE, TimePoint.END_OF_ACUTE, TimePoint.WEEKLY, TimePoint.FOLLOW_UP)


class Assessment(NamedTuple):
    """One rating due on a date.

    ``kind`` is the time point; ``weeks`` is the course week of a weekly
    rating (2, 3, ...) or the weeks after the acute course of a follow-up,
    else None. Words for it come from ``labels.time_point_words``.
    """

    date: dt.date
    scale: OutcomeScale
    kind: TimePoint
    weeks: int | None = None

    @property
    def time_point(self) -> str:
        """A stable id: 'baseline', 'week_2', 'end_of_acute' or 'follow_up_4_weeks'."""
        if self.kind == TimePoint.WEEKLY:
            return f"week_{self.weeks}"
        if self.kind == TimePoint.FOLLOW_UP:
            return f"follow_up_{self.weeks}_weeks"
        return self.kind.value


def scales_for(plan: Plan, kb: KnowledgeBase) -> list[OutcomeScale]:
    """The scales a plan schedules: its own ids, or its indication's defaults.

    Ids the evidence base does not know are skipped. A plan with no ids (None
    or an empty list) gets the scales marked ``default`` for its indication.
    """
    if plan.outcome_scales:
        known = {s.id: s for s in kb.outcomes}
        chosen = dict.fromkeys(plan.outcome_scales)
        return [known[sid] for sid in chosen if sid in known]
    return [s for s in kb.outcomes if s.default and plan.indication in s.indications]


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@by_identity()
def _later_weeks(dates: tuple[dt.date, ...]) -> tuple[tuple[dt.date, int], ...]:
    """The first treatment day of each calendar week after the first, with the week's number (kept by the
    course's treatment days)."""
    weekly: dict[dt.date, dt.date] = {}
    for day in dates:
        weekly.setdefault(_week_start(day), day)
    first_week = _week_start(dates[0])
    return tuple((day, (monday - first_week).days // 7 + 1) for monday, day in sorted(weekly.items())
                 if monday != first_week)


def _timing_points(scale: OutcomeScale, dates: tuple[dt.date, ...],
                   end: dt.date) -> dict[TimePoint, list[tuple[dt.date, int | None]]]:
    """Every (date, weeks) of each timing point the scale asks for, given the course's treatment days
    (each once, in order) and the day of its last acute session."""
    first = dates[0]
    points: dict[TimePoint, list[tuple[dt.date, int | None]]] = {}
    if "baseline" in scale.timing:
        points[TimePoint.BASELINE] = [(first, None)]
    if "weekly" in scale.timing:
        points[TimePoint.WEEKLY] = list(_later_weeks(dates))
    if "end_of_acute" in scale.timing:
        points[TimePoint.END_OF_ACUTE] = [(end, None)]
    if "follow_up" in scale.timing and scale.follow_up_weeks is not None:
        weeks = scale.follow_up_weeks
        points[TimePoint.FOLLOW_UP] = [(end + dt.timedelta(weeks=weeks), weeks)]
    return points


@by_identity()
def _treatment_days(sessions: tuple[Session, ...]) -> tuple[tuple[dt.date, ...], dt.date]:
    """Each treatment day once, in order, and the day of the last acute session (the last day without one)."""
    dates = tuple(dict.fromkeys(s.start.date() for s in sessions))
    end = next((s.start.date() for s in reversed(sessions) if s.phase == ACUTE), dates[-1])
    return dates, end


def assessments(plan: Plan, figures: CourseFigures, kb: KnowledgeBase) -> list[Assessment]:
    """Every rating due during and after a course, sorted by date then scale id.

    Parameters
    ----------
    plan : Plan
        The plan; ``plan.outcome_scales`` picks the scales (see `scales_for`).
    figures : CourseFigures
        The plan's course figures (its session dates and phases).
    kb : KnowledgeBase
        The evidence base holding the scales.

    Notes
    -----
    Baseline is the first session's date; weekly ratings fall on the first
    session of each later calendar week (taper and maintenance weeks
    included); the end rating on the last acute session; the follow-up
    ``follow_up_weeks`` weeks after that. One scale is rated at most once a
    day: the baseline or end rating replaces a weekly one on the same date.
    """
    result: list[Assessment] = []
    dates, end = _treatment_days(figures.sessions)
    for scale in scales_for(plan, kb):
        points = _timing_points(scale, dates, end)
        taken: set[dt.date] = set()
        for kind in _PRECEDENCE:
            for day, weeks in points.get(kind, []):
                if day not in taken:
                    taken.add(day)
                    result.append(Assessment(day, scale, kind, weeks))
    return sorted(result, key=lambda a: (a.date, a.scale.id))
