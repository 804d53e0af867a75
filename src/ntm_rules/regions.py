"""The seven socio-economic regions, and the commune categories the legal texts name.

Regions and categories are facts about a commune. Which threshold column they lead to is a
rule of each edition (318/QĐ-TTg Art. 1 and 211/QĐ-TTg for 2021–2025; 51/2025/QĐ-TTg's
commune groups for 2026–2030), kept as data in the edition's figure table.
"""

from __future__ import annotations

import enum

from ntm_rules.exceptions import UnknownIdentifierError
from ntm_rules.reading import fold


class Region(enum.Enum):
    """A socio-economic region, with its Vietnamese and English names."""

    TDMNPB = ("Trung du và miền núi phía Bắc", "Northern Midlands and Mountains")
    DBSH = ("Đồng bằng sông Hồng", "Red River Delta")
    BTB = ("Bắc Trung Bộ", "North Central Coast")
    DHNTB = ("Duyên hải Nam Trung Bộ", "South Central Coast")
    TN = ("Tây Nguyên", "Central Highlands")
    DNB = ("Đông Nam Bộ", "Southeast")
    DBSCL = ("Đồng bằng sông Cửu Long", "Mekong Delta")

    def __init__(self, name_vi: str, name_en: str) -> None:
        self.name_vi = name_vi
        self.name_en = name_en

    # Members are singletons: identity hashing keeps threshold look-ups in C.
    __hash__ = object.__hash__

    @property
    def code(self) -> str:
        """The short code, e.g. ``"DBSH"``."""
        return self.name

    @property
    def label_vi(self) -> str:
        """The Vietnamese short label, with diacritics, e.g. ``"ĐBSH"``."""
        return _VI_LABELS[self]

    @classmethod
    def parse(cls, text: str, field: str = "region") -> Region:
        """Read a region from its code or name, case- and diacritics-insensitively.

        Examples:
            >>> Region.parse("ĐBSH") is Region.DBSH
            True
            >>> Region.parse("dong bang song cuu long") is Region.DBSCL
            True
        """
        found = _REGION_INDEX.get(fold(text))
        if found is None:
            raise UnknownIdentifierError(field, "region", text, [r.code for r in cls])
        return found


_VI_LABELS = {
    Region.TDMNPB: "TDMNPB",
    Region.DBSH: "ĐBSH",
    Region.BTB: "BTB",
    Region.DHNTB: "DHNTB",
    Region.TN: "TN",
    Region.DNB: "ĐNB",
    Region.DBSCL: "ĐBSCL",
}
_REGION_INDEX = {
    key: region
    for region in Region
    for key in (fold(region.code), fold(region.name_vi), fold(region.name_en))
}


class Category(enum.Enum):
    """A commune category that may switch the commune to the TDMNPB column."""

    ESPECIALLY_DIFFICULT = (
        "especially_difficult",
        "Xã đặc biệt khó khăn",
        "Especially difficult commune",
    )
    SAFETY_ZONE = (
        "safety_zone",
        "Xã an toàn khu thuộc huyện nghèo",
        "Safety-zone (ATK) commune of a poor district",
    )
    SAFETY_ZONE_LEFT_POVERTY = (
        "safety_zone_left_poverty",
        "Xã an toàn khu thuộc huyện vừa thoát nghèo giai đoạn 2018–2020",
        "Safety-zone (ATK) commune of a district that left poverty in 2018–2020",
    )
    DISTRICT_LEFT_POVERTY = (
        "district_left_poverty",
        "Xã thuộc huyện vừa thoát nghèo giai đoạn 2018–2020 (không phải xã an toàn khu)",
        "Commune (not safety-zone) of a district that left poverty in 2018–2020",
    )
    ETHNIC_MINORITY_ZONE_II = (
        "ethnic_minority_zone_ii",
        "Xã khu vực II vùng đồng bào dân tộc thiểu số và miền núi",
        "Zone II commune of an ethnic-minority and mountain area",
    )
    ETHNIC_MINORITY_ZONE_III = (
        "ethnic_minority_zone_iii",
        "Xã khu vực III vùng đồng bào dân tộc thiểu số và miền núi",
        "Zone III commune of an ethnic-minority and mountain area",
    )
    COASTAL_OR_ISLAND = (
        "coastal_or_island",
        "Xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo",
        "Especially difficult coastal-sandbank or island commune",
    )

    def __init__(self, key: str, name_vi: str, name_en: str) -> None:
        self.name_vi = name_vi
        self.name_en = name_en

    @property
    def key(self) -> str:
        """The key used in profiles, e.g. ``"especially_difficult"``."""
        return self.value[0]

    @classmethod
    def parse(cls, text: str, field: str = "categories") -> Category:
        """Read a category from its key (``"especially_difficult"``), case-insensitively."""
        key = fold(text).replace(" ", "_")
        for category in cls:
            if category.key == key:
                return category
        raise UnknownIdentifierError(field, "category", text, [c.key for c in cls])
