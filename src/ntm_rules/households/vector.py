"""The NumPy path: every household of a column set classified at once.

The same rules as :func:`~ntm_rules.households.classify.classify`, written over columns
(``float64``, NaN for a missing fact; codes as their index in the fact's vocabulary, flags
as 0/1). A hypothesis property (``tests/households/test_vector.py``) shows both paths give
the same codes for every household.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.households.classify import (
    CLASSES,
    DEPRIVED,
    FACTS_MISSING,
    LINES,
    NOT_DEPRIVED,
    RULE_FACTS,
    RULE_UNKNOWN,
    STATUSES,
    Classification,
    HouseholdClass,
    Line,
)
from ntm_rules.households.facts import BIT, INCOME_SECTIONS
from ntm_rules.households.standards import VOCABULARIES, Figure, Indicator, PovertyStandard

Floats = npt.NDArray[np.float64]
Small = npt.NDArray[np.int8]
Flags = npt.NDArray[np.bool_]
NOT_ASSESSED = -1
"""An indicator's code for a household the line decided alone (above it, or unknown)."""


@frozen
class Codes:
    """Every household's classification as codes (see the enums of ``classify``).

    Attributes:
        classes: each household's class (its position in ``HouseholdClass``).
        lines: income against the line (position in ``Line``).
        statuses: one row per indicator of the standard: the status's position in
            ``Status``, or ``-1`` where the indicators were not assessed.
        deprived: how many indicators deprive each household.
        missing: the facts that would decide a household that cannot be classified (bits).
        unverified: whether the class rests on an unverified figure or rule.
    """

    classes: Small
    lines: Small
    statuses: Small
    deprived: Small
    missing: npt.NDArray[np.int64]
    unverified: npt.NDArray[np.bool_]

    @property
    def length(self) -> int:
        """How many households."""
        return int(self.classes.size)


def _code(member: object, members: Sequence[object]) -> int:
    return members.index(member)


def classify_columns(columns: Mapping[str, Floats], standard: PovertyStandard) -> Codes:
    """Classify every household of ``columns`` (one ``float64`` array per fact)."""
    area = columns["area"]
    length = area.size
    income = monthly_income(columns)
    line = _by_area(area, standard.income_lines.rural, standard.income_lines.urban)
    band = _by_area(area, standard.average_band.rural, standard.average_band.urban)
    known = ~np.isnan(line) & ~np.isnan(income)
    above = known & (income > line)
    under = known & ~above
    lines = np.full(length, _code(Line.UNKNOWN, LINES), dtype=np.int8)
    lines[above] = _code(Line.ABOVE, LINES)
    lines[under] = _code(Line.AT_OR_UNDER, LINES)
    classes = np.full(length, _code(HouseholdClass.CANNOT_CLASSIFY, CLASSES), dtype=np.int8)
    band_known = ~np.isnan(band)
    classes[above & ~band_known] = _code(HouseholdClass.ABOVE_LINE, CLASSES)
    with np.errstate(invalid="ignore"):
        average = above & band_known & (income <= band)
    classes[average] = _code(HouseholdClass.AVERAGE, CLASSES)
    classes[above & band_known & ~average] = _code(HouseholdClass.OTHER, CLASSES)
    missing = _bits(columns, ("area",))
    no_income = np.flatnonzero(np.isnan(income))
    missing[no_income] |= _income_bits(
        {name: values[no_income] for name, values in columns.items()}
    )
    missing[known] = 0
    every, deprived, open_count, unverified_use = _deprivations(standard, columns, under)
    statuses = np.where(under, every, np.int8(NOT_ASSESSED)).astype(np.int8)
    needed = standard.poor_deprivations.value
    if needed is not None:
        poor = under & (deprived >= needed)
        classes[poor] = _code(HouseholdClass.POOR, CLASSES)
        if standard.indicators_complete:
            near = under & ~poor & (deprived + open_count < needed)
            classes[near] = _code(HouseholdClass.NEAR_POOR, CLASSES)
    cannot = classes == _code(HouseholdClass.CANNOT_CLASSIFY, CLASSES)
    missing[under & cannot] = 0
    _lacking(standard, columns, every, np.flatnonzero(under & cannot), missing)
    decided = ~cannot
    unverified = decided & _unverified_by_area(area, standard.income_lines)
    unverified |= decided & above & band_known & _unverified_by_area(area, standard.average_band)
    assessed = decided & under
    if standard.poor_deprivations.status is Verification.UNVERIFIED:
        unverified |= assessed
    unverified |= assessed & unverified_use
    return Codes(classes, lines, statuses, deprived, missing, unverified)


def _deprivations(
    standard: PovertyStandard, columns: Mapping[str, Floats], under: Flags
) -> tuple[Small, Small, Small, Flags]:
    """Every indicator's status; deprived and undecided counts under the line; unverified use."""
    length = under.size
    every = np.empty((len(standard.indicators), length), dtype=np.int8)
    unverified_use = np.zeros(length, dtype=bool)
    deprived = np.zeros(length, dtype=np.int8)
    open_count = np.zeros(length, dtype=np.int8)
    for row, indicator in enumerate(standard.indicators):
        status = every[row] = _status(indicator, columns, length)
        deprived += status == DEPRIVED
        open_count += status >= FACTS_MISSING  # missing facts, or the rule unknown
        if indicator.status is Verification.UNVERIFIED:
            unverified_use |= status <= DEPRIVED  # decided on it
    deprived *= under
    open_count *= under
    return every, deprived, open_count, unverified_use


def annual_income(columns: Mapping[str, Floats]) -> Floats:
    """Net income of the year from the sections, less costs, as ``Household.annual_income``.

    NaN for a household with a section missing.
    """
    total = np.zeros(columns["area"].size)
    for name in INCOME_SECTIONS:  # in order, as Household.annual_income adds them
        total = total + columns[name]
    costs = columns["production_costs"]
    return total - np.where(np.isnan(costs), 0.0, costs)


def monthly_income(columns: Mapping[str, Floats]) -> Floats:
    """Income per person per month: as given, else from the sections (NaN when unknown)."""
    total = annual_income(columns)
    members = columns["members"]
    usable = members > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        derived = np.where(usable, total / np.where(usable, members, 1.0) / 12, np.nan)
    given = columns["income_per_person_month"]
    return np.where(np.isnan(given), derived, given)


def _income_bits(columns: Mapping[str, Floats]) -> npt.NDArray[np.int64]:
    bits = np.full(columns["area"].size, BIT["income_per_person_month"], dtype=np.int64)
    bits |= _bits(columns, INCOME_SECTIONS)
    members = columns["members"]
    return bits | np.where(np.isnan(members) | (members == 0), BIT["members"], 0)


def _bits(columns: Mapping[str, Floats], names: Sequence[str]) -> npt.NDArray[np.int64]:
    bits = np.zeros(columns["area"].size, dtype=np.int64)
    for name in names:
        bits |= np.where(np.isnan(columns[name]), BIT[name], 0)
    return bits


def _by_area(area: Floats, rural: Figure, urban: Figure) -> Floats:
    values = np.array(
        [np.nan if f.value is None else f.value for f in (rural, urban)] + [np.nan], dtype=float
    )
    return values[_area_index(area)]


def _unverified_by_area(area: Floats, band: Any) -> npt.NDArray[np.bool_]:
    flags = np.array(
        [f.status is Verification.UNVERIFIED for f in (band.rural, band.urban)] + [False]
    )
    return flags[_area_index(area)]


def _area_index(area: Floats) -> npt.NDArray[np.intp]:
    return np.where(np.isnan(area), 2, area).astype(np.intp)


def _lacking(
    standard: PovertyStandard,
    columns: Mapping[str, Floats],
    every: Small,
    rows: npt.NDArray[np.intp],
    missing: npt.NDArray[np.int64],
) -> None:
    """Add to ``missing`` the facts lacking for each undecided indicator of ``rows``."""
    for number, indicator in enumerate(standard.indicators):
        chosen = rows[every[number, rows] == FACTS_MISSING]
        for name in RULE_FACTS[indicator.key]:
            missing[chosen] |= np.where(np.isnan(columns[name][chosen]), BIT[name], 0)


def _status(indicator: Indicator, columns: Mapping[str, Floats], length: int) -> Small:
    """Each household's status on one indicator (2: facts missing, 3: rule unknown)."""
    names = RULE_FACTS[indicator.key]
    if indicator.status is Verification.UNKNOWN:
        return np.full(length, RULE_UNKNOWN, dtype=np.int8)
    values = [columns[name] for name in names]
    parameters = indicator.parameters
    if indicator.key in VOCABULARIES:  # water source, latrine: codes looked up in the lists
        return _listed(values[0], indicator.key, parameters)
    with np.errstate(invalid="ignore"):
        decided, deprived = _rule(indicator.key, values, parameters)
    return np.where(decided, deprived.astype(np.int8), np.int8(FACTS_MISSING)).astype(np.int8)


_PLAIN: dict[str, Callable[[list[Floats], Mapping[str, Any]], Flags]] = {
    "employment": lambda values, _: values[0] >= 1,
    "nutrition": lambda values, _: values[0] >= 1,
    "health_insurance": lambda values, _: values[0] >= 1,
    "adult_education": lambda values, _: values[0] >= 1,
    "dependants": lambda values, p: values[0] > float(p["share_above"]) * values[1],
    "school_attendance": lambda values, _: values[1] < values[0],
    "living_area": lambda values, p: values[0] < float(p["m2_per_person_under"]) * values[1],
    "telecom": lambda values, _: values[0] == 0,
}
"""The rules that decide exactly when every fact they read is given."""


def _rule(key: str, values: list[Floats], parameters: Mapping[str, Any]) -> tuple[Flags, Flags]:
    """Where the rule decides, and where it deprives (meaningless where undecided)."""
    given = ~np.isnan(values[0])
    for other in values[1:]:
        given &= ~np.isnan(other)
    plain = _PLAIN.get(key)
    if plain is not None:
        return given, plain(values, parameters)
    if key == "housing_quality":
        needed = float(parameters["non_durable_at_least"])
        non_durable = np.zeros(values[0].size, dtype=np.int8)
        unknown = np.zeros(values[0].size, dtype=np.int8)
        for flag in values:  # walls, columns, roof
            non_durable += flag == 0
            unknown += np.isnan(flag)
        deprived = non_durable >= needed
        return deprived | (non_durable + unknown < needed), deprived
    if key == "information_devices":
        devices, loudspeaker = values
        covered = (loudspeaker == 1) | (devices > 0)
        return covered | given, ~covered
    raise ValueError(f"no vector rule for {key!r}")  # pragma: no cover - standards check keys


def _listed(codes: Floats, key: str, parameters: Mapping[str, Any]) -> Small:
    vocabulary = VOCABULARIES[key]
    table = np.full(len(vocabulary) + 1, RULE_UNKNOWN, dtype=np.int8)
    for word in parameters["deprived"]:
        table[vocabulary.index(word)] = DEPRIVED
    for word in parameters["not_deprived"]:
        table[vocabulary.index(word)] = NOT_DEPRIVED
    table[-1] = FACTS_MISSING
    index = np.where(np.isnan(codes), len(vocabulary), codes).astype(np.intp)
    return table[index]


def codes_of(classifications: Sequence[Classification], standard: PovertyStandard) -> Codes:
    """The codes of classifications made one household at a time (the scalar path)."""
    length = len(classifications)
    statuses = np.full((len(standard.indicators), length), NOT_ASSESSED, dtype=np.int8)
    for column, result in enumerate(classifications):
        for row, deprivation in enumerate(result.deprivations):
            statuses[row, column] = _code(deprivation.status, STATUSES)
    return Codes(
        classes=np.array([_code(r.household_class, CLASSES) for r in classifications], np.int8),
        lines=np.array([_code(r.line_status, LINES) for r in classifications], np.int8),
        statuses=statuses,
        deprived=np.array([r.deprived for r in classifications], np.int8),
        missing=np.array([r.mask() for r in classifications], np.int64),
        unverified=np.array([r.unverified for r in classifications], bool),
    )
