"""The ``tmsplanner`` command line.

Imports stay inside the commands so that ``tmsplanner check`` loads only the
core (never Qt, never reportlab) and starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import typing
from collections.abc import Sequence

from tmsplanner import __version__
from tmsplanner.cli.terminal import one_line, silence_stdout
from tmsplanner.core.policy import DEFAULT_MT_MAX_AGE_DAYS, DRAFT_WORDS

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


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", type=_date, metavar="DATE", help="check as of this date (default today)")
    parser.add_argument("--mt-max-age-days", type=_positive_int, metavar="N",
                        help=f"flag motor thresholds older than N days (clinic policy; default "
                             f"{DEFAULT_MT_MAX_AGE_DAYS})")
    parser.add_argument("--safety-table", metavar="FILE",
                        help="a clinic's own verified train-duration table (TOML) instead of the bundled one")


def _add_output_options(parser: argparse.ArgumentParser, kind: str, what: str, draft: str, stamp: str) -> None:
    """PLAN, -o, --force, --draft, --export-date and the check options of an export command."""
    parser.add_argument("plan", metavar="PLAN", help="plan file (*.tmsplan)")
    parser.add_argument("-o", "--output", required=True, metavar=kind,
                        help=f"{what} (.{kind.lower()} is added to a name without an extension)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument("--draft", action="store_true", help=f"allow a plan with blocking findings; {draft}")
    parser.add_argument("--export-date", type=_date, metavar="DATE", help=f"{stamp} (default today; pins the output)")
    _add_check_options(parser)


class UsageError(Exception):
    """The command line itself is wrong (unknown option, bad value, missing argument)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors become one ``tmsplanner: ...`` line and exit code 2."""

    def error(self, message: str) -> typing.NoReturn:
        if message.startswith("argument "):  # "argument --mt: '6o' is not a number; ..."
            raise UsageError(message.removeprefix("argument "))
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = _Parser(
        prog="tmsplanner",
        description="Plan, check and print courses of repetitive TMS. Decision support only: "
        "tmsplanner never controls a stimulator.",
    )
    parser.add_argument("--version", action="version", version=f"tmsplanner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # The launcher opens the window for 'tmsplanner gui' before this parser runs;
    # the command is here so that --help lists it.
    gui = sub.add_parser("gui", help="open the desktop application (optionally with PLAN)")
    gui.add_argument("plan", nargs="?", metavar="PLAN", help="plan file to open (*.tmsplan)")

    presets = sub.add_parser("presets", help="list the evidence-based presets")
    presets.add_argument("--json", action="store_true", help="print JSON")

    new = sub.add_parser("new", help="write a new plan from a preset")
    new.add_argument("--preset", required=True, metavar="ID", help="preset id (see 'tmsplanner presets')")
    new.add_argument("-o", "--output", required=True, metavar="PLAN",
                     help="plan file to write (.tmsplan is added to a name without an extension)")
    new.add_argument("--patient", default="NEW-PATIENT", metavar="ID", help="patient identifier")
    new.add_argument("--mt", type=_number, metavar="PCT_MSO",
                     help="measured motor threshold, %% MSO (60.5 or 60,5)")
    new.add_argument("--mt-date", type=_date, metavar="DATE", help="date the MT was measured (default today)")
    new.add_argument("--start", type=_date, metavar="DATE", help="first treatment day (default: next Monday)")
    new.add_argument("--holidays", metavar="CC", help="skip the public holidays of this country, or country and "
                                                      "region (e.g. RU, UA, DE-BY)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")

    check = sub.add_parser("check", help="check a plan against the evidence and safety rules")
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument("plan", nargs="?", metavar="PLAN", help="plan file (*.tmsplan)")
    source.add_argument("--example", action="store_true", help="check the bundled example plan")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument("--lang", type=_language, default="en", metavar="LANG",
                       help="language of the messages: en, ru or uk (default en)")
    _add_check_options(check)

    export = sub.add_parser("export", help="print a plan to PDF")
    _add_output_options(export, "PDF", "PDF file to write", f"watermarked {DRAFT_WORDS}",
                        "date printed as the export date")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    export.add_argument("--clinic", metavar="NAME", help="clinic name for the page header")
    export.add_argument("--appendix", action="store_true",
                        help="add the appendix: NIBS-BIDS timing, every matching trial in full, mechanistic studies")
    export.add_argument("--lang", type=_language, default="en", metavar="LANG",
                        help="language of the printed plan: en, ru or uk (default en)")

    ics = sub.add_parser("ics", help="export the sessions as an iCalendar (.ics) file")
    _add_output_options(ics, "ICS", "iCalendar file to write", f"every event marked {DRAFT_WORDS}",
                        "date stored as the events' time stamp")
    ics.add_argument("--with-names", action="store_true",
                     help="put the patient's name into the events (off by default: calendars are often shared)")
    ics.add_argument("--lang", type=_language, default="en", metavar="LANG",
                     help="language of the events' texts: en, ru or uk (default en)")

    sub.add_parser("schema", help="print the JSON Schema of the plan format")
    sub.add_parser("desktop-entry", add_help=False,
                   help="add tmsplanner to the desktop's application menu (Linux): install [--uninstall]")
    return parser


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
        return _fail("interrupted", 130)


def _run_command(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["desktop-entry"]:  # its own small parser (standard library only)
        from tmsplanner.desktop_entry import main as desktop_entry_main

        try:
            return desktop_entry_main(argv[1:], prog="tmsplanner desktop-entry")
        except SystemExit as exc:  # --help, or a usage error already printed
            return exc.code if isinstance(exc.code, int) else EXIT_OK
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except SystemExit as exc:  # --help and --version print, then exit
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    if args.command == "gui":
        return _fail("'gui' is handled by the tmsplanner launcher, not by the command line itself: "
                     "start the desktop application with 'tmsplanner gui [PLAN]' or 'tmsplanner-gui'",
                     EXIT_BAD_INPUT)
    from tmsplanner.core.errors import EvidenceError, FileError

    try:
        from tmsplanner.cli import commands

        return int(getattr(commands, f"cmd_{args.command}")(args))
    except FileError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except EvidenceError as exc:
        return _fail(f"evidence base error: {exc}", EXIT_INTERNAL)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # the one boundary: a bug is one line and exit 3, never a traceback
        return _internal_error(exc, argv)


def _internal_error(exc: Exception, argv: Sequence[str]) -> int:
    """One line naming the error and the log file that holds its traceback; exit code 3."""
    from tmsplanner.app.errorlog import log_exception

    commands = {"gui", "presets", "new", "check", "export", "ics", "schema", "desktop-entry"}
    command = next((a for a in argv if a in commands), "")  # never the arguments: they may name a patient
    log = log_exception(exc, f"tmsplanner {command}".rstrip())
    where = f"; details in {log}" if log else ""
    return _fail(f"internal error ({type(exc).__name__}: {one_line(str(exc))[:200]}){where}", EXIT_INTERNAL)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
