"""Edition files as workbooks: the ``ntm_rules.edition/1`` document as sheets to edit in Excel.

A province or ministry that holds the text of an edition (the 2026–2030 indicators, which
are not public here) fills a workbook rather than YAML. The workbook holds exactly what the
YAML edition file holds, one table per part of the document, so the two formats load
through the same checks (:func:`ntm_rules.edition_files.load_edition`):

* ``Ấn bản`` (Edition): one row per key of the document's head (id, base, titles, years,
  citation, the column dimension, notes);
* ``Nhóm tiêu chí``, ``Cột``, ``Quy tắc chọn cột``, ``Lưu ý`` (Groups, Columns, Column rules,
  Caveats): only for an edition defined from scratch;
* ``Chỉ tiêu`` (Indicators): one row per indicator, with its criterion;
* ``Ngưỡng`` (Figures): one row per figure — an indicator's threshold (``Đại lượng`` blank) or
  a rule figure (its name) — per column and start date, with status and citation.

Sheets and headings are matched in Vietnamese or English, case and diacritics aside; the
keys of the ``Ấn bản`` sheet are the document's own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ntm_rules.citations import Verification
from ntm_rules.edition_files import edition_template
from ntm_rules.rulebook import Rulebook
from ntm_rules.workbooks.grid import Cell, CellValue, Grid
from ntm_rules.workbooks.layout import ACHIEVED_CHOICES, VERIFICATION, Heading, Words
from ntm_rules.workbooks.xlsx import write_xlsx

EDITION = Words("Ấn bản", "Edition")
GROUPS = Words("Nhóm tiêu chí", "Groups")
COLUMNS = Words("Cột", "Columns")
COLUMN_RULES = Words("Quy tắc chọn cột", "Column rules")
CAVEATS = Words("Lưu ý", "Caveats")
INDICATORS = Words("Chỉ tiêu", "Indicators")
FIGURES = Words("Ngưỡng", "Figures")

CITATION: tuple[Heading, ...] = (
    Heading("instrument", Words("Văn bản", "Instrument"), 16),
    Heading("provision", Words("Điều, phụ lục", "Provision"), 22),
    Heading("urls", Words("Đường dẫn", "URLs"), 30),
    Heading("note", Words("Ghi chú nguồn", "Source note"), 30),
)
"""The columns of a citation, at the end of every table that carries one."""

HEAD: tuple[Heading, ...] = (
    Heading("label", Words("Mục", "Item"), 30),
    Heading("key", Words("Khoá", "Key"), 24),
    Heading("value", Words("Giá trị", "Value"), 70),
)
HEAD_KEYS: Mapping[str, Words] = {
    "schema": Words("Lược đồ", "Schema"),
    "id": Words("Mã ấn bản", "Edition id"),
    "base": Words("Ấn bản được bổ sung", "Edition completed"),
    "title_vi": Words("Tên tiếng Việt", "Vietnamese title"),
    "title_en": Words("Tên tiếng Anh", "English title"),
    "first_year": Words("Năm số liệu đầu tiên", "First data year"),
    "last_year": Words("Năm số liệu cuối cùng", "Last data year"),
    "official_indicator_count": Words("Số chỉ tiêu theo văn bản", "Indicators in the text"),
    "verification": Words("Mức kiểm chứng", "Verification"),
    "citation.instrument": Words("Văn bản ban hành", "Issuing instrument"),
    "citation.provision": Words("Điều, phụ lục", "Provision"),
    "citation.urls": Words("Đường dẫn", "URLs"),
    "citation.note": Words("Ghi chú nguồn", "Source note"),
    "columns.dimension": Words("Chiều cột (mã)", "Column dimension (code)"),
    "columns.name_vi": Words("Tên chiều cột", "Column dimension, Vietnamese"),
    "columns.name_en": Words("Tên chiều cột (tiếng Anh)", "Column dimension, English"),
    "notes": Words("Ghi chú", "Note"),
}
"""The keys of the head, in order, with the label shown beside each."""

TABLES: Mapping[str, tuple[Words, tuple[Heading, ...]]] = {
    "groups": (
        GROUPS,
        (
            Heading("id", Words("Mã nhóm", "Group id"), 10),
            Heading("name_vi", Words("Tên nhóm", "Name"), 40),
            Heading("name_en", Words("Tên tiếng Anh", "English name"), 40),
        ),
    ),
    "columns": (
        COLUMNS,
        (
            Heading("code", Words("Mã cột", "Code"), 12),
            Heading("name_vi", Words("Tên cột", "Name"), 36),
            Heading("name_en", Words("Tên tiếng Anh", "English name"), 36),
            Heading("label_vi", Words("Nhãn ngắn", "Short label"), 14),
            Heading("label_en", Words("Nhãn ngắn tiếng Anh", "English short label"), 14),
        ),
    ),
    "column_rules": (
        COLUMN_RULES,
        (
            Heading("categories", Words("Loại xã", "Commune categories"), 40),
            Heading("column", Words("Cột áp dụng", "Column"), 12),
            Heading("in_force_from", Words("Hiệu lực từ", "In force from"), 14),
            *CITATION,
        ),
    ),
    "caveats": (
        CAVEATS,
        (
            Heading("key", Words("Mã lưu ý", "Key"), 20),
            Heading("categories", Words("Loại xã", "Commune categories"), 30),
            Heading("before", Words("Trước ngày", "Before"), 14),
            Heading("text_vi", Words("Nội dung", "Text"), 50),
            Heading("text_en", Words("Nội dung tiếng Anh", "English text"), 50),
            *CITATION,
        ),
    ),
    "indicators": (
        INDICATORS,
        (
            Heading("criterion", Words("Mã tiêu chí", "Criterion"), 10),
            Heading("criterion_name_vi", Words("Tên tiêu chí", "Criterion name"), 24),
            Heading("criterion_name_en", Words("Tên tiêu chí tiếng Anh", "Criterion, English"), 24),
            Heading("group", Words("Nhóm", "Group"), 8),
            Heading("id", Words("Mã chỉ tiêu", "Indicator id"), 10),
            Heading("name_vi", Words("Nội dung chỉ tiêu", "Indicator"), 44),
            Heading("name_en", Words("Nội dung tiếng Anh", "Indicator, English"), 44),
            Heading("kind", Words("Loại", "Kind"), 12),
            Heading("rule", Words("Quy tắc", "Rule"), 16),
            Heading("direction", Words("Chiều so sánh", "Direction"), 12),
            Heading("unit", Words("Đơn vị tính", "Unit"), 18),
            Heading("counted_vi", Words("Đơn vị đếm", "Counted in"), 12),
            Heading("counted_en", Words("Đơn vị đếm tiếng Anh", "Counted in, English"), 12),
            Heading("notes", Words("Ghi chú", "Notes"), 40),
        ),
    ),
    "figures": (
        FIGURES,
        (
            Heading("indicator", Words("Mã chỉ tiêu", "Indicator id"), 10),
            Heading("figure", Words("Đại lượng", "Rule figure"), 18),
            Heading("column", Words("Cột", "Column"), 10),
            Heading("value", Words("Giá trị", "Value"), 12),
            Heading("effective_from", Words("Hiệu lực từ", "In force from"), 14),
            Heading("verification", Words("Mức kiểm chứng", "Verification"), 14),
            *CITATION,
        ),
    ),
}
"""Every table sheet: its name and columns, in the order they are written."""

REQUIRED = ("indicators", "figures")
"""The tables every edition workbook has (beside the head)."""


def write_edition_workbook(path: str | Path, rulebook: Rulebook, lang: str = "vi") -> None:
    """Write the edition file of ``rulebook`` (as ``rulebook template`` does) as a workbook."""
    write_xlsx(path, edition_grids(edition_template(rulebook), lang))


def edition_grids(document: Mapping[str, Any], lang: str = "vi") -> list[Grid]:
    """The sheets of an edition document (as :func:`edition_template` writes it)."""
    head = Grid(EDITION.in_(lang), freeze_row=2, widths=[h.width for h in HEAD])
    head.rows.append([Cell(h.words.in_(lang), "heading") for h in HEAD])
    for key, value in _head_values(document, lang):
        head.rows.append(
            [Cell(HEAD_KEYS[key].in_(lang), "text"), Cell(key, "text"), Cell(value, "input")]
        )
    grids = [head]
    for name, rows in _table_rows(document).items():
        words, headings = TABLES[name]
        if not rows and name not in REQUIRED:
            continue
        grid = Grid(words.in_(lang), freeze_row=2, widths=[h.width for h in headings])
        grid.rows.append([Cell(h.words.in_(lang), "heading") for h in headings])
        for row in rows:
            if row.get("value") is True:  # text: LibreOffice re-saves a TRUE cell as =TRUE()
                row["value"] = ACHIEVED_CHOICES[lang][0]
            if isinstance(row.get("verification"), str):
                row["verification"] = _status_words(str(row["verification"]), lang)
            grid.rows.append([Cell(row.get(h.key), "input") for h in headings])
        grids.append(grid)
    return grids


def _status_words(code: str, lang: str) -> str:
    try:
        return VERIFICATION[Verification(code)].in_(lang)
    except ValueError:  # not a status: written as it is, and refused when read back
        return code


def _head_values(document: Mapping[str, Any], lang: str) -> list[tuple[str, CellValue]]:
    values: list[tuple[str, CellValue]] = []
    for key in HEAD_KEYS:
        if key == "notes":
            values += [("notes", note) for note in document.get("notes", [])]
            continue
        part, _, name = key.partition(".")
        holder = document.get(part) if name else document
        raw = holder.get(name or key) if isinstance(holder, Mapping) else None
        if raw is None:
            continue
        if key == "verification":
            raw = _status_words(str(raw), lang)
        values.append((key, "\n".join(raw) if isinstance(raw, list | tuple) else raw))
    return values


def _citation_cells(citation: Mapping[str, Any] | None) -> dict[str, CellValue]:
    citation = citation or {}
    return {
        "instrument": citation.get("instrument"),
        "provision": citation.get("provision"),
        "urls": "\n".join(citation.get("urls") or ()),
        "note": citation.get("note"),
    }


def _table_rows(document: Mapping[str, Any]) -> dict[str, list[dict[str, CellValue]]]:
    tables: dict[str, list[dict[str, CellValue]]] = {name: [] for name in TABLES}
    tables["groups"] = [dict(group) for group in document.get("groups") or []]
    columns = document.get("columns")
    tables["columns"] = [dict(column) for column in (columns or {}).get("columns", [])]
    for rule in document.get("column_rules") or []:
        tables["column_rules"].append(
            {
                "categories": ", ".join(rule["categories"]),
                "column": rule["column"],
                "in_force_from": rule["in_force_from"],
                **_citation_cells(rule.get("citation")),
            }
        )
    for caveat in document.get("caveats") or []:
        tables["caveats"].append(
            {
                **{k: caveat.get(k) for k in ("key", "before", "text_vi", "text_en")},
                "categories": ", ".join(caveat["categories"]),
                **_citation_cells(caveat.get("citation")),
            }
        )
    for criterion in document.get("criteria") or []:
        for indicator in criterion["indicators"]:
            counted = indicator.get("counted") or {}
            tables["indicators"].append(
                {
                    "criterion": criterion["id"],
                    "criterion_name_vi": criterion.get("name_vi"),
                    "criterion_name_en": criterion.get("name_en"),
                    "group": criterion.get("group"),
                    **{
                        k: indicator.get(k)
                        for k in ("id", "name_vi", "name_en", "kind", "rule", "direction")
                    },
                    "unit": indicator.get("unit"),
                    "counted_vi": counted.get("vi"),
                    "counted_en": counted.get("en"),
                    "notes": indicator.get("notes"),
                }
            )
            tables["figures"] += _figure_rows(indicator)
    return tables


def _figure_rows(indicator: Mapping[str, Any]) -> list[dict[str, CellValue]]:
    tables: list[tuple[str | None, Mapping[str, Any]]] = [(None, indicator.get("thresholds", {}))]
    tables += list((indicator.get("parameters") or {}).items())
    rows = []
    for figure, by_column in tables:
        for column, entries in by_column.items():
            for entry in _entries(entries):
                rows.append(
                    {
                        "indicator": indicator["id"],
                        "figure": figure,
                        "column": column,
                        "value": entry.get("value"),
                        "effective_from": entry.get("effective_from"),
                        "verification": entry.get("verification"),
                        **_citation_cells(entry.get("citation")),
                    }
                )
    return rows


def _entries(raw: object) -> Sequence[Mapping[str, Any]]:
    """A column's figures as entries (a bare figure or null is one undated entry)."""
    if isinstance(raw, list):
        return [e if isinstance(e, Mapping) else {"value": e} for e in raw]
    if isinstance(raw, Mapping):
        return [raw]
    return [{"value": raw}]
