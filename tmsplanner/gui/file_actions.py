"""Menus, toolbar and file handling: new, open, save, recent files, autosave, export, preview.

Every file operation goes through the application layer (``tmsplanner.app``),
as the command line's do: the same validation, the same clinic check settings,
the same draft rule. :class:`FileActions` gets what it works on explicitly (the
plan document, the settings store, a callback to apply a preset) and reports
status lines through a signal; it never imports the main window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from tmsplanner.app import (
    CheckedPlan,
    SettingsStore,
    blank_plan,
    clinic_check_settings,
    export_calendar,
    export_pdf,
    open_plan,
)
from tmsplanner.core.errors import FileError
from tmsplanner.core.fileio import write_atomic
from tmsplanner.core.planio import dump_plan
from tmsplanner.core.settings import AppSettings, autosave_dir
from tmsplanner.gui.dialogs import (
    PdfPreviewDialog,
    PresetDialog,
    SettingsDialog,
    pdf_preview_available,
    show_error,
)
from tmsplanner.gui.document import PlanDocument

PLAN_FILTER = "tmsplanner plans (*.tmsplan)"
PDF_FILTER = "PDF (*.pdf)"


class FileActions(QObject):
    """Everything under the File, Edit and Tools menus.

    Parameters
    ----------
    window : QMainWindow
        Where the menus and the toolbar go, and the parent of every dialog.
    doc : PlanDocument
        The open plan.
    store : SettingsStore
        The clinic's settings (saved through it, never over a newer version's file).
    apply_preset : callable
        Starts a new plan from a preset id, keeping what the window keeps.
    """

    statusMessage = Signal(str, int)  # text, milliseconds

    def __init__(self, window: QMainWindow, doc: PlanDocument, store: SettingsStore,
                 apply_preset: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.store = store
        self._apply_preset = apply_preset
        self._build_menus()
        self.autosave_timer = QTimer(self, timeout=self.autosave)
        self.autosave_timer.start(store.settings.autosave_interval_s * 1000)

    @property
    def settings(self) -> AppSettings:
        """The clinic's settings in force."""
        return self.store.settings

    # -- menus -----------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        w, keys = self.window, QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), self.new, keys.New, "new")
        self.preset_action = self._action(self.tr("New from &preset…"), self.new_from_preset,
                                          QKeySequence("Ctrl+Shift+N"), "new_from_preset")
        self.open_action = self._action(self.tr("&Open…"), self.open, keys.Open, "open")
        self.save_action = self._action(self.tr("&Save"), self.save, keys.Save, "save")
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_as, keys.SaveAs, "save_as")
        self.export_action = self._action(self.tr("&Export PDF…"), self.export_pdf, QKeySequence("Ctrl+E"), "export")
        self.ics_action = self._action(self.tr("Export &calendar (.ics)…"), self.export_ics, None, "export_ics")
        self.preview_action = self._action(self.tr("Print pre&view…"), self.preview, keys.Print, "preview")
        self.preview_action.setEnabled(pdf_preview_available())
        self.quit_action = self._action(self.tr("&Quit"), w.close, keys.Quit, "quit")
        self.undo_action = self.doc.undo_stack.createUndoAction(w, self.tr("&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.doc.undo_stack.createRedoAction(w, self.tr("&Redo"))
        self.redo_action.setShortcut(keys.Redo)
        self.settings_action = self._action(self.tr("&Settings…"), self.edit_settings, keys.Preferences, "settings")
        self.beam_action = self._action(self.tr("&Beam F3 calculator…"), self.beam_f3, QKeySequence("Ctrl+B"),
                                        "beam_f3")
        file_menu = w.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.preset_action, self.open_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.export_action, self.ics_action,
                       self.preview_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = w.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        tools = w.menuBar().addMenu(self.tr("&Tools"))
        tools.addAction(self.beam_action)
        tools.addAction(self.settings_action)
        bar = w.addToolBar(self.tr("File"))
        bar.setObjectName("main_toolbar")
        stack = self.doc.undo_stack
        undo_tool = self._action(self.tr("Undo"), stack.undo, None, "undo_tool")
        redo_tool = self._action(self.tr("Redo"), stack.redo, None, "redo_tool")
        undo_tool.setEnabled(stack.canUndo())
        redo_tool.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo_tool.setEnabled)
        stack.canRedoChanged.connect(redo_tool.setEnabled)
        stack.undoTextChanged.connect(lambda text: undo_tool.setToolTip(self.tr("Undo %s") % text))
        stack.redoTextChanged.connect(lambda text: redo_tool.setToolTip(self.tr("Redo %s") % text))
        for action in (self.preset_action, self.open_action, self.save_action, undo_tool, redo_tool,
                       self.export_action, self.preview_action):
            bar.addAction(action)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self.recent_menu.addAction(path, lambda p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _remember(self, path: Path) -> None:
        self._settings_saved(self.store.remember(path))
        self._fill_recent()

    def _settings_saved(self, problem: str | None) -> None:
        if problem:
            self.warn(self.tr("Settings"), self.tr("Settings could not be saved: %s") % problem)

    # -- messages ----------------------------------------------------------------
    def warn(self, title: str, message: str) -> None:
        """A non-fatal message."""
        QMessageBox.warning(self.window, title, message)

    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        if not self.doc.modified:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"), self.tr("The plan has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- file operations -----------------------------------------------------------
    def new(self) -> None:
        """Start a blank plan."""
        if self.confirm_discard():
            self.doc.reset(blank_plan(self.doc.kb, dt.date.today()))

    def new_from_preset(self) -> None:
        """Choose a preset and apply it (undoable)."""
        dialog = PresetDialog(self.doc.kb, self.window)
        if dialog.exec() and dialog.selected_id():
            self._apply_preset(dialog.selected_id())

    def open(self) -> None:
        """Choose a plan file and open it."""
        if not self.confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open plan"), self._folder(), PLAN_FILTER)
        if name:
            self.open_path(Path(name), confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open a plan; on failure say why and keep the current plan."""
        if not confirmed and not self.confirm_discard():
            return False
        try:
            opened = open_plan(path)
        except FileError as exc:
            show_error(self.window, self.tr("Cannot open plan"), self.tr("The plan could not be opened."), str(exc))
            return False
        self.doc.reset(opened.plan, opened.path)
        self._remember(opened.path)
        return True

    def save(self) -> bool:
        """Save to the current file (or ask for one)."""
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save."""
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save plan"), self._suggest(".tmsplan"),
                                              PLAN_FILTER)
        if not name:
            return False
        path = Path(name)
        return self._save_to(path if path.suffix else path.with_suffix(".tmsplan"))

    def _save_to(self, path: Path) -> bool:
        try:
            self.doc.save(path)
        except FileError as exc:
            show_error(self.window, self.tr("Cannot save plan"), self.tr("The plan was not saved."), str(exc))
            return False
        self._clear_autosave()
        self._remember(path)
        self.statusMessage.emit(self.tr("Saved %s") % path, 5000)
        return True

    def _folder(self) -> str:
        return self.settings.export_folder or str(Path.home())

    def _suggest(self, suffix: str) -> str:
        base = self.doc.path.with_suffix(suffix) if self.doc.path else \
            Path(self._folder()) / f"{self.doc.plan.patient.identifier}{suffix}"
        return str(base)

    # -- export and preview ------------------------------------------------------------
    def _checked(self) -> CheckedPlan:
        results = self.doc.results
        return CheckedPlan(self.doc.plan, results.figures, results.findings)

    def render(self) -> bytes:
        """The current plan as the PDF it would be exported as (a draft if it is blocked)."""
        return export_pdf(self._checked(), self.doc.kb, self.settings, export_date=dt.date.today(),
                          allow_draft=True).data

    def export_pdf(self) -> bool:
        """Export a PDF; a plan with blocking findings only as a watermarked draft, if the user agrees."""
        checked = self._checked()
        blocking = checked.blocking
        if blocking and QMessageBox.question(
                self.window, self.tr("Blocking findings"),
                self.tr("This plan has %n blocking finding(s) and must not be delivered as planned. "
                        "Export a draft watermarked DRAFT — NOT FOR TREATMENT?", "", blocking)) \
                != QMessageBox.StandardButton.Yes:
            return False
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export PDF"), self._suggest(".pdf"), PDF_FILTER)
        if not name:
            return False
        try:
            export_pdf(checked, self.doc.kb, self.settings, export_date=dt.date.today(),
                       allow_draft=True).write(Path(name))
        except FileError as exc:
            show_error(self.window, self.tr("Cannot export"), self.tr("The PDF was not written."), str(exc))
            return False
        self.statusMessage.emit(self.tr("Exported %s") % name, 5000)
        return True

    def export_ics(self) -> bool:
        """Export the delivered sessions as an iCalendar file; the patient's name only when asked for."""
        checked = self._checked()
        plan = checked.plan
        blocking = checked.blocking
        if blocking and QMessageBox.question(
                self.window, self.tr("Blocking findings"),
                self.tr("This plan has %n blocking finding(s). Export the sessions as DRAFT — NOT FOR TREATMENT "
                        "events?", "", blocking)) != QMessageBox.StandardButton.Yes:
            return False
        suggested = str(Path(self._folder()) / f"{plan.patient.identifier}.ics")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export calendar"), suggested,
                                              self.tr("iCalendar (*.ics)"))
        if not name:
            return False
        path = Path(name)
        path = path if path.suffix else path.with_suffix(".ics")
        with_name = False
        if plan.patient.display_name:
            answer = QMessageBox.question(
                self.window, self.tr("Include the patient's name?"),
                self.tr("Calendar events are often shared or synced to phones and other people's calendars. "
                        "Include the patient's name in the events? Without it, only the patient identifier "
                        "is used."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            with_name = answer == QMessageBox.StandardButton.Yes
        try:
            export_calendar(checked, export_date=dt.date.today(), include_patient_name=with_name,
                            allow_draft=True).write(path)
        except FileError as exc:
            show_error(self.window, self.tr("Cannot export"), self.tr("The calendar was not written."), str(exc))
            return False
        self.statusMessage.emit(self.tr("Exported %s") % path, 5000)
        return True

    def preview(self) -> PdfPreviewDialog | None:
        """Show the PDF as it would be exported."""
        if not pdf_preview_available():
            return None
        dialog = PdfPreviewDialog(self.render(), self.window)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def beam_f3(self):
        """Open the Beam F3 calculator for the left DLPFC."""
        from tmsplanner.gui.beam_f3_dialog import open_beam_f3_dialog

        return open_beam_f3_dialog(self.window)

    def edit_settings(self) -> None:
        """Edit clinic settings and re-check with them."""
        dialog = SettingsDialog(self.settings, self.window)
        if dialog.exec():
            settings = dialog.result_settings()
            language_changed = (settings.language or "en") != (self.settings.language or "en")
            self._settings_saved(self.store.update(settings))
            if language_changed:
                self.statusMessage.emit(self.tr("The interface language changes when tmsplanner is started again"),
                                        15000)
            # The clinic's whole check policy, its own safety table included.
            check, problem = clinic_check_settings(settings, dt.date.today())
            self.doc.set_check_settings(check)
            if problem:
                self.warn(self.tr("Settings"), problem)

    # -- autosave and recovery ----------------------------------------------------------
    def autosave_path(self) -> Path:
        """Where unsaved changes are kept until saved or discarded."""
        return autosave_dir() / "current.tmsplan"

    def autosave(self) -> None:
        """Write unsaved changes to the autosave file (atomically)."""
        if not self.doc.modified:
            return
        try:
            self.autosave_path().parent.mkdir(parents=True, exist_ok=True)
            # unsaved patient data: readable by its owner only, whatever the umask
            write_atomic(self.autosave_path(), dump_plan(self.doc.plan), mode=0o600)
        except (OSError, FileError):
            self.statusMessage.emit(self.tr("Autosave failed"), 5000)

    def _clear_autosave(self) -> None:
        self.autosave_path().unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        """After a crash, offer the autosaved plan; True if it was recovered."""
        path = self.autosave_path()
        if not path.exists():
            return False
        when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(self.window, self.tr("Recover unsaved plan"),
                                      self.tr("tmsplanner found unsaved changes from %s. Recover them?") % when)
        if answer != QMessageBox.StandardButton.Yes:
            self._clear_autosave()
            return False
        try:
            self.doc.reset(open_plan(path).plan, modified=True)
        except FileError as exc:
            show_error(self.window, self.tr("Cannot recover"), self.tr("The autosaved plan is damaged."), str(exc))
            return False
        return True

    def finish(self) -> None:
        """On a clean close: no unsaved work is left, so drop the autosave."""
        self.autosave_timer.stop()
        self._clear_autosave()
