"""The one message box errors reach the user in (loaded with the window; the dialogs load when opened)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, message: str, details: str | None = None, *,
               technical: str | None = None) -> None:
    """The one place errors reach the user: what failed, why (``details``, always in view, in the user's
    words) and, behind "Show Details...", a ``technical`` account for a bug report (a traceback)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_message")
    if details:
        box.setInformativeText(details)
    if technical:
        box.setDetailedText(technical)
    box.exec()
