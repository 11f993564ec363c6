"""Dialogs: choose a preset, clinic settings, PDF preview, and the one error dialog."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.checks.patterns import pattern_class
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.fields import tr as field_tr
from tmsplanner.gui.fields import vocab


class PresetDialog(QDialog):
    """A searchable list of the evidence-based presets."""

    COLUMNS = ("Preset", "Indication", "Target", "Pattern", "Level", "Status")

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
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        for proto in kb.protocols.values():
            first = proto.blocks[0]
            status = [self.tr("cleared")] if proto.cleared else []
            if proto.unverified_fields:
                status.append(self.tr("some values unverified"))
            row = [QStandardItem(proto.name), QStandardItem(vocab(proto.indication)),
                   QStandardItem(" + ".join(vocab(b.target) for b in proto.blocks)),
                   QStandardItem(vocab(pattern_class(first))),
                   QStandardItem(proto.guideline_level or "—"), QStandardItem(", ".join(status))]
            row[0].setData(proto.id, Qt.ItemDataRole.UserRole)
            row[0].setToolTip(proto.summary)
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
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        self.resize(900, 460)
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
        self.summary.setText(proto.summary if proto else "")


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
        self.folder = described(QLineEdit(settings.export_folder or ""), "export_folder")
        for name, widget in (("clinic_name", self.clinic), ("paper", self.paper),
                             ("mt_max_age_days", self.mt_age), ("export_folder", self.folder)):
            form.addRow(field_tr(fields[name].title or name), widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._base = settings

    def result_settings(self) -> AppSettings:
        """The edited settings."""
        return self._base.model_copy(update={
            "clinic_name": self.clinic.text().strip() or None,
            "paper": self.paper.currentData(),
            "mt_max_age_days": self.mt_age.value(),
            "export_folder": self.folder.text().strip() or None,
        })


def pdf_preview_available() -> bool:
    """Whether Qt's PDF module is installed."""
    try:
        from PySide6 import QtPdf, QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class PdfPreviewDialog(QDialog):
    """Shows the PDF that would be exported, page by page."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 1000)


def show_error(parent: QWidget | None, title: str, message: str, details: str | None = None) -> None:
    """The one place errors reach the user."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()
