"""Explanations in Vietnamese and English: one line per verdict, or the full reasoning."""

from __future__ import annotations

from ntm_rules.citations import Verification
from ntm_rules.measurements import Achievement, Components, Ratio, Score
from ntm_rules.results import IndicatorResult, Reason, Status
from ntm_rules.thresholds import Direction
from ntm_rules.units import POINTS

_STATUS = {
    "vi": {Status.PASS: "Đạt", Status.FAIL: "Không đạt", Status.UNKNOWN: "Chưa đánh giá được"},
    "en": {Status.PASS: "Met", Status.FAIL: "Not met", Status.UNKNOWN: "Cannot assess"},
}
_REASONS = {
    "vi": {
        Reason.NO_INPUT: "chưa có số liệu",
        Reason.UNKNOWN_THRESHOLD: "chưa biết ngưỡng (cần bảng của tỉnh hoặc văn bản gốc)",
        Reason.UNVERIFIED_EXCLUDED: "ngưỡng chưa được kiểm chứng (chế độ chỉ dùng ngưỡng đã kiểm chứng)",
        Reason.SCORE_BAND_UNKNOWN: "chưa biết khung điểm đạt; hãy nhập đạt/không đạt",
        Reason.PART_MISSING: "thiếu thành phần",
        Reason.NO_INDICATORS: "tiêu chí chưa có chỉ tiêu (cần tệp bộ tiêu chí)",
        Reason.INDICATORS_INCOMPLETE: "tiêu chí chưa đủ chỉ tiêu (các chỉ tiêu đã biết đều đạt)",
    },
    "en": {
        Reason.NO_INPUT: "no value given",
        Reason.UNKNOWN_THRESHOLD: "threshold unknown (supply a provincial table or the official text)",
        Reason.UNVERIFIED_EXCLUDED: "threshold unverified (verified-only mode)",
        Reason.SCORE_BAND_UNKNOWN: "pass band of the score unknown; give achieved true/false",
        Reason.PART_MISSING: "a part is missing",
        Reason.NO_INDICATORS: "criteria without indicators (supply an edition file)",
        Reason.INDICATORS_INCOMPLETE: "criteria whose indicators are not all known (the known ones pass)",
    },
}


def number(value: float) -> str:
    """A number for people: at most two decimals, no trailing zeros.

    Examples:
        >>> number(82.666666), number(80.0)
        ('82.67', '80')
    """
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def reason_label(reason: Reason, lang: str) -> str:
    """Why an indicator could not be assessed, in a few words."""
    return _REASONS[_lang(lang)].get(reason, reason.value)


def status_label(status: Status, lang: str) -> str:
    """The verdict word."""
    return _STATUS[_lang(lang)][status]


def shown_value(result: IndicatorResult, lang: str) -> str:
    """The measured value with its unit, or an empty string."""
    measurement = result.measurement
    if measurement is None:
        return ""
    value = measurement.value
    if isinstance(value, bool):
        return status_label(Status.PASS if value else Status.FAIL, lang).lower()
    if isinstance(measurement, Components):
        return ", ".join(f"{k}={_part(v, lang)}" for k, v in measurement.parts.items())
    if value is None:
        return ""
    unit = POINTS if isinstance(measurement, Score) else result.indicator.unit
    text = f"{number(value)} {unit.symbol_en if lang == 'en' else unit.symbol_vi}"
    if isinstance(measurement, Ratio):
        text += f" ({number(measurement.numerator)}/{number(measurement.denominator)})"
    return text


def _part(value: float | bool, lang: str) -> str:
    if isinstance(value, bool):
        return status_label(Status.PASS if value else Status.FAIL, lang).lower()
    return number(value)


def shown_threshold(result: IndicatorResult, lang: str) -> str:
    """The threshold applied, e.g. ``"≥ 80 %"``, or ``"?"`` when unknown."""
    threshold = result.threshold
    if threshold is None or not threshold.is_known:
        return "?"
    if result.indicator.direction is Direction.ACHIEVED:
        return status_label(Status.PASS, lang)
    unit = result.indicator.unit
    symbol = unit.symbol_en if lang == "en" else unit.symbol_vi
    return f"{result.indicator.direction.symbol} {number(float(threshold.value or 0))} {symbol}"


def one_line(result: IndicatorResult, lang: str = "vi") -> str:
    """One sentence saying what was decided and why.

    Examples:
        >>> from ntm_rules import evaluate, load_profile
        >>> profile = load_profile({"commune": "A", "region": "TN", "year": 2024,
        ...     "values": {"3.1": {"numerator": 70, "denominator": 100}}})
        >>> one_line(evaluate(profile).indicator("3.1"), "en")
        'Not met: 70 % (70/100) against ≥ 80 %; 10 short (10 more ha)'
    """
    lang = _lang(lang)
    head = status_label(result.status, lang)
    if result.status is Status.UNKNOWN:
        reason = _REASONS[lang].get(result.reason, "")
        detail = f" ({result.detail})" if result.detail else ""
        return f"{head}: {reason}{detail}"
    if isinstance(result.measurement, Achievement):
        text = f"{head} ({'theo đánh giá' if lang == 'vi' else 'as assessed'})"
    else:
        text = f"{head}: {shown_value(result, lang)}"
    if result.indicator.direction is not Direction.ACHIEVED:
        word = "so với" if lang == "vi" else "against"
        text += f" {word} {shown_threshold(result, lang)}"
    if result.status is Status.FAIL:
        text += _shortfall(result, lang)
    if result.detail:
        text += f" [{result.detail}]"
    if result.verification is Verification.UNVERIFIED:
        text += "; ngưỡng chưa kiểm chứng" if lang == "vi" else "; threshold unverified"
    return text


def _shortfall(result: IndicatorResult, lang: str) -> str:
    if result.gap is None or result.gap == 0:
        return ""
    amount = number(abs(result.gap))
    if lang == "vi":
        text = f"; còn thiếu {amount}" if result.gap > 0 else f"; vượt {amount}"
    else:
        text = f"; {amount} short" if result.gap > 0 else f"; {amount} over"
    if result.count_needed is not None:
        noun = result.indicator.counted
        word = noun.vi if lang == "vi" else noun.en
        if lang == "vi":
            verb = "cần thêm" if result.gap > 0 else "cần giảm"
        else:
            verb = "more" if result.gap > 0 else "fewer"
        text += (
            f" ({verb} {result.count_needed} {word})"
            if lang == "vi"
            else f" ({result.count_needed} {verb} {word})"
        )
    return text


def full(result: IndicatorResult, lang: str = "vi") -> list[str]:
    """The full reasoning for one indicator, line by line."""
    lang = _lang(lang)
    indicator = result.indicator
    en = lang == "en"
    lines = [
        f"{indicator.id} {indicator.name(lang)}",
        f"  {'verdict' if en else 'kết luận'}: {one_line(result, lang)}",
        f"  {'column' if en else 'cột áp dụng'}: {result.column.describe(lang)}",
        f"  {'value' if en else 'giá trị'}: {shown_value(result, lang) or '—'}",
        f"  {'threshold' if en else 'ngưỡng'}: {shown_threshold(result, lang)}",
    ]
    threshold = result.threshold
    if threshold is not None:
        lines.append(f"  {'verification' if en else 'mức kiểm chứng'}: {result.verification.value}")
        if threshold.effective_from is not None:
            since = "in force from" if en else "áp dụng từ"
            lines.append(f"  {since}: {threshold.effective_from.isoformat()}")
        lines.append(f"  {'legal basis' if en else 'căn cứ'}: {threshold.citation}")
        lines.extend(f"    {url}" for url in threshold.citation.urls)
        if threshold.citation.note:
            lines.append(f"    {threshold.citation.note}")
    if indicator.notes:
        lines.append(f"  {'notes' if en else 'ghi chú'}: {indicator.notes}")
    return lines


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "vi"
