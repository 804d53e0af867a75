"""Criterion 17: Môi trường và an toàn thực phẩm (Environment and food safety).

318/QĐ-TTg, Phụ lục I, tiêu chí 17. Guidance: Several ministries: Bộ NN&PTNT (clean water,
livestock - QĐ 1680, replaced by QĐ 896/QĐ-BNN-VPĐP 01/4/2024); Bộ TN&MT (waste, businesses
- CV 2155/BTNMT-TCMT 2022, replaced by CV 2251/BTNMT-KSONMT 09/4/2024); Bộ Xây dựng (green
space, cemeteries) and Bộ Y tế (latrines, food safety) - the BXD/BYT split is recalled.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ESTABLISHMENTS, HOUSEHOLDS, SOCIETY, TONNES
from ntm_rules.evaluators import AchievedIndicator, NumericIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction
from ntm_rules.units import GREEN_SPACE


class CleanWater(RateIndicator):
    """Indicator 17.1: at least the threshold share.

    Share of households using clean / hygienic water per standard.
    """

    id = "17.1"
    name_vi = "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn (nước hợp vệ sinh và nước sạch)"
    name_en = "Share of households using clean / hygienic water per standard"
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = (
        'Name confirmed: "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn"; the water must '
        "meet the Ministry of Health QCVN or the local technical regulation (U10). Exact "
        "regional levels not verified."
    )


class CompliantBusinesses(RateIndicator):
    """Indicator 17.2: at least the threshold share.

    Share of businesses, aquaculture farms and craft villages complying with environmental
    rules.
    """

    id = "17.2"
    name_vi = (
        "Tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy sản, làng nghề bảo đảm quy định về"
        " bảo vệ môi trường"
    )
    name_en = (
        "Share of businesses, aquaculture farms and craft villages complying with "
        "environmental rules"
    )
    direction = Direction.AT_LEAST
    counted = ESTABLISHMENTS
    notes = (
        "Consolidated MONRE guidance: CV 2251/BTNMT-KSONMT (09/4/2024), replacing CV "
        "2155/BTNMT-TCMT (2022). Đồng Nai's provincial set also uses 100 % (S16, provincial)."
    )


class CleanLandscape(AchievedIndicator):
    """Indicator 17.3: must be achieved.

    Green-clean-safe landscape; no stagnant domestic wastewater in residential clusters.
    """

    id = "17.3"
    name_vi = (
        "Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải"
        " sinh hoạt tại các khu dân cư tập trung"
    )
    name_en = "Green-clean-safe landscape; no stagnant domestic wastewater in residential clusters"


class PublicGreenSpace(NumericIndicator):
    """Indicator 17.4: at least the threshold area per person.

    Public green space in rural residential areas.
    """

    id = "17.4"
    name_vi = "Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn"
    name_en = "Public green space in rural residential areas"
    unit = GREEN_SPACE
    direction = Direction.AT_LEAST
    notes = "Unit m² per person (recall strength weak)."


class BurialRules(AchievedIndicator):
    """Indicator 17.5: must be achieved.

    Burial and cremation per regulations and plan.
    """

    id = "17.5"
    name_vi = "Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch"
    name_en = "Burial and cremation per regulations and plan"


class SolidWasteTreated(RateIndicator):
    """Indicator 17.6: at least the threshold share.

    Share of domestic and non-hazardous solid waste collected and treated per regulations.
    """

    id = "17.6"
    name_vi = (
        "Tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại trên địa bàn được thu "
        "gom, xử lý theo quy định"
    )
    name_en = (
        "Share of domestic and non-hazardous solid waste collected and treated per regulations"
    )
    direction = Direction.AT_LEAST
    counted = TONNES
    notes = (
        "Region-specific or a single level - not verified. Đồng Nai's provincial set uses 100"
        " % for waste collection (S16, provincial only)."
    )


class PesticideAndMedicalWaste(RateIndicator):
    """Indicator 17.7: at least the threshold share.

    Share of used pesticide packaging and medical solid waste collected and treated.
    """

    id = "17.7"
    name_vi = (
        "Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, "
        "xử lý đáp ứng yêu cầu về bảo vệ môi trường"
    )
    name_en = "Share of used pesticide packaging and medical solid waste collected and treated"
    direction = Direction.AT_LEAST
    counted = TONNES
    notes = (
        "Đồng Nai's provincial set uses 100 % for pesticide-packaging collection (S16, "
        "provincial only)."
    )


class HygienicSanitation(RateIndicator):
    """Indicator 17.8: at least the threshold share.

    Share of households with hygienic latrine, bathroom, water container and 'three cleans'.
    """

    id = "17.8"
    name_vi = (
        "Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và bảo đảm 3 sạch"
    )
    name_en = (
        "Share of households with hygienic latrine, bathroom, water container and 'three cleans'"
    )
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = "Figures not verified."


class LivestockFarms(RateIndicator):
    """Indicator 17.9: at least the threshold share.

    Share of livestock facilities meeting veterinary-hygiene, husbandry and environmental
    rules.
    """

    id = "17.9"
    name_vi = (
        "Tỷ lệ cơ sở chăn nuôi bảo đảm các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi"
        " trường"
    )
    name_en = (
        "Share of livestock facilities meeting veterinary-hygiene, husbandry and "
        "environmental rules"
    )
    direction = Direction.AT_LEAST
    counted = ESTABLISHMENTS
    notes = "Figures not verified."


class FoodSafety(RateIndicator):
    """Indicator 17.10: at least the threshold share.

    Share of households and food businesses complying with food-safety rules.
    """

    id = "17.10"
    name_vi = (
        "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về "
        "bảo đảm an toàn thực phẩm"
    )
    name_en = "Share of households and food businesses complying with food-safety rules"
    direction = Direction.AT_LEAST
    counted = ESTABLISHMENTS


class EnvironmentAndFoodSafety(Criterion):
    """Criterion 17: met when every sub-indicator is met."""

    id = "17"
    name_vi = "Môi trường và an toàn thực phẩm"
    name_en = "Environment and food safety"
    group = SOCIETY
    indicator_types = (
        CleanWater,
        CompliantBusinesses,
        CleanLandscape,
        PublicGreenSpace,
        BurialRules,
        SolidWasteTreated,
        PesticideAndMedicalWaste,
        HygienicSanitation,
        LivestockFarms,
        FoodSafety,
    )
