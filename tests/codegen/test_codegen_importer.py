"""Given a model's API page, in any language, as text or saved HTML, then the same spec.

The pages in fixtures/pages/ are the Italian page of ideogram/ideogram-v3/reframe retold: an
English saved-HTML edition and a Chinese plain-text one. Headings and prose are translated;
the curl examples and schema blocks are copied verbatim from the Italian page, so all three
must give the same model_id, schemas and example.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from codegen.importer import PageImportError, import_file, page_to_spec, render_spec
from runcomfy.cli import app

REPO = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SPEC = REPO / "specs" / "ideogram" / "ideogram-v3" / "reframe.json"
# In CI, shared/ is a sibling of the repository clone.
ITALIAN_PAGE = REPO.parent / "shared" / "pages" / "ideogram-v3-reframe.api-page.it.txt"
HTML_PAGE = PAGES / "ideogram-v3-reframe.api-page.en.html"
CHINESE_PAGE = PAGES / "ideogram-v3-reframe.api-page.zh.txt"
SAME_IN_EVERY_LANGUAGE = ("model_id", "input_schema", "output_schema", "example_input")

needs_shared = pytest.mark.skipif(
    not ITALIAN_PAGE.is_file(),
    reason=f"the shared pages are not checked out beside the repository ({ITALIAN_PAGE})",
)


def committed_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return spec


@needs_shared
def test_reimporting_the_italian_page_gives_the_committed_spec() -> None:
    imported = import_file(ITALIAN_PAGE)

    assert imported.specs == [committed_spec()] and imported.problems == []
    assert render_spec(imported.specs[0]) == SPEC.read_text(encoding="utf-8")


@needs_shared
def test_runcomfy_import_writes_the_committed_spec_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["import", str(ITALIAN_PAGE), "--specs", str(tmp_path)])

    assert result.exit_code == 0, result.output
    written = tmp_path / "ideogram" / "ideogram-v3" / "reframe.json"
    assert written.read_bytes() == SPEC.read_bytes()


@pytest.mark.parametrize(
    ("page", "language", "display_name"),
    [
        (HTML_PAGE, "en", "Ideogram 3.0 | Reframe Image-to-Image"),
        (CHINESE_PAGE, "zh", "Ideogram 3.0 | 图生图重构"),
    ],
    ids=["english-html", "chinese-text"],
)
def test_every_edition_of_the_page_gives_the_same_model(
    page: Path, language: str, display_name: str
) -> None:
    [spec] = import_file(page).specs

    expected = committed_spec()
    assert {key: spec.get(key) for key in SAME_IN_EVERY_LANGUAGE} == {
        key: expected[key] for key in SAME_IN_EVERY_LANGUAGE
    }
    assert spec["display_name"] == display_name
    assert spec["source"] == {"kind": "api-page", "file": page.name, "language": language}


def test_html_scripts_are_not_read() -> None:
    # The fixture's <script>s hold a decoy submit URL and schema-shaped JSON, ahead of the
    # real ones; reading them would change the model_id and both schemas.
    html = HTML_PAGE.read_text(encoding="utf-8")
    assert "decoy/not-this-model" in html

    spec = page_to_spec(html)

    assert spec["model_id"] == "ideogram/ideogram-v3/reframe"
    assert "decoy" not in json.dumps(spec)


def test_html_entities_in_the_curl_example_are_decoded() -> None:
    html = HTML_PAGE.read_text(encoding="utf-8")
    assert "--data &#39;{" in html and "&quot;resolution&quot;" in html

    spec = page_to_spec(html)

    assert spec["example_input"] == {"image": "", "resolution": "1152:864 (4:3)"}


def test_a_page_without_a_submit_url_is_refused() -> None:
    page = CHINESE_PAGE.read_text(encoding="utf-8").replace(
        "https://model-api.runcomfy.net/v1/models/", "https://example.com/"
    )

    with pytest.raises(PageImportError, match=r"no submit URL .*model-api\.runcomfy\.net"):
        page_to_spec(page, file_name="page.zh.txt")


@pytest.mark.parametrize(
    ("page", "cut_at"),
    [(CHINESE_PAGE, "5. 模式"), (HTML_PAGE, '<section id="schema">')],
    ids=["chinese-text", "english-html"],
)
def test_a_page_without_its_schema_section_is_refused(page: Path, cut_at: str) -> None:
    text = page.read_text(encoding="utf-8")
    without_schemas = text[: text.rindex(cut_at)]  # the heading, not the table of contents

    with pytest.raises(PageImportError) as caught:
        page_to_spec(without_schemas, file_name=page.name)

    message = str(caught.value)
    assert message.startswith(f"{page.name}: no input schema or output schema found")
    assert "Schema section" in message


def test_a_page_without_an_output_schema_names_only_that() -> None:
    text = CHINESE_PAGE.read_text(encoding="utf-8")
    without_output = text[: text.rindex("输出模式")]

    with pytest.raises(PageImportError, match=r"no output schema found") as caught:
        page_to_spec(without_output)

    assert "input schema" not in str(caught.value)


def test_runcomfy_import_reports_a_bad_page_and_writes_nothing(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Ideogram 3.0\n\nNothing to see here.\n", encoding="utf-8")
    specs = tmp_path / "specs"

    result = CliRunner().invoke(app, ["import", str(page), "--specs", str(specs)])

    assert result.exit_code == 1
    assert re.search(r"no\s+submit\s+URL", result.output)
    assert not specs.exists()
