"""Explanations in Vietnamese and English: one line per verdict, or the full reasoning."""

from __future__ import annotations

from ntm_rules import i18n
from ntm_rules.citations import Verification
from ntm_rules.i18n import tr
from ntm_rules.measurements import Achievement, Components, Ratio, Score
from ntm_rules.results import IndicatorResult, Reason, Status
from ntm_rules.thresholds import Direction
from ntm_rules.units import POINTS

_STATUS = {Status.PASS: "Met", Status.FAIL: "Not met", Status.UNKNOWN: "Cannot assess"}
_REASONS = {
    Reason.NO_INPUT: "no value given",
    Reason.UNKNOWN_THRESHOLD: "threshold unknown (supply a provincial table or the official text)",
    Reason.UNVERIFIED_EXCLUDED: "threshold unverified (verified-only mode)",
    Reason.SCORE_BAND_UNKNOWN: "pass band of the score unknown; give achieved true/false",
    Reason.PART_MISSING: "a part is missing",
    Reason.NO_INDICATORS: "criteria without indicators (supply an edition file)",
    Reason.INDICATORS_INCOMPLETE: "criteria whose indicators are not all known (the known ones pass)",
}
_VERIFICATION = {
    Verification.VERIFIED: "verified",
    Verification.UNVERIFIED: "unverified",
    Verification.UNKNOWN: "unknown",
}


def number(value: float, lang: str = "en") -> str:
    """A number for people: at most two decimals, no trailing zeros, in ``lang``'s way.

    Examples:
        >>> number(82.666666), number(80.0), number(82.666666, "vi")
        ('82.67', '80', '82,67')
    """
    return i18n.number(value, lang)


def reason_label(reason: Reason, lang: str) -> str:
    """Why an indicator could not be assessed, in a few words."""
    return tr(lang, _REASONS[reason]) if reason in _REASONS else reason.value


def status_label(status: Status, lang: str) -> str:
    """The verdict word."""
    return tr(lang, _STATUS[status])


def verification_label(verification: Verification, lang: str) -> str:
    """The verification status in words."""
    return tr(lang, _VERIFICATION[verification])


def detail_text(result: IndicatorResult, lang: str) -> str:
    """A composite indicator's detail (which condition failed) in ``lang``."""
    return tr(lang, result.detail, **dict(result.detail_values)) if result.detail else ""


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
    text = f"{number(value, lang)} {unit.symbol_en if lang == 'en' else unit.symbol_vi}"
    if isinstance(measurement, Ratio):
        shares = f"{number(measurement.numerator, lang)}/{number(measurement.denominator, lang)}"
        text += f" ({shares})"
    return text


def _part(value: float | bool, lang: str) -> str:
    if isinstance(value, bool):
        return status_label(Status.PASS if value else Status.FAIL, lang).lower()
    return number(value, lang)


def shown_threshold(result: IndicatorResult, lang: str) -> str:
    """The threshold applied, e.g. ``"≥ 80 %"``, or ``"?"`` when unknown."""
    threshold = result.threshold
    if threshold is None or not threshold.is_known:
        return "?"
    if result.indicator.direction is Direction.ACHIEVED:
        return status_label(Status.PASS, lang)
    unit = result.indicator.unit
    symbol = unit.symbol_en if lang == "en" else unit.symbol_vi
    figure = number(float(threshold.value or 0), lang)
    return f"{result.indicator.direction.symbol} {figure} {symbol}"


def one_line(result: IndicatorResult, lang: str = "vi") -> str:
    """One sentence saying what was decided and why.

    Examples:
        >>> from ntm_rules import evaluate, load_profile
        >>> profile = load_profile({"commune": "A", "region": "TN", "year": 2024,
        ...     "values": {"3.1": {"numerator": 70, "denominator": 100}}})
        >>> one_line(evaluate(profile).indicator("3.1"), "en")
        'Not met: 70 % (70/100) against ≥ 80 %; 10 short (10 more ha)'
    """
    head = status_label(result.status, lang)
    detail = detail_text(result, lang)
    if result.status is Status.UNKNOWN:
        reason = reason_label(result.reason, lang) if result.reason in _REASONS else ""
        return f"{head}: {reason}" + (f" ({detail})" if detail else "")
    if isinstance(result.measurement, Achievement):
        text = f"{head} ({tr(lang, 'as assessed')})"
    else:
        text = f"{head}: {shown_value(result, lang)}"
    if result.indicator.direction is not Direction.ACHIEVED:
        text += f" {tr(lang, 'against')} {shown_threshold(result, lang)}"
    if result.status is Status.FAIL:
        text += _shortfall(result, lang)
    if detail:
        text += f" [{detail}]"
    if result.verification is Verification.UNVERIFIED:
        text += "; " + tr(lang, "threshold unverified")
    return text


def _shortfall(result: IndicatorResult, lang: str) -> str:
    if result.gap is None or result.gap == 0:
        return ""
    amount = number(abs(result.gap), lang)
    text = "; " + tr(lang, "{amount} short" if result.gap > 0 else "{amount} over", amount=amount)
    if result.count_needed is not None:
        noun = result.indicator.counted
        word = noun.en if lang == "en" else noun.vi
        more = "{count} more {noun}" if result.gap > 0 else "{count} fewer {noun}"
        text += f" ({tr(lang, more, count=result.count_needed, noun=word)})"
    return text


def full(result: IndicatorResult, lang: str = "vi") -> list[str]:
    """The full reasoning for one indicator, line by line."""
    indicator = result.indicator
    lines = [
        f"{indicator.id} {indicator.name(lang)}",
        f"  {tr(lang, 'verdict')}: {one_line(result, lang)}",
        f"  {tr(lang, 'column')}: {result.column.describe(lang)}",
        f"  {tr(lang, 'value')}: {shown_value(result, lang) or '—'}",
        f"  {tr(lang, 'threshold')}: {shown_threshold(result, lang)}",
    ]
    threshold = result.threshold
    if threshold is not None:
        shown = verification_label(result.verification, lang)
        lines.append(f"  {tr(lang, 'verification')}: {shown}")
        if threshold.effective_from is not None:
            lines.append(f"  {tr(lang, 'in force from')}: {threshold.effective_from.isoformat()}")
        lines.append(f"  {tr(lang, 'legal basis')}: {threshold.citation}")
        lines.extend(f"    {url}" for url in threshold.citation.urls)
        # Research notes are written in English: shown in English, omitted elsewhere.
        if threshold.citation.note and lang == "en":
            lines.append(f"    {threshold.citation.note}")
    if indicator.notes and lang == "en":
        lines.append(f"  notes: {indicator.notes}")
    return lines
