"""Schemas of the documents the library reads, derived from the attrs classes that read them.

Each field keeps its class's type, except where the loader reads more than the type says
(it says so beside each override): values in words (``"85 %"``, ``"225 million VND"``),
bare figures for a column, yes/no words.
"""

from __future__ import annotations

from ntm_rules.edition_files import EDITION_SCHEMA, EditionFile, IndicatorEntry
from ntm_rules.overrides import FIGURES_SCHEMA, OVERRIDES_SCHEMA, OverrideTable, OverrideValue
from ntm_rules.plan.model import PLAN_SCHEMA, DeclaredTotal, FundingLine, Plan
from ntm_rules.profile import PROFILE_SCHEMA, GroupFacts, _ProfileDocument
from ntm_rules.schemas._vocabulary import Schema, array, attrs_schema, constant, mapping

SCALAR: Schema = {"type": ["number", "string", "boolean", "null"]}
"""A value as written: a number, a number with its unit in words, yes/no, or blank."""
MEASUREMENT: Schema = {
    "anyOf": [
        SCALAR,
        {
            "type": "object",
            "properties": {"numerator": SCALAR, "denominator": SCALAR},
            "required": ["numerator", "denominator"],
            "additionalProperties": False,
        },
        {"type": "object", "additionalProperties": SCALAR, "minProperties": 1},
    ]
}
"""One reported value: as written, counts (``numerator``/``denominator``), or the named
parts of a composite indicator."""
AMOUNT_IN_WORDS: Schema = {"type": ["string", "number"]}


def _yes_no() -> Schema:
    return {"type": ["boolean", "string", "null"]}


def profile_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.profile/1``."""
    top, defs = attrs_schema(
        _ProfileDocument,
        {
            # the values are read by each indicator's own grammar
            (_ProfileDocument, "values"): mapping(MEASUREMENT),
            # "group: 3" in YAML is a number
            (_ProfileDocument, "group"): {"type": ["string", "integer", "null"]},
            (_ProfileDocument, "schema"): constant(PROFILE_SCHEMA),
            # "có"/"không", "35 %"
            (GroupFacts, "adjacent_urban_oriented"): _yes_no(),
            (GroupFacts, "planned_urban"): _yes_no(),
            (GroupFacts, "agriculture_share"): {"type": ["number", "string", "null"]},
        },
    )
    return top, defs


def plan_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.plan/1``: ``amount_vnd`` or ``amount`` in words on every money line."""
    top, defs = attrs_schema(Plan, {(Plan, "schema"): constant(PLAN_SCHEMA)})
    for cls in (FundingLine, DeclaredTotal):
        definition = defs["funding_line" if cls is FundingLine else "declared_total"]
        definition["properties"]["amount"] = AMOUNT_IN_WORDS
        definition["required"].remove("amount_vnd")
        definition["oneOf"] = [{"required": ["amount_vnd"]}, {"required": ["amount"]}]
    return top, defs


def _column_entries(entry: Schema) -> Schema:
    """A column's figure: bare, one entry, or a dated list of them."""
    return {"anyOf": [SCALAR, entry, array({"anyOf": [SCALAR, entry]})]}


def _override_value() -> dict[str, Schema]:
    """One figure entry (its value bare, as written) and the definitions it needs."""
    entry, defs = attrs_schema(OverrideValue, {(OverrideValue, "value"): SCALAR})
    return {**defs, "override_value": entry}


def overrides_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.overrides/1`` and ``ntm_rules.figures/1`` (one shape)."""
    columns = mapping(_column_entries({"$ref": "#/$defs/override_value"}))
    top, defs = attrs_schema(
        OverrideTable,
        {
            (OverrideTable, "thresholds"): mapping(columns),
            (OverrideTable, "parameters"): mapping(mapping(columns)),
            (OverrideTable, "schema"): {"enum": [OVERRIDES_SCHEMA, FIGURES_SCHEMA]},
        },
    )
    return top, {**defs, **_override_value()}


def edition_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.edition/1``: indicators with their figures as in a figure table."""
    columns = mapping(_column_entries({"$ref": "#/$defs/override_value"}))
    top, defs = attrs_schema(
        EditionFile,
        {
            (EditionFile, "schema"): constant(EDITION_SCHEMA),
            (IndicatorEntry, "thresholds"): columns,
            (IndicatorEntry, "parameters"): mapping(columns),
        },
    )
    return top, {**defs, **_override_value()}
