"""Reading YAML and JSON documents: strict UTF-8, safe YAML, no duplicate keys, bounded.

Every document, from a file or handed over as a mapping, is checked before use: regular
files only and at most :data:`MAX_BYTES`; at most :data:`MAX_DEPTH` levels of nesting and
:data:`MAX_NODES` values once YAML aliases are expanded (so an alias bomb is an error, not
a hang); every mapping key text; no lone surrogate in any text.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    MalformedFileError,
    OutputError,
    WrongKindError,
)
from ntm_rules.messages import Message
from ntm_rules.prescan import check_json_size, too_many_values
from ntm_rules.reading import describe, excerpt, has_surrogate, key_text, short_path, too_precise

MAX_BYTES = 8 * 1024 * 1024
"""The largest document file read (a commune profile or plan is a few kilobytes)."""
MAX_DEPTH = 32
"""The deepest nesting accepted."""
MAX_NODES = 100_000
"""The most values a document may hold, with YAML aliases expanded."""


def _reject_duplicate_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise MalformedFileError(key_text(key), "duplicate key")
        mapping[key] = value
    return mapping


def _json_float(text: str) -> object:
    """A JSON number with a fraction; one that names no float exactly, as its text."""
    return text if too_precise(text) else float(text)


def parse_document(
    text: str, *, name: str = "input", json_only: bool = False, max_values: int = MAX_NODES
) -> object:
    """Parse YAML (a superset of JSON) or, with ``json_only``, strict JSON.

    ``max_values``: the most values and keys a JSON document may hold (a YAML one holds at
    most :data:`MAX_NODES`, its aliases expanded).
    """
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InvalidInputError(
            [MalformedFileError("", Message("{name} is empty", name=name))], name
        )
    parse_errors: tuple[type[Exception], ...] = (ValueError,)  # JSON, or a 5000-digit number
    if json_only:  # a long text is counted before it is built
        check_json_size(text, max_values, name)
        load: Callable[[str], object] = partial(
            json.loads,
            object_pairs_hook=_reject_duplicate_pairs,
            parse_float=_json_float,
        )
    else:
        # PyYAML is imported with the first YAML document, not with the package (12 ms)
        from ntm_rules import yaml_io  # noqa: PLC0415

        yaml_io.check_size(text, MAX_NODES, name)
        load, parse_errors = yaml_io.load, (yaml_io.YAMLError, ValueError)
    try:
        document = load(text)
    except MalformedFileError as problem:
        raise InvalidInputError([problem], name) from None
    except RecursionError:
        deep = MalformedFileError(
            "",
            Message(
                "{name} is nested more than {max_depth} levels deep", name=name, max_depth=MAX_DEPTH
            ),
        )
        raise InvalidInputError([deep], name) from None
    except parse_errors as error:
        reason = " ".join(str(error).split())
        reason = reason if len(reason) <= 300 else reason[:299] + "…"
        if "maximum nesting depth" in reason:  # libyaml's own cap
            reason = Message("nested more than {max_depth} levels deep", max_depth=MAX_DEPTH)
        if "Exceeds the limit" in reason:
            reason = "a number has more digits than any value can (over 4300)"
        raise InvalidInputError(
            [
                MalformedFileError(
                    "", Message("cannot parse {name}: {reason}", name=name, reason=reason)
                )
            ],
            name,
        ) from None
    limit = max_values if json_only else MAX_NODES
    check_tree(document, name, max_values=limit, aliases=not json_only)
    return document


def check_tree(
    document: object, what: str, *, max_values: int = MAX_NODES, aliases: bool = True
) -> None:
    """Check nesting, size, key types and text of a parsed document (or of a mapping).

    ``max_values``: the most values and keys it may hold; ``aliases``: a YAML document's
    (counted with its aliases expanded, and said so).

    Raises:
        InvalidInputError: naming the path of the first offending value.
    """
    # A path is kept as its steps and only written out for an error: writing every node's
    # path would copy long keys into each descendant's (quadratic in long keys).
    stack: list[tuple[object, tuple[str | int, ...], int]] = [(document, (), 0)]
    nodes = 0
    while stack:
        value, path, depth = stack.pop()
        nodes += 1
        problem = (
            too_many_values(_where(path), max_values, aliases=aliases)
            if nodes > max_values
            else _node_problem(value, path, depth)
        )
        if problem is not None:
            raise InvalidInputError([problem], what)
        if isinstance(value, Mapping):
            for key, child in value.items():
                if not isinstance(key, str):
                    above = field_path(path)
                    where = short_path(f"{above}.{excerpt(key)}" if above else excerpt(key))
                    problem = WrongKindError(
                        where,
                        Message("keys are text: quote the key (got {key})", key=describe(key)),
                    )
                    raise InvalidInputError([problem], what)
                stack.append((key, path, depth + 1))
                stack.append((child, (*path, key), depth + 1))
        elif isinstance(value, list | tuple):
            stack.extend((child, (*path, n), depth + 1) for n, child in enumerate(value))


def field_path(steps: tuple[str | int, ...]) -> str:
    """Keys and list indices as an error names them, each key a short, escaped excerpt.

    Examples:
        >>> field_path(("values", "14.1", 0))
        'values.14.1[0]'
        >>> field_path(("x" * 100, "all"))
        'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx.all'
    """
    text = ""
    for step in steps:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text = f"{text}.{key_text(step)}" if text else key_text(step)
    return short_path(text)


def _node_problem(value: object, path: tuple[str | int, ...], depth: int) -> InputProblem | None:
    if depth > MAX_DEPTH:
        return MalformedFileError(
            _where(path), Message("nested more than {max_depth} levels deep", max_depth=MAX_DEPTH)
        )
    if isinstance(value, str) and has_surrogate(value):
        return WrongKindError(
            _where(path),
            Message("text {value} has a lone surrogate (not Unicode)", value=excerpt(value)),
        )
    return None


def _where(path: tuple[str | int, ...]) -> str:
    return field_path(path) or "(top)"


def read_document(path: str | Path) -> object:
    """Read a YAML or JSON file (by extension; YAML otherwise) as UTF-8."""
    path = Path(path)
    name = excerpt(str(path))[1:-1]
    try:
        raw = read_bytes(path)
    except InputProblem as problem:
        raise InvalidInputError([problem], name) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_utf8 = MalformedFileError(
            name,
            Message("not UTF-8 text (byte {start}); save the file as UTF-8", start=error.start),
        )
        raise InvalidInputError([not_utf8], name) from None
    return parse_document(text, name=name, json_only=path.suffix.lower() == ".json")


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Special files (``/dev/zero``, a FIFO, a directory) are refused before they are opened,
    so that reading can neither block nor run forever.

    Raises:
        MalformedFileError: naming the file and why it cannot be read.
    """
    name = excerpt(str(path))[1:-1]
    try:
        info = os.stat(path)
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
        raise MalformedFileError(
            name, Message("cannot read the file ({reason})", reason=_reason(error))
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise MalformedFileError(name, "not a regular file")
    if info.st_size > limit:
        raise MalformedFileError(
            name, Message("larger than {size} MiB", size=limit // (1024 * 1024))
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise MalformedFileError(
            name, Message("cannot read the file ({reason})", reason=_reason(error))
        ) from None
    if len(data) > limit:
        raise MalformedFileError(
            name, Message("larger than {size} MiB", size=limit // (1024 * 1024))
        )
    return data


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)


def as_mapping(document: object, what: str) -> Mapping[str, Any]:
    """Check that a parsed document is a mapping with string keys."""
    if not isinstance(document, Mapping):
        kind = Message("a list") if isinstance(document, list) else type(document).__name__
        raise InvalidInputError(
            [WrongKindError("", Message("expected a mapping, got {kind}", kind=kind))], what
        )
    return document


def read_source(source: object, what: str) -> tuple[Mapping[str, Any], str]:
    """A document given as a path or a mapping, checked to be a mapping; and its name."""
    if isinstance(source, Mapping):
        check_tree(source, what)
        return as_mapping(source, what), what
    if isinstance(source, str | Path):
        return as_mapping(read_document(source), str(source)), str(source)
    kind = type(source).__name__
    problem = WrongKindError(
        "", Message("expected a file path or a mapping, got {kind}", kind=kind)
    )
    raise InvalidInputError([problem], what)


def emit(text: str, output: str | Path | None) -> None:
    """``text`` to the file ``output`` (UTF-8), or to standard output without one.

    Raises:
        OutputError: the file cannot be written (named).
    """
    if output is None:
        print(text)
        return
    try:
        Path(output).write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise OutputError(output, error) from None
