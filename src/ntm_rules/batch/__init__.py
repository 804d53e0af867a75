"""Province-scale evaluation: a wide table of communes in, results and aggregates out.

Needs the ``batch`` extra (numpy, narwhals, pyarrow, tqdm); ``import ntm_rules`` does not
load it. See ``docs/batch.md``.

Examples:
    >>> from ntm_rules.batch import evaluate_many
    >>> result = evaluate_many({"commune": ["A", "B"], "region": ["TN", "TN"],
    ...                         "year": [2024, 2024], "3.1": ["79,5", "81"]})
    >>> result.evaluated, result.communes_table()["3.1"].to_pylist()
    (2, ['fail', 'pass'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ntm_rules._lazy import lazy_exports

if TYPE_CHECKING:
    from ntm_rules.batch.engine import BatchResult, evaluate_many
    from ntm_rules.batch.problems import RowProblem
    from ntm_rules.batch.table import read_table

__all__ = ["BatchResult", "RowProblem", "evaluate_many", "read_table"]

_HOMES = {
    "BatchResult": "ntm_rules.batch.engine",
    "evaluate_many": "ntm_rules.batch.engine",
    "RowProblem": "ntm_rules.batch.problems",
    "read_table": "ntm_rules.batch.table",
}


__getattr__ = lazy_exports(__name__, _HOMES)
"""Load the batch modules (and numpy, pyarrow) only when they are used."""
