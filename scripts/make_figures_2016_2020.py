"""Generate ``criteria/commune_2016_2020/figures.yaml`` from the project's reference, once.

Usage (from the repository root, with ``../shared`` beside the checkout)::

    python scripts/make_figures_2016_2020.py > src/ntm_rules/criteria/commune_2016_2020/figures.yaml

The reference (``shared/reference/criteria-2016-2020-commune.yaml``) records every cell of
1980/QĐ-TTg (general level plus 7 regions) with its value, status and source URLs. This
script translates it into the ``ntm_rules.figures/1`` schema, nothing more: it invents no
figure (a null cell stays ``unknown``). The committed YAML is the data; once it has been
edited by hand, do not regenerate it blindly - diff first.

Translation rules:

* ``Đạt`` and ``Đạt (UBND tỉnh quy định cụ thể)`` → ``true`` (achieved-type); the latter's
  citation note says that the concrete level is set by the provincial People's Committee.
* ``Không`` (9.1, temporary houses) → ``0`` (at most 0 houses).
* 17.1 (hygienic water, of which clean water) → the indicator is achieved-type (``true``),
  and its two levels are the rule figures ``hygienic_share`` and ``clean_share``.
* 10 (income) is the level for 2020: the figure is dated from 2020-01-01 (data year 2020);
  the years before and 2021 are explicit ``unknown`` entries (no figure in the reference).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference" / "criteria-2016-2020-commune.yaml"
INSTRUMENT = "1980/QĐ-TTg"
COLUMNS = ("general", "tdmnpb", "dbsh", "btb", "dhntb", "tn", "dnb", "dbscl")
PROVINCE_SETS = "Đạt (UBND tỉnh quy định cụ thể)"
WATER_PARTS = {"hop_ve_sinh": "hygienic_share", "nuoc_sach": "clean_share"}
UNKNOWN_NOTE = (
    "no figure found in any public source; supply one (e.g. a provincial 2016-2020 set such "
    "as Hòa Bình 816/QĐ-UBND, Điện Biên 455/QĐ-UBND, Gia Lai 250/QĐ-UBND, Bắc Kạn "
    "734/QĐ-UBND)"
)
CELL_NOTES = {
    ("4.2", "tdmnpb"): (
        "taken from Bắc Kạn's PROVINCIAL 2017-2020 set (T14), not from the national table; "
        "provinces usually copy the national level of their region, but this is not "
        "verified - every result that uses it is flagged"
    ),
    ("17.1 hop_ve_sinh", "dhntb"): (
        'both copies of the Q&A (T28, T29; one publisher) print "55 %, of which 60 % clean '
        'water", which is impossible (clean water is part of hygienic water); probably a '
        "typo for 95, so left unknown"
    ),
    ("17.1 nuoc_sach", "general"): (
        "sources conflict: T28 gives ≥65 %, the 2016 summary T1 gives ≥60 %; left unknown "
        "(the general level is listed, never used to judge a commune)"
    ),
}
INCOME_BEFORE = (
    "1980/QĐ-TTg gives the income level for the year 2020 only. For 2016-2019 data the "
    "level followed a yearly guidance path (a BNN interim rule: a straight line from the 2015 "
    "to the 2020 regional level, T34; the threshold rises every year, T35), whose figures "
    "for this set are not in the reference; supply the provincial yearly level"
)
INCOME_AFTER = (
    "1980/QĐ-TTg gives the income level for the year 2020; which level applied to 2021 data "
    "(before 318/QĐ-TTg of 08/3/2022) was not found; supply the provincial level"
)


def _figure(value: Any) -> Any:
    if value in ("Đạt", PROVINCE_SETS):
        return True
    if value == "Không":
        return 0
    return value


def _note(key: str, column: str, cell: dict[str, Any]) -> str:
    special = CELL_NOTES.get((key, column))
    if cell["value"] is None:
        return special or UNKNOWN_NOTE
    sources = ", ".join(cell["source_ids"])
    parts = []
    if cell["value"] == PROVINCE_SETS:
        parts.append(
            "Đạt (UBND tỉnh quy định cụ thể): pass/fail; the concrete level is set by the "
            "provincial People's Committee - report the commune's result against it"
        )
    elif cell["value"] == "Không":
        parts.append("Không: no temporary or dilapidated house may remain (at most 0)")
    if special:
        parts.append(special)
    parts.append(f"sources {sources} (research confidence {cell['research_confidence']})")
    return "; ".join(parts)


def _entry(indicator_id: str, key: str, column: str, cell: dict[str, Any]) -> dict[str, Any]:
    citation: dict[str, Any] = {
        "instrument": INSTRUMENT,
        "provision": f"Phụ lục, chỉ tiêu {indicator_id}",
    }
    if cell["source_urls"]:
        citation["urls"] = list(cell["source_urls"])
    citation["note"] = _note(key, column, cell)
    return {
        "value": _figure(cell["value"]),
        "verification": cell["verification"],
        "citation": citation,
    }


def _unknown(indicator_id: str, note: str, effective_from: date | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "value": None,
        "verification": "unknown",
        "citation": {
            "instrument": INSTRUMENT,
            "provision": f"Phụ lục, chỉ tiêu {indicator_id}",
            "note": note,
        },
    }
    if effective_from is not None:
        entry["effective_from"] = effective_from
    return entry


def _columns(indicator_id: str, key: str, cells: dict[str, Any]) -> dict[str, Any]:
    entries = {column: _entry(indicator_id, key, column, cells[column]) for column in COLUMNS}
    if indicator_id == "10":
        dated: dict[str, Any] = {}
        for column, entry in entries.items():
            entry["effective_from"] = date(2020, 1, 1)
            entry["citation"]["note"] += "; the level for the year 2020 (data year 2020)"
            dated[column.upper()] = [
                _unknown(indicator_id, INCOME_BEFORE, None),
                entry,
                _unknown(indicator_id, INCOME_AFTER, date(2021, 1, 1)),
            ]
        return dated
    first = entries[COLUMNS[0]]
    if all(entry == first for entry in entries.values()):
        return {"all": first}
    return {column.upper(): entry for column, entry in entries.items()}


def _water_whole(cells: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """17.1 as a whole: achieved-type, its two levels under ``parameters``."""
    entries = {}
    for column in COLUMNS:
        urls = sorted({url for part in cells.values() for url in part[column]["source_urls"]})
        entries[column.upper()] = {
            "value": True,
            "verification": "verified",
            "citation": {
                "instrument": INSTRUMENT,
                "provision": "Phụ lục, chỉ tiêu 17.1",
                "urls": urls,
                "note": (
                    "the indicator must be met; its two levels (hygienic water, of which "
                    "clean water) are the rule figures hygienic_share and clean_share"
                ),
            },
        }
    return entries


def build(reference: dict[str, Any]) -> dict[str, Any]:
    """The figure table for the edition."""
    book = reference["rulebook"]
    sources = reference["sources"]
    thresholds: dict[str, Any] = {}
    parameters: dict[str, Any] = {}
    for criterion in reference["criteria"]:
        for indicator in criterion["indicators"]:
            indicator_id = indicator["id"]
            regions = indicator["regions"]
            if indicator_id == "17.1":
                thresholds[indicator_id] = _water_whole(regions)
                parameters[indicator_id] = {
                    name: _columns(indicator_id, f"17.1 {part}", regions[part])
                    for part, name in WATER_PARTS.items()
                }
                continue
            thresholds[indicator_id] = _columns(indicator_id, indicator_id, regions)
    return {
        "schema": "ntm_rules.figures/1",
        "id": book["id"],
        "citation": {
            "instrument": INSTRUMENT,
            "provision": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020 "
            "(17/10/2016, hiệu lực 01/12/2016)",
            "urls": [sources[key]["url"] for key in book["source_ids"]],
        },
        "columns": [column.upper() for column in COLUMNS],
        "thresholds": thresholds,
        "parameters": parameters,
    }


HEADER = """\
# Figures of the 2016-2020 commune set (1980/QĐ-TTg, 17/10/2016, in force 01/12/2016): every
# threshold (general level plus the 7 regions) and the two levels of 17.1, with citation and
# status. GENERATED ONCE by scripts/make_figures_2016_2020.py from the project's reference
# (shared/reference/criteria-2016-2020-commune.yaml, 400 cells: 286 verified, 1 unverified,
# 113 unknown) and checked cell by cell against it by
# tests/criteria/commune_2016_2020/test_reference.py. This file is the data: edit it here, as
# data, and do not regenerate it blindly. Nothing is filled in from memory: a null is unknown.
# No special-commune column rule is known for 1980, so there are no column_rules.
"""


def main() -> None:
    """Print the figure table."""
    reference = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    body = yaml.safe_dump(build(reference), allow_unicode=True, sort_keys=False, width=100)
    sys.stdout.write(HEADER + body)


if __name__ == "__main__":
    main()
