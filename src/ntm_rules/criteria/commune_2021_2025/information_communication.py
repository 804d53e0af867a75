"""Criterion 8: Thông tin và Truyền thông (Information and communications).

318/QĐ-TTg, Phụ lục I, tiêu chí 8. Guidance: Bộ Thông tin và Truyền thông (recalled, not
verified).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class PostalService(AchievedIndicator):
    """Indicator 8.1: must be achieved.

    Commune has a postal service point.
    """

    id = "8.1"
    name_vi = "Xã có điểm phục vụ bưu chính"
    name_en = "Commune has a postal service point"


class TelecomAndInternet(AchievedIndicator):
    """Indicator 8.2: must be achieved.

    Commune has telecom and internet service.
    """

    id = "8.2"
    name_vi = "Xã có dịch vụ viễn thông, internet"
    name_en = "Commune has telecom and internet service"


class LoudspeakerRadio(AchievedIndicator):
    """Indicator 8.3: must be achieved.

    Commune radio station with loudspeakers reaching villages.
    """

    id = "8.3"
    name_vi = "Xã có đài truyền thanh và hệ thống loa đến các thôn"
    name_en = "Commune radio station with loudspeakers reaching villages"


class DigitalAdministration(AchievedIndicator):
    """Indicator 8.4: must be achieved.

    Commune applies IT in management and administration.
    """

    id = "8.4"
    name_vi = "Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành"
    name_en = "Commune applies IT in management and administration"
    notes = (
        "Existence of an indicator 8.4 tied to digital government is confirmed by the QĐ "
        "924/QĐ-TTg target that ≥97 % of communes meet it (S26); exact wording and pass rule "
        "recalled."
    )


class InformationAndCommunication(Criterion):
    """Criterion 8: met when every sub-indicator is met."""

    id = "8"
    name_vi = "Thông tin và Truyền thông"
    name_en = "Information and communications"
    group = INFRASTRUCTURE
    indicator_types = (PostalService, TelecomAndInternet, LoudspeakerRadio, DigitalAdministration)
