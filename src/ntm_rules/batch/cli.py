"""The ``ntm-rules batch`` command: a table of communes in, results and aggregates out.

Registered without importing numpy or pyarrow, so that the rest of the command line works
without the ``batch`` extra.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ntm_rules._extras import require
from ntm_rules.exceptions import InvalidInputError

SHOWN_PROBLEMS = 50
"""Problems printed on standard error; the problems view holds them all."""

_WORDS = {
    "en": {
        "evaluated": "{book}: {evaluated} communes evaluated, {rejected} rows rejected ({read} read)",
        "verdicts": "met the standard: {met} ({share}); not met: {not_met}; cannot conclude: {open}",
        "average": "average criteria met: {average} of {total}",
        "bands": "QĐ 07/2022 bands: under {low}: {a}; {low}–{high}: {b}; all {total}: {c}",
        "written": "written: {files}",
        "more": "{count} more problems: see the problems view",
    },
    "vi": {
        "evaluated": "{book}: đánh giá {evaluated} xã, loại {rejected} dòng (đọc {read} dòng)",
        "verdicts": "đạt chuẩn: {met} ({share}); chưa đạt: {not_met}; chưa kết luận được: {open}",
        "average": "số tiêu chí đạt bình quân: {average}/{total}",
        "bands": "theo QĐ 07/2022: dưới {low} tiêu chí: {a}; {low}–{high}: {b}; đạt {total}: {c}",
        "written": "đã ghi: {files}",
        "more": "còn {count} lỗi nữa: xem bảng problems",
    },
}


def add_batch_commands(commands: Any, add_common: Callable[..., None]) -> None:
    """Register ``batch``."""
    batch = commands.add_parser(
        "batch", help="evaluate a table of communes (CSV, Excel or Parquet)"
    )
    batch.add_argument("input", help="one row per commune: CSV, .xlsx or .parquet")
    batch.add_argument(
        "-o",
        "--output",
        help="the results: .csv, .tsv or .parquet (each other view beside it) or .xlsx "
        "(one sheet per view)",
    )
    batch.add_argument(
        "--verified-only",
        action="store_true",
        help="treat thresholds no public source confirms as unknown",
    )
    batch.add_argument(
        "--strict", action="store_true", help="any bad row or column: exit 2, write nothing"
    )
    batch.add_argument("--quiet", action="store_true", help="no progress bar")
    batch.add_argument(
        "--chart",
        metavar="FILE.png",
        help="also draw the criteria-met distribution and per-criterion rates (chart extra)",
    )
    batch.add_argument(
        "--engine",
        choices=("auto", "vector", "scalar"),
        default="auto",
        help="vector (NumPy) or scalar (one profile at a time); auto: vector for large tables",
    )
    add_common(batch, profile=False)
    batch.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> None:
    needs = "ntm-rules batch needs the batch extra: pip install 'ntm-rules[batch]'"
    evaluate_many = require("ntm_rules.batch.engine", needs).evaluate_many
    write = require("ntm_rules.batch.output", needs).write
    rejection = require("ntm_rules.batch.problems", needs).rejection
    if args.rulebook and args.edition:
        raise InvalidInputError([], "arguments: give --rulebook or --edition, not both")
    result = evaluate_many(
        args.input,
        args.rulebook or args.edition,
        tier=args.tier,
        verified_only=args.verified_only,
        engine=args.engine,
        progress=not args.quiet,
    )
    if args.strict and result.problems:
        raise rejection(result.problems, args.input)
    views = result.views()
    written = write(views, Path(args.output)) if args.output else []
    if args.chart:
        from ntm_rules.batch.chart import write_chart  # noqa: PLC0415 - the chart extra

        book = result.rulebook
        write_chart(
            args.chart, views, book.title_en if args.lang == "en" else book.title_vi, args.lang
        )
        written.append(Path(args.chart))
    for problem in result.problems[:SHOWN_PROBLEMS]:
        print(f"warning: {problem.render(args.lang)}", file=sys.stderr)
    words = _WORDS["en" if args.lang == "en" else "vi"]
    if len(result.problems) > SHOWN_PROBLEMS:
        more = words["more"].format(count=_number(len(result.problems) - SHOWN_PROBLEMS, args.lang))
        print(f"warning: {more}", file=sys.stderr)
    print("\n".join(summary_lines(result.rulebook.id, views["summary"], result, args.lang)))
    if written:
        print(words["written"].format(files=", ".join(str(path) for path in written)))


def summary_lines(book: str, summary: Any, result: Any, lang: str) -> list[str]:
    """The overall figures of a batch, in ``lang``."""
    words = _WORDS["en" if lang == "en" else "vi"]
    overall = summary.slice(0, 1).to_pylist()[0]
    total = overall["criteria_total"]
    bands = list(overall)[-3:]
    low = max(total - 4, 0)
    share = overall["met_share"]
    average = overall["average_criteria_met"]
    return [
        words["evaluated"].format(
            book=book,
            evaluated=_number(result.evaluated, lang),
            rejected=_number(result.rejected, lang),
            read=_number(result.read, lang),
        ),
        words["verdicts"].format(
            met=_number(overall["met"], lang),
            share="–" if share is None else _number(share * 100, lang, 1) + " %",
            not_met=_number(overall["not_met"], lang),
            open=_number(overall["cannot_conclude"], lang),
        ),
        words["average"].format(
            average="–" if average is None else _number(average, lang, 2), total=total
        ),
        words["bands"].format(
            low=low,
            high=total - 1,
            total=total,
            a=_number(overall[bands[0]], lang),
            b=_number(overall[bands[1]], lang),
            c=_number(overall[bands[2]], lang),
        ),
    ]


def _number(value: float, lang: str, digits: int = 0) -> str:
    """``12,345.6`` in English, ``12.345,6`` in Vietnamese."""
    text = f"{value:,.{digits}f}"
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
