"""Explanations in Vietnamese and English: one line per verdict, or the full reasoning."""

from __future__ import annotations

import functools
import re

from attrs import frozen

from ntm_rules import i18n
from ntm_rules.citations import Verification
from ntm_rules.i18n import tr
from ntm_rules.measurements import Achievement, Components, Ratio, Score
from ntm_rules.results import IndicatorResult, Reason, Status
from ntm_rules.thresholds import Direction
from ntm_rules.units import PERCENT, POINTS

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
    return _phrases(lang).reasons.get(reason, reason.value)


def status_label(status: Status, lang: str) -> str:
    """The verdict word."""
    return _phrases(lang).status[status]


def verification_label(verification: Verification, lang: str) -> str:
    """The verification status in words."""
    return tr(lang, _VERIFICATION[verification])


@frozen
class _Phrases:
    """The fixed words of the one-line explanations in one language, translated once.

    A sealed document carries two explanations per indicator: looking each word up in the
    catalogue every time was a third of writing one.
    """

    status: dict[Status, str]
    reasons: dict[Reason, str]
    as_assessed: str
    against: str
    unverified: str
    percentage_points: str
    short: str
    over: str
    more: str
    fewer: str


@functools.lru_cache(maxsize=8)
def _phrases(lang: str) -> _Phrases:
    return _Phrases(
        status={status: tr(lang, message) for status, message in _STATUS.items()},
        reasons={reason: tr(lang, message) for reason, message in _REASONS.items()},
        as_assessed=tr(lang, "as assessed"),
        against=tr(lang, "against"),
        unverified=tr(lang, "threshold unverified"),
        percentage_points=tr(lang, "percentage points"),
        short=tr(lang, "{amount} {unit} short"),
        over=tr(lang, "{amount} {unit} over"),
        more=tr(lang, "{count} more {noun}"),
        fewer=tr(lang, "{count} fewer {noun}"),
    )


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
        return ", ".join(
            f"{part_label(k, lang)}: {_part(v, lang)}" for k, v in measurement.parts.items()
        )
    if value is None:
        return ""
    unit = POINTS if isinstance(measurement, Score) else result.indicator.unit
    text = f"{i18n.number(value, lang)} {unit.symbol(lang)}"
    if isinstance(measurement, Ratio):
        shares = f"{i18n.number(measurement.numerator, lang)}/{i18n.number(measurement.denominator, lang)}"
        text += f" ({shares})"
    return text


PART_LABELS = {
    "schools": "schools",
    "meeting_minimum": "meeting the minimum standard",
    "meeting_level_1": "at facility level 1",
    "grade_1_entry_rate": "grade-1 entry",
    "preschool_5_universal": "universal preschool at 5",
    "primary_level": "primary level",
    "lower_secondary_level": "lower-secondary level",
    "literacy_level": "literacy level",
    "hygienic": "hygienic water",
    "clean": "clean water",
}
"""Short labels (message ids) of the parts of the shipped composite indicators."""


def part_label(key: str, lang: str) -> str:
    """A composite part's label in ``lang``; a part an edition file adds shows its key."""
    return tr(lang, PART_LABELS[key]) if key in PART_LABELS else key


def _part(value: float | bool, lang: str) -> str:
    if isinstance(value, bool):
        return status_label(Status.PASS if value else Status.FAIL, lang).lower()
    return i18n.number(value, lang)


def shown_threshold(result: IndicatorResult, lang: str) -> str:
    """The threshold applied, e.g. ``"≥ 80 %"``, or ``"?"`` when unknown."""
    threshold = result.threshold
    if threshold is None or not threshold.is_known:
        return "?"
    indicator = result.indicator
    if indicator.direction is _ACHIEVED:
        return _phrases(lang).status[Status.PASS]
    return _bound(indicator.direction, threshold.value, indicator.unit.symbol(lang), lang)


@functools.lru_cache(maxsize=1024)
def _bound(direction: Direction, figure: float | bool | None, symbol: str, lang: str) -> str:
    # A rulebook has a few dozen figures, each written here once per language and unit:
    # most explanations quote one.
    return f"{direction.symbol} {i18n.number(float(figure or 0), lang)} {symbol}"


def one_line(result: IndicatorResult, lang: str = "vi") -> str:
    """One sentence saying what was decided and why.

    Examples:
        >>> from ntm_rules import evaluate, load_profile
        >>> profile = load_profile({"commune": "A", "region": "TN", "year": 2024,
        ...     "values": {"3.1": {"numerator": 70, "denominator": 100}}})
        >>> one_line(evaluate(profile).indicator("3.1"), "en")
        'Not met: 70 % (70/100) against ≥ 80 %; 10 percentage points short (10 more ha)'
    """
    words = _phrases(lang)
    status = result.status
    head = words.status[status]
    detail = detail_text(result, lang) if result.detail else ""
    if status is _UNKNOWN:
        reason = words.reasons.get(result.reason, "")
        return f"{head}: {reason}" + (f" ({detail})" if detail else "")
    if isinstance(result.measurement, Achievement):
        text = f"{head} ({words.as_assessed})"
    else:
        text = f"{head}: {shown_value(result, lang)}"
    if result.indicator.direction is not _ACHIEVED:
        text += f" {words.against} {shown_threshold(result, lang)}"
    if status is _FAIL:
        text += _shortfall(result, lang)
    if detail:
        text += f" [{detail}]"
    if result.verification is _UNVERIFIED:
        text += "; " + words.unverified
    return text


# Members read once: an enum member read through its class costs a call each time (3.11).
_UNKNOWN, _FAIL = Status.UNKNOWN, Status.FAIL
_ACHIEVED, _UNVERIFIED = Direction.ACHIEVED, Verification.UNVERIFIED


def _shortfall(result: IndicatorResult, lang: str) -> str:
    parts = shortfall_parts(result, lang)
    if not parts:
        return ""
    return "; " + parts[0] + (f" ({parts[1]})" if len(parts) > 1 else "")


def gap_unit(result: IndicatorResult, lang: str) -> str:
    """The unit of a failing result's gap: percentage points for shares, else the value's."""
    if isinstance(result.measurement, Score):
        return POINTS.symbol(lang)
    if isinstance(result.measurement, Components) or result.indicator.unit == PERCENT:
        return _phrases(lang).percentage_points
    return result.indicator.unit.symbol(lang)


def shortfall_parts(result: IndicatorResult, lang: str) -> list[str]:
    """What a failing result lacks, with its unit, and the count still needed, if any.

    Examples:
        >>> from ntm_rules import evaluate, load_profile
        >>> profile = load_profile({"commune": "A", "region": "TN", "year": 2024,
        ...     "values": {"3.1": "70/100"}})
        >>> shortfall_parts(evaluate(profile).indicator("3.1"), "vi")
        ['còn thiếu 10 điểm %', 'cần thêm 10 ha']
    """
    gap = result.gap
    if gap is None or gap == 0:
        return []
    words = _phrases(lang)
    amount, unit = i18n.number(abs(gap), lang), gap_unit(result, lang)
    parts = [(words.short if gap > 0 else words.over).format(amount=amount, unit=unit)]
    if result.count_needed:
        noun = result.indicator.counted
        word = noun.en if lang == "en" else noun.vi
        more = words.more if gap > 0 else words.fewer
        parts.append(more.format(count=result.count_needed, noun=word))
    return parts


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
            lines.append(f"    {public_note(threshold.citation.note)}")
    if indicator.notes and lang == "en":
        lines.append(f"  notes: {public_note(indicator.notes)}")
    return lines


_SOURCE_TAG = r"\b[STU]\d{1,3}\b"
_TAGS = re.compile(rf"\s*\((?=[^()]*{_SOURCE_TAG})[^()]*\)|\s*{_SOURCE_TAG}(?:/{_SOURCE_TAG})*")


def public_note(note: str) -> str:
    """A research note without the reference's source tags (``S24``, ``(T28/T29; T1)``).

    The tags index ``shared/reference``, which users do not have; the URLs and instruments
    they stand for are in the citations beside the note.

    Examples:
        >>> public_note("Two levels (T28/T29, one publisher; T1). QĐ 896 (01/4/2024, U10) replaced it.")
        'Two levels. QĐ 896 replaced it.'
    """
    return _TAGS.sub("", note)
