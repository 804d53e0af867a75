"""Benchmark: the speed of the core (issue 13), each figure beside a baseline from the same run.

Run: ``python benchmarks/bench_evaluate.py``. It prints, for each measure, our figure, its
baseline measured in the same run (so that the load of a shared machine shows in both) and
their ratio. Each figure is the best of several rounds, ours and the baseline's interleaved
(the best round is the one least disturbed by other work on the machine); in-process figures
are CPU time of this process (``time.process_time``), which other processes on a shared
machine do not inflate; whole processes are wall time:

- one evaluation of a commune with every one of the 56 indicators of 2021–2025 filled
  (``ntm_rules.evaluate``, results carrying everything needed to explain them), against a
  bare Python loop over the same 56 comparisons; target <= 40 µs, stretch 25 µs;
- ``import ntm_rules`` in a fresh interpreter (the bytecode compiled first, as installed),
  against a whole ``python -c pass``; target <= 80 ms, pint, PyYAML, cattrs, orjson not imported
  (each loads with the first use that needs it);
- the whole process ``ntm-rules evaluate --example thu-lum-2025``, against ``python -c pass``;
  target <= 250 ms;
- one evaluation written as JSON (``evaluation_json``: the document built, sealed and
  written as UTF-8), against ``json.dumps`` of the same document already built as a plain
  dict; target <= 0.5 ms; also without orjson (the ``fast`` extra), and the older road,
  ``json.dumps(evaluation_document(...))``.
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ntm_rules
from ntm_rules import json_io
from ntm_rules.documents import evaluation_document, evaluation_json
from ntm_rules.examples import example_profile_path
from ntm_rules.measurements import Achievement, Components

ROUNDS = 15


def full_profile() -> ntm_rules.CommuneProfile:
    """The Thu Lũm example with every indicator filled (missing ones given as achieved/50 %)."""
    base = ntm_rules.load_profile(example_profile_path())
    values = base.to_dict()["values"]
    for indicator in ntm_rules.default_rulebook().indicators():
        if indicator.id not in values:
            values[indicator.id] = True if indicator.direction.value == "achieved" else 50
    return ntm_rules.load_profile({**base.to_dict(), "values": values})


def bare_comparisons(evaluation: ntm_rules.Evaluation) -> list[tuple[object, object, bool]]:
    """The 56 (value, bound, at least?) comparisons of the evaluation, as plain Python data."""
    pairs: list[tuple[object, object, bool]] = []
    for result in evaluation.indicators:
        measurement, threshold = result.measurement, result.threshold
        if measurement is None or isinstance(measurement, Components):
            value: object = 1.0
        elif isinstance(measurement, Achievement):
            value = measurement.value
        else:
            value = float(measurement.value)
        bound = threshold.value if threshold is not None and threshold.is_known else 0.0
        at_least = result.indicator.direction is not ntm_rules.Direction.AT_MOST
        pairs.append((value, bound, at_least))
    return pairs


def bare_loop(pairs: list[tuple[object, object, bool]]) -> list[bool]:
    """The baseline: one comparison per indicator, each verdict kept."""
    verdicts = []
    for value, bound, at_least in pairs:
        verdicts.append(value >= bound if at_least else value <= bound)  # type: ignore[operator]
    return verdicts


def seconds_per_call(
    ours: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Best seconds per call of both, their rounds interleaved so that both see the same load."""
    times: dict[str, list[float]] = {"ours": [], "baseline": []}
    for _ in range(ROUNDS):
        for name, fn in (("ours", ours), ("baseline", baseline)):
            start = time.process_time()
            for _ in range(repeat):
                fn()
            times[name].append((time.process_time() - start) / repeat)
    return min(times["ours"]), min(times["baseline"])


def process_seconds(
    ours: list[str], baseline: list[str], runs: int = ROUNDS
) -> tuple[float, float]:
    """Best wall time of two whole processes, run in turn."""
    times: dict[str, list[float]] = {"ours": [], "baseline": []}
    for _ in range(runs):
        for name, command in (("ours", ours), ("baseline", baseline)):
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    return min(times["ours"]), min(times["baseline"])


def compile_package() -> None:
    """Write the package's bytecode first, as an installed package has it.

    Otherwise, with ``PYTHONDONTWRITEBYTECODE`` set or sources edited since, every fresh
    interpreter compiles the modules again, and the figures measure the compiler.
    """
    compileall.compile_dir(Path(ntm_rules.__file__).parent, quiet=1)


def import_seconds(runs: int = ROUNDS) -> tuple[float, float]:
    """Best time of ``import ntm_rules`` in a fresh interpreter, and of ``python -c pass``."""
    code = (
        "import time,sys; t=time.perf_counter(); import ntm_rules; "
        "print(time.perf_counter()-t,"
        " any(m in sys.modules for m in ('pint', 'yaml', 'cattrs', 'orjson')))"
    )
    imports, bare = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        seconds, heavy_loaded = out.stdout.split()
        assert heavy_loaded == "False", "pint, PyYAML, cattrs, orjson must load on first use"
        imports.append(float(seconds))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - start)
    return min(imports), min(bare)


def line(name: str, ours: float, baseline: float, *, unit: str, scale: float, target: str) -> None:
    """One figure, its baseline and their ratio."""
    print(
        f"{name}: {ours * scale:,.2f} {unit} | baseline {baseline * scale:,.2f} {unit}"
        f" | ratio {ours / baseline:,.1f}x | target {target}"
    )


def main() -> None:
    """Print every figure with its baseline and their ratio."""
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    profile = full_profile()
    assert len(profile.values) == len(ntm_rules.default_rulebook().indicator_ids) == 56
    evaluation = ntm_rules.evaluate(profile)
    pairs = bare_comparisons(evaluation)
    ours, baseline = seconds_per_call(
        lambda: ntm_rules.evaluate(profile), lambda: bare_loop(pairs), 500
    )
    line(
        "evaluate one commune (56 indicators)",
        ours,
        baseline,
        unit="µs",
        scale=1e6,
        target="<= 40 µs (25)",
    )
    print(f"  throughput: {1 / ours:,.0f} communes/s on one core")

    written = evaluation_json(evaluation)
    plain = json.loads(written)
    ours, baseline = seconds_per_call(
        lambda: evaluation_json(evaluation), lambda: json.dumps(plain, ensure_ascii=False), 200
    )
    writer = "orjson" if json_io.FAST else "the standard library"
    line("evaluation as JSON (sealed)", ours, baseline, unit="ms", scale=1e3, target="<= 0.5 ms")
    print(f"  evaluation_json, written by {writer}: {len(written):,} bytes")
    fast, json_io.FAST = json_io.FAST, None
    alone, dumped = seconds_per_call(
        lambda: evaluation_json(evaluation),
        lambda: json.dumps(evaluation_document(evaluation), ensure_ascii=False),
        50,
    )
    json_io.FAST = fast
    print(
        f"  without the fast extra: {alone * 1e3:.2f} ms;"
        f" json.dumps(evaluation_document(...)): {dumped * 1e3:.2f} ms"
    )

    compile_package()
    ours, baseline = import_seconds()
    line(
        "import ntm_rules",
        ours,
        baseline,
        unit="ms",
        scale=1e3,
        target="<= 80 ms (pint, PyYAML, cattrs, orjson not loaded)",
    )

    cli = Path(sys.executable).with_name("ntm-rules")
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "ntm_rules.cli"]
    ours, baseline = process_seconds(
        [*command, "evaluate", "--example", "thu-lum-2025"], [sys.executable, "-c", "pass"]
    )
    line(
        "ntm-rules evaluate --example thu-lum-2025",
        ours,
        baseline,
        unit="ms",
        scale=1e3,
        target="<= 250 ms",
    )


if __name__ == "__main__":
    main()
