"""Dates in English words, whatever the C library's locale.

``strftime``'s day and month names (``%a %A %b %B``) come from the C
library's ``LC_TIME``, which is "C" in a plain Python process but follows
``LANG``/``LC_ALL`` as soon as Qt has started (QCoreApplication calls
``setlocale(LC_ALL, "")``). The PDF and the core speak English, so they name
days and months here instead.
"""

from __future__ import annotations

import datetime as dt
import re

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
_DIRECTIVE = re.compile(r"%(.)")
# Directives whose output depends on the C library's locale.
_LOCALE_DEPENDENT = frozenset("cxXpP")


def english_date(value: dt.date | dt.datetime, pattern: str) -> str:
    """Format a date like ``strftime`` but with English day and month names.

    ``%a``/``%A`` are the short/full weekday, ``%b``/``%B`` the short/full month;
    numeric directives (``%d %m %Y %H %M %S``) pass through. ``%c``, ``%x``,
    ``%X`` and ``%p`` are refused: their form depends on the locale.

    >>> english_date(dt.date(2026, 12, 25), "%a %d %b %Y")
    'Fri 25 Dec 2026'
    """

    def name(match: re.Match[str]) -> str:
        code = match.group(1)
        if code in "aA":
            day = DAY_NAMES[value.weekday()]
            return day[:3] if code == "a" else day
        if code in "bB":
            month = MONTH_NAMES[value.month - 1]
            return month[:3] if code == "b" else month
        if code in _LOCALE_DEPENDENT:
            raise ValueError(f"%{code} depends on the locale; spell the format out")
        return match.group(0)

    return value.strftime(_DIRECTIVE.sub(name, pattern))
