"""The seven socio-economic regions and the commune categories that switch column.

The 2021–2025 set gives one threshold column per region. Some communes are judged on the
northern midlands and mountains (TDMNPB) column whatever their region: 318/QĐ-TTg Art. 1
names especially difficult communes and safety-zone communes; 211/QĐ-TTg (01/3/2024)
adds zone II and III communes of ethnic-minority and mountain areas and especially
difficult coastal-sandbank and island communes.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

from attrs import frozen

from ntm_rules.citations import Citation
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

_318 = Citation(
    instrument="318/QĐ-TTg",
    provision="Điều 1",
    urls=(
        "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025",
        "http://irsd.vass.gov.vn/tin-tuc/quy-dinh-ve-xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025.html",
    ),
)
_211 = Citation(
    instrument="211/QĐ-TTg",
    provision="Điều 1 (sửa đổi quy định áp dụng mức TDMNPB)",
    urls=(
        "http://arit.gov.vn/tin-tuc/hoat-dong-cong-thuong-dia-phuong-ban-hanh-quyet-dinh-sua-doi-mot-so-tieu-chi-chi-tieu-cua-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-c2335a2f_4389/",
    ),
)
_318_IN_FORCE = date(2022, 3, 8)
_211_IN_FORCE = date(2024, 3, 1)


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


@frozen
class ColumnRule:
    """A legal rule that sends communes of some categories to another region's column."""

    categories: frozenset[Category]
    column: Region
    in_force_from: date
    citation: Citation


@frozen
class Caveat:
    """A reading of an uncertain text that changed (or could change) a commune's column.

    Attributes:
        key: a stable code, carried into results and documents.
        categories: the categories it concerns.
        before: it applies to dates before this one (``None``: always).
        text_vi: the caveat in Vietnamese.
        text_en: the caveat in English.
        citation: the text whose reading is uncertain.
    """

    key: str
    categories: frozenset[Category]
    before: date | None
    text_vi: str
    text_en: str
    citation: Citation

    def text(self, lang: str) -> str:
        """The caveat in ``"vi"`` or ``"en"``."""
        return self.text_en if lang == "en" else self.text_vi


CAVEATS: tuple[Caveat, ...] = (
    Caveat(
        "318_art1_district_left_poverty",
        frozenset({Category.DISTRICT_LEFT_POVERTY}),
        None,
        "Điều 1 QĐ 318/QĐ-TTg được đọc là 'huyện vừa thoát nghèo giai đoạn 2018–2020' chỉ "
        "bổ nghĩa cho xã an toàn khu; theo cách đọc khác, mọi xã thuộc huyện này dùng mức "
        "TDMNPB. Chưa đối chiếu được văn bản gốc.",
        "318/QĐ-TTg Art. 1 is read as 'districts that left poverty in 2018–2020' qualifying "
        "only the safety-zone communes; on the other reading every commune of such a district "
        "uses the TDMNPB levels. The official wording could not be checked.",
        _318,
    ),
    Caveat(
        "318_art1_coastal_before_211",
        frozenset({Category.COASTAL_OR_ISLAND}),
        _211_IN_FORCE,
        "Trước 01/3/2024, xã ĐBKK vùng bãi ngang ven biển và hải đảo được đọc là chưa thuộc "
        "nhóm 'xã đặc biệt khó khăn' của Điều 1 QĐ 318 (QĐ 211/QĐ-TTg bổ sung nhóm này). "
        "Nếu xã có trong danh sách xã đặc biệt khó khăn, hãy khai thêm especially_difficult.",
        "Before 01/3/2024 especially difficult coastal-sandbank and island communes are read "
        "as not covered by the 'especially difficult communes' of 318 Art. 1 (211/QĐ-TTg adds "
        "them). If the commune is on the especially-difficult list, declare "
        "especially_difficult too.",
        _211,
    ),
)
"""Readings this library had to choose; a result whose column they affect names them."""


COLUMN_RULES: tuple[ColumnRule, ...] = (
    ColumnRule(
        frozenset(
            {
                Category.ESPECIALLY_DIFFICULT,
                Category.SAFETY_ZONE,
                Category.SAFETY_ZONE_LEFT_POVERTY,
            }
        ),
        Region.TDMNPB,
        _318_IN_FORCE,
        _318,
    ),
    ColumnRule(
        frozenset(
            {
                Category.ETHNIC_MINORITY_ZONE_II,
                Category.ETHNIC_MINORITY_ZONE_III,
                Category.COASTAL_OR_ISLAND,
                Category.SAFETY_ZONE,
            }
        ),
        Region.TDMNPB,
        _211_IN_FORCE,
        _211,
    ),
)


@frozen
class ColumnChoice:
    """Which region's column a commune is judged on, and why.

    Attributes:
        column: the column used.
        region: the commune's own region.
        because: the category that switched the column (``None`` when it was not switched).
        rule: the legal rule applied (``None`` when the commune's own column is used).
        caveats: readings of uncertain texts on which the choice rests.
    """

    column: Region
    region: Region
    because: Category | None = None
    rule: ColumnRule | None = None
    caveats: tuple[Caveat, ...] = ()

    def describe(self, lang: str = "vi") -> str:
        """Say in one line which column is used and why."""
        if self.rule is None or self.because is None:
            if lang == "en":
                text = f"column {self.column.code}: the commune's own region"
            else:
                text = f"cột {self.column.label_vi}: vùng của xã"
        else:
            who = self.because.name_en if lang == "en" else self.because.name_vi
            basis = f"{self.rule.citation.instrument} {self.rule.citation.provision}"
            text = f"{self.column.code} ← {who} ({basis})"
        for caveat in self.caveats:
            text += f" [{'caveat' if lang == 'en' else 'lưu ý'}: {caveat.text(lang)}]"
        return text


def choose_column(region: Region, categories: Iterable[Category], as_of: date) -> ColumnChoice:
    """Choose the threshold column for a commune, applying the rules in force on ``as_of``.

    Examples:
        >>> choose_column(Region.DBSH, [Category.ESPECIALLY_DIFFICULT], date(2025, 12, 31)).column
        <Region.TDMNPB: ('Trung du và miền núi phía Bắc', 'Northern Midlands and Mountains')>
        >>> choose_column(Region.DBSH, [Category.ETHNIC_MINORITY_ZONE_II], date(2023, 12, 31)).column
        <Region.DBSH: ('Đồng bằng sông Hồng', 'Red River Delta')>
    """
    held = set(categories)
    for rule in COLUMN_RULES:
        if rule.in_force_from > as_of or region is rule.column:
            continue
        for category in Category:  # enum order keeps the reason deterministic
            if category in held and category in rule.categories:
                return ColumnChoice(rule.column, region, category, rule)
    caveats = tuple(
        caveat
        for caveat in CAVEATS
        if region is not Region.TDMNPB
        and caveat.categories & held
        and (caveat.before is None or as_of < caveat.before)
    )
    return ColumnChoice(region, region, caveats=caveats)
