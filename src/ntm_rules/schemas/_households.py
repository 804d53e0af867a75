"""The schema of a household review (``ntm_rules.households/1``) and of one household record.

Derived from the review's attrs class, the facts of :mod:`ntm_rules.households.facts` and
the :class:`~ntm_rules.households.record.Member` class. A fact's cell is read by its kind
(numbers may be written in words, flags as yes/no words), so the schema admits text.
"""

from __future__ import annotations

from ntm_rules.households.facts import FACTS, TEXT_FIELDS, YEAR_FIELD, Kind
from ntm_rules.households.io import REVIEW_SCHEMA, _ReviewDocument
from ntm_rules.households.record import Member
from ntm_rules.schemas._vocabulary import Schema, array, attrs_schema, constant

_CELL: dict[Kind, Schema] = {
    Kind.FLAG: {"type": ["boolean", "string", "null"]},
    Kind.CODE: {"type": ["string", "null"]},
}
_NUMBER_CELL: Schema = {"type": ["number", "string", "null"]}


def household_record_schema() -> tuple[Schema, dict[str, Schema]]:
    """One household: its identifier, village, year, facts, and optionally its members."""
    member, defs = attrs_schema(Member)
    properties: dict[str, Schema] = {
        name: {"type": ["string", "integer", "null"]} for name in TEXT_FIELDS
    }
    properties[YEAR_FIELD] = {"type": ["integer", "string", "null"]}
    for fact in FACTS:
        properties[fact.name] = dict(_CELL.get(fact.kind, _NUMBER_CELL))
    # members: a count, or the list of members whose answers give the counts
    properties["members"] = {"anyOf": [_NUMBER_CELL, array({"$ref": "#/$defs/member"})]}
    record = {"type": "object", "properties": properties, "additionalProperties": False}
    return record, {**defs, "member": member}


def households_schema() -> tuple[Schema, dict[str, Schema]]:
    """``ntm_rules.households/1``."""
    record, defs = household_record_schema()
    top, review_defs = attrs_schema(
        _ReviewDocument,
        {
            (_ReviewDocument, "households"): array({"$ref": "#/$defs/household"}),
            (_ReviewDocument, "schema"): constant(REVIEW_SCHEMA),
        },
    )
    return top, {**review_defs, **defs, "household": record}
