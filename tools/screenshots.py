"""Screenshots of the main window in real X11 windows (run under Xvfb), for review.

Usage: DISPLAY=:99 python tools/screenshots.py OUTDIR [STATE] [LANGUAGE]
Each state runs in its own process so the window is fresh; `import` (ImageMagick)
captures the screen as a person would see it.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

STATES = ("preset", "blocked", "accelerated", "cyrillic", "scaled", "screening", "threshold", "stimulation",
          "settings", "schedule", "medications", "outcomes", "timeline", "beam", "presets", "preview", "day",
          "overdose", "treatment", "record")


def prepare(window, state: str) -> None:
    from tmsplanner.core.vocab import ScreeningItem

    doc = window.doc
    window.apply_preset("snt-accelerated-itbs" if state in ("accelerated", "day") else "neurostar-10hz-ldlpfc")
    doc.apply("motor_threshold.value_pct_mso", 52.0)
    doc.apply("motor_threshold.placeholder", False)
    doc.apply("screening", dict.fromkeys(ScreeningItem, False))
    doc.apply("patient.identifier", "P-0042")
    if state == "blocked":
        window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
        doc.apply("blocks.0.pattern.frequency_hz", 20.0)
    if state == "overdose":
        window.tabs.setCurrentIndex(window.TABS.index("threshold"))
        doc.apply("motor_threshold.value_pct_mso", 90.0)
    if state == "accelerated":
        doc.apply("motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
        doc.apply("motor_threshold.target_scalp_cortex_distance_mm", 17.0)
        window.tabs.setCurrentIndex(window.TABS.index("schedule"))
        window.result_tabs.setCurrentIndex(2)
    if state in ("cyrillic", "scaled"):
        doc.apply("patient.display_name", "Олена Шевченко-Петренко")
        doc.apply("medications", [])
        window.medications.name.setText("Бупропион")
        window.medications.add()
        window.tabs.setCurrentIndex(window.TABS.index("patient"))
    if state in ("screening", "threshold", "stimulation", "schedule", "medications"):
        window.tabs.setCurrentIndex(window.TABS.index(state))
    if state == "schedule":
        doc.apply("schedule.holiday_country", "UA")
    if state == "medications":
        window.medications.name.setText("Bupropion")
        window.medications.add()
    if state in ("outcomes", "timeline"):
        window.result_tabs.setCurrentIndex(3 if state == "outcomes" else 2)
    if state == "day":
        from PySide6.QtCore import QTime

        window.tabs.setCurrentIndex(window.TABS.index("schedule"))
        window.calendar_form.closes.setChecked(True)
        window.calendar_form.closing.setTime(QTime(17, 0))
        window.result_tabs.setCurrentIndex(window.day_tab)
    if state == "beam":
        from tmsplanner.gui.beam_f3_dialog import open_beam_f3_dialog

        window.beam_dialog = open_beam_f3_dialog(window)
        window.beam_dialog.move(700, 80)
    if state == "presets":
        from tmsplanner.gui.dialogs import PresetDialog

        window.preset_dialog = PresetDialog(doc.kb, window)
        window.preset_dialog.show()
    if state == "preview":
        window.files.preview()
    if state in ("treatment", "record"):
        _record_a_few_sessions(window)
    if state == "settings":
        from tmsplanner.gui.dialogs import SettingsDialog

        window.settings_dialog = SettingsDialog(window.store.settings, window)
        window.settings_dialog.show()


def _record_a_few_sessions(window) -> None:
    """Save the plan into a temporary folder with its own course record, record some sessions and scores."""
    import tempfile

    from tmsplanner.app.records import record_deviation, record_score, record_session
    from tmsplanner.app.store import open_store
    from tmsplanner.core.record import Deviation, Score, SessionRecord, SideEffect
    from tmsplanner.core.vocab import DeviationKind, SideEffectKind, SideEffectSeverity

    folder = Path(tempfile.mkdtemp(prefix="tmsplanner-shots-"))
    os.environ["TMSPLANNER_STORE"] = f"sqlite:///{folder}/record.sqlite3"
    window.doc.save(folder / "plan.tmsplan")
    plan, kb, view = window.doc.plan, window.doc.kb, window.doc.results.view
    from tmsplanner.app.records import planned_blocks

    as_of = view.sessions[5].date  # the course is shown a week in, whatever the clock says
    with open_store() as store:
        record_score(store, plan, kb, Score(scale="madrs", date=view.sessions[0].date, value=31), today=as_of)
        for row in view.sessions[:6]:
            if row.index == 4:
                record_deviation(store, plan, kb, Deviation(session=4, date=row.date, deviation=DeviationKind.MISSED,
                                                            reason="ill", operator="ОК"))
                continue
            blocks = planned_blocks(view, row.index)
            headache = SideEffect(kind=SideEffectKind.HEADACHE, severity=SideEffectSeverity.MILD)
            effects = (headache,) if row.index == 2 else ()
            record_session(store, plan, kb, SessionRecord(
                session=row.index, date=row.date, start=row.start.time(), end=row.end.time().replace(microsecond=0),
                operator="ОК", blocks=blocks, side_effects=effects, coil_position_confirmed=True), today=as_of)
        record_score(store, plan, kb, Score(scale="madrs", date=view.sessions[5].date, value=22), today=as_of)
    window.tabs.setCurrentIndex(window.TABS.index("treatment"))
    panel = window.treatment.panel
    window.result_tabs.setCurrentIndex(next(i for i in range(window.result_tabs.count())
                                            if window.result_tabs.widget(i).isAncestorOf(panel)))
    window.treatment.refresh()


def run_state(state: str, out: Path, language: str | None = None) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tmsplanner.core.evidence.kb import bundled_knowledge_base
    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.app import install_translations, load_fonts
    from tmsplanner.gui.main_window import MainWindow

    app = QApplication([])
    load_fonts(app)
    settings = AppSettings(clinic_name="Клиника «Нейро»", language=language)
    translators = install_translations(app, settings)  # noqa: F841 (kept alive)
    window = MainWindow(bundled_knowledge_base(), settings)
    window.move(0, 0)
    window.show()
    prepare(window, state)

    def shoot() -> None:
        name = f"{state}-{language}" if language else state
        subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True)
        window.doc.undo_stack.setClean()
        app.quit()

    QTimer.singleShot(1200, shoot)
    app.exec()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 2:
        run_state(sys.argv[2], out, sys.argv[3] if len(sys.argv) > 3 else None)
        return
    for state in STATES:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb")
        if state == "scaled":
            env["QT_SCALE_FACTOR"] = "1.5"
        subprocess.run([sys.executable, __file__, str(out), state], env=env, check=True)
    print(f"screenshots in {out} ({dt.datetime.now():%H:%M})")


if __name__ == "__main__":
    main()
