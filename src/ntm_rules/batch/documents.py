"""A batch result as one JSON document (schema ``ntm_rules.batch/1``), for apps and services.

Each view of :meth:`~ntm_rules.batch.engine.BatchResult.views` becomes a list of rows, one
object per row, with the columns of the view as fields; statuses and verdicts are their
codes (``pass``, ``not_met``…).
"""

from __future__ import annotations

from typing import Any

from ntm_rules.batch.engine import BatchResult

BATCH_SCHEMA = "ntm_rules.batch/1"
VIEWS = ("communes", "summary", "distribution", "criteria", "indicators", "problems")


def batch_document(result: BatchResult) -> dict[str, Any]:
    """The whole batch: the counts, then every view as rows."""
    views = result.views()
    document: dict[str, Any] = {
        "schema": BATCH_SCHEMA,
        "rulebook": result.rulebook.id,
        "verified_only": result.verified_only,
        "engine": result.engine,
        "read": result.read,
        "evaluated": result.evaluated,
        "rejected": result.rejected,
    }
    for name in VIEWS:
        document[name] = views[name].to_pylist()
    return document
