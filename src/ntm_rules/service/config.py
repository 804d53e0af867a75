"""What the service is configured with when it starts: limits, token, provincial rulebooks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from attrs import field, frozen

from ntm_rules.editions import EDITIONS
from ntm_rules.exceptions import (
    DuplicateEntryError,
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
)
from ntm_rules.files import MAX_BYTES
from ntm_rules.messages import Message
from ntm_rules.overrides import load_rulebook
from ntm_rules.rulebook import Rulebook

DEFAULT_MAX_BODY: Final = MAX_BYTES
"""The largest request body accepted by default: the largest document file the library reads."""
DEFAULT_MAX_ROWS: Final = 10_000
"""The most communes one ``/batch`` request may carry by default (a province has a few hundred)."""
TOKEN_VARIABLE: Final = "NTM_RULES_TOKEN"
"""The environment variable read for the bearer token when ``--token`` is not given."""


def _by_id(books: Iterable[Rulebook]) -> Mapping[str, Rulebook]:
    return {book.id: book for book in books}


@frozen
class ServiceConfig:
    """The service's settings, fixed at start.

    Attributes:
        token: the bearer token every request but the upload page must carry, or ``None``.
        max_body: the largest request body, in bytes (413 above it).
        max_rows: the most rows one ``/batch`` request may hold (413 above it).
        rulebooks: provincial tables and edition files loaded at start, which requests may
            name by id (a request never names a file).
        lang: the language of the upload page when the request does not choose one.
    """

    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    max_rows: int = DEFAULT_MAX_ROWS
    rulebooks: tuple[Rulebook, ...] = ()
    lang: str = "vi"
    configured: Mapping[str, Rulebook] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "configured", _by_id(self.rulebooks))


def load_config(
    rulebooks: Iterable[str] = (),
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    max_rows: int = DEFAULT_MAX_ROWS,
    lang: str = "vi",
) -> ServiceConfig:
    """Load the rulebooks named at start (files or shipped names) and check the limits.

    Raises:
        InvalidInputError: a rulebook cannot be loaded, two have one id, or a limit is not
            positive; every problem names the option.
    """
    problems: list[InputProblem] = []
    if max_body < 1:
        reason = Message("must be at least 1 byte, got {max_body}", max_body=max_body)
        problems.append(OutOfRangeError("--max-body", reason))
    if max_rows < 1:
        reason = Message("must be at least 1 row, got {max_rows}", max_rows=max_rows)
        problems.append(OutOfRangeError("--max-rows", reason))
    if token is not None and not token.strip():
        problems.append(OutOfRangeError("--token", "an empty token would let anyone in"))
    books: list[Rulebook] = []
    for spec in rulebooks:
        book = load_rulebook(spec)
        if book.id in EDITIONS:
            continue  # a shipped edition is always available; naming it changes nothing
        if any(known.id == book.id for known in books):
            reason = Message("two rulebooks have id {id!r}", id=book.id)
            problems.append(DuplicateEntryError("--rulebook", reason))
        books.append(book)
    if problems:
        raise InvalidInputError(problems, "arguments")
    return ServiceConfig(
        token=token or None,
        max_body=max_body,
        max_rows=max_rows,
        rulebooks=tuple(books),
        lang=lang,
    )
