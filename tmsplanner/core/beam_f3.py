"""Beam F3: the scalp position F3 (left DLPFC) from three head measurements.

Beam et al. 2009 locate F3 from the tragus-to-tragus distance (TT), the
nasion-to-inion distance (NI) and the head circumference (CF), without the
full 10-20 measurement. The formula here is the one of the Beam calculator
webpage, as implemented in ``Beam_F3.m`` of Zhen Li's Finding-F3 code
(github.com/zhenlidada/Finding-F3, commit 42ab39c8a0a66af5cbca95f4c71b1872205cf2c6).
The formula as printed in the 2009 paper gives implausible results (an X of
about 24 cm for an average head) and is deliberately not used.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from tmsplanner.core.i18n import Catalogue
from tmsplanner.core.labels import length_words
from tmsplanner.core.plan import HeadMeasurements
from tmsplanner.core.plan_edit import field_bounds, field_info

CITATIONS: tuple[str, ...] = ("beam2009", "li2023-finding-f3")
"""Evidence-base reference ids for the method and for the formula used."""

FIELDS = ("tragus_tragus_cm", "nasion_inion_cm", "head_circumference_cm")
"""The HeadMeasurements fields, in the order TT, NI, CF."""


class BeamF3Result(NamedTuple):
    """Where to mark F3, in centimetres measured on the scalp.

    Attributes
    ----------
    x_cm : float
        Distance along the head circumference from the midline front point
        (Fpz level) to point A on the left side.
    y_cm : float
        Distance from the vertex (Cz, marked at NI/2 on the nasion-inion line)
        along the line from the vertex towards point A; F3 lies at this distance.
    """

    x_cm: float
    y_cm: float


def allowed_range(name: str, c: Catalogue | None = None) -> str:
    """The allowed range of a head measurement, e.g. '20–50 cm' (from the plan model), in ``c``'s language."""
    lower, upper, lower_excl, upper_excl = field_bounds(field_info(HeadMeasurements, name))

    def number(value: float) -> str:
        return c.number(value, 1) if c is not None else f"{value:g}"

    low = "" if lower is None else f"{'>' if lower_excl else ''}{number(lower)}"
    high = "" if upper is None else f"{'<' if upper_excl else ''}{number(upper)}"
    return length_words(f"{low}–{high}", c=c)


def check_measurement(name: str, value: float) -> str | None:
    """Why a head measurement cannot be used (None if it can); the message names it and its range."""
    info = field_info(HeadMeasurements, name)
    title = info.title or name
    lower, upper, lower_excl, upper_excl = field_bounds(info)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return f"{title} must be a finite number of centimetres ({allowed_range(name)}), not {value!r}"
    too_low = lower is not None and (value <= lower if lower_excl else value < lower)
    too_high = upper is not None and (value >= upper if upper_excl else value > upper)
    if too_low or too_high:
        return f"{title} of {value:g} cm is outside the allowed range {allowed_range(name)}"
    return None


def beam_f3(tt_cm: float, ni_cm: float, cf_cm: float) -> BeamF3Result:
    """Compute the Beam F3 distances (webpage version of the Beam calculator).

    In degrees, with R2 = 0.4·TT and R1 = 0.4·NI::

        A = (R2·sin 324° + R1/2) / R2
        B = R1·sin 298° / (R1·cos 298° − R2/2)
        x = (R1 − R2·B) / (2(A − B));  y = A·x − R1/2
        Y = 0.91·√(x² + y²)
        X = (CF/4) · (90 + atan(y/x)) / 90

    Parameters
    ----------
    tt_cm : float
        Left tragus to right tragus, over the vertex, in cm.
    ni_cm : float
        Nasion to inion, over the vertex, in cm.
    cf_cm : float
        Head circumference, in cm.

    Raises
    ------
    ValueError
        If a measurement is not finite or lies outside the bounds of
        :class:`~tmsplanner.core.plan.HeadMeasurements`; the message names it.
    """
    for name, value in zip(FIELDS, (tt_cm, ni_cm, cf_cm), strict=True):
        error = check_measurement(name, value)
        if error:
            raise ValueError(error)
    r2 = 0.4 * tt_cm
    r1 = 0.4 * ni_cm
    a = (r2 * math.sin(math.radians(324)) + r1 / 2) / r2
    run = r1 * math.cos(math.radians(298)) - r2 / 2
    if run == 0:  # TT = 2·cos(298°)·NI ≈ 0.94·NI: the second line is vertical, x is its limit r2/2
        x = r2 / 2
    else:
        b = r1 * math.sin(math.radians(298)) / run
        x = 0.5 * (r1 - r2 * b) / (a - b)
    y = a * x - r1 / 2
    r = math.hypot(x, y)
    theta = math.atan(y / x)
    return BeamF3Result(x_cm=(cf_cm / 4) * (90 + math.degrees(theta)) / 90, y_cm=0.91 * r)


def beam_f3_for(head: HeadMeasurements) -> BeamF3Result:
    """The Beam F3 distances for a plan's head measurements."""
    return beam_f3(head.tragus_tragus_cm, head.nasion_inion_cm, head.head_circumference_cm)
