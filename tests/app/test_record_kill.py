"""Killing the command line in the middle of a record never leaves a partial entry or a broken plan file.

Each round starts ``tmsplanner record`` (or ``score``/``retest``) in a child process and kills it
(SIGKILL) after a random delay spread over the whole run, from start-up to the commit. Afterwards the
store must hold every entry whole (it parses, its plan version is kept) and either one entry more or
none, and the plan file must be the old or the new one, never a half-written one.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from planfactory import preset_plan

from tmsplanner.app.plans import open_plan, save_plan
from tmsplanner.app.store import open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tmsplanner", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _count(path) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        try:
            return db.execute("select count(*) from entries").fetchone()[0]
        except sqlite3.OperationalError:  # killed before the first migration finished
            return 0


def test_killing_a_record_at_random_points_never_leaves_a_partial_entry(kb, tmp_path):
    plan_file = save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), tmp_path / "course.tmsplan")  # no plan_id yet
    store_path = tmp_path / "record.sqlite3"
    env = {**os.environ, "TMSPLANNER_STORE": f"sqlite:///{store_path}"}
    # How long one whole record takes here, so that the kills spread over the whole of it.
    began = time.monotonic()
    warm = _run(["retest", str(plan_file), "--value", "50", "--operator", "AB", "--date", "2026-11-23"], env)
    assert warm.wait(timeout=120) == 0
    whole = time.monotonic() - began
    rng = random.Random(20261130)
    session, killed, finished = 1, 0, 0
    for round_ in range(16):
        before = _count(store_path)
        if round_ % 4 == 3:
            args = ["score", str(plan_file), "--scale", "madrs", "--date", f"2026-12-{1 + round_:02d}",
                    "--value", "20"]
        else:
            args = ["record", str(plan_file), "--session", str(session), "--operator", "AB", "--mso", "1=60",
                    "--side-effect", "headache:mild", "--note", "kill test"]
        child = _run(args, env)
        time.sleep(rng.uniform(0.0, whole * 1.1))
        child.send_signal(signal.SIGKILL)
        code = child.wait(timeout=120)
        after = _count(store_path)
        assert after in (before, before + 1)
        if code == 0:
            finished += 1
        else:
            killed += 1
        if after == before + 1 and args[0] == "record":
            session += 1
        with sqlite3.connect(store_path) as db:
            assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        plan = open_plan(plan_file).plan  # old or new file, never half of one
        assert plan.plan_id is not None
        with open_store(f"sqlite:///{store_path}") as store:
            entries = store.entries(plan.plan_id)  # every entry parses whole
            assert len(entries) == after
            for entry in entries:
                assert store.plan_at(plan.plan_id, entry.plan_version) is not None
    assert killed >= 4  # the delays reached into the runs
    assert not list(tmp_path.glob("*.tmp*"))  # no temporary file left next to the plan
