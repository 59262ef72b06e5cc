"""Given model_ids, then module paths that are importable, unique and stable."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from codegen import generate
from codegen.naming import MODULE_NAMES, RESERVED_TOP_LEVEL, module_paths, segment

# model_id -> its module path, when it is the only model.
ALONE = {
    "ideogram/ideogram-v3/reframe": ("ideogram", "ideogram_v3", "reframe"),
    "kling/kling-3.0": ("kling", "kling_3_0"),
    "Kling/Kling-V2.1-Master": ("kling", "kling_v2_1_master"),
    "bytedance/seedance-2.5/image-to-video/1080p": (
        "bytedance",
        "seedance_2_5",
        "image_to_video",
        "_1080p",
    ),
    "4k/upscale": ("_4k", "upscale"),
    "acme/class": ("acme", "class_"),
    "import/x": ("import_", "x"),
    "acme/async": ("acme", "async_"),
    "acme/match": ("acme", "match_"),
    "acme/type": ("acme", "type_"),  # a soft keyword from Python 3.12: the same on every Python
    "load/x": ("load_", "x"),
    "model_ids/x": ("model_ids_", "x"),
    "registry/x": ("registry_", "x"),
    "acme/load": ("acme", "load"),  # only a top-level package could shadow runcomfy_models.load
}


@pytest.mark.parametrize(("model_id", "path"), ALONE.items(), ids=list(ALONE))
def test_a_model_id_alone(model_id: str, path: tuple[str, ...]) -> None:
    assert module_paths([model_id]) == {model_id: path}


@pytest.mark.parametrize("model_id", ALONE)
def test_every_segment_is_an_identifier(model_id: str) -> None:
    for part in module_paths([model_id])[model_id]:
        assert part.isidentifier(), part


# model_ids given together -> their module paths.
TOGETHER: list[tuple[list[str], dict[str, tuple[str, ...]]]] = [
    (["a/b-c", "a/b_c"], {"a/b-c": ("a", "b_c"), "a/b_c": ("a", "b_c_2")}),
    (
        ["a/b_c", "a/B-C", "a/b-c"],
        {"a/B-C": ("a", "b_c"), "a/b-c": ("a", "b_c_2"), "a/b_c": ("a", "b_c_3")},
    ),
    (
        ["a/b-c", "a/b_c", "a/b_c_2"],
        {"a/b-c": ("a", "b_c"), "a/b_c": ("a", "b_c_2"), "a/b_c_2": ("a", "b_c_2_2")},
    ),
    (["Load/x", "load/x"], {"Load/x": ("load_", "x"), "load/x": ("load_", "x_2")}),
    (["a/b", "a/b/c"], {"a/b": ("a", "b"), "a/b/c": ("a", "b", "c")}),
    (
        ["kling/kling-3.0", "kling/kling-3-0"],
        {
            "kling/kling-3-0": ("kling", "kling_3_0"),
            "kling/kling-3.0": ("kling", "kling_3_0_2"),
        },
    ),
]


@pytest.mark.parametrize(("model_ids", "paths"), TOGETHER)
def test_model_ids_together(model_ids: list[str], paths: dict[str, tuple[str, ...]]) -> None:
    assert module_paths(model_ids) == paths
    assert module_paths(reversed(model_ids)) == paths, "the order given must not matter"


def test_a_new_model_never_renames_one_that_sorts_before_it() -> None:
    before = module_paths(["a/b-c"])

    assert module_paths(["a/b-c", "a/b_c"])["a/b-c"] == before["a/b-c"]


@pytest.mark.parametrize("name", sorted(RESERVED_TOP_LEVEL))
def test_no_top_level_package_shadows_the_registry(name: str) -> None:
    assert module_paths([f"{name}/x"])[f"{name}/x"][0] != name


def test_segment_cleans_what_python_cannot_import() -> None:
    assert [segment(s) for s in ["ideogram-v3", "v2.1", "A B", "1080p", "class", "_"]] == [
        "ideogram_v3",
        "v2_1",
        "a_b",
        "_1080p",
        "class_",
        "__",
    ]


def test_plan_puts_a_prefix_model_into_its_package_init(golden_plan: generate.Plan) -> None:
    # fixtures/specs holds acme/video and acme/video/fast.
    video = golden_plan.files[PurePosixPath("runcomfy_models/acme/video/__init__.py")]
    fast = golden_plan.files[PurePosixPath("runcomfy_models/acme/video/fast.py")]

    assert "MODEL_ID: Final = 'acme/video'\n" in video
    assert "MODEL_ID: Final = 'acme/video/fast'\n" in fast
    assert PurePosixPath("runcomfy_models/acme/video.py") not in golden_plan.files
    registry = golden_plan.files[PurePosixPath("runcomfy_models/__init__.py")]
    assert "'acme/video': 'acme.video'," in registry
    assert "'acme/video/fast': 'acme.video.fast'," in registry


def test_a_submodule_never_takes_a_name_its_parent_model_defines() -> None:
    paths = module_paths(["x/y", *(f"x/y/{name}" for name in sorted(MODULE_NAMES))])

    taken = {path[-1] for model_id, path in paths.items() if model_id != "x/y"}
    assert not taken & MODULE_NAMES
