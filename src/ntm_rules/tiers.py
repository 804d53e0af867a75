"""The tiers of the 2021–2025 commune standard: basic, advanced and model (kiểu mẫu).

The basic and advanced tiers are criteria tables (318/QĐ-TTg Phụ lục I and II), evaluated
by :func:`ntm_rules.evaluate` with the tier's edition. The model tier (319/QĐ-TTg) is not
a table: four conditions on top of the advanced result, every figure of which is in
``data/model-319-2022.yaml``. Each condition, and the whole, is met, not met, or not
concludable; the income condition is 1.10 × the advanced income threshold of the same
column and year, which is unknown until a provincial table supplies it.
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

from ntm_rules.citations import Citation, Verification, weakest
from ntm_rules.editions import edition_for_year, find_edition, known_names
from ntm_rules.engine import evaluate
from ntm_rules.exceptions import (
    DuplicateEntryError,
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    UnknownIdentifierError,
    WrongKindError,
    schema_problem,
)
from ntm_rules.files import read_source
from ntm_rules.messages import Message
from ntm_rules.profile import CommuneProfile
from ntm_rules.reading import describe, exact
from ntm_rules.results import Evaluation, Status, Verdict
from ntm_rules.rulebook import years_problem
from ntm_rules.serialization import CONVERTER, structure
from ntm_rules.thresholds import ThresholdValue

TIERS = ("basic", "advanced", "model")
"""The tiers :func:`evaluate_tier` evaluates."""
MODEL_RULES = Path(__file__).with_name("data") / "model-319-2022.yaml"
MODEL_SCHEMA = "ntm_rules.model-rules/1"
MODERN = (
    "'modern' is the 2026–2030 pilot framework (xã nông thôn mới hiện đại, 51/2025/QĐ-TTg "
    "Phụ lục II): only its structure is known, and no edition encodes it"
)


class TierNotEncodedError(InputProblem):
    """A tier the law names but no shipped edition encodes (the 2026–2030 modern pilot)."""


class ModelReason(enum.Enum):
    """Why a model condition is what it is."""

    COMPARED = "compared"
    NO_FACT = "no_fact"
    UNKNOWN_THRESHOLD = "unknown_threshold"
    UNVERIFIED_EXCLUDED = "unverified_excluded"
    ADVANCED_NOT_CONCLUDED = "advanced_not_concluded"


@frozen
class ModelFacts:
    """What the model conditions need beyond the advanced criteria.

    A fact not given is not known: its condition cannot be concluded.

    Attributes:
        smart_village_models: how many smart-village models (mô hình thôn thông minh, as
            the province defines them) the commune has.
        standout_field_met: whether it meets the province's model criteria in at least one
            standout field.
        income_per_capita: income per capita in million VND/person/year, when the profile
            does not report the advanced income indicator.
    """

    smart_village_models: int | None = None
    standout_field_met: bool | None = None
    income_per_capita: float | None = None

    def __attrs_post_init__(self) -> None:
        kinds = {"smart_village_models": int, "standout_field_met": bool}
        problems = [
            problem
            for name in ("smart_village_models", "standout_field_met", "income_per_capita")
            if (problem := _fact_problem(name, getattr(self, name), kinds.get(name, float)))
        ]
        if problems:
            raise InvalidInputError(problems, "facts")


_KINDS = {bool: "true or false", int: "a whole number", float: "a number"}


def _fact_problem(name: str, value: object, kind: type) -> InputProblem | None:
    if value is None:
        return None
    wanted = int | float if kind is float else kind
    if isinstance(value, bool) is not (kind is bool) or not isinstance(value, wanted):
        return WrongKindError(
            name,
            Message(
                "expected {kinds}, got {value}", kinds=Message(_KINDS[kind]), value=describe(value)
            ),
        )
    if isinstance(value, int | float) and not 0 <= value < math.inf:
        return OutOfRangeError(
            name,
            Message(
                "expected {kinds} of 0 or more, got {value!r}",
                kinds=Message(_KINDS[kind]),
                value=value,
            ),
        )
    return None


@frozen
class ConditionRule:
    """One condition of 319/QĐ-TTg as data: names, its figure, status and citation."""

    name_vi: str
    name_en: str
    verification: Verification
    citation: Citation
    multiplier: float | None = None
    minimum: int | None = None


@frozen
class ModelConditions:
    """The four conditions, in the order of the sources."""

    advanced: ConditionRule
    income: ConditionRule
    smart_village: ConditionRule
    standout_field: ConditionRule


@frozen
class ModelRules:
    """The model-commune rules (319/QĐ-TTg) as read from their data file."""

    id: str
    instrument: str
    issued: date
    title_vi: str
    title_en: str
    first_year: int
    last_year: int
    advanced_edition: str
    income_indicator: str
    conditions: ModelConditions
    schema: str = MODEL_SCHEMA


def load_model_rules(source: str | Path | Mapping[str, Any] = MODEL_RULES) -> ModelRules:
    """Read model-commune rules (default: the shipped 319/QĐ-TTg file), checking their shape."""
    document, what = read_source(source, "model rules")
    rules, problems = structure(dict(document), ModelRules, what)
    if rules is not None:
        if rules.schema != MODEL_SCHEMA:
            problems.append(schema_problem(MODEL_SCHEMA))
        figures = {
            "income.multiplier": rules.conditions.income.multiplier,
            "smart_village.minimum": rules.conditions.smart_village.minimum,
            "standout_field.minimum": rules.conditions.standout_field.minimum,
        }
        bad = [name for name, figure in figures.items() if figure is None or figure < 0]
        if rules.conditions.income.multiplier == 0:
            bad.append("income.multiplier")
        why = "required: a number of 0 or more (a multiplier above 0)"
        problems.extend(WrongKindError(f"conditions.{name}", why) for name in bad)
    if problems or rules is None:
        raise InvalidInputError(problems, what)
    return rules


@functools.cache
def model_rules() -> ModelRules:
    """The shipped model-commune rules (read once)."""
    return load_model_rules()


@frozen
class ModelCondition:
    """The verdict on one model condition.

    Attributes:
        key: ``advanced``, ``income``, ``smart_village`` or ``standout_field``.
        number: its place (1–4) in the sources' list.
        rule: the condition as data (names, figure, status, citation).
        status: pass, fail or unknown.
        reason: why.
        verification: the status of the rule or figures the verdict rests on.
        figure: the figure used (the required income, a minimum count), ``None`` for the
            advanced condition; its value is ``None`` when unknown.
        measured: what the commune has (income, count, yes/no), ``None`` when not given.
        basis: for income, the advanced threshold that was multiplied.
        gap: for income, how much more is needed (0 when met).
    """

    key: str
    number: int
    rule: ConditionRule
    status: Status
    reason: ModelReason
    verification: Verification
    figure: ThresholdValue | None = None
    measured: float | bool | None = None
    basis: ThresholdValue | None = None
    gap: float | None = None

    def name(self, lang: str) -> str:
        """The condition's name in ``"vi"`` or ``"en"``."""
        return self.rule.name_en if lang == "en" else self.rule.name_vi

    @property
    def rests_on_unverified(self) -> bool:
        """Whether the verdict rests on a rule or figure no public source confirms."""
        return self.status is not Status.UNKNOWN and self.verification is Verification.UNVERIFIED


@frozen
class ModelResult:
    """The model-commune verdict: the advanced result and the four conditions."""

    profile: CommuneProfile
    advanced: Evaluation
    conditions: tuple[ModelCondition, ...]
    rules: ModelRules

    @property
    def verdict(self) -> Verdict:
        """Met when all four conditions hold, not met when one fails, otherwise undecided."""
        statuses = [condition.status for condition in self.conditions]
        if Status.FAIL in statuses:
            return Verdict.NOT_MET
        if Status.UNKNOWN in statuses:
            return Verdict.CANNOT_CONCLUDE
        return Verdict.MET

    def condition(self, key: str) -> ModelCondition:
        """One condition by key (``advanced``, ``income``, ``smart_village``, ``standout_field``)."""
        for condition in self.conditions:
            if condition.key == key:
                return condition
        raise UnknownIdentifierError(
            "condition", "condition", key, [c.key for c in self.conditions]
        )

    @property
    def blockers(self) -> tuple[ModelCondition, ...]:
        """The conditions that cannot be concluded, each with its reason."""
        return tuple(c for c in self.conditions if c.status is Status.UNKNOWN)

    @property
    def resting_on_unverified(self) -> tuple[str, ...]:
        """Keys of the conditions whose verdict rests on an unverified rule or figure."""
        return tuple(c.key for c in self.conditions if c.rests_on_unverified)


def evaluate_model(
    profile: CommuneProfile,
    facts: ModelFacts | None = None,
    *,
    advanced: Evaluation | None = None,
    rules: ModelRules | None = None,
) -> ModelResult:
    """Judge a commune against the model-commune rules of 319/QĐ-TTg.

    Args:
        profile: the commune, with values keyed by the advanced edition's indicator ids.
        facts: smart villages, the standout field, and income if the profile lacks it.
        advanced: the commune's advanced evaluation, e.g. against a provincial table
            (default: against the advanced edition the rules name).
        rules: other model rules (default: the shipped 319/QĐ-TTg file).

    Raises:
        InvalidInputError: a year the rules do not cover, an evaluation of another profile
            or of a non-advanced edition, or two different incomes.
    """
    rules = rules or model_rules()
    facts = facts or ModelFacts()
    outside = years_problem(profile.year, rules.id, rules.first_year, rules.last_year)
    if outside is not None:
        raise InvalidInputError([outside], "profile")
    if advanced is None:
        book = find_edition(rules.advanced_edition)
        if book is None:
            missing = UnknownIdentifierError(
                "advanced_edition", "edition", rules.advanced_edition, known_names()
            )
            raise InvalidInputError([missing], rules.id)
        advanced = evaluate(profile, book)
    elif advanced.rulebook.tier != "advanced":
        tier = f"{advanced.rulebook.id} ({advanced.rulebook.tier})"
        problem = WrongKindError(
            "advanced", Message("expected an advanced-tier evaluation, got {tier}", tier=tier)
        )
        raise InvalidInputError([problem], "advanced")
    elif advanced.profile != profile:
        raise InvalidInputError([InputProblem("advanced", "evaluates another profile")], "advanced")
    conditions = (
        _advanced(rules, advanced),
        _income(rules, advanced, _income_of(profile, facts, rules.income_indicator)),
        _count(rules.conditions.smart_village, "smart_village", 3, facts.smart_village_models),
        _standout(rules.conditions.standout_field, facts.standout_field_met),
    )
    return ModelResult(profile, advanced, conditions, rules)


def evaluate_tier(
    profile: CommuneProfile, tier: str, *, facts: ModelFacts | None = None
) -> Evaluation | ModelResult:
    """A commune's verdict at one tier: ``basic``, ``advanced`` or ``model``.

    Basic and advanced are the tier's edition for the profile's year; model is
    :func:`evaluate_model` (with ``facts``).

    Raises:
        InvalidInputError: naming ``tier`` for any other tier (``modern``, the 2026–2030
            pilot, is known by structure only), or ``facts`` given for a criteria tier.
    """
    name = tier.strip().lower() if isinstance(tier, str) else None
    if name == "model":
        return evaluate_model(profile, facts)
    if name == "modern":
        raise InvalidInputError([TierNotEncodedError("tier", MODERN)], "tier")
    if name not in TIERS:
        shown = tier if isinstance(tier, str) else describe(tier)
        raise InvalidInputError([UnknownIdentifierError("tier", "tier", shown, TIERS)], "tier")
    if facts is not None:
        problem = WrongKindError(
            "facts", Message("only the model tier takes facts, not {name}", name=name)
        )
        raise InvalidInputError([problem], "tier")
    return evolve(evaluate(profile, edition_for_year(profile.year, name)), edition_basis="year")


def _condition(
    rule: ConditionRule, key: str, number: int, status: Status, reason: ModelReason, **extra: Any
) -> ModelCondition:
    verification = extra.pop("verification", rule.verification)
    return ModelCondition(key, number, rule, status, reason, verification, **extra)


def _advanced(rules: ModelRules, advanced: Evaluation) -> ModelCondition:
    rule = rules.conditions.advanced
    verdict = advanced.verdict
    if verdict is Verdict.CANNOT_CONCLUDE:
        return _condition(rule, "advanced", 1, Status.UNKNOWN, ModelReason.ADVANCED_NOT_CONCLUDED)
    deciding = advanced.failing if verdict is Verdict.NOT_MET else advanced.indicators
    unverified = [result.rests_on_unverified for result in deciding]
    shaky = all(unverified) if verdict is Verdict.NOT_MET else any(unverified)
    verification = Verification.UNVERIFIED if shaky else rule.verification
    status = Status.PASS if verdict is Verdict.MET else Status.FAIL
    return _condition(rule, "advanced", 1, status, ModelReason.COMPARED, verification=verification)


def _income_of(profile: CommuneProfile, facts: ModelFacts, indicator_id: str) -> float | None:
    reported = profile.values.get(indicator_id)
    value = None if reported is None else float(reported.value)  # type: ignore[arg-type]  # numeric indicator
    given = None if facts.income_per_capita is None else float(facts.income_per_capita)
    if value is not None and given is not None and exact(given) != exact(value):
        why = Message(
            "{given!r} differs from the profile's {indicator_id} ({value!r})",
            given=given,
            indicator_id=indicator_id,
            value=value,
        )
        raise InvalidInputError([DuplicateEntryError("facts.income_per_capita", why)], "facts")
    return value if value is not None else given


def _income(rules: ModelRules, advanced: Evaluation, income: float | None) -> ModelCondition:
    rule, key = rules.conditions.income, rules.income_indicator
    multiplier = exact(float(rule.multiplier or 0))
    book = advanced.rulebook
    basis = required = None
    verification, source = Verification.UNKNOWN, f"no {key} in {book.id}"
    if book.has_indicator(key):
        basis = book.indicator(key).thresholds.at(
            advanced.column.column.code, book.as_of(advanced.profile.year)
        )
        source = str(basis.citation)
        if basis.is_known:
            required = multiplier * exact(float(basis.value))  # type: ignore[arg-type]  # numeric
            verification = weakest(rule.verification, basis.verification)
    urls = (*rule.citation.urls, *(basis.citation.urls if basis else ()))
    note = f"{float(multiplier):g} × {source}"
    citation = Citation(rule.citation.instrument, rule.citation.provision, urls, note)
    figure = ThresholdValue(None if required is None else float(required), verification, citation)
    extra: dict[str, Any] = {"figure": figure, "measured": income, "basis": basis}
    extra["verification"] = verification
    if required is None:
        return _condition(rule, "income", 2, Status.UNKNOWN, ModelReason.UNKNOWN_THRESHOLD, **extra)
    withheld = advanced.verified_only and verification is Verification.UNVERIFIED
    if withheld or income is None:
        reason = ModelReason.UNVERIFIED_EXCLUDED if withheld else ModelReason.NO_FACT
        return _condition(rule, "income", 2, Status.UNKNOWN, reason, **extra)
    shortfall = required - exact(income)
    status = Status.PASS if shortfall <= 0 else Status.FAIL
    extra["gap"] = float(max(shortfall, Fraction(0)))
    return _condition(rule, "income", 2, status, ModelReason.COMPARED, **extra)


def _count(rule: ConditionRule, key: str, number: int, count: int | None) -> ModelCondition:
    minimum = rule.minimum or 0
    figure = ThresholdValue(float(minimum), rule.verification, rule.citation)
    if count is None:
        return _condition(rule, key, number, Status.UNKNOWN, ModelReason.NO_FACT, figure=figure)
    status = Status.PASS if count >= minimum else Status.FAIL
    return _condition(
        rule, key, number, status, ModelReason.COMPARED, figure=figure, measured=count
    )


def _standout(rule: ConditionRule, met: bool | None) -> ModelCondition:
    condition = _count(rule, "standout_field", 4, None if met is None else int(met))
    return condition if met is None else evolve(condition, measured=met)


def load_model_facts(source: str | Path | Mapping[str, Any]) -> ModelFacts:
    """Read the model-commune facts from a YAML/JSON file or a mapping, naming bad fields."""
    data, what = read_source(source, "facts")
    facts, problems = structure(data, ModelFacts, what)
    if problems:
        raise InvalidInputError(problems, what)
    return facts or ModelFacts()


def model_document(result: ModelResult) -> dict[str, Any]:
    """The model verdict as plain data (schema ``ntm_rules.model/1``)."""
    return {
        "schema": "ntm_rules.model/1",
        "rules": result.rules.id,
        "commune": result.profile.commune,
        "year": result.profile.year,
        "verdict": result.verdict.value,
        "advanced": {
            "rulebook": result.advanced.rulebook.id,
            "verdict": result.advanced.verdict.value,
        },
        "conditions": [
            {
                "key": c.key,
                "status": c.status.value,
                "reason": c.reason.value,
                "verification": c.verification.value,
                "figure": None if c.figure is None else c.figure.value,
                "measured": c.measured,
                "gap": c.gap,
                "citation": CONVERTER.unstructure(c.rule.citation),
            }
            for c in result.conditions
        ],
    }
