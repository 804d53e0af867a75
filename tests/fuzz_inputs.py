"""Hostile inputs for the fuzz suite (``tests/test_fuzz.py``).

Everything starts from a real document (the shipped Thu Lũm profile and plan, a valid
override table, the evaluation document of the Thu Lũm profile) and breaks it:

* structurally, at any depth: a value replaced, a key removed, added or renamed (to an
  int, a float, null, a boolean, a date, a tuple), a node wrapped, stringified or buried
  under deep nesting (:func:`mutated`);
* as text: the document dumped as YAML or JSON with a *hole* where a hostile snippet is
  spliced in raw (5000-digit literals, ``\\ud800`` escapes, alias bombs, ``&a [*a]``,
  ``? [a, b]`` keys, tags, control characters), then mutated byte by byte
  (:func:`document_bytes`).

Hostile values (:data:`hostile_values`) include huge integers, non-finite floats, lone
surrogates, control characters, very long text and unit-string attacks
(:data:`unit_strings`). Deep and self-containing objects are built from small *recipes*
(:func:`build_deep`), so that a falsifying example prints as a recipe, not as a structure
too deep to print.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

import ntm_rules
from ntm_rules.documents import evaluation_document
from ntm_rules.plan.model import FundingSource
from ntm_rules.reading import excerpt
from tests.strategies import override_documents

DATA = Path(ntm_rules.__file__).resolve().parent / "data"
PROFILE_YAML = (DATA / "thu-lum-2025-profile.yaml").read_text(encoding="utf-8")
PLAN_YAML = (DATA / "thu-lum-2025-plan.yaml").read_text(encoding="utf-8")
PROFILE: dict[str, Any] = yaml.safe_load(PROFILE_YAML)
PLAN: dict[str, Any] = yaml.safe_load(PLAN_YAML)
OVERRIDES: dict[str, Any] = {
    "schema": "ntm_rules.overrides/1",
    "id": "lai-chau-1487",
    "base": "vn.ntm.xa.2021_2025",
    "citation": {"instrument": "1487/QĐ-UBND", "provision": "Phụ lục I"},
    "verification": "verified",
    "thresholds": {
        "17.1": {"all": 70},
        "10": {"TDMNPB": {"value": "38,5 triệu đồng/người/năm", "effective_from": "2025-01-01"}},
        "2.2": {"TDMNPB": [{"value": 50}, {"value": "60 %", "effective_from": "2024-03-01"}]},
        "3.1": {"all": 75, "Đồng bằng sông Hồng": {"value": 85, "verification": "unverified"}},
        "19.2": {"all": "Đạt"},
    },
}
"""A valid override table using every form the loader reads."""
EDITION: dict[str, Any] = {
    "schema": "ntm_rules.edition/1",
    "id": "lai-chau-2026",
    "base": "vn.ntm.xa.2026_2030",
    "citation": {"instrument": "51/2025/QĐ-TTg", "provision": "Phụ lục I"},
    "verification": "verified",
    "criteria": [
        {
            "id": "3",
            "indicators": [
                {
                    "id": "3.1",
                    "name_vi": "Thu nhập bình quân đầu người",
                    "name_en": "Income per capita",
                    "kind": "number",
                    "unit": "triệu đồng/người/năm",
                    "direction": "at_least",
                    "thresholds": {"1": 90, "2": "75 triệu đồng/người/năm", "3": 55},
                },
                {
                    "id": "3.2",
                    "name_vi": "Tỷ lệ hộ nghèo",
                    "name_en": "Poverty rate",
                    "kind": "rate",
                    "direction": "at_most",
                    "thresholds": {"1": "1,5 %", "2": 3, "3": 5},
                },
            ],
        }
    ],
}
"""The edition file of :mod:`ntm_rules.edition_files` (completing the 2026–2030 set)."""
EVALUATION: dict[str, Any] = json.loads(
    json.dumps(evaluation_document(ntm_rules.evaluate(ntm_rules.load_profile(PROFILE))))
)
"""The evaluation document of the Thu Lũm profile, as plain JSON data."""

BOOK = ntm_rules.default_rulebook()
INDICATOR_IDS = BOOK.indicator_ids
CRITERION_IDS = tuple(c.id for c in BOOK.criteria)

# --------------------------------------------------------------------------- text attacks

UNIT_ATTACKS = (
    "10**10**10 VND",
    "10**10 đồng",
    "50 + 30",
    "50+30 %",
    "80 - 5",
    "2*3",
    "1e999999",
    "1e-999999 %",
    "1E2",
    "((((",
    "))))",
    "80 %%",
    "80 % %",
    "%",
    "% 80",
    "80 ٪",
    "8⁰",
    "½",
    "Ⅻ",
    "٨٠",
    "８０ %",
    "80 /",
    "/",
    "//",
    "0/0",
    "5/0",
    "1/3/5",
    "-1/3",
    "80 ^ 2",
    "80 m^-2",
    "80 m**-1",
    "80 m^99999999999999999999",
    "nan",
    "NaN %",
    "inf",
    "-inf %",
    "Infinity",
    "0x50",
    "0b101",
    "1_000",
    "1 000 000 đồng",
    "1.234",
    "1,234",
    "12.345 %",
    "1.2.3",
    "1,,5",
    "1..5",
    ".",
    ",",
    ".,",
    "-",
    "+",
    "−5 %",
    "--5",
    "+-5",
    "38,5 triệu đồng/người/năm/năm",
    "38,5 triệu triệu đồng/người/năm",
    "38,5 đồng đồng",
    "38,5 trieu dong/nguoi/nam extra",
    "38,5 triệu/người/năm",
    "38,5 per per",
    "38,5 m2/người/người",
    "1 tỷ nghìn triệu đồng",
    "99,99999999999999999999 %",
    "100,00000000000000000001 %",
    "0," + "0" * 190 + "1",
    "1" + "0" * 199,
    "9" * 201,
    "9" * 5000,
    "1." + "5" * 5000,
    "80 " + "%" * 500,
    "80 " + "m " * 500,
    "80 " + "/người" * 300,
    "(" * 5000,
    "8" + "0" * 4999 + " VND",
    "80\x00%",
    "80\x07 %",
    "80\u200b%",
    "80\u00a0%",
    "80\u202f%",
    "\u202e08 %",
    "\ufeff80",
    "80 %\ud800",
    "\udfff",
)
"""Unit-string attacks: expressions, exponents, separators out of place, repeated words."""

BLANKS = ("", " ", "-", "–", "—", "n/a", "N/A", "na", "null", "None", "chưa có số liệu")
"""Texts that mean "no data" (never 0)."""

ACHIEVED_WORDS = ("Đạt", "đạt", "ĐẠT", "Chưa đạt", "Không đạt", "x", "X", "1", "0", "true")
ACHIEVED_WORDS_MORE = ("false", "có", "không", "yes", "no", "Đạt chuẩn", " đạt ", "dat")

UNIT_WORDS = (
    "%",
    "phần trăm",
    "percent",
    "đồng",
    "VND",
    "đ",
    "nghìn",
    "triệu",
    "tỷ",
    "tr.đ",
    "trđ",
    "million",
    "người",
    "person",
    "khẩu",
    "nhân khẩu",
    "hộ",
    "nhà",
    "căn",
    "năm",
    "year",
    "tháng",
    "m²",
    "m2",
    "m^2",
    "km2",
    "ha",
    "m",
    "km",
    "kg",
    "tấn",
    "điểm",
    "per",
    "triệu đồng/người/năm",
    "m²/người",
)
_UNIT_TOKENS = (
    *"0123456789",
    *"0123456789",
    ".",
    ",",
    "%",
    "/",
    "*",
    "^",
    " ",
    " ",
    "-",
    "+",
    "e",
    "**",
    *UNIT_WORDS,
)

unit_strings: st.SearchStrategy[str] = st.one_of(
    st.lists(st.sampled_from(_UNIT_TOKENS), max_size=14).map("".join),
    st.sampled_from(UNIT_ATTACKS),
    st.builds(
        lambda number, unit: f"{number} {unit}",
        st.from_regex(r"[+\-]?[0-9]{1,4}([.,][0-9]{1,4}){0,3}", fullmatch=True),
        st.sampled_from(UNIT_WORDS),
    ),
)
"""Random strings of digits, ``.``, ``,``, ``%``, ``/``, ``*``, ``^``, spaces and unit words."""

control_text = st.text(
    st.characters(min_codepoint=0, max_codepoint=0x9F, exclude_categories=[]), max_size=8
)
surrogate_text = st.builds(
    lambda head, s, tail: head + s + tail,
    st.text(max_size=4),
    st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff", "\ud800\ud800"]),
    st.text(max_size=4),
)
long_text = st.builds(
    lambda chunk, count: chunk * count,
    st.sampled_from(["x", "9", "Đạt ", "3.1", "ĐBSH", "[", "&a ", "\u0301", "đồng/"]),
    st.sampled_from([201, 501, 5_000, 100_000]),
)
"""Very long strings, built by repetition (cheap to generate, up to 100 000 characters)."""

near_ids = st.sampled_from(INDICATOR_IDS).flatmap(
    lambda i: st.sampled_from(
        [
            i,
            f" {i}",
            f"{i} ",
            i.replace(".", ","),
            f"0{i}",
            f"{i}.0",
            i + "\u200b",
            i + "\x00",
            i + "²",
        ]
    )
)
"""Indicator ids and near misses (padded, comma, leading zero, zero-width space, NUL)."""

hostile_text: st.SearchStrategy[str] = st.one_of(
    unit_strings,
    st.sampled_from(BLANKS + ACHIEVED_WORDS + ACHIEVED_WORDS_MORE),
    control_text,
    surrogate_text,
    long_text,
    near_ids,
    st.sampled_from([r.code for r in ntm_rules.Region] + ["Đồng bằng sông Hồng", "dbsh", "Mars"]),
    st.sampled_from([s.value for s in FundingSource] + ["vn.ntm.xa.2021_2025", "2025-01-01"]),
    st.sampled_from(["²", "³", "¹⁰", "3.²", "①", "٣", "३", "𝟙", "Ⅻ", "½"]),
    st.text(max_size=12),
)

# ------------------------------------------------------------------------- hostile values

HUGE_INTS = (10**400, -(10**400), 10**4000, 2**63, -(2**63) - 1, 2**1024, 10**15 + 1)
SPECIAL_FLOATS = (
    float("nan"),
    float("inf"),
    float("-inf"),
    -0.0,
    5e-324,
    1.7976931348623157e308,
    99.99999999999999,
    100.00000000000001,
)

hostile_scalars: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(HUGE_INTS),
    st.floats(),
    st.sampled_from(SPECIAL_FLOATS),
    hostile_text,
    st.dates(),
    st.datetimes(),
    st.binary(max_size=6),
)

hostile_keys: st.SearchStrategy[Any] = st.one_of(
    hostile_text,
    st.integers(),
    st.floats(),
    st.none(),
    st.booleans(),
    st.dates(),
    st.tuples(st.text(max_size=3), st.integers()),
    st.frozensets(st.integers(), max_size=2),
)
"""Mapping keys of every hashable kind (YAML produces each of them)."""

hostile_values: st.SearchStrategy[Any] = st.recursive(
    hostile_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.tuples(children),
        st.dictionaries(hostile_keys, children, max_size=4),
        st.dictionaries(st.sampled_from(["numerator", "denominator", "value"]), children),
    ),
    max_leaves=8,
)
"""Any hostile value: scalars, then small containers of them with hostile keys."""

# ---------------------------------------------------------------- deep and recursive data

DEEP_SHAPES = ("list", "dict", "mixed", "self-list", "self-dict", "shared")


def build_deep(shape: str, depth: int, leaf: Any = 1) -> Any:
    """A value nested ``depth`` levels deep, or one that contains itself.

    ``shared`` is an alias bomb as Python objects: ``depth`` levels of a 10-element list of
    the level below (the same object repeated, as YAML aliases construct it).
    """
    if shape == "self-list":
        loop: list[Any] = [leaf]
        loop.append(loop)
        return loop
    if shape == "self-dict":
        cycle: dict[str, Any] = {"x": leaf}
        cycle["y"] = cycle
        return cycle
    value: Any = leaf
    for level in range(depth):
        if shape == "shared":
            value = [value] * 10
        elif shape == "list" or (shape == "mixed" and level % 2):
            value = [value]
        else:
            value = {"a": value}
    return value


deep_recipes = st.tuples(
    st.sampled_from(DEEP_SHAPES), st.sampled_from([30, 31, 32, 33, 34, 100, 1_000, 20_000])
)
"""(shape, depth) recipes for :func:`build_deep`; depths around the 32-level limit."""

# ------------------------------------------------------------------ structural mutation

Path_ = tuple[Any, ...]
_REMOVE = object()


def node_paths(document: Any) -> list[Path_]:
    """The path of every node of a plain document (the root is ``()``)."""
    paths: list[Path_] = []
    stack: list[tuple[Any, Path_]] = [(document, ())]
    while stack:
        node, path = stack.pop()
        paths.append(path)
        if isinstance(node, dict):
            stack.extend((child, (*path, key)) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, (*path, n)) for n, child in enumerate(node))
    return sorted(paths, key=lambda p: (len(p), repr(p)))


def node_at(document: Any, path: Path_) -> Any:
    """The node at ``path``."""
    for step in path:
        document = document[step]
    return document


def rebuilt(document: Any, path: Path_, change: Callable[[Any], Any]) -> Any:
    """A copy of ``document`` with the node at ``path`` changed (copying only the path).

    ``change`` may return :data:`_REMOVE` to delete the node from its parent.
    """
    if not path:
        return change(document)
    head, rest = path[0], path[1:]
    new = rebuilt(document[head], rest, change)
    if isinstance(document, dict):
        copied = dict(document)
        if new is _REMOVE:
            del copied[head]
        else:
            copied[head] = new
        return copied
    items = list(document)
    if new is _REMOVE:
        del items[head]
    else:
        items[head] = new
    return items


Change = Callable[[Any], Any]


def _set_to(value: Any) -> Change:
    return lambda _: value


def _with_item(key: Any, value: Any) -> Change:
    return lambda node: {**node, key: value}


def _appended(value: Any) -> Change:
    return lambda node: [*node, value]


def _renamed(old: Any, new: Any) -> Change:
    return lambda node: {(new if key == old else key): value for key, value in node.items()}


def _wrapped(as_list: bool) -> Change:
    return lambda node: [node] if as_list else {"value": node}


def _buried(depth: int) -> Change:
    return lambda node: build_deep("mixed", depth, node)


MUTATIONS = ("replace", "remove", "add", "rekey", "wrap", "stringify", "nest", "swap")


class Case:
    """A generated document and how it was made, with a short repr for readable failures.

    Attributes:
        document: the document (a Python object, or the bytes of a file).
        log: the mutations applied, each with its path and a short excerpt of the value.
        as_json: for bytes, whether the file is JSON (else YAML).
    """

    def __init__(self, document: Any, log: Sequence[str] = (), *, as_json: bool = False) -> None:
        self.document = document
        self.log = list(log)
        self.as_json = as_json

    def __repr__(self) -> str:
        kind = (
            f"{len(self.document)} bytes of {'JSON' if self.as_json else 'YAML'}; "
            if isinstance(self.document, bytes)
            else ""
        )
        return f"Case({kind}{'; '.join(self.log) or 'unchanged'})"


def any_value(value: Any) -> Case:
    """A hostile value as a whole document."""
    return Case(value, [f"the value {excerpt(value)}"])


@st.composite
def mutated(draw: st.DrawFn, base: Any, max_mutations: int = 3) -> Case:
    """``base`` with 1–``max_mutations`` mutations, each at a node of any depth."""
    document = base.document if isinstance(base, Case) else base
    log: list[str] = []
    for _ in range(draw(st.integers(min_value=1, max_value=max_mutations))):
        paths = node_paths(document)
        path = draw(st.sampled_from(paths))
        node = node_at(document, path)
        action = draw(st.sampled_from(MUTATIONS))
        shown = excerpt(path)
        if action == "replace" or (action == "remove" and not path):
            value = draw(hostile_values)
            document = rebuilt(document, path, _set_to(value))
            log.append(f"{shown} = {excerpt(value)}")
        elif action == "remove":
            document = rebuilt(document, path, _set_to(_REMOVE))
            log.append(f"del {shown}")
        elif action == "add" and isinstance(node, dict):
            key, value = draw(hostile_keys), draw(hostile_values)
            document = rebuilt(document, path, _with_item(key, value))
            log.append(f"{shown}[{excerpt(key)}] = {excerpt(value)}")
        elif action == "add" and isinstance(node, list):
            value = draw(st.one_of(hostile_values, st.sampled_from(node or [None])))
            document = rebuilt(document, path, _appended(value))
            log.append(f"{shown}.append({excerpt(value)})")
        elif action == "rekey" and path and isinstance(node_at(document, path[:-1]), dict):
            key = draw(hostile_keys)
            document = rebuilt(document, path[:-1], _renamed(path[-1], key))
            log.append(f"rename {shown} to {excerpt(key)}")
        elif action == "wrap":
            as_list = draw(st.booleans())
            document = rebuilt(document, path, _wrapped(as_list))
            log.append(f"wrap {shown}")
        elif action == "stringify":
            document = rebuilt(document, path, _stringify)
            log.append(f"stringify {shown}")
        elif action == "nest":
            depth = draw(st.sampled_from([31, 32, 33, 40]))
            document = rebuilt(document, path, _buried(depth))
            log.append(f"nest {shown} {depth} deep")
        else:  # copy another node here: types land where they do not belong
            source = draw(st.sampled_from(paths))
            other = node_at(document, source)
            document = rebuilt(document, path, _set_to(copy.deepcopy(other)))
            log.append(f"{shown} = copy of {excerpt(source)}")
    return Case(document, log)


def _stringify(node: Any) -> Any:
    if isinstance(node, str):
        return node.encode("utf-8", "surrogatepass")
    if isinstance(node, bool | int | float):
        return str(node)
    try:
        return json.dumps(node, ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):  # keys JSON cannot write
        return repr(node)


# --------------------------------------------------------------------------- text mutation

HOLE = "HOLE-7f3a9c"
"""A marker string placed in a document, then replaced in the dumped text by a snippet."""


def _bomb(levels: int, width: int = 9) -> str:
    anchors = [f"&l0 [{', '.join(['lol'] * width)}]"]
    anchors += [f"&l{n} [{', '.join([f'*l{n - 1}'] * width)}]" for n in range(1, levels)]
    return "[" + ", ".join(anchors) + "]"


YAML_SNIPPETS = (
    "&a [*a]",
    "&a {x: *a}",
    "&a [1, [2, *a]]",
    "*undefined",
    "&a",
    "? [a, b]\n: 1",
    "{? [a, b] : 1}",
    "{? {a: 1} : 1}",
    "{[1, 2]: x}",
    "{1: x}",
    "{2.5: x}",
    "{~: x}",
    "{true: x}",
    "{2020-01-01: x}",
    "{.nan: x, .nan: y}",
    '"\\ud800"',
    '"a\\udfffb"',
    '{"\\ud800": 1}',
    '"\\x07"',
    '"\\0"',
    '"\\u202e"',
    "!!python/object/apply:os.system [id]",
    "!!python/name:os.system",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1, b: 2]",
    "!!pairs [a: 1, a: 2]",
    "!!timestamp 2020-13-45",
    "!!timestamp x",
    "!!bool maybe",
    "!!map [1]",
    "!!int",
    "[!!float , !!timestamp , !!bool ]",
    "!!seq {a: 1}",
    "{" + ", ".join(f"{n}{'k' * 2000}: {{" for n in range(30)) + "a: 1" + "}" * 30,
    "!!float 1e999999",
    "!!int " + "9" * 5000,
    "!!str",
    "!<tag:yaml.org,2002:int> x",
    "9" * 5000,
    "-" + "9" * 5000,
    "0." + "0" * 5000 + "1",
    "0x" + "f" * 5000,
    "0b" + "1" * 20_000,
    "0o" + "7" * 6000,
    ":".join(["59"] * 3000),
    "1" + "0" * 400,
    "1e999999",
    "-1e999999",
    ".nan",
    ".inf",
    "-.inf",
    "[" * 200 + "]" * 200,
    "{a: " * 200 + "1" + "}" * 200,
    "[" * 33 + "]" * 33,
    "[" * 200,
    _bomb(9),
    _bomb(12, 4),
    "[&x [a, b], *x, *x]",
    "<<: *a",
    "{<<: {a: 1}}",
    "---\n---",
    "...",
    "%YAML 1.1\n---",
    "%TAG ! tag:evil.example,2000:\n--- !x 1",
    "|\n  block\n  text",
    ">-\n  folded",
    "~",
    "'unterminated",
    '"unterminated',
    "{",
    "}",
    "[",
    "]",
    "@",
    "`",
    "# comment",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\ufeff",
    "\u2028",
    "\x85",
    "\t",
    "\r\n",
    "\r",
    "2020-01-01",
    "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43." + "1" * 5000,
    "Đạt",
    "Chưa đạt",
    "'38,5 triệu đồng/người/năm'",
    "'1.200.000.000 đồng'",
    "'10**10**10 VND'",
    "'50 + 30'",
    "'(((('",
    "'80 %%'",
    "x" * 5000,
    "'" + "x" * 100_000 + "'",
)
"""YAML fragments spliced in raw where a value was."""

JSON_SNIPPETS = (
    '"\\ud800"',
    '"\\udfff\\ud800"',
    '{"\\ud800": 1}',
    '"\\u0000"',
    '"\\u0007"',
    '{"\\u0000": 1}',
    "9" * 5000,
    "-" + "9" * 5000,
    "1" + "0" * 400,
    "1e999999",
    "-1e999999",
    "1." + "9" * 5000,
    "0." + "0" * 5000 + "1",
    "1E400",
    "NaN",
    "Infinity",
    "-Infinity",
    "-0",
    "[" * 200 + "]" * 200,
    '{"a": ' * 200 + "1" + "}" * 200,
    "[" * 100_000,
    '{"a": 1, "a": 2}',
    '{"a": 1,}',
    "[1,]",
    "true",
    "null",
    "'single'",
    '"\\x41"',
    '"' + "x" * 100_000 + '"',
    '"' + "\\u0041" * 10_000 + '"',
    "[" + ",".join(["0"] * 60_000) + "]",
)
"""JSON fragments spliced in raw where a value was."""


def _hole_in(draw: st.DrawFn, document: Any, base: Any) -> Any:
    paths = [p for p in node_paths(document) if p]
    if not paths:
        document, paths = base, [p for p in node_paths(base) if p]
    path = draw(st.sampled_from(paths))
    return rebuilt(document, path, _set_to(HOLE))


def dump(document: Any, as_json: bool, flow: bool = False) -> str:
    """``document`` as JSON or YAML text (YAML in block or flow style)."""
    if as_json:
        return json.dumps(document, ensure_ascii=False, indent=1, default=str)
    return yaml.safe_dump(
        document, allow_unicode=True, sort_keys=False, default_flow_style=flow, width=10**6
    )


BYTE_OPERATIONS = ("delete", "insert", "replace", "duplicate", "truncate", "flip")
_INSERTS = (
    b"\x00",
    b"\xff",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\xef\xbb\xbf",
    b"\n",
    b"\r",
    b"\t",
    b": ",
    b"- ",
    b"&a ",
    b"*a",
    b"!!",
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"'",
    b"\\",
    b",",
    b"#",
    b"?",
    b"|",
    b">",
    b"%",
    b"@",
    b"\xe2\x80\xa8",
)


@st.composite
def byte_mutations(draw: st.DrawFn, data: bytes, max_operations: int = 3) -> bytes:
    """``data`` with up to ``max_operations`` byte-level edits."""
    for _ in range(draw(st.integers(min_value=0, max_value=max_operations))):
        size = len(data)
        at = draw(st.integers(min_value=0, max_value=size))
        span = draw(st.integers(min_value=1, max_value=40))
        operation = draw(st.sampled_from(BYTE_OPERATIONS))
        if operation == "delete":
            data = data[:at] + data[at + span :]
        elif operation == "insert":
            chunk = draw(st.one_of(st.sampled_from(_INSERTS), st.binary(min_size=1, max_size=4)))
            data = data[:at] + chunk + data[at:]
        elif operation == "replace" and size:
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
        elif operation == "duplicate":
            data = data[:at] + data[at : at + span] * draw(st.integers(1, 5)) + data[at:]
        elif operation == "truncate":
            data = data[:at]
        elif size:
            index = min(at, size - 1)
            data = (
                data[:index]
                + bytes([data[index] ^ (1 << draw(st.integers(0, 7)))])
                + data[index + 1 :]
            )
    return data


@st.composite
def document_bytes(draw: st.DrawFn, base: Any) -> Case:
    """A real document as YAML or JSON bytes, mutated.

    The text is dumped from ``base`` structurally mutated (into values YAML and JSON can
    write), or with a hole replaced by a raw hostile snippet, or both; then up to three
    byte-level edits are applied.
    """
    as_json = draw(st.booleans())
    document, log = base, []
    if draw(st.booleans()):
        case = draw(mutated(base))
        document, log = _representable(case.document), case.log
    splice = draw(st.booleans())
    if splice:
        document = _hole_in(draw, document, base)
    text = dump(document, as_json, flow=draw(st.booleans()))
    if splice:
        snippet = draw(st.sampled_from(JSON_SNIPPETS if as_json else YAML_SNIPPETS))
        text = text.replace(json.dumps(HOLE) if as_json else HOLE, snippet, 1)
        log.append(f"spliced {excerpt(snippet)}")
    original = text.encode("utf-8", "surrogatepass")
    data = draw(byte_mutations(original))
    if data != original:
        log.append("bytes edited")
    return Case(data, log, as_json=as_json)


def _representable(node: Any) -> Any:
    """``node`` with what YAML and JSON cannot write (tuples, sets, bytes, odd keys) rewritten."""
    if isinstance(node, dict):
        return {
            key
            if isinstance(key, str | int | float | bool) or key is None
            else str(key): _representable(value)
            for key, value in node.items()
        }
    if isinstance(node, list | tuple):
        return [_representable(item) for item in node]
    if isinstance(node, bytes | frozenset | set):
        return repr(node)
    if isinstance(node, int) and not isinstance(node, bool) and node.bit_length() > 13_000:
        return 10**400
    return node


def choose(values: Sequence[Any]) -> st.SearchStrategy[Any]:
    """One of ``values``."""
    return st.sampled_from(list(values))


override_tables = st.one_of(st.just(OVERRIDES), override_documents())
"""Valid override tables: the hand-written one using every form, and generated ones."""
