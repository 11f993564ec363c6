"""Errors the core raises; the GUI and the CLI turn them into messages at one boundary.

Rule violations are findings, never exceptions.

An error's text is English (``str(exc)``, for logs and tests) and can be worded
in any language with ``exc.words(c)`` (``c`` a message catalogue, context
``errors``). Its reason is a :class:`Phrase`: an English template with
``{names}`` and the values that fill it; a value that is itself a phrase (what an
operating-system error means, a JSON parser's complaint) is translated too.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from pydantic import ValidationError

    from tmsplanner.core.i18n import Catalogue

CONTEXT = "errors"  # the catalogue context of every error text


class Phrase(str):
    """An English text for people, from a template and its values, that can be worded in another language.

    The string itself is the English text (the template filled in); :meth:`words`
    gives it in a catalogue's language, the values filled in after translation. A
    value that is a :class:`Phrase` is worded in the same language. ``Phrase("...")``
    with a literal template is how a message is marked for the catalogue.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Self:
        text = template.format(**values) if values else template
        self = super().__new__(cls, text)
        self.template = template
        self.values = values
        return self

    def _translated(self, c: Catalogue) -> str:
        """The template in ``c``'s language (English when it has no translation)."""
        return c.gettext(self.template, CONTEXT)

    def words(self, c: Catalogue | None) -> str:
        """The text in ``c``'s language (English without a catalogue)."""
        if c is None:
            return str(self)
        if not self.values:
            return self._translated(c)
        values = {name: value.words(c) if isinstance(value, Phrase) else value for name, value in self.values.items()}
        try:
            return c.filled(self._translated(c), values)
        except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder: the English
            return c.filled(self._english(c), values)

    def _english(self, c: Catalogue) -> str:
        """The English template (the form for the values, for a :class:`Plural`)."""
        return self.template


class Plural(Phrase):
    """A :class:`Phrase` with a singular and a plural template, chosen by ``n`` (also a value: ``{n}``)."""

    plural: str
    n: int

    def __new__(cls, singular: str, plural: str, n: int, /, **values: object) -> Self:
        self = super().__new__(cls, singular if n == 1 else plural, n=n, **values)
        self.template, self.plural, self.n = singular, plural, n
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str, str, int], dict[str, object]]:  # copy and pickle
        return (self.template, self.plural, self.n), {k: v for k, v in self.values.items() if k != "n"}

    def _translated(self, c: Catalogue) -> str:
        return c.ngettext(self.template, self.plural, self.n, CONTEXT)

    def _english(self, c: Catalogue) -> str:
        return self.template if self.n == 1 else self.plural


def worded(text: object, c: Catalogue | None) -> str:
    """Any error or text in ``c``'s language: a :class:`Phrase` or a tmsplanner error worded, anything else as is."""
    if isinstance(text, Phrase | TmsPlannerError):
        return text.words(c)
    return str(text)


# What an operating-system error means, for the errors a file operation commonly meets. The English is
# the C library's own (glibc) wording, so the English messages read as they always have.
_OS_REASONS = {
    errno.ENOENT: Phrase("No such file or directory"),
    errno.EACCES: Phrase("Permission denied"),
    errno.EPERM: Phrase("Operation not permitted"),
    errno.EROFS: Phrase("Read-only file system"),
    errno.ENOSPC: Phrase("No space left on device"),
    errno.EDQUOT: Phrase("Disk quota exceeded"),
    errno.EISDIR: Phrase("Is a directory"),
    errno.ENOTDIR: Phrase("Not a directory"),
    errno.ENAMETOOLONG: Phrase("File name too long"),
    errno.ELOOP: Phrase("Too many levels of symbolic links"),
    errno.EEXIST: Phrase("File exists"),
    errno.EBUSY: Phrase("Device or resource busy"),
    errno.EIO: Phrase("Input/output error"),
    errno.ETXTBSY: Phrase("Text file busy"),
}


def os_reason(exc: OSError) -> str:
    """What an operating-system error means: a :class:`Phrase` for a common one, else the system's words."""
    if isinstance(exc.strerror, Phrase):  # tmsplanner's own words (a folder or a pipe where a file was expected)
        return exc.strerror
    found = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return found if found is not None else (exc.strerror or str(exc))


# Python's JSON parser's complaints (json.JSONDecodeError.msg, lower-cased), in words the catalogue has.
_JSON_REASONS = {
    "expecting value": Phrase("expecting value"),
    "expecting ',' delimiter": Phrase("expecting ',' delimiter"),
    "expecting ':' delimiter": Phrase("expecting ':' delimiter"),
    "expecting property name enclosed in double quotes": Phrase("expecting property name enclosed in double quotes"),
    "unterminated string starting at": Phrase("unterminated string starting at"),
    "invalid control character at": Phrase("invalid control character at"),
    "invalid \\escape": Phrase("invalid \\escape"),
    "invalid \\uxxxx escape": Phrase("invalid \\uxxxx escape"),
    "extra data": Phrase("extra data"),
    "illegal trailing comma before end of object": Phrase("illegal trailing comma before end of object"),
    "illegal trailing comma before end of array": Phrase("illegal trailing comma before end of array"),
}


def json_reason(message: str) -> str:
    """A JSON parser's complaint, lower-cased: a :class:`Phrase` for a known one, else the parser's words."""
    return _JSON_REASONS.get(message.lower(), message.lower())


class TmsPlannerError(Exception):
    """Base of every error tmsplanner raises on purpose."""

    def words(self, c: Catalogue | None) -> str:
        """The error's text in ``c``'s language (English here; errors with a :class:`Phrase` translate)."""
        return str(self)


class FileError(TmsPlannerError):
    """A file cannot be read or written.

    Parameters
    ----------
    path : str
        The file concerned.
    reason : str
        One line naming the problem (and the field, where there is one): an English
        template, ``{names}`` filled from ``values``, or a :class:`Phrase`, taken as it is.
    validation : ValidationError, optional
        The pydantic error ``reason`` describes, kept (``exc.validation``) so that it can be
        worded in any language. The words for people (the field in words, what is allowed)
        come from :class:`tmsplanner.core.fieldnames.ValidationWords` as the reason, which
        the core below the field names cannot import (the application layer words the
        errors of plan files so: :func:`tmsplanner.core.fieldnames.for_people`).
    values
        The values of the template's ``{names}``; a :class:`Phrase` among them is translated too.

    ``str(exc)`` is ``"<path>: <reason>"`` in English; :meth:`words` says it in a catalogue's language.
    """

    def __init__(self, path: str, reason: str, /, *, validation: ValidationError | None = None,
                 **values: object) -> None:
        phrase = reason if isinstance(reason, Phrase) and not values else Phrase(reason, **values)
        self.line = Phrase("{file}: {problem}", file=path, problem=phrase)
        super().__init__(str(self.line))
        self.path = path
        self.phrase = phrase
        self.reason = str(phrase)
        self.validation: ValidationError | None = validation or getattr(phrase, "validation", None)

    def words(self, c: Catalogue | None) -> str:
        """``"<path>: <reason>"`` in ``c``'s language (English without a catalogue, the same as ``str(exc)``)."""
        return self.line.words(c)


class PlanFileError(FileError):
    """A plan file cannot be read, parsed, migrated or validated."""


class FileWriteError(FileError):
    """An output file cannot be written; the previous file, if any, is untouched."""


class EvidenceError(TmsPlannerError):
    """An evidence or rule file is missing or invalid."""


class ResourceNotFoundError(EvidenceError):
    """A resource file that was asked for does not exist."""
