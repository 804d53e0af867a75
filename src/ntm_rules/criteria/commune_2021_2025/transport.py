"""Criterion 2: Giao thông (Transport).

318/QĐ-TTg, Phụ lục I, tiêu chí 2. Guidance: Bộ Giao thông vận tải - QĐ 932/QĐ-BGTVT ngày
18/7/2022.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE, KILOMETRES
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class CommuneRoads(RateIndicator):
    """Indicator 2.1: at least the threshold share.

    Share of commune roads asphalted or concreted, passable by car all year.
    """

    id = "2.1"
    name_vi = (
        "Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, bảo đảm ô tô đi lại thuận tiện quanh năm"
    )
    name_en = "Share of commune roads asphalted or concreted, passable by car all year"
    direction = Direction.AT_LEAST
    counted = KILOMETRES
    notes = (
        "Same 100 % level existed in the 2016-2020 set (incl. roads from the commune centre "
        "to the district road) - recalled."
    )


class VillageRoads(RateIndicator):
    """Indicator 2.2: at least the threshold share.

    Share of village and inter-village roads at least hard-surfaced, passable by car all
    year.
    """

    id = "2.2"
    name_vi = (
        "Tỷ lệ đường thôn, bản và đường liên thôn, bản ít nhất được cứng hóa, bảo đảm ô tô đi"
        " lại thuận tiện quanh năm"
    )
    name_en = (
        "Share of village and inter-village roads at least hard-surfaced, passable by car all year"
    )
    direction = Direction.AT_LEAST
    counted = KILOMETRES
    notes = (
        "Region-specific percentages exist (100 % expected for ĐBSH and ĐNB, recalled); exact"
        " figures not verified - read Phụ lục I before use. The QĐ 932/QĐ-BGTVT guidance that"
        " could be consulted covers only the district criteria."
    )


class AlleyRoads(RateIndicator):
    """Indicator 2.3: at least the threshold share.

    Share of alleys/lanes hard-surfaced, clean and not muddy in the rainy season.
    """

    id = "2.3"
    name_vi = "Tỷ lệ đường ngõ, xóm được cứng hóa, bảo đảm sạch và không lầy lội vào mùa mưa"
    name_en = "Share of alleys/lanes hard-surfaced, clean and not muddy in the rainy season"
    direction = Direction.AT_LEAST
    counted = KILOMETRES
    notes = "Region-specific; figures not verified. See 2.2 on QĐ 932."


class FieldRoads(RateIndicator):
    """Indicator 2.4: at least the threshold share.

    Share of main field (in-farm) roads allowing year-round goods transport.
    """

    id = "2.4"
    name_vi = "Tỷ lệ đường trục chính nội đồng bảo đảm vận chuyển hàng hóa thuận tiện quanh năm"
    name_en = "Share of main field (in-farm) roads allowing year-round goods transport"
    direction = Direction.AT_LEAST
    counted = KILOMETRES
    notes = "Region-specific; figures not verified. See 2.2 on QĐ 932."


class Transport(Criterion):
    """Criterion 2: met when every sub-indicator is met."""

    id = "2"
    name_vi = "Giao thông"
    name_en = "Transport"
    group = INFRASTRUCTURE
    indicator_types = (CommuneRoads, VillageRoads, AlleyRoads, FieldRoads)
