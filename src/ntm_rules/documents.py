"""JSON documents other apps rely on: evaluations and rulebooks, with versioned schemas.

Both are produced by the library's cattrs converter (hooks registered here), so
``CONVERTER.unstructure(evaluation)`` and :func:`evaluation_document` agree.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from ntm_rules import explain, json_io
from ntm_rules.citations import Citation, Verification
from ntm_rules.columns import ColumnChoice
from ntm_rules.editions import find_edition
from ntm_rules.engine import evaluate
from ntm_rules.exceptions import (
    InconsistentTotalError,
    InputProblem,
    InvalidInputError,
    WrongKindError,
    schema_problem,
)
from ntm_rules.fingerprints import seal_canonical
from ntm_rules.json_io import plain_number, spelled_alike
from ntm_rules.measurements import Components, Measurement, Ratio
from ntm_rules.messages import Message
from ntm_rules.profile import load_profile
from ntm_rules.reading import excerpt
from ntm_rules.results import CriterionResult, Evaluation, IndicatorResult, Reason, Status
from ntm_rules.rulebook import Rulebook
from ntm_rules.serialization import CONVERTER, unstructure_citation
from ntm_rules.thresholds import Direction, ThresholdValue

EVALUATION_SCHEMA = "ntm_rules.evaluation/1"
RULEBOOK_SCHEMA = "ntm_rules.rulebook/1"


def column_document(choice: ColumnChoice) -> dict[str, Any]:
    """Which column was used and why."""
    rule = choice.rule
    return {
        "column": choice.column.code,
        "region": None if choice.region is None else choice.region.code,
        "because": choice.because.key if choice.because else None,
        "basis": None if rule is None else unstructure_citation(rule.citation),
        "caveats": [
            {
                "key": caveat.key,
                "text_vi": caveat.text_vi,
                "text_en": caveat.text_en,
                "citation": unstructure_citation(caveat.citation),
            }
            for caveat in choice.caveats
        ],
        "explanation_vi": choice.describe("vi"),
        "explanation_en": choice.describe("en"),
    }


def indicator_result_document(result: IndicatorResult) -> dict[str, Any]:
    """One indicator's verdict (canonical data: whole numbers as ``int``)."""
    indicator = result.indicator
    measurement = result.measurement
    threshold = result.threshold
    known = threshold is not None and threshold.is_known
    return {
        "id": indicator.id,
        "name_vi": indicator.name_vi,
        "name_en": indicator.name_en,
        "status": _CODES[result.status],
        "value": None if measurement is None else plain_number(measurement.value),
        "input": None if measurement is None else measurement.unstructure(),
        "unit": indicator.unit.symbol_en,
        "direction": _CODES[indicator.direction],
        "threshold": plain_number(threshold.value) if known and threshold is not None else None,
        "threshold_effective_from": _date(threshold),
        "gap": plain_number(result.gap),
        "count_needed": result.count_needed,
        "verification": _CODES[result.verification],
        "reason": _CODES[result.reason],
        "detail": result.detail,
        "citation": None if threshold is None else unstructure_citation(threshold.citation),
        "explanation_vi": explain.one_line(result, "vi"),
        "explanation_en": explain.one_line(result, "en"),
    }


_CODES: dict[enum.Enum, str] = {
    member: member.value for kind in (Status, Reason, Verification, Direction) for member in kind
}
"""Each code a document writes, by its member (read through ``.value``, each costs a call)."""


def _date(threshold: ThresholdValue | None) -> str | None:
    if threshold is None or threshold.effective_from is None:
        return None
    return threshold.effective_from.isoformat()


def criterion_result_document(result: CriterionResult) -> dict[str, Any]:
    """One criterion's verdict with its indicators."""
    return {
        "id": result.criterion.id,
        "name_vi": result.criterion.name_vi,
        "name_en": result.criterion.name_en,
        "group": result.criterion.group.id,
        "status": result.status.value,
        "indicators": [indicator_result_document(i) for i in result.indicators],
    }


def evaluation_document(evaluation: Evaluation) -> dict[str, Any]:
    """The whole evaluation (schema ``ntm_rules.evaluation/1``), sealed (:mod:`ntm_rules.sealing`).

    :func:`evaluation_json` writes it as JSON, faster than ``json.dumps`` of this.
    """
    return _sealed(evaluation)[0]


def evaluation_json(evaluation: Evaluation, *, indent: bool = False) -> bytes:
    """The sealed evaluation document as UTF-8 JSON, as written to a file or a response.

    Compact, it is the document's canonical JSON (keys sorted), written once; with
    ``indent``, indented by two spaces for people. orjson writes it when the ``fast``
    extra is installed (a third of the time of ``json.dumps`` of
    :func:`evaluation_document`), the standard library otherwise: the same bytes.

    Examples:
        >>> import json
        >>> from ntm_rules import evaluate, load_profile
        >>> profile = load_profile({"commune": "A", "region": "TN", "year": 2024,
        ...     "values": {"3.1": "70/100"}})
        >>> document = json.loads(evaluation_json(evaluate(profile)))
        >>> document["criteria"][2]["indicators"][0]["status"], document["seal"]["algorithm"]
        ('fail', 'sha256')
    """
    document, written, alike = _sealed(evaluation)
    return json_io.dumps(document, indent=True, fast=alike) if indent else written


def _sealed(evaluation: Evaluation) -> tuple[dict[str, Any], bytes, bool]:
    """The sealed document, its canonical bytes, and whether orjson spells its numbers alike."""
    document = evaluation_content(evaluation)
    alike = spelled_alike(_numbers(evaluation))
    written = seal_canonical(document, evaluation.rulebook, numbers_alike=alike)
    return document, written, alike


def _numbers(evaluation: Evaluation) -> list[float | None]:
    """Every fraction an evaluation document may hold: inputs, values, thresholds and gaps.

    Counts (``count_needed``, the summary's) are whole and written alike.
    """
    profile = evaluation.profile
    given = profile.values
    found: list[float | None] = [profile.facts.agriculture_share]
    judged_given = 0  # results judging the profile's own values (inputs written twice)
    for criterion in evaluation.criteria:
        for result in criterion.indicators:
            threshold, judged = result.threshold, result.measurement
            found.append(result.gap)
            if threshold is not None:
                found.append(threshold.value)
            if judged is not None:
                found += _parts(judged)
                judged_given += judged is given.get(result.indicator.id)
    if judged_given != len(given):  # a value given that no result judged as it is
        for measurement in given.values():
            found += _parts(measurement)
    return found


def _parts(measurement: Measurement) -> tuple[float | None, ...]:
    """What a measurement writes: its input and its value (a share the counts make)."""
    if isinstance(measurement, Ratio):
        return measurement.numerator, measurement.denominator, measurement.value
    if isinstance(measurement, Components):
        return tuple(measurement.parts.values())
    return (measurement.value,)


def evaluation_content(evaluation: Evaluation) -> dict[str, Any]:
    """:func:`evaluation_document` without its seal, as canonical data (whole numbers as ``int``)."""
    profile = evaluation.profile
    rulebook = evaluation.rulebook
    blockers = evaluation.blockers
    return {
        "schema": EVALUATION_SCHEMA,
        "rulebook": rulebook.id,
        "rulebook_derived_from": rulebook.derived_from,
        "edition_basis": evaluation.edition_basis,
        "commune": profile.commune,
        "province": profile.province,
        "year": profile.year,
        "illustrative": profile.illustrative,
        "verified_only": evaluation.verified_only,
        "region_column": column_document(evaluation.column),
        "criteria": [criterion_result_document(c) for c in evaluation.criteria],
        "summary": {
            "criteria_met": evaluation.criteria_met,
            "criteria_total": evaluation.criteria_total,
            "verdict": evaluation.verdict.value,
            "standard_met": evaluation.standard_met,
            "failing": [i.indicator.id for i in evaluation.failing],
            "blocking": [{"id": i.indicator.id, "reason": _CODES[i.reason]} for i in blockers],
            "criteria_without_indicators": list(evaluation.criteria_without_indicators),
            "open_criteria": [
                {"id": c.id, "reason": c.reason.value}
                for c in evaluation.open_criteria
                if c.reason is not None
            ],
            "unverified_basis": list(evaluation.resting_on_unverified),
            "unknown": [i.indicator.id for i in blockers],
        },
        "profile": profile.to_dict(),
    }


def evaluation_from_document(
    document: Mapping[str, Any], rulebook: Rulebook | None = None
) -> Evaluation:
    """Rebuild an evaluation from its document, checking the recorded verdicts still hold.

    The document carries the profile and the options; the verdicts are re-derived with
    ``rulebook`` (default: the shipped edition named in the document) and must agree with
    the recorded ones.
    """
    if not isinstance(document, Mapping) or document.get("schema") != EVALUATION_SCHEMA:
        raise InvalidInputError([schema_problem(EVALUATION_SCHEMA)])
    evaluation = reevaluate(document, rulebook, "evaluation document")
    recorded = _recorded_statuses(document.get("criteria"))
    for result in evaluation.indicators:
        if recorded.get(result.id) != result.status.value:
            problem = InconsistentTotalError(
                f'criteria.indicators."{result.id}"',
                Message(
                    "recorded {recorded}, re-evaluated {value!r}",
                    recorded=excerpt(recorded.get(result.id)),
                    value=result.status.value,
                ),
            )
            raise InvalidInputError([problem], "evaluation document")
    return evaluation


def reevaluate(document: Mapping[str, Any], rulebook: Rulebook | None, what: str) -> Evaluation:
    """The document's profile evaluated again with its options, on ``rulebook``.

    Without ``rulebook``, on the shipped edition the document names: never a file it names,
    so that a stored document cannot make the library read one.

    Raises:
        InvalidInputError: no rulebook id, an edition not shipped, no profile or options, or
            a profile that no longer reads under the rulebook.
    """
    profile, verified_only = document.get("profile"), document.get("verified_only")
    if not isinstance(profile, Mapping) or not isinstance(verified_only, bool):
        problem = InputProblem("profile", "expected the profile judged and verified_only")
        raise InvalidInputError([problem], what)
    book = rulebook or _shipped(document.get("rulebook"), what)
    return evaluate(load_profile(profile, book), book, verified_only=verified_only)


def _shipped(name: object, what: str) -> Rulebook:
    if not isinstance(name, str):
        raise InvalidInputError([InputProblem("rulebook", "expected the rulebook's id")], what)
    book = find_edition(name)
    if book is None:
        problem = InputProblem(
            "rulebook",
            Message(
                "judged on {name}, which is not shipped: give that rulebook "
                "(its edition file or provincial table) with --rulebook",
                name=excerpt(name),
            ),
        )
        raise InvalidInputError([problem], what)
    return book


def _recorded_statuses(criteria: object) -> dict[object, object]:
    """The recorded status of each indicator, checking the document's shape."""
    problem = WrongKindError("criteria", "expected a list of criteria with their indicators")
    if not isinstance(criteria, list):
        raise InvalidInputError([problem], "evaluation document")
    recorded: dict[object, object] = {}
    for criterion in criteria:
        indicators = criterion.get("indicators") if isinstance(criterion, Mapping) else None
        if not isinstance(indicators, list):
            raise InvalidInputError([problem], "evaluation document")
        for indicator in indicators:
            if not isinstance(indicator, Mapping):
                raise InvalidInputError([problem], "evaluation document")
            key = indicator.get("id")
            recorded[key if isinstance(key, str) else excerpt(key)] = indicator.get("status")
    return recorded


def threshold_document(value: ThresholdValue) -> dict[str, Any]:
    """One threshold cell."""
    return {
        "value": value.value,
        "verification": value.verification.value,
        "effective_from": value.effective_from.isoformat() if value.effective_from else None,
        "citation": unstructure_citation(value.citation),
    }


def rulebook_document(rulebook: Rulebook, year: int | None = None) -> dict[str, Any]:
    """Every criterion and indicator with names, unit, direction and figures per column.

    With ``year``, each column shows the value in force at the end of that year; without,
    the most recent value, and ``history`` lists every dated value.
    """
    as_of = rulebook.as_of(year if year is not None else rulebook.last_year)
    codes = rulebook.columns.codes
    criteria = []
    for criterion in rulebook.criteria:
        indicators = []
        for indicator in criterion.indicators:
            table = indicator.thresholds
            entry: dict[str, Any] = {
                "id": indicator.id,
                "name_vi": indicator.name_vi,
                "name_en": indicator.name_en,
                "unit": indicator.unit.symbol_en,
                "unit_vi": indicator.unit.symbol_vi,
                "direction": indicator.direction.value,
                "accepts": indicator.accepts,
                "thresholds": {code: threshold_document(table.at(code, as_of)) for code in codes},
                "parameters": {
                    name: {code: threshold_document(figure.at(code, as_of)) for code in codes}
                    for name, figure in indicator.parameters.items()
                },
                "notes": indicator.notes,
            }
            if any(len(values) > 1 for values in table.cells.values()):
                entry["history"] = {
                    code: [threshold_document(v) for v in table.cells[code]] for code in codes
                }
            indicators.append(entry)
        criteria.append(
            {
                "id": criterion.id,
                "name_vi": criterion.name_vi,
                "name_en": criterion.name_en,
                "group": criterion.group.id,
                "indicators": indicators,
            }
        )
    return {
        "schema": RULEBOOK_SCHEMA,
        "rulebook": rulebook.id,
        "derived_from": rulebook.derived_from,
        "title_vi": rulebook.title_vi,
        "title_en": rulebook.title_en,
        "citation": unstructure_citation(rulebook.citation),
        "derivation_citation": _citation(rulebook.derivation_citation),
        "year": year,
        "years": [rulebook.first_year, rulebook.last_year],
        "official_indicator_count": rulebook.official_indicator_count,
        "indicator_count": len(rulebook.indicator_ids),
        "notes": list(rulebook.notes),
        "groups": [
            {"id": g.id, "name_vi": g.name_vi, "name_en": g.name_en} for g in rulebook.groups
        ],
        "criteria": criteria,
    }


def _citation(citation: Citation | None) -> dict[str, Any] | None:
    return None if citation is None else unstructure_citation(citation)


# Predicate hooks: registering by class would make cattrs resolve forward references.
CONVERTER.register_unstructure_hook_func(lambda t: t is Evaluation, evaluation_document)
CONVERTER.register_unstructure_hook_func(lambda t: t is Rulebook, rulebook_document)
