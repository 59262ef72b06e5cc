"""The pieces behind `runcomfy_cassette`: redaction, and replaying what was recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from runcomfy import JobState
from runcomfy.testing import REDACTED, Redactor, RunComfyCassette, VirtualClock

KEY = "rk-live-0123456789abcdef"
RID = "0b7c2f0e-8f2a-4d6e-9c61-3e4f5a6b7c8d"
API = "https://model-api.runcomfy.net"


# -- redaction ---------------------------------------------------------------------------


def test_the_key_is_redacted_wherever_it_appears() -> None:
    redactor = Redactor([KEY])
    data = {"a": KEY, "b": [f"Bearer {KEY}", {"c": f"x{KEY}y"}], KEY: 1, "n": 3, "t": True}
    assert redactor.value(data) == {
        "a": REDACTED,
        "b": [f"Bearer {REDACTED}", {"c": f"x{REDACTED}y"}],
        REDACTED: 1,
        "n": 3,
        "t": True,
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://b.s3.amazonaws.com/o.png?X-Amz-Date=1&X-Amz-Signature=abc&X-Amz-Credential=K",
            "https://b.s3.amazonaws.com/o.png?X-Amz-Date=1&X-Amz-Signature=<redacted>"
            "&X-Amz-Credential=<redacted>",
        ),
        ("https://h/p?token=t&x=1", "https://h/p?token=<redacted>&x=1"),
        ("https://h/p?SIGNATURE=s", "https://h/p?SIGNATURE=<redacted>"),
        ("https://h/p?sig=s&se=2030", "https://h/p?sig=<redacted>&se=2030"),
        ("https://h/p?page=2", "https://h/p?page=2"),
        ("what? token=x", "what? token=x"),  # not a URL
    ],
)
def test_secret_query_parameters_of_urls_are_redacted(url: str, expected: str) -> None:
    assert Redactor().text(url) == expected


def test_urls_inside_text_are_redacted_once() -> None:
    redactor = Redactor([KEY])
    text = f"could not fetch https://h/p.png?token={KEY}&w=2, 'https://h/q?sig=s' failed"
    redacted = redactor.text(text)
    assert redacted == (
        "could not fetch https://h/p.png?token=<redacted>&w=2, 'https://h/q?sig=<redacted>' failed"
    )
    assert redactor.text(redacted) == redacted


def test_short_values_are_not_taken_for_secrets() -> None:
    redactor = Redactor(["", "ab"])
    assert redactor.text("abc") == "abc"


def test_recorded_query_keeps_repeats_and_hides_secrets() -> None:
    pairs = [("a", "1"), ("a", "2"), ("api_key", KEY), ("q", f"has {KEY}")]
    assert Redactor([KEY]).query(pairs) == {
        "a": ["1", "2"],
        "api_key": REDACTED,
        "q": f"has {REDACTED}",
    }


# -- replay details ----------------------------------------------------------------------


def _cassette(tmp_path: Path, exchanges: list[dict[str, Any]]) -> tuple[RunComfyCassette, Any]:
    data = {"description": "t", "base_url": API, "exchanges": exchanges}
    cassette = RunComfyCassette(
        tmp_path / "c.json",
        mode="replay",
        description="t",
        base_url=API,
        api_key="replay",
        clock=VirtualClock(),
    )
    return cassette, data


def _status(state: str) -> dict[str, Any]:
    return {
        "request": {"method": "GET", "path": f"/v1/requests/{RID}/status"},
        "response": {"status_code": 200, "json": {"request_id": RID, "status": state}},
    }


def test_a_recorded_transport_error_is_replayed_and_retried(
    tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    error = {
        "request": {"method": "GET", "path": f"/v1/requests/{RID}/status"},
        "error": {"type": "ReadTimeout", "message": "timed out"},
    }
    cassette, data = _cassette(tmp_path, [error, _status("in_progress")])
    cassette.load_into(httpx_mock, data)
    with cassette.client() as client:
        assert client.status(RID).state is JobState.IN_PROGRESS
    assert cassette.clock is not None and len(cassette.clock.sleeps) == 1  # one backoff


def test_redacted_values_match_whatever_the_client_sends(
    tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    signed = "https://cdn.example.com/in.png?X-Amz-Signature=<redacted>&X-Amz-Date=1"
    exchanges = [
        {
            "request": {
                "method": "POST",
                "path": "/v1/models/some/model",
                "json": {"image": signed, "note": REDACTED},
            },
            "response": {"status_code": 200, "json": {"request_id": RID}},
        },
        {
            "request": {
                "method": "GET",
                "url": "https://cdn.example.com/out.png",
                "query": {"X-Amz-Date": "1", "X-Amz-Signature": REDACTED},
            },
            "response": {"status_code": 200, "text": "file"},
        },
    ]
    cassette, data = _cassette(tmp_path, exchanges)
    cassette.redact("my-own-secret")
    cassette.load_into(httpx_mock, data)
    real = "https://cdn.example.com/in.png?X-Amz-Signature=real-sig&X-Amz-Date=1"
    with cassette.client() as client:
        handle = client.submit("some/model", {"image": real, "note": "my-own-secret"})
    assert handle.request_id == RID
    with cassette.http_client() as http:
        # Parameters in another order, the signature a different value: still the recording.
        answer = http.get("https://cdn.example.com/out.png?X-Amz-Signature=zzz&X-Amz-Date=1")
    assert answer.text == "file"


def test_a_cassette_that_is_not_one_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"exchanges": 3}')
    with pytest.raises(Exception, match="not a cassette"):
        RunComfyCassette.read(path)
    with pytest.raises(Exception, match="No cassette at"):
        RunComfyCassette.read(tmp_path / "missing.json")


def test_the_contract_recordings_are_cassettes(tmp_path: Path, httpx_mock: HTTPXMock) -> None:
    """tests/contract/recordings/*.json (no base_url: the Model API's) replay as they are."""
    recording = Path(__file__).resolve().parents[1] / "contract/recordings/run_succeeded.json"
    if not recording.is_file():
        pytest.skip("the contract recording is absent")
    data = RunComfyCassette.read(recording)
    cassette, _ = _cassette(tmp_path, [])
    cassette.load_into(httpx_mock, data)
    image = data["exchanges"][0]["request"]["json"]["image"]
    with cassette.client() as client:
        output = client.run("ideogram/ideogram-v3/reframe", {"image": image})
    assert isinstance(output.model_dump()["image"], str)
    assert len(httpx_mock.get_requests()) == len(data["exchanges"])


def test_http_errors_and_non_json_bodies_round_trip(tmp_path: Path) -> None:
    cassette = RunComfyCassette(
        tmp_path / "c.json", mode="record", description="t", base_url=API, api_key=KEY
    )
    request = httpx.Request("GET", f"{API}/v1/requests/{RID}/status?limit=2")
    answer = httpx.Response(
        429, headers={"Retry-After": "3", "Set-Cookie": "s=1"}, json={"error_message": KEY}
    )
    cassette.record(request, answer)
    cassette.record(
        httpx.Request("GET", "https://cdn.example.com/x.bin"),
        httpx.Response(200, headers={"content-type": "application/octet-stream"}, content=b"\xff"),
    )
    cassette.record(request, None, httpx.ConnectError(f"refused for {KEY}"))
    cassette.save()
    saved = RunComfyCassette.read(cassette.path)
    assert saved["exchanges"] == [
        {
            "request": {
                "method": "GET",
                "path": f"/v1/requests/{RID}/status",
                "query": {"limit": "2"},
            },
            "response": {
                "status_code": 429,
                "headers": {"retry-after": "3"},
                "json": {"error_message": REDACTED},
            },
        },
        {
            "request": {"method": "GET", "url": "https://cdn.example.com/x.bin"},
            "response": {
                "status_code": 200,
                "headers": {"content-type": "application/octet-stream"},
                "base64": "/w==",
            },
        },
        {
            "request": {
                "method": "GET",
                "path": f"/v1/requests/{RID}/status",
                "query": {"limit": "2"},
            },
            "error": {"type": "ConnectError", "message": f"refused for {REDACTED}"},
        },
    ]
