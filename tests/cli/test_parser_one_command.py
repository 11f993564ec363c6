"""A start builds only the parser of the command given; it parses and helps exactly as the whole parser does."""

from __future__ import annotations

import contextlib
import io

import pytest

from tmsplanner.cli.main import COMMANDS, UsageError, build_parser, named_command

SAMPLES = [
    ["check", "plan.tmsplan", "--json", "--today", "2026-11-23"],
    ["--lang", "uk", "export", "plan.tmsplan", "-o", "out.pdf", "--draft"],
    ["record", "plan.tmsplan", "--session", "3", "--operator", "AB", "--mso", "1=62"],
    ["store", "verify", "--store", "sqlite:///r.sqlite3"],
    ["new", "--preset", "neurostar-10hz-ldlpfc", "-o", "p.tmsplan", "--patient-id", "X-1", "--mt", "50"],
]


def _outcome(parser, argv: list[str]) -> tuple[str, str]:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            result = repr(sorted(vars(parser.parse_args(argv)).items()))
    except UsageError as exc:
        result = f"usage error: {exc}"
    except SystemExit as exc:
        result = f"exit {exc.code}"
    return result, out.getvalue()


@pytest.mark.parametrize("argv", SAMPLES + [[c, "--help"] for c in sorted(COMMANDS - {"desktop-entry"})]
                         + [["check"], ["export", "plan.tmsplan"], ["score", "--bogus"]])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_one_command_parses_and_helps_as_all_of_them(argv: list[str], lang: str) -> None:
    assert named_command(argv) == next(a for a in argv if not a.startswith("-") and a != "uk")
    assert _outcome(build_parser(lang, named_command(argv)), argv) == _outcome(build_parser(lang), argv)


@pytest.mark.parametrize("argv", [[], ["--help"], ["--version"], ["chek", "plan"], ["--lang", "ru"]])
def test_no_known_command_builds_every_command(argv: list[str]) -> None:
    assert named_command(argv) is None
