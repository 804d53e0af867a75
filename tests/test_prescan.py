"""The value count of long texts: never refuses a document the limit allows, and is cheap."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from ntm_rules import prescan
from ntm_rules.exceptions import InvalidInputError
from ntm_rules.files import parse_document
from ntm_rules.yaml_io import _UniqueKeyLoader

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(alphabet='ab,:"\\[]{}\n é', max_size=8),
)
documents = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.dictionaries(st.text(alphabet='ab,:"\\ ', max_size=5), inner, max_size=6),
    ),
    max_leaves=40,
)


def _values(document: Any) -> int:
    """Every value and mapping key, as the document limit counts them (the oracle)."""
    if isinstance(document, dict):
        return 1 + sum(1 + _values(value) for value in document.values())
    if isinstance(document, list):
        return 1 + sum(_values(value) for value in document)
    return 1


def _refused(check: Any) -> bool:
    try:
        check()
    except InvalidInputError:
        return True
    return False


@given(document=documents, slack=st.integers(-3, 3))
def test_yaml_counts_exactly(document: Any, slack: int) -> None:
    """A YAML text (no aliases) is refused exactly when it holds more values than the limit."""
    limit = max(_values(document) + slack, 0)
    for text in (yaml.safe_dump(document), json.dumps(document)):

        def check(text: str = text) -> None:
            prescan.check_yaml_size(text, _UniqueKeyLoader, limit, "t", scan_above=0)

        assert _refused(check) == (_values(document) > limit), text


@given(document=documents, slack=st.integers(-3, 3))
def test_json_never_refuses_what_the_limit_allows(document: Any, slack: int) -> None:
    """The JSON count is a lower bound: a refused text holds more values than the limit."""
    limit = max(_values(document) + slack, 0)
    text = json.dumps(document, ensure_ascii=bool(slack % 2))
    if _refused(lambda: prescan.check_json_size(text, limit, "t", scan_above=0)):
        assert _values(document) > limit, text


def test_short_texts_are_not_counted() -> None:
    """Up to SCAN_ABOVE characters the text is built straight away (the limit comes after)."""
    text = "[" + "0," * 1000 + "0]"
    prescan.check_yaml_size(text, _UniqueKeyLoader, 10, "t")
    prescan.check_json_size(text, 10, "t")


@pytest.mark.parametrize("json_only", [False, True])
def test_a_long_text_is_refused_at_the_first_value_over_the_limit(json_only: bool) -> None:
    """200 000 values in 400 kB: refused by the count, naming the line for YAML."""
    text = "[" + "0,\n" * 199_999 + "0]"
    with pytest.raises(InvalidInputError) as caught:
        parse_document(text, json_only=json_only)
    (problem,) = caught.value.problems
    assert problem.field == ("" if json_only else "line 100000")  # JSON: the whole document
    expanded = "" if json_only else " (YAML aliases expanded)"
    assert problem.reason == f"more than 100000 values{expanded}"


@pytest.mark.parametrize(
    "text", ['["' + "x" * 100_000, '["' + '\\"' * 50_000, "[" + "a: [" * 40_000]
)
def test_malformed_long_texts_keep_their_own_error(text: str) -> None:
    """A text the count cannot read is left for the parser, which says what is wrong."""
    for json_only in (False, True):
        with pytest.raises(InvalidInputError, match=r"cannot parse|nested more than"):
            parse_document(text, json_only=json_only)
