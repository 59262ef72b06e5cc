"""What the generator tests share: the golden specs rendered once, and mypy run in batches.

Rendering, importing and type-checking are the slow parts, so each happens once per session:
`golden_plan` renders `fixtures/specs/`, `golden_tree` writes it laid out like the repository
(`<tmp>/generated/runcomfy_models/`), and `golden_models` imports it in-process under a package
name of its own, so it never meets the committed `runcomfy_models`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from codegen import generate

GOLDEN_SPECS = Path(__file__).resolve().parent / "fixtures" / "specs"
GOLDEN_PACKAGE = "golden_runcomfy_models"
_MYPY_LINE = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+): (?P<severity>error|note): (?P<message>.*?)"
    r"(?:  \[(?P<code>[a-z-]+)\])?$"
)


@pytest.fixture(scope="session")
def golden_plan() -> generate.Plan:
    result = generate.plan(GOLDEN_SPECS)
    assert not result.problems, result.problems
    return result


@pytest.fixture(scope="session")
def golden_tree(golden_plan: generate.Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding `generated/runcomfy_models/` for the golden specs."""
    root = tmp_path_factory.mktemp("golden-tree")
    generate.write(golden_plan, root / "generated", prune=True)
    return root


@contextmanager
def imported_package(out_dir: Path, name: str) -> Iterator[ModuleType]:
    """The `runcomfy_models` rendered into `out_dir`, imported as `name`, forgotten after."""
    root = out_dir / generate.PACKAGE
    spec = importlib.util.spec_from_file_location(
        name, root / "__init__.py", submodule_search_locations=[str(root)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    try:
        spec.loader.exec_module(package)
        yield package
    finally:
        for loaded in [n for n in sys.modules if n.partition(".")[0] == name]:
            del sys.modules[loaded]


@pytest.fixture(scope="session")
def golden_models(golden_tree: Path) -> Iterator[ModuleType]:
    """The rendered golden package, imported as `golden_runcomfy_models`."""
    with imported_package(golden_tree / "generated", GOLDEN_PACKAGE) as package:
        yield package


@pytest.fixture(scope="session")
def import_generated() -> Callable[[Path, str], AbstractContextManager[ModuleType]]:
    """`imported_package`, for tests that render a package of their own."""
    return imported_package


@pytest.fixture(scope="session")
def models(golden_models: ModuleType) -> dict[str, ModuleType]:
    """Each golden model's module, by model_id."""
    return {model_id: golden_models.load(model_id) for model_id in golden_models.model_ids()}


@dataclass(frozen=True)
class MypyReport:
    """One mypy run: its errors as (line, code) per file as mypy names it, and its output.

    Files under the working directory are named relative to it, others by their full path.
    """

    errors: dict[str, set[tuple[int, str]]]
    output: str

    def errors_in(self, file: str) -> set[tuple[int, str]]:
        return self.errors.get(file, set())


RunMypy = Callable[[Sequence[Path], Sequence[str], Path], MypyReport]


@pytest.fixture(scope="session")
def run_mypy(tmp_path_factory: pytest.TempPathFactory) -> RunMypy:
    """Run `mypy --strict` as a user would, on packages and modules found through MYPYPATH.

    Runs share one cache directory, so only the first pays for analysing pydantic and the
    runtime. `--config-file=` keeps the project's own [tool.mypy] (its package list and
    mypy_path) out of it.
    """
    cache = tmp_path_factory.mktemp("mypy-cache")

    def run(search_path: Sequence[Path], targets: Sequence[str], cwd: Path) -> MypyReport:
        env = {**os.environ, "MYPYPATH": os.pathsep.join(str(p) for p in search_path)}
        command = [
            sys.executable,
            "-m",
            "mypy",
            "--config-file=",
            "--strict",
            "--python-version=3.10",
            f"--cache-dir={cache}",
            "--no-pretty",
            "--no-color-output",
            "--no-error-summary",
            *targets,
        ]
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
        output = done.stdout + done.stderr
        assert done.returncode in (0, 1), f"mypy did not run:\n{output}"
        errors: dict[str, set[tuple[int, str]]] = {}
        for line in done.stdout.splitlines():
            match = _MYPY_LINE.match(line)
            if match and match["severity"] == "error":
                errors.setdefault(match["file"], set()).add(
                    (int(match["line"]), match["code"] or "")
                )
        assert bool(errors) == (done.returncode == 1), f"unparsed mypy output:\n{output}"
        return MypyReport(errors, output)

    return run
