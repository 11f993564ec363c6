"""Public holidays of a country or region, from the maintained ``holidays`` package.

The calendar is named in the plan (``schedule.holiday_country``), so a plan
prints the same dates on every workstation. Holiday names are in the language
the caller asks for (the application's language, English by default), never
in the language of the process environment: the ``holidays`` package reads
``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` whenever it is given no
language, or one the country does not support, so this module always passes
one the country supports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from tmsplanner.core import cache as kept

HolidayLookup = Callable[[dt.date], "str | None"]

DEFAULT_LANGUAGE = "en"
# English variants in order of preference when a country has no English of its own.
_ENGLISH_VARIANTS = ("en_US", "en_GB")
_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[_-]([A-Za-z0-9]{2,8}))?")


class UnknownHolidayCalendar(ValueError):
    """The country or region has no holiday calendar in the ``holidays`` package."""


def split_code(code: str) -> tuple[str, str | None]:
    """'DE-BY' -> ('DE', 'BY'); 'UA' -> ('UA', None)."""
    country, _, subdivision = code.partition("-")
    return country, subdivision or None


def normalise_language(language: str | None) -> str:
    """An application language as ``ll`` or ``ll_CC``: 'uk-ua' -> 'uk_UA', 'ru_RU.UTF-8' -> 'ru_RU'.

    No language, Qt's "C" and POSIX's "C"/"POSIX" locales mean English.
    """
    tag = (language or "").split(".")[0].split("@")[0].strip()
    match = _LANGUAGE_TAG.fullmatch(tag)
    if not match or tag.upper() in ("C", "POSIX"):
        return DEFAULT_LANGUAGE
    base, region = match.group(1).lower(), match.group(2)
    return f"{base}_{region.upper() if len(region) == 2 else region}" if region else base


def is_english(language: str | None) -> bool:
    """Whether an application language is a form of English ('en', 'en_GB', 'C'...)."""
    return normalise_language(language).split("_")[0] == "en"


def holiday_language(supported: tuple[str, ...] | list[str], default: str | None,
                     language: str | None) -> str | None:
    """The language to ask a country's holiday calendar for, given the application's language.

    Parameters
    ----------
    supported : sequence of str
        The country's ``supported_languages`` (e.g. ``('de', 'en_US', 'th', 'uk')``).
    default : str or None
        The country's ``default_language`` (the language its holidays are named in).
    language : str or None
        The application's language: ``'en'``, ``'ru'``, ``'uk'``, ``'ru_RU'``...

    Returns
    -------
    str or None
        The exact language if supported, else the same language of another region
        (``'ru'`` for ``'ru_RU'``, ``'ru_KG'`` for ``'ru'``; for English the country's
        own English, then ``en_US``, then ``en_GB``), else the country's default
        language. None only for a country without translations, whose names then
        never change.
    """
    wanted = normalise_language(language)
    base = wanted.split("_")[0]
    options = list(supported)
    if wanted in options:
        return wanted
    if base in options:
        return base
    same_base = sorted(o for o in options if o.split("_")[0].lower() == base)
    if same_base:
        if default in same_base:
            return default
        if base == "en":
            for variant in _ENGLISH_VARIANTS:
                if variant in same_base:
                    return variant
        return same_base[0]
    if default in options:
        return default
    return options[0] if options else default


@cache
def _live_calendar(code: str, first_year: int, last_year: int, language: str) -> dict[dt.date, str]:
    """The ``holidays`` package's calendar (it adds a year when asked for a day outside the range)."""
    import holidays

    country, subdivision = split_code(code)
    supported = holidays.list_supported_countries()
    if country not in supported:
        raise UnknownHolidayCalendar(f"'{country}' is not a supported country code")
    if subdivision and subdivision not in supported[country]:
        raise UnknownHolidayCalendar(f"'{subdivision}' is not a region of {country}; "
                                     f"known: {', '.join(supported[country][:12])}")
    entity = getattr(holidays, country)  # the country's class, as country_holidays looks it up
    chosen = holiday_language(entity.supported_languages, entity.default_language, language)
    return holidays.country_holidays(country, subdiv=subdivision, years=range(first_year, last_year + 1),
                                     language=chosen)


def holidays_version() -> str | None:
    """The installed ``holidays`` package's version, read without importing it."""
    return kept.package_version("holidays", "version.py")


@cache
def _calendar(code: str, first_year: int, last_year: int, language: str) -> dict[dt.date, str]:
    """The holidays of ``first_year``..``last_year``: from the user's cache when it holds this code, range,
    language and ``holidays`` version, else computed (and kept). An unknown code is never kept."""
    name = re.sub(r"[^A-Za-z0-9_-]", "_", f"holidays-{code}-{first_year}-{last_year}-{language}")
    return kept.load_or_make(
        name,
        lambda: (kept.Key("holidays").add_version("holidays", holidays_version()).add_modules([__name__])
                 .add("request", f"{code}|{first_year}|{last_year}|{language}").hexdigest()),
        lambda: dict(_live_calendar(code, first_year, last_year, language)),
        lambda found: isinstance(found, dict))


def holiday_lookup(code: str | None, start: dt.date, years: int = 3,
                   language: str = DEFAULT_LANGUAGE) -> HolidayLookup:
    """Return ``date -> holiday name or None`` for a calendar code (no holidays for None).

    Names are in ``language`` (the application's language) when the country
    supports it, else in the country's own language. The years ``start.year``
    to ``start.year + years`` come from :func:`_calendar` (cached between runs);
    a day outside them asks the ``holidays`` package itself.
    """
    if code is None:
        return lambda day: None
    first, last, chosen = start.year, start.year + years, normalise_language(language)
    calendar = _calendar(code, first, last, chosen)

    def lookup(day: dt.date) -> str | None:
        if first <= day.year <= last:
            return calendar.get(day)
        return _live_calendar(code, first, last, chosen).get(day)

    return lookup


def supported_calendars() -> list[str]:
    """Every country code (and country-region code) the holidays package knows."""
    import holidays

    codes = []
    for country, regions in sorted(holidays.list_supported_countries().items()):
        codes.append(country)
        codes += [f"{country}-{r}" for r in regions]
    return codes


def _country_name(country: str, language: str | None) -> str | None:
    """The CLDR name of a country in a language ('Russia', «Россия»), None if the CLDR has none."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(normalise_language(language)).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return names.get(country) or None


def calendar_name(code: str, language: str | None = None) -> str:
    """A calendar code with its country named in ``language`` (CLDR names), for a list to choose from:
    'DE-BY — Germany (BY)', «RU — Россия»; a code the CLDR does not name stays as it is."""
    country, subdivision = split_code(code)
    name = _country_name(country, language)
    if not name:
        return code
    return f"{code} — {name}" + (f" ({subdivision})" if subdivision else "")


def country_words(code: str, language: str | None = None) -> str:
    """A calendar as a printed plan names it: 'Germany (DE-BY)', «Россия (RU)»; the bare code if unnamed."""
    name = _country_name(split_code(code)[0], language)
    return f"{name} ({code})" if name else code


def calendar_code(text: str) -> str | None:
    """The calendar code in what a user typed or chose: 'de-by', 'DE-BY — Germany (BY)' -> 'DE-BY'; '' -> None."""
    code = text.split("—")[0].strip().upper()
    return code or None
