"""Cassettes: a test's Model API exchanges, recorded once for real and replayed ever after.

A cassette is a readable JSON file:

    {"description": "tests/test_app.py::test_reframe",
     "base_url": "https://model-api.runcomfy.net",
     "exchanges": [
        {"request": {"method": "POST", "path": "/v1/models/...", "json": {...}},
         "response": {"status_code": 200, "headers": {"retry-after": "1"}, "json": {...}}},
        {"request": {"method": "GET", "url": "https://cdn.example/out.png",
                     "query": {"X-Amz-Signature": "<redacted>"}},
         "response": {"status_code": 200, "headers": {"content-type": "image/png"},
                      "base64": "iVBORw0..."}},
        {"request": {...}, "error": {"type": "ReadTimeout", "message": "..."}}]}

`path` is relative to `base_url`; a request to another host keeps its full `url`. No request
header is kept (so never `Authorization`), only a few response headers are, and secrets are
replaced by `"<redacted>"` (see `Redactor`). The files of `tests/contract/recordings/` are
cassettes too.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import httpx

from runcomfy._client import AsyncRunComfy, RunComfy
from runcomfy._config import DEFAULT_BASE_URL, ClientConfig
from runcomfy._polling import PollSchedule
from runcomfy.testing._clock import VirtualClock
from runcomfy.testing._redact import REDACTED, Redactor, contains_redaction

if TYPE_CHECKING:
    from pytest_httpx import HTTPXMock

Mode = Literal["replay", "record"]

# Response headers worth keeping: they steer the client. Others are noise, or private.
KEPT_RESPONSE_HEADERS = ("retry-after", "location", "content-type")
REPLAY_API_KEY = "replay-api-key"


class CassetteError(Exception):
    """A cassette is missing or cannot be read."""


class RunComfyCassette:
    """What the `runcomfy_cassette` fixture gives a test: clients wired to a cassette.

    In replay mode (the default) every request is answered from the cassette by pytest-httpx's
    `httpx_mock`; a request the cassette does not hold fails the test. In record mode requests
    really go out (to the Model API, or to the in-process emulator) and the exchanges are
    written to `path` when the test ends, with secrets redacted.
    """

    def __init__(
        self,
        path: Path,
        *,
        mode: Mode,
        description: str,
        base_url: str,
        api_key: str,
        transports: Callable[[], tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]]
        | None = None,
        clock: VirtualClock | None = None,
        poll: PollSchedule | None = None,
    ) -> None:
        self.path = path
        self.mode: Mode = mode
        self.description = description
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._transports = transports
        self.clock = clock
        self._poll = poll
        self.redactor = Redactor([api_key])
        self.exchanges: list[dict[str, Any]] = []
        self._sync_http: list[httpx.Client] = []
        self._async_http: list[httpx.AsyncClient] = []

    def __repr__(self) -> str:
        return f"RunComfyCassette({str(self.path)!r}, mode={self.mode!r})"

    # -- for tests -----------------------------------------------------------------------

    @property
    def recording(self) -> bool:
        return self.mode == "record"

    def redact(self, *secrets: str) -> None:
        """Also redact these values (besides the API key) wherever they appear."""
        self.redactor.add(*secrets)

    def config(self, **options: Any) -> ClientConfig:
        """The client settings for this cassette, with `options` (as `with_options`) applied."""
        config = ClientConfig(api_key=self._api_key, base_url=self.base_url)
        if self._poll is not None:
            config = config.with_options(poll=self._poll)
        if self.clock is not None:
            config = config.with_options(clock=self.clock.now)
        return config.with_options(**options)

    def client(self, **options: Any) -> RunComfy:
        """A `RunComfy` whose requests this cassette serves (replay) or records (record)."""
        sleep = self.clock.sleep if self.clock is not None else time.sleep
        client = RunComfy(
            config=self.config(**options), http_client=self.http_client(), sleep=sleep
        )
        client._owns_http = True  # `with cassette.client() as c:` closes its connections
        return client

    def async_client(self, **options: Any) -> AsyncRunComfy:
        """An `AsyncRunComfy` whose requests this cassette serves or records."""
        sleep = self.clock.async_sleep if self.clock is not None else asyncio.sleep
        client = AsyncRunComfy(
            config=self.config(**options), http_client=self.async_http_client(), sleep=sleep
        )
        client._owns_http = True
        return client

    def http_client(self) -> httpx.Client:
        """A plain httpx client under the same cassette, e.g. to download an output file."""
        if self._transports is None:  # replay: httpx_mock answers the default transport
            http = httpx.Client()
        else:
            http = httpx.Client(transport=RecordingTransport(self, self._transports()))
        self._sync_http.append(http)
        return http

    def async_http_client(self) -> httpx.AsyncClient:
        if self._transports is None:
            http = httpx.AsyncClient()
        else:
            http = httpx.AsyncClient(transport=RecordingTransport(self, self._transports()))
        self._async_http.append(http)
        return http

    # -- the file ------------------------------------------------------------------------

    @classmethod
    def read(cls, path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CassetteError(
                f"No cassette at {path}. Record it with `pytest --runcomfy-record` "
                "(or RUNCOMFY_RECORD=1), then commit the file."
            ) from None
        except (OSError, ValueError) as exc:
            raise CassetteError(f"Cannot read the cassette {path}: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("exchanges"), list):
            raise CassetteError(f"{path} is not a cassette: it has no list of exchanges.")
        return data

    def document(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "base_url": self.base_url,
            "exchanges": self.exchanges,
        }

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.document(), indent=2, ensure_ascii=False) + "\n"
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(self.path)

    def close(self) -> None:
        for http in self._sync_http:
            http.close()
        for ahttp in self._async_http:
            close_async(ahttp)

    # -- replay --------------------------------------------------------------------------

    def load_into(self, httpx_mock: HTTPXMock, data: dict[str, Any]) -> None:
        """Answer every recorded exchange through `httpx_mock`, in the recorded order."""
        self.exchanges = list(data["exchanges"])
        for exchange in self.exchanges:
            request = exchange["request"]
            matchers: dict[str, Any] = {
                "method": request["method"],
                "url": self._replay_url(request),
            }
            matchers.update(self._body_matcher(request))
            if "error" in exchange:
                httpx_mock.add_exception(_transport_error(exchange["error"]), **matchers)
                continue
            response = exchange["response"]
            body: dict[str, Any] = {}
            if "json" in response:
                body["json"] = response["json"]
            elif "text" in response:
                body["content"] = str(response["text"]).encode()
            elif "base64" in response:
                body["content"] = base64.b64decode(response["base64"])
            httpx_mock.add_response(
                status_code=int(response["status_code"]),
                headers=dict(response.get("headers") or {}),
                **body,
                **matchers,
            )

    def _replay_url(self, request: dict[str, Any]) -> httpx.URL | re.Pattern[str]:
        target = request.get("url") or self.base_url + request["path"]
        query: dict[str, Any] = request.get("query") or {}
        if not contains_redaction(query):
            return httpx.URL(target, params=query)
        # A redacted value matches whatever the client sends; parameters in any order.
        url = str(httpx.URL(target))
        checks = "".join(
            rf"(?=(?:.*&)?{re.escape(_encode(name, value))}(?:&|$))"
            if not contains_redaction(value)
            else rf"(?=(?:.*&)?{re.escape(_encode(name, ''))}[^&]*(?:&|$))"
            for name, values in query.items()
            for value in (values if isinstance(values, list) else [values])
        )
        return re.compile(rf"^{re.escape(url)}\?{checks}[^#]*$")

    def _body_matcher(self, request: dict[str, Any]) -> dict[str, Any]:
        if "json" in request:
            expected = request["json"]
            if contains_redaction(expected):
                return {"match_json": _RedactedJSON(expected, self.redactor)}
            return {"match_json": expected}
        if "text" in request:
            return {"match_content": str(request["text"]).encode()}
        if "base64" in request:
            return {"match_content": base64.b64decode(request["base64"])}
        return {"match_content": b""}  # recorded without a body: none may be sent

    # -- record --------------------------------------------------------------------------

    def record(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        error: httpx.TransportError | None = None,
    ) -> None:
        exchange: dict[str, Any] = {"request": self._recorded_request(request)}
        if response is not None:
            exchange["response"] = self._recorded_response(response)
        else:
            exchange["error"] = {
                "type": type(error).__name__,
                "message": self.redactor.text(str(error)),
            }
        self.exchanges.append(exchange)

    def _recorded_request(self, request: httpx.Request) -> dict[str, Any]:
        url = request.url
        base = httpx.URL(self.base_url)
        out: dict[str, Any] = {"method": request.method}
        same_origin = (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)
        prefix = base.path.rstrip("/")
        if same_origin and url.path.startswith(prefix):
            out["path"] = self.redactor.text(url.path[len(prefix) :])
        else:
            out["url"] = self.redactor.text(str(url.copy_with(query=None, fragment=None)))
        if url.params:
            out["query"] = self.redactor.query(url.params.multi_items())
        out.update(self._body(request.content, request.headers.get("content-type", "")))
        return out

    def _recorded_response(self, response: httpx.Response) -> dict[str, Any]:
        content_type = response.headers.get("content-type", "")
        headers = {
            name: self.redactor.text(response.headers[name])
            for name in KEPT_RESPONSE_HEADERS
            if name in response.headers and not (name == "content-type" and _is_json(content_type))
        }
        out: dict[str, Any] = {"status_code": response.status_code}
        if headers:
            out["headers"] = headers
        out.update(self._body(response.content, content_type))
        return out

    def _body(self, content: bytes, content_type: str) -> dict[str, Any]:
        if not content:
            return {}
        if _is_json(content_type) or content[:1] in (b"{", b"["):
            try:
                return {"json": self.redactor.value(json.loads(content))}
            except ValueError:
                pass
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            return {"base64": base64.b64encode(content).decode("ascii")}
        return {"text": self.redactor.text(text)}


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends requests through real transports and writes each exchange to a cassette."""

    def __init__(
        self,
        cassette: RunComfyCassette,
        inner: tuple[httpx.BaseTransport, httpx.AsyncBaseTransport],
    ) -> None:
        self.cassette = cassette
        self.sync, self.async_ = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:
            response = self.sync.handle_request(request)
        except httpx.TransportError as exc:
            self.cassette.record(request, None, exc)
            raise
        response.read()
        self.cassette.record(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        try:
            response = await self.async_.handle_async_request(request)
        except httpx.TransportError as exc:
            self.cassette.record(request, None, exc)
            raise
        await response.aread()
        self.cassette.record(request, response)
        return response

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


class _RedactedJSON:
    """Equal to a request body that, once redacted, equals the recorded one."""

    def __init__(self, expected: Any, redactor: Redactor) -> None:
        self.expected = expected
        self.redactor = redactor

    def __eq__(self, other: object) -> bool:
        return bool(self.redactor.value(other) == self.expected)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self.expected)


def cassette_path(test_file: Path, nodeid: str, name: str | None = None) -> Path:
    """Where a test's cassette lives: `recordings/` next to the test file, then either the
    marker's name or `<module>/<Class.test_name[params]>.json` from the node id."""
    folder = test_file.parent / "recordings"
    if name is not None:
        chosen = Path(name)
        chosen = chosen if chosen.suffix == ".json" else chosen.with_name(chosen.name + ".json")
        return chosen if chosen.is_absolute() else folder / chosen
    test = ".".join(nodeid.split("::")[1:]) or nodeid
    safe = re.sub(r"[^\w.\-\[\]=,+]", "_", test)
    return folder / test_file.stem / f"{safe}.json"


def replay_base_url(data: dict[str, Any]) -> str:
    return str(data.get("base_url") or DEFAULT_BASE_URL)


def _encode(name: str, value: Any) -> str:
    return str(httpx.QueryParams({name: str(value)}))


def _is_json(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def _transport_error(error: dict[str, Any]) -> httpx.TransportError:
    kind = getattr(httpx, str(error.get("type")), None)
    if not (isinstance(kind, type) and issubclass(kind, httpx.TransportError)):
        kind = httpx.TransportError
    return kind(str(error.get("message") or "recorded transport error"))


def close_async(http: httpx.AsyncClient) -> None:
    """Close an async client left open by its test, from synchronous teardown."""
    if http.is_closed:
        return
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:  # pragma: no cover - a running loop here means a caller inside async code
        return
    # RuntimeError: connections bound to the test's event loop, closed by now.
    with contextlib.suppress(RuntimeError):
        asyncio.run(http.aclose())


__all__ = [
    "REDACTED",
    "CassetteError",
    "RecordingTransport",
    "RunComfyCassette",
    "cassette_path",
    "close_async",
    "replay_base_url",
]
