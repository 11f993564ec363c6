"""Errors the core raises; the GUI and the CLI turn them into messages at one boundary.

Rule violations are findings, never exceptions.
"""

from __future__ import annotations


class TmsPlannerError(Exception):
    """Base of every error tmsplanner raises on purpose."""


class FileError(TmsPlannerError):
    """A file cannot be read or written.

    Parameters
    ----------
    path : str
        The file concerned.
    reason : str
        One line naming the problem (and the field, where there is one).
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class PlanFileError(FileError):
    """A plan file cannot be read, parsed, migrated or validated."""


class FileWriteError(FileError):
    """An output file cannot be written; the previous file, if any, is untouched."""


class EvidenceError(TmsPlannerError):
    """An evidence or rule file is missing or invalid."""


class ResourceNotFoundError(EvidenceError):
    """A resource file that was asked for does not exist."""
