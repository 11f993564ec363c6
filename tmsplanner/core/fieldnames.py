"""A plan field's path in words, for people: ``blocks[0].pattern.frequency_hz`` → "Block 1 › Pulse pattern ›
Frequency".

Findings carry the path (``Finding.field``) for programs and the window's
navigation; paper and messages for clinicians print these words instead.
"""

from __future__ import annotations

import re
import typing
from typing import Any, Self

from pydantic import BaseModel, ValidationError

from tmsplanner.core.errors import FileError, Phrase
from tmsplanner.core.i18n import Catalogue
from tmsplanner.core.labels import label
from tmsplanner.core.plan import Plan
from tmsplanner.core.validation import format_location
from tmsplanner.core.vocab import ScreeningItem

# Fields without a title of their own (containers), singular for one item and plural for all of them.
_NAMES = {
    "patient": ("Patient", "Patient"), "motor_threshold": ("Motor threshold", "Motor threshold"),
    "device": ("Device and coil", "Device and coil"), "blocks": ("Block", "Blocks"),
    "schedule": ("Schedule", "Schedule"), "medications": ("Medication", "Medications"),
    "phases": ("Phase", "Phases"), "missed_sessions": ("Missed session", "Missed sessions"),
    "pattern": ("Pulse pattern", "Pulse pattern"), "closures": ("Closure", "Closures"),
}
_TOKEN = re.compile(r"\[(\d+)\]|\.?(\d+)(?=\.|$)|\.?([A-Za-z_]\w*)")


def _models(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation may hold (through Optional, list, Annotated and unions)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found += _models(arg)
    return found


def field_words(path: str, c: Catalogue | None = None, root: type[BaseModel] = Plan) -> str:
    """The words for a plan field path (in ``c``'s language; English without one).

    A part it cannot name is spelt out from the path itself.
    """
    models: list[type[BaseModel]] = [root]
    parts: list[str] = []
    one: str | None = None  # the singular of the last part, when an index may follow
    for index, number, name in _TOKEN.findall(path):
        position = index or number
        if position:
            if parts and one:
                parts[-1] = f"{one} {int(position) + 1}"
            one = None
            continue
        one = None
        if parts and parts[-1] == "Safety screening" and name in ScreeningItem.__members__.values():
            parts.append(label(ScreeningItem(name)))
            models = []
            continue
        info = next((m.model_fields[name] for m in models if name in m.model_fields), None)
        if name in _NAMES:
            one, words = _NAMES[name]
        elif info is not None and info.title:
            words = info.title
        else:
            words = name.replace("_", " ").capitalize()
        if not parts or parts[-1] != words:
            parts.append(words)
        models = _models(info.annotation) if info is not None else []
    if c is not None:
        parts = [_translated(part, c) for part in parts]
    return " › ".join(parts)


def _translated(part: str, c: Catalogue) -> str:
    """One part in the catalogue's language: a field title (context ``fields``) or a screening item's label
    (context ``vocab``), its number kept."""
    words, _, number = part.rpartition(" ")
    if number.isdigit() and words:
        return f"{c.gettext(words, 'fields')} {number}"
    found = c.gettext(part, "fields")
    return found if found != part else c.gettext(part, "vocab")


def field_titles() -> list[str]:
    """Every word :func:`field_words` may print (the message extractor reads these)."""
    titles = {one for one, _ in _NAMES.values()} | {many for _, many in _NAMES.values()}
    pending: list[type[BaseModel]] = [Plan]
    seen: set[type[BaseModel]] = set()
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        for info in model.model_fields.values():
            if info.title:
                titles.add(info.title)
            pending += _models(info.annotation)
    titles.add("Safety screening")
    return sorted(titles)


# pydantic's error types and the words for what is allowed, with the context values they use.
_ALLOWED = {
    "string_too_short": "must have at least {min_length} characters",
    "string_not_empty": "must not be empty",
    "string_too_long": "must have at most {max_length} characters",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "greater_than": "must be more than {gt}",
    "less_than": "must be less than {lt}",
    "string_pattern_mismatch": "is not in the allowed form",
    "missing": "is required",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "date_from_datetime_parsing": "must be a date (YYYY-MM-DD)",
    "date_parsing": "must be a date (YYYY-MM-DD)",
    "time_parsing": "must be a time of day (HH:MM)",
    "enum": "must be one of the offered choices",
    "finite_number": "must be a finite number",
    "extra_forbidden": "is not part of the file format (an unknown field)",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "list_type": "must be a list",
    "dict_type": "must be a group of fields (a JSON object)",
    "model_type": "must be a group of fields (a JSON object)",
    "model_attributes_type": "must be a group of fields (a JSON object)",
    "date_type": "must be a date (YYYY-MM-DD)",
    "time_type": "must be a time of day (HH:MM)",
    "literal_error": "must be one of the offered choices",
    "union_tag_invalid": "must be one of the offered choices",
    "union_tag_not_found": "must say which kind it is",
    "too_short": "must have at least {min_length} items",
    "too_long": "must have at most {max_length} items",
    "multiple_of": "must be a multiple of {multiple_of}",
}


def allowed_words(kind: str) -> str | None:
    """The English words for what a pydantic error type allows (None for a type without them)."""
    return _ALLOWED.get(kind)


def describe_for_people(error: ValidationError, c: Catalogue | None = None, root: type[BaseModel] = Plan) -> str:
    """One line for the window: the field in words and what is allowed, in ``c``'s language (English without one).

    Messages the plan's own validators raise (control characters, an unknown 10-20 position...) are looked up
    in the catalogue too (context ``validation``).
    """
    first = error.errors(include_url=False)[0]
    location = format_location(tuple(first["loc"]))
    words = field_words(location.replace("(rtms)", "").replace("(tbs)", ""), c, root) if location else ""
    text = allowed_for_people(error, c)
    return f"{words}: {text}" if words else text


def allowed_for_people(error: ValidationError, c: Catalogue | None = None) -> str:
    """What is wrong with the value, without naming the field (where the field is named otherwise, e.g. by the
    command-line option that gave it), in ``c``'s language."""
    first = error.errors(include_url=False)[0]
    template = _ALLOWED.get(first["type"])
    if first["type"] == "string_too_short" and (first.get("ctx") or {}).get("min_length") == 1:
        template = "must not be empty"
    if template is not None:
        values = {k: v for k, v in (first.get("ctx") or {}).items() if isinstance(v, int | float | str)}
        text = (c.gettext(template, "validation") if c is not None else template).format(**values)
    else:
        message = str(first["msg"]).removeprefix("Value error, ")
        text = c.gettext(message, "validation") if c is not None else message
    return text


class ValidationWords(Phrase):
    """A pydantic validation error as an error's reason: the English line given, for people in other languages.

    In a language other than English the field of model ``root`` is named in words
    and what is allowed is said (:func:`describe_for_people`); without ``named``
    only what is allowed (the error's path names the field, a command-line option
    say). The pydantic error is kept (``validation``), to be worded in any language.
    """

    validation: ValidationError
    root: type[BaseModel]
    named: bool

    def __new__(cls, english: str, validation: ValidationError, root: type[BaseModel] = Plan,
                named: bool = True) -> Self:
        self = super().__new__(cls, english)
        self.validation, self.root, self.named = validation, root, named
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str, ValidationError, type[BaseModel], bool], dict[str, object]]:
        return (str(self), self.validation, self.root, self.named), {}  # copy and pickle

    def words(self, c: Catalogue | None) -> str:
        if c is None or c.language == "en":
            return str(self)
        return describe_for_people(self.validation, c, self.root) if self.named \
            else allowed_for_people(self.validation, c)


def for_people(error: FileError, root: type[BaseModel] = Plan) -> FileError:
    """The same file error, a validation error it carries worded for people in other languages (``error`` itself
    when it carries none, or already is)."""
    if error.validation is None or isinstance(error.phrase, ValidationWords):
        return error
    return type(error)(error.path, ValidationWords(error.reason, error.validation, root))
