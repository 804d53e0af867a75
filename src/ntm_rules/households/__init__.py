"""Households: the multidimensional poverty classification and the income survey.

From a commune's household records (the annual poverty review, the QĐ 1245/QĐ-BKHĐT income
survey) to each household's class under the poverty standard in force for the data year,
and to the commune's counts handed to indicators 10 and 11. Needs the ``batch`` extra
(numpy, pyarrow, narwhals) for tables; see ``docs/households.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ntm_rules._lazy import lazy_exports

# The rules themselves need no numpy: imported now (which also keeps the name ``classify``
# the function, not the module of the same name).
from ntm_rules.households.classify import Classification, HouseholdClass, classify
from ntm_rules.households.record import Household
from ntm_rules.households.standards import PovertyStandard, load_standard, standard_for_year

if TYPE_CHECKING:
    from ntm_rules.households.review import ReviewResult, classify_households
    from ntm_rules.households.summary import Summary, profile_values

__all__ = [
    "Classification",
    "Household",
    "HouseholdClass",
    "PovertyStandard",
    "ReviewResult",
    "Summary",
    "classify",
    "classify_households",
    "load_standard",
    "profile_values",
    "standard_for_year",
]

_HOMES = {
    "ReviewResult": "ntm_rules.households.review",
    "classify_households": "ntm_rules.households.review",
    "Summary": "ntm_rules.households.summary",
    "profile_values": "ntm_rules.households.summary",
}


__getattr__ = lazy_exports(__name__, _HOMES)
"""Load the household modules (and numpy, pyarrow) only when they are used."""
