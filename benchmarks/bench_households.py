"""Benchmark: household classification (``ntm_rules.households``).

Run: ``python benchmarks/bench_households.py`` (``--rows N`` for the column benchmark,
``--parquet-rows N`` for the streamed file). In one run it prints:

* the scalar path (:func:`~ntm_rules.households.classify.classify` on each household
  record, built beforehand) in households per second, on 20 000 households;
* the vector path (:func:`~ntm_rules.households.vector.classify_columns`) on N = 2 x 10^6
  households already in columns, median of 5, and the ratio of the two;
* 10 x 10^6 generated households written to a Parquet file, then read back and summarised
  in batches of 500 000 rows (:func:`~ntm_rules.households.stream.summarise_parquet`) in a
  fresh interpreter, with its wall time and its peak resident memory.

Targets: the vector path at least 2 million households/s on one core; the 10-million
Parquet file in under 2 GiB of peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ntm_rules.households.classify import classify
from ntm_rules.households.facts import FACTS, LATRINES, WATER_SOURCES, Kind
from ntm_rules.households.io import HouseholdTable
from ntm_rules.households.review import household_at
from ntm_rules.households.standards import standard_for_year
from ntm_rules.households.stream import summarise_parquet
from ntm_rules.households.vector import classify_columns

STANDARD = standard_for_year(2025)
GIB = 1024**3


def columns(rows: int, seed: int) -> dict[str, np.ndarray[Any, Any]]:
    """Generated households in the vector path's form (every fact, 5 % of them missing)."""
    rng = np.random.default_rng(seed)
    members = rng.integers(1, 9, rows).astype(np.float64)
    out: dict[str, np.ndarray[Any, Any]] = {}
    for fact in FACTS:
        if fact.name == "area":
            values = rng.integers(0, 2, rows).astype(np.float64)
        elif fact.name == "members":
            values = members
        elif fact.name == "income_per_person_month":
            values = np.round(np.exp(rng.normal(np.log(2_000_000), 0.6, rows))).astype(np.float64)
        elif fact.kind is Kind.CODE:
            values = rng.integers(0, len(fact.vocabulary), rows).astype(np.float64)
        elif fact.kind is Kind.FLAG:
            values = (rng.random(rows) < 0.8).astype(np.float64)
        elif fact.kind is Kind.COUNT:
            values = np.minimum(rng.integers(0, 3, rows), members).astype(np.float64)
        elif fact.name == "floor_area":
            values = np.round(members * rng.uniform(4, 20, rows), 1)
        else:  # the income sections, costs and weight: the monthly figure is given
            values = np.full(rows, np.nan)
        if fact.at_most:  # a count within the count that holds it (school pupils in children)
            values = np.fmin(values, out[fact.at_most])
        if fact.name not in ("area", "members", "income_per_person_month"):
            values[rng.random(rows) < 0.05] = np.nan
        out[fact.name] = values
    return out


def scalar_rate(rows: int = 20_000) -> float:
    """Households per second of ``classify`` on each record (records built beforehand)."""
    table = HouseholdTable(columns(rows, 1), None, None, np.arange(rows), ())
    records = [household_at(table, i) for i in range(rows)]
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        for record in records:
            classify(record, STANDARD)
        timings.append(time.perf_counter() - started)
    return rows / statistics.median(timings)


def vector_rate(rows: int) -> float:
    """Households per second of ``classify_columns`` on columns (median of 5)."""
    data = columns(rows, 2)
    timings = []
    for _ in range(5):
        fresh = {name: values.copy() for name, values in data.items()}
        started = time.perf_counter()
        classify_columns(fresh, STANDARD)
        timings.append(time.perf_counter() - started)
    return rows / statistics.median(timings)


def write_parquet(path: Path, rows: int, batch: int = 1_000_000) -> None:
    """A Parquet file of generated households, typed as a statistics office would store them."""
    writer = None
    for start in range(0, rows, batch):
        data = columns(min(batch, rows - start), 10 + start // batch)
        arrays: dict[str, Any] = {}
        for fact in FACTS:
            values = data[fact.name]
            missing = np.isnan(values)
            if fact.name == "area":
                words = np.array(["rural", "urban"])[values.astype(np.intp)]
                arrays[fact.name] = pa.array(words).dictionary_encode()
            elif fact.kind is Kind.CODE:
                vocabulary = WATER_SOURCES if fact.name == "water_source" else LATRINES
                index = pa.array(np.where(missing, 0, values).astype(np.int8), mask=missing)
                arrays[fact.name] = pa.DictionaryArray.from_arrays(index, pa.array(vocabulary))
            elif fact.kind is Kind.FLAG:
                arrays[fact.name] = pa.array(values == 1, mask=missing)
            elif fact.kind is Kind.COUNT:
                arrays[fact.name] = pa.array(np.nan_to_num(values).astype(np.int8), mask=missing)
            else:
                arrays[fact.name] = pa.array(values.astype(np.float32), mask=missing)
        table = pa.table(arrays)
        if writer is None:
            writer = pq.ParquetWriter(str(path), table.schema)
        writer.write_table(table)
    if writer is not None:
        writer.close()


def _peak_resident() -> int:
    """This process's peak resident memory, bytes (VmHWM: ru_maxrss keeps the parent's peak)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # pragma: no cover


def stream(path: str, batch_rows: int) -> None:
    """Summarise the Parquet file in batches; print the figures as JSON (a fresh process)."""
    started = time.perf_counter()
    result = summarise_parquet(path, batch_rows=batch_rows, year=2025)
    elapsed = time.perf_counter() - started
    peak = _peak_resident()
    summary = result.summary
    print(
        json.dumps(
            {
                "households": summary.households,
                "seconds": elapsed,
                "peak_bytes": peak,
                "poverty": summary.poverty.value,
                "problems": result.problem_count,
                "batches": result.batches,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--parquet-rows", type=int, default=10_000_000)
    parser.add_argument("--batch-rows", type=int, default=500_000)
    parser.add_argument("--stream", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream:
        stream(args.stream, args.batch_rows)
        return
    scalar = scalar_rate()
    print(f"standard: {STANDARD.id}, 12 indicators, 5 % of facts missing")
    print(f"scalar path (classify per household): {scalar:,.0f} households/s")
    vector = vector_rate(args.rows)
    print(f"vector path, N = {args.rows:,} (columns): {vector:,.0f} households/s")
    print(f"ratio vector / scalar: {vector / scalar:,.0f}x")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "households.parquet"
        started = time.perf_counter()
        write_parquet(path, args.parquet_rows)
        size = path.stat().st_size
        print(
            f"wrote {args.parquet_rows:,} households to Parquet: {size / 2**20:,.0f} MiB "
            f"in {time.perf_counter() - started:.1f} s"
        )
        command = [
            sys.executable,
            __file__,
            "--stream",
            str(path),
            "--batch-rows",
            str(args.batch_rows),
        ]
        figures = json.loads(
            subprocess.run(command, capture_output=True, text=True, check=True).stdout
        )
    rate = figures["households"] / figures["seconds"]
    print(
        f"streamed from Parquet in batches of {args.batch_rows:,}: {figures['households']:,} "
        f"households in {figures['seconds']:.1f} s ({rate:,.0f} households/s), "
        f"peak resident memory {figures['peak_bytes'] / GIB:.2f} GiB (target < 2 GiB)"
    )
    print(f"indicator 11 hand-off: {figures['poverty']}; problems: {figures['problems']}")


if __name__ == "__main__":
    main()
