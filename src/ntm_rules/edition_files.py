"""Edition files: a whole edition, or the completion of a shipped one, as data.

Schema ``ntm_rules.edition/1``. With ``base``, the file completes a shipped edition (the
2026–2030 set, whose indicators are not public) and keeps its columns, column rules and
years; without, it defines everything. Indicators are declared by kind and built from the
shared evaluator classes; their figures go through the same loader and checks as the
shipped ``figures.yaml`` files and provincial tables (:mod:`ntm_rules.overrides`)::

    schema: ntm_rules.edition/1
    id: lai-chau-2026
    base: vn.ntm.xa.2026_2030
    citation: {instrument: 51/2025/QĐ-TTg, provision: Phụ lục I}
    verification: verified
    criteria:
      - id: "3"
        indicators:
          - id: "3.1"
            name_vi: Thu nhập bình quân đầu người
            name_en: Income per capita
            kind: number                       # rate | number | achieved | scored | composite
            unit: triệu đồng/người/năm
            direction: at_least
            thresholds: {"1": 90, "2": 75, "3": 55}

``ntm-rules rulebook template --edition 2026-2030`` writes the file to fill.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import Factory, frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.columns import Column, ColumnSet, RegionColumnRules
from ntm_rules.criteria.commune_2016_2020.environment_food_safety import HygienicWater
from ntm_rules.criteria.commune_2021_2025.education import UniversalEducation
from ntm_rules.criteria.commune_2021_2025.schools import SchoolFacilities
from ntm_rules.editions import find_edition, known_names
from ntm_rules.evaluators import AchievedIndicator, NumericIndicator, RateIndicator
from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.base import Indicator, Noun
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.exceptions import (
    EntriesNotChecked,
    InputProblem,
    InvalidInputError,
    ProblemCollector,
    UnknownIdentifierError,
    WrongKindError,
    schema_problem,
)
from ntm_rules.files import read_source
from ntm_rules.messages import Message
from ntm_rules.overrides import (
    FIGURES_SCHEMA,
    CaveatEntry,
    ColumnRuleEntry,
    OverrideTable,
    apply_overrides,
    column_rules_from,
    load_overrides,
)
from ntm_rules.rulebook import Criterion, Group, Rulebook
from ntm_rules.serialization import CONVERTER, structure
from ntm_rules.thresholds import Direction, ThresholdTable
from ntm_rules.units import INCOME, PERCENT, POINTS, Unit, parse_unit

EDITION_SCHEMA = "ntm_rules.edition/1"

COMPOSITE_RULES: Mapping[str, type[CompositeIndicator]] = {
    "hygienic_water_qd1980": HygienicWater,
    "schools_qd1491": SchoolFacilities,
    "universal_education_qd1491": UniversalEducation,
}
"""The composite rules an edition file may name (the library's own, by a stable key)."""

_KINDS: Mapping[str, type[Indicator]] = {
    "rate": RateIndicator,
    "number": NumericIndicator,
    "achieved": AchievedIndicator,
    "scored": ScoredIndicator,
}
_KNOWN_UNITS = (PERCENT, INCOME, POINTS)


@frozen
class IndicatorEntry:
    """One indicator as an edition file declares it."""

    id: str
    name_vi: str
    name_en: str
    kind: str
    direction: Direction = Direction.ACHIEVED
    unit: str = ""
    counted: dict[str, str] | None = None
    rule: str | None = None
    notes: str = ""
    thresholds: dict[str, Any] = Factory(dict)
    parameters: dict[str, Any] = Factory(dict)


@frozen
class CriterionEntry:
    """One criterion as an edition file declares it."""

    id: str
    indicators: list[IndicatorEntry]
    name_vi: str = ""
    name_en: str = ""
    group: str = ""


@frozen
class ColumnsEntry:
    """The column dimension of an edition defined from scratch."""

    dimension: str
    name_vi: str
    name_en: str
    columns: list[Column]


@frozen
class EditionFile:
    """The whole document."""

    id: str
    citation: Citation
    criteria: list[CriterionEntry]
    base: str | None = None
    verification: Verification = Verification.UNVERIFIED
    title_vi: str = ""
    title_en: str = ""
    first_year: int | None = None
    last_year: int | None = None
    columns: ColumnsEntry | None = None
    column_rules: list[ColumnRuleEntry] | None = None
    caveats: list[CaveatEntry] | None = None
    groups: list[Group] | None = None
    official_indicator_count: int | None = None
    notes: list[str] = Factory(list)
    schema: str = EDITION_SCHEMA


def load_edition(source: str | Path | Mapping[str, Any]) -> Rulebook:
    """Build the edition an edition file defines (or completes), checked like a shipped one.

    Raises:
        InvalidInputError: every problem, each naming its path in the file.
    """
    document, what = read_source(source, "edition")
    data = {k: v for k, v in document.items() if k != "criteria"}
    data["criteria"] = []
    head, problems = structure(data, EditionFile, what)
    collected = ProblemCollector()
    for problem in problems:
        collected.add(problem)
    criteria = _criteria_entries(document.get("criteria"), collected)
    collected.raise_if_any(what)
    if head is None:  # pragma: no cover - structure() records a problem whenever it returns None
        raise InvalidInputError([], what)
    if head.schema != EDITION_SCHEMA:
        raise InvalidInputError(
            [schema_problem(EDITION_SCHEMA)],
            what,
        )
    book = _skeleton(head, criteria, collected)
    collected.raise_if_any(what)
    if book is None:  # pragma: no cover - every path to None records a problem
        raise InvalidInputError([], what)
    figures = load_overrides(
        {
            "schema": FIGURES_SCHEMA,
            "id": book.id,
            "base": book.id,
            "citation": CONVERTER.unstructure(head.citation),
            "verification": head.verification.value,
            "thresholds": {i.id: i.thresholds for c in criteria for i in c.indicators},
            "parameters": {
                i.id: i.parameters for c in criteria for i in c.indicators if i.parameters
            },
        }
    )
    return apply_overrides(book, figures)


def _criteria_entries(raw: object, problems: ProblemCollector) -> list[CriterionEntry]:
    if not isinstance(raw, list):
        problems.add(WrongKindError("criteria", "expected a list of criteria"))
        return []
    entries = []
    for index, item in enumerate(raw):
        if problems.full:  # enough to show: the rest is not structured (it costs time)
            rest = Message("{count} more entries not checked", count=len(raw) - index)
            problems.add(EntriesNotChecked("criteria", rest))
            break
        if not isinstance(item, Mapping):
            problems.add(WrongKindError(f"criteria[{index}]", "expected a criterion (a mapping)"))
            continue
        entry, found = structure(item, CriterionEntry, "edition")
        for problem in found:
            problem.field = f"criteria[{index}].{problem.field}".rstrip(".")
            problems.add(problem)
        if entry is not None:
            entries.append(entry)
    return entries


def _skeleton(
    head: EditionFile, entries: list[CriterionEntry], problems: ProblemCollector
) -> Rulebook | None:
    base = find_edition(head.base) if head.base is not None else None
    if head.base is not None and base is None:
        problems.add(UnknownIdentifierError("base", "edition", head.base, known_names()))
        return None
    columns = base.columns if base is not None else _columns(head, problems)
    if columns is None:
        return None
    groups = tuple(head.groups) if head.groups else (base.groups if base else ())
    criteria = _built_criteria(
        entries, base, columns=columns, groups=groups, citation=head.citation, problems=problems
    )
    if base is not None:
        return Rulebook(
            id=head.id,
            title_vi=head.title_vi or base.title_vi,
            title_en=head.title_en or base.title_en,
            citation=base.citation,
            first_year=head.first_year or base.first_year,
            last_year=head.last_year or base.last_year,
            groups=groups,
            criteria=criteria,
            columns=columns,
            column_rules=base.column_rules,
            official_indicator_count=base.official_indicator_count,
            notes=(*base.notes, *head.notes),
            derived_from=base.id,
            derivation_citation=head.citation,
            tier=base.tier,
            short_name=head.id,
        )
    missing = [name for name in ("title_vi", "title_en") if not getattr(head, name)]
    missing += [name for name in ("first_year", "last_year") if getattr(head, name) is None]
    for name in missing:
        problems.add(WrongKindError(name, "required for an edition without a base"))
    if missing:
        return None
    rules = RegionColumnRules(columns)
    if head.column_rules or head.caveats:
        scratch = OverrideTable(
            head.id, head.citation, column_rules=head.column_rules, caveats=head.caveats
        )
        rules = column_rules_from(scratch, columns, problems) or rules
    return Rulebook(
        id=head.id,
        title_vi=head.title_vi,
        title_en=head.title_en,
        citation=head.citation,
        first_year=head.first_year or 0,
        last_year=head.last_year or 0,
        groups=groups,
        criteria=criteria,
        columns=columns,
        column_rules=rules,
        official_indicator_count=head.official_indicator_count,
        notes=tuple(head.notes),
        short_name=head.id,
    )


def _columns(head: EditionFile, problems: ProblemCollector) -> ColumnSet | None:
    if head.columns is None:
        problems.add(WrongKindError("columns", "required for an edition without a base"))
        return None
    entry = head.columns
    return ColumnSet(entry.dimension, entry.name_vi, entry.name_en, tuple(entry.columns))


def _built_criteria(
    entries: list[CriterionEntry],
    base: Rulebook | None,
    *,
    columns: ColumnSet,
    groups: tuple[Group, ...],
    citation: Citation,
    problems: ProblemCollector,
) -> tuple[Criterion, ...]:
    blank = ThresholdTable.uniform(None, Verification.UNKNOWN, citation, columns.codes)
    known = {c.id: c for c in base.criteria} if base is not None else {}
    by_group = {g.id: g for g in groups}
    built: dict[str, Criterion] = {}
    for n, entry in enumerate(entries):
        where = f"criteria[{n}]"
        template = known.get(entry.id)
        if base is not None and template is None:
            problems.add(UnknownIdentifierError(f"{where}.id", "criterion", entry.id, known))
            continue
        group = by_group.get(entry.group) if entry.group else None
        if group is None:
            group = template.group if template is not None else (groups[0] if groups else None)
        if group is None:
            problems.add(WrongKindError(f"{where}.group", "name one of the edition's groups"))
            continue
        indicators = []
        for m, spec in enumerate(entry.indicators):
            unnamed = [name for name in ("name_vi", "name_en") if not getattr(spec, name).strip()]
            for name in unnamed:
                problems.add(
                    WrongKindError(
                        f"{where}.indicators[{m}].{name}", "required: the name in the text"
                    )
                )
            if unnamed:
                continue
            try:
                cls = indicator_class(spec, f"{where}.indicators[{m}]")
            except InputProblem as problem:
                problems.add(problem)
                continue
            indicators.append(cls(blank, dict.fromkeys(cls.parameter_names, blank)))
        attributes = {
            "id": entry.id,
            "name_vi": entry.name_vi or (template.name_vi if template else ""),
            "name_en": entry.name_en or (template.name_en if template else ""),
            "group": group,
            "indicator_types": tuple(type(i) for i in indicators),
            "__module__": __name__,
        }
        built[entry.id] = type(f"Criterion_{entry.id}", (Criterion,), attributes)(tuple(indicators))
    if base is None:
        return tuple(built.values())
    return tuple(built.get(c.id, c) for c in base.criteria)


def indicator_class(entry: IndicatorEntry, field: str) -> type[Indicator]:
    """A class for an indicator declared by kind, with its names, unit and direction."""
    base: type[Indicator]
    if entry.kind == "composite":
        rule = entry.rule or ""
        if rule not in COMPOSITE_RULES:
            raise UnknownIdentifierError(f"{field}.rule", "rule", rule, COMPOSITE_RULES)
        base = COMPOSITE_RULES[rule]
    elif entry.kind in _KINDS:
        base = _KINDS[entry.kind]
    else:
        kinds = [*_KINDS, "composite"]
        raise UnknownIdentifierError(f"{field}.kind", "kind", entry.kind, kinds)
    attributes: dict[str, Any] = {
        "id": entry.id,
        "name_vi": entry.name_vi,
        "name_en": entry.name_en,
        "notes": entry.notes,
        "__module__": __name__,
    }
    if issubclass(base, AchievedIndicator):
        if entry.direction is not Direction.ACHIEVED:
            raise WrongKindError(
                f"{field}.direction", Message("a {kind} indicator is 'achieved'", kind=entry.kind)
            )
    else:
        if entry.direction is Direction.ACHIEVED:
            raise WrongKindError(f"{field}.direction", "expected at_least or at_most")
        attributes["direction"] = entry.direction
        if base is NumericIndicator:
            attributes["unit"] = _unit(entry.unit, f"{field}.unit")
    if entry.counted:
        attributes["counted"] = Noun(entry.counted.get("vi", ""), entry.counted.get("en", ""))
    created: type[Indicator] = type(f"Indicator_{entry.id}", (base,), attributes)
    return created


def _unit(text: str, field: str) -> Unit:
    if not text.strip():
        raise WrongKindError(
            field, "a number indicator needs its unit, e.g. 'triệu đồng/người/năm'"
        )
    signature = parse_unit(text, field)
    for unit in _KNOWN_UNITS:
        if unit.signature == signature:
            return unit
    return Unit(text, text, text)


def edition_template(rulebook: Rulebook) -> dict[str, Any]:
    """The edition file for ``rulebook``: every indicator with its figures, ready to edit.

    For an edition without indicators (2026–2030) each criterion gets one indicator to fill:
    the file does not load until its names, kind and figures are written in.
    """
    criteria = []
    for criterion in rulebook.criteria:
        indicators = [_indicator_entry(i, rulebook) for i in criterion.indicators]
        if not indicators:
            indicators = [_blank_entry(criterion.id, rulebook)]
        criteria.append(
            {
                "id": criterion.id,
                "name_vi": criterion.name_vi,
                "name_en": criterion.name_en,
                "group": criterion.group.id,
                "indicators": indicators,
            }
        )
    document: dict[str, Any] = {
        "schema": EDITION_SCHEMA,
        "id": f"{rulebook.id}.data",
        "citation": CONVERTER.unstructure(rulebook.citation),
        "verification": "unverified",
    }
    if rulebook.criteria and not any(c.indicators for c in rulebook.criteria):
        document["base"] = rulebook.id
    else:
        document.update(_definition(rulebook))
    document["criteria"] = criteria
    return document


def _definition(rulebook: Rulebook) -> dict[str, Any]:
    rules = rulebook.column_rules
    definition: dict[str, Any] = {
        "title_vi": rulebook.title_vi,
        "title_en": rulebook.title_en,
        "first_year": rulebook.first_year,
        "last_year": rulebook.last_year,
        "official_indicator_count": rulebook.official_indicator_count,
        "notes": list(rulebook.notes),
        "groups": CONVERTER.unstructure(list(rulebook.groups)),
        "columns": {
            "dimension": rulebook.columns.dimension,
            "name_vi": rulebook.columns.name_vi,
            "name_en": rulebook.columns.name_en,
            "columns": CONVERTER.unstructure(list(rulebook.columns.columns)),
        },
    }
    if isinstance(rules, RegionColumnRules):
        definition["column_rules"] = [
            {
                "categories": sorted(c.key for c in rule.categories),
                "column": rule.column,
                "in_force_from": rule.in_force_from.isoformat(),
                "citation": CONVERTER.unstructure(rule.citation),
            }
            for rule in rules.rules
        ]
        definition["caveats"] = [
            {
                "key": c.key,
                "categories": sorted(x.key for x in c.categories),
                "before": c.before.isoformat() if c.before else None,
                "text_vi": c.text_vi,
                "text_en": c.text_en,
                "citation": CONVERTER.unstructure(c.citation),
            }
            for c in rules.caveats
        ]
    return definition


_RULE_KEYS = {cls: key for key, cls in COMPOSITE_RULES.items()}


def _indicator_entry(indicator: Indicator, rulebook: Rulebook) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": indicator.id,
        "name_vi": indicator.name_vi,
        "name_en": indicator.name_en,
    }
    for cls, key in _RULE_KEYS.items():
        if isinstance(indicator, cls):
            entry.update(kind="composite", rule=key)
            break
    else:
        entry["kind"] = _kind_of(indicator)
    entry["direction"] = indicator.direction.value
    if entry["kind"] == "number":
        entry["unit"] = indicator.unit.expression
    entry["counted"] = {"vi": indicator.counted.vi, "en": indicator.counted.en}
    entry["notes"] = indicator.notes
    entry["thresholds"] = _columns_document(indicator.thresholds, rulebook)
    if indicator.parameters:
        entry["parameters"] = {
            name: _columns_document(table, rulebook) for name, table in indicator.parameters.items()
        }
    return entry


def _kind_of(indicator: Indicator) -> str:
    kinds: list[tuple[type[Indicator], str]] = [
        (ScoredIndicator, "scored"),
        (AchievedIndicator, "achieved"),
        (RateIndicator, "rate"),
        (NumericIndicator, "number"),
    ]
    return next(kind for cls, kind in kinds if isinstance(indicator, cls))


def _columns_document(table: ThresholdTable, rulebook: Rulebook) -> dict[str, Any]:
    return {
        code: [
            {key: value for key, value in CONVERTER.unstructure(v).items() if key != "is_known"}
            for v in table.cells[code]
        ]
        for code in rulebook.columns.codes
    }


def _blank_entry(criterion_id: str, rulebook: Rulebook) -> dict[str, Any]:
    return {
        "id": f"{criterion_id}.1",
        "name_vi": "",
        "name_en": "",
        "kind": "rate",
        "direction": "at_least",
        "notes": "",
        "thresholds": dict.fromkeys(rulebook.columns.codes),
    }
