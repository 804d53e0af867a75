"""The verification scale: a verdict is only as sure as its least-known figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntm_rules.citations import Verification, weakest

ORDER = [Verification.UNKNOWN, Verification.UNVERIFIED, Verification.VERIFIED]
"""Weakest first, as the module docstring of the scale states it."""


@given(st.lists(st.sampled_from(list(Verification)), min_size=1, max_size=8))
def test_weakest_is_the_least_known(statuses: list[Verification]) -> None:
    """Whatever the order and repetitions, the weakest status of the list is returned."""
    assert weakest(*statuses) is min(statuses, key=ORDER.index)


def test_weakest_of_nothing_raises() -> None:
    """There is no weakest of no statuses."""
    with pytest.raises(ValueError, match="at least one"):
        weakest()
