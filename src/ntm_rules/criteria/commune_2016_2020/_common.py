"""The 2016–2020 commune set's instrument, sources and shared notes (shared words: ``_vocabulary``)."""

from __future__ import annotations

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
