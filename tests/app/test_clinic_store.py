"""The clinic store on SQLite and on a real PostgreSQL server: concurrency, optimistic saves, the audit trail."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from clinicwork import record_share
from planfactory import preset_plan
from recordfactory import as_planned

from tmsplanner.app.records import record_session
from tmsplanner.app.store import StaleRevision, StoreError, open_store
from tmsplanner.app.store.admin import TECHNICIAN, init_store
from tmsplanner.core.plan import Plan

WORKERS = 4


def _plans(kb, count: int) -> list[Plan]:
    base = preset_plan(kb, "snt-accelerated-itbs")  # 50 sessions each
    return [base.model_copy(update={"plan_id": f"TP-{k:04d}"}) for k in range(count)]


def test_1000_sessions_recorded_at_once_by_several_processes(kb, store_url):
    """Four processes record the 1,000 sessions of 20 courses, all of them at once, every course shared."""
    init_store(store_url).close()
    plans = _plans(kb, 20)
    texts = [p.model_dump_json() for p in plans]
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        done = pool.starmap(record_share, [(store_url, texts, w, WORKERS) for w in range(WORKERS)])
    assert sum(done) == 1000
    with open_store(store_url) as store:
        for plan in plans:
            entries = store.entries(plan.plan_id)
            assert sorted(e.body.session for e in entries) == list(range(1, 51))
            assert {e.body.operator for e in entries} == {f"W{w}" for w in range(WORKERS)}
        check = store.verify()
    assert check.first_break is None and check.rows == 1000 and check.entries == 1000


def test_the_same_session_recorded_twice_at_once_is_recorded_once(kb, store_url):
    init_store(store_url).close()
    plan = _plans(kb, 1)[0]
    texts = [plan.model_dump_json()]
    # Both processes record every session (worker 0 of 1), so each session is raced for.
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = [pool.apply_async(record_share, (store_url, texts, 0, 1)) for _ in range(2)]
        outcomes = []
        for result in results:
            try:
                outcomes.append(result.get(timeout=600))
            except StoreError as exc:
                outcomes.append(str(exc))
    assert any("already recorded" in str(o) for o in outcomes) or outcomes.count(50) == 1
    with open_store(store_url) as store:
        sessions = [e.body.session for e in store.entries(plan.plan_id)]
    assert sorted(sessions) == sorted(set(sessions))  # no session twice as new


def test_a_second_save_of_the_same_revision_is_refused_naming_the_first(kb, store_url):
    plan = _plans(kb, 1)[0]
    with init_store(store_url) as setup:
        first = setup.save_plan(plan, None)
    assert first.revision == 1
    with open_store(store_url) as desk, open_store(store_url) as chair:
        mine, at_desk = desk.load_plan(plan.plan_id)
        theirs, at_chair = chair.load_plan(plan.plan_id)
        assert at_desk.revision == at_chair.revision == 1
        edited = mine.model_copy(update={"notes": "desk"})
        saved = desk.save_plan(edited, at_desk.revision)
        assert saved.revision == 2
        with pytest.raises(StaleRevision) as refused:
            chair.save_plan(theirs.model_copy(update={"notes": "chair"}), at_chair.revision)
        assert refused.value.current.revision == 2
        assert refused.value.current.saved_by == saved.saved_by and saved.saved_by in str(refused.value)
        assert "nothing was saved" in str(refused.value)
        stored, newest = chair.load_plan(plan.plan_id)
    assert stored.notes == "desk" and newest.revision == 2


def _behind_the_apps_back(store_url: str, statements: list[str], pg_server=None) -> None:
    """Run SQL as the database's owner with the append-only triggers out of the way."""
    if store_url.startswith("sqlite"):
        with sqlite3.connect(store_url.removeprefix("sqlite:///")) as db:
            for table in ("audit", "entries", "plan_versions"):
                for action in ("update", "delete"):
                    db.execute(f"DROP TRIGGER IF EXISTS {table}_append_only_{action}")
            for statement in statements:
                db.execute(statement)
        return
    database = store_url.rsplit("/", 1)[1]
    pg_server.execute("; ".join([*(f"ALTER TABLE {table} DISABLE TRIGGER ALL"
                                   for table in ("audit", "entries", "plan_versions")), *statements]), database)


@pytest.mark.parametrize(("change", "problem", "seq"), [
    ("UPDATE audit SET actor = 'someone else' WHERE seq = 3", "changed", 3),
    ("DELETE FROM audit WHERE seq = 2", "missing", 2),
    ("UPDATE entries SET body = replace(body, '\"AB\"', '\"XY\"') WHERE session = 4", "row_changed", 4),
    ("UPDATE entries SET correction_reason = 'made up' WHERE session = 2", "row_changed", 2),
    ("UPDATE entries SET entry_date = '2020-01-01' WHERE session = 5", "row_changed", 5),
    ("DELETE FROM entries WHERE session = 3", "row_deleted", 3),
    ("UPDATE plan_versions SET plan_json = replace(plan_json, '\"value_pct_mso\":50.0', '\"value_pct_mso\":70.0')",
     "row_changed", 0),
])
def test_store_verify_names_the_row_changed_behind_the_apps_back(kb, store_url, request, capsys, change, problem,
                                                                 seq):
    from clirun import cli

    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"plan_id": "TP-audit"})
    with init_store(store_url) as store:
        for n in range(1, 6):
            record_session(store, plan, kb, as_planned(plan, kb, n))
        assert store.verify().first_break is None
    code, out, err = cli(capsys, "store", "verify", "--store", store_url)
    assert code == 0 and "5 rows chained" in out
    pg = request.getfixturevalue("pg_server") if store_url.startswith("postgresql") else None
    _behind_the_apps_back(store_url, [change], pg)
    with open_store(store_url) as store:
        found = store.verify().first_break
    assert found is not None and found.problem == problem and found.seq == seq
    code, out, err = cli(capsys, "store", "verify", "--store", store_url)
    assert code == 1 and err.count("\n") == 1
    assert (f" {seq}" in err) if seq else ("plan:TP-audit@" in err and "fingerprint" in err)


def test_an_uninitialised_clinic_store_is_refused_with_what_to_do(pg_server):
    url = pg_server.database()
    with pytest.raises(StoreError, match="store init"):
        open_store(url)


def test_a_technician_records_sessions_but_cannot_save_plans(kb, pg_server):
    url = pg_server.database()
    database = url.rsplit("/", 1)[1]
    init_store(url).close()
    anna_url = pg_server.login(url, "anna", TECHNICIAN)
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"plan_id": "TP-roles"})
    with open_store(anna_url) as store:
        record_session(store, plan, kb, as_planned(plan, kb, 1))
        with pytest.raises(StoreError, match="permission denied"):
            store.save_plan(plan, None)
        assert store.status().who == "anna"
    with open_store(url) as store:
        [entry] = store.entries("TP-roles")
        assert store.verify().first_break is None
        from sqlalchemy import text

        with store.engine.connect() as connection:
            who = {row.actor for row in connection.execute(text("SELECT actor FROM audit"))}
    assert who == {"anna"} and entry.body.session == 1
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user=anna dbname={database}") as forged, \
            pytest.raises(psycopg.errors.RaiseException, match="the database authenticated anna"):
        forged.execute("INSERT INTO audit VALUES (99, now(), 'dr_vera', 'x', 'record', 'entry:x', '{}', '', '')")


def test_a_workstation_record_moves_into_the_clinic_store_and_back_to_files(kb, store_url, tmp_path, capsys):
    """A workstation's own SQLite record is imported (twice: nothing doubles), exported as files, read back."""
    from clirun import cli

    from tmsplanner.app.records import course_record
    from tmsplanner.core.checks import CheckSettings

    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"plan_id": "TP-move"})
    own = f"sqlite:///{tmp_path}/own.sqlite3"
    with open_store(own) as workstation:
        for n in range(1, 4):
            record_session(workstation, plan, kb, as_planned(plan, kb, n))
        record_session(workstation, plan, kb, as_planned(plan, kb, 2).model_copy(update={"operator": "CD"}),
                       correct=True, reason="operator")
        before = workstation.entries("TP-move")
    init_store(store_url).close()
    for expected in ("imported 4 entries of 1 plans (0 already there)", "imported 0 entries of 1 plans (4 already"):
        code, out, err = cli(capsys, "store", "import", "--from", own, "--store", store_url)
        assert code == 0 and expected in out, err
    with open_store(store_url) as clinic:
        assert clinic.entries("TP-move") == before  # same ids, times, corrections, bodies
        assert clinic.verify().first_break is None
        view = course_record(clinic, plan, kb, CheckSettings(today=plan.schedule.start_date))
    assert view.delivered_sessions == 3 and view.sessions[1].record.operator == "CD"
    code, out, err = cli(capsys, "store", "export", "TP-move", "-o", str(tmp_path / "out"), "--store", store_url)
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["TP-move.record.json", "TP-move.tmsplan"]
    assert "T-1" not in "".join(p.name for p in (tmp_path / "out").iterdir())  # no patient in file names
    fresh = f"sqlite:///{tmp_path}/fresh.sqlite3"
    code, out, err = cli(capsys, "store", "import", str(tmp_path / "out" / "TP-move.record.json"), "--store", fresh)
    assert code == 0 and "imported 4 entries" in out, err
    with open_store(fresh) as again:
        assert again.entries("TP-move") == before


def test_a_session_recorded_at_two_workstations_is_flagged_after_the_import(kb, store_url, tmp_path, capsys):
    """Each workstation refuses a session twice; brought together, the two entries make DLV-012 until corrected."""
    from clirun import cli

    from tmsplanner.app.records import course_record
    from tmsplanner.core.checks import CheckSettings

    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"plan_id": "TP-twice"})
    init_store(store_url).close()
    with open_store(store_url) as clinic:
        record_session(clinic, plan, kb, as_planned(plan, kb, 1))
    own = f"sqlite:///{tmp_path}/own.sqlite3"
    with open_store(own) as workstation:
        record_session(workstation, plan, kb, as_planned(plan, kb, 1, operator="CD"))
    code, out, err = cli(capsys, "store", "import", "--from", own, "--store", store_url)
    assert code == 0, err
    settings = CheckSettings(today=plan.schedule.start_date)
    with open_store(store_url) as clinic:
        [twice] = [f for f in course_record(clinic, plan, kb, settings).findings if f.rule == "DLV-012"]
        assert twice.params == {"session": 1, "count": 2, "date": plan.schedule.start_date}
        record_session(clinic, plan, kb, as_planned(plan, kb, 1, operator="AB"), correct=True,
                       reason="recorded at two chairs; AB delivered it")
        view = course_record(clinic, plan, kb, settings)
    assert "DLV-012" not in {f.rule for f in view.findings}
    assert view.delivered_sessions == 1 and view.sessions[0].record.operator == "AB"


def test_a_physician_signs_a_saved_revision_and_the_trail_records_it(kb, store_url, capsys):
    from clirun import cli

    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"plan_id": "TP-sign"})
    with init_store(store_url) as store:
        store.save_plan(plan, None)
    code, out, err = cli(capsys, "store", "sign", "TP-sign", "--store", store_url)
    assert code == 0 and "signed revision 1 of plan TP-sign" in out, err
    code, out, err = cli(capsys, "store", "sign", "TP-sign", "--store", store_url)
    assert code == 2 and "already signed" in err
    code, out, err = cli(capsys, "store", "sign", "TP-nope", "--store", store_url)
    assert code == 2 and "no saved revision" in err
    with open_store(store_url) as store:
        [(revision, who, _)] = store.signatures("TP-sign")
        assert revision == 1 and who == store.status().who
        assert store.verify().first_break is None and store.status().audit_rows == 2


def test_only_a_physician_may_sign(kb, pg_server):
    url = pg_server.database()
    init_store(url).close()
    boris_url = pg_server.login(url, "boris", TECHNICIAN)
    vera_url = pg_server.login(url, "dr_vera", "tmsplanner_physician")
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"plan_id": "TP-roles2"})
    with open_store(vera_url) as store:
        store.save_plan(plan, None)
    with open_store(boris_url) as store, pytest.raises(StoreError, match="permission denied"):
        store.sign_plan("TP-roles2")
    with open_store(vera_url) as store:
        store.sign_plan("TP-roles2")
        assert [who for _, who, _ in store.signatures("TP-roles2")] == ["dr_vera"]
        assert store.verify().first_break is None


def test_the_clinics_settings_and_safety_table_are_shared_as_audited_revisions(store_url, tmp_path):
    """One workstation shares its clinic-wide settings and safety table; another uses them over its own."""
    from clinic_tables import CLINIC_TABLE_ID, clinic_table_text, write_clinic_table

    from tmsplanner.app.checking import check_settings
    from tmsplanner.app.clinic_settings import apply_shared, share_settings
    from tmsplanner.core.settings import AppSettings

    desk = AppSettings(clinic_name="Клиника «Нейро»", mt_max_age_days=3, holiday_country="UA",
                       safety_table=str(write_clinic_table(tmp_path)), language="ru", undo_limit=50)
    with init_store(store_url) as store:
        first = share_settings(store, desk, None)
        assert first.revision == 1 and first.safety_table == clinic_table_text()
        with pytest.raises(StaleRevision, match="settings were changed by") as stale:
            share_settings(store, desk.model_copy(update={"mt_max_age_days": 5}), None)
        assert stale.value.current.revision == 1
        second = share_settings(store, desk.model_copy(update={"mt_max_age_days": 5}), 1)
        assert second.revision == 2 and store.verify().first_break is None
    chair = AppSettings(language="uk", undo_limit=99, mt_max_age_days=14)
    with open_store(store_url) as store:
        shared = store.clinic_settings()
    merged = apply_shared(chair, shared, folder=tmp_path / "chair")
    assert merged.clinic_name == "Клиника «Нейро»" and merged.mt_max_age_days == 5 and merged.holiday_country == "UA"
    assert merged.language == "uk" and merged.undo_limit == 99  # the workstation's own stay its own
    assert Path(merged.safety_table).parent == tmp_path / "chair" / "clinic"  # a local copy of the clinic's table
    checked = check_settings(merged, dt.date(2026, 11, 30))
    assert checked.safety_table is not None and checked.safety_table.id == CLINIC_TABLE_ID
