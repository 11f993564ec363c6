"""Reading and writing ``*.tmsplan`` files: parse, migrate, validate, save atomically."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from tmsplanner.core.errors import PlanFileError
from tmsplanner.core.fileio import write_atomic
from tmsplanner.core.plan import PLAN_FORMAT, SCHEMA_VERSION, Plan
from tmsplanner.core.validation import describe_validation_error as describe

MAX_PLAN_BYTES = 5 * 1024 * 1024
PLAN_UNKNOWN_FIELD = "unknown field (not part of the plan format)"

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# MIGRATIONS[n] turns a schema_version n document into a schema_version n + 1
# document. Every released version keeps its entry, so old files always load.
MIGRATIONS: dict[int, Migration] = {}


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a plan may hold")


def describe_validation_error(error: ValidationError) -> str:
    """Turn a pydantic error into one line naming the field and what is allowed (plan wording)."""
    return describe(error, unknown_field=PLAN_UNKNOWN_FIELD)


def migrate(document: dict[str, Any], source: str) -> dict[str, Any]:
    """Bring a parsed plan document up to the current schema version."""
    version = document.get("schema_version")
    if document.get("format") != PLAN_FORMAT:
        raise PlanFileError(source, f"not a tmsplanner plan (field 'format' must be \"{PLAN_FORMAT}\")")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanFileError(source, "field 'schema_version' must be a whole number")
    if version > SCHEMA_VERSION:
        raise PlanFileError(
            source,
            f"schema_version {version} was written by a newer tmsplanner; "
            f"this version reads schema_version 1 to {SCHEMA_VERSION}",
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise PlanFileError(
                source, f"unknown schema_version {version}; supported: 1 to {SCHEMA_VERSION}"
            )
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
        raise PlanFileError(source, f"file is larger than {MAX_PLAN_BYTES // 1024 // 1024} MB; not a plan")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise PlanFileError(source, "file is cut off (it ends inside a character); not a complete plan") from None
        raise PlanFileError(source, f"not UTF-8 text (byte {exc.start}); a plan is a UTF-8 JSON file") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise PlanFileError(source, f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except (ValueError, RecursionError) as exc:
        raise PlanFileError(source, f"not valid plan JSON: {exc}") from None
    if not isinstance(document, dict):
        raise PlanFileError(source, "not a tmsplanner plan (the document must be a JSON object)")
    original_version = document.get("schema_version")
    document = migrate(document, source)
    try:
        if original_version == SCHEMA_VERSION:
            return Plan.model_validate_json(text)
        return Plan.model_validate_json(json.dumps(document))
    except ValidationError as exc:
        raise PlanFileError(source, describe_validation_error(exc)) from None


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file from disk."""
    source = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_PLAN_BYTES + 1)
    except FileNotFoundError:
        raise PlanFileError(source, "file not found") from None
    except IsADirectoryError:
        raise PlanFileError(source, "is a folder, not a plan file") from None
    except OSError as exc:
        raise PlanFileError(source, f"cannot be read: {exc.strerror}") from None
    return parse_plan(data, source)


def dump_plan(plan: Plan) -> bytes:
    """Serialise a plan to the bytes of a ``*.tmsplan`` file."""
    return plan.model_dump_json(indent=2).encode("utf-8") + b"\n"


def plan_fingerprint(plan: Plan) -> str:
    """Short hash of the plan file content, printed on paper and calendars so they match their file."""
    return hashlib.sha256(dump_plan(plan)).hexdigest()[:12]


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write a plan atomically (see :func:`tmsplanner.core.fileio.write_atomic`)."""
    write_atomic(path, dump_plan(plan))
