"""Download the files a job produced: `output_urls`, `download` and `download_async`.

Both downloaders share one core that does no network I/O (`_plan`, `_Sink`, `_Batch`); only
the loops that move bytes from httpx to the `_Sink` differ. The rules:

- Files come from the file servers (often CDNs), never from the Model API, so they are fetched
  with an HTTP client that carries no RunComfy API key; a caller's client that would send an
  Authorization header is refused.
- Each file is streamed into a hidden temporary file in `dest_dir` and renamed into place only
  once it is complete and checked (size, type, status); a failure removes the temporary file.
- File names come from the URL's last path segment, made safe: nothing is ever written outside
  `dest_dir`, and an existing file is never overwritten (`a.png`, then `a-1.png`, ...).
- One call is all or nothing: if any file fails, the files this call already wrote are
  removed and the first failure (in URL order) is raised as `DownloadError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import secrets
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import unquote, urlsplit

import httpx
import pydantic_core
from pydantic import AnyUrl, BaseModel

from runcomfy._errors import DownloadError

DEFAULT_MAX_BYTES = 2 * 1024**3  # 2 GiB per file
# Per network operation, as httpx counts it: a stalled transfer fails, a long one does not.
DEFAULT_DOWNLOAD_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
FALLBACK_NAME = "download"
CHUNK_SIZE = 64 * 1024
MAX_NAME_BYTES = 200  # leaves room for a "-N" suffix and the temporary name under 255

Downloadable = str | BaseModel | Mapping[str, Any] | Sequence[Any]

# -- finding URLs ---------------------------------------------------------------------------


def output_urls(output: Any) -> list[str]:
    """Every http(s) URL in a job's output, in field order, each once.

    Walks strings, lists, tuples, mappings and pydantic models (extra fields included). Only
    values that are a URL as a whole count; URLs inside free text are ignored.
    """
    found: dict[str, None] = {}
    for value in _leaves(output):
        url = value.strip()
        if _is_http_url(url):
            found.setdefault(url, None)
    return list(found)


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, BaseModel):
        for _, item in value:  # declared fields, then extra ones
            yield from _leaves(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _leaves(item)
    elif isinstance(value, AnyUrl | pydantic_core.Url):  # HttpUrl and friends, old and new
        yield str(value)


def _is_http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _urls_of(source: Downloadable) -> list[str]:
    if isinstance(source, str):
        if not _is_http_url(source.strip()):
            raise DownloadError(
                source, "not an http(s) URL", hint="Pass an http(s) URL or a job's output."
            )
        return [source.strip()]
    return output_urls(source)


# -- naming files ---------------------------------------------------------------------------

_WINDOWS_UNSAFE = re.compile(r'[<>:"|?*]')
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)


def safe_filename(url: str, fallback: str = FALLBACK_NAME) -> str:
    """A file name for `url` that cannot leave the directory it is joined to.

    The URL path's last segment, percent-decoded, without any directory part (`/` or `\\`),
    control or format characters, characters Windows forbids, or leading dots; `fallback` if
    nothing is left. The extension is kept.
    """
    segments = [s for s in urlsplit(url).path.split("/") if s]
    name = unquote(segments[-1]) if segments else ""
    parts = [p for p in re.split(r"[/\\]", name) if p]
    name = parts[-1] if parts else ""
    name = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf"))
    name = _WINDOWS_UNSAFE.sub("_", name).strip().lstrip(".").rstrip(". ")
    if not name:
        return fallback
    stem, ext = _split_ext(name)
    if stem.lower() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    budget = MAX_NAME_BYTES - len(ext.encode())
    stem = stem.encode()[:budget].decode("utf-8", "ignore") or fallback
    return stem + ext


def _split_ext(name: str) -> tuple[str, str]:
    stem, ext = os.path.splitext(name)
    if not stem or len(ext.encode()) > 16:  # not an extension, just a dot in the name
        return name, ""
    return stem, ext


@dataclass(frozen=True)
class _Job:
    url: str
    target: Path


def _plan(urls: Sequence[str], dest_dir: Path) -> list[_Job]:
    """Where each URL goes: safe, distinct names that no existing file in dest_dir has."""
    dest = dest_dir.resolve()
    # casefold: on case-insensitive file systems A.png and a.png are the same file.
    taken = {name.casefold() for name in os.listdir(dest)}
    jobs = []
    for url in urls:
        stem, ext = _split_ext(safe_filename(url))
        name, n = stem + ext, 0
        while name.casefold() in taken or os.path.lexists(dest / name):
            n += 1
            name = f"{stem}-{n}{ext}"
        taken.add(name.casefold())
        target = dest / name
        if target.resolve().parent != dest:
            raise DownloadError(url, f"the file name {name!r} would leave {dest}")
        jobs.append(_Job(url, target))
    return jobs


# -- checking and writing one file (no network here) ----------------------------------------


@dataclass(frozen=True)
class _Rules:
    max_bytes: int
    allowed_types: tuple[str, ...] | None


def _rules(max_bytes: int, allowed_types: Iterable[str] | None, concurrency: int) -> _Rules:
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    if allowed_types is None:
        return _Rules(max_bytes, None)
    types = (allowed_types,) if isinstance(allowed_types, str) else tuple(allowed_types)
    if not types:
        raise ValueError("allowed_types is empty: pass None to accept any content type")
    return _Rules(max_bytes, tuple(t.strip().lower() for t in types))


class _AbortedError(Exception):
    """Another file of the same call failed, so this one stops early."""


class _Batch:
    """One call's files: the ones written so far, and whether the call is giving up."""

    def __init__(self, jobs: list[_Job]) -> None:
        self.jobs = jobs
        self.abort = threading.Event()
        self._written: list[Path] = []
        self._lock = threading.Lock()

    def written(self, path: Path) -> None:
        with self._lock:
            self._written.append(path)

    def rollback(self) -> None:
        with self._lock:
            for path in self._written:
                with contextlib.suppress(OSError):
                    path.unlink()
            self._written.clear()

    def finish(self, outcomes: Sequence[BaseException | None]) -> list[Path]:
        """The paths, in URL order; or, if a file failed, roll back and raise the first error."""
        failures = [e for e in outcomes if e is not None]
        if failures:
            self.rollback()
            stopped = _AbortedError | asyncio.CancelledError
            raise ([e for e in failures if not isinstance(e, stopped)] or failures)[0]
        return [job.target for job in self.jobs]


class _Sink:
    """One response's way to disk: judge the headers, count the bytes, rename when complete.

    Entering checks the status and headers and opens a hidden temporary file next to the
    target; leaving without an error moves it into place, leaving with one removes it.
    """

    def __init__(
        self, job: _Job, rules: _Rules, batch: _Batch, status_code: int, headers: httpx.Headers
    ) -> None:
        self.job = job
        self.rules = rules
        self.batch = batch
        self.status_code = status_code
        self.headers = headers
        self.received = 0
        self.declared: int | None = None
        self._temp = job.target.with_name(f".{job.target.name}.{secrets.token_hex(4)}.part")
        self._file: IO[bytes] | None = None

    def __enter__(self) -> _Sink:
        self._check_headers()
        self._file = open(self._temp, "xb")
        return self

    def write(self, chunk: bytes) -> None:
        if self.batch.abort.is_set():
            raise _AbortedError()
        self.received += len(chunk)
        if self.received > self.rules.max_bytes:
            raise self._too_big(f"more than {self.rules.max_bytes} bytes arrived")
        assert self._file is not None
        self._file.write(chunk)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        moved = False
        try:
            if self._file is not None:
                self._file.close()
            if exc_type is None:
                self._check_complete()
                os.replace(self._temp, self.job.target)
                moved = True
                self.batch.written(self.job.target)
        finally:
            if not moved:
                with contextlib.suppress(FileNotFoundError):
                    self._temp.unlink()

    def _check_headers(self) -> None:
        url = self.job.url
        if not 200 <= self.status_code < 300:
            raise DownloadError(url, f"HTTP {self.status_code}", status_code=self.status_code)
        length = self.headers.get("content-length", "").strip()
        if length.isdigit():
            self.declared = int(length)
            if self.declared > self.rules.max_bytes:
                raise self._too_big(f"Content-Length is {self.declared} bytes")
        if self.rules.allowed_types is not None:
            media = self.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if not media.startswith(self.rules.allowed_types):
                raise DownloadError(
                    url,
                    f"content type {media or '(none)'!r} is not one of "
                    f"{', '.join(self.rules.allowed_types)}",
                    hint="Add it to allowed_types= if this file is expected.",
                )

    def _check_complete(self) -> None:
        encoded = self.headers.get("content-encoding", "identity").strip().lower()
        if self.declared is not None and encoded == "identity" and self.received < self.declared:
            raise DownloadError(
                self.job.url,
                f"the transfer stopped after {self.received} of {self.declared} bytes",
            )

    def _too_big(self, reason: str) -> DownloadError:
        return DownloadError(
            self.job.url,
            f"{reason}, over max_bytes={self.rules.max_bytes}",
            hint="Raise max_bytes= if a file this large is expected.",
        )


@contextlib.contextmanager
def _transport_errors(url: str) -> Iterator[None]:
    """httpx's failures, as DownloadError."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise DownloadError(url, f"timed out ({type(exc).__name__})") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise DownloadError(url, f"{type(exc).__name__}: {exc}") from exc


def _prepare(
    source: Downloadable,
    dest_dir: str | os.PathLike[str],
    http_client: httpx.Client | httpx.AsyncClient | None,
    max_bytes: int,
    allowed_types: Iterable[str] | None,
    concurrency: int,
) -> tuple[_Rules, _Batch | None]:
    """What both downloaders check and plan before any byte moves; no batch when no URL."""
    rules = _rules(max_bytes, allowed_types, concurrency)
    urls = _urls_of(source)
    if http_client is not None:
        _refuse_authorized(http_client)
    if not urls:
        return rules, None
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    return rules, _Batch(_plan(urls, dest))


def _refuse_authorized(client: httpx.Client | httpx.AsyncClient) -> None:
    if "authorization" in client.headers or client.auth is not None:
        raise ValueError(
            "http_client sends an Authorization header (headers= or auth=). Output files are "
            "fetched from file servers and CDNs, which must never see the RunComfy API key: "
            "pass a client without authorization, or none to use a fresh one."
        )


Timeout = float | httpx.Timeout | None


def _client_timeout(timeout: Timeout) -> float | httpx.Timeout:
    return DEFAULT_DOWNLOAD_TIMEOUT if timeout is None else timeout


def _request_timeout(timeout: Timeout) -> Any:
    return httpx.USE_CLIENT_DEFAULT if timeout is None else timeout


# -- blocking -------------------------------------------------------------------------------


def download(
    url_or_output: Downloadable,
    dest_dir: str | os.PathLike[str],
    *,
    http_client: httpx.Client | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allowed_types: Iterable[str] | None = None,
    concurrency: int = 4,
    timeout: Timeout = None,
) -> list[Path]:
    """Download a URL, or every file URL in a job's output, into `dest_dir`; return the paths.

    >>> output = client.run(flux_schnell, {"prompt": "a lighthouse"})
    >>> download(output, "out", allowed_types={"image/"})
    [PosixPath('/.../out/image.png')]

    `http_client` must not carry an Authorization header (a fresh client is used when it is
    None). `max_bytes` bounds each file; `allowed_types` lists accepted content-type prefixes
    such as "image/"; up to `concurrency` files are fetched at once. `timeout` applies to each
    network operation; None means 60 s (10 s to connect), or the given client's own timeout.
    Raises `DownloadError` (after removing this call's files) if any file fails.
    """
    if http_client is not None and not isinstance(http_client, httpx.Client):
        raise TypeError("download() needs an httpx.Client; use download_async() for async")
    rules, batch = _prepare(
        url_or_output, dest_dir, http_client, max_bytes, allowed_types, concurrency
    )
    if batch is None:
        return []
    client = http_client or httpx.Client(timeout=_client_timeout(timeout))
    try:
        return _run(client, batch, rules, concurrency, _request_timeout(timeout))
    finally:
        if http_client is None:
            client.close()


def _run(
    client: httpx.Client, batch: _Batch, rules: _Rules, concurrency: int, timeout: Any
) -> list[Path]:
    def fetch(job: _Job) -> None:
        with (
            _transport_errors(job.url),
            client.stream("GET", job.url, follow_redirects=True, timeout=timeout) as response,
            _Sink(job, rules, batch, response.status_code, response.headers) as sink,
        ):
            for chunk in response.iter_bytes(CHUNK_SIZE):
                sink.write(chunk)

    outcomes: list[BaseException | None] = []
    try:
        if concurrency == 1 or len(batch.jobs) == 1:
            for job in batch.jobs:
                try:
                    fetch(job)
                except Exception as exc:
                    outcomes.append(exc)
                    break
                outcomes.append(None)
        else:
            workers = min(concurrency, len(batch.jobs))
            with ThreadPoolExecutor(workers, thread_name_prefix="runcomfy-download") as pool:
                futures = [pool.submit(fetch, job) for job in batch.jobs]
                try:
                    wait(futures, return_when=FIRST_EXCEPTION)
                finally:  # on a failure or an interrupt, stop the rest
                    batch.abort.set()
                    for future in futures:
                        future.cancel()
            outcomes = [_AbortedError() if f.cancelled() else f.exception() for f in futures]
    except BaseException:
        batch.rollback()
        raise
    return batch.finish(outcomes)


# -- asyncio --------------------------------------------------------------------------------


async def download_async(
    url_or_output: Downloadable,
    dest_dir: str | os.PathLike[str],
    *,
    http_client: httpx.AsyncClient | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allowed_types: Iterable[str] | None = None,
    concurrency: int = 4,
    timeout: Timeout = None,
) -> list[Path]:
    """The asyncio form of `download`, with the same arguments and rules.

    Chunks are written to disk from the event loop, which is brief for local disks.
    """
    if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
        raise TypeError("download_async() needs an httpx.AsyncClient; use download()")
    rules, batch = _prepare(
        url_or_output, dest_dir, http_client, max_bytes, allowed_types, concurrency
    )
    if batch is None:
        return []
    client = http_client or httpx.AsyncClient(timeout=_client_timeout(timeout))
    try:
        return await _run_async(client, batch, rules, concurrency, _request_timeout(timeout))
    finally:
        if http_client is None:
            await client.aclose()


async def _run_async(
    client: httpx.AsyncClient, batch: _Batch, rules: _Rules, concurrency: int, timeout: Any
) -> list[Path]:
    slots = asyncio.Semaphore(concurrency)

    async def fetch(job: _Job) -> None:
        async with slots:
            with _transport_errors(job.url):
                request = client.stream("GET", job.url, follow_redirects=True, timeout=timeout)
                async with request as response:
                    with _Sink(job, rules, batch, response.status_code, response.headers) as sink:
                        async for chunk in response.aiter_bytes(CHUNK_SIZE):
                            sink.write(chunk)

    tasks = [asyncio.ensure_future(fetch(job)) for job in batch.jobs]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:  # on a failure or a cancellation, stop the rest
        for task in tasks:
            task.cancel()
        settled = await asyncio.gather(*tasks, return_exceptions=True)
        if any(isinstance(s, BaseException) for s in settled):
            batch.rollback()
    return batch.finish([s if isinstance(s, BaseException) else None for s in settled])


__all__ = ["DEFAULT_MAX_BYTES", "DownloadError", "download", "download_async", "output_urls"]
