"""Counting a long document's values before it is built, so that the value limit is cheap.

:func:`ntm_rules.files.check_tree` counts values once the document is built, which is
too late for a long text: libyaml composes a 1 MB flow list ``[0,0,…]`` into 500 000
nodes (seconds) before the 100 000-value limit can reject it, and ``json`` builds a
4 million-element list from 8 MiB. A text longer than :data:`SCAN_ABOVE` characters is
therefore counted first, cheaply, and refused as soon as the count passes the limit.

The counts are lower bounds of what :func:`~ntm_rules.files.check_tree` counts (every
mapping key and every value, aliases expanded), so a document refused here would be
refused there too; shorter texts are built straight away (CSafeLoader's speed).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ntm_rules.exceptions import InvalidInputError, OutOfRangeError
from ntm_rules.messages import Message

if TYPE_CHECKING:
    import yaml

SCAN_ABOVE = 64 * 1024
"""Texts up to this many characters are not counted first: they build in milliseconds."""

_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[,:]|"')
"""A JSON string, a separator, or (a string that does not end) a lone quote."""


def too_many_values(where: str, limit: int, *, aliases: bool) -> OutOfRangeError:
    """The problem of a document over its values limit (``aliases``: a YAML one's, expanded)."""
    if aliases:
        reason = Message("more than {max_nodes} values (YAML aliases expanded)", max_nodes=limit)
    else:
        reason = Message("more than {max_nodes} values", max_nodes=limit)
    return OutOfRangeError(where, reason)


def _too_many(limit: int, where: str, name: str, *, yaml: bool = True) -> InvalidInputError:
    return InvalidInputError([too_many_values(where, limit, aliases=yaml)], name)


def check_yaml_size(
    text: str,
    loader: type[yaml.SafeLoader],
    limit: int,
    name: str,
    *,
    scan_above: int = SCAN_ABOVE,
) -> None:
    """Refuse ``text`` when its YAML holds more than ``limit`` nodes (aliases count once).

    Parser events are read one by one and the scan stops at the first node over the
    limit; syntax errors are left for the real load to report.

    Raises:
        InvalidInputError: naming the line of the first node over the limit.
    """
    if len(text) <= scan_above:
        return
    import yaml  # noqa: PLC0415 - with its first YAML text, not with the package

    parser = loader(text)
    nodes = 0
    try:
        while parser.check_event():
            event = parser.get_event()  # type: ignore[no-untyped-call]
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > limit:
                    mark = event.start_mark
                    raise _too_many(limit, f"line {mark.line + 1}" if mark else "(top)", name)
    except yaml.YAMLError:
        return  # the load reports it, with its usual message
    finally:
        parser.dispose()


def check_json_size(text: str, limit: int, name: str, *, scan_above: int = SCAN_ABOVE) -> None:
    """Refuse ``text`` when its JSON holds more than ``limit`` values and keys.

    Each ``,`` and ``:`` outside strings starts one value or key, and each string is one,
    so either count is a lower bound of the values; a string that does not end stops the
    count (the load reports it).

    Raises:
        InvalidInputError: the document holds more than ``limit`` values and keys.
    """
    if len(text) <= scan_above:
        return
    separators = strings = 0
    for token in _JSON_TOKENS.finditer(text):
        mark = token.group()
        if mark == '"':
            return
        if mark in ",:":
            separators += 1
        else:
            strings += 1
        if separators > limit or strings > limit:
            raise _too_many(limit, "", name, yaml=False)  # the document as a whole
