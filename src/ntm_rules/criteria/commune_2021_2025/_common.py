"""The 2021–2025 commune set's instrument and its official text (shared words: ``_vocabulary``)."""

from __future__ import annotations

INSTRUMENT = "318/QĐ-TTg"
OFFICIAL_TEXT = (
    "https://thuvienphapluat.vn/van-ban/Xay-dung-Do-thi/Quyet-dinh-318-QD-TTg-2022-Bo-tieu-chi-"
    "quoc-gia-ve-xa-nong-thon-moi-2021-2025-505886.aspx"
)
