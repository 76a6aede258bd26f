"""Record and replay LLM exchanges as cassettes: one JSON file per request, content-addressed.

Hooked in as an httpx transport under the `openai` client, so replay runs the real SDK and
instructor parsing (re-asks and all). The file name is the SHA-256 of the canonical request
(method, path, JSON body, format version); headers, host and key are never part of it and
never written. A replay miss names what changed against the nearest cassette.

Files are sharded by the first two pairs of hex digits (`ab/cd/abcd….json`) so that a store of
a million exchanges keeps every directory small; a flat store (`abcd….json`) is still read,
and `shard` moves it into that layout.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import httpx

from factx.errors import FactxError
from factx.llm.config import CassetteMode
from factx.llm.secrets import find_secret
from factx.schemas import Usage

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

#: Shard directories: two levels of two hex digits.
_SHARDS = "[0-9a-f][0-9a-f]/[0-9a-f][0-9a-f]/*.json"


@dataclass(frozen=True)
class Origin:
    """Where one replayed response came from: a model or `authored`, and the share of the list
    price it cost (0.5 for a provider's batch engine, see `factx.llm.costs.BATCH_DISCOUNT`)."""

    provenance: str
    price: float = 1.0


#: Where each replayed response came from, for the article being extracted (see `origins`).
_ORIGINS: contextvars.ContextVar[list[Origin] | None] = contextvars.ContextVar(
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


def usage_of(body: dict[str, Any]) -> Usage:
    """One response's tokens, from its `usage` (zero where the body has none)."""
    tokens = body.get("usage")
    tokens = tokens if isinstance(tokens, dict) else {}
    fields = ("prompt_tokens", "completion_tokens", "total_tokens")
    return Usage(requests=1, **{name: int(tokens.get(name) or 0) for name in fields})


@functools.cache
def _versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for package in ("factx", "openai", "instructor", "httpx"):
        with contextlib.suppress(PackageNotFoundError):
            out[package] = version(package)
    return out


def origins() -> list[Origin]:
    """Start collecting where this context's responses come from; returns the list filled in."""
    collected: list[Origin] = []
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
    #: Tokens of the live responses recorded (what the endpoint was paid for, at list price).
    live: Usage = field(default_factory=Usage)

    #: Whether a replay miss looks for the nearest cassette to say what changed (reading every
    #: file: off for big stores, where misses are expected, e.g. a batch's unanswered lines).
    explain: bool = True
    #: Shard directories known to exist (a million writes need not ask a million times).
    _shards: set[Path] = field(default_factory=set, init=False, repr=False)

    def path(self, key: str) -> Path:
        """Where the cassette for `key` is written: its shard."""
        return self.directory / key[:2] / key[2:4] / f"{key}.json"

    def find(self, key: str) -> Path | None:
        """The file holding `key`'s cassette, sharded or flat, or None."""
        for file in (self.path(key), self.directory / f"{key}.json"):
            if file.is_file():
                return file
        return None

    def iter_files(self) -> Iterator[Path]:
        """Every cassette file, flat ones first, as the directory listing gives them."""
        if self.directory.is_dir():
            yield from self.directory.glob("*.json")
            yield from self.directory.glob(_SHARDS)

    def files(self) -> list[Path]:
        return sorted(self.iter_files(), key=lambda file: file.name)

    def shard(self) -> int:
        """Move flat cassettes into their shards; returns how many moved."""
        moved = 0
        for file in list(self.directory.glob("*.json")) if self.directory.is_dir() else []:
            target = self.path(file.stem)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(file, target)
            moved += 1
        return moved

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
        file = self.find(key) if self.mode in ("replay", "auto") else None
        if file is not None:
            entry = self.read(file)
            self.used.add(key)
            collected = _ORIGINS.get()
            if collected is not None:
                meta = entry["meta"]
                collected.append(Origin(str(meta.get("provenance")), float(meta.get("price", 1))))
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
        headers = {k: v for k, v in response.headers.items() if k.lower() in KEPT_RESPONSE_HEADERS}
        self.live = self.live + usage_of(body)
        self.write(canonical, body, headers)

    def write(
        self,
        canonical: dict[str, Any],
        body: dict[str, Any],
        headers: dict[str, str] | None = None,
        provenance: str | None = None,
        pretty: bool = True,
        **meta: Any,
    ) -> str:
        """Store `body` as the answer to `canonical`, atomically, in its shard (a flat twin is
        removed); refuse if it holds a secret. `meta` adds fields to the cassette's metadata;
        `pretty=False` writes one line (the pretty printer is pure Python: slow for a
        batch of a million answers).
        Returns the fingerprint."""
        key = fingerprint(canonical)
        entry = {
            "format": FORMAT,
            "fingerprint": key,
            "components": components(canonical),
            "request": canonical,
            "response": {"status": 200, "headers": headers or {}, "body": body},
            "meta": {
                "provenance": provenance
                or self.provenance
                or body.get("model")
                or canonical["body"].get("model"),
                "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "versions": _versions(),
                **({"note": self.note} if self.note else {}),
                **meta,
            },
        }
        text = json.dumps(entry, indent=2 if pretty else None, ensure_ascii=False) + "\n"
        target = self.path(key)
        if secret := find_secret(text):
            raise CassetteError(f"{target}: refusing to write a cassette holding {secret}")
        if target.parent not in self._shards:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._shards.add(target.parent)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(tmp, target)
        with contextlib.suppress(FileNotFoundError):
            (self.directory / f"{key}.json").unlink()
        self.used.add(key)
        return key

    def explain_miss(self, canonical: dict[str, Any]) -> str:
        """One line saying that a request has no cassette and what differs from the nearest one."""
        advice = "record it with --cassette-mode auto or record and an endpoint"
        if not self.explain:
            return f"no cassette for this request in {self.directory}"
        wanted = components(canonical)
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

    def check(self, seen: Callable[[int], None] | None = None) -> Iterator[str]:
        """Problems with the stored cassettes, one line each: unreadable, misnamed, misplaced
        or leaky. Streams: files are read one at a time; `seen` gets the count so far."""
        for count, file in enumerate(self.iter_files(), 1):
            if seen is not None:
                seen(count)
            try:
                entry = self.read(file)
            except CassetteError as exc:
                yield str(exc)
                continue
            key = fingerprint(entry["request"])
            if file.stem != key or entry.get("fingerprint") != key:
                yield f"{file}: stored request no longer hashes to its name (expected {key}.json)"
            elif file.parent != self.directory and file != self.path(key):
                yield f"{file}: in the wrong shard (expected {self.path(key)})"
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
