"""Vocabulary shared by the editions: the five groups of the 2016–2025 sets, and what rates count."""

from __future__ import annotations

from ntm_rules.evaluators.base import Noun
from ntm_rules.rulebook import Group

PLANNING = Group("I", "Quy hoạch", "Planning")
INFRASTRUCTURE = Group("II", "Hạ tầng kinh tế - xã hội", "Socio-economic infrastructure")
ECONOMY = Group("III", "Kinh tế và tổ chức sản xuất", "Economy and production organisation")
SOCIETY = Group("IV", "Văn hóa - Xã hội - Môi trường", "Culture, society and environment")
POLITICAL_SYSTEM = Group("V", "Hệ thống chính trị", "Political system")
GROUPS = (PLANNING, INFRASTRUCTURE, ECONOMY, SOCIETY, POLITICAL_SYSTEM)
"""The groups I–V of 1980/QĐ-TTg and 318/QĐ-TTg Phụ lục I (the same in both)."""

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
