"""The Jinja environment every generated file is rendered with, and its filters."""

from __future__ import annotations

import pprint
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2


def render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context)


def header(source: str) -> str:
    return f"# Generated from {source} by `runcomfy generate`. Do not edit: edit the spec instead."


def templates_dir() -> Path:
    """`templates/` in a source checkout, or the copy packed into the wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "templates", here / "templates"):
        if (candidate / "model.py.jinja").is_file():
            return candidate
    raise FileNotFoundError("the codegen templates are missing from this installation")


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["py"] = python_literal
    env.filters["docstring"] = docstring_text
    env.filters["md"] = markdown_text
    env.filters["code"] = markdown_code
    return env


def python_literal(value: Any) -> str:
    return pprint.pformat(value, width=100, sort_dicts=False)


def docstring_text(value: Any) -> str:
    """Text that is safe inside a triple-quoted docstring and leaves no trailing spaces."""
    text = "\n".join(line.rstrip() for line in str(value).replace("\\", "\\\\").splitlines())
    # A quote right before the closing quotes would end the string early. Take it off before the
    # triple-quote escape, so it is escaped once (a trailing `"""` must not become `""\\"`).
    closing = text.endswith('"')
    text = text.removesuffix('"') if closing else text
    text = text.replace('"""', '\\"\\"\\"')
    return text + '\\"' if closing else text


_MARKDOWN_SPECIAL = re.compile(r"([\\|`*_\[\]<>#])")


def markdown_text(value: Any) -> str:
    """Published text as one line of a Markdown table cell, shown as written, never as markup."""
    text = " ".join(str(value).split())
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return text.replace("&", "&amp;")


def markdown_code(value: Any) -> str:
    """`value` as an inline code span of a Markdown table cell."""
    text = " ".join(str(value).split()).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" or text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
