"""Criterion module ``income``: boundary table per region (below / at / above)."""

import pytest

from ntm_rules.criteria.commune_2021_2025.income import Income
from tests.assertions import Case, boundary_cases, check_boundary


@pytest.mark.parametrize("case", list(boundary_cases(Income)), ids=str)
def test_boundary(case: Case) -> None:
    """Each known threshold passes at the boundary and on its good side only."""
    check_boundary(case)
