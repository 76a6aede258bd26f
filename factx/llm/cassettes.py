"""Record and replay LLM exchanges as cassettes: one JSON file per request, content-addressed.

Hooked in as an httpx transport under the `openai` client, so replay runs the real SDK and
instructor parsing (re-asks and all). The file name is the SHA-256 of the canonical request
(method, path, JSON body, format version); headers, host and key are never part of it and
never written. A replay miss names what changed against the nearest cassette.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import httpx

from factx.errors import FactxError
from factx.llm.config import CassetteMode
from factx.llm.secrets import find_secret

FORMAT = 1
AUTHORED = "authored"
#: Response headers worth keeping; everything else (cookies, org ids, rate-limit keys) is dropped.
KEPT_RESPONSE_HEADERS = ("content-type", "openai-model", "openai-processing-ms")
#: Request-body fields that make up each component hash (the rest are "params").
_COMPONENTS = {
    "model": ("model",),
    "messages": ("messages",),
    "schema": ("tools", "tool_choice", "response_format"),
}

#: Where each replayed response came from, for the article being extracted (see `origins`).
_ORIGINS: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "factx_origins", default=None
)


class CassetteError(FactxError):
    """A cassette that cannot be used: unreadable, a replay miss, or one that would leak a key."""


def _hash(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_request(request: httpx.Request) -> dict[str, Any]:
    """The part of a request that decides its answer: method, path and decoded JSON body."""
    content = request.content
    try:
        body: Any = json.loads(content) if content else None
    except ValueError:
        body = content.decode("utf-8", errors="replace")
    return {"method": request.method, "path": request.url.path, "body": body}


def fingerprint(canonical: dict[str, Any]) -> str:
    """SHA-256 of the canonical request and the cassette format version."""
    return _hash({"format": FORMAT, **canonical})


def components(canonical: dict[str, Any]) -> dict[str, str]:
    """Hashes of the request's parts, stored so that a miss can say what changed."""
    body = canonical["body"] if isinstance(canonical["body"], dict) else {}
    parts = {name: _hash({k: body.get(k) for k in keys}) for name, keys in _COMPONENTS.items()}
    grouped = {k for keys in _COMPONENTS.values() for k in keys}
    params = {k: v for k, v in body.items() if k not in grouped}
    parts["params"] = _hash(
        {"params": params, "method": canonical["method"], "path": canonical["path"]}
    )
    return parts


def _versions() -> dict[str, str]:
    out = {}
    for package in ("factx", "openai", "instructor", "httpx"):
        with contextlib.suppress(PackageNotFoundError):
            out[package] = version(package)
    return out


def origins() -> list[str]:
    """Start collecting where this context's responses come from; returns the list filled in."""
    collected: list[str] = []
    _ORIGINS.set(collected)
    return collected


@dataclass
class CassetteStore:
    """A directory of cassettes and what to do with them (`mode`)."""

    directory: Path
    mode: CassetteMode = "replay"
    #: Provenance written into recorded cassettes; None means the model named in the response.
    provenance: str | None = None
    #: Free text kept in recorded cassettes' metadata (e.g. where authored answers came from).
    note: str | None = None
    used: set[str] = field(default_factory=set)

    def path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def files(self) -> list[Path]:
        return sorted(self.directory.glob("*.json")) if self.directory.is_dir() else []

    def read(self, file: Path) -> dict[str, Any]:
        """Parse one cassette file; any problem is a `CassetteError` naming the file."""
        try:
            entry = json.loads(file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise CassetteError(f"{file}: cannot read cassette ({exc.strerror or exc})") from None
        except ValueError as exc:
            raise CassetteError(f"{file}: corrupted cassette, not valid JSON ({exc})") from None
        if not isinstance(entry, dict) or entry.get("format") != FORMAT:
            raise CassetteError(f"{file}: not a factx cassette of format {FORMAT}")
        for key in ("request", "response", "meta"):
            if not isinstance(entry.get(key), dict):
                raise CassetteError(f"{file}: corrupted cassette, no '{key}' object")
        return entry

    def replay(self, request: httpx.Request, canonical: dict[str, Any]) -> httpx.Response | None:
        """The recorded response for `request` (whose `canonical_request` is given), or None if
        there is none and the mode allows it."""
        key = fingerprint(canonical)
        file = self.path(key)
        if self.mode in ("replay", "auto") and file.exists():
            entry = self.read(file)
            self.used.add(key)
            collected = _ORIGINS.get()
            if collected is not None:
                collected.append(str(entry["meta"].get("provenance")))
            response = entry["response"]
            return httpx.Response(
                response["status"],
                headers=response.get("headers") or {},
                content=json.dumps(response["body"]).encode("utf-8"),
                request=request,
            )
        if self.mode == "replay":
            raise CassetteError(self.explain_miss(canonical))
        return None

    def record(self, canonical: dict[str, Any], response: httpx.Response) -> None:
        """Write an error-free exchange as a cassette, atomically; refuse if it holds a secret."""
        if self.mode not in ("record", "auto") or response.status_code != 200:
            return
        try:
            body = response.json()
        except ValueError:
            return
        key = fingerprint(canonical)
        headers = {k: v for k, v in response.headers.items() if k.lower() in KEPT_RESPONSE_HEADERS}
        entry = {
            "format": FORMAT,
            "fingerprint": key,
            "components": components(canonical),
            "request": canonical,
            "response": {"status": response.status_code, "headers": headers, "body": body},
            "meta": {
                "provenance": self.provenance
                or body.get("model")
                or canonical["body"].get("model"),
                "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "versions": _versions(),
                **({"note": self.note} if self.note else {}),
            },
        }
        text = json.dumps(entry, indent=2, ensure_ascii=False) + "\n"
        if secret := find_secret(text):
            raise CassetteError(f"{self.path(key)}: refusing to write a cassette holding {secret}")
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(tmp, self.path(key))
        self.used.add(key)

    def explain_miss(self, canonical: dict[str, Any]) -> str:
        """One line saying that a request has no cassette and what differs from the nearest one."""
        wanted = components(canonical)
        advice = "record it with --cassette-mode auto or record and an endpoint"
        best: tuple[int, Path, list[str]] | None = None
        for file in self.files():
            try:
                stored = self.read(file).get("components") or {}
            except CassetteError:
                continue
            changed = [name for name in wanted if stored.get(name) != wanted[name]]
            if best is None or len(changed) < len(best[2]):
                best = (len(changed), file, changed)
        if best is None:
            return f"no cassette for this request in {self.directory} (it holds none); {advice}"
        what = ", ".join(f"{name} changed" for name in best[2]) or "format changed"
        return (
            f"no cassette for this request in {self.directory}: {what} "
            f"(nearest: {best[1].name}); {advice}"
        )

    def check(self) -> Iterator[str]:
        """Problems with the stored cassettes, one line each: unreadable, misnamed, or leaky."""
        for file in self.files():
            try:
                entry = self.read(file)
            except CassetteError as exc:
                yield str(exc)
                continue
            key = fingerprint(entry["request"])
            if file.stem != key or entry.get("fingerprint") != key:
                yield f"{file}: stored request no longer hashes to its name (expected {key}.json)"
            if not entry["meta"].get("provenance"):
                yield f"{file}: no provenance (a model name or '{AUTHORED}')"
            if secret := find_secret(file.read_text(encoding="utf-8")):
                yield f"{file}: holds {secret}"


class CassetteTransport(httpx.BaseTransport):
    """Replays from and records to a `CassetteStore`; `inner` is used only on a miss."""

    def __init__(self, store: CassetteStore, inner: httpx.BaseTransport | None) -> None:
        self.store = store
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        canonical = canonical_request(request)
        if (replayed := self.store.replay(request, canonical)) is not None:
            return replayed
        if self.inner is None:
            raise CassetteError("cassette replay has no network transport to fall back on")
        response = self.inner.handle_request(request)
        response.read()
        self.store.record(canonical, response)
        return response

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()


class AsyncCassetteTransport(httpx.AsyncBaseTransport):
    """The async twin of `CassetteTransport`."""

    def __init__(self, store: CassetteStore, inner: httpx.AsyncBaseTransport | None) -> None:
        self.store = store
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        canonical = canonical_request(request)
        if (replayed := self.store.replay(request, canonical)) is not None:
            return replayed
        if self.inner is None:
            raise CassetteError("cassette replay has no network transport to fall back on")
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.store.record(canonical, response)
        return response

    async def aclose(self) -> None:
        if self.inner is not None:
            await self.inner.aclose()
