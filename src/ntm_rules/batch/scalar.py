"""The scalar path: each row as a profile, through :func:`ntm_rules.evaluate`.

Used for small tables, for rulebooks whose criteria compose their own way, and as the
reference the vector path is tested against. Its results are written in the same codes.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ntm_rules.batch import codes
from ntm_rules.batch.cells import Parsed, Reader
from ntm_rules.batch.vector import Outcome
from ntm_rules.engine import evaluate
from ntm_rules.measurements import Measurement
from ntm_rules.profile import CommuneProfile
from ntm_rules.results import Evaluation
from ntm_rules.rulebook import Rulebook


def profiles(parsed: Parsed, reader: Reader) -> list[CommuneProfile]:
    """The profile of every row read, as :func:`ntm_rules.load_profile` would give it."""
    communes = parsed.communes.to_pylist()
    provinces = parsed.provinces.to_pylist()
    order = [i for i in reader.rulebook.indicator_ids if i in parsed.cells]
    cells = {key: parsed.cells[key].tolist() for key in order}
    found = []
    for row, head in enumerate(parsed.heads.tolist()):
        values: dict[str, Measurement] = {}
        for key in order:
            cell = cells[key][row]
            if cell >= 0:
                values[key] = reader.values[key].measurements[cell]
        profile = reader.heads[head].profile
        found.append(
            CommuneProfile(
                commune=communes[row],
                province=provinces[row],
                region=profile.region,
                year=profile.year,
                categories=profile.categories,
                values=values,
                group=profile.group,
                facts=profile.facts,
            )
        )
    return found


def evaluate_rows(
    rulebook: Rulebook,
    parsed: Parsed,
    reader: Reader,
    *,
    verified_only: bool = False,
    advance: Callable[[int], None] | None = None,
) -> Outcome:
    """Evaluate every row read with :func:`ntm_rules.evaluate`, in result codes."""
    rows = profiles(parsed, reader)
    length = len(rows)
    indicators = np.empty((len(rulebook.indicator_ids), length), dtype=np.int8)
    criteria = np.empty((len(rulebook.criteria), length), dtype=np.int8)
    met = np.empty(length, dtype=np.int8)
    for row, profile in enumerate(rows):
        evaluation = evaluate(profile, rulebook, verified_only=verified_only)
        write(evaluation, indicators[:, row], criteria[:, row])
        met[row] = evaluation.criteria_met
        if advance is not None and row % 1000 == 999:
            advance(1000)
    if advance is not None:
        advance(length % 1000)
    worst = criteria.max(axis=0) if length else np.zeros(0, dtype=np.int8)
    return Outcome(indicators, criteria, met, worst)


def write(evaluation: Evaluation, indicators: codes.Codes, criteria: codes.Codes) -> None:
    """Write one evaluation's results, in codes, into a column of each array."""
    for number, result in enumerate(evaluation.indicators):
        indicators[number] = codes.code(result.status, result.reason)
    for number, criterion in enumerate(evaluation.criteria):
        criteria[number] = codes.code(criterion.status, criterion.reason)
