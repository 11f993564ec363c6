"""The print preview renders pages as they come into view and keeps only a few."""

from __future__ import annotations

import datetime as dt

import pytest
from planfactory import TODAY, edit, preset_plan
from PySide6.QtWidgets import QApplication

from tmsplanner.core.checks import CheckSettings
from tmsplanner.gui import dialogs
from tmsplanner.report import ReportOptions, export_plan


@pytest.fixture(scope="module")
def long_pdf(kb) -> bytes:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.phases",
                [{"name": "Maintenance", "weeks": 34, "sessions_per_week": 5}])
    return export_plan(plan, kb, CheckSettings(today=TODAY),
                       ReportOptions(export_date=dt.date(2026, 11, 27), draft=True))


def test_long_plan_preview_holds_a_few_pages(qtbot, long_pdf) -> None:
    dialog = dialogs.PdfPreviewDialog(long_pdf)
    qtbot.addWidget(dialog)
    pages = dialog.pages
    assert len(pages) >= 15 and not pages.cache  # nothing rendered before it is shown
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.drawn_pages()), timeout=10_000)
    assert dialog.drawn_pages()[0] == 0
    bar = dialog.area.verticalScrollBar()
    seen = set()
    for value in range(0, bar.maximum() + 1, max(1, dialog.area.viewport().height() // 2)):
        bar.setValue(value)
        QApplication.processEvents()
        seen.update(dialog.drawn_pages())
        assert len(pages.cache) <= dialogs.CACHE_PAGES
        assert set(dialog.drawn_pages()) <= set(pages.cache)
        assert set(dialog.visible_pages()[:1]) <= set(dialog.drawn_pages())
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert len(pages) - 1 in dialog.drawn_pages()
    assert len(seen) == len(pages)  # every page was drawn when it came into view
    dialog.close()


def test_pages_render_on_demand_with_a_bounded_cache(long_pdf) -> None:
    pages = dialogs.PdfPages(long_pdf, limit=3)
    try:
        first = pages[0]
        assert first.height() > first.width() > 800
        for index in range(len(pages)):
            pages[index]
            assert len(pages.cache) <= 3
        assert list(pages.cache) == [len(pages) - 3, len(pages) - 2, len(pages) - 1]
        assert pages[-1].size() == pages.sizes[-1]
    finally:
        pages.close()


def test_preview_of_an_unprintable_name_says_why(window, monkeypatch) -> None:
    from tmsplanner.gui import file_actions

    shown = []
    monkeypatch.setattr(file_actions, "show_error", lambda *args, **_: shown.append(args))
    assert window.doc.apply("patient.display_name", "محمد") is None
    assert window.files.preview() is None
    assert shown and "patient.display_name" in shown[0][3] and "U+0645" in shown[0][3]
