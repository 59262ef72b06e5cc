"""`runcomfy run`, `status`, `result`, `cancel` and `models` against the in-process emulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runcomfy import JobState
from runcomfy.cli import _jobs
from runcomfy.emulator import BASE_URL

from .conftest import (
    ALL_TYPES_ID,
    REFRAME,
    SLOW_QUEUE,
    UNTYPED_ID,
    Harness,
    HarnessFactory,
    request_ids,
)

IMAGE = "https://example.com/a.png"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# -- run: reading the input --------------------------------------------------------------


def test_run_sends_each_value_as_its_schema_type(cli: Harness) -> None:
    done = cli.invoke(
        "run",
        ALL_TYPES_ID,
        "prompt=12345",
        "steps=30",
        "guidance=7.5",
        "upscale=yes",
        "sampler=dpm++ 2m",
        "frames=24",
        'tags=["a","b"]',
        'options={"k": 1}',
        "negative=null",
    )
    assert done.exit_code == 0, done.stderr
    assert cli.submitted() == [
        {
            "prompt": "12345",
            "steps": 30,
            "guidance": 7.5,
            "upscale": True,
            "sampler": "dpm++ 2m",
            "frames": 24,
            "tags": ["a", "b"],
            "options": {"k": 1},
            "negative": None,
        }
    ]


def test_run_reads_typed_fields_of_a_generated_model(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, "image=12345", "seed=42", 'style={"mood": "calm"}')
    assert done.exit_code == 0, done.stderr
    [body] = cli.submitted()
    assert body["image"] == "12345"
    assert body["seed"] == 42
    assert body["style"] == {"mood": "calm"}


def test_a_value_that_does_not_parse_exits_2_and_sends_nothing(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "seed=abc")
    assert done.exit_code == 2
    assert _lines(done.stderr) == ["error: invalid value 'abc' for seed: expected an integer"]
    assert done.stdout == ""
    assert len(cli.api.jobs) == 0
    assert cli.transport.sent == []


def test_a_bad_enum_value_lists_the_choices(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "rendering_speed=fast")
    assert done.exit_code == 2
    assert "rendering_speed" in done.stderr
    assert "one of: TURBO, BALANCED, QUALITY" in done.stderr
    assert len(cli.api.jobs) == 0


def test_an_unknown_field_exits_2_and_sends_nothing(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "sed=1")
    assert done.exit_code == 2
    [line] = _lines(done.stderr)
    assert "unknown field 'sed' for ideogram/ideogram-v3/reframe" in line
    assert "did you mean 'seed'?" in line
    assert len(cli.api.jobs) == 0
    assert cli.transport.sent == []


def test_a_malformed_pair_exits_2(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, IMAGE)
    assert done.exit_code == 2
    assert "is not FIELD=VALUE" in done.stderr
    assert len(cli.api.jobs) == 0


def test_schema_problems_are_listed_one_per_line_before_sending(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, "seed=-1")
    assert done.exit_code == 2
    lines = _lines(done.stderr)
    assert lines[0] == (
        "error: 2 problem(s) in the input for ideogram/ideogram-v3/reframe; nothing was sent:"
    )
    assert [line.strip() for line in lines[1:]] == [
        "/image: required field is missing",
        "/seed: -1 is less than the minimum of 0",
    ]
    assert len(cli.api.jobs) == 0


def test_pairs_override_the_input_file(cli: Harness, tmp_path: Path) -> None:
    path = tmp_path / "input.json"
    path.write_text(json.dumps({"image": IMAGE, "seed": 1, "rendering_speed": "TURBO"}))
    done = cli.invoke("run", REFRAME, "--input", str(path), "seed=2")
    assert done.exit_code == 0, done.stderr
    [body] = cli.submitted()
    assert (body["image"], body["seed"], body["rendering_speed"]) == (IMAGE, 2, "TURBO")


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "is not valid JSON"), ("[1, 2]", "must hold a JSON object")],
)
def test_a_bad_input_file_exits_2(cli: Harness, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "input.json"
    path.write_text(content)
    done = cli.invoke("run", REFRAME, "--input", str(path))
    assert done.exit_code == 2
    assert message in done.stderr
    assert len(cli.api.jobs) == 0


def test_a_model_without_a_generated_module_runs_untyped(cli: Harness) -> None:
    done = cli.invoke("run", UNTYPED_ID, "count=3", "name=abc", 'extra={"a": 1}')
    assert done.exit_code == 0, done.stderr
    assert cli.submitted() == [{"count": 3, "name": "abc", "extra": {"a": 1}}]
    assert "has no generated module" in done.stderr
    assert done.stdout.startswith(f"image: {BASE_URL}/media/")


# -- run: the output ------------------------------------------------------------------------


def test_run_prints_the_output_url_and_nothing_else(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, f"image={IMAGE}")
    assert done.exit_code == 0, done.stderr
    [line] = _lines(done.stdout)
    [request_id] = request_ids(line)
    assert line == f"image: {BASE_URL}/media/{request_id}/image.png"
    assert done.stderr == ""  # stderr is not a terminal: no progress


def test_run_json_prints_only_the_output_as_json(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "--json")
    assert done.exit_code == 0, done.stderr
    output = json.loads(done.stdout)
    assert list(output) == ["image"]
    assert output["image"].startswith(f"{BASE_URL}/media/")


def test_run_download_saves_the_files_and_prints_their_paths(cli: Harness, tmp_path: Path) -> None:
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "--download", str(tmp_path / "out"))
    assert done.exit_code == 0, done.stderr
    [line] = _lines(done.stdout)
    path = Path(line)
    assert path == tmp_path / "out" / "image.png"
    assert path.read_bytes().startswith(b"\x89PNG")


def test_run_with_progress_enabled_still_prints_the_output(
    cli: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_jobs, "_stderr_is_terminal", lambda: True)
    done = cli.invoke("run", REFRAME, f"image={IMAGE}")
    assert done.exit_code == 0, done.stderr
    assert _lines(done.stdout)[0].startswith(f"image: {BASE_URL}/media/")


# -- run: failures --------------------------------------------------------------------------


def test_an_api_error_is_one_red_line_and_exit_1(make_harness: HarnessFactory) -> None:
    cli = make_harness(token="secret")
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "--api-key", "wrong")
    assert done.exit_code == 1
    [line] = _lines(done.stderr)
    assert line.startswith("error: HTTP 401")
    assert "Invalid API token" in line
    assert "Traceback" not in done.output
    assert done.stdout == ""
    assert len(cli.api.jobs) == 0


def test_the_right_api_key_passes(make_harness: HarnessFactory) -> None:
    cli = make_harness(token="secret")
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "--api-key", "secret")
    assert done.exit_code == 0, done.stderr


def test_a_missing_api_key_says_how_to_give_one(
    cli: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RUNCOMFY_API_KEY")
    done = cli.invoke("run", REFRAME, f"image={IMAGE}")
    assert done.exit_code == 1
    [line] = _lines(done.stderr)
    assert "pass --api-key or set RUNCOMFY_API_KEY" in line


def test_a_failed_job_is_one_line_and_exit_1(make_harness: HarnessFactory) -> None:
    cli = make_harness(faults={"submit": "fail"})
    done = cli.invoke("run", REFRAME, f"image={IMAGE}")
    assert done.exit_code == 1
    [line] = _lines(done.stderr)
    assert line.startswith("error: Job ") and "failed" in line


def test_a_timeout_says_the_queued_job_was_cancelled(make_harness: HarnessFactory) -> None:
    cli = make_harness(timings=SLOW_QUEUE)
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "--timeout", "0.05")
    assert done.exit_code == 1
    lines = _lines(done.stderr)
    assert lines[0].startswith("error: Job ") and "after 0.05 s" in lines[0]
    assert "so it was cancelled: submit it again" in lines[0]
    [request_id] = set(request_ids(done.stderr))
    job = cli.api.jobs.get(request_id)
    assert job is not None and job.cancelled_at is not None


def test_a_base_url_that_is_not_http_exits_2(cli: Harness) -> None:
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", "--base-url", "localhost:8000")
    assert done.exit_code == 2
    assert "--base-url must be an http(s) URL" in done.stderr
    assert len(cli.api.jobs) == 0


# -- run: Ctrl-C ----------------------------------------------------------------------------


def _interrupt(seconds: float) -> None:
    raise KeyboardInterrupt


def test_ctrl_c_without_a_terminal_says_how_to_resume(make_harness: HarnessFactory) -> None:
    cli = make_harness(timings=SLOW_QUEUE, sleep=_interrupt)
    done = cli.invoke("run", REFRAME, f"image={IMAGE}")
    assert done.exit_code == 130
    [request_id] = set(request_ids(done.stderr))
    assert f"Interrupted. Job {request_id} keeps its place in the queue." in done.stderr
    assert f"runcomfy status {request_id}" in done.stderr
    assert f"runcomfy result {request_id} --model {REFRAME}" in done.stderr
    assert f"runcomfy cancel {request_id}" in done.stderr
    job = cli.api.jobs.get(request_id)
    assert job is not None and job.cancelled_at is None


def test_ctrl_c_at_a_terminal_offers_to_cancel(
    make_harness: HarnessFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = make_harness(timings=SLOW_QUEUE, sleep=_interrupt)
    monkeypatch.setattr(_jobs, "_stdin_is_terminal", lambda: True)
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", input="y\n")
    assert done.exit_code == 130
    [request_id] = set(request_ids(done.output))
    assert "is still queued. Cancel it?" in done.output
    assert f"Cancelled job {request_id}." in done.stderr
    job = cli.api.jobs.get(request_id)
    assert job is not None and job.cancelled_at is not None


def test_ctrl_c_at_a_terminal_keeps_the_job_when_told_to(
    make_harness: HarnessFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = make_harness(timings=SLOW_QUEUE, sleep=_interrupt)
    monkeypatch.setattr(_jobs, "_stdin_is_terminal", lambda: True)
    done = cli.invoke("run", REFRAME, f"image={IMAGE}", input="n\n")
    assert done.exit_code == 130
    [request_id] = set(request_ids(done.output))
    assert f"runcomfy cancel {request_id}" in done.stderr
    job = cli.api.jobs.get(request_id)
    assert job is not None and job.cancelled_at is None


# -- status, result, cancel -----------------------------------------------------------------


def test_status_and_cancel_of_a_queued_job(make_harness: HarnessFactory) -> None:
    cli = make_harness(timings=SLOW_QUEUE)
    request_id = cli.client().submit(REFRAME, {"image": IMAGE}).request_id

    done = cli.invoke("status", request_id)
    assert done.exit_code == 0, done.stderr
    assert _lines(done.stdout)[0] == f"request_id: {request_id}"
    assert _lines(done.stdout)[1].startswith("state: in_queue, queue position ")

    done = cli.invoke("status", request_id, "--json")
    status = json.loads(done.stdout)
    assert (status["request_id"], status["state"]) == (request_id, "in_queue")
    assert isinstance(status["queue_position"], int)

    done = cli.invoke("cancel", request_id)
    assert done.exit_code == 0, done.stderr
    assert done.stdout == f"cancelled {request_id}\n"

    done = cli.invoke("cancel", request_id, "--json")
    assert json.loads(done.stdout) == {
        "request_id": request_id,
        "outcome": "not_cancellable",
        "cancelled": False,
        "status": "cancelled",
    }

    done = cli.invoke("result", request_id, "--json")
    result = json.loads(done.stdout)
    assert (result["state"], result["output"]) == ("cancelled", None)


def test_result_of_a_finished_job(cli: Harness) -> None:
    client = cli.client()
    request_id = client.submit(REFRAME, {"image": IMAGE}).request_id
    client.wait(request_id)

    done = cli.invoke("result", request_id, "--model", REFRAME)
    assert done.exit_code == 0, done.stderr
    lines = _lines(done.stdout)
    assert lines[:2] == [f"request_id: {request_id}", "state: succeeded"]
    assert f"image: {BASE_URL}/media/{request_id}/image.png" in lines

    done = cli.invoke("result", request_id, "--json")
    result = json.loads(done.stdout)
    assert result["state"] == JobState.SUCCEEDED.value
    assert result["output"] == {"image": f"{BASE_URL}/media/{request_id}/image.png"}
    assert result["finished_at"]


def test_result_of_an_unfinished_job_says_so(make_harness: HarnessFactory) -> None:
    cli = make_harness(timings=SLOW_QUEUE)
    request_id = cli.client().submit(REFRAME, {"image": IMAGE}).request_id
    done = cli.invoke("result", request_id)
    assert done.exit_code == 0, done.stderr
    assert "state: in_queue" in done.stdout
    assert "output: none yet" in done.stdout


@pytest.mark.parametrize("command", ["status", "result", "cancel"])
def test_an_unknown_request_is_one_line_and_exit_1(cli: Harness, command: str) -> None:
    done = cli.invoke(command, "no-such-request")
    assert done.exit_code == 1
    [line] = _lines(done.stderr)
    assert line.startswith("error: HTTP 404") and "no-such-request" in line


# -- models ---------------------------------------------------------------------------------


def test_models_lists_each_model_with_its_required_fields(cli: Harness) -> None:
    done = cli.invoke("models")
    assert done.exit_code == 0, done.stderr
    [row] = [line for line in done.stdout.splitlines() if REFRAME in line]
    assert "image" in row and "resolution" in row


def test_models_json(cli: Harness) -> None:
    done = cli.invoke("models", "--json")
    assert done.exit_code == 0, done.stderr
    listed = {entry["model_id"]: entry for entry in json.loads(done.stdout)}
    assert "image" in listed[REFRAME]["required"]
    assert "seed" in listed[REFRAME]["fields"]
