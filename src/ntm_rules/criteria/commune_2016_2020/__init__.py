"""The 2016–2020 commune set (1980/QĐ-TTg of 17/10/2016, in force 01/12/2016).

One module per criterion, in rulebook order in :data:`CRITERIA` (an explicit list that a
test checks against the modules on disk); every figure, its date, status and citation is in
``figures.yaml`` beside them. The set gives a general (national) level and a level for each
of the seven regions: a commune is judged on its own region's column, and the general level
is listed for reference only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_rules.citations import Citation
from ntm_rules.columns import REGION_COLUMNS_WITH_GENERAL
from ntm_rules.criteria._vocabulary import GROUPS
from ntm_rules.criteria.commune_2016_2020._common import INSTRUMENT, SUMMARY_SOURCES
from ntm_rules.criteria.commune_2016_2020.cultural_facilities import CulturalFacilities
from ntm_rules.criteria.commune_2016_2020.culture import Culture
from ntm_rules.criteria.commune_2016_2020.defence_security import DefenceAndSecurity
from ntm_rules.criteria.commune_2016_2020.education import EducationAndTraining
from ntm_rules.criteria.commune_2016_2020.electricity import Electricity
from ntm_rules.criteria.commune_2016_2020.environment_food_safety import EnvironmentAndFoodSafety
from ntm_rules.criteria.commune_2016_2020.health import Health
from ntm_rules.criteria.commune_2016_2020.housing import Housing
from ntm_rules.criteria.commune_2016_2020.income import Income
from ntm_rules.criteria.commune_2016_2020.information_communication import (
    InformationAndCommunication,
)
from ntm_rules.criteria.commune_2016_2020.irrigation import Irrigation
from ntm_rules.criteria.commune_2016_2020.labour import EmployedLabour
from ntm_rules.criteria.commune_2016_2020.planning import Planning
from ntm_rules.criteria.commune_2016_2020.political_system import PoliticalSystemAndAccessToLaw
from ntm_rules.criteria.commune_2016_2020.poverty import PoorHouseholds
from ntm_rules.criteria.commune_2016_2020.production_organisation import ProductionOrganisation
from ntm_rules.criteria.commune_2016_2020.rural_commerce import RuralCommerce
from ntm_rules.criteria.commune_2016_2020.schools import Schools
from ntm_rules.criteria.commune_2016_2020.transport import Transport
from ntm_rules.rulebook import Criterion, EditionSpec

CRITERIA: tuple[type[Criterion], ...] = (
    Planning,
    Transport,
    Irrigation,
    Electricity,
    Schools,
    CulturalFacilities,
    RuralCommerce,
    InformationAndCommunication,
    Housing,
    Income,
    PoorHouseholds,
    EmployedLabour,
    ProductionOrganisation,
    EducationAndTraining,
    Health,
    Culture,
    EnvironmentAndFoodSafety,
    PoliticalSystemAndAccessToLaw,
    DefenceAndSecurity,
)


SOURCES_NOTE = (
    "The official table of 1980/QĐ-TTg could not be consulted: every figure comes from Q&A "
    "pages and news items that quote one criterion each (the project's reference, "
    "criteria-2016-2020-commune.yaml, sources T1-T39). Of its 400 cells (49 indicators x "
    "general level + 7 regions, 17.1 counted twice for its two levels) 286 are verified, 1 "
    "unverified (4.2 TDMNPB, from a provincial set) and 113 unknown."
)

MISSING_NOTE = (
    "Not found, so they cannot be assessed until a user supplies a figure (e.g. from a "
    "provincial 2016-2020 set): poverty (11) and employment (12) by region; schools (5), "
    "housing 9.2 and electricity 4.2 for most regions; culture (16) outside ĐBSCL; the "
    "thresholds of 17.2-17.8; the pass rules of 19.1 and 19.2; DHNTB hygienic water and the "
    "general clean-water share of 17.1. The names of 17.3-17.5, 17.7, 19.1 and 19.2 were not "
    "seen in any source."
)

PROVINCE_NOTE = (
    "Transport 2.1-2.4, cultural facilities 6.1-6.2, the market (7) and the details of 3.1 "
    "have no national figure: the provincial People's Committee sets the concrete level "
    "(Đạt (UBND tỉnh quy định cụ thể)), so they are pass/fail against the provincial level."
)

INCOME_NOTE = (
    "Income (10) levels are for the year 2020: they judge data year 2020; 2016-2019 (a "
    "yearly guidance path) and 2021 are unknown until a provincial level is supplied."
)

SPEC = EditionSpec(
    id="vn.ntm.xa.2016_2020",
    short_name="2016-2020",
    title_vi="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020",
    title_en="National criteria set for a commune to reach the NTM standard, 2016-2020",
    citation=Citation(
        INSTRUMENT,
        "Bộ tiêu chí kèm theo (17/10/2016, hiệu lực 01/12/2016)",
        SUMMARY_SOURCES,
        "19 criteria, 49 indicators; general level plus 7 regions",
    ),
    first_year=2016,
    last_year=2021,
    groups=GROUPS,
    criteria=CRITERIA,
    columns=REGION_COLUMNS_WITH_GENERAL,
    figures=Path(__file__).with_name("figures.yaml"),
    official_indicator_count=49,
    notes=(SOURCES_NOTE, MISSING_NOTE, PROVINCE_NOTE, INCOME_NOTE),
    in_force_from=date(2016, 12, 1),
)
