"""Shared vocabulary of the 2021–2025 commune set: groups, citation builders, nouns."""

from __future__ import annotations

from ntm_rules.citations import Citation
from ntm_rules.evaluators.base import Noun
from ntm_rules.rulebook import Group

INSTRUMENT = "318/QĐ-TTg"
OFFICIAL_TEXT = (
    "https://thuvienphapluat.vn/van-ban/Xay-dung-Do-thi/Quyet-dinh-318-QD-TTg-2022-Bo-tieu-chi-"
    "quoc-gia-ve-xa-nong-thon-moi-2021-2025-505886.aspx"
)

PLANNING = Group("I", "Quy hoạch", "Planning")
INFRASTRUCTURE = Group("II", "Hạ tầng kinh tế - xã hội", "Socio-economic infrastructure")
ECONOMY = Group("III", "Kinh tế và tổ chức sản xuất", "Economy and production organisation")
SOCIETY = Group("IV", "Văn hóa - Xã hội - Môi trường", "Culture, society and environment")
POLITICAL_SYSTEM = Group("V", "Hệ thống chính trị", "Political system")
GROUPS = (PLANNING, INFRASTRUCTURE, ECONOMY, SOCIETY, POLITICAL_SYSTEM)


def provision(indicator_id: str) -> str:
    """The place of an indicator in Appendix I."""
    return f"Phụ lục I, chỉ tiêu {indicator_id}"


def recalled(indicator_id: str) -> Citation:
    """A figure recorded from memory: no public source shows it (status ``unverified``)."""
    return Citation(
        INSTRUMENT,
        provision(indicator_id),
        (),
        "recalled; no public source showing this figure was found; check the official text "
        + OFFICIAL_TEXT,
    )


def not_found(indicator_id: str) -> Citation:
    """No figure could be found (status ``unknown``)."""
    return Citation(
        INSTRUMENT,
        provision(indicator_id),
        (),
        "no figure found in any public source; supply one (e.g. a provincial table)",
    )


def sourced(indicator_id: str, note: str, *urls: str) -> Citation:
    """A figure shown by the public sources ``urls``."""
    return Citation(INSTRUMENT, provision(indicator_id), urls, note)


HOUSEHOLDS = Noun("hộ", "households")
PERSONS = Noun("người", "persons")
VILLAGES = Noun("thôn, bản", "villages")
KILOMETRES = Noun("km", "km")
HECTARES = Noun("ha", "ha")
WORKERS = Noun("lao động", "workers")
STUDENTS = Noun("học sinh", "students")
CHILDREN = Noun("trẻ", "children")
ESTABLISHMENTS = Noun("cơ sở", "establishments")
TONNES = Noun("tấn", "tonnes")
SCHOOLS = Noun("trường", "schools")
