"""Reading YAML and JSON documents: strict UTF-8, safe YAML, no duplicate keys."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from ntm_rules.exceptions import InvalidInputError, MalformedFileError, WrongKindError


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that rejects duplicate keys instead of keeping the last one."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            line = key_node.start_mark.line + 1
            raise MalformedFileError(str(key), f"duplicate key on line {line}")
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_unique_mapping,
)


def _reject_duplicate_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise MalformedFileError(key, "duplicate key")
        mapping[key] = value
    return mapping


def parse_document(text: str, *, name: str = "input", json_only: bool = False) -> object:
    """Parse YAML (a superset of JSON) or, with ``json_only``, strict JSON."""
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InvalidInputError([MalformedFileError("", f"{name} is empty")], name)
    try:
        if json_only:
            return json.loads(text, object_pairs_hook=_reject_duplicate_pairs)
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except MalformedFileError as problem:
        raise InvalidInputError([problem], name) from None
    except (yaml.YAMLError, json.JSONDecodeError) as error:
        reason = " ".join(str(error).split())
        raise InvalidInputError(
            [MalformedFileError("", f"cannot parse {name}: {reason}")], name
        ) from None


def read_document(path: str | Path) -> object:
    """Read a YAML or JSON file (by extension; YAML otherwise) as UTF-8."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
        reason = getattr(error, "strerror", None) or str(error)
        problem = MalformedFileError(str(path), f"cannot read the file ({reason})")
        raise InvalidInputError([problem], str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = MalformedFileError(
            str(path), f"not UTF-8 text (byte {error.start}); save the file as UTF-8"
        )
        raise InvalidInputError([problem], str(path)) from None
    return parse_document(text, name=str(path), json_only=path.suffix.lower() == ".json")


def as_mapping(document: object, what: str) -> Mapping[str, Any]:
    """Check that a parsed document is a mapping with string keys."""
    if not isinstance(document, Mapping):
        kind = "a list" if isinstance(document, list) else type(document).__name__
        raise InvalidInputError([WrongKindError("", f"expected a mapping, got {kind}")], what)
    return document


def read_source(source: object, what: str) -> tuple[Mapping[str, Any], str]:
    """A document given as a path or a mapping, checked to be a mapping; and its name."""
    if isinstance(source, Mapping):
        return as_mapping(source, what), what
    if isinstance(source, str | Path):
        return as_mapping(read_document(source), str(source)), str(source)
    kind = type(source).__name__
    problem = WrongKindError("", f"expected a file path or a mapping, got {kind}")
    raise InvalidInputError([problem], what)
