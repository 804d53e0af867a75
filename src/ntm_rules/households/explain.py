"""A household's class and a review's summary in words, in Vietnamese or English.

Every phrase comes from the gettext catalogues (:func:`ntm_rules.i18n.tr`); numbers are
written the locale's way. Fact names stay as the record spells them (they are the columns
a commune fills).
"""

from __future__ import annotations

from ntm_rules.citations import Verification
from ntm_rules.households.classify import Classification, Deprivation, HouseholdClass, Line, Status
from ntm_rules.households.facts import BY_NAME
from ntm_rules.households.standards import Figure, PovertyStandard
from ntm_rules.i18n import number, tr

CLASS_NAMES = {
    HouseholdClass.POOR: "Poor",
    HouseholdClass.NEAR_POOR: "Near-poor",
    HouseholdClass.AVERAGE: "Average living standard",
    HouseholdClass.OTHER: "Above the average band",
    HouseholdClass.ABOVE_LINE: "Above the line (band unknown)",
    HouseholdClass.CANNOT_CLASSIFY: "Cannot classify",
}
STATUS_NAMES = {
    Status.DEPRIVED: "deprived",
    Status.NOT_DEPRIVED: "not deprived",
    Status.MISSING: "cannot decide",
    Status.RULE_UNKNOWN: "rule unknown",
}
AREA_NAMES = {"rural": "rural", "urban": "urban"}


def class_name(household_class: HouseholdClass, lang: str) -> str:
    """The class's name in ``lang``."""
    return tr(lang, CLASS_NAMES[household_class])


def money(value: float, lang: str) -> str:
    """An amount of VND, whole, the locale's way."""
    return number(round(value), lang, 0)


def one_line(result: Classification, lang: str) -> str:
    """The class and the fact that decided it, in one line."""
    name = class_name(result.household_class, lang)
    return f"{result.household.household}: {name} ({_income_line(result, lang)})"


def full(result: Classification, lang: str) -> list[str]:
    """Every step: the class, the income against the line, each deprivation, the citation."""
    household = result.household
    lines = [
        tr(
            lang,
            "Household {id}: {name}",
            id=household.household,
            name=class_name(result.household_class, lang),
        ),
        "  " + _income_line(result, lang),
    ]
    if result.band is not None:
        lines.append(
            "  "
            + tr(
                lang,
                "average living standard up to {band} VND/person/month",
                band=money(float(result.band.value or 0), lang),
            )
        )
    if result.line_status is Line.AT_OR_UNDER:
        needed = result.standard.poor_deprivations.value
        lines.append(
            "  "
            + tr(
                lang,
                "deprived on {count} indicators (poor from {needed})",
                count=result.deprived,
                needed="?" if needed is None else int(needed),
            )
        )
        lines.extend("    " + deprivation_line(d, lang) for d in result.deprivations)
        if not result.standard.indicators_complete:
            lines.append("  " + tr(lang, "the standard's list of indicators is not known in full"))
    if result.missing:
        lines.append("  " + tr(lang, "missing facts: {facts}", facts=", ".join(result.missing)))
    if result.rules_unknown:
        ids = ", ".join(str(i) for i in result.rules_unknown)
        lines.append(
            "  " + tr(lang, "left open by the standard's known rules: indicators {ids}", ids=ids)
        )
    if result.unverified:
        lines.append("  " + tr(lang, "rests on a figure or rule no public source confirms"))
    lines.append("  " + tr(lang, "standard: {name}", name=result.standard.name(lang)))
    if result.line_status is Line.AT_OR_UNDER:
        citation = result.standard.poor_deprivations.citation
    else:
        citation = result.line.citation if result.line is not None else result.standard.citation
    lines.append("  " + tr(lang, "legal basis: {citation}", citation=str(citation)))
    return lines


def _income_line(result: Classification, lang: str) -> str:
    area = result.household.area
    line: Figure | None = result.line
    if result.income is None:
        return tr(lang, "income unknown")
    if line is None or line.value is None:
        if area is None:
            return tr(lang, "area (rural or urban) not given")
        return tr(lang, "the poverty line of this area is unknown")
    values = {
        "income": money(result.income, lang),
        "line": money(line.value, lang),
        "area": tr(lang, AREA_NAMES[area or "rural"]),
    }
    if result.line_status is Line.ABOVE:
        return tr(
            lang, "income {income} VND/person/month, above the {area} line of {line}", **values
        )
    return tr(
        lang, "income {income} VND/person/month, at or under the {area} line of {line}", **values
    )


def deprivation_line(deprivation: Deprivation, lang: str) -> str:
    """One indicator's outcome, with the facts that decided it or those it lacks."""
    indicator = deprivation.indicator
    head = f"{indicator.id}. {indicator.name(lang)}: {tr(lang, STATUS_NAMES[deprivation.status])}"
    if deprivation.status is Status.MISSING:
        missing = ", ".join(fact_label(k, lang) for k in deprivation.missing)
        return head + " — " + tr(lang, "missing {facts}", facts=missing)
    if deprivation.status is Status.RULE_UNKNOWN:
        if indicator.status is not Verification.UNKNOWN:  # a known rule silent on this value
            head = f"{indicator.id}. {indicator.name(lang)}: {tr(lang, 'value not covered by the rule')}"
        given = ", ".join(
            f"{fact_label(k, lang)} = {_fact(v, lang)}"
            for k, v in deprivation.facts
            if v is not None
        )
        return head + (f" ({given})" if given else "")
    facts = ", ".join(
        f"{fact_label(k, lang)} = {_fact(v, lang)}" for k, v in deprivation.facts if v is not None
    )
    flag = " ~" if indicator.status is Verification.UNVERIFIED else ""
    return f"{head}{flag} ({facts})"


CODE_LABELS = {
    "piped": "piped water",
    "drilled_well": "drilled well",
    "protected_dug_well": "protected dug well",
    "protected_spring": "protected spring",
    "rainwater": "rainwater",
    "bottled": "bottled water",
    "unprotected_dug_well": "unprotected dug well",
    "unprotected_spring": "unprotected spring",
    "surface_water": "surface water",
    "septic": "septic tank",
    "semi_septic": "semi-septic tank",
    "pour_flush": "pour-flush latrine",
    "no_latrine": "no latrine",
}
"""The coded answers of the water and latrine questions, as message ids."""


def fact_label(key: str, lang: str) -> str:
    """A fact's meaning in ``lang`` (:data:`facts.BY_NAME`); an unknown fact shows its key."""
    return tr(lang, BY_NAME[key].meaning) if key in BY_NAME else key


def _fact(value: object, lang: str) -> str:
    if isinstance(value, bool):
        return tr(lang, "yes") if value else tr(lang, "no")
    if isinstance(value, float):
        return number(value, lang)
    if isinstance(value, str) and value in CODE_LABELS:
        return tr(lang, CODE_LABELS[value])
    return str(value)


def standard_lines(standard: PovertyStandard, lang: str) -> list[str]:
    """The standard's lines and rule, for the head of a report."""
    rural, urban = standard.line("rural"), standard.line("urban")
    return [
        tr(lang, "standard: {name}", name=standard.name(lang)),
        tr(
            lang,
            "poverty line: rural {rural}, urban {urban} VND/person/month",
            rural=_figure(rural, lang),
            urban=_figure(urban, lang),
        ),
    ]


def _figure(figure: Figure, lang: str) -> str:
    if figure.value is None:
        return "?"
    mark = "~" if figure.status is Verification.UNVERIFIED else ""
    return mark + money(figure.value, lang)
