"""The emulator as an ASGI app (served by `runcomfy serve` with uvicorn)."""

from __future__ import annotations

import asyncio

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from runcomfy.emulator._service import ModelAPI, Reply

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


class _Dropped(Response):
    """Starts an answer, then breaks the connection, as a failing network would."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]}
        )
        await send({"type": "http.response.body", "body": b'{"request_id": ', "more_body": True})
        raise ConnectionAbortedError("connection dropped (emulated)")


def create_app(api: ModelAPI) -> Starlette:
    async def endpoint(request: Request) -> Response:
        reply: Reply = api.handle(
            request.method,
            request.url.path,
            query=dict(request.query_params),
            headers=dict(request.headers),
            body=await request.body(),
            base_url=str(request.base_url).rstrip("/"),
        )
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.drop:
            return _Dropped()
        return Response(
            reply.payload(),
            status_code=reply.status,
            headers=reply.headers,
            media_type=reply.content_type,
        )

    app = Starlette(routes=[Route("/{path:path}", endpoint, methods=METHODS)])
    app.state.api = api
    return app
