"""Render the PNG icons from resources/icons/tmsplanner.svg (run after editing the SVG).

    python packaging/render_icons.py            # writes resources/icons/tmsplanner-256.png
    python packaging/render_icons.py --preview out.png
                                                # the icon at 16, 24, 32, 48, 64 and 256 px on light and dark

The PNG is committed so that installing the menu entry needs neither Qt nor a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "tmsplanner.svg"
PNG_SIZES = (256,)
PREVIEW_SIZES = (16, 24, 32, 48, 64, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def preview(renderer: QSvgRenderer, out: Path) -> None:
    """Every preview size side by side, on a light and on a dark row."""
    gap = 16
    width = sum(PREVIEW_SIZES) + gap * (len(PREVIEW_SIZES) + 1)
    height = 2 * (max(PREVIEW_SIZES) + 2 * gap)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for row, background in enumerate(("#ffffff", "#2b2b2b")):
        top = row * height // 2
        painter.fillRect(0, top, width, height // 2, QColor(background))
        x = gap
        for size in PREVIEW_SIZES:
            painter.drawImage(x, top + gap, render(renderer, size))
            x += size + gap
    painter.end()
    sheet.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, metavar="PNG", help="write a preview sheet instead")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    if args.preview:
        preview(renderer, args.preview)
        print(f"wrote {args.preview}")
        return 0
    for size in PNG_SIZES:
        out = ICONS / f"tmsplanner-{size}.png"
        if not render(renderer, size).save(str(out), "PNG"):
            print(f"{out}: could not be written", file=sys.stderr)
            return 1
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
