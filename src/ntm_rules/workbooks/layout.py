"""The words of the workbooks: sheet names, column headings, header-block labels, verdicts.

Vietnamese as on the officials' forms (``shared/reference/officials-forms-and-software.md``
§3.4), English for ``--lang en``. A reader accepts either language; a sheet is written in one.
Numbers written into cells that are read back are in the Vietnamese style and never
ambiguous to :mod:`ntm_rules.reading` (``38,5``; ``1,2340`` rather than ``1,234``).
"""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.evaluators.composite import PartKind
from ntm_rules.reading import fold
from ntm_rules.results import Status, Verdict


@frozen
class Words:
    """One phrase in both languages."""

    vi: str
    en: str

    def in_(self, lang: str) -> str:
        """The phrase in ``"vi"`` or ``"en"``."""
        return self.en if lang == "en" else self.vi

    def matches(self, text: object) -> bool:
        """Whether ``text`` is this phrase in either language (case and diacritics aside)."""
        return isinstance(text, str) and fold(text) in (fold(self.vi), fold(self.en))


@frozen
class Heading:
    """One column of a table: its key, heading in both languages and width in characters."""

    key: str
    words: Words
    width: float


SHEET = Words("Tự đánh giá", "Self-assessment")
"""The name of the commune sheet."""
SHEET_TITLE = Words(
    "BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI",
    "COMMUNE SELF-ASSESSMENT AGAINST THE NATIONAL NEW-RURAL CRITERIA",
)
EVALUATED_TITLE = Words(
    "KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ ĐẠT CHUẨN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI",
    "EVALUATION OF THE COMMUNE AGAINST THE NEW-RURAL CRITERIA",
)

COMMUNE_COLUMNS: tuple[Heading, ...] = (
    Heading("tt", Words("TT", "No."), 5),
    Heading("criterion", Words("Tên tiêu chí", "Criterion"), 16),
    Heading("code", Words("Mã chỉ tiêu", "Indicator code"), 10),
    Heading("content", Words("Nội dung chỉ tiêu", "Indicator"), 42),
    Heading("unit", Words("Đơn vị tính", "Unit"), 10),
    Heading("requirement", Words("Chỉ tiêu đạt chuẩn", "Required"), 13),
    Heading("result", Words("Kết quả thực hiện", "Result"), 13),
    Heading("assessment", Words("Đánh giá", "Assessment"), 26),
    Heading("verification", Words("Mức kiểm chứng", "Verification"), 12),
    Heading("basis", Words("Căn cứ", "Legal basis"), 20),
    Heading("evidence", Words("Nguồn số liệu / minh chứng", "Data source / evidence"), 16),
    Heading("note", Words("Ghi chú", "Note"), 13),
)
"""The commune sheet's columns, in order (A to L)."""


def column_index(columns: tuple[Heading, ...], key: str) -> int:
    """The 1-based position of the column ``key``."""
    return next(n for n, heading in enumerate(columns, start=1) if heading.key == key)


HEADER_LABELS = {
    "commune": Words("Xã", "Commune"),
    "province": Words("Tỉnh", "Province"),
    "categories": Words("Diện xã (nếu có)", "Commune categories (if any)"),
    "year": Words("Năm số liệu", "Data year"),
    "rulebook": Words("Bộ tiêu chí", "Criteria set"),
    "column": Words("Cột áp dụng", "Column used"),
    "note": Words("Ghi chú chung", "General note"),
}
"""The header block of the commune sheet; the region or group row takes its label from the
edition's column set (``Vùng``, ``Nhóm xã``)."""

HEADER_HELP = {
    "commune": Words("tên xã", "the commune's name"),
    "categories": Words(
        "các diện xã, cách nhau bởi dấu ;  (để trống nếu không có)",
        "categories separated by ;  (blank if none)",
    ),
    "year": Words("ví dụ 2025", "e.g. 2025"),
    "rulebook": Words("không sửa", "do not edit"),
    "column": Words(
        "xác định lại khi đánh giá theo vùng và diện xã",
        "decided again on evaluation from the region and categories",
    ),
}

ACHIEVED_CHOICES = {"vi": ("Đạt", "Chưa đạt"), "en": ("yes", "no")}
"""What the drop-down of an achieved-type cell offers (both read by :mod:`ntm_rules.reading`)."""

ASSESSMENT = {
    Status.PASS: Words("Đạt", "Met"),
    Status.FAIL: Words("Chưa đạt", "Not met"),
    Status.UNKNOWN: Words("Chưa đủ căn cứ đánh giá", "Cannot assess"),
}
"""What the ``Đánh giá`` column says."""

VERDICT = {
    Verdict.MET: Words("Xã đạt chuẩn nông thôn mới", "The commune meets the NTM standard"),
    Verdict.NOT_MET: Words(
        "Xã chưa đạt chuẩn nông thôn mới", "The commune does not meet the NTM standard"
    ),
    Verdict.CANNOT_CONCLUDE: Words(
        "Chưa đủ căn cứ kết luận xã đạt chuẩn nông thôn mới",
        "Cannot conclude whether the commune meets the NTM standard",
    ),
}

SUMMARY_MARK = Words("TỔNG HỢP KẾT QUẢ", "SUMMARY")
"""The first row of the summary block (a reader stops at it)."""
SUMMARY = {
    "met": Words("Số tiêu chí đạt", "Criteria met"),
    "verdict": Words("Kết luận", "Conclusion"),
    "failing": Words("Chỉ tiêu chưa đạt", "Indicators not met"),
    "blocking": Words("Chưa đủ căn cứ kết luận", "Blocking a conclusion"),
    "also_open": Words("Chưa đánh giá được", "Also not assessable"),
    "unverified": Words(
        "Kết luận dựa trên ngưỡng chưa kiểm chứng", "Verdicts resting on unverified thresholds"
    ),
}

VERIFICATION = {
    Verification.VERIFIED: Words("Đã kiểm chứng", "verified"),
    Verification.UNVERIFIED: Words("Chưa kiểm chứng", "unverified"),
    Verification.UNKNOWN: Words("Chưa biết", "unknown"),
}

PART_NAMES = {
    "schools": Words("Tổng số trường", "Schools"),
    "meeting_minimum": Words(
        "Số trường đạt tiêu chuẩn cơ sở vật chất tối thiểu",
        "Schools meeting the minimum facility standard",
    ),
    "meeting_level_1": Words(
        "Số trường đạt tiêu chuẩn cơ sở vật chất mức độ 1", "Schools meeting facility level 1"
    ),
    "grade_1_entry_rate": Words("Tỷ lệ trẻ em 6 tuổi vào lớp 1", "Grade-1 entry rate"),
    "preschool_5_universal": Words(
        "Đạt phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "Universal preschool at age 5"
    ),
    "primary_level": Words("Mức phổ cập giáo dục tiểu học", "Universal primary education level"),
    "lower_secondary_level": Words(
        "Mức phổ cập giáo dục THCS", "Universal lower-secondary education level"
    ),
    "literacy_level": Words("Mức xóa mù chữ", "Literacy level"),
    "hygienic": Words("Tỷ lệ hộ sử dụng nước hợp vệ sinh", "Households using hygienic water"),
    "clean": Words("Tỷ lệ hộ sử dụng nước sạch", "Households using clean water"),
}
"""The parts of composite indicators (their row's text); an unlisted part shows its key."""

PART_UNITS = {
    PartKind.COUNT: Words("số lượng", "count"),
    PartKind.PERCENT: Words("%", "%"),
    PartKind.FLAG: Words("Đạt/Chưa đạt", "yes/no"),
    PartKind.LEVEL: Words("mức 1, 2, 3", "level 1, 2, 3"),
}

FIGURE_NAMES = {
    "score_minimum": Words("Điểm tối thiểu để đạt", "Lowest passing score"),
    "score_upper": Words("Điểm cuối khung điểm đạt", "End of the stated pass band"),
    "minimum_share": Words(
        "Tỷ lệ trường đạt chuẩn cơ sở vật chất tối thiểu", "Share meeting the minimum standard"
    ),
    "level_1_share_many": Words(
        "Tỷ lệ trường đạt mức độ 1 (xã nhiều trường)", "Share at level 1 (many schools)"
    ),
    "level_1_share_few": Words(
        "Tỷ lệ trường đạt mức độ 1 (xã ít trường)", "Share at level 1 (few schools)"
    ),
    "few_schools": Words(
        "Số trường tối đa của xã ít trường", "Most schools of a few-school commune"
    ),
    "grade_1_entry_rate": Words("Tỷ lệ trẻ 6 tuổi vào lớp 1", "Grade-1 entry rate"),
    "required_level": Words("Mức phổ cập, xóa mù chữ yêu cầu", "Required level"),
    "hygienic_share": Words("Tỷ lệ hộ dùng nước hợp vệ sinh", "Hygienic-water share"),
    "clean_share": Words("Tỷ lệ hộ dùng nước sạch", "Clean-water share"),
}
"""The rule figures of composite and scored indicators (rows of the threshold table)."""

POINTS_GAP = Words("điểm %", "percentage points")
"""The unit of a shortfall in a share."""

NOTHING = "—"


def part_code(indicator_id: str, index: int) -> str:
    """The code of a part or rule-figure row: its indicator and a letter, ``"5.a"``.

    Letters, as the decisions number the items of an indicator, rather than the library's
    names for them (``meeting_minimum``), which are not words for officials.

    Examples:
        >>> part_code("5", 0), part_code("14.1", 4)
        ('5.a', '14.1.e')
    """
    return f"{indicator_id}.{chr(ord('a') + index)}"


def legacy_part_code(indicator_id: str, name: str) -> str:
    """The code sheets written before 0.2 gave the same row (``"5:schools"``), still read."""
    return f"{indicator_id}:{name}"


def vi_number(value: float | int, *, group: bool = False) -> str:
    """A number the Vietnamese way, exactly as written and never ambiguous when read back.

    Without ``group`` no thousands separator is written (``1234567,5``); with it, dots group
    thousands, for tables that are only read by people.

    Examples:
        >>> vi_number(38.5), vi_number(80.0), vi_number(1.234), vi_number(-2.5)
        ('38,5', '80', '1,2340', '-2,5')
        >>> vi_number(1234567.5, group=True)
        '1.234.567,5'
    """
    number = Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
    text = format(number, "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    fraction = fraction.rstrip("0")
    if group:
        whole = f"{int(whole):,}".replace(",", ".")
    elif len(fraction) == 3 and len(whole) <= 3 and not whole.startswith("0"):
        fraction += "0"  # "1,234" would read as ambiguous
    if sign and not whole.strip("0") and not fraction:
        sign = ""
    return sign + whole + ("," + fraction if fraction else "")


def number_in(value: float | int, lang: str, *, group: bool = False) -> str:
    """A number in ``lang``: Vietnamese separators, or plain English ones."""
    if lang != "en":
        return vi_number(value, group=group)
    text = vi_number(value)
    whole, _, fraction = text.partition(",")
    if group:
        sign = "-" if whole.startswith("-") else ""
        whole = sign + f"{int(whole.lstrip('-')):,}"
    return whole + ("." + fraction if fraction else "")
