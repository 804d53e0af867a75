"""The 2026–2030 commune set (51/2025/QĐ-TTg Phụ lục I): its structure, without figures.

10 criteria and 47 indicators for three commune groups (xã nhóm 1, 2, 3). The criteria and
the groups are known; the indicators and every per-group figure are not public where this
library could look, so the edition ships its structure, says so, and is completed by an
edition file (``ntm-rules rulebook template --edition 2026-2030`` writes the file to fill).
Until then every evaluation reads "cannot conclude", never a verdict from another set.
"""

from __future__ import annotations

from datetime import date

from ntm_rules.citations import Citation
from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026, INSTRUMENT, OFFICIAL_TEXT
from ntm_rules.criteria.commune_2026_2030._groups import group_columns, group_rules
from ntm_rules.criteria.commune_2026_2030.culture_education_health import CultureEducationHealth
from ntm_rules.criteria.commune_2026_2030.environment_landscape import EnvironmentAndLandscape
from ntm_rules.criteria.commune_2026_2030.human_resources import HumanResources
from ntm_rules.criteria.commune_2026_2030.infrastructure import Infrastructure
from ntm_rules.criteria.commune_2026_2030.law_security_defence import LawSecurityAndDefence
from ntm_rules.criteria.commune_2026_2030.planning import Planning
from ntm_rules.criteria.commune_2026_2030.political_system import (
    PoliticalSystemAndPublicAdministration,
)
from ntm_rules.criteria.commune_2026_2030.poverty_social_security import PovertyAndSocialSecurity
from ntm_rules.criteria.commune_2026_2030.rural_economy import RuralEconomy
from ntm_rules.criteria.commune_2026_2030.science_digital import ScienceAndDigitalTransformation
from ntm_rules.rulebook import Criterion, EditionSpec

CRITERIA: tuple[type[Criterion], ...] = (
    Planning,
    Infrastructure,
    RuralEconomy,
    HumanResources,
    CultureEducationHealth,
    PovertyAndSocialSecurity,
    ScienceAndDigitalTransformation,
    EnvironmentAndLandscape,
    PoliticalSystemAndPublicAdministration,
    LawSecurityAndDefence,
)

SPEC = EditionSpec(
    id="vn.ntm.xa.2026_2030",
    short_name="2026-2030",
    title_vi="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030",
    title_en="National criteria set for a commune to reach the NTM standard, 2026-2030",
    citation=Citation(INSTRUMENT, "Phụ lục I (29/12/2025, hiệu lực 15/02/2026)", (OFFICIAL_TEXT,)),
    first_year=2026,
    last_year=2030,
    groups=(CRITERIA_2026,),
    criteria=CRITERIA,
    columns=group_columns,  # read from groups.yaml when the edition is first built
    column_rules=group_rules,
    official_indicator_count=47,
    notes=(
        "The 47 indicators of 51/2025/QĐ-TTg Phụ lục I and their figures for the three "
        "commune groups are not public where this library could look: none is encoded. "
        "Supply them with an edition file (ntm-rules rulebook template --edition 2026-2030).",
        "Which group a commune takes when it fits both group 1 and group 3 is not stated "
        "by any source: such a commune must state its group.",
        "The July 2025 draft numbered the groups the other way round; the final decision's "
        "numbering is used (group 1 near-urban, group 3 zone II/III communes).",
    ),
    in_force_from=date(2026, 2, 15),
)
