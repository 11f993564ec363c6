"""Calendar export: the course's delivered sessions as an iCalendar (``.ics``) file.

One event per delivered session, at the clinic's wall-clock time (floating
local times, no time zone), lasting the session length rounded up to whole
minutes. Missed sessions are not events. Event UIDs are derived from the plan
fingerprint and the session number and the time stamp from the export date, so
the same plan exported on the same day gives the same bytes.

Calendar events are often shared (synced to phones, visible to colleagues), so
the patient's name is left out unless asked for; the identifier is always used.

Imports the core and ``icalendar`` only: never Qt, never reportlab.
"""

from __future__ import annotations

import datetime as dt
import math

import icalendar

from tmsplanner import __version__
from tmsplanner.core.derived import CourseFigures, session_mso_to_set
from tmsplanner.core.dosing import intensity_on_day
from tmsplanner.core.labels import lower_first, target_label
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import plan_fingerprint
from tmsplanner.core.schedule import ACUTE, Session

DISCLAIMER = "Decision support only: confirm every parameter on the stimulator."
UID_DOMAIN = "tmsplanner"


DRAFT_WORDS = "DRAFT — NOT FOR TREATMENT"


def event_minutes(session_duration_s: float) -> int:
    """The length of a calendar event: the session length rounded up to whole minutes."""
    return math.ceil(session_duration_s / 60)


def _summary(session: Session, total: int) -> str:
    text = f"rTMS session {session.number}/{total}"
    if session.phase != ACUTE:
        text += f" ({lower_first(session.phase)})"
    return text


def _description(plan: Plan, figures: CourseFigures, session: Session, include_patient_name: bool) -> str:
    lines = [f"Patient: {plan.patient.identifier}"]
    if include_patient_name and plan.patient.display_name:
        lines.append(f"Name: {plan.patient.display_name}")
    to_set = session_mso_to_set(plan, figures, session)
    for i, block in enumerate(plan.blocks, start=1):
        prefix = f"Block {i}: " if len(plan.blocks) > 1 else "Target: "
        pct_mt = intensity_on_day(block, session.day_number) if session.phase == ACUTE else block.intensity_pct_mt
        lines.append(f"{prefix}{target_label(block)}, set {to_set[i - 1]}% MSO ({pct_mt:g}% MT)")
    lines.append(f"Pulses per session: {figures.pulses_per_session}")
    if session.mt_retest:
        lines.append(f"Motor-threshold re-test due ({'; '.join(session.mt_retest)})")
    lines.append(DISCLAIMER)
    return "\n".join(lines)


def calendar_bytes(plan: Plan, figures: CourseFigures, *, exported: dt.date,
                   include_patient_name: bool = False, draft: bool = False) -> bytes:
    """Return the plan's delivered sessions as an iCalendar file.

    Parameters
    ----------
    plan : Plan
        A validated plan.
    figures : CourseFigures
        The plan's figures (``tmsplanner.core.checks.figures_for``).
    exported : datetime.date
        The export date, stored as every event's DTSTAMP (00:00 UTC); the same
        plan and export date give the same bytes.
    include_patient_name : bool
        Put the patient's name into each event's description. Off by default:
        calendars are often shared.
    draft : bool
        The plan has blocking findings: every event is titled and described as
        "DRAFT — NOT FOR TREATMENT".
    """
    fingerprint = plan_fingerprint(plan)
    stamp = dt.datetime.combine(exported, dt.time(0, 0), tzinfo=dt.UTC)
    length = dt.timedelta(minutes=event_minutes(figures.session_duration_s))
    delivered = [s for s in figures.sessions if not s.missed]
    total = len(delivered)

    cal = icalendar.Calendar()
    cal.add("prodid", f"-//tmsplanner//tmsplanner {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"rTMS {plan.patient.identifier}")
    for session in sorted(delivered, key=lambda s: (s.start, s.number)):
        event = icalendar.Event()
        event.add("uid", f"{fingerprint}-{session.number}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", session.start)  # naive: floating local time, the clinic's wall clock
        event.add("dtend", session.start + length)
        mark = f"{DRAFT_WORDS}: " if draft else ""
        event.add("summary", mark + _summary(session, total))
        event.add("description", mark + _description(plan, figures, session, include_patient_name))
        cal.add_component(event)
    return cal.to_ical()
