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
from ntm_rules.files import MAX_NODES, as_mapping, parse_document
from ntm_rules.messages import Message
from ntm_rules.rulebook import Rulebook
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.rulebooks import prefixed, resolve

T = TypeVar("T")


def json_body(raw: bytes, max_values: int = MAX_NODES) -> Mapping[str, Any]:
    """A JSON object body, checked like any document (UTF-8, depth, size, duplicate keys).

    ``max_values``: the most values it may hold (a batch of rows holds more).

    Raises:
        InvalidInputError: the body is not UTF-8 JSON, is nested too deeply, holds too many
            values, or is not an object.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problem = MalformedFileError(
            "body", Message("not UTF-8 text (byte {start})", start=error.start)
        )
        raise InvalidInputError([problem], "body") from None
    try:
        document = parse_document(text, name="body", json_only=True, max_values=max_values)
        return as_mapping(document, "body")
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
            self._wrong(key, Message("an object"), value)
            return None
        return value

    def rulebook(self, config: ServiceConfig) -> Rulebook | None:
        """The ``rulebook`` member resolved: a configured id or an inline document.

        Its problems are recorded, and ``None`` stands for it then, as for no member.
        """
        try:
            return resolve(self.body.get("rulebook"), config)
        except InvalidInputError as error:
            for problem in error.problems:
                self.add(problem)
            return None

    def boolean(self, key: str, default: bool = False) -> bool:
        """A true/false member."""
        value = self.body.get(key, default)
        if not isinstance(value, bool):
            self._wrong(key, Message("true or false"), value)
            return default
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        """A member that is one of a few words."""
        value = self.body.get(key, default)
        if not isinstance(value, str) or value not in choices:
            listed = ", ".join(repr(c) for c in choices)
            self._wrong(key, Message("one of {choices}", choices=listed), value)
            return default
        return value

    def texts(self, key: str, most: int) -> list[str]:
        """A non-empty list of at most ``most`` texts."""
        value = self.body.get(key)
        if not isinstance(value, list) or not value:
            self._wrong(key, Message("a non-empty list of texts"), value)
            return []
        if len(value) > most:
            reason = Message("at most {most} entries, got {count}", most=most, count=len(value))
            self.add(WrongKindError(self.field(key), reason))
            return []
        shown = []
        for n, item in enumerate(value):
            if isinstance(item, str):
                shown.append(item)
            else:
                reason = Message("expected text, got {value}", value=_kind(item))
                self.add(WrongKindError(f"{self.field(key)}[{n}]", reason))
        return shown

    def raise_if_any(self) -> None:
        """Raise every problem recorded so far."""
        self.problems.raise_if_any("request")

    def _wrong(self, key: str, expected: Message, value: object) -> None:
        got = Message("nothing") if key not in self.body else _kind(value)
        reason = Message("expected {expected}, got {got}", expected=expected, got=got)
        self.add(WrongKindError(self.field(key), reason))


_KINDS = ((bool, "a boolean"), (int | float, "a number"), (str, "text"), (list, "a list"))


def _kind(value: object) -> Message:
    """The kind of a JSON value, as a word of the sentence it is shown in."""
    if value is None:
        return Message("null")
    if isinstance(value, Mapping):
        return Message("an object")
    for kind, name in _KINDS:
        if isinstance(value, kind):
            return Message(name)
    return Message(type(value).__name__)  # pragma: no cover - JSON has no other kinds
