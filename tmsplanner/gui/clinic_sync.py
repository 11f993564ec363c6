"""The clinic's shared settings kept in use, read from the clinic store without holding up the window.

A workstation whose settings name a clinic store uses the settings the clinic
shares there (the safety table, the motor-threshold age limit...). They are
read in a background thread: once when the window is shown, then every
:data:`REFRESH_S` seconds, so that a change made at another desk reaches this
one, and a store that cannot be reached (a server down, a network cut: the
connection gives up after its timeout) never freezes the window. The settings
read are applied in the window's thread.

What is printed or exported follows the clinic's settings as they are now:
:meth:`ClinicSync.current` is asked before every print and export. When the
last read finished more than :data:`FRESH_S` seconds ago, it waits for the read
under way, or reads at once when none is; when the first read since the window
opened is still under way, it waits for that. A store that cannot be reached
is said once in the status bar (not at every read) and this workstation's own
settings stay in use until a read succeeds again.
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

from tmsplanner.core.errors import FileError, TmsPlannerError
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.fields import words

if TYPE_CHECKING:
    from tmsplanner.app.store import ClinicSettings

FRESH_S = 60.0
"""A print waits for (or makes) a read of the clinic's settings when the last one finished longer ago than this."""
REFRESH_S = 45.0
"""How often the settings are read in the background (within :data:`FRESH_S`, so that a print seldom waits)."""


class _Read(NamedTuple):
    """One read of the clinic store at ``address``: its shared settings (None if it has none), or why not."""

    address: str
    shared: ClinicSettings | None
    problem: TmsPlannerError | None


def read_clinic(address: str) -> _Read:
    """The clinic's shared settings at ``address`` (any thread: it opens its own connection)."""
    from tmsplanner.app.store import StoreError, open_store

    try:
        with open_store(address) as store:
            return _Read(address, store.clinic_settings(), None)
    except (StoreError, FileError) as exc:
        return _Read(address, None, exc)


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
        """When (``time.monotonic()``) the last read finished, whether or not it reached the store."""
        self._pending: Future[_Read] | None = None
        self._failing = False
        self._finished.connect(self._take)  # queued: the thread emits, the window's thread applies
        self._timer = QTimer(self)
        self._timer.setInterval(round(REFRESH_S * 1000))
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Read now in the background, then every :data:`REFRESH_S` seconds."""
        self.refresh()
        self._timer.start()

    def refresh(self) -> None:
        """Start a background read, unless one is under way or no clinic store is named."""
        address = self._settings().record_store
        if not address or self._pending is not None:
            return
        future: Future[_Read] = Future()
        self._pending = future
        future.add_done_callback(self._announce)

        def run() -> None:
            try:
                future.set_result(read_clinic(address))
            except BaseException as exc:  # handed to the window's thread, raised there
                future.set_exception(exc)

        threading.Thread(target=run, name="tmsplanner-clinic-settings", daemon=True).start()

    def _announce(self, future: Future[_Read]) -> None:
        """(In the reading thread.) Hand the read to the window's thread, unless the window is gone."""
        with contextlib.suppress(RuntimeError):  # the window closed while the store was being read
            self._finished.emit(future)

    def read_now(self) -> None:
        """Read in this thread and apply (after the store was changed in the Settings dialog)."""
        address = self._settings().record_store
        if address:
            self._pending = None  # a read under way of the store before is set aside
            self._apply(read_clinic(address), quiet=False)

    def current(self) -> None:
        """Before a print or an export: the clinic's settings as they are now (see the module's text)."""
        if not self._settings().record_store:
            return
        stale = time.monotonic() - self.read_at > FRESH_S
        pending = self._pending
        if pending is not None and (stale or self.read_at == -math.inf):
            pending.result()  # the read under way (the connection's own timeout bounds the wait)
            self._take(pending)
        elif stale:
            self.read_now()

    def _take(self, future: Future[_Read]) -> None:
        if future is not self._pending:
            return  # already taken (a print waited for it), or set aside
        self._pending = None
        self._apply(future.result(), quiet=True)

    def _apply(self, read: _Read, *, quiet: bool) -> None:
        self.read_at = time.monotonic()
        settings = self._settings()
        if read.address != settings.record_store:
            return  # the store was changed meanwhile: this read is of the one before
        if read.problem is not None:
            if not (quiet and self._failing):
                self._say(self.tr("The clinic's settings could not be read (%s); this workstation's own are used")
                          % read.problem.words(words()), 15000)
            self._failing = True
            return
        self._failing = False
        from tmsplanner.app.clinic_settings import apply_shared

        shared = read.shared
        self.revision = shared.revision if shared is not None else None
        if shared is None:
            return
        try:
            merged = apply_shared(settings, shared)  # (writes the clinic's safety table as a local copy)
        except FileError as exc:
            self._say(self.tr("The clinic's settings could not be read (%s); this workstation's own are used")
                      % exc.words(words()), 15000)
            return
        if merged != settings:
            self._use(merged)
            self._say(self.tr("The clinic's settings (revision %s) are in use") % shared.revision, 8000)
