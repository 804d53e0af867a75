"""Properties of the classification rule, for every generated household and both standards."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ntm_rules.households.classify import HouseholdClass, Line, Status, classify
from ntm_rules.households.facts import BY_NAME, FACT_NAMES, LATRINES, WATER_SOURCES, Kind
from ntm_rules.households.record import Household
from ntm_rules.households.standards import standard_for_year
from tests.households.strategies import households

STANDARDS = st.sampled_from([standard_for_year(2025), standard_for_year(2027)])
ABOVE = {HouseholdClass.AVERAGE, HouseholdClass.OTHER, HouseholdClass.ABOVE_LINE}


def _household(record: dict[str, Any]) -> Household:
    return Household("H", **record)


@given(households(), STANDARDS)
def test_a_class_is_given_only_on_its_conditions(record: dict[str, Any], standard: Any) -> None:
    """Poor: at or under the line, 3+ deprivations; near-poor: under 3 even if all open ones deprive."""
    result = classify(_household(record), standard)
    chosen = result.household_class
    if chosen is HouseholdClass.POOR:
        assert result.line_status is Line.AT_OR_UNDER
        assert result.deprived >= 3
    if chosen is HouseholdClass.NEAR_POOR:
        assert result.line_status is Line.AT_OR_UNDER
        undecided = sum(
            d.status in (Status.MISSING, Status.RULE_UNKNOWN) for d in result.deprivations
        )
        assert result.deprived + undecided < 3  # even the undecided ones could not make it poor
    if result.line_status is Line.ABOVE:
        assert chosen in ABOVE
    if chosen is HouseholdClass.CANNOT_CLASSIFY:  # always says why
        line_unknown = result.line is not None and result.line.value is None
        assert (
            result.missing
            or result.rules_unknown
            or not standard.indicators_complete
            or line_unknown
        )


def _fill(draw: st.DrawFn, name: str) -> Any:
    fact = BY_NAME[name]
    if fact.kind is Kind.FLAG:
        return draw(st.booleans())
    if fact.kind is Kind.CODE:
        choices = {"area": ("rural", "urban"), "water_source": WATER_SOURCES, "latrine": LATRINES}
        return draw(st.sampled_from(choices[name]))
    if name == "members":
        return draw(st.integers(1, 9))
    return draw(st.integers(0, 3_000_000 if fact.kind is Kind.MONEY else 3))


_NOT_MISSING = ("income_per_person_month", "production_costs")
"""Not facts a rule waits for: the review's own monthly figure takes precedence over the
sections (another source, not a missing fact), and costs not given are none to deduct."""


@st.composite
def filled(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    """A record, and the same record with some of its missing facts given."""
    record = draw(households())
    more = dict(record)
    for name in FACT_NAMES:
        if name in _NOT_MISSING:
            continue
        if more[name] is None and draw(st.booleans()):
            more[name] = _fill(draw, name)
    for fact in BY_NAME.values():  # the reader refuses counts above their whole
        bound = more.get(fact.at_most) if fact.at_most else None
        if bound is not None and more[fact.name] is not None and more[fact.name] > bound:
            return record, record
    return record, more


@given(filled(), STANDARDS)
def test_a_fact_given_later_never_changes_a_class_given(
    case: tuple[dict[str, Any], dict[str, Any]], standard: Any
) -> None:
    """A class decided without a fact stands once the fact is known (no guess is ever made)."""
    record, more = case
    before = classify(_household(record), standard).household_class
    after = classify(_household(more), standard).household_class
    if before is not HouseholdClass.CANNOT_CLASSIFY:
        assert after is before


@given(households(), st.integers(1, 3_000_000))
def test_more_income_never_makes_a_household_poorer(record: dict[str, Any], extra: int) -> None:
    """Raising the income moves a household up the classes, never down."""
    order = [
        HouseholdClass.POOR,
        HouseholdClass.NEAR_POOR,
        HouseholdClass.AVERAGE,
        HouseholdClass.OTHER,
    ]
    standard = standard_for_year(2025)
    if record["income_per_person_month"] is None:
        return
    before = classify(_household(record), standard).household_class
    richer = {**record, "income_per_person_month": record["income_per_person_month"] + extra}
    after = classify(_household(richer), standard).household_class
    if before in order and after in order:
        assert order.index(after) >= order.index(before)
    if before in ABOVE:
        assert after in ABOVE
