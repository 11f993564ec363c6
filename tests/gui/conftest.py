"""GUI test safety: a modal dialog a test did not expect fails the test instead of hanging it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def _unexpected(*args: object, **kwargs: object) -> None:
    raise AssertionError(f"unexpected modal dialog: {args[1:3]}")


@pytest.fixture(autouse=True)
def no_surprise_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, _unexpected)
    monkeypatch.setattr(QMessageBox, "exec", _unexpected)
