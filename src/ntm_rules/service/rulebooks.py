"""Which rulebook a request is judged on: an id, or a document in the request itself.

A request may name a shipped edition (id or short name) or a rulebook configured when the
server started, by id; or carry an edition file or an override table inline. It can never
name a file: :func:`ntm_rules.overrides.load_rulebook` would read one, so it is not called
on anything a request sends.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from ntm_rules.edition_files import EDITION_SCHEMA, load_edition
from ntm_rules.editions import REGISTRY, edition, find_edition, known_names
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.fingerprints import canonical_json
from ntm_rules.overrides import apply_overrides, load_overrides
from ntm_rules.rulebook import Rulebook
from ntm_rules.service.config import ServiceConfig


def named(name: str, config: ServiceConfig) -> Rulebook | None:
    """A shipped edition (id or short name) or a configured rulebook (id), or ``None``."""
    return find_edition(name) or config.configured.get(name)


def every_name(config: ServiceConfig) -> list[str]:
    """The names a request may give, for messages."""
    return [*known_names(), *config.configured]


def resolve(spec: object, config: ServiceConfig, field: str = "rulebook") -> Rulebook | None:
    """The rulebook a request's ``rulebook`` member gives (``None`` when it gives none).

    Raises:
        InvalidInputError: an unknown name, or an inline document with problems (each
            field prefixed with ``field``).
    """
    if spec is None:
        return None
    if isinstance(spec, str):
        book = named(spec, config)
        if book is None:
            unknown = UnknownIdentifierError(field, "rulebook", spec, every_name(config))
            raise InvalidInputError([unknown], "request")
        return book
    if isinstance(spec, Mapping):
        try:
            return _inline(spec, config)
        except InvalidInputError as error:
            raise prefixed(error, field) from None
    problem = WrongKindError(
        field, "expected a rulebook id (text) or an inline edition or override table (an object)"
    )
    raise InvalidInputError([problem], "request")


_INLINE_KEPT = 32
"""How many inline rulebooks are kept built (an app sends its what-if table with every
request: building and fingerprinting it again would be most of each request's time)."""
_inline_built: OrderedDict[tuple[int, bytes], tuple[ServiceConfig, Rulebook]] = OrderedDict()
_inline_lock = threading.Lock()


def _inline(document: Mapping[str, Any], config: ServiceConfig) -> Rulebook:
    """The rulebook an inline document gives, built once per content and configuration."""
    try:
        key = (id(config), canonical_json(document))
    except (TypeError, ValueError):  # not plain JSON data: built, not kept
        return _built(document, config)
    with _inline_lock:
        kept = _inline_built.get(key)
        if kept is not None and kept[0] is config:
            _inline_built.move_to_end(key)
            return kept[1]
    book = _built(document, config)  # a document with problems raises: nothing is kept
    with _inline_lock:
        _inline_built[key] = (config, book)
        while len(_inline_built) > _INLINE_KEPT:
            _inline_built.popitem(last=False)
    return book


def _built(document: Mapping[str, Any], config: ServiceConfig) -> Rulebook:
    if document.get("schema") == EDITION_SCHEMA:
        return load_edition(document)
    table = load_overrides(document)
    base = named(table.base, config)
    if base is None:
        problem = UnknownIdentifierError("base", "rulebook", table.base, every_name(config))
        raise InvalidInputError([problem], "rulebook")
    return apply_overrides(base, table)


def prefixed(error: InvalidInputError, prefix: str) -> InvalidInputError:
    """The same problems with each field placed under ``prefix`` (``profile.values."3.1"``)."""
    return InvalidInputError([_moved(p, prefix) for p in error.problems], error.what)


def _moved(problem: InputProblem, prefix: str) -> InputProblem:
    moved = copy.copy(problem)
    field = f"{prefix}.{problem.field}" if problem.field else prefix
    moved.field = field
    moved.args = (field, *problem.args[1:])
    return moved


def rulebook_entry(book: Rulebook, source: str) -> dict[str, Any]:
    """What ``GET /rulebooks`` says of one rulebook."""
    return {
        "id": book.id,
        "short_name": book.short_name or None,
        "title_vi": book.title_vi,
        "title_en": book.title_en,
        "instrument": book.citation.instrument,
        "first_year": book.first_year,
        "last_year": book.last_year,
        "tier": book.tier,
        "derived_from": book.derived_from,
        "columns": list(book.columns.codes),
        "indicators": len(book.indicator_ids),
        "source": source,
    }


def rulebooks_document(config: ServiceConfig) -> dict[str, Any]:
    """Every rulebook a request may name: the shipped editions, then the configured ones."""
    shipped = [rulebook_entry(edition(spec.id), "shipped") for spec in REGISTRY]
    configured = [rulebook_entry(book, "configured") for book in config.rulebooks]
    return {"rulebooks": [*shipped, *configured]}
