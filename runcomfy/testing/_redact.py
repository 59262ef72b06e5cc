"""Keeping secrets out of cassettes: API keys, tokens and URL signatures."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

REDACTED = "<redacted>"

# Query parameters that carry a credential (compared case-insensitively): bearer tokens, API
# keys and the signatures of pre-signed URLs (S3, GCS, CloudFront, Azure SAS).
SECRET_PARAMS = frozenset(
    name.lower()
    for name in (
        "token",
        "access_token",
        "id_token",
        "refresh_token",
        "auth",
        "authorization",
        "api_key",
        "apikey",
        "key",
        "signature",
        "sig",
        "X-Amz-Signature",
        "X-Amz-Credential",
        "X-Amz-Security-Token",
        "X-Goog-Signature",
        "X-Goog-Credential",
        "Key-Pair-Id",
        "Policy",
    )
)
# A URL, alone or inside a longer text (an error message, say).
# (Punctuation that ends a sentence is not taken as the end of the URL.)
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"'`\\]*[^\s\"'`\\.,;:!?)\]}]")


class Redactor:
    """Replaces secrets in recorded values with `"<redacted>"`.

    A secret is any of `secrets` (the API key, and whatever else a test registers), wherever
    it appears in a string, and the value of a `SECRET_PARAMS` query parameter in any URL.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        self.add(*secrets)

    def add(self, *secrets: str) -> None:
        # Very short values would blank unrelated text; a real credential is longer.
        self._secrets.update(s for s in secrets if s and len(s.strip()) >= 4)

    def text(self, value: str) -> str:
        if "?" in value:  # URLs first: a key inside one is then a secret parameter's value
            value = _URL.sub(lambda found: self.url(found.group()), value)
        for secret in sorted(self._secrets, key=len, reverse=True):
            value = value.replace(secret, REDACTED)
        return value

    def url(self, url: str) -> str:
        """`url` with the values of its secret query parameters redacted; the rest of it is
        kept byte for byte."""
        parts = urlsplit(url)
        if not parts.query:
            return url
        pieces = []
        for piece in parts.query.split("&"):
            name, eq, _ = piece.partition("=")
            secret = unquote_plus(name).lower() in SECRET_PARAMS
            pieces.append(f"{name}={REDACTED}" if secret and eq else piece)
        return urlunsplit(parts._replace(query="&".join(pieces)))

    def query(self, params: Iterable[tuple[str, str]]) -> dict[str, str | list[str]]:
        """Recorded query parameters: secret ones redacted, repeated ones as lists."""
        out: dict[str, str | list[str]] = {}
        for name, raw in params:
            value = REDACTED if name.lower() in SECRET_PARAMS else self.text(raw)
            current = out.get(name)
            if current is None:
                out[name] = value
            elif isinstance(current, list):
                current.append(value)
            else:
                out[name] = [current, value]
        return out

    def value(self, data: Any) -> Any:
        """A JSON value with every secret in its strings (keys included) redacted."""
        if isinstance(data, str):
            return self.text(data)
        if isinstance(data, dict):
            return {self.text(str(k)): self.value(v) for k, v in data.items()}
        if isinstance(data, list):
            return [self.value(v) for v in data]
        return data


def contains_redaction(data: Any) -> bool:
    if isinstance(data, str):
        return REDACTED in data
    if isinstance(data, dict):
        return any(contains_redaction(k) or contains_redaction(v) for k, v in data.items())
    if isinstance(data, list):
        return any(contains_redaction(v) for v in data)
    return False
