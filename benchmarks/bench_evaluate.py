"""Benchmark: one full commune evaluation, batch throughput, and import time.

Run: ``python benchmarks/bench_evaluate.py``. Targets: <= 100 µs per commune with every
indicator filled, ``import ntm_rules`` <= 150 ms (pint not imported).
"""

import statistics
import subprocess
import sys
import time

import ntm_rules
from ntm_rules.examples import example_profile_path


def full_profile() -> ntm_rules.CommuneProfile:
    """The Thu Lũm example with every indicator filled (missing ones given as achieved/50 %)."""
    base = ntm_rules.load_profile(example_profile_path())
    values = base.to_dict()["values"]
    for indicator in ntm_rules.default_rulebook().indicators():
        if indicator.id not in values:
            values[indicator.id] = True if indicator.direction.value == "achieved" else 50
    return ntm_rules.load_profile({**base.to_dict(), "values": values})


def per_call(fn: object, repeat: int = 2000, rounds: int = 7) -> float:
    """The median seconds per call over several rounds."""
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()  # type: ignore[operator]
        timings.append((time.perf_counter() - start) / repeat)
    return statistics.median(timings)


def import_time() -> float:
    """Median wall time of ``import ntm_rules`` in a fresh interpreter, and whether pint loaded."""
    code = (
        "import time,sys; t=time.perf_counter(); import ntm_rules; "
        "print(time.perf_counter()-t, 'pint' in sys.modules)"
    )
    runs = []
    for _ in range(7):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        seconds, pint_loaded = out.stdout.split()
        assert pint_loaded == "False", "pint must load lazily"
        runs.append(float(seconds))
    return statistics.median(runs)


def main() -> None:
    """Print the figures."""
    profile = full_profile()
    assert len(profile.values) == len(ntm_rules.default_rulebook().indicator_ids)
    ntm_rules.evaluate(profile)
    seconds = per_call(lambda: ntm_rules.evaluate(profile))
    print(f"indicators filled: {len(profile.values)}")
    print(f"evaluate one commune: {seconds * 1e6:.1f} µs (median)")
    print(f"throughput: {1 / seconds:,.0f} communes/s on one core")
    started = time.perf_counter()
    for _ in range(10_000):
        ntm_rules.evaluate(profile)
    print(f"10,000 communes: {time.perf_counter() - started:.2f} s")
    print(f"import ntm_rules: {import_time() * 1e3:.0f} ms (pint not loaded)")


if __name__ == "__main__":
    main()
