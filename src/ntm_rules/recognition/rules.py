"""The rules of 18/2022 as data, and their loader.

The conditions' legal bases, the figures (revocation shares, the commune satisfaction
threshold), each tier's rulebooks and key criteria, read from
``data/recognition-18-2022.yaml`` or from a user's file laid over it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.exceptions import (
    DuplicateEntryError,
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    ProblemCollector,
    UnknownIdentifierError,
    WrongKindError,
    schema_problem,
)
from ntm_rules.files import read_source
from ntm_rules.messages import Message
from ntm_rules.reading import fold, key_text
from ntm_rules.recognition.codes import Comparison, ConditionCode, Tier
from ntm_rules.recognition.facts import read_percent
from ntm_rules.serialization import structure

RULES_SCHEMA = "ntm_rules.recognition-rules/1"
RULES_FILE = "recognition-18-2022.yaml"


@frozen
class Rule:
    """The legal basis of one condition or revocation ground."""

    code: ConditionCode
    verification: Verification
    citation: Citation


@frozen
class Figure:
    """A figure of 18/2022 (a percentage), its comparison and its verification.

    ``value`` is ``None`` when the figure is unknown. ``applied`` is false for the
    comparison figures recorded as notes only.
    """

    key: str
    value: Fraction | None
    comparison: Comparison
    verification: Verification
    citation: Citation
    applied: bool = True

    @property
    def is_known(self) -> bool:
        """Whether a figure is recorded."""
        return self.value is not None


@frozen
class KeyCriteria:
    """The key criteria of revocation for one tier, by criterion id."""

    criteria: tuple[str, ...]
    verification: Verification
    citation: Citation


@frozen
class TierRules:
    """Which rulebook editions answer a tier's criteria test, and its key criteria."""

    tier: Tier
    recognition_rulebooks: tuple[str, ...]
    revocation_rulebooks: tuple[str, ...]
    key_criteria: KeyCriteria


@frozen
class RecognitionRules:
    """The rules of 18/2022 as data: conditions, grounds, figures, tiers and notes."""

    id: str
    instrument: str
    issued: date
    title_en: str
    note: str
    rules: tuple[Rule, ...]
    satisfaction_threshold: Figure
    revocation_share: Figure
    revocation_share_with_key: Figure
    tiers: tuple[TierRules, ...]
    notes: tuple[Figure, ...] = ()

    def rule(self, code: ConditionCode) -> Rule:
        """The legal basis of one condition or ground."""
        return next(rule for rule in self.rules if rule.code is code)

    def tier(self, tier: Tier) -> TierRules:
        """The rules of one tier."""
        return next(rules for rules in self.tiers if rules.tier is tier)


@frozen
class _RuleDoc:
    verification: Verification
    citation: Citation


@frozen
class _FigureDoc:
    verification: Verification
    citation: Citation
    value: Any = None
    comparison: str = "at_least"


@frozen
class _KeyDoc:
    criteria: list[str]
    verification: Verification
    citation: Citation


@frozen
class _TierDoc:
    recognition_rulebooks: list[str]
    revocation_rulebooks: list[str]
    key_criteria: _KeyDoc


@frozen
class _ConditionsDoc:
    criteria_met: _RuleDoc
    satisfaction: _RuleDoc
    no_construction_debt: _RuleDoc
    security_not_complex: _RuleDoc


@frozen
class _RevocationDoc:
    half_or_more_failing: _RuleDoc
    share_with_key_failing: _RuleDoc


@frozen
class _FiguresDoc:
    satisfaction_threshold: _FigureDoc
    revocation_share: _FigureDoc
    revocation_share_with_key: _FigureDoc


@frozen
class _TiersDoc:
    basic: _TierDoc
    advanced: _TierDoc
    model: _TierDoc


@frozen
class _RulesDoc:
    schema: str
    id: str
    instrument: str
    issued: date
    title_en: str
    conditions: _ConditionsDoc
    revocation: _RevocationDoc
    figures: _FiguresDoc
    tiers: _TiersDoc
    notes: dict[str, _FigureDoc]
    note: str = ""


_SECTIONS = ("conditions", "revocation", "figures", "tiers", "notes")


def _shipped_path() -> Path:
    return Path(str(resources.files("ntm_rules") / "data" / RULES_FILE))


@functools.cache
def _shipped_document() -> Mapping[str, Any]:
    data, _ = read_source(_shipped_path(), "recognition rules")
    return data


@functools.cache
def shipped_rules() -> RecognitionRules:
    """The rules of 18/2022 shipped with the library (read once, then cached).

    Examples:
        >>> rules = shipped_rules()
        >>> rules.satisfaction_threshold.is_known, rules.satisfaction_threshold.verification
        (False, <Verification.UNKNOWN: 'unknown'>)
        >>> float(rules.revocation_share.value), rules.tier(Tier.BASIC).key_criteria.criteria
        (50.0, ('10', '17', '19'))
    """
    return _build_rules(_shipped_document(), str(_shipped_path()))


def load_recognition_rules(
    source: str | Path | Mapping[str, Any] | None = None,
) -> RecognitionRules:
    """The shipped rules, or a user's rules file of the same shape laid over them.

    A user's file needs ``schema`` and ``id``; any section (``conditions``, ``revocation``,
    ``figures``, ``tiers``, ``notes``), or any entry of a section, that it leaves out keeps
    the shipped value; an entry it gives replaces the shipped entry whole. The usual case is
    the commune satisfaction threshold, which the shipped rules do not know::

        schema: ntm_rules.recognition-rules/1
        id: my-province-2024
        figures:
          satisfaction_threshold:
            value: 90
            verification: verified
            citation: {instrument: "...", urls: ["https://..."]}

    Raises:
        InvalidInputError: every problem found, each naming its field.
    """
    if source is None:
        return shipped_rules()
    data, what = read_source(source, "recognition rules")
    problems = ProblemCollector()
    for required in ("schema", "id"):
        if required not in data:
            problems.add(InputProblem(required, "required field missing"))
    problems.raise_if_any(what)
    merged: dict[str, Any] = dict(_shipped_document())
    for key, value in data.items():
        shipped = merged.get(key)
        if key in _SECTIONS and isinstance(value, Mapping) and isinstance(shipped, Mapping):
            merged[key] = {**shipped, **value}
        else:
            merged[key] = value
    return _build_rules(merged, what)


def _build_rules(data: Mapping[str, Any], what: str) -> RecognitionRules:
    document, found = structure(data, _RulesDoc, what)
    problems = ProblemCollector()
    for problem in found:
        problems.add(problem)
    if document is None:
        problems.raise_if_any(what)
        raise InvalidInputError([], what)  # pragma: no cover - structure() records a problem
    if document.schema != RULES_SCHEMA:
        problems.add(schema_problem(RULES_SCHEMA))
    rules = tuple(
        Rule(code, doc.verification, doc.citation)
        for code, doc in (
            (ConditionCode.CRITERIA_MET, document.conditions.criteria_met),
            (ConditionCode.SATISFACTION, document.conditions.satisfaction),
            (ConditionCode.NO_CONSTRUCTION_DEBT, document.conditions.no_construction_debt),
            (ConditionCode.SECURITY_NOT_COMPLEX, document.conditions.security_not_complex),
            (ConditionCode.HALF_OR_MORE_FAILING, document.revocation.half_or_more_failing),
            (ConditionCode.SHARE_WITH_KEY_FAILING, document.revocation.share_with_key_failing),
        )
    )
    figures = document.figures
    threshold = _figure(problems, "satisfaction_threshold", figures.satisfaction_threshold)
    before = len(problems)
    share = _figure(problems, "revocation_share", figures.revocation_share)
    with_key = _figure(problems, "revocation_share_with_key", figures.revocation_share_with_key)
    if len(problems) == before:
        _check_shares(problems, share, with_key)
    tiers = tuple(_tier(problems, tier, getattr(document.tiers, tier.value)) for tier in Tier)
    notes = tuple(
        _figure(problems, key, doc, section="notes", applied=False)
        for key, doc in document.notes.items()
    )
    problems.raise_if_any(what)
    return RecognitionRules(
        id=document.id,
        instrument=document.instrument,
        issued=document.issued,
        title_en=document.title_en,
        note=document.note,
        rules=rules,
        satisfaction_threshold=threshold,
        revocation_share=share,
        revocation_share_with_key=with_key,
        tiers=tiers,
        notes=notes,
    )


def _figure(
    problems: ProblemCollector,
    key: str,
    doc: _FigureDoc,
    *,
    section: str = "figures",
    applied: bool = True,
) -> Figure:
    field = f"{section}.{key_text(key)}"
    comparison = Comparison.AT_LEAST
    try:
        comparison = _comparison(doc.comparison, f"{field}.comparison")
    except InputProblem as problem:
        problems.add(problem)
    value: Fraction | None = None
    try:
        value = read_percent(doc.value, f"{field}.value")
    except InputProblem as problem:
        problems.add(problem)
        return Figure(key, None, comparison, Verification.UNKNOWN, doc.citation, applied)
    verification = doc.verification
    if value is None and verification is not Verification.UNKNOWN:
        problems.add(
            WrongKindError(
                f"{field}.verification",
                "a figure with no value must be 'unknown'",
            )
        )
    if value is not None and verification is Verification.UNKNOWN:
        problems.add(WrongKindError(f"{field}.verification", "a given figure cannot be 'unknown'"))
    return Figure(key, value, comparison, verification, doc.citation, applied)


_COMPARISONS = {
    "at least": Comparison.AT_LEAST,
    ">=": Comparison.AT_LEAST,
    "≥": Comparison.AT_LEAST,
    "above": Comparison.ABOVE,
    ">": Comparison.ABOVE,
}


def _comparison(raw: str, field: str) -> Comparison:
    word = fold(raw)
    if word not in _COMPARISONS:
        raise UnknownIdentifierError(field, "comparison", raw, ["at_least", "above"])
    return _COMPARISONS[word]


def _check_shares(problems: ProblemCollector, share: Figure, with_key: Figure) -> None:
    for figure in (share, with_key):
        field = f"figures.{figure.key}"
        if figure.value is None:
            problems.add(
                WrongKindError(
                    f"{field}.value",
                    "a revocation share is required (a percentage)",
                )
            )
        elif figure.value <= 0:
            problems.add(OutOfRangeError(f"{field}.value", "must be greater than 0 %"))
        if figure.comparison is not Comparison.AT_LEAST:
            problems.add(WrongKindError(f"{field}.comparison", "a revocation share is 'at_least'"))
    if share.value is not None and with_key.value is not None and with_key.value >= share.value:
        problems.add(
            OutOfRangeError(
                "figures.revocation_share_with_key.value",
                Message("must be below revocation_share ({share:g} %)", share=float(share.value)),
            )
        )


def _tier(problems: ProblemCollector, tier: Tier, doc: _TierDoc) -> TierRules:
    field = f"tiers.{tier.value}.key_criteria.criteria"
    criteria = tuple(doc.key_criteria.criteria)
    if not criteria:
        problems.add(WrongKindError(field, "at least one key criterion is required"))
    for index, criterion in enumerate(criteria):
        if criterion in criteria[:index]:
            problems.add(
                DuplicateEntryError(
                    f"{field}[{index}]",
                    Message("{criterion!r} is listed twice", criterion=criterion),
                )
            )
    key = KeyCriteria(criteria, doc.key_criteria.verification, doc.key_criteria.citation)
    return TierRules(tier, tuple(doc.recognition_rulebooks), tuple(doc.revocation_rulebooks), key)
