"""The NumPy path gives the per-household path's codes, for every generated household."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st

from ntm_rules.households.classify import classify
from ntm_rules.households.facts import FACT_NAMES
from ntm_rules.households.review import classify_households, household_at
from ntm_rules.households.standards import PovertyStandard, load_standard, standard_for_year
from ntm_rules.households.vector import Codes, classify_columns, codes_of
from tests.households.strategies import households

_FIELDS = ("classes", "lines", "statuses", "deprived", "missing", "unverified")


def _filled_351() -> PovertyStandard:
    """351/2025's lines with 07/2021's indicators, as a user's standards file would give them."""
    old, new = standard_for_year(2025), standard_for_year(2027)
    document = {
        "schema": "ntm_rules.poverty_standard/1",
        "id": "user.filled",
        "name_vi": "x",
        "name_en": "x",
        "first_year": 2027,
        "last_year": 2030,
        "citation": {"instrument": "user"},
        "income_lines": {
            area: {
                "value": new.line(area).value,
                "status": "unverified",
                "citation": {"instrument": "u"},
            }
            for area in ("rural", "urban")
        },
        "average_band": {
            area: {"value": None, "status": "unknown", "citation": {"instrument": "u"}}
            for area in ("rural", "urban")
        },
        "poor_deprivations": {"value": 3, "status": "verified", "citation": {"instrument": "u"}},
        "indicators_complete": True,
        "indicators": [
            {
                "id": i.id,
                "key": i.key,
                "service": i.service,
                "name_vi": i.name_vi,
                "name_en": i.name_en,
                "rule": i.rule,
                "parameters": i.parameters,
                "status": "unknown" if i.id == 5 else i.status.value,
                "citation": {"instrument": "u"},
            }
            for i in old.indicators
        ],
    }
    return load_standard(document)


STANDARDS = (standard_for_year(2025), standard_for_year(2027), _filled_351())


def _columns(records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    return {name: [r[name] for r in records] for name in FACT_NAMES}


def _same(a: Codes, b: Codes) -> None:
    for name in _FIELDS:
        assert np.array_equal(getattr(a, name), getattr(b, name)), name


@given(st.lists(households(), min_size=1, max_size=40), st.sampled_from(STANDARDS))
def test_vector_path_gives_the_scalar_codes(
    records: list[dict[str, Any]], standard: PovertyStandard
) -> None:
    """Class, line, every indicator's status, deprived count, missing facts and flags agree."""
    table = _columns(records)
    vector = classify_households(table, standard=standard, engine="vector")
    scalar = classify_households(table, standard=standard, engine="scalar")
    assert not vector.problems
    _same(vector.codes, scalar.codes)


@given(st.lists(households(), min_size=1, max_size=20), st.sampled_from(STANDARDS))
def test_typed_arrow_columns_read_as_python_values(
    records: list[dict[str, Any]], standard: PovertyStandard
) -> None:
    """A typed Arrow table (checked with array operations) reads as the same values."""
    plain = classify_households(_columns(records), standard=standard, engine="vector")
    arrow = pa.table(
        {
            name: pa.array([None if v is None else v for v in values])
            for name, values in _columns(records).items()
        }
    )
    typed = classify_households(arrow, standard=standard, engine="vector")
    _same(plain.codes, typed.codes)


@given(st.lists(households(), min_size=1, max_size=20))
def test_each_row_classified_alone_is_the_same(records: list[dict[str, Any]]) -> None:
    """classify() on each record equals classify_columns() over the whole table."""
    standard = standard_for_year(2025)
    result = classify_households(_columns(records), standard=standard, engine="vector")
    alone = [classify(household_at(result.table, i), standard) for i in range(result.table.length)]
    _same(codes_of(alone, standard), classify_columns(result.table.columns, standard))
