"""Start the desktop application: fonts, translations, the error boundary, the main window."""

from __future__ import annotations

import linecache
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from tmsplanner import __version__
from tmsplanner.app import SettingsStore
from tmsplanner.app.plans import OpenedPlan, open_plan
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.resources import resources_root
from tmsplanner.core.settings import AppSettings
from tmsplanner.proctime import exit_after_first_paint_requested
from tmsplanner.startup import settle_collector


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


# Qt's own button words that read wrongly in Russian and Ukrainian: Qt's "Discard" is «Отклонить» /
# «Відхилити» ("reject"), where users expect «Не сохранять» / «Не зберігати». They are translated in
# Qt's own context in tmsplanner's catalogue, which is installed after Qt's and so searched first.
QT_WORDS = (QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),)


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


def _unsaved_words(window: QWidget | None) -> str:
    """What the failure left unsaved: the plan on screen, with or without unsaved changes."""
    doc = getattr(window, "doc", None)
    try:
        modified, path = bool(doc.modified), doc.path  # type: ignore[union-attr]
    except Exception:  # the window itself may be what failed
        return QApplication.translate("app", "Save the plan on screen under a new name before you go on.")
    if not modified:
        return QApplication.translate("app", "The plan on screen has no unsaved changes.")
    name = path.name if path is not None else QApplication.translate("app", "a new plan")
    return QApplication.translate("app", "The plan on screen (%s) has unsaved changes that were not saved; "
                                         "save them before you go on.") % name


def _error_words(value: BaseException) -> str:
    """An error's text, a tmsplanner error's in the interface language."""
    from tmsplanner.core.errors import worded
    from tmsplanner.gui.fields import words

    try:
        return worded(value, words())
    except Exception:  # the hook must show something whatever failed
        return str(value)


def install_excepthook(window_getter) -> None:
    """The one boundary where unexpected errors become a readable dialog naming the log file."""
    from tmsplanner.app.errorlog import describe, log_text
    from tmsplanner.gui.alerts import show_error

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))  # shown in the dialog only
        value.__traceback__ = tb
        logged = describe(value)  # what leaves the screen names no patient
        sys.stderr.write(logged)
        log = log_text(logged, "tmsplanner gui")
        where = (QApplication.translate("app", "The details were written to %s.") % log if log
                 else QApplication.translate("app", "The details could not be written to a log file; "
                                                    "they are shown below."))
        try:
            window = window_getter()
        except Exception:
            window = None
        failed = QApplication.translate("app", "Something went wrong: %s. The action that failed was not "
                                               "completed and nothing from it was saved.") % _error_words(value)
        show_error(window, QApplication.translate("app", "Unexpected error"),
                   " ".join((failed, _unsaved_words(window), where)), technical=details)

    sys.excepthook = hook


def plan_file_args(args: list[str]) -> list[str]:
    """The plan files among the window's arguments.

    Everything after ``--`` is a file; before it, an argument starting with '-'
    is a file when it ends in .tmsplan or names an existing file (``gui
    -x.tmsplan``), otherwise an option, ignored.
    """
    files: list[str] = []
    rest = False
    for arg in args:
        if rest:
            files.append(arg)
        elif arg == "--":
            rest = True
        elif not arg.startswith("-") or arg.lower().endswith(".tmsplan") or Path(arg).is_file():
            files.append(arg)
    return files


class _FirstPaintProbe(QObject):
    """For benchmarks: report the first paint of the main window, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            from tmsplanner.proctime import first_paint_line, leave_at_first_paint

            print(first_paint_line(), flush=True)
            leave_at_first_paint()
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _read_first(plan_files: list[str]) -> OpenedPlan | None:
    """The first plan file given, read and validated; None without one or when it cannot be read."""
    if not plan_files:
        return None
    try:
        return open_plan(Path(plan_files[0]))
    except Exception:  # opened again once the window is up, which says why
        return None


def main(argv: list[str] | None = None) -> int:
    """Open the main window (and the plan file given, if any)."""
    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0], *args])
        args = app.arguments()[1:]  # without the options Qt took (-style fusion, -platform ...)
    app.setApplicationName("tmsplanner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("tmsplanner")
    install_icon(app)
    store, message = SettingsStore.load()
    settings = store.settings
    load_fonts(app)
    from tmsplanner.gui.fields import readable_palette

    app.setPalette(readable_palette(app.palette()))  # placeholder and note text that reads (WCAG AA)
    app._translators = install_translations(app, settings)  # keep them alive
    from tmsplanner.gui.fields import words
    from tmsplanner.gui.main_window import MainWindow

    # Where PySide6's own look into each module's source is in use (see tmsplanner.gui), Python keeps what it
    # read for tracebacks: a few MiB of source text no traceback may ever need.
    linecache.clearcache()
    plan_files = plan_file_args(args)
    opened = _read_first(plan_files)  # shown at once: the window never checks a blank plan first
    window = MainWindow(bundled_knowledge_base(), store, message.words(words()) if message else None, opened)
    install_excepthook(lambda: window)
    probe = None
    if exit_after_first_paint_requested():
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    if plan_files and window.doc.path is not None:  # the recent files (a settings save) and an autosave to
        opened_path = window.doc.path                 # offer back follow once the window is up
        QTimer.singleShot(0, lambda: window.files.after_open(opened_path))
    elif plan_files:  # unreadable or not checkable: opening it says why, over the window
        window.files.open_path(Path(plan_files[0]), confirmed=True)
    elif probe is None:
        QTimer.singleShot(0, window.files.offer_recovery)
    QTimer.singleShot(0, settle_collector)  # once the window is up (a no-op unless the launcher quieted it)
    return app.exec()


def run() -> None:
    """gui-scripts entry point."""
    sys.exit(main())


__all__ = ["QWidget", "main", "run"]
