"""The Batch API client: upload request files, create batches, follow them, fetch results.

It uses the openai SDK's own `files` and `batches` resources over factx's transport, so the key
goes where the provider wants it (Azure: `api-key`, `api-version`), transport errors are
retried as for `extract`, and nothing else has a copy of the key. Every step is written to the
manifest as soon as it is done, so an interrupted `submit` goes on where it stopped and
never uploads a file or creates a batch twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx
import openai

from factx.errors import FactxError
from factx.llm.batches import Manifest, RequestFile
from factx.llm.config import NO_KEY, LLMConfig
from factx.llm.extractor import wire
from factx.llm.providers import endpoint, missing_key
from factx.llm.secrets import scrub
from factx.llm.transport import RetryTransport

#: Statuses after which a batch changes no more.
FINISHED = ("completed", "failed", "expired", "cancelled")
COMPLETION_WINDOW: Literal["24h"] = "24h"
#: How often `watch` asks by default (seconds): batches take minutes to hours.
POLL_EVERY = 30.0


def batch_base_url(config: LLMConfig) -> str:
    """Where the Files and Batches APIs are: the endpoint's base URL (for Azure, the resource's
    `/openai`, not a deployment's)."""
    url = endpoint(config.profile, config.base_url, config.model)[0]
    head, sep, _ = url.partition("/deployments/")
    return head if sep else url


def client(config: LLMConfig) -> openai.OpenAI:
    """An SDK client for the batch endpoints of `config`'s provider; the key travels in the
    transport (`Wire`), never in the SDK."""
    if config.profile.needs_key and not config.api_key:
        raise FactxError(missing_key(config.profile))
    transport = RetryTransport(httpx.HTTPTransport(), config.retry, wire(config), config.deadline)
    return openai.OpenAI(
        api_key=NO_KEY,
        base_url=batch_base_url(config),
        max_retries=0,
        timeout=config.timeout,
        http_client=httpx.Client(transport=transport),
    )


@contextmanager
def _step(config: LLMConfig, what: str) -> Iterator[None]:
    """Turn an SDK error in one API call into one line naming the step (key scrubbed)."""
    try:
        yield
    except openai.APIStatusError as exc:
        body = exc.body
        said = body.get("message") if isinstance(body, dict) else None
        raise FactxError(
            scrub(f"{what}: HTTP {exc.status_code}: {said or exc.message}", [config.api_key])
        ) from None
    except openai.OpenAIError as exc:
        raise FactxError(scrub(f"{what}: {exc}", [config.api_key])) from None


def submit(manifest: Manifest, config: LLMConfig, notify: Callable[[str], None]) -> Manifest:
    """Upload each request file not yet uploaded (purpose `batch`) and create its batch (24 h
    window), saving the manifest after every step."""
    api = client(config)
    for file in manifest.files:
        if file.file_id is None:
            path = manifest.directory / file.name
            with path.open("rb") as stream, _step(config, f"uploading {path}"):
                uploaded = api.files.create(
                    file=(file.name, stream, "application/jsonl"), purpose="batch"
                )
            file.file_id = uploaded.id
            manifest.save()
        if file.batch_id is None:
            with _step(config, f"creating the batch for {file.name}"):
                batch = api.batches.create(
                    input_file_id=file.file_id,
                    endpoint=manifest.url,  # type: ignore[arg-type]  # Azure's is shorter
                    completion_window=COMPLETION_WINDOW,
                    metadata={"factx": file.name},
                )
            file.batch_id, file.status = batch.id, batch.status
            manifest.save()
            notify(f"{file.name}: {file.lines} requests -> batch {batch.id} ({batch.status})")
    return manifest


@dataclass(frozen=True)
class Standing:
    """Every batch of a directory: how many requests are done, and whether all have ended."""

    files: list[RequestFile]

    @property
    def total(self) -> int:
        return sum(file.counts.get("total") or file.lines for file in self.files)

    @property
    def done(self) -> int:
        return sum(
            file.counts.get("completed", 0) + file.counts.get("failed", 0) for file in self.files
        )

    @property
    def finished(self) -> bool:
        return all(file.status in FINISHED for file in self.files)

    def lines(self) -> list[str]:
        """One line per batch, then the total."""
        out = []
        for file in self.files:
            counts = file.counts
            out.append(
                f"{file.name}: batch {file.batch_id or '(not submitted)'} {file.status or ''}, "
                f"{counts.get('completed', 0)} completed, {counts.get('failed', 0)} failed "
                f"of {counts.get('total') or file.lines}"
            )
        share = 100 * self.done / self.total if self.total else 100.0
        state = "all finished" if self.finished else "running"
        out.append(f"{self.done}/{self.total} requests done ({share:.0f}%), {state}")
        return out


def _submitted(manifest: Manifest) -> list[RequestFile]:
    files = [file for file in manifest.files if file.batch_id]
    if not files:
        raise FactxError(f"{manifest.directory}: nothing submitted yet (`factx batch submit`)")
    return files


def status(manifest: Manifest, config: LLMConfig) -> Standing:
    """Ask for every submitted batch's status and counts; kept in the manifest."""
    api = client(config)
    for file in _submitted(manifest):
        if file.status in FINISHED and file.counts:
            continue
        with _step(config, f"batch {file.batch_id}"):
            batch = api.batches.retrieve(str(file.batch_id))
        file.status = batch.status
        if batch.request_counts is not None:
            file.counts = batch.request_counts.model_dump()
        file.output_file_id, file.error_file_id = batch.output_file_id, batch.error_file_id
    manifest.save()
    return Standing(manifest.files)


def watch(
    manifest: Manifest,
    config: LLMConfig,
    show: Callable[[Standing], None],
    every: float = POLL_EVERY,
    sleep: Callable[[float], None] = time.sleep,
) -> Standing:
    """`status` every `every` seconds until every batch has ended; `show` sees each round."""
    while True:
        standing = status(manifest, config)
        show(standing)
        if standing.finished:
            return standing
        sleep(every)


def cancel(manifest: Manifest, config: LLMConfig) -> Standing:
    """Cancel every batch still running (what is done comes back, and is billed)."""
    api = client(config)
    for file in _submitted(manifest):
        if file.status in FINISHED:
            continue
        with _step(config, f"cancelling {file.batch_id}"):
            batch = api.batches.cancel(str(file.batch_id))
        file.status = batch.status
    manifest.save()
    return Standing(manifest.files)


def download(manifest: Manifest, config: LLMConfig) -> list[Path]:
    """Fetch the output and error files of every ended batch into the directory (once: a file
    already there is kept); returns the result files to read. A running batch is refused."""
    api = client(config)
    standing = status(manifest, config)
    running = [file for file in standing.files if file.batch_id and file.status not in FINISHED]
    if running:
        first = running[0]
        raise FactxError(
            f"batch {first.batch_id} ({first.name}) is still {first.status}: "
            "`factx batch status DIR --watch` waits for it"
        )
    results: list[Path] = []
    for number, file in enumerate(manifest.files, 1):
        if not file.batch_id:
            continue
        for kind, file_id in (("output", file.output_file_id), ("errors", file.error_file_id)):
            name = getattr(file, kind) or f"{kind}-{number:04d}.jsonl"
            target = manifest.directory / name
            if file_id is not None and not target.exists():
                _fetch(api, config, file_id, target)
            if file_id is not None or target.exists():
                setattr(file, kind, name)
                results.append(target)
    manifest.save()
    return results


def _fetch(api: openai.OpenAI, config: LLMConfig, file_id: str, target: Path) -> None:
    """Stream one file's content to `target` through a temporary file."""
    partial = target.with_name(f".{target.name}.part")
    with (
        _step(config, f"downloading {file_id}"),
        api.files.with_streaming_response.content(file_id) as response,
        partial.open("wb") as out,
    ):
        for chunk in response.iter_bytes():
            out.write(chunk)
    partial.replace(target)
