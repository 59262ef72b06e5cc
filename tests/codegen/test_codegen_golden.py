"""Given specs, then exactly the committed files: golden files, freshness and drift.

tests/codegen/golden/ holds what the generator writes for tests/codegen/fixtures/specs/. After
an intended change to the generator or the templates, rewrite the golden files and review the
diff before committing it:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/codegen/test_codegen_golden.py
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
from typer.testing import CliRunner

from codegen import generate
from runcomfy.cli import app

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_SPECS = Path(__file__).resolve().parent / "fixtures" / "specs"
REFRAME = PurePosixPath("runcomfy_models/ideogram/ideogram_v3/reframe.py")
REFERENCE = PurePosixPath("MODELS.md")


def tree(root: Path) -> dict[PurePosixPath, bytes]:
    """Every file under `root`, by its path relative to it."""
    return {
        PurePosixPath(p.relative_to(root).as_posix()): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def planned(result: generate.Plan) -> dict[PurePosixPath, bytes]:
    return {path: content.encode("utf-8") for path, content in result.files.items()}


def test_golden_files_match_byte_for_byte(golden_plan: generate.Plan) -> None:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        generate.write(golden_plan, GOLDEN, prune=True)
    expected, actual = planned(golden_plan), tree(GOLDEN)

    assert sorted(actual) == sorted(expected), "run with UPDATE_GOLDEN=1 to rewrite golden/"
    for path, content in expected.items():
        if actual[path] != content:
            diff = difflib.unified_diff(
                actual[path].decode("utf-8").splitlines(keepends=True),
                content.decode("utf-8").splitlines(keepends=True),
                f"golden/{path}",
                f"generated/{path}",
            )
            pytest.fail("".join(diff) + "\nrun with UPDATE_GOLDEN=1 to rewrite golden/")


def test_committed_generated_code_is_what_specs_give() -> None:
    result = generate.plan(REPO / "specs")

    assert result.problems == []
    assert generate.check(result, REPO / "generated").clean


def test_planning_twice_gives_identical_files(golden_plan: generate.Plan) -> None:
    assert planned(generate.plan(GOLDEN_SPECS)) == planned(golden_plan)


def test_generating_under_another_hash_seed_gives_identical_files(
    golden_plan: generate.Plan, tmp_path: Path
) -> None:
    # Set and dict order of strings changes with the hash seed, and only between processes.
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    command = [sys.executable, "-m", "runcomfy", "generate", "--specs", str(GOLDEN_SPECS)]
    done = subprocess.run(
        [*command, "--out", str(tmp_path)], env=env, capture_output=True, text=True
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert tree(tmp_path) == planned(golden_plan)


def test_writing_a_fresh_tree_again_changes_nothing(
    golden_plan: generate.Plan, golden_tree: Path
) -> None:
    assert generate.write(golden_plan, golden_tree / "generated", prune=True) == []


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the repository's specs/ and generated/."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "specs", tmp_path / "specs", ignore=ignore)
    shutil.copytree(REPO / "generated", tmp_path / "generated", ignore=ignore)
    return tmp_path


def drift(project: Path) -> generate.Drift:
    return generate.check(generate.plan(project / "specs"), project / "generated")


def rename_reframe(project: Path) -> None:
    spec = project / "specs" / "ideogram" / "ideogram-v3" / "reframe.json"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("Reframe immagine-su-immagine", "Reframe"), encoding="utf-8")


def test_a_copy_of_the_project_starts_clean(project: Path) -> None:
    assert drift(project).clean


def test_a_changed_spec_makes_its_module_and_the_reference_page_stale(project: Path) -> None:
    rename_reframe(project)

    assert drift(project) == generate.Drift(stale=[REFERENCE, REFRAME], missing=[], orphaned=[])


def test_a_removed_spec_leaves_its_modules_orphaned(project: Path) -> None:
    (project / "specs" / "ideogram" / "ideogram-v3" / "reframe.json").unlink()

    found = drift(project)

    assert found.orphaned == [
        PurePosixPath("runcomfy_models/ideogram/__init__.py"),
        PurePosixPath("runcomfy_models/ideogram/ideogram_v3/__init__.py"),
        REFRAME,
    ]
    # The reference page and the registry.
    assert found.stale == [REFERENCE, PurePosixPath("runcomfy_models/__init__.py")]
    assert found.missing == []


@pytest.mark.parametrize("path", [REFRAME, REFERENCE], ids=["module", "reference-page"])
def test_a_deleted_generated_file_is_missing(project: Path, path: PurePosixPath) -> None:
    (project / "generated" / path).unlink()

    assert drift(project) == generate.Drift(stale=[], missing=[path], orphaned=[])


def test_the_reference_page_is_checked_like_the_code(project: Path) -> None:
    page = project / "generated" / REFERENCE
    page.write_text(page.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")

    assert drift(project) == generate.Drift(stale=[REFERENCE], missing=[], orphaned=[])


def squashed(text: str) -> str:
    """`text` without whitespace: rich wraps long paths to the console's width."""
    return "".join(text.split())


def test_generate_check_lists_the_drift_writes_nothing_and_exits_1(project: Path) -> None:
    out = project / "generated"
    rename_reframe(project)
    (out / "runcomfy_models" / "ideogram" / "__init__.py").unlink()
    (out / "runcomfy_models" / "ideogram" / "retired.py").write_text("# old\n", encoding="utf-8")
    before = tree(out)

    result = CliRunner().invoke(
        app, ["generate", "--check", "--specs", str(project / "specs"), "--out", str(out)]
    )

    assert result.exit_code == 1
    listed = squashed(result.stderr)
    for label, path in [
        ("stale", REFRAME),
        ("missing", "runcomfy_models/ideogram/__init__.py"),
        ("orphaned", "runcomfy_models/ideogram/retired.py"),
    ]:
        assert f"{label}:{out / path}" in listed, result.stderr
    assert "notfresh" in listed
    assert tree(out) == before


def test_generate_check_on_a_fresh_tree_exits_0(project: Path) -> None:
    out = project / "generated"
    before = tree(out)

    result = CliRunner().invoke(
        app, ["generate", "--check", "--specs", str(project / "specs"), "--out", str(out)]
    )

    assert result.exit_code == 0, result.output
    assert "fresh" in result.stdout
    assert tree(out) == before
