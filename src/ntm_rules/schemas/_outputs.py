"""Schemas of the documents the library writes (evaluations, rulebooks, plans, batches…).

Written once from the functions that build the documents; every object lists all its
fields and forbids others, so a field added to a document without its schema fails the
tests that validate every document written.
"""

from __future__ import annotations

from ntm_rules.citations import Verification
from ntm_rules.documents import EVALUATION_SCHEMA, RULEBOOK_SCHEMA
from ntm_rules.plan.documents import PROGRESS_SCHEMA
from ntm_rules.plan.model import FundingKind, FundingSource
from ntm_rules.results import Reason, Status, Verdict
from ntm_rules.schemas._vocabulary import (
    BOOLEAN,
    CITATION,
    DATE,
    FIGURE,
    FINGERPRINT,
    INTEGER,
    NULL,
    NUMBER,
    STRING,
    Schema,
    array,
    citation_schema,
    constant,
    mapping,
    nullable,
    obj,
    one_of_values,
)
from ntm_rules.thresholds import Direction

STATUS = one_of_values(Status)
REASON = one_of_values(Reason)
VERDICT = one_of_values(Verdict)
VERIFICATION = one_of_values(Verification)
IDS = array(STRING)
COUNT: Schema = {"type": "integer", "minimum": 0}
INPUT: Schema = {
    "anyOf": [
        {"type": ["number", "boolean"]},
        obj({"numerator": NUMBER, "denominator": NUMBER}),
        {"type": "object", "additionalProperties": {"type": ["number", "boolean"]}},
        NULL,
    ]
}
"""A checked value as written back: a number, yes/no, counts, or a composite's parts."""
CITATIONS = {"citation": citation_schema()}


def _indicator_result() -> Schema:
    return obj(
        {
            "id": STRING,
            "name_vi": STRING,
            "name_en": STRING,
            "status": STATUS,
            "value": FIGURE,
            "input": INPUT,
            "unit": STRING,
            "direction": one_of_values(Direction),
            "threshold": FIGURE,
            "threshold_effective_from": nullable(DATE),
            "gap": nullable(NUMBER),
            "count_needed": nullable(INTEGER),
            "verification": VERIFICATION,
            "reason": REASON,
            "detail": STRING,
            "citation": nullable(CITATION),
            "explanation_vi": STRING,
            "explanation_en": STRING,
        }
    )


def _column_choice() -> Schema:
    caveat = obj({"key": STRING, "text_vi": STRING, "text_en": STRING, "citation": CITATION})
    return obj(
        {
            "column": STRING,
            "region": nullable(STRING),
            "because": nullable(STRING),
            "basis": nullable(CITATION),
            "caveats": array(caveat),
            "explanation_vi": STRING,
            "explanation_en": STRING,
        }
    )


def _summary() -> Schema:
    reasoned = array(obj({"id": STRING, "reason": REASON}))
    return obj(
        {
            "criteria_met": COUNT,
            "criteria_total": COUNT,
            "verdict": VERDICT,
            "standard_met": BOOLEAN,
            "failing": IDS,
            "blocking": reasoned,
            "criteria_without_indicators": IDS,
            "open_criteria": reasoned,
            "unverified_basis": IDS,
            "unknown": IDS,
        }
    )


def seal_schema() -> Schema:
    """The seal: the rulebook's and the document's own fingerprints."""
    return obj(
        {
            "algorithm": constant("sha256"),
            "library": STRING,
            "rulebook": FINGERPRINT,
            "document": FINGERPRINT,
        }
    )


def evaluation_schema(profile: Schema) -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.evaluation/1``; ``profile`` is the profile document's schema."""
    criterion = obj(
        {
            "id": STRING,
            "name_vi": STRING,
            "name_en": STRING,
            "group": STRING,
            "status": STATUS,
            "indicators": array({"$ref": "#/$defs/indicator_result"}),
        }
    )
    top = obj(
        {
            "schema": constant(EVALUATION_SCHEMA),
            "rulebook": STRING,
            "rulebook_derived_from": nullable(STRING),
            "edition_basis": STRING,
            "commune": STRING,
            "province": STRING,
            "year": INTEGER,
            "illustrative": BOOLEAN,
            "verified_only": BOOLEAN,
            "region_column": _column_choice(),
            "criteria": array(criterion),
            "summary": _summary(),
            "profile": profile,
            "seal": seal_schema(),
        }
    )
    return top, {**CITATIONS, "indicator_result": _indicator_result()}


def _threshold() -> Schema:
    return obj(
        {
            "value": FIGURE,
            "verification": VERIFICATION,
            "effective_from": nullable(DATE),
            "citation": CITATION,
        }
    )


def rulebook_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.rulebook/1``."""
    by_column = mapping({"$ref": "#/$defs/threshold"})
    indicator = obj(
        {
            "id": STRING,
            "name_vi": STRING,
            "name_en": STRING,
            "unit": STRING,
            "unit_vi": STRING,
            "direction": one_of_values(Direction),
            "accepts": STRING,
            "thresholds": by_column,
            "parameters": mapping(by_column),
            "notes": STRING,
            "history": mapping(array({"$ref": "#/$defs/threshold"})),
        },
        optional=("history",),
    )
    criterion = obj(
        {
            "id": STRING,
            "name_vi": STRING,
            "name_en": STRING,
            "group": STRING,
            "indicators": array(indicator),
        }
    )
    top = obj(
        {
            "schema": constant(RULEBOOK_SCHEMA),
            "rulebook": STRING,
            "derived_from": nullable(STRING),
            "title_vi": STRING,
            "title_en": STRING,
            "citation": CITATION,
            "derivation_citation": nullable(CITATION),
            "year": nullable(INTEGER),
            "years": {"type": "array", "items": INTEGER, "minItems": 2, "maxItems": 2},
            "official_indicator_count": nullable(INTEGER),
            "indicator_count": COUNT,
            "notes": IDS,
            "groups": array(obj({"id": STRING, "name_vi": STRING, "name_en": STRING})),
            "criteria": array(criterion),
        }
    )
    return top, {**CITATIONS, "threshold": _threshold()}


def plan_summary_schema() -> Schema:
    """The ``summary`` that ``ntm-rules plan show --format json`` adds to a plan."""
    amounts = {"type": "object", "additionalProperties": NUMBER}
    return obj(
        {
            "funding_total_vnd": NUMBER,
            "funding_by_kind": {**amounts, "propertyNames": one_of_values(FundingKind)},
            "funding_by_source": {**amounts, "propertyNames": one_of_values(FundingSource)},
            "funding_by_criterion": amounts,
            "local_counterpart_vnd": NUMBER,
            "unowned_criteria": IDS,
            "shared_criteria": IDS,
            "lead_bodies": mapping(IDS),
        }
    )


def progress_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.plan_progress/1``."""
    target = obj(
        {
            "id": STRING,
            "indicator": nullable(STRING),
            "status": STATUS,
            "current": nullable(NUMBER),
            "required": nullable(NUMBER),
            "gap": nullable(NUMBER),
            "note": STRING,
        }
    )
    department = obj({"id": STRING, "criteria": mapping(STATUS), "still_short": IDS})
    funding = obj({"id": STRING, "amount_vnd": NUMBER, "failing_served": IDS})
    top = obj(
        {
            "schema": constant(PROGRESS_SCHEMA),
            "commune": STRING,
            "year": INTEGER,
            "rulebook": STRING,
            "criteria_met": COUNT,
            "targets": array(target),
            "departments": array(department),
            "funding": array(funding),
            "unfunded_failing_criteria": IDS,
            "unowned_criteria": IDS,
            "shared_criteria": IDS,
        }
    )
    return top, {}


def diff_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.diff/1``."""
    figure = obj({"value": FIGURE, "verification": VERIFICATION})
    side = nullable(obj({"status": STATUS, "column": STRING, "threshold": FIGURE}))
    indicator = obj(
        {
            "old_id": nullable(STRING),
            "new_id": nullable(STRING),
            "status": STRING,
            "confidence": STRING,
            "note": STRING,
            "thresholds": mapping(obj({"old": figure, "new": figure})),
            "commune": obj({"old": side, "new": side}),
        },
        optional=("commune",),
    )
    top = obj(
        {
            "schema": constant("ntm_rules.diff/1"),
            "from": STRING,
            "to": STRING,
            "basis": STRING,
            "citation": nullable(CITATION),
            "criteria": array(
                obj({"new_id": nullable(STRING), "old_ids": IDS, "confidence": STRING})
            ),
            "indicators": array(indicator),
        }
    )
    return top, dict(CITATIONS)


def model_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.model/1``."""
    condition = obj(
        {
            "key": STRING,
            "status": STATUS,
            "reason": STRING,
            "verification": VERIFICATION,
            "figure": nullable(NUMBER),
            "measured": FIGURE,
            "gap": nullable(NUMBER),
            "citation": CITATION,
        }
    )
    top = obj(
        {
            "schema": constant("ntm_rules.model/1"),
            "rules": STRING,
            "commune": STRING,
            "year": INTEGER,
            "verdict": VERDICT,
            "advanced": obj({"rulebook": STRING, "verdict": VERDICT}),
            "conditions": array(condition),
        }
    )
    return top, dict(CITATIONS)


def _view_rows(properties: dict[str, Schema], **extra: Schema) -> Schema:
    scoped = {"scope": {"enum": ["all", "province"]}, "province": nullable(STRING)}
    return array({**obj({**scoped, **properties}), **extra})


def batch_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.batch/1``: the counts and every view of a batch as rows."""
    share = nullable(NUMBER)
    tallies = {
        "name": STRING,
        "communes": COUNT,
        "pass": COUNT,
        "fail": COUNT,
        "unknown": COUNT,
        "pass_rate": share,
        "fail_rate": share,
        "unknown_rate": share,
    }
    communes = obj(
        {
            "row": INTEGER,
            "commune": STRING,
            "province": nullable(STRING),
            "year": INTEGER,
            "column": STRING,
            "criteria_met": COUNT,
            "criteria_total": COUNT,
            "verdict": VERDICT,
            "blockers": STRING,
        }
    )
    communes["additionalProperties"] = STATUS  # one status per criterion and indicator
    summary = _view_rows(
        {
            "communes": COUNT,
            "met": COUNT,
            "not_met": COUNT,
            "cannot_conclude": COUNT,
            "met_share": share,
            "average_criteria_met": share,
            "criteria_total": COUNT,
        },
        # the QĐ 07/2022 bands, named after the edition's number of criteria
        patternProperties={r"^(under_\d+|\d+_to_\d+|all_\d+)$": COUNT},
    )
    top = obj(
        {
            "schema": constant("ntm_rules.batch/1"),
            "rulebook": STRING,
            "verified_only": BOOLEAN,
            "engine": {"enum": ["vector", "scalar"]},
            "read": COUNT,
            "evaluated": COUNT,
            "rejected": COUNT,
            "communes": array(communes),
            "summary": summary,
            "distribution": _view_rows({"criteria_met": COUNT, "communes": COUNT, "share": share}),
            "criteria": _view_rows({"criterion": STRING, **tallies}),
            "indicators": _view_rows({"indicator": STRING, **tallies}),
            "problems": array(
                obj({"row": nullable(INTEGER), "column": nullable(STRING), "message": STRING})
            ),
        }
    )
    return top, {}


def verification_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.verification/1``: what ``ntm-rules verify --format json`` reports."""
    difference = obj({"path": STRING, "recorded": {}, "now": {}})
    top = obj(
        {
            "schema": constant("ntm_rules.verification/1"),
            "rulebook": STRING,
            "confirmed": BOOLEAN,
            "intact": BOOLEAN,
            "same_rulebook": BOOLEAN,
            "differences": array(difference),
            "more_differences": COUNT,
        }
    )
    return top, {}
