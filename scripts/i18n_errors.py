"""Vietnamese for the error messages (English message ids with ``{name}`` fields).

Kept apart from ``i18n_catalogue.py`` (reports, tables) because there are many; the
catalogue script merges both. A message id is the English text an error prints; the
fields (``{text}``, ``{count}``…) hold the user's own text, numbers, field paths and
codes, shown as given in every language. ``tests/test_i18n_errors.py`` checks that every
message an error is built with is here and that the fields match.
"""

from __future__ import annotations

ACHIEVED = "Đạt / Chưa đạt / Không đạt, x, 1 / 0, true / false, có / không"

WORDS = {
    # kinds of names (unknown {kind} {name}) and kinds of values (got {value})
    "advanced": "tập tiêu chí nâng cao",
    "base": "bộ tiêu chí gốc",
    "category": "loại xã",
    "commune group": "nhóm xã",
    "comparison": "phép so sánh",
    "condition": "điều kiện",
    "criterion": "tiêu chí",
    "criterion or indicator": "tiêu chí hoặc chỉ tiêu",
    "data": "dữ liệu",
    "department": "cơ quan",
    "edition": "bộ tiêu chí",
    "example": "ví dụ",
    "example profile": "hồ sơ ví dụ",
    "example plan": "kế hoạch ví dụ",
    "group": "nhóm",
    "id": "mã",
    "indicator": "chỉ tiêu",
    "kind": "loại",
    "member": "thành phần",
    "part": "thành phần",
    "region": "vùng",
    "request": "yêu cầu",
    "rule": "quy tắc",
    "rule figure": "số liệu của quy tắc",
    "rulebook": "bộ tiêu chí",
    "rulebook or file": "bộ tiêu chí hoặc tệp",
    "schema": "lược đồ (schema)",
    "schema name": "tên lược đồ (schema)",
    "tier": "cấp độ",
    "above": "mức trên",
    # names of inputs (N problem(s) in {what})
    "arguments": "tham số dòng lệnh",
    "input": "dữ liệu nhập",
    "profile": "hồ sơ xã",
    "facts": "dữ kiện",
    "progress": "tiến độ",
    "evaluation document": "tài liệu kết quả đánh giá",
    # kinds of values
    "a boolean ({value})": "giá trị đúng/sai ({value})",
    "a mapping": "một bảng khóa–giá trị",
    "a list": "một danh sách",
    "null": "giá trị rỗng (null)",
    "the text {text}": "chuỗi chữ {text}",
    "{type} {value}": "giá trị kiểu {type} {value}",
    "true or false": "đúng hoặc sai (true/false)",
    "a whole number": "một số nguyên",
    "a number": "một số",
    "a count": "một số đếm",
    "a percentage": "một tỷ lệ phần trăm",
    "a whole number of 0 or more": "một số nguyên từ 0 trở lên",
    "a percentage from 0 to 100": "một tỷ lệ phần trăm từ 0 đến 100",
    "a level (1, 2 or 3)": "một mức (1, 2 hoặc 3)",
    "'complex' or 'not complex' (phức tạp / không phức tạp)": (
        "'phức tạp' hoặc 'không phức tạp' (complex / not complex)"
    ),
    "a number in the canonical unit, or a string with a unit": (
        "một số theo đơn vị chuẩn, hoặc số kèm đơn vị"
    ),
    "a percentage, a string such as '95 %', counts '412/450' or {numerator, denominator}": (
        "một tỷ lệ phần trăm, chuỗi như '95 %', số đếm '412/450' hoặc {numerator, denominator}"
    ),
    f"{ACHIEVED} (as assessed), or the checklist score in points (0–100)": (
        f"{ACHIEVED} (theo đánh giá), hoặc số điểm chấm theo bảng (0–100)"
    ),
    "true/false, or {schools, meeting_minimum, meeting_level_1} counts": (
        "Đạt/Chưa đạt (true/false), hoặc các số đếm {schools, meeting_minimum, meeting_level_1}"
    ),
    "true/false, or {grade_1_entry_rate, preschool_5_universal, primary_level, "
    "lower_secondary_level, literacy_level}": (
        "Đạt/Chưa đạt (true/false), hoặc {grade_1_entry_rate, preschool_5_universal, "
        "primary_level, lower_secondary_level, literacy_level}"
    ),
    "true/false as assessed, or {hygienic, clean} shares of households (%)": (
        "Đạt/Chưa đạt theo đánh giá, hoặc tỷ lệ hộ {hygienic, clean} (%)"
    ),
    "{words}, or a mapping of {parts}": "{words}, hoặc bảng các thành phần {parts}",
    "outside {minimum}–{maximum} {unit}": "nằm ngoài khoảng {minimum}–{maximum} {unit}",
    "below the minimum {minimum} {unit}": "thấp hơn mức tối thiểu {minimum} {unit}",
}

ERRORS = {
    # the command line
    "cannot write the output ({cause})": "không ghi được kết quả ({cause})",
    "internal error ({name}); please report it with the input": (
        "lỗi nội bộ ({name}); xin báo lỗi kèm dữ liệu đầu vào"
    ),
    "arguments: --format {format} needs -o FILE": "tham số: --format {format} cần -o TỆP",
    "arguments: an edition workbook needs -o FILE.xlsx": (
        "tham số: sổ tính bộ tiêu chí cần -o TỆP.xlsx"
    ),
    "arguments: expected FILE INDICATOR_ID [INDICATOR_ID …]": (
        "tham số: cần TỆP MÃ_CHỈ_TIÊU [MÃ_CHỈ_TIÊU …]"
    ),
    "arguments: expected INDICATOR_ID [INDICATOR_ID …]": (
        "tham số: cần MÃ_CHỈ_TIÊU [MÃ_CHỈ_TIÊU …]"
    ),
    "arguments: give --rulebook or --edition, not both": (
        "tham số: chỉ dùng một trong hai --rulebook hoặc --edition"
    ),
    "arguments: give FILE or --example NAME": "tham số: cần TỆP hoặc --example TÊN",
    "arguments: give PLAN PROFILE or --example NAME": (
        "tham số: cần KẾ_HOẠCH HỒ_SƠ hoặc --example TÊN"
    ),
    "cannot write {name}: {value}": "không ghi được {name}: {value}",
    "cannot write {output}: {value}": "không ghi được {output}: {value}",
    "Excel files need openpyxl: pip install 'ntm-rules[excel]' (or use --format csv)": (
        "tệp Excel cần gói openpyxl: pip install 'ntm-rules[excel]' (hoặc dùng --format csv)"
    ),
    "ntm-rules batch needs the batch extra: pip install 'ntm-rules[batch]'": (
        "ntm-rules batch cần gói bổ sung batch: pip install 'ntm-rules[batch]'"
    ),
    "validating needs the schema extra: pip install 'ntm-rules[schema]'": (
        "kiểm tra lược đồ cần gói bổ sung schema: pip install 'ntm-rules[schema]'"
    ),
    # collected problems
    "{count} problem(s) in {what}:": "{count} lỗi trong {what}:",
    "… and {count} more problems": "… và {count} lỗi khác",
    "{count} more entries not checked": "còn {count} mục chưa được kiểm tra",
    "unknown {kind} {name}": "{kind} không xác định: {name}",
    "unknown {kind} {name}; did you mean {suggestion}?": (
        "{kind} không xác định: {name}; có phải là {suggestion}?"
    ),
    "required field missing": "thiếu trường bắt buộc",
    "unknown parameter": "tham số không xác định",
    # reading numbers and words
    "expected {words}; got {raw}": "cần {words}; nhận được {raw}",
    "text of {count} characters is too long for a value": (
        "chuỗi {count} ký tự quá dài cho một giá trị"
    ),
    "text of {count} characters is too long for a tier": (
        "chuỗi {count} ký tự quá dài cho tên cấp độ"
    ),
    "{text} does not start with a number": "{text} không bắt đầu bằng một số",
    "{text}: write the number in full, without an exponent": (
        "{text}: hãy viết đầy đủ con số, không dùng số mũ"
    ),
    "{text} has {count} significant digits; at most {max_digits} can be compared exactly: "
    "round it": (
        "{text} có {count} chữ số có nghĩa; chỉ so sánh chính xác được tối đa {max_digits} "
        "chữ số: hãy làm tròn"
    ),
    "{text}: a separator must be followed by digits": "{text}: sau dấu phân cách phải có chữ số",
    "{text}: separators are not in place": "{text}: dấu phân cách đặt sai chỗ",
    "{text}: a repeated {separator!r} must group thousands": (
        "{text}: dấu {separator!r} lặp lại phải dùng để tách hàng nghìn"
    ),
    "{text} is ambiguous: the decimal {whole}.{fraction} or the whole number "
    "{whole}{fraction}; write {whole}{fraction} for the whole number or {whole},{fraction}0 "
    "for the decimal": (
        "{text} không rõ nghĩa: số thập phân {whole},{fraction} hay số nguyên {whole}{fraction}; "
        "viết {whole}{fraction} nếu là số nguyên hoặc {whole},{fraction}0 nếu là số thập phân"
    ),
    "{raw} is too large": "{raw} quá lớn",
    "{raw} is not a finite number": "{raw} không phải là số hữu hạn",
    "{value} is too large": "{value} quá lớn",
    "{value} is negative": "{value} là số âm",
    "{value} is not {kind}": "{value} không phải là {kind}",
    "text contains control characters": "chuỗi chứa ký tự điều khiển",
    "text {value} has a lone surrogate (not Unicode)": (
        "chuỗi {value} chứa ký tự surrogate lẻ (không phải Unicode)"
    ),
    # units
    "cannot read the unit {text}": "không đọc được đơn vị {text}",
    "cannot read the unit {text}: % stands alone": (
        "không đọc được đơn vị {text}: dấu % phải đứng một mình"
    ),
    "cannot read the unit {text}: unknown word {words}": (
        "không đọc được đơn vị {text}: từ không xác định {words}"
    ),
    "the unit {text} repeats {phrase!r}": "đơn vị {text} lặp lại {phrase!r}",
    "{unit_text} is {shown}, which cannot be converted to {symbol_en}": (
        "{unit_text} là {shown}, không quy đổi được sang {symbol_en}"
    ),
    "{value} {unit} is {expected}": "{value} {unit} {expected}",
    "expected a plain number, not a unit {unit_text}": (
        "cần một số không kèm đơn vị, không phải đơn vị {unit_text}"
    ),
    "{raw}: expected a percentage": "{raw}: cần một tỷ lệ phần trăm",
    "{percent:g} % is outside 0–100 %": "{percent:g} % nằm ngoài khoảng 0–100 %",
    "{value:g} % is outside 0–100 %": "{value:g} % nằm ngoài khoảng 0–100 %",
    # values of indicators
    "expected {accepts} ({symbol_en}), got {raw}": "cần {accepts} ({symbol_en}); nhận được {raw}",
    "expected {accepts}, got {raw}": "cần {accepts}; nhận được {raw}",
    "expected {expected}, got {raw}": "cần {expected}; nhận được {raw}",
    "expected {expected}; got {raw}": "cần {expected}; nhận được {raw}",
    "expected {kind}, got {value}": "cần {kind}; nhận được {value}",
    "expected {kinds}, got {value}": "cần {kinds}; nhận được {value}",
    "expected {kinds} of 0 or more, got {value!r}": "cần {kinds} từ 0 trở lên; nhận được {value!r}",
    "expected {options}, got {raw}": "cần {options}; nhận được {raw}",
    "expected a count, got {raw}": "cần một số đếm; nhận được {raw}",
    "expected a count, got {value}": "cần một số đếm; nhận được {value}",
    "expected a number, got {value}": "cần một số; nhận được {value}",
    "expected a whole number, got {value}": "cần một số nguyên; nhận được {value}",
    "expected a whole number of households, got {raw}": "cần số hộ là số nguyên; nhận được {raw}",
    "expected true or false, got {value}": "cần đúng hoặc sai (true/false); nhận được {value}",
    "expected true or false": "cần đúng hoặc sai (true/false)",
    "expected a number": "cần một số",
    "expected text, got {value}": "cần chữ; nhận được {value}",
    "expected a list, got {value}": "cần một danh sách; nhận được {value}",
    "expected a mapping, got {value}": "cần một bảng khóa–giá trị; nhận được {value}",
    "expected a mapping, got {kind}": "cần một bảng khóa–giá trị; nhận được {kind}",
    "expected a mapping of indicator id to value": "cần bảng mã chỉ tiêu – giá trị",
    "expected a file path or a mapping, got {kind}": (
        "cần đường dẫn tệp hoặc bảng khóa–giá trị; nhận được {kind}"
    ),
    "expected one of {known}, got {value}": "cần một trong {known}; nhận được {value}",
    "expected one of {formats}": "cần một trong các định dạng {formats}",
    "expected exactly the keys numerator and denominator, got {keys}{more}": (
        "cần đúng hai khóa numerator (tử số) và denominator (mẫu số); nhận được {keys}{more}"
    ),
    "expected exactly the keys satisfied and surveyed, got {shown}": (
        "cần đúng hai khóa satisfied (hài lòng) và surveyed (được khảo sát); nhận được {shown}"
    ),
    "{numerator:g} is more than the denominator {denominator:g}": (
        "{numerator:g} lớn hơn mẫu số {denominator:g}"
    ),
    "{count:g} is not a non-negative count": "{count:g} không phải là số đếm không âm",
    "{count:g} is more than the {schools:g} schools": "{count:g} nhiều hơn tổng số {schools:g} trường",
    "{clean:g} % is more than the hygienic-water share {hygienic:g} % it is part of": (
        "{clean:g} % lớn hơn tỷ lệ nước hợp vệ sinh {hygienic:g} % mà nó là một phần"
    ),
    "part names are text, got {key}": "tên thành phần phải là chữ; nhận được {key}",
    "must be greater than 0": "phải lớn hơn 0",
    "must be greater than 0 %": "phải lớn hơn 0 %",
    "must be a finite amount of 0 or more": "phải là số tiền hữu hạn từ 0 trở lên",
    "the commune fits group 1 ({name_en}) and group 3 ({name_en2}); 51/2025/QĐ-TTg does not "
    "say which prevails: state the group (group: 1 or group: 3)": (
        "xã thuộc cả nhóm 1 ({name_en}) và nhóm 3 ({name_en2}); Quyết định 51/2025/QĐ-TTg "
        "không quy định nhóm nào được ưu tiên: hãy ghi rõ nhóm (group: 1 hoặc group: 3)"
    ),
    "this edition's thresholds are by region: give it": (
        "ngưỡng của bộ tiêu chí này theo vùng: hãy ghi vùng của xã"
    ),
    # files
    "{name} is empty": "{name} trống",
    "{name} is nested more than {max_depth} levels deep": (
        "{name} lồng nhau sâu quá {max_depth} cấp"
    ),
    "nested more than {max_depth} levels deep": "lồng nhau sâu quá {max_depth} cấp",
    "cannot parse {name}: {reason}": "không đọc được {name}: {reason}",
    "a number has more digits than any value can (over 4300)": (
        "một số có nhiều chữ số hơn mọi giá trị có thể có (trên 4300)"
    ),
    "mapping keys are text, not {key}": "khóa của bảng phải là chữ, không phải {key}",
    "keys are text: quote the key (got {key})": (
        "khóa phải là chữ: hãy đặt khóa trong dấu nháy (nhận được {key})"
    ),
    "duplicate key": "khóa bị trùng",
    "duplicate key on line {line}": "khóa bị trùng ở dòng {line}",
    "more than {max_nodes} values (YAML aliases expanded)": (
        "nhiều hơn {max_nodes} giá trị (sau khi mở rộng bí danh YAML)"
    ),
    "not UTF-8 text (byte {start}); save the file as UTF-8": (
        "không phải văn bản UTF-8 (byte {start}); hãy lưu tệp dạng UTF-8"
    ),
    "not UTF-8 text (byte {start}); save it as 'CSV UTF-8' in Excel": (
        "không phải văn bản UTF-8 (byte {start}); trong Excel hãy lưu dạng 'CSV UTF-8'"
    ),
    "cannot read the file ({reason})": "không đọc được tệp ({reason})",
    "larger than {size} MiB": "lớn hơn {size} MiB",
    "not a regular file": "không phải tệp thông thường",
    # schemas and documents
    "expected {schema!r}": "cần {schema!r}",
    "recorded {recorded}, re-evaluated {value!r}": (
        "đã ghi {recorded}, đánh giá lại được {value!r}"
    ),
    "evaluates another profile": "đánh giá một hồ sơ khác",
    "expected the rulebook id and the profile": "cần mã bộ tiêu chí và hồ sơ xã",
    "expected an advanced-tier evaluation, got {tier}": (
        "cần kết quả đánh giá tập nâng cao; nhận được {tier}"
    ),
    # years and editions
    "{year} is outside {rulebook} ({span})": "năm {year} nằm ngoài {rulebook} ({span})",
    "{year} is outside {rules} ({span})": "năm {year} nằm ngoài {rules} ({span})",
    "{year} is outside {first_year}–{last_year}": (
        "năm {year} nằm ngoài khoảng {first_year}–{last_year}"
    ),
    "no {tier} edition covers {year}; editions: {spans}": (
        "không có bộ tiêu chí {tier} nào áp dụng cho năm {year}; các bộ: {spans}"
    ),
    "expected a year such as 2025, got {raw}": "cần một năm, ví dụ 2025; nhận được {raw}",
    "expected the data year, a whole number such as 2025": "cần năm số liệu, một số nguyên như 2025",
    "expected basic, advanced or model; got {raw}": (
        "cần basic (cơ bản), advanced (nâng cao) hoặc model (kiểu mẫu); nhận được {raw}"
    ),
    "expected a date YYYY-MM-DD, got {value}": "cần ngày dạng NNNN-TT-NN; nhận được {value}",
    "expected a date day/month/year, got {raw}": "cần ngày dạng ngày/tháng/năm; nhận được {raw}",
    # rulebooks, edition files, override tables
    "{rulebook}: criterion {criterion} appears twice": (
        "{rulebook}: tiêu chí {criterion} xuất hiện hai lần"
    ),
    "{rulebook}: indicator {indicator} appears twice": (
        "{rulebook}: chỉ tiêu {indicator} xuất hiện hai lần"
    ),
    "{table}: no such indicators in {rulebook}: {unknown}": (
        "{table}: {rulebook} không có các chỉ tiêu: {unknown}"
    ),
    "{indicator}: no figures for {missing}": "{indicator}: thiếu số liệu cho {missing}",
    "{indicator}: unknown rule figures {extra}": (
        "{indicator}: số liệu quy tắc không xác định {extra}"
    ),
    "{indicator_id} {column}: dated values overlap or are out of order": (
        "{indicator_id} {column}: các giá trị theo mốc thời gian chồng lấn hoặc sai thứ tự"
    ),
    "{indicator_id}: entries for unknown columns {extra}": (
        "{indicator_id}: có giá trị cho các cột không xác định {extra}"
    ),
    "{indicator_id}: no threshold entry for {missing}": (
        "{indicator_id}: thiếu ngưỡng cho {missing}"
    ),
    "{where}: a figure is given but marked 'unknown'": (
        "{where}: đã có số liệu nhưng lại ghi 'unknown' (chưa biết)"
    ),
    "{where}: a missing figure must be 'unknown'": (
        "{where}: ô không có số liệu phải ghi 'unknown' (chưa biết)"
    ),
    "{where}: a numeric threshold must be a finite number": (
        "{where}: ngưỡng dạng số phải là số hữu hạn"
    ),
    "{where}: an achieved-type threshold must be true": (
        "{where}: ngưỡng dạng Đạt/Chưa đạt phải là true (Đạt)"
    ),
    "{where}: threshold without a citation": "{where}: ngưỡng thiếu căn cứ pháp lý",
    "a citation starts with the instrument": "căn cứ phải bắt đầu bằng tên văn bản",
    "a figure is given: its status cannot be 'unknown'": (
        "đã có số liệu: mức kiểm chứng không thể là 'unknown' (chưa biết)"
    ),
    "a figure with no value must be 'unknown'": (
        "số liệu không có giá trị phải ghi 'unknown' (chưa biết)"
    ),
    "a given figure cannot be 'unknown'": "số liệu đã có không thể ghi 'unknown' (chưa biết)",
    "a figure is null exactly when it is unknown": (
        "số liệu để trống (null) khi và chỉ khi chưa biết"
    ),
    "a number indicator needs its unit, e.g. 'triệu đồng/người/năm'": (
        "chỉ tiêu dạng số cần đơn vị, ví dụ 'triệu đồng/người/năm'"
    ),
    "an achieved-type threshold is true / Đạt (or blank: unknown)": (
        "ngưỡng dạng Đạt/Chưa đạt là true / Đạt (hoặc để trống: chưa biết)"
    ),
    "expected a criterion (a mapping)": "cần một tiêu chí (bảng khóa–giá trị)",
    "expected a list of criteria": "cần một danh sách tiêu chí",
    "expected a list of criteria with their indicators": (
        "cần danh sách tiêu chí kèm các chỉ tiêu của chúng"
    ),
    "expected at_least or at_most": "cần at_least (tối thiểu) hoặc at_most (tối đa)",
    "is before first_year": "sớm hơn first_year (năm đầu)",
    "name one of the edition's groups": "hãy ghi một nhóm của bộ tiêu chí",
    "required for a known rule": "bắt buộc với quy tắc đã biết",
    "required for an edition without a base": "bắt buộc với bộ tiêu chí không có bộ gốc",
    "required: the name in the text": "bắt buộc: tên theo văn bản",
    "{indicator}: both names are required": "{indicator}: cần cả hai tên",
    "{criterion!r} is listed twice": "{criterion!r} được liệt kê hai lần",
    "{book}'s criteria compose their own way": "các tiêu chí của {book} có cách tổng hợp riêng",
    "unknown edition {value}: the table must name a shipped edition": (
        "bộ tiêu chí không xác định {value}: bảng phải ghi một bộ tiêu chí có sẵn"
    ),
    # plans
    "id {duplicate!r} appears {count} times": "mã {duplicate!r} xuất hiện {count} lần",
    "declares {amount_vnd:,.0f} VND but its lines add up to {parts:,.0f} VND": (
        "ghi tổng {amount_vnd:,.0f} đồng nhưng các dòng cộng lại được {parts:,.0f} đồng"
    ),
    "a yearly reduction applies to a rate and is given in %": (
        "mức giảm hằng năm áp dụng cho một tỷ lệ và tính bằng %"
    ),
    "integrated funds of another programme never count as local counterpart "
    "(Decree 27/2022/NĐ-CP, Art. 10)": (
        "vốn lồng ghép của chương trình khác không được tính là vốn đối ứng của địa phương "
        "(Nghị định 27/2022/NĐ-CP, Điều 10)"
    ),
    "expected an amount such as '225 million VND'": "cần một số tiền, ví dụ '225 triệu đồng'",
    "outstanding must match the amount": "số còn nợ phải khớp với số tiền",
    "the plan is judged against {rulebook}, not {id}": (
        "kế hoạch được đánh giá theo {rulebook}, không phải {id}"
    ),
    # recognition and tiers
    "a revocation share is 'at_least'": "tỷ lệ thu hồi là 'at_least' (tối thiểu)",
    "a revocation share is required (a percentage)": "cần tỷ lệ thu hồi (một tỷ lệ phần trăm)",
    "{key}: a revocation share is required": "{key}: cần tỷ lệ thu hồi",
    "must be below revocation_share ({share:g} %)": (
        "phải thấp hơn revocation_share (tỷ lệ thu hồi, {share:g} %)"
    ),
    "at least one key criterion is required": "cần ít nhất một tiêu chí then chốt",
    "{rules}: key criteria {missing} are not criteria of {id}": (
        "{rules}: các tiêu chí then chốt {missing} không thuộc {id}"
    ),
    "{id}: the set has no criteria": "{id}: tập tiêu chí không có tiêu chí nào",
    "given for a commune not recognised": "được ghi cho một xã chưa được công nhận",
    "is under the line": "nằm dưới ngưỡng",
    "give both satisfied and surveyed, or neither": (
        "ghi cả satisfied (số hài lòng) và surveyed (số được khảo sát), hoặc bỏ trống cả hai"
    ),
    "{satisfied} is more than the {surveyed} surveyed": (
        "{satisfied} nhiều hơn {surveyed} người được khảo sát"
    ),
    "{satisfied} is not between 0 and the {surveyed} surveyed": (
        "{satisfied} không nằm trong khoảng từ 0 đến {surveyed} người được khảo sát"
    ),
    "the percentage differs from the counts": "tỷ lệ phần trăm không khớp với các số đếm",
    "expected true / false (có / không) or an amount such as '1,2 tỷ đồng'; got {raw}": (
        "cần có / không (true / false) hoặc một số tiền, ví dụ '1,2 tỷ đồng'; nhận được {raw}"
    ),
    "only the model tier takes facts, not {name}": (
        "chỉ cấp kiểu mẫu (model) dùng dữ kiện, không phải {name}"
    ),
    "{given!r} differs from the profile's {indicator_id} ({value!r})": (
        "{given!r} khác với chỉ tiêu {indicator_id} trong hồ sơ ({value!r})"
    ),
    "a batch is judged on the basic or advanced set, not {tier}": (
        "xử lý hàng loạt chỉ đánh giá theo tập cơ bản hoặc nâng cao, không phải {tier}"
    ),
    # tables for many communes
    "the table has no {field} column (headings accepted: {fields})": (
        "bảng không có cột {field} (tiêu đề được chấp nhận: {fields})"
    ),
    "no row has a year that a shipped edition covers": (
        "không hàng nào có năm thuộc một bộ tiêu chí có sẵn"
    ),
    "unknown output format {value}; expected {formats}": (
        "định dạng kết quả không xác định {value}; cần {formats}"
    ),
    "the {name} view has {num_rows} rows, more than a sheet holds; write CSV or Parquet": (
        "bảng {name} có {num_rows} hàng, nhiều hơn sức chứa của một trang tính; "
        "hãy ghi CSV hoặc Parquet"
    ),
    "the file uses more than {max_columns} columns": "tệp dùng nhiều hơn {max_columns} cột",
    "not CSV: {error}": "không phải tệp CSV: {error}",
    # workbooks
    "a damaged part {filename} ({error})": "phần {filename} bị hỏng ({error})",
    "an error value {value}": "một giá trị lỗi {value}",
    "a formula ({value}): type the value itself, not a formula": (
        "ô chứa công thức ({value}): hãy nhập giá trị, không nhập công thức"
    ),
    "a section row takes no result: fill the indicator rows below it": (
        "hàng tiêu đề tiêu chí không ghi kết quả: hãy điền vào các hàng chỉ tiêu bên dưới"
    ),
    "cannot read the workbook ({error_type}: {reason})": (
        "không đọc được sổ tính ({error_type}: {reason})"
    ),
    'expected "{vi}", found {value}': 'cần "{vi}", thấy {value}',
    'expected the column "{column}", found {found} (columns moved?)': (
        'cần cột "{column}", thấy {found} (các cột bị di chuyển?)'
    ),
    'expected the heading "{vi}", found {found} (columns moved or renamed?)': (
        'cần tiêu đề "{vi}", thấy {found} (các cột bị di chuyển hoặc đổi tên?)'
    ),
    'expected the heading "{vi}", found {value}': 'cần tiêu đề "{vi}", thấy {value}',
    'expected the label "{vi}", found {found} (rows inserted or moved?)': (
        'cần nhãn "{vi}", thấy {found} (có hàng bị chèn thêm hoặc di chuyển?)'
    ),
    'expected the label "{vi}", found {value} (rows inserted or moved?)': (
        'cần nhãn "{vi}", thấy {value} (có hàng bị chèn thêm hoặc di chuyển?)'
    ),
    'expected the title "{vi}", found {title}: not a commune sheet': (
        'cần tiêu đề "{vi}", thấy {title}: không phải biểu tự đánh giá của xã'
    ),
    'expected the title "{vi}", found {value}: not a threshold table': (
        'cần tiêu đề "{vi}", thấy {value}: không phải bảng ngưỡng'
    ),
    "expected {value!r} for {what}, found {found} (rows inserted, deleted or moved?)": (
        "cần {value!r} cho {what}, thấy {found} (có hàng bị chèn, xóa hoặc di chuyển?)"
    ),
    "expected {vi!r}, found {value} (rows moved?)": (
        "cần {vi!r}, thấy {value} (có hàng bị di chuyển?)"
    ),
    "expected {what}: rows deleted?": "cần {what}: có hàng bị xóa?",
    "expected one sheet named {wanted} (or {english} in English); found {found}": (
        "cần một trang tính tên {wanted} (hoặc {english} bằng tiếng Anh); thấy {found}"
    ),
    "merged cells (to row {last_row}, column {last_column}) in the table: unmerge them": (
        "bảng có ô gộp (đến hàng {last_row}, cột {last_column}): hãy bỏ gộp ô"
    ),
    "merged cells (to row {merge}) in the table: unmerge them": (
        "bảng có ô gộp (đến hàng {merge}): hãy bỏ gộp ô"
    ),
    "more than {max_members} parts: not a workbook this tool writes": (
        "nhiều hơn {max_members} phần: không phải sổ tính do công cụ này tạo"
    ),
    "more than {max_rows} rows": "nhiều hơn {max_rows} hàng",
    "more than {max_rows} rows: not a commune sheet": (
        "nhiều hơn {max_rows} hàng: không phải biểu tự đánh giá của xã"
    ),
    "more than {most} sheets: not a workbook this tool writes": (
        "nhiều hơn {most} trang tính: không phải sổ tính do công cụ này tạo"
    ),
    "not a worksheet (a chart sheet?)": "không phải trang tính dữ liệu (trang biểu đồ?)",
    "not an Excel workbook (.xlsx): {error}": "không phải sổ tính Excel (.xlsx): {error}",
    "required: fill it in": "bắt buộc: hãy điền vào",
    "required: give the table a short id": "bắt buộc: hãy đặt mã ngắn cho bảng",
    "the part {filename} declares a DTD (not allowed)": (
        "phần {filename} khai báo DTD (không được phép)"
    ),
    "the part {filename} is encrypted": "phần {filename} bị mã hóa",
    "the sheet is for {value}, not {given}: write a new template for it": (
        "biểu này dành cho {value}, không phải {given}: hãy tạo biểu mẫu mới"
    ),
    "the sheet uses more than {max_columns} columns": (
        "trang tính dùng nhiều hơn {max_columns} cột"
    ),
    "too large once uncompressed (the part {filename}); a commune sheet is well under a megabyte": (
        "quá lớn khi giải nén (phần {filename}); một biểu của xã chỉ dưới một megabyte"
    ),
    "unknown rulebook {value}: give the edition or the provincial table (--rulebook)": (
        "bộ tiêu chí không xác định {value}: hãy chỉ rõ bộ tiêu chí hoặc bảng của tỉnh (--rulebook)"
    ),
    "{raw} where a number goes": "{raw} ở ô cần số",
    "{raw} where a number or Đạt / Chưa đạt goes: format the cell as text or number": (
        "{raw} ở ô cần số hoặc Đạt / Chưa đạt: hãy định dạng ô là chữ hoặc số"
    ),
    "{raw} where text goes": "{raw} ở ô cần chữ",
    "{value} is outside the table (it ends at column {column_letter}); remove it": (
        "{value} nằm ngoài bảng (bảng kết thúc ở cột {column_letter}); hãy xóa đi"
    ),
    "{value}: a row below the last indicator (rows added?)": (
        "{value}: hàng nằm dưới chỉ tiêu cuối cùng (có hàng bị thêm?)"
    ),
    "give Đạt / Chưa đạt here or the parts below, not both": (
        "ghi Đạt / Chưa đạt ở đây hoặc ghi các thành phần bên dưới, không ghi cả hai"
    ),
    "an old Excel (.xls) or a password-protected workbook: save it as an unprotected .xlsx": (
        "tệp Excel cũ (.xls) hoặc sổ tính có mật khẩu: hãy lưu thành .xlsx không đặt mật khẩu"
    ),
}

ERRORS.update(
    {
        "unknown field(s): {names}": "trường không xác định: {names}",
        "unknown field(s): {names} and {count} more": (
            "trường không xác định: {names} và {count} trường khác"
        ),
        "invalid value for type {name}: {error}": "giá trị không hợp lệ cho kiểu {name}: {error}",
        "invalid {what}": "{what} không hợp lệ",
        "--chart needs the chart extra: pip install 'ntm-rules[chart]'": (
            "--chart cần gói bổ sung chart: pip install 'ntm-rules[chart]'"
        ),
        # override tables and edition files
        "a {kind} indicator is 'achieved'": "chỉ tiêu loại {kind} có direction là 'achieved'",
        "expected {overrides_schema!r} or {figures_schema!r}": (
            "cần {overrides_schema!r} hoặc {figures_schema!r}"
        ),
        "names the column {code} already named by {other}": ("ghi cột {code} mà {other} đã ghi"),
        "a second {when} value for this column (first at {field}[{first}])": (
            "giá trị thứ hai cho mốc {when} của cột này (giá trị đầu ở {field}[{first}])"
        ),
        "expected a plain number, got {raw}": "cần một số không kèm đơn vị; nhận được {raw}",
        "expected a number in {unit}, got {raw}": "cần một số theo đơn vị {unit}; nhận được {raw}",
        "expected a number of 0 or more, got {raw}": "cần một số từ 0 trở lên; nhận được {raw}",
        # tables for many communes (batch)
        "needs the column {column} beside it; not read": "cần thêm cột {column} bên cạnh; không đọc",
        "{indicator} is given whole in another column; its parts are not read": (
            "{indicator} đã được ghi nguyên ở một cột khác; không đọc các cột thành phần"
        ),
        "repeats the column {first!r}; not read": "lặp lại cột {first!r}; không đọc",
        "column {number} has no heading; not read": "cột {number} không có tiêu đề; không đọc",
        "{reason}; not read": "{reason}; không đọc",
        "the first line, the headings, is empty": "dòng đầu tiên (dòng tiêu đề) trống",
        "the rows cannot be numbered; check the quotes": (
            "không đánh số được các hàng; hãy kiểm tra các dấu nháy"
        ),
        "the workbook unpacks to more than 2 GiB": "sổ tính giải nén ra hơn 2 GiB",
        "the workbook is encrypted": "sổ tính bị mã hóa",
        "the first sheet is empty": "trang tính đầu tiên trống",
        "a number in the sheet, read as {text} (17.10 would be 17.1): type headings as text": (
            "ô tiêu đề là số, đọc thành {text} (17.10 sẽ thành 17.1): hãy nhập tiêu đề dạng chữ"
        ),
        "a formula: enter the value itself": "ô chứa công thức: hãy nhập chính giá trị",
        "the error value {value}: enter the value itself": (
            "ô có giá trị lỗi {value}: hãy nhập chính giá trị"
        ),
        "columns of different lengths: {lengths}": "các cột dài ngắn khác nhau: {lengths}",
        "unknown table format {value}; expected {known}": (
            "định dạng bảng không xác định {value}; cần {known}"
        ),
        "not an Excel .xlsx file": "không phải tệp Excel .xlsx",
        "column names are text, got {name}": "tên cột phải là chữ; nhận được {name}",
        "expected a file path, a pyarrow Table, a mapping of columns or a data frame "
        "(pandas, polars…), got {kind}": (
            "cần đường dẫn tệp, bảng pyarrow, bảng các cột hoặc khung dữ liệu "
            "(pandas, polars…); nhận được {kind}"
        ),
        "not UTF-8 text (byte {start}); save the file as CSV UTF-8": (
            "không phải văn bản UTF-8 (byte {start}); hãy lưu tệp dạng CSV UTF-8"
        ),
        "{count} fields where the header has {expected}; the row is not read": (
            "có {count} trường trong khi dòng tiêu đề có {expected}; không đọc hàng này"
        ),
        "cannot read the CSV ({short})": "không đọc được tệp CSV ({short})",
        "not a readable Excel workbook ({short})": "không phải sổ tính Excel đọc được ({short})",
        "not a Parquet file ({short})": "không phải tệp Parquet ({short})",
        "expected a sequence of values, got {given}": "cần một dãy giá trị; nhận được {given}",
        "the commune's name is required": "cần tên xã",
        "Excel files need the excel extra: pip install 'ntm-rules[excel]'": (
            "tệp Excel cần gói bổ sung excel: pip install 'ntm-rules[excel]'"
        ),
    }
)

ERRORS.update(
    {
        # household reviews (poverty standards, household tables)
        "a household has at least one member (0 given)": "hộ phải có ít nhất một nhân khẩu (ghi 0)",
        "expected a whole number from 0 to {most}, got {raw}": (
            "cần một số nguyên từ 0 đến {most}; nhận được {raw}"
        ),
        "expected an amount of at least 0 VND, got {raw}": (
            "cần số tiền từ 0 đồng trở lên; nhận được {raw}"
        ),
        "expected an area of at least 0 m², got {raw}": (
            "cần diện tích từ 0 m² trở lên; nhận được {raw}"
        ),
        "expected a sample weight greater than 0, got {raw}": (
            "cần quyền số mẫu lớn hơn 0; nhận được {raw}"
        ),
        "{value:g} is more than {bound_name} ({bound:g}), which counts them too ({meaning})": (
            "{value:g} lớn hơn {bound_name} ({bound:g}), vốn đã tính cả số này ({meaning})"
        ),
        "expected yes or no ({words}), got {raw}": "cần có hoặc không ({words}); nhận được {raw}",
        "households are judged on a poverty standard: give --standard": (
            "hộ được xác định theo chuẩn nghèo: hãy dùng --standard"
        ),
        "arguments: give FILE or --example NAME, not both": (
            "tham số: chỉ dùng một trong hai TỆP hoặc --example TÊN"
        ),
        "ntm-rules households needs the batch extra: pip install 'ntm-rules[batch]'": (
            "ntm-rules households cần gói bổ sung batch: pip install 'ntm-rules[batch]'"
        ),
        "household": "hộ",
        "year": "năm",
        "standard": "chuẩn nghèo",
        "the data year is needed to choose the poverty standard": (
            "cần năm số liệu để chọn chuẩn nghèo"
        ),
        "no column names a household fact (see docs/households.md)": (
            "không có cột nào ghi thông tin của hộ (xem docs/households.md)"
        ),
        "unknown column (ignored); the facts are listed in docs/households.md": (
            "cột không xác định (bỏ qua); các thông tin của hộ được liệt kê trong "
            "docs/households.md"
        ),
        "{text!r} is also the household of row {row}": "{text!r} trùng với hộ ở hàng {row}",
        "{given!r} is not the review's year {year}: classified under {standard}": (
            "{given!r} không phải năm rà soát {year}: đã phân loại theo {standard}"
        ),
        "expected a mapping of the household's facts": (
            "cần bảng khóa–giá trị các thông tin của hộ"
        ),
        "unknown field": "trường không xác định",
        "{stated!r} given, but the members list gives {count}": (
            "ghi {stated!r}, nhưng danh sách nhân khẩu cho ra {count}"
        ),
        "a second column for this fact (ignored)": "cột thứ hai cho cùng thông tin này (bỏ qua)",
        "no rule {key!r}; known: {known}": (
            "không có quy tắc {key!r}; các quy tắc đã biết: {known}"
        ),
        "{key!r} appears twice": "{key!r} xuất hiện hai lần",
        "no poverty standard is shipped for {year} (covered: {spans})": (
            "chưa có chuẩn nghèo cho năm {year} (các giai đoạn đã có: {spans})"
        ),
        "no standard {source!r}; shipped: {known}": (
            "không có chuẩn nghèo {source!r}; các chuẩn có sẵn: {known}"
        ),
        "expected words of {words}": "cần các từ trong {words}",
        # what a household count is bounded by (the facts' meanings, in messages)
        "members unemployed or working for wages without a labour contract": (
            "số nhân khẩu thất nghiệp hoặc làm công hưởng lương không có hợp đồng lao động"
        ),
        "dependants (as the review counts them)": "số người phụ thuộc (theo cách tính khi rà soát)",
        "children under 16": "số trẻ em dưới 16 tuổi",
        "malnourished children under 16": "số trẻ em dưới 16 tuổi bị suy dinh dưỡng",
        "members aged 6 or over": "số nhân khẩu từ 6 tuổi trở lên",
        "members aged 6 or over without health insurance": (
            "số nhân khẩu từ 6 tuổi trở lên không có bảo hiểm y tế"
        ),
        "members aged 16 to 30": "số nhân khẩu từ 16 đến 30 tuổi",
        "members aged 16–30 neither in training nor holding the qualification for their age": (
            "số nhân khẩu 16–30 tuổi không đi học và không có trình độ phù hợp với độ tuổi"
        ),
        "children aged 3 to under 16": "số trẻ em từ 3 đến dưới 16 tuổi",
        "children aged 3 to under 16 at the school level for their age": (
            "số trẻ em từ 3 đến dưới 16 tuổi đi học đúng cấp học theo độ tuổi"
        ),
        "members who use internet services": "số nhân khẩu sử dụng dịch vụ internet",
        # schemas and sealed evaluation documents
        "{name} document (schema {id})": "tài liệu {name} (lược đồ {id})",
        "expected a number, true/false or null, got {value}": (
            "cần một số, đúng/sai (true/false) hoặc rỗng (null); nhận được {value}"
        ),
        "no seal: the document was written before documents were sealed": (
            "không có dấu niêm phong: tài liệu được ghi trước khi tài liệu có niêm phong"
        ),
        "expected the profile judged and verified_only": (
            "cần hồ sơ xã đã được đánh giá và trường verified_only"
        ),
        "expected {schema!r}, got {found}": "cần {schema!r}; nhận được {found}",
        "expected the rulebook's id": "cần mã của bộ tiêu chí",
        "judged on {name}, which is not shipped: give that rulebook "
        "(its edition file or provincial table) with --rulebook": (
            "đã đánh giá theo {name}, bộ tiêu chí này không có sẵn: hãy cung cấp bộ tiêu chí "
            "đó (tệp bộ tiêu chí hoặc bảng của tỉnh) bằng --rulebook"
        ),
        "the content does not match the fingerprint: the document was edited after it "
        "was written (ntm-rules verify lists what differs)": (
            "nội dung không khớp với dấu vân tay: tài liệu đã bị sửa sau khi được ghi "
            "(ntm-rules verify liệt kê các chỗ khác nhau)"
        ),
        # the web service
        "give the table as rows (a list of objects) or csv": (
            "cần bảng dạng rows (danh sách đối tượng) hoặc csv"
        ),
        "expected the CSV table as text": "cần bảng CSV dạng chữ",
        "expected a list of objects, one per commune": (
            "cần danh sách đối tượng, mỗi xã một đối tượng"
        ),
        "expected an object: column → value": "cần một đối tượng: cột → giá trị",
        "expected text, a number, a boolean or null": (
            "cần chữ, số, giá trị đúng/sai hoặc rỗng (null)"
        ),
        "ntm-rules serve needs the service extra: pip install 'ntm-rules[service]'": (
            "ntm-rules serve cần gói bổ sung service: pip install 'ntm-rules[service]'"
        ),
        "expected 0 to 65535, got {port}": "cần số từ 0 đến 65535; nhận được {port}",
        "must be at least 1 byte, got {max_body}": "phải từ 1 byte trở lên; nhận được {max_body}",
        "must be at least 1 row, got {max_rows}": "phải từ 1 dòng trở lên; nhận được {max_rows}",
        "an empty token would let anyone in": (
            "mã truy cập (token) rỗng sẽ cho phép bất kỳ ai truy cập"
        ),
        "two rulebooks have id {id!r}": "hai bộ tiêu chí có cùng mã {id!r}",
        "a plan is checked against a shipped edition or a table derived from one": (
            "kế hoạch chỉ được đối chiếu với bộ tiêu chí có sẵn hoặc bảng xây dựng từ bộ đó"
        ),
        "expected the id of the plan's rulebook (text)": (
            "cần mã bộ tiêu chí của kế hoạch (dạng chữ)"
        ),
        "plan": "kế hoạch",
        "body": "nội dung yêu cầu (body)",
        "expected a review document with a list of households": (
            "cần tài liệu rà soát có danh sách hộ"
        ),
        "expected {expected}, got {got}": "cần {expected}; nhận được {got}",
        "at most {most} entries, got {count}": "tối đa {most} mục; nhận được {count}",
        "not UTF-8 text (byte {start})": "không phải văn bản UTF-8 (byte {start})",
        "one of {choices}": "một trong {choices}",
        "expected one of {choices}": "cần một trong {choices}",
        "a non-empty list of texts": "một danh sách chữ không rỗng",
        "an object": "một đối tượng",
        "a boolean": "giá trị đúng/sai",
        "text": "chữ",
        "nothing": "không có gì",
        "none": "không có",
        "expected application/json, got {media}": "cần application/json; nhận được {media}",
        "expected application/json or text/csv, got {media}": (
            "cần application/json hoặc text/csv; nhận được {media}"
        ),
        "with a JSON body, give the options in the body": (
            "khi gửi nội dung JSON, hãy ghi các tùy chọn trong nội dung"
        ),
        "unknown parameter; known: rulebook, tier, verified_only": (
            "tham số không xác định; các tham số đã biết: rulebook, tier, verified_only"
        ),
        "unknown rulebook {name!r}; see GET /rulebooks": (
            "bộ tiêu chí không xác định {name!r}; xem GET /rulebooks"
        ),
        "expected a rulebook id (text) or an inline edition or override table (an object)": (
            "cần mã bộ tiêu chí (dạng chữ) hoặc bộ tiêu chí hay bảng điều chỉnh ghi trực tiếp "
            "(một đối tượng)"
        ),
        # edition workbooks
        "a second sheet; expected {expected}": "trang tính thứ hai cùng loại; cần {expected}",
        "an unknown sheet; expected {expected}": "trang tính không xác định; cần {expected}",
        "merged cells: unmerge them (the workbook holds tables)": (
            "ô bị gộp: hãy bỏ gộp ô (sổ tính chứa các bảng)"
        ),
        'no sheet "{vi}" (or "{en}")': 'không có trang tính "{vi}" (hoặc "{en}")',
        "unknown or repeated heading {text}; expected {expected}": (
            "tiêu đề không xác định hoặc bị lặp {text}; cần {expected}"
        ),
        'no column "{vi}" (or "{en}")': 'không có cột "{vi}" (hoặc "{en}")',
        "{raw} is a number cell, which drops trailing zeros (17.10 becomes 17.1): "
        "format the cell as text": (
            "{raw} là ô dạng số, làm mất số 0 ở cuối (17.10 thành 17.1): "
            "hãy định dạng ô là chữ (Text)"
        ),
        "unknown key {key}; use one of {known}": (
            "khóa không xác định {key}; hãy dùng một trong {known}"
        ),
        "the criterion's id is required": "cần mã của tiêu chí",
        "differs from the criterion's first row ({first})": (
            "khác với hàng đầu tiên của tiêu chí ({first})"
        ),
        '{indicator} is not an indicator of the sheet "{sheet}"': (
            '{indicator} không phải là chỉ tiêu của trang tính "{sheet}"'
        ),
        "the column's code is required": "cần mã của cột",
        "expected a figure, got {raw}: format the cell as a number or text": (
            "cần một số liệu; nhận được {raw}: hãy định dạng ô là số hoặc chữ"
        ),
    }
)

HELP = {
    # the command line's help (argparse's own "usage:" stays English)
    "Evaluate communes against Vietnam's NTM criteria.": (
        "Đánh giá xã theo Bộ tiêu chí quốc gia về xã nông thôn mới."
    ),
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "evaluate a commune profile": "đánh giá hồ sơ một xã",
    "the full reasoning for indicators": "giải thích đầy đủ cách đánh giá các chỉ tiêu",
    "list criteria, indicators and thresholds": "liệt kê tiêu chí, chỉ tiêu và ngưỡng",
    "a blank commune sheet to fill (xlsx, csv)": "biểu tự đánh giá của xã để điền (xlsx, csv)",
    "what changes between two editions": "những thay đổi giữa hai bộ tiêu chí",
    "commune plans: targets, funding, ownership": (
        "kế hoạch của xã: mục tiêu, nguồn vốn, đơn vị chủ trì"
    ),
    "evaluate a table of communes (CSV, Excel or Parquet)": (
        "đánh giá một bảng nhiều xã (CSV, Excel hoặc Parquet)"
    ),
    "classify a household review (poverty, income)": "phân loại kết quả rà soát hộ (nghèo, thu nhập)",
    "recognition and revocation of NTM status (18/2022/QĐ-TTg)": (
        "công nhận và thu hồi quyết định công nhận xã đạt chuẩn (18/2022/QĐ-TTg)"
    ),
    "the JSON Schema of a document (without NAME: list them)": (
        "lược đồ JSON Schema của một tài liệu (không ghi TÊN: liệt kê các lược đồ)"
    ),
    "check a stored evaluation document: intact, and still the same result": (
        "kiểm tra tài liệu kết quả đã lưu: còn nguyên vẹn và vẫn cho cùng kết quả"
    ),
    "an HTTP service for apps in any language (the service extra)": (
        "dịch vụ HTTP cho ứng dụng viết bằng bất kỳ ngôn ngữ nào (gói bổ sung service)"
    ),
    "the shell completion script (shtab)": "tập lệnh tự hoàn thành cho shell (shtab)",
    "a profile (YAML or JSON)": "hồ sơ xã (YAML hoặc JSON)",
    "the file to write (standard output without)": "tệp cần ghi (không có thì in ra màn hình)",
    "also list every indicator": "liệt kê thêm từng chỉ tiêu",
    "with --tier model: smart villages, standout field (YAML/JSON)": (
        "với --tier model: thôn thông minh, lĩnh vực nổi trội (YAML/JSON)"
    ),
    "exit 3 if the verdict is not met (or, with cannot-conclude, not met either way)": (
        "thoát với mã 3 nếu kết luận là không đạt (hoặc, với cannot-conclude, "
        "cả khi chưa đủ căn cứ kết luận)"
    ),
    "wrap tables to this many columns (default 100)": "ngắt bảng theo số cột này (mặc định 100)",
    "an edition (id or short name), an edition file or an override table (YAML/JSON)": (
        "bộ tiêu chí (mã hoặc tên ngắn), tệp bộ tiêu chí hoặc bảng ngưỡng của tỉnh (YAML/JSON)"
    ),
    "a shipped edition, e.g. 2021-2025 (default: by year)": (
        "bộ tiêu chí có sẵn, ví dụ 2021-2025 (mặc định: theo năm)"
    ),
    "which set of the period (default: basic)": "tập tiêu chí của giai đoạn (mặc định: basic)",
    "an embedded example: thu-lum-2020, thu-lum-2025, thu-lum-2025-advanced, thu-lum-2026": (
        "ví dụ có sẵn: thu-lum-2020, thu-lum-2025, thu-lum-2025-advanced, thu-lum-2026"
    ),
    "treat thresholds no public source confirms as unknown": (
        "coi các ngưỡng chưa có nguồn công khai xác nhận là chưa biết"
    ),
    "a profile and an indicator id": "hồ sơ xã và mã chỉ tiêu",
    "template: write the edition file": "template: ghi tệp bộ tiêu chí mẫu",
    "with template: the file to write": "với template: tệp cần ghi",
    "only this column (a region or a group)": "chỉ cột này (một vùng hoặc một nhóm)",
    "the thresholds in force that year": "các ngưỡng áp dụng trong năm đó",
    "the sheet to write": "biểu cần ghi",
    "default: by extension": "mặc định: theo phần mở rộng của tệp",
    "the commune's region or group": "vùng hoặc nhóm của xã",
    "the data year": "năm số liệu",
    "a profile, to see the changes for it": "hồ sơ xã, để xem các thay đổi đối với xã",
    "the older edition": "bộ tiêu chí cũ",
    "the newer edition": "bộ tiêu chí mới",
    "print a plan and its summary": "in kế hoạch và phần tóm tắt",
    "a plan against a commune profile": "đối chiếu kế hoạch với hồ sơ xã",
    "a plan (YAML or JSON)": "kế hoạch (YAML hoặc JSON)",
    "an embedded example: thu-lum-2025": "ví dụ có sẵn: thu-lum-2025",
    "a commune profile (YAML or JSON)": "hồ sơ xã (YAML hoặc JSON)",
    "the embedded example plan and profile: thu-lum-2025": (
        "kế hoạch và hồ sơ ví dụ có sẵn: thu-lum-2025"
    ),
    "one row per commune: CSV, .xlsx or .parquet": "mỗi xã một hàng: CSV, .xlsx hoặc .parquet",
    "the results: .csv, .tsv or .parquet (each other view beside it) or .xlsx "
    "(one sheet per view)": (
        "kết quả: .csv, .tsv hoặc .parquet (các bảng khác ghi bên cạnh) hoặc .xlsx "
        "(mỗi bảng một trang tính)"
    ),
    "any bad row or column: exit 2, write nothing": (
        "có hàng hoặc cột lỗi: thoát với mã 2, không ghi gì"
    ),
    "no progress bar": "không hiện thanh tiến độ",
    "also draw the criteria-met distribution and per-criterion rates (chart extra)": (
        "vẽ thêm phân bố số tiêu chí đạt và tỷ lệ đạt từng tiêu chí (gói bổ sung chart)"
    ),
    "vector (NumPy) or scalar (one profile at a time); auto: vector for large tables": (
        "vector (NumPy) hoặc scalar (từng hồ sơ một); auto: vector cho bảng lớn"
    ),
    "vector (NumPy) or scalar": "vector (NumPy) hoặc scalar",
    "whether a commune can be recognised: the four conditions": (
        "xã có đủ điều kiện được công nhận không: bốn điều kiện"
    ),
    "whether a recognised commune's recognition must be revoked": (
        "có phải thu hồi quyết định công nhận của xã đã đạt chuẩn không"
    ),
    "satisfaction, construction debt, security, tier, recognised (YAML or JSON; "
    "default: not known)": (
        "mức độ hài lòng, nợ đọng xây dựng cơ bản, an ninh, cấp độ, đã công nhận "
        "(YAML hoặc JSON; mặc định: chưa biết)"
    ),
    "a rules file laid over the shipped 18/2022 rules, e.g. with the commune "
    "satisfaction threshold": (
        "tệp quy tắc bổ sung cho quy tắc 18/2022 có sẵn, ví dụ ngưỡng mức độ hài lòng của xã"
    ),
    "a schema name, e.g. evaluation or profile": "tên lược đồ, ví dụ evaluation hoặc profile",
    "an evaluation document (JSON or YAML)": "tài liệu kết quả đánh giá (JSON hoặc YAML)",
    "the language of the output, the help and the errors (default: vi for the output)": (
        "ngôn ngữ của kết quả, hướng dẫn và thông báo lỗi (mặc định: tiếng Việt cho kết quả)"
    ),
    "the language of the output (default vi)": "ngôn ngữ của kết quả (mặc định: tiếng Việt)",
}
