"""Criterion module ``labour``: boundary table per region (below / at / above)."""

import pytest

from ntm_rules.criteria.commune_2021_2025.labour import Labour
from tests.assertions import Case, boundary_cases, check_boundary


@pytest.mark.parametrize("case", list(boundary_cases(Labour)), ids=str)
def test_boundary(case: Case) -> None:
    """Each known threshold passes at the boundary and on its good side only."""
    check_boundary(case)
