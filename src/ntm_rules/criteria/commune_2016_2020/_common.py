"""Shared vocabulary of the 2016–2020 commune set: groups and what the rates count."""

from __future__ import annotations

from ntm_rules.evaluators.base import Noun
from ntm_rules.rulebook import Group

INSTRUMENT = "1980/QĐ-TTg"
SUMMARY_SOURCES = (
    "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14746/"
    "bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020",
    "https://www.evn.com.vn/d6/news/Den-nam-2020-tat-ca-so-xa-nong-thon-moi-dat-chuan-tieu-chi-"
    "ve-dien-2-10-18976.aspx",
    "https://www.thaibinhtv.vn/news/69/32493/ty-le-nguoi-dan-tham-gia-bhyt-phai-dat-tu-85-tro-len",
)
"""Public pages that report the decision (its official table could not be consulted)."""

PROVINCE_SETS_LEVEL = (
    'National text: "Đạt (UBND tỉnh quy định cụ thể)" - pass/fail, and the concrete level is '
    "set by the provincial People's Committee; report the commune's result against the "
    "provincial level. "
)
"""The note shared by the indicators whose concrete level the province sets."""

NAME_RECALLED = (
    "The name was not seen in any source (reference: name_evidence recalled_unverified); it "
    "is kept so that the structure is complete. "
)
"""The note shared by the indicators whose wording is recalled, not sourced."""

PLANNING = Group("I", "Quy hoạch", "Planning")
INFRASTRUCTURE = Group("II", "Hạ tầng kinh tế - xã hội", "Socio-economic infrastructure")
ECONOMY = Group("III", "Kinh tế và tổ chức sản xuất", "Economy and production organisation")
SOCIETY = Group("IV", "Văn hóa - Xã hội - Môi trường", "Culture, society and environment")
POLITICAL_SYSTEM = Group("V", "Hệ thống chính trị", "Political system")
GROUPS = (PLANNING, INFRASTRUCTURE, ECONOMY, SOCIETY, POLITICAL_SYSTEM)


HOUSEHOLDS = Noun("hộ", "households")
PERSONS = Noun("người", "persons")
VILLAGES = Noun("thôn, bản", "villages")
HECTARES = Noun("ha", "ha")
WORKERS = Noun("lao động", "workers")
STUDENTS = Noun("học sinh", "students")
CHILDREN = Noun("trẻ", "children")
ESTABLISHMENTS = Noun("cơ sở", "establishments")
SCHOOLS = Noun("trường", "schools")
