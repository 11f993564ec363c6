"""Start the desktop application: fonts, translations, the error boundary, the main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from tmsplanner import __version__
from tmsplanner.app import SettingsStore
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.resources import resources_root
from tmsplanner.core.settings import AppSettings
from tmsplanner.proctime import exit_after_first_paint_requested


def load_fonts(app: QApplication) -> str:
    """Load PT Sans (Latin + Cyrillic) from its package and make it the application font."""
    import fontpkg_pt_sans

    family = ""
    for path in sorted((Path(fontpkg_pt_sans.ROOT) / "files").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return family


def app_icon() -> QIcon:
    """The application icon, from the bundled SVG (a null icon if the file is missing)."""
    return QIcon(str(resources_root() / "icons" / "tmsplanner.svg"))


def install_icon(app: QApplication) -> QIcon:
    """Make the tmsplanner icon every window's icon; name the desktop entry that carries it (Wayland)."""
    icon = app_icon()
    app.setWindowIcon(icon)
    QGuiApplication.setDesktopFileName("tmsplanner")
    return icon


def install_translations(app: QApplication, settings: AppSettings) -> list[QTranslator]:
    """Load Qt's and tmsplanner's translations for the language chosen in the settings (English by default)."""
    language = settings.language or "en"  # the setting, never the process locale
    QLocale.setDefault(QLocale(language))  # dates, weekdays and numbers in the chosen language
    ours = str(resources_root() / "i18n")
    translators = []
    # English plural forms first; a translation installed later is searched first.
    for locale, name, folder in ((QLocale(QLocale.Language.English), "tmsplanner", ours),
                                 (QLocale(language), "qtbase",
                                  QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                                 (QLocale(language), "tmsplanner", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def install_excepthook(window_getter) -> None:
    """The one boundary where unexpected errors become a readable dialog."""
    from tmsplanner.gui.dialogs import show_error

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        show_error(window_getter(), QApplication.translate("app", "Unexpected error"),
                   QApplication.translate("app", "Something went wrong: %s. The plan on screen was not changed "
                                                 "by the failed action; save your work.") % value, details)

    sys.excepthook = hook


class _FirstPaintProbe(QObject):
    """For benchmarks: report the first paint of the main window, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            from tmsplanner.proctime import first_paint_line

            print(first_paint_line(), flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main(argv: list[str] | None = None) -> int:
    """Open the main window (and the plan file given, if any)."""
    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    app.setApplicationName("tmsplanner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("tmsplanner")
    install_icon(app)
    store, message = SettingsStore.load()
    settings = store.settings
    load_fonts(app)
    app._translators = install_translations(app, settings)  # keep them alive
    from tmsplanner.gui.main_window import MainWindow

    window = MainWindow(bundled_knowledge_base(), store, message)
    install_excepthook(lambda: window)
    probe = None
    if exit_after_first_paint_requested():
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    plan_files = [a for a in args if not a.startswith("-")]
    if plan_files:
        window.files.open_path(Path(plan_files[0]), confirmed=True)
    elif probe is None:
        QTimer.singleShot(0, window.files.offer_recovery)
    return app.exec()


def run() -> None:
    """gui-scripts entry point."""
    sys.exit(main())


__all__ = ["QWidget", "main", "run"]
