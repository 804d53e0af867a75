"""Sealed evaluation documents: read back without re-evaluating, verified by re-evaluating.

Every evaluation document carries a ``seal`` (:func:`ntm_rules.fingerprints.seal`): the
fingerprint of the rulebook it was judged on and the fingerprint of its own content.

* :func:`load_evaluation` reads a stored document as a :class:`StoredEvaluation`: no
  rulebook, no provincial file, no evaluation. A document whose content no longer matches
  its fingerprint (a threshold, a value or a verdict edited) is refused.
* :func:`verify` evaluates the stored profile again and lists every difference from what
  was recorded, and says whether the document is intact and the rulebook the same.

A fingerprint shows edits, not who wrote the document: anyone can compute one. An edit
that recomputes the fingerprint is caught by :func:`verify`, which judges the stored
profile again; an edit of the profile as well is beyond any check without a signature.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from attrs import Factory, evolve, frozen
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from ntm_rules.citations import Verification
from ntm_rules.documents import EVALUATION_SCHEMA, evaluation_content, reevaluate
from ntm_rules.exceptions import InputProblem, InvalidInputError, UnknownIdentifierError
from ntm_rules.files import read_source
from ntm_rules.fingerprints import (
    DOCUMENT_FINGERPRINT,
    SEAL_FIELD,
    document_fingerprint,
    unsealed_seal,
)
from ntm_rules.messages import Message
from ntm_rules.overrides import load_rulebook
from ntm_rules.reading import describe, excerpt
from ntm_rules.results import Reason, Status, Verdict
from ntm_rules.rulebook import Rulebook
from ntm_rules.serialization import CONVERTER, problems_from
from ntm_rules.thresholds import Direction

Figure = float | bool | None
"""A recorded value or threshold: a number, achieved or not, or none."""
MAX_DIFFERENCES = 100
"""The most differences listed one by one (a document judged on another edition differs
everywhere)."""
_FOR_PEOPLE = ("explanation_vi", "explanation_en")
"""Fields of text for people, rendered from the catalogues: :func:`verify` compares them only
for a document this version of the library wrote (another has other words)."""


class TamperedDocumentError(InputProblem):
    """A sealed document whose content no longer matches its own fingerprint."""


@frozen
class StoredSeal:
    """The fingerprints a document was sealed with."""

    algorithm: str
    library: str
    rulebook: str
    document: str


@frozen
class StoredColumn:
    """The threshold column the commune was judged in, and why."""

    column: str
    region: str | None = None
    because: str | None = None


@frozen
class StoredIndicator:
    """One indicator's recorded verdict, with its figures."""

    id: str
    status: Status
    value: Figure
    unit: str
    direction: Direction
    threshold: Figure
    verification: Verification
    reason: Reason
    gap: float | None = None
    count_needed: int | None = None
    threshold_effective_from: str | None = None
    detail: str = ""


@frozen
class StoredCriterion:
    """One criterion's recorded verdict and its indicators."""

    id: str
    group: str
    status: Status
    indicators: tuple[StoredIndicator, ...]


@frozen
class StoredSummary:
    """The recorded overall verdict."""

    criteria_met: int
    criteria_total: int
    verdict: Verdict
    standard_met: bool
    failing: tuple[str, ...] = ()
    unverified_basis: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()


@frozen
class StoredEvaluation:
    """An evaluation as it was recorded, read without evaluating anything.

    Attributes:
        rulebook: the id of the rulebook it was judged on.
        seal: the rulebook's and the document's fingerprints.
        profile: the profile judged, as plain data (:func:`ntm_rules.load_profile` reads it).
    """

    rulebook: str
    commune: str
    province: str
    year: int
    verified_only: bool
    region_column: StoredColumn
    criteria: tuple[StoredCriterion, ...]
    summary: StoredSummary
    seal: StoredSeal
    profile: dict[str, Any] = Factory(dict)
    illustrative: bool = False
    edition_basis: str = "given"
    rulebook_derived_from: str | None = None

    @property
    def verdict(self) -> Verdict:
        """The recorded overall verdict."""
        return self.summary.verdict

    @property
    def indicators(self) -> Iterator[StoredIndicator]:
        """Every recorded indicator, in rulebook order."""
        for criterion in self.criteria:
            yield from criterion.indicators

    def indicator(self, indicator_id: str) -> StoredIndicator:
        """The recorded indicator with this id."""
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        known = [i.id for i in self.indicators]
        problem = UnknownIdentifierError("indicator", "indicator", indicator_id, known)
        raise InvalidInputError([problem], "evaluation document")


def _figure(value: object, _: type) -> Figure:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    raise InputProblem(
        "", Message("expected a number, true/false or null, got {value}", value=describe(value))
    )


def _count(value: object, _: type) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 3.0 is 3, as in the canonical form
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputProblem(
            "", Message("expected a whole number, got {value}", value=describe(value))
        )
    return value


_RECORDS = CONVERTER.copy(forbid_extra_keys=False)
"""The library's strict converter, reading only the fields a record keeps: its whole numbers
are what the library wrote, of any size its counts reached (a share of 10²⁰ households)."""
_RECORDS.register_structure_hook(int, _count)
_RECORDS.register_structure_hook_func(lambda t: t == Figure, _figure)


def _structure(data: Mapping[str, Any], what: str) -> StoredEvaluation:
    try:
        return _RECORDS.structure(data, StoredEvaluation)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as error:
        raise InvalidInputError(problems_from(error, what), what) from None


def _sealed(source: str | Path | Mapping[str, Any]) -> tuple[Mapping[str, Any], str]:
    """The document, checked to be a sealed evaluation document (not its fingerprint)."""
    document, what = read_source(source, "evaluation document")
    if document.get("schema") != EVALUATION_SCHEMA:
        found = excerpt(document.get("schema"))
        problem = InputProblem(
            "schema",
            Message("expected {schema!r}, got {found}", schema=EVALUATION_SCHEMA, found=found),
        )
        raise InvalidInputError([problem], what)
    seal = document.get(SEAL_FIELD)
    if not isinstance(seal, Mapping) or not isinstance(seal.get(DOCUMENT_FINGERPRINT), str):
        problem = InputProblem(
            SEAL_FIELD, "no seal: the document was written before documents were sealed"
        )
        raise InvalidInputError([problem], what)
    return document, what


def is_intact(document: Mapping[str, Any]) -> bool:
    """Whether a sealed document's content still matches its own fingerprint."""
    seal = document.get(SEAL_FIELD)
    if not isinstance(seal, Mapping):
        return False
    return bool(seal.get(DOCUMENT_FINGERPRINT) == document_fingerprint(document))


def load_evaluation(source: str | Path | Mapping[str, Any]) -> StoredEvaluation:
    """Read a stored evaluation document (a JSON/YAML file or a mapping) without evaluating.

    Raises:
        InvalidInputError: not a sealed evaluation document, a content that no longer
            matches its fingerprint (``seal.document``), or a field of the wrong kind.
    """
    document, what = _sealed(source)
    if not is_intact(document):
        problem = TamperedDocumentError(
            f"{SEAL_FIELD}.{DOCUMENT_FINGERPRINT}",
            "the content does not match the fingerprint: the document was edited after it "
            "was written (ntm-rules verify lists what differs)",
        )
        raise InvalidInputError([problem], what)
    return _structure(document, what)


@frozen
class Difference:
    """One field whose recorded content differs from the evaluation made now."""

    path: str
    recorded: Any
    now: Any


@frozen
class VerificationReport:
    """What :func:`verify` found.

    Attributes:
        rulebook: the id of the rulebook judged on now.
        intact: the document's content matches its own fingerprint.
        same_rulebook: the rulebook's fingerprint is the recorded one.
        differences: every field (codes and numbers, not text for people) that differs
            between the record and the evaluation made now (at most
            :data:`MAX_DIFFERENCES`; ``more`` counts the rest).
    """

    rulebook: str
    intact: bool
    same_rulebook: bool
    differences: tuple[Difference, ...]
    more: int = 0

    @property
    def confirmed(self) -> bool:
        """The document is intact and evaluating its profile again gives the same result."""
        return self.intact and self.same_rulebook and not self.differences


def verify(
    source: str | Path | Mapping[str, Any], rulebook: Rulebook | str | Path | None = None
) -> VerificationReport:
    """Evaluate a stored document's profile again and compare with what it records.

    ``rulebook`` defaults to the shipped edition the document names; a document judged on
    a provincial or what-if table needs that table.

    Raises:
        InvalidInputError: not a sealed evaluation document, its rulebook is not shipped
            and none is given, or its profile no longer reads under the rulebook.
    """
    document, what = _sealed(source)
    if rulebook is not None and not isinstance(rulebook, Rulebook):
        rulebook = load_rulebook(rulebook)  # a file or an edition the user gave
    evaluation = reevaluate(document, rulebook, what)
    basis = document.get("edition_basis")
    if isinstance(basis, str):  # how the edition was chosen then, not a result
        evaluation = evolve(evaluation, edition_basis=basis)
    now = evaluation_content(evaluation)  # compared, not stored: no document fingerprint
    now[SEAL_FIELD] = unsealed_seal(evaluation.rulebook)
    recorded_seal, now_seal = document[SEAL_FIELD], now[SEAL_FIELD]
    # The explanations are this library's words: compared when it wrote them, as it would
    # now (a version with other wording would differ everywhere).
    same_words = recorded_seal.get("library") == now_seal["library"]
    found = list(differences(document, now, text=same_words))
    return VerificationReport(
        rulebook=evaluation.rulebook.id,
        intact=is_intact(document),
        same_rulebook=recorded_seal.get("rulebook") == now_seal["rulebook"],
        differences=tuple(found[:MAX_DIFFERENCES]),
        more=max(0, len(found) - MAX_DIFFERENCES),
    )


def differences(
    recorded: object, now: object, path: str = "", *, text: bool = False
) -> Iterator[Difference]:
    """Every leaf that differs between two documents, by JSON path.

    The seal's own fingerprint is not compared, nor, without ``text``, the explanations
    for people.

    Examples:
        >>> [d.path for d in differences({"a": [1, 2]}, {"a": [1, 3]})]
        ['a[1]']
    """
    if isinstance(recorded, Mapping) and isinstance(now, Mapping):
        for key in sorted(set(recorded) | set(now), key=str):
            if (key in _FOR_PEOPLE and not text) or (
                path == SEAL_FIELD and key in ("document", "library")
            ):
                continue
            where = f"{path}.{key}" if path else str(key)
            yield from differences(recorded.get(key), now.get(key), where, text=text)
    elif isinstance(recorded, list) and isinstance(now, list) and len(recorded) == len(now):
        for index, (old, new) in enumerate(zip(recorded, now, strict=True)):
            yield from differences(old, new, f"{path}[{index}]", text=text)
    elif not _same(recorded, now):
        yield Difference(path, recorded, now)


def _same(recorded: object, now: object) -> bool:
    """Equal, reading ``70`` and ``70.0`` as one number but ``true`` apart from ``1``."""
    if isinstance(recorded, bool) or isinstance(now, bool):
        return type(recorded) is type(now) and recorded == now
    return recorded == now
