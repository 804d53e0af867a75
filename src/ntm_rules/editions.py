"""The registry of rulebook editions shipped with the library.

Each edition is built once, on first use, from its criteria package. A new edition (the
2016–2020 set, the advanced set, 2026–2030) is a criteria package plus one entry here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

from ntm_rules.citations import Citation
from ntm_rules.criteria import ALL_CRITERIA
from ntm_rules.criteria._common import GROUPS, INSTRUMENT, OFFICIAL_TEXT
from ntm_rules.rulebook import Rulebook

COMMUNE_2021_2025 = "vn.ntm.xa.2021_2025"

MISSING_INDICATOR_NOTE = (
    "318/QĐ-TTg Phụ lục I has 57 sub-indicators (one press source); 56 are encoded here. "
    "The 57th could not be identified from public sources: most likely a third labour "
    "indicator in criterion 12 or a 14.3 in criterion 14 (as in the 2016–2020 set, where "
    "'trained workers' was 14.3), otherwise one in criterion 13 or 17. Until it is found, "
    "a commune's verdict on that indicator cannot be produced; add it as a new indicator "
    "class when the official table is available."
)


@functools.cache
def commune_2021_2025() -> Rulebook:
    """The national commune set 2021–2025 (318/QĐ-TTg Phụ lục I, as amended by 211/QĐ-TTg).

    Examples:
        >>> book = commune_2021_2025()
        >>> len(book.criteria), len(book.indicator_ids)
        (19, 56)
    """
    rulebook = Rulebook(
        id=COMMUNE_2021_2025,
        title_vi="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025",
        title_en="National criteria set for a commune to reach the NTM standard, 2021-2025",
        citation=Citation(
            INSTRUMENT,
            "Phụ lục I (08/3/2022), sửa đổi bởi 211/QĐ-TTg (01/3/2024)",
            (OFFICIAL_TEXT,),
        ),
        first_year=2022,
        last_year=2025,
        groups=GROUPS,
        criteria=tuple(criterion() for criterion in ALL_CRITERIA),
        official_indicator_count=57,
        notes=(
            MISSING_INDICATOR_NOTE,
            "The official appendix table could not be consulted: figures come from ministry "
            "guidance and secondary sources, and which figures 211/QĐ-TTg changed is unknown.",
        ),
    )
    rulebook.check()
    return rulebook


EDITIONS: Mapping[str, Callable[[], Rulebook]] = {COMMUNE_2021_2025: commune_2021_2025}
"""Every shipped edition, by id."""


def default_rulebook() -> Rulebook:
    """The edition used when none is named: the 2021–2025 commune set."""
    return commune_2021_2025()
