"""The facts of 18/2022 beyond the criteria, and their loader.

Satisfaction, construction debt, security status, tier and recognition, read from a
YAML/JSON file or a mapping: blank means "not known", every bad field is named.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

from attrs import frozen

from ntm_rules import reading
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    ProblemCollector,
    UnitMismatchError,
    UnknownIdentifierError,
    WrongKindError,
    schema_problem,
)
from ntm_rules.files import read_source
from ntm_rules.messages import Message
from ntm_rules.reading import exact, excerpt, finite_float, fold, is_blank, split_number
from ntm_rules.recognition.codes import Security, Tier
from ntm_rules.serialization import structure
from ntm_rules.units import MONEY, PERCENT, parse_unit

FACTS_SCHEMA = "ntm_rules.recognition-facts/1"
T = TypeVar("T")

_FIRST_YEAR, _LAST_YEAR = 1990, 2100
"""A sanity bound on a recognition year (not a legal rule)."""


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
        if (self.satisfied is None) != (self.surveyed is None):
            raise WrongKindError("satisfaction", "give both satisfied and surveyed, or neither")
        if self.satisfied is not None and self.surveyed is not None:
            if self.surveyed <= 0:
                raise OutOfRangeError("satisfaction.surveyed", "must be greater than 0")
            if not 0 <= self.satisfied <= self.surveyed:
                reason = (
                    Message(
                        "{satisfied} is more than the {surveyed} surveyed",
                        satisfied=self.satisfied,
                        surveyed=self.surveyed,
                    )
                    if self.satisfied > self.surveyed
                    else Message(
                        "{satisfied} is not between 0 and the {surveyed} surveyed",
                        satisfied=self.satisfied,
                        surveyed=self.surveyed,
                    )
                )
                raise OutOfRangeError("satisfaction.satisfied", reason)
            if self.percent != Fraction(100 * self.satisfied, self.surveyed):
                raise WrongKindError("satisfaction", "the percentage differs from the counts")
        if not 0 <= self.percent <= 100:
            raise OutOfRangeError(
                "satisfaction",
                Message("{percent:g} % is outside 0–100 %", percent=float(self.percent)),
            )

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
        return OutOfRangeError(
            "recognised_year",
            Message(
                "{year} is outside {first_year}–{last_year}",
                year=year,
                first_year=_FIRST_YEAR,
                last_year=_LAST_YEAR,
            ),
        )
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
        problems.add(schema_problem(FACTS_SCHEMA))
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
            "tier",
            Message("expected basic, advanced or model; got {raw}", raw=reading.describe(raw)),
        )
    if len(raw) > reading.MAX_TEXT:
        raise WrongKindError(
            "tier", Message("text of {count} characters is too long for a tier", count=len(raw))
        )
    word = fold(raw)
    if word not in _TIER_WORDS:
        raise UnknownIdentifierError("tier", "tier", raw, [tier.value for tier in Tier])
    return _TIER_WORDS[word]


def _read_security(raw: object) -> Security | None:
    if is_blank(raw):
        return None
    expected = "'complex' or 'not complex' (phức tạp / không phức tạp)"
    word = fold(raw) if isinstance(raw, str) and len(raw) <= reading.MAX_TEXT else ""
    if word not in _SECURITY_WORDS:
        raise WrongKindError(
            "security",
            Message(
                "expected {expected}; got {raw}",
                expected=Message(expected),
                raw=reading.describe(raw),
            ),
        )
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
            Message(
                "expected true / false (có / không) or an amount such as '1,2 tỷ đồng'; got {raw}",
                raw=reading.describe(raw),
            ),
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
                field,
                Message(
                    "expected exactly the keys satisfied and surveyed, got {shown}", shown=shown
                ),
            )
        satisfied = _count(raw["satisfied"], f"{field}.satisfied")
        surveyed = _count(raw["surveyed"], f"{field}.surveyed")
        return Satisfaction.from_counts(satisfied, surveyed)
    if isinstance(raw, str) and "/" in raw:
        left, _, right = raw.partition("/")
        return Satisfaction.from_counts(_count(left, field), _count(right, field))
    percent = read_percent(raw, field)
    if percent is None:  # pragma: no cover - blanks were handled above
        return None
    return Satisfaction(percent)


def _number(raw: object, field: str, expected: str) -> reading.Number:
    """A number read exactly, with the text after it (none for a YAML/JSON number)."""
    if isinstance(raw, str):
        return split_number(raw, field)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        finite_float(raw, field)
        return reading.Number(exact(raw), "")
    raise WrongKindError(
        field,
        Message(
            "expected {expected}, got {raw}", expected=Message(expected), raw=reading.describe(raw)
        ),
    )


def _count(raw: object, field: str) -> int:
    """A whole, non-negative count of households."""
    number = _number(raw, field, "a count")
    if number.rest:
        raise WrongKindError(
            field, Message("expected a count, got {raw}", raw=reading.describe(raw))
        )
    value = number.value
    if value.denominator != 1:
        raise WrongKindError(
            field, Message("expected a whole number of households, got {raw}", raw=excerpt(raw))
        )
    if value < 0:
        raise OutOfRangeError(field, Message("{value} is negative", value=value))
    return int(value)


def read_percent(raw: object, field: str) -> Fraction | None:
    """A percentage read exactly: a number, or text such as ``"92,5 %"``; blank is ``None``."""
    if is_blank(raw):
        return None
    number = _number(raw, field, "a percentage")
    if number.rest and parse_unit(number.rest, field) != PERCENT.signature:
        raise UnitMismatchError(field, Message("{raw}: expected a percentage", raw=excerpt(raw)))
    value = number.value
    if not 0 <= value <= 100:
        raise OutOfRangeError(field, Message("{value:g} % is outside 0–100 %", value=float(value)))
    return value
