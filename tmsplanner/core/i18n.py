"""Message catalogues for everything the core, the printed plan, the calendar and the command line say.

The window's own widgets keep Qt's ``.ts`` files; every other word goes through
one gettext catalogue per language, ``resources/i18n/messages/<language>.po``,
read with Babel (which also formats numbers and dates from CLDR data). A
message is looked up by its English text and a context (``rule:SAFE-TRAIN-001``,
``vocab``, ``report``...); a message without a translation stays English.

Nothing here reads the environment: the language is always passed in, and a
:class:`Catalogue` is passed on as the translation function (no global ``_``).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import NamedTuple

from tmsplanner.core import cache as kept
from tmsplanner.core.fileio import open_regular
from tmsplanner.core.resources import resources_root

ENGLISH = "en"
# The order of gettext's plural forms for the catalogue languages (one, few, many), by CLDR category.
_PLURAL_INDEX = {"one": 0, "few": 1, "many": 2, "other": 2}
LANGUAGES = ("en", "ru", "uk")  # the languages with a catalogue (English is the source)


def normalise(language: str | None) -> str:
    """The catalogue language for a language code (``ru_RU`` → ``ru``); English for anything without one."""
    code = (language or ENGLISH).replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH


class Catalogue(NamedTuple):
    """The translations of one language, and its number and date formats."""

    language: str
    messages: dict[tuple[str | None, str], str | tuple[str, ...]]

    def gettext(self, message: str, context: str | None = None) -> str:
        """``message`` in this language (the English when it has no translation)."""
        found = self.messages.get((context, message))
        if isinstance(found, tuple):
            found = found[0]
        return found or message

    def ngettext(self, singular: str, plural: str, n: int, context: str | None = None) -> str:
        """The form for ``n`` of a message with plural forms (the English forms when untranslated)."""
        found = self.messages.get((context, singular))
        if isinstance(found, tuple) and all(found):
            from babel import Locale

            category = Locale.parse(self.language).plural_form(abs(n))
            return found[min(_PLURAL_INDEX.get(category, len(found) - 1), len(found) - 1)]
        return singular if n == 1 else plural

    def evidence(self, record: object, field: str) -> str:
        """A text field of an evidence record (a preset's summary, a trial's headline...) in this language.

        The context names the record: ``protocol neurostar-10hz-ldlpfc summary``.
        """
        english = getattr(record, field)
        return self.gettext(english, evidence_context(record, field)) if english else english

    def number(self, value: float, decimals: int = 0, grouped: bool = True, fixed: bool = False) -> str:
        """A number with at most ``decimals`` decimals (exactly, when ``fixed``), grouped (unless not) and
        separated as the language writes it.

        The CLDR pattern ``#,##0.##`` (``0.00`` when fixed...), applied as Babel applies it: the value
        rounded half to even, the integer grouped by threes, the language's decimal, group and minus
        signs (read from Babel's CLDR data once and kept, see :func:`number_symbols`).
        """
        rounded = Decimal(repr(round(value, decimals)))
        if not rounded.is_finite():
            from babel.numbers import format_decimal

            return str(format_decimal(rounded, locale=self.language))
        quantised = rounded.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
        integer, _, fraction = f"{abs(quantised):f}".partition(".")
        if not fixed:
            fraction = fraction.rstrip("0")
        decimal_sign, group_sign, minus_sign = number_symbols(self.language)
        if grouped and len(integer) > 3:
            head = len(integer) % 3 or 3
            integer = group_sign.join([integer[:head], *(integer[k:k + 3] for k in range(head, len(integer), 3))])
        sign = minus_sign if quantised.is_signed() else ""
        return sign + integer + (decimal_sign + fraction if fraction else "")

    def date(self, value: dt.date, pattern: str = "d MMM y") -> str:
        """A date in a CLDR pattern (``d MMM y``, ``EEE d MMM``...) with the language's names."""
        from babel.dates import format_date

        return str(format_date(value, format=pattern, locale=self.language))

    def filled(self, template: str, values: dict[str, object]) -> str:
        """``template`` (already in this language) with its ``{names}`` filled: a date as a finding's text writes
        it (ISO 8601 in English, in the language's words otherwise), any other value as is."""
        if self.language != ENGLISH:
            values = {name: self.date(value) if type(value) is dt.date else value for name, value in values.items()}
        return template.format(**values)


@cache
def number_symbols(language: str) -> tuple[str, str, str]:
    """The decimal, group and minus signs of a language, from Babel's CLDR data (kept between runs under
    Babel's version: loading the CLDR data costs more than the rest of a window's number formatting)."""

    def read() -> tuple[str, str, str]:
        from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

        return get_decimal_symbol(language), get_group_symbol(language), get_minus_sign_symbol(language)

    return kept.load_or_make(
        f"number-symbols-{language}",
        lambda: (kept.Key("number-symbols").add_version("babel", kept.package_version("babel"))
                 .add("language", language).hexdigest()),
        read,
        lambda found: isinstance(found, tuple) and len(found) == 3 and all(isinstance(s, str) for s in found))


# Evidence record classes and the word their catalogue contexts start with.
EVIDENCE_KINDS = {"Protocol": "protocol", "ScreeningQuestion": "screening", "GuidelineLevel": "guideline",
                  "Clearance": "clearance", "TrialResult": "trial", "MechanismClaim": "mechanism",
                  "ProtocolStep": "step", "OutcomeScale": "scale", "Medication": "medication"}
# The fields of each kind that are words for people (ids, dates, numbers and names of sources are not).
EVIDENCE_FIELDS = {"protocol": ("name", "short_name", "summary"), "screening": ("question", "rationale"),
                   "guideline": ("statement",), "clearance": ("statement", "pathway"),
                   "trial": ("name", "design", "figures", "headline"),
                   "mechanism": ("seed_claim", "primary_finding", "species", "caveats", "correction", "headline"),
                   "step": ("text",), "scale": ("name", "short"), "medication": ("name",)}


def evidence_context(record: object, field: str) -> str:
    """The catalogue context of one text field of an evidence record."""
    kind = EVIDENCE_KINDS.get(type(record).__name__, type(record).__name__.lower())
    return f"{kind} {getattr(record, 'id', '')} {field}"


@cache
def catalogue(language: str | None) -> Catalogue:
    """The catalogue of a language (English, the source, for one without a catalogue).

    The messages read from a ``.po`` file are kept in the user's cache under the
    file's content, this module's code and Babel's version (see :mod:`tmsplanner.core.cache`).
    """
    code = normalise(language)
    path = resources_root() / "i18n" / "messages" / f"{code}.po"
    if code == ENGLISH or not path.is_file():
        return Catalogue(ENGLISH, {})
    with open_regular(path) as handle:
        content = handle.read()
    messages = kept.load_or_make(
        f"messages-{code}",
        lambda: (kept.Key("messages").add("language", code).add_version("babel", kept.package_version("babel"))
                 .add_modules([__name__]).add("po", content).hexdigest()),
        lambda: _read_messages(content, code),
        lambda found: isinstance(found, dict))
    return Catalogue(code, messages)


def _read_messages(content: bytes, code: str) -> dict[tuple[str | None, str], str | tuple[str, ...]]:
    import io

    from babel.messages.pofile import read_po

    messages: dict[tuple[str | None, str], str | tuple[str, ...]] = {}
    for message in read_po(io.BytesIO(content), locale=code):
        if not message.id or message.fuzzy:
            continue
        key = message.id[0] if isinstance(message.id, tuple | list) else message.id
        value = tuple(message.string) if isinstance(message.string, tuple | list) else message.string
        if value:
            messages[(message.context, key)] = value
    return messages
