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
    # a number typed with digits of two scripts
    "{text} mixes digits of different scripts": "{text} trộn chữ số của nhiều hệ chữ viết",
    # a plan's funding line with two amounts
    "give amount or amount_vnd, not both": "chỉ ghi amount hoặc amount_vnd, không ghi cả hai",
    # a household's id or village given as a list or mapping
    "expected text": "cần văn bản (chữ)",
    # a count of things (houses) given with a fraction
    "expected a whole number of {unit}, got {value}": "cần số nguyên {unit}, nhận được {value}",
    # a JSON document or body with too many values
    "more than {max_nodes} values": "quá {max_nodes} giá trị",
    # households: a member's age past what a person reaches
    "expected an age of 0–{maximum} years, got {value}": (
        "cần tuổi từ 0 đến {maximum}, nhận được {value}"
    ),
    # ntm-rules verify (ntm_rules.sealing_cli)
    "The document is intact: its content matches its fingerprint.": (
        "Tài liệu còn nguyên vẹn: nội dung khớp với dấu vân tay của nó."
    ),
    "The document was edited after it was written: its content does not match its fingerprint.": (
        "Tài liệu đã bị sửa sau khi được ghi: nội dung không khớp với dấu vân tay của nó."
    ),
    "The rulebook {rulebook} is the one recorded.": "Bộ tiêu chí {rulebook} đúng là bộ đã ghi.",
    "The rulebook {rulebook} is not the one recorded: its figures or rules changed.": (
        "Bộ tiêu chí {rulebook} không phải bộ đã ghi: số liệu hoặc quy tắc đã thay đổi."
    ),
    "Evaluated again, {count} field(s) differ:": "Đánh giá lại, {count} trường khác đi:",
    "{path}: recorded {recorded}, now {now}": "{path}: đã ghi {recorded}, nay {now}",
    "… and {count} more": "… và {count} trường khác",
    "Evaluated again, the profile gives the same result.": (
        "Đánh giá lại, hồ sơ cho cùng kết quả."
    ),
    "Verified.": "Đã xác minh.",
    "Not verified.": "Không xác minh được.",
    # the facts and coded answers of a household (ntm_rules.households.explain)
    "usual residents": "nhân khẩu thực tế thường trú",
    "the walls are of durable materials": "tường bằng vật liệu bền chắc",
    "the columns are of durable materials": "khung, cột bằng vật liệu bền chắc",
    "the roof is of durable materials": "mái bằng vật liệu bền chắc",
    "the dwelling's floor area, m²": "diện tích nhà ở, m²",
    "the main domestic water source": "nguồn nước sinh hoạt chính",
    "the latrine used": "loại nhà tiêu sử dụng",
    "information devices owned (TV, radio, phone…)": "phương tiện tiếp cận thông tin (TV, radio, điện thoại…)",
    "the commune or village loudspeaker system reaches the home": (
        "được phủ sóng hệ thống loa truyền thanh của xã, thôn"
    ),
    "piped water": "nước máy",
    "drilled well": "giếng khoan",
    "protected dug well": "giếng đào được bảo vệ",
    "protected spring": "nước khe, mó được bảo vệ",
    "rainwater": "nước mưa",
    "bottled water": "nước đóng chai",
    "unprotected dug well": "giếng đào không được bảo vệ",
    "unprotected spring": "nước khe, mó không được bảo vệ",
    "surface water": "nước mặt (sông, suối, ao, hồ)",
    "septic tank": "tự hoại",
    "semi-septic tank": "bán tự hoại",
    "pour-flush latrine": "dội nước",
    "no latrine": "không có nhà tiêu",
    # the words of a problem's location (ntm_rules.i18n.location_in)
    "sheet (location)": "trang tính",
    "file (location)": "tệp",
    "row (location)": "dòng",
    "column (location)": "cột",
    "header (location)": "dòng tiêu đề",
    # argparse's own usage errors (ntm_rules.cli_language.usage_error)
    "the following arguments are required: {names}": "thiếu tham số bắt buộc: {names}",
    "unrecognized arguments: {words}": "tham số không nhận ra: {words}",
    "one of the arguments {names} is required": "cần một trong các tham số {names}",
    "ambiguous option: {option} could match {matches}": (
        "tùy chọn {option} không rõ: có thể là {matches}"
    ),
    "argument {name}: invalid choice: {value} (choose from {choices})": (
        "tham số {name}: lựa chọn không hợp lệ {value} (chọn một trong {choices})"
    ),
    "argument {name}: invalid {kind} value: {value}": (
        "tham số {name}: giá trị không hợp lệ {value} (cần kiểu {kind})"
    ),
    "argument {name}: expected one argument": "tham số {name}: cần một giá trị",
    "argument {name}: not allowed with argument {other}": (
        "tham số {name}: không dùng cùng tham số {other}"
    ),
    "int": "số nguyên",
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
    "{amount} {unit} short": "còn thiếu {amount} {unit}",
    "{amount} {unit} over": "vượt {amount} {unit}",
    "percentage points": "điểm %",
    # the parts of composite indicators (ntm_rules.explain.PART_LABELS)
    "schools": "số trường",
    "meeting the minimum standard": "đạt chuẩn cơ sở vật chất tối thiểu",
    "at facility level 1": "đạt cơ sở vật chất mức độ 1",
    "grade-1 entry": "trẻ 6 tuổi vào lớp 1",
    "universal preschool at 5": "phổ cập mầm non trẻ 5 tuổi",
    "primary level": "mức phổ cập tiểu học",
    "lower-secondary level": "mức phổ cập THCS",
    "literacy level": "mức xóa mù chữ",
    "hygienic water": "nước hợp vệ sinh",
    "clean water": "nước sạch",
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
    # households (src/ntm_rules/households/)
    "Poor": "Hộ nghèo",
    "Near-poor": "Hộ cận nghèo",
    "Average living standard": "Hộ có mức sống trung bình",
    "Above the average band": "Trên mức sống trung bình",
    "Above the line (band unknown)": "Trên chuẩn nghèo (chưa biết mức sống trung bình)",
    "Cannot classify": "Chưa phân loại được",
    "deprived": "thiếu hụt",
    "not deprived": "không thiếu hụt",
    "cannot decide": "chưa xác định được",
    "rule unknown": "chưa biết quy tắc",
    "rural": "nông thôn",
    "urban": "thành thị",
    "yes": "có",
    "no": "không",
    "Household {id}: {name}": "Hộ {id}: {name}",
    "average living standard up to {band} VND/person/month": (
        "mức sống trung bình đến {band} đồng/người/tháng"
    ),
    "deprived on {count} indicators (poor from {needed})": (
        "thiếu hụt {count} chỉ số (hộ nghèo từ {needed} chỉ số)"
    ),
    "the standard's list of indicators is not known in full": (
        "chưa biết đầy đủ danh mục chỉ số của chuẩn nghèo"
    ),
    "missing facts: {facts}": "thiếu thông tin: {facts}",
    "missing {facts}": "thiếu {facts}",
    "left open by the standard's known rules: indicators {ids}": (
        "các quy tắc đã biết của chuẩn nghèo chưa quyết định được chỉ số {ids}"
    ),
    "value not covered by the rule": "giá trị chưa có trong quy tắc",
    "rests on a figure or rule no public source confirms": (
        "dựa trên số liệu hoặc quy tắc chưa được nguồn công khai nào kiểm chứng"
    ),
    "standard: {name}": "chuẩn nghèo: {name}",
    "legal basis: {citation}": "căn cứ: {citation}",
    "income unknown": "chưa biết thu nhập",
    "area (rural or urban) not given": "chưa cho biết khu vực (nông thôn hay thành thị)",
    "the poverty line of this area is unknown": "chưa biết chuẩn nghèo của khu vực này",
    "income {income} VND/person/month, above the {area} line of {line}": (
        "thu nhập {income} đồng/người/tháng, trên chuẩn nghèo {area} {line}"
    ),
    "income {income} VND/person/month, at or under the {area} line of {line}": (
        "thu nhập {income} đồng/người/tháng, bằng hoặc dưới chuẩn nghèo {area} {line}"
    ),
    "poverty line: rural {rural}, urban {urban} VND/person/month": (
        "chuẩn nghèo: nông thôn {rural}, thành thị {urban} đồng/người/tháng"
    ),
    "Household": "Hộ",
    "Class": "Phân loại",
    "Income/person/month": "Thu nhập/người/tháng",
    "Deprived": "Thiếu hụt",
    "Missing facts": "Thiếu thông tin",
    "~ = rests on a figure or rule no public source confirms": (
        "~ = dựa trên số liệu hoặc quy tắc chưa được kiểm chứng"
    ),
    "{commune} ({year}): {households} households": "{commune} ({year}): {households} hộ",
    "Households": "Số hộ",
    "Share": "Tỷ lệ",
    "Multidimensional poverty rate (poor + near-poor): {count}/{total} = {rate}": (
        "Tỷ lệ nghèo đa chiều (hộ nghèo + hộ cận nghèo): {count}/{total} = {rate}"
    ),
    "Deprivations of the households at or under the line": (
        "Thiếu hụt của các hộ có thu nhập bằng hoặc dưới chuẩn nghèo"
    ),
    "{count} classes rest on a figure or rule no public source confirms": (
        "{count} hộ được phân loại dựa trên số liệu hoặc quy tắc chưa được kiểm chứng"
    ),
    "Deprivation indicator": "Chỉ số thiếu hụt",
    "Assessed": "Đã xác định",
    "Undecided": "Chưa xác định",
    "Rate": "Tỷ lệ",
    "no households": "không có hộ nào",
    "{count} households with income or area unknown": "{count} hộ chưa biết thu nhập hoặc khu vực",
    "{count} households with only some of the seven income sections": (
        "{count} hộ chỉ có một phần trong bảy nguồn thu nhập"
    ),
    "no household gives the seven income sections": "không hộ nào có đủ bảy nguồn thu nhập",
    "{count} sample households without a weight": "{count} hộ mẫu chưa có quyền số",
    "Indicator {id}: cannot be given ({reason})": "Chỉ tiêu {id}: chưa tính được ({reason})",
    "{value} million VND/person/year ({income} VND over {residents} residents)": (
        "{value} triệu đồng/người/năm ({income} đồng cho {residents} nhân khẩu)"
    ),
    "Indicator {id} of the profile: {value}": "Chỉ tiêu {id} của hồ sơ xã: {value}",
    "{count} more problems: see the problems view (-o)": (
        "còn {count} lỗi nữa: xem bảng problems (-o)"
    ),
    # the docs site's criterion pages (scripts/mkdocs_hooks.py)
    "Column": "Cột",
    "Columns": "Các cột ngưỡng",
    "Direction": "So sánh",
    "Edition": "Bộ tiêu chí",
    "Group": "Nhóm",
    "Name": "Tên",
    "Indicators": "Số chỉ tiêu",
    "Data years": "Năm số liệu",
    "In force from": "Áp dụng từ",
    "Figure of the rule": "Số liệu của quy tắc",
    "Thresholds in force at the end of {year}": "Ngưỡng áp dụng cuối năm {year}",
    "No indicator of this criterion is public yet: an edition file supplies them.": (
        "Các chỉ tiêu của tiêu chí này chưa được công bố: cần tệp bộ tiêu chí."
    ),
    "Only some indicators of this criterion are known: when they all pass, the criterion "
    "still cannot be assessed.": (
        "Mới biết một số chỉ tiêu của tiêu chí này: khi các chỉ tiêu đã biết đều đạt, "
        "tiêu chí vẫn chưa đánh giá được."
    ),
    # the service's upload page (src/ntm_rules/service/page.py, page_routes.py)
    "Evaluate a commune sheet": "Đánh giá phiếu số liệu của xã",
    "Upload a commune sheet filled from the template (ntm-rules template), as .xlsx or "
    ".csv, to see its evaluation.": (
        "Tải lên phiếu số liệu của xã đã điền theo mẫu (ntm-rules template), dạng .xlsx hoặc "
        ".csv, để xem kết quả đánh giá."
    ),
    "Sheet": "Phiếu số liệu",
    "Language": "Ngôn ngữ",
    "Access token": "Mã truy cập",
    "Evaluate": "Đánh giá",
    "Rulebook": "Bộ tiêu chí áp dụng",
    "the one the sheet names": "bộ tiêu chí ghi trong phiếu",
    "Evaluate another sheet": "Đánh giá phiếu khác",
    "Problems in the sheet": "Lỗi trong phiếu số liệu",
    "Fix them in the sheet and upload it again.": "Hãy sửa các lỗi trong phiếu rồi tải lên lại.",
    "Access refused": "Không được phép truy cập",
    "File too large": "Tệp quá lớn",
    "missing or wrong access token": "thiếu mã truy cập hoặc mã không đúng",
    "choose a commune sheet (.xlsx or .csv) to upload": (
        "hãy chọn phiếu số liệu của xã (.xlsx hoặc .csv) để tải lên"
    ),
    "expected an .xlsx or .csv file written by ntm-rules template": (
        "cần tệp .xlsx hoặc .csv tạo bằng ntm-rules template"
    ),
    "larger than {limit} bytes (the server's limit)": (
        "lớn hơn {limit} byte (giới hạn của máy chủ)"
    ),
    "more than {limit} rows (the server's limit)": "quá {limit} dòng (giới hạn của máy chủ)",
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
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from i18n_errors import ERRORS, HELP, WORDS  # the error messages live beside this script

    VI = {**WORDS, **ERRORS, **HELP, **VI}  # the report wording wins where a word is in both
    write("vi", VI)
    write("en", {message_id: message_id for message_id in VI})
