"""Published protocols from the fact sheets, expressed as plans, give their published figures."""

from __future__ import annotations

import json

import pytest
from planfactory import TODAY

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks, verdict
from tmsplanner.core.plan import Plan


def plan(blocks, *, days=20, per_week=5, per_day=1, interval=0, indication="mdd", coil="figure8", mt_kind="resting"):
    doc = {
        "format": "tmsplanner-plan", "schema_version": 1, "patient": {"identifier": "P"},
        "indication": indication,
        "motor_threshold": {"kind": mt_kind, "value_pct_mso": 50, "method": "emg", "measured_on": TODAY.isoformat()},
        "device": {"coil": coil},
        "blocks": blocks,
        "schedule": {"start_date": TODAY.isoformat(), "treatment_days": days, "days_per_week": per_week,
                     "sessions_per_day": per_day, "intersession_interval_min": interval},
    }
    return Plan.model_validate_json(json.dumps(doc))


def rtms(target, intensity, f, n, trains, iti, loc="beam_f3"):
    return {"target": target, "localisation": loc, "intensity_pct_mt": intensity,
            "pattern": {"type": "rtms", "frequency_hz": f, "pulses_per_train": n, "trains": trains,
                        "inter_train_interval_s": iti}}


def tbs(target, intensity, bursts, trains, iti, loc="beam_f3"):
    return {"target": target, "localisation": loc, "intensity_pct_mt": intensity,
            "pattern": {"type": "tbs", "pulses_per_burst": 3, "intra_burst_frequency_hz": 50, "burst_frequency_hz": 5,
                        "bursts_per_train": bursts, "trains": trains, "inter_train_interval_s": iti}}


# (name, plan, pulses per session, session seconds with the final pause, total sessions)
PUBLISHED = [
    ("O'Reardon 2007 / NeuroStar", plan([rtms("left_dlpfc", 120, 10, 40, 75, 26)], days=30), 3000, 2250, 30),
    ("NeuroStar 4 s on / 11 s off", plan([rtms("left_dlpfc", 120, 10, 40, 75, 11)], days=30), 3000, 1125, 30),
    ("Huang 2005 iTBS", plan([tbs("left_m1", 80, 10, 20, 8, "motor_hotspot")], days=1, indication="other",
                             mt_kind="active"), 600, 200, 1),
    ("Huang 2005 cTBS", plan([tbs("left_m1", 80, 200, 1, 0, "motor_hotspot")], days=1, indication="other",
                             mt_kind="active"), 600, 40, 1),
    ("THREE-D iTBS", plan([tbs("left_dlpfc", 120, 10, 20, 8)], days=30), 600, 200, 30),
    ("SAINT/SNT", plan([tbs("left_dlpfc", 90, 10, 60, 8, "fmri_connectivity")], days=5, per_day=10, interval=50),
     1800, 600, 50),
    ("Modirrousta 2018 twice daily", plan([rtms("left_dlpfc", 110, 10, 50, 60, 25)], days=15, per_day=2, interval=60),
     3000, 1800, 30),
    ("Amiaz 2009 smoking", plan([rtms("left_dlpfc", 100, 10, 50, 20, 15)], days=10, indication="smoking_cessation"),
     1000, 400, 10),
    ("Fitzgerald 2009 LFR", plan([rtms("right_dlpfc", 110, 1, 180, 4, 30)], days=15), 720, 840, 15),
    ("Carmi 2019 H7", plan([rtms("dmpfc", 100, 20, 40, 50, 20, "h_coil_cap")], days=30, indication="ocd", coil="h7"),
     2000, 1100, 30),
    ("Levkovitz 2015 H1", plan([rtms("left_dlpfc", 120, 18, 36, 55, 20, "h_coil_cap")], coil="h1"), 1980, 1210, 20),
    ("Blumberger 2016 bilateral", plan([rtms("right_dlpfc", 120, 1, 150, 4, 30, "neuronavigation_mri"),
                                        rtms("left_dlpfc", 120, 10, 30, 50, 26, "neuronavigation_mri")], days=15),
     2100, 720 + 1450, 15),
]


@pytest.mark.parametrize(("name", "p", "pulses", "seconds", "sessions"), PUBLISHED, ids=[row[0] for row in PUBLISHED])
def test_published_protocol_figures(kb, name, p, pulses, seconds, sessions) -> None:
    figures = figures_for(p, kb)
    assert figures.pulses_per_session == pulses
    assert figures.session_duration_with_final_pause_s == pytest.approx(seconds)
    assert figures.total_sessions == sessions
    findings = run_checks(p, kb, CheckSettings(today=TODAY), figures)
    assert verdict(findings) in ("ok", "warnings", "blocked")


def test_snt_is_50_sessions_and_90000_pulses(kb) -> None:
    snt = PUBLISHED[5][1]
    figures = figures_for(snt, kb)
    assert (figures.total_sessions, figures.total_pulses) == (50, 90000)


@pytest.mark.parametrize("name", ["O'Reardon 2007 / NeuroStar", "THREE-D iTBS", "SAINT/SNT", "Carmi 2019 H7",
                                  "Levkovitz 2015 H1", "Fitzgerald 2009 LFR"])
def test_cleared_and_graded_protocols_are_not_blocked(kb, name) -> None:
    p = {row[0]: row[1] for row in PUBLISHED}[name]
    assert verdict(run_checks(p, kb, CheckSettings(today=TODAY))) != "blocked"
