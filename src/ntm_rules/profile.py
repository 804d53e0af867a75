"""A commune profile: who the commune is and what it reports, keyed by indicator id."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import Factory, frozen

from ntm_rules.editions import default_rulebook, edition_for_year
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
from ntm_rules.json_io import plain_number
from ntm_rules.measurements import Measurement
from ntm_rules.messages import Message
from ntm_rules.reading import excerpt, id_order, is_blank, read_achieved
from ntm_rules.regions import Category, Region
from ntm_rules.rulebook import Rulebook, years_problem
from ntm_rules.units import PERCENT

PROFILE_SCHEMA = "ntm_rules.profile/1"


@frozen
class GroupFacts:
    """Facts that decide a 2026–2030 commune group (51/2025/QĐ-TTg), when the group is not stated.

    A fact not given is not known to hold, as with categories.

    Attributes:
        adjacent_urban_oriented: next to an existing urban area and oriented to become urban.
        planned_urban: planned as a new urban area.
        agriculture_share: agriculture's share of the commune economy, in percent.
    """

    adjacent_urban_oriented: bool | None = None
    planned_urban: bool | None = None
    agriculture_share: float | None = None


@frozen
class CommuneProfile:
    """What is known of one commune for one data year.

    Attributes:
        commune: the commune's name.
        province: its province.
        region: its socio-economic region (``None`` for editions by commune group).
        year: the data year judged.
        categories: the categories the commune is officially listed in (especially
            difficult, safety zone, zone II/III…): the edition's rules turn them into a column.
        values: checked measurements, keyed by official indicator id (``"2.1"``, ``"17.10"``).
        illustrative: the figures are made up for illustration, not reported data.
        note: free text (source of the figures, who compiled them).
    """

    commune: str
    province: str
    region: Region | None
    year: int
    categories: frozenset[Category] = frozenset()
    values: Mapping[str, Measurement] = Factory(dict)
    illustrative: bool = False
    note: str = ""
    group: str | None = None
    facts: GroupFacts = Factory(GroupFacts)

    def to_dict(self) -> dict[str, Any]:
        """The profile as plain data, in the form :func:`load_profile` reads."""
        extra: dict[str, Any] = {}
        if self.group is not None:
            extra["group"] = self.group
        from ntm_rules.serialization import CONVERTER  # noqa: PLC0415 - cattrs when first used

        facts = {
            k: plain_number(v)
            for k, v in CONVERTER.unstructure(self.facts).items()
            if v is not None
        }
        if facts:
            extra["facts"] = facts
        return {
            "schema": PROFILE_SCHEMA,
            "commune": self.commune,
            "province": self.province,
            "region": None if self.region is None else self.region.code,
            **extra,
            "year": self.year,
            "categories": sorted(category.key for category in self.categories),
            "values": {
                key: self.values[key].unstructure() for key in _in_order(tuple(self.values))
            },
            "illustrative": self.illustrative,
            "note": self.note,
        }


@functools.lru_cache(maxsize=256)  # the few sets of ids a run's profiles give
def _in_order(ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(ids, key=id_order))


@frozen
class _ProfileDocument:
    commune: str
    year: int
    region: Region | None = None
    group: str | None = None
    facts: GroupFacts = Factory(GroupFacts)
    province: str = ""
    categories: list[Category] = Factory(list)
    values: dict[Any, Any] = Factory(dict)
    illustrative: bool = False
    note: str = ""
    schema: str = PROFILE_SCHEMA


def load_profile(
    source: str | Path | Mapping[str, Any], rulebook: Rulebook | None = None
) -> CommuneProfile:
    """Load and check a commune profile from a YAML/JSON file or a mapping.

    Every problem is collected and raised together as
    :class:`~ntm_rules.exceptions.InvalidInputError`.

    Examples:
        >>> profile = load_profile({"commune": "A", "region": "TDMNPB", "year": 2025,
        ...                         "values": {"3.1": "85 %", "19.2": True}})
        >>> profile.values["3.1"]
        Amount(value=85.0)
    """
    data, what = read_source(source, "profile")
    problems = ProblemCollector()
    raw_values = data.get("values", {})
    head = {key: value for key, value in data.items() if key != "values"}
    group = head.get("group")
    if isinstance(group, int) and not isinstance(group, bool) and 0 < group < 100:
        head["group"] = str(group)  # "group: 3" in YAML is a number
    if isinstance(head.get("facts"), Mapping):
        head["facts"] = _read_facts(head["facts"], problems)
    from ntm_rules.serialization import structure  # noqa: PLC0415 - cattrs when first used

    document, head_problems = structure(head, _ProfileDocument, what)
    for problem in head_problems:
        problems.add(problem)
    if document is not None and document.schema != PROFILE_SCHEMA:
        problems.add(schema_problem(PROFILE_SCHEMA))
    if document is not None and rulebook is None:
        try:
            rulebook = edition_for_year(document.year)
        except InvalidInputError as error:
            for problem in error.problems:
                problems.add(problem)
    if document is not None and rulebook is not None:
        outside = years_problem(document.year, rulebook.id, rulebook.first_year, rulebook.last_year)
        if outside is not None:
            problems.add(outside)
    values = read_values(raw_values, rulebook or default_rulebook(), problems)
    problems.raise_if_any(what)
    if (
        document is None
    ):  # pragma: no cover - structure() records a problem whenever it returns None
        raise InvalidInputError([], what)
    return CommuneProfile(
        commune=document.commune,
        province=document.province,
        region=document.region,
        year=document.year,
        categories=frozenset(document.categories),
        values=values,
        illustrative=document.illustrative,
        note=document.note,
        group=document.group,
        facts=document.facts,
    )


def _read_facts(raw: Mapping[str, Any], problems: ProblemCollector) -> dict[str, Any]:
    """Group facts as officials write them: yes/no words, and the share as a percentage."""
    read: dict[str, Any] = dict(raw)
    for name in ("adjacent_urban_oriented", "planned_urban"):
        value = raw.get(name)
        if value is None or isinstance(value, bool):
            continue
        try:
            read[name] = None if is_blank(value) else read_achieved(value, f"facts.{name}")
        except InputProblem as problem:
            problems.add(problem)
            read[name] = None
    share = raw.get("agriculture_share")
    if isinstance(share, str):
        try:
            read["agriculture_share"] = (
                None if is_blank(share) else PERCENT.parse(share, "facts.agriculture_share")
            )
        except InputProblem as problem:
            problems.add(problem)
            read["agriculture_share"] = None
    return read


def read_values(
    raw: object, rulebook: Rulebook, problems: ProblemCollector
) -> dict[str, Measurement]:
    """Check every reported value against its indicator, collecting problems.

    Blank values (``null``, an empty cell, ``-``, ``n/a``) mean "no data" and are left out.
    The result is in rulebook order, whatever the order of the input.
    """
    if not isinstance(raw, Mapping):
        problems.add(WrongKindError("values", "expected a mapping of indicator id to value"))
        return {}
    read: dict[str, Measurement] = {}
    for index, (key, value) in enumerate(raw.items()):  # keys are text: tree checked
        if problems.full:  # enough to show: the rest is not read (it costs time)
            rest = Message("{count} more entries not checked", count=len(raw) - index)
            problems.add(EntriesNotChecked("values", rest))
            break
        field = f'values."{excerpt(key)[1:-1]}"'
        if not rulebook.has_indicator(key):
            problems.add(UnknownIdentifierError(field, "indicator", key, rulebook.indicator_ids))
            continue
        if is_blank(value):
            continue
        try:
            read[key] = rulebook.indicator(key).read(value, field)
        except InputProblem as problem:
            problems.add(problem)
    return {key: read[key] for key in rulebook.indicator_ids if key in read}


def profile_year(source: str | Path | Mapping[str, Any]) -> int:
    """The data year a profile states (to choose its edition before reading its values).

    Raises:
        InvalidInputError: the document or its year is not readable.
    """
    data, what = read_source(source, "profile")
    year = data.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        return year
    problem = WrongKindError("year", "expected the data year, a whole number such as 2025")
    raise InvalidInputError([problem], what)
