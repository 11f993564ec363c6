"""Results kept by the identity of the immutable values they were computed from.

An edit of a dose leaves a course's calendar as it was: the schedule keeps the
last calendars it made (:func:`tmsplanner.core.schedule.build_calendar`) and
hands out the same tuples again. What is computed from a calendar alone (the
clock times of every session, the days they fall on) need not be computed
again at every edit of a 10,000-session course: :func:`by_identity` keeps it
for the last few calendars.

A tuple is found by identity, anything else (numbers, strings, times, None) by
equality. An entry holds its arguments, so an identity stays theirs for as long
as the entry lives; tuples of immutable values cannot change, so a kept result
is never stale. Only pure functions of such values may be wrapped.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def _key(value: object) -> Hashable:
    if isinstance(value, tuple):
        return ("id", id(value))
    if not isinstance(value, Hashable):
        raise TypeError(f"by_identity: an argument of type {type(value).__name__} cannot be a key")
    return ("value", type(value), value)


def by_identity(size: int = 4) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Keep the results of the last ``size`` distinct calls (positional arguments only) of a pure function."""

    def wrap(function: Callable[P, R]) -> Callable[P, R]:
        kept: OrderedDict[tuple[Hashable, ...], tuple[tuple[Any, ...], R]] = OrderedDict()

        @functools.wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            if kwargs:
                raise TypeError(f"{function.__name__}: positional arguments only")
            key = tuple(_key(a) for a in args)
            found = kept.get(key)
            if found is not None:
                kept.move_to_end(key)
                return found[1]
            result = function(*args, **kwargs)
            kept[key] = (args, result)  # the arguments live as long as the entry: their ids stay theirs
            while len(kept) > size:
                kept.popitem(last=False)
            return result

        call.cache_clear = kept.clear  # type: ignore[attr-defined]
        return call

    return wrap
