"""Menus, toolbar and file handling: new, open, save, recent files, autosave, export, preview, print.

Every file operation goes through the application layer (``tmsplanner.app``),
as the command line's do: the same validation, the same clinic check settings,
the same draft rule. :class:`FileActions` gets what it works on explicitly (the
plan document, the settings store, a callback to apply a preset) and reports
status lines through a signal; it never imports the main window.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressDialog, QWidget

from tmsplanner.app import (
    CheckedPlan,
    SettingsStore,
    blank_plan,
    clinic_check_settings,
    export_calendar,
    export_pdf,
    open_plan,
)
from tmsplanner.app.autosave import Autosave, AutosaveSession, cleanup_at_start, discard, orphans
from tmsplanner.app.plans import FileChangedError, new_plan_id
from tmsplanner.core.errors import FileError, worded
from tmsplanner.core.plan import Plan
from tmsplanner.core.screening import screening_needs_draft, screening_open_items
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.alerts import show_error
from tmsplanner.gui.clinic_sync import ClinicSync
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import words
from tmsplanner.gui.printing import PrintError, match_paper, pdf_preview_available, print_available, print_pdf

if TYPE_CHECKING:
    from tmsplanner.gui.dialogs import PdfPreviewDialog


def fill(text: str, *values: str) -> str:
    """Put ``values`` into a translated text's %1, %2, … in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], text)


def unsaved_question(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The unsaved-changes question, not yet shown: Save (the default), Don't save, Cancel (Escape).

    Its own buttons, not Qt's standard Save and Discard: those have no
    mnemonics on Linux, and Qt's "Discard" reads as "reject" in Russian and
    Ukrainian. The buttons' roles order them as the platform does.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("FileActions", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName("unsaved_save")
    discard = box.addButton(QCoreApplication.translate("FileActions", "&Don't save"),
                            QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("unsaved_discard")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("unsaved_cancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    return box


def unsaved_answer(box: QMessageBox) -> QMessageBox.StandardButton:
    """What the user chose in :func:`unsaved_question`: Save, Discard (don't save) or Cancel."""
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"unsaved_save": QMessageBox.StandardButton.Save,
            "unsaved_discard": QMessageBox.StandardButton.Discard}.get(name, QMessageBox.StandardButton.Cancel)


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """Ask whether to save unsaved changes: Save, Discard (don't save) or Cancel (also Escape and closing)."""
    box = unsaved_question(parent, title, text)
    try:
        box.exec()
        return unsaved_answer(box)
    finally:
        box.deleteLater()


def ask_safely(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question whose default is No: Enter never makes a draft, overwrites or shares by accident."""
    return QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes


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
    settingsApplied = Signal()  # the clinic's settings were changed in the Settings dialog

    def __init__(self, window: QMainWindow, doc: PlanDocument, store: SettingsStore,
                 apply_preset: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.store = store
        self._apply_preset = apply_preset
        # This window's autosave: its own file, under its own lock (another instance's is never touched).
        self.autosaves = AutosaveSession()
        self._new_id = secrets.token_hex(8)  # names the autosave of a plan never saved
        self._autosave_failing = False
        self.autosave_warning = QLabel()
        self.autosave_warning.setObjectName("autosave_warning")
        self.autosave_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.autosave_warning.hide()
        window.statusBar().addPermanentWidget(self.autosave_warning)
        self._build_menus()
        folders = [Path(self.settings.export_folder)] if self.settings.export_folder else []
        for recent in self.settings.recent_files:
            try:
                folders.append(Path(recent).parent)
            except ValueError:
                pass
        cleanup_at_start(folders)  # temporary files a killed instance left behind
        self.autosave_timer = QTimer(self, timeout=self.autosave)
        self.autosave_timer.start(store.settings.autosave_interval_s * 1000)
        self.clinic = ClinicSync(self, lambda: self.settings, self._use_clinic_settings, self.statusMessage.emit)

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
        self.recover_action = self._action(self.tr("Recover &unsaved plans…"), self.offer_recovery, None, "recover")
        self.save_action = self._action(self.tr("&Save"), self.save, keys.Save, "save")
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_as, keys.SaveAs, "save_as")
        self.export_action = self._action(self.tr("&Export PDF…"), self.export_pdf, QKeySequence("Ctrl+E"), "export")
        self.ics_action = self._action(self.tr("Export &calendar (.ics)…"), self.export_ics, None, "export_ics")
        self.preview_action = self._action(self.tr("Print pre&view…"), self.preview, QKeySequence("Ctrl+Shift+P"),
                                           "preview")
        self.preview_action.setEnabled(pdf_preview_available())
        self.print_action = self._action(self.tr("Pr&int…"), self.print_plan, keys.Print, "print")
        self.print_action.setEnabled(print_available())
        self.quit_action = self._action(self.tr("&Quit"), w.close, keys.Quit, "quit")
        self.undo_action = self.doc.undo_stack.createUndoAction(w, self.tr("&Undo"))
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcuts(_bindings(keys.Undo, "Ctrl+Z"))
        self.redo_action = self.doc.undo_stack.createRedoAction(w, self.tr("&Redo"))
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts(_bindings(keys.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
        # "Undo: Block 1 › Intensity" — the step in clinical words after a colon (Qt would join them with a space).
        self.doc.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.doc.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        self.settings_action = self._action(self.tr("&Settings…"), self.edit_settings, keys.Preferences, "settings")
        self.beam_action = self._action(self.tr("&Beam F3 calculator…"), self.beam_f3, QKeySequence("Ctrl+B"),
                                        "beam_f3")
        file_menu = w.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.preset_action, self.open_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addAction(self.recover_action)
        file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.export_action, self.ics_action,
                       self.preview_action, self.print_action):
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
                       self.export_action, self.preview_action, self.print_action):
            bar.addAction(action)
        self._fill_recent()

    def shortcut_actions(self) -> list[QAction]:
        """The window's actions that have keyboard shortcuts (they work from every field of the window)."""
        actions = (self.new_action, self.preset_action, self.open_action, self.save_action, self.save_as_action,
                   self.export_action, self.ics_action, self.preview_action, self.print_action, self.quit_action,
                   self.undo_action, self.redo_action, self.settings_action, self.beam_action)
        return [action for action in actions if action.shortcuts()]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            # "&&": an ampersand in a path is shown, not taken for a mnemonic
            self.recent_menu.addAction(path.replace("&", "&&"), lambda p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _remember(self, path: Path) -> None:
        self._settings_saved(self.store.remember(path))
        self._fill_recent()

    def _settings_saved(self, problem: str | None) -> None:
        if problem:
            self.warn(self.tr("Settings"), self.tr("Settings could not be saved: %s") % worded(problem, words()))

    def _undo_text_changed(self, step: str) -> None:
        if shiboken6.isValid(self.undo_action):  # the window may be closing while the stack is cleared
            self.undo_action.setText(self.step_words(self.tr("&Undo"), step))

    def _redo_text_changed(self, step: str) -> None:
        if shiboken6.isValid(self.redo_action):
            self.redo_action.setText(self.step_words(self.tr("&Redo"), step))

    def step_words(self, action: str, step: str) -> str:
        """An Undo or Redo action's text naming the step: "&Undo: Block 1 › Intensity"; just "&Undo" without one."""
        return self.tr("%1: %2").replace("%1", action).replace("%2", step.replace("&", "&&")) if step else action

    # -- messages ----------------------------------------------------------------
    def warn(self, title: str, message: str) -> None:
        """A non-fatal message."""
        QMessageBox.warning(self.window, title, message)

    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on (the autosave is then dropped)."""
        if not self.doc.modified:
            self._clear_autosave()
            return True
        answer = ask_unsaved(self.window, self.tr("Unsaved changes"),
                             self.tr("The plan has unsaved changes. Save them first?"))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._clear_autosave()  # deliberately discarded
            return True
        return False

    # -- file operations -----------------------------------------------------------
    def new(self) -> None:
        """Start a blank plan."""
        if self.confirm_discard():
            self.doc.reset(blank_plan(self.doc.kb, dt.date.today(), holiday_country=self.settings.holiday_country))
            self._new_id = secrets.token_hex(8)

    def new_from_preset(self) -> None:
        """Choose a preset and apply it (undoable)."""
        from tmsplanner.gui.dialogs import PresetDialog  # the dialogs load when first opened

        dialog = PresetDialog(self.doc.kb, self.window)
        if dialog.exec() and dialog.selected_id():
            self._apply_preset(dialog.selected_id())

    def open(self) -> None:
        """Choose a plan file and open it."""
        if not self.confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open plan"), self._folder(),
                                              self.tr("tmsplanner plans (*.tmsplan)"))
        if name:
            self.open_path(Path(name), confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open a plan; on failure say why and keep the current plan exactly as it was.

        Unsaved changes to this file autosaved by an instance that did not
        close normally are offered back at once.
        """
        if not confirmed and not self.confirm_discard():
            return False
        try:
            opened = open_plan(path)
            self.doc.reset(opened.plan, opened.path, stamp=opened.stamp)
        except FileError as exc:
            show_error(self.window, self.tr("Cannot open plan"),
                       self.tr("The plan could not be opened. The plan on screen was not changed."),
                       exc.words(words()))
            return False
        except Exception as exc:  # the plan was read but cannot be checked: the document is unchanged
            show_error(self.window, self.tr("Cannot open plan"),
                       self.tr("The plan could not be opened (%s). The plan on screen was not changed.")
                       % type(exc).__name__, technical="".join(traceback.format_exception(exc)))
            return False
        self.after_open(opened.path)
        return True

    def after_open(self, path: Path) -> None:
        """What follows opening a plan file: it joins the recent files; its unsaved changes autosaved by an
        instance that did not close normally are offered back."""
        self._remember(path)
        for autosave in orphans():
            if autosave.belongs_to(path) and self._offer(autosave):
                break

    def save(self) -> bool:
        """Save to the current file (or ask for one)."""
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save."""
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save plan"), self._suggest(".tmsplan"),
                                              self.tr("tmsplanner plans (*.tmsplan)"))
        if not name:
            return False
        path = Path(name)
        return self._save_to(path if path.suffix else path.with_suffix(".tmsplan"))

    def _share(self) -> bool:
        """Save the plan to the clinic's store first, when the settings name one; False: nothing is saved.

        Someone else's newer revision refuses the save, naming them, and offers to reload; a store out of
        reach refuses it too, keeping the changes on screen (and autosaved) to be saved again later.
        """
        address = self.settings.record_store
        if not address:
            return True
        from tmsplanner.app.plans import new_plan_id
        from tmsplanner.app.shared_plans import share_plan
        from tmsplanner.app.store import StaleRevision, StoreError, open_store

        if self.doc.plan.plan_id is None:
            self.doc.apply("plan_id", new_plan_id())
        try:
            with open_store(address) as store:
                share_plan(store, self.doc.plan, self.doc.base_version)
        except StaleRevision as exc:
            reload = ask_safely(self.window, self.tr("Plan changed in the clinic's record"),
                                fill(self.tr("Nothing was saved: %1. Reload the plan as it was saved there? Your "
                                             "changes on screen are then discarded."), exc.words(words())))
            if reload:
                self._reload_shared(address)
            return False
        except StoreError as exc:
            show_error(self.window, self.tr("Cannot save plan"),
                       self.tr("The clinic's record cannot be reached, so nothing was saved. Your changes stay on "
                               "screen and in the autosave; save again when the connection is back."),
                       exc.words(words()))
            return False
        return True

    def _reload_shared(self, address: str) -> None:
        from tmsplanner.app.store import StoreError, open_store

        plan_id = self.doc.plan.plan_id
        try:
            with open_store(address) as store:
                found = store.load_plan(plan_id) if plan_id else None
        except StoreError as exc:
            show_error(self.window, self.tr("Cannot open plan"), self.tr("The plan on screen was not changed."),
                       exc.words(words()))
            return
        if found is not None:
            self.doc.reset(found[0], self.doc.path, modified=True, stamp=self.doc.stamp)
            self.doc.base_version = found[1].version

    def _save_to(self, path: Path) -> bool:
        if not self._share():
            self.statusMessage.emit(self.tr("Not saved"), 10000)
            return False
        try:
            try:
                self.doc.save(path)
            except FileChangedError as exc:
                if not self._overwrite_changed(path, exc):
                    self.statusMessage.emit(self.tr("Not saved: %s changed on disk") % path, 10000)
                    return False
                self.doc.save(path, force=True)
        except FileError as exc:
            shared = self.tr("The plan was not saved to its file; the clinic's record already holds this "
                             "revision.") if self.settings.record_store else self.tr("The plan was not saved.")
            show_error(self.window, self.tr("Cannot save plan"), shared, exc.words(words()))
            return False
        self._clear_autosave()
        self._remember(path)
        self.statusMessage.emit(self.tr("Saved %s") % path, 5000)
        return True

    def _overwrite_changed(self, path: Path, exc: FileChangedError) -> bool:
        """The file changed on disk since it was read: ask before overwriting it (No keeps the file)."""
        if exc.current is None:
            text = self.tr("%s was deleted or moved since it was opened. Save the plan on screen there anyway?") \
                % path
        else:
            text = self.tr("%1 was changed on disk (at %2) since it was opened here, perhaps by another "
                           "tmsplanner window. Saving replaces those changes with the plan on screen. "
                           "Overwrite it?")
            text = fill(text, str(path), exc.current.modified.strftime("%Y-%m-%d %H:%M:%S"))
        return ask_safely(self.window, self.tr("File changed on disk"), text)

    def _folder(self) -> str:
        return self.settings.export_folder or str(Path.home())

    def _plan_folder(self) -> Path:
        """Where exports are suggested: the plan's own folder, else the export folder (else home)."""
        return self.doc.path.parent if self.doc.path else Path(self._folder())

    def _suggest(self, suffix: str) -> str:
        base = self.doc.path.with_suffix(suffix) if self.doc.path else \
            self._plan_folder() / f"{_file_name(self.doc.plan.patient.identifier)}{suffix}"
        return str(base)

    # -- export and preview ------------------------------------------------------------
    def _checked(self) -> CheckedPlan:
        """The plan and its findings, checked with the clinic's settings as they are now (see
        :meth:`ClinicSync.current`): what is printed or exported follows a change the clinic made while this
        window was open."""
        self.clinic.current()
        results = self.doc.results
        return CheckedPlan(self.doc.plan, results.figures, results.findings)

    def render(self) -> bytes:
        """The current plan as the PDF it would be exported as (a draft if it is blocked)."""
        return export_pdf(self._checked(), self.doc.kb, self.settings, export_date=dt.date.today(),
                          allow_draft=True, appendix=self.settings.print_appendix,
                          language=self._print_language()).data

    def export_pdf(self) -> bool:
        """Export a PDF; a plan with blocking findings only as a watermarked draft, if the user agrees."""
        checked = self._checked()
        blocking = checked.blocking
        if blocking and not ask_safely(
                self.window, self.tr("Blocking findings"),
                self.tr("This plan has %n blocking finding(s) and must not be delivered as planned. "
                        "Export a draft watermarked DRAFT — NOT FOR TREATMENT?", "", blocking)):
            return False
        if not blocking and not self._screening_draft_agreed(checked.plan):
            return False
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export PDF"), self._suggest(".pdf"),
                                              self.tr("PDF documents (*.pdf)"))
        if not name:
            return False
        try:
            export_pdf(checked, self.doc.kb, self.settings, export_date=dt.date.today(),
                       allow_draft=True, appendix=self.settings.print_appendix,
                       language=self._print_language()).write(Path(name))
        except FileError as exc:
            show_error(self.window, self.tr("Cannot export"), self.tr("The PDF was not written."),
                       exc.words(words()))
            return False
        self.statusMessage.emit(self.tr("Exported %s") % name, 5000)
        return True

    def export_ics(self) -> bool:
        """Export the delivered sessions as an iCalendar file; the patient's name only when asked for."""
        checked = self._checked()
        plan = checked.plan
        blocking = checked.blocking
        if blocking and not ask_safely(
                self.window, self.tr("Blocking findings"),
                self.tr("This plan has %n blocking finding(s). Export the sessions as DRAFT — NOT FOR TREATMENT "
                        "events?", "", blocking)):
            return False
        if plan.plan_id is None:
            # Calendar UIDs come from a random plan id stored in the plan (stable across exports,
            # naming no patient); a plan written before ids were stored gets one now, as an edit to save.
            self.doc.apply("plan_id", new_plan_id(), self.tr("Assign a plan id"), merge=False)
            checked = self._checked()
            plan = checked.plan
        # Beside the plan, as the PDF; named by the patient identifier, never the plan file's name,
        # which may hold the patient's name.
        suggested = str(self._plan_folder() / f"{_file_name(plan.patient.identifier)}.ics")
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
            export_calendar(checked, export_date=dt.datetime.now(dt.UTC), include_patient_name=with_name,
                            allow_draft=True, language=self._print_language(), clinic=self.settings).write(path)
        except FileError as exc:
            show_error(self.window, self.tr("Cannot export"), self.tr("The calendar was not written."),
                       exc.words(words()))
            return False
        self.statusMessage.emit(self.tr("Exported %s") % path, 5000)
        return True

    def preview(self) -> PdfPreviewDialog | None:
        """Show the PDF as it would be exported."""
        if not pdf_preview_available():
            return None
        try:
            pdf = self.render()
        except FileError as exc:  # e.g. a name with characters no PDF font can print
            show_error(self.window, self.tr("Print preview"), self.tr("The preview cannot be shown."),
                       exc.words(words()))
            return None
        blocking = self._checked().blocking  # of the plan the pages shown were made from
        from tmsplanner.gui.dialogs import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, self.window)
        dialog.printRequested.connect(lambda: self.print_pages(dialog.pdf, blocking, dialog))
        dialog.exportRequested.connect(self.export_pdf)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def print_plan(self) -> int:
        """Print the plan: the pages of the PDF it would be exported as, on a printer chosen in the print dialog.

        A plan with blocking findings prints only as the watermarked draft,
        if the user agrees, as it exports. Returns the number of pages printed.
        """
        checked = self._checked()
        if not self._draft_to_print(checked.blocking, self.window):
            return 0
        if not checked.blocking and not self._screening_draft_agreed(checked.plan):
            return 0
        try:
            pdf = export_pdf(checked, self.doc.kb, self.settings, export_date=dt.date.today(), allow_draft=True,
                             appendix=self.settings.print_appendix,
                             language=self._print_language()).data
        except FileError as exc:  # e.g. a name with characters no PDF font can print
            show_error(self.window, self.tr("Cannot print"), self.tr("The plan was not printed."),
                       exc.words(words()))
            return 0
        return self._print(pdf, self.window)

    def print_pages(self, pdf: bytes, blocking: int = 0, parent: QWidget | None = None) -> int:
        """Print the pages of ``pdf`` (the preview's) through the print dialog, under the draft rule.

        ``blocking`` is the number of blocking findings of the plan the PDF
        was made from; ``parent`` the window the print dialog belongs to.
        """
        parent = parent or self.window
        if not self._draft_to_print(blocking, parent):
            return 0
        return self._print(pdf, parent)

    def _print_language(self) -> str:
        """The language plans are printed in: the setting, else the interface's."""
        return self.settings.print_language or self.settings.language or "en"

    def _screening_draft_agreed(self, plan: Plan) -> bool:
        """True unless the screening has unconfirmed open items and the user declines the draft they make."""
        if not screening_needs_draft(plan):
            return True
        count = len(screening_open_items(plan))
        return ask_safely(
            self.window, self.tr("Safety screening incomplete"),
            self.tr("%n safety screening item(s) are unanswered and no clinician has confirmed them. The plan prints "
                    "as a draft watermarked DRAFT — NOT FOR TREATMENT until they are answered or confirmed "
                    "(Screening tab). Make the draft?", "", count))

    def _draft_to_print(self, blocking: int, parent: QWidget) -> bool:
        """The draft rule for printing: True if the plan has no blocking findings or the user agrees to a draft."""
        return not blocking or ask_safely(
            parent, self.tr("Blocking findings"),
            self.tr("This plan has %n blocking finding(s) and must not be delivered as planned. "
                    "Print a draft watermarked DRAFT — NOT FOR TREATMENT?", "", blocking))

    def _print(self, pdf: bytes, parent: QWidget) -> int:
        """Ask for a printer, page range and copies in the print dialog, then print; return the pages printed."""
        if not print_available():
            return 0
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.doc.path.stem if self.doc.path else "tmsplanner")
        count = match_paper(printer, pdf)
        dialog = QPrintDialog(printer, parent)
        try:
            dialog.setMinMax(1, max(1, count))
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            shiboken6.delete(dialog)  # now, while the printer it points to exists; none piles up under parent
        if not accepted:
            return 0
        progress = QProgressDialog(parent)  # shown only if printing takes a while; Qt's own Cancel button
        progress.setLabelText(self.tr("Printing…"))
        progress.setWindowTitle(self.tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            printed = print_pdf(pdf, printer, progress=step)
        except PrintError as exc:
            show_error(parent, self.tr("Cannot print"), self.tr("The printer could not be started."), str(exc))
            return 0
        finally:
            cancelled = progress.wasCanceled()
            progress.reset()
            progress.deleteLater()
        if cancelled:
            self.statusMessage.emit(self.tr("Printing cancelled"), 5000)
        else:
            self.statusMessage.emit(self.tr("Printed %n page(s)", "", printed), 5000)
        return printed

    def beam_f3(self):
        """Open the Beam F3 calculator for the left DLPFC."""
        from tmsplanner.gui.beam_f3_dialog import open_beam_f3_dialog

        return open_beam_f3_dialog(self.window)

    def edit_settings(self) -> None:
        """Edit clinic settings and re-check with them (sharing the clinic-wide ones through a clinic store)."""
        from tmsplanner.gui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
        before, read = self.settings, self.clinic.revision  # what the dialog shows was made from
        if dialog.exec():
            settings = dialog.result_settings()
            language_changed = (settings.language or "en") != (self.settings.language or "en")
            self._settings_saved(self.store.update(settings))
            if language_changed:
                self.statusMessage.emit(self.tr("The interface language changes when tmsplanner is started again"),
                                        15000)
            self._apply_settings(settings)
            if settings.record_store != before.record_store:  # another store: read its settings, share nothing
                self.clinic.revision = None
                self.clinic.read_now()
            elif settings.record_store:
                from tmsplanner.app.clinic_settings import clinic_part

                if clinic_part(settings) != clinic_part(before):
                    self._share_settings(settings, read)  # refused if the clinic's changed since the dialog opened

    def _apply_settings(self, settings: AppSettings) -> None:
        # The clinic's whole check policy, its own safety table included.
        check, problem = clinic_check_settings(settings, dt.date.today())
        self.doc.set_check_settings(check)
        self.doc.set_undo_limit(settings.undo_limit)
        self.settingsApplied.emit()
        if problem:
            self.warn(self.tr("Settings"), problem.words(words()))

    def sync_clinic_settings(self) -> None:
        """Read the clinic's shared settings now and use them (when the settings name a clinic store)."""
        self.clinic.read_now()

    def _use_clinic_settings(self, merged: AppSettings) -> None:
        self._settings_saved(self.store.update(merged))
        self._apply_settings(merged)

    def _share_settings(self, settings: AppSettings, read: int | None) -> None:
        """Share ``settings`` as the clinic's next revision after ``read`` (the one they were made from)."""
        from tmsplanner.app.clinic_settings import share_settings
        from tmsplanner.app.store import StaleRevision, StoreError, open_store

        try:
            with open_store(settings.record_store) as store:
                shared = share_settings(store, settings, read)
        except StaleRevision as exc:
            self.warn(self.tr("Settings"), self.tr("The clinic's settings were not shared: %s. This workstation "
                                                   "keeps its changes; open Settings again after reading the "
                                                   "clinic's.") % exc.words(words()))
            return
        except (StoreError, FileError) as exc:
            self.warn(self.tr("Settings"), self.tr("The clinic's settings were not shared (%s); they apply on this "
                                                   "workstation only.") % exc.words(words()))
            return
        self.clinic.revision = shared.revision
        self.statusMessage.emit(self.tr("The clinic's settings were shared (revision %s)") % shared.revision, 8000)

    # -- autosave and recovery ----------------------------------------------------------
    def autosave_path(self) -> Path | None:
        """This window's autosave file (None while there is none)."""
        return self.autosaves.file

    def autosave(self) -> bool:
        """Keep unsaved changes in this window's autosave file (atomically); True if they are kept.

        A failure is shown until an autosave succeeds again: a warning in the
        status bar, and once a dialog.
        """
        if not self.doc.modified:
            self._clear_autosave()  # what is on screen is what was saved
            return True
        try:
            self.autosaves.write(self.doc.plan, self.doc.path, self.doc.stamp, self._new_id)
        except (OSError, FileError) as exc:
            self._autosave_failed(worded(exc, words()))
            return False
        if self._autosave_failing:
            self._autosave_failing = False
            self.autosave_warning.hide()
            self.statusMessage.emit(self.tr("Autosave works again"), 5000)
        return True

    def _autosave_failed(self, reason: str) -> None:
        self.autosave_warning.setText(self.tr("Autosave failed: unsaved changes are not protected; save the plan"))
        self.autosave_warning.setToolTip(reason)
        self.autosave_warning.show()
        if not self._autosave_failing:
            self._autosave_failing = True
            self.warn(self.tr("Autosave failed"),
                      self.tr("Unsaved changes could not be autosaved, so a crash would lose them. "
                              "Save the plan to keep them.\n\n%s") % reason)

    def _clear_autosave(self) -> None:
        self.autosaves.clear()

    def offer_recovery(self) -> bool:
        """Offer the plans autosaved by instances that did not close normally; True if one was recovered.

        Each is offered in turn (newest first) until one is recovered: Yes
        recovers it, Discard deletes it, No keeps it for later.
        """
        for autosave in orphans():
            if self._offer(autosave):
                return True
        return False

    def _offer(self, autosave: Autosave) -> bool:
        """Offer one autosave, naming its file, patient and time; True if it was recovered."""
        when = autosave.saved_at.strftime("%Y-%m-%d %H:%M")
        patient = autosave.patient_identifier or self.tr("(unreadable)")
        where = str(autosave.source) if autosave.source is not None else self.tr("a new plan never saved")
        text = self.tr("tmsplanner did not close normally. Unsaved changes were found:\n\n"
                       "Patient: %1\nPlan: %2\nAutosaved: %3\n\nRecover them? "
                       "(Discard deletes them; No keeps them for later.)")
        text = fill(text, patient, where, when)
        answer = QMessageBox.question(
            self.window, self.tr("Recover unsaved plan"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Discard:
            discard(autosave)
            return False
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if autosave.plan is None:
            show_error(self.window, self.tr("Cannot recover"),
                       self.tr("The autosaved plan is damaged; it was kept as it is."),
                       worded(autosave.problem or "", words()))
            return False
        if self.doc.modified and not self.confirm_discard():
            return False
        try:
            self.doc.reset(autosave.plan, autosave.source, modified=True, stamp=autosave.source_stamp)
        except Exception as exc:  # the plan cannot be checked: the document and the autosave stay as they were
            show_error(self.window, self.tr("Cannot recover"),
                       self.tr("The autosaved plan could not be opened; it was kept. "
                               "The plan on screen was not changed."), "".join(traceback.format_exception(exc)))
            return False
        self._new_id = secrets.token_hex(8)
        try:  # this window's copy first, then the old file goes
            self.autosaves.adopt(autosave, autosave.plan, autosave.source, self._new_id)
        except (OSError, FileError) as exc:
            self._autosave_failed(worded(exc, words()))  # the old autosave is kept
        return True

    def finish(self) -> None:
        """On a clean close (nothing unsaved is left: saved or deliberately discarded), drop this window's autosave."""
        self.autosave_timer.stop()
        self.clinic.stop()
        if not self.doc.modified:
            self._clear_autosave()
        self.autosaves.close()


def _bindings(key: QKeySequence.StandardKey, *also: str) -> list[QKeySequence]:
    """The platform's key bindings for a standard key, then ``also`` (each once)."""
    sequences: list[QKeySequence] = []
    for sequence in (*QKeySequence.keyBindings(key), *(QKeySequence(text) for text in also)):
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    return sequences


def _file_name(text: str) -> str:
    """``text`` usable as a file name on every system (path separators and reserved characters replaced)."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]', "_", text).strip().strip(".")
    return name or "plan"
