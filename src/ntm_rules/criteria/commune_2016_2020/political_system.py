"""Criterion 18: Hệ thống chính trị và tiếp cận pháp luật (Political system and access to law).

1980/QĐ-TTg, tiêu chí 18: six indicators (T30, three Báo Vĩnh Long articles, 2018-2021).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import POLITICAL_SYSTEM
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion

_ONE_PUBLISHER = "Pass/fail (T30: three articles, one publisher)."


class OfficialsMeetStandards(AchievedIndicator):
    """Indicator 18.1: must be achieved.

    Commune officials meet standards.
    """

    id = "18.1"
    name_vi = "Cán bộ, công chức xã đạt chuẩn"
    name_en = "Commune officials meet standards"
    notes = _ONE_PUBLISHER


class PoliticalOrganisationsPresent(AchievedIndicator):
    """Indicator 18.2: must be achieved.

    All grassroots political-system organisations present.
    """

    id = "18.2"
    name_vi = "Có đủ các tổ chức trong hệ thống chính trị cơ sở theo quy định"
    name_en = "All grassroots political-system organisations present"
    notes = _ONE_PUBLISHER


class PartyAndGovernmentRating(AchievedIndicator):
    """Indicator 18.3: must be achieved.

    Party committee and government "clean and strong".
    """

    id = "18.3"
    name_vi = 'Đảng bộ, chính quyền xã đạt tiêu chuẩn "trong sạch, vững mạnh"'
    name_en = 'Party committee and government "clean and strong"'
    notes = _ONE_PUBLISHER


class MassOrganisationsRating(AchievedIndicator):
    """Indicator 18.4: must be achieved.

    Socio-political organisations rated "khá" or better.
    """

    id = "18.4"
    name_vi = "Tổ chức chính trị - xã hội của xã đạt loại khá trở lên"
    name_en = 'Socio-political organisations rated "khá" or better'
    notes = _ONE_PUBLISHER


class AccessToLaw(AchievedIndicator):
    """Indicator 18.5: must be achieved.

    Commune meets the access-to-law standard.
    """

    id = "18.5"
    name_vi = "Xã đạt chuẩn tiếp cận pháp luật theo quy định"
    name_en = "Commune meets access-to-law standard"
    notes = _ONE_PUBLISHER + " No checklist score band is known for this set."


class GenderEqualityAndProtection(AchievedIndicator):
    """Indicator 18.6: must be achieved.

    Gender equality, domestic-violence prevention, protection of vulnerable people.
    """

    id = "18.6"
    name_vi = (
        "Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; bảo vệ và hỗ trợ những người "
        "dễ bị tổn thương trong các lĩnh vực của gia đình và đời sống xã hội"
    )
    name_en = "Gender equality, domestic-violence prevention, protection of vulnerable people"
    notes = _ONE_PUBLISHER


class PoliticalSystemAndAccessToLaw(Criterion):
    """Criterion 18: met when every sub-indicator is met."""

    id = "18"
    name_vi = "Hệ thống chính trị và tiếp cận pháp luật"
    name_en = "Political system and access to law"
    group = POLITICAL_SYSTEM
    indicator_types = (
        OfficialsMeetStandards,
        PoliticalOrganisationsPresent,
        PartyAndGovernmentRating,
        MassOrganisationsRating,
        AccessToLaw,
        GenderEqualityAndProtection,
    )
