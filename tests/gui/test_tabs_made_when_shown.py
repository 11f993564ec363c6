"""The window opens on its Patient tab; every other editor tab is made when first shown (or asked for) and then
shows the plan as it is by then, the marks of its blocking findings and its fields in reading order for Tab."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from planfactory import preset_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

import tmsplanner.proctime as proctime
from tmsplanner.core.plan import MedicationEntry
from tmsplanner.core.planio import save_plan
from tmsplanner.gui.blocks_editor import BlocksEditor
from tmsplanner.gui.lists_editors import MedicationsEditor, ScreeningEditor
from tmsplanner.gui.main_window import MainWindow


def _spin(window: MainWindow, name: str) -> QAbstractSpinBox:
    return next(w for w in window.findChildren(QAbstractSpinBox, name) if w.isVisibleTo(window))


def test_only_the_first_tab_is_made_at_start(window) -> None:
    assert window.tabs.currentIndex() == 0
    assert not window.findChildren(BlocksEditor)
    assert not window.findChildren(MedicationsEditor)
    assert not window.findChildren(ScreeningEditor)
    window.tabs.setCurrentIndex(MainWindow.TABS.index("stimulation"))
    assert len(window.findChildren(BlocksEditor)) == 1
    assert not window.findChildren(ScreeningEditor)


def test_a_tab_made_after_an_edit_shows_the_plan_as_it_is_then(window) -> None:
    assert window.doc.apply("blocks.0.intensity_pct_mt", 110.0) is None
    assert window.doc.apply("schedule.treatment_days", 17) is None
    window.tabs.setCurrentIndex(MainWindow.TABS.index("stimulation"))
    assert _spin(window, "intensity_pct_mt").value() == 110.0
    window.tabs.setCurrentIndex(MainWindow.TABS.index("schedule"))
    assert _spin(window, "treatment_days").value() == 17
    window.doc.undo_stack.undo()  # and once made, it follows every change
    assert _spin(window, "treatment_days").value() != 17


def test_a_list_tab_made_after_an_edit_lists_the_plan_as_it_is_then(window) -> None:
    taken = MedicationEntry(name="Sertraline", dose="50 mg")
    window.doc.replace(window.doc.plan.model_copy(update={"medications": [taken]}), "medications")
    window.tabs.setCurrentIndex(MainWindow.TABS.index("medications"))
    assert window.medications.list.count() == 1
    model = window.medications.list.model()
    assert model.index(0, 0).data() == "Sertraline"


def test_a_tab_made_later_marks_the_fields_a_blocking_finding_names(window) -> None:
    assert window.doc.apply("motor_threshold.value_pct_mso", 95.0) is None
    assert window.doc.apply("blocks.0.intensity_pct_mt", 120.0) is None  # 114 % MSO: more than the device gives
    blocking = [f for f in window.doc.results.findings if f.severity.name == "BLOCK"]
    assert any(f.field.startswith("blocks[0].intensity") for f in blocking), blocking
    window.tabs.setCurrentIndex(MainWindow.TABS.index("stimulation"))
    intensity = _spin(window, "intensity_pct_mt")
    assert intensity.property("blocked")


def test_asking_for_an_editor_makes_its_tab(window) -> None:
    assert not window.findChildren(MedicationsEditor)
    assert window.medications.list is not None  # the property makes the tab
    assert len(window.findChildren(MedicationsEditor)) == 1
    window.focus_field("screening.metal_in_head")
    assert window.tabs.currentIndex() == MainWindow.TABS.index("screening")
    assert QApplication.focusWidget() is window.screening.groups[next(iter(window.screening.groups))].button(1) \
        or window.screening.isAncestorOf(QApplication.focusWidget())


def test_going_to_a_field_makes_only_its_own_tab(window) -> None:
    window.focus_field("motor_threshold.value_pct_mso")
    assert window.tabs.currentIndex() == MainWindow.TABS.index("threshold")
    assert QApplication.focusWidget().objectName() in ("value_pct_mso", "qt_spinbox_lineedit")
    assert not window.findChildren(ScreeningEditor) and not window.findChildren(BlocksEditor)
    assert "tmsplanner.gui.schedule_editors" not in sys.modules or window._pages["schedule"].made is False


def test_a_tab_whose_making_failed_is_made_again_when_asked(window, monkeypatch) -> None:
    calls = []
    real = MainWindow._make_medications

    def fail_once(self) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("disk gone")
        real(self)

    monkeypatch.setattr(MainWindow, "_make_medications", fail_once)
    window._pages["medications"]._make = lambda: fail_once(window)
    with pytest.raises(RuntimeError):
        window.medications  # noqa: B018 (the property makes the tab)
    assert window.medications.list.count() == 0 and len(calls) == 2


def _takes_tab(widget: QWidget, window: MainWindow) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


@pytest.mark.parametrize("tab", [t for t in MainWindow.TABS if t != "patient"])
def test_tab_goes_from_the_tab_bar_through_the_tab_before_the_findings(window, tab) -> None:
    window.tabs.setCurrentIndex(MainWindow.TABS.index(tab))
    QApplication.processEvents()  # the Treatment tab makes a row of fields per block on its first refresh
    page = window.tabs.currentWidget()
    order, step = [], window.tabs.tabBar().nextInFocusChain()
    while step is not window.tabs.tabBar():
        if _takes_tab(step, window):
            order.append(step)
        step = step.nextInFocusChain()
    on_page = [i for i, w in enumerate(order) if page.isAncestorOf(w)]
    assert on_page, tab
    first_result = next(i for i, w in enumerate(order) if window.results_column.isAncestorOf(w))
    assert max(on_page) < first_result
    assert on_page == list(range(on_page[0], on_page[0] + len(on_page)))  # no other field in between


FIRST_PAINT_MODULES = """
import runpy, sys
import tmsplanner.proctime as proctime
line = proctime.first_paint_line
proctime.first_paint_line = lambda *a: "loaded " + " ".join(sorted(sys.modules)) + "\\n" + line(*a)
sys.argv = ["tmsplanner", "gui", sys.argv[1]]
runpy.run_module("tmsplanner", run_name="__main__")
"""


def test_the_other_tabs_and_the_dialogs_load_after_the_first_paint(kb, tmp_path) -> None:
    plan = tmp_path / "course.tmsplan"
    save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), plan)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen", "TMSPLANNER_EXIT_AFTER_FIRST_PAINT": "1"}
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_MODULES, str(plan)], env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(next(x for x in result.stdout.splitlines() if x.startswith("loaded ")).split()[1:])
    assert "tmsplanner.gui.main_window" in loaded and "tmsplanner.gui.forms" in loaded
    later = {"tmsplanner.gui.blocks_editor", "tmsplanner.gui.lists_editors", "tmsplanner.gui.schedule_editors",
             "tmsplanner.gui.dialogs", "tmsplanner.gui.treatment", "tmsplanner.core.record"}
    assert not later & loaded


@pytest.mark.parametrize(("value", "asked"), [("1", True), ("at-once", True), ("", False), ("0", False)])
def test_the_first_paint_contract_is_asked_by_its_two_values(monkeypatch, value, asked) -> None:
    monkeypatch.setenv("TMSPLANNER_EXIT_AFTER_FIRST_PAINT", value)
    assert proctime.exit_after_first_paint_requested() is asked


def test_at_once_the_window_leaves_the_process_at_its_first_paint(kb, tmp_path) -> None:
    # what a start costs up to its first paint is counted alone (benchmarks/bench_paths.py --instructions)
    plan = tmp_path / "course.tmsplan"
    save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), plan)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen", "TMSPLANNER_EXIT_AFTER_FIRST_PAINT": "at-once"}
    script = ("import atexit, runpy, sys\n"
              "atexit.register(print, 'left through the interpreter')\n"
              "sys.argv = ['tmsplanner', 'gui', sys.argv[1]]\n"
              "runpy.run_module('tmsplanner', run_name='__main__')\n")
    result = subprocess.run([sys.executable, "-c", script, str(plan)], env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("first-paint ")
    assert "left through the interpreter" not in result.stdout  # no interpreter shutdown ran
