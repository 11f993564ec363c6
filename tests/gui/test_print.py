"""File › Print and the print preview: the exported PDF's pages on a printer, and a preview that fits the screen.

A printer writing a PDF file stands in for a real one: the print dialog is
"accepted" with that printer chosen, and the real action code runs.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tmsplanner.app import DRAFT_WORDS
from tmsplanner.core.vocab import ScreeningItem
from tmsplanner.gui import dialogs, file_actions, printing

RESOLUTION = 300  # the test printers': pages render at the 300 dpi minimum, which keeps the tests quick


def ready(window) -> None:
    """A plan with no blocking findings."""
    doc = window.doc
    window.apply_preset("neurostar-10hz-ldlpfc")
    doc.apply("motor_threshold.value_pct_mso", 52.0)
    doc.apply("motor_threshold.placeholder", False)
    doc.apply("screening", dict.fromkeys(ScreeningItem, False))
    doc.apply("patient.identifier", "P-0042")
    assert window.files._checked().blocking == 0


def file_printer(printer: QPrinter, path: Path) -> QPrinter:
    """Make ``printer`` write a PDF file, as "Print to file" in the dialog does."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(RESOLUTION)
    return printer


class FakePrintDialog:
    """Accepts the print dialog with a file printer chosen (and whatever ``choose`` sets).

    Each call is recorded as what the dialog offered and what was chosen
    (the dialog and its printer are gone once printing is over).
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path, choose=None) -> None:
        self.path = path
        self.calls: list[dict] = []
        self.choose = choose

        def accept(dialog: QPrintDialog) -> int:
            printer = file_printer(dialog.printer(), path)
            if self.choose is not None:
                self.choose(printer)
            layout = printer.pageLayout()
            self.calls.append({"parent": dialog.parent(), "pages": (dialog.minPage(), dialog.maxPage()),
                               "paper": layout.pageSize().id(), "orientation": layout.orientation(),
                               "chosen": printing.chosen_pages(printer, dialog.maxPage())})
            return 1

        monkeypatch.setattr(QPrintDialog, "exec", accept)


def page_range(first: int, last: int):
    def choose(printer: QPrinter) -> None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(first, last)
    return choose


def images(page) -> list:
    """The image XObjects painted on a page of a PDF read with pypdf."""
    objects = page["/Resources"].get("/XObject", {})
    return [x.get_object() for x in objects.values() if x.get_object()["/Subtype"] == "/Image"]


def dark_share(pdf: Path | bytes, index: int) -> float:
    """The share of dark pixels of a page, rendered small."""
    document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        gray = document[index].render(scale=0.5).to_pil().convert("L")
    finally:
        document.close()
    data = gray.tobytes()
    return sum(value < 128 for value in data) / len(data)


def page_size(pdf: bytes) -> tuple[float, float]:
    """The first page's size in points."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document.get_page_size(0)
    finally:
        document.close()


def marked_pdf(count: int) -> bytes:
    """A PDF of ``count`` small pages; page n (from 0) has n + 1 black vertical bars."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 300))
    for n in range(count):
        for bar in range(n + 1):
            canvas.rect(10 + bar * 30, 50, 12, 200, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def marks(path: Path) -> list[int]:
    """For each page of a printed file: the number of black bars across its middle (the page's number, from 1)."""
    document = pypdfium2.PdfDocument(str(path))
    found = []
    try:
        for page in document:
            gray = page.render(scale=1).to_pil().convert("L")
            row = gray.crop((0, gray.height // 2, gray.width, gray.height // 2 + 1)).tobytes()
            dark = [value < 128 for value in row]
            found.append(sum(1 for i, d in enumerate(dark) if d and (i == 0 or not dark[i - 1])))
    finally:
        document.close()
    return found


# -- File › Print ---------------------------------------------------------------

def test_file_print_prints_the_exported_pages(window, monkeypatch, tmp_path) -> None:
    ready(window)
    action = window.files.print_action
    assert action.isEnabled() and action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action in window.menuBar().actions()[0].menu().actions()
    assert window.files.preview_action.shortcut() != action.shortcut()  # Ctrl+P is Print alone
    exported = window.files.render()
    count = len(PdfReader(io.BytesIO(exported)).pages)
    assert count >= 5
    fake = FakePrintDialog(monkeypatch, tmp_path / "printed.pdf")
    action.trigger()
    assert len(fake.calls) == 1
    printed = PdfReader(fake.path)
    assert len(printed.pages) == count
    width, height = page_size(exported)
    for page in printed.pages:
        (image,) = images(page)  # each page is one picture of the exported page, at 300 dpi
        assert (image["/Width"], image["/Height"]) == (math.ceil(width * RESOLUTION / 72),
                                                       math.ceil(height * RESOLUTION / 72))
    assert dark_share(fake.path, 0) > 0.005  # not blank: text and tables
    assert str(count) in window.statusBar().currentMessage()


def test_the_print_dialog_offers_the_plans_pages_and_paper(window, monkeypatch, tmp_path) -> None:
    ready(window)
    count = printing.pdf_page_count(window.files.render())
    fake = FakePrintDialog(monkeypatch, tmp_path / "printed.pdf", page_range(1, 1))
    window.files.print_action.trigger()
    (call,) = fake.calls
    assert call["parent"] is window and call["pages"] == (1, count)
    assert call["paper"] == QPageSize.PageSizeId.A4  # the clinic's paper
    assert call["orientation"] == QPageLayout.Orientation.Portrait
    assert not window.findChildren(QPrintDialog)  # the dialog does not linger


def test_a_page_range_prints_only_those_pages(window, monkeypatch, tmp_path) -> None:
    ready(window)
    fake = FakePrintDialog(monkeypatch, tmp_path / "printed.pdf", page_range(2, 3))
    assert window.files.print_plan() == 2
    assert len(PdfReader(fake.path).pages) == 2
    assert fake.calls[0]["chosen"] == [1, 2]  # the second and third pages


def test_cancelling_the_print_dialog_prints_nothing(window, monkeypatch, tmp_path) -> None:
    ready(window)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: 0)
    assert window.files.print_plan() == 0
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], ids=["no", "yes"])
def test_a_blocked_plan_prints_only_as_a_draft(window, monkeypatch, tmp_path, answer) -> None:
    assert window.files._checked().blocking  # the blank plan
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or answer)
    sent = []
    real = file_actions.print_pdf
    monkeypatch.setattr(file_actions, "print_pdf",
                        lambda pdf, *args, **kwargs: sent.append(pdf) or real(pdf, *args, **kwargs))
    fake = FakePrintDialog(monkeypatch, tmp_path / "printed.pdf", page_range(1, 1))
    printed = window.files.print_plan()
    assert len(asked) == 1 and DRAFT_WORDS in asked[0][2]
    if answer == QMessageBox.StandardButton.No:
        assert printed == 0 and not fake.calls and not sent
    else:
        assert printed == 1 and len(fake.calls) == 1
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(sent[0])).pages)
        assert DRAFT_WORDS in text  # the exported draft, as Export PDF writes it


# -- print_pdf ---------------------------------------------------------------------

@pytest.fixture
def printer(tmp_path) -> QPrinter:
    return file_printer(QPrinter(QPrinter.PrinterMode.HighResolution), tmp_path / "out.pdf")


def test_print_pdf_paints_each_page_in_order(printer) -> None:
    assert printing.print_pdf(marked_pdf(4), printer) == 4
    assert marks(Path(printer.outputFileName())) == [1, 2, 3, 4]


def test_print_pdf_follows_the_page_range_and_order(printer) -> None:
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert printing.print_pdf(marked_pdf(4), printer) == 2
    assert marks(Path(printer.outputFileName())) == [3, 2]


def test_print_pdf_prints_the_pages_asked_for(printer) -> None:
    assert printing.print_pdf(marked_pdf(4), printer, pages=[3, 0, 9]) == 2  # a page beyond the end is left out
    assert marks(Path(printer.outputFileName())) == [4, 1]


@pytest.mark.parametrize(("collate", "expected"), [(True, [1, 2, 1, 2]), (False, [1, 1, 2, 2])])
def test_copies_the_printer_cannot_make_are_painted(printer, collate, expected) -> None:
    printer.setCopyCount(2)
    printer.setCollateCopies(collate)
    assert not printer.supportsMultipleCopies()  # a PDF file: the copies are painted here
    assert printing.print_pdf(marked_pdf(2), printer) == 4
    assert marks(Path(printer.outputFileName())) == expected


def test_cancelling_stops_after_the_pages_painted(printer) -> None:
    seen = []
    assert printing.print_pdf(marked_pdf(4), printer, progress=lambda done, total: seen.append((done, total))
                              or done < 2) == 2
    assert seen == [(0, 4), (1, 4), (2, 4)]


def test_a_printer_that_cannot_start_is_an_error(tmp_path) -> None:
    printer = file_printer(QPrinter(), tmp_path / "missing" / "folder" / "out.pdf")
    with pytest.raises(printing.PrintError):
        printing.print_pdf(marked_pdf(1), printer)


def test_the_page_is_fitted_with_its_aspect_ratio() -> None:
    area = QRectF(0, 0, 1000, 2000)
    assert printing.fit(QSize(595, 842), area) == QRectF(0, (2000 - 842 * 1000 / 595) / 2, 1000, 842 * 1000 / 595)
    assert printing.fit(QSize(842, 595), QRectF(10, 20, 842, 595 * 4)) == QRectF(10, 20 + 595 * 1.5, 842, 595)


def test_pages_render_at_the_printers_resolution_within_limits(printer) -> None:
    for resolution, dpi in ((72, 300), (300, 300), (450, 450), (600, 600), (1200, 600)):
        printer.setResolution(resolution)
        assert printing.print_dpi(printer) == dpi


# -- the preview ------------------------------------------------------------------

SMALL_SCALED_SCREEN = QRect(0, 0, round(1366 / 1.5), round(768 / 1.5))  # 1366×768 at 150 %


def inside(outer: QRect, widget) -> bool:
    return outer.contains(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


def test_preview_fits_a_small_scaled_screen(qtbot) -> None:
    dialog = dialogs.PdfPreviewDialog(marked_pdf(3))
    qtbot.addWidget(dialog)
    frame = dialogs.fit_to_screen(dialog, dialogs.PREVIEW_SIZE, SMALL_SCALED_SCREEN)
    assert SMALL_SCALED_SCREEN.contains(frame)
    assert frame.width() <= 0.9 * SMALL_SCALED_SCREEN.width()
    assert frame.height() <= 0.9 * SMALL_SCALED_SCREEN.height()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert SMALL_SCALED_SCREEN.contains(dialog.frameGeometry())
    assert inside(SMALL_SCALED_SCREEN, dialog.buttons) and dialog.rect().contains(dialog.buttons.geometry())
    for button in (dialog.print_button, dialog.export_button):
        assert button.isVisible() and inside(SMALL_SCALED_SCREEN, button)
    dialog.close()


@pytest.mark.parametrize("available", [QRect(0, 0, 1920, 1080), QRect(100, 40, 640, 400),
                                       QRect(-1366, 0, 1366, 700)])
def test_the_preview_size_follows_the_screen(qtbot, available) -> None:
    dialog = dialogs.PdfPreviewDialog(marked_pdf(1))
    qtbot.addWidget(dialog)
    frame = dialogs.fit_to_screen(dialog, dialogs.PREVIEW_SIZE, available)
    assert available.contains(frame) and frame.topLeft() == dialog.pos()
    assert dialog.size() == dialogs.PREVIEW_SIZE.boundedTo(QSize(int(available.width() * 0.9),
                                                                  int(available.height() * 0.9)))


def test_the_real_preview_fits_its_screen_with_its_buttons(window, qtbot) -> None:
    dialog = window.files.preview()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= available.width()
    assert dialog.frameGeometry().height() <= available.height()
    assert available.contains(dialog.frameGeometry())
    close = dialog.buttons.button(dialog.buttons.StandardButton.Close)
    for button in (dialog.print_button, dialog.export_button, close):
        assert button.isVisible() and button.isEnabled() and inside(available, button)
    assert close.isDefault()
    dialog.close()


def test_preview_buttons_print_and_export(window, qtbot, monkeypatch, tmp_path) -> None:
    ready(window)
    dialog = window.files.preview()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    sent = []
    real = file_actions.print_pdf
    monkeypatch.setattr(file_actions, "print_pdf",
                        lambda pdf, *args, **kwargs: sent.append(pdf) or real(pdf, *args, **kwargs))
    fake = FakePrintDialog(monkeypatch, tmp_path / "printed.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(fake.calls) == 1 and fake.calls[0]["parent"] is dialog
    assert sent == [dialog.pdf]  # the pages shown
    assert len(PdfReader(fake.path).pages) == len(dialog.pages)
    target = tmp_path / "exported.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(target).pages) == len(dialog.pages)
    dialog.close()
    QApplication.processEvents()


def test_printing_from_the_preview_of_a_blocked_plan_asks_first(window, qtbot, monkeypatch, tmp_path) -> None:
    dialog = window.files.preview()
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.No)
    fake = FakePrintDialog(monkeypatch, tmp_path / "printed.pdf")
    dialog.print_button.click()
    assert len(asked) == 1 and asked[0][0] is dialog and not fake.calls
    dialog.close()
