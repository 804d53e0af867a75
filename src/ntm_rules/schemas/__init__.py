"""JSON Schemas (draft 2020-12) of every document the library reads or writes.

The schemas ship as JSON files in this package (``ntm_rules/schemas/<name>.json``), so an
app in any language can check a document before sending it, and ``ntm-rules schema NAME``
prints one. A schema checks a document's shape (fields, kinds, codes); the loaders also
check its content (units, indicator ids, ranges), so a document can fit its schema and
still be refused, never the other way round.

Validating needs the ``schema`` extra (``jsonschema``).

Examples:
    >>> from ntm_rules.schemas import names, schema, validate
    >>> "evaluation" in names()
    True
    >>> schema("profile")["$id"]
    'urn:ntm-rules:schema:profile:1'
    >>> validate({"schema": "ntm_rules.profile/1", "commune": "A", "year": 2025}, "profile")
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

from ntm_rules._extras import require
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    UnknownIdentifierError,
)
from ntm_rules.files import field_path
from ntm_rules.messages import Message

NAMES = (
    "batch",
    "diff",
    "edition",
    "evaluation",
    "household",
    "households",
    "model",
    "overrides",
    "plan",
    "plan-progress",
    "plan-show",
    "profile",
    "rulebook",
    "verification",
)
"""The name of every shipped schema."""
MAX_PROBLEMS = 100
"""The most violations reported one by one."""


class SchemaViolation(InputProblem):
    """A document that does not fit its schema, at one JSON path."""


def names() -> tuple[str, ...]:
    """The name of every shipped schema, sorted."""
    return NAMES


@functools.cache
def _text(name: str) -> str:
    return resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")


def _known(name: str) -> str:
    if name not in NAMES:
        problem = UnknownIdentifierError("schema", "schema", name, NAMES)
        raise InvalidInputError([problem], "schema name")
    return name


def schema_text(name: str) -> str:
    """The shipped schema ``name`` as JSON text."""
    return _text(_known(name))


def schema(name: str) -> dict[str, Any]:
    """The shipped schema ``name`` (a fresh copy).

    Raises:
        InvalidInputError: no schema has this name.
    """
    loaded: dict[str, Any] = json.loads(schema_text(name))
    return loaded


@functools.cache
def _validator(name: str) -> Any:
    jsonschema = require(
        "jsonschema", "validating needs the schema extra: pip install 'ntm-rules[schema]'"
    )
    loaded = schema(name)
    cls = jsonschema.validators.validator_for(loaded)
    return cls(loaded, format_checker=cls.FORMAT_CHECKER)


def _as_json(value: object) -> object:
    """A document read from YAML as JSON would hold it: dates as ISO text."""
    if isinstance(value, Mapping):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _path(error: Any) -> str:
    """A violation's place as the library writes field paths: ``criteria[0].status``."""
    return field_path(tuple(error.absolute_path))


def problems(document: object, name: str) -> list[InputProblem]:
    """Every violation of schema ``name`` by ``document``, one per JSON path, in order."""
    validator = _validator(_known(name))
    found = sorted(
        validator.iter_errors(_as_json(document)), key=lambda e: list(map(str, e.absolute_path))
    )
    return [SchemaViolation(_path(error), _message(error)) for error in found[:MAX_PROBLEMS]]


def _message(error: Any) -> str:
    text = " ".join(str(error.message).split())
    return text if len(text) <= 300 else text[:299] + "…"


def validate(document: object, name: str) -> None:
    """Check ``document`` against schema ``name``.

    Raises:
        InvalidInputError: one problem per violation, each naming its JSON path.
    """
    found = problems(document, name)
    if found:
        what = Message("{name} document (schema {id})", name=name, id=schema(name)["$id"])
        raise InvalidInputError(found, what)
