"""The clinic's shared settings kept in use, read from the clinic store without holding up the window.

A workstation whose settings name a clinic store uses the settings the clinic
shares there (the safety table, the motor-threshold age limit...). They are
read in a background thread: once when the window is shown, then every
:data:`REFRESH_S` seconds, so that a change made at another desk reaches this
one, and a store that cannot be reached (a server down, a network cut: the
connection gives up after its timeout) never freezes the window. The settings
read are applied in the window's thread.

What is printed or exported follows the clinic's settings as they are now:
:meth:`ClinicSync.current` is asked before every print and export. When no
read has finished yet, or the last one finished more than :data:`FRESH_S`
seconds ago, it waits for a read (the one under way, else one it starts) for at
most :data:`WAIT_S` seconds; a read that takes longer is applied when it ends.
A read that ends while a dialog is open is applied once it is closed. A store
that cannot be reached is said once in the status bar (not at every read) and
this workstation's own settings stay in use until a read succeeds again.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from tmsplanner.core.errors import FileError, Phrase, TmsPlannerError
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.fields import words

if TYPE_CHECKING:
    from tmsplanner.app.store import ClinicSettings

FRESH_S = 60.0
"""A print waits for (or makes) a read of the clinic's settings when the last one finished longer ago than this."""
REFRESH_S = 45.0
"""How often the settings are read in the background (within :data:`FRESH_S`, so that a print seldom waits)."""
WAIT_S = 5.0
"""The longest a print waits for a read; a store that answers later is read for the next one."""
MODAL_RETRY_S = 1.0
"""While a dialog is open, a finished read is applied this long after, once it is closed."""


class _Read(NamedTuple):
    """One read of the clinic store at ``address``: its shared settings (None if it has none), or why not."""

    address: str
    shared: ClinicSettings | None
    problem: TmsPlannerError | None


def read_clinic(address: str) -> _Read:
    """The clinic's shared settings at ``address`` (any thread: it opens its own connection). Whatever goes
    wrong is the read's problem, never an exception: the window says it and keeps its own settings."""
    from tmsplanner.app.store import StoreError, open_store, shown_url

    try:
        with open_store(address) as store:
            return _Read(address, store.clinic_settings(), None)
    except (StoreError, FileError) as exc:
        return _Read(address, None, exc)
    except Exception as exc:  # a damaged settings row, say: named, and the error log keeps where it happened
        from tmsplanner.app.errorlog import log_exception

        log_exception(exc, "reading the clinic's settings")
        return _Read(address, None, StoreError(Phrase("the record store '{url}' cannot be read: {reason}",
                                                      url=shown_url(address), reason=type(exc).__name__)))


class ClinicSync(QObject):
    """Reads the clinic's shared settings in the background and applies them in the window's thread.

    Parameters
    ----------
    settings : callable
        The settings in force (their ``record_store`` names the clinic store).
    use : callable
        Puts merged settings in force (saves them on this workstation and re-checks the plan).
    say : callable
        Shows a line in the status bar for some milliseconds.
    """

    _finished = Signal(object)  # a Future of a _Read, from the reading thread

    def __init__(self, parent: QObject, settings: Callable[[], AppSettings], use: Callable[[AppSettings], None],
                 say: Callable[[str, int], None]) -> None:
        super().__init__(parent)
        self._settings, self._use, self._say = settings, use, say
        self.revision: int | None = None
        """The revision of the clinic's shared settings this workstation last read or shared."""
        self.read_at = -math.inf
        """When (``time.monotonic()``) the last read of the store named now finished, reaching it or not."""
        self._pending: Future[_Read] | None = None
        self._failing = False
        self._stopped = False
        self._finished.connect(self._take)  # queued: the thread emits, the window's thread applies
        self._timer = QTimer(self)
        self._timer.setInterval(round(REFRESH_S * 1000))
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Read now in the background, then every :data:`REFRESH_S` seconds."""
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        """The window closes: no more reads; a read under way is dropped when it ends."""
        self._stopped = True
        self._timer.stop()
        self._pending = None

    def refresh(self) -> None:
        """Start a background read, unless one is under way or no clinic store is named."""
        address = self._settings().record_store
        if not address or self._pending is not None or self._stopped:
            return
        future: Future[_Read] = Future()
        self._pending = future
        future.add_done_callback(self._announce)
        threading.Thread(target=lambda: future.set_result(read_clinic(address)), name="tmsplanner-clinic-settings",
                         daemon=True).start()

    def _announce(self, future: Future[_Read]) -> None:
        """(In the reading thread.) Hand the read to the window's thread, unless the window is gone."""
        if self._stopped:
            return
        with contextlib.suppress(RuntimeError):  # the window was deleted while the store was being read
            self._finished.emit(future)

    def read_now(self) -> None:
        """Read in this thread and apply (after the store was changed in the Settings dialog)."""
        address = self._settings().record_store
        if address:
            self._pending = None  # a read under way of the store before is set aside
            self._apply(read_clinic(address), background=False)

    def current(self) -> None:
        """Before a print or an export: the clinic's settings as they are now (see the module's text). Waits at
        most :data:`WAIT_S` seconds for a read; one that takes longer is applied when it ends."""
        if not self._settings().record_store or self._stopped:
            return
        stale = time.monotonic() - self.read_at > FRESH_S
        if not stale and self.read_at != -math.inf:
            return
        self.refresh()
        pending = self._pending
        if pending is None:
            return
        try:
            read = pending.result(timeout=WAIT_S)
        except TimeoutError:
            self._say(self.tr("The clinic's settings are still being read; this workstation's own are used for "
                              "this print"), 15000)
            return
        if pending is self._pending:
            self._pending = None
            self._apply(read, background=False)

    def _take(self, future: Future[_Read]) -> None:
        if future is not self._pending or self._stopped:
            return  # already taken (a print waited for it), set aside, or the window closed
        if QApplication.activeModalWidget() is not None:
            # A dialog is open (Settings, a file chooser, a question before an export): what it shows or will
            # act on was made from the settings in force; the read is applied once it is closed.
            QTimer.singleShot(round(MODAL_RETRY_S * 1000), self, lambda: self._take(future))
            return
        self._pending = None
        self._apply(future.result(), background=True)

    def _apply(self, read: _Read, *, background: bool) -> None:
        settings = self._settings()
        if read.address != settings.record_store:
            return  # the store was changed meanwhile: this read is of the one before
        self.read_at = time.monotonic()
        problem = read.problem
        merged = None
        if problem is None and read.shared is not None:
            from pydantic import ValidationError

            from tmsplanner.app.clinic_settings import apply_shared
            from tmsplanner.app.store import StoreError

            try:
                merged = apply_shared(settings, read.shared)  # (writes the clinic's safety table as a local copy)
            except FileError as exc:
                problem = exc
            except (OSError, ValidationError) as exc:  # a folder not writable; values this version cannot take
                from tmsplanner.app.errorlog import log_exception

                log_exception(exc, "applying the clinic's settings")
                problem = StoreError(Phrase("the clinic's settings (revision {revision}) cannot be used on "
                                            "this workstation ({reason})", revision=read.shared.revision,
                                            reason=type(exc).__name__))
        if problem is not None:
            if not (background and self._failing):  # said once, not at every read in the background
                self._say(self.tr("The clinic's settings could not be read (%s); this workstation's own are used")
                          % problem.words(words()), 15000)
            self._failing = True
            return
        self._failing = False
        self.revision = read.shared.revision if read.shared is not None else None
        if merged is not None and merged != settings:
            self._use(merged)
            self._say(self.tr("The clinic's settings (revision %s) are in use") % self.revision, 8000)
