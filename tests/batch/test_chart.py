"""``ntm-rules batch --chart``: the picture shows the counts the per-commune results give."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import ntm_rules
from ntm_rules.batch.chart import chart_figure
from ntm_rules.batch.engine import evaluate_many
from ntm_rules.cli import main
from tests.batch.synthetic import table

pytest.importorskip("matplotlib")

BOOK = ntm_rules.load_rulebook("2021-2025")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_bars_are_the_communes_own_counts(lang: str) -> None:
    """Each bar of the left panel is the number of communes meeting that many criteria,
    counted here from the per-commune rows; each right bar is the criterion's pass share."""
    result = evaluate_many(table(BOOK, 300, seed=3), BOOK)
    views = result.views()
    communes = views["communes"].to_pylist()
    figure = chart_figure(views, BOOK.title_vi, lang)
    left, right = figure.axes
    heights = {round(p.get_x() + p.get_width() / 2): p.get_height() for p in left.patches}
    counted = Counter(row["criteria_met"] for row in communes)
    assert heights == {n: counted.get(n, 0) for n in range(len(BOOK.criteria) + 1)}
    passed = [p.get_width() for p in right.patches[: len(BOOK.criteria)]]
    for criterion, width in zip(reversed(BOOK.criteria), passed[::-1], strict=True):
        column = f"criterion {criterion.id}"
        met = sum(1 for row in communes if row.get(column) == "pass")
        assert width == pytest.approx(100 * met / len(communes)), criterion.id
    words = {"vi": "Số xã theo số tiêu chí đạt", "en": "Communes by number of criteria met"}
    assert left.get_title() == words[lang]


def test_the_cli_writes_a_png(tmp_path: Path) -> None:
    source = tmp_path / "communes.csv"
    import pyarrow.csv as pc  # type: ignore[import-untyped]  # noqa: PLC0415

    pc.write_csv(table(BOOK, 50, seed=4), source)
    chart = tmp_path / "chart.png"
    assert main(["batch", str(source), "--chart", str(chart), "--quiet"]) == 0
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    # a chart that cannot be written: status 1, as for any output (2 is bad input)
    assert main(["batch", str(source), "--chart", str(tmp_path / "no" / "c.png"), "--quiet"]) == 1
