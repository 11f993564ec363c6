"""The application and window icon: the bundled SVG, drawn at every size a desktop asks for."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QImage

from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.app import app_icon, install_icon
from tmsplanner.gui.main_window import MainWindow


def visible_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0)


def test_running_window_has_the_tmsplanner_icon(qapp, qtbot) -> None:
    install_icon(qapp)
    window = MainWindow(bundled_knowledge_base(), AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.cacheKey() == qapp.windowIcon().cacheKey()
    pixmap = icon.pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() == 64 * pixmap.devicePixelRatio()
    image = pixmap.toImage()
    assert image.hasAlphaChannel()
    # The rounded square fills most of the 64 px, its corners stay transparent.
    assert visible_pixels(image) > 0.8 * image.width() * image.height()
    assert image.pixelColor(0, 0).alpha() == 0
    assert QGuiApplication.desktopFileName() == "tmsplanner"
    window.doc.undo_stack.setClean()


def test_icon_draws_at_small_and_large_sizes(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() >= size
        assert visible_pixels(image) > 0.5 * image.width() * image.height()
