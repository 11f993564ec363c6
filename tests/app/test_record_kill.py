"""Killing the command line in the middle of a record never leaves a partial entry or a broken plan file.

A child process runs ``tmsplanner record`` (or ``score``, ``retest``) with a hook that stops before every
SQL statement and before the commit and says so on stdout; the parent picks a random one of those points
and kills the child there (SIGKILL), with the transaction half done. Afterwards the store must hold every
entry whole (it parses, its plan version is kept) and either one entry more or none, and the plan file
must parse. The kill points are steps of the work, not moments in time, so no machine is too fast or
too slow for them.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys

import pytest
from planfactory import AFTER_ANY_COURSE, preset_plan

from tmsplanner.app.plans import open_plan, save_plan
from tmsplanner.app.store import open_store
from tmsplanner.app.store.admin import init_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# Runs the command line, stopping before each SQL statement and each commit until the parent says "go".
CHILD = """
import sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

def _stop(what):
    print("STEP", what, flush=True)
    sys.stdin.readline()

event.listen(Engine, "before_cursor_execute", lambda conn, cur, statement, *rest: _stop(statement.split()[0]))
event.listen(Engine, "commit", lambda conn: _stop("COMMIT"))
from tmsplanner.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _count(url: str) -> int:
    with open_store(url) as store:
        return store.status().entries


def _run_and_kill(args: list[str], env: dict[str, str], kill_at: int) -> tuple[bool, list[str]]:
    """Run the command; kill it when it stops at step ``kill_at``. Return whether it was killed, and the steps."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, *args], env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdin is not None and child.stdout is not None
    steps: list[str] = []
    for line in child.stdout:
        if not line.startswith("STEP "):
            continue
        steps.append(line.split()[1])
        if len(steps) == kill_at:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=120)
            child.stdin.close()
            child.stdout.close()
            return True, steps
        child.stdin.write("go\n")
        child.stdin.flush()
    child.stdin.close()
    child.stdout.close()
    assert child.wait(timeout=120) == 0
    return False, steps


def test_killing_a_record_at_random_steps_never_leaves_a_partial_entry(kb, tmp_path, store_url):
    plan_file = save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), tmp_path / "course.tmsplan")  # no plan_id yet
    init_store(store_url).close()
    env = {**os.environ, "TMSPLANNER_STORE": store_url}
    # A whole first run (it creates the store and gives the plan its id) says how many steps a record has.
    killed, steps = _run_and_kill(["retest", str(plan_file), "--value", "50", "--operator", "AB", "--date",
                                   "2026-11-23"], env, kill_at=0)
    assert not killed and "INSERT" in steps and steps[-1] == "COMMIT"
    # Every step of a record (and one past the last) twice, in a random order.
    _, record_steps = _run_and_kill(["record", str(plan_file), "--session", "1", "--operator", "AB"], env, 0)
    points = list(range(1, len(record_steps) + 2)) * 2
    random.Random(20261130).shuffle(points)
    session, inside = 2, 0
    for round_, kill_at in enumerate(points):
        before = _count(store_url)
        if round_ % 4 == 3:
            args = ["score", str(plan_file), "--scale", "madrs", "--date", f"2026-12-{1 + round_:02d}",
                    "--value", "20", "--today", AFTER_ANY_COURSE.isoformat()]
        else:
            args = ["record", str(plan_file), "--session", str(session), "--operator", "AB", "--mso", "1=60",
                    "--side-effect", "headache:mild", "--note", "kill test"]
        killed, seen = _run_and_kill(args, env, kill_at)
        after = _count(store_url)
        assert after == (before if killed else before + 1)  # a killed record leaves nothing, a finished one all
        if killed and "INSERT" in seen:
            inside += 1  # killed with the entry's transaction half done
        if not killed and args[0] == "record":
            session += 1
        if store_url.startswith("sqlite"):
            with sqlite3.connect(store_url.removeprefix("sqlite:///")) as db:
                assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        plan = open_plan(plan_file).plan
        assert plan.plan_id is not None
        with open_store(store_url) as store:
            entries = store.entries(plan.plan_id)  # every entry parses whole
            assert len(entries) == after
            for entry in entries:
                assert store.plan_at(plan.plan_id, entry.plan_version) is not None
            assert store.verify().first_break is None  # and has its audit row, chained
    assert inside >= 2  # the kills reached into the transactions (before the insert, before the commit)
