"""Recognition and revocation of a commune's NTM status under QĐ 18/2022/QĐ-TTg.

A commune is recognised (NTM, advanced or model alike) only if all four conditions hold:
it meets every criterion of the relevant set, its residents' satisfaction meets the required
rate, it has no outstanding basic-construction debt under the programme, and it is not
"complex" in security and order. A recognised commune's recognition is revoked when 50 % or
more of its criteria fail, or 30 % to under 50 % fail including a key criterion.

Every figure (the two revocation shares, the key criteria, the commune satisfaction rate,
which is **unknown**) is data, in ``data/recognition-18-2022.yaml``, each with its citation
and verification status; :func:`load_recognition_rules` reads a user's file of the same
shape. Results carry codes and numbers; :func:`describe` renders them for people, and
:func:`recognition_document` / :func:`revocation_document` as JSON-able documents.

Unknown criteria are never guessed: a revocation is decided only when the outcome is the
same however they turn out, and otherwise names the criteria that decide it.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from attrs import frozen
from cattrs.gen import make_dict_unstructure_fn

from ntm_rules import reading
from ntm_rules.citations import Citation, Verification
from ntm_rules.exceptions import (
    DuplicateEntryError,
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    ProblemCollector,
    RulebookError,
    UnitMismatchError,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.files import read_source
from ntm_rules.reading import exact, excerpt, finite_float, fold, is_blank, split_number
from ntm_rules.results import Evaluation, Status, Verdict
from ntm_rules.serialization import CONVERTER, structure
from ntm_rules.units import MONEY, PERCENT, parse_unit

__all__ = [
    "FACTS_SCHEMA",
    "RECOGNITION_SCHEMA",
    "REVOCATION_SCHEMA",
    "RULES_SCHEMA",
    "Comparison",
    "Condition",
    "ConditionCode",
    "ConditionReason",
    "ConstructionDebt",
    "CriteriaCount",
    "Fact",
    "Figure",
    "KeyCriteria",
    "RecognitionFacts",
    "RecognitionOutcome",
    "RecognitionResult",
    "RecognitionRules",
    "RevocationOutcome",
    "RevocationResult",
    "Rule",
    "Satisfaction",
    "Security",
    "Tier",
    "TierRules",
    "assess_recognition",
    "assess_revocation",
    "describe",
    "load_recognition_facts",
    "load_recognition_rules",
    "recognition_document",
    "revocation_document",
    "shipped_rules",
]

FACTS_SCHEMA = "ntm_rules.recognition-facts/1"
RULES_SCHEMA = "ntm_rules.recognition-rules/1"
RECOGNITION_SCHEMA = "ntm_rules.recognition/1"
REVOCATION_SCHEMA = "ntm_rules.revocation/1"
RULES_FILE = "recognition-18-2022.yaml"
T = TypeVar("T")

_FIRST_YEAR, _LAST_YEAR = 1990, 2100
"""A sanity bound on a recognition year (not a legal rule)."""


# --------------------------------------------------------------------------- codes


class Tier(enum.Enum):
    """The standard a commune is recognised at."""

    BASIC = "basic"
    ADVANCED = "advanced"
    MODEL = "model"


class Security(enum.Enum):
    """A commune's security-and-order status under Ministry of Public Security rules."""

    COMPLEX = "complex"
    NOT_COMPLEX = "not_complex"


class Comparison(enum.Enum):
    """How a value is compared with a figure: at least (``>=``) or above (``>``)."""

    AT_LEAST = "at_least"
    ABOVE = "above"

    def holds(self, value: Fraction, bound: Fraction) -> bool:
        """Whether ``value`` is on the passing side of ``bound``."""
        return value >= bound if self is Comparison.AT_LEAST else value > bound

    @property
    def symbol(self) -> str:
        """``≥`` or ``>``."""
        return "≥" if self is Comparison.AT_LEAST else ">"


class ConditionCode(enum.Enum):
    """The conditions of recognition (first four) and the grounds of revocation (last two)."""

    CRITERIA_MET = "criteria_met"
    SATISFACTION = "satisfaction"
    NO_CONSTRUCTION_DEBT = "no_construction_debt"
    SECURITY_NOT_COMPLEX = "security_not_complex"
    HALF_OR_MORE_FAILING = "half_or_more_failing"
    SHARE_WITH_KEY_FAILING = "share_with_key_failing"


RECOGNITION_CODES = (
    ConditionCode.CRITERIA_MET,
    ConditionCode.SATISFACTION,
    ConditionCode.NO_CONSTRUCTION_DEBT,
    ConditionCode.SECURITY_NOT_COMPLEX,
)
REVOCATION_CODES = (ConditionCode.HALF_OR_MORE_FAILING, ConditionCode.SHARE_WITH_KEY_FAILING)


class ConditionReason(enum.Enum):
    """Why a condition's status is what it is."""

    ALL_CRITERIA_MET = "all_criteria_met"
    CRITERIA_FAILING = "criteria_failing"
    CRITERIA_UNKNOWN = "criteria_unknown"
    SET_NOT_EVALUATED = "set_not_evaluated"
    NO_FACT = "no_fact"
    UNKNOWN_THRESHOLD = "unknown_threshold"
    COMPARED = "compared"
    STATED = "stated"
    COUNTED = "counted"
    DEPENDS_ON_UNKNOWN = "depends_on_unknown"


class RecognitionOutcome(enum.Enum):
    """Whether a commune can be recognised."""

    CAN_BE_RECOGNISED = "can_be_recognised"
    CANNOT_BE_RECOGNISED = "cannot_be_recognised"
    CANNOT_CONCLUDE = "cannot_conclude"


class RevocationOutcome(enum.Enum):
    """Whether a recognised commune's recognition must be revoked."""

    REVOKE = "revoke"
    KEEP = "keep"
    CANNOT_CONCLUDE = "cannot_conclude"
    NOT_APPLICABLE = "not_applicable"


# --------------------------------------------------------------------------- facts


@frozen
class Satisfaction:
    """Residents' satisfaction: a percentage, from the survey counts when they are known.

    Examples:
        >>> Satisfaction.from_counts(450, 500).percent
        Fraction(90, 1)
    """

    percent: Fraction
    satisfied: int | None = None
    surveyed: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.percent <= 100:
            raise OutOfRangeError("satisfaction", f"{float(self.percent):g} % is outside 0–100 %")
        if (self.satisfied is None) != (self.surveyed is None):
            raise WrongKindError("satisfaction", "give both satisfied and surveyed, or neither")
        if self.satisfied is not None and self.surveyed is not None:
            if self.surveyed <= 0:
                raise OutOfRangeError("satisfaction.surveyed", "must be greater than 0")
            if not 0 <= self.satisfied <= self.surveyed:
                raise OutOfRangeError(
                    "satisfaction.satisfied",
                    f"{self.satisfied} is not between 0 and the {self.surveyed} surveyed",
                )
            if self.percent != Fraction(100 * self.satisfied, self.surveyed):
                raise WrongKindError("satisfaction", "the percentage differs from the counts")

    @classmethod
    def from_counts(cls, satisfied: int, surveyed: int) -> Satisfaction:
        """The rate of ``satisfied`` households among ``surveyed``, exactly."""
        if surveyed <= 0:
            raise OutOfRangeError("satisfaction.surveyed", "must be greater than 0")
        return cls(Fraction(100 * satisfied, surveyed), satisfied, surveyed)


@frozen
class ConstructionDebt:
    """Outstanding basic-construction debt under the programme: whether, and how much (VND)."""

    outstanding: bool
    amount_vnd: float | None = None

    def __attrs_post_init__(self) -> None:
        if self.amount_vnd is None:
            return
        MONEY.check_range(self.amount_vnd, "construction_debt")
        if self.outstanding != (self.amount_vnd > 0):
            raise WrongKindError("construction_debt", "outstanding must match the amount")


@frozen
class RecognitionFacts:
    """What is known of a commune beyond its criteria, for 18/2022.

    ``None`` means "not known": a condition resting on it cannot be concluded.

    Attributes:
        tier: the standard at issue (basic, advanced, model).
        satisfaction: residents' satisfaction from the Fatherland Front survey.
        construction_debt: outstanding basic-construction debt under the programme.
        security: whether the commune is "complex" in security and order.
        recognised: whether the commune already holds recognition at ``tier``.
        recognised_year: the year of that recognition.
        commune: the commune's name (for reports).
        note: free text (who stated the facts, from which documents).
    """

    tier: Tier = Tier.BASIC
    satisfaction: Satisfaction | None = None
    construction_debt: ConstructionDebt | None = None
    security: Security | None = None
    recognised: bool | None = None
    recognised_year: int | None = None
    commune: str = ""
    note: str = ""

    def __attrs_post_init__(self) -> None:
        problem = _year_problem(self.recognised, self.recognised_year)
        if problem is not None:
            raise problem

    def to_dict(self) -> dict[str, Any]:
        """The facts as plain data, in the form :func:`load_recognition_facts` reads."""
        satisfaction: object = None
        if self.satisfaction is not None:
            if self.satisfaction.surveyed is not None:
                satisfaction = {
                    "satisfied": self.satisfaction.satisfied,
                    "surveyed": self.satisfaction.surveyed,
                }
            else:
                satisfaction = float(self.satisfaction.percent)
        debt: object = None
        if self.construction_debt is not None:
            debt = self.construction_debt.amount_vnd
            if debt is None:
                debt = self.construction_debt.outstanding
        return {
            "schema": FACTS_SCHEMA,
            "commune": self.commune,
            "tier": self.tier.value,
            "satisfaction": satisfaction,
            "construction_debt": debt,
            "security": None if self.security is None else self.security.value,
            "recognised": self.recognised,
            "recognised_year": self.recognised_year,
            "note": self.note,
        }


def _year_problem(recognised: bool | None, year: int | None) -> InputProblem | None:
    if year is None:
        return None
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return OutOfRangeError("recognised_year", f"{year} is outside {_FIRST_YEAR}–{_LAST_YEAR}")
    if recognised is False:
        return WrongKindError("recognised_year", "given for a commune not recognised")
    return None


@frozen
class _FactsDocument:
    schema: str = FACTS_SCHEMA
    commune: str = ""
    tier: Any = None
    satisfaction: Any = None
    construction_debt: Any = None
    security: Any = None
    recognised: Any = None
    recognised_year: int | None = None
    note: str = ""


_TIER_WORDS = {
    **dict.fromkeys(("basic", "co ban", "ntm", "nong thon moi", "xa ntm"), Tier.BASIC),
    **dict.fromkeys(("advanced", "nang cao", "ntm nang cao", "xa ntm nang cao"), Tier.ADVANCED),
    **dict.fromkeys(("model", "kieu mau", "ntm kieu mau", "xa ntm kieu mau"), Tier.MODEL),
}
_SECURITY_WORDS = {
    **dict.fromkeys(("complex", "phuc tap"), Security.COMPLEX),
    **dict.fromkeys(
        ("not complex", "non complex", "khong phuc tap", "khong la dia ban phuc tap"),
        Security.NOT_COMPLEX,
    ),
}
_DEBT_YES = frozenset({"yes", "true", "co", "co no", "con no", "outstanding"})
_DEBT_NO = frozenset({"no", "false", "khong", "khong no", "khong co no", "no debt"})


def load_recognition_facts(source: str | Path | Mapping[str, Any]) -> RecognitionFacts:
    """Load and check the facts of 18/2022 from a YAML/JSON file or a mapping.

    Every bad field is collected and raised together as
    :class:`~ntm_rules.exceptions.InvalidInputError`, each problem naming its field.

    Examples:
        >>> facts = load_recognition_facts({"satisfaction": {"satisfied": 450, "surveyed": 500},
        ...     "construction_debt": "0 đồng", "security": "không phức tạp"})
        >>> float(facts.satisfaction.percent), facts.construction_debt.outstanding
        (90.0, False)
        >>> facts.security, facts.tier
        (<Security.NOT_COMPLEX: 'not_complex'>, <Tier.BASIC: 'basic'>)
    """
    data, what = read_source(source, "recognition facts")
    problems = ProblemCollector()
    document, head_problems = structure(data, _FactsDocument, what)
    for problem in head_problems:
        problems.add(problem)
    if document is not None and document.schema != FACTS_SCHEMA:
        problems.add(WrongKindError("schema", f"expected {FACTS_SCHEMA!r}"))
    tier = _collect(problems, _read_tier, data.get("tier"))
    satisfaction = _collect(problems, _read_satisfaction, data.get("satisfaction"))
    debt = _collect(problems, _read_debt, data.get("construction_debt"))
    security = _collect(problems, _read_security, data.get("security"))
    recognised = _collect(problems, _read_recognised, data.get("recognised"))
    if document is not None:
        year_problem = _year_problem(recognised, document.recognised_year)
        if year_problem is not None:
            problems.add(year_problem)
    problems.raise_if_any(what)
    if (
        document is None
    ):  # pragma: no cover - structure() records a problem whenever it returns None
        raise InvalidInputError([], what)
    return RecognitionFacts(
        tier=tier or Tier.BASIC,
        satisfaction=satisfaction,
        construction_debt=debt,
        security=security,
        recognised=recognised,
        recognised_year=document.recognised_year,
        commune=document.commune,
        note=document.note,
    )


def _collect(
    problems: ProblemCollector, read: Callable[[object], T | None], raw: object
) -> T | None:
    try:
        return read(raw)
    except InputProblem as problem:
        problems.add(problem)
        return None


def _read_tier(raw: object) -> Tier | None:
    if is_blank(raw):
        return None
    if not isinstance(raw, str):
        raise WrongKindError(
            "tier", f"expected basic, advanced or model; got {reading.describe(raw)}"
        )
    if len(raw) > reading.MAX_TEXT:
        raise WrongKindError("tier", f"text of {len(raw)} characters is too long for a tier")
    word = fold(raw)
    if word not in _TIER_WORDS:
        raise UnknownIdentifierError("tier", "tier", raw, [tier.value for tier in Tier])
    return _TIER_WORDS[word]


def _read_security(raw: object) -> Security | None:
    if is_blank(raw):
        return None
    expected = "'complex' or 'not complex' (phức tạp / không phức tạp)"
    if not isinstance(raw, str):
        raise WrongKindError("security", f"expected {expected}; got {reading.describe(raw)}")
    word = fold(raw) if len(raw) <= reading.MAX_TEXT else ""
    if word not in _SECURITY_WORDS:
        raise WrongKindError("security", f"expected {expected}; got {reading.describe(raw)}")
    return _SECURITY_WORDS[word]


def _read_recognised(raw: object) -> bool | None:
    if is_blank(raw):
        return None
    return reading.read_achieved(raw, "recognised")


def _read_debt(raw: object) -> ConstructionDebt | None:
    field = "construction_debt"
    if is_blank(raw):
        return None
    if isinstance(raw, bool):
        return ConstructionDebt(raw)
    if isinstance(raw, int | float):
        amount = finite_float(raw, field)
    elif isinstance(raw, str) and reading.starts_with_number(raw):
        amount = MONEY.parse(raw, field)
    elif isinstance(raw, str) and len(raw) <= reading.MAX_TEXT and fold(raw) in _DEBT_YES:
        return ConstructionDebt(outstanding=True)
    elif isinstance(raw, str) and len(raw) <= reading.MAX_TEXT and fold(raw) in _DEBT_NO:
        return ConstructionDebt(outstanding=False)
    else:
        raise WrongKindError(
            field,
            "expected true / false (có / không) or an amount such as '1,2 tỷ đồng'; "
            f"got {reading.describe(raw)}",
        )
    MONEY.check_range(amount, field)
    return ConstructionDebt(outstanding=amount > 0, amount_vnd=amount)


def _read_satisfaction(raw: object) -> Satisfaction | None:
    field = "satisfaction"
    if is_blank(raw):
        return None
    if isinstance(raw, Mapping):
        keys = set(raw)
        if keys != {"satisfied", "surveyed"}:
            shown = sorted(excerpt(key) for key in keys)
            raise WrongKindError(
                field, f"expected exactly the keys satisfied and surveyed, got {shown}"
            )
        satisfied = _count(raw["satisfied"], f"{field}.satisfied")
        surveyed = _count(raw["surveyed"], f"{field}.surveyed")
        return _from_counts(satisfied, surveyed)
    if isinstance(raw, str) and "/" in raw:
        left, _, right = raw.partition("/")
        return _from_counts(_count(left, field), _count(right, field))
    percent = _percent(raw, field)
    if percent is None:  # pragma: no cover - blanks were handled above
        return None
    return Satisfaction(percent)


def _from_counts(satisfied: int, surveyed: int) -> Satisfaction:
    if surveyed <= 0:
        raise OutOfRangeError("satisfaction.surveyed", "must be greater than 0")
    if satisfied > surveyed:
        raise OutOfRangeError(
            "satisfaction.satisfied", f"{satisfied} is more than the {surveyed} surveyed"
        )
    return Satisfaction.from_counts(satisfied, surveyed)


def _count(raw: object, field: str) -> int:
    """A whole, non-negative count of households."""
    if isinstance(raw, str):
        number = split_number(raw, field)
        if number.rest:
            raise WrongKindError(field, f"expected a count, got {reading.describe(raw)}")
        value = number.value
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        finite_float(raw, field)
        value = exact(raw)
    else:
        raise WrongKindError(field, f"expected a count, got {reading.describe(raw)}")
    if value.denominator != 1:
        raise WrongKindError(field, f"expected a whole number of households, got {excerpt(raw)}")
    if value < 0:
        raise OutOfRangeError(field, f"{value} is negative")
    return int(value)


def _percent(raw: object, field: str) -> Fraction | None:
    """A percentage read exactly: a number, or text such as ``"92,5 %"``; blank is ``None``."""
    if is_blank(raw):
        return None
    if isinstance(raw, str):
        number = split_number(raw, field)
        if number.rest and parse_unit(number.rest, field) != PERCENT.signature:
            raise UnitMismatchError(field, f"{excerpt(raw)}: expected a percentage")
        value = number.value
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        finite_float(raw, field)
        value = exact(raw)
    else:
        raise WrongKindError(field, f"expected a percentage, got {reading.describe(raw)}")
    if not 0 <= value <= 100:
        raise OutOfRangeError(field, f"{float(value):g} % is outside 0–100 %")
    return value


# --------------------------------------------------------------------------- rules


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
        problems.add(WrongKindError("schema", f"expected {RULES_SCHEMA!r}"))
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
    field = f"{section}.{key}"
    comparison = Comparison.AT_LEAST
    try:
        comparison = _comparison(doc.comparison, f"{field}.comparison")
    except InputProblem as problem:
        problems.add(problem)
    value: Fraction | None = None
    try:
        value = _percent(doc.value, f"{field}.value")
    except InputProblem as problem:
        problems.add(problem)
        return Figure(key, None, comparison, Verification.UNKNOWN, doc.citation, applied)
    verification = doc.verification
    if value is None and verification is not Verification.UNKNOWN:
        problems.add(
            WrongKindError(f"{field}.verification", "a figure with no value must be 'unknown'")
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
                WrongKindError(f"{field}.value", "a revocation share is required (a percentage)")
            )
        elif figure.value <= 0:
            problems.add(OutOfRangeError(f"{field}.value", "must be greater than 0 %"))
        if figure.comparison is not Comparison.AT_LEAST:
            problems.add(WrongKindError(f"{field}.comparison", "a revocation share is 'at_least'"))
    if share.value is not None and with_key.value is not None and with_key.value >= share.value:
        problems.add(
            OutOfRangeError(
                "figures.revocation_share_with_key.value",
                f"must be below revocation_share ({float(share.value):g} %)",
            )
        )


def _tier(problems: ProblemCollector, tier: Tier, doc: _TierDoc) -> TierRules:
    field = f"tiers.{tier.value}.key_criteria.criteria"
    criteria = tuple(doc.key_criteria.criteria)
    if not criteria:
        problems.add(WrongKindError(field, "at least one key criterion is required"))
    for index, criterion in enumerate(criteria):
        if criterion in criteria[:index]:
            problems.add(DuplicateEntryError(f"{field}[{index}]", f"{criterion!r} is listed twice"))
    key = KeyCriteria(criteria, doc.key_criteria.verification, doc.key_criteria.citation)
    return TierRules(tier, tuple(doc.recognition_rulebooks), tuple(doc.revocation_rulebooks), key)


# --------------------------------------------------------------------------- results

FactValue = bool | int | float | str | tuple[str, ...] | None
"""A plain value a decision rested on."""


@frozen
class Fact:
    """One fact a condition was decided on, by name."""

    name: str
    value: FactValue


@frozen
class Condition:
    """One condition of recognition, or one ground of revocation, as decided.

    Attributes:
        code: which condition.
        status: met (for a ground: it applies), not met, or cannot conclude.
        reason: why.
        rule: the legal basis, with its citation and verification.
        figures: the figures applied, each with its verification and citation.
        key_criteria: for the key-criterion ground, the key criteria applied.
        facts: the facts the decision rests on.
        unverified_indicators: indicators whose verdict, used here, rests on an unverified
            threshold.
    """

    code: ConditionCode
    status: Verdict
    reason: ConditionReason
    rule: Rule
    figures: tuple[Figure, ...] = ()
    key_criteria: KeyCriteria | None = None
    facts: tuple[Fact, ...] = ()
    unverified_indicators: tuple[str, ...] = ()

    @property
    def rests_on_unverified(self) -> bool:
        """Whether a decided status rests on a figure or threshold no source confirms."""
        if self.status is Verdict.CANNOT_CONCLUDE:
            return False
        figures = [figure.verification for figure in self.figures]
        if self.key_criteria is not None:
            figures.append(self.key_criteria.verification)
        return (
            bool(self.unverified_indicators)
            or self.rule.verification is Verification.UNVERIFIED
            or Verification.UNVERIFIED in figures
        )

    def fact(self, name: str) -> FactValue:
        """The value of one fact (``None`` when not recorded)."""
        return next((fact.value for fact in self.facts if fact.name == name), None)


@frozen
class RecognitionResult:
    """Whether a commune can be recognised under 18/2022, condition by condition.

    Attributes:
        outcome: can be recognised, cannot be, or cannot conclude.
        tier: the standard at issue.
        conditions: the four conditions, in the order of 18/2022.
        blocking: the conditions not met (when it cannot be recognised) or not concluded
            (when the outcome cannot be concluded).
        undecided: every condition that cannot be concluded.
        rulebook: the edition the criteria were evaluated against.
        rules: the id of the rules applied.
        instrument: the instrument of those rules.
        commune: the commune's name.
        year: the data year evaluated.
        already_recognised: whether the commune already holds recognition at ``tier``.
    """

    outcome: RecognitionOutcome
    tier: Tier
    conditions: tuple[Condition, ...]
    blocking: tuple[ConditionCode, ...]
    undecided: tuple[ConditionCode, ...]
    rulebook: str
    rules: str
    instrument: str
    commune: str
    year: int
    already_recognised: bool | None = None

    @property
    def rests_on_unverified(self) -> bool:
        """Whether a decided condition rests on an unverified figure or threshold."""
        return any(condition.rests_on_unverified for condition in self.conditions)

    def condition(self, code: ConditionCode) -> Condition:
        """One condition by code."""
        return next(condition for condition in self.conditions if condition.code is code)


@frozen
class CriteriaCount:
    """The criteria of the set, counted for revocation.

    Attributes:
        total: how many criteria the set has.
        failing: ids of the failing criteria.
        unknown: ids of the criteria that cannot be assessed.
        key_criteria: the key criteria of the tier.
        key_failing: the key criteria that fail.
        key_unknown: the key criteria that cannot be assessed.
        failing_share: failing / total, exactly.
        possible_share: (failing + unknown) / total: the share if every unknown failed.
        needed_for_half: the fewest failing criteria that reach ``revocation_share``.
        needed_with_key: the fewest that reach ``revocation_share_with_key``.
    """

    total: int
    failing: tuple[str, ...]
    unknown: tuple[str, ...]
    key_criteria: tuple[str, ...]
    key_failing: tuple[str, ...]
    key_unknown: tuple[str, ...]
    failing_share: Fraction
    possible_share: Fraction
    needed_for_half: int
    needed_with_key: int


@frozen
class RevocationResult:
    """Whether a recognised commune's recognition must be revoked under 18/2022.

    Attributes:
        outcome: revoke, keep, cannot conclude, or not applicable (not recognised).
        tier: the standard the commune holds.
        conditions: the two grounds of revocation (either suffices).
        counts: the criteria counted (``None`` when the set evaluated is not the tier's).
        deciding: the unknown criteria whose status would change the outcome (empty when
            the outcome is decided).
        rulebook: the edition the criteria were evaluated against.
        rules: the id of the rules applied.
        instrument: the instrument of those rules.
        commune: the commune's name.
        year: the data year evaluated.
        recognised: whether the commune holds recognition (``None``: not stated, assumed).
        recognised_year: the year of that recognition, when known.
    """

    outcome: RevocationOutcome
    tier: Tier
    conditions: tuple[Condition, ...]
    counts: CriteriaCount | None
    deciding: tuple[str, ...]
    rulebook: str
    rules: str
    instrument: str
    commune: str
    year: int
    recognised: bool | None = None
    recognised_year: int | None = None

    @property
    def rests_on_unverified(self) -> bool:
        """Whether a decided ground rests on an unverified figure or threshold."""
        return any(condition.rests_on_unverified for condition in self.conditions)

    def condition(self, code: ConditionCode) -> Condition:
        """One ground by code."""
        return next(condition for condition in self.conditions if condition.code is code)


# --------------------------------------------------------------------------- recognition


def _answers(evaluation: Evaluation, rulebooks: tuple[str, ...]) -> bool:
    """Whether the evaluation's edition (or the edition it derives from) is listed."""
    book = evaluation.rulebook
    return book.id in rulebooks or (
        book.derived_from is not None and book.derived_from in rulebooks
    )


def _ids(evaluation: Evaluation, status: Status) -> tuple[str, ...]:
    return tuple(c.id for c in evaluation.criteria if c.status is status)


def assess_recognition(
    evaluation: Evaluation,
    facts: RecognitionFacts | None = None,
    rules: RecognitionRules | None = None,
) -> RecognitionResult:
    """Whether a commune can be recognised under 18/2022: all four conditions must hold.

    Args:
        evaluation: the commune's evaluation against the tier's criteria set.
        facts: satisfaction, construction debt, security status, tier (default: all not
            known, basic tier).
        rules: the rules applied (default: the shipped ones, whose commune satisfaction
            threshold is unknown). Supply a known threshold with
            ``rules=load_recognition_rules(path_or_mapping)``.

    The outcome cannot be recognised as soon as one condition is not met; it cannot be
    concluded while a condition is undecided (no fact, or an unknown threshold: never a
    guess); otherwise the commune can be recognised.
    """
    rules = rules or shipped_rules()
    facts = facts or RecognitionFacts()
    conditions = (
        _criteria_condition(evaluation, facts.tier, rules),
        _satisfaction_condition(facts, rules),
        _debt_condition(facts, rules),
        _security_condition(facts, rules),
    )
    not_met = tuple(c.code for c in conditions if c.status is Verdict.NOT_MET)
    undecided = tuple(c.code for c in conditions if c.status is Verdict.CANNOT_CONCLUDE)
    if not_met:
        outcome, blocking = RecognitionOutcome.CANNOT_BE_RECOGNISED, not_met
    elif undecided:
        outcome, blocking = RecognitionOutcome.CANNOT_CONCLUDE, undecided
    else:
        outcome, blocking = RecognitionOutcome.CAN_BE_RECOGNISED, ()
    return RecognitionResult(
        outcome=outcome,
        tier=facts.tier,
        conditions=conditions,
        blocking=blocking,
        undecided=undecided,
        rulebook=evaluation.rulebook.id,
        rules=rules.id,
        instrument=rules.instrument,
        commune=facts.commune or evaluation.profile.commune,
        year=evaluation.profile.year,
        already_recognised=facts.recognised,
    )


def _criteria_condition(evaluation: Evaluation, tier: Tier, rules: RecognitionRules) -> Condition:
    rule = rules.rule(ConditionCode.CRITERIA_MET)
    expected = rules.tier(tier).recognition_rulebooks
    facts = [
        Fact("rulebook", evaluation.rulebook.id),
        Fact("rulebook_derived_from", evaluation.rulebook.derived_from),
    ]
    if not _answers(evaluation, expected):
        facts.append(Fact("expected_rulebooks", expected))
        return Condition(
            rule.code,
            Verdict.CANNOT_CONCLUDE,
            ConditionReason.SET_NOT_EVALUATED,
            rule,
            facts=tuple(facts),
        )
    failing = _ids(evaluation, Status.FAIL)
    unknown = _ids(evaluation, Status.UNKNOWN)
    facts += [
        Fact("criteria_total", evaluation.criteria_total),
        Fact("failing", failing),
        Fact("unknown", unknown),
    ]
    verdict = evaluation.verdict
    shaky = _shaky_criteria(evaluation)
    if verdict is Verdict.MET:
        unverified = tuple(i for ids in shaky.values() for i in ids)
    elif verdict is Verdict.NOT_MET and all(shaky.get(c) for c in failing):
        unverified = tuple(i for c in failing for i in shaky[c])
    else:  # a fail on a verified threshold decides alone; an undecided verdict rests on none
        unverified = ()
    reason = {
        Verdict.MET: ConditionReason.ALL_CRITERIA_MET,
        Verdict.NOT_MET: ConditionReason.CRITERIA_FAILING,
        Verdict.CANNOT_CONCLUDE: ConditionReason.CRITERIA_UNKNOWN,
    }[verdict]
    return Condition(
        rule.code,
        verdict,
        reason,
        rule,
        facts=tuple(facts),
        unverified_indicators=unverified,
    )


def _satisfaction_condition(facts: RecognitionFacts, rules: RecognitionRules) -> Condition:
    rule = rules.rule(ConditionCode.SATISFACTION)
    threshold = rules.satisfaction_threshold
    satisfaction = facts.satisfaction
    if satisfaction is None:
        return Condition(
            rule.code, Verdict.CANNOT_CONCLUDE, ConditionReason.NO_FACT, rule, (threshold,)
        )
    known = (
        Fact("satisfaction_percent", float(satisfaction.percent)),
        Fact("satisfied", satisfaction.satisfied),
        Fact("surveyed", satisfaction.surveyed),
    )
    if threshold.value is None:
        return Condition(
            rule.code,
            Verdict.CANNOT_CONCLUDE,
            ConditionReason.UNKNOWN_THRESHOLD,
            rule,
            (threshold,),
            facts=known,
        )
    met = threshold.comparison.holds(satisfaction.percent, threshold.value)
    return Condition(
        rule.code,
        Verdict.MET if met else Verdict.NOT_MET,
        ConditionReason.COMPARED,
        rule,
        (threshold,),
        facts=known,
    )


def _debt_condition(facts: RecognitionFacts, rules: RecognitionRules) -> Condition:
    rule = rules.rule(ConditionCode.NO_CONSTRUCTION_DEBT)
    debt = facts.construction_debt
    if debt is None:
        return Condition(rule.code, Verdict.CANNOT_CONCLUDE, ConditionReason.NO_FACT, rule)
    return Condition(
        rule.code,
        Verdict.NOT_MET if debt.outstanding else Verdict.MET,
        ConditionReason.STATED,
        rule,
        facts=(Fact("construction_debt", debt.outstanding), Fact("amount_vnd", debt.amount_vnd)),
    )


def _security_condition(facts: RecognitionFacts, rules: RecognitionRules) -> Condition:
    rule = rules.rule(ConditionCode.SECURITY_NOT_COMPLEX)
    security = facts.security
    if security is None:
        return Condition(rule.code, Verdict.CANNOT_CONCLUDE, ConditionReason.NO_FACT, rule)
    return Condition(
        rule.code,
        Verdict.NOT_MET if security is Security.COMPLEX else Verdict.MET,
        ConditionReason.STATED,
        rule,
        facts=(Fact("security", security.value),),
    )


# --------------------------------------------------------------------------- revocation


def _needed(share: Fraction, total: int) -> int:
    """The fewest of ``total`` criteria whose share reaches ``share`` percent (exactly)."""
    product = share * total / 100
    return -(-product.numerator // product.denominator)


@frozen
class _Test:
    """The revocation test over the counts: a set of failing criteria, by size and keys."""

    total: int
    half: Fraction  # revocation_share, as a fraction of 1
    with_key: Fraction  # revocation_share_with_key, as a fraction of 1

    def half_ground(self, size: int) -> bool:
        return Fraction(size, self.total) >= self.half

    def key_ground(self, size: int, has_key: bool) -> bool:
        return has_key and self.with_key <= Fraction(size, self.total) < self.half

    def revokes(self, size: int, has_key: bool) -> bool:
        return self.half_ground(size) or self.key_ground(size, has_key)


def _resolutions(
    failing: int, key_failing: bool, unknown_keys: int, unknown_other: int
) -> Iterable[tuple[int, bool]]:
    """Every (size, has key) a failing set can reach as the unknown criteria turn out."""
    for keys in range(unknown_keys + 1):
        for others in range(unknown_other + 1):
            yield failing + keys + others, key_failing or keys > 0


def _status(outcomes: set[bool]) -> Verdict:
    if outcomes == {True}:
        return Verdict.MET
    if outcomes == {False}:
        return Verdict.NOT_MET
    return Verdict.CANNOT_CONCLUDE


def assess_revocation(
    evaluation: Evaluation,
    facts: RecognitionFacts | None = None,
    rules: RecognitionRules | None = None,
) -> RevocationResult:
    """Whether a recognised commune's recognition must be revoked under 18/2022.

    Revoked when the failing criteria are ``revocation_share`` (50 %) or more of the set,
    or ``revocation_share_with_key`` (30 %) to under 50 % including a key criterion of the
    tier. Shares are exact (19 criteria × 30 % = 5.7: six failing criteria are 31.6 %).

    Criteria that cannot be assessed are not guessed: the outcome is decided only when it is
    the same however they turn out, otherwise it cannot be concluded and ``deciding`` lists
    the unknown criteria whose status would change it. A commune stated not to be recognised
    (``facts.recognised`` false) gets ``not_applicable``; when not stated, recognition is
    assumed. Advanced and model communes are tested against the advanced set.

    Raises:
        RulebookError: a key criterion of the rules is not a criterion of the set.
    """
    rules = rules or shipped_rules()
    facts = facts or RecognitionFacts()
    tier_rules = rules.tier(facts.tier)
    half_rule = rules.rule(ConditionCode.HALF_OR_MORE_FAILING)
    key_rule = rules.rule(ConditionCode.SHARE_WITH_KEY_FAILING)
    half_figures = (rules.revocation_share,)
    key_figures = (rules.revocation_share_with_key, rules.revocation_share)
    keys = tier_rules.key_criteria
    counts: CriteriaCount | None = None
    deciding: tuple[str, ...] = ()
    if not _answers(evaluation, tier_rules.revocation_rulebooks):
        set_facts = (
            Fact("rulebook", evaluation.rulebook.id),
            Fact("rulebook_derived_from", evaluation.rulebook.derived_from),
            Fact("expected_rulebooks", tier_rules.revocation_rulebooks),
        )
        reason = ConditionReason.SET_NOT_EVALUATED
        conditions = (
            Condition(
                half_rule.code,
                Verdict.CANNOT_CONCLUDE,
                reason,
                half_rule,
                half_figures,
                facts=set_facts,
            ),
            Condition(
                key_rule.code,
                Verdict.CANNOT_CONCLUDE,
                reason,
                key_rule,
                key_figures,
                keys,
                facts=set_facts,
            ),
        )
        outcome = RevocationOutcome.CANNOT_CONCLUDE
    else:
        counts = _count_criteria(evaluation, rules, keys)
        test = _Test(
            counts.total,
            _share(rules.revocation_share) / 100,
            _share(rules.revocation_share_with_key) / 100,
        )
        unverified = _unverified_criteria_basis(evaluation)
        reachable = list(
            _resolutions(
                len(counts.failing),
                bool(counts.key_failing),
                len(counts.key_unknown),
                len(counts.unknown) - len(counts.key_unknown),
            )
        )
        half = _status({test.half_ground(size) for size, _ in reachable})
        key = _status({test.key_ground(size, has_key) for size, has_key in reachable})
        revokes = _status({test.revokes(size, has_key) for size, has_key in reachable})
        count_facts = (
            Fact("criteria_total", counts.total),
            Fact("failing", counts.failing),
            Fact("unknown", counts.unknown),
            Fact("needed_for_half", counts.needed_for_half),
        )
        conditions = (
            Condition(
                half_rule.code,
                half,
                _ground_reason(half),
                half_rule,
                half_figures,
                facts=count_facts,
                unverified_indicators=unverified,
            ),
            Condition(
                key_rule.code,
                key,
                _ground_reason(key),
                key_rule,
                key_figures,
                keys,
                facts=(
                    *count_facts,
                    Fact("needed_with_key", counts.needed_with_key),
                    Fact("key_failing", counts.key_failing),
                    Fact("key_unknown", counts.key_unknown),
                ),
                unverified_indicators=unverified,
            ),
        )
        outcome = {
            Verdict.MET: RevocationOutcome.REVOKE,
            Verdict.NOT_MET: RevocationOutcome.KEEP,
            Verdict.CANNOT_CONCLUDE: RevocationOutcome.CANNOT_CONCLUDE,
        }[revokes]
        if revokes is Verdict.CANNOT_CONCLUDE:
            deciding = _deciding(counts, test)
    if facts.recognised is False:
        outcome = RevocationOutcome.NOT_APPLICABLE
    return RevocationResult(
        outcome=outcome,
        tier=facts.tier,
        conditions=conditions,
        counts=counts,
        deciding=deciding,
        rulebook=evaluation.rulebook.id,
        rules=rules.id,
        instrument=rules.instrument,
        commune=facts.commune or evaluation.profile.commune,
        year=evaluation.profile.year,
        recognised=facts.recognised,
        recognised_year=facts.recognised_year,
    )


def _share(figure: Figure) -> Fraction:
    if figure.value is None:  # pragma: no cover - the loader requires both shares
        raise RulebookError(f"{figure.key}: a revocation share is required")
    return figure.value


def _ground_reason(status: Verdict) -> ConditionReason:
    if status is Verdict.CANNOT_CONCLUDE:
        return ConditionReason.DEPENDS_ON_UNKNOWN
    return ConditionReason.COUNTED


def _count_criteria(
    evaluation: Evaluation, rules: RecognitionRules, keys: KeyCriteria
) -> CriteriaCount:
    ids = [c.id for c in evaluation.criteria]
    total = len(ids)
    if total == 0:
        raise RulebookError(f"{evaluation.rulebook.id}: the set has no criteria")
    missing = [key for key in keys.criteria if key not in ids]
    if missing:
        raise RulebookError(
            f"{rules.id}: key criteria {missing} are not criteria of {evaluation.rulebook.id}"
        )
    failing = _ids(evaluation, Status.FAIL)
    unknown = _ids(evaluation, Status.UNKNOWN)
    return CriteriaCount(
        total=total,
        failing=failing,
        unknown=unknown,
        key_criteria=keys.criteria,
        key_failing=tuple(c for c in failing if c in keys.criteria),
        key_unknown=tuple(c for c in unknown if c in keys.criteria),
        failing_share=Fraction(len(failing), total),
        possible_share=Fraction(len(failing) + len(unknown), total),
        needed_for_half=_needed(_share(rules.revocation_share), total),
        needed_with_key=_needed(_share(rules.revocation_share_with_key), total),
    )


def _deciding(counts: CriteriaCount, test: _Test) -> tuple[str, ...]:
    """The unknown criteria whose status changes the outcome for some resolution of the rest."""
    deciding = []
    key_unknown = len(counts.key_unknown)
    other_unknown = len(counts.unknown) - key_unknown
    for criterion in counts.unknown:
        is_key = criterion in counts.key_criteria
        rest = _resolutions(
            len(counts.failing),
            bool(counts.key_failing),
            key_unknown - is_key,
            other_unknown - (not is_key),
        )
        if any(
            test.revokes(size, has_key) != test.revokes(size + 1, has_key or is_key)
            for size, has_key in rest
        ):
            deciding.append(criterion)
    return tuple(deciding)


def _shaky_criteria(evaluation: Evaluation) -> dict[str, tuple[str, ...]]:
    """For each decided criterion, the unverified-threshold indicators its status rests on.

    A passing criterion rests on every indicator judged on an unverified threshold; a failing
    one only when all its failing indicators are (one fail on a verified threshold decides it).
    """
    shaky: dict[str, tuple[str, ...]] = {}
    for criterion in evaluation.criteria:
        if criterion.status is Status.PASS:
            shaky[criterion.id] = tuple(i.id for i in criterion.indicators if i.rests_on_unverified)
        elif criterion.status is Status.FAIL:
            failing = [i for i in criterion.indicators if i.status is Status.FAIL]
            unverified = all(i.rests_on_unverified for i in failing)
            shaky[criterion.id] = tuple(i.id for i in failing) if unverified and failing else ()
    return shaky


def _unverified_criteria_basis(evaluation: Evaluation) -> tuple[str, ...]:
    """The unverified-threshold indicators the decided criteria's statuses rest on."""
    return tuple(i for ids in _shaky_criteria(evaluation).values() for i in ids)


# --------------------------------------------------------------------------- documents

_DOCUMENTS = CONVERTER.copy()
"""The library converter plus the hooks of these documents (exact shares become floats)."""
_DOCUMENTS.register_unstructure_hook(Fraction, float)
_DOCUMENTS.register_unstructure_hook_func(
    lambda t: t == tuple[Fact, ...],
    lambda facts: {fact.name: _DOCUMENTS.unstructure(fact.value) for fact in facts},
)


def _with_flag(cls: type[Condition | RecognitionResult | RevocationResult]) -> None:
    """Unstructure ``cls`` by its fields plus its ``rests_on_unverified`` flag."""
    by_fields = make_dict_unstructure_fn(cls, _DOCUMENTS)
    _DOCUMENTS.register_unstructure_hook(
        cls, lambda value: {**by_fields(value), "rests_on_unverified": value.rests_on_unverified}
    )


for _cls in (Condition, RecognitionResult, RevocationResult):
    _with_flag(_cls)


def recognition_document(result: RecognitionResult) -> dict[str, Any]:
    """The recognition result as plain JSON-able data (schema ``ntm_rules.recognition/1``)."""
    data: dict[str, Any] = _DOCUMENTS.unstructure(result, RecognitionResult)
    return {"schema": RECOGNITION_SCHEMA, **data}


def revocation_document(result: RevocationResult) -> dict[str, Any]:
    """The revocation result as plain JSON-able data (schema ``ntm_rules.revocation/1``)."""
    data: dict[str, Any] = _DOCUMENTS.unstructure(result, RevocationResult)
    return {"schema": REVOCATION_SCHEMA, **data}


# Predicate hooks, as in ntm_rules.documents: the library converter gives the same documents.
CONVERTER.register_unstructure_hook_func(lambda t: t is RecognitionResult, recognition_document)
CONVERTER.register_unstructure_hook_func(lambda t: t is RevocationResult, revocation_document)


# --------------------------------------------------------------------------- text

_OUTCOMES: dict[str, dict[enum.Enum, str]] = {
    "vi": {
        RecognitionOutcome.CAN_BE_RECOGNISED: "đủ điều kiện công nhận",
        RecognitionOutcome.CANNOT_BE_RECOGNISED: "chưa đủ điều kiện công nhận",
        RecognitionOutcome.CANNOT_CONCLUDE: "chưa kết luận được",
        RevocationOutcome.REVOKE: "phải thu hồi quyết định công nhận",
        RevocationOutcome.KEEP: "giữ quyết định công nhận",
        RevocationOutcome.CANNOT_CONCLUDE: "chưa kết luận được",
        RevocationOutcome.NOT_APPLICABLE: "không áp dụng (xã chưa được công nhận)",
    },
    "en": {
        RecognitionOutcome.CAN_BE_RECOGNISED: "can be recognised",
        RecognitionOutcome.CANNOT_BE_RECOGNISED: "cannot be recognised",
        RecognitionOutcome.CANNOT_CONCLUDE: "cannot conclude",
        RevocationOutcome.REVOKE: "recognition must be revoked",
        RevocationOutcome.KEEP: "recognition stands",
        RevocationOutcome.CANNOT_CONCLUDE: "cannot conclude",
        RevocationOutcome.NOT_APPLICABLE: "not applicable (the commune is not recognised)",
    },
}
_TIERS = {
    "vi": {Tier.BASIC: "xã NTM", Tier.ADVANCED: "xã NTM nâng cao", Tier.MODEL: "xã NTM kiểu mẫu"},
    "en": {Tier.BASIC: "basic", Tier.ADVANCED: "advanced", Tier.MODEL: "model"},
}
_STATUS = {
    "vi": {
        Verdict.MET: "đạt",
        Verdict.NOT_MET: "không đạt",
        Verdict.CANNOT_CONCLUDE: "chưa kết luận được",
    },
    "en": {
        Verdict.MET: "met",
        Verdict.NOT_MET: "not met",
        Verdict.CANNOT_CONCLUDE: "cannot conclude",
    },
}
_GROUND_STATUS = {
    "vi": {
        Verdict.MET: "có",
        Verdict.NOT_MET: "không",
        Verdict.CANNOT_CONCLUDE: "chưa kết luận được",
    },
    "en": {
        Verdict.MET: "applies",
        Verdict.NOT_MET: "does not apply",
        Verdict.CANNOT_CONCLUDE: "cannot conclude",
    },
}
_LABELS = {
    "vi": {
        ConditionCode.CRITERIA_MET: "Đạt đủ các tiêu chí của bộ tiêu chí",
        ConditionCode.SATISFACTION: "Tỷ lệ người dân hài lòng đạt yêu cầu",
        ConditionCode.NO_CONSTRUCTION_DEBT: "Không có nợ đọng xây dựng cơ bản",
        ConditionCode.SECURITY_NOT_COMPLEX: "Không phải địa bàn phức tạp về an ninh, trật tự",
        ConditionCode.HALF_OR_MORE_FAILING: "Từ {half} % số tiêu chí trở lên không đạt",
        ConditionCode.SHARE_WITH_KEY_FAILING: "Từ {key} % đến dưới {half} % số tiêu chí không đạt, có tiêu chí then chốt",
    },
    "en": {
        ConditionCode.CRITERIA_MET: "Every criterion of the set met",
        ConditionCode.SATISFACTION: "Residents' satisfaction meets the requirement",
        ConditionCode.NO_CONSTRUCTION_DEBT: "No outstanding basic-construction debt",
        ConditionCode.SECURITY_NOT_COMPLEX: "Not complex in security and order",
        ConditionCode.HALF_OR_MORE_FAILING: "{half} % or more of the criteria fail",
        ConditionCode.SHARE_WITH_KEY_FAILING: "{key} % to under {half} % fail, including a key criterion",
    },
}
_WORDS = {
    "vi": {
        "recognition": "Xét công nhận theo {instrument} ({tier})",
        "revocation": "Thu hồi quyết định công nhận theo {instrument} ({tier})",
        "no_fact": "chưa có thông tin",
        "unknown_threshold": "chưa biết ngưỡng cấp xã (cần văn bản gốc hoặc hướng dẫn; nhập qua tệp quy tắc)",
        "against": "so với",
        "failing": "tiêu chí không đạt",
        "unknown": "chưa đánh giá được",
        "all_met": "tất cả {total} tiêu chí đạt",
        "set": "đã đánh giá theo bộ {rulebook}; hạng này cần bộ {expected}",
        "not_shipped": "chưa có trong thư viện",
        "debt_yes": "còn nợ đọng",
        "debt_no": "không còn nợ đọng",
        "complex": "địa bàn phức tạp",
        "not_complex": "không phức tạp",
        "of": "trên",
        "needs": "cần {needed}/{total}",
        "key": "tiêu chí then chốt {keys}",
        "key_failing": "không đạt: {ids}",
        "key_unknown": "chưa đánh giá: {ids}",
        "blocking": "Điều kiện chưa đạt hoặc chưa kết luận: {codes}",
        "deciding": "Tiêu chí quyết định kết quả: {ids}",
        "whatever": "Kết luận không đổi dù {count} tiêu chí chưa đánh giá đạt hay không đạt.",
        "assumed": "Giả định xã đã được công nhận (chưa khai báo).",
        "unverified": "Lưu ý: kết luận dựa trên ngưỡng chưa được kiểm chứng.",
        "none": "không có",
        "threshold_unverified": "ngưỡng chưa kiểm chứng",
    },
    "en": {
        "recognition": "Recognition under {instrument} ({tier} tier)",
        "revocation": "Revocation under {instrument} ({tier} tier)",
        "no_fact": "not known",
        "unknown_threshold": "the commune threshold is unknown (supply it in a rules file)",
        "against": "against",
        "failing": "failing criteria",
        "unknown": "not assessed",
        "all_met": "all {total} criteria met",
        "set": "evaluated against {rulebook}; this tier needs {expected}",
        "not_shipped": "an edition not shipped yet",
        "debt_yes": "debt outstanding",
        "debt_no": "no debt outstanding",
        "complex": "complex",
        "not_complex": "not complex",
        "of": "of",
        "needs": "needs {needed} of {total}",
        "key": "key criteria {keys}",
        "key_failing": "failing: {ids}",
        "key_unknown": "not assessed: {ids}",
        "blocking": "Blocking conditions: {codes}",
        "deciding": "Criteria that decide the outcome: {ids}",
        "whatever": "Decided however the {count} unassessed criteria turn out.",
        "assumed": "Recognition assumed (not stated).",
        "unverified": "Note: the conclusion rests on unverified thresholds.",
        "none": "none",
        "threshold_unverified": "threshold unverified",
    },
}


def _percent_text(value: Fraction, lang: str) -> str:
    """A percentage for people, one decimal at most: 6/19 of 100 → ``31.6`` (vi ``31,6``)."""
    text = f"{float(value):.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "vi" else text


def _list(ids: FactValue, lang: str) -> str:
    if isinstance(ids, tuple) and ids:
        return ", ".join(ids)
    return _WORDS[lang]["none"]


def describe(result: RecognitionResult | RevocationResult, lang: str = "vi") -> list[str]:
    """The result as lines for people, in Vietnamese (``"vi"``) or English (``"en"``).

    Examples:
        >>> import ntm_rules
        >>> evaluation = ntm_rules.evaluate(ntm_rules.load_profile(
        ...     {"commune": "A", "region": "TN", "year": 2024, "values": {"3.1": 10}}))
        >>> describe(assess_recognition(evaluation), "en")[0]
        'Recognition under 18/2022/QĐ-TTg (basic tier): cannot be recognised'
    """
    lang = "en" if lang == "en" else "vi"
    words = _WORDS[lang]
    revocation = isinstance(result, RevocationResult)
    head = words["revocation" if revocation else "recognition"].format(
        instrument=result.instrument, tier=_TIERS[lang][result.tier]
    )
    lines = [f"{head}: {_OUTCOMES[lang][result.outcome]}"]
    labels = {"half": "50", "key": "30"}
    if isinstance(result, RevocationResult):
        figures = {f.key: f for c in result.conditions for f in c.figures}
        for name, key in (("half", "revocation_share"), ("key", "revocation_share_with_key")):
            value = figures[key].value
            labels[name] = _percent_text(value, lang) if value is not None else "?"
        if result.counts is not None:
            lines.append(_counts_line(result.counts, lang))
    statuses = _GROUND_STATUS if revocation else _STATUS
    for condition in result.conditions:
        label = _LABELS[lang][condition.code].format(**labels)
        detail = _detail(condition, lang)
        text = f"  [{statuses[lang][condition.status]}] {label}"
        lines.append(f"{text}: {detail}" if detail else text)
    if isinstance(result, RecognitionResult) and result.blocking:
        lines.append(words["blocking"].format(codes=", ".join(c.value for c in result.blocking)))
    if isinstance(result, RevocationResult):
        if result.deciding:
            lines.append(words["deciding"].format(ids=", ".join(result.deciding)))
        elif result.counts is not None and result.counts.unknown:
            lines.append(words["whatever"].format(count=len(result.counts.unknown)))
        if result.recognised is None:
            lines.append(words["assumed"])
    if result.rests_on_unverified:
        lines.append(words["unverified"])
    return lines


def _counts_line(counts: CriteriaCount, lang: str) -> str:
    words = _WORDS[lang]
    share = _percent_text(counts.failing_share * 100, lang)
    text = (
        f"  {words['failing']}: {len(counts.failing)} {words['of']} {counts.total} "
        f"({share} %): {_list(counts.failing, lang)}"
    )
    if counts.unknown:
        text += f"; {words['unknown']}: {_list(counts.unknown, lang)}"
    return text


def _detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    if condition.reason is ConditionReason.SET_NOT_EVALUATED:
        expected = condition.fact("expected_rulebooks")
        shown = (
            ", ".join(expected)
            if isinstance(expected, tuple) and expected
            else words["not_shipped"]
        )
        return words["set"].format(rulebook=condition.fact("rulebook"), expected=shown)
    if condition.reason is ConditionReason.NO_FACT:
        return words["no_fact"]
    return _DETAILS[condition.code](condition, lang)


def _criteria_detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    if condition.reason is ConditionReason.ALL_CRITERIA_MET:
        return words["all_met"].format(total=condition.fact("criteria_total"))
    text = f"{words['failing']}: {_list(condition.fact('failing'), lang)}"
    if condition.fact("unknown"):
        text += f"; {words['unknown']}: {_list(condition.fact('unknown'), lang)}"
    return text


def _debt_detail(condition: Condition, lang: str) -> str:
    return _WORDS[lang]["debt_yes" if condition.fact("construction_debt") else "debt_no"]


def _security_detail(condition: Condition, lang: str) -> str:
    return _WORDS[lang][str(condition.fact("security"))]


def _half_detail(condition: Condition, lang: str) -> str:
    needed, total = condition.fact("needed_for_half"), condition.fact("criteria_total")
    return _WORDS[lang]["needs"].format(needed=needed, total=total)


def _key_detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    needed, total = condition.fact("needed_with_key"), condition.fact("criteria_total")
    text = words["needs"].format(needed=needed, total=total)
    keys = condition.key_criteria.criteria if condition.key_criteria else ()
    text += f"; {words['key'].format(keys=', '.join(keys))}"
    text += f", {words['key_failing'].format(ids=_list(condition.fact('key_failing'), lang))}"
    if condition.fact("key_unknown"):
        text += f", {words['key_unknown'].format(ids=_list(condition.fact('key_unknown'), lang))}"
    return text


def _satisfaction_detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    percent = condition.fact("satisfaction_percent")
    shown = _percent_text(Fraction(repr(percent)), lang) if isinstance(percent, float) else "?"
    text = f"{shown} %"
    satisfied, surveyed = condition.fact("satisfied"), condition.fact("surveyed")
    if surveyed is not None:
        text += f" ({satisfied}/{surveyed})"
    figure = condition.figures[0]
    if figure.value is None:
        return f"{text}; {words['unknown_threshold']}"
    bound = f"{figure.comparison.symbol} {_percent_text(figure.value, lang)} %"
    text += f" {words['against']} {bound}"
    if figure.verification is Verification.UNVERIFIED:
        text += f"; {words['threshold_unverified']}"
    return text


_DETAILS: dict[ConditionCode, Callable[[Condition, str], str]] = {
    ConditionCode.CRITERIA_MET: _criteria_detail,
    ConditionCode.SATISFACTION: _satisfaction_detail,
    ConditionCode.NO_CONSTRUCTION_DEBT: _debt_detail,
    ConditionCode.SECURITY_NOT_COMPLEX: _security_detail,
    ConditionCode.HALF_OR_MORE_FAILING: _half_detail,
    ConditionCode.SHARE_WITH_KEY_FAILING: _key_detail,
}
