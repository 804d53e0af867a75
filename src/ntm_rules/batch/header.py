"""What each column of a wide table holds, from its heading.

A heading names a profile field (``commune``, ``province``, ``region`` or ``group``,
``categories``, ``year``, the 2026–2030 group facts), an indicator (its id, its Vietnamese
or English name, or the id followed by the name), or a part of one: ``3.1.numerator`` and
``3.1.denominator`` for a rate given as counts, ``5.schools`` for a composite's parts.
Headings are matched without regard to case, diacritics or spacing. Unknown, repeated and
incomplete columns are reported (row ``None``) and not read; the rows still are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from attrs import frozen

from ntm_rules.batch.problems import RowProblem
from ntm_rules.columns import RegionColumnRules
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.evaluators.numeric import RateIndicator
from ntm_rules.exceptions import InputProblem, InvalidInputError, UnknownIdentifierError
from ntm_rules.messages import Message
from ntm_rules.reading import fold
from ntm_rules.rulebook import Rulebook

FIELDS: Mapping[str, tuple[str, ...]] = {
    "commune": ("commune", "xã", "tên xã"),
    "province": ("province", "tỉnh"),
    "region": ("region", "vùng"),
    "group": ("group", "nhóm", "nhóm xã"),
    "categories": ("categories", "category", "danh mục"),
    "year": ("year", "năm"),
    "adjacent_urban_oriented": ("adjacent_urban_oriented", "facts.adjacent_urban_oriented"),
    "planned_urban": ("planned_urban", "facts.planned_urban"),
    "agriculture_share": ("agriculture_share", "facts.agriculture_share"),
}
"""The profile fields a table may hold, with the headings accepted for each."""
FACTS = ("adjacent_urban_oriented", "planned_urban", "agriculture_share")
IGNORED = ("note", "ghi chú", "illustrative", "stt")
"""Headings read by people, not by the evaluation (notes, a running number)."""
RATIO_PARTS = ("numerator", "denominator")
_PART_ALIASES = {"tu so": "numerator", "mau so": "denominator"}
_FIELD_INDEX = {fold(alias): field for field, aliases in FIELDS.items() for alias in aliases}
_IGNORED = frozenset(fold(heading) for heading in IGNORED)
_ID_AND_NAME = re.compile(r"(\d+(?:\.\d+)*)[\s.:\-–—]+(.+)")


@frozen
class IndicatorColumns:
    """Where one indicator's values are: a whole column, or one column per part.

    Attributes:
        id: the indicator id.
        whole: the position of the column holding the whole value, if any.
        parts: the positions of the part columns, by part name (empty when ``whole``).
    """

    id: str
    whole: int | None
    parts: Mapping[str, int]


@frozen
class Layout:
    """The columns of a table, by what they hold.

    Attributes:
        fields: the position of each profile field's column.
        indicators: the indicators given, in rulebook order.
        headings: every heading as written.
        problems: the columns not read, and why.
    """

    fields: Mapping[str, int]
    indicators: tuple[IndicatorColumns, ...]
    headings: tuple[str, ...]
    problems: tuple[RowProblem, ...]

    def heading(self, field: str) -> str:
        """The heading of a field's column as written (the field's name when absent)."""
        position = self.fields.get(field)
        return field if position is None else self.headings[position]


def field_columns(headings: tuple[str, ...]) -> tuple[dict[str, int], list[int], list[RowProblem]]:
    """The profile fields' columns, the other columns' positions, and repeated fields."""
    fields: dict[str, int] = {}
    rest: list[int] = []
    problems: list[RowProblem] = []
    for position, heading in enumerate(headings):
        folded = fold(heading)
        field = _FIELD_INDEX.get(folded)
        if field is None:
            if folded not in _IGNORED:
                rest.append(position)
            continue
        if field in fields:
            first = headings[fields[field]]
            problems.append(
                RowProblem(
                    None, heading, Message("repeats the column {first!r}; not read", first=first)
                )
            )
            continue
        fields[field] = position
    return fields, rest, problems


def check_fields(fields: Mapping[str, int], rulebook: Rulebook | None, what: str) -> None:
    """Refuse a table that lacks the fields every row needs.

    Raises:
        InvalidInputError: no commune or year column, or no region where the edition's
            thresholds are by region.
    """
    needed = ["commune", "year"]
    if rulebook is not None and isinstance(rulebook.column_rules, RegionColumnRules):
        needed.append("region")
    problems = [
        InputProblem(
            field,
            Message(
                "the table has no {field} column (headings accepted: {fields})",
                field=field,
                fields=", ".join(FIELDS[field]),
            ),
        )
        for field in needed
        if field not in fields
    ]
    if problems:
        raise InvalidInputError(problems, what)


def layout(
    headings: tuple[str, ...],
    rulebook: Rulebook,
    has_data: Callable[[int], bool],
) -> Layout:
    """Resolve every heading against ``rulebook``'s indicators and the profile fields."""
    fields, rest, problems = field_columns(headings)
    whole, parts = _indicator_columns(headings, rest, rulebook, has_data, problems)
    indicators: list[IndicatorColumns] = []
    for indicator in rulebook.indicators():
        given = parts.get(indicator.id, {})
        if indicator.id in whole and given:
            message = Message(
                "{indicator} is given whole in another column; its parts are not read",
                indicator=indicator.id,
            )
            problems.extend(RowProblem(None, headings[p], message) for p in given.values())
            given = {}
        found = _columns_of(indicator, whole.get(indicator.id), given)
        if isinstance(found, str):
            problems.extend(RowProblem(None, headings[p], found) for p in given.values())
        elif found is not None:
            indicators.append(found)
    problems.sort(key=lambda p: headings.index(p.column) if p.column in headings else -1)
    return Layout(fields, tuple(indicators), headings, tuple(problems))


def _indicator_columns(
    headings: tuple[str, ...],
    positions: list[int],
    rulebook: Rulebook,
    has_data: Callable[[int], bool],
    problems: list[RowProblem],
) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """The whole columns and part columns of each indicator; the other columns' problems."""
    names = _name_index(rulebook)
    whole: dict[str, int] = {}
    parts: dict[str, dict[str, int]] = {}
    for position in positions:
        heading = headings[position]
        found = _indicator_of(heading, rulebook, names)
        part = None if found is not None else _part_of(heading, rulebook, names)
        if found is not None or part is not None:
            into = whole if part is None else parts.setdefault(part[0], {})
            key = found if part is None else part[1]
            assert key is not None  # one of found and part is given
            if key in into:
                first = headings[into[key]]
                problems.append(
                    RowProblem(
                        None,
                        heading,
                        Message("repeats the column {first!r}; not read", first=first),
                    )
                )
            else:
                into[key] = position
        elif not heading.strip():
            if has_data(position):
                message = Message("column {number} has no heading; not read", number=position + 1)
                problems.append(RowProblem(None, "", message))
        else:
            known = [*rulebook.indicator_ids, *FIELDS]
            problem = UnknownIdentifierError(heading, "column", heading, known)
            problems.append(
                RowProblem(None, heading, Message("{reason}; not read", reason=problem.reason))
            )
    return whole, parts


def _columns_of(
    indicator: Indicator, whole: int | None, parts: Mapping[str, int]
) -> IndicatorColumns | str | None:
    """An indicator's columns, or why its part columns are not read (``None``: not given)."""
    if whole is not None:
        return IndicatorColumns(indicator.id, whole, {})
    if not parts:
        return None
    missing = [p for p in RATIO_PARTS if p not in parts]
    if isinstance(indicator, RateIndicator) and missing:
        return Message(
            "needs the column {column} beside it; not read", column=f"{indicator.id}.{missing[0]}"
        )
    return IndicatorColumns(indicator.id, None, dict(parts))


def parts_of(indicator: Indicator) -> tuple[str, ...]:
    """The part columns an indicator may be given in."""
    if isinstance(indicator, RateIndicator):
        return RATIO_PARTS
    if isinstance(indicator, CompositeIndicator):
        return tuple(indicator.parts)
    return ()


def _name_index(rulebook: Rulebook) -> dict[str, str]:
    index: dict[str, str] = {}
    for indicator in rulebook.indicators():
        for name in (indicator.name_vi, indicator.name_en):
            index.setdefault(fold(name), indicator.id)
    return index


def _indicator_of(heading: str, rulebook: Rulebook, names: Mapping[str, str]) -> str | None:
    text = heading.strip()
    if rulebook.has_indicator(text):
        return text
    found = names.get(fold(text))
    if found is not None:
        return found
    match = _ID_AND_NAME.fullmatch(text)
    if match and rulebook.has_indicator(match[1]) and names.get(fold(match[2])) == match[1]:
        return match[1]
    return None


def _part_of(heading: str, rulebook: Rulebook, names: Mapping[str, str]) -> tuple[str, str] | None:
    prefix, dot, suffix = heading.strip().rpartition(".")
    if not dot:
        return None
    indicator_id = _indicator_of(prefix, rulebook, names)
    if indicator_id is None:
        return None
    wanted = fold(suffix)
    wanted = _PART_ALIASES.get(wanted, wanted)
    for part in parts_of(rulebook.indicator(indicator_id)):
        if fold(part) == wanted:
            return indicator_id, part
    return None
