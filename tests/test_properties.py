"""Properties of every threshold rule, driven by the rulebook data.

Each property is parametrised over every (rulebook, indicator) pair of every shipped
edition, so a new indicator is covered without new test code;
``test_properties_cover_every_indicator`` checks that.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import ntm_rules
from ntm_rules import Category, Region, Status, Verification
from ntm_rules.columns import Column, ColumnChoice, RegionColumnRules, choose_region_column
from ntm_rules.evaluators.base import Context, Indicator
from ntm_rules.evaluators.numeric import NumericIndicator
from ntm_rules.thresholds import Direction
from tests.strategies import (
    INDICATORS,
    NUMERIC,
    RATES,
    RULEBOOKS,
    in_unit,
    profile_documents,
    ratios,
    raw_value,
    regions,
    written,
    years,
)

AS_OF = date(2025, 12, 31)
COVERED: dict[str, set[str]] = {}


def _ids(pairs: tuple[tuple[ntm_rules.Rulebook, Indicator], ...]) -> list[str]:
    return [f"{book.id}:{indicator.id}" for book, indicator in pairs]


def _verdict(
    indicator: Indicator, raw: Any, region: Region | str, year: int = 2025
) -> ntm_rules.IndicatorResult:
    code = region if isinstance(region, str) else region.code
    context = Context(ColumnChoice(Column(code, code, code)), date(year, 12, 31))
    return indicator.evaluate(indicator.read(raw, "x"), context)


def _known(indicator: Indicator, region: Region) -> float | None:
    threshold = indicator.thresholds.at(region.code, AS_OF)
    return float(threshold.value) if threshold.is_known else None  # type: ignore[arg-type]


def _note(name: str, indicator: Indicator, book: ntm_rules.Rulebook) -> None:
    COVERED.setdefault(name, set()).add(f"{book.id}:{indicator.id}")


@pytest.mark.parametrize(("book", "indicator"), NUMERIC, ids=_ids(NUMERIC))
@given(data=st.data())
def test_threshold_rule(
    book: ntm_rules.Rulebook, indicator: NumericIndicator, data: st.DataObject
) -> None:
    """value >= t ⇔ pass (mirrored for at-most); a pass has no gap; a fail's gap reaches t."""
    _note("rule", indicator, book)
    region = data.draw(regions)
    bound = _known(indicator, region)
    value = data.draw(in_unit(indicator))
    verdict = _verdict(indicator, value, region)
    if bound is None:
        assert verdict.status is Status.UNKNOWN
        return
    expected = value >= bound if indicator.direction is Direction.AT_LEAST else value <= bound
    assert (verdict.status is Status.PASS) == expected
    assert verdict.gap is not None
    if expected:
        assert verdict.gap == 0
    else:
        assert math.isclose(value + verdict.gap, bound, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize(("book", "indicator"), NUMERIC, ids=_ids(NUMERIC))
def test_boundary_passes(book: ntm_rules.Rulebook, indicator: NumericIndicator) -> None:
    """Every known threshold value, in every region and dated period, passes itself."""
    _note("boundary", indicator, book)
    for region, threshold in indicator.thresholds.values():
        if not threshold.is_known:
            continue
        year = threshold.effective_from.year if threshold.effective_from else 2025
        assert _verdict(indicator, threshold.value, region, year).status is Status.PASS


@pytest.mark.parametrize(("book", "indicator"), NUMERIC, ids=_ids(NUMERIC))
@given(data=st.data())
def test_monotonic(
    book: ntm_rules.Rulebook, indicator: NumericIndicator, data: st.DataObject
) -> None:
    """Improving a value never turns a pass into a fail."""
    _note("monotonic", indicator, book)
    region = data.draw(regions)
    a, b = sorted([data.draw(in_unit(indicator)), data.draw(in_unit(indicator))])
    worse, better = (a, b) if indicator.direction is Direction.AT_LEAST else (b, a)
    if _verdict(indicator, worse, region).status is Status.PASS:
        assert _verdict(indicator, better, region).status is Status.PASS


@pytest.mark.parametrize(("book", "indicator"), NUMERIC, ids=_ids(NUMERIC))
@given(data=st.data())
def test_unit_invariance(
    book: ntm_rules.Rulebook, indicator: NumericIndicator, data: st.DataObject
) -> None:
    """A bare number, a unit string and (for money) VND vs million VND agree on verdict and gap."""
    _note("units", indicator, book)
    region = data.draw(regions)
    value = round(data.draw(in_unit(indicator)), 6)  # as people write it: a few decimals
    bound = _known(indicator, region)
    assume(bound is None or not math.isclose(value, bound, rel_tol=1e-9, abs_tol=1e-9))
    forms: list[Any] = [
        value,
        f"{written(value)} {indicator.unit.expression}",
        f"{written(value, 'vi')} {indicator.unit.symbol_vi}",
    ]
    if "million" in indicator.unit.expression:
        in_vnd = written(Decimal(repr(value)) * 10**6, "vi")
        forms.append(f"{in_vnd} đồng/người/năm")
    verdicts = [_verdict(indicator, form, region) for form in forms]
    assert len({v.status for v in verdicts}) == 1
    gaps = [v.gap for v in verdicts]
    if gaps[0] is not None:
        assert all(math.isclose(g or 0, gaps[0], rel_tol=1e-9, abs_tol=1e-9) for g in gaps)


@pytest.mark.parametrize(("book", "indicator"), RATES, ids=_ids(RATES))
@given(data=st.data())
def test_counts_equal_percentages(
    book: ntm_rules.Rulebook, indicator: NumericIndicator, data: st.DataObject
) -> None:
    """Numerator/denominator gives the same verdict and gap as its percentage."""
    _note("counts", indicator, book)
    region = data.draw(regions)
    counts = data.draw(ratios())
    percent = counts["numerator"] * 100.0 / counts["denominator"]
    from_counts = _verdict(indicator, counts, region)
    from_percent = _verdict(indicator, percent, region)
    assert from_counts.status is from_percent.status
    assert from_counts.gap == from_percent.gap
    if from_counts.status is Status.FAIL:
        assert from_counts.count_needed is not None
        assert from_counts.count_needed >= 0


@pytest.mark.parametrize(("book", "indicator"), INDICATORS, ids=_ids(INDICATORS))
@given(data=st.data())
def test_special_communes_get_tdmnpb_verdicts(
    book: ntm_rules.Rulebook, indicator: Indicator, data: st.DataObject
) -> None:
    """A category that switches column in force that year gives exactly the TDMNPB verdict."""
    _note("special", indicator, book)
    region = data.draw(regions)
    category = data.draw(st.sampled_from(list(Category)))
    year = data.draw(years)
    as_of = date(year, 12, 31)
    rules = book.column_rules
    assert isinstance(rules, RegionColumnRules)
    switches = any(
        category in rule.categories and rule.in_force_from <= as_of for rule in rules.rules
    )
    raw = data.draw(raw_value(indicator))

    def judged(region: Region, held: set[Category]) -> ntm_rules.IndicatorResult:
        choice = choose_region_column(region, held, as_of, rules)
        return indicator.evaluate(indicator.read(raw, "x"), Context(choice, as_of))

    special = judged(region, {category})
    mountain = judged(Region.TDMNPB, set())
    own = judged(region, set())
    assert special.status is (mountain.status if switches else own.status)
    assert special.gap == (mountain.gap if switches else own.gap)


@given(document=profile_documents(), verified_only=st.booleans())
def test_composition(document: dict[str, Any], verified_only: bool) -> None:
    """Criterion ⇔ all indicators; standard ⇔ all 19; counts agree; unknown never passes."""
    evaluation = ntm_rules.evaluate(ntm_rules.load_profile(document), verified_only=verified_only)
    for criterion in evaluation.criteria:
        statuses = [i.status for i in criterion.indicators]
        assert (criterion.status is Status.PASS) == all(s is Status.PASS for s in statuses)
        if Status.FAIL in statuses:
            assert criterion.status is Status.FAIL
    assert evaluation.criteria_met == sum(c.status is Status.PASS for c in evaluation.criteria)
    assert evaluation.standard_met == (evaluation.criteria_met == 19)
    for result in evaluation.indicators:
        if result.measurement is None:
            assert result.status is Status.UNKNOWN
        if verified_only:
            assert not result.rests_on_unverified
        if result.status is Status.PASS:
            assert result.verification is not Verification.UNKNOWN


@pytest.mark.parametrize(("book", "indicator"), NUMERIC, ids=_ids(NUMERIC))
@given(data=st.data())
def test_filling_unknown_changes_only_that_indicator(
    book: ntm_rules.Rulebook, indicator: NumericIndicator, data: st.DataObject
) -> None:
    """Overriding one indicator's threshold makes it assessable and leaves the rest unchanged."""
    _note("override", indicator, book)
    region = data.draw(regions)
    value = data.draw(in_unit(indicator))
    figure = data.draw(in_unit(indicator))
    table = ntm_rules.load_overrides(
        {
            "id": "t",
            "citation": {"instrument": "test"},
            "thresholds": {indicator.id: {region.code: figure}},
        }
    )
    derived = ntm_rules.apply_overrides(book, table)
    others = {key: value for key, value in (("3.1", 85), ("19.2", True)) if key != indicator.id}
    values = {
        indicator.id: value,
        **{key: raw for key, raw in others.items() if book.has_indicator(key)},
    }
    profile = ntm_rules.load_profile(
        {"commune": "A", "region": region.code, "year": book.last_year, "values": values}, book
    )
    before = ntm_rules.evaluate(profile, book)
    after = ntm_rules.evaluate(profile, derived)
    assert after.indicator(indicator.id).status is not Status.UNKNOWN
    for old, new in zip(before.indicators, after.indicators, strict=True):
        if old.id != indicator.id:
            assert (old.status, old.gap) == (new.status, new.gap)


ACHIEVED = tuple((b, i) for b, i in INDICATORS if i.direction is Direction.ACHIEVED)


@pytest.mark.parametrize(("book", "indicator"), ACHIEVED, ids=_ids(ACHIEVED))
@given(region=regions, achieved=st.booleans())
def test_achieved_rule(
    book: ntm_rules.Rulebook, indicator: Indicator, region: Region, achieved: bool
) -> None:
    """An achieved-type indicator passes exactly when reported achieved (if its threshold is known)."""
    _note("achieved", indicator, book)
    verdict = _verdict(indicator, achieved, region)
    if not indicator.thresholds.at(region.code, AS_OF).is_known:
        assert verdict.status is Status.UNKNOWN
    else:
        assert (verdict.status is Status.PASS) == achieved
        assert verdict.gap is None


def test_properties_cover_every_indicator() -> None:
    """The data-driven properties iterated over every indicator of every shipped rulebook."""
    every = {f"{book.id}:{indicator.id}" for book in RULEBOOKS for indicator in book.indicators()}
    numeric = set(_ids(NUMERIC))
    assert numeric | set(_ids(ACHIEVED)) == every
    if not COVERED:
        pytest.skip("run with the property tests above to check what they iterated over")
    assert COVERED.get("special") == every
    assert COVERED.get("achieved") == set(_ids(ACHIEVED))
    for name in ("rule", "boundary", "monotonic", "units", "override"):
        assert COVERED.get(name) == numeric, name
    assert COVERED.get("counts") == set(_ids(RATES))
