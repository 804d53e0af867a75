"""The shipped standards hold the reference's figures and statuses; users may supply their own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ntm_rules import InvalidInputError
from ntm_rules.citations import Verification
from ntm_rules.households.standards import load_standard, shipped_standards, standard_for_year

# From poverty-income-funding.yaml, poverty_standard_2022_2025.deprivation_indicators: the
# key of each indicator and its confidence (high/medium = verified, low = unverified).
INDICATORS_07 = [
    (1, "Việc làm", "unverified"),
    (2, "Người phụ thuộc trong hộ gia đình", "verified"),
    (3, "Dinh dưỡng", "verified"),
    (4, "Bảo hiểm y tế", "verified"),
    (5, "Trình độ giáo dục của người lớn", "verified"),
    (6, "Tình trạng đi học của trẻ em", "verified"),
    (7, "Chất lượng nhà ở", "verified"),
    (8, "Diện tích nhà ở bình quân đầu người", "verified"),
    (9, "Nguồn nước sinh hoạt", "verified"),
    (10, "Nhà tiêu hợp vệ sinh", "verified"),
    (11, "Sử dụng dịch vụ viễn thông", "unverified"),
    (12, "Phương tiện phục vụ tiếp cận thông tin", "unverified"),
]


def test_07_2021_figures_and_statuses() -> None:
    """Lines 1.5 M / 2.0 M, band tops 2.25 M / 3.0 M, poor from 3 deprivations: all verified."""
    standard = standard_for_year(2022)
    assert standard.line("rural").value == 1_500_000
    assert standard.line("urban").value == 2_000_000
    assert standard.band("rural").value == 2_250_000
    assert standard.band("urban").value == 3_000_000
    assert standard.poor_deprivations.value == 3
    figures = [standard.line("rural"), standard.line("urban"), standard.poor_deprivations]
    assert {f.status for f in figures} == {Verification.VERIFIED}
    assert [(i.id, i.name_vi, i.status.value) for i in standard.indicators] == INDICATORS_07
    assert standard.indicators_complete
    assert {i.service for i in standard.indicators} == {
        "employment",
        "health",
        "education",
        "housing",
        "water_and_sanitation",
        "information",
    }


def test_351_2025_lines_known_indicators_unknown() -> None:
    """2.2 M / 2.8 M verified; the band and every indicator unknown; the list incomplete."""
    standard = standard_for_year(2030)
    assert (standard.line("rural").value, standard.line("urban").value) == (2_200_000, 2_800_000)
    assert standard.band("rural").status is Verification.UNKNOWN
    assert standard.band("rural").value is None
    assert not standard.indicators_complete
    assert {i.status for i in standard.indicators} == {Verification.UNKNOWN}
    assert [i.key for i in standard.indicators] == ["employment", "dependants"]


def test_every_figure_cites_a_public_address_unless_unknown() -> None:
    """Each known line and rule carries at least one URL from the reference."""
    for standard in shipped_standards():
        for area in ("rural", "urban"):
            assert standard.line(area).citation.urls
        assert standard.poor_deprivations.citation.urls
        for indicator in standard.indicators:
            assert indicator.citation.urls
            assert indicator.citation.instrument.startswith("Nghị định")


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2022, "vn.poverty.2022_2026"),
        (2026, "vn.poverty.2022_2026"),
        (2027, "vn.poverty.2027_2030"),
        (2030, "vn.poverty.2027_2030"),
    ],
)
def test_the_standard_in_force_by_data_year(year: int, expected: str) -> None:
    """07/2021 for 2022–2026, 351/2025 for 2027–2030."""
    assert standard_for_year(year).id == expected


@pytest.mark.parametrize("year", [2021, 2031])
def test_no_standard_outside_the_shipped_years(year: int) -> None:
    """2021 used QĐ 59/2015 (not encoded); after 2030 nothing is known."""
    with pytest.raises(InvalidInputError) as caught:
        standard_for_year(year)
    assert caught.value.problems[0].field == "year"


def test_a_user_standards_file_fills_what_is_unknown(tmp_path: Path) -> None:
    """A province may supply 351/2025's rules in a file of the same schema."""
    folder = Path(__file__).resolve().parents[2] / "src" / "ntm_rules" / "households" / "standards"
    document = yaml.safe_load((folder / "decree-351-2025.yaml").read_text(encoding="utf-8"))
    document["id"] = "lai-chau.2027"
    document["indicators"][1].update(
        rule="more than half", parameters={"share_above": 0.5}, status="unverified"
    )
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    standard = load_standard(path)
    assert standard.indicator("dependants").status is Verification.UNVERIFIED  # type: ignore[union-attr]
    assert load_standard("vn.poverty.2027_2030").id == "vn.poverty.2027_2030"


def test_bad_standards_are_refused_naming_each_field() -> None:
    """An unknown rule, a missing parameter, a null figure called verified: each named."""
    document = yaml.safe_load(
        (
            Path(__file__).resolve().parents[2]
            / "src/ntm_rules/households/standards/decree-07-2021.yaml"
        ).read_text(encoding="utf-8")
    )
    document["indicators"][0]["key"] = "happiness"
    document["indicators"][1]["parameters"] = {}
    document["income_lines"]["rural"]["value"] = None
    with pytest.raises(InvalidInputError) as caught:
        load_standard(document)
    fields = {p.field for p in caught.value.problems}
    assert fields == {
        "indicators[0].key",
        "indicators[1].parameters.share_above",
        "income_lines.rural.value",
    }
    with pytest.raises(InvalidInputError):
        load_standard("no-such-standard")
