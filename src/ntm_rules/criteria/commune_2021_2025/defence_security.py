"""Criterion 19: Quốc phòng và An ninh (National defence and security).

318/QĐ-TTg, Phụ lục I, tiêu chí 19. Guidance: Bộ Quốc phòng (19.1, recalled); Bộ Công an
(19.2) - CV 3371/BCA-V05 ngày 26/9/2022.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import POLITICAL_SYSTEM
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class MilitiaAndDefence(AchievedIndicator):
    """Indicator 19.1: must be achieved.

    Militia 'strong and widespread' and defence targets met.
    """

    id = "19.1"
    name_vi = (
        "Xây dựng lực lượng dân quân 'vững mạnh, rộng khắp' và hoàn thành các chỉ tiêu quốc phòng"
    )
    name_en = "Militia 'strong and widespread' and defence targets met"


class PublicSecurity(AchievedIndicator):
    """Indicator 19.2: must be achieved.

    Commune meets the security/public-order safety standard.
    """

    id = "19.2"
    name_vi = (
        "Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và bảo đảm bình yên (không khiếu "
        "kiện đông người kéo dài; không xảy ra trọng án; tội phạm, tệ nạn xã hội được kiềm "
        "chế, giảm liên tục)"
    )
    name_en = "Commune meets the security/public-order safety standard"
    notes = (
        "Supporting programme: QĐ 926/QĐ-TTg (02/8/2022, U14). The indicator wording (không "
        "khiếu kiện đông người kéo dài; không xảy ra trọng án; tội phạm, tệ nạn xã hội được "
        "kiềm chế, giảm liên tục) is recalled."
    )


class DefenceAndSecurity(Criterion):
    """Criterion 19: met when every sub-indicator is met."""

    id = "19"
    name_vi = "Quốc phòng và An ninh"
    name_en = "National defence and security"
    group = POLITICAL_SYSTEM
    indicator_types = (MilitiaAndDefence, PublicSecurity)
