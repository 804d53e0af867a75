"""Criterion 18: Hệ thống chính trị và tiếp cận pháp luật (Political system and access to law).

318/QĐ-TTg, Phụ lục I, tiêu chí 18. Guidance: Bộ Nội vụ (18.1-18.3), Bộ Tư pháp (18.4), Bộ
LĐTBXH (18.5), Bộ NN&PTNT/VPĐP (18.6) - recalled.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import POLITICAL_SYSTEM
from ntm_rules.evaluators import AchievedIndicator, ScoredIndicator
from ntm_rules.rulebook import Criterion


class OfficialsMeetStandards(AchievedIndicator):
    """Indicator 18.1: must be achieved.

    Commune officials and civil servants meet standards.
    """

    id = "18.1"
    name_vi = "Cán bộ, công chức xã đạt chuẩn"
    name_en = "Commune officials and civil servants meet standards"


class PartyAndGovernmentRating(AchievedIndicator):
    """Indicator 18.2: must be achieved.

    Commune Party committee and government rated 'completed tasks well' or better.
    """

    id = "18.2"
    name_vi = "Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên"
    name_en = "Commune Party committee and government rated 'completed tasks well' or better"


class MassOrganisationsRating(AchievedIndicator):
    """Indicator 18.3: must be achieved.

    Commune socio-political organisations rated 'completed tasks well' or better.
    """

    id = "18.3"
    name_vi = (
        "Tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên"
    )
    name_en = "Commune socio-political organisations rated 'completed tasks well' or better"


class AccessToLaw(ScoredIndicator):
    """Indicator 18.4: must be achieved (or its checklist score in the pass band).

    Commune meets the access-to-law standard.
    """

    id = "18.4"
    name_vi = "Xã đạt chuẩn tiếp cận pháp luật theo quy định"
    name_en = "Commune meets the access-to-law standard"


class GenderEqualityAndProtection(AchievedIndicator):
    """Indicator 18.5: must be achieved.

    Gender equality, prevention of domestic and gender-based violence, child protection,
    support to vulnerable people.
    """

    id = "18.5"
    name_vi = (
        "Bảo đảm bình đẳng giới và phòng, chống bạo lực gia đình, bạo lực trên cơ sở giới; "
        "phòng, chống xâm hại trẻ em, bảo vệ trẻ em; hỗ trợ người dễ bị tổn thương"
    )
    name_en = (
        "Gender equality, prevention of domestic and gender-based violence, child protection,"
        " support to vulnerable people"
    )
    notes = "Likely guided by Bộ LĐTBXH CV 1298/LĐTBXH-VPQGGN (26/4/2022)."


class RuralDevelopmentTraining(AchievedIndicator):
    """Indicator 18.6: must be achieved.

    Plan to train residents on NTM building and strengthen village development boards.
    """

    id = "18.6"
    name_vi = (
        "Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho"
        " người dân, đào tạo nâng cao năng lực cộng đồng gắn với nâng cao hiệu quả hoạt động "
        "của Ban phát triển thôn"
    )
    name_en = "Plan to train residents on NTM building and strengthen village development boards"
    notes = "New in 2021-2025 (recalled)."


class PoliticalSystemAndAccessToLaw(Criterion):
    """Criterion 18: met when every sub-indicator is met."""

    id = "18"
    name_vi = "Hệ thống chính trị và tiếp cận pháp luật"
    name_en = "Political system and access to law"
    group = POLITICAL_SYSTEM
    indicator_types = (
        OfficialsMeetStandards,
        PartyAndGovernmentRating,
        MassOrganisationsRating,
        AccessToLaw,
        GenderEqualityAndProtection,
        RuralDevelopmentTraining,
    )
