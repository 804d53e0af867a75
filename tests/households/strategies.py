"""Hypothesis strategies: household records around every bound of the shipped standards."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from ntm_rules.households.facts import FACTS, INCOME_SECTIONS, LATRINES, WATER_SOURCES, Kind

LINES = (1_500_000, 2_000_000, 2_200_000, 2_250_000, 2_800_000, 3_000_000)
"""Every line and band top of Nghị định 07/2021 and 351/2025 (VND/person/month)."""


_money = st.one_of(
    st.sampled_from(LINES).flatmap(lambda line: st.sampled_from([line - 1, line, line + 1])),
    st.integers(0, 6_000_000),
)
_count = st.one_of(st.just(0), st.just(0), st.integers(0, 9))
_KINDS: dict[Kind, st.SearchStrategy[Any]] = {
    Kind.COUNT: _count,
    Kind.MONEY: st.integers(0, 300_000_000),
    Kind.NET_MONEY: st.integers(-20_000_000, 200_000_000),
    Kind.AREA: st.one_of(st.integers(0, 120), st.floats(0, 120, allow_nan=False)),
    Kind.WEIGHT: st.floats(0.5, 50, allow_nan=False),
    Kind.FLAG: st.booleans(),
}


@st.composite
def households(draw: st.DrawFn) -> dict[str, Any]:
    """One household's facts as plain values (``None``: not given), often near a bound."""
    record: dict[str, Any] = {}
    gaps = draw(st.booleans())  # half the records give every fact

    def _maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(st.none(), values, values, values) if gaps else values

    for fact in FACTS:
        if fact.name == "area":
            record["area"] = draw(_maybe(st.sampled_from(["rural", "urban"])))
        elif fact.name == "water_source":
            record[fact.name] = draw(_maybe(st.sampled_from(WATER_SOURCES)))
        elif fact.name == "latrine":
            record[fact.name] = draw(_maybe(st.sampled_from(LATRINES)))
        elif fact.name == "income_per_person_month":
            record[fact.name] = draw(_maybe(_money))
        elif fact.name == "members":
            record[fact.name] = draw(_maybe(st.integers(1, 9)))
        elif fact.name in ("internet_users", "information_devices", "children_3_15_at_school"):
            record[fact.name] = draw(_maybe(st.integers(0, 9)))
        else:
            record[fact.name] = draw(_maybe(_KINDS[fact.kind]))
    if draw(st.booleans()) and record["members"]:  # income exactly on a line, from the sections
        line = draw(st.sampled_from(LINES)) + draw(st.sampled_from([-1, 0, 1]))
        total = line * 12 * record["members"]
        record.update(dict.fromkeys(INCOME_SECTIONS, 0))
        record["crops"] = total
        record["production_costs"] = None
        record["income_per_person_month"] = None
    for fact in FACTS:  # keep the counts consistent, as the reader would leave them
        bound = record.get(fact.at_most) if fact.at_most else None
        if bound is not None and record[fact.name] is not None:
            record[fact.name] = min(record[fact.name], bound)
    return record
