"""Threshold columns and the choice of a commune's column (docs/mutation.md).

The law (reference §3): 318/QĐ-TTg Art. 1, in force 8 March 2022, sends especially difficult
communes and safety-zone communes of poor districts to the TDMNPB column; 211/QĐ-TTg, in
force 1 March 2024, adds zone II and III communes of ethnic-minority and mountain areas and
especially difficult coastal-sandbank and island communes. A rule in force "from" a day
applies on that day.
"""

from datetime import date

import pytest

from ntm_rules.citations import Citation
from ntm_rules.columns import (
    REGION_COLUMNS,
    Basis,
    Caveat,
    Column,
    ColumnChoice,
    ColumnRule,
    ColumnSet,
    RegionColumnRules,
    choose_region_column,
)
from ntm_rules.editions import default_rulebook
from ntm_rules.exceptions import UnknownIdentifierError
from ntm_rules.regions import Category, Region

RULE_211 = Citation("211/QĐ-TTg", "Điều 1")
ZONE_II = Category.ETHNIC_MINORITY_ZONE_II


def rules() -> RegionColumnRules:
    """The 2021–2025 column rules, as the edition ships them."""
    column_rules = default_rulebook().column_rules
    assert isinstance(column_rules, RegionColumnRules)
    return column_rules


@pytest.mark.parametrize(
    ("as_of", "column"),
    [
        (date(2024, 2, 29), "DBSH"),  # the day before 211 is in force: own region
        (date(2024, 3, 1), "TDMNPB"),  # 211 is in force from its first day
    ],
)
def test_211_applies_from_its_first_day(as_of: date, column: str) -> None:
    """A zone II commune of the Red River Delta moves to TDMNPB on 1 March 2024."""
    choice = choose_region_column(Region.DBSH, [ZONE_II], as_of, rules())
    assert choice.column.code == column
    assert choice.region is Region.DBSH


def test_a_switched_choice_says_why() -> None:
    """The choice keeps the commune's own region, the category and the rule."""
    choice = choose_region_column(
        Region.DBSCL, [Category.ESPECIALLY_DIFFICULT], date(2023, 12, 31), rules()
    )
    assert choice.column.code == "TDMNPB"
    assert choice.region is Region.DBSCL
    assert choice.because == Basis.of(Category.ESPECIALLY_DIFFICULT)
    assert choice.rule is not None
    assert choice.rule.citation.instrument == "318/QĐ-TTg"


def test_rules_apply_in_any_order() -> None:
    """A rule not yet in force is skipped, not a stop: the next rule in force still applies."""
    later = ColumnRule(frozenset({ZONE_II}), "TDMNPB", date(2030, 1, 1), RULE_211)
    earlier = ColumnRule(frozenset({ZONE_II}), "TDMNPB", date(2024, 3, 1), RULE_211)
    shuffled = RegionColumnRules(REGION_COLUMNS, (later, earlier))
    choice = choose_region_column(Region.BTB, [ZONE_II], date(2025, 12, 31), shuffled)
    assert choice.column.code == "TDMNPB"
    assert choice.rule == earlier


def caveat(before: date | None) -> Caveat:
    """A caveat on zone II communes, in force until ``before``."""
    return Caveat("test", frozenset({ZONE_II}), before, "lưu ý thử", "test caveat", RULE_211)


@pytest.mark.parametrize(
    ("as_of", "applies"),
    [(date(2024, 2, 29), True), (date(2024, 3, 1), False)],
)
def test_a_caveat_applies_only_before_its_date(as_of: date, applies: bool) -> None:
    """A caveat "before" a day does not apply on that day."""
    with_caveat = RegionColumnRules(REGION_COLUMNS, (), (caveat(date(2024, 3, 1)),))
    choice = choose_region_column(Region.DBSH, [ZONE_II], as_of, with_caveat)
    assert choice.column.code == "DBSH"
    assert choice.region is Region.DBSH
    assert bool(choice.caveats) is applies


def test_a_caveat_without_a_date_always_applies() -> None:
    """A caveat with no end date applies on any date."""
    with_caveat = RegionColumnRules(REGION_COLUMNS, (), (caveat(None),))
    choice = choose_region_column(Region.DBSH, [ZONE_II], date(2099, 1, 1), with_caveat)
    assert choice.caveats == (caveat(None),)


def test_a_new_column_set_finds_columns_by_any_name() -> None:
    """Code, names and label are all looked up, case- and diacritics-insensitively."""
    groups = ColumnSet(
        "group",
        "Nhóm",
        "Group",
        (Column("1", "Xã nhóm 1", "Commune group 1", "Nhóm 1"), Column("2", "Xã nhóm 2", "G2")),
    )
    first, second = groups.columns
    assert groups.parse("1", "x") is first
    assert groups.parse("xa nhom 1", "x") is first
    assert groups.parse("COMMUNE GROUP 1", "x") is first
    assert groups.parse("nhóm 1", "x") is first
    assert groups.parse("g2", "x") is second
    with pytest.raises(UnknownIdentifierError) as caught:
        groups.parse("3", "profile.group")
    assert str(caught.value) == "profile.group: unknown group '3'"


def test_get_needs_the_exact_code() -> None:
    """An unknown column code is an error naming the column."""
    assert REGION_COLUMNS.get("TN").code == "TN"
    with pytest.raises(UnknownIdentifierError) as caught:
        REGION_COLUMNS.get("XX")
    assert caught.value.field == "column"
    assert caught.value.kind == "column"
    assert caught.value.given == "XX"
    assert str(caught.value) == "column: unknown column 'XX'"


def test_labels_in_each_language() -> None:
    """The Vietnamese label has diacritics; the English one falls back to the code."""
    delta = REGION_COLUMNS.get("DBSH")
    assert delta.label_in("vi") == "ĐBSH"
    assert delta.label_in("en") == "DBSH"
    group = Column("3", "Xã nhóm 3", "Commune group 3", "Xã nhóm 3", "Group 3")
    assert group.label_in("en") == "Group 3"
    assert group.label_in("vi") == "Xã nhóm 3"


def test_basis_of_a_category_has_both_names() -> None:
    """The basis of a switch names the category in both languages."""
    basis = Basis.of(Category.ESPECIALLY_DIFFICULT)
    assert basis.key == "especially_difficult"
    assert basis.name_vi == "Xã đặc biệt khó khăn"
    assert basis.name_en == "Especially difficult commune"


def test_caveat_text_in_each_language() -> None:
    """A caveat reads in the reader's language."""
    assert caveat(None).text("vi") == "lưu ý thử"
    assert caveat(None).text("en") == "test caveat"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "cột ĐBSH: vùng của xã"),
        ("en", "column DBSH: the commune's own region"),
    ],
)
def test_describe_the_own_column(lang: str, text: str) -> None:
    """A commune on its own region's column says so."""
    choice = ColumnChoice(REGION_COLUMNS.get("DBSH"), Region.DBSH)
    assert choice.describe(lang) == text


def test_describe_defaults_to_vietnamese() -> None:
    """Without a language, the description is in Vietnamese."""
    assert ColumnChoice(REGION_COLUMNS.get("DBSH"), Region.DBSH).describe() == (
        "cột ĐBSH: vùng của xã"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "TDMNPB ← Xã đặc biệt khó khăn (318/QĐ-TTg Điều 1) [lưu ý: lưu ý thử]"),
        ("en", "TDMNPB ← Especially difficult commune (318/QĐ-TTg Điều 1) [caveat: test caveat]"),
    ],
)
def test_describe_a_switched_column(lang: str, text: str) -> None:
    """A switched column names the category, the rule and any caveat."""
    rule = ColumnRule(
        frozenset({Category.ESPECIALLY_DIFFICULT}),
        "TDMNPB",
        date(2022, 3, 8),
        Citation("318/QĐ-TTg", "Điều 1"),
    )
    choice = ColumnChoice(
        REGION_COLUMNS.get("TDMNPB"),
        Region.DBSH,
        Basis.of(Category.ESPECIALLY_DIFFICULT),
        rule,
        (caveat(None),),
    )
    assert choice.describe(lang) == text


def test_describe_a_column_decided_without_a_rule() -> None:
    """A column decided by a fact but no legal rule names the fact only."""
    choice = ColumnChoice(Column("3", "Xã nhóm 3", "Group 3"), None, Basis("g", "Nhóm", "Group"))
    assert choice.describe("en") == "3 ← Group"


def test_caveats_are_all_listed() -> None:
    """Two caveats: both are appended, in order."""
    first = caveat(None)
    second = Caveat("b", frozenset({ZONE_II}), None, "thứ hai", "second", RULE_211)
    choice = ColumnChoice(REGION_COLUMNS.get("DBSH"), Region.DBSH, caveats=(first, second))
    assert choice.describe("en") == (
        "column DBSH: the commune's own region [caveat: test caveat] [caveat: second]"
    )
