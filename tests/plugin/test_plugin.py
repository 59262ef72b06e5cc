"""The `runcomfy` pytest plugin, exercised as a user would: test files run by pytester."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from runcomfy.emulator._media import png
from runcomfy.testing import cassette_path

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
MODEL_ID = "ideogram/ideogram-v3/reframe"
RID = "d2a9e6b4-3c1f-4a8e-b7d5-6f0c2e9a1b38"
API = "https://model-api.runcomfy.net"
IMAGE_IN = "https://example.com/in.png"
OUTPUT_URL = "https://cdn.example.com/out/image.png?X-Amz-Signature=<redacted>&X-Amz-Date=20250603"
CANARY_KEY = "rk-canary-5f3e9d1c7a"
CANARY_SIGNATURE = "sig-canary-0b8e2a"

USER_TESTS = """
import pytest
from runcomfy_models.ideogram.ideogram_v3 import reframe


def test_reframe(runcomfy_cassette):
    with runcomfy_cassette.client() as client:
        output = reframe.run(client=client, image="https://example.com/in.png")
    assert output.image.startswith("https://cdn.example.com/out/image.png")
    with runcomfy_cassette.http_client() as http:
        assert http.get(output.image).content.startswith(b"\\x89PNG")


@pytest.mark.asyncio
@pytest.mark.runcomfy_cassette("test_user/test_reframe")
async def test_reframe_async(runcomfy_cassette):
    async with runcomfy_cassette.async_client() as client:
        output = await reframe.run_async(client=client, image="https://example.com/in.png")
    assert output.image.startswith("https://cdn.example.com/out/image.png")
    async with runcomfy_cassette.async_http_client() as http:
        assert (await http.get(output.image)).content.startswith(b"\\x89PNG")
"""


def _exchange(method: str, path: str, body: Any, **request: Any) -> dict[str, Any]:
    return {
        "request": {"method": method, "path": path, **request},
        "response": {"status_code": 200, "json": body},
    }


def reframe_cassette() -> dict[str, Any]:
    """A whole reframe job and the download of its output, as the recorder writes them."""
    links = f"{API}/v1/requests/{RID}"
    return {
        "description": "test_user.py::test_reframe",
        "base_url": API,
        "exchanges": [
            _exchange(
                "POST",
                f"/v1/models/{MODEL_ID}",
                {
                    "request_id": RID,
                    "status_url": f"{links}/status",
                    "result_url": f"{links}/result",
                    "cancel_url": f"{links}/cancel",
                },
                json={"image": IMAGE_IN, "resolution": "1152:864 (4:3)"},
            ),
            _exchange(
                "GET",
                f"/v1/requests/{RID}/status",
                {"request_id": RID, "status": "in_queue", "queue_position": 1},
            ),
            _exchange(
                "GET", f"/v1/requests/{RID}/status", {"request_id": RID, "status": "completed"}
            ),
            _exchange(
                "GET",
                f"/v1/requests/{RID}/result",
                {"request_id": RID, "status": "succeeded", "output": {"image": OUTPUT_URL}},
            ),
            {
                "request": {
                    "method": "GET",
                    "url": "https://cdn.example.com/out/image.png",
                    "query": {"X-Amz-Signature": "<redacted>", "X-Amz-Date": "20250603"},
                },
                "response": {
                    "status_code": 200,
                    "headers": {"content-type": "image/png"},
                    "base64": base64.b64encode(png()).decode(),
                },
            },
        ],
    }


@pytest.fixture(autouse=True)
def _hermetic_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "RUNCOMFY_RECORD",
        "RUNCOMFY_API_KEY",
        "RUNCOMFY_BASE_URL",
        "RUNCOMFY_POLL_INTERVAL",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A user's project: the plugin comes from the entry point, the specs from this repo."""
    pytester.makeini(
        f"""
        [pytest]
        asyncio_mode = strict
        asyncio_default_fixture_loop_scope = function
        runcomfy_specs = {ROOT / "specs"}
        """
    )
    return pytester


def write_cassette(project: pytest.Pytester, relative: str, data: dict[str, Any]) -> Path:
    path = project.path / "recordings" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


# -- replay ------------------------------------------------------------------------------


def test_replay_serves_the_cassette_sync_and_async(project: pytest.Pytester) -> None:
    write_cassette(project, "test_user/test_reframe.json", reframe_cassette())
    project.makepyfile(test_user=USER_TESTS)
    result = project.runpytest()
    result.assert_outcomes(passed=2)


def test_a_request_the_cassette_does_not_hold_fails_the_test(project: pytest.Pytester) -> None:
    data = reframe_cassette()
    data["exchanges"] = data["exchanges"][:3]  # no result, no download
    write_cassette(project, "test_user/test_reframe.json", data)
    project.makepyfile(test_user=USER_TESTS)
    result = project.runpytest("-k", "not async")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) == 0
    assert outcomes.get("failed", 0) + outcomes.get("errors", 0) >= 1
    result.stdout.fnmatch_lines(["*No response can be found for GET request on */result*"])


def test_a_different_body_is_not_in_the_cassette(project: pytest.Pytester) -> None:
    write_cassette(project, "test_user/test_reframe.json", reframe_cassette())
    project.makepyfile(test_user=USER_TESTS.replace("/in.png", "/other.png"))
    result = project.runpytest("-k", "not async")
    assert result.parseoutcomes().get("passed", 0) == 0
    result.stdout.fnmatch_lines(["*No response can be found for POST request*"])


def test_a_missing_cassette_says_how_to_record_it(project: pytest.Pytester) -> None:
    project.makepyfile(test_user=USER_TESTS)
    result = project.runpytest("-k", "not async")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*No cassette at *test_reframe.json*--runcomfy-record*"])


def test_cassette_paths_come_from_the_node_id_or_the_marker(tmp_path: Path) -> None:
    test_file = tmp_path / "tests" / "test_app.py"
    recordings = tmp_path / "tests" / "recordings"
    nodeid = "tests/test_app.py::TestJobs::test_run[async-a/b]"
    assert cassette_path(test_file, nodeid) == recordings / "test_app" / (
        "TestJobs.test_run[async-a_b].json"
    )
    assert cassette_path(test_file, nodeid, "shared/run") == recordings / "shared" / "run.json"
    assert cassette_path(test_file, nodeid, "run.json") == recordings / "run.json"


# -- record ------------------------------------------------------------------------------

RECORDED_TEST = f"""
import os
from runcomfy_models.ideogram.ideogram_v3 import reframe

SIGNED = "https://cdn.example.com/in.png?X-Amz-Signature={CANARY_SIGNATURE}&X-Amz-Date=20250603"


def test_recorded(runcomfy_cassette):
    key = os.environ.get("RUNCOMFY_API_KEY", "no-key")
    with runcomfy_cassette.client() as client:
        output = reframe.run(client=client, image=SIGNED, style={{"note": "key " + key}})
    with runcomfy_cassette.http_client() as http:
        assert http.get(output.image).content.startswith(b"\\x89PNG")
"""


def test_recording_against_the_emulator_keeps_secrets_out_then_replays(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyfile(test_rec=RECORDED_TEST)
    monkeypatch.setenv("RUNCOMFY_API_KEY", CANARY_KEY)
    result = project.runpytest("--runcomfy-record", "--runcomfy-record-target=emulator")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*runcomfy: recorded 1 cassette(s)*"])

    path = project.path / "recordings" / "test_rec" / "test_recorded.json"
    text = path.read_text(encoding="utf-8")
    assert CANARY_KEY not in text
    assert CANARY_SIGNATURE not in text
    assert "bearer" not in text.lower()
    assert "authorization" not in text.lower()
    data = json.loads(text)
    assert data["base_url"] == "http://emulator.local"
    first = data["exchanges"][0]["request"]
    assert first["method"] == "POST"
    assert first["path"] == f"/v1/models/{MODEL_ID}"
    assert first["json"]["image"] == (
        "https://cdn.example.com/in.png?X-Amz-Signature=<redacted>&X-Amz-Date=20250603"
    )
    assert first["json"]["style"] == {"note": "key <redacted>"}
    kinds = [e["request"]["path"].rsplit("/", 1)[-1] for e in data["exchanges"]]
    assert kinds[-2:] == ["result", "image.png"]
    assert set(kinds[1:-2]) == {"status"}
    assert data["exchanges"][-1]["response"]["headers"] == {"content-type": "image/png"}

    # Replayed, with the same key in the environment (a body that holds it still matches).
    replayed = project.runpytest()
    replayed.assert_outcomes(passed=1)
    assert path.read_text(encoding="utf-8") == text  # replay never rewrites the cassette


def test_record_env_var_and_ini_target(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyfile(test_rec=RECORDED_TEST)
    monkeypatch.setenv("RUNCOMFY_RECORD", "emulator")
    project.runpytest().assert_outcomes(passed=1)
    assert (project.path / "recordings" / "test_rec" / "test_recorded.json").is_file()


API_RECORDED_TEST = """
import httpx
from runcomfy_models.ideogram.ideogram_v3 import reframe

def test_against_the_api(runcomfy_cassette, httpx_mock):
    # The "real" service, stood in for by httpx_mock: it echoes the key and signs a URL.
    base = "https://staging.example.com/api"
    httpx_mock.add_response(
        method="POST", url=base + "/v1/models/ideogram/ideogram-v3/reframe",
        headers={"Retry-After": "0", "X-Secret-Header": "kept-out"},
        json={"request_id": "r1", "echo": "Bearer %(key)s",
              "status_url": base + "/v1/requests/r1/status?token=%(key)s"},
    )
    httpx_mock.add_response(
        method="GET", url=base + "/v1/requests/r1/status?token=t0ken-value-123",
        json={"request_id": "r1", "status": "in_queue"},
    )
    assert runcomfy_cassette.base_url == base
    with runcomfy_cassette.client() as client:
        handle = client.submit(reframe, {"image": "https://example.com/a.png"})
        assert handle.request_id == "r1"
    with runcomfy_cassette.http_client() as http:
        http.get(base + "/v1/requests/r1/status", params={"token": "t0ken-value-123"})
"""


def test_recording_against_the_api_target(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyfile(test_api=API_RECORDED_TEST % {"key": CANARY_KEY})
    monkeypatch.setenv("RUNCOMFY_API_KEY", CANARY_KEY)
    monkeypatch.setenv("RUNCOMFY_BASE_URL", "https://staging.example.com/api")
    monkeypatch.setenv("RUNCOMFY_RECORD", "1")
    project.runpytest().assert_outcomes(passed=1)
    text = (project.path / "recordings" / "test_api" / "test_against_the_api.json").read_text()
    assert CANARY_KEY not in text
    assert "t0ken-value-123" not in text
    assert "kept-out" not in text
    data = json.loads(text)
    assert data["base_url"] == "https://staging.example.com/api"
    submit, status = data["exchanges"]
    assert submit["request"]["path"] == f"/v1/models/{MODEL_ID}"
    assert submit["response"]["headers"] == {"retry-after": "0"}
    assert submit["response"]["json"]["echo"] == "Bearer <redacted>"
    assert submit["response"]["json"]["status_url"].endswith("/status?token=<redacted>")
    assert status["request"] == {
        "method": "GET",
        "path": "/v1/requests/r1/status",
        "query": {"token": "<redacted>"},
    }


def test_recording_against_the_api_needs_a_key(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyfile(test_rec=RECORDED_TEST)
    result = project.runpytest("--runcomfy-record")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*recording against the Model API needs RUNCOMFY_API_KEY*"])
    assert not (project.path / "recordings").exists()


# -- the emulator fixtures -----------------------------------------------------------------

EMULATOR_TESTS = """
import pytest
from runcomfy import CancelOutcome, JobState
from runcomfy_models.ideogram.ideogram_v3 import reframe


def test_sync(runcomfy_client, runcomfy_emulator, runcomfy_clock):
    output = reframe.run(client=runcomfy_client, image="https://example.com/a.png")
    assert output.image.startswith("http://emulator.local/media/")
    assert len(runcomfy_emulator.jobs) == 1
    assert runcomfy_clock.sleeps  # it polled, in virtual time
    handle = reframe.submit(client=runcomfy_client, image="https://example.com/a.png")
    assert runcomfy_client.cancel(handle.request_id).outcome is CancelOutcome.CANCELLED


@pytest.mark.asyncio
async def test_async(async_runcomfy_client, runcomfy_clock):
    output = await reframe.run_async(client=async_runcomfy_client, image="https://e.com/a.png")
    assert output.image
    handle = await reframe.submit_async(client=async_runcomfy_client, image="https://e.com/a.png")
    runcomfy_clock.advance(60)
    status = await async_runcomfy_client.status(handle.request_id)
    assert status.state is JobState.SUCCEEDED
"""


def test_emulator_fixtures_in_a_user_project(project: pytest.Pytester) -> None:
    project.makepyfile(test_emu=EMULATOR_TESTS)
    project.runpytest().assert_outcomes(passed=2)


def test_a_missing_specs_directory_is_reported(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_emu=EMULATOR_TESTS)
    result = pytester.runpytest()
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*no specs directory at *specs*runcomfy_specs*"])
