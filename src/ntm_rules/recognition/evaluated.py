"""What both tests of 18/2022 read from an evaluation: its set, its criteria, their basis."""

from __future__ import annotations

from typing import TypedDict

from ntm_rules.recognition.facts import RecognitionFacts
from ntm_rules.recognition.results import Fact
from ntm_rules.recognition.rules import RecognitionRules
from ntm_rules.results import Evaluation, Status


class Heading(TypedDict):
    """What a recognition and a revocation result both name: edition, rules, commune, year."""

    rulebook: str
    rules: str
    instrument: str
    commune: str
    year: int


def heading(evaluation: Evaluation, facts: RecognitionFacts, rules: RecognitionRules) -> Heading:
    """The heading of a result (the commune as the facts name it, else as the profile does)."""
    return Heading(
        rulebook=evaluation.rulebook.id,
        rules=rules.id,
        instrument=rules.instrument,
        commune=facts.commune or evaluation.profile.commune,
        year=evaluation.profile.year,
    )


def answers(evaluation: Evaluation, rulebooks: tuple[str, ...]) -> bool:
    """Whether the evaluation's edition (or the edition it derives from) is listed."""
    book = evaluation.rulebook
    return book.id in rulebooks or (
        book.derived_from is not None and book.derived_from in rulebooks
    )


def set_facts(evaluation: Evaluation) -> list[Fact]:
    """The facts naming the edition evaluated (and the edition it derives from)."""
    return [
        Fact("rulebook", evaluation.rulebook.id),
        Fact("rulebook_derived_from", evaluation.rulebook.derived_from),
    ]


def ids(evaluation: Evaluation, status: Status) -> tuple[str, ...]:
    """The ids of the criteria of ``status``, in the set's order."""
    return tuple(c.id for c in evaluation.criteria if c.status is status)


def shaky_criteria(evaluation: Evaluation) -> dict[str, tuple[str, ...]]:
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


def unverified_basis(evaluation: Evaluation) -> tuple[str, ...]:
    """The unverified-threshold indicators the decided criteria's statuses rest on."""
    return tuple(i for ids in shaky_criteria(evaluation).values() for i in ids)
