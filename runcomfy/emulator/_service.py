"""The emulated Model API, independent of any HTTP framework.

`ModelAPI.handle()` takes a request's method, path, query, headers and body and returns a
`Reply`; the ASGI app and the in-process httpx transport are thin adapters around it, so both
behave identically. Paths, status codes and JSON shapes follow RunComfy's documentation.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import jsonschema

from runcomfy._schema import missing_field, validator
from runcomfy.emulator._jobs import Job, JobStore, Timings
from runcomfy.emulator._media import EXTENSIONS, MEDIA

FAULT_HEADER = "x-emulator-fault"
FAULTS = frozenset(
    {
        "429",
        "500",
        "502",
        "503",
        "504",
        "drop",
        "slow",
        "malformed",
        "error_code",
        "unknown_status",
        "fail",
    }
)

_SUBMIT = re.compile(r"^/v1/models/(?P<model_id>.+)$")
_REQUEST = re.compile(r"^/v1/requests/(?P<request_id>[^/]+)/(?P<action>status|result|cancel)$")
_MEDIA = re.compile(r"^/media/(?P<request_id>[^/]+)/(?P<name>[^/]+)$")


@dataclass(frozen=True)
class EmulatedModel:
    model_id: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any]  # the schema of the result's `output`
    display_name: str = ""
    output_type: str = "IMAGE"

    def catalog_entry(self) -> dict[str, Any]:
        return {
            "model_id": self.model_id,
            "display_name": self.display_name or self.model_id,
            "output_type": self.output_type,
            "input_schema": self.input_schema,
        }


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any = None  # JSON-able
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None  # raw bytes instead of JSON (media, malformed answers)
    content_type: str = "application/json"
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # break the connection instead of answering

    def payload(self) -> bytes:
        if self.content is not None:
            return self.content
        return json.dumps(self.body).encode()


@dataclass(frozen=True)
class FaultPlan:
    """Faults applied to every request of an endpoint (`submit`, `status`, `result`,
    `cancel`, or `*`), on top of those a request asks for with `X-Emulator-Fault` or `?fault=`."""

    always: Mapping[str, str] = field(default_factory=dict)
    retry_after: int = 1
    slow_seconds: float = 2.0


class ModelAPI:
    """RunComfy's Model API, emulated in memory for the models it is given."""

    def __init__(
        self,
        models: Mapping[str, EmulatedModel],
        *,
        token: str | None = None,
        timings: Timings | None = None,
        faults: FaultPlan | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.models = dict(models)
        self.token = token
        self.timings = timings or Timings()
        self.faults = faults or FaultPlan()
        self.clock = clock
        self.jobs = JobStore()
        self._wall_offset = time.time() - clock()
        # Built on a model's first submit: most uses of an emulator touch a few of its models.
        self._validators: dict[str, jsonschema.protocols.Validator] = {}

    # -- dispatch ------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        base_url: str = "http://127.0.0.1:8000",
    ) -> Reply:
        query = query or {}
        headers = {k.lower(): v for k, v in (headers or {}).items()}
        method = method.upper()
        if method == "GET" and (media := _MEDIA.match(path)):
            return self._media(media["request_id"], media["name"])
        endpoint = _endpoint(method, path)
        faults = self._faults(endpoint, headers, query)
        forced = self._forced_reply(faults)
        if forced is not None:
            return forced
        denied = self._authenticate(headers)
        if denied is not None:
            return denied
        reply = self._route(method, path, query, body, base_url, faults)
        if "slow" in faults:
            reply = Reply(
                reply.status,
                reply.body,
                reply.headers,
                reply.content,
                delay=self.faults.slow_seconds,
            )
        return reply

    def _route(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        body: bytes,
        base_url: str,
        faults: set[str],
    ) -> Reply:
        if method == "GET" and path == "/v1/models":
            return self._catalog(query)
        if (match := _REQUEST.match(path)) and (method, match["action"]) in {
            ("GET", "status"),
            ("GET", "result"),
            ("POST", "cancel"),
        }:
            job = self.jobs.get(match["request_id"])
            if job is None:
                return _error(404, 404001, f"Request {match['request_id']} not found.")
            if match["action"] == "cancel":
                return self._cancel(job)
            status = "warming_up" if "unknown_status" in faults else None
            if match["action"] == "status":
                return self._status(job, status)
            return self._result(job, base_url, status)
        if match := _SUBMIT.match(path):
            model_id = match["model_id"]
            if method == "GET":
                model = self.models.get(model_id)
                if model is None:
                    return _error(400, 400001, f"Invalid model_id: {model_id}.")
                return Reply(200, model.catalog_entry())
            if method == "POST":
                return self._submit(model_id, body, base_url, fails="fail" in faults)
        return _error(404, None, f"No route for {method} {path}.")

    # -- endpoints -----------------------------------------------------------------------

    def _submit(self, model_id: str, body: bytes, base_url: str, *, fails: bool) -> Reply:
        model = self.models.get(model_id)
        if model is None:
            return _error(400, 400001, f"Invalid model_id: {model_id}.")
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            return _error(400, None, "The request body is not valid JSON.")
        if not isinstance(payload, dict):
            return _error(422, None, "The request body must be a JSON object.", detail=[])
        problems = [
            {
                "loc": _loc(error),
                "msg": error.message,
                "type": str(error.validator),
            }
            for error in self._validator(model).iter_errors(payload)
        ]
        if problems:
            fields = ", ".join(".".join(map(str, p["loc"][1:])) or "body" for p in problems)
            return _error(422, None, f"Input validation failed: {fields}.", detail=problems)
        job = self.jobs.add(model_id, payload, self.clock(), self.timings)
        if fails:
            job.fails = True
        links = f"{base_url}/v1/requests/{job.request_id}"
        return Reply(
            200,
            {
                "request_id": job.request_id,
                "status_url": f"{links}/status",
                "result_url": f"{links}/result",
                "cancel_url": f"{links}/cancel",
            },
        )

    def _status(self, job: Job, override: str | None) -> Reply:
        now = self.clock()
        phase = job.phase(now)
        body: dict[str, Any] = {"request_id": job.request_id, "status": override or phase}
        if phase == "in_queue":
            body["queue_position"] = job.queue_position(now)
        return Reply(200, body)

    def _result(self, job: Job, base_url: str, override: str | None) -> Reply:
        now = self.clock()
        phase = job.phase(now)
        body: dict[str, Any] = {
            "request_id": job.request_id,
            "status": override or phase,
            "created_at": self._iso(job.submitted_at),
        }
        if phase in {"succeeded", "failed", "cancelled"}:
            body["finished_at"] = self._iso(job.finished_at())
        if phase == "succeeded":
            body["output"] = self._output(job, base_url)
        elif phase == "failed":
            body["error"] = {
                "error_code": 500001,
                "error_message": "The model failed to process the input (emulated failure).",
            }
        return Reply(200, body)

    def _cancel(self, job: Job) -> Reply:
        now = self.clock()
        phase = job.phase(now)
        if phase == "in_queue":
            job.cancelled_at = now
            return Reply(
                202, {"request_id": job.request_id, "status": "cancelled", "outcome": "cancelled"}
            )
        return Reply(
            202, {"request_id": job.request_id, "status": phase, "outcome": "not_cancellable"}
        )

    def _catalog(self, query: Mapping[str, str]) -> Reply:
        entries = [self.models[k].catalog_entry() for k in sorted(self.models)]
        try:
            limit = max(1, int(query.get("limit", 50)))
            offset = max(0, int(query.get("offset", 0)))
        except ValueError:
            return _error(400, None, "limit and offset must be integers.")
        if query.get("include_schema", "true").lower() != "true":
            entries = [{k: v for k, v in e.items() if k != "input_schema"} for e in entries]
        page = entries[offset : offset + limit]
        return Reply(200, {"models": page, "total": len(entries), "limit": limit, "offset": offset})

    def _media(self, request_id: str, name: str) -> Reply:
        kind = name.split(".", 1)[0].rstrip("s0123456789_")
        job = self.jobs.get(request_id)
        if job is None or kind not in MEDIA:
            return _error(404, 404001, "No such file.")
        content_type, data = MEDIA[kind]
        return Reply(200, content=data, content_type=content_type)

    # -- pieces --------------------------------------------------------------------------

    def _validator(self, model: EmulatedModel) -> jsonschema.protocols.Validator:
        """Validation as the runtime does it: the published schema, its quirks read the same way."""
        if model.model_id not in self._validators:
            self._validators[model.model_id] = validator(model.input_schema)
        return self._validators[model.model_id]

    def _output(self, job: Job, base_url: str) -> dict[str, Any]:
        """Outputs shaped by the model's output schema: the fields for its kind of media."""
        model = self.models[job.model_id]
        kind = model.output_type.lower() if model.output_type.lower() in MEDIA else "image"
        properties = model.output_schema.get("properties") or {}
        url = f"{base_url}/media/{job.request_id}/{kind}.{EXTENSIONS[kind]}"
        output: dict[str, Any] = {}
        if kind in properties:
            output[kind] = url
        elif f"{kind}s" in properties:
            output[f"{kind}s"] = [url]
        else:
            output[kind] = url  # the schema names no field for it: send what the service would
        return output

    def _faults(
        self, endpoint: str, headers: Mapping[str, str], query: Mapping[str, str]
    ) -> set[str]:
        asked = f"{headers.get(FAULT_HEADER, '')},{query.get('fault', '')}"
        wanted = {f.strip() for f in asked.split(",") if f.strip()}
        for key in (endpoint, "*"):
            if key in self.faults.always:
                wanted.add(self.faults.always[key])
        return wanted & FAULTS

    def _forced_reply(self, faults: set[str]) -> Reply | None:
        if "drop" in faults:
            return Reply(200, drop=True)
        if "429" in faults:
            return Reply(
                429,
                {"error_message": "Too many requests (emulated)."},
                headers={"Retry-After": str(self.faults.retry_after)},
            )
        for code in ("500", "502", "503", "504"):
            if code in faults:
                return _error(int(code), None, f"Emulated HTTP {code}.")
        if "malformed" in faults:
            return Reply(200, content=b'{"request_id": "', content_type="application/json")
        if "error_code" in faults:
            return Reply(
                200, {"error_code": 400002, "error_message": "Insufficient balance (emulated)."}
            )
        return None

    def _authenticate(self, headers: Mapping[str, str]) -> Reply | None:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _error(401, None, "Missing API token: send Authorization: Bearer <token>.")
        if self.token is not None and token.strip() != self.token:
            return _error(401, 400004, "Invalid API token.")
        return None

    def _iso(self, monotonic: float) -> str:
        moment = datetime.fromtimestamp(monotonic + self._wall_offset, tz=timezone.utc)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _endpoint(method: str, path: str) -> str:
    if match := _REQUEST.match(path):
        return match["action"]
    if method == "POST" and _SUBMIT.match(path):
        return "submit"
    return "catalog"


def _loc(error: jsonschema.ValidationError) -> list[Any]:
    """Where a problem is, as FastAPI-style `loc`: a missing field is named too."""
    missing = missing_field(error)
    return ["body", *error.absolute_path, *([missing] if missing is not None else [])]


def _error(status: int, error_code: int | None, message: str, *, detail: Any = None) -> Reply:
    body: dict[str, Any] = {"error_message": message}
    if error_code is not None:
        body["error_code"] = error_code
    if detail is not None:
        body["detail"] = detail
    return Reply(status, body)
