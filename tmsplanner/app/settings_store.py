"""The clinic's settings for one run of the app: the values in force, and saving them safely.

A settings file written by a newer tmsplanner is never overwritten: the store
then keeps changes in memory until the app closes (the user was told once, when
the file was read). Qt-free, so the window and any other front end share it.
"""

from __future__ import annotations

import os
from pathlib import Path

from tmsplanner.core.errors import FileError, Phrase
from tmsplanner.core.settings import (
    AppSettings,
    NewerSettingsError,
    add_recent,
    load_settings,
    save_settings,
    written_by_newer_version,
)


class SettingsStore:
    """The settings in force and where they are saved.

    Parameters
    ----------
    settings : AppSettings
        The settings in force.
    path : Path, optional
        The settings file; default :func:`~tmsplanner.core.settings.settings_path`,
        found when saving.
    """

    def __init__(self, settings: AppSettings, path: Path | None = None) -> None:
        self._settings = settings
        self._path = path
        self._memory_only = False

    @classmethod
    def load(cls, path: Path | None = None) -> tuple[SettingsStore, Phrase | None]:
        """Read the settings file; return the store and the one line to show the user, if any.

        The line is English; its ``words(c)`` says it in a catalogue's language.
        """
        settings, message = load_settings(path)
        store = cls(settings, path)
        # A newer version's file gave defaults and is kept as it is: it is never saved over.
        store._memory_only = written_by_newer_version(path)
        return store, message

    @property
    def settings(self) -> AppSettings:
        """The settings in force."""
        return self._settings

    @property
    def memory_only(self) -> bool:
        """True when the file belongs to a newer version: changes last until the app closes."""
        return self._memory_only

    def update(self, settings: AppSettings) -> str | None:
        """Put ``settings`` in force and save them; return a one-line problem to show, or None.

        The problem is English; a :class:`~tmsplanner.core.errors.Phrase` among them (``words(c)``)
        can be said in a catalogue's language.

        A file written by a newer version is never replaced: the settings stay
        in force in memory and nothing is reported again.
        """
        self._settings = settings
        if self._memory_only:
            return None
        try:
            save_settings(settings, self._path)
        except NewerSettingsError as exc:
            self._memory_only = True
            return Phrase("{problem}; settings changed now last until the app closes", problem=exc.line)
        except FileError as exc:
            return exc.line
        except OSError as exc:
            return str(exc)
        return None

    def remember(self, plan_path: str | os.PathLike[str]) -> str | None:
        """Put a plan first in the recent files and save; return a problem to show, or None."""
        return self.update(add_recent(self._settings, plan_path))

