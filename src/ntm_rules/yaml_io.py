"""YAML in and out: PyYAML's safe loader made strict, and its safe dumper for messages.

Imported by :mod:`ntm_rules.files` on the first YAML document (PyYAML costs 12 ms to import,
which a program that never reads YAML should not pay).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ntm_rules.exceptions import MalformedFileError
from ntm_rules.messages import Message
from ntm_rules.prescan import check_yaml_size
from ntm_rules.reading import describe, excerpt, too_precise

YAMLError = yaml.YAMLError

# libyaml's parser is linear and caps nesting itself; the pure-Python one is quadratic in
# nested flow collections (20 000 "[" take a second), so it is only the fallback.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[valid-type,misc]
    """A safe YAML loader that rejects duplicate keys instead of keeping the last one."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.Node) -> dict[Any, Any]:
    if not isinstance(node, yaml.MappingNode):  # an explicit "!!map [1]"
        raise _bad_tag(node, "a mapping")
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            raise MalformedFileError(
                f"line {line}", Message("mapping keys are text, not {key}", key=describe(key))
            ) from None
        if key in mapping:
            raise MalformedFileError(
                excerpt(key)[1:-1], Message("duplicate key on line {line}", line=line)
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


def _short_tag(tag: str) -> str:
    return excerpt(tag.replace("tag:yaml.org,2002:", "!!", 1))[1:-1]


def _bad_tag(node: yaml.Node, expected: str) -> yaml.constructor.ConstructorError:
    """An explicit tag on what it cannot tag: an input error, not PyYAML's own crash."""
    shown = excerpt(node.value) if isinstance(node, yaml.ScalarNode) else "a collection"
    return yaml.constructor.ConstructorError(
        None, None, f"{_short_tag(node.tag)} needs {expected}, not {shown}", node.start_mark
    )


_SCALAR_TAGS = {
    "tag:yaml.org,2002:timestamp": "a date such as 2025-03-01",
    "tag:yaml.org,2002:bool": "true or false",
}
"""The scalar constructors of PyYAML that crash on what an explicit tag forces on them."""


def _guarded(tag: str, expected: str) -> Any:
    construct = yaml.constructor.SafeConstructor.yaml_constructors[tag]

    def construct_scalar(loader: _UniqueKeyLoader, node: yaml.Node) -> object:
        try:
            return construct(loader, node)
        except (AttributeError, IndexError, KeyError, TypeError):
            # "!!timestamp x": the groups of a failed match are read; "!!bool maybe": the
            # word is looked up in the table of booleans; "!!int" on nothing: text[0]
            raise _bad_tag(node, expected) from None

    return construct_scalar


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_unique_mapping,
)
for _tag, _expected in _SCALAR_TAGS.items():
    _UniqueKeyLoader.add_constructor(_tag, _guarded(_tag, _expected))

# YAML 1.1, PyYAML's, reads 020 as octal 16, 1:40 as base 60 (100), 0x50, 0b1010000 and
# 1_00 as numbers: other numbers than an official wrote. Only plain decimals are numbers
# here (the YAML 1.2 way); the rest stays text, which the strict reader reads (020 is 20)
# or refuses, naming the field.
_INT, _FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
_UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in (_INT, _FLOAT)]
    for first, resolvers in _SAFE_LOADER.yaml_implicit_resolvers.items()
}
_UniqueKeyLoader.add_implicit_resolver(
    _INT, re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_UniqueKeyLoader.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+][0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
_yaml_float = _guarded(_FLOAT, "a number")


def _float(loader: _UniqueKeyLoader, node: yaml.Node) -> object:
    """A decimal as a float; one that names no float exactly (too many digits), as its text.

    The strict reader then says so, naming the field (``79.99999999999999999`` would
    otherwise round onto the threshold 80 it does not reach).
    """
    if isinstance(node, yaml.ScalarNode) and too_precise(str(node.value)):
        return str(node.value)
    return _yaml_float(loader, node)


_UniqueKeyLoader.add_constructor(_INT, _guarded(_INT, "a whole number"))
_UniqueKeyLoader.add_constructor(_FLOAT, _float)


def load(text: str) -> object:
    """Parse one YAML document with the strict loader (duplicate keys are errors)."""
    return yaml.load(text, Loader=_UniqueKeyLoader)


def check_size(text: str, limit: int, name: str) -> None:
    """:func:`ntm_rules.prescan.check_yaml_size` with the strict loader."""
    check_yaml_size(text, _UniqueKeyLoader, limit, name)


# A message is written out as the text it is (YAML's safe dumper knows only exact str).
yaml.SafeDumper.add_representer(Message, yaml.representer.SafeRepresenter.represent_str)


def dump(data: object, **options: Any) -> str:
    """``yaml.safe_dump`` of ``data`` (messages as their text), Unicode kept as it is."""
    text: str = yaml.safe_dump(data, allow_unicode=True, **options)
    return text
