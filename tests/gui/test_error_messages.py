"""File errors say what failed and why in the main dialog, in the user's words, not behind "Show Details"."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def shown_boxes(monkeypatch) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", capture)
    return boxes


def test_a_plan_from_a_newer_version_says_so_in_view(window, tmp_path, monkeypatch) -> None:
    plan = tmp_path / "from-the-future.tmsplan"
    plan.write_text('{"format": "tmsplanner-plan", "schema_version": 9}', encoding="utf-8")
    boxes = shown_boxes(monkeypatch)
    assert window.files.open_path(plan, confirmed=True) is False
    [box] = boxes
    assert box.text().startswith("The plan could not be opened")
    reason = box.informativeText()
    assert "from-the-future.tmsplan" in reason and "newer version of tmsplanner" in reason
    assert "update tmsplanner" in reason and "schema_version" not in reason
    assert box.detailedText() == ""  # nothing the user needs is hidden


def test_a_missing_file_is_named_in_view(window, tmp_path, monkeypatch) -> None:
    boxes = shown_boxes(monkeypatch)
    assert window.files.open_path(tmp_path / "gone.tmsplan", confirmed=True) is False
    assert "gone.tmsplan: file not found" in boxes[0].informativeText()
