"""Editing a plan one field at a time, always producing a validated plan.

Paths are dotted, with list indices as numbers: ``"blocks.0.pattern.frequency_hz"``.
Finding fields use ``blocks[0].pattern``; :func:`normalise_path` converts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from tmsplanner.core.plan import Plan

_INDEX = re.compile(r"\[(\d+)\]")
_PATTERN_TAG = re.compile(r"\((rtms|tbs)\)")


@lru_cache(maxsize=4096)
def normalise_path(path: str) -> str:
    """``blocks[0].pattern(rtms).trains`` -> ``blocks.0.pattern.trains`` (a few hundred paths, asked on every edit)."""
    return _INDEX.sub(_dotted_index, _PATTERN_TAG.sub("", path)).lstrip(".")


def _dotted_index(match: re.Match[str]) -> str:
    return "." + match.group(1)


def get_value(plan: Plan, path: str) -> Any:
    """Read a dotted path from a plan."""
    node: Any = plan
    for key in normalise_path(path).split("."):
        node = node[int(key)] if key.isdigit() else (node[key] if isinstance(node, dict) else getattr(node, key))
    return node


def with_value(plan: Plan, path: str, value: Any) -> Plan:
    """Return a new, validated plan with one field set.

    Raises
    ------
    pydantic.ValidationError
        If the value is not allowed; the plan passed in is unchanged.
    """
    data = plan.model_dump()
    *parents, leaf = normalise_path(path).split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if leaf.isdigit():
        node[int(leaf)] = value
    else:
        node[leaf] = value
    return Plan.model_validate(data)


def field_info(model: type[BaseModel], name: str) -> FieldInfo:
    """The pydantic field of a model (titles, descriptions, bounds, unit)."""
    return model.model_fields[name]


def field_bounds(info: FieldInfo) -> tuple[float | None, float | None, bool, bool]:
    """Return (lower, upper, lower_exclusive, upper_exclusive) of a numeric field."""
    lower = upper = None
    lower_excl = upper_excl = False
    for meta in info.metadata:
        if getattr(meta, "ge", None) is not None:
            lower = meta.ge
        if getattr(meta, "gt", None) is not None:
            lower, lower_excl = meta.gt, True
        if getattr(meta, "le", None) is not None:
            upper = meta.le
        if getattr(meta, "lt", None) is not None:
            upper, upper_excl = meta.lt, True
    return lower, upper, lower_excl, upper_excl


def field_unit(info: FieldInfo) -> str:
    """The unit stored in a field's JSON-schema extra ('' if none)."""
    extra = info.json_schema_extra
    return str(extra.get("unit", "")) if isinstance(extra, dict) else ""
