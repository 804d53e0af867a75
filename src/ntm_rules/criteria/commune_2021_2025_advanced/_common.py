"""Shared vocabulary of the 2021–2025 advanced commune set (318/QĐ-TTg Phụ lục II).

Only 4 of the set's 75 indicators are known (see the edition's notes), so every criterion
here is a :class:`PartialCriterion`: a known indicator that fails fails the criterion, but
passing the known ones never makes it met.
"""

from __future__ import annotations

from ntm_rules.evaluators.base import Noun
from ntm_rules.rulebook import Criterion, Group

INSTRUMENT = "318/QĐ-TTg"
OFFICIAL_TEXT = (
    "https://thuvienphapluat.vn/van-ban/Xay-dung-Do-thi/Quyet-dinh-318-QD-TTg-2022-Bo-tieu-chi-"
    "quoc-gia-ve-xa-nong-thon-moi-2021-2025-505886.aspx"
)
FULL_TEXT_MIRROR = (
    "https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-"
    "nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-"
    "thu-tuong-chinh-phu-ban-hanh.html"
)
CRITERIA_LIST = "http://www.doingoailaocai.vn/vi/bai-viet/15210"
"""Lào Cai 894/QĐ-UBND, which lists the 19 advanced criteria in order (reference S05)."""

ADVANCED = Group(
    "1-19",
    "Bộ tiêu chí xã nông thôn mới nâng cao 2021-2025",
    "Advanced commune NTM criteria 2021-2025",
)
"""How Phụ lục II groups its criteria is not known: one group holds them all."""

HOUSEHOLDS = Noun("hộ", "households")


class PartialCriterion(Criterion):
    """A criterion of which only some indicators (or none) are known.

    It fails when a known indicator fails, and otherwise cannot be assessed: the indicators
    the edition does not know could still fail. (An edition file that declares a criterion's
    full list builds a plain :class:`~ntm_rules.rulebook.Criterion` in its place.)
    """

    complete = False
