"""Hypothesis strategies for whole tables: rulebooks with overrides, rows of every kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

import ntm_rules
from ntm_rules import Category, Region
from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.evaluators.numeric import NumericIndicator, RateIndicator
from tests.strategies import RULEBOOKS, in_unit, raw_value, written

PROVINCES = ("Lai Châu", "Điện Biên", " Sơn La ")
WORDS = ("Đạt", "chưa đạt", "x", "không đạt", "1", "0", True, False)


def bounds(indicator: Indicator, book: ntm_rules.Rulebook) -> list[float]:
    """Every numeric figure of an indicator's thresholds and rule figures."""
    found = {
        float(v.value)
        for _, v in indicator.thresholds.values()
        if isinstance(v.value, int | float) and not isinstance(v.value, bool)
    }
    for table in indicator.parameters.values():
        found.update(
            float(v.value)
            for _, v in table.values()
            if isinstance(v.value, int | float) and not isinstance(v.value, bool)
        )
    del book
    return sorted(found) or [50.0]


@st.composite
def near_bound(draw: st.DrawFn, indicator: Indicator, book: ntm_rules.Rulebook) -> Any:
    """A value at, or a hair from, one of the indicator's bounds; counts at the bound."""
    bound = draw(st.sampled_from(bounds(indicator, book)))
    unit = indicator.unit
    maximum = unit.maximum if unit.maximum is not None else 1e9
    if isinstance(indicator, RateIndicator) and 0 < bound <= 100 and draw(st.booleans()):
        if draw(st.booleans()):  # decimal counts whose float rate misses the bound: 2.32/2.9
            whole = draw(st.sampled_from([2.9, 0.7, 1.1, 3.3, 0.29]))
            part = round(bound * whole / 100, 6)
            return f"{written(part, 'vi')}/{written(whole, 'vi')}"
        denominator = draw(st.sampled_from([1, 3, 7, 10, 29, 100, 450, 1000]))
        numerator = round(bound * denominator / 100) + draw(st.sampled_from([-1, 0, 0, 1]))
        numerator = min(max(numerator, 0), denominator)
        if draw(st.booleans()):
            return {"numerator": numerator, "denominator": denominator}
        scale = draw(st.sampled_from([1, 10, 100]))
        return f"{written(numerator / scale, 'vi')}/{written(denominator / scale, 'vi')}"
    step = draw(st.sampled_from([0.0, 0.0, 1e-12, -1e-12, 0.1, -0.1]))
    value = min(max(bound + step, unit.minimum), maximum)
    return value if draw(st.booleans()) else written(value, draw(st.sampled_from(["en", "vi"])))


def cell(indicator: Indicator, book: ntm_rules.Rulebook) -> st.SearchStrategy[Any]:
    """A cell as users type it: blank, words, numbers near the bound, or a bad value."""
    blank = st.sampled_from([None, "", "-", "n/a"])
    bad = st.sampled_from(["abc", "1.234", "150 %", [1], {"x": 1}])
    forms = [blank, raw_value(indicator)]
    if isinstance(indicator, NumericIndicator):
        forms += [near_bound(indicator, book), near_bound(indicator, book)]
    elif isinstance(indicator, ScoredIndicator):
        scores = st.sampled_from([0, 49.5, 50, 60, 69.99, 70, 70.5, 100, "70 điểm"])
        forms += [st.sampled_from(WORDS), scores]
    elif isinstance(indicator, CompositeIndicator):
        forms += [st.sampled_from(WORDS), _parts(indicator)]
    else:
        forms.append(st.sampled_from(WORDS))
    good = st.one_of(*forms)
    return st.sampled_from([False] * 29 + [True]).flatmap(lambda odd: bad if odd else good)


@st.composite
def _parts(draw: st.DrawFn, indicator: CompositeIndicator) -> dict[str, Any]:
    parts: dict[str, Any] = {}
    for name, kind in indicator.parts.items():
        if draw(st.integers(0, 4)) == 0:
            continue
        if kind.name == "FLAG":
            parts[name] = draw(st.booleans())
        elif kind.name == "LEVEL":
            parts[name] = draw(st.sampled_from([1, 2, 3]))
        elif kind.name == "COUNT":
            parts[name] = draw(st.integers(0, 12))
        else:
            parts[name] = draw(st.sampled_from([0, 50, 60, 70, 80, 89.9, 90, 95, 100]))
    return parts


@st.composite
def overrides(draw: st.DrawFn, book: ntm_rules.Rulebook) -> ntm_rules.Rulebook:
    """``book``, or a derivation with other, dated, unverified or unknown figures."""
    if draw(st.booleans()):
        return book
    numeric = [i for i in book.indicators() if isinstance(i, NumericIndicator)]
    achieved = [i for i in book.indicators() if not isinstance(i, NumericIndicator)]
    thresholds: dict[str, Any] = {}
    for indicator in draw(st.lists(st.sampled_from(numeric), max_size=4)) if numeric else []:
        column = draw(st.sampled_from(["all", *book.columns.codes]))
        value = draw(st.one_of(st.none(), in_unit(indicator).map(lambda v: round(v, 2))))
        entry: dict[str, Any] = {"value": value}
        if value is not None:
            entry["verification"] = draw(st.sampled_from(["verified", "unverified"]))
        if draw(st.booleans()):
            day = draw(st.dates(dt.date(book.first_year, 1, 1), dt.date(book.last_year, 12, 31)))
            entry["effective_from"] = day.isoformat()
        thresholds[indicator.id] = {column: entry}
    for other in draw(st.lists(st.sampled_from(achieved), max_size=2)) if achieved else []:
        column = draw(st.sampled_from(["all", *book.columns.codes]))
        thresholds[other.id] = {column: {"value": draw(st.sampled_from([True, None]))}}
    parameters: dict[str, Any] = {}
    scored = [i for i in book.indicators() if isinstance(i, ScoredIndicator)]
    if draw(st.booleans()) and scored:
        checklist = draw(st.sampled_from(scored))
        low = draw(st.sampled_from([None, 50, 60]))
        parameters[checklist.id] = {
            "score_minimum": {"all": {"value": low, "verification": "unverified"}},
            "score_upper": {"all": draw(st.sampled_from([None, 70, 80]))},
        }
    document = {
        "schema": "ntm_rules.overrides/1",
        "id": "what-if",
        "base": book.id,
        "citation": {"instrument": "What-if"},
        "verification": draw(st.sampled_from(["verified", "unverified"])),
        "thresholds": thresholds,
        "parameters": parameters,
    }
    return ntm_rules.apply_overrides(book, ntm_rules.load_overrides(document))


def rare(seldom: st.SearchStrategy[Any], often: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``seldom`` once in 20 draws, ``often`` otherwise."""
    return st.sampled_from([False] * 19 + [True]).flatmap(lambda odd: seldom if odd else often)


@st.composite
def rows(draw: st.DrawFn, book: ntm_rules.Rulebook) -> list[dict[str, Any]]:
    """Rows as profile documents (``values`` holds every cell, blanks included)."""
    chosen = draw(
        st.lists(st.sampled_from(book.indicator_ids), unique=True, max_size=12)
        if book.indicator_ids
        else st.just([])
    )
    found = []
    for _ in range(draw(st.integers(1, 8))):
        categories = sorted(
            c.key for c in draw(st.frozensets(st.sampled_from(list(Category)), max_size=3))
        )
        row: dict[str, Any] = {
            "commune": draw(st.sampled_from(["Thu Lũm", "Ka Lăng", "Mù Cả"])),
            "province": draw(st.sampled_from(PROVINCES)),
            "year": draw(
                rare(
                    st.sampled_from([book.first_year - 1, book.last_year + 1]),
                    st.integers(book.first_year, book.last_year),
                )
            ),
            "categories": categories,
        }
        if book.columns.dimension == "group":
            row["group"] = draw(
                rare(st.just("9"), st.sampled_from([None, "1", "2", "3", 3, "nhóm 2"]))
            )
            row["facts"] = {
                "adjacent_urban_oriented": draw(st.sampled_from([None, True, "có", "không"])),
                "agriculture_share": draw(st.sampled_from([None, 5, "9,5 %", 40])),
            }
        else:
            row["region"] = draw(
                rare(
                    st.sampled_from([None, "XX"]),
                    st.sampled_from([*(r.code for r in Region), "Tây Nguyên"]),
                )
            )
        row["values"] = {key: draw(cell(book.indicator(key), book)) for key in chosen}
        found.append(row)
    return found


@st.composite
def tables(draw: st.DrawFn) -> tuple[ntm_rules.Rulebook, list[dict[str, Any]], bool]:
    """A rulebook (perhaps derived), rows for it, and the verified-only mode."""
    book = draw(overrides(draw(st.sampled_from(RULEBOOKS))))
    return book, draw(rows(book)), draw(st.booleans())


def as_columns(found: list[dict[str, Any]], *, text: bool) -> dict[str, list[Any]]:
    """The rows as a wide table: one column per field, fact and indicator."""
    keys: list[str] = []
    for row in found:
        for key in row:
            if key not in ("values", "facts") and key not in keys:
                keys.append(key)
        for key in [*row.get("facts", {}), *row["values"]]:
            if key not in keys:
                keys.append(key)
    columns: dict[str, list[Any]] = {key: [] for key in keys}
    for row in found:
        flat = {**row, **row.get("facts", {}), **row["values"]}
        for key in keys:
            value = flat.get(key)
            if key == "categories" and text:
                value = "; ".join(value or [])
            elif key == "year" and text:
                value = str(value)
            columns[key].append(value)
    return columns
