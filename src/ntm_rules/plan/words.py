"""A plan's targets as people read them, in the report's language."""

from __future__ import annotations

from ntm_rules.exceptions import NtmRulesError
from ntm_rules.i18n import number, tr
from ntm_rules.plan.model import Target, TargetKind
from ntm_rules.units import GREEN_SPACE, HOUSES, INCOME, MONEY, PERCENT, POINTS, parse_unit

NOTHING = "—"


def target_value(target: Target, lang: str = "vi") -> str:
    """A target's level, e.g. ``34 triệu đồng/người/năm`` or ``−4 điểm %/năm``.

    Examples:
        >>> income = Target("income", "Thu nhập", TargetKind.AT_LEAST, 2025, "10", 34,
        ...                 "million VND/person/year")
        >>> target_value(income, "vi"), target_value(income, "en")
        ('34 triệu đồng/người/năm', '34 million VND/person/year')
    """
    if target.value is None:
        return NOTHING
    amount = number(target.value, lang)
    if target.kind is TargetKind.REDUCE_POINTS:
        return tr(lang, "−{amount} points a year", amount=amount)
    if target.kind is TargetKind.REDUCE_RELATIVE:
        return tr(lang, "−{amount} % of itself a year", amount=amount)
    return f"{amount} {unit_words(target.unit, lang)}".strip()


def unit_words(text: str, lang: str) -> str:
    """A plan's unit as the language writes it (the shipped units by their own symbols)."""
    try:
        signature = parse_unit(text, "unit") if text.strip() else ()
    except NtmRulesError:
        return text
    for unit in (PERCENT, INCOME, GREEN_SPACE, HOUSES, POINTS, MONEY):
        if unit.signature == signature:
            return unit.symbol(lang)
    return text
