"""The 19 criteria of the 2021–2025 commune set (318/QĐ-TTg, Phụ lục I), in rulebook order.

The registry is this explicit tuple; a test checks that every criterion module is listed
exactly once.
"""

from ntm_rules.criteria.cultural_facilities import CulturalFacilities
from ntm_rules.criteria.culture import Culture
from ntm_rules.criteria.defence_security import DefenceAndSecurity
from ntm_rules.criteria.education import EducationAndTraining
from ntm_rules.criteria.electricity import Electricity
from ntm_rules.criteria.environment_food_safety import EnvironmentAndFoodSafety
from ntm_rules.criteria.health import Health
from ntm_rules.criteria.housing import Housing
from ntm_rules.criteria.income import Income
from ntm_rules.criteria.information_communication import InformationAndCommunication
from ntm_rules.criteria.irrigation import IrrigationAndDisasterPrevention
from ntm_rules.criteria.labour import Labour
from ntm_rules.criteria.planning import Planning
from ntm_rules.criteria.political_system import PoliticalSystemAndAccessToLaw
from ntm_rules.criteria.poverty import MultidimensionalPoverty
from ntm_rules.criteria.production_organisation import ProductionOrganisation
from ntm_rules.criteria.rural_commerce import RuralCommerce
from ntm_rules.criteria.schools import Schools
from ntm_rules.criteria.transport import Transport
from ntm_rules.rulebook import Criterion

ALL_CRITERIA: tuple[type[Criterion], ...] = (
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

__all__ = ["ALL_CRITERIA"]
