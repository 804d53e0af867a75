"""What the cells of an indicator row say: the requirement, the result and the assessment."""

from __future__ import annotations

from datetime import date

from ntm_rules import explain
from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.measurements import Achievement, Components, Measurement, Ratio
from ntm_rules.results import CriterionResult, IndicatorResult, Status
from ntm_rules.thresholds import Direction, ThresholdValue
from ntm_rules.workbooks.grid import CellValue
from ntm_rules.workbooks.layout import ACHIEVED_CHOICES, ASSESSMENT, number_in


def unit_text(indicator: Indicator, lang: str) -> str:
    """The unit column of an indicator row."""
    if isinstance(indicator, ScoredIndicator) and not isinstance(indicator, CompositeIndicator):
        return "Đạt/Chưa đạt, điểm" if lang != "en" else "yes/no, points"
    if indicator.direction is Direction.ACHIEVED:
        return "Đạt/Chưa đạt" if lang != "en" else "yes/no"
    return indicator.unit.symbol(lang)


def figure_text(indicator: Indicator, value: ThresholdValue, lang: str) -> str:
    """A threshold as the requirement column shows it (``""`` when unknown)."""
    if not value.is_known:
        return ""
    if indicator.direction is Direction.ACHIEVED:
        return ACHIEVED_CHOICES["vi"][0] if lang != "en" else "Met"
    unit = indicator.unit.symbol(lang)
    return f"{indicator.direction.symbol} {number_in(float(value.value or 0), lang)} {unit}"


def requirement_text(indicator: Indicator, column: str, as_of: date, lang: str) -> str:
    """The requirement of one column, with the score band of a scored indicator."""
    text = figure_text(indicator, indicator.thresholds.at(column, as_of), lang)
    if text and isinstance(indicator, ScoredIndicator) and "score_minimum" in indicator.parameters:
        minimum = indicator.parameters["score_minimum"].at(column, as_of)
        if minimum.is_known:
            points = number_in(float(minimum.value or 0), lang)
            text += f" (hoặc ≥ {points} điểm)" if lang != "en" else f" (or ≥ {points} points)"
    return text


def requirement_by_column(
    indicator: Indicator, columns: list[tuple[str, str]], as_of: date, lang: str
) -> str:
    """The requirement when no column is chosen: one figure, or each column's."""
    texts = [(label, requirement_text(indicator, code, as_of, lang)) for code, label in columns]
    if len({text for _, text in texts}) == 1:
        return texts[0][1]
    return "; ".join(f"{label}: {text or '?'}" for label, text in texts)


def result_value(measurement: Measurement | None, lang: str) -> CellValue:
    """What the result column shows for a measurement (``None``: no value, or parts)."""
    if measurement is None or isinstance(measurement, Components):
        return None
    if isinstance(measurement, Achievement):
        return ACHIEVED_CHOICES[lang][0 if measurement.value else 1]
    if isinstance(measurement, Ratio):
        return (
            f"{number_in(measurement.numerator, lang)}/{number_in(measurement.denominator, lang)}"
        )
    return measurement.value


def part_value(value: float | bool, lang: str) -> CellValue:
    """What a part row shows."""
    if isinstance(value, bool):
        return ACHIEVED_CHOICES[lang][0 if value else 1]
    return value


def assessment(result: IndicatorResult, lang: str) -> str:
    """The assessment of one indicator: the verdict, then the shortfall or the reason.

    Examples:
        >>> from ntm_rules import evaluate, load_profile
        >>> profile = load_profile({"commune": "A", "region": "TN", "year": 2024,
        ...     "values": {"3.1": "70/100", "14.2": 50}})
        >>> assessment(evaluate(profile).indicator("3.1"), "vi")
        'Chưa đạt: còn thiếu 10 điểm %; cần thêm 10 ha'
        >>> assessment(evaluate(profile).indicator("2.2"), "vi")
        'Chưa đủ căn cứ đánh giá: chưa biết ngưỡng (cần bảng của tỉnh hoặc văn bản gốc)'
    """
    word = ASSESSMENT[result.status].in_(lang)
    detail = explain.detail_text(result, lang)
    if result.status is Status.UNKNOWN:
        return f"{word}: {explain.reason_label(result.reason, lang)}" + (
            f" ({detail})" if detail else ""
        )
    if result.status is Status.PASS:
        return word
    parts = explain.shortfall_parts(result, lang)
    if detail:
        parts.append(detail)
    return f"{word}: {'; '.join(parts)}" if parts else word


def criterion_assessment(result: CriterionResult, lang: str) -> str:
    """The assessment of a criterion: the verdict and how many indicators are met."""
    word = ASSESSMENT[result.status].in_(lang)
    if result.reason is not None and not result.indicators:
        return f"{word}: {explain.reason_label(result.reason, lang)}"
    met = sum(1 for i in result.indicators if i.status is Status.PASS)
    counted = f"{met}/{len(result.indicators)} {'met' if lang == 'en' else 'chỉ tiêu đạt'}"
    if result.reason is not None:
        counted += f"; {explain.reason_label(result.reason, lang)}"
    return f"{word} ({counted})"


def status_style(status: Status) -> str:
    """The cell style of a verdict."""
    return {Status.PASS: "pass", Status.FAIL: "fail", Status.UNKNOWN: "unknown"}[status]
