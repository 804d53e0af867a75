"""The explicit registries (editions, and criteria per edition) match the packages on disk."""

import importlib
import pkgutil
import unicodedata

import pytest

import ntm_rules
from ntm_rules import criteria
from ntm_rules.editions import REGISTRY, edition


def test_every_edition_package_is_registered_once() -> None:
    """Each package under criteria/ declares one edition, listed once in the registry."""
    packages = {m.name for m in pkgutil.iter_modules(criteria.__path__) if m.ispkg}
    registered = [spec.criteria[0].__module__.split(".")[2] for spec in REGISTRY]
    assert sorted(registered) == sorted(packages)
    assert len({spec.id for spec in REGISTRY}) == len(REGISTRY)
    assert len({spec.short_name for spec in REGISTRY}) == len(REGISTRY)


@pytest.mark.parametrize("spec", REGISTRY, ids=[spec.id for spec in REGISTRY])
def test_every_criterion_module_is_registered_once(spec: ntm_rules.rulebook.EditionSpec) -> None:
    """Each public module of an edition package defines exactly one registered criterion."""
    package = importlib.import_module(spec.criteria[0].__module__.rsplit(".", 1)[0])
    modules = {m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_")}
    registered = [c.__module__.rsplit(".", 1)[1] for c in spec.criteria]
    assert sorted(registered) == sorted(modules)
    assert len(registered) == len(set(registered))
    assert [c.id for c in edition(spec.id).criteria] == [c.id for c in spec.criteria]


def test_criteria_are_in_rulebook_order_with_unique_ids() -> None:
    """Criteria run 1..19 and indicator ids are unique and sorted numerically."""
    book = ntm_rules.default_rulebook()
    assert [c.id for c in book.criteria] == [str(n) for n in range(1, 20)]
    ids = book.indicator_ids
    assert len(ids) == len(set(ids)) == 56
    keys = [tuple(int(p) for p in i.split(".")) for i in ids]
    assert keys == sorted(keys)


def test_each_indicator_belongs_to_its_criterion() -> None:
    """Indicator ids start with their criterion's id."""
    for criterion in ntm_rules.default_rulebook().criteria:
        for indicator in criterion.indicators:
            assert indicator.id.split(".")[0] == criterion.id


def test_groups_follow_the_decision() -> None:
    """Criteria 1 / 2-9 / 10-13 / 14-17 / 18-19 form groups I-V."""
    groups = {c.id: c.group.id for c in ntm_rules.default_rulebook().criteria}
    assert groups["1"] == "I"
    assert groups["9"] == "II"
    assert groups["13"] == "III"
    assert groups["17"] == "IV"
    assert groups["19"] == "V"


def test_the_missing_57th_indicator_is_recorded() -> None:
    """The decision has 57 indicators; the shortfall is stated in the data."""
    book = ntm_rules.default_rulebook()
    assert book.official_indicator_count == 57
    assert any("57" in note for note in book.notes)


def test_public_api_is_sorted_and_resolves() -> None:
    """__all__ is sorted and every name in it exists."""
    names = [n for n in ntm_rules.__all__ if n != "__version__"]
    assert names == sorted(names, key=lambda n: (not n.isupper(), n))
    for name in ntm_rules.__all__:
        assert hasattr(ntm_rules, name)


def test_labels_are_bilingual_nfc_text() -> None:
    """Every criterion and indicator has a Vietnamese and an English name, in NFC."""
    book = ntm_rules.default_rulebook()
    names = [n for c in book.criteria for n in (c.name_vi, c.name_en)]
    names += [n for i in book.indicators() for n in (i.name_vi, i.name_en)]
    assert all(names)
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
