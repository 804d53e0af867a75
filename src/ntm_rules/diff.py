"""What changes from one edition to another: criteria, indicators and thresholds.

A counterpart is asserted only where it is known: an edition derived from the other (a
provincial table, an edition file) keeps its indicator ids; between two national sets
the links come from ``data/lineage.yaml``, each with its confidence and citation. Every
other indicator reads "no known counterpart"; the library never matches by id or name
across national sets (2016–2020's 14.3 is not 2021–2025's 14.3).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from attrs import frozen

from ntm_rules.citations import Citation
from ntm_rules.engine import evaluate
from ntm_rules.exceptions import InputProblem
from ntm_rules.files import read_document
from ntm_rules.profile import CommuneProfile, load_profile
from ntm_rules.results import Evaluation, IndicatorResult
from ntm_rules.rulebook import Rulebook
from ntm_rules.serialization import CONVERTER
from ntm_rules.thresholds import ThresholdValue

_LINEAGE = Path(__file__).with_name("data") / "lineage.yaml"


@frozen
class IndicatorLink:
    """A counterpart the reference records (``target`` None: none is asserted)."""

    source: str
    target: str | None
    confidence: str
    note: str = ""


@frozen
class Lineage:
    """The known links between two national editions."""

    source: str
    target: str
    citation: Citation
    indicators: list[IndicatorLink]
    criteria_confidence: str
    criteria_same_ids: bool = False
    criteria: dict[str, list[str]] | None = None
    criteria_citation: Citation | None = None


@frozen
class LineageDocument:
    """The shape of ``lineage.yaml``."""

    schema: str
    pairs: list[Lineage]


@functools.cache
def _lineages() -> tuple[Lineage, ...]:
    raw: Any = read_document(_LINEAGE)
    for pair in raw["pairs"]:  # "from"/"to" read better in the file than as field names
        pair["source"], pair["target"] = pair.pop("from"), pair.pop("to")
        for link in pair["indicators"]:
            link["source"], link["target"] = link.pop("from"), link.pop("to")
    return tuple(CONVERTER.structure(raw, LineageDocument).pairs)


@frozen
class CriterionChange:
    """A criterion of the newer edition and where it comes from (or an older one left over)."""

    new_id: str | None
    old_ids: tuple[str, ...]
    confidence: str


@frozen
class ThresholdChange:
    """One column's figure before and after."""

    column: str
    old: ThresholdValue
    new: ThresholdValue

    @property
    def changed(self) -> bool:
        """Whether the figure or its status differs."""
        return (self.old.value, self.old.verification) != (self.new.value, self.new.verification)


@frozen
class IndicatorChange:
    """One indicator across the two editions.

    Attributes:
        old_id: its id in the older edition (``None``: it appears).
        new_id: its id in the newer one (``None``: it disappears, or no counterpart is known).
        status: ``changed``, ``unchanged``, ``appears``, ``disappears`` or
            ``no_known_counterpart``.
        confidence: how sure the link is (``same_edition`` for derived editions).
        note: what the source says of the link.
        thresholds: per common column, the figures before and after.
    """

    old_id: str | None
    new_id: str | None
    status: str
    confidence: str = ""
    note: str = ""
    thresholds: tuple[ThresholdChange, ...] = ()


@frozen
class EditionDiff:
    """Everything known to change between ``old`` and ``new``."""

    old: Rulebook
    new: Rulebook
    basis: str
    criteria: tuple[CriterionChange, ...]
    indicators: tuple[IndicatorChange, ...]
    citation: Citation | None = None


def diff_editions(old: Rulebook, new: Rulebook) -> EditionDiff:
    """The known changes from ``old`` to ``new``.

    Examples:
        >>> import ntm_rules
        >>> change = diff_editions(ntm_rules.load_rulebook("2016-2020"),
        ...                        ntm_rules.load_rulebook("2021-2025"))
        >>> [(c.old_id, c.status) for c in change.indicators if c.new_id == "3.1"]
        [('3.1', 'unchanged')]
    """
    if _same_lineage(old, new):
        links = [IndicatorLink(i, i, "same_edition") for i in old.indicator_ids]
        criteria = tuple(CriterionChange(c.id, (c.id,), "same_edition") for c in new.criteria)
        changes = _linked(old, new, links, derived=True)
        return EditionDiff(old, new, "derived", criteria, changes)
    lineage = next((p for p in _lineages() if (p.source, p.target) == (old.id, new.id)), None)
    if lineage is None:
        unknown = tuple(IndicatorChange(i, None, "no_known_counterpart") for i in old.indicator_ids)
        return EditionDiff(old, new, "none", (), unknown)
    return EditionDiff(
        old,
        new,
        "lineage",
        _criteria(lineage, old, new),
        _linked(old, new, lineage.indicators, derived=False),
        lineage.citation,
    )


def _same_lineage(old: Rulebook, new: Rulebook) -> bool:
    return old.id in (new.id, new.derived_from) or old.derived_from == new.id


def _criteria(lineage: Lineage, old: Rulebook, new: Rulebook) -> tuple[CriterionChange, ...]:
    confidence = lineage.criteria_confidence
    if lineage.criteria_same_ids:
        return tuple(CriterionChange(c.id, (c.id,), confidence) for c in new.criteria)
    known = lineage.criteria or {}
    changes = [CriterionChange(c.id, tuple(known.get(c.id, ())), confidence) for c in new.criteria]
    used = {old_id for ids in known.values() for old_id in ids}
    changes += [
        CriterionChange(None, (c.id,), confidence) for c in old.criteria if c.id not in used
    ]
    return tuple(changes)


def _linked(
    old: Rulebook, new: Rulebook, links: list[IndicatorLink], *, derived: bool
) -> tuple[IndicatorChange, ...]:
    by_source = {link.source: link for link in links}
    changes = []
    for old_id in old.indicator_ids:
        link = by_source.get(old_id)
        if link is None or link.target is None or not new.has_indicator(link.target):
            status = "disappears" if derived else "no_known_counterpart"
            note = link.note if link is not None else ""
            confidence = link.confidence if link is not None else ""
            changes.append(IndicatorChange(old_id, None, status, confidence, note))
            continue
        thresholds = _threshold_changes(old, new, old_id, link.target)
        status = "changed" if any(t.changed for t in thresholds) else "unchanged"
        changes.append(
            IndicatorChange(old_id, link.target, status, link.confidence, link.note, thresholds)
        )
    if derived:
        changes += [
            IndicatorChange(None, new_id, "appears", "same_edition")
            for new_id in new.indicator_ids
            if not old.has_indicator(new_id)
        ]
    return tuple(changes)


def _threshold_changes(
    old: Rulebook, new: Rulebook, old_id: str, new_id: str
) -> tuple[ThresholdChange, ...]:
    common = [code for code in new.columns.codes if code in old.columns.codes]
    before, after = old.indicator(old_id).thresholds, new.indicator(new_id).thresholds
    old_day, new_day = old.as_of(old.last_year), new.as_of(new.last_year)
    return tuple(
        ThresholdChange(code, before.at(code, old_day), after.at(code, new_day)) for code in common
    )


@frozen
class CommuneChange:
    """One linked indicator for one commune: its column's figure and verdict in each edition."""

    change: IndicatorChange
    old: IndicatorResult | None
    new: IndicatorResult | None


def diff_commune(
    source: Any, old: Rulebook, new: Rulebook
) -> tuple[EditionDiff, Evaluation, Evaluation, tuple[CommuneChange, ...]]:
    """The known changes for one commune: each edition judges it as in its own last year.

    ``source`` is a profile file or mapping; its values are read by each edition.
    """
    diff = diff_editions(old, new)
    linked = {(c.old_id, c.new_id) for c in diff.indicators if c.old_id and c.new_id}
    before = _judged(source, old, {pair[0] for pair in linked})
    after = _judged(source, new, {pair[1] for pair in linked})
    rows = tuple(
        CommuneChange(
            change,
            before.indicator(change.old_id) if change.old_id else None,
            after.indicator(change.new_id) if change.new_id else None,
        )
        for change in diff.indicators
        if change.old_id and change.new_id
    )
    return diff, before, after, rows


def _judged(source: Any, book: Rulebook, linked: set[str]) -> Evaluation:
    profile: CommuneProfile = load_profile(_in_year(source, book, linked), book)
    return evaluate(profile, book)


def _in_year(source: Any, book: Rulebook, linked: set[str]) -> Any:
    """The profile as ``book`` can read it.

    Its year is moved into the edition if outside it, and only the values of linked
    indicators that the edition reads in the same form are kept: an id of one edition means
    nothing in another unless a link says so.
    """
    document: Any = read_document(source) if isinstance(source, str | Path) else dict(source)
    year = document.get("year")
    if not (isinstance(year, int) and book.covers(year)):
        document = {**document, "year": book.last_year}
    values = document.get("values")
    if isinstance(values, dict):
        document = {
            **document,
            "values": {
                key: value
                for key, value in values.items()
                if key in linked and _readable(book, key, value)
            },
        }
    return document


def _readable(book: Rulebook, key: str, value: object) -> bool:
    try:
        book.indicator(key).read(value, key)
    except InputProblem:
        return False
    return True


def diff_document(diff: EditionDiff, rows: tuple[CommuneChange, ...] = ()) -> dict[str, Any]:
    """The diff as plain data (schema ``ntm_rules.diff/1``)."""

    def figure(value: ThresholdValue) -> dict[str, Any]:
        return {"value": value.value, "verification": value.verification.value}

    by_old = {row.change.old_id: row for row in rows}
    indicators = []
    for change in diff.indicators:
        entry: dict[str, Any] = {
            "old_id": change.old_id,
            "new_id": change.new_id,
            "status": change.status,
            "confidence": change.confidence,
            "note": change.note,
            "thresholds": {
                t.column: {"old": figure(t.old), "new": figure(t.new)} for t in change.thresholds
            },
        }
        row = by_old.get(change.old_id)
        if row is not None:
            entry["commune"] = {
                side: None
                if result is None
                else {
                    "status": result.status.value,
                    "column": result.column.column.code,
                    "threshold": None if result.threshold is None else result.threshold.value,
                }
                for side, result in (("old", row.old), ("new", row.new))
            }
        indicators.append(entry)
    return {
        "schema": "ntm_rules.diff/1",
        "from": diff.old.id,
        "to": diff.new.id,
        "basis": diff.basis,
        "citation": None if diff.citation is None else CONVERTER.unstructure(diff.citation),
        "criteria": [
            {"new_id": c.new_id, "old_ids": list(c.old_ids), "confidence": c.confidence}
            for c in diff.criteria
        ],
        "indicators": indicators,
    }
