"""The ``tmsplanner`` command line.

Imports stay inside the commands so that ``tmsplanner check`` loads only the
core (never Qt, never reportlab) and starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import re
import sys
import typing
from collections.abc import Sequence

from tmsplanner import __version__
from tmsplanner.cli.terminal import one_line, silence_stdout
from tmsplanner.core.policy import DEFAULT_MT_MAX_AGE_DAYS, DRAFT_WORDS

if typing.TYPE_CHECKING:
    from tmsplanner.core.i18n import Catalogue

EXIT_OK = 0
EXIT_BLOCKED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; use YYYY-MM-DD") from None


# A plain decimal number; a comma is accepted as the decimal mark (60,5 is 60.5).
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def _language(value: str) -> str:
    """A language with a message catalogue (``ru``, ``uk``, ``en``; ``ru_RU`` is ``ru``)."""
    from tmsplanner.core.i18n import LANGUAGES

    code = value.strip().replace("-", "_").split("_")[0].lower()
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"'{value:.20}' is not a language of tmsplanner; choose one of: "
                                         f"{', '.join(LANGUAGES)}")
    return code


def _number(text: str) -> float:
    """A decimal number for a float option, with a point or a comma as the decimal mark."""
    if not _NUMBER.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number; use e.g. 54 or 60,5")
    return float(text.strip().replace(",", "."))


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return int(text)


def t(message: str, language: str, /, **values: object) -> str:
    """A text of the command line (help, messages) in ``language`` (context ``cli``), ``{names}`` filled.

    English needs no catalogue, so ``--help`` and the commands stay quick to start.
    """
    if language != "en":
        from tmsplanner.core.i18n import catalogue

        message = catalogue(language).gettext(message, "cli")
    return message.format(**values) if values else message


def requested_language(argv: Sequence[str]) -> str:
    """The language a ``--lang`` anywhere on the command line asks for (English if none or unknown)."""
    from_next = False
    for arg in argv:
        if from_next:
            return _known(arg)
        if arg == "--lang":
            from_next = True
        elif arg.startswith("--lang="):
            return _known(arg.split("=", 1)[1])
    return "en"


def _known(value: str) -> str:
    try:
        return _language(value)
    except argparse.ArgumentTypeError:
        return "en"


def _add_check_options(parser: argparse.ArgumentParser, lang: str = "en") -> None:
    parser.add_argument("--today", type=_date, metavar="DATE", help=t("check as of this date (default today)", lang))
    parser.add_argument("--mt-max-age-days", type=_positive_int, metavar="N",
                        help=t("flag motor thresholds older than N days (clinic policy; default {days})", lang,
                               days=DEFAULT_MT_MAX_AGE_DAYS))
    parser.add_argument("--safety-table", metavar="FILE",
                        help=t("a clinic's own verified train-duration table (TOML) instead of the bundled one", lang))


def _add_output_options(parser: argparse.ArgumentParser, kind: str, what: str, draft: str, stamp: str,
                        lang: str = "en") -> None:
    """PLAN, -o, --force, --draft, --export-date and the check options of an export command (texts translated)."""
    parser.add_argument("plan", metavar="PLAN", help=t("plan file (*.tmsplan)", lang))
    parser.add_argument("-o", "--output", required=True, metavar=kind,
                        help=t("{what} (.{suffix} is added to a name without an extension)", lang, what=what,
                               suffix=kind.lower()))
    parser.add_argument("--force", action="store_true", help=t("overwrite an existing file", lang))
    parser.add_argument("--draft", action="store_true",
                        help=t("allow a plan with blocking findings; {draft}", lang, draft=draft))
    parser.add_argument("--export-date", type=_date, metavar="DATE",
                        help=t("{stamp} (default today; pins the output)", lang, stamp=stamp))
    _add_check_options(parser, lang)


class UsageError(Exception):
    """The command line itself is wrong (unknown option, bad value, missing argument)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors become one ``tmsplanner: ...`` line and exit code 2.

    ``lang`` translates argparse's own words too (usage, the section titles, -h).
    """

    def __init__(self, *args: typing.Any, lang: str = "en", **kwargs: typing.Any) -> None:
        language = lang

        class Formatter(argparse.HelpFormatter):
            def add_usage(self, usage: typing.Any, actions: typing.Any, groups: typing.Any,
                          prefix: str | None = None) -> None:
                super().add_usage(usage, actions, groups, prefix=t("usage: ", language) if prefix is None else prefix)

        super().__init__(*args, formatter_class=Formatter, add_help=False, **kwargs)
        self._positionals.title = t("positional arguments", lang)
        self._optionals.title = t("options", lang)
        self.add_argument("-h", "--help", action="help", help=t("show this help message and exit", lang))
        self.lang = lang

    def error(self, message: str) -> typing.NoReturn:
        if message.startswith("argument "):  # "argument --mt: '6o' is not a number; ..."
            raise UsageError(message.removeprefix("argument "))
        raise UsageError(f"{message} (see '{self.prog} --help')")


COMMANDS = frozenset({"gui", "presets", "new", "check", "export", "ics", "schema", "desktop-entry", "record",
                      "retest", "deviation", "score", "course", "summary", "bids", "store"})


class _Dropped:
    """Stands in for the parser of a command other than the one asked for: what is added to it is dropped."""

    def __getattr__(self, name: str) -> typing.Callable[..., _Dropped]:
        return self._drop

    def _drop(self, *args: object, **kwargs: object) -> _Dropped:
        return self


class _OneCommand:
    """The subcommands, or only the one asked for (every start builds the parser: the others cost time)."""

    def __init__(self, action: typing.Any, wanted: str | None) -> None:
        self._action, self._wanted = action, wanted

    def add_parser(self, name: str, **kwargs: typing.Any) -> typing.Any:
        if self._wanted is None or name == self._wanted:
            return self._action.add_parser(name, **kwargs)
        return _Dropped()


def named_command(argv: Sequence[str]) -> str | None:
    """The command the arguments name; None when they name none (or an unknown one, or ask for help or
    the version first): then the parser is built whole, to list the commands."""
    after_lang = False
    for arg in argv:
        if after_lang:
            after_lang = False
        elif arg == "--lang":
            after_lang = True
        elif not arg.startswith("--lang="):
            return arg if arg in COMMANDS else None
    return None


def build_parser(lang: str = "en", command: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser; help in ``lang``. With ``command``, only that subcommand's parser is
    made (the others are named nowhere then: give no command to list them)."""
    parser = _Parser(
        lang=lang,
        prog="tmsplanner",
        description=t("Plan, check and print courses of repetitive TMS. Decision support only: "
                      "tmsplanner never controls a stimulator.", lang),
    )
    parser.add_argument("--version", action="version", version=f"tmsplanner {__version__}",
                        help=t("show the version and exit", lang))
    languages = t("{languages} (default en)", lang, languages="en, ru, uk")
    parser.add_argument("--lang", dest="top_lang", type=_language, metavar="LANG",
                        help=t("language of the help and of every command's texts: {languages}", lang,
                               languages=languages))
    sub = _OneCommand(parser.add_subparsers(dest="command", metavar="COMMAND",
                                            parser_class=functools.partial(_Parser, lang=lang)), command)

    # The launcher opens the window for 'tmsplanner gui' before this parser runs;
    # the command is here so that --help lists it.
    gui = sub.add_parser("gui", help=t("open the desktop application (optionally with PLAN)", lang))
    gui.add_argument("plan", nargs="?", metavar="PLAN", help=t("plan file to open (*.tmsplan)", lang))

    presets = sub.add_parser("presets", help=t("list the evidence-based presets", lang))
    presets.add_argument("--json", action="store_true", help=t("print JSON", lang))
    presets.add_argument("--lang", type=_language, default="en", metavar="LANG",
                         help=t("language of the messages: {languages}", lang, languages=languages))

    new = sub.add_parser("new", help=t("write a new plan from a preset", lang))
    new.add_argument("--preset", required=True, metavar="ID", help=t("preset id (see 'tmsplanner presets')", lang))
    new.add_argument("-o", "--output", required=True, metavar="PLAN",
                     help=t("plan file to write (.tmsplan is added to a name without an extension)", lang))
    new.add_argument("--patient", default="NEW-PATIENT", metavar="ID", help=t("patient identifier", lang))
    new.add_argument("--mt", type=_number, metavar="PCT_MSO",
                     help=t("measured motor threshold, %% MSO (60.5 or 60,5)", lang))
    new.add_argument("--mt-date", type=_date, metavar="DATE",
                     help=t("date the MT was measured (default today)", lang))
    new.add_argument("--start", type=_date, metavar="DATE", help=t("first treatment day (default: next Monday)", lang))
    new.add_argument("--holidays", metavar="CC", help=t("skip the public holidays of this country, or country and "
                                                        "region (e.g. RU, UA, DE-BY)", lang))
    new.add_argument("--force", action="store_true", help=t("overwrite an existing file", lang))
    new.add_argument("--lang", type=_language, default="en", metavar="LANG",
                     help=t("language of the messages: {languages}", lang, languages=languages))

    check = sub.add_parser("check", help=t("check a plan against the evidence and safety rules", lang))
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument("plan", nargs="?", metavar="PLAN", help=t("plan file (*.tmsplan)", lang))
    source.add_argument("--example", action="store_true", help=t("check the bundled example plan", lang))
    check.add_argument("--json", action="store_true", help=t("print JSON", lang))
    check.add_argument("--lang", type=_language, default="en", metavar="LANG",
                       help=t("language of the messages: {languages}", lang, languages=languages))
    _add_check_options(check, lang)

    export = sub.add_parser("export", help=t("print a plan to PDF", lang))
    _add_output_options(export, "PDF", t("PDF file to write", lang),
                        t("watermarked {words}", lang, words=t(DRAFT_WORDS, lang)),
                        t("date printed as the export date", lang), lang)
    export.add_argument("--paper", choices=("a4", "letter"), default="a4", help=t("paper size (default a4)", lang))
    export.add_argument("--clinic", metavar="NAME", help=t("clinic name for the page header", lang))
    export.add_argument("--appendix", action="store_true",
                        help=t("add the appendix: NIBS-BIDS timing, every matching trial in full, mechanistic "
                               "studies", lang))
    export.add_argument("--lang", type=_language, default="en", metavar="LANG",
                        help=t("language of the printed plan: {languages}", lang, languages=languages))

    ics = sub.add_parser("ics", help=t("export the sessions as an iCalendar (.ics) file", lang))
    _add_output_options(ics, "ICS", t("iCalendar file to write", lang),
                        t("every event marked {words}", lang, words=t(DRAFT_WORDS, lang)),
                        t("date stored as the events' time stamp", lang), lang)
    ics.add_argument("--with-names", action="store_true",
                     help=t("put the patient's name into the events (off by default: calendars are often shared)",
                            lang))
    ics.add_argument("--with-id", action="store_true", default=None,
                     help=t("start each event's title with the patient identifier (never the name)", lang))
    ics.add_argument("--time-zone", metavar="ZONE",
                     help=t("the clinic's time zone for the events, e.g. Europe/Kyiv (default: local time, "
                            "no zone)", lang))
    ics.add_argument("--lang", type=_language, default="en", metavar="LANG",
                     help=t("language of the events' texts: {languages}", lang, languages=languages))

    _add_record_commands(sub, lang, languages)

    sub.add_parser("schema", help=t("print the JSON Schema of the plan format", lang))
    sub.add_parser("desktop-entry",
                   help=t("add tmsplanner to the desktop's application menu (Linux): install [--uninstall]", lang))
    return parser


def _block_number(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a block number (1, 2, ...)")
    return int(text)


def _add_record_commands(sub: typing.Any, lang: str, languages: str) -> None:
    """The course-record commands (record, retest, deviation, score, course, summary, bids)."""
    def store_and_lang(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--store", metavar="URL",
                            help=t("the course record: sqlite:///PATH or a clinic's postgresql://... address "
                                   "(default: $TMSPLANNER_STORE, else the user's own record file)", lang))
        parser.add_argument("--lang", type=_language, default="en", metavar="LANG",
                            help=t("language of the messages: {languages}", lang, languages=languages))

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("plan", metavar="PLAN", help=t("plan file (*.tmsplan)", lang))
        store_and_lang(parser)

    def today(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--today", type=_date, metavar="DATE",
                            help=t("today's date, for a workstation whose clock is wrong (default: the clock's)", lang))

    record = sub.add_parser("record", help=t("record one delivered session in the course record", lang))
    common(record)
    record.add_argument("--session", required=True, type=_positive_int, metavar="N",
                        help=t("the plan's session number (1, 2, ...)", lang))
    record.add_argument("--operator", required=True, metavar="INITIALS", help=t("who delivered the session", lang))
    record.add_argument("--date", type=_date, metavar="DATE", help=t("date delivered (default today)", lang))
    today(record)
    record.add_argument("--mso", action="append", metavar="BLOCK=PCT",
                        help=t("delivered intensity of a block in %% MSO (default: the plan's)", lang))
    record.add_argument("--pulses", action="append", metavar="BLOCK=N",
                        help=t("pulses delivered in a block (default: the plan's)", lang))
    record.add_argument("--interrupted", action="append", type=_block_number, metavar="BLOCK",
                        help=t("a block whose train was interrupted", lang))
    record.add_argument("--start", metavar="HH:MM", help=t("actual start time", lang))
    record.add_argument("--end", metavar="HH:MM", help=t("actual end time", lang))
    record.add_argument("--side-effect", action="append", metavar="KIND:SEVERITY",
                        help=t("a side effect: headache, scalp_pain, syncope, seizure, hearing, mood_change or "
                               "other; mild, moderate or severe (e.g. headache:mild)", lang))
    record.add_argument("--coil-confirmed", action="store_true", help=t("the coil position was confirmed", lang))
    record.add_argument("--note", metavar="TEXT", help=t("a note on the session", lang))
    record.add_argument("--correct", action="store_true",
                        help=t("record the session again, as a correction of its entry", lang))
    record.add_argument("--reason", metavar="TEXT",
                        help=t("why the entry is corrected (needed with --correct; else the note says why)", lang))

    retest = sub.add_parser("retest", help=t("record a motor-threshold re-test", lang))
    common(retest)
    retest.add_argument("--value", required=True, type=_number, metavar="PCT_MSO",
                        help=t("measured motor threshold, %% MSO (60.5 or 60,5)", lang))
    retest.add_argument("--operator", required=True, metavar="INITIALS", help=t("who measured it", lang))
    retest.add_argument("--date", type=_date, metavar="DATE", help=t("date measured (default today)", lang))
    today(retest)
    retest.add_argument("--kind", metavar="KIND", help=t("resting or active (default: the plan's)", lang))
    retest.add_argument("--method", metavar="METHOD",
                        help=t("emg, visual, pest, mills_nithi or other (default: the plan's)", lang))
    retest.add_argument("--muscle", metavar="MUSCLE", help=t("hand_fdi, hand_apb or leg (default: the plan's)", lang))
    retest.add_argument("--reason", metavar="TEXT", help=t("why it was re-tested", lang))

    deviation = sub.add_parser("deviation", help=t("record a planned session missed, shortened or stopped", lang))
    common(deviation)
    deviation.add_argument("--session", required=True, type=_positive_int, metavar="N",
                           help=t("the plan's session number (1, 2, ...)", lang))
    deviation.add_argument("--kind", required=True, metavar="KIND", help=t("missed, shortened or stopped", lang))
    deviation.add_argument("--operator", required=True, metavar="INITIALS", help=t("who records it", lang))
    deviation.add_argument("--date", type=_date, metavar="DATE", help=t("date (default today)", lang))
    today(deviation)
    deviation.add_argument("--reason", metavar="TEXT", help=t("why", lang))

    score = sub.add_parser("score", help=t("record an outcome score", lang))
    common(score)
    score.add_argument("--scale", required=True, metavar="ID", help=t("rating scale id, e.g. madrs or phq9", lang))
    score.add_argument("--date", required=True, type=_date, metavar="DATE", help=t("date rated", lang))
    today(score)
    score.add_argument("--value", required=True, type=_number, metavar="N", help=t("the score", lang))
    score.add_argument("--rater", metavar="NAME", help=t("who rated", lang))
    score.add_argument("--correct", action="store_true",
                       help=t("replace the score of that scale and date, as a correction", lang))
    score.add_argument("--reason", metavar="TEXT", help=t("why the entry is corrected (needed with --correct)", lang))

    course = sub.add_parser("course", help=t("print planned versus delivered and the findings on the delivered "
                                             "course", lang))
    common(course)
    course.add_argument("--json", action="store_true", help=t("print JSON", lang))
    course.add_argument("--today", type=_date, metavar="DATE", help=t("check as of this date (default today)", lang))

    summary = sub.add_parser("summary", help=t("write the course summary PDF", lang))
    common(summary)
    summary.add_argument("-o", "--output", required=True, metavar="PDF", help=t("PDF file to write", lang))
    summary.add_argument("--force", action="store_true", help=t("overwrite an existing file", lang))
    summary.add_argument("--clinic", metavar="NAME", help=t("clinic name for the page header", lang))
    summary.add_argument("--paper", choices=("a4", "letter"), help=t("paper size (default a4)", lang))
    summary.add_argument("--today", type=_date, metavar="DATE", help=t("check as of this date (default today)", lang))
    summary.add_argument("--export-date", type=_date, metavar="DATE",
                         help=t("date printed as the export date (default today; pins the output)", lang))

    store = sub.add_parser("store", help=t("set up, check or fill a record store: init, upgrade, status, verify, "
                                           "import, export", lang))
    store.add_argument("action", choices=("init", "upgrade", "status", "verify", "import", "export", "sign"),
                       help=t("init or upgrade: create or migrate the schema (and a PostgreSQL store's roles); "
                              "status: what it holds; verify: check the audit trail; import: copy another store "
                              "(--from) or exported record files into this one; export: write a plan and its "
                              "record as files (-o); sign: sign a plan's saved revision (physicians)", lang))
    store.add_argument("items", nargs="*", metavar="ITEM",
                       help=t("import: .record.json files; export: plan ids (default: every plan); sign: the "
                              "plan id", lang))
    store.add_argument("--revision", type=_positive_int, metavar="N",
                       help=t("sign: the revision to sign (default: the newest)", lang))
    store.add_argument("--from", dest="source", metavar="URL", help=t("import: the store to copy from", lang))
    store.add_argument("-o", "--output", metavar="FOLDER", help=t("export: the folder to write to", lang))
    store.add_argument("--force", action="store_true", help=t("export: overwrite existing files", lang))
    store_and_lang(store)

    bids = sub.add_parser("bids", help=t("write the delivered sessions as a NIBS-BIDS dataset (research export)", lang))
    common(bids)
    bids.add_argument("-o", "--output", required=True, metavar="FOLDER", help=t("dataset folder to write", lang))
    bids.add_argument("--subject", required=True, metavar="LABEL",
                      help=t("the subject's pseudonym in the dataset (letters and digits)", lang))
    bids.add_argument("--force", action="store_true", help=t("replace an existing dataset folder", lang))
    bids.add_argument("--today", type=_date, metavar="DATE", help=t("check as of this date (default today)", lang))


def _fail(message: str, code: int) -> int:
    print(f"tmsplanner: {one_line(message)}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    try:
        code = _run_command(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's flush at exit
        return code
    except BrokenPipeError:
        silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail(t("interrupted", requested_language(sys.argv[1:] if argv is None else argv)), 130)


def _run_command(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["desktop-entry"]:  # its own small parser (standard library only)
        from tmsplanner.desktop_entry import main as desktop_entry_main

        try:
            return desktop_entry_main(argv[1:], prog="tmsplanner desktop-entry")
        except SystemExit as exc:  # --help, or a usage error already printed
            return exc.code if isinstance(exc.code, int) else EXIT_OK
    parser = build_parser(requested_language(argv), named_command(argv))
    try:
        args = parser.parse_args(argv)
        if getattr(args, "top_lang", None) and getattr(args, "lang", "en") == "en":
            args.lang = args.top_lang  # tmsplanner --lang ru export ...: the command speaks Russian
    except UsageError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except SystemExit as exc:  # --help and --version print, then exit
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    args.lang = getattr(args, "lang", None) or "en"  # every command speaks the language asked for
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    if args.command == "gui":
        return _fail(t("'gui' is handled by the tmsplanner launcher, not by the command line itself: "
                       "start the desktop application with 'tmsplanner gui [PLAN]' or 'tmsplanner-gui'", args.lang),
                     EXIT_BAD_INPUT)
    from tmsplanner.core.errors import EvidenceError, FileError, TmsPlannerError

    try:
        from tmsplanner.cli import commands

        command = getattr(commands, f"cmd_{args.command}", None)
        if command is None:  # the course-record commands
            from tmsplanner.cli import record_commands

            command = getattr(record_commands, f"cmd_{args.command}")
        return int(command(args))
    except FileError as exc:
        return _fail(exc.words(_catalogue(args.lang)), EXIT_BAD_INPUT)
    except EvidenceError as exc:
        return _fail(t("evidence base error: {error}", args.lang, error=exc), EXIT_INTERNAL)
    except TmsPlannerError as exc:  # a record that cannot be made, a store that cannot be opened
        return _fail(exc.words(_catalogue(args.lang)), EXIT_BAD_INPUT)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # the one boundary: a bug is one line and exit 3, never a traceback
        return _internal_error(exc, argv, args.lang)


def _catalogue(language: str) -> Catalogue:
    """The message catalogue of ``language`` (loaded only when a message needs it)."""
    from tmsplanner.core.i18n import catalogue

    return catalogue(language)


def _internal_error(exc: Exception, argv: Sequence[str], language: str = "en") -> int:
    """One line naming the error and the log file that holds its traceback; exit code 3."""
    from tmsplanner.app.errorlog import log_exception

    command = next((a for a in argv if a in COMMANDS), "")  # never the arguments: they may name a patient
    log = log_exception(exc, f"tmsplanner {command}".rstrip())
    error = f"{type(exc).__name__}: {one_line(str(exc))[:200]}"
    if log:
        return _fail(t("internal error ({error}); details in {log}", language, error=error, log=log), EXIT_INTERNAL)
    return _fail(t("internal error ({error})", language, error=error), EXIT_INTERNAL)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
