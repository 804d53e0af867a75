"""Evaluation: columns, composition of verdicts, gaps, dates and verification."""

import json
from typing import ClassVar

import pytest

import ntm_rules
from ntm_rules import Reason, Status, Verification
from ntm_rules.documents import evaluation_document
from ntm_rules.examples import example_profile_path
from tests.assertions import evaluate, result


def test_especially_difficult_dbsh_commune_gets_tdmnpb_verdicts() -> None:
    """ĐBSH + especially_difficult gives exactly the TDMNPB verdicts (318 Art. 1)."""
    values = {"15.3": 20, "15.4": 60, "11": 12, "3.1": 85, "10": 40}
    special = evaluate(values, region="DBSH", categories=("especially_difficult",))
    mountain = evaluate(values, region="TDMNPB")
    plain = evaluate(values, region="DBSH")
    assert [r.status for r in special.indicators] == [r.status for r in mountain.indicators]
    assert special.indicator("15.3").status is Status.PASS
    assert plain.indicator("15.3").status is Status.FAIL
    assert special.column.because is not None
    assert special.column.because.key == "especially_difficult"


def test_211_categories_apply_from_2024_only() -> None:
    """Zone II communes switch column from 211/QĐ-TTg (01/3/2024) on, not in 2023."""
    before = evaluate(
        {"15.3": 20}, region="DBSH", year=2023, categories=("ethnic_minority_zone_ii",)
    )
    after = evaluate(
        {"15.3": 20}, region="DBSH", year=2024, categories=("ethnic_minority_zone_ii",)
    )
    assert before.column.column.code == "DBSH"
    assert after.column.column.code == "TDMNPB"


def test_criterion_fails_if_any_indicator_fails() -> None:
    """One failing indicator fails the criterion even when others are unknown."""
    evaluation = evaluate({"2.1": 90})
    assert evaluation.criteria[1].status is Status.FAIL


def test_criterion_unknown_when_nothing_fails_but_something_is_unknown() -> None:
    """Passing plus unknown gives unknown; unknown never counts as met."""
    evaluation = evaluate({"2.1": 100})
    assert evaluation.criteria[1].status is Status.UNKNOWN
    assert evaluation.criteria_met == 0


def test_standard_met_only_with_all_criteria() -> None:
    """The illustrative Thu Lũm profile does not meet the standard; the count is consistent."""
    evaluation = ntm_rules.evaluate(ntm_rules.load_profile(example_profile_path()))
    assert evaluation.criteria_total == 19
    assert evaluation.criteria_met == sum(c.status is Status.PASS for c in evaluation.criteria)
    assert not evaluation.standard_met


def test_gap_and_count_needed_for_counts() -> None:
    """412 of 450 hectares vs 80 %: passes; 300 of 450 falls 60 ha short."""
    assert result("3.1", {"numerator": 412, "denominator": 450}).gap == 0
    short = result("3.1", {"numerator": 300, "denominator": 450})
    assert short.count_needed == 60
    assert short.gap == pytest.approx(80 - 300 * 100 / 450)


def test_at_most_gap_is_negative() -> None:
    """For a ceiling the gap says how far the value must fall."""
    stunting = result("15.3", 30)
    assert stunting.status is Status.FAIL
    assert stunting.gap == pytest.approx(-6)


def test_temporary_houses_none_may_remain() -> None:
    """9.1 passes with 0 houses and fails with 1."""
    assert result("9.1", 0).status is Status.PASS
    assert result("9.1", 1).status is Status.FAIL


def test_unknown_threshold_cannot_be_assessed() -> None:
    """A value against an unknown threshold gives 'unknown', never a guess."""
    verdict = result("17.1", 100)
    assert verdict.status is Status.UNKNOWN
    assert verdict.reason is Reason.UNKNOWN_THRESHOLD


def test_missing_input_is_unknown() -> None:
    """No value means unknown with the reason no_input."""
    verdict = evaluate({}).indicator("3.1")
    assert verdict.status is Status.UNKNOWN
    assert verdict.reason is Reason.NO_INPUT


def test_unverified_thresholds_are_flagged() -> None:
    """A verdict on an unverified figure says so; verified-only mode refuses it."""
    verdict = result("2.1", 100)
    assert verdict.status is Status.PASS
    assert verdict.rests_on_unverified
    strict = ntm_rules.evaluate(
        ntm_rules.load_profile(
            {"commune": "A", "region": "TN", "year": 2025, "values": {"2.1": 100}}
        ),
        verified_only=True,
    ).indicator("2.1")
    assert strict.status is Status.UNKNOWN
    assert strict.reason is Reason.UNVERIFIED_EXCLUDED


def test_income_threshold_is_dated_to_2022() -> None:
    """The income table is keyed to 2022; later years are unknown until supplied."""
    in_2022 = result("10", 36, year=2022)
    assert in_2022.status is Status.PASS
    assert in_2022.threshold is not None
    assert in_2022.threshold.value == 36
    assert result("10", 35.9, year=2022).status is Status.FAIL
    assert result("10", 40, year=2025).status is Status.UNKNOWN


class TestDisasterPreparednessScore:
    """3.2: the 50 to <70 band of QĐ 1680 for the ordinary set."""

    def test_band(self) -> None:
        """49.9 fails, 50 passes, 69.9 passes (verified)."""
        assert result("3.2", 49.9).status is Status.FAIL
        assert result("3.2", 50).status is Status.PASS
        assert result("3.2", 69.9).verification is Verification.VERIFIED

    def test_above_band_passes_but_is_flagged(self) -> None:
        """70 or more passes, flagged as an interpretation."""
        verdict = result("3.2", 85)
        assert verdict.status is Status.PASS
        assert verdict.reason is Reason.SCORE_ABOVE_BAND
        assert verdict.verification is Verification.UNVERIFIED

    def test_unknown_band_cannot_score(self) -> None:
        """15.2's band is unknown: a score cannot be assessed, a boolean can."""
        assert result("15.2", 80).reason is Reason.SCORE_BAND_UNKNOWN
        assert result("15.2", True).status is Status.PASS


class TestSchools:
    """Criterion 5's school-count rule (QĐ 1491/QĐ-BGDĐT)."""

    @pytest.mark.parametrize(
        ("region", "schools", "minimum", "level_1", "expected"),
        [
            ("TDMNPB", 4, 4, 3, "pass"),  # 75 % >= 70 %
            ("TDMNPB", 4, 4, 2, "fail"),  # 50 % < 70 % with more than 3 schools
            ("TDMNPB", 3, 3, 2, "pass"),  # 66.7 % >= 50 % with 3 schools
            ("TDMNPB", 2, 2, 1, "pass"),  # 50 % at the boundary
            ("TDMNPB", 4, 3, 4, "fail"),  # minimum standard not universal
            ("DBSH", 4, 4, 3, "fail"),  # ĐBSH needs 100 % at level 1
            ("DBSH", 4, 0, 4, "pass"),
        ],
    )
    def test_rule(
        self, region: str, schools: int, minimum: int, level_1: int, expected: str
    ) -> None:
        """The rule of the region column decides."""
        parts = {"schools": schools, "meeting_minimum": minimum, "meeting_level_1": level_1}
        assert result("5", parts, region=region).status.value == expected

    def test_missing_part_is_unknown(self) -> None:
        """Without meeting_minimum a TDMNPB verdict cannot be given."""
        verdict = result("5", {"schools": 4, "meeting_level_1": 4})
        assert verdict.reason is Reason.PART_MISSING


class TestUniversalEducation:
    """14.1: grade-1 entry, preschool and level-2 universal education."""

    PARTS: ClassVar[dict[str, object]] = {
        "grade_1_entry_rate": 98,
        "preschool_5_universal": True,
        "primary_level": 2,
        "lower_secondary_level": 2,
        "literacy_level": 2,
    }

    def test_all_at_level(self) -> None:
        """Every part at its level passes, verified."""
        verdict = result("14.1", self.PARTS)
        assert verdict.status is Status.PASS
        assert verdict.verification is Verification.VERIFIED

    def test_below(self) -> None:
        """97.9 % entry or a level 1 fails."""
        assert result("14.1", {**self.PARTS, "grade_1_entry_rate": 97.9}).status is Status.FAIL
        assert result("14.1", {**self.PARTS, "literacy_level": 1}).status is Status.FAIL

    def test_higher_level_is_an_interpretation(self) -> None:
        """Level 3 passes but is flagged."""
        verdict = result("14.1", {**self.PARTS, "primary_level": 3})
        assert verdict.status is Status.PASS
        assert verdict.verification is Verification.UNVERIFIED


def test_evaluate_rejects_profiles_that_do_not_fit() -> None:
    """A profile outside the named edition's years, or outside every edition, raises."""
    with pytest.raises(ntm_rules.InvalidInputError):
        ntm_rules.evaluate(
            ntm_rules.CommuneProfile("A", "B", ntm_rules.Region.TN, 2019),
            ntm_rules.default_rulebook(),
        )
    with pytest.raises(ntm_rules.InvalidInputError, match="no basic edition covers 2031"):
        ntm_rules.evaluate(ntm_rules.CommuneProfile("A", "B", ntm_rules.Region.TN, 2031))


@pytest.mark.parametrize(
    ("parts", "field"),
    [
        ({"schools": 3, "meeting_minimum": 4, "meeting_level_1": 1}, 'values."5".meeting_minimum'),
        ({"schools": 3, "meeting_minimum": 3, "meeting_level_1": 5}, 'values."5".meeting_level_1'),
        ({"schools": 0, "meeting_level_1": 0}, 'values."5".schools'),
        ({"schools": 2.5, "meeting_level_1": 1}, 'values."5".schools'),
        ({"schools": 3, "teachers": 9}, 'values."5".teachers'),
    ],
)
def test_contradictory_school_counts_are_input_errors(parts: dict[str, float], field: str) -> None:
    """School counts that cannot be true are rejected when the profile is loaded."""
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.load_profile(
            {"commune": "A", "region": "TN", "year": 2025, "values": {"5": parts}}
        )
    assert [p.field for p in caught.value.problems] == [field]


def test_looking_up_an_unknown_indicator_is_a_typed_error() -> None:
    """Evaluation.indicator raises UnknownIdentifierError with a suggestion."""
    with pytest.raises(ntm_rules.NtmRulesError, match=r"did you mean '17\.1'"):
        evaluate({}).indicator("17.11")


def test_safety_zone_of_a_district_that_left_poverty_uses_tdmnpb_from_2022() -> None:
    """318 Art. 1 names ATK communes of districts that left poverty in 2018–2020."""
    evaluation = evaluate(
        {"15.3": 20}, region="DBSH", year=2022, categories=("safety_zone_left_poverty",)
    )
    assert evaluation.column.column.code == "TDMNPB"
    assert evaluation.column.rule is not None
    assert evaluation.column.rule.citation.instrument == "318/QĐ-TTg"


def test_the_uncertain_reading_of_art_1_is_said_in_the_result() -> None:
    """A non-ATK commune of such a district keeps its column, and the caveat says why."""
    evaluation = evaluate(
        {"15.3": 20}, region="DBSH", year=2025, categories=("district_left_poverty",)
    )
    assert evaluation.column.column.code == "DBSH"
    assert [c.key for c in evaluation.column.caveats] == ["318_art1_district_left_poverty"]
    assert "other reading" in evaluation.column.describe("en")


def test_coastal_communes_before_211_carry_the_reading_caveat() -> None:
    """Before 01/3/2024 a coastal-sandbank commune keeps its column, with the caveat; after, TDMNPB."""
    before = evaluate({"15.3": 20}, region="BTB", year=2023, categories=("coastal_or_island",))
    after = evaluate({"15.3": 20}, region="BTB", year=2024, categories=("coastal_or_island",))
    assert before.column.column.code == "BTB"
    assert [c.key for c in before.column.caveats] == ["318_art1_coastal_before_211"]
    assert after.column.column.code == "TDMNPB"
    assert after.column.caveats == ()


def test_composite_parts_in_any_order_give_the_same_bytes() -> None:
    """The same facts in another key order give the same explanation and document."""
    forward = {"schools": 4, "meeting_minimum": 4, "meeting_level_1": 2}
    backward = dict(reversed(list(forward.items())))
    first = evaluate({"5": forward, "3.1": 70, "2.1": 90})
    second = evaluate({"2.1": 90, "3.1": 70, "5": backward})
    assert first.indicator("5").measurement == second.indicator("5").measurement
    one = json.dumps(evaluation_document(first), ensure_ascii=False)
    other = json.dumps(evaluation_document(second), ensure_ascii=False)
    assert one == other
