"""Catalogue.number writes a number exactly as Babel's CLDR pattern does, for every catalogue language."""

from __future__ import annotations

from babel.numbers import format_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from tmsplanner.core.i18n import LANGUAGES, catalogue

values = st.one_of(
    st.floats(min_value=-1e13, max_value=1e13, allow_nan=False, allow_infinity=False),
    st.integers(-10**9, 10**9).map(float),
    st.decimals(min_value=-100000, max_value=100000, places=4, allow_nan=False).map(float),
)


@given(values, st.integers(0, 4), st.booleans(), st.booleans(), st.sampled_from(LANGUAGES))
@example(-0.0, 0, True, False, "ru")
@example(-0.001, 2, True, False, "uk")
@example(2.675, 2, True, True, "en")
@example(1234.5, 0, True, False, "ru")
@example(12345678.25, 1, True, True, "uk")
def test_numbers_are_written_as_babel_writes_them(value: float, decimals: int, grouped: bool, fixed: bool,
                                                  language: str) -> None:
    pattern = ("#,##0" if grouped else "0") + ("." + ("0" if fixed else "#") * decimals if decimals else "")
    expected = str(format_decimal(round(value, decimals), format=pattern, locale=language))
    assert catalogue(language).number(value, decimals, grouped, fixed) == expected


def test_the_languages_own_signs() -> None:
    assert catalogue("ru").number(-1234567.5, 1) == "-1\u00a0234\u00a0567,5"
    assert catalogue("en").number(-1234567.5, 1) == "-1,234,567.5"
