"""Reading a request's JSON body and its members, every problem naming its field."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    MalformedFileError,
    ProblemCollector,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.files import as_mapping, parse_document
from ntm_rules.service.rulebooks import prefixed

T = TypeVar("T")


def json_body(raw: bytes) -> Mapping[str, Any]:
    """A JSON object body, checked like any document (UTF-8, depth, size, duplicate keys).

    Raises:
        InvalidInputError: the body is not UTF-8 JSON, is nested too deeply, holds too many
            values, or is not an object.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problem = MalformedFileError("body", f"not UTF-8 text (byte {error.start})")
        raise InvalidInputError([problem], "body") from None
    try:
        return as_mapping(parse_document(text, name="body", json_only=True), "body")
    except InvalidInputError as error:  # a problem of the body as a whole is named "body"
        named = [
            prefixed(InvalidInputError([p]), "body").problems[0] if not p.field else p
            for p in error.problems
        ]
        raise InvalidInputError(named, "body") from None


class Members:
    """The members of a request object, read one by one; unknown members are problems."""

    def __init__(self, body: Mapping[str, Any], known: Collection[str], prefix: str = "") -> None:
        self.body = body
        self.prefix = prefix
        self.problems = ProblemCollector()
        for key in body:
            if key not in known:
                self.problems.add(UnknownIdentifierError(self.field(key), "member", key, known))

    def field(self, key: str) -> str:
        """The field path of a member."""
        return f"{self.prefix}.{key}" if self.prefix else key

    def add(self, problem: InputProblem) -> None:
        """Record a problem found while using a member."""
        self.problems.add(problem)

    def mapping(self, key: str, *, required: bool = True) -> Mapping[str, Any] | None:
        """An object member."""
        value = self.body.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, Mapping):
            self._wrong(key, "an object", value)
            return None
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        """A true/false member."""
        value = self.body.get(key, default)
        if not isinstance(value, bool):
            self._wrong(key, "true or false", value)
            return default
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        """A member that is one of a few words."""
        value = self.body.get(key, default)
        if not isinstance(value, str) or value not in choices:
            self._wrong(key, "one of " + ", ".join(repr(c) for c in choices), value)
            return default
        return value

    def texts(self, key: str, most: int) -> list[str]:
        """A non-empty list of at most ``most`` texts."""
        value = self.body.get(key)
        if not isinstance(value, list) or not value:
            self._wrong(key, "a non-empty list of texts", value)
            return []
        if len(value) > most:
            self.add(WrongKindError(self.field(key), f"at most {most} entries, got {len(value)}"))
            return []
        shown = []
        for n, item in enumerate(value):
            if isinstance(item, str):
                shown.append(item)
            else:
                self.add(
                    WrongKindError(f"{self.field(key)}[{n}]", f"expected text, got {_kind(item)}")
                )
        return shown

    def raise_if_any(self) -> None:
        """Raise every problem recorded so far."""
        self.problems.raise_if_any("request")

    def _wrong(self, key: str, expected: str, value: object) -> None:
        got = "nothing" if key not in self.body else _kind(value)
        self.add(WrongKindError(self.field(key), f"expected {expected}, got {got}"))


_KINDS = ((bool, "a boolean"), (int | float, "a number"), (str, "text"), (list, "a list"))


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "an object"
    for kind, name in _KINDS:
        if isinstance(value, kind):
            return name
    return type(value).__name__  # pragma: no cover - JSON has no other kinds
