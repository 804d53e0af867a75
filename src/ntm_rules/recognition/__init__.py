"""Recognition and revocation of a commune's NTM status under QĐ 18/2022/QĐ-TTg.

A commune is recognised (NTM, advanced or model alike) only if all four conditions hold:
it meets every criterion of the relevant set, its residents' satisfaction meets the required
rate, it has no outstanding basic-construction debt under the programme, and it is not
"complex" in security and order. A recognised commune's recognition is revoked when 50 % or
more of its criteria fail, or 30 % to under 50 % fail including a key criterion.

Every figure (the two revocation shares, the key criteria, the commune satisfaction rate,
which is **unknown**) is data, in ``data/recognition-18-2022.yaml``, each with its citation
and verification status; :func:`load_recognition_rules` reads a user's file of the same
shape. Results carry codes and numbers; :func:`describe` renders them for people, and
:func:`recognition_document` / :func:`revocation_document` as JSON-able documents.

Unknown criteria are never guessed: a revocation is decided only when the outcome is the
same however they turn out, and otherwise names the criteria that decide it.

The modules, one job each: ``codes`` (the enumerations), ``facts`` (the facts and their
loader), ``rules`` (the rules data and its loader), ``results`` (what is decided),
``evaluated`` (what both tests read from an evaluation), ``recognise``
(:func:`assess_recognition`), ``revoke`` (:func:`assess_revocation`), ``documents`` (JSON),
``text`` (:func:`describe`) and ``cli`` (``ntm-rules recognition``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ntm_rules._lazy import lazy_exports

if TYPE_CHECKING:
    from ntm_rules.recognition.codes import (
        Comparison,
        ConditionCode,
        ConditionReason,
        RecognitionOutcome,
        RevocationOutcome,
        Security,
        Tier,
    )
    from ntm_rules.recognition.documents import (
        RECOGNITION_SCHEMA,
        REVOCATION_SCHEMA,
        recognition_document,
        revocation_document,
    )
    from ntm_rules.recognition.facts import (
        FACTS_SCHEMA,
        ConstructionDebt,
        RecognitionFacts,
        Satisfaction,
        load_recognition_facts,
    )
    from ntm_rules.recognition.recognise import assess_recognition
    from ntm_rules.recognition.results import (
        Condition,
        CriteriaCount,
        Fact,
        RecognitionResult,
        RevocationResult,
    )
    from ntm_rules.recognition.revoke import assess_revocation
    from ntm_rules.recognition.rules import (
        RULES_SCHEMA,
        Figure,
        KeyCriteria,
        RecognitionRules,
        Rule,
        TierRules,
        load_recognition_rules,
        shipped_rules,
    )
    from ntm_rules.recognition.text import describe

_HOMES = {
    "Comparison": "ntm_rules.recognition.codes",
    "ConditionCode": "ntm_rules.recognition.codes",
    "ConditionReason": "ntm_rules.recognition.codes",
    "RecognitionOutcome": "ntm_rules.recognition.codes",
    "RevocationOutcome": "ntm_rules.recognition.codes",
    "Security": "ntm_rules.recognition.codes",
    "Tier": "ntm_rules.recognition.codes",
    "RECOGNITION_SCHEMA": "ntm_rules.recognition.documents",
    "REVOCATION_SCHEMA": "ntm_rules.recognition.documents",
    "recognition_document": "ntm_rules.recognition.documents",
    "revocation_document": "ntm_rules.recognition.documents",
    "FACTS_SCHEMA": "ntm_rules.recognition.facts",
    "ConstructionDebt": "ntm_rules.recognition.facts",
    "RecognitionFacts": "ntm_rules.recognition.facts",
    "Satisfaction": "ntm_rules.recognition.facts",
    "load_recognition_facts": "ntm_rules.recognition.facts",
    "assess_recognition": "ntm_rules.recognition.recognise",
    "Condition": "ntm_rules.recognition.results",
    "CriteriaCount": "ntm_rules.recognition.results",
    "Fact": "ntm_rules.recognition.results",
    "RecognitionResult": "ntm_rules.recognition.results",
    "RevocationResult": "ntm_rules.recognition.results",
    "assess_revocation": "ntm_rules.recognition.revoke",
    "RULES_SCHEMA": "ntm_rules.recognition.rules",
    "Figure": "ntm_rules.recognition.rules",
    "KeyCriteria": "ntm_rules.recognition.rules",
    "RecognitionRules": "ntm_rules.recognition.rules",
    "Rule": "ntm_rules.recognition.rules",
    "TierRules": "ntm_rules.recognition.rules",
    "load_recognition_rules": "ntm_rules.recognition.rules",
    "shipped_rules": "ntm_rules.recognition.rules",
    "describe": "ntm_rules.recognition.text",
}
"""Each public name and its module: the 18/2022 rules load when first used."""

__getattr__ = lazy_exports(__name__, _HOMES)

__all__ = [
    "FACTS_SCHEMA",
    "RECOGNITION_SCHEMA",
    "REVOCATION_SCHEMA",
    "RULES_SCHEMA",
    "Comparison",
    "Condition",
    "ConditionCode",
    "ConditionReason",
    "ConstructionDebt",
    "CriteriaCount",
    "Fact",
    "Figure",
    "KeyCriteria",
    "RecognitionFacts",
    "RecognitionOutcome",
    "RecognitionResult",
    "RecognitionRules",
    "RevocationOutcome",
    "RevocationResult",
    "Rule",
    "Satisfaction",
    "Security",
    "Tier",
    "TierRules",
    "assess_recognition",
    "assess_revocation",
    "describe",
    "load_recognition_facts",
    "load_recognition_rules",
    "recognition_document",
    "revocation_document",
    "shipped_rules",
]
