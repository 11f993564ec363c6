"""Beam F3 (webpage version of the Beam calculator, as in Finding-F3's Beam_F3.m)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tmsplanner.core.beam_f3 import CITATIONS, FIELDS, BeamF3Result, beam_f3, beam_f3_for
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.plan import HeadMeasurements

# (TT, NI, CF) -> (X, Y), protocol-facts §3.2; (36, 38, 60) -> X 6.95 also matches the cloudneuro demonstration.
VECTORS = [
    ((36, 38, 60), (6.95, 9.79)),
    ((35, 36, 57), (6.60, 9.38)),
    ((34, 35, 55), (6.37, 9.12)),
    ((38, 40, 62), (7.19, 10.32)),
]


@pytest.mark.parametrize(("inputs", "expected"), VECTORS)
def test_published_test_vectors(inputs, expected) -> None:
    result = beam_f3(*inputs)
    assert result.x_cm == pytest.approx(expected[0], abs=0.01)
    assert result.y_cm == pytest.approx(expected[1], abs=0.01)


def test_not_the_printed_2009_formula() -> None:
    """The printed formula gives X ≈ 23.9 cm for (36, 38, 60); the calculator's gives 6.95."""
    assert beam_f3(36, 38, 60).x_cm < 10


def test_for_head_measurements() -> None:
    head = HeadMeasurements(tragus_tragus_cm=36.0, nasion_inion_cm=38.0, head_circumference_cm=60.0)
    assert beam_f3_for(head) == beam_f3(36, 38, 60)
    assert isinstance(beam_f3_for(head), BeamF3Result)


def test_citations_exist_in_the_evidence_base() -> None:
    references = bundled_knowledge_base().references
    assert set(CITATIONS) <= set(references)
    assert "beam2009" in CITATIONS and "li2023-finding-f3" in CITATIONS


VALID = {"tragus_tragus_cm": 36.0, "nasion_inion_cm": 38.0, "head_circumference_cm": 60.0}
TITLES = {"tragus_tragus_cm": "Tragus to tragus", "nasion_inion_cm": "Nasion to inion",
          "head_circumference_cm": "Head circumference"}
RANGES = {"tragus_tragus_cm": "20–50 cm", "nasion_inion_cm": "20–50 cm", "head_circumference_cm": "40–75 cm"}


BAD = {
    "tragus_tragus_cm": (0.0, -36.0, 19.9, 50.1, 200.0),
    "nasion_inion_cm": (0.0, -38.0, 19.9, 50.1, 200.0),
    "head_circumference_cm": (0.0, -60.0, 39.9, 75.1, 200.0),
}
CASES = [(name, bad) for name in FIELDS for bad in (*BAD[name], math.nan, math.inf, -math.inf)]


@pytest.mark.parametrize(("name", "bad"), CASES)
def test_out_of_range_input_is_refused_by_name(name: str, bad: float) -> None:
    values = {**VALID, name: bad}
    with pytest.raises(ValueError) as info:
        beam_f3(*(values[f] for f in FIELDS))
    message = str(info.value)
    assert TITLES[name] in message and RANGES[name] in message
    assert all(TITLES[other] not in message for other in FIELDS if other != name)


@pytest.mark.parametrize("name", FIELDS)
def test_bounds_are_those_of_the_plan_model(name: str) -> None:
    lower, upper = (40.0, 75.0) if name == "head_circumference_cm" else (20.0, 50.0)
    for edge in (lower, upper):
        beam_f3(*({**VALID, name: edge}[f] for f in FIELDS))  # inclusive bounds, as in HeadMeasurements


def test_degenerate_geometry_is_handled() -> None:
    """TT = 2·cos(298°)·NI makes the calculator's second line vertical; the result stays continuous."""
    ni = 38.0
    tt = 2 * math.cos(math.radians(298)) * ni
    here, near = beam_f3(tt, ni, 60), beam_f3(tt + 1e-6, ni, 60)
    assert here.x_cm == pytest.approx(near.x_cm, abs=1e-4) and here.y_cm == pytest.approx(near.y_cm, abs=1e-4)


tt = st.floats(20, 50)
ni = st.floats(20, 50)
cf = st.floats(40, 75)


@given(tt=tt, ni=ni, cf=cf)
def test_valid_inputs_give_plausible_distances(tt: float, ni: float, cf: float) -> None:
    result = beam_f3(tt, ni, cf)
    assert math.isfinite(result.x_cm) and math.isfinite(result.y_cm)
    assert 0 < result.x_cm < cf / 4 * 2
    assert result.y_cm > 0


@given(tt=tt, ni=ni, cf=st.floats(40, 74.99), more=st.floats(0.01, 35))
def test_x_grows_with_circumference(tt: float, ni: float, cf: float, more: float) -> None:
    bigger = min(cf + more, 75.0)  # at least 0.01 cm more
    first, second = beam_f3(tt, ni, cf), beam_f3(tt, ni, bigger)
    assert second.x_cm > first.x_cm
    assert second.y_cm == first.y_cm  # Y depends on TT and NI only
