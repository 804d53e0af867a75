"""Hypothesis strategies: what an official types in a sheet, and the same value in YAML.

Each strategy draws ``(cells, value)``: the result cells by row code (Vietnamese numbers,
counts such as ``412/450``, ``Đạt``…) and the value the equivalent YAML profile gives.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import CompositeIndicator, PartKind
from ntm_rules.evaluators.numeric import RateIndicator
from ntm_rules.thresholds import Direction
from ntm_rules.units import PERCENT
from ntm_rules.workbooks.layout import part_code, vi_number

Filling = tuple[dict[str, Any], Any]
YES = ("Đạt", "đạt", "ĐẠT", "Đạt chuẩn", "x", "có", True, 1)
NO = ("Chưa đạt", "chưa đạt", "Không đạt", "không", False, 0)


def vietnamese(value: Decimal, *, group: bool = False) -> str:
    """A decimal written the Vietnamese way (grouped thousands only where unambiguous)."""
    number = float(value)
    if group and abs(value) >= 1_000_000:
        return vi_number(number, group=True)
    return vi_number(number)


def decimals(low: float, high: float, places: int = 2) -> st.SearchStrategy[Decimal]:
    """Decimals in ``[low, high]`` with at most ``places`` places."""
    return st.decimals(
        min_value=Decimal(repr(low)),
        max_value=Decimal(repr(high)),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    ).map(lambda d: d.normalize() if d != 0 else Decimal(0))


def achieved(*, words_only: bool = False) -> st.SearchStrategy[tuple[Any, bool]]:
    """An achieved-type answer and its meaning (where a number is a score: words only)."""
    yes = [v for v in YES if isinstance(v, str)] if words_only else YES
    no = [v for v in NO if isinstance(v, str)] if words_only else NO
    return st.one_of(
        st.sampled_from(yes).map(lambda v: (v, True)),
        st.sampled_from(no).map(lambda v: (v, False)),
    )


def amount(indicator: Indicator) -> st.SearchStrategy[tuple[Any, float]]:
    """A number in the indicator's unit: Vietnamese text, with its unit or not, or a number."""
    unit = indicator.unit
    high = unit.maximum if unit.maximum is not None else 500.0

    def forms(value: Decimal) -> st.SearchStrategy[tuple[Any, float]]:
        text = vietnamese(value)
        return st.sampled_from(
            [
                (text, float(value)),
                (f"{text} {unit.symbol_vi}", float(value)),
                (f" {text}{unit.symbol_vi}", float(value)),
                (float(value), float(value)),
            ]
        )

    if unit.whole:  # a count of houses: whole numbers only
        return st.integers(int(unit.minimum), int(high)).map(Decimal).flatmap(forms)
    return decimals(unit.minimum, high).flatmap(forms)


@st.composite
def counts(draw: st.DrawFn) -> tuple[str, dict[str, float]]:
    """Counts such as ``412/450`` (thousands grouped the Vietnamese way when unambiguous)."""
    denominator = draw(st.integers(min_value=1, max_value=3_000_000))
    numerator = draw(st.integers(min_value=0, max_value=denominator))
    text = f"{vietnamese(Decimal(numerator), group=True)}/{vietnamese(Decimal(denominator), group=True)}"
    return text, {"numerator": numerator, "denominator": denominator}


def _part(kind: PartKind) -> st.SearchStrategy[tuple[Any, Any]]:
    if kind is PartKind.FLAG:
        return achieved()
    if kind is PartKind.LEVEL:
        return st.sampled_from([(1, 1), ("2", 2), (3, 3)])
    if kind is PartKind.PERCENT:
        return decimals(0, 100).map(lambda d: (f"{vietnamese(d)} %", float(d)))
    return st.integers(0, 40).map(lambda n: (str(n), n))


def _part_cell(indicator: CompositeIndicator, name: str) -> str:
    """The sheet code of a part: its indicator and the part's letter, in declared order."""
    return part_code(indicator.id, list(indicator.parts).index(name))


@st.composite
def parts(draw: st.DrawFn, indicator: CompositeIndicator) -> Filling:
    """Some parts of a composite indicator, consistent with each other."""
    cells: dict[str, Any] = {}
    value: dict[str, Any] = {}
    names = set(indicator.parts)
    for name, kind in indicator.parts.items():
        if draw(st.booleans()):
            cell, read = draw(_part(kind))
            cells[_part_cell(indicator, name)], value[name] = cell, read
    if {"schools", "meeting_minimum", "meeting_level_1"} <= names:
        schools = draw(st.integers(1, 30))
        cells[_part_cell(indicator, "schools")], value["schools"] = schools, schools
        for name in ("meeting_minimum", "meeting_level_1"):
            if name in value:
                count = draw(st.integers(0, schools))
                cells[_part_cell(indicator, name)], value[name] = str(count), count
    if {"hygienic", "clean"} <= set(value):
        low, high = sorted([value["hygienic"], value["clean"]])
        value["hygienic"], value["clean"] = high, low
        cells[_part_cell(indicator, "hygienic")] = f"{vietnamese(Decimal(repr(high)))} %"
        cells[_part_cell(indicator, "clean")] = f"{vietnamese(Decimal(repr(low)))} %"
    if not value:  # an empty sheet row is no value, not an empty mapping
        name, kind = next(iter(indicator.parts.items()))
        cell, read = draw(_part(kind))
        cells[_part_cell(indicator, name)], value[name] = cell, read
    return cells, value


def filling(indicator: Indicator) -> st.SearchStrategy[Filling]:
    """What may be typed for one indicator, and the YAML value it means."""
    code = indicator.id
    if isinstance(indicator, CompositeIndicator):
        whole = achieved().map(lambda pair: ({code: pair[0]}, pair[1]))
        return st.one_of(whole, parts(indicator))
    if isinstance(indicator, ScoredIndicator):
        score = decimals(0, 100).map(lambda d: ({code: vietnamese(d)}, float(d)))
        words = achieved(words_only=True)
        return st.one_of(words.map(lambda pair: ({code: pair[0]}, pair[1])), score)
    if indicator.direction is Direction.ACHIEVED:
        return achieved().map(lambda pair: ({code: pair[0]}, pair[1]))
    forms: list[st.SearchStrategy[Filling]] = [
        amount(indicator).map(lambda pair: ({code: pair[0]}, pair[1]))
    ]
    if isinstance(indicator, RateIndicator) or indicator.unit == PERCENT:
        forms.append(counts().map(lambda pair: ({code: pair[0]}, pair[1])))
    return st.one_of(*forms)


def every_form(indicator: Indicator) -> list[Filling]:
    """A fixed list of fillings covering each form an indicator takes."""
    code = indicator.id
    if isinstance(indicator, CompositeIndicator):
        found: list[Filling] = [({code: "Đạt"}, True), ({code: "Chưa đạt"}, False)]
        cells = {_part_cell(indicator, n): _first(k)[0] for n, k in indicator.parts.items()}
        value = {n: _first(k)[1] for n, k in indicator.parts.items()}
        found.append((cells, value))
        return found
    if indicator.direction is Direction.ACHIEVED:
        found = [({code: "Đạt"}, True), ({code: "Chưa đạt"}, False)]
        if isinstance(indicator, ScoredIndicator):
            found.append(({code: "72,5"}, 72.5))
        return found
    unit = indicator.unit
    high = unit.maximum if unit.maximum is not None else 100.0
    middle = Decimal(repr((unit.minimum + high) / 2)).quantize(Decimal("0.1"))
    found = [
        ({code: vietnamese(middle)}, float(middle)),
        ({code: f"{vietnamese(middle)} {unit.symbol_vi}"}, float(middle)),
    ]
    if unit == PERCENT:
        found.append(({code: "412/450"}, {"numerator": 412, "denominator": 450}))
        found.append(
            ({code: "1.234.567/2.000.000"}, {"numerator": 1234567, "denominator": 2000000})
        )
    return found


def _first(kind: PartKind) -> tuple[Any, Any]:
    return {
        PartKind.COUNT: ("3", 3),
        PartKind.PERCENT: ("97,5 %", 97.5),
        PartKind.FLAG: ("Đạt", True),
        PartKind.LEVEL: (2, 2),
    }[kind]
