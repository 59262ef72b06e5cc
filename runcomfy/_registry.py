"""The index of generated model modules, behind `runcomfy_models.load(model_id)`."""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Mapping
from types import ModuleType

from runcomfy._errors import RunComfyError


class UnknownModelError(RunComfyError, KeyError):
    """No generated module exists for a model_id."""

    def __init__(self, model_id: str, known: list[str]) -> None:
        self.model_id = model_id
        close = difflib.get_close_matches(model_id, known, n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        super().__init__(
            f"No generated module for {model_id!r}.{hint} Add its spec with `runcomfy import` "
            "and run `runcomfy generate`."
        )

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class Registry:
    """Maps model_ids to module names and imports a model's module only when asked for."""

    def __init__(self, package: str, modules: Mapping[str, str]) -> None:
        self._package = package
        self._modules = dict(modules)

    def model_ids(self) -> list[str]:
        return sorted(self._modules)

    def module_name(self, model_id: str) -> str:
        try:
            return f"{self._package}.{self._modules[model_id]}"
        except KeyError:
            raise UnknownModelError(model_id, self.model_ids()) from None

    def load(self, model_id: str) -> ModuleType:
        return importlib.import_module(self.module_name(model_id))
