"""A picture of a batch: how many criteria communes meet, and each criterion's pass rate.

Drawn with matplotlib (the ``chart`` extra) on its object API with the Agg canvas, so that
no display, global state or pyplot is involved. Words come from the gettext catalogues.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntm_rules._extras import require
from ntm_rules.exceptions import OutputError
from ntm_rules.i18n import number, tr

_PASS, _FAIL, _UNKNOWN = "#70AD47", "#E06666", "#FFD966"
"""The colours of the workbooks' pass, fail and cannot-assess cells, a shade darker."""


def _short(text: str, most: int = 42) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _matplotlib() -> Any:
    message = "--chart needs the chart extra: pip install 'ntm-rules[chart]'"
    backend = require("matplotlib.backends.backend_agg", message)
    return require("matplotlib.figure", message).Figure, backend.FigureCanvasAgg


def write_chart(path: str | Path, views: dict[str, Any], title: str, lang: str = "vi") -> None:
    """Draw the criteria-met distribution and the per-criterion rates of all communes.

    Args:
        path: the PNG to write.
        views: the batch views (:meth:`BatchResult.views`).
        title: the rulebook's name, shown above the panels.
        lang: the language of the labels.
    """
    figure = chart_figure(views, title, lang)
    try:
        figure.savefig(str(path), format="png", dpi=110)
    except OSError as error:
        raise OutputError(path, error) from None


def chart_figure(views: dict[str, Any], title: str, lang: str = "vi") -> Any:
    """The matplotlib figure :func:`write_chart` writes (two axes: counts, then rates)."""
    figure_class, canvas_class = _matplotlib()
    distribution = [r for r in views["distribution"].to_pylist() if r["scope"] == "all"]
    criteria = [r for r in views["criteria"].to_pylist() if r["scope"] == "all"]
    communes = sum(r["communes"] for r in distribution)
    figure = figure_class(figsize=(11, 4.8 + 0.18 * len(criteria)), layout="constrained")
    canvas_class(figure)
    left, right = figure.subplots(1, 2, width_ratios=(1, 1.2))
    met = [r["criteria_met"] for r in distribution]
    left.bar(met, [r["communes"] for r in distribution], color="#4472C4")
    left.set_xlabel(tr(lang, "criteria met"))
    left.set_ylabel(tr(lang, "communes"))
    left.set_xticks(met, [str(m) for m in met], fontsize=7)
    left.set_title(tr(lang, "Communes by number of criteria met"))
    labels = [_short(f"{r['criterion']}. {r['name']}") for r in criteria]
    rows = list(range(len(criteria)))[::-1]
    shares = {
        key: [100 * (r[key] or 0.0) for r in criteria]
        for key in ("pass_rate", "fail_rate", "unknown_rate")
    }
    right.barh(rows, shares["pass_rate"], color=_PASS, label=tr(lang, "Met"))
    right.barh(
        rows, shares["fail_rate"], left=shares["pass_rate"], color=_FAIL, label=tr(lang, "Not met")
    )
    started = [p + f for p, f in zip(shares["pass_rate"], shares["fail_rate"], strict=True)]
    right.barh(
        rows, shares["unknown_rate"], left=started, color=_UNKNOWN, label=tr(lang, "Cannot assess")
    )
    right.set_yticks(rows, labels, fontsize=8)
    right.set_xlim(0, 100)
    right.set_xlabel(tr(lang, "share of communes (%)"))
    right.set_title(tr(lang, "Each criterion: met, not met, cannot assess"))
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=3, fontsize=8)
    figure.suptitle(
        tr(lang, "{rulebook}: {communes} communes", rulebook=title, communes=number(communes, lang))
    )
    return figure
