"""Public holidays of a country or region, from the maintained ``holidays`` package.

The calendar is named in the plan (``schedule.holiday_country``), so a plan
prints the same dates on every workstation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

HolidayLookup = Callable[[dt.date], "str | None"]


class UnknownHolidayCalendar(ValueError):
    """The country or region has no holiday calendar in the ``holidays`` package."""


def split_code(code: str) -> tuple[str, str | None]:
    """'DE-BY' -> ('DE', 'BY'); 'UA' -> ('UA', None)."""
    country, _, subdivision = code.partition("-")
    return country, subdivision or None


@cache
def _calendar(code: str, first_year: int, last_year: int):  # noqa: ANN202
    import holidays

    country, subdivision = split_code(code)
    supported = holidays.list_supported_countries()
    if country not in supported:
        raise UnknownHolidayCalendar(f"'{country}' is not a supported country code")
    if subdivision and subdivision not in supported[country]:
        raise UnknownHolidayCalendar(f"'{subdivision}' is not a region of {country}; "
                                     f"known: {', '.join(supported[country][:12])}")
    return holidays.country_holidays(country, subdiv=subdivision, years=range(first_year, last_year + 1))


def holiday_lookup(code: str | None, start: dt.date, years: int = 3) -> HolidayLookup:
    """Return ``date -> holiday name or None`` for a calendar code (no holidays for None)."""
    if code is None:
        return lambda day: None
    calendar = _calendar(code, start.year, start.year + years)
    return lambda day: calendar.get(day)


def supported_calendars() -> list[str]:
    """Every country code (and country-region code) the holidays package knows."""
    import holidays

    codes = []
    for country, regions in sorted(holidays.list_supported_countries().items()):
        codes.append(country)
        codes += [f"{country}-{r}" for r in regions]
    return codes
