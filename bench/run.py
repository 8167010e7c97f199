"""`make bench`: run every benchmark module present, collect their figures into one file.

    python bench/run.py                    # quick sizes (1k)
    BENCH_SIZE=100000 python bench/run.py  # the big run
    python bench/run.py import relations   # only these modules (bench_<name>.py)
    BENCH_SKIP=load,pages python bench/run.py   # all but these

Each module runs in its own process with the same environment (BENCH_SIZE passes through) and
prints `name: value` lines; they are echoed as they come and merged, with each module's own
JSON file (bench/out/<name>.json), into bench/out/bench.json. A module that fails is reported
as `<name>_failed: 1` followed by the tail of its stderr, and the driver then exits non-zero.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import OUT, ROOT, write_json  # noqa: E402

BENCH = ROOT / "bench"
ORDER = ["extract", "import", "relations", "pages"]
FIGURE = re.compile(r"^([A-Za-z0-9_.]+): (-?[0-9.]+(?:e[-+]?\d+)?)\s*$")


def modules(selected: list[str]) -> list[Path]:
    """bench_<name>.py files: the known ones in ORDER first, then any others by name."""
    present = {p.stem.removeprefix("bench_"): p for p in BENCH.glob("bench_*.py")}
    names = [n for n in ORDER if n in present] + sorted(n for n in present if n not in ORDER)
    if selected:
        unknown = [n for n in selected if n not in present]
        if unknown:
            raise SystemExit(
                f"no bench module for {', '.join(unknown)}; present: {', '.join(names)}"
            )
        names = [n for n in names if n in selected]
    else:
        skip = {n.strip() for n in os.environ.get("BENCH_SKIP", "").split(",") if n.strip()}
        names = [n for n in names if n not in skip]
    return [present[n] for n in names]


def _echo_stderr(stream, tail: deque) -> None:
    for raw in stream:
        line = raw.decode("utf-8", "replace")
        tail.append(line.rstrip("\n"))
        sys.stderr.write(line)
        sys.stderr.flush()


def run_module(path: Path) -> tuple[int, dict[str, float], list[str], float]:
    """(exit code, figures, stderr tail, seconds) of one module, its output echoed live."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    tail: deque[str] = deque(maxlen=25)
    reader = threading.Thread(target=_echo_stderr, args=(proc.stderr, tail), daemon=True)
    reader.start()
    figures: dict[str, float] = {}
    assert proc.stdout is not None
    for raw in proc.stdout:
        line = raw.decode("utf-8", "replace").rstrip("\n")
        print(line, flush=True)
        match = FIGURE.match(line)
        if match:
            text = match.group(2)
            figures[match.group(1)] = float(text) if any(c in text for c in ".e") else int(text)
    code = proc.wait()
    reader.join(timeout=5)
    return code, figures, list(tail), time.perf_counter() - started


def module_json(name: str, since: float) -> dict | None:
    """The module's own bench/out/<name>.json if this run wrote it."""
    for candidate in (OUT / f"{name}.json", OUT / f"bench_{name}.json"):
        if candidate.exists() and candidate.stat().st_mtime >= since:
            try:
                return json.loads(candidate.read_text(encoding="utf-8"))
            except ValueError:
                return {"unreadable": str(candidate)}
    return None


def main(argv: list[str]) -> int:
    size = os.environ.get("BENCH_SIZE") or "1000"
    selected = modules(argv)
    print(f"# make bench: BENCH_SIZE={size}, {os.cpu_count()} CPUs", flush=True)
    figures: dict[str, float] = {}
    results: dict[str, dict] = {}
    failed: list[str] = []
    for path in selected:
        name = path.stem.removeprefix("bench_")
        print(f"# --- {path.name}", flush=True)
        since = time.time() - 1
        code, found, tail, seconds = run_module(path)
        figures.update(found)
        results[name] = {
            "returncode": code,
            "seconds": round(seconds, 1),
            "figures": found,
            "json": module_json(name, since),
        }
        print(f"# {path.name}: exit {code} after {seconds:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
            figures[f"{name}_failed"] = 1
            results[name]["stderr_tail"] = tail
            print(f"{name}_failed: 1", flush=True)
            print(f"# {path.name} exited with {code}; last lines of its stderr:", flush=True)
            for line in tail[-15:]:
                print(f"#   {line}", flush=True)
    path = write_json("bench", {"bench_size": int(size), "figures": figures, "modules": results})
    print(f"# figures written to {path.relative_to(ROOT)}", flush=True)
    if failed:
        print(f"# FAILED: {', '.join(failed)}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
