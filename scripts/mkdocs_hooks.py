"""mkdocs hooks: a page per criterion of every shipped edition, written at build time.

The pages are rendered from the library's own rulebooks (every edition in ``ntm_rules.EDITIONS``),
never checked in, so they cannot go stale: every threshold of every column, dated values
included, with its verification status and citation, in Vietnamese and English (words from
the gettext catalogues through ``ntm_rules.i18n``). The hook also drops the nav entries whose
page is not in ``docs/`` yet, so the nav can list pages other work adds later and
``mkdocs build --strict`` still passes; the dropped entries are logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel import Locale
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ntm_rules import (
    EDITIONS,
    Citation,
    Criterion,
    Rulebook,
    ThresholdTable,
    ThresholdValue,
    Verification,
    i18n,
    load_rulebook,
)
from ntm_rules.i18n import tr

LOG = logging.getLogger("mkdocs.hooks.ntm_rules")
SECTION = "Criteria"
"""The nav section the generated pages are appended to."""
LANGUAGES = ("vi", "en")  # Vietnamese first: the rulebook's own language
NO_INDICATORS = "No indicator of this criterion is public yet: an edition file supplies them."
INCOMPLETE = (
    "Only some indicators of this criterion are known: when they all pass, the criterion "
    "still cannot be assessed."
)


def edition_path(short_name: str) -> str:
    """The generated overview page of an edition, relative to ``docs/``."""
    return f"criteria/{short_name}/index.md"


def criterion_path(short_name: str, criterion_id: str) -> str:
    """The generated page of one criterion, relative to ``docs/``."""
    return f"criteria/{short_name}/{criterion_id}.md"


def pages() -> Iterator[tuple[str, str]]:
    """Every generated page as (path relative to ``docs/``, Markdown)."""
    for edition_id in EDITIONS:
        book = load_rulebook(edition_id)
        yield edition_path(book.short_name), edition_page(book)
        for criterion in book.criteria:
            yield criterion_path(book.short_name, criterion.id), criterion_page(book, criterion)


# --- the hooks -------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Drop nav entries for pages not written yet; add the generated criterion pages."""
    docs = Path(config.docs_dir)
    nav = _pruned(config.nav or [], docs)
    criteria = [
        {
            f"{spec.short_name} ({spec.citation.instrument})": [
                edition_path(spec.short_name),
                *(
                    {
                        f"{criterion.id}. {criterion.name_en}": criterion_path(
                            spec.short_name, criterion.id
                        )
                    }
                    for criterion in spec.criteria
                ),
            ]
        }
        for spec in EDITIONS.values()
    ]
    for entry in nav:
        if isinstance(entry, dict) and SECTION in entry:
            entry[SECTION] = [*(entry[SECTION] or []), *criteria]
            break
    else:
        nav.append({SECTION: criteria})
    config.nav = nav
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Add the generated pages as virtual files (nothing is written to ``docs/``)."""
    for path, markdown in pages():
        files.append(File.generated(config, path, content=markdown))
    return files


def _pruned(items: list[Any], docs: Path) -> list[Any]:
    """The nav without entries whose Markdown page does not exist (sections emptied too)."""
    kept: list[Any] = []
    for item in items:
        title, target = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if isinstance(target, list):
            children = _pruned(target, docs)
            if children:
                kept.append({title: children})
        elif _exists(target, docs):
            kept.append(item)
        else:
            LOG.info("nav: %s is not in docs/ yet, left out", target)
    return kept


def _exists(target: str, docs: Path) -> bool:
    return "://" in target or not target.endswith(".md") or (docs / target).is_file()


# --- the pages -------------------------------------------------------------------------


def edition_page(book: Rulebook) -> str:
    """An edition's overview: instrument, years, columns, how well its figures are known."""
    lines = [f"# {book.short_name}: {book.title_en}", ""]
    for lang in LANGUAGES:
        lines += _tab(lang, _edition_body(book, lang))
    return "\n".join(lines) + "\n"


def _edition_body(book: Rulebook, lang: str) -> list[str]:
    encoded = len(book.indicator_ids)
    official = book.official_indicator_count or encoded
    year = book.last_year
    counts = dict.fromkeys(Verification, 0)
    for indicator in book.indicators():
        for code in book.columns.codes:
            counts[indicator.thresholds.at(code, book.as_of(year)).verification] += 1
    column_rows = [
        [
            column.code,
            _md(column.label_in(lang)),
            _md(column.name_en if lang == "en" else column.name_vi),
        ]
        for column in book.columns.columns
    ]
    criterion_rows = [
        [
            f"[{criterion.id}]({criterion.id}.md)",
            _md(criterion.name(lang)),
            str(len(criterion.indicators)),
        ]
        for criterion in book.criteria
    ]
    return [
        f"**{_md(_title(book, lang))}** (`{book.id}`)",
        "",
        f"- {tr(lang, 'Legal basis')}: {_md(str(book.citation))}",
        f"- {tr(lang, 'Data years')}: {book.first_year}–{book.last_year}",
        f"- {tr(lang, '{encoded} of {official} indicators encoded', encoded=encoded, official=official)}",
        f"- {tr(lang, 'Thresholds in force at the end of {year}', year=year)}: "
        + ", ".join(f"{tr(lang, status.value)} {counts[status]}" for status in Verification),
        "",
        f"**{tr(lang, 'Columns')}** ({_md(book.columns.name_en if lang == 'en' else book.columns.name_vi)})",
        "",
        *_table([tr(lang, "Id"), tr(lang, "Column"), tr(lang, "Name")], column_rows),
        "",
        *_table([tr(lang, "Criterion"), tr(lang, "Name"), tr(lang, "Indicators")], criterion_rows),
        "",
        *(
            [f"**{tr(lang, 'Note')}**", "", *(f"- {_md(note)}" for note in book.notes), ""]
            if book.notes
            else []
        ),
    ]


def criterion_page(book: Rulebook, criterion: Criterion) -> str:
    """One criterion: each indicator's thresholds by column, with status and citation."""
    lines = [f"# {book.short_name} · {criterion.id}. {criterion.name_en}", ""]
    for lang in LANGUAGES:
        lines += _tab(lang, _criterion_body(book, criterion, lang))
    return "\n".join(lines) + "\n"


def _criterion_body(book: Rulebook, criterion: Criterion, lang: str) -> list[str]:
    group = criterion.group
    lines = [
        f"**{tr(lang, 'Criterion')} {criterion.id}: {_md(criterion.name(lang))}**",
        "",
        f"- {tr(lang, 'Edition')}: [{_md(_title(book, lang))}](index.md) (`{book.id}`)",
        f"- {tr(lang, 'Group')} {group.id}: {_md(group.name_en if lang == 'en' else group.name_vi)}",
        f"- {tr(lang, 'Legal basis')}: {_md(str(book.citation))}",
        "",
    ]
    if not criterion.indicators:
        return [*lines, f'!!! note "{tr(lang, "Note")}"', f"    {tr(lang, NO_INDICATORS)}", ""]
    if not criterion.complete:
        lines += [f'!!! note "{tr(lang, "Note")}"', f"    {tr(lang, INCOMPLETE)}", ""]
    for indicator in criterion.indicators:
        anchor = f"{lang}-{indicator.id.replace('.', '-')}"
        unit = indicator.unit.symbol(lang)
        lines += [
            f"### {indicator.id} {_md(indicator.name(lang))} {{#{anchor}}}",
            "",
            f"{tr(lang, 'Unit')}: {_md(unit)} · {tr(lang, 'Direction')}: {indicator.direction.symbol}",
            "",
            *_threshold_table(indicator.thresholds, book, lang, indicator.direction.symbol, unit),
            "",
        ]
        for name, table in indicator.parameters.items():
            lines += [
                f"**{tr(lang, 'Figure of the rule')}** `{name}`",
                f"{{: #{anchor}-{name} }}",
                "",
                *_threshold_table(table, book, lang),  # a bare figure: its rule says how it is used
                "",
            ]
        if indicator.notes:
            lines += [f"{tr(lang, 'Note')}: {_md(indicator.notes)}", ""]
    return lines


def _threshold_table(
    table: ThresholdTable, book: Rulebook, lang: str, sign: str = "", unit: str = ""
) -> list[str]:
    """One row per column and dated value: threshold, status and legal basis.

    Cells mostly share one citation, which is then written once under the table; when they
    differ each row names its own by number.
    """
    citations = list(dict.fromkeys(value.citation for _, value in table.values()))
    dated = any(value.effective_from is not None for _, value in table.values())
    rows = []
    for code, value in table.values():
        row = [
            _md(book.columns.get(code).label_in(lang)),
            _figure(value, lang, sign, unit),
            tr(lang, value.verification.value),
        ]
        if dated:
            row.append(value.effective_from.isoformat() if value.effective_from else "—")
        if len(citations) > 1:
            row.append(f"[{citations.index(value.citation) + 1}]")
        rows.append(row)
    headers = [tr(lang, "Column"), tr(lang, "Threshold"), tr(lang, "Verification")]
    if dated:
        headers.append(tr(lang, "In force from"))
    if len(citations) > 1:
        headers.append(tr(lang, "Legal basis"))
    basis = tr(lang, "Legal basis")
    if len(citations) == 1:
        notes = [f"{basis}: {_citation(citations[0])}"]
    else:
        notes = [f"{basis}:", "", *(f"{n}. {_citation(c)}" for n, c in enumerate(citations, 1))]
    return [*_table(headers, rows), "", *notes]


def _figure(value: ThresholdValue, lang: str, sign: str, unit: str) -> str:
    """``≥ 80 %``, ``= Đạt``, ``?`` (unknown), or a bare number (``sign`` and ``unit`` empty)."""
    if value.value is None:
        return "?"
    if value.value is True:
        return f"= {tr(lang, 'Met')}"
    return f"{sign} {i18n.number(float(value.value), lang)} {_md(unit)}".strip()


def _citation(citation: Citation) -> str:
    links = ", ".join(f"[{n}](<{url}>)" for n, url in enumerate(citation.urls, start=1))
    note = f" — {_md(citation.note)}" if citation.note else ""
    return f"{_md(str(citation))}{f' ({links})' if links else ''}{note}"


def _title(book: Rulebook, lang: str) -> str:
    return book.title(lang)


def _tab(lang: str, body: list[str]) -> list[str]:
    """A content tab titled with the language's own name (Tiếng Việt, English)."""
    name = (Locale.parse(lang).get_display_name(lang) or lang).title()
    return [f'=== "{name}"', "", *(f"    {line}" if line else "" for line in body), ""]


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    return [
        "| " + " | ".join(headers) + " |",
        "|" + "---|" * len(headers),
        *("| " + " | ".join(row) + " |" for row in rows),
    ]


_ESCAPES = str.maketrans({c: f"\\{c}" for c in "\\`*_[]|"} | {"<": "&lt;"})


def _md(text: str) -> str:
    """Data text (names, notes) shown literally, never read as Markdown or HTML."""
    return text.replace("\n", " ").translate(_ESCAPES)
