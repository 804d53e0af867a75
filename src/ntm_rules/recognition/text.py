"""Results for people: :func:`describe` in Vietnamese or English."""

from __future__ import annotations

import enum
from collections.abc import Callable
from fractions import Fraction

from ntm_rules.citations import Verification
from ntm_rules.recognition.codes import (
    ConditionCode,
    ConditionReason,
    RecognitionOutcome,
    RevocationOutcome,
    Tier,
)
from ntm_rules.recognition.results import (
    Condition,
    CriteriaCount,
    FactValue,
    RecognitionResult,
    RevocationResult,
)
from ntm_rules.results import Verdict

_OUTCOMES: dict[str, dict[enum.Enum, str]] = {
    "vi": {
        RecognitionOutcome.CAN_BE_RECOGNISED: "đủ điều kiện công nhận",
        RecognitionOutcome.CANNOT_BE_RECOGNISED: "chưa đủ điều kiện công nhận",
        RecognitionOutcome.CANNOT_CONCLUDE: "chưa kết luận được",
        RevocationOutcome.REVOKE: "phải thu hồi quyết định công nhận",
        RevocationOutcome.KEEP: "giữ quyết định công nhận",
        RevocationOutcome.CANNOT_CONCLUDE: "chưa kết luận được",
        RevocationOutcome.NOT_APPLICABLE: "không áp dụng (xã chưa được công nhận)",
    },
    "en": {
        RecognitionOutcome.CAN_BE_RECOGNISED: "can be recognised",
        RecognitionOutcome.CANNOT_BE_RECOGNISED: "cannot be recognised",
        RecognitionOutcome.CANNOT_CONCLUDE: "cannot conclude",
        RevocationOutcome.REVOKE: "recognition must be revoked",
        RevocationOutcome.KEEP: "recognition stands",
        RevocationOutcome.CANNOT_CONCLUDE: "cannot conclude",
        RevocationOutcome.NOT_APPLICABLE: "not applicable (the commune is not recognised)",
    },
}
_TIERS = {
    "vi": {Tier.BASIC: "xã NTM", Tier.ADVANCED: "xã NTM nâng cao", Tier.MODEL: "xã NTM kiểu mẫu"},
    "en": {Tier.BASIC: "basic", Tier.ADVANCED: "advanced", Tier.MODEL: "model"},
}
_STATUS = {
    "vi": {
        Verdict.MET: "đạt",
        Verdict.NOT_MET: "không đạt",
        Verdict.CANNOT_CONCLUDE: "chưa kết luận được",
    },
    "en": {
        Verdict.MET: "met",
        Verdict.NOT_MET: "not met",
        Verdict.CANNOT_CONCLUDE: "cannot conclude",
    },
}
_GROUND_STATUS = {
    "vi": {
        Verdict.MET: "có",
        Verdict.NOT_MET: "không",
        Verdict.CANNOT_CONCLUDE: "chưa kết luận được",
    },
    "en": {
        Verdict.MET: "applies",
        Verdict.NOT_MET: "does not apply",
        Verdict.CANNOT_CONCLUDE: "cannot conclude",
    },
}
_LABELS = {
    "vi": {
        ConditionCode.CRITERIA_MET: "Đạt đủ các tiêu chí của bộ tiêu chí",
        ConditionCode.SATISFACTION: "Tỷ lệ người dân hài lòng đạt yêu cầu",
        ConditionCode.NO_CONSTRUCTION_DEBT: "Không có nợ đọng xây dựng cơ bản",
        ConditionCode.SECURITY_NOT_COMPLEX: "Không phải địa bàn phức tạp về an ninh, trật tự",
        ConditionCode.HALF_OR_MORE_FAILING: "Từ {half} % số tiêu chí trở lên không đạt",
        ConditionCode.SHARE_WITH_KEY_FAILING: "Từ {key} % đến dưới {half} % số tiêu chí không đạt, có tiêu chí then chốt",
    },
    "en": {
        ConditionCode.CRITERIA_MET: "Every criterion of the set met",
        ConditionCode.SATISFACTION: "Residents' satisfaction meets the requirement",
        ConditionCode.NO_CONSTRUCTION_DEBT: "No outstanding basic-construction debt",
        ConditionCode.SECURITY_NOT_COMPLEX: "Not complex in security and order",
        ConditionCode.HALF_OR_MORE_FAILING: "{half} % or more of the criteria fail",
        ConditionCode.SHARE_WITH_KEY_FAILING: "{key} % to under {half} % fail, including a key criterion",
    },
}
_WORDS = {
    "vi": {
        "recognition": "Xét công nhận theo {instrument} ({tier})",
        "revocation": "Thu hồi quyết định công nhận theo {instrument} ({tier})",
        "no_fact": "chưa có thông tin",
        "unknown_threshold": "chưa biết ngưỡng cấp xã (cần văn bản gốc hoặc hướng dẫn; nhập qua tệp quy tắc)",
        "against": "so với",
        "failing": "tiêu chí không đạt",
        "unknown": "chưa đánh giá được",
        "all_met": "tất cả {total} tiêu chí đạt",
        "set": "đã đánh giá theo bộ {rulebook}; hạng này cần bộ {expected}",
        "not_shipped": "chưa có trong thư viện",
        "debt_yes": "còn nợ đọng",
        "debt_no": "không còn nợ đọng",
        "complex": "địa bàn phức tạp",
        "not_complex": "không phức tạp",
        "of": "trên",
        "needs": "cần {needed}/{total}",
        "key": "tiêu chí then chốt {keys}",
        "key_failing": "không đạt: {ids}",
        "key_unknown": "chưa đánh giá: {ids}",
        "blocking": "Điều kiện chưa đạt hoặc chưa kết luận: {codes}",
        "deciding": "Tiêu chí quyết định kết quả: {ids}",
        "whatever": "Kết luận không đổi dù {count} tiêu chí chưa đánh giá đạt hay không đạt.",
        "assumed": "Giả định xã đã được công nhận (chưa khai báo).",
        "unverified": "Lưu ý: kết luận dựa trên ngưỡng chưa được kiểm chứng.",
        "none": "không có",
        "threshold_unverified": "ngưỡng chưa kiểm chứng",
    },
    "en": {
        "recognition": "Recognition under {instrument} ({tier} tier)",
        "revocation": "Revocation under {instrument} ({tier} tier)",
        "no_fact": "not known",
        "unknown_threshold": "the commune threshold is unknown (supply it in a rules file)",
        "against": "against",
        "failing": "failing criteria",
        "unknown": "not assessed",
        "all_met": "all {total} criteria met",
        "set": "evaluated against {rulebook}; this tier needs {expected}",
        "not_shipped": "an edition not shipped yet",
        "debt_yes": "debt outstanding",
        "debt_no": "no debt outstanding",
        "complex": "complex",
        "not_complex": "not complex",
        "of": "of",
        "needs": "needs {needed} of {total}",
        "key": "key criteria {keys}",
        "key_failing": "failing: {ids}",
        "key_unknown": "not assessed: {ids}",
        "blocking": "Blocking conditions: {codes}",
        "deciding": "Criteria that decide the outcome: {ids}",
        "whatever": "Decided however the {count} unassessed criteria turn out.",
        "assumed": "Recognition assumed (not stated).",
        "unverified": "Note: the conclusion rests on unverified thresholds.",
        "none": "none",
        "threshold_unverified": "threshold unverified",
    },
}


def _percent_text(value: Fraction, lang: str) -> str:
    """A percentage for people, one decimal at most: 6/19 of 100 → ``31.6`` (vi ``31,6``)."""
    text = f"{float(value):.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "vi" else text


def _list(ids: FactValue, lang: str) -> str:
    if isinstance(ids, tuple) and ids:
        return ", ".join(ids)
    return _WORDS[lang]["none"]


def describe(result: RecognitionResult | RevocationResult, lang: str = "vi") -> list[str]:
    """The result as lines for people, in Vietnamese (``"vi"``) or English (``"en"``).

    Examples:
        >>> import ntm_rules
        >>> from ntm_rules.recognition import assess_recognition
        >>> evaluation = ntm_rules.evaluate(ntm_rules.load_profile(
        ...     {"commune": "A", "region": "TN", "year": 2024, "values": {"3.1": 10}}))
        >>> describe(assess_recognition(evaluation), "en")[0]
        'Recognition under 18/2022/QĐ-TTg (basic tier): cannot be recognised'
    """
    lang = "en" if lang == "en" else "vi"
    words = _WORDS[lang]
    revocation = isinstance(result, RevocationResult)
    head = words["revocation" if revocation else "recognition"].format(
        instrument=result.instrument, tier=_TIERS[lang][result.tier]
    )
    lines = [f"{head}: {_OUTCOMES[lang][result.outcome]}"]
    labels = {"half": "50", "key": "30"}
    if isinstance(result, RevocationResult):
        figures = {f.key: f for c in result.conditions for f in c.figures}
        for name, key in (("half", "revocation_share"), ("key", "revocation_share_with_key")):
            value = figures[key].value
            labels[name] = _percent_text(value, lang) if value is not None else "?"
        if result.counts is not None:
            lines.append(_counts_line(result.counts, lang))
    statuses = _GROUND_STATUS if revocation else _STATUS
    for condition in result.conditions:
        label = _LABELS[lang][condition.code].format(**labels)
        detail = _detail(condition, lang)
        text = f"  [{statuses[lang][condition.status]}] {label}"
        lines.append(f"{text}: {detail}" if detail else text)
    if isinstance(result, RecognitionResult) and result.blocking:
        lines.append(words["blocking"].format(codes=", ".join(c.value for c in result.blocking)))
    if isinstance(result, RevocationResult):
        if result.deciding:
            lines.append(words["deciding"].format(ids=", ".join(result.deciding)))
        elif result.counts is not None and result.counts.unknown:
            lines.append(words["whatever"].format(count=len(result.counts.unknown)))
        if result.recognised is None:
            lines.append(words["assumed"])
    if result.rests_on_unverified:
        lines.append(words["unverified"])
    return lines


def _counts_line(counts: CriteriaCount, lang: str) -> str:
    words = _WORDS[lang]
    share = _percent_text(counts.failing_share * 100, lang)
    text = (
        f"  {words['failing']}: {len(counts.failing)} {words['of']} {counts.total} "
        f"({share} %): {_list(counts.failing, lang)}"
    )
    if counts.unknown:
        text += f"; {words['unknown']}: {_list(counts.unknown, lang)}"
    return text


def _detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    if condition.reason is ConditionReason.SET_NOT_EVALUATED:
        expected = condition.fact("expected_rulebooks")
        shown = (
            ", ".join(expected)
            if isinstance(expected, tuple) and expected
            else words["not_shipped"]
        )
        return words["set"].format(rulebook=condition.fact("rulebook"), expected=shown)
    if condition.reason is ConditionReason.NO_FACT:
        return words["no_fact"]
    return _DETAILS[condition.code](condition, lang)


def _criteria_detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    if condition.reason is ConditionReason.ALL_CRITERIA_MET:
        return words["all_met"].format(total=condition.fact("criteria_total"))
    text = f"{words['failing']}: {_list(condition.fact('failing'), lang)}"
    if condition.fact("unknown"):
        text += f"; {words['unknown']}: {_list(condition.fact('unknown'), lang)}"
    return text


def _debt_detail(condition: Condition, lang: str) -> str:
    return _WORDS[lang]["debt_yes" if condition.fact("construction_debt") else "debt_no"]


def _security_detail(condition: Condition, lang: str) -> str:
    return _WORDS[lang][str(condition.fact("security"))]


def _half_detail(condition: Condition, lang: str) -> str:
    needed, total = condition.fact("needed_for_half"), condition.fact("criteria_total")
    return _WORDS[lang]["needs"].format(needed=needed, total=total)


def _key_detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    needed, total = condition.fact("needed_with_key"), condition.fact("criteria_total")
    text = words["needs"].format(needed=needed, total=total)
    keys = condition.key_criteria.criteria if condition.key_criteria else ()
    text += f"; {words['key'].format(keys=', '.join(keys))}"
    text += f", {words['key_failing'].format(ids=_list(condition.fact('key_failing'), lang))}"
    if condition.fact("key_unknown"):
        text += f", {words['key_unknown'].format(ids=_list(condition.fact('key_unknown'), lang))}"
    return text


def _satisfaction_detail(condition: Condition, lang: str) -> str:
    words = _WORDS[lang]
    percent = condition.fact("satisfaction_percent")
    shown = _percent_text(Fraction(repr(percent)), lang) if isinstance(percent, float) else "?"
    text = f"{shown} %"
    satisfied, surveyed = condition.fact("satisfied"), condition.fact("surveyed")
    if surveyed is not None:
        text += f" ({satisfied}/{surveyed})"
    figure = condition.figures[0]
    if figure.value is None:
        return f"{text}; {words['unknown_threshold']}"
    bound = f"{figure.comparison.symbol} {_percent_text(figure.value, lang)} %"
    text += f" {words['against']} {bound}"
    if figure.verification is Verification.UNVERIFIED:
        text += f"; {words['threshold_unverified']}"
    return text


_DETAILS: dict[ConditionCode, Callable[[Condition, str], str]] = {
    ConditionCode.CRITERIA_MET: _criteria_detail,
    ConditionCode.SATISFACTION: _satisfaction_detail,
    ConditionCode.NO_CONSTRUCTION_DEBT: _debt_detail,
    ConditionCode.SECURITY_NOT_COMPLEX: _security_detail,
    ConditionCode.HALF_OR_MORE_FAILING: _half_detail,
    ConditionCode.SHARE_WITH_KEY_FAILING: _key_detail,
}
