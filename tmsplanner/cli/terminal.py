"""The terminal side of the command line: what happens when the reader of our output goes away."""

from __future__ import annotations

import os
import sys


def silence_stdout() -> None:
    """After the reader of our output went away (``tmsplanner schema | head -1``), send the rest nowhere.

    Without this, Python's final flush of stdout at exit fails again and prints
    "Exception ignored ... BrokenPipeError".
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced by an object without a file (tests)
        pass


def one_line(text: str) -> str:
    """Text made safe for one terminal line: control characters (line breaks, escape sequences)
    and other invisible ones are shown as escapes (``\\n``, ``\\x1b``), so text taken from a
    plan can neither forge lines nor change colours."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in _SPACES else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


# The spaces CLDR puts in numbers and dates (no-break, narrow no-break): printed as they are.
_SPACES = frozenset("\u00a0\u202f")
