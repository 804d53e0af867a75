"""Canonical JSON: the short road for plain JSON data writes the bytes the full one writes.

The oracle is the documented form computed the long way (:func:`plain`, then sorted keys
and no spaces); any JSON-like data, with whole floats, tuples, sets, non-text keys and
non-finite numbers mixed in, must give the same bytes or the same error.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntm_rules.fingerprints import canonical_json, plain


def long_way(value: Any) -> bytes:
    """Every value through :func:`plain`, then the canonical text."""
    text = json.dumps(plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(min_value=-(10**6), max_value=10**6).map(float),  # whole floats
    st.text(max_size=8),
)
json_like = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(st.text(max_size=5), inner, max_size=4),
        st.dictionaries(st.integers(-3, 3), inner, max_size=3),  # non-text keys
        st.frozensets(st.integers(-5, 5), max_size=3),
    ),
    max_leaves=30,
)


@given(json_like)
def test_canonical_json_is_the_long_way(value: Any) -> None:
    """Whatever the data, the bytes are those of the documented canonical form."""
    assert canonical_json(value) == long_way(value)


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_non_finite_numbers_have_no_canonical_form(bad: float) -> None:
    """A non-finite number is refused, deep inside a document as at the top."""
    with pytest.raises(ValueError, match="no canonical JSON form"):
        canonical_json({"criteria": [{"gap": bad}]})
