"""The docs site builds with ``mkdocs build --strict``, and its criterion pages are right.

The site is built once, in a subprocess, into a temporary folder, as CI and a reader would
build it. The generated criterion pages are then read as HTML and checked against the
project's legal reference (``../shared/reference/*.yaml``, skipped when that folder is not
beside the checkout, failed under CI — as in ``test_reference_data.py``): every criterion
the reference lists has a page with its Vietnamese name, and every cell the reference gives
a figure shows that figure, in both languages, with the reference's status and source URLs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from attrs import define, field
from scripts import mkdocs_hooks

from ntm_rules import EDITIONS, i18n, load_rulebook
from tests.test_reference_data import require_reference

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
STATUS_WORDS = {
    lang: {i18n.tr(lang, s): s for s in ("verified", "unverified", "unknown")}
    for lang in ("vi", "en")
}


def _build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    command += ["--config-file", str(config), "--site-dir", str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # a theme notice, not a build warning
    return subprocess.run(
        command, cwd=config.parent, capture_output=True, text=True, env=env, check=False
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as ``mkdocs build --strict`` writes it (a failed build fails every test)."""
    out = tmp_path_factory.mktemp("site")
    run = _build(ROOT / "mkdocs.yml", out)
    assert run.returncode == 0, run.stdout + run.stderr
    return out


# --- reading the built pages -------------------------------------------------------------


@define
class Section:
    """What a page shows under one heading: its text, its links and its tables' rows."""

    text: list[str] = field(factory=list)
    hrefs: set[str] = field(factory=set)
    tables: list[list[list[str]]] = field(factory=list)


class _Page(HTMLParser):
    """A page's article: the whole (key ``""``), and a section per indicator heading.

    Indicator headings have the ids ``vi-3-1`` and ``en-3-1``; a section runs to the next one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, Section] = {"": Section()}
        self._current: Section | None = None
        self._cell: list[str] | None = None
        self._in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "article":
            self._in_article = True
        if not self._in_article:
            return
        heading = str(attributes.get("id") or "")
        if tag == "h3" and heading.startswith(("vi-", "en-")):
            self._current = self.sections.setdefault(heading, Section())
        for section in self._open():
            if tag == "table":
                section.tables.append([])
            elif tag == "tr" and section.tables:
                section.tables[-1].append([])
            elif tag == "a" and attributes.get("href"):
                section.hrefs.add(str(attributes["href"]))
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article = False
        elif tag in ("td", "th") and self._cell is not None:
            for section in self._open():
                section.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if not self._in_article:
            return
        if self._cell is not None:
            self._cell.append(data)
        for section in self._open():
            section.text.append(data)

    def _open(self) -> list[Section]:
        """The sections being read: the whole page, and the current indicator's."""
        return [self.sections[""], *([self._current] if self._current else [])]


def _page(site: Path, path: str) -> dict[str, Section]:
    # with directory URLs, a/index.md is built as a/index.html and a/b.md as a/b/index.html
    folder = path.removesuffix(".md").removesuffix("index")
    html = site / folder / "index.html"
    assert html.is_file(), f"{path} was not built"
    parser = _Page()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser.sections


def _anchor(lang: str, indicator_id: str) -> str:
    return f"{lang}-{indicator_id.replace('.', '-')}"


def _rows(section: Section) -> list[list[str]]:
    """The body rows of the section's first table (the indicator's own thresholds)."""
    assert section.tables, "no threshold table"
    return section.tables[0][1:]


def _written(value: float, lang: str) -> str:
    """A figure the way a reader of ``lang`` writes it (independent of the library's code)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,")) if lang == "vi" else text


# --- the site as a whole -----------------------------------------------------------------


def test_every_criterion_of_every_edition_has_a_page(site: Path) -> None:
    """Each shipped edition has an overview and a page per criterion, in both languages."""
    for edition_id in EDITIONS:
        book = load_rulebook(edition_id)
        overview = _page(site, mkdocs_hooks.edition_path(book.short_name))
        assert book.id in " ".join(overview[""].text)
        for criterion in book.criteria:
            page = _page(site, mkdocs_hooks.criterion_path(book.short_name, criterion.id))
            text = " ".join(page[""].text)
            assert criterion.name_vi in text, criterion.id
            assert criterion.name_en in text, criterion.id
            for indicator in criterion.indicators:
                for lang in ("vi", "en"):
                    rows = _rows(page[_anchor(lang, indicator.id)])
                    assert len(rows) == len(list(indicator.thresholds.values())), indicator.id
                    assert {row[2] for row in rows} <= set(STATUS_WORDS[lang]), indicator.id


def test_threshold_rows_carry_status_and_citation(site: Path) -> None:
    """Every row of every threshold table shows its own status; its citation is in its section."""
    for edition_id in EDITIONS:
        book = load_rulebook(edition_id)
        for criterion in book.criteria:
            page = _page(site, mkdocs_hooks.criterion_path(book.short_name, criterion.id))
            for indicator in criterion.indicators:
                section = page[_anchor("en", indicator.id)]
                text = " ".join(section.text)
                for (_, value), row in zip(
                    indicator.thresholds.values(), _rows(section), strict=True
                ):
                    assert STATUS_WORDS["en"][row[2]] == value.verification.value
                    assert value.citation.instrument in text
                    assert set(value.citation.urls) <= section.hrefs


def test_pages_without_indicators_say_why(site: Path) -> None:
    """A 2026–2030 criterion (no public indicators) says so in both languages, no empty table."""
    book = load_rulebook("vn.ntm.xa.2026_2030")
    page = _page(site, mkdocs_hooks.criterion_path(book.short_name, book.criteria[0].id))
    text = " ".join(page[""].text)
    assert i18n.tr("vi", mkdocs_hooks.NO_INDICATORS) in text
    assert mkdocs_hooks.NO_INDICATORS in text
    assert not page[""].tables


def test_a_broken_link_fails_the_strict_build(tmp_path: Path) -> None:
    """--strict is not a formality: a page linking to a missing page stops the build."""
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "scripts").symlink_to(ROOT / "scripts")
    (tmp_path / "src").symlink_to(ROOT / "src")
    tutorial = tmp_path / "docs" / "tutorial.md"
    tutorial.write_text(tutorial.read_text(encoding="utf-8") + "\n[gone](no-such-page.md)\n")
    run = _build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert run.returncode != 0
    assert "no-such-page.md" in run.stdout + run.stderr


# --- against the legal reference ---------------------------------------------------------


def _reference(name: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
    data: dict[str, Any] = yaml.load(
        require_reference(REFERENCE / name).read_text(encoding="utf-8"), Loader=loader
    )
    return data


PARTS = {"hop_ve_sinh": "hygienic_share", "nuoc_sach": "clean_share"}
"""The reference's names for the two parts of 2016–2020 indicator 17.1, and the library's."""


def _figure_cells(
    reference: dict[str, Any],
) -> Iterator[tuple[str, str | None, str, dict[str, Any]]]:
    """(indicator id, part, column code, cell) for every cell of a reference criteria file."""
    for criterion in reference["criteria"]:
        for entry in criterion["indicators"]:
            for key, cell in entry["regions"].items():
                if key in PARTS:  # a two-part indicator: one table of cells per part
                    for region, part_cell in cell.items():
                        yield entry["id"], PARTS[key], region.upper(), part_cell
                else:
                    yield entry["id"], None, key.upper(), cell


def _expected_text(value: Any, lang: str) -> str | None:
    """What the threshold cell must show for a reference value (None: a structured rule)."""
    if value is None:
        return "?"
    if isinstance(value, str) and value.startswith("Đạt"):
        return i18n.tr(lang, "Met")
    if value == "Không":  # "none may remain": at most 0
        return "0"
    if isinstance(value, int | float):
        return _written(float(value), lang)
    return None


@pytest.mark.parametrize(
    ("reference_file", "edition_id"),
    [
        ("criteria-2016-2020-commune.yaml", "vn.ntm.xa.2016_2020"),
        ("criteria-2021-2025-commune.yaml", "vn.ntm.xa.2021_2025"),
    ],
)
def test_pages_show_the_reference_figures(site: Path, reference_file: str, edition_id: str) -> None:
    """Each reference cell's figure, status and sources are on its criterion's page."""
    reference = _reference(reference_file)
    book = load_rulebook(edition_id)
    pages: dict[str, dict[str, Section]] = {}
    checked = 0
    for indicator_id, part, code, cell in _figure_cells(reference):
        criterion = indicator_id.split(".")[0]
        if criterion not in pages:
            pages[criterion] = _page(site, mkdocs_hooks.criterion_path(book.short_name, criterion))
        page = pages[criterion]
        for lang in ("vi", "en"):
            section = page[_anchor(lang, indicator_id)]
            label = book.columns.get(code).label_in(lang)
            # the indicator's table first, then one per figure of its rule, in the rule's order
            parts = list(book.indicator(indicator_id).parameters)
            table = section.tables[0 if part is None else 1 + parts.index(part)]
            shown = [(row[1], STATUS_WORDS[lang][row[2]]) for row in table[1:] if row[0] == label]
            where = f"{edition_id} {indicator_id} {code} ({lang})"
            assert shown, where
            expected = _expected_text(cell["value"], lang)
            if expected is None:
                continue
            # a dated column shows several rows: the reference's figure is one of them
            assert any(
                expected in figure.split() and status == cell["verification"]
                for figure, status in shown
            ), (where, shown, cell)
            assert set(cell["source_urls"]) <= section.hrefs, where
            checked += 1
    assert checked > 0


def _criteria_of(rulebook_key: str, reference: dict[str, Any]) -> list[dict[Any, Any]]:
    criteria: list[dict[Any, Any]] = reference["rulebooks"][rulebook_key]["criteria"]
    return criteria


@pytest.mark.parametrize(
    ("reference_file", "rulebook_key", "edition_id"),
    [
        (
            "criteria-other-editions.yaml",
            "advanced_commune_2021_2025",
            "vn.ntm.xa.2021_2025.advanced",
        ),
        ("criteria-2026-2030.yaml", "commune_2026_2030", "vn.ntm.xa.2026_2030"),
    ],
)
def test_every_reference_criterion_has_its_page(
    site: Path, reference_file: str, rulebook_key: str, edition_id: str
) -> None:
    """The advanced and 2026–2030 sets: a page per criterion the reference names, with its name."""
    book = load_rulebook(edition_id)
    criteria = _criteria_of(rulebook_key, _reference(reference_file))
    # YAML 1.1 reads the criteria's number key `no:` as false
    numbers = [str(entry[False]) for entry in criteria]
    assert numbers == [criterion.id for criterion in book.criteria]
    for entry, number in zip(criteria, numbers, strict=True):
        page = _page(site, mkdocs_hooks.criterion_path(book.short_name, number))
        assert entry["name_vi"] in " ".join(page[""].text), number


# --- the hooks in-process ------------------------------------------------------------------


def test_page_text_comes_from_the_catalogues() -> None:
    """Every word the pages ask for is in both catalogues; Vietnamese pages are not English."""
    i18n.MISSING.clear()
    pages = dict(mkdocs_hooks.pages())
    assert not i18n.MISSING
    book = load_rulebook("vn.ntm.xa.2021_2025")
    page = pages[mkdocs_hooks.criterion_path(book.short_name, "3")]
    vi, en = page.split('=== "English"')
    assert i18n.tr("vi", "Threshold") in vi
    assert "Threshold" in en
    assert "Threshold" not in vi


def test_nav_entries_for_absent_pages_are_left_out(tmp_path: Path) -> None:
    """Pages listed before they are written are dropped, with their emptied sections."""
    (tmp_path / "here.md").write_text("# Here\n", encoding="utf-8")
    nav = [
        {"Home": "here.md"},
        {"How-to": [{"Later": "later.md"}, {"Here again": "here.md"}]},
        {"Empty": [{"Later": "later.md"}]},
        {"Elsewhere": "https://example.org/"},
        "here.md",
    ]
    assert mkdocs_hooks._pruned(nav, tmp_path) == [
        {"Home": "here.md"},
        {"How-to": [{"Here again": "here.md"}]},
        {"Elsewhere": "https://example.org/"},
        "here.md",
    ]
