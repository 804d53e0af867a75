"""A classified review as pyarrow tables: households, summary, hand-offs, deprivations, problems.

Written by :func:`ntm_rules.batch.output.write` to CSV, Parquet or Excel (one sheet per
view). Codes stay codes (``poor``, ``deprived``); one column per table gives the words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]

from ntm_rules.batch.output import problems_table
from ntm_rules.households.classify import CLASSES, LINES, STATUSES, HouseholdClass
from ntm_rules.households.explain import class_name
from ntm_rules.households.facts import names_of
from ntm_rules.households.summary import Summary
from ntm_rules.households.vector import Codes, monthly_income

if TYPE_CHECKING:
    from ntm_rules.households.review import ReviewResult


def views(result: ReviewResult, lang: str) -> dict[str, Any]:
    """Every view of a review, by name."""
    summary = result.summary()
    return {
        "households": households_table(result, lang),
        "summary": summary_table(summary, lang),
        "handoff": handoff_table(summary),
        "deprivations": deprivations_table(summary, lang),
        "problems": problems_table(result.problems),
    }


def households_table(result: ReviewResult, lang: str) -> Any:
    """One row per household: its class, income against the line, each indicator's status."""
    codes: Codes = result.codes
    table = result.table
    income = monthly_income(table.columns)
    line = np.array([_value(result.standard.line(a)) for a in ("rural", "urban")] + [np.nan])
    area = np.where(np.isnan(table.columns["area"]), 2, table.columns["area"]).astype(np.intp)
    columns: dict[str, Any] = {
        "row": pa.array(table.rows, pa.int64()),
        "household": pa.array(table.id_list(), pa.string()),
        "village": table.villages
        if table.villages is not None
        else pa.nulls(table.length, pa.string()),
        "class": _labels(codes.classes, [c.value for c in CLASSES]),
        "class_name": _labels(codes.classes, [class_name(c, lang) for c in CLASSES]),
        "income_per_person_month": pa.array(income, pa.float64(), from_pandas=True),
        "line": pa.array(line[area], pa.float64(), from_pandas=True),
        "against_line": _labels(codes.lines, [v.value for v in LINES]),
        "deprived": pa.array(codes.deprived, pa.int8()),
        "missing": _missing(codes.missing),
        "unverified": pa.array(codes.unverified, pa.bool_()),
    }
    labels = [s.value for s in STATUSES] + ["not_assessed"]
    for row, indicator in enumerate(result.standard.indicators):
        status = np.where(codes.statuses[row] < 0, len(STATUSES), codes.statuses[row])
        columns[f"{indicator.id} {indicator.key}"] = _labels(status, labels)
    return pa.table(columns)


def _value(figure: Any) -> float:
    return float("nan") if figure.value is None else float(figure.value)


def _labels(codes: Any, labels: list[str]) -> Any:
    return pa.DictionaryArray.from_arrays(
        pa.array(np.asarray(codes, dtype=np.int32)), pa.array(labels, pa.string())
    ).dictionary_decode()


def _missing(masks: Any) -> Any:
    distinct, inverse = np.unique(masks, return_inverse=True)
    texts = [", ".join(names_of(int(mask))) for mask in distinct.tolist()]
    return _labels(inverse.ravel(), texts or [""])


def summary_table(summary: Summary, lang: str) -> Any:
    """One row per class: how many households and their share of all (percent).

    A class's share is empty while some households cannot be classified (it could still
    change), as :meth:`Summary.class_rate` says; the share of those is known.
    """
    classes = list(summary.classes)
    unclassified = HouseholdClass.CANNOT_CLASSIFY
    shares = [
        summary.rate(summary.classes[c]) if c is unclassified else summary.class_rate(c)
        for c in classes
    ]
    return pa.table(
        {
            "class": [c.value for c in classes],
            "class_name": [class_name(c, lang) for c in classes],
            "households": pa.array([summary.classes[c] for c in classes], pa.int64()),
            "share_percent": pa.array(shares, pa.float64()),
        }
    )


def handoff_table(summary: Summary) -> Any:
    """What goes to indicators 10 and 11 of the commune profile, or why nothing can."""
    handoffs = (summary.income, summary.poverty)
    return pa.table(
        {
            "indicator": [h.indicator for h in handoffs],
            "value": [_shown(h) for h in handoffs],
            "numerator": pa.array([h.numerator for h in handoffs], pa.float64()),
            "denominator": pa.array([h.denominator for h in handoffs], pa.float64()),
            "reason": [h.reason for h in handoffs],
            "households_concerned": pa.array([h.count for h in handoffs], pa.int64()),
            "status": [h.status.value for h in handoffs],
        }
    )


def _shown(handoff: Any) -> str | None:
    """The profile value as text: counts as ``125/400`` (which a profile reads too)."""
    if handoff.value is None:
        return None
    if isinstance(handoff.value, dict):
        return f"{handoff.value['numerator']}/{handoff.value['denominator']}"
    return str(handoff.value)


def deprivations_table(summary: Summary, lang: str) -> Any:
    """One row per indicator: deprived, assessed and undecided households at or under the line."""
    rows = summary.indicators
    names = {i.id: i.name(lang) for i in summary.standard.indicators}
    return pa.table(
        {
            "indicator": pa.array([r.id for r in rows], pa.int32()),
            "key": [r.key for r in rows],
            "name": [names[r.id] for r in rows],
            "deprived": pa.array([r.deprived for r in rows], pa.int64()),
            "assessed": pa.array([r.assessed for r in rows], pa.int64()),
            "undecided": pa.array([r.undecided for r in rows], pa.int64()),
            "rate_percent": pa.array([r.rate for r in rows], pa.float64()),
        }
    )
