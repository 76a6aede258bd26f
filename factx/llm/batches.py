"""Batch request files: the exact requests `extract` would send, written for a batch engine.

Each request is the one the real openai + instructor stack makes, as `extract` makes it (same
prompt, schema, mode, provider profile, chunking and context fitting), byte for byte: the stack
makes one per setup, caught by an httpx transport that keeps it instead of sending it, and each
article's text is spliced into it (see `_Requests`). One JSONL line each, in OpenAI's batch
input format (`{"custom_id", "method", "url", "body"}`), which vLLM's `run-batch` reads too;
`custom_id` is the request's cassette fingerprint, so an answer can be filed where replay will
look for it. Files are split under OpenAI's limits (50,000 lines, 200 MB). A `manifest.json` beside
them says how they were made and, once submitted, which batch each became.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import httpx

from factx.articles import (
    DEFAULT_CORPUS,
    Article,
    ArticleError,
    Corpus,
    expand_paths,
    read_articles,
)
from factx.chunking import split
from factx.errors import FactxError
from factx.llm.cassettes import fingerprint
from factx.llm.config import LLMConfig
from factx.llm.context import TOKEN_LIMITS
from factx.llm.extractor import LLMExtractor
from factx.llm.providers import endpoint
from factx.llm.transport import Wire
from factx.schemas import ExtractionDraft
from factx.testing.server import completion

#: OpenAI's limits on one batch input file (Azure's are no smaller).
MAX_LINES = 50_000
MAX_BYTES = 200 * 1024 * 1024
MANIFEST = "manifest.json"
ARTICLES = "articles.jsonl"
FORMAT = 1
#: The settings that shape a request: a later command must use the same to find its answers.
SHAPING = (
    "model",
    "base_url",
    "provider",
    "mode",
    "params",
    "no_temperature",
    "context_window",
    "max_tokens",
    "max_chars",
    "max_retries",
)


@dataclass
class RequestFile:
    """One request file and, once submitted, the batch made from it."""

    name: str
    lines: int = 0
    bytes: int = 0
    file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    #: `request_counts` as last seen: total, completed, failed.
    counts: dict[str, int] = field(default_factory=dict)
    output_file_id: str | None = None
    error_file_id: str | None = None
    #: Downloaded result files (names in the directory).
    output: str | None = None
    errors: str | None = None


@dataclass
class Manifest:
    """What `prepare` wrote and what became of it; kept as `manifest.json` in `directory`."""

    directory: Path
    setup: dict[str, Any]
    paths: list[str]
    corpus: dict[str, Any]
    #: The path the stack posts to (part of each fingerprint) and the batch line's `url`.
    path: str
    url: str
    #: Token limits as the stack set them, before fitting into the context window.
    limits: dict[str, int]
    files: list[RequestFile] = field(default_factory=list)
    articles: int = 0
    requests: int = 0
    #: Articles whose requests could not be made, with why (collect fails them the same way).
    problems: int = 0
    format: int = FORMAT

    def save(self) -> None:
        """Write the manifest atomically (a crash leaves the old one)."""
        data = {k: v for k, v in asdict(self).items() if k != "directory"}
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=2, ensure_ascii=False)
            stream.write("\n")
        os.replace(tmp, self.directory / MANIFEST)

    @classmethod
    def load(cls, directory: Path) -> Manifest:
        """The manifest in `directory`; a clear error if there is none or it is not one."""
        file = directory / MANIFEST
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            data["files"] = [RequestFile(**item) for item in data["files"]]
            return cls(directory=directory, **data)
        except FileNotFoundError:
            raise FactxError(
                f"{directory}: no {MANIFEST} (make one with `factx batch prepare PATHS -o DIR`)"
            ) from None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise FactxError(f"{file}: not a factx batch manifest ({exc})") from None

    def corpus_of(self) -> Corpus:
        return Corpus(**self.corpus)

    def canonical(self, custom_id: str, body: dict[str, Any]) -> dict[str, Any] | None:
        """The canonical request behind a request line's body (its token limit restored to
        what the stack set, before fitting), or None when it is not this custom_id's."""
        unfitted = {k: self.limits.get(k, v) for k, v in body.items()}
        canonical = {"method": "POST", "path": self.path, "body": unfitted}
        return canonical if fingerprint(canonical) == custom_id else None


def open_batch(
    directory: Path, api_key_env: str | None = None, **flags: Any
) -> tuple[Manifest, LLMConfig]:
    """The manifest in `directory` and the settings to act on it: the ones its requests were
    made with (a replay must ask exactly what was sent), and the endpoint and key from `flags`
    and the environment as for `extract` (the prepared endpoint unless another is given)."""
    manifest = Manifest.load(directory)
    setup = dict(manifest.setup)
    endpoint = {"base_url": setup.pop("base_url"), "provider": setup.pop("provider")}
    if not (flags.get("base_url") or flags.get("provider") or os.environ.get("OPENAI_BASE_URL")):
        flags.update(endpoint)
    return manifest, LLMConfig.from_env(api_key_env, **{**flags, **setup})


def batch_url(config: LLMConfig) -> str:
    """The `url` of each batch line: Azure's dated API takes `/chat/completions` (the model is
    the deployment), OpenAI, vLLM and Azure's v1 API `/v1/chat/completions`."""
    dated = "/openai/v1" not in endpoint(config.profile, config.base_url, config.model)[0]
    return (
        "/chat/completions" if config.profile.name == "azure" and dated else "/v1/chat/completions"
    )


class _Capture(httpx.BaseTransport):
    """Keeps each request the stack would send, as made (`raw`) and as the wire would send it
    (`sent`: fitted into the context window), and answers it with an empty draft: nothing
    leaves the machine."""

    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.path = ""
        self.captured: list[tuple[bytes, bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        sent = self.wire.prepare(request).content
        self.path = request.url.path
        self.captured.append((request.content, sent))
        empty = ExtractionDraft().model_dump(mode="json")
        reply = completion(json.loads(request.content), empty, usage=(0, 0))
        return httpx.Response(200, json=reply.body, request=request)


#: Stands for the article in the one request the stack makes per setup (see `_Requests`).
_SLOT = "FACTX-ARTICLE-SLOT-5e1f0c"
#: A text whose request must come out of the splice as the stack makes it, byte for byte.
_PROBE = 'He said "no" \\ {{x}} {article} na\u00efve \u2013 \u6771\U0001f600\n\t\u2028\x07 ' + _SLOT


class _Requests:
    """Each chunk's request body as the openai + instructor stack of `extract` makes it, made
    fast: the stack makes one request per setup with a placeholder for the article, and each
    chunk's text, JSON-escaped as the SDK escapes it, is spliced in where it stands. Unless
    `_PROBE` comes out of the splice byte for byte as the stack makes it, the stack makes
    every request; it also makes any the splice cannot (and fails it as `extract` would)."""

    def __init__(self, config: LLMConfig) -> None:
        self.wire = Wire(window=config.window)
        self.capture = _Capture(self.wire)
        # replay mode: no key is needed, no network transport is made
        self.extractor = LLMExtractor(
            replace(config, cassette_mode="replay"), transport=self.capture
        )
        raw = self._stack(_SLOT)[0]
        #: The path posted to (part of each fingerprint) and the token limits the stack sets.
        self.path = self.capture.path
        self.limits = {k: v for k, v in json.loads(raw).items() if k in TOKEN_LIMITS}
        parts = raw.split(_SLOT.encode())
        self.parts = parts if self._splice(_PROBE, parts) == self._stack(_PROBE) else None

    def _stack(self, text: str) -> tuple[bytes, bytes]:
        try:
            self.extractor.draft(text, lambda draft: [])
            (made,) = self.capture.captured
            return made
        finally:
            self.capture.captured.clear()

    def _splice(self, text: str, parts: list[bytes]) -> tuple[bytes, bytes]:
        raw = json.dumps(text, ensure_ascii=False)[1:-1].encode().join(parts)
        return raw, self.wire.fitted(raw)

    def make(self, text: str) -> tuple[bytes, bytes]:
        """The request for one chunk: as made (its fingerprint's body) and as sent."""
        if self.parts is not None:
            try:
                return self._splice(text, self.parts)
            except (FactxError, UnicodeError):
                pass  # the stack fails it with the message `extract` gives
        return self._stack(text)


class _Writer:
    """Request lines into numbered files, a new one before a limit would be passed."""

    def __init__(self, directory: Path, max_lines: int, max_bytes: int) -> None:
        self.directory = directory
        self.max_lines = max_lines
        self.max_bytes = max_bytes
        self.files: list[RequestFile] = []
        self._stream: IO[bytes] | None = None

    def write(self, line: bytes) -> None:
        current = self.files[-1] if self.files else None
        if current is None or (
            current.lines >= self.max_lines or current.bytes + len(line) > self.max_bytes
        ):
            if len(line) > self.max_bytes:
                raise FactxError(f"one request is {len(line):,} bytes, over the file limit")
            self.close()
            current = RequestFile(f"requests-{len(self.files) + 1:04d}.jsonl")
            self.files.append(current)
            self._stream = (self.directory / current.name).open("wb")
        assert self._stream is not None
        self._stream.write(line)
        current.lines += 1
        current.bytes += len(line)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None


def _articles(paths: Iterable[str], corpus: Corpus) -> Iterator[Article | ArticleError]:
    for path in expand_paths(paths, corpus.recursive):
        yield from read_articles(path, corpus)


def prepare(
    paths: list[str],
    config: LLMConfig,
    directory: Path,
    corpus: Corpus = DEFAULT_CORPUS,
    *,
    max_lines: int = MAX_LINES,
    max_bytes: int = MAX_BYTES,
    on_article: Callable[[str, str | None], None] | None = None,
) -> Manifest:
    """Write the requests `extract` would send for `paths` into `directory`: request files,
    `articles.jsonl` (each article's id and custom_ids) and the manifest.

    A request two articles share (syndicated copies) is written once. `on_article` gets each
    article's path and, if its requests could not be made, why (`extract` fails it so too).
    """
    if (directory / MANIFEST).exists():
        raise FactxError(f"{directory}: already holds prepared requests; choose another -o")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FactxError(f"{directory}: cannot create ({exc.strerror or exc})") from None
    requests = _Requests(config)
    writer = _Writer(directory, max_lines, max_bytes)
    url = json.dumps(batch_url(config))
    seen: set[bytes] = set()
    manifest = Manifest(
        directory=directory,
        setup={name: getattr(config, name) for name in SHAPING} | {"mode": requests.extractor.mode},
        paths=list(paths),
        corpus=asdict(corpus),
        path=requests.path,
        url=batch_url(config),
        limits=requests.limits,
    )
    with (directory / ARTICLES).open("w", encoding="utf-8") as index:
        for item in _articles(paths, corpus):
            problem, ids = None, []
            if isinstance(item, ArticleError):
                problem = item.problem
            else:
                try:
                    for chunk in split(item.text, requests.extractor.max_chars):
                        raw, sent = requests.make(chunk.text)
                        canonical = {
                            "method": "POST",
                            "path": requests.path,
                            "body": json.loads(raw),
                        }
                        custom_id = fingerprint(canonical)
                        ids.append(custom_id)
                        if (digest := bytes.fromhex(custom_id)) not in seen:
                            seen.add(digest)
                            head = f'{{"custom_id": "{custom_id}", "method": "POST", "url": {url}, '
                            writer.write(f'{head}"body": '.encode() + sent + b"}\n")
                except FactxError as exc:
                    problem = str(exc)
            manifest.articles += 1
            manifest.problems += problem is not None
            record = {"id": item.id, "path": item.path, "requests": ids, "problem": problem}
            index.write(json.dumps(record, ensure_ascii=False) + "\n")
            if on_article is not None:
                on_article(item.path, problem)
    writer.close()
    manifest.files = writer.files
    manifest.requests = sum(file.lines for file in writer.files)
    manifest.save()
    return manifest


#: How `prepare` starts every line, so the index need not parse whole requests.
_PREFIX = b'{"custom_id": "'


def request_index(manifest: Manifest) -> dict[str, tuple[int, int]]:
    """Where each request line is: custom_id -> (file number, byte offset)."""
    index: dict[str, tuple[int, int]] = {}
    for number, file in enumerate(manifest.files):
        offset = 0
        with (manifest.directory / file.name).open("rb") as stream:
            for line in stream:
                if line.startswith(_PREFIX):
                    custom_id = line[len(_PREFIX) : len(_PREFIX) + 64].decode()
                else:
                    custom_id = json.loads(line)["custom_id"]
                index[custom_id] = (number, offset)
                offset += len(line)
    return index


def read_request(manifest: Manifest, where: tuple[int, int]) -> dict[str, Any]:
    """The request line at `where` (see `request_index`)."""
    with (manifest.directory / manifest.files[where[0]].name).open("rb") as stream:
        stream.seek(where[1])
        line: dict[str, Any] = json.loads(stream.readline())
        return line
