"""Typed models of the evidence base files in ``resources/evidence``.

Every record that states a number or a claim carries ``citations`` (ids of
references) and a ``provenance``: ``verified`` when it was read in a source,
``unverified`` when it was not, so that checks and printouts can say so.
"""


import datetime as dt
from string import Formatter
from typing import Annotated, Literal, NamedTuple, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from tmsplanner.core.vocab import Coil, Indication, PatternClass, Provenance, ScreeningItem, Severity, Target

RecordId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=80)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class EvidenceRecord(BaseModel):
    """Base of every evidence record: strict, no unknown keys."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Cited(EvidenceRecord):
    """A record that states facts and says where they were read."""

    citations: list[RecordId] = Field(min_length=1)
    provenance: Provenance
    note: Text | None = None


class Reference(EvidenceRecord):
    """A bibliographic reference, as far as it was read."""

    id: RecordId
    authors: Text
    year: int | None = Field(default=None, ge=1900, le=2100, description="None when the year was not seen")
    title: Text = Field(description="in Latin or Cyrillic script; an English rendering for other scripts")
    original_title: Text | None = Field(default=None, description="the title in its original script, if not printed")
    journal: Text | None = None
    volume_pages: Text | None = Field(default=None, description="volume(issue):pages")
    doi: Text | None = None
    pmid: Text | None = None
    url: Text | None = Field(default=None, description="where the text was read")
    provenance: Provenance = Field(
        description="verified: the details printed here were read; unverified: some are from memory"
    )
    note: Text | None = None
    kind: Literal["evidence", "seed_document", "news"] = Field(
        default="evidence",
        description="evidence: a paper, guideline, regulatory record or document that was read; "
                    "seed_document: a document whose claims the evidence base checks against primary papers "
                    "(cited only to attribute a claim); news: a news item, never cited as evidence in a plan",
    )
    authors_seen: bool = Field(
        default=True, description="False when the author list was not seen: plans print the reference without authors"
    )
    version: Text | None = Field(
        default=None, description="the dated version read, for a document that changes (a draft specification)"
    )


class GuidelineLevel(Cited):
    """A guideline grade for an indication x target x pattern class."""

    id: RecordId
    indication: Indication
    targets: list[Target] = Field(min_length=1)
    pattern_class: PatternClass
    level: Literal["A", "B", "C"]
    guideline: Text = Field(description="short name, e.g. 'Lefaucheur 2020'")
    statement: Text


class Clearance(Cited):
    """A regulatory clearance of a device and protocol."""

    id: RecordId
    indication: Indication
    targets: list[Target] = Field(min_length=1)
    pattern_class: PatternClass
    regulator: Text = "US FDA"
    date: Text = Field(description="ISO date or partial date (YYYY or YYYY-MM) as far as seen")
    device: Text
    coil: Coil | None = Field(default=None, description="the coil the clearance names; None for focal coils")
    pathway: Text
    number: Text | None = None
    statement: Text


class TrialResult(Cited):
    """Key figures of a trial or meta-analysis, for the rationale text."""

    id: RecordId
    name: Text
    indication: Indication
    pattern_classes: list[PatternClass] = Field(min_length=1)
    targets: list[Target] = Field(min_length=1)
    design: Text
    figures: Text
    key_for: list[PatternClass] = Field(
        default=[],
        description="pattern classes whose plans print this trial among the key trials of the rationale "
                    "(empty: only the appendix prints it)",
    )
    accelerated: bool = Field(
        default=False, description="a trial of several sessions a day: key only for plans with several a day"
    )
    coil: Coil | None = Field(default=None, description="the H-coil the trial used; None for focal coils")
    headline: Text | None = Field(
        default=None, description="one short line for the rationale: participants and the main result"
    )

    @model_validator(mode="after")
    def _key_trials_have_a_headline(self) -> Self:
        if self.key_for and self.headline is None:
            raise ValueError("a trial with key_for needs a headline (the line the plan prints)")
        if not set(self.key_for) <= set(self.pattern_classes):
            raise ValueError("key_for must name pattern classes of the trial's pattern_classes")
        return self


class MechanismClaim(Cited):
    """A mechanistic claim from the seed review or the 2026 Cell paper."""

    id: RecordId
    source_document: Literal["seed_review", "cell_2026"]
    seed_claim: Text = Field(description="what the seed document says, paraphrased")
    primary_finding: Text = Field(description="what the primary paper says")
    species: Text = Field(description="human, rat, mouse, mouse slice culture, ...")
    caveats: Text
    correction: Text | None = Field(
        default=None, description="where the primary paper contradicts the seed"
    )
    pattern_classes: list[PatternClass] = Field(default=[])
    applies_to_patterns: list[PatternClass] = Field(
        default=[],
        description="the plan's rationale prints this claim only for these pattern classes (empty: any)",
    )
    applies_to_indications: list[Indication] = Field(
        default=[],
        description="the plan's rationale prints this claim only for these indications (empty: any)",
    )
    headline: Text | None = Field(
        default=None, description="the primary finding in one short line, for the plan's rationale"
    )

    @model_validator(mode="after")
    def _tags_fit_the_claim(self) -> Self:
        if not set(self.applies_to_patterns) <= set(self.pattern_classes):
            raise ValueError("applies_to_patterns must name pattern classes of the claim's pattern_classes")
        if (self.applies_to_patterns or self.applies_to_indications) and self.headline is None:
            raise ValueError("a claim tagged for plans (applies_to_*) needs a headline (the line the plan prints)")
        return self

    @property
    def for_plans(self) -> bool:
        """Whether the claim is tagged for the plan's rationale at all (untagged claims go to the appendix)."""
        return bool(self.applies_to_patterns or self.applies_to_indications)

    def applies_to(self, indication: Indication, classes: set[PatternClass]) -> bool:
        """Whether the plan's rationale prints this claim for a plan of this indication and pattern classes."""
        pattern_fits = not self.applies_to_patterns or bool(set(self.applies_to_patterns) & classes)
        indication_fits = not self.applies_to_indications or indication in self.applies_to_indications
        return self.for_plans and pattern_fits and indication_fits


class Interaction(Cited):
    """How a drug changes TMS seizure risk, excitability or plasticity."""

    kind: Literal["seizure_threshold", "plasticity", "excitability", "clinical_response"]
    direction: Text = Field(description="the direction of the effect, in clinical words")
    hazard: Literal["strong", "relative", "withdrawal"] | None = Field(
        default=None, description="seizure-threshold hazard class, for kind seizure_threshold"
    )

    @model_validator(mode="after")
    def _hazard_only_for_seizures(self) -> Self:
        if (self.kind == "seizure_threshold") != (self.hazard is not None):
            raise ValueError("hazard is required for seizure_threshold and only there")
        return self


class Medication(EvidenceRecord):
    """A drug or drug class with its TMS-relevant interactions."""

    id: RecordId
    name: Text
    aliases: list[Text] = Field(default=[], description="other names, brand names, Cyrillic names")
    drug_class: Text | None = None
    interactions: list[Interaction] = Field(min_length=1)


class ScreeningQuestion(Cited):
    """One item of the pre-TMS screening questionnaire."""

    id: ScreeningItem
    question: Text
    classification: Literal["absolute", "relative"]
    rationale: Text


class Parameter(Cited):
    """A named numeric constant used by the checks."""

    value: float
    unit: Text


class AcceleratedReference(Cited):
    """A published accelerated (several sessions a day) schedule."""

    id: RecordId
    name: Text
    sessions_per_day: int = Field(ge=1)
    intersession_interval_min: float = Field(ge=0)
    pulses_per_session: int = Field(ge=1)
    days: int = Field(ge=1)


class OutcomeCriteria(Cited):
    """How a course's response and remission are read on one scale (lower scores are better).

    Response: the score fell by at least ``response_reduction_pct`` percent from
    baseline; remission: the score is at most ``remission_at_most``. ``citations``
    name the sources that define them; ``note`` says which the app uses where
    sources differ.
    """

    response_reduction_pct: float | None = Field(default=None, gt=0, le=100)
    remission_at_most: float | None = Field(default=None, ge=0)


class OutcomeScale(Cited):
    """A rating scale or outcome check to schedule during a course.

    ``citations`` name the trials that used the scale; the timing of the
    assessments is a clinic default, not evidence, and the record's ``note``
    says so.
    """

    id: RecordId
    name: Text = Field(description="full name, e.g. 'Montgomery–Åsberg Depression Rating Scale (MADRS)'")
    short: Annotated[str, StringConstraints(min_length=1, max_length=40)] = Field(description="e.g. 'MADRS'")
    indications: list[Indication] = Field(min_length=1)
    default: bool = Field(description="scheduled by default for these indications")
    rater: Literal["clinician", "self"]
    timing: list[Literal["baseline", "weekly", "end_of_acute", "follow_up"]] = Field(min_length=1)
    follow_up_weeks: int | None = Field(
        default=None, ge=1, le=104, description="weeks after the end of the acute course"
    )
    max_score: float | None = Field(default=None, gt=0, le=1000, description="the highest score the scale gives")
    response: OutcomeCriteria | None = Field(
        default=None, description="the response and remission thresholds the app uses, with their sources"
    )

    @model_validator(mode="after")
    def _follow_up_weeks_with_follow_up(self) -> Self:
        if ("follow_up" in self.timing) != (self.follow_up_weeks is not None):
            raise ValueError("follow_up_weeks is required for a follow_up timing and only there")
        if len(set(self.timing)) != len(self.timing):
            raise ValueError("timing lists a point twice")
        return self


class ParamKind(NamedTuple):
    """What a finding parameter of one kind holds and how it is printed.

    ``types`` are the Python types a value may have; ``decimals`` is the most
    decimals a number of this kind is printed with (``None`` for non-numbers);
    ``label`` says the value is an id printed through the translator's labels.
    """

    types: tuple[type, ...]
    decimals: int | None = None
    label: bool = False


_INT = (int,)
_NUMBER = (int, float)
_ID = (str,)

PARAM_KINDS: dict[str, ParamKind] = {
    "index": ParamKind(_INT, 0),  # 1-based position, e.g. a block
    "count": ParamKind(_INT, 0),  # sessions, pulses, items
    "days": ParamKind(_INT, 0),
    "number": ParamKind(_NUMBER, 3),  # a plan value without a fixed unit
    "seconds": ParamKind(_NUMBER, 2),
    "minutes": ParamKind(_NUMBER, 1),
    "hz": ParamKind(_NUMBER, 2),
    "pct_mt": ParamKind(_NUMBER, 1),
    "pct_mso": ParamKind(_NUMBER, 1),
    "percent": ParamKind(_NUMBER, 1),
    "table_cell": ParamKind(_ID, 2),  # a safety-table cell in seconds, '>' for a lower bound
    "date": ParamKind((dt.date,)),
    "time": ParamKind((dt.time,)),
    "text": ParamKind(_ID),  # verbatim text of the plan or the evidence base, never composed in code
    # ids printed through the translator's labels
    "indication": ParamKind(_ID, label=True),
    "target": ParamKind(_ID, label=True),
    "coil": ParamKind(_ID, label=True),
    "mt_kind": ParamKind(_ID, label=True),
    "pattern_class": ParamKind(_ID, label=True),
    "pattern_type": ParamKind(_ID, label=True),
    "pattern_field": ParamKind(_ID, label=True),
    "screening_item": ParamKind(_ID, label=True),
    "side_effect": ParamKind(_ID, label=True),  # a side effect recorded at a session
    "protocol": ParamKind(_ID, label=True),  # a preset's id, printed as its name
    "field": ParamKind(_ID, label=True),  # a plan field's path, printed in words
    "interaction": ParamKind(_ID, label=True),  # "<medication id>:<n>", printed as that interaction's effect
    "medication": ParamKind(_ID, label=True),  # a medication of the evidence base, printed as its name
    "guideline": ParamKind(_ID, label=True),
    "clearance": ParamKind(_ID, label=True),
}
"""The closed set of parameter kinds; ``kind[]`` is a list of values of ``kind``."""

ParamValue = int | float | str | bool | dt.date | dt.time | tuple[int | float | str | dt.date, ...]


def kind_of(spec: str) -> tuple[ParamKind, bool]:
    """The kind named by a declaration (``"pct_mt"`` or ``"pct_mt[]"``) and whether it is a list."""
    name, is_list = (spec[:-2], True) if spec.endswith("[]") else (spec, False)
    return PARAM_KINDS[name], is_list


def placeholders(template: str) -> list[str]:
    """The placeholder names of a message template, in order; refuses formatting inside a placeholder."""
    names = []
    for _, name, spec, conversion in Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"placeholder '{{{name}}}' must be a bare name: kinds do the formatting")
        names.append(name)
    return names


class Message(EvidenceRecord):
    """A message template and the parameters its placeholders name, each with a kind."""

    message: Text = Field(description="str.format template; placeholders are bare parameter names")
    params: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], str] = Field(default={})

    def problems(self, where: str) -> list[str]:
        """What is wrong with this template and its parameter declarations."""
        out = []
        for name, spec in self.params.items():
            if (spec[:-2] if spec.endswith("[]") else spec) not in PARAM_KINDS:
                out.append(f"{where}: param '{name}' has unknown kind '{spec}' (known: {', '.join(PARAM_KINDS)})")
        try:
            used = placeholders(self.message)
        except ValueError as exc:
            return [*out, f"{where}: {exc}"]
        out += [f"{where}: placeholder '{{{name}}}' in the message is not a declared param"
                for name in dict.fromkeys(used) if name not in self.params]
        out += [f"{where}: param '{name}' is declared but the message does not use it"
                for name in self.params if name not in used]
        return out


class Rule(Message):
    """A rule in the catalogue: stable id, severity, message template and its parameters.

    A check may give a finding only the rule's ``severity``, or its
    ``lowered_to`` / ``raised_to`` severity under the condition the catalogue
    states. ``variants`` are alternative messages of the same rule (for
    example when the block matches a published protocol), each with its own
    parameters.
    """

    id: Annotated[str, StringConstraints(pattern=r"^[A-Z]+(-[A-Z0-9]+)+$")]
    severity: Severity
    lowered_to: Severity | None = None
    lowered_when: Text | None = None
    raised_to: Severity | None = None
    raised_when: Text | None = None
    title: Text
    rationale: Text
    citations: list[RecordId] = Field(default=[])
    variants: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], Message] = Field(
        default={}
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = self.problems(f"rule {self.id}")
        for name, variant in self.variants.items():
            problems += variant.problems(f"rule {self.id} variant '{name}'")
        for word, changed, when, lower in (("lowered", self.lowered_to, self.lowered_when, True),
                                            ("raised", self.raised_to, self.raised_when, False)):
            if (changed is None) != (when is None):
                problems.append(f"rule {self.id}: {word}_to and {word}_when go together")
            if changed is not None and (changed.rank > self.severity.rank) != lower:
                problems.append(f"rule {self.id}: {word}_to '{changed}' is not {word} from '{self.severity}'")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def severities(self) -> tuple[Severity, ...]:
        """The severities a finding of this rule may have."""
        return tuple(s for s in (self.severity, self.lowered_to, self.raised_to) if s is not None)

    def template(self, variant: str | None) -> Message:
        """The message and parameters of a variant (``None``: the rule's own)."""
        if variant is None:
            return self
        try:
            return self.variants[variant]
        except KeyError:
            raise ValueError(f"rule {self.id} has no variant '{variant}'") from None


class SafetyLimitTable(EvidenceRecord):
    """Maximum safe single-train duration (s) by frequency and intensity.

    ``cells[i][j]`` is the limit for ``frequencies_hz[i]`` at
    ``intensities_pct_mt[j]``; a leading ``>`` means no adverse effect was seen
    at the longest duration tested (the true limit is at least that long).
    """

    id: RecordId
    name: Text
    provenance: Provenance
    citations: list[RecordId] = Field(min_length=1)
    note: Text
    frequencies_hz: list[float] = Field(min_length=1)
    intensities_pct_mt: list[float] = Field(min_length=1)
    cells: list[list[Annotated[str, StringConstraints(pattern=r"^>?[0-9]+(\.[0-9]+)?$")]]]

    @model_validator(mode="after")
    def _shape(self) -> Self:
        if (sorted(self.frequencies_hz) != self.frequencies_hz
                or sorted(self.intensities_pct_mt) != self.intensities_pct_mt):
            raise ValueError("frequencies_hz and intensities_pct_mt must be in ascending order")
        if len(self.cells) != len(self.frequencies_hz) or any(
            len(row) != len(self.intensities_pct_mt) for row in self.cells
        ):
            raise ValueError(
                f"cells must be {len(self.frequencies_hz)} rows of {len(self.intensities_pct_mt)} values"
            )
        return self


class EvidenceBaseInfo(EvidenceRecord):
    """Version stamp of the evidence base, printed on plans."""

    version: Text
    date: dt.date
    description: Text
