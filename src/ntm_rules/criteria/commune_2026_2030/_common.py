"""Shared vocabulary of the 2026–2030 commune set."""

from __future__ import annotations

from ntm_rules.rulebook import Group

INSTRUMENT = "51/2025/QĐ-TTg"
OFFICIAL_TEXT = (
    "https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-"
    "chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm"
)

CRITERIA_2026 = Group(
    "I-X", "Bộ tiêu chí xã nông thôn mới 2026-2030", "Commune NTM criteria 2026-2030"
)
"""51/2025 is not known to arrange its 10 criteria in groups: one group holds them all."""
