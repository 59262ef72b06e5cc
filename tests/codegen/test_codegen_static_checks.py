"""Generated code passes the project's ruff and `mypy --strict`, and types every call.

Two mypy runs here: the golden specs rendered into a tmp dir (the whole package), and the
committed generated/ as a user's code sees it (the modules the snippets import). The whole
committed package is type-checked once, by the project's own gate (tests/test_project_checks.py
runs `mypy` with the strict [tool.mypy] of pyproject.toml, generated/ included). Each run also
checks the snippets below, as a user's code: a line that ends in `# E: <code>` must be reported
with that error code, and no other line may be.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from codegen.generate import PACKAGE

if TYPE_CHECKING:  # conftest is pytest's to import; only its types are needed here
    from conftest import MypyReport, RunMypy

REPO = Path(__file__).resolve().parents[2]


def dedented(snippets: dict[str, str]) -> dict[str, str]:
    return {name: textwrap.dedent(source).lstrip() for name, source in snippets.items()}


SNIPPETS_FOR_GOLDEN = dedented(
    {
        "field_names_ok": """
        from typing_extensions import assert_type

        from runcomfy import RequestHandle
        from runcomfy_models.acme import field_names


        def calls() -> None:
            output = field_names.run(
                prompt="p",
                class_="c",
                image_url="https://example.com/a.png",
                from_="start",
                field_2nd_pass=True,
                mapping="nearest",
                client="sent as the field named client",
                timeout=1.5,
                client_=None,
                timeout_=60,
            )
            assert_type(output, field_names.Output)
            assert_type(output.class_, str | None)
            assert_type(output.image_url, str | None)
            assert_type(field_names.submit(prompt="p", client_=None), RequestHandle)
    """,
        "field_names_bad": """
        from runcomfy_models.acme import field_names


        def calls() -> None:
            field_names.run(prompt="p", from_="middle")  # E: arg-type
            field_names.run(prompt="p", mapping="Linear")  # E: arg-type
            field_names.run(prompt="p", class_=1)  # E: arg-type
            field_names.run(class_="c")  # E: call-arg
            field_names.run(prompt="p", image_uri="u")  # E: call-arg
    """,
        "numeric_enum_calls": """
        from runcomfy_models.acme import numeric_enum
        from runcomfy_models.acme.video import fast


        def calls() -> None:
            numeric_enum.run(steps=8, fps=60, guidance=0.5)
            numeric_enum.run(steps=3)  # E: arg-type
            numeric_enum.run(steps=4, fps=25)  # E: arg-type
            numeric_enum.run(steps=4, fps="24")  # E: arg-type
            fast.run(prompt="p")
            fast.run(prompt="p", duration=5)  # E: call-arg
    """,
        "quirks_calls": """
        from typing_extensions import assert_type

        from runcomfy import MediaOutput
        from runcomfy_models.quirks import (
            enums,
            invalid_defaults,
            long_default,
            null_default,
            numbered_media,
        )
        from runcomfy_models.quirks.kling_3_0.pro_max.i2v import _1080p


        def calls() -> None:
            enums.run(duration=10, duration_text="10", resolution="1080p", aspect_ratio="16:9")
            enums.run(duration="5")  # E: arg-type
            enums.run(duration_text=5)  # E: arg-type
            enums.run(mode="fast")  # E: arg-type
            long_default.run()
            invalid_defaults.run()
            invalid_defaults.run(style="cinematic")  # E: arg-type
            null_default.run(prompt="p")
            null_default.run()  # E: call-arg
            numbered_media.run(image_url_1="u", image_url_9="v")
            numbered_media.run(image_url_1="u", image_url_10="v")  # E: call-arg
            assert_type(numbered_media.run(image_url_1="u"), MediaOutput)
            assert_type(_1080p.run(image="u").video, str | None)
    """,
    }
)

SNIPPETS_FOR_COMMITTED = dedented(
    {
        "reframe_ok": """
        from typing_extensions import assert_type

        from runcomfy import RequestHandle
        from runcomfy_models.ideogram.ideogram_v3 import reframe


        def calls() -> None:
            assert_type(reframe.run(image="x", resolution="1024:1024 (1:1)"), reframe.Output)
            assert_type(reframe.run(image="x"), reframe.Output)
            assert_type(reframe.submit(image="x", rendering_speed="TURBO"), RequestHandle)
            assert_type(reframe.run(image="x").image, str | None)


        async def async_calls() -> None:
            assert_type(await reframe.run_async(image="x", seed=7), reframe.Output)
    """,
        "reframe_bad": """
        from runcomfy_models.ideogram.ideogram_v3 import reframe


        def calls() -> None:
            reframe.run(image="x", resolution="not-a-value")  # E: arg-type
            reframe.run(image="x", rendering_speed="FAST")  # E: arg-type
            reframe.run(resolution="1024:1024 (1:1)")  # E: call-arg
            reframe.run(image="x", prompt="a cat")  # E: call-arg
            reframe.run("x")  # E: call-arg
    """,
    }
)

_MARK = re.compile(r"#\s*E:\s*(?P<code>[a-z-]+)\s*$")


def expected_errors(source: str) -> set[tuple[int, str]]:
    return {
        (number, match["code"])
        for number, line in enumerate(source.splitlines(), start=1)
        if (match := _MARK.search(line))
    }


def write_snippets(directory: Path, snippets: dict[str, str]) -> None:
    for name, source in snippets.items():
        (directory / f"{name}.py").write_text(source, encoding="utf-8")


def mypy_targets(snippets: dict[str, str], *, whole_package: bool) -> list[str]:
    package = ["-p", PACKAGE] if whole_package else []
    return [*package, *(arg for name in snippets for arg in ("-m", name))]


@pytest.fixture(scope="module")
def golden_mypy(
    golden_tree: Path, run_mypy: RunMypy, tmp_path_factory: pytest.TempPathFactory
) -> MypyReport:
    snippets = tmp_path_factory.mktemp("golden-snippets")
    write_snippets(snippets, SNIPPETS_FOR_GOLDEN)
    search_path = [golden_tree / "generated", snippets]
    return run_mypy(search_path, mypy_targets(SNIPPETS_FOR_GOLDEN, whole_package=True), snippets)


@pytest.fixture(scope="module")
def committed_mypy(run_mypy: RunMypy, tmp_path_factory: pytest.TempPathFactory) -> MypyReport:
    snippets = tmp_path_factory.mktemp("committed-snippets")
    write_snippets(snippets, SNIPPETS_FOR_COMMITTED)
    search_path = [REPO / "generated", snippets]
    # mypy follows the snippets' imports: reframe, its packages and the registry are checked
    # too; the rest of the committed package is the project gate's (see the docstring).
    targets = mypy_targets(SNIPPETS_FOR_COMMITTED, whole_package=False)
    return run_mypy(search_path, targets, snippets)


def package_errors(report: MypyReport, snippets: dict[str, str]) -> dict[str, set[tuple[int, str]]]:
    own = {f"{name}.py" for name in snippets}
    return {file: errors for file, errors in report.errors.items() if file not in own}


def ruff(target: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--config"]
    return subprocess.run(
        [*command, str(REPO / "pyproject.toml"), target], cwd=cwd, capture_output=True, text=True
    )


def test_golden_package_passes_ruff(golden_tree: Path) -> None:
    # Run from the tmp root, so the project's per-file rules for "generated/**" apply as in
    # the repository.
    done = ruff("generated", golden_tree)

    assert done.returncode == 0, done.stdout + done.stderr


def test_committed_package_passes_ruff() -> None:
    done = ruff("generated", REPO)

    assert done.returncode == 0, done.stdout + done.stderr


def test_golden_package_passes_mypy_strict(golden_mypy: MypyReport) -> None:
    assert package_errors(golden_mypy, SNIPPETS_FOR_GOLDEN) == {}, golden_mypy.output


def test_committed_modules_the_snippets_use_pass_mypy_strict(committed_mypy: MypyReport) -> None:
    assert package_errors(committed_mypy, SNIPPETS_FOR_COMMITTED) == {}, committed_mypy.output


@pytest.mark.parametrize("name", sorted(SNIPPETS_FOR_GOLDEN))
def test_golden_wrappers_type_check_their_calls(golden_mypy: MypyReport, name: str) -> None:
    expected = expected_errors(SNIPPETS_FOR_GOLDEN[name])

    assert golden_mypy.errors_in(f"{name}.py") == expected, golden_mypy.output


@pytest.mark.parametrize("name", sorted(SNIPPETS_FOR_COMMITTED))
def test_reframe_calls_are_type_checked(committed_mypy: MypyReport, name: str) -> None:
    expected = expected_errors(SNIPPETS_FOR_COMMITTED[name])

    assert committed_mypy.errors_in(f"{name}.py") == expected, committed_mypy.output


def test_a_bad_resolution_is_rejected_and_a_good_call_accepted(committed_mypy: MypyReport) -> None:
    # The README's typing promise, on the committed reframe module.
    lines = SNIPPETS_FOR_COMMITTED["reframe_bad"].splitlines()
    line = 1 + next(i for i, text in enumerate(lines) if 'resolution="not-a-value"' in text)

    assert (line, "arg-type") in committed_mypy.errors_in("reframe_bad.py")
    assert f'reframe_bad.py:{line}: error: Argument "resolution" to "run"' in committed_mypy.output
    assert committed_mypy.errors_in("reframe_ok.py") == set()


def test_the_runtime_ships_its_type_information() -> None:
    # Users' mypy reads `runcomfy` from site-packages: without py.typed every generated
    # module's base classes and return types would be `Any` to them.
    from importlib import resources

    assert resources.files("runcomfy").joinpath("py.typed").is_file()
