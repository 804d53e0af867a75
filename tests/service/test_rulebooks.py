"""Rulebooks a request gives: an inline table is built once per content and configuration."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

import ntm_rules
from ntm_rules.fingerprints import rulebook_fingerprint
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.rulebooks import resolve

TABLE = Path(__file__).parents[2] / "examples" / "data" / "what-if-table.yaml"


def _table() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return document


def test_the_same_inline_table_is_one_rulebook() -> None:
    """Sent again (even with its keys in another order), the same object and fingerprint."""
    config = ServiceConfig()
    first = resolve(_table(), config)
    reordered = dict(reversed(list(_table().items())))
    again = resolve(reordered, config)
    assert first is not None
    assert again is first
    assert rulebook_fingerprint(again) == rulebook_fingerprint(first)


def test_another_table_or_configuration_is_built_anew() -> None:
    """A changed figure, or another server configuration, never gets a kept rulebook."""
    config = ServiceConfig()
    first = resolve(_table(), config)
    changed = copy.deepcopy(_table())
    changed["thresholds"]["17.1"] = {"all": 75}
    other = resolve(changed, config)
    assert other is not first
    assert other is not None
    assert first is not None
    assert other.indicator("17.1").thresholds != first.indicator("17.1").thresholds
    assert resolve(_table(), ServiceConfig()) is not first


def test_a_table_with_problems_is_refused_every_time() -> None:
    """Nothing is kept for a table that does not load: each request is told its problems."""
    broken = {**_table(), "base": "no-such-edition"}
    for _ in range(2):
        with pytest.raises(ntm_rules.InvalidInputError, match="no-such-edition"):
            resolve(broken, ServiceConfig())
