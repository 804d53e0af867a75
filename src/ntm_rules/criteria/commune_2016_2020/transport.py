"""Criterion 2: Giao thông (Transport).

1980/QĐ-TTg, tiêu chí 2. The decision lists four kinds of road and leaves the concrete levels
to the provincial People's Committee (T7 Báo Nghệ An, T8 Báo Vĩnh Long): there is no national
percentage, so each indicator is pass/fail against the provincial level.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE
from ntm_rules.criteria.commune_2016_2020._common import PROVINCE_SETS_LEVEL
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion

_NO_PERCENTAGES = (
    "No national percentage was seen; the earlier (2013) set had percentages, which must "
    "not be carried over to this one."
)


class CommuneRoads(AchievedIndicator):
    """Indicator 2.1: must be achieved (level set by the province).

    Commune roads and roads from the commune centre to the district road asphalted or
    concreted, passable by car all year.
    """

    id = "2.1"
    name_vi = (
        "Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa, "
        "đảm bảo ô tô đi lại thuận tiện quanh năm"
    )
    name_en = (
        "Commune roads and roads from commune centre to district road asphalted/concreted, "
        "passable by car all year"
    )
    notes = PROVINCE_SETS_LEVEL + _NO_PERCENTAGES


class VillageRoads(AchievedIndicator):
    """Indicator 2.2: must be achieved (level set by the province).

    Village and inter-village roads at least hard-surfaced, passable by car all year.
    """

    id = "2.2"
    name_vi = (
        "Đường trục thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo "
        "ô tô đi lại thuận tiện quanh năm"
    )
    name_en = "Village and inter-village roads at least hard-surfaced, passable by car all year"
    notes = PROVINCE_SETS_LEVEL + "See 2.1."


class AlleyRoads(AchievedIndicator):
    """Indicator 2.3: must be achieved (level set by the province).

    Alleys clean and not muddy in the rainy season.
    """

    id = "2.3"
    name_vi = "Đường ngõ, xóm sạch và không lầy lội vào mùa mưa"
    name_en = "Alleys clean and not muddy in the rainy season"
    notes = PROVINCE_SETS_LEVEL + "See 2.1."


class FieldRoads(AchievedIndicator):
    """Indicator 2.4: must be achieved (level set by the province).

    Main field roads allow goods transport all year.
    """

    id = "2.4"
    name_vi = "Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm"
    name_en = "Main field roads allow goods transport all year"
    notes = PROVINCE_SETS_LEVEL + "See 2.1."


class Transport(Criterion):
    """Criterion 2: met when every sub-indicator is met."""

    id = "2"
    name_vi = "Giao thông"
    name_en = "Transport"
    group = INFRASTRUCTURE
    indicator_types = (CommuneRoads, VillageRoads, AlleyRoads, FieldRoads)
