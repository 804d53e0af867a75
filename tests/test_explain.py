"""Explanations: one line per verdict in both languages, and the full reasoning."""

import pytest

from ntm_rules.explain import full, number, one_line, shown_threshold, shown_value
from tests.assertions import evaluate, result


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_verdict_has_a_line(lang: str) -> None:
    """Pass, fail and unknown each explain themselves, without raising, in both languages."""
    evaluation = evaluate(
        {
            "3.1": {"numerator": 70, "denominator": 100},
            "3.2": 85,
            "5": {"schools": 4, "meeting_level_1": 4},
            "9.1": 2,
            "14.1": {"grade_1_entry_rate": 99},
            "15.2": 80,
            "19.2": True,
        }
    )
    for verdict in evaluation.indicators:
        line = one_line(verdict, lang)
        assert line
        assert full(verdict, lang)[0].startswith(verdict.id)


def test_failing_rate_line_names_the_count() -> None:
    """A rate from counts says how many more are needed, in Vietnamese too."""
    verdict = result("17.10", {"numerator": 90, "denominator": 100})
    assert one_line(verdict, "vi") == (
        "Không đạt: 90 % (90/100) so với ≥ 100 %; còn thiếu 10 điểm % (cần thêm 10 cơ sở); ngưỡng chưa kiểm chứng"
    )


def test_ceiling_line_says_fewer() -> None:
    """An at-most failure from counts says how many fewer."""
    verdict = result("11", {"numerator": 20, "denominator": 100})
    assert "(7 fewer households)" in one_line(verdict, "en")
    assert "cần giảm 7 hộ" in one_line(verdict, "vi")


def test_shown_values() -> None:
    """Values and thresholds print with their units."""
    verdict = result("17.4", "2.5 m²/person")
    assert shown_value(verdict, "en") == "2.5 m²/person"
    assert shown_threshold(verdict, "vi") == "≥ 2 m²/người"
    assert shown_threshold(result("19.2", True), "en") == "Met"
    assert shown_threshold(result("17.1", 5), "en") == "?"


def test_full_reasoning_shows_dates_and_sources() -> None:
    """The full reasoning carries the effective date and the citation URLs."""
    lines = full(result("10", 40, year=2022), "en")
    assert any("in force from: 2022-01-01" in line for line in lines)
    lines = full(result("3.1", 90), "vi")
    assert any("ccptnt.vn" in line for line in lines)


def test_number_formatting() -> None:
    """Two decimals at most, no trailing zeros, no negative zero."""
    assert [number(1.005), number(2.0), number(-0.001)] == ["1", "2", "0"]


def test_no_reference_source_tag_reaches_an_explanation() -> None:
    """Notes keep their words, not the tags (S24, T28/T29) that index shared/reference."""
    import re  # noqa: PLC0415

    import ntm_rules  # noqa: PLC0415
    from ntm_rules.editions import EDITIONS  # noqa: PLC0415

    tag = re.compile(r"\b[STU]\d{1,3}\b")
    tagged = 0
    for edition_id in EDITIONS:
        book = ntm_rules.load_rulebook(edition_id)
        if not book.indicator_ids:
            continue
        profile = ntm_rules.load_profile(
            {"commune": "A", "year": book.last_year, book.columns.dimension: book.columns.codes[-1]}
        )
        evaluation = ntm_rules.evaluate(profile, book)
        for outcome in evaluation.indicators:
            notes = (
                outcome.indicator.notes,
                outcome.threshold.citation.note if outcome.threshold else "",
            )
            tagged += any(tag.search(text) for text in notes)
            shown = "\n".join(x for x in full(outcome, "en") if not x.strip().startswith("http"))
            assert not tag.search(shown), shown
    assert tagged > 0  # the data does carry tags: the check above is not vacuous
