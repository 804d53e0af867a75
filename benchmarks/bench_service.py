"""Benchmark: the HTTP service under sustained load, from a second process on localhost.

Run: ``python benchmarks/bench_service.py [--seconds 10] [--clients 4]``. Starts
``ntm-rules serve`` on a free 127.0.0.1 port (one uvicorn worker), then, for ``/evaluate``
(the Thu Lũm example profile) and ``/batch`` (100 communes as JSON rows), keeps ``--clients``
keep-alive connections busy for ``--seconds`` each and prints the sustained requests per
second, p50/p99 latency and the error count. Baseline: the same work in-process (parse the
body, evaluate, build and encode the document) in a loop, and the ratio of the two.
Bounded in time; every request goes to 127.0.0.1 only; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' live server helpers

from tests.service.live import free_port, start, stop

from ntm_rules.examples import example_profile_path
from ntm_rules.service.batching import batch_from_json
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.handlers import evaluate_document
from ntm_rules.service.requests import json_body


def load(url: str, body: bytes, seconds: float, clients: int) -> tuple[list[float], int]:
    """Latencies of every request that succeeded, and the number that did not."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        nonlocal errors
        mine: list[float] = []
        failed = 0
        headers = {"content-type": "application/json"}
        with httpx.Client(timeout=30) as session:
            while time.monotonic() < stop_at:
                start = time.perf_counter()
                try:
                    ok = session.post(url, content=body, headers=headers).status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    mine.append(time.perf_counter() - start)
                else:
                    failed += 1
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def in_process(work: Callable[[], Any], seconds: float) -> float:
    """Calls per second of ``work`` in a loop for ``seconds``."""
    work()
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        work()
        count += 1
    return count / (time.perf_counter() - start)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint (default 10)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent connections")
    args = parser.parse_args()
    profile = yaml.safe_load(example_profile_path().read_text("utf-8"))
    rows = [
        {"commune": f"Xã {n}", "region": "TN", "year": 2024, "3.1": f"{70 + n % 20}", "15.3": "20"}
        for n in range(100)
    ]
    bodies = {
        "/evaluate": json.dumps(profile, ensure_ascii=False).encode(),
        "/batch": json.dumps({"rows": rows}).encode(),
    }
    config = ServiceConfig()
    baselines: dict[str, Callable[[], Any]] = {
        "/evaluate": lambda: json.dumps(
            evaluate_document(json_body(bodies["/evaluate"]), config), ensure_ascii=False
        ),
        "/batch": lambda: json.dumps(batch_from_json(json_body(bodies["/batch"]), config)),
    }
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NTM_RULES_TOKEN"}
    log = Path(tempfile.mkdtemp()) / "server.log"
    server = start(["--port", str(port)], log, env)
    try:
        print(f"server: ntm-rules serve, one uvicorn worker, 127.0.0.1:{port}")
        print(f"load: {args.clients} keep-alive clients, {args.seconds:g} s per endpoint")
        for path, body in bodies.items():
            latencies, errors = load(
                f"http://127.0.0.1:{port}{path}", body, args.seconds, args.clients
            )
            rate = len(latencies) / args.seconds
            baseline = in_process(baselines[path], min(args.seconds, 5.0))
            what = "1 profile" if path == "/evaluate" else "100 communes"
            print(
                f"{path} ({what}, {len(body):,} bytes): {rate:,.0f} requests/s, "
                f"p50 {percentile(latencies, 0.5) * 1000:.2f} ms, "
                f"p99 {percentile(latencies, 0.99) * 1000:.2f} ms, errors {errors} "
                f"of {len(latencies) + errors}"
            )
            print(
                f"  baseline, the same work in-process: {baseline:,.0f} /s "
                f"({1000 / baseline:.2f} ms each); ratio service / in-process: {rate / baseline:.2f}"
            )
            if latencies:
                print(f"  mean latency {statistics.mean(latencies) * 1000:.2f} ms")
    finally:
        stop(server)


if __name__ == "__main__":
    main()
