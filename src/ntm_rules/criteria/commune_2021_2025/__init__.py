"""The 2021–2025 commune set (318/QĐ-TTg Phụ lục I, as amended by 211/QĐ-TTg).

One module per criterion, in rulebook order in :data:`CRITERIA` (an explicit list that a
test checks against the modules on disk); every figure, its date, status and citation is in
``figures.yaml`` beside them.
"""

from __future__ import annotations

from pathlib import Path

from ntm_rules.citations import Citation
from ntm_rules.columns import REGION_COLUMNS
from ntm_rules.criteria._vocabulary import GROUPS
from ntm_rules.criteria.commune_2021_2025._common import INSTRUMENT, OFFICIAL_TEXT
from ntm_rules.criteria.commune_2021_2025.cultural_facilities import CulturalFacilities
from ntm_rules.criteria.commune_2021_2025.culture import Culture
from ntm_rules.criteria.commune_2021_2025.defence_security import DefenceAndSecurity
from ntm_rules.criteria.commune_2021_2025.education import EducationAndTraining
from ntm_rules.criteria.commune_2021_2025.electricity import Electricity
from ntm_rules.criteria.commune_2021_2025.environment_food_safety import EnvironmentAndFoodSafety
from ntm_rules.criteria.commune_2021_2025.health import Health
from ntm_rules.criteria.commune_2021_2025.housing import Housing
from ntm_rules.criteria.commune_2021_2025.income import Income
from ntm_rules.criteria.commune_2021_2025.information_communication import (
    InformationAndCommunication,
)
from ntm_rules.criteria.commune_2021_2025.irrigation import IrrigationAndDisasterPrevention
from ntm_rules.criteria.commune_2021_2025.labour import Labour
from ntm_rules.criteria.commune_2021_2025.planning import Planning
from ntm_rules.criteria.commune_2021_2025.political_system import PoliticalSystemAndAccessToLaw
from ntm_rules.criteria.commune_2021_2025.poverty import MultidimensionalPoverty
from ntm_rules.criteria.commune_2021_2025.production_organisation import ProductionOrganisation
from ntm_rules.criteria.commune_2021_2025.rural_commerce import RuralCommerce
from ntm_rules.criteria.commune_2021_2025.schools import Schools
from ntm_rules.criteria.commune_2021_2025.transport import Transport
from ntm_rules.rulebook import Criterion, EditionSpec

CRITERIA: tuple[type[Criterion], ...] = (
    Planning,
    Transport,
    IrrigationAndDisasterPrevention,
    Electricity,
    Schools,
    CulturalFacilities,
    RuralCommerce,
    InformationAndCommunication,
    Housing,
    Income,
    MultidimensionalPoverty,
    Labour,
    ProductionOrganisation,
    EducationAndTraining,
    Health,
    Culture,
    EnvironmentAndFoodSafety,
    PoliticalSystemAndAccessToLaw,
    DefenceAndSecurity,
)


MISSING_INDICATOR_NOTE = (
    "318/QĐ-TTg Phụ lục I has 57 sub-indicators (one press source); 56 are encoded here. "
    "The 57th could not be identified from public sources: most likely a third labour "
    "indicator in criterion 12 or a 14.3 in criterion 14 (as in the 2016–2020 set, where "
    "'trained workers' was 14.3), otherwise one in criterion 13 or 17. Until it is found, "
    "a commune's verdict on that indicator cannot be produced; add it as a new indicator "
    "class when the official table is available."
)

SPEC = EditionSpec(
    id="vn.ntm.xa.2021_2025",
    short_name="2021-2025",
    title_vi="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025",
    title_en="National criteria set for a commune to reach the NTM standard, 2021-2025",
    citation=Citation(
        INSTRUMENT, "Phụ lục I (08/3/2022), sửa đổi bởi 211/QĐ-TTg (01/3/2024)", (OFFICIAL_TEXT,)
    ),
    first_year=2022,
    last_year=2025,
    groups=GROUPS,
    criteria=CRITERIA,
    columns=REGION_COLUMNS,
    figures=Path(__file__).with_name("figures.yaml"),
    official_indicator_count=57,
    notes=(
        MISSING_INDICATOR_NOTE,
        "The official appendix table could not be consulted: figures come from ministry "
        "guidance and secondary sources, and which figures 211/QĐ-TTg changed is unknown.",
    ),
)
