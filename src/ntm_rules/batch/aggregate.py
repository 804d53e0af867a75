"""Aggregates of a batch, overall and by province, as pyarrow tables.

Every view has a ``scope`` column (``all``, then ``province``) and a ``province`` column
(null on the overall rows), and gives counts beside the shares, so that the views of
several partitions can be added up (see ``docs/batch.md``).

* ``summary``: communes evaluated, how many meet the standard, do not, or cannot be
  concluded; the share meeting it; the average number of criteria met; and the bands of
  QĐ 07/2022/QĐ-TTg's reporting (for 19 criteria: under 15, 15 to 18, all 19; for an
  edition of ``n`` criteria: under ``n - 4``, ``n - 4`` to ``n - 1``, all ``n``);
* ``distribution``: how many communes meet 0, 1, … every criterion;
* ``criteria`` and ``indicators``: how many pass, fail and cannot be assessed (``unknown``),
  and the rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]
from attrs import frozen

from ntm_rules.batch.vector import Outcome
from ntm_rules.rulebook import Rulebook

BAND_WIDTH = 4
"""The width of the upper band below "all criteria" (15–18 of 19 in QĐ 07/2022)."""


@frozen
class Scopes:
    """Each commune's province, as an index, and the names of the scopes.

    Attributes:
        codes: each commune's index into ``provinces``.
        provinces: the provinces, in the order they first appear.
    """

    codes: npt.NDArray[np.intp]
    provinces: tuple[str, ...]

    @classmethod
    def of(cls, provinces: Any) -> Scopes:
        """The scopes of a pyarrow string array of provinces."""
        encoded = pc.dictionary_encode(provinces)
        codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp)
        return cls(codes, tuple(encoded.dictionary.to_pylist()))

    def columns(self) -> dict[str, npt.NDArray[np.object_]]:
        """The ``scope`` and ``province`` columns: the overall row, then one per province."""
        return {
            "scope": np.array(["all"] + ["province"] * len(self.provinces), dtype=object),
            "province": np.array([None, *self.provinces], dtype=object),
        }

    def count(self, values: npt.NDArray[Any], size: int) -> npt.NDArray[np.int64]:
        """Counts of each value (0 to ``size - 1``): the overall row, then each province's."""
        by_province = np.bincount(
            self.codes * size + values.astype(np.intp), minlength=len(self.provinces) * size
        ).reshape(len(self.provinces), size)
        return np.vstack([by_province.sum(axis=0, keepdims=True), by_province])


def bands(total: int) -> tuple[str, str, str]:
    """The names of the three bands for an edition of ``total`` criteria.

    Examples:
        >>> bands(19)
        ('under_15', '15_to_18', 'all_19')
    """
    low = max(total - BAND_WIDTH, 0)
    return f"under_{low}", f"{low}_to_{total - 1}", f"all_{total}"


def summary(outcome: Outcome, scopes: Scopes, total: int) -> Any:
    """The summary view."""
    verdicts = scopes.count(outcome.verdicts, 3)
    communes = verdicts.sum(axis=1)
    met = scopes.count(outcome.met, total + 1)
    criteria_met = met @ np.arange(total + 1)
    low = max(total - BAND_WIDTH, 0)
    names = bands(total)
    return pa.table(
        {
            "scope": pa.array(scopes.columns()["scope"], pa.string()),
            "province": pa.array(scopes.columns()["province"], pa.string()),
            "communes": communes,
            "met": verdicts[:, 0],
            "not_met": verdicts[:, 2],
            "cannot_conclude": verdicts[:, 1],
            "met_share": _share(verdicts[:, 0], communes),
            "average_criteria_met": _share(criteria_met, communes),
            "criteria_total": np.full(communes.size, total),
            names[0]: met[:, :low].sum(axis=1),
            names[1]: met[:, low:total].sum(axis=1),
            names[2]: met[:, total],
        }
    )


def distribution(outcome: Outcome, scopes: Scopes, total: int) -> Any:
    """The distribution view: one row per scope and number of criteria met."""
    met = scopes.count(outcome.met, total + 1)
    communes = met.sum(axis=1, keepdims=True)
    shares = _share(met, np.broadcast_to(communes, met.shape))
    head = scopes.columns()
    return pa.table(
        {
            "scope": pa.array(np.repeat(head["scope"], total + 1), pa.string()),
            "province": pa.array(np.repeat(head["province"], total + 1), pa.string()),
            "criteria_met": np.tile(np.arange(total + 1), len(head["scope"])),
            "communes": met.ravel(),
            "share": shares,
        }
    )


def rates(
    results: npt.NDArray[np.int8],
    ids: Sequence[str],
    names: Sequence[str],
    scopes: Scopes,
    key: str,
) -> Any:
    """The pass / fail / cannot-assess view of criteria or indicators (one row of codes each)."""
    head = scopes.columns()
    blocks = [scopes.count(np.right_shift(row, 4), 3) for row in results]
    counts = np.stack(blocks, axis=1) if blocks else np.zeros((len(head["scope"]), 0, 3), int)
    scope_count, item_count = counts.shape[0], counts.shape[1]
    flat = counts.reshape(scope_count * item_count, 3)
    communes = flat.sum(axis=1)
    return pa.table(
        {
            "scope": pa.array(np.repeat(head["scope"], item_count), pa.string()),
            "province": pa.array(np.repeat(head["province"], item_count), pa.string()),
            key: np.tile(np.array(ids, dtype=object), scope_count),
            "name": np.tile(np.array(names, dtype=object), scope_count),
            "communes": communes,
            "pass": flat[:, 0],
            "fail": flat[:, 2],
            "unknown": flat[:, 1],
            "pass_rate": _share(flat[:, 0], communes),
            "fail_rate": _share(flat[:, 2], communes),
            "unknown_rate": _share(flat[:, 1], communes),
        }
    )


def views(outcome: Outcome, provinces: Any, rulebook: Rulebook) -> dict[str, Any]:
    """Every aggregate view, by name."""
    scopes = Scopes.of(provinces)
    total = len(rulebook.criteria)
    indicators = list(rulebook.indicators())
    return {
        "summary": summary(outcome, scopes, total),
        "distribution": distribution(outcome, scopes, total),
        "criteria": rates(
            outcome.criteria,
            [c.id for c in rulebook.criteria],
            [c.name_vi for c in rulebook.criteria],
            scopes,
            "criterion",
        ),
        "indicators": rates(
            outcome.indicators,
            [i.id for i in indicators],
            [i.name_vi for i in indicators],
            scopes,
            "indicator",
        ),
    }


def _share(part: npt.NDArray[Any], whole: npt.NDArray[Any]) -> Any:
    """``part / whole`` as a pyarrow array, null where there is no commune."""
    shares = np.asarray(part, dtype=np.float64) / np.maximum(whole, 1)
    return pa.array(shares.ravel(), mask=(np.asarray(whole) == 0).ravel())
