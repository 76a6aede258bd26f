"""The fake server itself: real HTTP on 127.0.0.1, no model.

Each request gets the next scripted `Reply` (the last one repeats), so the real openai +
instructor stack can be driven through happy paths and faults alike; every exchange (path,
query, headers, body) is kept for tests to inspect.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

if TYPE_CHECKING:
    from factx.testing.batches import BatchEngine
    from factx.testing.profiles import Profile


@dataclass
class Reply:
    """One scripted response: a JSON body (dict) or raw bytes, after an optional delay.

    `drop` closes the connection without answering (a reset as the client sees it);
    `trickle` sends the body one byte at a time, this many seconds apart.
    """

    status: int = 200
    body: dict[str, Any] | bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    trickle: float = 0.0


@dataclass
class Exchange:
    """One request as the server saw it (header names in lower case)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: dict[str, Any]
    #: The body's bytes as they came.
    raw: bytes = b""


Step = Reply | Callable[[dict[str, Any]], Reply]


def completion(
    request: dict[str, Any],
    payload: dict[str, Any] | str,
    finish_reason: str = "stop",
    usage: tuple[int, int] | None = (100, 20),
    model: str | None = None,
) -> Reply:
    """A chat completion answering `request` with `payload`, shaped for its mode.

    If the request offers tools, the payload comes back as that tool's call arguments;
    otherwise as the message content (JSON text). A str payload is sent as it is.
    `usage=None` estimates tokens at four characters each; `model` defaults to the one asked for.
    """
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    tools = request.get("tools") or []
    if tools:
        name = tools[0]["function"]["name"]
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}
        ]
        finish = "tool_calls" if finish_reason == "stop" else finish_reason
    else:
        message["content"] = text
        finish = finish_reason
    if usage is None:
        usage = (len(json.dumps(request.get("messages", []))) // 4, len(text) // 4)
    return Reply(
        body={
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": model or request.get("model", "fake"),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": usage[0],
                "completion_tokens": usage[1],
                "total_tokens": usage[0] + usage[1],
            },
        }
    )


def answer(
    payload: dict[str, Any] | str, delay: float = 0.0, **kwargs: Any
) -> Callable[[dict[str, Any]], Reply]:
    """A script step that answers whatever is asked with `payload` (see `completion`),
    after `delay` seconds (the latency of a real model)."""

    def step(request: dict[str, Any]) -> Reply:
        reply = completion(request, payload, **kwargs)
        reply.delay = delay
        return reply

    return step


FAULTS = ("429", "500", "timeout", "drop", "truncated", "malformed")


def faulty(
    good: Callable[[dict[str, Any]], Reply],
    rate: float,
    kinds: tuple[str, ...] = FAULTS,
    seed: int = 0,
    delay: float = 2.0,
    max_per_request: int = 2,
) -> Callable[[dict[str, Any]], Reply]:
    """A script that answers with `good`, except that a share `rate` of requests meets a fault.

    The choice is a hash of the request body and how often that body was seen, so runs are
    repeatable whatever the concurrency; the same request faults at most `max_per_request`
    times, so a client that retries enough always gets through. `delay` is how long a
    'timeout' fault keeps the client waiting.
    """
    seen: dict[str, int] = {}
    lock = threading.Lock()

    def step(request: dict[str, Any]) -> Reply:
        body = json.dumps(request, sort_keys=True)
        with lock:
            attempt = seen.get(body, 0)
            seen[body] = attempt + 1
        digest = hashlib.sha256(f"{seed}:{attempt}:{body}".encode()).digest()
        if attempt >= max_per_request or digest[0] / 256 >= rate:
            return good(request)
        kind = kinds[digest[1] % len(kinds)]
        if kind == "429":
            return Reply(429, {"error": {"message": "rate limited"}}, {"retry-after": "0.05"})
        if kind == "500":
            return Reply(500, {"error": {"message": "internal error"}})
        if kind == "timeout":
            return Reply(delay=delay, body={})
        if kind == "drop":
            return Reply(drop=True)
        if kind == "truncated":
            return Reply(body=b'{"id": "chatcmpl-fake", "choi')
        return completion(request, "this is not JSON")

    return step


def go_duration(seconds: float) -> str:
    """A duration as providers write their reset headers: `250ms`, `1.5s`, `6m0s`."""
    if seconds < 1:
        return f"{math.ceil(seconds * 1000)}ms"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}m{rest:g}s" if minutes else f"{rest:.3g}s"


@dataclass
class _Bucket:
    """One limit the fake enforces: `per_second` units, refilled continuously, one second's
    worth at most (how providers' limits behave between their reset headers)."""

    kind: str
    per_second: float
    stamp: float
    level: float = 0.0

    def __post_init__(self) -> None:
        self.level = self.per_second

    def refill(self, now: float) -> None:
        self.level = min(self.per_second, self.level + (now - self.stamp) * self.per_second)
        self.stamp = now

    def short_by(self, amount: float) -> float:
        """Seconds until `amount` is there (0: it is)."""
        return max(0.0, min(amount, self.per_second) - self.level) / self.per_second

    def headers(self) -> dict[str, str]:
        full_in = (self.per_second - self.level) / self.per_second
        return {
            f"x-ratelimit-limit-{self.kind}": f"{self.per_second:g}",
            f"x-ratelimit-remaining-{self.kind}": str(max(0, math.floor(self.level))),
            f"x-ratelimit-reset-{self.kind}": go_duration(full_in),
        }


class RateLimits:
    """Requests and tokens per second the fake allows, answering HTTP 429 past them; every
    answer carries the `x-ratelimit-*` headers OpenAI, Azure, Groq and Together send. A
    request's tokens are its messages' characters / 4, as the fake's context window counts.
    `clock` is injectable, so a test can hold time still."""

    def __init__(
        self,
        requests: float,
        tokens: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clock = clock
        self.buckets = [_Bucket("requests", requests, clock())]
        if tokens is not None:
            self.buckets.append(_Bucket("tokens", tokens, clock()))
        self.limited = 0  # how many requests were answered 429
        self._lock = threading.Lock()

    def admit(self, request: dict[str, Any]) -> tuple[Reply | None, dict[str, str]]:
        """A 429 reply if `request` is over a limit (else None, its units taken), and the
        headers that go with the answer either way."""
        amounts = {"requests": 1.0, "tokens": len(json.dumps(request.get("messages", []))) / 4}
        with self._lock:
            now = self.clock()
            for bucket in self.buckets:
                bucket.refill(now)
            wait = max(b.short_by(amounts[b.kind]) for b in self.buckets)
            if wait <= 0:
                for bucket in self.buckets:
                    bucket.level -= amounts[bucket.kind]
            else:
                self.limited += 1
            headers = {k: v for b in self.buckets for k, v in b.headers().items()}
        if wait <= 0:
            return None, headers
        body = {
            "error": {
                "message": "Rate limit reached",
                "type": "requests",
                "code": "rate_limit_exceeded",
            }
        }
        retry = {"retry-after-ms": str(math.ceil(wait * 1000)), "retry-after": str(math.ceil(wait))}
        return Reply(429, body, {**headers, **retry}), headers


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    #: Python's default listen backlog (5) drops bursts of connections at high concurrency.
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up (a cancelled request) is no server error: stay quiet, as a
        real endpoint does; anything else is printed as before."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeOpenAI:
    """Context manager running the fake server; `url` is its base URL, `requests` the bodies it
    got and `exchanges` the whole requests.

    `profile` (a name from `factx.testing.PROFILES`, or a `Profile`) makes it behave like that
    provider; `key` is the key it accepts, `window` its context window in tokens (counted as
    four characters each), `models` the models it serves (None: any), `limits` the rate
    limits it enforces. A profile's refusals and 429s are recorded but take no step of the
    script; `truncated` lists the prompt sizes it cut. `batches` (a
    `factx.testing.batches.BatchEngine`) serves `/v1/files` and `/v1/batches` (with the azure
    profile, Azure's `/openai/files` and `/openai/batches`).
    """

    def __init__(
        self,
        script: list[Step] | Callable[[dict[str, Any]], Reply],
        profile: str | Profile | None = None,
        key: str | None = None,
        window: int | None = None,
        models: tuple[str, ...] | None = None,
        batches: BatchEngine | None = None,
        limits: RateLimits | None = None,
    ) -> None:
        from factx.testing.profiles import PROFILES

        self.script = script
        self.profile = PROFILES[profile] if isinstance(profile, str) else profile
        self.key = key
        self.window = window
        self.models = models
        self.batches = batches
        self.limits = limits
        self.requests: list[dict[str, Any]] = []
        self.exchanges: list[Exchange] = []
        self.truncated: list[int] = []
        self._steps = 0
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def url(self) -> str:
        return f"{self.origin}/v1"

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, exchange: Exchange) -> Reply:
        with self._lock:
            self.requests.append(exchange.body)
            self.exchanges.append(exchange)
        if self.profile is not None and (refusal := self.profile.refuse(exchange, self)):
            return refusal
        limited, headers = self.limits.admit(exchange.body) if self.limits else (None, {})
        if limited is not None:
            return limited
        with self._lock:
            index = self._steps
            self._steps += 1
        request = exchange.body
        if callable(self.script):
            reply = self.script(request)
        else:
            step = self.script[min(index, len(self.script) - 1)]
            reply = step(request) if callable(step) else step
        if headers:
            reply = replace(reply, headers={**headers, **reply.headers})
        return self.profile.reshape(exchange, reply) if self.profile is not None else reply

    def _batch_api(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], raw: bytes
    ) -> Reply | None:
        """The Files or Batches API's reply (None for other paths): the key is checked first,
        where the profile wants it (Azure's API is under `/openai`, with an `api-version`)."""
        from factx.testing.profiles import AZURE_BATCH_API

        azure = self.profile if self.profile is not None and self.profile.name == "azure" else None
        if self.batches is None or not (
            AZURE_BATCH_API.match(path) if azure else path.startswith(("/v1/files", "/v1/batches"))
        ):
            return None
        exchange = Exchange(method, path, query, headers, {})
        self.exchanges.append(exchange)
        if azure is not None and (refusal := azure.refuse(exchange, self)):
            return refusal
        sent = headers.get("authorization", "").removeprefix("Bearer ") or headers.get("api-key")
        if self.key is not None and sent != self.key:
            return Reply(
                401, {"error": {"message": "Incorrect API key provided", "code": "invalid_api_key"}}
            )
        return self.batches.handle(method, path, headers, raw)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                self.do_POST()

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                parts = urlsplit(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                query = dict(parse_qsl(parts.query))
                reply = server._batch_api(self.command, parts.path, query, headers, raw)
                if reply is None:
                    try:
                        request = json.loads(raw or b"{}")
                    except ValueError:
                        request = {}
                    reply = server._next(
                        Exchange(
                            self.command,
                            parts.path,
                            query,
                            headers,
                            request if isinstance(request, dict) else {},
                            raw,
                        )
                    )
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                body = (
                    reply.body
                    if isinstance(reply.body, bytes)
                    else json.dumps(reply.body or {}).encode()
                )
                self.send_response(reply.status)
                headers = {"content-type": "application/json", **reply.headers}
                headers["content-length"] = str(len(body))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    if not reply.trickle:
                        self.wfile.write(body)  # unless the client gave up (a timeout test)
                    for index in range(len(body) if reply.trickle else 0):
                        self.wfile.write(body[index : index + 1])
                        self.wfile.flush()
                        time.sleep(reply.trickle)

        return Handler
