"""Criterion module ``political_system``: boundary table per region (below / at / above)."""

import pytest

from ntm_rules.criteria.commune_2021_2025.political_system import PoliticalSystemAndAccessToLaw
from tests.assertions import Case, boundary_cases, check_boundary


@pytest.mark.parametrize("case", list(boundary_cases(PoliticalSystemAndAccessToLaw)), ids=str)
def test_boundary(case: Case) -> None:
    """Each known threshold passes at the boundary and on its good side only."""
    check_boundary(case)
