"""The recordings themselves keep to RunComfy's documented shapes, so the contract tests test
the contract and not a made-up variant of it; and each says where it comes from: recorded from
the emulator by record.py, or hand-written where the emulator cannot produce the scenario
(README.md lists them, and the hand check of every recording)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
RECORDINGS = sorted((HERE / "recordings").glob("*.json"))
BASE_URL = "https://model-api.runcomfy.net"
RECORDED = "Recorded from the emulator by tests/contract/record.py. "
HAND_WRITTEN = "Hand-written, not recorded: "
# The scenarios the emulator cannot produce (record.py's HAND_WRITTEN says why).
HAND_WRITTEN_RECORDINGS = {"submit_accepted", "error_200_with_error_code"}
MODEL_PATH = "/v1/models/ideogram/ideogram-v3/reframe"
UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
REQUEST_PATH = re.compile(rf"/v1/requests/(?P<id>{UUID})/(?P<op>status|result|cancel)")

# Documented fields of each answer; extra fields are tolerated by the client but not recorded
# here, except where a recording says so on purpose.
SUBMIT = {"request_id", "status_url", "result_url", "cancel_url"}
STATUS = {"request_id", "status", "queue_position"}
RESULT = {"request_id", "status", "output", "created_at", "finished_at", "error"}
CANCEL = {"request_id", "status", "outcome"}
ERROR = {"error_code", "error_message", "detail"}
STATUSES = {"in_queue", "in_progress", "completed", "succeeded", "failed", "cancelled", "canceled"}
EXTRAS = {"submit_accepted": {"created_at"}, "wait_unknown_status": set()}


def _check_success(name: str, method: str, path: str, body: dict[str, Any]) -> None:
    if path == MODEL_PATH:
        assert method == "POST"
        assert set(body) - EXTRAS.get(name, set()) == SUBMIT
        assert re.fullmatch(UUID, body["request_id"])
        return
    match = REQUEST_PATH.fullmatch(path)
    assert match, path
    assert body["request_id"] == match["id"]
    op = match["op"]
    if op == "cancel":
        assert method == "POST"
        assert set(body) <= CANCEL
        assert body["outcome"] in {"cancelled", "not_cancellable"}
        return
    assert method == "GET"
    assert set(body) <= (STATUS if op == "status" else RESULT)
    if name != "wait_unknown_status":
        assert body["status"] in STATUSES


@pytest.mark.parametrize("path", RECORDINGS, ids=lambda p: p.stem)
def test_recording_follows_the_documented_shapes(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"description", "base_url", "exchanges"}
    assert data["base_url"] == BASE_URL
    assert data["exchanges"]
    for exchange in data["exchanges"]:
        request, response = exchange["request"], exchange["response"]
        assert set(request) <= {"method", "path", "json"}
        assert set(response) <= {"status_code", "headers", "json"}
        body = response["json"]
        if response["status_code"] >= 400 or "error_code" in body:
            assert set(body) <= ERROR
        else:
            assert response["status_code"] in (200, 202)
            _check_success(path.stem, request["method"], request["path"], body)


@pytest.mark.parametrize("path", RECORDINGS, ids=lambda p: p.stem)
def test_recording_says_where_it_comes_from(path: Path) -> None:
    description = json.loads(path.read_text(encoding="utf-8"))["description"]
    origin = HAND_WRITTEN if path.stem in HAND_WRITTEN_RECORDINGS else RECORDED
    assert description.startswith(origin)
    assert len(description) > len(origin) + 20  # and what documented shape it shows


def test_the_readme_records_the_hand_check_of_every_recording() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for path in RECORDINGS:
        assert f"`{path.stem}`" in readme, path.stem
