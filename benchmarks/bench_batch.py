"""Benchmark: province-scale evaluation (``evaluate_many`` and ``ntm-rules batch``).

Run: ``python benchmarks/bench_batch.py`` (``--rows N`` for another vector size). In one
run it prints the scalar loop (:func:`ntm_rules.evaluate` per commune), the vector path on
already-parsed columns for N = 10^6 communes, their ratio, the memory the vector path
takes beyond its input, and ``ntm-rules batch`` end to end on a 100 000-row CSV.

Targets: the vector path at least 3 million communes/s on one core, under 400 bytes per
commune beyond the input; ``ntm-rules batch`` on 100 000 rows under 5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pyarrow.csv as pa_csv  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.batch.synthetic import table

from ntm_rules.batch.cells import Reader
from ntm_rules.batch.engine import columns_of
from ntm_rules.batch.header import layout
from ntm_rules.batch.scalar import profiles
from ntm_rules.batch.table import read_table
from ntm_rules.batch.vector import evaluate_columns
from ntm_rules.editions import edition
from ntm_rules.engine import evaluate

BOOK = edition("vn.ntm.xa.2021_2025")


def scalar_rate(rows: int = 2000) -> float:
    """Communes per second of the scalar loop: ``evaluate`` on each profile, read beforehand."""
    raw = read_table(table(BOOK, rows, seed=1, blank_share=0.0))
    reader = Reader(BOOK, layout(raw.names, BOOK, lambda position: True))
    communes = profiles(reader.read(raw, 0, raw.length), reader)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        for profile in communes:
            evaluate(profile, BOOK)
        timings.append(time.perf_counter() - started)
    return rows / statistics.median(timings)


def vector_rate(rows: int) -> tuple[float, float]:
    """Communes per second of the vector path on parsed columns, and its bytes per commune."""
    raw = read_table(table(BOOK, rows, seed=2, blank_share=0.0))
    reader = Reader(BOOK, layout(raw.names, BOOK, lambda position: True))
    parsed = reader.read(raw, 0, raw.length)
    columns = columns_of(parsed, reader)
    del raw
    evaluate_columns(BOOK, columns, reader.contexts)  # warm up
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        evaluate_columns(BOOK, columns, reader.contexts)
        timings.append(time.perf_counter() - started)
    tracemalloc.start()
    evaluate_columns(BOOK, columns, reader.contexts)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return rows / statistics.median(timings), peak / rows


def cli_seconds(rows: int = 100_000) -> float:
    """Wall time of ``ntm-rules batch`` on a CSV of ``rows`` communes (median of 3)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "communes.csv"
        pa_csv.write_csv(table(BOOK, rows, seed=3), source)
        command = [sys.executable, "-m", "ntm_rules.cli", "batch", str(source), "--quiet"]
        command += ["-o", str(Path(folder) / "results.csv")]
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=dict(os.environ))
            timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000, help="communes for the vector path")
    rows = parser.parse_args().rows
    print(f"edition: {BOOK.id}, every one of its {len(BOOK.indicator_ids)} indicators given")
    scalar = scalar_rate()
    print(f"scalar loop (evaluate per commune): {scalar:,.0f} communes/s")
    vector, memory = vector_rate(rows)
    print(f"vector path, N = {rows:,} (parsed columns): {vector:,.0f} communes/s")
    print(f"ratio vector / scalar: {vector / scalar:,.0f}x")
    print(f"vector memory beyond the input: {memory:,.0f} bytes per commune")
    print(f"ntm-rules batch, 100,000-row CSV, end to end: {cli_seconds():.2f} s")


if __name__ == "__main__":
    main()
