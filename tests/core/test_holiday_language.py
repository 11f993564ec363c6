"""Holiday names follow the application's language, never LANG, LC_ALL or LANGUAGE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from planfactory import edit, preset_plan

from tmsplanner.core.checks import figures_for
from tmsplanner.core.holiday_calendar import (
    _calendar,
    holiday_language,
    holiday_lookup,
    is_english,
    normalise_language,
)

CHRISTMAS = dt.date(2026, 12, 25)
ORTHODOX_CHRISTMAS = dt.date(2027, 1, 7)
START = dt.date(2026, 12, 1)

# What a German, Russian or Ukrainian workstation (or only part of its locale) sets.
FOREIGN_ENVIRONMENTS = [
    {"LANG": "de_DE.UTF-8"},
    {"LC_ALL": "de_DE.UTF-8"},
    {"LANGUAGE": "de"},
    {"LC_MESSAGES": "de_DE.UTF-8"},
    {"LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8", "LANGUAGE": "ru"},
    {"LANG": "uk_UA.UTF-8", "LANGUAGE": "uk:ru"},
]
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(params=FOREIGN_ENVIRONMENTS, ids=lambda env: ",".join(f"{k}={v}" for k, v in env.items()))
def foreign_environment(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in request.param.items():
        monkeypatch.setenv(name, value)
    _calendar.cache_clear()  # build the calendars under this environment, not reuse earlier ones
    yield request.param
    _calendar.cache_clear()


def test_english_names_whatever_the_environment_language(foreign_environment) -> None:
    assert holiday_lookup("DE", START)(CHRISTMAS) == "Christmas Day"
    assert holiday_lookup("DE", START, language="en")(dt.date(2027, 1, 1)) == "New Year's Day"
    assert holiday_lookup("DE-BY", START, language="en_GB")(CHRISTMAS) == "Christmas Day"
    assert holiday_lookup("RU", START, language="en")(ORTHODOX_CHRISTMAS) == "Christmas Day"
    assert holiday_lookup("BY", START, language="C")(ORTHODOX_CHRISTMAS) == "Orthodox Christmas Day"


def test_plan_figures_list_english_holidays_whatever_the_environment(kb, foreign_environment) -> None:
    plan = edit(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.start_date", "2026-12-21"),
                "schedule.holiday_country", "DE")
    skipped = {d.date: d.holiday for d in figures_for(plan, kb).skipped}
    assert skipped[CHRISTMAS] == "Christmas Day"
    assert skipped[dt.date(2027, 1, 1)] == "New Year's Day"


def test_russian_app_language_gives_russian_names(foreign_environment) -> None:
    assert holiday_lookup("RU", START, language="ru")(ORTHODOX_CHRISTMAS) == "Рождество Христово"
    assert holiday_lookup("RU", START, language="ru_RU")(dt.date(2027, 1, 1)) == "Новогодние каникулы"
    assert holiday_lookup("BY", START, language="ru")(ORTHODOX_CHRISTMAS) == \
        "Рождество Христово (православное Рождество)"
    assert holiday_lookup("KG", START, language="ru")(ORTHODOX_CHRISTMAS) == "Рождество Христово"  # via ru_KG


def test_ukrainian_app_language_gives_ukrainian_names(foreign_environment) -> None:
    ukraine = holiday_lookup("UA", dt.date(2021, 1, 1), language="uk_UA")
    assert ukraine(dt.date(2021, 1, 1)) == "Новий рік"
    assert ukraine(dt.date(2021, 1, 7)) == "Різдво Христове"
    assert holiday_lookup("DE", START, language="uk")(CHRISTMAS) == "Перший день Різдва"


def test_unsupported_app_language_falls_back_to_the_countrys_own(foreign_environment) -> None:
    # Germany has no Russian names, Russia no Ukrainian ones: the country's own language, not LANG's.
    assert holiday_lookup("DE", START, language="ru")(CHRISTMAS) == "Erster Weihnachtstag"
    assert holiday_lookup("RU", START, language="uk")(ORTHODOX_CHRISTMAS) == "Рождество Христово"
    assert holiday_lookup("BY", START, language="uk")(ORTHODOX_CHRISTMAS) == \
        "Нараджэнне Хрыстова (праваслаўнае Раство)"


def test_figures_carry_their_language(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.start_date", "2026-12-21")
    plan = edit(plan, "schedule.holiday_country", "RU")
    russian = {d.date: d for d in figures_for(plan, kb, "ru").skipped}
    english = {d.date: d for d in figures_for(plan, kb).skipped}
    assert russian[ORTHODOX_CHRISTMAS].holiday == "Рождество Христово"
    assert english[ORTHODOX_CHRISTMAS].holiday == "Christmas Day"
    assert russian.keys() == english.keys()  # the same dates in every language
    assert figures_for(plan, kb, "ru").language == "ru" and figures_for(plan, kb).language == "en"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "en"), ("ru", "ru"), ("uk", "uk"), ("ru_RU", "ru_RU"), ("ru-ru", "ru_RU"),
    ("uk_UA.UTF-8", "uk_UA"),
    ("de_DE@euro", "de_DE"), ("zh-Hant", "zh_Hant"), ("C", "en"), ("POSIX", "en"), ("", "en"), (None, "en"),
    ("C.UTF-8", "en"), ("not a language", "en"),
])
def test_normalise_language(language, expected) -> None:
    assert normalise_language(language) == expected


@pytest.mark.parametrize(("supported", "default", "language", "expected"), [
    (("de", "en_US", "th", "uk"), "de", "en", "en_US"),
    (("de", "en_US", "th", "uk"), "de", "en_GB", "en_US"),
    (("de", "en_US", "th", "uk"), "de", "ru", "de"),
    (("de", "en_US", "th", "uk"), "de", "uk_UA", "uk"),
    (("en_GB", "en_US", "th"), "en_GB", "en", "en_GB"),
    (("en_GB", "en_US", "th"), "en_GB", "en_US", "en_US"),
    (("en_GB", "th"), "en_GB", "ru", "en_GB"),
    (("ar", "en_GB", "fr"), "ar", "en", "en_GB"),
    (("ar", "en_AU", "en_NZ"), "ar", "en", "en_AU"),
    (("en_US", "ky", "ru_KG"), "ky", "ru", "ru_KG"),
    (("en_US", "ky", "ru_KG"), "ky", "ru_RU", "ru_KG"),
    (("be", "en_US", "ru", "th"), "be", "ru_RU", "ru"),
    (("en_US", "ru", "th", "zh_CN"), "ru", "C", "en_US"),
    ((), None, "ru", None),
])
def test_holiday_language_choice(supported, default, language, expected) -> None:
    assert holiday_language(supported, default, language) == expected


def test_is_english() -> None:
    assert all(is_english(x) for x in ("en", "en_US", "en-GB", "C", "POSIX", None))
    assert not any(is_english(x) for x in ("ru", "uk_UA", "de", "zh-Hant"))


def test_every_country_gets_a_language_it_supports() -> None:
    """The holidays package reads the environment only for a language the country does not support."""
    import holidays

    locale_dir = Path(holidays.__file__).with_name("locale")
    translated = {path.stem for path in locale_dir.glob("*/LC_MESSAGES/*.mo")}
    countries = holidays.list_supported_countries()
    assert len(countries) > 100
    for code in countries:
        entity = getattr(holidays, code)
        for language in ("en", "ru", "uk", "de", "ru_RU", "C"):
            chosen = holiday_language(entity.supported_languages, entity.default_language, language)
            if entity.supported_languages:
                assert chosen in entity.supported_languages, (code, language, chosen)
            else:  # names never change: no translations to find in any environment
                assert code not in translated and getattr(entity, "country", code) not in translated, code
