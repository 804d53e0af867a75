"""Revocation under 18/2022: two grounds, either suffices; unknown criteria never guessed."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from attrs import frozen

from ntm_rules.exceptions import RulebookError
from ntm_rules.messages import Message
from ntm_rules.recognition.codes import ConditionCode, ConditionReason, RevocationOutcome
from ntm_rules.recognition.evaluated import answers, heading, ids, set_facts, unverified_basis
from ntm_rules.recognition.facts import RecognitionFacts
from ntm_rules.recognition.results import Condition, CriteriaCount, Fact, RevocationResult
from ntm_rules.recognition.rules import Figure, KeyCriteria, RecognitionRules, shipped_rules
from ntm_rules.results import Evaluation, Status, Verdict


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
    keys = tier_rules.key_criteria
    if answers(evaluation, tier_rules.revocation_rulebooks):
        grounds = _counted(evaluation, rules, _count_criteria(evaluation, rules, keys))
    else:
        not_evaluated = (
            *set_facts(evaluation),
            Fact("expected_rulebooks", tier_rules.revocation_rulebooks),
        )
        undecided = Verdict.CANNOT_CONCLUDE
        grounds = _Grounds(None, undecided, undecided, undecided, not_evaluated, not_evaluated)
    half_rule = rules.rule(ConditionCode.HALF_OR_MORE_FAILING)
    key_rule = rules.rule(ConditionCode.SHARE_WITH_KEY_FAILING)
    conditions = (
        Condition(
            half_rule.code,
            grounds.half,
            grounds.reason(grounds.half),
            half_rule,
            (rules.revocation_share,),
            facts=grounds.half_facts,
            unverified_indicators=grounds.unverified,
        ),
        Condition(
            key_rule.code,
            grounds.key,
            grounds.reason(grounds.key),
            key_rule,
            (rules.revocation_share_with_key, rules.revocation_share),
            keys,
            facts=grounds.key_facts,
            unverified_indicators=grounds.unverified,
        ),
    )
    outcome = _OUTCOMES[grounds.revokes]
    if facts.recognised is False:
        outcome = RevocationOutcome.NOT_APPLICABLE
    return RevocationResult(
        outcome=outcome,
        tier=facts.tier,
        conditions=conditions,
        counts=grounds.counts,
        deciding=grounds.deciding,
        **heading(evaluation, facts, rules),
        recognised=facts.recognised,
        recognised_year=facts.recognised_year,
    )


_OUTCOMES = {
    Verdict.MET: RevocationOutcome.REVOKE,
    Verdict.NOT_MET: RevocationOutcome.KEEP,
    Verdict.CANNOT_CONCLUDE: RevocationOutcome.CANNOT_CONCLUDE,
}


@frozen
class _Grounds:
    """The two grounds as judged (``counts`` is ``None`` when the set is not the tier's)."""

    counts: CriteriaCount | None
    half: Verdict
    key: Verdict
    revokes: Verdict
    half_facts: tuple[Fact, ...]
    key_facts: tuple[Fact, ...]
    unverified: tuple[str, ...] = ()
    deciding: tuple[str, ...] = ()

    def reason(self, status: Verdict) -> ConditionReason:
        """Why a ground's status is what it is."""
        if self.counts is None:
            return ConditionReason.SET_NOT_EVALUATED
        if status is Verdict.CANNOT_CONCLUDE:
            return ConditionReason.DEPENDS_ON_UNKNOWN
        return ConditionReason.COUNTED


def _counted(evaluation: Evaluation, rules: RecognitionRules, counts: CriteriaCount) -> _Grounds:
    """Both grounds over every way the unknown criteria can turn out."""
    test = _Test(
        counts.total,
        _share(rules.revocation_share) / 100,
        _share(rules.revocation_share_with_key) / 100,
    )
    reachable = list(
        _resolutions(
            len(counts.failing),
            bool(counts.key_failing),
            len(counts.key_unknown),
            len(counts.unknown) - len(counts.key_unknown),
        )
    )
    revokes = _status({test.revokes(size, has_key) for size, has_key in reachable})
    count_facts = (
        Fact("criteria_total", counts.total),
        Fact("failing", counts.failing),
        Fact("unknown", counts.unknown),
        Fact("needed_for_half", counts.needed_for_half),
    )
    return _Grounds(
        counts,
        half=_status({test.half_ground(size) for size, _ in reachable}),
        key=_status({test.key_ground(size, has_key) for size, has_key in reachable}),
        revokes=revokes,
        half_facts=count_facts,
        key_facts=(
            *count_facts,
            Fact("needed_with_key", counts.needed_with_key),
            Fact("key_failing", counts.key_failing),
            Fact("key_unknown", counts.key_unknown),
        ),
        unverified=unverified_basis(evaluation),
        deciding=_deciding(counts, test) if revokes is Verdict.CANNOT_CONCLUDE else (),
    )


def _share(figure: Figure) -> Fraction:
    if figure.value is None:  # pragma: no cover - the loader requires both shares
        raise RulebookError(Message("{key}: a revocation share is required", key=figure.key))
    return figure.value


def _count_criteria(
    evaluation: Evaluation, rules: RecognitionRules, keys: KeyCriteria
) -> CriteriaCount:
    criteria = [c.id for c in evaluation.criteria]
    total = len(criteria)
    if total == 0:
        raise RulebookError(Message("{id}: the set has no criteria", id=evaluation.rulebook.id))
    missing = [key for key in keys.criteria if key not in criteria]
    if missing:
        raise RulebookError(
            Message(
                "{rules}: key criteria {missing} are not criteria of {id}",
                rules=rules.id,
                missing=missing,
                id=evaluation.rulebook.id,
            )
        )
    failing = ids(evaluation, Status.FAIL)
    unknown = ids(evaluation, Status.UNKNOWN)
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
