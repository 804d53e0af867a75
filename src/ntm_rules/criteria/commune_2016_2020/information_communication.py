"""Criterion 8: Thông tin và Truyền thông (Information and communication).

1980/QĐ-TTg, tiêu chí 8. Guidance: Bộ Thông tin và Truyền thông - QĐ 441/QĐ-BTTTT ngày
28/3/2017 (T18).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class PostalService(AchievedIndicator):
    """Indicator 8.1: must be achieved.

    Postal service point.
    """

    id = "8.1"
    name_vi = "Xã có điểm phục vụ bưu chính"
    name_en = "Postal service point"
    notes = "Pass/fail; detailed by QĐ 441/QĐ-BTTTT (28/3/2017; T18, T19)."


class TelecomAndInternet(AchievedIndicator):
    """Indicator 8.2: must be achieved.

    Telecom and internet services.
    """

    id = "8.2"
    name_vi = "Xã có dịch vụ viễn thông, internet"
    name_en = "Telecom and internet services"
    notes = "Pass/fail (T18, T19)."


class LoudspeakerRadio(AchievedIndicator):
    """Indicator 8.3: must be achieved.

    Radio station with loudspeakers to villages.
    """

    id = "8.3"
    name_vi = "Xã có đài truyền thanh và hệ thống loa đến các thôn"
    name_en = "Radio station with loudspeakers to villages"
    notes = "Pass/fail (T18, T19)."


class DigitalAdministration(AchievedIndicator):
    """Indicator 8.4: must be achieved.

    IT used in commune management.
    """

    id = "8.4"
    name_vi = "Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành"
    name_en = "IT used in commune management"
    notes = "Pass/fail (T18, T19)."


class InformationAndCommunication(Criterion):
    """Criterion 8: met when every sub-indicator is met."""

    id = "8"
    name_vi = "Thông tin và Truyền thông"
    name_en = "Information and communication"
    group = INFRASTRUCTURE
    indicator_types = (PostalService, TelecomAndInternet, LoudspeakerRadio, DigitalAdministration)
