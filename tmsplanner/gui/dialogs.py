"""Dialogs: choose a preset, clinic settings, PDF preview, and the one error dialog."""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from collections.abc import Sequence
from typing import overload

from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.checks.patterns import pattern_class
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.fieldnames import describe_for_people
from tmsplanner.core.i18n import catalogue
from tmsplanner.core.settings import AppSettings, SafetyTableCheck
from tmsplanner.gui.fields import tr as field_tr
from tmsplanner.gui.fields import vocab, words
from tmsplanner.gui.holiday_chooser import HolidayCalendarChooser
from tmsplanner.gui.printing import print_available


class PresetDialog(QDialog):
    """A searchable list of the evidence-based presets."""

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan from a preset"))
        self.kb = kb
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("preset_search")
        self.search.setPlaceholderText(self.tr("Search presets (name, indication, target, pattern)"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([self.tr("Preset"), self.tr("Indication"), self.tr("Target"),
                                              self.tr("Pattern"), self.tr("Level"), self.tr("Status")])
        _words = words()  # the interface language the application set
        for proto in kb.protocols.values():
            first = proto.blocks[0]
            status = [self.tr("cleared")] if proto.cleared else []
            if proto.unverified_fields:
                status.append(self.tr("some values unverified"))
            row = [QStandardItem(_words.evidence(proto, "name")), QStandardItem(vocab(proto.indication)),
                   QStandardItem(" + ".join(vocab(b.target) for b in proto.blocks)),
                   QStandardItem(vocab(pattern_class(first))),
                   QStandardItem(proto.guideline_level or "—"), QStandardItem(", ".join(status))]
            row[0].setData(proto.id, Qt.ItemDataRole.UserRole)
            row[0].setToolTip(_words.evidence(proto, "summary"))
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("preset_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        # The preset's name takes the room left; the other columns fit their contents up to about 26
        # characters and wrap beyond it, so no name or status is cut off in a longer language.
        self.table.setWordWrap(True)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        widest = self.fontMetrics().averageCharWidth() * 26
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(header.sectionSize(column), widest))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.accept)
        self.table.selectRow(0)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table.selectionModel().currentRowChanged.connect(self._show_summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()  # as large as useful, never larger than the screen
        self.resize(min(1200, room.width() - 40), min(680, room.height() - 60))
        self._show_summary()

    def selected_id(self) -> str | None:
        """The id of the selected preset."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)

    def select_id(self, preset_id: str) -> None:
        """Select a preset by id."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == preset_id:
                self.table.selectRow(row)
                return

    def _show_summary(self, *_: object) -> None:
        proto = self.kb.protocols.get(self.selected_id() or "")
        self.summary.setText(words().evidence(proto, "summary") if proto else "")


def time_zone_names() -> list[str]:
    """The tz database's zone names (Europe/Kyiv...), sorted; the old aliases (Etc/..., posix/...) left out."""
    from zoneinfo import available_timezones

    return sorted(name for name in available_timezones() if "/" in name and not name.startswith(("Etc/", "posix",
                                                                                                  "right/")))


INTERFACE_LANGUAGES = (("en", "English"), ("ru", "Русский"), ("uk", "Українська"))


class SettingsDialog(QDialog):
    """Clinic settings, built from the settings model's field titles and descriptions."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        fields = AppSettings.model_fields

        def described(widget: QWidget, name: str) -> QWidget:
            widget.setToolTip(field_tr(fields[name].description or ""))
            widget.setObjectName(name)
            return widget

        self.clinic = described(QLineEdit(settings.clinic_name or ""), "clinic_name")
        self.paper = described(QComboBox(), "paper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.paper.setCurrentIndex(self.paper.findData(settings.paper))
        self.mt_age = described(QSpinBox(), "mt_max_age_days")
        self.mt_age.setRange(1, 365)
        self.mt_age.setValue(settings.mt_max_age_days)
        self.mt_age.setSuffix(self.tr(" days"))
        self.undo_limit = described(QSpinBox(), "undo_limit")
        limits = AppSettings.model_fields["undo_limit"].metadata
        self.undo_limit.setRange(next(m.ge for m in limits if hasattr(m, "ge")),
                                 next(m.le for m in limits if hasattr(m, "le")))
        self.undo_limit.setValue(settings.undo_limit)
        self.language = described(QComboBox(), "language")
        for code, name in INTERFACE_LANGUAGES:  # each named in its own language, as users look for it
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData((settings.language or "en").split("_")[0])))
        self.folder = described(QLineEdit(settings.export_folder or ""), "export_folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.safety_table = described(QLineEdit(settings.safety_table or ""), "safety_table")
        choose_table = QPushButton(self.tr("Choose…"))
        choose_table.clicked.connect(self._choose_table)
        table_row = QHBoxLayout()
        table_row.addWidget(self.safety_table, 1)
        table_row.addWidget(choose_table)
        self.print_language = described(QComboBox(), "print_language")
        self.print_language.addItem(self.tr("As the interface"), None)
        for code, name in INTERFACE_LANGUAGES:
            self.print_language.addItem(name, code)
        self.print_language.setCurrentIndex(max(0, self.print_language.findData(settings.print_language)))
        self.holidays = described(HolidayCalendarChooser(settings.holiday_country), "holiday_country")
        self.time_zone = described(QComboBox(), "time_zone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(["", *time_zone_names()])
        self.time_zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)  # "Kyiv" finds Europe/Kyiv
        self.time_zone.setEditText(settings.time_zone or "")
        self.calendar_identifier = described(QCheckBox(), "calendar_identifier")
        self.calendar_identifier.setChecked(settings.calendar_identifier)
        self.record_store = described(QLineEdit(settings.record_store or ""), "record_store")
        self.record_store.setObjectName("record_store")
        self.record_store.setPlaceholderText(self.tr("This user's own file"))
        self.appendix = described(QCheckBox(), "print_appendix")
        self.appendix.setChecked(settings.print_appendix)
        # Who checked the bundled train-duration table, when, against which source (all three, or none).
        check = settings.safety_table_check
        check_fields = SafetyTableCheck.model_fields
        self.checked_by = QLineEdit(check.checked_by if check else "")
        self.checked_by.setObjectName("checked_by")
        self.checked_by.setPlaceholderText(field_tr(check_fields["checked_by"].title or ""))
        self.checked_on = QDateEdit(QDate(check.checked_on) if check else QDate.currentDate())
        self.checked_on.setObjectName("checked_on")
        self.checked_on.setCalendarPopup(True)
        self.checked_on.setDisplayFormat("yyyy-MM-dd")
        self.check_source = QLineEdit(check.source if check else "")
        self.check_source.setObjectName("check_source")
        self.check_source.setPlaceholderText(field_tr(check_fields["source"].title or ""))
        check_row = QHBoxLayout()
        check_row.setContentsMargins(0, 0, 0, 0)
        check_row.addWidget(self.checked_by, 2)
        check_row.addWidget(self.checked_on)
        check_row.addWidget(self.check_source, 3)
        check_box = QWidget()
        check_box.setLayout(check_row)
        described(check_box, "safety_table_check")
        for name, widget in (("language", self.language), ("clinic_name", self.clinic), ("paper", self.paper),
                             ("mt_max_age_days", self.mt_age), ("undo_limit", self.undo_limit),
                             ("print_language", self.print_language),
                             ("holiday_country", self.holidays), ("time_zone", self.time_zone),
                             ("calendar_identifier", self.calendar_identifier),
                             ("record_store", self.record_store), ("print_appendix", self.appendix),
                             ("safety_table", table_row), ("safety_table_check", check_box),
                             ("export_folder", folder_row)):
            form.addRow(field_tr(fields[name].title or name), widget)
        self.problem = QLabel()
        self.problem.setObjectName("settings_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        form.addRow(self.problem)
        self.setMinimumWidth(560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._base = settings

    def _accept(self) -> None:
        """Close only with settings the model accepts; else say beside the fields what is wrong."""
        try:
            self._edited()
        except ValidationError as exc:
            self.problem.setText(describe_for_people(exc, catalogue(QLocale().name()), AppSettings))
            self.problem.show()
            return
        self.accept()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _choose_table(self) -> None:
        title = field_tr(AppSettings.model_fields["safety_table"].title or "")
        name, _ = QFileDialog.getOpenFileName(self, title, self.safety_table.text(), "TOML (*.toml)")
        if name:
            self.safety_table.setText(name)

    def result_settings(self) -> AppSettings:
        """The edited settings (the dialog closes with OK only when they are valid)."""
        return self._edited()

    def _edited(self) -> AppSettings:
        by, source = self.checked_by.text().strip(), self.check_source.text().strip()
        check = ({"checked_by": by, "checked_on": self.checked_on.date().toPython().isoformat(), "source": source}
                 if by or source else None)
        return AppSettings.model_validate_json(json.dumps({**self._base.model_dump(mode="json"),
            "language": self.language.currentData(),
            "clinic_name": self.clinic.text().strip() or None,
            "paper": self.paper.currentData(),
            "mt_max_age_days": self.mt_age.value(),
            "undo_limit": self.undo_limit.value(),
            "safety_table": self.safety_table.text().strip() or None,
            "export_folder": self.folder.text().strip() or None,
            "holiday_country": self.holidays.code(),
            "time_zone": self.time_zone.currentText().strip() or None,
            "calendar_identifier": self.calendar_identifier.isChecked(),
            "record_store": self.record_store.text().strip() or None,
            "print_appendix": self.appendix.isChecked(),
            "print_language": self.print_language.currentData(),
            "safety_table_check": check
        }))


PREVIEW_DPI = 110.0
CACHE_PAGES = 6  # rendered pages kept: the visible ones and a few around them
PREVIEW_SIZE = QSize(960, 1000)  # an A4 page's width at PREVIEW_DPI, with room; less on a small screen
SCREEN_SHARE = 0.9  # at most this share of the screen's free area, leaving room for the window frame


def fit_to_screen(widget: QWidget, preferred: QSize, available: QRect | None = None,
                  share: float = SCREEN_SHARE) -> QRect:
    """Size and place a window so that all of it, frame included, is on the screen; return its frame.

    The window gets ``preferred`` or at most ``share`` of ``available`` (by
    default the free area of the widget's screen: without panels and docks,
    in the device-independent pixels of any scaling), whichever is smaller,
    and is centred on its parent window, or on the screen, as far as the
    screen allows.
    """
    parent = widget.parentWidget()
    if available is None:
        screen = (parent.window() if parent is not None else widget).screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), preferred)
    frame = widget.frameGeometry().size() - widget.geometry().size()  # known once the window is shown
    room = QSize(int(available.width() * share), int(available.height() * share)) - frame
    size = preferred.boundedTo(room)
    widget.resize(size)
    outer = QRect(QPoint(0, 0), size + frame)
    outer.moveCenter(parent.window().frameGeometry().center() if parent is not None else available.center())
    outer.moveLeft(max(available.left(), min(outer.left(), available.right() - outer.width() + 1)))
    outer.moveTop(max(available.top(), min(outer.top(), available.bottom() - outer.height() + 1)))
    widget.move(outer.topLeft())  # a window's position is its frame's
    return outer


class PdfPages(Sequence[QImage]):
    """The pages of a PDF as images rendered on demand with PDFium (white background).

    At most ``limit`` rendered pages are kept; the least recently used goes
    first, so a 380-page plan costs a few pages of memory, not hundreds.
    """

    def __init__(self, pdf: bytes, dpi: float = PREVIEW_DPI, limit: int = CACHE_PAGES) -> None:
        import pypdfium2

        self._document = pypdfium2.PdfDocument(pdf)
        self._scale = dpi / 72.0
        self.limit = limit
        self.cache: OrderedDict[int, QImage] = OrderedDict()
        self.sizes = [self._pixels(*self._document.get_page_size(i)) for i in range(len(self._document))]

    def _pixels(self, width: float, height: float) -> QSize:
        return QSize(math.ceil(width * self._scale), math.ceil(height * self._scale))  # as PDFium does

    def __len__(self) -> int:
        return len(self.sizes)

    @overload
    def __getitem__(self, index: int) -> QImage: ...

    @overload
    def __getitem__(self, index: slice) -> list[QImage]: ...

    def __getitem__(self, index: int | slice) -> QImage | list[QImage]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        image = self.cache.get(index)
        if image is None:
            image = self._render(index)
            self.cache[index] = image
            while len(self.cache) > self.limit:
                self.cache.popitem(last=False)
        else:
            self.cache.move_to_end(index)
        return image

    def _render(self, index: int) -> QImage:
        page = self._document[index]
        try:
            rgb = page.render(scale=self._scale).to_pil().convert("RGB")  # white page by default
        finally:
            page.close()
        image = QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels before the buffer goes away

    def close(self) -> None:
        """Drop the rendered pages and close the document."""
        self.cache.clear()
        self._document.close()


class PdfPreviewDialog(QDialog):
    """Shows the PDF that would be exported, exactly as printed; only the pages in view are rendered.

    Print… and Export PDF… emit :attr:`printRequested` and
    :attr:`exportRequested`; whoever opened the preview acts on them (the
    pages shown are in :attr:`pdf`). The window fits the screen it opens on,
    its buttons always in view.
    """

    printRequested = Signal()
    exportRequested = Signal()

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.pdf = pdf
        self.pages = PdfPages(pdf)
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.labels: list[QLabel] = []
        total = len(self.pages)
        for number, size in enumerate(self.pages.sizes, start=1):
            page = QLabel()
            page.setFixedSize(size)  # the page's place, drawn when it comes into view
            page.setStyleSheet("background: white;")
            page.setToolTip(self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total)))
            column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(page)
        self.area = QScrollArea()
        self.area.setObjectName("pdf_view")
        self.area.setWidget(inner)
        self.area.setWidgetResizable(True)
        bar = self.area.verticalScrollBar()
        bar.valueChanged.connect(self.show_visible_pages)
        bar.rangeChanged.connect(self.show_visible_pages)
        self.area.setMinimumSize(160, 120)  # the buttons below stay in view however small the window is
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("preview_buttons")
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("preview_print")
        self.print_button.setEnabled(print_available())
        self.export_button = buttons.addButton(self.tr("&Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("preview_export")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter closes; printing is never a keystroke away by accident
        self.print_button.clicked.connect(self.printRequested)
        self.export_button.clicked.connect(self.exportRequested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.finished.connect(lambda _: self.pages.close())
        fit_to_screen(self, PREVIEW_SIZE)

    def visible_pages(self) -> list[int]:
        """Indices of the pages that overlap the view (and one page beyond each edge)."""
        top = self.area.verticalScrollBar().value()
        bottom = top + self.area.viewport().height()
        shown = [i for i, label in enumerate(self.labels)
                 if label.geometry().bottom() >= top and label.geometry().top() <= bottom]
        if not shown:
            return []
        return list(range(max(0, shown[0] - 1), min(len(self.labels), shown[-1] + 2)))

    def show_visible_pages(self, *_: object) -> None:
        """Draw the pages in view; pages whose image left the cache are blanked again."""
        if not self.isVisible() or not self.labels:
            return
        wanted = self.visible_pages()[:self.pages.limit]
        for index in wanted:
            image = self.pages[index]  # rendered now, or kept: either way the most recently used
            if self.labels[index].pixmap().isNull():
                self.labels[index].setPixmap(QPixmap.fromImage(image))
        for index, label in enumerate(self.labels):
            if index not in self.pages.cache and not label.pixmap().isNull():
                label.clear()

    def drawn_pages(self) -> list[int]:
        """Indices of the pages that hold a rendered image now."""
        return [i for i, label in enumerate(self.labels) if not label.pixmap().isNull()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.show_visible_pages)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_visible_pages()
