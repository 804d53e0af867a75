"""Recognition under 18/2022: the four conditions, all required."""

from __future__ import annotations

from ntm_rules.recognition.codes import (
    ConditionCode,
    ConditionReason,
    RecognitionOutcome,
    Security,
    Tier,
)
from ntm_rules.recognition.evaluated import (
    answers,
    heading,
    ids,
    set_facts,
    shaky_criteria,
    unverified_basis,
)
from ntm_rules.recognition.facts import RecognitionFacts
from ntm_rules.recognition.results import Condition, Fact, RecognitionResult
from ntm_rules.recognition.rules import RecognitionRules, Rule, shipped_rules
from ntm_rules.results import Evaluation, Status, Verdict


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
        **heading(evaluation, facts, rules),
        already_recognised=facts.recognised,
    )


def _criteria_condition(evaluation: Evaluation, tier: Tier, rules: RecognitionRules) -> Condition:
    rule = rules.rule(ConditionCode.CRITERIA_MET)
    expected = rules.tier(tier).recognition_rulebooks
    facts = set_facts(evaluation)
    if not answers(evaluation, expected):
        facts.append(Fact("expected_rulebooks", expected))
        return Condition(
            rule.code,
            Verdict.CANNOT_CONCLUDE,
            ConditionReason.SET_NOT_EVALUATED,
            rule,
            facts=tuple(facts),
        )
    failing = ids(evaluation, Status.FAIL)
    unknown = ids(evaluation, Status.UNKNOWN)
    facts += [
        Fact("criteria_total", evaluation.criteria_total),
        Fact("failing", failing),
        Fact("unknown", unknown),
    ]
    verdict = evaluation.verdict
    unverified: tuple[str, ...] = ()  # an undecided verdict rests on none
    if verdict is Verdict.MET:
        unverified = unverified_basis(evaluation)
    elif verdict is Verdict.NOT_MET:
        shaky = shaky_criteria(evaluation)
        if all(shaky[c] for c in failing):  # a fail on a verified threshold decides alone
            unverified = tuple(i for c in failing for i in shaky[c])
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
    amount = Fact("amount_vnd", debt.amount_vnd)
    return _stated(rule, debt.outstanding, Fact("construction_debt", debt.outstanding), amount)


def _security_condition(facts: RecognitionFacts, rules: RecognitionRules) -> Condition:
    rule = rules.rule(ConditionCode.SECURITY_NOT_COMPLEX)
    security = facts.security
    if security is None:
        return Condition(rule.code, Verdict.CANNOT_CONCLUDE, ConditionReason.NO_FACT, rule)
    return _stated(rule, security is Security.COMPLEX, Fact("security", security.value))


def _stated(rule: Rule, fails: bool, *facts: Fact) -> Condition:
    """A condition decided by a stated fact: met unless the fact fails it."""
    verdict = Verdict.NOT_MET if fails else Verdict.MET
    return Condition(rule.code, verdict, ConditionReason.STATED, rule, facts=facts)
