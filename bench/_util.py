"""Small helpers shared by the bench scripts: figures, machine description, measured runs, the
fresh databases a benchmark runs in."""

from __future__ import annotations

import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
STANDARD_SIZES = (1000, 10_000, 100_000)


def sizes_from(argv: list[str], env: dict[str, str] | None = None) -> list[int]:
    """Corpus sizes to run: argv if given, else every standard size up to BENCH_SIZE (1000)."""
    env = os.environ if env is None else env
    if argv:
        return sorted({int(a) for a in argv})
    big = int(env.get("BENCH_SIZE") or "1000")
    return sorted({s for s in STANDARD_SIZES if s <= big} | {big})


def label(n: int) -> str:
    """1000 -> '1k', 100000 -> '100k'."""
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def figure(figures: dict[str, float | int], name: str, value: float | int) -> None:
    """Record a figure and print it as `name: value` (the line format `make bench` collects)."""
    if isinstance(value, float):
        value = round(value, 3 if abs(value) < 10 else 1)
    figures[name] = value
    print(f"{name}: {value}", flush=True)


def note(text: str) -> None:
    """A human note in the output, kept apart from figures by its leading '#'."""
    print(f"# {text}", flush=True)


def machine() -> dict[str, str | int | None]:
    """What the figures were measured on."""
    try:
        free = subprocess.run(["free", "-h"], capture_output=True, text=True, check=False).stdout
    except OSError:
        free = ""
    return {
        "nproc": os.cpu_count(),
        "free_h": free.strip(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
    }


def code_version() -> dict[str, str | bool]:
    """The commit measured, and whether product files had uncommitted changes."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
            ).stdout.strip()
        except OSError:
            return ""

    changed = git("status", "--porcelain", "--", "claims", "sources", "config")
    return {"commit": git("rev-parse", "--short", "HEAD"), "uncommitted_changes": bool(changed)}


def write_json(name: str, payload: dict) -> Path:
    """Write bench/out/<name>.json with the date and machine added."""
    OUT.mkdir(parents=True, exist_ok=True)
    data = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "code": code_version(),
        **payload,
    }
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def _descendants(pid: int) -> list[int]:
    """pid and every process below it (Linux /proc)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    queue.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return found


def _pss_kb(pid: int) -> int:
    """Proportional set size: forked workers share pages with their parent, and RSS would
    count those pages once per process."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _TreeMemory(threading.Thread):
    """Samples the summed PSS of a process tree every `interval` seconds; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            total = sum(_pss_kb(p) for p in _descendants(self.pid))
            self.peak_kb = max(self.peak_kb, total)
            self.done.wait(self.interval)


@dataclass
class Measured:
    """One child process: exit code, wall time, its own peak RSS, its output."""

    returncode: int
    seconds: float
    cpu_seconds: float  # user + system of the child and its workers (not a database server's)
    peak_mb: float  # peak of the summed PSS of the child and its workers, sampled
    peak_rss_max_mb: float  # ru_maxrss: the largest single process of the tree
    stdout: str
    stderr: str

    def tail(self, lines: int = 15) -> str:
        return "\n".join((self.stderr or self.stdout).strip().splitlines()[-lines:])


def run_measured(cmd: list[str], *, env: dict[str, str], cwd: Path = ROOT) -> Measured:
    """Run cmd and measure it alone: os.wait4 gives this child's own rusage (with the workers
    it waited for), not a maximum over every child this process ever had; memory is the summed
    PSS of the child's process tree, sampled four times a second."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err)
        sampler = _TreeMemory(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(
            returncode=proc.returncode,
            seconds=seconds,
            cpu_seconds=usage.ru_utime + usage.ru_stime,
            peak_mb=max(sampler.peak_kb, usage.ru_maxrss) / 1024,  # Linux reports kilobytes
            peak_rss_max_mb=usage.ru_maxrss / 1024,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


# ------------------------------------------------------------------------- benchmark databases

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"


class SqliteDatabase:
    """A fresh SQLite file in a temporary folder, removed afterwards. `with db as url:`."""

    name = "sqlite"

    def __init__(self, tag: str = "") -> None:
        self.prefix = f"claimtrack-bench-{tag}-" if tag else "claimtrack-bench-"

    def __enter__(self) -> str:
        self.folder = tempfile.mkdtemp(prefix=self.prefix)
        return f"sqlite:///{self.folder}/bench.sqlite3"

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class PostgresDatabase:
    """A fresh PostgreSQL database created with psycopg and dropped afterwards, on the server
    of `admin_url` (a maintenance database). `with db as url:`."""

    name = "postgres"

    def __init__(self, admin_url: str, tag: str = "") -> None:
        self.admin_url = admin_url
        middle = f"_{tag}" if tag else ""
        self.dbname = f"claimtrack_bench{middle}_{os.getpid()}"

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql)

    def __enter__(self) -> str:
        self._execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.dbname}"')
        return f"{self.admin_url.rsplit('/', 1)[0]}/{self.dbname}"

    def __exit__(self, *exc) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')

    def reachable(self) -> str | None:
        """None when the server answers, else why not."""
        try:
            self._execute("SELECT 1")
        except Exception as err:  # any driver or network error means: skip PostgreSQL
            return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        return None


def databases_from_env(
    tag: str, skipped: Callable[[str], None], env: dict[str, str] | None = None
) -> list[SqliteDatabase | PostgresDatabase] | None:
    """The databases BENCH_DATABASES names (default "sqlite,postgres"), PostgreSQL on the server
    of BENCH_POSTGRES_URL. An unreachable PostgreSQL is left out with a note and
    `skipped("postgres")`; None (after a message on stderr) for an unknown name."""
    env = os.environ if env is None else env
    admin_url = env.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    databases: list[SqliteDatabase | PostgresDatabase] = []
    for name in (d.strip() for d in env.get("BENCH_DATABASES", "sqlite,postgres").split(",")):
        if name == "sqlite":
            databases.append(SqliteDatabase(tag))
        elif name == "postgres":
            pg = PostgresDatabase(admin_url, tag)
            problem = pg.reachable()
            if problem:
                note(f"PostgreSQL at {admin_url} is unreachable ({problem}): skipped")
                skipped("postgres")
            else:
                databases.append(pg)
        elif name:
            print(
                f"BENCH_DATABASES: unknown database {name!r} (use sqlite, postgres)",
                file=sys.stderr,
            )
            return None
    return databases


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as `uptime` shows them."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"
