"""Write the gettext catalogues (.po) and compile them (.mo) with Babel.

The Vietnamese translations are kept here, beside their English message ids; run
``python scripts/i18n_catalogue.py`` after adding a message, then commit the .po and .mo
files. ``tests/test_i18n.py`` checks that every message the library asks for is in both
catalogues and that the compiled files match.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

LOCALE = Path(__file__).resolve().parents[1] / "src" / "ntm_rules" / "locale"

VI = {
    # ntm-rules batch --chart (ntm_rules.batch.chart)
    "criteria met": "số tiêu chí đạt",
    "communes": "số xã",
    "Communes by number of criteria met": "Số xã theo số tiêu chí đạt",
    "share of communes (%)": "tỷ lệ xã (%)",
    "Each criterion: met, not met, cannot assess": (
        "Từng tiêu chí: đạt, chưa đạt, chưa đánh giá được"
    ),
    "{rulebook}: {communes} communes": "{rulebook}: {communes} xã",
    # verdicts, reasons, statuses
    "Met": "Đạt",
    "Not met": "Không đạt",
    "Cannot assess": "Chưa đánh giá được",
    "verified": "đã kiểm chứng",
    "unverified": "chưa kiểm chứng",
    "unknown": "chưa biết",
    "no value given": "chưa có số liệu",
    "threshold unknown (supply a provincial table or the official text)": (
        "chưa biết ngưỡng (cần bảng của tỉnh hoặc văn bản gốc)"
    ),
    "threshold unverified (verified-only mode)": (
        "ngưỡng chưa được kiểm chứng (chế độ chỉ dùng ngưỡng đã kiểm chứng)"
    ),
    "pass band of the score unknown; give achieved true/false": (
        "chưa biết khung điểm đạt; hãy nhập Đạt/Chưa đạt"
    ),
    "a part is missing": "thiếu thành phần",
    "criteria without indicators (supply an edition file)": (
        "tiêu chí chưa có chỉ tiêu (cần tệp bộ tiêu chí)"
    ),
    "criteria whose indicators are not all known (the known ones pass)": (
        "tiêu chí chưa đủ chỉ tiêu (các chỉ tiêu đã biết đều đạt)"
    ),
    "the commune meets the NTM standard.": "xã đạt chuẩn nông thôn mới.",
    "the commune does not meet the NTM standard.": "xã chưa đạt chuẩn nông thôn mới.",
    "cannot conclude whether the commune meets the NTM standard.": (
        "chưa đủ căn cứ kết luận xã đạt chuẩn nông thôn mới."
    ),
    "the commune meets the model-commune standard.": "xã đạt chuẩn nông thôn mới kiểu mẫu.",
    "the commune does not meet the model-commune standard.": (
        "xã chưa đạt chuẩn nông thôn mới kiểu mẫu."
    ),
    "cannot conclude whether the commune meets the model-commune standard.": (
        "chưa đủ căn cứ kết luận xã đạt chuẩn nông thôn mới kiểu mẫu."
    ),
    # one-line explanations
    "as assessed": "theo đánh giá",
    "against": "so với",
    "threshold unverified": "ngưỡng chưa kiểm chứng",
    "{amount} short": "còn thiếu {amount}",
    "{amount} over": "vượt {amount}",
    "{count} more {noun}": "cần thêm {count} {noun}",
    "{count} fewer {noun}": "cần giảm {count} {noun}",
    # composite details
    "give schools and meeting_level_1": "cần số trường (schools) và số trường đạt mức 1",
    "this column also needs meeting_minimum": (
        "cột này cần thêm số trường đạt tiêu chuẩn tối thiểu (meeting_minimum)"
    ),
    "minimum facility standard": "tiêu chuẩn cơ sở vật chất tối thiểu",
    "level 1 (≥ {share} %)": "mức 1 (≥ {share} %)",
    "missing parts: {parts}": "thiếu thành phần: {parts}",
    "grade-1 entry rate (≥ {share} %)": "tỷ lệ trẻ vào lớp 1 (≥ {share} %)",
    "universal pre-school for 5-year-olds": "phổ cập giáo dục mầm non cho trẻ 5 tuổi",
    "below level {level}: {parts}": "dưới mức {level}: {parts}",
    "rule figures unknown: {names}": "chưa biết số liệu của quy tắc: {names}",
    "hygienic water (≥ {share} %)": "nước hợp vệ sinh (≥ {share} %)",
    "clean water (≥ {share} %)": "nước sạch (≥ {share} %)",
    "give both hygienic and clean": "cần cả tỷ lệ nước hợp vệ sinh và nước sạch",
    # full explanations and columns
    "verdict": "kết luận",
    "column": "cột áp dụng",
    "value": "giá trị",
    "threshold": "ngưỡng",
    "verification": "mức kiểm chứng",
    "in force from": "áp dụng từ",
    "legal basis": "căn cứ",
    "caveat": "lưu ý",
    "column {label}: the commune's own region": "cột {label}: vùng của xã",
    # tables
    "Id": "Mã",
    "Criterion": "Tiêu chí",
    "Status": "Kết quả",
    "Indicators (met/total)": "Chỉ tiêu (đạt/tổng)",
    "Indicator": "Chỉ tiêu",
    "Value": "Giá trị",
    "Threshold": "Ngưỡng",
    "Explanation": "Giải thích",
    "Unit": "Đơn vị",
    "Verification": "Kiểm chứng",
    "Legal basis": "Căn cứ",
    "(illustrative figures)": "(số liệu minh họa)",
    "(in force for the data year)": "(theo năm số liệu)",
    "Criteria met: {met}/{total}": "Số tiêu chí đạt: {met}/{total}",
    "Indicators not met": "Chỉ tiêu không đạt",
    "Blocking a conclusion": "Chưa đủ căn cứ kết luận",
    "Also not assessable": "Chưa đánh giá được",
    "Verdicts resting on unverified thresholds": "Kết luận dựa trên ngưỡng chưa kiểm chứng",
    "plain = verified, ~ = unverified, ? = unknown": (
        "thường = đã kiểm chứng, ~ = chưa kiểm chứng, ? = chưa biết"
    ),
    "{encoded} of {official} indicators encoded": "{encoded}/{official} chỉ tiêu đã mã hóa",
    # plans
    "NTM plan": "Kế hoạch NTM",
    "Kind": "Loại",
    "Target": "Mục tiêu",
    "Text": "Nội dung",
    "Total": "Tổng",
    "Source": "Nguồn vốn",
    "million VND": "triệu đồng",
    "— (no lead body)": "— (chưa có đơn vị chủ trì)",
    "Lead body": "Đơn vị chủ trì",
    "Now": "Hiện tại",
    "Required": "Yêu cầu",
    "Gap": "Còn thiếu",
    "Note": "Ghi chú",
    "Body": "Đơn vị",
    "Leads": "Chủ trì",
    "Still short": "Còn thiếu",
    "Funding line": "Dòng vốn",
    "Failing criteria served": "Tiêu chí chưa đạt được phục vụ",
    "Failing criteria with no funding line": "Tiêu chí chưa đạt chưa có dòng vốn",
    "Criteria with no lead body": "Tiêu chí chưa có đơn vị chủ trì",
    # diffs and tiers
    "New criterion": "Tiêu chí mới",
    "From": "Từ",
    "Confidence": "Độ tin cậy",
    "Old": "Cũ",
    "New": "Mới",
    "Change": "Thay đổi",
    "Thresholds": "Ngưỡng",
    "Commune": "Xã",
    "changed": "thay đổi",
    "unchanged": "giữ nguyên",
    "appears": "mới",
    "disappears": "bỏ",
    "no known counterpart": "chưa rõ chỉ tiêu tương ứng",
    "Condition": "Điều kiện",
    "at least": "tối thiểu",
    "at most": "tối đa",
    "reduce by points a year": "giảm số điểm % mỗi năm",
    "reduce by a share a year": "giảm theo tỷ lệ mỗi năm",
    "keep the criteria met": "giữ các tiêu chí đã đạt",
    "−{amount} points a year": "giảm {amount} điểm %/năm",
    "−{amount} % of itself a year": "giảm {amount} %/năm",
    "the plan does not list the criteria met before": "kế hoạch chưa liệt kê các tiêu chí đã đạt",
    "a free metric: not measured by the rulebook": "chỉ tiêu tự do: bộ tiêu chí không đo",
    "no measured value in the evaluation": "kết quả đánh giá chưa có số đo",
    "the plan gives no baseline rate": "kế hoạch chưa có tỷ lệ gốc",
    "not kept": "chưa giữ được",
    "no verdict": "chưa có kết luận",
}


def write(lang: str, messages: dict[str, str]) -> None:
    """Write and compile one language's catalogue."""
    catalog = Catalog(locale=lang, domain="ntm_rules", project="ntm_rules", fuzzy=False)
    for message_id, text in messages.items():
        catalog.add(message_id, text)
    folder = LOCALE / lang / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "ntm_rules.po").open("wb") as po:
        write_po(po, catalog, omit_header=False, no_location=True, width=100)
    with (folder / "ntm_rules.mo").open("wb") as mo:
        write_mo(mo, catalog)


if __name__ == "__main__":
    write("vi", VI)
    write("en", {message_id: message_id for message_id in VI})
