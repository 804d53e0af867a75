"""Households for people: the classification table, the summary, and JSON documents.

Tables are drawn by :func:`ntm_rules.report.table` (the library's one tabulate user);
every phrase comes from the catalogues.
"""

from __future__ import annotations

from typing import Any

from ntm_rules.citations import Verification
from ntm_rules.households.classify import (
    AT_OR_UNDER,
    CLASSES,
    RULE_UNKNOWN,
    Classification,
    HouseholdClass,
)
from ntm_rules.households.explain import class_name, full, money, standard_lines
from ntm_rules.households.facts import names_of
from ntm_rules.households.review import ReviewResult
from ntm_rules.households.summary import MILLION, HandOff, Summary
from ntm_rules.i18n import number, tr
from ntm_rules.report import table
from ntm_rules.serialization import unstructure_citation

REASONS = {
    "no_households": "no households",
    "line_unknown": "{count} households with income or area unknown",
    "incomplete_sections": "{count} households with only some of the seven income sections",
    "no_income_sections": "no household gives the seven income sections",
    "weights_incomplete": "{count} sample households without a weight",
}


def classify_table(result: ReviewResult, lang: str) -> str:
    """One line per household: class, income against the line, deprivations, missing facts."""
    from ntm_rules.households.vector import monthly_income  # noqa: PLC0415

    codes, ids = result.codes, result.table.id_list()
    income = monthly_income(result.table.columns)
    rows = []
    for index in range(codes.length):
        chosen = CLASSES[int(codes.classes[index])]
        shown = income[index]
        rows.append(
            [
                ids[index],
                class_name(chosen, lang) + (" ~" if codes.unverified[index] else ""),
                "–" if shown != shown else money(float(shown), lang),  # noqa: PLR0124 - NaN
                str(int(codes.deprived[index])) if codes.lines[index] == AT_OR_UNDER else "",
                _open(result, index),
            ]
        )
    headers = [
        tr(lang, h)
        for h in ("Household", "Class", "Income/person/month", "Deprived", "Missing facts")
    ]
    lines = [*standard_lines(result.standard, lang), "", table(rows, headers)]
    lines.append(tr(lang, "~ = rests on a figure or rule no public source confirms"))
    return "\n".join(lines)


def _open(result: ReviewResult, index: int) -> str:
    """The missing facts, and the indicators whose rule is unknown, of an unclassified household."""
    codes = result.codes
    if CLASSES[int(codes.classes[index])] is not HouseholdClass.CANNOT_CLASSIFY:
        return ""
    parts = list(names_of(int(codes.missing[index])))
    unknown = [
        str(i.id)
        for n, i in enumerate(result.standard.indicators)
        if codes.statuses[n, index] == RULE_UNKNOWN
    ]
    if unknown:
        parts.append("?" + ",".join(unknown))
    return ", ".join(parts)


def household_text(result: Classification, lang: str) -> str:
    """One household's full explanation."""
    return "\n".join(full(result, lang))


def summary_text(summary: Summary, lang: str) -> str:
    """The commune's counts and rates, the deprivations, and the hand-offs to 10 and 11."""
    head = tr(
        lang,
        "{commune} ({year}): {households} households",
        commune=summary.commune or "–",
        year=summary.year if summary.year is not None else "–",
        households=number(summary.households, lang),
    )
    always = (HouseholdClass.POOR, HouseholdClass.NEAR_POOR, HouseholdClass.CANNOT_CLASSIFY)
    rows = [
        [class_name(c, lang), number(n, lang), _percent(summary.class_rate(c), lang)]
        for c, n in summary.classes.items()
        if n or c in always
    ]
    headers = [tr(lang, h) for h in ("Class", "Households", "Share")]
    lines = [head, *standard_lines(summary.standard, lang), "", table(rows, headers), ""]
    lines.append(
        tr(
            lang,
            "Multidimensional poverty rate (poor + near-poor): {count}/{total} = {rate}",
            count=number(summary.at_or_under_line, lang),
            total=number(summary.households, lang),
            rate=_percent(summary.poverty_rate, lang),
        )
    )
    if summary.indicators:
        lines.extend(
            [
                "",
                tr(lang, "Deprivations of the households at or under the line"),
                _deprivations(summary, lang),
            ]
        )
    lines.extend(["", _handoff(summary.poverty, lang), _handoff(summary.income, lang)])
    if summary.unverified:
        lines.append(
            tr(
                lang,
                "{count} classes rest on a figure or rule no public source confirms",
                count=number(summary.unverified, lang),
            )
        )
    return "\n".join(lines)


def _deprivations(summary: Summary, lang: str) -> str:
    names = {i.id: i for i in summary.standard.indicators}
    rows = [
        [
            f"{r.id}. {names[r.id].name(lang)}"
            + (" ~" if names[r.id].status is Verification.UNVERIFIED else ""),
            number(r.deprived, lang),
            number(r.assessed, lang),
            number(r.undecided, lang),
            _percent(r.rate, lang),
        ]
        for r in summary.indicators
    ]
    headers = [
        tr(lang, h) for h in ("Deprivation indicator", "Deprived", "Assessed", "Undecided", "Rate")
    ]
    return table(rows, headers)


def _handoff(handoff: HandOff, lang: str) -> str:
    if handoff.value is None:
        reason = tr(
            lang, REASONS[handoff.reason or "no_households"], count=number(handoff.count, lang)
        )
        return tr(
            lang, "Indicator {id}: cannot be given ({reason})", id=handoff.indicator, reason=reason
        )
    if handoff.indicator == "11":
        value = f"{number(handoff.numerator or 0, lang)}/{number(handoff.denominator or 0, lang)}"
    else:
        value = tr(
            lang,
            "{value} million VND/person/year ({income} VND over {residents} residents)",
            # the profile value's figure, from its counts (not read back from its text)
            value=number(
                round((handoff.numerator or 0) / (handoff.denominator or 1) / MILLION, 2), lang
            ),
            income=money(handoff.numerator or 0, lang),
            residents=number(handoff.denominator or 0, lang),
        )
    mark = " ~" if handoff.status is Verification.UNVERIFIED else ""
    return (
        tr(lang, "Indicator {id} of the profile: {value}", id=handoff.indicator, value=value) + mark
    )


def _percent(value: float | None, lang: str) -> str:
    return "–" if value is None else f"{number(value, lang)} %"


def classification_document(result: Classification, lang: str) -> dict[str, Any]:
    """One household's classification as plain data (codes, facts, citations, words)."""
    return {
        "household": result.household.household,
        "village": result.household.village,
        "class": result.household_class.value,
        "against_line": result.line_status.value,
        "income_per_person_month": result.income,
        "line": None if result.line is None else result.line.value,
        "deprived": result.deprived,
        "deprivations": [
            {
                "indicator": d.indicator.id,
                "key": d.indicator.key,
                "status": d.status.value,
                "rule_status": d.indicator.status.value,
                "facts": dict(d.facts),
                "missing": list(d.missing),
            }
            for d in result.deprivations
        ],
        "missing": list(result.missing),
        "rules_unknown": list(result.rules_unknown),
        "unverified": result.unverified,
        "standard": result.standard.id,
        "explanation": full(result, lang),
    }


def summary_document(summary: Summary) -> dict[str, Any]:
    """The summary as plain data."""
    return {
        "commune": summary.commune,
        "year": summary.year,
        "standard": summary.standard.id,
        "citation": unstructure_citation(summary.standard.citation),
        "households": summary.households,
        "classes": {c.value: n for c, n in summary.classes.items()},
        "at_or_under_line": summary.at_or_under_line,
        "line_unknown": summary.line_unknown,
        "poverty_rate_percent": summary.poverty_rate,
        "poor_rate_percent": summary.class_rate(HouseholdClass.POOR),
        "near_poor_rate_percent": summary.class_rate(HouseholdClass.NEAR_POOR),
        "unverified": summary.unverified,
        "deprivations": [
            {
                "indicator": r.id,
                "key": r.key,
                "deprived": r.deprived,
                "assessed": r.assessed,
                "undecided": r.undecided,
                "rate_percent": r.rate,
            }
            for r in summary.indicators
        ],
        "handoff": {
            h.indicator: {
                "value": h.value,
                "numerator": h.numerator,
                "denominator": h.denominator,
                "reason": h.reason,
                "households_concerned": h.count,
                "status": h.status.value,
            }
            for h in (summary.income, summary.poverty)
        },
    }
