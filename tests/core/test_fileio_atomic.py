"""Atomic writes (issue 10, points 4 and 20): links followed, modes kept, no temporary file left behind."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tmsplanner.core import fileio
from tmsplanner.core.errors import FileWriteError
from tmsplanner.core.fileio import remove_stale_temp_files, temp_name, write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_writing_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "plan.tmsplan"
    target.write_bytes(b"old")
    target.chmod(0o664)
    link = tmp_path / "link.tmsplan"
    link.symlink_to(target)
    assert write_atomic(link, b"new") == target
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new" and link.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o664  # the shared file keeps its group access
    assert leftovers(tmp_path) == [] and leftovers(shared) == []


def test_a_relative_chain_of_links_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_bytes(b"a")
    (tmp_path / "one").symlink_to("real.txt")
    (tmp_path / "two").symlink_to("one")
    write_atomic(tmp_path / "two", b"b")
    assert (tmp_path / "two").is_symlink() and (tmp_path / "one").is_symlink()
    assert (tmp_path / "real.txt").read_bytes() == b"b"


def test_temp_file_is_named_for_this_process_and_machine(tmp_path: Path) -> None:
    name = temp_name(tmp_path / "plan.tmsplan").name
    assert name.startswith(f".plan.tmsplan.tmsplanner-tmp-{os.getpid()}-{fileio.host_tag()}-")


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_every_failure_removes_the_temporary_file(tmp_path: Path, monkeypatch, failure: BaseException) -> None:
    target = tmp_path / "plan.tmsplan"
    target.write_bytes(b"old")

    def fail(fd: int) -> None:
        raise failure

    monkeypatch.setattr(fileio.os, "fsync", fail)
    with pytest.raises(FileWriteError if isinstance(failure, OSError) else KeyboardInterrupt):
        write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_failed_rename_removes_the_temporary_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "plan.tmsplan"

    def fail(src: object, dst: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(fileio.os, "replace", fail)
    with pytest.raises(FileWriteError, match="Permission denied"):
        write_atomic(target, b"new")
    assert not target.exists() and leftovers(tmp_path) == []


def test_cleanup_removes_only_temp_files_of_dead_processes(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_pid = int(dead.stdout)
    host = fileio.host_tag()
    stale = tmp_path / f".plan.tmsplan.tmsplanner-tmp-{dead_pid}-{host}-abcd1234"
    live = tmp_path / f".plan.tmsplan.tmsplanner-tmp-{os.getpid()}-{host}-abcd1234"
    elsewhere = tmp_path / f".plan.tmsplan.tmsplanner-tmp-{dead_pid}-00000000-abcd1234"
    if host == "00000000":  # pragma: no cover
        elsewhere = tmp_path / f".plan.tmsplan.tmsplanner-tmp-{dead_pid}-11111111-abcd1234"
    legacy_old = tmp_path / ".plan.tmsplan.k2j4_x9q.tmp"
    legacy_new = tmp_path / ".other.pdf.a1b2c3d4.tmp"
    someone_elses = tmp_path / ".bashrc"
    for path in (stale, live, elsewhere, legacy_old, legacy_new, someone_elses):
        path.write_bytes(b"patient data")
    os.utime(legacy_old, (1_000_000_000, 1_000_000_000))  # 2001: long finished
    removed = remove_stale_temp_files(tmp_path)
    assert sorted(p.name for p in removed) == sorted([stale.name, legacy_old.name])
    assert live.exists() and elsewhere.exists() and legacy_new.exists() and someone_elses.exists()


WRITER = textwrap.dedent("""
    import sys
    from tmsplanner.core.fileio import write_atomic
    target, size = sys.argv[1], int(sys.argv[2])
    n = 0
    print("started", flush=True)
    while True:
        n += 1
        write_atomic(target, (b"%09d" % n) * (size // 9))
""")


def test_kill_9_during_writes_leaves_old_or_new_and_no_temp_file_after_the_next_start(tmp_path: Path) -> None:
    """Issue 10, point 20: a killed write left a hidden temporary file holding the whole plan."""
    target = tmp_path / "plan.tmsplan"
    size = 4 * 1024 * 1024
    target.write_bytes(b"%09d" % 0 * (size // 9))
    temps_seen = 0
    for attempt in range(6):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(size)], stdout=subprocess.PIPE)
        assert writer.stdout is not None and writer.stdout.readline().strip() == b"started"
        time.sleep(0.15 + 0.05 * attempt)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        data = target.read_bytes()
        assert len(data) == size // 9 * 9 and data == data[:9] * (size // 9)  # never torn
        temps_seen += len(leftovers(tmp_path))
        # the next start: the next write of this file (or the window's start) cleans up first
        remove_stale_temp_files(tmp_path)
        assert leftovers(tmp_path) == []
    write_atomic(target, b"final")
    assert target.read_bytes() == b"final" and leftovers(tmp_path) == []


def test_the_next_write_of_the_same_file_removes_a_killed_writers_temp_file(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    stale = tmp_path / f".plan.tmsplan.tmsplanner-tmp-{int(dead.stdout)}-{fileio.host_tag()}-00ff00ff"
    stale.write_bytes(b"the whole plan, patient name included")
    write_atomic(tmp_path / "plan.tmsplan", b"new")
    assert not stale.exists() and leftovers(tmp_path) == []


def test_a_loop_of_links_is_refused_and_kept(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").symlink_to("b.pdf")
    (tmp_path / "b.pdf").symlink_to("a.pdf")
    (tmp_path / "self.ics").symlink_to("self.ics")
    for name in ("a.pdf", "self.ics"):
        with pytest.raises(FileWriteError, match="loop of symbolic links"):
            write_atomic(tmp_path / name, b"x")
        assert (tmp_path / name).is_symlink()
    assert leftovers(tmp_path) == []


def test_a_path_that_cannot_be_looked_at_is_a_file_write_error(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="cannot be written"):
        write_atomic(tmp_path / ("a" * 300 + ".pdf"), b"x")


def test_a_read_only_file_is_not_replaced(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    real_access = os.access
    monkeypatch.setattr(fileio.os, "access", lambda path, mode: False if Path(path) == target
                        else real_access(path, mode))  # as for a user other than root with mode 0444
    with pytest.raises(FileWriteError, match="is read-only"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_pipe_in_place_of_a_plan_or_settings_file_is_refused_without_waiting(tmp_path: Path) -> None:
    from tmsplanner.core.errors import PlanFileError
    from tmsplanner.core.planio import load_plan
    from tmsplanner.core.settings import AppSettings, load_settings

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(PlanFileError, match="not a regular file"):
        load_plan(pipe)
    settings, problem = load_settings(pipe)
    assert settings == AppSettings() and problem is not None and "not a regular file" in problem
