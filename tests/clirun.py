"""Running the command line in the test process, and the dates its plans start on."""

from __future__ import annotations

import datetime as dt

import pytest

from tmsplanner.cli.main import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in this process; return the exit code, stdout and stderr."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def future_monday() -> dt.date:
    """A Monday one to two weeks ahead, so a new plan never starts in the past."""
    today = dt.date.today()
    return today + dt.timedelta(days=14 - today.weekday())
