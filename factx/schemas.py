"""Data contracts of factx: what the model fills in, and the grounded records factx writes.

Two families live here, on purpose apart:

* **Drafts** (`ClaimDraft`, `FigureDraft`, `PositionDraft`, `ExtractionDraft`) are what an
  extractor (the LLM or the offline rules) proposes. They have no offsets: a model cannot be
  trusted with character positions. Their field descriptions are written for the model; they
  are part of the prompt.
* **Records** (`Claim`, `Figure`, `Position`, `ArticleResult`) are what factx writes, one
  `ArticleResult` per article. Their `evidence` offsets are computed by code.

This module imports pydantic and the standard library only: other services import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import PurePath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "1.1"

Stance = Literal["support", "oppose", "conditional", "undecided", "neutral"]
ClaimKind = Literal["direct", "reported"]
Qualifier = Literal["more than", "at least", "less than", "at most", "approximately", "range"]
MatchKind = Literal["exact", "normalised", "fuzzy"]
RecordKind = Literal["claim", "figure", "position"]
Confidence = Literal["high", "medium", "low"]

CONFIDENCE_DESCRIPTION = (
    "How sure the extractor is of this record, for deciding what to check first: 'high' (the "
    "pattern is explicit, e.g. a quote with 'X said' in its own sentence), 'medium' (found by a "
    "common but indirect pattern, e.g. a speaker resolved from 'he' or 'the union'), 'low' "
    "(inferred from a distant or weak cue). Null when the extractor does not say (the LLM)."
)
#: Set by extractors that know how sure they are (the rules); hidden from the model's schema,
#: so the prompt an LLM sees does not change.
_DRAFT_CONFIDENCE = Field(default=None, description=CONFIDENCE_DESCRIPTION)
#: How a figure's value was checked: the parser read the same value from the evidence
#: ('verified'), or read no number where the model's is ('unverified': the model's value kept).
ValueCheck = Literal["verified", "unverified"]
#: Why an item was rejected (README: "Checks"); `Rejected.detail` says what exactly.
RejectReason = Literal[
    "evidence not found",
    "number not in evidence",
    "value differs",
    "unit differs",
    "speaker not in article",
    "not a quote",
]

UNIT_DESCRIPTION = (
    "Unit of the normalised value: an ISO 4217 currency code for money (GBP, USD, EUR ...); "
    "'percent'; 'people' for head-counts of people (workers, members, staff); 'count' for other "
    "counts; 'years', 'months', 'weeks', 'days' or 'hours' for durations and ages; 'fraction' for "
    "fractions such as 1/60th."
)


# --------------------------------------------------------------------------- drafts (model-facing)


class ClaimDraft(BaseModel):
    """Something a named or described source said: a direct quote or a reported claim."""

    kind: ClaimKind = Field(
        description="'direct' for words inside quotation marks; 'reported' for a claim the "
        "article attributes to a source without quoting it (X said that ..., X warned ...)."
    )
    speaker: str = Field(
        description="Who said it, as the article names them at their fullest: 'Mark Smith', "
        "not 'he' or 'Mr Smith'; a described source as written ('A Treasury spokeswoman')."
    )
    speaker_role: str | None = Field(
        default=None, description="The speaker's role or title if the article gives one."
    )
    speaker_org: str | None = Field(
        default=None,
        description="The organisation the speaker speaks for, if the article says (short name).",
    )
    evidence: str = Field(
        description="Copied verbatim from the article, character for character. For a direct "
        "quote: the words inside the quotation marks, without the marks; one quoted paragraph is "
        "one claim. For a reported claim: the sentence (or clause) that reports it, including "
        "the source and the reporting verb."
    )
    confidence: SkipJsonSchema[Confidence | None] = _DRAFT_CONFIDENCE


class FigureDraft(BaseModel):
    """A number in the article that quantifies something: money, share, head-count, count,
    duration, age or rate. Dates and years used as dates are not figures."""

    evidence: str = Field(
        description="A short phrase copied verbatim from the article that contains the number "
        "and the noun it counts, e.g. 'more than 30,000 civil servants' or '£2bn a year'."
    )
    raw: str = Field(
        description="The number exactly as written, with its currency sign, scale word and "
        "qualifier word if any: '£14.1bn', 'eight per cent', 'more than 30,000', 'a decade'."
    )
    value: float = Field(
        description="The number multiplied out: £14.1bn -> 14100000000, 'two million' -> 2000000, "
        "'a decade' -> 10, 1/60th -> 0.016667. For a range, the lower bound."
    )
    unit: str = Field(description=UNIT_DESCRIPTION)
    qualifier: Qualifier | None = Field(
        default=None,
        description="'more than' (over, above), 'at least', 'less than' (under, below), "
        "'at most' (up to, within), 'approximately' (around, about, some, nearly), "
        "'range' (6%-8%, 1.5% to 3.5%); null when the number is stated plainly.",
    )
    measures: str = Field(
        description="What the number measures, in a few words: 'annual pension', "
        "'workers balloted for strike action', 'delay before the reform takes full effect'."
    )
    applies_to: str | None = Field(
        default=None,
        description="Who or what the figure is about, if the article says: 'teachers in "
        "Scotland', 'the Scottish Government'.",
    )
    confidence: SkipJsonSchema[Confidence | None] = _DRAFT_CONFIDENCE


class PositionDraft(BaseModel):
    """An actor's stance on a target: a union rejecting an offer, a minister backing a reform."""

    actor: str = Field(
        description="Who takes the position: a person at their fullest name, or an organisation "
        "or group as the article names it ('PCS', 'Teaching unions')."
    )
    stance: Stance = Field(
        description="'support' (welcomes, accepts, backs, praises), 'oppose' (rejects, refuses, "
        "condemns, strikes against), 'conditional' (supports only if a condition is met), "
        "'undecided' (will ballot members, is considering), 'neutral' (declines to take sides)."
    )
    target: str = Field(
        description="What the position is on, in a few words: 'the Government's final offer', "
        "'plans to raise the pension age'."
    )
    condition: str | None = Field(
        default=None, description="For a conditional stance, the condition, in a few words."
    )
    evidence: str = Field(
        description="The words of the article, copied verbatim, that show the stance (a clause "
        "or sentence)."
    )
    confidence: SkipJsonSchema[Confidence | None] = _DRAFT_CONFIDENCE


class ExtractionDraft(BaseModel):
    """Every claim, figure and position in one news article."""

    claims: list[ClaimDraft] = Field(
        default_factory=list,
        description="Every direct quote (one per quoted paragraph) and every reported claim.",
    )
    figures: list[FigureDraft] = Field(
        default_factory=list,
        description="Every number that quantifies something; dates are not figures.",
    )
    positions: list[PositionDraft] = Field(
        default_factory=list, description="Every stance an actor takes on a proposal or action."
    )

    @model_validator(mode="after")
    def _verify(self, info: ValidationInfo) -> ExtractionDraft:
        """Run the checker the caller put in the validation context or set with `verifying`.

        The checker returns a list of problems; raising them lets instructor re-ask the model
        with the exact reasons. The check itself lives with the caller so this module stays light.
        """
        context = info.context or {}
        verify: Callable[[ExtractionDraft], list[str]] | None = context.get("verify")
        verify = verify or _VERIFY.get()
        if verify is not None:
            problems = verify(self)
            if problems:
                raise ValueError("; ".join(problems))
        return self


#: The checker drafts validated in this context run (see `verifying`).
_VERIFY: ContextVar[Callable[[ExtractionDraft], list[str]] | None] = ContextVar(
    "factx_verify", default=None
)


@contextmanager
def verifying(check: Callable[[ExtractionDraft], list[str]]) -> Iterator[None]:
    """Validate every `ExtractionDraft` built in this context (thread or task) with `check`.

    For callers that cannot pass a validation context: instructor renders the messages of
    any call given `context=` as Jinja templates, which would alter an article holding
    '{{' or '{%' (or fail the call)."""
    token = _VERIFY.set(check)
    try:
        yield
    finally:
        _VERIFY.reset(token)


# --------------------------------------------------------------------------- records (output)


class Evidence(BaseModel):
    """Verbatim evidence: always `article_text[start:end] == text`, computed by code."""

    text: str = Field(description="The article's own characters, article_text[start:end].")
    start: int = Field(ge=0, description="Offset of the first character (0-based, in characters).")
    end: int = Field(ge=0, description="Offset one past the last character.")
    match: MatchKind = Field(
        default="exact",
        description="How the extractor's evidence was found in the article: 'exact', "
        "'normalised' (differed only in quotes, dashes, spacing or case) or 'fuzzy'.",
    )
    score: float | None = Field(
        default=None, description="Similarity 0-100 of a fuzzy match; null otherwise."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end is before start")
        return self


class Claim(BaseModel):
    """A direct quote or reported claim with its speaker."""

    id: str = Field(
        default="",
        description="Stable id: a hash of the article id, the record kind and the evidence span "
        "(the same across runs and extractors).",
    )
    kind: ClaimKind
    speaker: str
    speaker_role: str | None = None
    speaker_org: str | None = None
    evidence: Evidence
    confidence: Confidence | None = Field(default=None, description=CONFIDENCE_DESCRIPTION)
    quotes: list[Evidence] = Field(
        default_factory=list,
        description="Quoted fragments of a reported claim that the extractor also gave as direct "
        "quotes of the same speaker: one statement, one record.",
    )


class Figure(BaseModel):
    """A number as written (`raw`) with its normalised value, unit and qualifier."""

    id: str = Field(
        default="",
        description="Stable id: a hash of the article id, the record kind and the evidence span "
        "(the same across runs and extractors).",
    )
    raw: str = Field(description="The number as written in the article.")
    value: float = Field(description="The number multiplied out; lower bound of a range.")
    high: float | None = Field(default=None, description="Upper bound of a range.")
    unit: str = Field(description=UNIT_DESCRIPTION)
    qualifier: Qualifier | None = None
    measures: str
    applies_to: str | None = None
    evidence: Evidence
    confidence: Confidence | None = Field(default=None, description=CONFIDENCE_DESCRIPTION)
    value_check: ValueCheck = Field(
        default="verified",
        description="'verified': the figure parser read this value and unit family from the "
        "evidence; 'unverified': it read no number there, so the extractor's value is kept.",
    )
    vague: bool = Field(
        default=False,
        description="A stated magnitude ('thousands', 'tens of thousands'), not an exact number.",
    )


class Position(BaseModel):
    """An actor's stance on a target."""

    id: str = Field(
        default="",
        description="Stable id: a hash of the article id, the record kind and the evidence span "
        "(the same across runs and extractors).",
    )
    actor: str
    stance: Stance
    target: str
    condition: str | None = None
    evidence: Evidence
    confidence: Confidence | None = Field(default=None, description=CONFIDENCE_DESCRIPTION)


class Rejected(BaseModel):
    """An item an extractor proposed that factx could not ground: kept for review, not a result."""

    id: str = Field(
        default="",
        description="Stable id: a hash of the article id, the kind and the proposed evidence.",
    )
    kind: RecordKind
    reason: str = Field(
        description="Which check failed: 'evidence not found', 'number not in evidence', "
        "'value differs', 'unit differs', 'speaker not in article' or 'not a quote'."
    )
    detail: str = Field(default="", description="What exactly failed, with the text concerned.")
    item: dict[str, Any] = Field(description="The item as the extractor proposed it.")


def path_id(path: str) -> str:
    """The id of an article that was given none: its path, with '/' separators and no './'."""
    return PurePath(path).as_posix() if path != "-" else path


class ArticleRef(BaseModel):
    """Which article a result is for."""

    id: str = Field(
        description="Stable article id: the corpus record's own id, else derived from the path."
    )
    path: str = Field(
        description="The path given on the command line, '-' for stdin, or 'FILE#N' for line "
        "(JSONL) or row (CSV) N of a corpus file."
    )
    sha256: str | None = Field(description="SHA-256 of the decoded article text (UTF-8).")
    chars: int | None = Field(description="Length of the decoded article text in characters.")
    meta: dict[str, Any] = Field(
        default_factory=dict,
        description="The corpus record's other fields (url, title, published, source ...).",
    )

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        """Lines written before articles had ids get the id their path gives."""
        if isinstance(data, dict) and data.get("id") is None and isinstance(data.get("path"), str):
            return {**data, "id": path_id(data["path"])}
        return data


class Usage(BaseModel):
    """Tokens spent on an article, every retry and re-ask included."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            requests=self.requests + other.requests,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class Provenance(BaseModel):
    """How a result was produced."""

    extractor: str = Field(
        description="Which extractor drafted the records: 'llm', 'rules' or a custom one's name."
    )
    model: str | None = None
    mode: str | None = Field(
        default=None, description="The instructor mode used (tools, json_schema ...)."
    )
    prompt_version: str | None = Field(
        default=None, description="Content hash of the prompt files."
    )
    schema_version: str = SCHEMA_VERSION
    factx_version: str
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = Field(
        default=None,
        description="Estimated cost of the LLM calls in US dollars, for models with a known price.",
    )
    replayed_from: str | None = Field(
        default=None,
        description="Set when the LLM responses were replayed from cassettes: the model they were "
        "recorded from, or 'authored' for hand-written fixture responses.",
    )
    rejected: dict[RecordKind, int] = Field(
        default_factory=dict, description="How many items of each kind were rejected."
    )
    value_checks: dict[str, int] = Field(
        default_factory=dict,
        description="Figures by value check: 'verified', 'unverified' and 'rejected' (the parser "
        "read a different value or unit family).",
    )


class ErrorInfo(BaseModel):
    """Why an article failed."""

    type: str
    message: str


class ArticleResult(BaseModel):
    """One line of factx output: everything extracted from one article."""

    model_config = ConfigDict(title="ArticleResult")

    article: ArticleRef
    status: Literal["ok", "failed"]
    claims: list[Claim] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    rejected: list[Rejected] = Field(default_factory=list)
    provenance: Provenance
    error: ErrorInfo | None = None
    warnings: list[str] = Field(
        default_factory=list, description="Problems that did not stop extraction (e.g. decoding)."
    )


#: The output records exported to JSON Schema files, by file stem.
EXPORTED_MODELS: dict[str, type[BaseModel]] = {
    "article_result": ArticleResult,
    "claim": Claim,
    "figure": Figure,
    "position": Position,
}


def json_schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of every exported record by file stem, tagged with the schema version."""
    out: dict[str, dict[str, Any]] = {}
    for stem, model in EXPORTED_MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["x-schema-version"] = SCHEMA_VERSION
        out[stem] = schema
    return out
