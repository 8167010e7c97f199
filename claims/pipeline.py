"""Reading and extracting whole seed files without the database: what import workers run.

Extraction, and reading where and when each claim's happening was, are pure CPU work, so a
large import reads and extracts files in worker processes while the main process writes earlier
files to the database. Nothing a worker runs touches the database.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from claims.extraction import ExtractedClaim, extract_claims
from claims.services.events import Happening, article_happenings
from sources.reader import ParsedArticle, SeedFormatError, read_seed_file

# Below this many files, starting workers costs more than it saves.
PARALLEL_MIN_FILES = 4


@dataclass
class FileExtraction:
    """A seed file's articles and, for each, its extracted claims and the happening each claim
    is about (`claims.services.events.article_happenings`); or the reason it was refused."""

    path: Path
    articles: list[ParsedArticle] = field(default_factory=list)
    claims: list[list[ExtractedClaim]] = field(default_factory=list)
    happenings: list[list[Happening | None]] = field(default_factory=list)
    error: str = ""


def read_and_extract(path: Path, encoding: str | None, publisher: str) -> FileExtraction:
    """Read one seed file and extract every article's claims; never raises."""
    try:
        articles = read_seed_file(path, encoding=encoding)
    except SeedFormatError as err:
        return FileExtraction(path, error=str(err))
    current = None
    try:
        claims = []
        happenings = []
        for current in articles:
            found = extract_claims(
                current.text, current.segments, article_date=current.date, publisher=publisher
            )
            claims.append(found)
            # Reading where and when is pure too: done here, the writer only matches events.
            happenings.append(article_happenings(current, found))
    except Exception as err:  # an extractor bug must not cost the user a traceback
        line = current.line if current is not None else 0
        return FileExtraction(
            path,
            error=f"{path}:{line}: internal error while extracting this article "
            f"({type(err).__name__}: {err}); nothing from the file was written -- please report "
            "it with the file",
        )
    return FileExtraction(path, articles, claims, happenings)


def _exit_with_parent(parent_pid: int) -> None:
    """Worker start-up: exit as soon as the importing process is gone (even by SIGKILL).

    Without this, workers of a killed import would wait for work forever.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def extract_files(
    paths: Sequence[Path], *, encoding: str | None, publisher: str, jobs: int
) -> Iterator[FileExtraction]:
    """Yield each file's extraction in order; with jobs > 1, in worker processes.

    At most 2 x jobs files are read ahead, so memory stays bounded however many files there are.
    """
    if jobs <= 1 or len(paths) < PARALLEL_MIN_FILES:
        for path in paths:
            yield read_and_extract(path, encoding, publisher)
        return
    # Workers are forked (fast, and they die with this process: see _exit_with_parent). They
    # must not share this process's database connections, so those are closed first; Django
    # reopens them on the next query.
    from django.db import connections

    connections.close_all()
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        remaining = iter(paths)
        pending: deque[Future[FileExtraction]] = deque()
        for path in remaining:
            pending.append(pool.submit(read_and_extract, path, encoding, publisher))
            if len(pending) >= 2 * jobs:
                break
        while pending:
            result = pending.popleft().result()
            following = next(remaining, None)
            if following is not None:
                pending.append(pool.submit(read_and_extract, following, encoding, publisher))
            yield result
