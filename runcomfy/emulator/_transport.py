"""The emulator in-process: an httpx transport for sync and async clients, no sockets."""

from __future__ import annotations

import asyncio
import time

import httpx

from runcomfy.emulator._service import ModelAPI, Reply

BASE_URL = "http://emulator.local"


class EmulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers httpx requests with `ModelAPI`, as the HTTP server would.

    A slow reply longer than the request's read timeout raises `httpx.ReadTimeout`; a
    dropped connection raises `httpx.RemoteProtocolError`.
    """

    def __init__(self, api: ModelAPI, base_url: str = BASE_URL) -> None:
        self.api = api
        self.base_url = base_url

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._reply(request)
        if reply.delay:
            time.sleep(min(reply.delay, _read_timeout(request)))
        return self._response(request, reply)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # a streamed async body cannot be read synchronously
        reply = self._reply(request)
        if reply.delay:
            await asyncio.sleep(min(reply.delay, _read_timeout(request)))
        return self._response(request, reply)

    def _reply(self, request: httpx.Request) -> Reply:
        return self.api.handle(
            request.method,
            request.url.path,
            query=dict(request.url.params),
            headers=dict(request.headers),
            body=request.read(),
            base_url=self.base_url,
        )

    def _response(self, request: httpx.Request, reply: Reply) -> httpx.Response:
        if reply.drop:
            raise httpx.RemoteProtocolError("connection dropped (emulated)", request=request)
        if reply.delay and reply.delay >= _read_timeout(request):
            raise httpx.ReadTimeout("read timed out (emulated slow reply)", request=request)
        headers = {"content-type": reply.content_type, **reply.headers}
        return httpx.Response(
            reply.status, headers=headers, content=reply.payload(), request=request
        )


def _read_timeout(request: httpx.Request) -> float:
    timeout = request.extensions.get("timeout", {}).get("read")
    return float(timeout) if timeout is not None else float("inf")
