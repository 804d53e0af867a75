"""Whole verdict payloads: every field of an ``IndicatorResult``, worked out by hand.

Issue 8, point 3. The expected figures are taken from the legal reference
(``shared/reference/criteria-2021-2025-commune.md``), never from the library's tables:

* 3.1 irrigated farmland: ≥ 80 % in every region (verified, QĐ 1680).
* 3.2 "four on-the-spot": achieved, or a checklist score in the band 50 to < 70 points
  (verified); whether ≥ 70 passes is not stated, so such a pass is an unverified reading.
* 5 schools: ĐBSH and ĐNB: 100 % at level 1; other regions: 100 % at the minimum standard
  and ≥ 70 % at level 1 with more than 3 schools, ≥ 50 % with 3 or fewer (verified).
* 6.3 villages with a community venue: ≥ 100 % (verified).
* 11 multidimensional poverty: ≤ ~13 % TDMNPB (unverified); TN unknown.
* 14.1: grade-1 entry ≥ 98 %, universal pre-school for 5-year-olds, primary, lower-secondary
  and literacy at level 2; reading level 2 as a minimum is an interpretation (verified rule).
* 15.3 under-5 stunting: ≤ 24 TDMNPB, 16.5 ĐBSH, 26.5 TN, 14.5 ĐNB (verified).
* 16 cultural villages: ≥ ~70 % (unverified).
* 19.2 security and public order: achieved (verified).

Every gap below is "value needed minus value": positive when the value must rise, negative
when an at-most value must fall, 0 when passing. ``count_needed`` is how many more (or
fewer) counted units reach the threshold.
"""

from __future__ import annotations

from typing import Any

import pytest
from attrs import frozen

import ntm_rules
from ntm_rules.citations import Verification
from ntm_rules.explain import detail_text, one_line
from ntm_rules.measurements import Achievement, Amount, Components, Measurement, Ratio, Score
from ntm_rules.regions import Region
from ntm_rules.results import Evaluation, IndicatorResult, Reason, Status

PASS, FAIL, UNKNOWN = Status.PASS, Status.FAIL, Status.UNKNOWN
VERIFIED, UNVERIFIED = Verification.VERIFIED, Verification.UNVERIFIED
COMPARED = Reason.COMPARED

EDUCATION_OK: dict[str, Any] = {
    "grade_1_entry_rate": 98,
    "preschool_5_universal": True,
    "primary_level": 2,
    "lower_secondary_level": 2,
    "literacy_level": 2,
}


def _evaluate(
    values: dict[str, Any],
    region: str = "TN",
    *,
    categories: tuple[str, ...] = (),
    verified_only: bool = False,
) -> Evaluation:
    profile = ntm_rules.load_profile(
        {
            "commune": "T",
            "province": "T",
            "region": region,
            "year": 2024,
            "categories": list(categories),
            "values": values,
        }
    )
    return ntm_rules.evaluate(profile, verified_only=verified_only)


def _result(
    indicator_id: str,
    raw: object,
    region: str = "TN",
    *,
    categories: tuple[str, ...] = (),
    verified_only: bool = False,
) -> IndicatorResult:
    values = {} if raw is None else {indicator_id: raw}
    evaluation = _evaluate(values, region, categories=categories, verified_only=verified_only)
    return evaluation.indicator(indicator_id)


def _education(**changes: Any) -> dict[str, Any]:
    return {**EDUCATION_OK, **changes}


@frozen
class Payload:
    """The expected fields of one verdict."""

    status: Status
    reason: Reason
    threshold: float | bool | None
    verification: Verification
    gap: float | None
    count_needed: int | None
    detail: str = ""
    threshold_verification: Verification | None = None
    """The threshold's own status, when it differs from the verdict's."""


@frozen
class Case:
    """One evaluation and the payload it must give."""

    indicator: str
    raw: object
    measurement: Measurement | None
    want: Payload
    region: str = "TN"
    column: Region = Region.TN
    categories: tuple[str, ...] = ()
    verified_only: bool = False


def assert_payload(result: IndicatorResult, case: Case) -> None:
    """Assert every field of the result against the hand-worked payload."""
    want = case.want
    assert result.id == case.indicator
    assert result.indicator.id == case.indicator
    assert result.status is want.status
    assert result.reason is want.reason
    assert result.measurement == case.measurement
    assert result.column.column.code == case.column.code
    assert result.threshold is not None, "the threshold is kept for the record"
    assert result.threshold.value == want.threshold
    assert result.threshold.verification is (want.threshold_verification or want.verification)
    assert result.verification is want.verification
    if want.gap is None:
        assert result.gap is None
    else:
        assert result.gap == pytest.approx(want.gap)
    assert result.count_needed == want.count_needed
    assert detail_text(result, "en") == want.detail


CASES = [
    # --- 3.1, rate from counts, ≥ 80 % (verified) ---
    pytest.param(
        # 70/100 = 70 %; gap 80 - 70 = 10; 80 % of 100 ha = 80 ha, 80 - 70 = 10 more
        Case("3.1", {"numerator": 70, "denominator": 100}, Ratio(70, 100),
             Payload(FAIL, COMPARED, 80, VERIFIED, 10, 10)),
        id="3.1-70-of-100",
    ),
    pytest.param(
        # 80/100 = 80 % = threshold: the boundary passes; no count needed
        Case("3.1", {"numerator": 80, "denominator": 100}, Ratio(80, 100),
             Payload(PASS, COMPARED, 80, VERIFIED, 0, None)),
        id="3.1-80-of-100-edge",
    ),
    pytest.param(
        # 45/57 = 78.947 %; gap 80 - 4500/57 = 60/57 = 1.0526;
        # 80 % of 57 = 45.6 ha, so 46 ha are needed: 46 - 45 = 1 more
        Case("3.1", {"numerator": 45, "denominator": 57}, Ratio(45, 57),
             Payload(FAIL, COMPARED, 80, VERIFIED, 60 / 57, 1)),
        id="3.1-45-of-57",
    ),
    pytest.param(
        # 46/57 = 80.70 % ≥ 80
        Case("3.1", {"numerator": 46, "denominator": 57}, Ratio(46, 57),
             Payload(PASS, COMPARED, 80, VERIFIED, 0, None)),
        id="3.1-46-of-57",
    ),
    pytest.param(
        # 240/400 = 60 %; gap 20; 80 % of 400 = 320 ha, 320 - 240 = 80 more
        Case("3.1", {"numerator": 240, "denominator": 400}, Ratio(240, 400),
             Payload(FAIL, COMPARED, 80, VERIFIED, 20, 80)),
        id="3.1-240-of-400",
    ),
    pytest.param(
        # a plain percentage: gap 80 - 79.5 = 0.5; no counts, so no count needed
        Case("3.1", 79.5, Amount(79.5), Payload(FAIL, COMPARED, 80, VERIFIED, 0.5, None)),
        id="3.1-79.5-percent",
    ),
    pytest.param(
        Case("3.1", None, None, Payload(UNKNOWN, Reason.NO_INPUT, 80, VERIFIED, None, None)),
        id="3.1-no-input",
    ),
    pytest.param(
        # verified threshold: verified-only mode changes nothing (gap 10, 10 more)
        Case("3.1", {"numerator": 70, "denominator": 100}, Ratio(70, 100),
             Payload(FAIL, COMPARED, 80, VERIFIED, 10, 10), verified_only=True),
        id="3.1-70-of-100-verified-only",
    ),
    # --- 6.3, rate from counts, ≥ 100 % (verified) ---
    pytest.param(
        # 9/10 villages = 90 %; gap 10; 100 % of 10 = 10 villages: 1 more
        Case("6.3", {"numerator": 9, "denominator": 10}, Ratio(9, 10),
             Payload(FAIL, COMPARED, 100, VERIFIED, 10, 1)),
        id="6.3-9-of-10",
    ),
    # --- 15.3, at most (verified) ---
    pytest.param(
        # TN ≤ 26.5: gap 26.5 - 30 = -3.5 (must fall); a plain rate, no count
        Case("15.3", 30, Amount(30), Payload(FAIL, COMPARED, 26.5, VERIFIED, -3.5, None)),
        id="15.3-TN-30",
    ),
    pytest.param(
        # exactly on the ceiling passes
        Case("15.3", 26.5, Amount(26.5), Payload(PASS, COMPARED, 26.5, VERIFIED, 0, None)),
        id="15.3-TN-26.5-edge",
    ),
    pytest.param(
        # ĐBSH ≤ 16.5: 20/100 = 20 %, gap 16.5 - 20 = -3.5;
        # at most 16.5 % of 100 = 16.5 children, i.e. 16: 20 - 16 = 4 fewer
        Case("15.3", {"numerator": 20, "denominator": 100}, Ratio(20, 100),
             Payload(FAIL, COMPARED, 16.5, VERIFIED, -3.5, 4),
             region="DBSH", column=Region.DBSH),
        id="15.3-DBSH-20-of-100",
    ),
    pytest.param(
        # TDMNPB ≤ 24: 50/200 = 25 %, gap 24 - 25 = -1; 24 % of 200 = 48: 50 - 48 = 2 fewer
        Case("15.3", {"numerator": 50, "denominator": 200}, Ratio(50, 200),
             Payload(FAIL, COMPARED, 24, VERIFIED, -1, 2),
             region="TDMNPB", column=Region.TDMNPB),
        id="15.3-TDMNPB-50-of-200",
    ),
    pytest.param(
        # 48/200 = 24 % = the ceiling: passes
        Case("15.3", {"numerator": 48, "denominator": 200}, Ratio(48, 200),
             Payload(PASS, COMPARED, 24, VERIFIED, 0, None),
             region="TDMNPB", column=Region.TDMNPB),
        id="15.3-TDMNPB-48-of-200-edge",
    ),
    pytest.param(
        # ĐNB ≤ 14.5: gap 14.5 - 14.6 = -0.1
        Case("15.3", 14.6, Amount(14.6), Payload(FAIL, COMPARED, 14.5, VERIFIED, -0.1, None),
             region="DNB", column=Region.DNB),
        id="15.3-DNB-14.6",
    ),
    pytest.param(
        # an especially difficult ĐBSH commune is judged on the TDMNPB column (318 Art. 1):
        # 20 ≤ 24 passes, although 20 > 16.5 (the ĐBSH ceiling)
        Case("15.3", 20, Amount(20), Payload(PASS, COMPARED, 24, VERIFIED, 0, None),
             region="DBSH", column=Region.TDMNPB, categories=("especially_difficult",)),
        id="15.3-DBSH-especially-difficult",
    ),
    # --- 16, unverified ~70 % ---
    pytest.param(
        # 6/10 = 60 %; gap 70 - 60 = 10; 70 % of 10 = 7 villages: 1 more; flagged unverified
        Case("16", {"numerator": 6, "denominator": 10}, Ratio(6, 10),
             Payload(FAIL, COMPARED, 70, UNVERIFIED, 10, 1)),
        id="16-6-of-10",
    ),
    pytest.param(
        # 7/10 = 70 % on the edge: passes, resting on the unverified figure
        Case("16", {"numerator": 7, "denominator": 10}, Ratio(7, 10),
             Payload(PASS, COMPARED, 70, UNVERIFIED, 0, None)),
        id="16-7-of-10-edge",
    ),
    pytest.param(
        # verified-only: unknown, the 70 % kept for the record, no gap computed
        Case("16", {"numerator": 6, "denominator": 10}, Ratio(6, 10),
             Payload(UNKNOWN, Reason.UNVERIFIED_EXCLUDED, 70, UNVERIFIED, None, None),
             verified_only=True),
        id="16-6-of-10-verified-only",
    ),
    pytest.param(
        # a value that would pass is withheld just the same
        Case("16", 90, Amount(90),
             Payload(UNKNOWN, Reason.UNVERIFIED_EXCLUDED, 70, UNVERIFIED, None, None),
             verified_only=True),
        id="16-90-verified-only",
    ),
    # --- 11, at most, unverified ~13 % (TDMNPB) / unknown (TN) ---
    pytest.param(
        # TDMNPB ≤ 13: gap 13 - 15 = -2
        Case("11", 15, Amount(15), Payload(FAIL, COMPARED, 13, UNVERIFIED, -2, None),
             region="TDMNPB", column=Region.TDMNPB),
        id="11-TDMNPB-15",
    ),
    pytest.param(
        # 30/200 = 15 %; gap -2; at most 13 % of 200 = 26 households: 30 - 26 = 4 fewer
        Case("11", {"numerator": 30, "denominator": 200}, Ratio(30, 200),
             Payload(FAIL, COMPARED, 13, UNVERIFIED, -2, 4),
             region="TDMNPB", column=Region.TDMNPB),
        id="11-TDMNPB-30-of-200",
    ),
    pytest.param(
        Case("11", 15, Amount(15),
             Payload(UNKNOWN, Reason.UNVERIFIED_EXCLUDED, 13, UNVERIFIED, None, None),
             region="TDMNPB", column=Region.TDMNPB, verified_only=True),
        id="11-TDMNPB-15-verified-only",
    ),
    pytest.param(
        # no TN figure is known: unknown, with the empty figure kept
        Case("11", 15, Amount(15),
             Payload(UNKNOWN, Reason.UNKNOWN_THRESHOLD, None, Verification.UNKNOWN, None, None)),
        id="11-TN-unknown-threshold",
    ),
    # --- 3.2, scored: band 50 to < 70 (verified) ---
    pytest.param(
        # 50 is the lowest passing score
        Case("3.2", 50, Score(50), Payload(PASS, COMPARED, True, VERIFIED, 0, None)),
        id="3.2-50-edge",
    ),
    pytest.param(
        # gap 50 - 49.99 = 0.01; a score is not a count
        Case("3.2", 49.99, Score(49.99), Payload(FAIL, COMPARED, True, VERIFIED, 0.01, None)),
        id="3.2-49.99",
    ),
    pytest.param(
        # gap 50 - 0 = 50
        Case("3.2", 0, Score(0), Payload(FAIL, COMPARED, True, VERIFIED, 50, None)),
        id="3.2-0",
    ),
    pytest.param(
        # 69.99 is still inside the stated band
        Case("3.2", 69.99, Score(69.99), Payload(PASS, COMPARED, True, VERIFIED, 0, None)),
        id="3.2-69.99",
    ),
    pytest.param(
        # 70 is above the stated band: a pass only on an unverified reading
        Case("3.2", 70, Score(70),
             Payload(PASS, Reason.SCORE_ABOVE_BAND, True, UNVERIFIED, 0, None,
                     threshold_verification=VERIFIED)),
        id="3.2-70-above-band",
    ),
    pytest.param(
        Case("3.2", 85, Score(85),
             Payload(PASS, Reason.SCORE_ABOVE_BAND, True, UNVERIFIED, 0, None,
                     threshold_verification=VERIFIED)),
        id="3.2-85-above-band",
    ),
    pytest.param(
        # verified-only withholds the unverified reading "exactly as for an unverified
        # threshold": unknown, excluded, and the verdict's verification says unverified
        Case("3.2", 70, Score(70),
             Payload(UNKNOWN, Reason.UNVERIFIED_EXCLUDED, True, UNVERIFIED, None, None,
                     threshold_verification=VERIFIED),
             verified_only=True),
        id="3.2-70-verified-only",
    ),
    pytest.param(
        # inside the verified band: verified-only keeps the pass
        Case("3.2", 50, Score(50), Payload(PASS, COMPARED, True, VERIFIED, 0, None),
             verified_only=True),
        id="3.2-50-verified-only",
    ),
    pytest.param(
        # a fail below the verified band stays a fail, gap 0.01
        Case("3.2", 49.99, Score(49.99), Payload(FAIL, COMPARED, True, VERIFIED, 0.01, None),
             verified_only=True),
        id="3.2-49.99-verified-only",
    ),
    pytest.param(
        # as assessed: no numbers, so no gap
        Case("3.2", True, Achievement(True), Payload(PASS, COMPARED, True, VERIFIED, None, None)),
        id="3.2-true",
    ),
    pytest.param(
        Case("3.2", False, Achievement(False),
             Payload(FAIL, COMPARED, True, VERIFIED, None, None)),
        id="3.2-false",
    ),
    # --- 19.2, achieved (verified) ---
    pytest.param(
        Case("19.2", False, Achievement(False),
             Payload(FAIL, COMPARED, True, VERIFIED, None, None), verified_only=True),
        id="19.2-false-verified-only",
    ),
    # --- 5, schools (composite, verified) ---
    pytest.param(
        # TN, 5 schools (> 3): minimum 5/5 = 100 % ok; level 1 3/5 = 60 % < 70:
        # gap 70 - 60 = 10; 70 % of 5 = 3.5, so 4 schools: 1 more
        Case("5", {"schools": 5, "meeting_minimum": 5, "meeting_level_1": 3},
             Components({"schools": 5, "meeting_minimum": 5, "meeting_level_1": 3}),
             Payload(FAIL, COMPARED, True, VERIFIED, 10, 1, "level 1 (≥ 70 %)")),
        id="5-TN-5-5-3",
    ),
    pytest.param(
        # TN, minimum 4/5 = 80 % < 100: gap 20, 5 - 4 = 1 more (level 1 4/5 = 80 % would pass)
        Case("5", {"schools": 5, "meeting_minimum": 4, "meeting_level_1": 4},
             Components({"schools": 5, "meeting_minimum": 4, "meeting_level_1": 4}),
             Payload(FAIL, COMPARED, True, VERIFIED, 20, 1, "minimum facility standard")),
        id="5-TN-minimum-4-of-5",
    ),
    pytest.param(
        # TN, minimum 7/10 = 70 %: gap 30, 10 - 7 = 3 more
        Case("5", {"schools": 10, "meeting_minimum": 7, "meeting_level_1": 7},
             Components({"schools": 10, "meeting_minimum": 7, "meeting_level_1": 7}),
             Payload(FAIL, COMPARED, True, VERIFIED, 30, 3, "minimum facility standard")),
        id="5-TN-minimum-7-of-10",
    ),
    pytest.param(
        # TN, 10 schools, level 1 7/10 = 70 % exactly: passes
        Case("5", {"schools": 10, "meeting_minimum": 10, "meeting_level_1": 7},
             Components({"schools": 10, "meeting_minimum": 10, "meeting_level_1": 7}),
             Payload(PASS, COMPARED, True, VERIFIED, 0, None)),
        id="5-TN-level-1-70-edge",
    ),
    pytest.param(
        # TN, 20 schools, level 1 10/20 = 50 %: gap 20; 70 % of 20 = 14: 14 - 10 = 4 more
        Case("5", {"schools": 20, "meeting_minimum": 20, "meeting_level_1": 10},
             Components({"schools": 20, "meeting_minimum": 20, "meeting_level_1": 10}),
             Payload(FAIL, COMPARED, True, VERIFIED, 20, 4, "level 1 (≥ 70 %)")),
        id="5-TN-20-schools-10-level-1",
    ),
    pytest.param(
        # TN, 4 schools is "more than 3": level 1 2/4 = 50 % < 70: gap 20;
        # 70 % of 4 = 2.8, so 3: 1 more (the ≤ 3-schools 50 % rule would have passed)
        Case("5", {"schools": 4, "meeting_minimum": 4, "meeting_level_1": 2},
             Components({"schools": 4, "meeting_minimum": 4, "meeting_level_1": 2}),
             Payload(FAIL, COMPARED, True, VERIFIED, 20, 1, "level 1 (≥ 70 %)")),
        id="5-TN-4-schools-2-level-1",
    ),
    pytest.param(
        # TN, 3 schools (≤ 3): level 1 1/3 = 33.33 % < 50: gap 50 - 100/3 = 50/3 = 16.67;
        # 50 % of 3 = 1.5, so 2: 1 more
        Case("5", {"schools": 3, "meeting_minimum": 3, "meeting_level_1": 1},
             Components({"schools": 3, "meeting_minimum": 3, "meeting_level_1": 1}),
             Payload(FAIL, COMPARED, True, VERIFIED, 50 / 3, 1, "level 1 (≥ 50 %)")),
        id="5-TN-3-schools-1-level-1",
    ),
    pytest.param(
        # TN, 3 schools: level 1 2/3 = 66.7 % ≥ 50 passes (it would fail the 70 % rule)
        Case("5", {"schools": 3, "meeting_minimum": 3, "meeting_level_1": 2},
             Components({"schools": 3, "meeting_minimum": 3, "meeting_level_1": 2}),
             Payload(PASS, COMPARED, True, VERIFIED, 0, None)),
        id="5-TN-3-schools-2-level-1",
    ),
    pytest.param(
        # TN asks for the minimum-standard count too
        Case("5", {"schools": 5, "meeting_level_1": 5},
             Components({"schools": 5, "meeting_level_1": 5}),
             Payload(UNKNOWN, Reason.PART_MISSING, True, VERIFIED, None, None,
                     "this column also needs meeting_minimum")),
        id="5-TN-missing-minimum",
    ),
    pytest.param(
        # ĐBSH: 100 % at level 1; 3/4 = 75 %: gap 25, 4 - 3 = 1 more (no minimum asked)
        Case("5", {"schools": 4, "meeting_level_1": 3},
             Components({"schools": 4, "meeting_level_1": 3}),
             Payload(FAIL, COMPARED, True, VERIFIED, 25, 1, "level 1 (≥ 100 %)"),
             region="DBSH", column=Region.DBSH),
        id="5-DBSH-3-of-4",
    ),
    pytest.param(
        Case("5", {"schools": 4, "meeting_level_1": 4},
             Components({"schools": 4, "meeting_level_1": 4}),
             Payload(PASS, COMPARED, True, VERIFIED, 0, None),
             region="DBSH", column=Region.DBSH),
        id="5-DBSH-4-of-4",
    ),
    pytest.param(
        # verified rule: verified-only mode gives the same payload (gap 10, 1 more)
        Case("5", {"schools": 5, "meeting_minimum": 5, "meeting_level_1": 3},
             Components({"schools": 5, "meeting_minimum": 5, "meeting_level_1": 3}),
             Payload(FAIL, COMPARED, True, VERIFIED, 10, 1, "level 1 (≥ 70 %)"),
             verified_only=True),
        id="5-TN-5-5-3-verified-only",
    ),
    pytest.param(
        Case("5", True, Achievement(True), Payload(PASS, COMPARED, True, VERIFIED, None, None)),
        id="5-true",
    ),
    # --- 14.1, composite (verified rule) ---
    pytest.param(
        # every part exactly at its level: 98 % entry, level 2 everywhere
        Case("14.1", EDUCATION_OK, Components(EDUCATION_OK),
             Payload(PASS, COMPARED, True, VERIFIED, 0, None)),
        id="14.1-all-at-level",
    ),
    pytest.param(
        # gap 98 - 97.5 = 0.5 (a share with no counts: no count needed)
        Case("14.1", _education(grade_1_entry_rate=97.5),
             Components(_education(grade_1_entry_rate=97.5)),
             Payload(FAIL, COMPARED, True, VERIFIED, 0.5, None, "grade-1 entry rate (≥ 98 %)")),
        id="14.1-entry-97.5",
    ),
    pytest.param(
        Case("14.1", _education(preschool_5_universal=False),
             Components(_education(preschool_5_universal=False)),
             Payload(FAIL, COMPARED, True, VERIFIED, None, None,
                     "universal pre-school for 5-year-olds")),
        id="14.1-no-preschool",
    ),
    pytest.param(
        Case("14.1", _education(primary_level=1, literacy_level=1),
             Components(_education(primary_level=1, literacy_level=1)),
             Payload(FAIL, COMPARED, True, VERIFIED, None, None,
                     "below level 2: primary_level, literacy_level")),
        id="14.1-two-below-level-2",
    ),
    pytest.param(
        # level 3 passes only on reading "level 2" as a minimum: flagged unverified
        Case("14.1", _education(lower_secondary_level=3),
             Components(_education(lower_secondary_level=3)),
             Payload(PASS, COMPARED, True, UNVERIFIED, 0, None,
                     threshold_verification=VERIFIED)),
        id="14.1-level-3",
    ),
    pytest.param(
        # verified-only withholds that reading, as for an unverified threshold
        Case("14.1", _education(lower_secondary_level=3),
             Components(_education(lower_secondary_level=3)),
             Payload(UNKNOWN, Reason.UNVERIFIED_EXCLUDED, True, UNVERIFIED, None, None,
                     threshold_verification=VERIFIED),
             verified_only=True),
        id="14.1-level-3-verified-only",
    ),
    pytest.param(
        Case("14.1", EDUCATION_OK, Components(EDUCATION_OK),
             Payload(PASS, COMPARED, True, VERIFIED, 0, None), verified_only=True),
        id="14.1-all-at-level-verified-only",
    ),
    pytest.param(
        # a fail on a verified condition stays a fail even when another part reads level 3
        Case("14.1", _education(grade_1_entry_rate=90, literacy_level=3),
             Components(_education(grade_1_entry_rate=90, literacy_level=3)),
             Payload(FAIL, COMPARED, True, VERIFIED, 8, None, "grade-1 entry rate (≥ 98 %)"),
             verified_only=True),
        id="14.1-entry-90-verified-only",
    ),
    pytest.param(
        Case("14.1", {k: v for k, v in EDUCATION_OK.items() if k != "literacy_level"},
             Components({k: v for k, v in EDUCATION_OK.items() if k != "literacy_level"}),
             Payload(UNKNOWN, Reason.PART_MISSING, True, VERIFIED, None, None,
                     "missing parts: literacy_level")),
        id="14.1-missing-literacy",
    ),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_payload(case: Case) -> None:
    """Every field of the verdict matches the payload worked out by hand."""
    result = _result(
        case.indicator,
        case.raw,
        case.region,
        categories=case.categories,
        verified_only=case.verified_only,
    )
    assert_payload(result, case)


def test_rests_on_unverified_follows_the_payload() -> None:
    """Only verdicts given on an unverified figure or reading are listed as such.

    3.1 at 70 % rests on the verified 80 %; 3.2 at 70 points on the unverified reading of
    the band; 16 at 60 % on the recalled 70 %. In verified-only mode both are withheld.
    """
    values: dict[str, Any] = {
        "3.1": {"numerator": 70, "denominator": 100},
        "3.2": 70,
        "16": {"numerator": 6, "denominator": 10},
    }
    assert _evaluate(values).resting_on_unverified == ("3.2", "16")
    assert _evaluate(values, verified_only=True).resting_on_unverified == ()


def test_criterion_follows_withheld_reading() -> None:
    """Criterion 3 passes on 85 % and 70 points, but is unknown once 70 points is withheld."""
    values: dict[str, Any] = {"3.1": 85, "3.2": 70}
    criterion = {c.id: c for c in _evaluate(values).criteria}["3"]
    assert criterion.status is PASS
    withheld = {c.id: c for c in _evaluate(values, verified_only=True).criteria}["3"]
    assert withheld.status is UNKNOWN


ONE_LINES = [
    pytest.param(
        "3.1", {"numerator": 70, "denominator": 100}, "TN", False,
        # 80 - 70 = 10 points short; 80 ha needed of 100, 10 more
        "Not met: 70 % (70/100) against ≥ 80 %; 10 percentage points short (10 more ha)",
        "Không đạt: 70 % (70/100) so với ≥ 80 %; còn thiếu 10 điểm % (cần thêm 10 ha)",
        id="3.1-rate-from-counts",
    ),
    pytest.param(
        "15.3", {"numerator": 20, "denominator": 100}, "DBSH", False,
        # 20 - 16.5 = 3.5 over; at most 16 children of 100, 4 fewer
        "Not met: 20 % (20/100) against ≤ 16.5 %; 3.5 percentage points over (4 fewer children)",
        "Không đạt: 20 % (20/100) so với ≤ 16,5 %; vượt 3,5 điểm % (cần giảm 4 trẻ)",
        id="15.3-at-most-from-counts",
    ),
    pytest.param(
        "16", {"numerator": 6, "denominator": 10}, "TN", False,
        # 70 - 60 = 10 short; 7 villages needed, 1 more
        "Not met: 60 % (6/10) against ≥ 70 %; 10 percentage points short (1 more villages);"
        " threshold unverified",
        "Không đạt: 60 % (6/10) so với ≥ 70 %; còn thiếu 10 điểm % (cần thêm 1 thôn, bản);"
        " ngưỡng chưa kiểm chứng",
        id="16-unverified",
    ),
    pytest.param(
        "16", {"numerator": 6, "denominator": 10}, "TN", True,
        "Cannot assess: threshold unverified (verified-only mode)",
        "Chưa đánh giá được: ngưỡng chưa được kiểm chứng (chế độ chỉ dùng ngưỡng đã kiểm chứng)",
        id="16-verified-only",
    ),
    pytest.param(
        "3.2", 50, "TN", False, "Met: 50 points", "Đạt: 50 điểm", id="3.2-band-edge",
    ),
    pytest.param(
        "3.2", 49.99, "TN", False,
        # 50 - 49.99 = 0.01 short
        "Not met: 49.99 points; 0.01 points short",
        "Không đạt: 49,99 điểm; còn thiếu 0,01 điểm",
        id="3.2-below-band",
    ),
    pytest.param(
        "5", {"schools": 5, "meeting_minimum": 5, "meeting_level_1": 3}, "TN", False,
        # 70 - 60 = 10 short; 4 schools at level 1 needed, 1 more
        "Not met: schools: 5, meeting the minimum standard: 5, at facility level 1: 3;"
        " 10 percentage points short (1 more schools)"
        " [level 1 (≥ 70 %)]",
        "Không đạt: số trường: 5, đạt chuẩn cơ sở vật chất tối thiểu: 5, đạt cơ sở vật chất"
        " mức độ 1: 3; còn thiếu 10 điểm %"
        " (cần thêm 1 trường) [mức 1 (≥ 70 %)]",
        id="5-composite",
    ),
    pytest.param(
        "19.2", False, "TN", False, "Not met (as assessed)", "Không đạt (theo đánh giá)",
        id="19.2-as-assessed",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("indicator", "raw", "region", "verified_only", "en", "vi"), ONE_LINES)
def test_one_line(
    *, indicator: str, raw: object, region: str, verified_only: bool, en: str, vi: str
) -> None:
    """The one-line explanation states the verdict, the figures and the shortfall."""
    result = _result(indicator, raw, region, verified_only=verified_only)
    assert one_line(result, "en") == en
    assert one_line(result, "vi") == vi


def test_one_line_flags_a_pass_above_the_band() -> None:
    """A 3.2 pass at 70 points (above the 50 to < 70 band) says it rests on an unverified reading."""
    result = _result("3.2", 70)
    assert one_line(result, "en").startswith("Met: 70 points")
    assert "unverified" in one_line(result, "en")
    assert one_line(result, "vi").startswith("Đạt: 70 điểm")
    assert "chưa kiểm chứng" in one_line(result, "vi")
