"""The commune groups of 51/2025/QĐ-TTg and how a commune's group is decided.

A profile may state its group (``group: 1``); otherwise the group follows from its facts:
group 1 if next to an urban area and oriented to become urban, planned as a new urban
area, or under 10 % agriculture (the figure is data in ``groups.yaml``); group 3 if it is
a zone II or III commune of the ethnic-minority and mountain area; group 2 otherwise. A
commune that fits both 1 and 3 must state its group: no source says which prevails.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.columns import Basis, Column, ColumnChoice, ColumnSet
from ntm_rules.exceptions import InputProblem, UnknownIdentifierError
from ntm_rules.files import read_document
from ntm_rules.messages import Message
from ntm_rules.reading import fold
from ntm_rules.regions import Category

if TYPE_CHECKING:
    from ntm_rules.profile import CommuneProfile

_DATA = Path(__file__).with_name("groups.yaml")
_ZONES = (Category.ETHNIC_MINORITY_ZONE_II, Category.ETHNIC_MINORITY_ZONE_III)


@frozen
class GroupDefinition:
    """One commune group as the decision defines it."""

    code: str
    name_vi: str
    name_en: str
    definition_vi: str
    definition_en: str
    verification: Verification
    citation: Citation


@frozen
class Figure:
    """A figure of the group rules with its status and citation."""

    value: float
    verification: Verification
    citation: Citation


@frozen
class GroupsDocument:
    """The shape of ``groups.yaml``."""

    schema: str
    groups: list[GroupDefinition]
    agriculture_share_below: Figure


class GroupUndecidedError(InputProblem):
    """A commune whose facts fit two groups and the text says nothing of precedence."""


@frozen
class GroupColumnRules:
    """Decide a 2026–2030 commune's group: stated, or from its facts."""

    columns: ColumnSet
    definitions: tuple[GroupDefinition, ...]
    agriculture_share_below: Figure

    def choose(self, profile: CommuneProfile, as_of: date) -> ColumnChoice:
        """The group column of ``profile`` (``as_of`` does not change it: one set of rules).

        Raises:
            InputProblem: an unknown stated group, or facts that fit groups 1 and 3.
        """
        del as_of
        region = profile.region
        if profile.group is not None:
            column = self._stated(profile.group)
            stated = Basis("stated", "nhóm do xã khai", "group stated in the profile")
            return ColumnChoice(column, region, stated)
        near_urban = self._near_urban(profile)
        zone = next((c for c in _ZONES if c in profile.categories), None)
        if near_urban is not None and zone is not None:
            raise GroupUndecidedError(
                "group",
                Message(
                    "the commune fits group 1 ({name_en}) and group 3 ({name_en2}); 51/2025/QĐ-TTg does not say which prevails: state the group (group: 1 or group: 3)",
                    name_en=near_urban.name_en,
                    name_en2=zone.name_en,
                ),
            )
        if near_urban is not None:
            return ColumnChoice(self.columns.get("1"), region, near_urban)
        if zone is not None:
            return ColumnChoice(self.columns.get("3"), region, Basis.of(zone))
        residual = Basis("not_group_1_or_3", "không thuộc nhóm 1, nhóm 3", "neither group 1 nor 3")
        return ColumnChoice(self.columns.get("2"), region, residual)

    def _stated(self, text: str) -> Column:
        key = fold(text).removeprefix("xa ").removeprefix("nhom ").removeprefix("group ")
        for column in self.columns.columns:
            if key == column.code:
                return column
        raise UnknownIdentifierError("group", "commune group", text, self.columns.codes)

    def _near_urban(self, profile: CommuneProfile) -> Basis | None:
        facts = profile.facts
        if facts.adjacent_urban_oriented:
            return Basis(
                "adjacent_urban_oriented",
                "xã liền kề đô thị hiện hữu, định hướng thành đô thị",
                "next to an existing urban area and oriented to become urban",
            )
        if facts.planned_urban:
            return Basis(
                "planned_urban", "xã được định hướng là đô thị mới", "planned as a new urban area"
            )
        below = self.agriculture_share_below.value
        if facts.agriculture_share is not None and facts.agriculture_share < below:
            return Basis(
                "agriculture_share_below",
                f"tỷ trọng nông nghiệp dưới {below:g}%",
                f"agriculture under {below:g} % of the economy",
            )
        return None


@functools.cache
def group_rules() -> GroupColumnRules:
    """The group rules, read once from ``groups.yaml`` (when the edition is first built)."""
    # cattrs is imported with the first document structured, not with the package (11 ms)
    from ntm_rules.serialization import CONVERTER  # noqa: PLC0415

    document = CONVERTER.structure(read_document(_DATA), GroupsDocument)
    definitions = tuple(document.groups)
    columns = ColumnSet(
        "group",
        "Nhóm xã",
        "Commune group",
        tuple(
            Column(d.code, d.name_vi, d.name_en, f"Xã nhóm {d.code}", f"Group {d.code}")
            for d in definitions
        ),
    )
    return GroupColumnRules(columns, definitions, document.agriculture_share_below)


def group_columns() -> ColumnSet:
    """Xã nhóm 1, 2 and 3, in order."""
    return group_rules().columns
