"""Write the illustrative household review shipped with the library (seeded, reproducible).

``python scripts/make_households_example.py`` writes
``src/ntm_rules/data/illustrative-households-2025.yaml`` (each household with its members)
and ``illustrative-households-2025.csv`` (the same households, one row each, the members
counted here by the 07/2021 ages). Every household is MADE UP: the figures only show the
record's forms and give the documentation a review of plausible shape (a mountain commune
with about a quarter of its households at or under the rural line).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np
import yaml

SEED = 2025
HOUSEHOLDS = 400
DATA = Path(__file__).resolve().parents[1] / "src" / "ntm_rules" / "data"
STEM = "illustrative-households-2025"
VILLAGES = ("Bản Mẫu 1", "Bản Mẫu 2", "Bản Mẫu 3", "Bản Mẫu 4", "Bản Mẫu 5", "Bản Mẫu 6")
SECTIONS = ("wages", "crops", "livestock", "forestry", "fishery", "non_farm", "other_income")
NOTE = "illustrative: a made-up household"
RURAL_LINE = 1_500_000
"""Nghị định 07/2021/NĐ-CP, rural line (VND/person/month): a few households sit exactly on it."""


def _members(rng: np.random.Generator) -> list[dict[str, Any]]:
    size = int(min(1 + rng.poisson(3.2), 9))
    ages = [int(rng.integers(22, 66))]
    if size > 1:
        ages.append(max(18, ages[0] + int(rng.integers(-6, 6))))
    while len(ages) < size:
        elder = rng.random() < 0.15
        ages.append(int(rng.integers(60, 85)) if elder else int(rng.integers(0, 24)))
    return [_member(age, rng) for age in ages]


def _member(age: int, rng: np.random.Generator) -> dict[str, Any]:
    if age < 6:
        schooling = "none"
    elif age < 11:
        schooling = "none" if age < 7 else "primary"
    elif age < 15:
        schooling = "primary"
    else:
        schooling = str(
            rng.choice(
                ["none", "primary", "lower_secondary", "upper_secondary", "vocational"],
                p=[0.05, 0.17, 0.4, 0.28, 0.1],
            )
        )
    in_school = bool(3 <= age < 16 and rng.random() < 0.95) or bool(
        16 <= age <= 22 and rng.random() < 0.45
    )
    if age < 16 or in_school:
        work = "not_working"
    else:
        work = str(
            rng.choice(
                [
                    "self_employed",
                    "wage_with_contract",
                    "wage_without_contract",
                    "unemployed",
                    "not_working",
                ],
                p=[0.6, 0.14, 0.1, 0.04, 0.12],
            )
        )
    member: dict[str, Any] = {
        "age": age,
        "sex": str(rng.choice(["male", "female"])),
        "schooling": schooling,
        "in_school": in_school,
        "work": work,
        "health_insurance": bool(age < 6 or rng.random() < 0.93),
        "dependant": bool(age < 15 or age >= 60 or work == "not_working"),
        "uses_internet": bool(14 <= age <= 55 and rng.random() < 0.7),
        "job_training": bool(16 <= age <= 30 and not in_school and rng.random() < 0.05),
    }
    if age < 16:
        member["malnourished"] = bool(rng.random() < 0.12)
    return member


def _counts(members: list[dict[str, Any]]) -> dict[str, int]:
    """The record's counts, by the ages the reference gives for Nghị định 07/2021/NĐ-CP."""
    youth = [m for m in members if 16 <= m["age"] <= 30]

    def lacking(m: dict[str, Any]) -> bool:
        if m["in_school"] or m["job_training"]:
            return False
        if m["age"] < 18:
            return m["schooling"] in ("none", "primary")
        return m["schooling"] in ("none", "primary", "lower_secondary")

    pupils = [m for m in members if 3 <= m["age"] < 16]
    return {
        "members": len(members),
        "without_stable_work": sum(
            m["work"] in ("unemployed", "wage_without_contract") for m in members
        ),
        "dependants": sum(m["dependant"] for m in members),
        "children_under_16": sum(m["age"] < 16 for m in members),
        "malnourished_children": sum(bool(m.get("malnourished")) for m in members),
        "aged_6_plus": sum(m["age"] >= 6 for m in members),
        "uninsured_aged_6_plus": sum(m["age"] >= 6 and not m["health_insurance"] for m in members),
        "aged_16_30": len(youth),
        "aged_16_30_lacking_education": sum(lacking(m) for m in youth),
        "children_3_15": len(pupils),
        "children_3_15_at_school": sum(m["in_school"] for m in pupils),
        "internet_users": sum(m["uses_internet"] for m in members),
    }


def _income(size: int, rng: np.random.Generator, on_line: bool) -> dict[str, int]:
    monthly = RURAL_LINE if on_line else float(np.exp(rng.normal(np.log(2_000_000), 0.6)))
    total = round(monthly * 12 * size / 1000) * 1000
    shares = rng.dirichlet([3, 4, 3, 1.5, 0.4, 1, 1])
    sections = {
        name: int(share * total / 1000) * 1000 for name, share in zip(SECTIONS, shares, strict=True)
    }
    sections["crops"] += total - sum(sections.values())  # the rest, so that the total is exact
    return sections


def _household(number: int, rng: np.random.Generator) -> dict[str, Any]:
    members = _members(rng)
    size = len(members)
    income = _income(size, rng, on_line=number % 97 == 5)
    wealthy = sum(income.values()) / size / 12 > RURAL_LINE
    durable = 0.9 if wealthy else 0.6
    household: dict[str, Any] = {
        "household": f"MH-{number:03d}",
        "village": VILLAGES[number % len(VILLAGES)],
        "note": NOTE,
        "area": "rural",
        **income,
        "walls_durable": bool(rng.random() < durable),
        "columns_durable": bool(rng.random() < durable),
        "roof_durable": bool(rng.random() < durable),
        "floor_area": float(round(size * rng.uniform(5, 22), 1)),
        "water_source": str(
            rng.choice(
                [
                    "piped",
                    "drilled_well",
                    "protected_spring",
                    "unprotected_spring",
                    "surface_water",
                    "rainwater",
                ],
                p=[0.35, 0.1, 0.3, 0.15, 0.05, 0.05],
            )
        ),
        "latrine": str(
            rng.choice(
                ["septic", "semi_septic", "pour_flush", "other", "no_latrine"],
                p=[0.3, 0.25, 0.2, 0.1, 0.15],
            )
        ),
        "information_devices": int(rng.integers(0, 4)),
        "loudspeaker": bool(rng.random() < 0.85),
    }
    if number % 61 == 7:  # a few records left incomplete, as real reviews have them
        del household["latrine"]
    if number % 89 == 11:
        del household["floor_area"]
    return {"members_list": members, **household}


def main() -> None:
    """Write both files."""
    rng = np.random.default_rng(SEED)
    households = [_household(number, rng) for number in range(1, HOUSEHOLDS + 1)]
    document = {
        "schema": "ntm_rules.households/1",
        "commune": "Minh Họa (made-up commune)",
        "province": "",
        "year": 2025,
        "area": "rural",
        "illustrative": True,
        "note": (
            "ILLUSTRATIVE: every household is made up (scripts/make_households_example.py, "
            f"seed {SEED}); the figures show the record's forms, not any commune's data."
        ),
        "households": [
            {
                **{k: v for k, v in h.items() if k not in ("members_list", "note", "area")},
                "members": h["members_list"],
            }
            for h in households
        ],
    }
    header = (
        "# ILLUSTRATIVE household review: every household is MADE UP (not reported data).\n"
        f"# Written by scripts/make_households_example.py (seed {SEED}); the same households\n"
        f"# are in {STEM}.csv, one row each, members counted.\n"
    )
    text = yaml.safe_dump(
        document, allow_unicode=True, sort_keys=False, default_flow_style=None, width=400
    )
    (DATA / f"{STEM}.yaml").write_text(header + text, encoding="utf-8")
    rows = []
    for h in households:
        members = h.pop("members_list")
        head = {
            "household": h["household"],
            "village": h["village"],
            "note": h["note"],
            "year": 2025,
        }
        rows.append({**head, "area": h["area"], **_counts(members), **h})
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with (DATA / f"{STEM}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in columns})


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return "" if value is None else value


if __name__ == "__main__":
    main()
