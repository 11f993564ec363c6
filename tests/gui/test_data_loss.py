"""Nothing lost (issue 10, points 1-5, 18, 20): autosave per document, change on disk, links, failed opens and edits.

Real files, real windows and, for crashes, real processes killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import icalendar
import pytest
from planfactory import TODAY, edit, preset_plan
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tmsplanner.app import blank_plan, open_plan, save_plan
from tmsplanner.app.autosave import orphans
from tmsplanner.core.planio import dump_plan, load_plan
from tmsplanner.core.settings import AppSettings, autosave_dir
from tmsplanner.gui import document, file_actions
from tmsplanner.gui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
Yes, No, Discard = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.Discard)


class Questions:
    """Stands in for QMessageBox.question: records each question and gives the next answer."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def __call__(self, parent, title, text, *args, **kwargs):
        self.asked.append((title, text))
        assert self.answers, f"unexpected question: {title}: {text}"
        return self.answers.pop(0)


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


_OPEN: list[MainWindow] = []


@pytest.fixture(autouse=True)
def close_windows_after_the_test():
    yield
    while _OPEN:
        win = _OPEN.pop()
        win.doc.undo_stack.setClean()  # a "crashed" window never asks
        win.close()
        win.deleteLater()


def make_window(qtbot, kb) -> MainWindow:
    win = MainWindow(kb, AppSettings())
    _OPEN.append(win)
    return win


def close_cleanly(win: MainWindow) -> None:
    win.doc.undo_stack.setClean()
    assert win.close()


def plan_file(kb, folder: Path, patient: str = "PAT-4711", name: str = "plan.tmsplan") -> Path:
    path = folder / name
    save_plan(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "patient.identifier", patient), path)
    return path


def autosave_files() -> list[Path]:
    folder = autosave_dir()
    return sorted(folder.glob("*.autosave")) if folder.exists() else []


# -- 1. crash, then reopen the file by name -------------------------------------------------

def test_crash_then_reopening_the_file_by_name_offers_the_autosave(qtbot, kb, tmp_path, config,
                                                                  monkeypatch) -> None:
    path = plan_file(kb, tmp_path)
    crashed = make_window(qtbot, kb)
    assert crashed.files.open_path(path, confirmed=True)
    crashed.doc.apply("schedule.treatment_days", 17)
    assert crashed.files.autosave()
    crashed.files.autosaves.close()  # the process died: the kernel dropped its lock, the autosave stays

    reopened = make_window(qtbot, kb)
    questions = Questions(No)
    monkeypatch.setattr(QMessageBox, "question", questions)
    assert reopened.files.open_path(path, confirmed=True)
    (title, text), = questions.asked
    assert "PAT-4711" in text and str(path) in text
    saved_at = orphans()[0].saved_at
    assert saved_at.strftime("%Y-%m-%d %H:%M") in text
    # "No" keeps it, and a clean close does not delete another instance's autosave
    close_cleanly(reopened)
    assert len(autosave_files()) == 1

    again = make_window(qtbot, kb)
    monkeypatch.setattr(QMessageBox, "question", Questions(Yes))
    assert again.files.open_path(path, confirmed=True)
    assert again.doc.plan.schedule.treatment_days == 17 and again.doc.modified and again.doc.path == path
    assert "plan.tmsplan" in again.windowTitle()
    # adopted: this window's copy replaced the dead instance's file
    files = autosave_files()
    assert len(files) == 1 and again.files.autosaves.instance in files[0].name
    assert again.files.save()
    assert load_plan(path).schedule.treatment_days == 17 and autosave_files() == []
    close_cleanly(again)


DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from tmsplanner.app import SettingsStore
    from tmsplanner.core.evidence.kb import bundled_knowledge_base
    from tmsplanner.gui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    store, _ = SettingsStore.load()
    window = MainWindow(bundled_knowledge_base(), store)
    window.show()
    path = Path(sys.argv[1])
    if path.exists():
        assert window.files.open_path(path, confirmed=True)
    window.doc.apply("schedule.treatment_days", int(sys.argv[2]))
    assert window.files.autosave()
    print("autosaved", flush=True)
    app.exec()
""")


def start_window_process(plan: Path, days: int, config: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(plan), str(days)], stdout=subprocess.PIPE,
                            cwd=REPO, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == b"autosaved", line
    return proc


def kill_9(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    if proc.stdout is not None:
        proc.stdout.close()


def test_kill_9_of_a_window_then_gui_plan_offers_its_work(qtbot, kb, tmp_path, config, monkeypatch) -> None:
    """`tmsplanner gui plan.tmsplan` after a kill -9 offered nothing (the offer came only without a file)."""
    path = plan_file(kb, tmp_path)
    kill_9(start_window_process(path, 19, config))
    assert len(autosave_files()) == 1

    from tmsplanner.gui import app as gui_app

    shown: list[MainWindow] = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    questions = Questions(Yes)
    monkeypatch.setattr(QMessageBox, "question", questions)
    app = QApplication.instance()
    font = app.font()
    try:
        assert gui_app.main([str(path)]) == 0
    finally:  # the start-up sets the application font and translations: later tests get them back as they were
        for translator in getattr(app, "_translators", []):
            app.removeTranslator(translator)
        app._translators = []
        app.setFont(font)
    win, = shown
    _OPEN.append(win)
    QApplication.processEvents()  # the offer comes once the window is up
    (_, text), = questions.asked
    assert "PAT-4711" in text
    assert win.doc.path == path and win.doc.plan.schedule.treatment_days == 19 and win.doc.modified
    close_cleanly(win)
    assert autosave_files() == []  # recovered, then saved-or-discarded state: nothing left to offer


# -- 2. two instances ------------------------------------------------------------------------

def test_two_instances_keep_their_own_autosaves(qtbot, kb, tmp_path, config, monkeypatch) -> None:
    first, second = make_window(qtbot, kb), make_window(qtbot, kb)
    first.doc.apply("schedule.treatment_days", 11)
    second.doc.apply("schedule.treatment_days", 13)
    assert first.files.autosave() and second.files.autosave()
    assert len(autosave_files()) == 2
    assert orphans() == []  # both still run: nothing is offered
    # the second closes cleanly after discarding its changes: the first's autosave stays
    monkeypatch.setattr(file_actions, "ask_unsaved", Questions(Discard))
    assert second.close()
    files = autosave_files()
    assert len(files) == 1 and first.files.autosaves.instance in files[0].name
    first.files.autosaves.close()  # the first crashes
    third = make_window(qtbot, kb)
    questions = Questions(Yes)
    monkeypatch.setattr(QMessageBox, "question", questions)
    assert third.files.offer_recovery()
    assert third.doc.plan.schedule.treatment_days == 11 and "NEW" in questions.asked[0][1]
    close_cleanly(third)


def test_two_crashed_instances_both_come_back(qtbot, kb, tmp_path, config, monkeypatch) -> None:
    for days in (21, 23):
        kill_9(start_window_process(tmp_path / "never-saved.tmsplan", days, config))
    assert len(orphans()) == 2
    win = make_window(qtbot, kb)
    monkeypatch.setattr(QMessageBox, "question", Questions(No, Yes))
    assert win.files.offer_recovery()
    recovered = win.doc.plan.schedule.treatment_days
    assert recovered in (21, 23)
    left, = orphans()
    assert left.plan is not None and left.plan.schedule.treatment_days == 44 - recovered
    close_cleanly(win)


# -- 3. change on disk -----------------------------------------------------------------------

def test_saving_over_a_file_changed_on_disk_asks_and_no_leaves_it(qtbot, kb, tmp_path, config,
                                                                 monkeypatch) -> None:
    path = plan_file(kb, tmp_path)
    win = make_window(qtbot, kb)
    assert win.files.open_path(path, confirmed=True)
    win.doc.apply("schedule.treatment_days", 12)
    theirs = edit(load_plan(path), "schedule.treatment_days", 25)
    save_plan(theirs, path)  # another window or program saved meanwhile
    on_disk = path.read_bytes()
    questions = Questions(No)
    monkeypatch.setattr(QMessageBox, "question", questions)
    assert not win.files.save()
    (title, text), = questions.asked
    assert title == "File changed on disk" and str(path) in text
    assert path.read_bytes() == on_disk and win.doc.modified
    monkeypatch.setattr(QMessageBox, "question", Questions(Yes))
    assert win.files.save()
    assert load_plan(path).schedule.treatment_days == 12 and not win.doc.modified
    # saved here: the next save does not ask
    win.doc.apply("schedule.treatment_days", 14)
    monkeypatch.setattr(QMessageBox, "question", Questions())
    assert win.files.save()
    close_cleanly(win)


def test_two_windows_on_one_file_cannot_lose_an_update(qtbot, kb, tmp_path, config, monkeypatch) -> None:
    path = plan_file(kb, tmp_path)
    a, b = make_window(qtbot, kb), make_window(qtbot, kb)
    assert a.files.open_path(path, confirmed=True) and b.files.open_path(path, confirmed=True)
    a.doc.apply("schedule.treatment_days", 15)
    assert a.files.save()
    b.doc.apply("patient.identifier", "PAT-B")
    monkeypatch.setattr(QMessageBox, "question", Questions(No))
    assert not b.files.save()
    assert load_plan(path).schedule.treatment_days == 15
    close_cleanly(a)
    close_cleanly(b)


# -- 4. symlinks -----------------------------------------------------------------------------

def test_saving_through_a_symlink_in_the_window_updates_the_shared_file(qtbot, kb, tmp_path, config) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = plan_file(kb, shared)
    target.chmod(0o664)
    link = tmp_path / "mine.tmsplan"
    link.symlink_to(target)
    win = make_window(qtbot, kb)
    assert win.files.open_path(link, confirmed=True)
    win.doc.apply("schedule.treatment_days", 16)
    assert win.files.save()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_plan(target).schedule.treatment_days == 16
    assert target.stat().st_mode & 0o777 == 0o664
    assert [p.name for p in shared.iterdir()] == ["plan.tmsplan"]
    close_cleanly(win)


def test_cli_new_force_through_a_symlink_updates_the_target(kb, tmp_path) -> None:
    target = plan_file(kb, tmp_path, name="real.tmsplan")
    link = tmp_path / "link.tmsplan"
    link.symlink_to(target.name)
    result = subprocess.run([sys.executable, "-m", "tmsplanner", "new", "--preset", "neurostar-10hz-ldlpfc",
                             "--patient", "CLI-9", "--force", "-o", str(link)], capture_output=True, text=True,
                            cwd=REPO, env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg")}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "real.tmsplan"
    assert load_plan(target).patient.identifier == "CLI-9"


# -- 5. failed open and failed edit ----------------------------------------------------------

@pytest.fixture
def checks_fail_for_boom(monkeypatch) -> None:
    """Checking a plan for patient BOOM raises, as a course the engine cannot compute did."""
    real = document.run_checks

    def run_checks(plan, *args, **kwargs):
        if plan.patient.identifier == "BOOM":
            raise OverflowError("date value out of range")
        return real(plan, *args, **kwargs)

    monkeypatch.setattr(document, "run_checks", run_checks)


def state(win: MainWindow):
    return (win.doc.plan, win.doc.path, win.doc.stamp, win.windowTitle(), win.doc.modified, win.doc.results,
            win.doc.undo_stack.count(), win.fields.bindings[0].widget.property("text") if win.fields.bindings
            else None, win.findings.grab().size())


def test_a_failed_open_leaves_the_document_exactly_as_it_was(qtbot, kb, tmp_path, config, monkeypatch,
                                                             checks_fail_for_boom) -> None:
    good = plan_file(kb, tmp_path, "GOOD-1", "good.tmsplan")
    bad = plan_file(kb, tmp_path, "BOOM", "bad.tmsplan")
    win = make_window(qtbot, kb)
    assert win.files.open_path(good, confirmed=True)
    win.doc.apply("schedule.treatment_days", 12)
    before = state(win)
    shown = []
    monkeypatch.setattr(file_actions, "show_error", lambda *args, **kw: shown.append((*args, kw.get("technical"))))
    assert not win.files.open_path(bad, confirmed=True)
    assert state(win) == before
    assert win.doc.path == good and win.doc.plan.patient.identifier == "GOOD-1"
    assert "was not changed" in shown[0][2] and "OverflowError" in shown[0][3]
    # Save writes the plan on screen, to its own file
    assert win.files.save()
    assert load_plan(good).schedule.treatment_days == 12 and load_plan(bad).patient.identifier == "BOOM"
    close_cleanly(win)


def test_a_failed_edit_leaves_the_document_exactly_as_it_was(qtbot, kb, tmp_path, config,
                                                             checks_fail_for_boom) -> None:
    path = plan_file(kb, tmp_path)
    win = make_window(qtbot, kb)
    assert win.files.open_path(path, confirmed=True)
    before = state(win)
    with pytest.raises(OverflowError):
        win.doc.apply("patient.identifier", "BOOM")
    assert state(win) == before and not win.doc.modified
    with pytest.raises(OverflowError):
        win.doc.replace(edit(win.doc.plan, "patient.identifier", "BOOM"), "preset")
    assert state(win) == before
    assert win.files.save()
    assert load_plan(path).patient.identifier == "PAT-4711"
    close_cleanly(win)


def test_the_error_dialog_is_truthful_about_the_plan_on_screen(qtbot, kb, tmp_path, config, monkeypatch,
                                                               checks_fail_for_boom) -> None:
    """The window's error boundary says the plan on screen was not changed: now it is so."""
    win = make_window(qtbot, kb)
    plan_before = win.doc.plan
    try:
        win.doc.apply("patient.identifier", "BOOM")
    except OverflowError:
        pass
    assert win.doc.plan is plan_before and win.doc.results.view.blocks


# -- 18. autosave failure --------------------------------------------------------------------

def test_autosave_failure_is_shown_until_it_works_again(qtbot, kb, tmp_path, config, monkeypatch) -> None:
    config.mkdir(parents=True, exist_ok=True)
    (config / "tmsplanner").write_text("not a folder", encoding="utf-8")  # the autosave folder cannot exist
    win = make_window(qtbot, kb)
    win.show()
    win.doc.apply("schedule.treatment_days", 12)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[1:3]))
    assert not win.files.autosave()
    assert not win.files.autosave()
    assert len(warned) == 1 and "could not be autosaved" in warned[0][1]  # said once, with a dialog
    assert win.files.autosave_warning.isVisible()  # and shown for as long as it fails
    (config / "tmsplanner").unlink()
    assert win.files.autosave()
    assert not win.files.autosave_warning.isVisible()
    close_cleanly(win)


# -- 20. calendar UIDs -----------------------------------------------------------------------

def test_window_ics_uids_are_random_stored_and_stable(qtbot, kb, tmp_path, config, monkeypatch) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "patient.display_name", "Nguyễn Văn An")
    path = tmp_path / "old.tmsplan"
    save_plan(plan.model_copy(update={"plan_id": None}), path)  # written before ids were stored
    win = make_window(qtbot, kb)
    assert win.files.open_path(path, confirmed=True)
    outputs = [tmp_path / "one.ics", tmp_path / "two.ics"]
    for out in outputs:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: No)
        assert win.files.export_ics()
    uids = [[str(e["uid"]) for e in icalendar.Calendar.from_ical(o.read_bytes()).walk("VEVENT")] for o in outputs]
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0])
    plan_id = win.doc.plan.plan_id
    assert plan_id and win.doc.modified  # stored in the plan, to be saved with it
    from tmsplanner.core.planio import plan_fingerprint

    assert not any(plan_fingerprint(win.doc.plan) in u or plan_fingerprint(plan) in u for u in uids[0])
    assert win.files.save() and load_plan(path).plan_id == plan_id
    close_cleanly(win)


def test_new_plans_get_a_random_plan_id(kb) -> None:
    one, two = blank_plan(kb, TODAY), blank_plan(kb, TODAY)
    assert one.plan_id and two.plan_id and one.plan_id != two.plan_id
    assert "NEW" not in one.plan_id


def test_autosave_files_are_private_json_naming_their_file(qtbot, kb, tmp_path, config) -> None:
    path = plan_file(kb, tmp_path)
    win = make_window(qtbot, kb)
    assert win.files.open_path(path, confirmed=True)
    win.doc.apply("schedule.treatment_days", 12)
    assert win.files.autosave()
    file, = autosave_files()
    assert file.stat().st_mode & 0o777 == 0o600
    document_ = json.loads(file.read_text(encoding="utf-8"))
    assert document_["source"] == str(path.resolve()) and document_["plan"]["schedule"]["treatment_days"] == 12
    assert document_["source_stamp"]["sha256"] == open_plan(path).stamp.sha256
    # undoing back to the saved state drops it
    win.doc.undo_stack.undo()
    assert win.files.autosave() and autosave_files() == []
    assert dump_plan(win.doc.plan) == path.read_bytes()
    close_cleanly(win)


def test_window_start_removes_temp_files_a_killed_instance_left(qtbot, kb, tmp_path, config) -> None:
    from tmsplanner.core.fileio import host_tag

    path = plan_file(kb, tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    stale = tmp_path / f".other.pdf.tmsplanner-tmp-{int(dead.stdout)}-{host_tag()}-0a0b0c0d"
    stale.write_bytes(b"%PDF- the whole plan, patient name included")
    win = MainWindow(kb, AppSettings(recent_files=[str(path)]))
    _OPEN.append(win)
    assert not stale.exists() and path.exists()
