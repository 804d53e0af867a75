"""The engine's thresholds looked up once per column and date give every verdict unchanged.

The oracle is the rule as each criterion and indicator states it, one look-up per indicator
(:meth:`Criterion.evaluate`); the engine must agree with it result for result, on every
shipped edition, with and without the verified-only option.
"""

from __future__ import annotations

import gc
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ntm_rules
from ntm_rules import in_force
from ntm_rules.evaluators.base import Context
from ntm_rules.exceptions import InvalidInputError
from ntm_rules.measurements import Achievement, Amount, Components, Measurement, Ratio, Score
from ntm_rules.results import CriterionResult, Status
from tests.strategies import RULEBOOKS, profile_documents


def one_by_one(
    profile: ntm_rules.CommuneProfile, book: ntm_rules.Rulebook, verified_only: bool
) -> tuple[CriterionResult, ...]:
    """Each criterion evaluated on its own, each indicator looking up its threshold."""
    as_of = book.as_of(profile.year)
    context = Context(book.column_rules.choose(profile, as_of), as_of, verified_only)
    return tuple(criterion.evaluate(profile.values, context) for criterion in book.criteria)


@pytest.mark.parametrize("book", RULEBOOKS, ids=lambda book: book.id)
@given(data=st.data(), verified_only=st.booleans())
def test_engine_agrees_with_each_criterion(
    book: ntm_rules.Rulebook, data: st.DataObject, verified_only: bool
) -> None:
    """Every criterion and indicator result is the one the criterion gives by itself."""
    document: dict[str, Any] = (
        data.draw(profile_documents(book))
        if book.indicator_ids
        else {"commune": "A", "group": data.draw(st.sampled_from(["1", "2", "3"])), "values": {}}
    )
    document["year"] = data.draw(st.integers(book.first_year, book.last_year))
    try:
        profile = ntm_rules.load_profile(document, book)
        evaluation = ntm_rules.evaluate(profile, book, verified_only=verified_only)
    except InvalidInputError:  # e.g. a 2026–2030 profile without its group facts
        return
    assert evaluation.criteria == one_by_one(profile, book, verified_only)


_FINITE = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
MEASUREMENTS = st.one_of(
    st.builds(Achievement, st.booleans()),
    st.builds(Amount, st.one_of(_FINITE, st.integers(-1000, 1000), st.just(80.0))),
    st.builds(Score, _FINITE),
    st.builds(Ratio, st.floats(0, 1e4), st.floats(0.5, 1e4)),
    st.builds(Components, st.dictionaries(st.sampled_from(["schools", "clean"]), _FINITE)),
)
"""Any kind for any indicator, also those ``read()`` never builds for it: a program may
build a profile of measurements itself, and the engine's own plain rules must still give
what the judges give."""


@pytest.mark.parametrize("book", RULEBOOKS, ids=lambda book: book.id)
@given(data=st.data(), verified_only=st.booleans())
def test_engine_agrees_on_measurements_of_any_kind(
    book: ntm_rules.Rulebook, data: st.DataObject, verified_only: bool
) -> None:
    """Measurements given directly, of any kind, are judged as each indicator judges them."""
    if not book.indicator_ids or book.columns.dimension != "region":
        return
    ids = data.draw(st.lists(st.sampled_from(book.indicator_ids), unique=True))
    values = {key: data.draw(MEASUREMENTS) for key in ids}
    region = data.draw(st.sampled_from(list(ntm_rules.Region)))
    year = data.draw(st.integers(book.first_year, book.last_year))
    profile = ntm_rules.CommuneProfile("A", "P", region, year, values=values)
    try:
        expected = one_by_one(profile, book, verified_only)
    except Exception as error:  # a kind a judge cannot take fails the same way in both
        with pytest.raises(type(error)):
            ntm_rules.evaluate(profile, book, verified_only=verified_only)
        return
    assert ntm_rules.evaluate(profile, book, verified_only=verified_only).criteria == expected


def test_an_overriding_criterion_is_asked() -> None:
    """A criterion class with its own ``evaluate`` is evaluated by it, not around it."""
    book = ntm_rules.default_rulebook()
    first = book.criteria[0]
    asked = []

    class Watched(type(first)):  # type: ignore[misc]
        def evaluate(self, values: dict[str, Measurement], context: Context) -> CriterionResult:
            asked.append(self.id)
            return CriterionResult(self, Status.UNKNOWN, ())

    watched = ntm_rules.Rulebook(
        **{
            **{name: getattr(book, name) for name in _init_fields()},
            "criteria": (Watched(first.indicators), *book.criteria[1:]),
        }
    )
    profile = ntm_rules.load_profile(ntm_rules.example_profile_path())
    assert ntm_rules.evaluate(profile, watched).criteria[0].indicators == ()
    assert asked == [first.id]


def test_what_is_kept_goes_with_the_rulebook() -> None:
    """A derived rulebook's thresholds are used, and forgotten once the rulebook is gone."""
    book = ntm_rules.default_rulebook()
    profile = ntm_rules.load_profile(
        {"commune": "A", "region": "TN", "year": 2024, "values": {"3.1": 79.5}}
    )
    table = book.indicator("3.1").thresholds.uniform(
        79, ntm_rules.Verification.VERIFIED, ntm_rules.Citation("What-if"), book.columns.codes
    )
    derived = book.with_thresholds(
        {"3.1": table}, new_id="what-if", citation=ntm_rules.Citation("What-if")
    )
    assert ntm_rules.evaluate(profile, book).indicator("3.1").status is Status.FAIL
    assert ntm_rules.evaluate(profile, derived).indicator("3.1").status is Status.PASS
    key = id(derived)
    assert key in in_force._KNOWN
    del derived
    gc.collect()
    assert key not in in_force._KNOWN


def _init_fields() -> list[str]:
    import attrs  # noqa: PLC0415

    return [field.name for field in attrs.fields(ntm_rules.Rulebook) if field.init]
