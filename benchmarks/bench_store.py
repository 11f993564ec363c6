"""Benchmark recording: 1,000 sessions by four processes at once, on SQLite and on PostgreSQL.

For each backend, in the same run:
* tmsplanner: four processes record the 1,000 sessions of 20 accelerated courses through the application
  layer (checked, one transaction per entry with its audit row), all courses shared by all processes;
* bare stack: four processes insert 1,000 rows of the same size with SQLAlchemy Core, one transaction each,
  with nothing checked and no audit trail.
Prints entries per second of each and their ratio. PostgreSQL needs its programs (a throwaway server is
started like the tests' one) or --postgres URL of an empty database.

Run: python benchmarks/bench_store.py [--postgres URL]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

WORKERS = 4


def _bare_worker(url: str, worker: int, rows: int) -> int:
    from sqlalchemy import Column, Integer, MetaData, String, Table, Text, create_engine, insert

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    table = Table("bare", MetaData(), Column("id", Integer, primary_key=True, autoincrement=True),
                  Column("worker", String(10)), Column("body", Text))
    body = "x" * 400
    for _ in range(rows):
        with engine.begin() as db:
            db.execute(insert(table).values(worker=str(worker), body=body))
    engine.dispose()
    return rows


def bare(url: str) -> float:
    from sqlalchemy import Column, Integer, MetaData, String, Table, Text, create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    meta = MetaData()
    Table("bare", meta, Column("id", Integer, primary_key=True, autoincrement=True), Column("worker", String(10)),
          Column("body", Text))
    meta.create_all(engine)
    engine.dispose()
    t = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        done = sum(pool.starmap(_bare_worker, [(url, w, 1000 // WORKERS) for w in range(WORKERS)]))
    return done / (time.perf_counter() - t)


def tmsplanner(url: str) -> float:
    import datetime as dt

    from clinicwork import record_share

    from tmsplanner.app.store.admin import init_store
    from tmsplanner.core.evidence.kb import bundled_knowledge_base
    from tmsplanner.core.presets import plan_from_protocol

    init_store(url).close()
    kb = bundled_knowledge_base()
    base = plan_from_protocol(kb.protocols["snt-accelerated-itbs"], patient_id="B-1", mt_pct_mso=50.0,
                              mt_measured_on=dt.date(2026, 11, 23), start_date=dt.date(2026, 11, 23))
    texts = [base.model_copy(update={"plan_id": f"TP-{k:04d}"}).model_dump_json() for k in range(20)]
    t = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        done = sum(pool.starmap(record_share, [(url, texts, w, WORKERS) for w in range(WORKERS)]))
    return done / (time.perf_counter() - t)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database (default: a throwaway one)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tmsplanner-bench-"))
    server = None
    backends = {"sqlite": (f"sqlite:///{folder}/bare.sqlite3", f"sqlite:///{folder}/record.sqlite3")}
    if args.postgres:
        raise SystemExit("--postgres: give two empty databases by running the benchmark twice; not supported")
    from pgserver import Server, _bindir

    bindir = _bindir()
    if bindir is not None:
        server = Server(bindir)
        backends["postgresql"] = (server.database(), server.database())
    try:
        for name, (bare_url, record_url) in backends.items():
            bare_rate = bare(bare_url)
            ours = tmsplanner(record_url)
            print(f"{name:10}  tmsplanner {ours:7.1f} entries/s   bare SQLAlchemy {bare_rate:7.1f} rows/s   "
                  f"ratio {bare_rate / ours:5.2f}x")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
