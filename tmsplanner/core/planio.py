"""Reading and writing ``*.tmsplan`` files: parse, migrate, validate, save atomically."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from tmsplanner.core.errors import Phrase, PlanFileError, json_reason, os_reason
from tmsplanner.core.fileio import NotARegularFile, open_regular, write_atomic
from tmsplanner.core.plan import PLAN_FORMAT, SCHEMA_VERSION, Plan
from tmsplanner.core.validation import describe_validation_error as describe
from tmsplanner.core.validation import format_location

MAX_PLAN_BYTES = 5 * 1024 * 1024
PLAN_UNKNOWN_FIELD = "unknown field (not part of the plan format)"

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# MIGRATIONS[n] turns a schema_version n document into a schema_version n + 1
# document. Every released version keeps its entry, so old files always load.
MIGRATIONS: dict[int, Migration] = {}


# Longer whole numbers are not plan values; the field that holds one is named by validation.
MAX_INT_DIGITS = 30


class _DuplicateKey(ValueError):
    """A JSON object names the same key twice."""


def _reject_constant(name: str) -> float:
    raise ValueError(Phrase("{name} is not a number a plan may hold", name=name))


class _HugeNumber(float):
    """Stands in for a whole number too long to convert; ``digits`` says how long it was."""

    digits = 0


def _parse_int(text: str) -> int | float:
    # Python refuses to convert very long digit strings, with advice meant for programmers;
    # such a number is out of every field's range, so a stand-in keeps its length for the message.
    if len(text.lstrip("-")) <= MAX_INT_DIGITS:
        return int(text)
    number = _HugeNumber("inf")
    number.digits = len(text.lstrip("-"))
    return number


def _unreadable(node: Any, loc: tuple[int | str, ...] = ()) -> Phrase | None:
    """The first value the validator cannot read from the JSON text, as ``field '...': problem``."""
    if isinstance(node, _HugeNumber):
        return Phrase("field '{field}': a number with {digits} digits is out of range", field=format_location(loc),
                      digits=node.digits)
    if isinstance(node, str) and any("\ud800" <= ch <= "\udfff" for ch in node):
        return Phrase("field '{field}': holds an unpaired surrogate escape (\\ud8xx); not valid text",
                      field=format_location(loc))
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if isinstance(key, str) and any("\ud800" <= ch <= "\udfff" for ch in key):
            return Phrase("field '{field}': a key holds an unpaired surrogate escape; not valid text",
                          field=format_location(loc))
        found = _unreadable(value, (*loc, key))
        if found:
            return found
    return None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise _DuplicateKey(key)
        document[key] = value
    return document


def describe_validation_error(error: ValidationError) -> str:
    """Turn a pydantic error into one line naming the field and what is allowed (plan wording)."""
    return describe(error, unknown_field=PLAN_UNKNOWN_FIELD)


def migrate(document: dict[str, Any], source: str) -> dict[str, Any]:
    """Bring a parsed plan document up to the current schema version."""
    version = document.get("schema_version")
    if document.get("format") != PLAN_FORMAT:
        raise PlanFileError(source, "not a tmsplanner plan (field 'format' must be \"{format}\")", format=PLAN_FORMAT)
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanFileError(source, "field 'schema_version' must be a whole number")
    if version > SCHEMA_VERSION:
        raise PlanFileError(source, "saved by a newer version of tmsplanner (plan format {version}); this version "
                                    "opens plan formats 1 to {supported}: update tmsplanner to open it",
                            version=version, supported=SCHEMA_VERSION)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise PlanFileError(source, "unknown plan format {version}; this version opens plan formats 1 to "
                                        "{supported}",
                                version=version, supported=SCHEMA_VERSION)
        document = step(dict(document))
        version += 1
        document["schema_version"] = version
    return document


def parse_plan(data: bytes, source: str = "<plan>") -> Plan:
    """Parse, migrate and validate the bytes of a plan file.

    Raises
    ------
    PlanFileError
        With one line naming the problem and, where there is one, the field.
    """
    if len(data) > MAX_PLAN_BYTES:
        raise PlanFileError(source, "file is larger than {size} MB; not a plan", size=MAX_PLAN_BYTES // 1024 // 1024)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise PlanFileError(source, "file is cut off (it ends inside a character); not a complete plan") from None
        raise PlanFileError(source, "not UTF-8 text (byte {byte}); a plan is a UTF-8 JSON file",
                            byte=exc.start) from None
    if "\x00" in text:
        raise PlanFileError(source, "holds a NUL character; not a plan (a plan is a UTF-8 JSON text file)")
    try:
        document = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int,
                              object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise PlanFileError(source, "not valid JSON: the file is cut off (line {line}, column {column}); not a "
                                        "complete plan", line=exc.lineno, column=exc.colno) from None
        raise PlanFileError(source, "not valid JSON ({problem}, line {line}, column {column})",
                            problem=json_reason(exc.msg), line=exc.lineno, column=exc.colno) from None
    except _DuplicateKey as exc:
        raise PlanFileError(source, "field '{field}' appears twice in one object; a key may appear only once",
                            field=str(exc)) from None
    except RecursionError:
        raise PlanFileError(source, "not a plan: the JSON is nested too deeply") from None
    except ValueError as exc:
        problem = exc.args[0] if exc.args and isinstance(exc.args[0], Phrase) else str(exc)
        raise PlanFileError(source, "not valid plan JSON: {problem}", problem=problem) from None
    if not isinstance(document, dict):
        raise PlanFileError(source, "not a tmsplanner plan (the document must be a JSON object)")
    original_version = document.get("schema_version")
    document = migrate(document, source)
    try:
        if original_version == SCHEMA_VERSION:
            return Plan.model_validate_json(text)
        return Plan.model_validate_json(json.dumps(document))
    except ValidationError as exc:
        unreadable = None if exc.errors()[0]["loc"] else _unreadable(document)  # a value the validator cannot read
        if unreadable is not None:
            raise PlanFileError(source, unreadable) from None
        raise PlanFileError(source, describe_validation_error(exc), validation=exc) from None


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file from disk."""
    return parse_plan(read_plan_bytes(path), str(path))


def read_plan_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a plan file (at most one byte more than a plan may have), or one line saying why not."""
    source = str(path)
    try:
        with open_regular(path) as handle:
            data = handle.read(MAX_PLAN_BYTES + 1)
    except FileNotFoundError:
        raise PlanFileError(source, "file not found") from None
    except IsADirectoryError:
        raise PlanFileError(source, "is a folder, not a plan file") from None
    except NotARegularFile:
        raise PlanFileError(source, "is not a regular file (a pipe or a device?), not a plan file") from None
    except OSError as exc:
        raise PlanFileError(source, "cannot be read: {why}", why=os_reason(exc)) from None
    except ValueError:  # a NUL character in the name
        raise PlanFileError(source.replace("\x00", "\\x00"), "not a file name (it holds a NUL character)") from None
    return data


def dump_plan(plan: Plan) -> bytes:
    """Serialise a plan to the bytes of a ``*.tmsplan`` file."""
    return plan.model_dump_json(indent=2).encode("utf-8") + b"\n"


def plan_fingerprint(plan: Plan) -> str:
    """Short hash of the plan file content, printed on paper and calendars so they match their file."""
    return hashlib.sha256(dump_plan(plan)).hexdigest()[:12]


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write a plan atomically (see :func:`tmsplanner.core.fileio.write_atomic`)."""
    write_atomic(path, dump_plan(plan))


def plan_version(plan: Plan) -> str:
    """The fingerprint of a plan's content: 16 hex digits of the SHA-256 of its canonical JSON."""
    canonical = plan.model_dump_json(exclude_none=False).encode()
    return hashlib.sha256(canonical).hexdigest()[:16]
