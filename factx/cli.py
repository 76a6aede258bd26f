"""The `factx` command: a thin Typer layer over the library API.

Heavy modules (openai, instructor, httpx) are imported inside the commands so `factx --help`
stays fast. Errors are shown as one line on stderr; tracebacks only with FACTX_DEBUG=1.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from factx import __version__
from factx.errors import FactxError

if TYPE_CHECKING:
    from collections.abc import Callable

    from factx.llm.batches import Manifest
    from factx.llm.config import LLMConfig
    from factx.progress import Progress
    from factx.schemas import ArticleResult

app = typer.Typer(
    name="factx",
    help="Extract grounded claims, figures and positions from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help text is shown as written: '[env: ...]' stays visible
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factx {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Extract grounded claims, figures and positions from news articles."""


def warn(message: str) -> None:
    """One line on stderr, prefixed so it can be told apart from output. A closed stderr
    (`2>&1 | head -1`) loses the line, never the run: results still reach the output."""
    with contextlib.suppress(OSError):
        typer.echo(f"factx: {message}", err=True)


Model = Annotated[
    str | None, typer.Option(help="Model name. [env: FACTX_MODEL; default: gpt-4o-mini]")
]
Mode = Annotated[
    Literal["tools", "json_schema", "json", "md_json"] | None,
    typer.Option(help="Instructor mode. [default: tools for OpenAI, json_schema elsewhere]"),
]
Provider = Annotated[
    str | None,
    typer.Option(
        help="Provider profile (see `factx providers`) [default: recognised from the URL]."
    ),
]
Cassettes = Annotated[
    Path | None,
    typer.Option(help="Cassette directory. [env: FACTX_CASSETTES; default: cassettes]"),
]


Paths = Annotated[
    list[str],
    typer.Argument(
        help="Articles (.txt/.md), corpus files (.jsonl/.csv), directories, globs "
        "('news/**/*.jsonl'), or - for stdin."
    ),
]
InputFormat = Annotated[
    Literal["auto", "text", "jsonl", "csv"],
    typer.Option("--format", help="Input format; auto goes by suffix (.jsonl, .csv, else text)."),
]
TextField = Annotated[
    str, typer.Option(help="Corpus field (JSONL key, CSV column) holding the text.")
]
IdField = Annotated[
    str, typer.Option(help="Corpus field holding the article id (else line/row number).")
]
Recursive = Annotated[
    bool, typer.Option("--recursive", "-r", help="Read subdirectories of directories too.")
]
Results = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        help="Where results go: a JSONL file, a SQLite database (.db), or - / a pipe "
        "(no resume). Re-running with the same file resumes. [default: stdout]",
    ),
]
BaseUrl = Annotated[
    str | None, typer.Option(help="OpenAI-compatible endpoint. [env: OPENAI_BASE_URL]")
]
ApiKeyEnv = Annotated[
    str | None,
    typer.Option(
        help="Environment variable holding the key [default: FACTX_API_KEY, else the "
        "provider's own, e.g. ANTHROPIC_API_KEY; OPENAI_API_KEY for api.openai.com only]."
    ),
]
Params = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        help="KEY=VALUE added to every request body (repeatable; VALUE read as JSON if "
        "it is). A token-limit name replaces factx's own.",
    ),
]
NoTemperature = Annotated[
    bool, typer.Option(help="Send no temperature (for models that accept only their own).")
]
ContextWindow = Annotated[
    int | None,
    typer.Option(
        min=1024,
        help="The model's context window in tokens: articles are split to fit "
        "[default: 4096 for Ollama, else unknown].",
    ),
]
MaxRetries = Annotated[
    int, typer.Option(min=0, max=10, help="Re-asks after an invalid or ungrounded answer.")
]
MaxTokens = Annotated[int, typer.Option(min=256, help="Longest reply the model may give.")]
Timeout = Annotated[
    float, typer.Option(min=0.1, help="Seconds to wait for each read of an LLM response.")
]
Deadline = Annotated[float, typer.Option(min=0.1, help="Seconds one LLM response may take in all.")]
MaxRetryAfter = Annotated[
    float, typer.Option(min=0, help="Longest pause in seconds a server's Retry-After gets.")
]
Concurrency = Annotated[
    int,
    typer.Option(
        min=1,
        max=256,
        help="Requests in flight at once, shared by all articles and the chunks of a long "
        "one (also the most articles in progress).",
    ),
]
Rpm = Annotated[float | None, typer.Option(min=1, help="Most requests per minute to send.")]
Tpm = Annotated[
    float | None,
    typer.Option(min=1, help="Most tokens per minute to send (estimated from request size)."),
]
MaxChars = Annotated[
    int | None,
    typer.Option(min=1000, help="Split longer articles into chunks for the LLM. [default: 24000]"),
]
Prices = Annotated[
    Path | None,
    typer.Option(
        help="JSON price table {model: [input, output]} in USD per 1M tokens. [env: FACTX_PRICES]"
    ),
]


@app.command()
def extract(
    paths: Paths,
    output: Results = None,
    input_format: InputFormat = "auto",
    text_field: TextField = "text",
    id_field: IdField = "id",
    recursive: Recursive = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Name the files that were skipped.")
    ] = False,
    backend: Annotated[
        Literal["llm", "rules"] | None,
        typer.Option(
            help="llm, or rules (offline, no model). [default: llm if an endpoint or cassette "
            "replay is configured, else rules]"
        ),
    ] = None,
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    provider: Provider = None,
    api_key_env: ApiKeyEnv = None,
    param: Params = None,
    no_temperature: NoTemperature = False,
    context_window: ContextWindow = None,
    max_retries: MaxRetries = 2,
    max_tokens: MaxTokens = 8192,
    timeout: Timeout = 120.0,
    deadline: Deadline = 600.0,
    max_retry_after: MaxRetryAfter = 120.0,
    concurrency: Concurrency = 8,
    rpm: Rpm = None,
    tpm: Tpm = None,
    max_chars: MaxChars = None,
    overwrite: Annotated[
        bool, typer.Option(help="Start the output file afresh instead of resuming it.")
    ] = False,
    prices: Prices = None,
    cassette_mode: Annotated[
        Literal["off", "record", "replay", "auto"] | None,
        typer.Option(
            help="replay is offline and needs no key; auto replays hits and records misses. "
            "[env: FACTX_CASSETTE_MODE; default: off]"
        ),
    ] = None,
    cassettes: Cassettes = None,
) -> None:
    """Extract claims, figures and positions; write one JSON line (or row) per article."""
    from factx.articles import Corpus, count_articles
    from factx.batch import extract_to_file, list_inputs
    from factx.extractor import choose_extractor
    from factx.llm.config import LLMConfig, RetryPolicy
    from factx.llm.ratelimit import RateLimiter
    from factx.output import OutputError
    from factx.progress import Progress

    config = LLMConfig.from_env(
        api_key_env=api_key_env,
        **_shaping(model, mode, param, no_temperature, context_window, max_retries, max_tokens),
        base_url=base_url,
        provider=provider,
        max_chars=max_chars,
        timeout=timeout,
        deadline=deadline,
        retry=RetryPolicy(max_retry_after=max_retry_after),
        cassette_mode=cassette_mode,
        cassettes=cassettes,
        prices=prices,
    )
    limiter = RateLimiter(concurrency, rpm, tpm, max_pause=max_retry_after, notify=warn)
    extractor = choose_extractor(backend, config, limiter, warn)
    corpus = Corpus(input_format, text_field, id_field, recursive)
    inputs = list_inputs(paths, corpus, output)  # directories listed once, for count and run
    for skipped in inputs.skipped if verbose else ():
        warn(f"skipped {skipped}")
    if inputs.skipped and not verbose:
        count = len(inputs.skipped)
        what = "entry that is not an input" if count == 1 else "entries that are not inputs"
        warn(f"skipped {count} {what} (-v names them)")
    progress = Progress(count_articles(inputs.files, corpus), warn)
    show = _shown(progress)
    try:
        summary = extract_to_file(
            inputs.files,
            extractor,
            output,
            overwrite=overwrite,
            concurrency=concurrency,
            corpus=corpus,
            on_result=show,
            notify=warn,
        )
    except OutputError as exc:
        progress.close()
        warn(f"error: {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        progress.close()
        again = " (run the same command again to resume)" if output else ""
        warn(f"interrupted after {progress.done} articles{again}")
        raise typer.Exit(130) from None
    finally:
        progress.close()
    warn(summary.line() + (f" -> {output}" if output else ""))
    if summary.failed:
        raise typer.Exit(1)


def _shaping(
    model: str | None,
    mode: str | None,
    param: list[str] | None,
    no_temperature: bool,
    context_window: int | None,
    max_retries: int,
    max_tokens: int,
) -> dict[str, Any]:
    """The flags that shape each request, as `LLMConfig` fields."""
    from factx.llm.config import parse_params

    return dict(
        model=model,
        mode=mode,
        params=parse_params(param or []),
        no_temperature=no_temperature,
        context_window=context_window,
        max_retries=max_retries,
        max_tokens=max_tokens,
    )


def _shown(progress: Progress) -> Callable[[ArticleResult], None]:
    """What each finished article shows: its warnings and error, then a step of `progress`.
    An endpoint error repeated from the article before is shown once in full, then named."""
    shown: list[str] = []

    def show(result: ArticleResult) -> None:
        for warning in result.warnings:
            progress.note(f"warning: {warning}")
        if error := result.error:
            again = error.type == "EndpointError" and shown[-1:] == [error.message]
            said = "the same endpoint error as above" if again else error.message
            progress.note(f"error: {result.article.path}: {said}")
            shown[:] = [error.message]
        progress.advance(result)

    return show


@app.command()
def providers() -> None:
    """List the provider profiles: how each is recognised, its mode and key variable."""
    from factx.llm.providers import FACTX_KEY, PROVIDERS

    for p in PROVIDERS:
        key = ", ".join(p.key_vars) or f"none needed ({FACTX_KEY} if set)"
        window = f"; window {p.context_window} assumed" if p.context_window else ""
        typer.echo(f"{p.name:<11} {p.title}: {p.recognised_by}; mode {p.mode}; key {key}{window}")
        if p.notes:
            typer.echo(f"{'':<11} {p.notes}")


@app.command()
def schema(
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Directory for the *.schema.json files (default: print)."),
    ] = None,
) -> None:
    """Export the JSON Schema of the output records."""
    from factx.schemas import json_schemas

    schemas = json_schemas()
    if out is None:
        typer.echo(json.dumps(schemas, indent=2, ensure_ascii=False))
        return
    out.mkdir(parents=True, exist_ok=True)
    for stem, body in schemas.items():
        (out / f"{stem}.schema.json").write_text(
            json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    warn(f"wrote {len(schemas)} schemas to {out}")


@app.command("eval")
def evaluate_command(
    predictions: Annotated[Path, typer.Argument(help="JSONL written by factx extract.")],
    gold: Annotated[
        Path | None,
        typer.Option(help="Directory of gold files (format: seeds/gold/README.md)."),
    ] = None,
    review: Annotated[
        Path | None,
        typer.Option(
            help="Marks exported by the review page (JSONL): precision from them, no gold needed."
        ),
    ] = None,
    articles: Annotated[
        list[Path] | None,
        typer.Option(help="Where to find article texts if not at their recorded paths."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of the table.")
    ] = False,
) -> None:
    """Score predictions against gold (--gold: precision, recall and F1 per record type) or a
    reviewer's marks (--review: precision per record type), for each extractor setup
    (extractor, model, prompt) the file holds."""
    from factx.evaluate import (
        by_setup,
        evaluate,
        load_gold,
        load_marks,
        load_predictions,
        review_table,
        table,
    )
    from factx.evaluate import review as score_marks

    if (gold is None) == (review is None):
        raise FactxError(
            "eval needs --gold DIR (gold files) or --review MARKS.jsonl (your marks), not both"
        )
    setups = by_setup(load_predictions(predictions))
    if review is not None:
        marks = load_marks(review)
        reviews = {label: score_marks(lines, marks) for label, lines in setups.items()}
        matched = set().union(*(r.matched for r in reviews.values()))
        if len(matched) < len(marks):
            warn(f"warning: {len(marks) - len(matched)} marks name no record in {predictions}")
        _print_scores({k: (r.as_dict(), review_table(r)) for k, r in reviews.items()}, as_json)
    elif gold is not None:
        expected = load_gold(gold)
        scored = {
            label: evaluate(lines, expected, articles or []) for label, lines in setups.items()
        }
        for label, result in scored.items():
            for warning in result.warnings:
                warn(f"warning: {label}: {warning}" if len(scored) > 1 else f"warning: {warning}")
        _print_scores({k: (r.as_dict(), table(r)) for k, r in scored.items()}, as_json)


def _print_scores(scores: dict[str, tuple[dict[str, object], str]], as_json: bool) -> None:
    """One setup's scores as they are; several under their setup's label."""
    many = len(scores) > 1
    if as_json:
        data = {label: as_dict for label, (as_dict, _) in scores.items()}
        typer.echo(json.dumps(data if many else data.popitem()[1], ensure_ascii=False))
    else:
        typer.echo("\n\n".join(f"== {k}\n" * many + text for k, (_, text) in scores.items()))


@app.command("export")
def export_command(
    results: Annotated[
        Path, typer.Argument(help="JSONL written by factx extract (or a factx .db database).")
    ],
    out: Annotated[
        Path, typer.Argument(help="The .db file for sqlite; a directory for csv and parquet.")
    ],
    to: Annotated[
        Literal["sqlite", "csv", "parquet"],
        typer.Option(help="sqlite (FTS, for Datasette), csv, or parquet (needs pyarrow)."),
    ],
) -> None:
    """Write results as tables: articles, claims, figures, positions, rejected (upserted by id)."""
    from factx.export import export_file

    counts = export_file(results, to, out, notify=warn)
    warn(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {out}")


@app.command()
def report(
    predictions: Annotated[
        list[Path],
        typer.Argument(
            help="JSONL written by factx extract; two or more runs over the same articles "
            "(e.g. rules.jsonl llm.jsonl) are shown side by side."
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "report.html"
    ),
    articles: Annotated[
        list[Path] | None,
        typer.Option(
            help="Where to find article texts if not at their recorded paths or next to the "
            "JSONL (a directory of articles or corpus files)."
        ),
    ] = None,
    text_field: Annotated[
        str, typer.Option(help="Corpus field holding the text, as given to extract.")
    ] = "text",
) -> None:
    """Write one self-contained HTML page to search, filter and mark every record against its
    article."""
    from factx.articles import Corpus
    from factx.report import render_files

    page = render_files(predictions, articles or [], Corpus(text_field=text_field), warn)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise FactxError(f"{output}: cannot write report ({exc.strerror or exc})") from None
    warn(f"review page -> {output}")


cassettes_app = typer.Typer(
    help="Check, author and prune recorded LLM exchanges (cassettes).", no_args_is_help=True
)
app.add_typer(cassettes_app, name="cassettes")


@cassettes_app.command("check")
def cassettes_check(
    directory: Annotated[Path, typer.Argument(help="Cassette directory.")] = Path("cassettes"),
) -> None:
    """Verify every cassette parses, hashes to its name and holds no secret (streams: a line
    every 10,000 files)."""
    from factx.llm.cassettes import CassetteStore

    store = CassetteStore(directory)
    checked = problems = 0

    def seen(count: int) -> None:
        nonlocal checked
        checked = count
        if count % 10_000 == 0:
            warn(f"{count:,} cassettes checked, {problems} problems so far")

    for problem in store.check(seen):
        problems += 1
        warn(f"error: {problem}")
    warn(f"{checked} cassettes checked, {problems} problems")
    if problems:
        raise typer.Exit(1)


@cassettes_app.command("shard")
def cassettes_shard(
    directory: Annotated[Path, typer.Argument(help="Cassette directory.")] = Path("cassettes"),
) -> None:
    """Move flat cassettes (DIR/abcd….json) into shards (DIR/ab/cd/abcd….json)."""
    from factx.llm.cassettes import CassetteStore

    warn(f"{CassetteStore(directory).shard()} cassettes moved into shards in {directory}")


@cassettes_app.command("author")
def cassettes_author(
    answers: Annotated[
        Path, typer.Argument(help="Directory of hand-written answers files (*.json).")
    ],
    articles: Annotated[Path, typer.Argument(help="Directory holding the articles they answer.")],
    model: Model = None,
    mode: Mode = None,
    cassettes: Cassettes = None,
) -> None:
    """Record cassettes from hand-written answers, marked `authored` (never as a model's)."""
    from factx.llm.authoring import author
    from factx.llm.config import LLMConfig

    config = LLMConfig.from_env(model=model, mode=mode, cassettes=cassettes, cassette_mode="off")
    for result in author(answers, articles, config):
        warn(
            f"{result.article.path}: {result.provenance.usage.requests} exchanges recorded, "
            f"{len(result.rejected)} items rejected"
        )


@cassettes_app.command("prune")
def cassettes_prune(
    paths: Annotated[
        list[str], typer.Argument(help="The articles whose extraction the cassettes serve.")
    ],
    model: Model = None,
    mode: Mode = None,
    cassettes: Cassettes = None,
    dry_run: Annotated[bool, typer.Option(help="Only list what would be deleted.")] = False,
) -> None:
    """Delete cassettes that replaying the extraction of PATHS never uses (stale ones)."""
    from factx.llm.authoring import unused
    from factx.llm.config import LLMConfig

    config = LLMConfig.from_env(model=model, mode=mode, cassettes=cassettes, cassette_mode="replay")
    stale, results = unused(paths, config)
    for result in results:
        if result.error:
            warn(f"error: {result.article.path}: {result.error.message}")
    for file in stale:
        warn(f"{'would delete' if dry_run else 'deleted'} {file}")
        if not dry_run:
            file.unlink()
    warn(f"{len(stale)} unused cassettes")


batch_app = typer.Typer(
    help="Big corpora: send the requests through a provider's batch engine (OpenAI Batch, "
    "Azure batch) or vLLM's run-batch, and bring the answers back through extract.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")
BatchDir = Annotated[Path, typer.Argument(help="The directory `factx batch prepare` wrote.")]


@batch_app.command("prepare")
def batch_prepare(
    paths: Paths,
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory for the requests.")],
    input_format: InputFormat = "auto",
    text_field: TextField = "text",
    id_field: IdField = "id",
    recursive: Recursive = False,
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    provider: Provider = None,
    param: Params = None,
    no_temperature: NoTemperature = False,
    context_window: ContextWindow = None,
    max_retries: MaxRetries = 2,
    max_tokens: MaxTokens = 8192,
    max_chars: MaxChars = None,
    max_lines: Annotated[
        int, typer.Option(min=1, max=50_000, help="Most requests in one file.")
    ] = 50_000,
) -> None:
    """Write the requests extract would send, as batch input files (no request is sent)."""
    from factx.articles import Corpus
    from factx.llm.batches import prepare
    from factx.llm.config import LLMConfig

    config = LLMConfig.from_env(
        **_shaping(model, mode, param, no_temperature, context_window, max_retries, max_tokens),
        base_url=base_url,
        provider=provider,
        max_chars=max_chars,
    )
    corpus = Corpus(input_format, text_field, id_field, recursive)

    def show(path: str, problem: str | None) -> None:
        if problem:
            warn(f"error: {path}: {problem}")

    manifest = prepare(paths, config, output, corpus, max_lines=max_lines, on_article=show)
    warn(
        f"{manifest.articles} articles, {manifest.requests} requests in {len(manifest.files)} "
        f"files -> {output} ({manifest.problems} articles could not be prepared)"
    )


def _open_batch(
    directory: Path,
    base_url: str | None,
    provider: str | None,
    api_key_env: str | None,
    **settings: Any,
) -> tuple[Manifest, LLMConfig]:
    """The batch in `directory` and the settings to act on it (see `open_batch`)."""
    from factx.llm.batches import open_batch

    return open_batch(directory, api_key_env, base_url=base_url, provider=provider, **settings)


@batch_app.command("submit")
def batch_submit(
    directory: BatchDir,
    base_url: BaseUrl = None,
    provider: Provider = None,
    api_key_env: ApiKeyEnv = None,
) -> None:
    """Upload the request files and create one batch each (24 h window)."""
    from factx.llm.batchapi import submit

    manifest, config = _open_batch(directory, base_url, provider, api_key_env)
    submit(manifest, config, warn)


@batch_app.command("status")
def batch_status(
    directory: BatchDir,
    watch: Annotated[bool, typer.Option(help="Ask again until every batch has ended.")] = False,
    every: Annotated[float, typer.Option(min=0.0, help="Seconds between asks (--watch).")] = 30.0,
    base_url: BaseUrl = None,
    provider: Provider = None,
    api_key_env: ApiKeyEnv = None,
) -> None:
    """Show how far each batch has got (request counts)."""
    from factx.llm import batchapi

    manifest, config = _open_batch(directory, base_url, provider, api_key_env)

    def show(standing: batchapi.Standing) -> None:
        for line in standing.lines():
            typer.echo(line)

    if watch:
        batchapi.watch(manifest, config, show, every)
    else:
        show(batchapi.status(manifest, config))


@batch_app.command("cancel")
def batch_cancel(
    directory: BatchDir,
    base_url: BaseUrl = None,
    provider: Provider = None,
    api_key_env: ApiKeyEnv = None,
) -> None:
    """Cancel every batch still running (what it finished comes back, and is billed)."""
    from factx.llm.batchapi import cancel

    manifest, config = _open_batch(directory, base_url, provider, api_key_env)
    for line in cancel(manifest, config).lines():
        typer.echo(line)


@batch_app.command("collect")
def batch_collect(
    directory: BatchDir,
    output: Results = None,
    from_file: Annotated[
        list[Path] | None,
        typer.Option(
            help="Results made elsewhere (e.g. `vllm run-batch -o FILE`), read instead of "
            "downloading the batches' (repeatable; priced at the list price)."
        ),
    ] = None,
    base_url: BaseUrl = None,
    provider: Provider = None,
    api_key_env: ApiKeyEnv = None,
    timeout: Timeout = 120.0,
    deadline: Deadline = 600.0,
    max_retry_after: MaxRetryAfter = 120.0,
    concurrency: Concurrency = 8,
    rpm: Rpm = None,
    tpm: Tpm = None,
    prices: Prices = None,
) -> None:
    """Extract the articles from the batch answers (as extract, in replay), then redo what
    the batch left undone over the normal endpoint."""
    from factx.llm.batchapi import download
    from factx.llm.collect import collect
    from factx.llm.config import RetryPolicy
    from factx.llm.costs import BATCH_DISCOUNT
    from factx.llm.ratelimit import RateLimiter
    from factx.output import OutputError
    from factx.progress import Progress

    manifest, config = _open_batch(
        directory,
        base_url,
        provider,
        api_key_env,
        timeout=timeout,
        deadline=deadline,
        retry=RetryPolicy(max_retry_after=max_retry_after),
        prices=prices,
    )
    results = list(from_file) if from_file else download(manifest, config)
    limiter = RateLimiter(concurrency, rpm, tpm, max_pause=max_retry_after, notify=warn)
    progress = Progress(manifest.articles, warn)
    try:
        done = collect(
            manifest,
            config,
            results,
            output,
            price=1.0 if from_file else BATCH_DISCOUNT,
            concurrency=concurrency,
            limiter=limiter,
            on_result=_shown(progress),
            notify=warn,
        )
    except OutputError as exc:
        warn(f"error: {exc}")
        raise typer.Exit(1) from None
    finally:
        progress.close()
    warn(f"batch: {done.ledger.line()}")
    warn(f"from the batch's answers: {done.replayed.line()}")
    if done.sync is not None:
        cost = "unknown" if done.sync_cost_usd is None else f"~${done.sync_cost_usd:.4f}"
        warn(
            f"synchronous pass: {done.sync.line()}; live requests {done.sync_usage.requests}, "
            f"{done.sync_usage.total_tokens:,} tokens, {cost}"
        )
    if done.pending:
        warn(
            f"{done.pending} articles need the synchronous pass: give the endpoint and key "
            "(--base-url, OPENAI_API_KEY ...) and run collect again"
        )
    final = done.sync or done.replayed
    if final.failed:
        raise typer.Exit(1)


def main() -> None:
    """Console entry point: run the app, turning errors into one line and an exit code.

    It ends with `os._exit` once output is flushed and files are closed: tearing down the
    thousands of classes openai defines takes a quarter of a second that a batch of short
    runs would otherwise pay every time.
    """
    code = 0
    try:
        app()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except FactxError as exc:
        if os.environ.get("FACTX_DEBUG"):
            raise
        warn(f"error: {exc}")
        code = 2
    except KeyboardInterrupt:
        warn("interrupted")
        code = 130
    except Exception as exc:  # a bug of ours: still one line, the traceback on request
        if os.environ.get("FACTX_DEBUG"):
            raise
        warn(f"internal error: {type(exc).__name__}: {exc} (set FACTX_DEBUG=1 for the traceback)")
        code = 3
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):
            stream.flush()
    os._exit(code)
