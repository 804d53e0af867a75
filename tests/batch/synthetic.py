"""Generated tables of communes, as officials would type them, for tests and benchmarks.

Values are drawn around each indicator's own thresholds (at the bound, just above and
below, rates as counts exactly at the bound, ``2.32/2.9`` whose float is below 80 %), with
blanks, achieved words, scores, every region, category set and year of the edition.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]

from ntm_rules import Category, Region, Rulebook
from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.numeric import NumericIndicator, RateIndicator

PROVINCES = ("Lai Châu", "Điện Biên", "Hà Giang", "Sơn La", "Cao Bằng")
CATEGORY_SETS = ("", *(c.key for c in Category), "especially_difficult; safety_zone")
ACHIEVED = ("Đạt", "Chưa đạt", "x", "không đạt")


def table(rulebook: Rulebook, rows: int, seed: int = 0, *, blank_share: float = 0.1) -> Any:
    """A pyarrow table of ``rows`` communes for ``rulebook``, every cell as text.

    ``blank_share`` of the indicator cells are blank (no data).
    """
    rng = np.random.default_rng(seed)
    columns: dict[str, Any] = {
        "commune": pa.array([f"Xã {n}" for n in range(rows)]),
        "province": _pick(rng, PROVINCES, rows),
        "year": _pick(
            rng, [str(y) for y in range(rulebook.first_year, rulebook.last_year + 1)], rows
        ),
        "categories": _pick(rng, CATEGORY_SETS, rows),
    }
    if rulebook.columns.dimension == "group":
        columns["group"] = _pick(rng, ["1", "2", "3", ""], rows)
    else:
        columns["region"] = _pick(rng, [r.code for r in Region], rows)
    for indicator in rulebook.indicators():
        columns[indicator.id] = _values(rng, rulebook, indicator, rows, blank_share)
    return pa.table(columns)


def _pick(rng: np.random.Generator, choices: Any, rows: int) -> Any:
    options = pa.array(list(choices), pa.string())
    return options.take(pa.array(rng.integers(0, len(options), rows)))


def _values(
    rng: np.random.Generator, rulebook: Rulebook, indicator: Indicator, rows: int, blank: float
) -> Any:
    if isinstance(indicator, NumericIndicator):
        choices = _numbers(rulebook, indicator)
    elif isinstance(indicator, ScoredIndicator):
        choices = [*ACHIEVED, "50", "70", "79,5", "80", "95", "100"]
    else:
        choices = list(ACHIEVED)
    values = _pick(rng, choices, rows)
    empty = pa.array(rng.random(rows) < blank)
    return pa.compute.if_else(empty, pa.scalar("", pa.string()), values)


def _numbers(rulebook: Rulebook, indicator: Indicator) -> list[str]:
    """Texts around every bound the indicator has in the edition, and counts at them."""
    bounds = set()
    for _, threshold in indicator.thresholds.values():
        if isinstance(threshold.value, int | float) and not isinstance(threshold.value, bool):
            bounds.add(float(threshold.value))
    maximum = indicator.unit.maximum if indicator.unit.maximum is not None else 200.0
    texts = ["0", f"{maximum:g}"]
    step = 1.0 if indicator.unit.whole else 0.5  # a count of houses has no halves
    for bound in sorted(bounds):
        for value in (bound - step, bound, bound + step):
            if 0 <= value <= maximum:
                texts.append(f"{value:g}".replace(".", ","))
        if isinstance(indicator, RateIndicator) and 0 < bound <= 100:
            texts.extend(_counts_at(bound))
    if isinstance(indicator, RateIndicator):
        texts.extend(["2.32/2.9", "1/3", "2/3", "7/7", "0/5", "412/450"])
    return texts


def _counts_at(bound: float) -> list[str]:
    """Counts whose rate is exactly the bound (and one either side)."""
    for denominator in (10, 20, 40, 100, 200, 1000):
        numerator = bound * denominator / 100
        if numerator.is_integer():
            n = int(numerator)
            found = [f"{n}/{denominator}", f"{max(n - 1, 0)}/{denominator}"]
            if n < denominator:
                found.append(f"{n + 1}/{denominator}")
            return found
    return []
