"""Printing the exported PDF's pages on a printer chosen in the standard print dialog.

Each page is rasterised with PDFium (the renderer of the print preview) at
the printer's resolution, at least :data:`MIN_PRINT_DPI` and at most
:data:`MAX_PRINT_DPI`, and painted onto the printer's page, fitted to its
printable area with the page's aspect ratio kept. One page is rendered and
painted at a time, so a long plan costs one page of memory.

Qt's print support is imported only when printing: a build without it still
starts, with printing disabled (see :func:`print_available`).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPainter

if TYPE_CHECKING:
    import pypdfium2
    from PySide6.QtPrintSupport import QPrinter

MIN_PRINT_DPI = 300
MAX_PRINT_DPI = 600
MAX_PAGE_PIXELS = 36_000_000  # A4 or US Letter at 600 dpi; a larger page is rendered at a lower resolution


class PrintError(Exception):
    """The printer could not be started (e.g. an output file that cannot be written)."""


def print_available() -> bool:
    """Whether printing works here: Qt's print support and the PDF renderer are installed.

    The renderer is asked of the import system, not imported: the window asks at start, and the
    renderer is loaded only when a page is printed. Qt's print support is imported, as it needs
    system libraries that may be missing.
    """
    try:
        from PySide6 import QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return pdf_preview_available()


def pdf_preview_available() -> bool:
    """Whether the PDF renderer for the preview is installed (asked of the import system, not imported)."""
    from importlib.util import find_spec

    return find_spec("pypdfium2") is not None


def print_dpi(printer: QPrinter) -> float:
    """The resolution pages are rendered at for ``printer``: its own, within the limits."""
    return float(min(MAX_PRINT_DPI, max(MIN_PRINT_DPI, printer.resolution())))


def pdf_page_count(pdf: bytes) -> int:
    """The number of pages of a PDF."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def match_paper(printer: QPrinter, pdf: bytes) -> int:
    """Set the printer's paper size and orientation to the PDF's first page; return the page count.

    The print dialog then offers the paper the plan was laid out on (A4 or
    US Letter, from the clinic's settings); the user may still change it.
    """
    import pypdfium2
    from PySide6.QtGui import QPageLayout, QPageSize  # imported here: made (with their enums) when printing


    document = pypdfium2.PdfDocument(pdf)
    try:
        count = len(document)
        if count:
            width, height = document.get_page_size(0)
            portrait = QSize(round(min(width, height)), round(max(width, height)))
            orientation = QPageLayout.Orientation.Landscape if width > height else \
                QPageLayout.Orientation.Portrait
            printer.setPageSize(QPageSize(portrait))  # points; a standard size is matched (A4, Letter)
            printer.setPageOrientation(orientation)
        return count
    finally:
        document.close()


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """Indices (from 0) of the pages the print dialog asked for, in printing order.

    A page range (e.g. "2-3, 5") is honoured; other choices print every page.
    Pages beyond the document are left out.
    """
    from PySide6.QtPrintSupport import QPrinter

    numbers = list(range(1, count + 1))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            numbers = [n for n in numbers if ranges.contains(n)]
        elif printer.fromPage() > 0:
            last = printer.toPage() or count
            numbers = [n for n in numbers if printer.fromPage() <= n <= last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        numbers.reverse()
    return [n - 1 for n in numbers]


def _copies(printer: QPrinter, pages: list[int]) -> list[int]:
    """The pages to paint: copies are made here only when the printer cannot make them itself."""
    copies = printer.copyCount()
    if printer.supportsMultipleCopies() or copies <= 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def fit(image: QSize, area: QRectF) -> QRectF:
    """The largest rectangle with ``image``'s aspect ratio inside ``area``, centred in it."""
    if image.isEmpty() or area.isEmpty():
        return QRectF(area.topLeft(), QSizeF(0, 0))
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)


def print_pdf(pdf: bytes, printer: QPrinter, pages: Sequence[int] | None = None,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint the pages of ``pdf`` onto ``printer``; return the number of pages painted.

    Parameters
    ----------
    pdf : bytes
        The PDF, as exported.
    printer : QPrinter
        A printer set up by the print dialog (or a PDF file printer).
    pages : sequence of int, optional
        Indices (from 0) of the pages to print, in order; by default the
        page range chosen in the print dialog (:func:`chosen_pages`).
    progress : callable, optional
        Called before each page with (pages painted, pages to paint);
        returning False cancels the job (the printer is aborted).

    Copies are painted here only when the printer cannot make them itself
    (``QPrinter.supportsMultipleCopies``); otherwise the printer makes them
    and they are not counted.

    Raises
    ------
    PrintError
        If the printer could not be started.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        count = len(document)
        wanted = [i for i in (chosen_pages(printer, count) if pages is None else pages) if 0 <= i < count]
        order = _copies(printer, wanted)
        if not order:
            return 0
        dpi = print_dpi(printer)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(printer.outputFileName() or printer.printerName())
        painted = 0
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            # Qt spools a print job as PDF and would store each page as a JPEG: lossless keeps text sharp
            # (and, for pages of text, is smaller too).
            painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            area = QRectF(0, 0, printer.width(), printer.height())  # the printable area, in device pixels
            for index in order:
                if progress is not None and not progress(painted, len(order)):
                    printer.abort()
                    break
                if painted and not printer.newPage():
                    break
                _paint_page(painter, document, index, dpi, area)
                painted += 1
        finally:
            painter.end()
        return painted
    finally:
        document.close()


def _paint_page(painter: QPainter, document: pypdfium2.PdfDocument, index: int, dpi: float, area: QRectF) -> None:
    """Render one page (white background) and paint it fitted into ``area``; its pixels go at once."""
    from PySide6.QtGui import QImage  # imported here: its type (and enums) are made when printing

    page = document[index]
    try:
        width, height = page.get_size()
        scale = min(dpi / 72.0, math.sqrt(MAX_PAGE_PIXELS / max(1.0, width * height)))
        # 32 bits a pixel: BGRx bytes are QImage's RGB32 on a little-endian machine, RGBx bytes elsewhere.
        little = sys.byteorder == "little"
        bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=not little)
        try:
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32 if little else QImage.Format.Format_RGBX8888)
            painter.drawImage(fit(image.size(), area), image)
            del image
        finally:
            bitmap.close()
    finally:
        page.close()
