"""The Russian and Ukrainian translations: complete, placeholders intact, and loaded by the real window."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from tmsplanner.core.resources import resources_root
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.main_window import MainWindow

I18N = resources_root() / "i18n"
LANGUAGES = ("ru", "uk")
PLACEHOLDER = re.compile(r"%[1-4sn]")
FORMAT_FIELD = re.compile(r"\{[a-z_]+\}")
TAGS = ("<b>", "<br/>")
CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """Every (context name, message element) of a Qt Linguist file."""
    root = ET.parse(path).getroot()
    return [(context.findtext("name"), message)
            for context in root.iter("context") for message in context.iter("message")]


def translations(message: ET.Element) -> list[str]:
    """The translated text, or each numerus form of it."""
    element = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.findall("numerusform")]
    return [element.text or ""]


def signature(text: str) -> tuple[Counter, Counter, tuple[int, ...]]:
    return (Counter(PLACEHOLDER.findall(text)), Counter(FORMAT_FIELD.findall(text)),
            tuple(text.count(tag) for tag in TAGS))


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return request.param


def test_translation_file_is_complete(language: str) -> None:
    path = I18N / f"tmsplanner_{language}.ts"
    assert ET.parse(path).getroot().get("language") == language
    template = messages(I18N / "tmsplanner.ts")
    translated = messages(path)
    assert [(c, m.findtext("source")) for c, m in translated] == [(c, m.findtext("source")) for c, m in template]
    for (context, message), (_, original) in zip(translated, template, strict=True):
        element = message.find("translation")
        assert element.get("type") is None, (context, message.findtext("source"))
        assert [ET.tostring(loc) for loc in message.findall("location")] == \
               [ET.tostring(loc) for loc in original.findall("location")]
        texts = translations(message)
        assert len(texts) == (3 if message.get("numerus") == "yes" else 1)
        assert all(text.strip() for text in texts), (context, message.findtext("source"))


def test_placeholders_and_markup_are_kept(language: str) -> None:
    for context, message in messages(I18N / f"tmsplanner_{language}.ts"):
        source = message.findtext("source")
        for text in translations(message):
            assert signature(text) == signature(source), (context, source, text)
            assert text.count("&") == source.count("&"), (context, source, text)


def test_draft_watermark_phrase_is_translated(language: str) -> None:
    phrase = {"ru": "ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ", "uk": "ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ"}[language]
    sources = [m for _, m in messages(I18N / f"tmsplanner_{language}.ts")
               if "DRAFT — NOT FOR TREATMENT" in m.findtext("source")]
    assert sources
    for message in sources:
        assert all(phrase in text for text in translations(message))


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of a text ("&File" -> "f"; "&&" is a shown ampersand), lower case; None if none."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def clashes(scope: str, texts: list[str]) -> list[str]:
    """Each mnemonic letter used more than once in one scope, with the texts that use it."""
    by_key: dict[str, list[str]] = {}
    for text in texts:
        if (key := mnemonic(text)) is not None:
            by_key.setdefault(key, []).append(text)
    return [f"{scope}: Alt+{key.upper()} in {users}" for key, users in by_key.items() if len(users) > 1]


def dialog_texts(dialog) -> list[str]:
    """The texts in a dialog that can carry a mnemonic: buttons, labels of a field, group and tab titles."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    shown = [w for w in dialog.findChildren(QWidget) if w.isVisibleTo(dialog)]
    texts = [w.text() for w in shown if isinstance(w, QAbstractButton)]
    texts += [w.text() for w in shown if isinstance(w, QLabel) and w.buddy() is not None]
    texts += [w.title() for w in shown if isinstance(w, QGroupBox)]
    texts += [w.tabText(k) for w in shown if isinstance(w, QTabBar) for k in range(w.count())]
    return texts


def menu_clashes(menu, scope: str) -> list[str]:
    found = clashes(scope, [a.text() for a in menu.actions() if not a.isSeparator()])
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{scope} › {action.text()}")
    return found


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_mnemonics_are_unique_within_each_menu(qtbot, kb, tmp_path, monkeypatch, language: str) -> None:
    """Alt+letter reaches one thing in each scope, in every language: the window (menu bar, editor tabs and
    toolbar, all reachable at once), each menu, and each dialog the menus open."""
    from PySide6.QtWidgets import QToolBar, QToolButton

    from tmsplanner.gui import file_actions
    from tmsplanner.gui.app import install_translations
    from tmsplanner.gui.beam_f3_dialog import open_beam_f3_dialog
    from tmsplanner.gui.dialogs import PresetDialog, SettingsDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = QApplication.instance()
    installed = install_translations(app, AppSettings(language=language))
    try:
        win = MainWindow(kb, AppSettings(language=language))
        qtbot.addWidget(win)
        bar = win.menuBar()
        window_scope = [a.text() for a in bar.actions()]
        window_scope += [win.tabs.tabText(k) for k in range(win.tabs.count())]
        window_scope += [win.result_tabs.tabText(k) for k in range(win.result_tabs.count())]
        window_scope += [b.text() for t in win.findChildren(QToolBar) for b in t.findChildren(QToolButton)]
        found = clashes("window", window_scope)
        for action in bar.actions():
            found += menu_clashes(action.menu(), action.text())
        dialogs = {
            "settings": SettingsDialog(win.settings, win),
            "preset": PresetDialog(kb, win),
            "Beam F3": open_beam_f3_dialog(win),
            "unsaved changes": file_actions.unsaved_question(win, "", ""),
            "print preview": win.files.preview(),
        }
        for name, dialog in dialogs.items():
            assert dialog is not None, name
            qtbot.addWidget(dialog)
            texts = dialog_texts(dialog)
            if name in ("unsaved changes", "print preview"):  # the walk sees a dialog's mnemonics
                assert sum(mnemonic(t) is not None for t in texts) >= 2, (name, texts)
            found += clashes(name, texts)
            dialog.close()
        assert window_scope[0] != "&File" or language == "en"  # the translation is in use
        assert not found, "\n".join(found)
        win.doc.undo_stack.setClean()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_the_mnemonic_of_a_text() -> None:
    assert [mnemonic(t) for t in ("&File", "Sc&hedule", "R&&D", "R&&&D", "none", "end&")] == \
           ["f", "h", None, "d", None, None]


def ru_plural(n: int) -> int:
    """Index of the Russian numerus form (one, few, many) for n."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def test_main_window_in_russian(qtbot, kb, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(I18N / "tmsplanner_ru.qm"))
    assert app.installTranslator(translator)
    try:
        win = MainWindow(kb, AppSettings())
        qtbot.addWidget(win)
        try:
            assert win.menuBar().actions()[0].text() == "&Файл"
            titles = [win.tabs.tabText(k) for k in range(win.tabs.count())]
            assert titles[0] == "Па&циент"
            assert "&Стимуляция" in titles
            assert win.result_tabs.tabText(0) == "Показатели и сеансы"
            total = win.doc.results.figures.total_sessions
            form = ("%n сеанс", "%n сеанса", "%n сеансов")[ru_plural(total)]
            assert win.status.text() == form.replace("%n", str(total))
            assert all(CYRILLIC.search(win.tabs.tabText(k)) for k in range(win.tabs.count()))
        finally:
            win.doc.undo_stack.setClean()
            win.close()
    finally:
        app.removeTranslator(translator)


def test_holidays_in_the_russian_interface(qtbot, kb, tmp_path, monkeypatch) -> None:
    """Russian interface on a German workstation: Russian holiday names and words, not German ones."""
    from tmsplanner.core.holiday_calendar import _calendar

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name, value in (("LANG", "de_DE.UTF-8"), ("LC_ALL", "de_DE.UTF-8"), ("LANGUAGE", "de")):
        monkeypatch.setenv(name, value)
    _calendar.cache_clear()
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(I18N / "tmsplanner_ru.qm"))
    assert app.installTranslator(translator)
    QLocale.setDefault(QLocale("ru"))  # as gui/app.py does for the language setting "ru"
    try:
        win = MainWindow(kb, AppSettings(language="ru"))
        qtbot.addWidget(win)
        try:
            win.doc.apply("schedule.start_date", dt.date(2026, 12, 21))
            win.doc.apply("schedule.closures", [dt.date(2026, 12, 22)])
            win.doc.apply("schedule.holiday_country", "RU")
            text = win.derived.skipped.text()
            assert text.startswith("Пропущено: ") or "Пропущ" in text
            assert "праздничный день: Рождество Христово" in text
            assert "клиника закрыта" in text
            assert "Christmas" not in text and "Weihnacht" not in text and "public holiday" not in text
            assert win.derived.sessions.sessions.headerData(2, Qt.Orientation.Horizontal) == "День недели"
            pulses = win.doc.results.figures.total_pulses
            grouped = f"{pulses // 1000}\u00a0{pulses % 1000:03d}"  # Russian: thousands, no-break space
            assert pulses >= 1000 and grouped in win.derived.figures.labels["course"].text()
        finally:
            win.doc.undo_stack.setClean()
            win.close()
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
        _calendar.cache_clear()


def test_translation_template_is_up_to_date(tmp_path) -> None:
    """Every string the GUI passes to tr() is in the template (and so in every translation)."""
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    gui = Path(__file__).resolve().parents[2] / "tmsplanner" / "gui"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in gui.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    extracted = {(c, m.findtext("source")) for c, m in messages(fresh)}
    template = {(c, m.findtext("source")) for c, m in messages(I18N / "tmsplanner.ts")}
    assert extracted, "lupdate found no strings"
    assert extracted <= template, sorted(extracted - template)


def test_russian_plural_rule() -> None:
    assert [ru_plural(n) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 30, 101, 111)] == \
           [0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 2, 0, 2]


def test_the_findings_panel_speaks_the_interface_language(qtbot, kb) -> None:
    import re

    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.main_window import MainWindow

    window = MainWindow(kb, AppSettings(language="uk"))
    qtbot.addWidget(window)
    texts = window.findings.lines()
    assert texts and all(re.search("[іїєґ]", t) for t in texts), texts
    window.doc.undo_stack.setClean()


@pytest.mark.parametrize(("language", "expected"), [("ru", "Не сохранять"), ("uk", "Не зберігати"), ("en", "Discard")])
def test_the_discard_button_says_do_not_save(qtbot, language: str, expected: str) -> None:
    """Qt's own «Отклонить» / «Відхилити» reads as "reject"; the unsaved-changes question says «Не сохранять»."""
    from PySide6.QtWidgets import QMessageBox

    from tmsplanner.gui.app import install_translations

    app = QApplication.instance()
    installed = install_translations(app, AppSettings(language=language))
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "", "",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Discard).text().replace("&", "") == expected
        if language != "en":
            assert CYRILLIC.search(box.button(QMessageBox.StandardButton.Save).text())
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
