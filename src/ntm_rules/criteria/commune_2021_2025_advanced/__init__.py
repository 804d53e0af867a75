"""The 2021–2025 advanced commune set (xã NTM nâng cao, 318/QĐ-TTg Phụ lục II).

19 criteria and 75 indicators, thresholds by region (income also by year). The criteria are
known (Lào Cai 894/QĐ-UBND lists them, 18/2022/QĐ-TTg cross-checks two); only 4 indicators
are, and only one figure (4.2 from 2024). Every criterion is a
:class:`~ntm_rules.criteria.commune_2021_2025_advanced._common.PartialCriterion`: it can
fail, never pass, so the shipped edition concludes "not met" or "cannot conclude", never
"met". The figures, their status and citations, and the column rules of 318 Art. 1 and
211/QĐ-TTg (which apply to both sets) are in ``figures.yaml``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_rules.citations import Citation
from ntm_rules.columns import REGION_COLUMNS
from ntm_rules.criteria.commune_2021_2025_advanced._common import (
    ADVANCED,
    CRITERIA_LIST,
    FULL_TEXT_MIRROR,
    INSTRUMENT,
    OFFICIAL_TEXT,
)
from ntm_rules.criteria.commune_2021_2025_advanced.access_to_law import AccessToLaw
from ntm_rules.criteria.commune_2021_2025_advanced.culture import Culture
from ntm_rules.criteria.commune_2021_2025_advanced.defence_security import DefenceAndSecurity
from ntm_rules.criteria.commune_2021_2025_advanced.education import Education
from ntm_rules.criteria.commune_2021_2025_advanced.electricity import Electricity
from ntm_rules.criteria.commune_2021_2025_advanced.environment import Environment
from ntm_rules.criteria.commune_2021_2025_advanced.health import Health
from ntm_rules.criteria.commune_2021_2025_advanced.housing import Housing
from ntm_rules.criteria.commune_2021_2025_advanced.income import Income
from ntm_rules.criteria.commune_2021_2025_advanced.information_communication import (
    InformationAndCommunication,
)
from ntm_rules.criteria.commune_2021_2025_advanced.irrigation import (
    IrrigationAndDisasterPrevention,
)
from ntm_rules.criteria.commune_2021_2025_advanced.labour import Labour
from ntm_rules.criteria.commune_2021_2025_advanced.living_environment import LivingEnvironment
from ntm_rules.criteria.commune_2021_2025_advanced.planning import Planning
from ntm_rules.criteria.commune_2021_2025_advanced.poverty import MultidimensionalPoverty
from ntm_rules.criteria.commune_2021_2025_advanced.production_organisation import (
    ProductionOrganisation,
)
from ntm_rules.criteria.commune_2021_2025_advanced.public_administration import (
    PublicAdministration,
)
from ntm_rules.criteria.commune_2021_2025_advanced.rural_commerce import RuralCommerce
from ntm_rules.criteria.commune_2021_2025_advanced.transport import Transport
from ntm_rules.rulebook import Criterion, EditionSpec

CRITERIA: tuple[type[Criterion], ...] = (
    Planning,
    Transport,
    IrrigationAndDisasterPrevention,
    Electricity,
    Education,
    Culture,
    RuralCommerce,
    InformationAndCommunication,
    Housing,
    Income,
    MultidimensionalPoverty,
    Labour,
    ProductionOrganisation,
    Health,
    PublicAdministration,
    AccessToLaw,
    Environment,
    LivingEnvironment,
    DefenceAndSecurity,
)

ENCODED_INDICATORS = ("4.2", "10.1", "11.1", "18.x_centralised_water")
"""The indicators the reference names, in rulebook order (4 of the official 75)."""

MISSING_INDICATORS_NOTE = (
    "318/QĐ-TTg Phụ lục II has 75 indicators (one press source; Lai Châu 1285/QĐ-UBND counts "
    "76 in its version); 4 are encoded: 4.2 (household electricity), 10.1 (income), 11.1 "
    "(multidimensional poverty) and the centralised-clean-water indicator of criterion 18, "
    "whose number is not known (id 18.x_centralised_water). The other 71 are not known, by "
    "name or figure (criterion 17 alone has at least 9: a provincial decision refers to "
    "17.9). Criteria 1-3, 5-9 and 12-17 and 19 have no indicator; every criterion can fail "
    "but never pass, so this edition concludes 'not met' or 'cannot conclude', never 'met'."
)

SPEC = EditionSpec(
    id="vn.ntm.xa.2021_2025.advanced",
    short_name="2021-2025-advanced",
    title_vi="Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021-2025",
    title_en="National criteria set for advanced NTM communes, 2021-2025",
    citation=Citation(
        INSTRUMENT,
        "Phụ lục II (08/3/2022), sửa đổi bởi 211/QĐ-TTg (01/3/2024)",
        (OFFICIAL_TEXT, FULL_TEXT_MIRROR, CRITERIA_LIST),
    ),
    first_year=2022,
    last_year=2025,
    groups=(ADVANCED,),
    criteria=CRITERIA,
    columns=REGION_COLUMNS,
    figures=Path(__file__).with_name("figures.yaml"),
    official_indicator_count=75,
    tier="advanced",
    notes=(
        MISSING_INDICATORS_NOTE,
        "Thresholds: the region × indicator table of Phụ lục II (income also by year, "
        "2022-2025) was not retrieved, nor which figures 211/QĐ-TTg changed. The one figure "
        "is 4.2 from 01/3/2024 (QĐ 1327/QĐ-BCT, verified); every other is unknown. Supply a "
        "provincial table (e.g. Lai Châu 1285/QĐ-UBND, re-issued as 1487/QĐ-UBND) with "
        "apply_overrides.",
        "Figures reported for the advanced set that are not national, and not applied: "
        "centralised clean water ≥55 % (Thanh Hóa press, low confidence, region and number "
        "unknown; unverified); health insurance ≥95 %, ≥90 % under health management, ≥40 % "
        "remote consultation, ≥70 % with an e-health book (Lạng Sơn's set); health insurance "
        "≥95 % (Cà Mau press, scope unclear).",
        "A commune must already be recognised as an NTM commune (basic set) to be considered "
        "for this set; the edition does not check it.",
        "The criteria list is Lào Cai 894/QĐ-UBND's (high confidence, cross-checked by the "
        "revocation clause of 18/2022/QĐ-TTg); how Phụ lục II groups them is not known (one "
        "group holds all 19), and the correspondence with the basic set's criteria (5 from 5 "
        "and 14; 6 from 6 and 16; 15 and 16 from 18; 17 and 18 from 17) is inferred from the "
        "names.",
    ),
    in_force_from=date(2022, 3, 8),
)
