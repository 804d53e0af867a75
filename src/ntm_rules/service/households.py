"""``POST /households/summary``: a household review document in, the commune's summary out.

The body is a review document (schema ``ntm_rules.households/1``, a ``households`` list), as
:func:`ntm_rules.households.classify_households` reads; the poverty standard is the one in
force for the data year (a request cannot name a standards file).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ntm_rules.exceptions import InvalidInputError, OutOfRangeError, WrongKindError
from ntm_rules.households.review import classify_households
from ntm_rules.households.summary import profile_values
from ntm_rules.messages import Message
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.errors import ROWS_LIMIT, RequestTooLargeError, json_views

SUMMARY_SCHEMA: Final = "ntm_rules.households_summary/1"
VIEWS: Final = ("summary", "handoff", "deprivations", "households", "problems")


def households_document(body: Mapping[str, Any], config: ServiceConfig) -> dict[str, Any]:
    """Classify every household of the review and answer the summary and every view."""
    households = body.get("households")
    if not isinstance(households, list):
        problem = WrongKindError(
            "households", "expected a review document with a list of households"
        )
        raise InvalidInputError([problem], "request")
    if len(households) > config.max_rows:
        limit = Message(ROWS_LIMIT, limit=config.max_rows)
        raise RequestTooLargeError([OutOfRangeError("households", limit)], "request")
    result = classify_households(body)
    summary = result.summary()
    views = result.views("en")
    document: dict[str, Any] = {
        "schema": SUMMARY_SCHEMA,
        "standard": summary.standard.id,
        "commune": summary.commune,
        "year": summary.year,
        "households": summary.households,
        "poverty_rate_percent": summary.poverty_rate,
        "profile_values": profile_values(summary),
        "engine": result.engine,
    }
    for name in VIEWS:
        rows = views[name].to_pylist() if name in views else []
        document["household_rows" if name == "households" else name] = rows
    named = tuple("household_rows" if name == "households" else name for name in VIEWS)
    return json_views(document, named)
