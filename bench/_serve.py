"""Shared by the page, search and load benchmarks: a throwaway PostgreSQL database, the site
under gunicorn with bench settings, and load generation (wrk when installed, else loadgen.py).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
BIN = Path(sys.executable).parent
ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_available() -> str | None:
    """None when PostgreSQL answers at BENCH_POSTGRES_URL, else the reason it does not."""
    try:
        import psycopg

        psycopg.connect(ADMIN_URL, connect_timeout=5).close()
    except Exception as err:  # any failure means: skip the PostgreSQL benches
        return f"{type(err).__name__}: {str(err).strip().splitlines()[0] if str(err) else ''}"
    return None


class PostgresDatabase:
    """A fresh database `<name>_<pid>`, dropped at exit. The pid keeps two bench runs at the
    same time (two sessions, or `make bench` beside a single module) off each other's data;
    databases of `name` left by runs that were killed are dropped on entry."""

    def __init__(self, name: str, keep: bool = False) -> None:
        self.base = name
        self.name = name if keep else f"{name}_{os.getpid()}"
        self.keep = keep or os.environ.get("BENCH_KEEP_DB") == "1"

    def _drop_orphans(self) -> None:
        import psycopg

        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            names = [
                r[0]
                for r in conn.execute(
                    "SELECT datname FROM pg_database WHERE datname ~ %s",
                    (f"^{re.escape(self.base)}_[0-9]+$",),
                )
            ]
        for name in names:
            pid = int(name.rsplit("_", 1)[1])
            if pid != os.getpid() and not Path(f"/proc/{pid}").exists():
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql)

    @property
    def url(self) -> str:
        base = ADMIN_URL.rsplit("/", 1)[0]
        return f"{base}/{self.name}"

    def __enter__(self) -> PostgresDatabase:
        self._drop_orphans()
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.name}"')
        return self

    def __exit__(self, *exc) -> None:
        if not self.keep:
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows of one read query on this database (to pick ids and slugs for the URLs)."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()


def bench_env(database_url: str, **extra: str) -> dict[str, str]:
    """Production-like environment for the site: DEBUG off, a throwaway key, plain HTTP on
    loopback (no SSL redirect, no secure-only cookies), bench settings for the floor views."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str, timeout: float = 1800) -> subprocess.CompletedProcess:
    """Run manage.py with `env`; raise with its stderr on failure."""
    proc = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return proc


def populate(env: dict[str, str], claims: int, seed: int) -> str:
    """bench/populate.py in its own process; returns its summary line."""
    proc = subprocess.run(
        [sys.executable, str(BENCH / "populate.py"), str(claims), "--seed", str(seed)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if proc.returncode:
        raise RuntimeError(f"populate failed:\n{proc.stderr[-3000:]}")
    return proc.stdout.strip().splitlines()[-1]


class Gunicorn:
    """The site under gunicorn (sync workers) on a free loopback port, stopped at exit."""

    def __init__(self, env: dict[str, str], workers: int = 2, log: Path | None = None) -> None:
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log or (BENCH / "out" / f"gunicorn-{self.port}.log")

    def __enter__(self) -> Gunicorn:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log.open("w")
        self.proc = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "config.wsgi",
                "--workers",
                str(self.workers),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--timeout",
                "60",
                "--graceful-timeout",
                "5",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.base + "/robots.txt", timeout=5) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"gunicorn did not start; see {self.log}")
            time.sleep(0.2)
        return self

    def __exit__(self, *exc) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()

    def get(self, path: str, timeout: float = 30) -> tuple[int, bytes]:
        """(status, body) of one GET (errors' bodies too)."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=timeout) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as err:
            return err.code, err.read()


@dataclass
class LoadResult:
    """One load run against one URL (or a mix)."""

    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    errors: int
    tool: str
    statuses: dict[str, int] = field(default_factory=dict)
    p90_ms: float | None = None
    max_ms: float | None = None


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"cannot read a wrk latency: {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> LoadResult:
    """Figures from `wrk --latency` output."""
    pct = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.M))
    total = re.search(r"(\d+) requests in ([0-9.]+)(us|ms|s|m)", output)
    rps = re.search(r"Requests/sec:\s+([0-9.]+)", output)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sock = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if not (total and rps and "50" in pct and "99" in pct):
        raise RuntimeError(f"unreadable wrk output:\n{output}")
    return LoadResult(
        requests=int(total.group(1)),
        seconds=_ms(total.group(2) + total.group(3)) / 1000,
        rps=float(rps.group(1)),
        p50_ms=_ms(pct["50"]),
        p99_ms=_ms(pct["99"]),
        p90_ms=_ms(pct["90"]) if "90" in pct else None,
        non_2xx=int(non2xx.group(1)) if non2xx else 0,
        # wrk counts a server closing the connection after its answer as a read error when
        # the server sent "Connection: close"; only connect/write/timeout errors are failures.
        errors=(int(sock.group(1)) + int(sock.group(3)) + int(sock.group(4))) if sock else 0,
        tool="wrk",
    )


def have_wrk() -> bool:
    return shutil.which("wrk") is not None and os.environ.get("BENCH_LOADGEN") != "python"


def load(
    base: str,
    paths: list[str],
    *,
    connections: int,
    seconds: float | None = None,
    requests: int | None = None,
    use_wrk: bool | None = None,
) -> LoadResult:
    """Drive `paths` (one with wrk; any mix with loadgen.py) from a second process."""
    if use_wrk is None:
        use_wrk = have_wrk() and len(paths) == 1 and requests is None
    if use_wrk:
        cmd = [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{max(1, round(seconds or 5))}s",
            "--timeout",
            "10s",
            "--latency",
            base + paths[0],
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=(seconds or 5) + 60)
        if proc.returncode:
            raise RuntimeError(f"wrk failed: {proc.stderr or proc.stdout}")
        return parse_wrk(proc.stdout)
    cmd = [
        sys.executable,
        str(BENCH / "loadgen.py"),
        "--base",
        base,
        "--connections",
        str(connections),
    ]
    if seconds is not None:
        cmd += ["--seconds", str(seconds)]
    if requests is not None:
        cmd += ["--requests", str(requests)]
    proc = subprocess.run(
        cmd,
        input="\n".join(paths),
        capture_output=True,
        text=True,
        timeout=(seconds or 600) + 120,
    )
    if proc.returncode:
        raise RuntimeError(f"loadgen failed: {proc.stderr[-2000:]}")
    data = json.loads(proc.stdout)
    return LoadResult(
        requests=data["requests"],
        seconds=data["seconds"],
        rps=data["rps"],
        p50_ms=data["p50_ms"],
        p99_ms=data["p99_ms"],
        p90_ms=data["p90_ms"],
        max_ms=data["max_ms"],
        non_2xx=data["non_2xx"],
        errors=data["errors"],
        statuses=data["statuses"],
        tool="loadgen.py",
    )
