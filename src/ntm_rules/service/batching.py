"""``POST /batch``: rows as JSON, or a CSV table, evaluated by :func:`ntm_rules.batch.evaluate_many`.

Needs the ``batch`` extra (numpy, pyarrow); imported only when a batch request comes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from ntm_rules.batch import documents
from ntm_rules.batch.engine import BatchResult, evaluate_many
from ntm_rules.exceptions import OutOfRangeError, WrongKindError
from ntm_rules.messages import Message
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.errors import ROWS_LIMIT, RequestTooLargeError, json_views
from ntm_rules.service.handlers import TIERS
from ntm_rules.service.requests import Members
from ntm_rules.service.uploads import spooled

_MEMBERS = ("rows", "csv", "rulebook", "tier", "verified_only")
_CELL_KINDS = (str, int, float, bool, type(None))


def batch_from_json(body: Mapping[str, Any], config: ServiceConfig) -> dict[str, Any]:
    """A batch given as ``{"rows": [{column: value, …}, …]}`` or ``{"csv": "text"}``."""
    members = Members(body, _MEMBERS)
    verified_only = members.boolean("verified_only")
    tier = members.choice("tier", TIERS, "basic")
    rulebook = members.rulebook(config)
    has_rows, has_csv = "rows" in body, "csv" in body
    if has_rows == has_csv:
        members.add(WrongKindError("rows", "give the table as rows (a list of objects) or csv"))
    csv_text = body.get("csv")
    if has_csv and not isinstance(csv_text, str):
        members.add(WrongKindError("csv", "expected the CSV table as text"))
    columns = _columns(body.get("rows"), members, config) if has_rows else {}
    members.raise_if_any()
    if has_csv:
        return batch_from_csv(str(csv_text).encode("utf-8"), config, rulebook, tier, verified_only)
    result = evaluate_many(columns, rulebook, tier=tier, verified_only=verified_only)
    return batch_document(result)


def _columns(rows: object, members: Members, config: ServiceConfig) -> dict[str, list[Any]]:
    """The rows as columns (a missing cell is empty); each bad row is a problem."""
    if not isinstance(rows, list):
        members.add(WrongKindError("rows", "expected a list of objects, one per commune"))
        return {}
    if len(rows) > config.max_rows:
        problem = OutOfRangeError("rows", Message(ROWS_LIMIT, limit=config.max_rows))
        raise RequestTooLargeError([problem], "request")
    names: dict[str, None] = {}
    for n, row in enumerate(rows):
        if not isinstance(row, Mapping):
            members.add(WrongKindError(f"rows[{n}]", "expected an object: column → value"))
            continue
        for key, value in row.items():
            names.setdefault(key)
            if not isinstance(value, _CELL_KINDS):
                members.add(
                    WrongKindError(f"rows[{n}].{key}", "expected text, a number, a boolean or null")
                )
    return {
        name: [row.get(name) if isinstance(row, Mapping) else None for row in rows]
        for name in names
    }


def batch_from_csv(
    data: bytes,
    config: ServiceConfig,
    rulebook: Any = None,
    tier: str = "basic",
    verified_only: bool = False,
) -> dict[str, Any]:
    """A batch given as a CSV table (the body itself, or the ``csv`` member)."""
    records = _records(data)
    if records > config.max_rows:
        problem = OutOfRangeError("body", Message(ROWS_LIMIT, limit=config.max_rows))
        raise RequestTooLargeError([problem], "request")
    with spooled(data, "body.csv") as path:
        result = evaluate_many(path, rulebook, tier=tier, verified_only=verified_only)
        return batch_document(result)


def _records(data: bytes) -> int:
    """How many records follow the heading line (an upper bound when the text is not CSV)."""
    text = data.decode("utf-8", errors="replace")
    try:
        return max(sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1, 0)
    except csv.Error:
        return text.count("\n")


def batch_document(result: BatchResult) -> dict[str, Any]:
    """The batch result as JSON (schema ``ntm_rules.batch/1``), as ``ntm_rules.batch`` writes it.

    Shares of no commune are null (JSON has no NaN); problem messages carry no server path.
    """
    return json_views(documents.batch_document(result), tuple(documents.VIEWS))
