"""What is kept between runs (the evidence base, the message catalogues, public holidays) is served only
while everything it was derived from is unchanged: each test changes one input and sees a new answer."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tmsplanner.core import cache as kept
from tmsplanner.core import holiday_calendar, i18n
from tmsplanner.core.evidence import kb as kb_module
from tmsplanner.core.resources import resources_root


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A copy of the bundled resources the tests may change."""
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    return root


def _refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("derived again although the kept entry is current")


# -- the store itself -------------------------------------------------------------------------------------------


def test_an_entry_is_served_only_under_its_own_key(cache_home: Path) -> None:
    kept.store("thing", "a" * 64, {"value": 1})
    assert kept.load("thing", "a" * 64) == {"value": 1}
    assert kept.load("thing", "b" * 64) is None
    assert kept.load("other", "a" * 64) is None


def test_a_damaged_or_foreign_entry_is_a_miss(cache_home: Path) -> None:
    kept.store("thing", "a" * 64, list(range(1000)))
    path = cache_home / "thing.pickle"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut short, as by a full disk
    assert kept.load("thing", "a" * 64) is None
    path.write_bytes(b"not a cache entry at all")
    assert kept.load("thing", "a" * 64) is None


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(cache_home: Path) -> None:
    cache_home.parent.mkdir(parents=True)
    cache_home.write_text("a file where the folder should be", encoding="utf-8")
    kept.store("thing", "a" * 64, 1)  # no exception
    assert kept.load("thing", "a" * 64) is None


def test_the_cache_can_be_turned_off(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(kept.DISABLE_VARIABLE, "1")
    kept.store("thing", "a" * 64, 1)
    assert kept.load("thing", "a" * 64) is None
    assert not cache_home.exists()


def test_a_key_changes_with_any_input_and_its_order() -> None:
    def key(*pairs: tuple[str, str]) -> str:
        k = kept.Key("kind")
        for name, value in pairs:
            k.add(name, value)
        return k.hexdigest()

    base = key(("a", "1"), ("b", "2"))
    assert base == key(("a", "1"), ("b", "2"))
    assert base != key(("a", "1"), ("b", "3"))
    assert base != key(("b", "2"), ("a", "1"))
    assert key(("a", "12"), ("b", "")) != key(("a", "1"), ("b", "2"))  # lengths are part of the key


# -- the evidence base ------------------------------------------------------------------------------------------


def test_the_evidence_base_is_kept_and_served_while_current(cache_home: Path, resources: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    first = kb_module.cached_knowledge_base(resources)
    assert (cache_home / "evidence-base.pickle").is_file()
    monkeypatch.setattr(kb_module, "load_knowledge_base", _refuse)
    again = kb_module.cached_knowledge_base(resources)
    assert again == first
    assert again.rules.keys() == first.rules.keys()


def test_a_changed_evidence_file_is_read_again(cache_home: Path, resources: Path) -> None:
    kb_module.cached_knowledge_base(resources)
    rules = resources / "safety" / "rules.toml"
    text = rules.read_text(encoding="utf-8")
    rule = kb_module.load_knowledge_base(resources).rules["SAFE-TRAIN-001"]
    assert text.count(rule.title) >= 1
    rules.write_text(text.replace(rule.title, rule.title + " (changed)", 1), encoding="utf-8")
    changed = kb_module.cached_knowledge_base(resources)
    assert changed.rules["SAFE-TRAIN-001"].title == rule.title + " (changed)"


def test_a_new_safety_table_file_is_read(cache_home: Path, resources: Path) -> None:
    before = kb_module.knowledge_base_key(resources)
    extra = resources / "safety" / "limits" / "another.toml"
    shutil.copy(resources / "safety" / "limits" / f"{kb_module.DEFAULT_SAFETY_TABLE}.toml", extra)
    assert kb_module.knowledge_base_key(resources) != before


@pytest.mark.parametrize("what", ["pydantic", "code", "python"])
def test_new_code_or_packages_make_a_new_entry(what: str, cache_home: Path, resources: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    kb_module.cached_knowledge_base(resources)
    before = kb_module.knowledge_base_key(resources)
    if what == "pydantic":
        monkeypatch.setattr(kb_module.pydantic, "VERSION", "99.0.0")
    elif what == "code":
        real = kept.module_stamp
        monkeypatch.setattr(kept, "module_stamp",
                            lambda name: real(name) + (b"# edited" if name.endswith("models") else b""))
    else:
        monkeypatch.setattr(kb_module.sys, "version", "3.99.0 (another build)")
    assert kb_module.knowledge_base_key(resources) != before
    calls: list[object] = []
    real_load = kb_module.load_knowledge_base
    monkeypatch.setattr(kb_module, "load_knowledge_base", lambda root=None: calls.append(root) or real_load(root))
    kb_module.cached_knowledge_base(resources)
    assert calls == [resources]


def test_a_bad_evidence_file_is_refused_even_after_a_good_one_was_kept(cache_home: Path, resources: Path) -> None:
    kb_module.cached_knowledge_base(resources)
    (resources / "safety" / "rules.toml").write_text("[[rule]]\nid = 1\n", encoding="utf-8")
    with pytest.raises(kb_module.EvidenceError, match="rules.toml"):
        kb_module.cached_knowledge_base(resources)


# -- message catalogues -----------------------------------------------------------------------------------------


def _catalogue(monkeypatch: pytest.MonkeyPatch, root: Path, language: str) -> i18n.Catalogue:
    monkeypatch.setattr(i18n, "resources_root", lambda: root)
    return i18n.catalogue.__wrapped__(language)  # type: ignore[attr-defined]  # past the per-process cache


def test_a_catalogue_is_kept_and_served_while_current(cache_home: Path, resources: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    first = _catalogue(monkeypatch, resources, "ru")
    assert (cache_home / "messages-ru.pickle").is_file()
    monkeypatch.setattr(i18n, "_read_messages", _refuse)
    assert _catalogue(monkeypatch, resources, "ru") == first


def test_a_changed_catalogue_is_read_again(cache_home: Path, resources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _catalogue(monkeypatch, resources, "uk")
    assert before.gettext("note", "cli") != "note"
    po = resources / "i18n" / "messages" / "uk.po"
    text = po.read_text(encoding="utf-8")
    marker = 'msgctxt "cli"\nmsgid "note"\nmsgstr "'
    assert marker in text
    po.write_text(text.replace(marker, marker + "НОВЕ ", 1), encoding="utf-8")
    after = _catalogue(monkeypatch, resources, "uk")
    assert after.gettext("note", "cli") == "НОВЕ " + before.gettext("note", "cli")


def test_a_new_babel_makes_a_new_catalogue_entry(cache_home: Path, resources: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _catalogue(monkeypatch, resources, "ru")
    calls: list[str] = []
    real = i18n._read_messages
    monkeypatch.setattr(i18n, "_read_messages", lambda content, code: calls.append(code) or real(content, code))
    real_version = kept.package_version
    monkeypatch.setattr(kept, "package_version", lambda name, *a: "99.0" if name == "babel" else real_version(name, *a))
    _catalogue(monkeypatch, resources, "ru")
    assert calls == ["ru"]


# -- public holidays --------------------------------------------------------------------------------------------


@pytest.fixture
def fresh_holidays() -> Iterator[None]:
    cached = (holiday_calendar._calendar, holiday_calendar._live_calendar)
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:
        function.cache_clear()


def test_kept_holidays_are_the_holidays_package_s_own(cache_home: Path, fresh_holidays: None,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    start = dt.date(2026, 11, 23)
    live = dict(holiday_calendar._live_calendar("DE-BY", 2026, 2029, "ru"))
    first = holiday_calendar.holiday_lookup("DE-BY", start, language="ru")
    assert [first(day) for day in live] == list(live.values())
    holiday_calendar._calendar.cache_clear()
    holiday_calendar._live_calendar.cache_clear()
    monkeypatch.setattr(holiday_calendar, "_live_calendar", _refuse)
    again = holiday_calendar.holiday_lookup("DE-BY", start, language="ru")  # served from the kept entry
    assert [again(day) for day in live] == list(live.values())
    assert again(dt.date(2026, 12, 24)) is None


def test_a_new_holidays_package_computes_again(cache_home: Path, fresh_holidays: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    holiday_calendar.holiday_lookup("DE", dt.date(2026, 1, 5), language="uk")
    holiday_calendar._calendar.cache_clear()
    calls: list[str] = []
    real = holiday_calendar._live_calendar.__wrapped__
    monkeypatch.setattr(holiday_calendar, "_live_calendar", lambda *a: calls.append(a[0]) or real(*a))
    monkeypatch.setattr(holiday_calendar, "holidays_version", lambda: "99.0")
    lookup = holiday_calendar.holiday_lookup("DE", dt.date(2026, 1, 5), language="uk")
    assert calls == ["DE"]
    assert lookup(dt.date(2026, 10, 3)) is not None  # German Unity Day


def test_another_language_or_range_is_another_entry(cache_home: Path, fresh_holidays: None) -> None:
    english = holiday_calendar.holiday_lookup("DE-BY", dt.date(2026, 11, 23), language="en")
    russian = holiday_calendar.holiday_lookup("DE-BY", dt.date(2026, 11, 23), language="ru")
    assert english(dt.date(2026, 12, 25)) != russian(dt.date(2026, 12, 25))
    later = holiday_calendar.holiday_lookup("DE-BY", dt.date(2031, 1, 1), language="en")
    assert later(dt.date(2031, 12, 25)) == english(dt.date(2026, 12, 25))


def test_a_day_beyond_the_kept_years_asks_the_package(cache_home: Path, fresh_holidays: None) -> None:
    lookup = holiday_calendar.holiday_lookup("DE-BY", dt.date(2026, 11, 23), language="en")
    assert lookup(dt.date(2040, 12, 25)) == lookup(dt.date(2026, 12, 25))


def test_an_unknown_calendar_is_refused_and_never_kept(cache_home: Path, fresh_holidays: None) -> None:
    with pytest.raises(holiday_calendar.UnknownHolidayCalendar):
        holiday_calendar.holiday_lookup("XX", dt.date(2026, 11, 23))
    assert not cache_home.exists() or not list(cache_home.glob("holidays-*"))


def test_the_holidays_version_is_read_without_importing_the_package() -> None:
    import importlib.metadata
    import subprocess
    import sys

    assert holiday_calendar.holidays_version() == importlib.metadata.version("holidays")
    assert kept.package_version("babel") == importlib.metadata.version("babel")
    script = ("import sys; from tmsplanner.core.holiday_calendar import holidays_version; "
              "v = holidays_version(); print(v, 'holidays' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [importlib.metadata.version("holidays"), "False"]


def test_a_version_is_read_from_the_one_dist_info_beside_the_package(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A package whose version file computes its version: the installer's METADATA says it; two records of
    the same package (a stale one left behind) are not trusted and the metadata lookup decides."""
    import importlib

    site = tmp_path / "site"
    (site / "fakepkg").mkdir(parents=True)
    (site / "fakepkg" / "__init__.py").write_text("__version__ = compute()\n", encoding="utf-8")
    (site / "fakepkg-1.2.3.dist-info").mkdir()
    (site / "fakepkg-1.2.3.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fakepkg\nVersion: 1.2.3\n\nVersion: 9.9.9 in the description\n",
        encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    assert kept.package_version("fakepkg") == "1.2.3"
    (site / "fakepkg-1.2.4.dist-info").mkdir()
    (site / "fakepkg-1.2.4.dist-info" / "METADATA").write_text("Name: fakepkg\nVersion: 1.2.4\n", encoding="utf-8")
    found = kept.package_version("fakepkg")
    assert found in ("1.2.3", "1.2.4")  # what importlib.metadata picks among two; never a made-up value
    assert found == importlib.metadata.version("fakepkg")


def test_number_signs_are_kept_and_read_again_for_a_new_babel(cache_home: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.number_symbols.cache_clear()
    assert i18n.number_symbols("ru") == (",", "\u00a0", "-")
    assert (cache_home / "number-symbols-ru.pickle").is_file()
    i18n.number_symbols.cache_clear()
    import babel.numbers

    asked: list[str] = []
    real = babel.numbers.get_decimal_symbol
    monkeypatch.setattr(babel.numbers, "get_decimal_symbol", lambda language: asked.append(language) or real(language))
    assert i18n.number_symbols("ru") == (",", "\u00a0", "-")  # kept: Babel not asked
    assert asked == []
    i18n.number_symbols.cache_clear()
    real_version = kept.package_version
    monkeypatch.setattr(kept, "package_version", lambda name, *a: "99.0" if name == "babel" else real_version(name, *a))
    assert i18n.number_symbols("ru") == (",", "\u00a0", "-")
    assert asked == ["ru"]
    i18n.number_symbols.cache_clear()


def test_code_that_cannot_be_keyed_is_read_without_the_cache(cache_home: Path, resources: Path, fresh_holidays: None,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def no_code(name: str) -> bytes:
        raise kept.NoKey(f"{name}: no source or code to key a cache entry on")

    monkeypatch.setattr(kept, "module_stamp", no_code)
    loaded = kb_module.cached_knowledge_base(resources)
    assert loaded.rules.keys() == kb_module.load_knowledge_base(resources).rules.keys()
    assert _catalogue(monkeypatch, resources, "uk").gettext("note", "cli") == "примітка"
    assert holiday_calendar.holiday_lookup("DE", dt.date(2026, 1, 5))(dt.date(2026, 10, 3)) is not None
    assert not cache_home.exists() or list(cache_home.iterdir()) == []
