"""One line for a pydantic validation error, naming the field and what is allowed.

Shared by every file the app reads (plans, settings, the evidence base): each
passes the words it uses for a key its format does not know.
"""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

UNKNOWN_FIELD = "unknown field"


def format_location(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as a field path: ``blocks[0].pattern(rtms).frequency_hz``."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in ("rtms", "tbs") and parts and parts[-1].endswith("pattern"):
            parts[-1] += f"({item})"
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts)


def _shown(value: object) -> str:
    """The value a field got, short and on one line (never a 400-digit number; repr escapes control characters)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"a number with about {int(value.bit_length() * 0.30103) + 1} digits"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, str) and len(value) > 200:
        return f"a text of {len(value)} characters"
    shown = repr(value)
    return shown[:40] + "..." if len(shown) > 40 else shown


def describe_validation_error(error: ValidationError, unknown_field: str = UNKNOWN_FIELD) -> str:
    """Turn a pydantic error into one line naming the field and what is allowed.

    Parameters
    ----------
    error : ValidationError
        The error; only its first problem is described, the rest are counted.
    unknown_field : str
        The words for a key the format does not know, e.g.
        ``"unknown field (not part of the plan format)"``.
    """
    problems = error.errors(include_url=False)
    first = problems[0]
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = unknown_field
    elif first["type"] == "missing":
        message = "required field is missing"
    location = format_location(tuple(first["loc"]))
    if not location:  # the text as a whole (not JSON the validator can read)
        message = message.removeprefix("Invalid JSON: ")
        return f"not valid JSON ({message[:1].lower() + message[1:]})"
    text = f"field '{location}': {message}"
    if first["type"] not in ("missing",) and "input" in first and not isinstance(first["input"], dict | list):
        text += f" (got {_shown(first['input'])})"
    if len(problems) > 1:
        text += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return text
