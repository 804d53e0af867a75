"""What each endpoint does, from a parsed body to a document: no HTTP in here.

The app (:mod:`ntm_rules.service.app`) reads and limits the body and turns errors into
responses; these functions are the same work the command line does, on documents that came
in a request instead of files. They are called in-process by the benchmark's baseline.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ntm_rules import explain
from ntm_rules.documents import evaluation_document, indicator_result_document
from ntm_rules.editions import edition_for_year, find_edition
from ntm_rules.engine import evaluate
from ntm_rules.exceptions import (
    InvalidInputError,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.plan.documents import progress_document
from ntm_rules.plan.load import check_plan, load_plan
from ntm_rules.plan.progress import progress
from ntm_rules.profile import load_profile, profile_year
from ntm_rules.results import Evaluation
from ntm_rules.rulebook import Rulebook
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.requests import Members
from ntm_rules.service.rulebooks import every_name, named, prefixed

TIERS: Final = ("basic", "advanced")
"""The sets a request may ask for when it names no rulebook."""
LANGUAGES: Final = ("vi", "en")
MAX_EXPLAINED: Final = 100
"""The most indicators one ``/explain`` request may ask for (an edition has 56 to 60)."""

_EVALUATE_MEMBERS = ("profile", "rulebook", "verified_only", "tier")
_EXPLAIN_MEMBERS = (*_EVALUATE_MEMBERS, "indicators", "lang")
_PROGRESS_MEMBERS = ("plan", "profile", "rulebook")


def _profile(
    document: Mapping[str, Any], rulebook: Rulebook | None, tier: str, prefix: str
) -> tuple[Any, Rulebook | None]:
    """The checked profile, and the rulebook chosen for it (by tier and year when none is)."""
    try:
        if rulebook is None and tier != "basic":
            rulebook = edition_for_year(profile_year(document), tier)
        return load_profile(document, rulebook), rulebook
    except InvalidInputError as error:
        raise prefixed(error, prefix) if prefix else error from None


def evaluation_of(body: Mapping[str, Any], config: ServiceConfig) -> Evaluation:
    """Evaluate a profile: the body is the profile, or ``{"profile": …, "rulebook": …}``.

    Raises:
        InvalidInputError: every problem, fields prefixed ``profile.`` in the wrapped form.
    """
    if "profile" not in body:  # the bare profile document, judged on the edition of its year
        profile, book = _profile(body, None, "basic", "")
        return evaluate(profile, book)
    members = Members(body, _EVALUATE_MEMBERS)
    return _wrapped(members, config)


def _wrapped(members: Members, config: ServiceConfig) -> Evaluation:
    document = members.mapping("profile")
    verified_only = members.boolean("verified_only")
    tier = members.choice("tier", TIERS, "basic")
    rulebook = members.rulebook(config)
    if members.problems and document is not None:  # report the profile's problems too
        try:
            _profile(document, rulebook, tier, "profile")
        except InvalidInputError as error:
            for problem in error.problems:
                members.add(problem)
    members.raise_if_any()
    if document is None:  # pragma: no cover - mapping() recorded a problem
        raise InvalidInputError([], "request")
    profile, book = _profile(document, rulebook, tier, "profile")
    return evaluate(profile, book, verified_only=verified_only)


def evaluate_document(body: Mapping[str, Any], config: ServiceConfig) -> dict[str, Any]:
    """``POST /evaluate``: the evaluation document ``ntm-rules evaluate --format json`` prints."""
    return evaluation_document(evaluation_of(body, config))


def explain_document(body: Mapping[str, Any], config: ServiceConfig) -> dict[str, Any]:
    """``POST /explain``: each indicator's verdict with its full reasoning, line by line."""
    members = Members(body, _EXPLAIN_MEMBERS)
    wanted = members.texts("indicators", MAX_EXPLAINED)
    lang = members.choice("lang", LANGUAGES, "vi")
    evaluation = _wrapped(members, config)
    book = evaluation.rulebook
    unknown = [
        UnknownIdentifierError(f"indicators[{n}]", "indicator", given, book.indicator_ids)
        for n, given in enumerate(wanted)
        if not book.has_indicator(given)
    ]
    if unknown:
        raise InvalidInputError(unknown, "request")
    results = [evaluation.indicator(given) for given in wanted]
    return {
        "rulebook": book.id,
        "commune": evaluation.profile.commune,
        "year": evaluation.profile.year,
        "lang": lang,
        "indicators": [
            {**indicator_result_document(result), "reasoning": explain.full(result, lang)}
            for result in results
        ],
    }


def progress_document_of(body: Mapping[str, Any], config: ServiceConfig) -> dict[str, Any]:
    """``POST /plan/progress``: a plan against a profile, as ``ntm-rules plan progress``.

    The plan's ``rulebook`` (or the request's) must be an edition a request may name; the
    plan is checked against the shipped edition it is derived from, so that loading it can
    never look for a file.
    """
    members = Members(body, _PROGRESS_MEMBERS)
    plan_document = members.mapping("plan")
    profile_document = members.mapping("profile")
    given = members.rulebook(config)
    members.raise_if_any()
    if plan_document is None or profile_document is None:  # pragma: no cover - recorded
        raise InvalidInputError([], "request")
    book = given or _plan_rulebook(plan_document, config)
    shipped = find_edition(book.id) or find_edition(book.derived_from or "")
    if shipped is None:
        problem = WrongKindError(
            "rulebook", "a plan is checked against a shipped edition or a table derived from one"
        )
        raise InvalidInputError([problem], "request")
    try:
        plan = load_plan({**plan_document, "rulebook": shipped.id})
    except InvalidInputError as error:
        raise prefixed(error, "plan") from None
    found = check_plan(plan, book) if book is not shipped else []
    if found:
        raise prefixed(InvalidInputError(found, "plan"), "plan")
    profile, _ = _profile(profile_document, book, "basic", "profile")
    return progress_document(progress(plan, evaluate(profile, book)))


def _plan_rulebook(plan: Mapping[str, Any], config: ServiceConfig) -> Rulebook:
    name = plan.get("rulebook")
    if not isinstance(name, str):
        problem = WrongKindError("plan.rulebook", "expected the id of the plan's rulebook (text)")
        raise InvalidInputError([problem], "request")
    book = named(name, config)
    if book is None:
        unknown = UnknownIdentifierError("plan.rulebook", "rulebook", name, every_name(config))
        raise InvalidInputError([unknown], "request")
    return book
