"""The emulator's gatekeeping and lookups: bearer tokens, unknown models and requests, the
model catalog with its pagination, and one model's entry."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from runcomfy import AuthenticationError, BadRequestError, NotFoundError, RunComfy
from runcomfy.emulator import BASE_URL, EmulatedModel, EmulatorTransport, ModelAPI
from runcomfy.testing import VirtualClock
from runcomfy.testing.plugin import emulator_config
from runcomfy_models.ideogram.ideogram_v3 import reframe

TOKEN = "the-one-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MODEL_PATH = f"/v1/models/{reframe.MODEL_ID}"
INPUT = {"image": "https://example.com/a.png", "resolution": "1152:864 (4:3)"}
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def _extra(model_id: str) -> EmulatedModel:
    return EmulatedModel(
        model_id=model_id,
        input_schema={"type": "object", "properties": {"prompt": {"type": "string"}}},
        output_schema={"type": "object", "properties": {"video": {"type": "string"}}},
        display_name=model_id.upper(),
        output_type="VIDEO",
    )


@pytest.fixture
def api(
    runcomfy_emulated_models: dict[str, EmulatedModel], runcomfy_clock: VirtualClock
) -> ModelAPI:
    """The project's reframe plus two more, so the catalog has pages; one token only."""
    models = {
        reframe.MODEL_ID: runcomfy_emulated_models[reframe.MODEL_ID],
        "aaa/first": _extra("aaa/first"),
        "zzz/last": _extra("zzz/last"),
    }
    return ModelAPI(models, token=TOKEN, clock=runcomfy_clock.now)


@pytest.fixture
def http(api: ModelAPI) -> Iterator[httpx.Client]:
    with httpx.Client(transport=EmulatorTransport(api), base_url=BASE_URL) as client:
        yield client


# -- auth --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer "},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer someone-else"},
    ],
    ids=["missing", "empty_bearer", "not_bearer", "other_token"],
)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", MODEL_PATH),
        ("GET", f"/v1/requests/{UNKNOWN_ID}/status"),
        ("GET", "/v1/models"),
    ],
    ids=["submit", "status", "catalog"],
)
def test_without_the_configured_token_it_is_401(
    http: httpx.Client, api: ModelAPI, method: str, path: str, headers: dict[str, str]
) -> None:
    response = http.request(method, path, json=INPUT if method == "POST" else None, headers=headers)
    assert response.status_code == 401
    assert response.json()["error_message"]
    assert len(api.jobs) == 0


def test_the_configured_token_is_accepted(http: httpx.Client, api: ModelAPI) -> None:
    response = http.post(MODEL_PATH, json=INPUT, headers=AUTH)
    assert response.status_code == 200
    assert len(api.jobs) == 1


def test_without_a_configured_token_any_bearer_is_accepted_but_not_none(
    runcomfy_emulator: ModelAPI,
) -> None:
    with httpx.Client(transport=EmulatorTransport(runcomfy_emulator), base_url=BASE_URL) as http:
        assert http.get("/v1/models", headers={"Authorization": "Bearer x"}).status_code == 200
        assert http.get("/v1/models").status_code == 401


def test_the_client_gets_authentication_error(api: ModelAPI, runcomfy_clock: VirtualClock) -> None:
    with httpx.Client(transport=EmulatorTransport(api)) as http:
        client = RunComfy(config=emulator_config(runcomfy_clock), http_client=http)
        with pytest.raises(AuthenticationError) as caught:
            client.submit(reframe, INPUT)
    assert caught.value.status_code == 401
    assert caught.value.error_code == 400004


# -- unknown things ----------------------------------------------------------------------


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_unknown_model_is_400001(http: httpx.Client, method: str) -> None:
    response = http.request(
        method, "/v1/models/nobody/no-model", json=INPUT if method == "POST" else None, headers=AUTH
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == 400001
    assert "nobody/no-model" in response.json()["error_message"]


@pytest.mark.parametrize(
    ("method", "action"), [("GET", "status"), ("GET", "result"), ("POST", "cancel")]
)
def test_unknown_request_is_404001(http: httpx.Client, method: str, action: str) -> None:
    response = http.request(method, f"/v1/requests/{UNKNOWN_ID}/{action}", headers=AUTH)
    assert response.status_code == 404
    assert response.json()["error_code"] == 404001
    assert UNKNOWN_ID in response.json()["error_message"]


def test_the_client_maps_unknown_model_and_request(
    api: ModelAPI, runcomfy_clock: VirtualClock
) -> None:
    with httpx.Client(transport=EmulatorTransport(api)) as http:
        config = emulator_config(runcomfy_clock, api_key=TOKEN)
        client = RunComfy(config=config, http_client=http, sleep=runcomfy_clock.sleep)
        with pytest.raises(BadRequestError) as bad:
            client.submit("nobody/no-model", {})
        with pytest.raises(NotFoundError) as missing:
            client.status(UNKNOWN_ID)
    assert bad.value.error_code == 400001
    assert (missing.value.error_code, missing.value.request_id) == (404001, UNKNOWN_ID)


# -- the catalog -------------------------------------------------------------------------


def test_catalog_lists_every_model_with_its_schema(http: httpx.Client, api: ModelAPI) -> None:
    body = http.get("/v1/models", headers=AUTH).json()
    assert body["total"] == len(api.models) == 3
    assert (body["limit"], body["offset"]) == (50, 0)
    assert [m["model_id"] for m in body["models"]] == sorted(api.models)
    entry = next(m for m in body["models"] if m["model_id"] == reframe.MODEL_ID)
    assert entry["input_schema"] == reframe.INPUT_SCHEMA
    assert set(entry) == {"model_id", "display_name", "output_type", "input_schema"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"limit": "2"}, ["aaa/first", reframe.MODEL_ID]),
        ({"limit": "2", "offset": "2"}, ["zzz/last"]),
        ({"offset": "1"}, [reframe.MODEL_ID, "zzz/last"]),
        ({"limit": "1", "offset": "1"}, [reframe.MODEL_ID]),
        ({"offset": "3"}, []),
    ],
)
def test_catalog_pages(http: httpx.Client, query: dict[str, str], expected: list[str]) -> None:
    body = http.get("/v1/models", params=query, headers=AUTH).json()
    assert [m["model_id"] for m in body["models"]] == expected
    assert body["total"] == 3
    assert body["offset"] == int(query.get("offset", 0))
    assert body["limit"] == int(query.get("limit", 50))


def test_catalog_without_schemas_and_bad_paging(http: httpx.Client) -> None:
    body = http.get("/v1/models", params={"include_schema": "false"}, headers=AUTH).json()
    assert all("input_schema" not in m for m in body["models"])
    assert http.get("/v1/models", params={"limit": "ten"}, headers=AUTH).status_code == 400


def test_one_model(http: httpx.Client) -> None:
    response = http.get(MODEL_PATH, headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    assert body["model_id"] == reframe.MODEL_ID
    assert body["output_type"] == "IMAGE"
    assert body["display_name"]
    assert body["input_schema"] == reframe.INPUT_SCHEMA
    other = http.get("/v1/models/zzz/last", headers=AUTH).json()
    assert (other["display_name"], other["output_type"]) == ("ZZZ/LAST", "VIDEO")
