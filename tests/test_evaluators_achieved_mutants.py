"""Achieved and scored indicators, pinned where mutation testing found them loose.

Indicator 3.2, "4 tại chỗ" (reference §2 note on 3.2, QĐ 1680, verified): every mandatory
checklist item met and a score in the band 50 to below 70 points for an ordinary NTM
commune; whether 70 or more also passes is not stated, so such a pass is flagged unverified
(and withheld in verified-only mode). An achieved-type answer is judged as assessed.
"""

import pytest

import ntm_rules
from ntm_rules.citations import Citation, Verification
from ntm_rules.evaluators.base import Indicator
from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError, WrongKindError
from ntm_rules.measurements import Achievement, Score
from ntm_rules.results import Reason, Status
from ntm_rules.thresholds import ThresholdTable
from ntm_rules.units import POINTS

ACCEPTS_3_2 = (
    "Đạt / Chưa đạt / Không đạt, x, 1 / 0, true / false, có / không (as assessed), "
    "or the checklist score in points (0–100)"
)


def scored() -> Indicator:
    """Indicator 3.2 of the 2021–2025 commune set."""
    return ntm_rules.default_rulebook().indicator("3.2")


def verdict(value: object, *, verified_only: bool = False) -> ntm_rules.IndicatorResult:
    """3.2 for a Central Highlands commune in 2024 (the band is the same in every region)."""
    profile = ntm_rules.load_profile(
        {"commune": "Test", "region": "TN", "year": 2024, "values": {"3.2": value}}
    )
    return ntm_rules.evaluate(profile, verified_only=verified_only).indicator("3.2")


@pytest.mark.parametrize(
    ("raw", "measurement"),
    [
        (True, Achievement(True)),
        ("Chưa đạt", Achievement(False)),
        ("55 điểm", Score(55.0)),
        ("55,5", Score(55.5)),
        (60, Score(60.0)),  # a number is always a score here, never "achieved"
        (1, Score(1.0)),
        (0, Score(0.0)),
    ],
)
def test_scored_inputs(raw: object, measurement: object) -> None:
    """Achieved-type answers, or a score in points."""
    assert scored().read(raw, "values.3.2") == measurement


@pytest.mark.parametrize(
    ("raw", "error", "reason"),
    [
        ("maybe", WrongKindError, f"expected {ACCEPTS_3_2}, got the text 'maybe'"),
        ([55], WrongKindError, f"expected {ACCEPTS_3_2}, got a list"),
        (None, WrongKindError, f"expected {ACCEPTS_3_2}, got null"),
        (150, OutOfRangeError, "150 points is outside 0–100 points"),
        ("150 điểm", OutOfRangeError, "150 points is outside 0–100 points"),
        (float("nan"), OutOfRangeError, "nan is not a finite number"),
        ("55 %", UnitMismatchError, "'%' is percent, which cannot be converted to points"),
    ],
)
def test_bad_scored_inputs_name_the_field(raw: object, error: type[Exception], reason: str) -> None:
    """Anything else is an error on the field, listing what is accepted."""
    with pytest.raises(error) as caught:
        scored().read(raw, "values.3.2")
    assert getattr(caught.value, "field", None) == "values.3.2"
    assert getattr(caught.value, "reason", None) == reason


@pytest.mark.parametrize(
    ("score", "status", "reason", "verification", "gap"),
    [
        (50, Status.PASS, Reason.COMPARED, Verification.VERIFIED, 0.0),  # the band's floor
        (69.9, Status.PASS, Reason.COMPARED, Verification.VERIFIED, 0.0),
        (49.5, Status.FAIL, Reason.COMPARED, Verification.VERIFIED, 0.5),  # 50 - 49.5
        (0, Status.FAIL, Reason.COMPARED, Verification.VERIFIED, 50.0),
        (70, Status.PASS, Reason.SCORE_ABOVE_BAND, Verification.UNVERIFIED, 0.0),
        (100, Status.PASS, Reason.SCORE_ABOVE_BAND, Verification.UNVERIFIED, 0.0),
    ],
)
def test_score_band(
    score: float, status: Status, reason: Reason, verification: Verification, gap: float
) -> None:
    """50 to below 70 passes; below 50 fails by the shortfall; 70 or more passes, flagged."""
    result = verdict(score)
    assert (result.status, result.reason, result.verification) == (status, reason, verification)
    assert result.gap == pytest.approx(gap)


def test_a_score_above_the_band_is_withheld_in_verified_only_mode() -> None:
    """The pass above the band rests on a reading, not the source: withheld, and said so."""
    result = verdict(70, verified_only=True)
    assert result.status is Status.UNKNOWN
    assert result.reason is Reason.UNVERIFIED_EXCLUDED
    assert result.verification is Verification.UNVERIFIED
    assert verdict(55, verified_only=True).status is Status.PASS


def test_an_unknown_band_leaves_the_score_unassessed() -> None:
    """Without the band's floor a score cannot be judged; the score is kept for the record."""
    book = ntm_rules.default_rulebook()
    unknown = ThresholdTable.uniform(
        None, Verification.UNKNOWN, Citation("test"), book.columns.codes
    )
    no_band = book.indicator("3.2").with_tables(parameters={"score_minimum": unknown})
    derived = book.with_indicators({"3.2": no_band}, new_id="test", citation=Citation("test"))
    profile = ntm_rules.load_profile(
        {"commune": "Test", "region": "TN", "year": 2024, "values": {"3.2": 55}}
    )
    result = ntm_rules.evaluate(profile, derived).indicator("3.2")
    assert result.status is Status.UNKNOWN
    assert result.reason is Reason.SCORE_BAND_UNKNOWN
    assert result.measurement == Score(55.0)
    # an assessed answer needs no band
    profile = ntm_rules.load_profile(
        {"commune": "Test", "region": "TN", "year": 2024, "values": {"3.2": "Đạt"}}
    )
    assert ntm_rules.evaluate(profile, derived).indicator("3.2").status is Status.PASS


def test_a_length_is_not_a_checklist_score() -> None:
    """'60 m' is not a score of the 3.2 checklist: it must be a unit error, not a pass."""
    with pytest.raises(UnitMismatchError):
        POINTS.parse("60 m", "values.3.2")
    with pytest.raises(ntm_rules.InvalidInputError, match="cannot be converted to points"):
        verdict("60 m")
