"""Build every schema (draft 2020-12) from the classes and the document builders.

The shipped ``*.json`` files beside this module are this module's output, written by
``python scripts/schemas.py``; a test checks that they are up to date.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ntm_rules.documents import EVALUATION_SCHEMA, RULEBOOK_SCHEMA
from ntm_rules.edition_files import EDITION_SCHEMA
from ntm_rules.overrides import OVERRIDES_SCHEMA
from ntm_rules.plan.documents import PROGRESS_SCHEMA
from ntm_rules.plan.model import PLAN_SCHEMA
from ntm_rules.profile import PROFILE_SCHEMA
from ntm_rules.schemas import _households, _inputs, _outputs
from ntm_rules.schemas._vocabulary import Schema

DIALECT = "https://json-schema.org/draft/2020-12/schema"

Builder = Callable[[], tuple[Schema, dict[str, Schema]]]


def _evaluation() -> tuple[Schema, dict[str, Schema]]:
    profile, profile_defs = _inputs.profile_schema()
    top, defs = _outputs.evaluation_schema({"$ref": "#/$defs/profile"})
    return top, {**profile_defs, **defs, "profile": profile}


def _plan_show() -> tuple[Schema, dict[str, Schema]]:
    top, defs = _inputs.plan_schema()
    top["properties"]["summary"] = _outputs.plan_summary_schema()
    top["required"].append("summary")
    return top, defs


BUILDERS: Mapping[str, tuple[str, str, Builder]] = {
    "batch": ("ntm_rules.batch/1", "A batch of communes evaluated, every view as rows", _outputs.batch_schema),
    "diff": ("ntm_rules.diff/1", "What changes between two editions", _outputs.diff_schema),
    "edition": (EDITION_SCHEMA, "An edition file: a whole edition, or the completion of one", _inputs.edition_schema),
    "evaluation": (EVALUATION_SCHEMA, "A sealed evaluation of one commune", _evaluation),
    "household": ("ntm_rules.households/1", "One household record of a poverty review or income survey", _households.household_record_schema),
    "households": ("ntm_rules.households/1", "A household review: the commune, the year and its households", _households.households_schema),
    "model": ("ntm_rules.model/1", "A model-commune (319/QĐ-TTg) verdict", _outputs.model_schema),
    "overrides": (OVERRIDES_SCHEMA, "A figure table: provincial, what-if, or an edition's own (ntm_rules.figures/1)", _inputs.overrides_schema),
    "plan": (PLAN_SCHEMA, "A commune's yearly NTM plan", _inputs.plan_schema),
    "plan-progress": (PROGRESS_SCHEMA, "A plan held against an evaluation", _outputs.progress_schema),
    "plan-show": (PLAN_SCHEMA, "A plan with its summary (ntm-rules plan show --format json)", _plan_show),
    "profile": (PROFILE_SCHEMA, "A commune profile: who the commune is and what it reports", _inputs.profile_schema),
    "rulebook": (RULEBOOK_SCHEMA, "Every criterion, indicator and threshold of an edition", _outputs.rulebook_schema),
    "verification": ("ntm_rules.verification/1", "What ntm-rules verify found", _outputs.verification_schema),
}  # fmt: skip
"""Each schema's name: the tag of the documents it describes, its title, its builder."""


def schema_id(name: str, tag: str) -> str:
    """The ``$id`` of a schema: its name and the version of its documents' tag."""
    return f"urn:ntm-rules:schema:{name}:{tag.rpartition('/')[2]}"


def build(name: str) -> dict[str, Any]:
    """The schema ``name`` as plain data."""
    tag, title, builder = BUILDERS[name]
    top, defs = builder()
    return {
        "$schema": DIALECT,
        "$id": schema_id(name, tag),
        "title": title,
        "x-ntm-rules-tag": tag,
        **top,
        "$defs": dict(sorted(defs.items())),
    }


def rendered(name: str) -> str:
    """The text of the shipped file of schema ``name``."""
    return json.dumps(build(name), ensure_ascii=False, indent=2) + "\n"


def write_all(folder: Path) -> list[Path]:
    """Write every schema to ``folder`` as ``<name>.json``; return the files written."""
    written = []
    for name in BUILDERS:
        path = folder / f"{name}.json"
        path.write_text(rendered(name), encoding="utf-8")
        written.append(path)
    return written
