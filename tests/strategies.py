"""Shared hypothesis strategies driven by the shipped rulebook data.

Regions, categories, years, values in every accepted form, profiles, override tables and
plans.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

import ntm_rules
from ntm_rules import Category, Region
from ntm_rules.editions import REGISTRY, edition
from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.evaluators.numeric import NumericIndicator, RateIndicator
from ntm_rules.plan.model import FundingSource
from ntm_rules.thresholds import Direction

RULEBOOKS = tuple(edition(spec.id) for spec in REGISTRY)
INDICATORS: tuple[tuple[ntm_rules.Rulebook, Indicator], ...] = tuple(
    (book, indicator) for book in RULEBOOKS for indicator in book.indicators()
)
NUMERIC = tuple((b, i) for b, i in INDICATORS if isinstance(i, NumericIndicator))
RATES = tuple((b, i) for b, i in INDICATORS if isinstance(i, RateIndicator))

regions = st.sampled_from(list(Region))
categories = st.frozensets(st.sampled_from(list(Category)), max_size=3)
years = st.integers(min_value=2022, max_value=2025)


def in_unit(indicator: Indicator, *, min_value: float | None = None) -> st.SearchStrategy[float]:
    """Valid values of an indicator's canonical unit."""
    unit = indicator.unit
    maximum = unit.maximum if unit.maximum is not None else 1e6
    low = unit.minimum if min_value is None else max(unit.minimum, min_value)
    if unit.whole:  # a count of houses: whole numbers only
        return st.integers(min_value=math.ceil(low), max_value=int(maximum)).map(float)
    return st.floats(min_value=low, max_value=maximum, allow_nan=False, allow_infinity=False)


def written(value: float | Decimal, lang: str = "en") -> str:
    """``value`` as a person writes it: no exponent; ``vi`` uses 1.234.567,5.

    A fraction of exactly three digits after a short whole part would be ambiguous (1.234),
    so it is written with a fourth digit (1.2340), as the reader asks.
    """
    number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    text = format(number, "f")
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    if len(fraction) == 3:
        fraction += "0"
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    if lang == "vi":
        grouped = f"{int(digits):,}".replace(",", ".")
        if grouped.count(".") == 1 and not fraction:
            fraction = "0"  # 1.000 alone is ambiguous; 1.000,0 is not
        return sign + grouped + ("," + fraction if fraction else "")
    return sign + digits + ("." + fraction if fraction else "")


def raw_value(indicator: Indicator) -> st.SearchStrategy[Any]:
    """A raw input value of any accepted form for the indicator."""
    if isinstance(indicator, CompositeIndicator):
        return st.booleans()
    if isinstance(indicator, ScoredIndicator):
        return st.one_of(st.booleans(), st.floats(min_value=0, max_value=100))
    if indicator.direction is Direction.ACHIEVED:
        return st.booleans()
    forms = [
        in_unit(indicator),
        in_unit(indicator).map(lambda v: f"{written(round(v, 6))} {indicator.unit.expression}"),
        in_unit(indicator).map(
            lambda v: f"{written(round(v, 6), 'vi')} {indicator.unit.symbol_vi}"
        ),
    ]
    if isinstance(indicator, RateIndicator):
        forms.append(ratios())
    return st.one_of(*forms)


@st.composite
def ratios(draw: st.DrawFn) -> dict[str, float]:
    """``{numerator, denominator}`` counts of a rate."""
    denominator = draw(st.integers(min_value=1, max_value=5000))
    numerator = draw(st.integers(min_value=0, max_value=denominator))
    return {"numerator": numerator, "denominator": denominator}


@st.composite
def profile_documents(
    draw: st.DrawFn, rulebook: ntm_rules.Rulebook | None = None
) -> dict[str, Any]:
    """A whole valid profile document with a random subset of indicators filled."""
    book = rulebook or ntm_rules.default_rulebook()
    chosen = draw(st.lists(st.sampled_from(book.indicator_ids), unique=True, max_size=20))
    return {
        "commune": draw(
            st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=20)
        ),
        "province": "Lai Châu",
        "region": draw(regions).code,
        "year": draw(years),
        "categories": sorted(c.key for c in draw(categories)),
        "values": {i: draw(raw_value(book.indicator(i))) for i in chosen},
    }


@st.composite
def override_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid override table filling numeric thresholds with values in range."""
    book = ntm_rules.default_rulebook()
    numeric = [i for i in book.indicators() if isinstance(i, NumericIndicator)]
    chosen = draw(st.lists(st.sampled_from(numeric), unique_by=lambda i: i.id, max_size=6))
    thresholds = {}
    for indicator in chosen:
        column = draw(st.sampled_from(["all", *(r.code for r in Region)]))
        entry: dict[str, Any] = {"value": draw(in_unit(indicator))}
        if draw(st.booleans()):
            entry["effective_from"] = draw(
                st.dates(dt.date(2022, 1, 1), dt.date(2025, 12, 31))
            ).isoformat()
        thresholds[indicator.id] = {column: entry}
    return {
        "schema": "ntm_rules.overrides/1",
        "id": draw(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)),
        "citation": {"instrument": draw(st.sampled_from(["1487/QĐ-UBND", "What-if"]))},
        "verification": draw(st.sampled_from(["verified", "unverified"])),
        "thresholds": thresholds,
    }


@st.composite
def plan_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid plan: random funding lines with matching declared totals and targets."""
    book = ntm_rules.default_rulebook()
    criteria = [c.id for c in book.criteria]
    lines: list[dict[str, Any]] = []
    for n in range(draw(st.integers(min_value=0, max_value=6))):
        lines.append(
            {
                "id": f"line-{n}",
                "amount_vnd": float(draw(st.integers(min_value=0, max_value=10**10))),
                "source": draw(st.sampled_from([s.value for s in FundingSource])),
                "kind": draw(st.sampled_from(["development_investment", "recurrent"])),
                "criteria": draw(st.lists(st.sampled_from(criteria), unique=True, max_size=3)),
            }
        )
    total = sum(float(line["amount_vnd"]) for line in lines)
    departments = [
        {
            "id": f"d{n}",
            "name_vi": f"Phòng {n}",
            "name_en": f"Division {n}",
            "leads": draw(st.lists(st.sampled_from(criteria), unique=True, max_size=4)),
        }
        for n in range(draw(st.integers(min_value=0, max_value=4)))
    ]
    targets = [
        {
            "id": "income",
            "text_vi": "Thu nhập",
            "kind": "at_least",
            "year": 2025,
            "indicator": "10",
            "value": draw(st.floats(min_value=0, max_value=200)),
            "unit": "million VND/person/year",
        },
        {
            "id": "water",
            "text_vi": "Nước",
            "kind": "at_least",
            "year": 2025,
            "indicator": "17.1",
            "value": draw(st.floats(min_value=0, max_value=100)),
            "unit": "%",
        },
    ]
    return {
        "schema": "ntm_rules.plan/1",
        "commune": "Thu Lũm",
        "province": "Lai Châu",
        "year": 2025,
        "rulebook": book.id,
        "funding": lines,
        "declared_totals": [{"id": "total", "amount_vnd": total}],
        "departments": departments,
        "targets": targets,
    }


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=25,
)
"""Arbitrary JSON-like documents, for fuzzing the loaders."""
