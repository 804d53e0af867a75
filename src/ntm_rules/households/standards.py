"""Poverty standards as dated data: income lines, bands and deprivation rules, each cited.

The shipped standards are YAML files beside this module (``standards/*.yaml``), one per
decree; :func:`standard_for_year` picks the one in force for a data year, and
:func:`load_standard` reads a user's own file of the same schema (to fill what the
reference does not know, e.g. the indicators of Nghị định 351/2025/NĐ-CP).

Examples:
    >>> standard = standard_for_year(2025)
    >>> standard.id, standard.line("rural").value, len(standard.indicators)
    ('vn.poverty.2022_2026', 1500000.0, 12)
    >>> standard_for_year(2027).line("urban").value, standard_for_year(2027).indicators_complete
    (2800000.0, False)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import Factory, frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    WrongKindError,
    schema_problem,
)
from ntm_rules.files import read_source
from ntm_rules.households.facts import LATRINES, WATER_SOURCES
from ntm_rules.messages import Message
from ntm_rules.serialization import structure

STANDARD_SCHEMA = "ntm_rules.poverty_standard/1"
SHIPPED = ("decree-07-2021.yaml", "decree-351-2025.yaml")

RULE_PARAMETERS: dict[str, dict[str, type]] = {
    "employment": {},
    "dependants": {"share_above": float},
    "nutrition": {"child_age_under": int},
    "health_insurance": {"age_from": int},
    "adult_education": {"age_from": int, "age_to": int, "upper_secondary_from": int},
    "school_attendance": {"age_from": int, "age_under": int},
    "housing_quality": {"non_durable_at_least": int},
    "living_area": {"m2_per_person_under": float},
    "water_source": {"not_deprived": list, "deprived": list},
    "latrine": {"not_deprived": list, "deprived": list},
    "telecom": {},
    "information_devices": {},
}
"""The rules the code knows, by key, and the parameters each takes from the data."""
VOCABULARIES = {"water_source": WATER_SOURCES, "latrine": LATRINES}


@frozen
class Figure:
    """A legal figure with its status and citation (``value`` is ``None`` when unknown)."""

    value: float | None
    status: Verification
    citation: Citation


@frozen
class Indicator:
    """One deprivation indicator of a standard.

    Attributes:
        id: its number in the standard (1–12 in 07/2021).
        key: the rule the code applies (see :data:`RULE_PARAMETERS`).
        service: the basic social service (dimension) it measures.
        name_vi: its name in Vietnamese.
        name_en: its name in English.
        rule: the rule in words, as the reference paraphrases it (``None`` when unknown).
        parameters: the rule's figures (ages, shares, the codes that deprive).
        status: verified, unverified (evaluate and flag) or unknown (cannot decide).
        citation: where the rule comes from.
    """

    id: int
    key: str
    service: str
    name_vi: str
    name_en: str
    rule: str | None
    status: Verification
    citation: Citation
    parameters: dict[str, Any] = Factory(dict)

    def name(self, lang: str) -> str:
        """The indicator's name in ``lang``."""
        return self.name_vi if lang == "vi" else self.name_en


@frozen
class Band:
    """Rural and urban figures (VND per person per month)."""

    rural: Figure
    urban: Figure


@frozen
class PovertyStandard:
    """A multidimensional poverty standard for a span of data years.

    Attributes:
        id: a stable identifier (``vn.poverty.2022_2026``).
        first_year: the first data year it applies to.
        last_year: the last.
        income_lines: the poverty line by area, VND per person per month.
        average_band: the top of the average-living-standard band by area.
        poor_deprivations: how many deprivations make a household at or under the line poor.
        indicators: the deprivation indicators known.
        indicators_complete: whether ``indicators`` is the standard's whole list.
        citation: the instrument.
    """

    id: str
    name_vi: str
    name_en: str
    first_year: int
    last_year: int
    citation: Citation
    income_lines: Band
    average_band: Band
    poor_deprivations: Figure
    indicators: tuple[Indicator, ...]
    indicators_complete: bool
    schema: str = STANDARD_SCHEMA

    def name(self, lang: str) -> str:
        """The standard's name in ``lang``."""
        return self.name_vi if lang == "vi" else self.name_en

    def line(self, area: str) -> Figure:
        """The poverty line of ``area`` (``rural`` or ``urban``)."""
        return self.income_lines.rural if area == "rural" else self.income_lines.urban

    def band(self, area: str) -> Figure:
        """The top of the average-living-standard band of ``area``."""
        return self.average_band.rural if area == "rural" else self.average_band.urban

    def covers(self, year: int) -> bool:
        """Whether ``year`` is one of its data years."""
        return self.first_year <= year <= self.last_year

    def indicator(self, key: str) -> Indicator | None:
        """The indicator applying rule ``key``, if the standard has it."""
        return next((i for i in self.indicators if i.key == key), None)


def load_standard(source: str | Path | Mapping[str, Any]) -> PovertyStandard:
    """A standard from a YAML/JSON file or mapping, or a shipped one by its id.

    Raises:
        InvalidInputError: every problem of the document, each naming its field.
    """
    if isinstance(source, str) and not source.lower().endswith((".yaml", ".yml", ".json")):
        for standard in shipped_standards():
            if standard.id == source:
                return standard
        known = ", ".join(standard.id for standard in shipped_standards())
        problem = InputProblem(
            "--standard",
            Message("no standard {source!r}; shipped: {known}", source=source, known=known),
        )
        raise InvalidInputError([problem], "standard")
    document, name = read_source(source, "standard")
    return _build(document, name)


def _build(document: Mapping[str, Any], name: str) -> PovertyStandard:
    standard, problems = structure(document, PovertyStandard, name)
    if standard is not None:
        problems = _check(standard)
    if problems or standard is None:
        raise InvalidInputError(problems, name)
    return standard


def _check(standard: PovertyStandard) -> list[InputProblem]:
    problems: list[InputProblem] = []
    if standard.schema != STANDARD_SCHEMA:
        problems.append(schema_problem(STANDARD_SCHEMA))
    if standard.first_year > standard.last_year:
        problems.append(OutOfRangeError("last_year", "is before first_year"))
    figures = {
        "income_lines.rural": standard.income_lines.rural,
        "income_lines.urban": standard.income_lines.urban,
        "average_band.rural": standard.average_band.rural,
        "average_band.urban": standard.average_band.urban,
        "poor_deprivations": standard.poor_deprivations,
    }
    for where, figure in figures.items():
        if (figure.value is None) != (figure.status is Verification.UNKNOWN):
            problems.append(
                WrongKindError(f"{where}.value", "a figure is null exactly when it is unknown")
            )
    for area in ("rural", "urban"):
        top, line = standard.band(area).value, standard.line(area).value
        if top is not None and line is not None and top < line:
            problems.append(OutOfRangeError(f"average_band.{area}.value", "is under the line"))
    keys: set[str] = set()
    for number, indicator in enumerate(standard.indicators):
        problems.extend(_check_indicator(indicator, f"indicators[{number}]", keys))
    return problems


def _check_indicator(indicator: Indicator, where: str, keys: set[str]) -> list[InputProblem]:
    if indicator.key not in RULE_PARAMETERS:
        known = ", ".join(RULE_PARAMETERS)
        reason = Message("no rule {key!r}; known: {known}", key=indicator.key, known=known)
        return [WrongKindError(f"{where}.key", reason)]
    if indicator.key in keys:
        reason = Message("{key!r} appears twice", key=indicator.key)
        return [WrongKindError(f"{where}.key", reason)]
    keys.add(indicator.key)
    if indicator.status is Verification.UNKNOWN:
        return []
    problems: list[InputProblem] = []
    expected = RULE_PARAMETERS[indicator.key]
    given = indicator.parameters
    for extra in sorted(set(given) - set(expected)):
        problems.append(WrongKindError(f"{where}.parameters.{extra}", "unknown parameter"))
    for parameter, kind in expected.items():
        value = given.get(parameter)
        field = f"{where}.parameters.{parameter}"
        if value is None:
            problems.append(WrongKindError(field, "required for a known rule"))
        elif kind is list:
            vocabulary = VOCABULARIES[indicator.key]
            if not isinstance(value, list) or any(v not in vocabulary for v in value):
                reason = Message("expected words of {words}", words=list(vocabulary))
                problems.append(WrongKindError(field, reason))
        elif isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(WrongKindError(field, "expected a number"))
    return problems


@functools.cache
def shipped_standards() -> tuple[PovertyStandard, ...]:
    """The standards shipped with the library, oldest first."""
    folder = resources.files("ntm_rules.households") / "standards"
    return tuple(
        load_standard(Path(str(folder / file_name)).resolve().as_posix()) for file_name in SHIPPED
    )


def standard_for_year(year: int) -> PovertyStandard:
    """The shipped standard in force for data year ``year``.

    Raises:
        InvalidInputError: no shipped standard covers the year (before 2022 the 2016–2020
            standard of QĐ 59/2015/QĐ-TTg applied; it is not encoded).
    """
    for standard in shipped_standards():
        if standard.covers(year):
            return standard
    spans = ", ".join(f"{s.first_year}–{s.last_year}" for s in shipped_standards())
    problem = OutOfRangeError(
        "year",
        Message(
            "no poverty standard is shipped for {year} (covered: {spans})", year=year, spans=spans
        ),
    )
    raise InvalidInputError([problem], "year")
