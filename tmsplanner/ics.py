"""Calendar export: the course's delivered sessions as an iCalendar (``.ics``) file.

One event per delivered session, at the clinic's wall-clock time (in the
clinic's time zone when the settings name one, else floating local times),
lasting the session length rounded up to whole minutes. Missed sessions are not
events. Event UIDs are derived from the plan's id (a random id stored in the
plan) and the session number, never from the patient's data, so they stay the
same across exports and edits and reveal nothing about the patient: a
re-export after a missed session or a change moves the events it names rather
than adding new ones. Its SEQUENCE grows with the export moment, so calendar
applications take the later export as the update. A plan without an id
(written by an older version) gets random UIDs on each export. The time stamp
is the export moment, so the same plan exported at the same moment gives the
same bytes.

Calendar events are often shared (synced to phones, visible to colleagues), so
the patient's name is left out unless asked for; the identifier is always used.

Imports the core and ``icalendar`` only: never Qt, never reportlab.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from zoneinfo import ZoneInfo

import icalendar

from tmsplanner import __version__
from tmsplanner.core.course_view import CourseView, SessionRow, course_view
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.labels import lower_first, phase_words, retest_reason_words, target_label
from tmsplanner.core.plan import Plan
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.core.schedule import ACUTE

DISCLAIMER = "Decision support only: confirm every parameter on the stimulator."
UID_DOMAIN = "tmsplanner"


def uid_base(plan: Plan) -> str:
    """The part of every event UID that names the plan: a hash of the plan's id, never of patient data.

    The id is random for plans tmsplanner creates; one a clinic typed is hashed,
    so the UID never shows it. Without an id, a random one for this export.
    """
    if plan.plan_id is None:
        return uuid.uuid4().hex[:16]
    return hashlib.sha256(f"tmsplanner-plan-id:{plan.plan_id}".encode()).hexdigest()[:16]


def t(message: str, c: Catalogue, /, **values: object) -> str:
    """A calendar text in the catalogue's language (context ``calendar``), ``{names}`` filled."""
    words = c.gettext(message, "calendar")
    return words.format(**values) if values else words


def _summary(session: SessionRow, total: int, c: Catalogue, identifier: str | None) -> str:
    text = t("rTMS session {n}/{total}", c, n=session.index, total=total)
    if session.phase != ACUTE:
        text += f" ({lower_first(phase_words(session.phase, session.phase_name, c))})"
    return f"{identifier}: {text}" if identifier else text


SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def export_moment(exported: dt.date | dt.datetime) -> dt.datetime:
    """The export moment in UTC, to the minute; a date is its 00:00 UTC."""
    if not isinstance(exported, dt.datetime):
        return dt.datetime.combine(exported, dt.time(0, 0), tzinfo=dt.UTC)
    moment = exported if exported.tzinfo is not None else exported.astimezone()
    return moment.astimezone(dt.UTC).replace(second=0, microsecond=0)


def sequence(moment: dt.datetime) -> int:
    """The events' SEQUENCE: minutes since 2020 at the export moment, so a later export is the newer version."""
    return max(0, int((moment - SEQUENCE_EPOCH).total_seconds() // 60))


def _description(plan: Plan, view: CourseView, session: SessionRow, include_patient_name: bool,
                 c: Catalogue) -> str:
    lines = [t("Patient: {id}", c, id=plan.patient.identifier)]
    if include_patient_name and plan.patient.display_name:
        lines.append(t("Name: {name}", c, name=plan.patient.display_name))
    for i, (block, at) in enumerate(zip(plan.blocks, session.blocks, strict=True), start=1):
        prefix = t("Block {n}: ", c, n=i) if len(plan.blocks) > 1 else t("Target: ", c)
        lines.append(prefix + t("{target}, set {mso}% MSO ({pct}% MT)", c, target=target_label(block, c),
                                mso=at.intensity_pct_mso_to_set, pct=c.number(at.intensity_pct_mt, 1)))
    lines.append(t("Pulses per session: {pulses}", c, pulses=view.figures.pulses_per_session))
    if session.mt_retest:
        reasons = "; ".join(retest_reason_words(r, c) for r in session.mt_retest)
        lines.append(t("Motor-threshold re-test due ({reasons})", c, reasons=reasons))
    lines.append(t(DISCLAIMER, c))
    return "\n".join(lines)


def calendar_bytes(plan: Plan, view: CourseView | CourseFigures, *, exported: dt.date | dt.datetime,
                   include_patient_name: bool = False, draft: bool = False, language: str = "en",
                   time_zone: str | None = None, identifier_in_title: bool = False) -> bytes:
    """Return the plan's delivered sessions as an iCalendar file.

    Parameters
    ----------
    plan : Plan
        A validated plan.
    view : CourseView or CourseFigures
        The plan's course view (``tmsplanner.core.course_view``), or its
        figures (``tmsplanner.core.checks.figures_for``) to build it from.
    exported : datetime.date or datetime.datetime
        The export moment (a date means its 00:00 UTC), stored as every event's
        DTSTAMP and, in minutes since 2020, as its SEQUENCE; the same plan and
        export moment give the same bytes.
    include_patient_name : bool
        Put the patient's name into each event's description. Off by default:
        calendars are often shared.
    draft : bool
        The plan has blocking findings: every event is titled and described as
        "DRAFT — NOT FOR TREATMENT".
    language : str
        The language of the events' texts (``en``, ``ru``, ``uk``).
    time_zone : str or None
        The clinic's time zone (``Europe/Kyiv``): the events carry it, with its
        VTIMEZONE definition. None: floating local times.
    identifier_in_title : bool
        Start each event's title with the patient identifier (never the name).
    """
    c = catalogue(language)
    if isinstance(view, CourseFigures):
        view = course_view(plan, view)
    base = uid_base(plan)
    stamp = export_moment(exported)
    zone = ZoneInfo(time_zone) if time_zone else None
    identifier = plan.patient.identifier if identifier_in_title else None
    length = dt.timedelta(minutes=view.session_minutes)
    total = len(view.sessions)

    cal = icalendar.Calendar()
    cal.add("prodid", f"-//tmsplanner//tmsplanner {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"rTMS {plan.patient.identifier}")
    for session in sorted(view.sessions, key=lambda s: (s.start, s.index)):
        event = icalendar.Event()
        event.add("uid", f"{base}-{session.index}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("sequence", sequence(stamp))
        start = session.start.replace(tzinfo=zone)  # without a zone: floating time, the clinic's wall clock
        event.add("dtstart", start)
        event.add("dtend", start + length)
        mark = c.gettext(DRAFT_WORDS, "report") + ": " if draft else ""
        event.add("summary", mark + _summary(session, total, c, identifier))
        event.add("description", mark + _description(plan, view, session, include_patient_name, c))
        cal.add_component(event)
    if zone is not None:
        cal.add_missing_timezones()  # the VTIMEZONE a calendar application needs to place the hours
    return cal.to_ical()
