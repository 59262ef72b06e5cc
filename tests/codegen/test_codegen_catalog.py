"""Given the Model API's catalog, as a saved entry, a saved list page or the service itself,
then specs: `runcomfy import` reads each form by its content, and updates known models in place.

The service is never the live one: `--from-api` is tested against the in-process emulator and
against a recorded answer (recordings/catalog/), through the command's `make_http_client` seam.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner, Result

from codegen import catalog, generate
from codegen.importer import import_file, import_text, render_spec, store, update
from runcomfy import MEDIA_OUTPUT_SCHEMA, ClientConfig
from runcomfy.cli import _codegen, app
from runcomfy.emulator import BASE_URL, EmulatedModel, EmulatorTransport, ModelAPI
from runcomfy.testing import RunComfyCassette

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "catalog"
ENTRY = FIXTURES / "seedream-4-5-edit.entry.json"
SHARED_CATALOG = REPO.parent / "shared" / "catalog" / "models.json"
REFRAME_SPEC = REPO / "specs" / "ideogram" / "ideogram-v3" / "reframe.json"
GENERIC_OUTPUT = {"output": MEDIA_OUTPUT_SCHEMA}
KEY = "sk-test-catalog"
ImportGenerated = Callable[[Path, str], AbstractContextManager[ModuleType]]

needs_shared = pytest.mark.skipif(
    not SHARED_CATALOG.is_file(),
    reason=f"the shared catalog is not checked out beside the repository ({SHARED_CATALOG})",
)


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def entry_like(model_id: str, **extra: Any) -> dict[str, Any]:
    schema = {
        "type": "object",
        "required": ["prompt"],
        "properties": {"prompt": {"type": "string"}},
    }
    return {"model_id": model_id, "display_name": model_id.title(), "input_schema": schema, **extra}


# -- the three forms, by content ------------------------------------------------------------


def test_a_single_entry_under_schema_becomes_a_spec() -> None:
    published = read(ENTRY)

    imported = import_file(ENTRY)

    assert imported.problems == []
    [spec] = imported.specs
    assert spec == {
        "spec_format": 1,
        "model_id": "bytedance/seedream-4-5/edit",
        "display_name": "Seedream 4.5 Edit",
        "output_type": "IMAGE",
        "source": {"kind": "catalog", "file": ENTRY.name},
        "input_schema": published["schema"],  # verbatim, quirks and all
    }


def test_a_list_page_and_a_bare_list_give_one_spec_per_entry() -> None:
    entries = [entry_like("acme/one"), entry_like("acme/two", output_type="VIDEO")]
    page = {"models": entries, "total": 2, "limit": 50, "offset": 0}

    from_page = import_text(json.dumps(page), file_name="page.json")
    from_list = import_text(json.dumps(entries), file_name="page.json")

    assert [s["model_id"] for s in from_page.specs] == ["acme/one", "acme/two"]
    assert from_list == from_page
    assert from_page.specs[1]["output_type"] == "VIDEO"


def test_an_entry_without_a_schema_is_reported_and_the_rest_imported() -> None:
    page = {"models": [{"model_id": "acme/bare", "display_name": "Bare"}, entry_like("acme/ok")]}

    imported = import_text(json.dumps(page))

    assert [s["model_id"] for s in imported.specs] == ["acme/ok"]
    assert imported.problems == [
        "acme/bare: the entry has no input schema (input_schema or schema); list the catalog "
        "with include_schema=true."
    ]


def test_json_that_is_no_catalog_is_refused() -> None:
    with pytest.raises(
        catalog.CatalogError, match=r"neither a catalog entry .* nor a catalog page"
    ):
        import_text('{"models": 3}')


def test_an_entry_with_its_own_output_schema_keeps_it() -> None:
    output = {"type": "object", "properties": {"audio": {"type": "string", "format": "uri"}}}

    [bare] = import_text(json.dumps(entry_like("acme/a", output_schema=output))).specs
    [wrapped] = import_text(
        json.dumps(entry_like("acme/a", output_schema={"output": output}))
    ).specs

    assert bare["output_schema"] == wrapped["output_schema"] == {"output": output}


# -- storing: created, updated in place, unchanged ------------------------------------------


def test_a_new_model_gets_the_generic_output_schema(tmp_path: Path) -> None:
    [spec] = import_file(ENTRY).specs

    stored = store(spec, tmp_path)

    assert stored.verb == "created"
    assert stored.path == tmp_path / "bytedance" / "seedream-4-5" / "edit.json"
    assert read(stored.path)["output_schema"] == GENERIC_OUTPUT
    assert store(spec, tmp_path).verb == "unchanged"


def test_reimporting_from_the_catalog_updates_a_page_spec_in_place(tmp_path: Path) -> None:
    target = tmp_path / "ideogram" / "ideogram-v3" / "reframe.json"
    target.parent.mkdir(parents=True)
    shutil.copy(REFRAME_SPEC, target)
    page_spec = read(REFRAME_SPEC)
    entry = {
        "model_id": "ideogram/ideogram-v3/reframe",
        "display_name": "Ideogram 3.0 | Reframe",
        "output_type": "IMAGE",
        "input_schema": page_spec["input_schema"],
    }
    [spec] = import_text(json.dumps(entry), file_name="models.json").specs

    stored = store(spec, tmp_path)

    assert stored.verb == "updated" and stored.notes == []
    data = read(target)
    # From the catalog entry: name, output type, source, input schema.
    assert data["display_name"] == "Ideogram 3.0 | Reframe"
    assert data["output_type"] == "IMAGE"
    assert data["source"] == {"kind": "catalog", "file": "models.json"}
    # What the catalog does not publish is kept from the page.
    assert data["output_schema"] == page_spec["output_schema"]
    assert data["example_input"] == page_spec["example_input"]
    assert list(data) == [
        "spec_format",
        "model_id",
        "display_name",
        "output_type",
        "source",
        "input_schema",
        "output_schema",
        "example_input",
    ]


def test_an_example_the_new_schema_rejects_is_dropped_with_a_note() -> None:
    old = {**entry_like("acme/a"), "example_input": {"prompt": "p", "steps": 4}}
    new = entry_like("acme/a")  # no `steps` any more

    merged, notes = update(old, new)

    assert "example_input" not in merged
    assert notes == ["dropped the earlier example_input: the new input schema rejects it"]


def test_a_page_reimport_keeps_the_catalog_output_type() -> None:
    merged, _ = update({**entry_like("acme/a"), "output_type": "VIDEO"}, entry_like("acme/a"))

    assert merged["output_type"] == "VIDEO"


# -- the real catalog: every entry is a committed spec ---------------------------------------


@needs_shared
def test_every_entry_of_the_shared_catalog_is_a_committed_spec() -> None:
    imported = import_file(SHARED_CATALOG)

    assert imported.problems == []
    assert len(imported.specs) == read(SHARED_CATALOG)["total"] == 85
    for spec in imported.specs:
        committed = REPO / "specs" / Path(*spec["model_id"].split("/")).with_suffix(".json")
        expected, _ = update(None, spec)
        assert committed.read_text(encoding="utf-8") == render_spec(expected), spec["model_id"]


# -- a model not in the repository plugs in: import, generate, call --------------------------


def test_a_new_model_plugs_in_with_import_and_generate(
    tmp_path: Path, import_generated: ImportGenerated
) -> None:
    specs, out = tmp_path / "specs", tmp_path / "generated"

    imported = invoke("import", str(ENTRY), "--specs", str(specs))
    generated = invoke("generate", "--specs", str(specs), "--out", str(out))

    assert imported.exit_code == 0, imported.output
    assert "created" in imported.stdout
    assert generated.exit_code == 0, generated.output
    with import_generated(out, "plugged_runcomfy_models") as package:
        module = package.load("bytedance/seedream-4-5/edit")
        assert module.MODEL.prepare_input({"images": ["https://example.com/a.png"]}) == {
            "prompt": "The man is riding a motor cycle on the road",
            "images": ["https://example.com/a.png"],
        }
    assert (out / "MODELS.md").read_text(encoding="utf-8").count("seedream-4-5/edit") >= 2


def test_runcomfy_import_writes_the_good_entries_of_a_page_and_exits_1(tmp_path: Path) -> None:
    page = tmp_path / "page.json"
    entries = [{"model_id": "acme/bare"}, entry_like("acme/ok")]
    page.write_text(json.dumps({"models": entries, "total": 2}), encoding="utf-8")

    first = invoke("import", str(page), "--specs", str(tmp_path / "specs"))
    again = invoke("import", str(page), "--specs", str(tmp_path / "specs"))

    assert first.exit_code == again.exit_code == 1
    assert "acme/bare: the entry has no input schema" in " ".join(first.stderr.split())
    assert read(tmp_path / "specs" / "acme" / "ok.json")["output_schema"] == GENERIC_OUTPUT
    assert "created" in first.stdout and "unchanged" in again.stdout


# -- --from-api ------------------------------------------------------------------------------


class Recording(EmulatorTransport):
    """The emulator in-process, keeping every request it was sent."""

    def __init__(self, api: ModelAPI) -> None:
        super().__init__(api)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return super().handle_request(request)


def emulated(model_id: str) -> EmulatedModel:
    entry = entry_like(model_id)
    return EmulatedModel(
        model_id, entry["input_schema"], {}, display_name=entry["display_name"], output_type="VIDEO"
    )


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recording]:
    """Five models behind an emulator that wants KEY; `import --from-api` talks to it."""
    ids = ["acme/a", "acme/b", "acme/c", "acme/d", "acme/e"]
    transport = Recording(ModelAPI({i: emulated(i) for i in ids}, token=KEY))
    monkeypatch.setenv("RUNCOMFY_API_KEY", KEY)
    monkeypatch.setenv("RUNCOMFY_BASE_URL", BASE_URL)
    monkeypatch.setattr(_codegen, "make_http_client", lambda: httpx.Client(transport=transport))
    yield transport


def test_from_api_follows_the_pages_of_the_catalog(service: Recording, tmp_path: Path) -> None:
    result = invoke("import", "--from-api", "--page-size", "2", "--specs", str(tmp_path))

    assert result.exit_code == 0, result.output
    assert [dict(r.url.params) for r in service.requests] == [
        {"include_schema": "true", "limit": "2", "offset": str(offset)} for offset in (0, 2, 4)
    ]
    assert {r.headers["authorization"] for r in service.requests} == {f"Bearer {KEY}"}
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.json"))
    assert written == [f"acme/{c}.json" for c in "abcde"]
    spec = read(tmp_path / "acme" / "c.json")
    assert spec["source"] == {"kind": "catalog", "url": f"{BASE_URL}/v1/models"}
    assert (spec["display_name"], spec["output_type"]) == ("Acme/C", "VIDEO")
    assert spec["output_schema"] == GENERIC_OUTPUT


def test_from_api_with_a_wrong_key_says_what_to_do(
    service: Recording, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNCOMFY_API_KEY", "sk-wrong")

    result = invoke("import", "--from-api", "--specs", str(tmp_path))

    assert result.exit_code == 1
    message = " ".join(result.stderr.split())
    assert "HTTP 401" in message and "RUNCOMFY_API_KEY" in message
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_from_api_without_a_key_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RUNCOMFY_API_KEY", raising=False)

    result = invoke("import", "--from-api", "--specs", str(tmp_path))

    assert result.exit_code == 1
    assert "RUNCOMFY_API_KEY" in " ".join(result.stderr.split())


def test_import_with_nothing_to_import_exits_2() -> None:
    result = invoke("import")

    assert result.exit_code == 2
    assert "--from-api" in result.stderr


@pytest.mark.runcomfy_cassette("catalog/two-pages")
def test_from_api_replays_a_recorded_catalog(
    runcomfy_cassette: RunComfyCassette, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNCOMFY_API_KEY", KEY)
    monkeypatch.setenv("RUNCOMFY_BASE_URL", runcomfy_cassette.base_url)
    monkeypatch.setattr(_codegen, "make_http_client", runcomfy_cassette.http_client)

    result = invoke("import", "--from-api", "--page-size", "2", "--specs", str(tmp_path))

    assert result.exit_code == 0, result.output
    recorded = [
        m
        for exchange in runcomfy_cassette.exchanges
        for m in exchange["response"]["json"]["models"]
    ]
    for entry in recorded:
        spec = read(tmp_path / Path(*entry["model_id"].split("/")).with_suffix(".json"))
        assert spec["input_schema"] == entry["input_schema"]
        assert spec["display_name"] == entry["display_name"]


# -- fetch, on its own -----------------------------------------------------------------------


def pages(answer: Any) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(answer))


CONFIG = ClientConfig(api_key=KEY, base_url="https://model-api.test")


def test_fetch_stops_at_a_short_page_when_no_total_is_given() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        models = [entry_like(f"acme/{i}") for i in range(offset, min(offset + 2, 3))]
        return httpx.Response(200, json={"models": models})

    with pages(answer) as http:
        found = catalog.fetch(http, CONFIG, page_size=2)

    assert [e["model_id"] for e in found] == ["acme/0", "acme/1", "acme/2"]


def test_fetch_ends_when_the_service_ignores_offset() -> None:
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params["offset"])
        return httpx.Response(200, json={"models": [entry_like("acme/same")], "total": 99})

    with pages(answer) as http:
        found = catalog.fetch(http, CONFIG, page_size=1)

    assert [e["model_id"] for e in found] == ["acme/same"]
    assert asked == ["0", "1"]


def test_fetch_follows_total_when_pages_are_shorter_than_asked() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])  # the service caps a page at 2
        models = [entry_like(f"acme/{i}") for i in range(offset, min(offset + 2, 5))]
        return httpx.Response(200, json={"models": models, "total": 5})

    with pages(answer) as http:
        found = catalog.fetch(http, CONFIG, page_size=100)

    assert len(found) == 5


def test_fetch_reports_an_answer_that_is_no_catalog() -> None:
    with (
        pages(lambda request: httpx.Response(200, text="<html>maintenance</html>")) as http,
        pytest.raises(catalog.CatalogError, match=r"without a list of models: '<html>"),
    ):
        catalog.fetch(http, CONFIG)


def test_generate_keeps_the_reference_page_fresh_for_new_specs(tmp_path: Path) -> None:
    [spec] = import_file(ENTRY).specs
    store(spec, tmp_path / "specs")

    plan = generate.plan(tmp_path / "specs")

    assert plan.problems == []
    page = plan.files[generate.REFERENCE]
    assert "| `guidance_scale` | `float` |  | `2.5` |" in page
    assert "The published default null is not a valid value" in page
