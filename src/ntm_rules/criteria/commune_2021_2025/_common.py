"""Shared vocabulary of the 2021–2025 commune set: groups and what the rates count."""

from __future__ import annotations

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
