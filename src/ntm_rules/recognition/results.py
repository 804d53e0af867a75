"""The results of 18/2022: conditions as decided, recognition and revocation results."""

from __future__ import annotations

from fractions import Fraction

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.recognition.codes import (
    ConditionCode,
    ConditionReason,
    RecognitionOutcome,
    RevocationOutcome,
    Tier,
)
from ntm_rules.recognition.rules import Figure, KeyCriteria, Rule
from ntm_rules.results import Verdict

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


class _Conditions:
    """What a recognition and a revocation result answer from their conditions."""

    __slots__ = ()
    conditions: tuple[Condition, ...]

    @property
    def rests_on_unverified(self) -> bool:
        """Whether a decided condition (or ground) rests on an unverified figure or threshold."""
        return any(condition.rests_on_unverified for condition in self.conditions)

    def condition(self, code: ConditionCode) -> Condition:
        """One condition (or ground) by code."""
        return next(condition for condition in self.conditions if condition.code is code)


@frozen
class RecognitionResult(_Conditions):
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
class RevocationResult(_Conditions):
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
