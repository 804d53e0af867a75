"""Composite indicators, pinned where mutation testing found them loose (docs/mutation.md).

Indicator 14.1 (reference §2 note [b], QĐ 1491): at least 98 % of 6-year-olds enter grade 1,
universal pre-school for 5-year-olds is met, and universal primary, universal lower-secondary
and literacy are at level 2 (a higher level passing is an interpretation, flagged
unverified). Indicator 5 (note [a]): school counts.
"""

from collections.abc import Mapping

import pytest

import ntm_rules
from ntm_rules.citations import Citation, Verification
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import share_shortfall
from ntm_rules.exceptions import (
    OutOfRangeError,
    UnitMismatchError,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.explain import one_line
from ntm_rules.measurements import Components
from ntm_rules.results import Reason, Status
from ntm_rules.thresholds import ThresholdTable
from tests.assertions import result

MET_14_1: dict[str, object] = {
    "grade_1_entry_rate": 98,
    "preschool_5_universal": True,
    "primary_level": 2,
    "lower_secondary_level": 2,
    "literacy_level": 2,
}
PARTS_14_1 = (
    "['grade_1_entry_rate', 'literacy_level', 'lower_secondary_level', "
    "'preschool_5_universal', 'primary_level']"
)


def indicator(indicator_id: str) -> Indicator:
    """An indicator of the 2021–2025 commune set."""
    return ntm_rules.default_rulebook().indicator(indicator_id)


def with_parts(**parts: object) -> dict[str, object]:
    """The met 14.1 parts with some replaced."""
    return {**MET_14_1, **parts}


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # parts typed as text: "98,5 %" is 98.5 %, a percentage may carry its sign
        (with_parts(grade_1_entry_rate="98,5 %"), {"grade_1_entry_rate": 98.5}),
        (with_parts(grade_1_entry_rate="98,5"), {"grade_1_entry_rate": 98.5}),
        (with_parts(primary_level="2"), {"primary_level": 2.0}),
        (with_parts(preschool_5_universal="Đạt"), {"preschool_5_universal": True}),
        (with_parts(grade_1_entry_rate=100), {"grade_1_entry_rate": 100.0}),
        (with_parts(grade_1_entry_rate=0), {"grade_1_entry_rate": 0.0}),
        (with_parts(literacy_level=3.0), {"literacy_level": 3.0}),
    ],
)
def test_parts_typed_as_text_or_numbers(
    parts: Mapping[str, object], expected: Mapping[str, object]
) -> None:
    """Each part reads the way an official writes it."""
    read = indicator("14.1").read(parts, "values.14.1")
    assert isinstance(read, Components)
    for name, value in expected.items():
        assert read.parts[name] == value


def test_school_counts_typed_as_text() -> None:
    """Counts may be typed as text: 5 schools, 5 at the minimum, 4 at level 1."""
    raw = {"schools": "5", "meeting_minimum": "5", "meeting_level_1": "4"}
    read = indicator("5").read(raw, "values.5")
    assert isinstance(read, Components)
    assert read.parts == {"schools": 5.0, "meeting_minimum": 5.0, "meeting_level_1": 4.0}


@pytest.mark.parametrize(
    ("indicator_id", "name", "value", "error", "reason"),
    [
        (
            "14.1",
            "grade_1_entry_rate",
            "98 km",
            WrongKindError,
            "expected a percentage from 0 to 100, got the text '98 km'",
        ),
        (
            "14.1",
            "primary_level",
            "2 %",  # only a percentage takes the % sign
            WrongKindError,
            "expected a level (1, 2 or 3), got the text '2 %'",
        ),
        (
            "5",
            "schools",
            "5 %",
            WrongKindError,
            "expected a whole number of 0 or more, got the text '5 %'",
        ),
        (
            "5",
            "schools",
            True,
            WrongKindError,
            "expected a whole number of 0 or more, got a boolean (true)",
        ),
        (
            "14.1",
            "literacy_level",
            [2],
            WrongKindError,
            "expected a level (1, 2 or 3), got a list",
        ),
        (
            "14.1",
            "grade_1_entry_rate",
            100.5,
            OutOfRangeError,
            "100.5 is not a percentage from 0 to 100",
        ),
        (
            "14.1",
            "grade_1_entry_rate",
            "-1 %",
            OutOfRangeError,
            "'-1 %' is not a percentage from 0 to 100",
        ),
        ("5", "schools", 2.5, OutOfRangeError, "2.5 is not a whole number of 0 or more"),
        ("5", "schools", -1, OutOfRangeError, "-1 is not a whole number of 0 or more"),
        ("14.1", "primary_level", 4, OutOfRangeError, "4 is not a level (1, 2 or 3)"),
        ("14.1", "primary_level", 0, OutOfRangeError, "0 is not a level (1, 2 or 3)"),
        ("14.1", "primary_level", 1.5, OutOfRangeError, "1.5 is not a level (1, 2 or 3)"),
        (
            "14.1",
            "grade_1_entry_rate",
            "abc",
            UnitMismatchError,
            "'abc' does not start with a number",
        ),
        (
            "14.1",
            "grade_1_entry_rate",
            float("nan"),
            OutOfRangeError,
            "nan is not a finite number",
        ),
        (
            "14.1",
            "grade_1_entry_rate",
            "1" * 10,
            OutOfRangeError,
            "'1111111111' is not a percentage from 0 to 100",
        ),
    ],
)
def test_bad_parts_name_the_part(
    indicator_id: str, name: str, value: object, error: type[Exception], reason: str
) -> None:
    """A bad part is an error on that part, saying what the part must be."""
    raw = {**(MET_14_1 if indicator_id == "14.1" else {"schools": 5}), name: value}
    with pytest.raises(error) as caught:
        indicator(indicator_id).read(raw, f"values.{indicator_id}")
    assert getattr(caught.value, "field", None) == f"values.{indicator_id}.{name}"
    assert getattr(caught.value, "reason", None) == reason


def test_a_bad_flag_part_names_the_part() -> None:
    """A flag part that is not an achieved-type answer is an error on that part."""
    with pytest.raises(WrongKindError) as caught:
        indicator("14.1").read(with_parts(preschool_5_universal="maybe"), "values.14.1")
    assert caught.value.field == "values.14.1.preschool_5_universal"


@pytest.mark.parametrize(
    ("raw", "error", "field", "reason"),
    [
        (
            5,
            WrongKindError,
            "values.14.1",
            "expected Đạt / Chưa đạt / Không đạt, x, 1 / 0, true / false, có / không, "
            f"or a mapping of {PARTS_14_1}, got int 5",
        ),
        ({1: 2}, WrongKindError, "values.14.1", "part names are text, got int 1"),
        ({"foo": 1}, UnknownIdentifierError, "values.14.1.foo", "unknown part 'foo'"),
    ],
)
def test_bad_composite_inputs(raw: object, error: type[Exception], field: str, reason: str) -> None:
    """Neither an achieved answer nor a mapping of the known parts: the error says which."""
    with pytest.raises(error) as caught:
        indicator("14.1").read(raw, "values.14.1")
    assert getattr(caught.value, "field", None) == field
    assert getattr(caught.value, "reason", None) == reason


def test_an_achieved_answer_is_read_for_a_composite() -> None:
    """A composite may be given as assessed: "Đạt" passes on the achieved-type threshold."""
    assert result("14.1", "Đạt").status is Status.PASS
    assert result("14.1", "Chưa đạt").status is Status.FAIL


@pytest.mark.parametrize(
    ("parts", "status", "verification"),
    [
        (MET_14_1, Status.PASS, Verification.VERIFIED),  # every part exactly at its level
        (with_parts(grade_1_entry_rate="97,9 %"), Status.FAIL, Verification.VERIFIED),
        (with_parts(primary_level=1), Status.FAIL, Verification.VERIFIED),
        (with_parts(preschool_5_universal=False), Status.FAIL, Verification.VERIFIED),
        # level 3 passes only on reading "level 2" as a minimum: flagged
        (with_parts(literacy_level=3), Status.PASS, Verification.UNVERIFIED),
    ],
)
def test_universal_education_verdicts(
    parts: Mapping[str, object], status: Status, verification: Verification
) -> None:
    """14.1 by its parts, in every region (QĐ 1491 sets one rule for all)."""
    for region in ("TDMNPB", "DBSH", "DBSCL"):
        verdict = result("14.1", dict(parts), region=region)
        assert verdict.status is status
        assert verdict.verification is verification


SCHOOLS_MET = {"schools": 10, "meeting_minimum": 10, "meeting_level_1": 7}
"""Ten schools, all at the minimum standard, seven at level 1: 70 %, the TN requirement."""


def schools_with(**tables: ThresholdTable) -> ntm_rules.Rulebook:
    """The 2021–2025 set with some of indicator 5's rule figures replaced."""
    book = ntm_rules.default_rulebook()
    changed = book.indicator("5").with_tables(parameters=tables)
    return book.with_indicators({"5": changed}, new_id="what-if", citation=Citation("what-if"))


def schools_verdict(book: ntm_rules.Rulebook) -> ntm_rules.IndicatorResult:
    """Indicator 5 for a Central Highlands commune in 2024 with SCHOOLS_MET."""
    profile = ntm_rules.load_profile(
        {"commune": "Test", "region": "TN", "year": 2024, "values": {"5": SCHOOLS_MET}}
    )
    return ntm_rules.evaluate(profile, book).indicator("5")


def uniform(value: float | None, verification: Verification) -> ThresholdTable:
    """One figure in every 2021–2025 column."""
    codes = ntm_rules.default_rulebook().columns.codes
    return ThresholdTable.uniform(value, verification, Citation("what-if"), codes)


def test_schools_as_published() -> None:
    """70 % at level 1 with more than 3 schools meets the TN rule, on verified figures."""
    result = schools_verdict(ntm_rules.default_rulebook())
    assert result.status is Status.PASS
    assert result.verification is Verification.VERIFIED


def test_unknown_rule_figures_leave_the_verdict_open() -> None:
    """Without the level-1 shares the counts cannot be judged; the counts are kept."""
    unknown = uniform(None, Verification.UNKNOWN)
    result = schools_verdict(schools_with(level_1_share_many=unknown, level_1_share_few=unknown))
    assert result.status is Status.UNKNOWN
    assert result.reason is Reason.UNKNOWN_THRESHOLD
    assert result.measurement == Components(
        {"schools": 10.0, "meeting_minimum": 10.0, "meeting_level_1": 7.0}
    )
    assert one_line(result, "en").endswith(
        "(rule figures unknown: level_1_share_many, level_1_share_few)"
    )


def test_a_verdict_rests_on_its_weakest_figure() -> None:
    """An unverified rule figure, or an unverified threshold, makes the verdict unverified."""
    figure = schools_verdict(schools_with(level_1_share_many=uniform(70, Verification.UNVERIFIED)))
    assert (figure.status, figure.verification) == (Status.PASS, Verification.UNVERIFIED)
    book = ntm_rules.default_rulebook()
    achieved = ThresholdTable.uniform(
        True, Verification.UNVERIFIED, Citation("what-if"), book.columns.codes
    )
    unverified = book.with_thresholds({"5": achieved}, new_id="what-if", citation=Citation("x"))
    threshold = schools_verdict(unverified)
    assert (threshold.status, threshold.verification) == (Status.PASS, Verification.UNVERIFIED)


@pytest.mark.parametrize(
    ("have", "of", "required", "expected"),
    [
        (0, 200, 70, (70.0, 140)),  # 70 % of 200 schools is 140
        (7, 10, 70, (0.0, 0)),
        (6, 10, 70, (10.0, 1)),
        (99, 150, 70, (4.0, 6)),  # 105 needed: 6 more; 66 % is 4 points short
    ],
)
def test_share_shortfall(
    have: float, of: float, required: float, expected: tuple[float, int]
) -> None:
    """The percentage-point gap and the count still needed, by hand."""
    assert share_shortfall(have, of, required) == expected
