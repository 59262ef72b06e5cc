"""Downloading output files: one table of cases, run on `download` and on `download_async`.

The file server is an in-memory transport; each test gets its own empty `tmp_path/out`, and
every failing case also checks that nothing (not even a hidden temporary file) was left.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from runcomfy import DownloadError, OutputModel, download, download_async, output_urls
from runcomfy._download import safe_filename

CDN = "https://cdn.example"


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in chunks, optionally breaking after them, optionally slowly."""

    def __init__(
        self,
        chunks: list[bytes],
        *,
        fail: bool = False,
        delay: float = 0.0,
        meter: Any = None,
        on_fail: Callable[[], None] = lambda: None,
    ) -> None:
        self.chunks = chunks
        self.fail = fail
        self.on_fail = on_fail
        self.delay = delay
        self.meter = meter

    def __iter__(self) -> Iterator[bytes]:
        with self.meter or contextlib.nullcontext():
            for chunk in self.chunks:
                time.sleep(self.delay)
                yield chunk
        if self.fail:
            self.on_fail()
            raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with self.meter or contextlib.nullcontext():
            for chunk in self.chunks:
                await asyncio.sleep(self.delay)
                yield chunk
        if self.fail:
            self.on_fail()
            raise httpx.ReadError("connection reset by peer")


class Meter:
    """Counts how many bodies are being streamed at once."""

    def __init__(self) -> None:
        self.active = 0
        self.peak = 0
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        with self._lock:
            self.active += 1
            self.peak = max(self.peak, self.active)

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self.active -= 1


@dataclass
class FileServer:
    """Serves `body of <path>` for any URL, unless `script` says otherwise for that URL."""

    script: dict[str, Callable[[], httpx.Response]] = field(default_factory=dict)
    seen: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        answer = self.script.get(str(request.url))
        if answer is not None:
            return answer()
        return httpx.Response(
            200, headers={"Content-Type": "image/png"}, content=body(request.url.raw_path)
        )


def body(raw_path: bytes | str) -> bytes:
    path = raw_path.decode() if isinstance(raw_path, bytes) else raw_path
    return f"body of {path}".encode()


class Flavour:
    """Runs `download` or `download_async` against a FileServer through a client of its own."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async

    def __call__(
        self,
        server: FileServer,
        source: Any,
        dest: Path,
        *,
        client_options: dict[str, Any] | None = None,
        **options: Any,
    ) -> list[Path]:
        transport = httpx.MockTransport(server)
        client_options = {"transport": transport, **(client_options or {})}
        if not self.is_async:
            with httpx.Client(**client_options) as client:
                return download(source, dest, http_client=client, **options)

        async def go() -> list[Path]:
            async with httpx.AsyncClient(**client_options) as client:
                return await download_async(source, dest, http_client=client, **options)

        return asyncio.run(go())


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def fetch(request: pytest.FixtureRequest) -> Flavour:
    return Flavour(request.param)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "out"


def listing(directory: Path) -> list[str]:
    """Every file under directory, hidden ones included, relative to it."""
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file())


class Output(OutputModel):
    image: str | None = None
    images: list[str] | None = None


# -- pure logic ----------------------------------------------------------------------------


def test_output_urls_walks_every_value_in_order_once() -> None:
    output = Output.model_validate(
        {
            "image": f"{CDN}/a.png",
            "images": [f"{CDN}/b.png", f"{CDN}/a.png", "not a url", "ftp://x/y.png"],
            "video": {"url": f"{CDN}/v.mp4", "meta": {"thumb": [f" {CDN}/t.jpg "]}},
            "seed": 42,
            "caption": f"see {CDN}/c.png",  # a URL inside text is not a file
        }
    )
    assert output_urls(output) == [f"{CDN}/a.png", f"{CDN}/b.png", f"{CDN}/v.mp4", f"{CDN}/t.jpg"]
    assert output_urls({"audio": [f"{CDN}/x.wav"]}) == [f"{CDN}/x.wav"]
    assert output_urls(Output()) == []


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (f"{CDN}/a/b/photo.png?sig=abc#frag", "photo.png"),
        (f"{CDN}/my%20file.mp4", "my file.mp4"),
        ("https://x/..%2F..%2Fetc%2Fpasswd", "passwd"),
        ("https://x/a/../../b.png", "b.png"),
        ("https://x/..%5C..%5Cwin.png", "win.png"),
        ("https://x/dir\\evil.png", "evil.png"),
        ("https://x/%2e%2e", "download"),
        ("https://x/..", "download"),
        ("https://x/", "download"),
        ("https://x", "download"),
        ("https://x/.bashrc", "bashrc"),
        ("https://x/a%00b%0a%1b.png", "ab.png"),
        ("https://x/gp%E2%80%AEgnp.exe", "gpgnp.exe"),  # right-to-left override dropped
        ("https://x/what%3F%2A.png", "what__.png"),
        ("https://x/CON.txt", "_CON.txt"),
        ("https://x/" + "a" * 300 + ".png", "a" * 196 + ".png"),
    ],
)
def test_file_names_are_made_safe(url: str, name: str) -> None:
    assert safe_filename(url) == name


def test_arguments_are_checked_before_anything_is_sent(out: Path) -> None:
    with pytest.raises(DownloadError, match="not an http"):
        download("file:///etc/passwd", out)
    with pytest.raises(ValueError, match="allowed_types"):
        download(f"{CDN}/a.png", out, allowed_types=[])
    with pytest.raises(ValueError, match="concurrency"):
        download(f"{CDN}/a.png", out, concurrency=0)
    with pytest.raises(TypeError):
        download(f"{CDN}/a.png", out, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert download(Output(), out) == []
    assert not out.exists()


# -- the table, sync and async -------------------------------------------------------------


def test_files_land_with_their_content_names_and_order(fetch: Flavour, out: Path) -> None:
    server = FileServer()
    output = Output.model_validate(
        {
            "image": f"{CDN}/r/a.png",
            "images": [f"{CDN}/r/1.png", f"{CDN}/r/2.png?Signature=s3cr3t"],
            "video": f"{CDN}/r/clip.mp4",
        }
    )
    paths = fetch(server, output, out, allowed_types={"image/"}, concurrency=2)
    assert [p.name for p in paths] == ["a.png", "1.png", "2.png", "clip.mp4"]
    assert all(p.parent == out.resolve() for p in paths)
    for path, url in zip(paths, output_urls(output), strict=True):
        assert path.read_bytes() == body(httpx.URL(url).raw_path)
    assert listing(out) == ["1.png", "2.png", "a.png", "clip.mp4"]  # no temporary file left
    assert all("authorization" not in r.headers for r in server.seen)


@pytest.mark.parametrize(
    "url",
    [
        "https://x/..%2F..%2Fetc%2Fpasswd",
        "https://x/a/../../b.png",
        "https://x/..%5C..%5Cb.png",
        "https://x/a\\..\\..\\b.png",
        "https://x/%2e%2e%2f%2e%2e%2f",
    ],
)
def test_path_traversal_stays_inside_dest(
    fetch: Flavour, out: Path, tmp_path: Path, url: str
) -> None:
    (path,) = fetch(FileServer(), url, out)
    assert path.parent == out.resolve()
    assert listing(tmp_path) == [f"out/{path.name}"]


def test_names_never_overwrite_and_repeats_get_suffixes(fetch: Flavour, out: Path) -> None:
    out.mkdir()
    (out / "a.png").write_bytes(b"mine")
    urls = [f"{CDN}/1/a.png", f"{CDN}/2/a.png", f"{CDN}/3/A.png", f"{CDN}/4/b"]
    paths = fetch(FileServer(), Output(images=urls), out)
    assert [p.name for p in paths] == ["a-1.png", "a-2.png", "A-3.png", "b"]
    assert (out / "a.png").read_bytes() == b"mine"
    assert paths[2].read_bytes() == body("/3/A.png")


URL = f"{CDN}/r/file.png?Signature=s3cr3t"


def answer(
    status: int = 200, headers: dict[str, str] | None = None, **kw: Any
) -> Callable[[], httpx.Response]:
    return lambda: httpx.Response(status, headers=headers, **kw)


FAILURES = {
    "too big by Content-Length": (
        answer(headers={"Content-Length": "11"}, stream=Chunks([b"x" * 11])),
        "Content-Length is 11 bytes",
    ),
    "too big while streaming": (
        answer(headers={"Content-Type": "video/mp4"}, stream=Chunks([b"x" * 4] * 3)),
        "more than 10 bytes arrived",
    ),
    "wrong content type": (
        answer(headers={"Content-Type": "text/html; charset=utf-8"}, content=b"<html>"),
        "content type 'text/html'",
    ),
    "no content type": (answer(content=b"?"), "content type '(none)'"),
    "not found": (answer(404, content=b"gone"), "HTTP 404"),
    "server error": (answer(503), "HTTP 503"),
    "connection breaks mid-stream": (
        answer(headers={"Content-Type": "image/png"}, stream=Chunks([b"x" * 4], fail=True)),
        "ReadError: connection reset",
    ),
    "body shorter than Content-Length": (
        answer(headers={"Content-Type": "image/png", "Content-Length": "9"}, stream=Chunks([b"x"])),
        "stopped after 1 of 9 bytes",
    ),
}


@pytest.mark.parametrize(("reply", "reason"), FAILURES.values(), ids=FAILURES.keys())
def test_a_failure_is_typed_and_leaves_nothing_behind(
    fetch: Flavour, out: Path, reply: Callable[[], httpx.Response], reason: str
) -> None:
    server = FileServer({URL: reply})
    with pytest.raises(DownloadError) as caught:
        fetch(server, URL, out, max_bytes=10, allowed_types=["image/", "video/"])
    error = caught.value
    assert error.url == URL
    assert reason in error.reason
    assert "s3cr3t" not in str(error)  # a signed URL's query string is a credential
    assert listing(out) == []


def test_a_broken_transfer_removes_its_temporary_file(fetch: Flavour, out: Path) -> None:
    at_failure: list[str] = []
    stream = Chunks([b"x" * 4], fail=True, on_fail=lambda: at_failure.extend(listing(out)))
    with pytest.raises(DownloadError, match="ReadError"):
        fetch(FileServer({URL: answer(stream=stream)}), URL, out)
    assert len(at_failure) == 1
    assert at_failure[0].startswith(".file.png.")
    assert at_failure[0].endswith(".part")
    assert listing(out) == []


def test_cancelling_an_async_download_leaves_nothing_behind(out: Path) -> None:
    urls = [f"{CDN}/{i}.png" for i in range(3)]
    server = FileServer({u: answer(stream=Chunks([b"x"] * 50, delay=0.002)) for u in urls})

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(server)) as client:
            task = asyncio.ensure_future(download_async(urls, out, http_client=client))
            while not task.done() and not any(p.suffix == ".part" for p in out.glob(".*")):
                await asyncio.sleep(0.001)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(go())
    assert listing(out) == []


def test_an_expired_url_says_how_to_get_a_fresh_one(fetch: Flavour, out: Path) -> None:
    with pytest.raises(DownloadError) as caught:
        fetch(FileServer({URL: answer(403)}), URL, out)
    assert caught.value.status_code == 403
    assert "client.result(request_id)" in str(caught.value)


@pytest.mark.parametrize("concurrency", [1, 3])
def test_one_failed_file_removes_the_others_of_the_call(
    fetch: Flavour, out: Path, concurrency: int
) -> None:
    out.mkdir()
    (out / "keep.png").write_bytes(b"mine")
    bad = f"{CDN}/r/bad.png"
    urls = [f"{CDN}/r/1.png", f"{CDN}/r/2.png", bad, f"{CDN}/r/3.png"]
    with pytest.raises(DownloadError) as caught:
        fetch(FileServer({bad: answer(404)}), urls, out, concurrency=concurrency)
    assert caught.value.url == bad
    assert listing(out) == ["keep.png"]


def test_redirects_are_followed_without_authorization(fetch: Flavour, out: Path) -> None:
    server = FileServer(
        {
            "https://files.example/a.png": answer(302, {"Location": f"{CDN}/signed/a.png?s=1"}),
        }
    )
    (path,) = fetch(server, "https://files.example/a.png", out)
    assert path.name == "a.png"
    assert path.read_bytes() == body("/signed/a.png?s=1")
    assert [str(r.url) for r in server.seen] == [
        "https://files.example/a.png",
        f"{CDN}/signed/a.png?s=1",
    ]
    assert all("authorization" not in r.headers for r in server.seen)


@pytest.mark.parametrize(
    "client_options",
    [{"headers": {"Authorization": "Bearer sk-live"}}, {"auth": ("user", "sk-live")}],
    ids=["headers", "auth"],
)
def test_a_client_that_would_send_authorization_is_refused(
    fetch: Flavour, out: Path, client_options: dict[str, Any]
) -> None:
    server = FileServer()
    with pytest.raises(ValueError, match="Authorization"):
        fetch(server, f"{CDN}/a.png", out, client_options=client_options)
    assert server.seen == []
    assert not out.exists()


def test_concurrency_is_bounded(fetch: Flavour, out: Path) -> None:
    meter = Meter()
    urls = [f"{CDN}/{i}.png" for i in range(6)]
    server = FileServer(
        {u: answer(stream=Chunks([b"x"] * 3, delay=0.005, meter=meter)) for u in urls}
    )
    paths = fetch(server, urls, out, concurrency=2)
    assert len(paths) == 6
    assert meter.peak == 2


# -- the default client: a fresh one, never the API key's ---------------------------------


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_the_default_client_sends_no_authorization(
    httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch, out: Path, is_async: bool
) -> None:
    monkeypatch.setenv("RUNCOMFY_API_KEY", "sk-live")
    httpx_mock.add_response(
        url="https://files.example/a.png", status_code=307, headers={"Location": f"{CDN}/a.png"}
    )
    httpx_mock.add_response(url=f"{CDN}/a.png", content=b"png")
    if is_async:
        (path,) = asyncio.run(download_async("https://files.example/a.png", out))
    else:
        (path,) = download("https://files.example/a.png", out)
    assert path.read_bytes() == b"png"
    requests = httpx_mock.get_requests()
    assert len(requests) == 2
    assert all("authorization" not in r.headers for r in requests)
