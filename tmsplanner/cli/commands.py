"""The CLI's subcommands; each returns an exit code."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tmsplanner.app import (
    PLACEHOLDER_MT_PCT_MSO,
    DraftRequired,
    check_plan,
    check_settings,
    export_calendar,
    export_pdf,
    new_plan,
    open_plan,
    save_plan,
)
from tmsplanner.cli.terminal import one_line, silence_stdout
from tmsplanner.core.checks import CheckSettings, figures_for
from tmsplanner.core.course_view import course_view, derived_json
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.errors import FileWriteError, Phrase, PlanFileError, os_reason
from tmsplanner.core.evidence.kb import KnowledgeBase, bundled_knowledge_base
from tmsplanner.core.fieldnames import ValidationWords
from tmsplanner.core.fileio import resolve_target
from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.labels import WEEKDAYS, skip_reason_words
from tmsplanner.core.messages import finding_as_json, translator_for
from tmsplanner.core.plan import Plan
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.core.resources import resource_path
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.validation import describe_validation_error

EXAMPLE_PLAN = ("examples", "standard-10hz-ldlpfc.tmsplan")


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _note(message: str, c: Catalogue | None = None) -> None:
    """One ``tmsplanner: note: ...`` line on stderr, "note" in ``c``'s language (English without one)."""
    note = t("note", c) if c is not None else "note"
    print(f"tmsplanner: {note}: {one_line(message)}", file=sys.stderr)


def _say(line: str) -> None:
    """Print one line of text output; text from a plan is escaped so it cannot forge lines or colours."""
    print(one_line(line))


def output_path(given: str, suffix: str, force: bool, source: str | None = None, c: Catalogue | None = None) -> Path:
    """The file an output option names, with ``suffix`` added to a name that has no extension.

    A name with another extension (``-o plan.txt``) is kept as typed, with a note
    (in ``c``'s language; English without one): the user may have a reason, and
    renaming it behind their back would write a file they did not ask for.

    Raises
    ------
    FileWriteError
        If the file is a folder, already exists (without ``force``) or is the plan
        being read (``source``), which is never overwritten.
    """
    c = c or catalogue("en")
    out = Path(given)
    try:
        if out.is_dir():
            raise FileWriteError(given, "is a folder; give a file name")
        if not out.suffix:
            out = out.with_name(out.name.rstrip(".") + suffix)
        elif out.suffix.lower() != suffix:
            _note(t("{file} does not end in {suffix}; writing it under the name given", c, file=out, suffix=suffix), c)
        resolve_target(out)  # a loop of links or a path that cannot be looked at is refused here
        present = out.exists() or out.is_symlink()
        if source is not None and out.exists() and Path(source).exists() and os.path.samefile(out, source):
            raise FileWriteError(str(out), "is the plan being read; choose another output file")
    except OSError as exc:  # a folder that may not be entered, a name too long
        raise FileWriteError(str(out), "cannot be written: {why}", why=os_reason(exc)) from None
    if present and not force:
        raise FileWriteError(str(out), "already exists; use --force to overwrite it")
    return out


def cmd_presets(args: argparse.Namespace) -> int:
    """List the presets."""
    kb = bundled_knowledge_base()
    rows = [
        {"id": p.id, "name": p.name, "indication": p.indication.value, "evidence_level": p.guideline_level}
        for p in kb.protocols.values()
    ]
    if args.json:
        _print_json(rows)
        return 0
    c = catalogue(getattr(args, "lang", None) or getattr(args, "top_lang", None) or "en")
    for proto in kb.protocols.values():
        level = t("Level {level}", c, level=proto.guideline_level) if proto.guideline_level else t("no level", c)
        flags = ", ".join(filter(None, [level, t("cleared", c) if proto.cleared else "",
                                        c.gettext(proto.provenance.value, "cli")]))
        _say(f"{proto.id:28} {proto.indication.value:18} {c.evidence(proto, 'name')}  [{flags}]")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Write a new plan from a preset."""
    kb = bundled_knowledge_base()
    c = catalogue(args.lang)
    if args.preset not in kb.protocols:
        new_plan(kb, args.preset, patient_id=args.patient, today=dt.date.today())  # raises, naming the presets
    if args.mt is not None and not 1 <= args.mt <= 100:
        raise PlanFileError("--mt", "the motor threshold must be at least 1 and at most 100 % MSO")
    if args.holidays is not None:
        from tmsplanner.core.holiday_calendar import supported_calendars

        args.holidays = args.holidays.strip().upper()
        if args.holidays not in supported_calendars():
            raise PlanFileError("--holidays", "'{code}' is not a country code or region the holiday calendars know "
                                              "(for example RU, UA, DE or DE-BY)", code=args.holidays[:20])
    out = output_path(args.output, ".tmsplan", args.force, c=c)
    today = dt.date.today()
    try:
        plan = new_plan(kb, args.preset, patient_id=args.patient, today=today, mt_pct_mso=args.mt,
                        mt_measured_on=args.mt_date, start_date=args.start, holiday_country=args.holidays)
    except ValidationError as exc:
        option, problem = _new_option(exc), describe_validation_error(exc)
        named = option == "command line"
        if not named:  # the option names the field
            problem = problem.split(": ", 1)[-1]
        raise PlanFileError(option, ValidationWords(problem, exc, named=named)) from None
    save_plan(plan, out)
    _say(t("wrote {file} from preset '{preset}'", c, file=out, preset=args.preset))
    for note in start_notes(plan, figures_for(plan, kb, args.lang), today, given=args.start is not None, c=c):
        _note(note, c)
    if args.mt is None:
        _note(t("the motor threshold is a placeholder ({mso}% MSO); measure it and enter it before treatment", c,
                mso=c.number(PLACEHOLDER_MT_PCT_MSO, 1)), c)
    return 0


# The fields of a new plan that 'new' takes from its options.
_NEW_OPTIONS = {"identifier": "--patient", "value_pct_mso": "--mt", "measured_on": "--mt-date",
                "start_date": "--start", "holiday_country": "--holidays"}


def _new_option(exc: ValidationError) -> str:
    """The option of 'new' whose value made the plan invalid (the command line, if none)."""
    loc = exc.errors()[0]["loc"]
    option = _NEW_OPTIONS.get(str(loc[-1])) if loc else None
    return option or Phrase("command line")


def start_notes(plan: Plan, figures: CourseFigures, today: dt.date, given: bool = True,
                c: Catalogue | None = None) -> list[str]:
    """One-line notes on a start date in the past or on a day without sessions, in ``c``'s language (English
    without one).

    The first session comes from the course figures (the core's own calendar), so
    weekends, public holidays of the plan's calendar and clinic closures are
    handled exactly as everywhere else.
    """
    c = c or catalogue("en")

    def weekday(day: dt.date) -> str:
        return WEEKDAYS[day.weekday()] if c.language == "en" else c.date(day, "EEEE")

    start = plan.schedule.start_date
    notes = []
    if start < today:
        notes.append(t("--start {date} is in the past", c, date=start) if given
                     else t("the start date {date} is in the past", c, date=start))
    first = figures.start_date
    if first != start:
        # A treatment weekday that is closed is in the calendar's skipped dates, with the reason.
        reason = next((skip_reason_words(skip.reason, skip.holiday, c) for skip in figures.skipped
                       if skip.date == start), None)
        if reason:
            notes.append(t("{date} ({weekday}) is closed ({reason}); the course starts {first_weekday} {first}", c,
                           date=start, weekday=weekday(start), reason=reason, first_weekday=weekday(first),
                           first=first))
        else:
            notes.append(t("{date} is a {weekday} with no sessions; the course starts {first_weekday} {first}", c,
                           date=start, weekday=weekday(start), first_weekday=weekday(first), first=first))
    return notes


# The clinic's settings the command line takes as options (it never reads the settings file).
_OPTIONS = {"mt_max_age_days": "--mt-max-age-days", "safety_table": "--safety-table", "paper": "--paper",
            "clinic_name": "--clinic", "time_zone": "--time-zone", "calendar_identifier": "--with-id"}


def _clinic(args: argparse.Namespace) -> AppSettings:
    """The clinic's settings from the command line; an option left out keeps the settings' default."""
    given = {"mt_max_age_days": args.mt_max_age_days, "safety_table": args.safety_table or None,
             "paper": getattr(args, "paper", None), "clinic_name": getattr(args, "clinic", None),
             "time_zone": getattr(args, "time_zone", None), "calendar_identifier": getattr(args, "with_id", None)}
    values = {name: value for name, value in given.items() if value is not None}
    if not values:
        return AppSettings.model_construct()  # the defaults, valid by definition
    try:
        return AppSettings(**values)
    except ValidationError as exc:
        named = _OPTIONS.get(str(exc.errors()[0]["loc"][0]))  # the option that names the field
        problem = ValidationWords(describe_validation_error(exc), exc, AppSettings, named=named is None)
        raise PlanFileError(named or Phrase("command line"), problem) from None


def _settings(args: argparse.Namespace) -> CheckSettings:
    """The check settings of the command line's clinic, as of --today (default today)."""
    return check_settings(_clinic(args), args.today or dt.date.today())


def check_report(plan: Plan, kb: KnowledgeBase, settings: CheckSettings, language: str | None = None) -> dict[str, Any]:
    """Return the JSON document ``tmsplanner check --json`` prints; messages in ``language`` (English by default)."""
    checked = check_plan(plan, kb, settings)
    findings = checked.findings
    view = course_view(plan, checked.figures, kb, findings)
    table = settings.safety_table or kb.safety_table
    assert view.verdict is not None
    return {
        "verdict": view.verdict.verdict,
        "finding_counts": {"block": view.verdict.blocking, "warn": view.verdict.warnings, "info": view.verdict.infos},
        "findings": [finding_as_json(f, kb.rules, translator_for(language, kb)) for f in findings],
        "derived": derived_json(view),
        "evidence_base": kb.info.version,
        "safety_table": {"id": table.id, "name": table.name, "provenance": table.provenance.value},
    }


def t(message: str, c: Catalogue, /, **values: object) -> str:
    """A command-line text in the catalogue's language (context ``cli``), ``{names}`` filled."""
    words = c.gettext(message, "cli")
    return words.format(**values) if values else words


def _print_text(report: dict[str, Any], source: str, language: str = "en") -> None:
    c = catalogue(language)
    derived = report["derived"]
    blocking, warnings = report["finding_counts"]["block"], report["finding_counts"]["warn"]
    if blocking:
        headline = c.ngettext("BLOCKED: {n} blocking finding", "BLOCKED: {n} blocking findings", blocking,
                              "report").format(n=blocking)
    elif warnings:
        headline = c.ngettext("No blocking findings · {n} warning to review",
                              "No blocking findings · {n} warnings to review", warnings, "report").format(n=warnings)
    else:
        headline = c.gettext("No blocking findings", "report")
    _say(f"{source}: {headline}")
    for f in report["findings"]:
        refs = f" [{', '.join(f['citations'])}]" if f["citations"] else ""
        severity = c.gettext(f["severity"].upper(), "report")
        _say(f"  {severity:5} {f['rule']:15} {f['field']}: {f['message']}{refs}")
    _say("  " + t("{sessions} sessions from {start} to {end}, {pulses} pulses a session ({seconds} s, final pause "
                  "not counted), {total} pulses in all", c, sessions=derived["total_sessions"],
                  start=derived["start_date"], end=derived["end_date"], pulses=derived["pulses_per_session"],
                  seconds=c.number(derived["session_duration_s"], 3, grouped=False), total=derived["total_pulses"]))
    for i, block in enumerate(derived["blocks"], start=1):
        to_set, exact = block["intensity_pct_mso_to_set"], block["intensity_pct_mso"]
        shown = " " + t("({exact}% MSO exact)", c, exact=c.number(exact, 2)) if exact != to_set else ""
        ramp = "/".join(str(step["intensity_pct_mso_to_set"]) for step in block["titration"])
        ramp = (", " + t("titration {ramp}% MSO over the first {days} days", c, ramp=ramp,
                         days=len(block["titration"]))) if ramp else ""
        _say("  " + t("block {n}: set {mso}% MSO{exact}, train {train} s{ramp}", c, n=i, mso=to_set, exact=shown,
                      train=c.number(block["train_duration_s"], 3), ramp=ramp))
    table = report["safety_table"]
    _say("  " + t("safety table: {name} ({provenance})", c, name=table["name"],
                  provenance=c.gettext(table["provenance"], "cli")))


def cmd_check(args: argparse.Namespace) -> int:
    """Check a plan; exit 1 if any finding blocks it."""
    path = str(resource_path(*EXAMPLE_PLAN)) if args.example else args.plan
    settings = _settings(args)
    plan = open_plan(path).plan
    report = check_report(plan, bundled_knowledge_base(), settings, args.lang)
    code = 1 if report["verdict"] == "blocked" else 0
    try:
        if args.json:
            _print_json(report)
        else:
            _print_text(report, path, args.lang)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (check PLAN | head -1): the verdict still counts
        silence_stdout()
    return code


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the plan format's JSON Schema."""
    _print_json(Plan.model_json_schema())
    return 0


def _refuse(args: argparse.Namespace, exc: DraftRequired, what: str) -> int:
    c = catalogue(args.lang)
    nothing = t("no PDF written", c) if what == "PDF" else t("no calendar written", c)
    print(one_line("tmsplanner: " + t("{file}: {reason}; {nothing} (use --draft to allow the draft)", c,
                                      file=args.plan, reason=exc.words(c), nothing=nothing)), file=sys.stderr)
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    """Print a plan to PDF; a blocked plan only with --draft (exit 1 otherwise, nothing written)."""
    out = output_path(args.output, ".pdf", args.force, source=args.plan, c=catalogue(args.lang))
    clinic = _clinic(args)
    settings = check_settings(clinic, args.today or dt.date.today())
    kb = bundled_knowledge_base()
    checked = check_plan(open_plan(args.plan).plan, kb, settings)
    try:
        export = export_pdf(checked, kb, clinic, export_date=args.export_date or dt.date.today(),
                            allow_draft=args.draft, appendix=args.appendix, language=args.lang)
    except DraftRequired as exc:
        return _refuse(args, exc, "PDF")
    export.write(out)
    c = catalogue(args.lang)
    _say(t("wrote {file}", c, file=out) + (f" ({c.gettext(DRAFT_WORDS, 'cli')})" if export.draft else ""))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    """Write the plan's delivered sessions to an iCalendar file; a blocked plan only with --draft."""
    out = output_path(args.output, ".ics", args.force, source=args.plan, c=catalogue(args.lang))
    clinic = _clinic(args)
    checked = check_plan(open_plan(args.plan).plan, bundled_knowledge_base(),
                         check_settings(clinic, args.today or dt.date.today()))
    try:
        export = export_calendar(checked, export_date=args.export_date or dt.datetime.now(dt.UTC),
                                 include_patient_name=args.with_names, allow_draft=args.draft, language=args.lang,
                                 clinic=clinic)
    except DraftRequired as exc:
        return _refuse(args, exc, "calendar")
    export.write(out)
    c = catalogue(args.lang)
    marked = f" ({c.gettext(DRAFT_WORDS, 'cli')})" if export.draft else ""
    _say(t("wrote {file} ({sessions} sessions)", c, file=out, sessions=checked.figures.total_sessions) + marked)
    if checked.plan.plan_id is None:
        _note(t("the plan has no plan_id, so its calendar events get new ids on every export and a calendar "
                "re-import adds them again; give the plan an id (the window assigns one).", c), c)
    return 0
