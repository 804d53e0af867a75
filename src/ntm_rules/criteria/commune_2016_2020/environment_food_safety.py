"""Criterion 17: Môi trường và an toàn thực phẩm (Environment and food safety).

1980/QĐ-TTg, tiêu chí 17: eight indicators. Only 17.1 has known levels (T28/T29, one
publisher, and T1); 17.2-17.8 are known to exist (T3, T5) but their thresholds were not
found, and the names of 17.3-17.5 and 17.7 were not seen in any source.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ntm_rules.citations import weakest
from ntm_rules.criteria._vocabulary import ESTABLISHMENTS, HOUSEHOLDS, SOCIETY
from ntm_rules.criteria.commune_2016_2020._common import NAME_RECALLED
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.evaluators.base import Context
from ntm_rules.evaluators.composite import CompositeIndicator, PartKind, PartsVerdict
from ntm_rules.exceptions import OutOfRangeError
from ntm_rules.measurements import Components, Measurement
from ntm_rules.messages import Message
from ntm_rules.results import IndicatorResult
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction, ThresholdValue

_LEVELS = (("hygienic", "hygienic_share"), ("clean", "clean_share"))
"""Each part of 17.1 and the rule figure it is compared with, in the order checked."""
_WATER = {"hygienic": "hygienic water (≥ {share} %)", "clean": "clean water (≥ {share} %)"}
"""The failing condition of each part, as message ids."""

_THRESHOLD_NOT_FOUND = "The indicator is known to exist; its threshold was not found. "


class HygienicWater(CompositeIndicator):
    """Indicator 17.1: both water shares at least the column's levels.

    Share of households using hygienic water, of which clean water. Give ``true``/``false``
    as assessed, or the two shares of all households, ``{hygienic, clean}`` (percent).
    """

    id = "17.1"
    name_vi = "Tỷ lệ hộ được sử dụng nước hợp vệ sinh và nước sạch theo quy định"
    name_en = "Share of households using hygienic water, of which clean water"
    counted = HOUSEHOLDS
    accepts = "true/false as assessed, or {hygienic, clean} shares of households (%)"
    parameter_names = ("hygienic_share", "clean_share")
    parts: ClassVar[Mapping[str, PartKind]] = {
        "hygienic": PartKind.PERCENT,
        "clean": PartKind.PERCENT,
    }
    notes = (
        'Each column gives two levels, "hygienic water (of which clean water)": the rule '
        "figures hygienic_share and clean_share (T28/T29, one publisher; T1). The clean-water "
        "share is read as a share of all households (the source's wording does not say "
        "otherwise). Unknown: DHNTB hygienic water (printed 55 %, impossible beside 60 % "
        "clean water, probably 95) and the general clean-water share (T28 65 %, T1 60 %). A "
        "share below a known level fails even where the other level is unknown."
    )

    def check_parts(self, parts: Mapping[str, float | bool], field: str) -> None:
        """Clean water is part of hygienic water: its share cannot be larger."""
        hygienic, clean = parts.get("hygienic"), parts.get("clean")
        if hygienic is not None and clean is not None and clean > hygienic:
            raise OutOfRangeError(
                f"{field}.clean",
                Message(
                    "{clean:g} % is more than the hygienic-water share {hygienic:g} % it is part of",
                    clean=clean,
                    hygienic=hygienic,
                ),
            )

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """As every composite; but a share below a known level fails even if the other is unknown."""
        if isinstance(measurement, Components):
            figures = {name: self.parameter(name, context) for _, name in _LEVELS}
            if not all(figure.is_known for figure in figures.values()):
                for part, name in _LEVELS:
                    figure, have = figures[name], measurement.parts.get(part)
                    if not figure.is_known or have is None:
                        continue
                    required = float(figure.value)  # type: ignore[arg-type]  # checked numeric
                    if float(have) < required:
                        return self.decide(
                            measurement,
                            threshold,
                            context,
                            passed=False,
                            verification=weakest(threshold.verification, figure.verification),
                            gap=required - float(have),
                            detail=_WATER[part],
                            detail_values=(("share", f"{required:g}"),),
                        )
        return super().judge(measurement, threshold, context)

    def judge_parts(
        self, parts: Mapping[str, float | bool], figures: Mapping[str, float]
    ) -> PartsVerdict:
        """Both shares must reach the column's levels."""
        if any(parts.get(part) is None for part, _ in _LEVELS):
            return PartsVerdict(None, "give both hygienic and clean")
        for part, name in _LEVELS:
            have, required = float(parts[part]), figures[name]
            if have < required:
                share = (("share", f"{required:g}"),)
                return PartsVerdict(False, _WATER[part], required - have, values=share)
        return PartsVerdict(True, gap=0.0)


class CompliantBusinesses(RateIndicator):
    """Indicator 17.2: at least the threshold share.

    Share of businesses, aquaculture farms and craft villages complying with environmental
    rules.
    """

    id = "17.2"
    name_vi = (
        "Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định "
        "về bảo vệ môi trường"
    )
    name_en = (
        "Share of businesses, aquaculture farms and craft villages complying with "
        "environmental rules"
    )
    direction = Direction.AT_LEAST
    counted = ESTABLISHMENTS
    notes = _THRESHOLD_NOT_FOUND + "Wording seen in T3 and T5."


class CleanLandscape(AchievedIndicator):
    """Indicator 17.3: must be achieved (expected; pass rule not seen).

    Green, clean, beautiful, safe landscape.
    """

    id = "17.3"
    name_vi = "Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn"
    name_en = "Green, clean, beautiful, safe landscape"
    notes = NAME_RECALLED + 'Only the start "xây dựn[g]..." is visible in T3 after 17.2.'


class BurialRules(AchievedIndicator):
    """Indicator 17.4: must be achieved (expected; pass rule not seen).

    Burial per rules and plan.
    """

    id = "17.4"
    name_vi = "Mai táng phù hợp với quy định và theo quy hoạch"
    name_en = "Burial per rules and plan"
    notes = NAME_RECALLED + "The pass rule is unknown."


class WasteTreated(AchievedIndicator):
    """Indicator 17.5: must be achieved (expected; pass rule not seen).

    Solid waste and wastewater collected and treated per rules.
    """

    id = "17.5"
    name_vi = (
        "Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh "
        "doanh được thu gom, xử lý theo quy định"
    )
    name_en = "Solid waste and wastewater collected and treated per rules"
    notes = NAME_RECALLED + "The pass rule is unknown."


class HygienicSanitation(RateIndicator):
    """Indicator 17.6: at least the threshold share.

    Share of households with hygienic latrine, bathroom, water tank and 'three cleans'.
    """

    id = "17.6"
    name_vi = "Tỷ lệ hộ có nhà tiêu, nhà tắm, bể chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch"
    name_en = 'Share of households with hygienic latrine, bathroom, water tank and "3 cleans"'
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = _THRESHOLD_NOT_FOUND + "Existence confirmed (T5, T6); the wording is partly sourced."


class LivestockPens(RateIndicator):
    """Indicator 17.7: at least the threshold share.

    Share of livestock households with hygienic pens.
    """

    id = "17.7"
    name_vi = "Tỷ lệ hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường"
    name_en = "Share of livestock households with hygienic pens"
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = NAME_RECALLED + "The threshold was not found."


class FoodSafety(RateIndicator):
    """Indicator 17.8: at least the threshold share.

    Share of households and food businesses complying with food-safety rules.
    """

    id = "17.8"
    name_vi = (
        "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về "
        "đảm bảo an toàn thực phẩm"
    )
    name_en = "Share of households and food businesses complying with food-safety rules"
    direction = Direction.AT_LEAST
    counted = ESTABLISHMENTS
    notes = _THRESHOLD_NOT_FOUND + "Existence confirmed (T5); the wording is partly sourced."


class EnvironmentAndFoodSafety(Criterion):
    """Criterion 17: met when every sub-indicator is met."""

    id = "17"
    name_vi = "Môi trường và an toàn thực phẩm"
    name_en = "Environment and food safety"
    group = SOCIETY
    indicator_types = (
        HygienicWater,
        CompliantBusinesses,
        CleanLandscape,
        BurialRules,
        WasteTreated,
        HygienicSanitation,
        LivestockPens,
        FoodSafety,
    )
