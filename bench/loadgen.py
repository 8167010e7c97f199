"""A small HTTP load generator: N connections (threads, keep-alive when the server allows it),
bounded by a request count and/or a time limit (and optionally a stop file), over a mix of
paths read from stdin.

    printf '/claims/\\n/claims/?format=json\\n' | python bench/loadgen.py \\
        --base http://127.0.0.1:8000 --connections 32 --requests 20000 --seconds 600

Each connection walks the paths in a shuffled order of its own. Prints one JSON object:
requests, seconds, rps, latency p50/p90/p99/max in ms, statuses {code: count}, non_2xx,
errors (connection refused/reset, timeouts, malformed answers) and the first few error texts.
Used where wrk cannot do the job: a fixed number of requests, a mix of URLs, per-status counts.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sys
import threading
import time
from urllib.parse import urlsplit


class _Budget:
    """Hands out request slots until the count or the deadline runs out, or a stop file
    appears (so a caller can end the load when what it runs alongside is done)."""

    def __init__(self, requests: int | None, deadline: float, stop_file: str | None) -> None:
        self.left = requests
        self.deadline = deadline
        self.stop_file = stop_file
        self.lock = threading.Lock()
        self.checked = 0.0

    def take(self) -> bool:
        now = time.monotonic()
        if now >= self.deadline:
            return False
        if self.stop_file and now - self.checked > 0.2:
            self.checked = now
            if os.path.exists(self.stop_file):
                self.deadline = now
                return False
        with self.lock:
            if self.left is None:
                return True
            if self.left <= 0:
                return False
            self.left -= 1
            return True


def _worker(
    host: str,
    port: int,
    paths: list[str],
    seed: int,
    budget: _Budget,
    timeout: float,
    out: dict,
) -> None:
    rng = random.Random(seed)
    order = paths[:]
    rng.shuffle(order)
    latencies: list[float] = out["latencies"]
    statuses: dict[int, int] = out["statuses"]
    errors: list[str] = out["errors"]
    conn: http.client.HTTPConnection | None = None
    i = 0
    while budget.take():
        path = order[i % len(order)]
        i += 1
        if conn is None:
            conn = http.client.HTTPConnection(host, port, timeout=timeout)
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept-Encoding": "identity"})
            response = conn.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            latencies.append(elapsed)
            statuses[response.status] = statuses.get(response.status, 0) + 1
            if response.status >= 500 or elapsed > 0.5:
                out["notable"].append((round(elapsed * 1000, 1), response.status, path))
            if response.will_close:
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as err:
            latencies.append(time.perf_counter() - started)
            errors.append(f"{path}: {type(err).__name__}: {err}")
            conn.close()
            conn = None
    if conn is not None:
        conn.close()


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(q * len(sorted_values)) - 1))
    return sorted_values[index]


def run(
    base: str,
    paths: list[str],
    connections: int,
    requests: int | None = None,
    seconds: float | None = None,
    timeout: float = 30.0,
    seed: int = 1,
    stop_file: str | None = None,
) -> dict:
    """Drive the paths and return the figures (see module doc)."""
    if not paths:
        raise ValueError("no paths to request")
    if requests is None and seconds is None:
        raise ValueError("give a request count, a time limit, or both")
    url = urlsplit(base)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    started = time.monotonic()
    budget = _Budget(requests, started + (seconds if seconds is not None else 10**9), stop_file)
    outs = [
        {"latencies": [], "statuses": {}, "errors": [], "notable": []} for _ in range(connections)
    ]
    threads = [
        threading.Thread(
            target=_worker,
            args=(host, port, paths, seed * 1000 + n, budget, timeout, outs[n]),
            daemon=True,
        )
        for n in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies = sorted(x for o in outs for x in o["latencies"])
    statuses: dict[str, int] = {}
    for o in outs:
        for code, count in o["statuses"].items():
            statuses[str(code)] = statuses.get(str(code), 0) + count
    errors = [e for o in outs for e in o["errors"]]
    done = len(latencies)
    return {
        "requests": done,
        "seconds": round(elapsed, 3),
        "rps": round(done / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(_percentile(latencies, 0.50) * 1000, 2),
        "p90_ms": round(_percentile(latencies, 0.90) * 1000, 2),
        "p99_ms": round(_percentile(latencies, 0.99) * 1000, 2),
        "max_ms": round((latencies[-1] if latencies else 0) * 1000, 2),
        "statuses": dict(sorted(statuses.items())),
        "non_2xx": sum(n for code, n in statuses.items() if not code.startswith(("2", "3"))),
        "server_errors": sum(n for code, n in statuses.items() if code.startswith("5")),
        "errors": len(errors),
        "error_samples": errors[:10],
        # answers that were 5xx or took over half a second, slowest first
        "notable": sorted((n for o in outs for n in o["notable"]), reverse=True)[:20],
    }


def main(argv: list[str]) -> int:
    """CLI: paths on stdin (one per line), figures as JSON on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="e.g. http://127.0.0.1:8000")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--requests", type=int, help="stop after this many requests")
    parser.add_argument("--seconds", type=float, help="stop after this many seconds")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-request timeout")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stop-file", help="stop as soon as this file exists")
    args = parser.parse_args(argv)
    paths = [line.strip() for line in sys.stdin if line.strip()]
    if args.requests is None and args.seconds is None:
        parser.error("give --requests, --seconds or both")
    result = run(
        args.base,
        paths,
        args.connections,
        requests=args.requests,
        seconds=args.seconds,
        timeout=args.timeout,
        seed=args.seed,
        stop_file=args.stop_file,
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
