"""The vector path gives the scalar path's verdicts, on every kind of generated table.

Every edition, region, category set and year (some outside the edition), the commune
groups and their facts, verified-only mode, derived rulebooks with dated, unverified and
unknown figures, values at their bounds (counts exactly at a rate's bound included) and
bad values. Each row is also loaded as a profile: a row the batch rejects is one
:func:`ntm_rules.load_profile` or :func:`ntm_rules.evaluate` refuses, and the others get
exactly :func:`ntm_rules.evaluate`'s statuses, reasons, criteria counts and verdicts.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given

import ntm_rules
from ntm_rules.batch import codes
from ntm_rules.batch.engine import evaluate_many
from tests.batch.strategies import as_columns, tables


def _scalar(book: ntm_rules.Rulebook, row: dict[str, Any], verified_only: bool) -> Any:
    document = {key: value for key, value in row.items() if key != "values"}
    document["values"] = {k: v for k, v in row["values"].items() if not _blank(v)}
    if isinstance(document.get("province"), str):
        document["province"] = document["province"].strip()
    if document.get("group") is None:
        document.pop("group", None)
    if document.get("region") is None:
        document.pop("region", None)
    facts = {k: v for k, v in document.get("facts", {}).items() if v is not None}
    document.pop("facts", None)
    if facts:
        document["facts"] = facts
    try:
        profile = ntm_rules.load_profile(document, book)
        return ntm_rules.evaluate(profile, book, verified_only=verified_only)
    except ntm_rules.InvalidInputError:
        return None


def _blank(value: object) -> bool:
    from ntm_rules.reading import is_blank  # noqa: PLC0415

    return not isinstance(value, dict | list) and is_blank(value)


@given(tables())
def test_vector_path_gives_the_scalar_verdicts(
    case: tuple[ntm_rules.Rulebook, list[dict[str, Any]], bool],
) -> None:
    book, rows, verified_only = case
    for text in (False, True):
        table = as_columns(rows, text=text)
        vector = evaluate_many(table, book, verified_only=verified_only, engine="vector")
        scalar = evaluate_many(table, book, verified_only=verified_only, engine="scalar")
        assert np.array_equal(vector.outcome.indicators, scalar.outcome.indicators)
        assert np.array_equal(vector.outcome.criteria, scalar.outcome.criteria)
        assert np.array_equal(vector.outcome.met, scalar.outcome.met)
        assert np.array_equal(vector.outcome.worst, scalar.outcome.worst)
        assert vector.rows.tolist() == scalar.rows.tolist()
        evaluated = {row: n for n, row in enumerate(vector.rows.tolist())}
        for position, row in enumerate(rows):
            expected = _scalar(book, row, verified_only)
            if expected is None:
                assert position not in evaluated, (position, row)
                continue
            assert position in evaluated, (position, row, vector.problems)
            n = evaluated[position]
            got = [
                (codes.status_of(c), codes.reason_of(c))
                for c in vector.outcome.indicators[:, n].tolist()
            ]
            assert got == [(r.status, r.reason) for r in expected.indicators]
            criteria = vector.outcome.criteria[:, n].tolist()
            assert [codes.status_of(c) for c in criteria] == [c.status for c in expected.criteria]
            assert [codes.criterion_reason(c) for c in criteria] == [
                c.reason for c in expected.criteria
            ]
            assert int(vector.outcome.met[n]) == expected.criteria_met
            assert codes.VERDICTS[int(vector.outcome.verdicts[n])] is expected.verdict
        assert vector.read == len(rows)
        assert vector.rejected == len(rows) - len(evaluated)
