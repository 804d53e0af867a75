"""Loading, checking and saving plans (YAML/JSON through the cattrs converter)."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ntm_rules import yaml_io
from ntm_rules.exceptions import (
    InconsistentTotalError,
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    ProblemCollector,
    UnitMismatchError,
    UnknownIdentifierError,
    WrongKindError,
    schema_problem,
)
from ntm_rules.files import read_source
from ntm_rules.messages import Message
from ntm_rules.overrides import load_rulebook
from ntm_rules.plan.model import PLAN_SCHEMA, Plan, TargetKind
from ntm_rules.rulebook import Rulebook
from ntm_rules.serialization import CONVERTER, structure
from ntm_rules.units import MONEY, PERCENT

_TOTAL_TOLERANCE_VND = 0.5


def load_plan(source: str | Path | Mapping[str, Any]) -> Plan:
    """Load a plan from a YAML/JSON file or a mapping, and check it against its rulebook.

    Amounts may be written ``amount_vnd: 225000000`` or ``amount: 225 million VND``.
    Every problem is collected and raised together.
    """
    document, what = read_source(source, "plan")
    data = dict(document)
    problems = ProblemCollector()
    for section in ("funding", "declared_totals"):
        data[section] = _amounts(data.get(section, []), section, problems)
    plan, structure_problems = structure(data, Plan, what)
    for problem in structure_problems:
        problems.add(problem)
    if plan is not None:
        for problem in check_plan(plan):
            problems.add(problem)
    problems.raise_if_any(what)
    if plan is None:  # pragma: no cover - structure() records a problem whenever it returns None
        raise InvalidInputError([], what)
    return plan


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as plain data, in the form :func:`load_plan` reads."""
    data: dict[str, Any] = CONVERTER.unstructure(plan)
    return data


def save_plan(plan: Plan, path: str | Path) -> None:
    """Write a plan as JSON (``.json``) or YAML (otherwise), UTF-8."""
    path = Path(path)
    data = plan_to_dict(plan)
    if path.suffix.lower() == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2)
    else:
        text = yaml_io.dump(data, sort_keys=False)
    path.write_text(text, encoding="utf-8")


def _amounts(lines: object, section: str, problems: ProblemCollector) -> object:
    if not isinstance(lines, list):
        return lines
    converted = []
    for index, line in enumerate(lines):
        if isinstance(line, Mapping) and "amount" in line:
            entry = dict(line)
            raw = entry.pop("amount")
            field = f"{section}[{index}].amount"
            if "amount_vnd" in entry:  # two amounts for one line: which one is meant?
                problem = InconsistentTotalError(field, "give amount or amount_vnd, not both")
                problems.add(problem)
            try:
                if isinstance(raw, bool) or not isinstance(raw, int | float | str):
                    raise WrongKindError(field, "expected an amount such as '225 million VND'")
                entry["amount_vnd"] = MONEY.parse(raw, field) if isinstance(raw, str) else raw
            except InputProblem as problem:
                problems.add(problem)
                entry["amount_vnd"] = 0.0
            converted.append(entry)
        else:
            converted.append(line)
    return converted


def check_plan(plan: Plan, rulebook: Rulebook | None = None) -> list[InputProblem]:
    """Every consistency problem of a plan: ids, references, units, amounts, totals."""
    try:
        book = rulebook or load_rulebook(plan.rulebook)
    except InvalidInputError as error:
        return list(error.problems)
    problems: list[InputProblem] = []
    if plan.schema != PLAN_SCHEMA:
        problems.append(schema_problem(PLAN_SCHEMA))
    problems.extend(_duplicates(plan))
    problems.extend(_references(plan, book))
    problems.extend(_funding(plan))
    for n in range(len(plan.targets)):
        _check_target(plan, n, book, problems)
    return problems


def _duplicates(plan: Plan) -> Iterator[InputProblem]:
    sections: list[tuple[str, Iterable[str]]] = [
        ("targets", (t.id for t in plan.targets)),
        ("funding", (f.id for f in plan.funding)),
        ("declared_totals", (t.id for t in plan.declared_totals)),
        ("departments", (d.id for d in plan.departments)),
        ("areas", (a.id for a in plan.areas)),
    ]
    for section, ids in sections:
        for duplicate, count in Counter(ids).items():
            if count > 1:
                yield WrongKindError(
                    section,
                    Message(
                        "id {duplicate!r} appears {count} times", duplicate=duplicate, count=count
                    ),
                )


def _references(plan: Plan, book: Rulebook) -> Iterator[InputProblem]:
    known = (*(c.id for c in book.criteria), *book.indicator_ids)
    departments = {d.id for d in plan.departments}
    lists: list[tuple[str, tuple[str, ...]]] = [
        *((f"targets[{n}].baseline_met", t.baseline_met) for n, t in enumerate(plan.targets)),
        *((f"funding[{n}].criteria", f.criteria) for n, f in enumerate(plan.funding)),
        *((f"departments[{n}].leads", d.leads) for n, d in enumerate(plan.departments)),
        *((f"departments[{n}].supports", d.supports) for n, d in enumerate(plan.departments)),
        *((f"areas[{n}].criteria", a.criteria) for n, a in enumerate(plan.areas)),
    ]
    for field, refs in lists:
        for i, ref in enumerate(refs):
            if ref not in known:
                yield UnknownIdentifierError(f"{field}[{i}]", "criterion or indicator", ref, known)
    for n, area in enumerate(plan.areas):
        for i, ref in enumerate(area.departments):
            if ref not in departments:
                yield UnknownIdentifierError(
                    f"areas[{n}].departments[{i}]", "department", ref, departments
                )


def _funding(plan: Plan) -> Iterator[InputProblem]:
    for n, line in enumerate(plan.funding):
        if not math.isfinite(line.amount_vnd) or line.amount_vnd < 0:
            yield OutOfRangeError(
                f"funding[{n}].amount_vnd", "must be a finite amount of 0 or more"
            )
        if line.source.integrated and line.counts_as_counterpart:
            yield WrongKindError(
                f"funding[{n}].counts_as_counterpart",
                "integrated funds of another programme never count as local counterpart "
                "(Decree 27/2022/NĐ-CP, Art. 10)",
            )
    for n, total in enumerate(plan.declared_totals):
        parts = sum(
            line.amount_vnd
            for line in plan.funding
            if total.source in (None, line.source) and total.kind in (None, line.kind)
        )
        if abs(parts - total.amount_vnd) > _TOTAL_TOLERANCE_VND:
            yield InconsistentTotalError(
                f"declared_totals[{n}].amount_vnd",
                Message(
                    "declares {amount_vnd:,.0f} VND but its lines add up to {parts:,.0f} VND",
                    amount_vnd=total.amount_vnd,
                    parts=parts,
                ),
            )


def _check_target(plan: Plan, n: int, book: Rulebook, problems: list[InputProblem]) -> None:
    target = plan.targets[n]
    field = f"targets[{n}]"
    if target.indicator is None:
        return
    if not book.has_indicator(target.indicator):
        problems.append(
            UnknownIdentifierError(
                f"{field}.indicator",
                "indicator",
                target.indicator,
                book.indicator_ids,
            )
        )
        return
    if target.value is None:
        return
    indicator = book.indicator(target.indicator)
    if target.kind in (TargetKind.REDUCE_POINTS, TargetKind.REDUCE_RELATIVE):
        if indicator.unit is not PERCENT or target.unit not in ("%", "percent"):
            problems.append(
                UnitMismatchError(
                    f"{field}.unit",
                    "a yearly reduction applies to a rate and is given in %",
                )
            )
        return
    try:
        level = indicator.unit.convert(target.value, target.unit, f"{field}.unit")
        indicator.unit.check_range(level, f"{field}.value")  # 150 % can never be reached
    except InputProblem as problem:
        problems.append(problem)
