"""The commune sheet: one row per indicator, criteria (and groups) as section rows.

``TT | Tên tiêu chí | Mã chỉ tiêu | Nội dung chỉ tiêu | Đơn vị tính | Chỉ tiêu đạt chuẩn |
Kết quả thực hiện | Đánh giá | Mức kiểm chứng | Căn cứ | Nguồn số liệu / minh chứng | Ghi chú``
under a header block (xã, tỉnh, vùng or nhóm xã, diện xã, năm, bộ tiêu chí, cột áp dụng).
A composite indicator's row takes ``Đạt`` / ``Chưa đạt``, or its parts on the rows below it
(codes such as ``5:schools``). :func:`write_template` writes the blank sheet,
:func:`write_evaluation` the same layout with ``Đánh giá`` and a summary block filled;
:mod:`ntm_rules.workbooks.sheet_reading` reads a filled sheet back.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import CompositeIndicator, PartKind
from ntm_rules.exceptions import InvalidInputError, OutOfRangeError
from ntm_rules.explain import reason_label
from ntm_rules.messages import Message
from ntm_rules.profile import CommuneProfile
from ntm_rules.regions import Region
from ntm_rules.results import Evaluation, Reason
from ntm_rules.rulebook import Criterion, Rulebook
from ntm_rules.thresholds import Direction
from ntm_rules.workbooks import texts
from ntm_rules.workbooks.csv import write_csv
from ntm_rules.workbooks.grid import FORMATS, Cell, CellValue, Grid
from ntm_rules.workbooks.layout import (
    ACHIEVED_CHOICES,
    COMMUNE_COLUMNS,
    EVALUATED_TITLE,
    HEADER_HELP,
    HEADER_LABELS,
    NOTHING,
    PART_NAMES,
    PART_UNITS,
    SHEET,
    SHEET_TITLE,
    SUMMARY,
    SUMMARY_MARK,
    VERDICT,
    VERIFICATION,
    Words,
    legacy_part_code,
    part_code,
)
from ntm_rules.workbooks.xlsx import write_xlsx

WIDTH = len(COMMUNE_COLUMNS)
HEADER_KEYS = (
    "commune",
    "province",
    "dimension",
    "categories",
    "year",
    "rulebook",
    "column",
    "note",
)
"""The header block's rows, in order, from :data:`FIRST_HEADER_ROW`."""
FIRST_HEADER_ROW = 4
VALUE_COLUMN = 3
"""Header values are in column C (labels in B)."""
HEADING_ROW = FIRST_HEADER_ROW + len(HEADER_KEYS) + 1
FIRST_DATA_ROW = HEADING_ROW + 1

Notes = Mapping[str, tuple[str, str]]
"""By row code (an indicator id, or a part code such as ``5:schools``): the data source or
evidence, and the note an official wrote."""


@frozen
class Line:
    """One row of the table: a group, a criterion, an indicator or a part of one."""

    kind: str
    tt: str
    code: str
    name: Words | None = None
    criterion: Criterion | None = None
    indicator: Indicator | None = None
    part: str | None = None

    def has_code(self, found: str) -> bool:
        """Whether ``found`` is this row's code.

        A part or rule-figure row also accepts the code sheets before 0.2 gave it
        (``5:schools``, now ``5.a``).
        """
        if found == self.code:
            return True
        if self.part is None or self.indicator is None:
            return False
        return found == legacy_part_code(self.indicator.id, self.part)


def lines(rulebook: Rulebook) -> list[Line]:
    """The table's rows, in rulebook order (group rows only when there are several groups)."""
    found: list[Line] = []
    grouped = len(rulebook.groups) > 1
    current = None
    for criterion in rulebook.criteria:
        if grouped and criterion.group != current:
            current = criterion.group
            name = Words(current.name_vi.upper(), current.name_en.upper())
            found.append(Line("group", current.id, "", name))
        name = Words(criterion.name_vi, criterion.name_en)
        found.append(Line("criterion", criterion.id, "", name, criterion))
        for indicator in criterion.indicators:
            tt = "" if indicator.id == criterion.id else indicator.id
            found.append(Line("indicator", tt, indicator.id, None, criterion, indicator))
            if isinstance(indicator, CompositeIndicator):
                for index, part in enumerate(indicator.parts):
                    code = part_code(indicator.id, index)
                    found.append(Line("part", "", code, None, criterion, indicator, part))
    return found


def dimension_label(rulebook: Rulebook) -> Words:
    """The label of the region (or commune group) row."""
    columns = rulebook.columns
    return Words(columns.name_vi, columns.name_en)


def header_label(rulebook: Rulebook, key: str) -> Words:
    """The label of one header row."""
    return dimension_label(rulebook) if key == "dimension" else HEADER_LABELS[key]


def write_template(
    path: str | Path,
    rulebook: Rulebook,
    *,
    column: str | None = None,
    year: int | None = None,
    fmt: str | None = None,
    lang: str = "vi",
) -> None:
    """Write a blank commune sheet for an edition (or a provincial table derived from one).

    Args:
        path: the file to write.
        rulebook: the edition; its id goes in the header and the requirements come from it.
        column: a region or commune group (code or name): prefilled, and its requirements
            shown; without it, each requirement that differs by column lists every column.
        year: the data year (default: the edition's last); its thresholds are shown.
        fmt: ``"xlsx"`` or ``"csv"`` (default: by the file's extension, xlsx otherwise).
        lang: ``"vi"`` or ``"en"``.

    Raises:
        InvalidInputError: an unknown column, a year the edition does not cover, an unknown
            format, or a file that cannot be written.
    """
    year = _year(rulebook, year)
    code = rulebook.columns.parse(column, "--region").code if column is not None else None
    header: dict[str, CellValue] = dict.fromkeys(HEADER_KEYS, None)
    header.update(year=year, rulebook=rulebook.id)
    if code is not None:
        chosen = rulebook.columns.get(code)
        header["dimension"] = chosen.label_in(lang) if _is_choice(rulebook, code) else None
        header["column"] = (
            f"{chosen.label_in(lang)} ({chosen.name_en if lang == 'en' else chosen.name_vi})"
        )
    grid = _grid(rulebook, lang, SHEET_TITLE, header, template=True)
    as_of = rulebook.as_of(year)
    labels = [(c.code, c.label_in(lang)) for c in rulebook.columns.columns]
    for line in lines(rulebook):
        cells = _line_cells(line, lang)
        if line.kind == "indicator" and line.indicator is not None:
            indicator = line.indicator
            reference = code or rulebook.columns.codes[0]
            value = indicator.thresholds.at(reference, as_of)
            if code is not None:
                requirement = texts.requirement_text(indicator, code, as_of, lang)
            else:
                requirement = texts.requirement_by_column(indicator, labels, as_of, lang)
            _requirement(cells, requirement, value.verification, str(value.citation), lang)
            cells[6] = Cell(None, "input", _choices(indicator))
        elif line.kind == "part":
            cells[6] = Cell(None, "input", _part_choices(line))
        grid.add(*cells)
    _write(path, grid, fmt, lang)


def write_evaluation(
    path: str | Path,
    evaluation: Evaluation,
    fmt: str | None = None,
    lang: str = "vi",
    notes: Notes | None = None,
) -> None:
    """Write the commune sheet of an evaluation: results, ``Đánh giá`` and a summary block.

    Failing cells are red, cells that cannot be assessed amber, unknown requirements marked.
    ``notes`` carries the sources and notes an official wrote (see :class:`SheetInput`).
    """
    rulebook, profile = evaluation.rulebook, evaluation.profile
    header = _profile_header(profile, rulebook, lang)
    header["column"] = evaluation.column.describe(lang)
    grid = _grid(rulebook, lang, EVALUATED_TITLE, header, template=False)
    if profile.illustrative:
        illustrative = "illustrative figures" if lang == "en" else "số liệu minh họa"
        subtitle = grid.rows[1][0]
        grid.rows[1][0] = Cell(f"{subtitle.value} — {illustrative}", subtitle.style)
    results = {r.id: r for r in evaluation.indicators}
    criteria = {c.id: c for c in evaluation.criteria}
    notes = notes or {}
    for line in lines(rulebook):
        cells = _line_cells(line, lang)
        if line.kind == "criterion" and line.criterion is not None:
            result = criteria[line.criterion.id]
            cells[7] = Cell(
                texts.criterion_assessment(result, lang), texts.status_style(result.status)
            )
        elif line.kind == "indicator" and line.indicator is not None:
            indicator_result = results[line.indicator.id]
            threshold = indicator_result.threshold
            requirement = texts.requirement_text(
                line.indicator, evaluation.column.column.code, rulebook.as_of(profile.year), lang
            )
            if threshold is not None:
                _requirement(
                    cells, requirement, threshold.verification, str(threshold.citation), lang
                )
            style = texts.status_style(indicator_result.status)
            cells[6] = Cell(texts.result_value(indicator_result.measurement, lang), style)
            cells[7] = Cell(texts.assessment(indicator_result, lang), style)
        elif line.kind == "part" and line.indicator is not None and line.part is not None:
            measurement = results[line.indicator.id].measurement
            parts = getattr(measurement, "parts", {})
            value = parts.get(line.part)
            cells[6] = Cell(None if value is None else texts.part_value(value, lang), "text")
        evidence, note = notes.get(line.code, ("", "")) if line.code else ("", "")
        cells[10], cells[11] = Cell(evidence or None, "text"), Cell(note or None, "text")
        grid.add(*cells)
    _summary(grid, evaluation, lang)
    _write(path, grid, fmt, lang)


def _year(rulebook: Rulebook, year: int | None) -> int:
    if year is None:
        return rulebook.last_year
    if not rulebook.covers(year):
        span = f"{rulebook.first_year}–{rulebook.last_year}"
        problem = OutOfRangeError(
            "--year",
            Message(
                "{year} is outside {rulebook} ({span})", year=year, rulebook=rulebook.id, span=span
            ),
        )
        raise InvalidInputError([problem], "arguments")
    return year


def _is_choice(rulebook: Rulebook, code: str) -> bool:
    """Whether a commune can state this column (not 1980's general level)."""
    if rulebook.columns.dimension != "region":
        return True
    return code in Region.__members__


def _choices(indicator: Indicator) -> str | None:
    if isinstance(indicator, ScoredIndicator) and not isinstance(indicator, CompositeIndicator):
        return "score"
    return "achieved" if indicator.direction is Direction.ACHIEVED else None


def _part_choices(line: Line) -> str | None:
    if not isinstance(line.indicator, CompositeIndicator) or line.part is None:
        return None
    kind = line.indicator.parts[line.part]
    return {PartKind.FLAG: "achieved", PartKind.LEVEL: "level"}.get(kind)


def _profile_header(profile: CommuneProfile, rulebook: Rulebook, lang: str) -> dict[str, CellValue]:
    if rulebook.columns.dimension == "region":
        dimension = None if profile.region is None else profile.region.label_vi
    else:
        dimension = profile.group
    categories = "; ".join(
        (c.name_en if lang == "en" else c.name_vi)
        for c in sorted(profile.categories, key=lambda c: c.key)
    )
    return {
        "commune": profile.commune,
        "province": profile.province or None,
        "dimension": dimension,
        "categories": categories or None,
        "year": profile.year,
        "rulebook": rulebook.id,
        "column": None,
        "note": profile.note or None,
    }


def _grid(
    rulebook: Rulebook, lang: str, title: Words, header: dict[str, CellValue], *, template: bool
) -> Grid:
    grid = Grid(SHEET.in_(lang), widths=[h.width for h in COMMUNE_COLUMNS])
    grid.choices = {
        "achieved": (ACHIEVED_CHOICES[lang], True),
        "score": (ACHIEVED_CHOICES[lang], False),
        "level": (("1", "2", "3"), True),
        "column": (
            tuple(
                c.label_in(lang) for c in rulebook.columns.columns if _is_choice(rulebook, c.code)
            ),
            False,
        ),
    }
    grid.merge_row(grid.add(Cell(title.in_(lang), "title")), 1, WIDTH)
    book_title = rulebook.title(lang)
    grid.merge_row(grid.add(Cell(f"{book_title} ({rulebook.id})", "subtitle")), 1, WIDTH)
    grid.add()
    for key in HEADER_KEYS:
        editable = template and key not in ("rulebook", "column")
        style = "value" if editable else "text"
        choices = "column" if key == "dimension" else None
        help_text = HEADER_HELP.get(key)
        row = grid.add(
            None,
            Cell(header_label(rulebook, key).in_(lang), "label"),
            Cell(header[key], style, choices),
            None,
            None,
            None,
            Cell(help_text.in_(lang) if help_text and template else None, "help"),
        )
        grid.merge_row(row, VALUE_COLUMN, 6)
        grid.merge_row(row, 7, WIDTH)
    grid.add()
    grid.add(*(Cell(h.words.in_(lang), "heading") for h in COMMUNE_COLUMNS))
    grid.freeze_row = FIRST_DATA_ROW
    grid.title_rows = (HEADING_ROW, HEADING_ROW)
    return grid


def _line_cells(line: Line, lang: str) -> list[Cell]:
    cells = [Cell(None, "text") for _ in COMMUNE_COLUMNS]
    style = {"group": "group", "criterion": "criterion"}.get(line.kind, "text")
    if line.kind in ("group", "criterion"):
        cells = [Cell(None, style) for _ in COMMUNE_COLUMNS]
        cells[0] = Cell(line.tt, style)
        cells[1] = Cell(line.name.in_(lang) if line.name else None, style)
        return cells
    cells[0] = Cell(line.tt or None, "text")
    cells[2] = Cell(line.code, "text")
    indicator = line.indicator
    if indicator is None:  # pragma: no cover - indicator and part rows have one
        return cells
    if line.kind == "part" and line.part is not None and isinstance(indicator, CompositeIndicator):
        name = PART_NAMES.get(line.part)
        cells[3] = Cell(f"– {name.in_(lang) if name else line.part}", "text")
        cells[4] = Cell(PART_UNITS[indicator.parts[line.part]].in_(lang), "text")
        return cells
    cells[3] = Cell(indicator.name(lang), "text")
    cells[4] = Cell(texts.unit_text(indicator, lang), "text")
    return cells


def _requirement(
    cells: list[Cell], text: str, verification: Verification, basis: str, lang: str
) -> None:
    style = "marked" if verification is Verification.UNKNOWN else "text"
    cells[5] = Cell(text or None, "text" if text else "marked")
    cells[8] = Cell(VERIFICATION[verification].in_(lang), style)
    cells[9] = Cell(basis, "text")


def _summary(grid: Grid, evaluation: Evaluation, lang: str) -> None:
    grid.add()
    grid.add(None, Cell(SUMMARY_MARK.in_(lang), "summary_label"))

    def line(key: str, value: str, style: str = "summary") -> None:
        grid.add(None, Cell(SUMMARY[key].in_(lang), "summary_label"), None, Cell(value, style))

    line("met", f"{evaluation.criteria_met}/{evaluation.criteria_total}")
    verdict_style = {"met": "pass", "not_met": "fail", "cannot_conclude": "unknown"}
    line("verdict", VERDICT[evaluation.verdict].in_(lang), verdict_style[evaluation.verdict.value])
    line("failing", ", ".join(i.id for i in evaluation.failing) or NOTHING)
    by_reason: dict[Reason, list[str]] = {}
    for criterion in evaluation.open_criteria:
        if criterion.reason is not None:
            by_reason.setdefault(criterion.reason, []).append(criterion.id)
    for result in evaluation.blockers:
        by_reason.setdefault(result.reason, []).append(result.id)
    open_text = "; ".join(
        f"{reason_label(r, lang)}: {', '.join(ids)}" for r, ids in by_reason.items()
    )
    blocking = "blocking" if evaluation.verdict.value == "cannot_conclude" else "also_open"
    line(blocking, open_text or NOTHING)
    line("unverified", ", ".join(evaluation.resting_on_unverified) or NOTHING)


def _write(path: str | Path, grid: Grid, fmt: str | None, lang: str) -> None:
    fmt = fmt or format_of(path)
    if fmt == "csv":
        write_csv(path, [grid], lang)
    elif fmt == "xlsx":
        write_xlsx(path, [grid])
    else:
        raise InvalidInputError(
            [
                OutOfRangeError(
                    "--format", Message("expected one of {formats}", formats=", ".join(FORMATS))
                )
            ],
            "arguments",
        )


def format_of(path: str | Path) -> str:
    """The format a file name asks for: ``"csv"`` for ``.csv``, ``"xlsx"`` otherwise."""
    return "csv" if Path(path).suffix.lower() == ".csv" else "xlsx"
