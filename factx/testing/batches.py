"""A fake of OpenAI's Batch API for `FakeOpenAI`: `/v1/files` and `/v1/batches`, no model
(Azure's `/openai/files` and `/openai/batches` with the azure profile).

It keeps uploaded files, validates batch input files as OpenAI documents them (one JSON
request a line, `custom_id` unique, `method` POST, `url` the batch's endpoint, one model, at
most 50,000 lines and 200 MB), and moves each batch through validating → in_progress →
finalizing → completed one `step()` at a time (or straight to the end with `instant`), never
by the clock. A `BatchScript` picks what goes wrong: lines answered with an error, cut off by
the token limit, or never returned; output lines shuffled; a batch that fails validation,
expires with part of its output, is cancelled, or completes with no output file at all.
Each line is answered by the same kind of script step as the chat endpoint (`answer(...)`).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from factx.testing.server import Reply

#: OpenAI's documented limits on one batch input file.
MAX_LINES = 50_000
MAX_BYTES = 200 * 1024 * 1024
TERMINAL = ("completed", "failed", "expired", "cancelled")

#: Where the API is: OpenAI's (and vLLM's) `/v1/`, Azure's v1 API, Azure's dated API.
_PREFIXES = ("/v1/", "/openai/v1/", "/openai/")

Outcome = Literal["completed", "failed", "expired", "cancelled"]


@dataclass(frozen=True)
class BatchScript:
    """What happens to one batch. Shares are of its lines, chosen by a hash of each line's
    `custom_id` and `seed`, so a test gets the same faults every run."""

    #: `failed`: validation fails; `expired`: the window runs out after `done_share` of the
    #: lines (the rest are in the error file as `batch_expired`); `cancelled`: cancelled
    #: mid-way (as if by someone else) with the same partial output.
    outcome: Outcome = "completed"
    #: Lines answered with HTTP 500 (they go to the error file).
    errors: float = 0.0
    #: Lines whose answer is cut off at the token limit (`finish_reason: length`).
    truncated: float = 0.0
    #: Lines that come back in neither file (the counts still say they completed).
    missing: float = 0.0
    #: Output lines in a random order rather than input order.
    shuffle: bool = True
    #: A completed batch with no output file: every line is in the error file.
    no_output_file: bool = False
    done_share: float = 0.5
    seed: int = 0


@dataclass
class StoredFile:
    id: str
    filename: str
    purpose: str
    data: bytes
    created_at: int

    def object(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "file",
            "bytes": len(self.data),
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "processed",
        }


@dataclass
class _Batch:
    body: dict[str, Any]
    script: BatchScript
    lines: list[dict[str, Any]] = field(default_factory=list)
    status: str = "validating"
    done: int = 0
    errors: list[dict[str, str | int | None]] = field(default_factory=list)
    output_file_id: str | None = None
    error_file_id: str | None = None
    times: dict[str, int] = field(default_factory=dict)


def _error(status: int, message: str, kind: str = "invalid_request_error") -> Reply:
    return Reply(status, {"error": {"message": message, "type": kind, "param": None, "code": None}})


class BatchEngine:
    """The Batch API's state: files and batches. Pass it to `FakeOpenAI(..., batches=engine)`.

    `answer` answers each request line (a script step: `answer(payload)`); `script` says
    what goes wrong, for every batch or per batch (called with the batch's index). `instant`
    finishes every batch as it is created; `step_on_retrieve` advances a batch one status each
    time it is retrieved (for a client polling it, e.g. `status --watch`).
    """

    def __init__(
        self,
        answer: Callable[[dict[str, Any]], Reply],
        script: BatchScript | Callable[[int], BatchScript] = BatchScript(),
        *,
        instant: bool = False,
        step_on_retrieve: bool = False,
        clock: Callable[[], float] = lambda: 1_700_000_000.0,
    ) -> None:
        self.answer = answer
        self.script = script
        self.instant = instant
        self.step_on_retrieve = step_on_retrieve
        self.clock = clock
        self.files: dict[str, StoredFile] = {}
        self.batches: dict[str, _Batch] = {}
        self._lock = threading.RLock()

    # -- the API ---------------------------------------------------------------------------

    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> Reply | None:
        """The reply to a Files or Batches API request, or None for any other path."""
        prefix = next((p for p in _PREFIXES if path.startswith(p)), None)
        parts = path[len(prefix) :].rstrip("/").split("/") if prefix else []
        if not parts or parts[0] not in ("files", "batches"):
            return None
        with self._lock:
            if parts[0] == "files":
                return self._files(method, parts[1:], headers, raw)
            return self._batches(method, parts[1:], raw)

    def step(self) -> None:
        """Advance every unfinished batch by one status."""
        with self._lock:
            for batch_id in list(self.batches):
                self._advance(batch_id)

    def finish(self) -> None:
        """Advance every batch until it is finished."""
        with self._lock:
            while any(b.status not in TERMINAL for b in self.batches.values()):
                self.step()

    # -- files -----------------------------------------------------------------------------

    def _files(self, method: str, parts: list[str], headers: dict[str, str], raw: bytes) -> Reply:
        if method == "POST" and not parts:
            form = _multipart(headers.get("content-type", ""), raw)
            if "file" not in form or not form.get("purpose"):
                return _error(400, "'file' and 'purpose' are required")
            filename, data = form["file"]
            stored = self._store(filename, form["purpose"][1].decode(), data)
            return Reply(200, stored.object())
        stored_file = self.files.get(parts[0]) if parts else None
        if stored_file is None:
            return _error(404, f"No such File object: {parts[0] if parts else ''}")
        if method == "GET" and len(parts) == 1:
            return Reply(200, stored_file.object())
        if method == "GET" and parts[1:] == ["content"]:
            return Reply(200, stored_file.data, {"content-type": "application/octet-stream"})
        return _error(404, "unknown files route")

    def _store(self, filename: str, purpose: str, data: bytes) -> StoredFile:
        file_id = f"file-{len(self.files) + 1:06d}"
        self.files[file_id] = StoredFile(file_id, filename, purpose, data, int(self.clock()))
        return self.files[file_id]

    # -- batches ---------------------------------------------------------------------------

    def _batches(self, method: str, parts: list[str], raw: bytes) -> Reply:
        if not parts:
            if method == "POST":
                return self._create(json.loads(raw or b"{}"))
            data = [self._object(batch_id) for batch_id in reversed(self.batches)]
            first, last = (data[0]["id"], data[-1]["id"]) if data else (None, None)
            listing = {"object": "list", "data": data, "has_more": False}
            return Reply(200, {**listing, "first_id": first, "last_id": last})
        batch = self.batches.get(parts[0])
        if batch is None:
            return _error(404, f"No batch found with id '{parts[0]}'")
        if method == "GET" and len(parts) == 1:
            if self.step_on_retrieve:
                self._advance(parts[0])
            return Reply(200, self._object(parts[0]))
        if method == "POST" and parts[1:] == ["cancel"]:
            if batch.status in ("validating", "in_progress", "finalizing"):
                batch.status = "cancelling"
                batch.times["cancelling_at"] = int(self.clock())
            return Reply(200, self._object(parts[0]))
        return _error(404, "unknown batches route")

    def _create(self, body: dict[str, Any]) -> Reply:
        if body.get("input_file_id") not in self.files:
            return _error(400, f"Invalid 'input_file_id': {body.get('input_file_id')!r}")
        if body.get("completion_window") != "24h":
            return _error(400, "Invalid 'completion_window': only '24h' is supported")
        script = self.script(len(self.batches)) if callable(self.script) else self.script
        batch_id = f"batch_{len(self.batches) + 1:06d}"
        self.batches[batch_id] = _Batch(body, script, times={"created_at": int(self.clock())})
        if self.instant:
            while self.batches[batch_id].status not in TERMINAL:
                self._advance(batch_id)
        return Reply(200, self._object(batch_id))

    def _object(self, batch_id: str) -> dict[str, Any]:
        batch = self.batches[batch_id]
        body = batch.body
        total = len(batch.lines)
        done = batch.lines[: batch.done]
        failed = sum(line["fate"] == "error" for line in done)
        return {
            "id": batch_id,
            "object": "batch",
            "endpoint": body.get("endpoint"),
            "input_file_id": body.get("input_file_id"),
            "completion_window": body.get("completion_window"),
            "status": batch.status,
            "output_file_id": batch.output_file_id,
            "error_file_id": batch.error_file_id,
            "errors": {"object": "list", "data": batch.errors} if batch.errors else None,
            "request_counts": {"total": total, "completed": len(done) - failed, "failed": failed},
            "metadata": body.get("metadata"),
            **batch.times,
        }

    def _advance(self, batch_id: str) -> None:
        batch = self.batches[batch_id]
        now = int(self.clock())
        script = batch.script
        if batch.status == "validating":
            problem = self._validate(batch)
            if problem or script.outcome == "failed":
                batch.errors = [
                    problem or {"code": "failed", "message": "batch failed", "line": None}
                ]
                batch.status, batch.times["failed_at"] = "failed", now
                return
            batch.status, batch.times["in_progress_at"] = "in_progress", now
        elif batch.status == "in_progress":
            half = (len(batch.lines) + 1) // 2
            if batch.done < half:
                batch.done = half
            elif script.outcome in ("expired", "cancelled"):
                self._stop(batch, "expired" if script.outcome == "expired" else "cancelled")
            else:
                batch.done = len(batch.lines)
                batch.status, batch.times["finalizing_at"] = "finalizing", now
        elif batch.status == "finalizing":
            self._write_results(batch, batch.lines)
            batch.status, batch.times["completed_at"] = "completed", now
        elif batch.status == "cancelling":
            self._stop(batch, "cancelled")

    def _stop(self, batch: _Batch, status: str) -> None:
        """End a batch part-way: the lines done so far come back, the others as errors."""
        batch.done = max(batch.done, int(len(batch.lines) * batch.script.done_share))
        code = "batch_expired" if status == "expired" else "batch_cancelled"
        for line in batch.lines[batch.done :]:
            line["fate"] = code
        self._write_results(batch, batch.lines)
        batch.done = len(batch.lines)
        batch.status = status
        batch.times[f"{status}_at"] = int(self.clock())

    def _validate(self, batch: _Batch) -> dict[str, Any] | None:
        """Parse the input file into `batch.lines`, or say what is wrong with it."""
        data = self.files[batch.body["input_file_id"]].data
        if len(data) > MAX_BYTES:
            return {"code": "file_too_large", "message": "over 200 MB", "line": None}
        seen: set[str] = set()
        models: set[str] = set()
        for number, text in enumerate(data.decode("utf-8").splitlines(), 1):
            try:
                line = json.loads(text)
                custom_id, body = line["custom_id"], line["body"]
                ok = line["method"] == "POST" and line["url"] == batch.body["endpoint"]
            except (ValueError, KeyError, TypeError):
                return {"code": "invalid_json_line", "message": "not a request", "line": number}
            if not ok or custom_id in seen:
                what = "duplicate custom_id" if ok else "method or url not the batch's"
                return {"code": "invalid_request", "message": what, "line": number}
            seen.add(custom_id)
            models.add(str(body.get("model")))
            batch.lines.append(
                {"custom_id": custom_id, "body": body, "fate": self._fate(batch, custom_id)}
            )
        if len(batch.lines) > MAX_LINES or len(models) > 1:
            what = "too many requests" if len(models) <= 1 else "more than one model"
            return {"code": "invalid_request", "message": what, "line": None}
        return None

    @staticmethod
    def _fate(batch: _Batch, custom_id: str) -> str:
        script = batch.script
        digest = hashlib.sha256(f"{script.seed}:{custom_id}".encode()).digest()
        share = int.from_bytes(digest[:4]) / 2**32
        for fate, cut in (
            ("missing", script.missing),
            ("error", script.missing + script.errors),
            ("truncated", script.missing + script.errors + script.truncated),
        ):
            if share < cut:
                return fate
        return "error" if script.no_output_file else "ok"

    def _write_results(self, batch: _Batch, lines: list[dict[str, Any]]) -> None:
        output: list[str] = []
        errors: list[str] = []
        for number, line in enumerate(lines, 1):
            fate = line["fate"]
            record: dict[str, Any] = {
                "id": f"batch_req_{number:06d}",
                "custom_id": line["custom_id"],
            }
            if fate == "missing":
                continue
            if fate in ("batch_expired", "batch_cancelled"):
                message = "This request could not be executed before the batch ended."
                errors.append(
                    json.dumps(
                        {**record, "response": None, "error": {"code": fate, "message": message}}
                    )
                )
                continue
            if fate == "error":
                reply = _error(
                    500, "The server had an error processing your request.", "server_error"
                )
            else:
                reply = self.answer(line["body"])
                if fate == "truncated" and isinstance(reply.body, dict):
                    reply.body["choices"][0]["finish_reason"] = "length"
            response = {
                "status_code": reply.status,
                "request_id": f"req_{number:06d}",
                "body": reply.body,
            }
            (errors if fate == "error" else output).append(
                json.dumps({**record, "response": response, "error": None})
            )
        if batch.script.shuffle:
            random.Random(batch.script.seed).shuffle(output)
        if output:
            batch.output_file_id = self._store("output.jsonl", "batch_output", _jsonl(output)).id
        if errors:
            batch.error_file_id = self._store("errors.jsonl", "batch_output", _jsonl(errors)).id


def _jsonl(lines: list[str]) -> bytes:
    return "".join(line + "\n" for line in lines).encode("utf-8")


_DISPOSITION = re.compile(rb'\b(name|filename)="([^"]*)"')


def _multipart(content_type: str, raw: bytes) -> dict[str, tuple[str, bytes]]:
    """A multipart/form-data body as `{field: (filename, bytes)}`, the bytes exactly as sent."""
    boundary = content_type.partition("boundary=")[2].strip('"').encode()
    form: dict[str, tuple[str, bytes]] = {}
    for part in raw.split(b"--" + boundary)[1:] if boundary else ():
        head, _, data = part.partition(b"\r\n\r\n")
        fields = {key.decode(): value.decode() for key, value in _DISPOSITION.findall(head)}
        if "name" in fields:
            form[fields["name"]] = (fields.get("filename", ""), data.removesuffix(b"\r\n"))
    return form
