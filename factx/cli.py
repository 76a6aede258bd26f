"""The `factx` command: a thin Typer layer over the library API.

Heavy modules (openai, instructor, httpx) are imported inside the commands so `factx --help`
stays fast. Errors are shown as one line on stderr; tracebacks only with FACTX_DEBUG=1.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from factx import __version__
from factx.errors import FactxError

if TYPE_CHECKING:
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
    """One line on stderr, prefixed so it can be told apart from output."""
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


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles (.txt/.md), corpus files (.jsonl/.csv), directories, globs "
            "('news/**/*.jsonl'), or - for stdin."
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Where results go: a JSONL file, a SQLite database (.db), or - / a pipe "
            "(no resume). Re-running with the same file resumes. [default: stdout]",
        ),
    ] = None,
    input_format: Annotated[
        Literal["auto", "text", "jsonl", "csv"],
        typer.Option(
            "--format", help="Input format; auto goes by suffix (.jsonl, .csv, else text)."
        ),
    ] = "auto",
    text_field: Annotated[
        str, typer.Option(help="Corpus field (JSONL key, CSV column) holding the text.")
    ] = "text",
    id_field: Annotated[
        str,
        typer.Option(help="Corpus field holding the article id (else line/row number)."),
    ] = "id",
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Read subdirectories of directories too.")
    ] = False,
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
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint. [env: OPENAI_BASE_URL]")
    ] = None,
    mode: Mode = None,
    provider: Provider = None,
    api_key_env: Annotated[
        str | None,
        typer.Option(
            help="Environment variable holding the key [default: FACTX_API_KEY, else the "
            "provider's own, e.g. ANTHROPIC_API_KEY; OPENAI_API_KEY for api.openai.com only]."
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            help="KEY=VALUE added to every request body (repeatable; VALUE read as JSON if "
            "it is). A token-limit name replaces factx's own."
        ),
    ] = None,
    no_temperature: Annotated[
        bool, typer.Option(help="Send no temperature (for models that accept only their own).")
    ] = False,
    context_window: Annotated[
        int | None,
        typer.Option(
            min=1024,
            help="The model's context window in tokens: articles are split to fit "
            "[default: 4096 for Ollama, else unknown].",
        ),
    ] = None,
    max_retries: Annotated[
        int, typer.Option(min=0, max=10, help="Re-asks after an invalid or ungrounded answer.")
    ] = 2,
    max_tokens: Annotated[
        int, typer.Option(min=256, help="Longest reply the model may give.")
    ] = 8192,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds to wait for each read of an LLM response.")
    ] = 120.0,
    deadline: Annotated[
        float, typer.Option(min=0.1, help="Seconds one LLM response may take in all.")
    ] = 600.0,
    max_retry_after: Annotated[
        float,
        typer.Option(min=0, help="Longest pause in seconds a server's Retry-After gets."),
    ] = 120.0,
    concurrency: Annotated[
        int,
        typer.Option(
            min=1,
            max=256,
            help="Requests in flight at once, shared by all articles and the chunks of a long "
            "one (also the most articles in progress).",
        ),
    ] = 8,
    rpm: Annotated[
        float | None, typer.Option(min=1, help="Most requests per minute to send.")
    ] = None,
    tpm: Annotated[
        float | None,
        typer.Option(min=1, help="Most tokens per minute to send (estimated from request size)."),
    ] = None,
    max_chars: Annotated[
        int | None,
        typer.Option(
            min=1000, help="Split longer articles into chunks for the LLM. [default: 24000]"
        ),
    ] = None,
    overwrite: Annotated[
        bool, typer.Option(help="Start the output file afresh instead of resuming it.")
    ] = False,
    prices: Annotated[
        Path | None,
        typer.Option(
            help="JSON price table {model: [input, output]} in USD per 1M tokens. "
            "[env: FACTX_PRICES]"
        ),
    ] = None,
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
    from factx.llm.config import LLMConfig, RetryPolicy, parse_params
    from factx.llm.ratelimit import RateLimiter
    from factx.output import OutputError
    from factx.progress import Progress

    config = LLMConfig.from_env(
        api_key_env=api_key_env,
        model=model,
        base_url=base_url,
        mode=mode,
        provider=provider,
        params=parse_params(param or []),
        no_temperature=no_temperature,
        context_window=context_window,
        max_retries=max_retries,
        max_tokens=max_tokens,
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

    def show(result: ArticleResult) -> None:
        for warning in result.warnings:
            progress.note(f"warning: {warning}")
        if result.error:
            progress.note(f"error: {result.article.path}: {result.error.message}")
        progress.advance(result)

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
        Path, typer.Option(help="Directory of gold files (format: seeds/gold/README.md).")
    ],
    articles: Annotated[
        list[Path] | None,
        typer.Option(help="Where to find article texts if not at their recorded paths."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of the table.")
    ] = False,
) -> None:
    """Score predictions against gold: precision, recall and F1 per record type, for each
    extractor setup (extractor, model, prompt) the file holds."""
    from factx.evaluate import by_setup, evaluate, load_gold, load_predictions, table

    expected = load_gold(gold)
    setups = by_setup(load_predictions(predictions))
    scored = {label: evaluate(lines, expected, articles or []) for label, lines in setups.items()}
    for label, result in scored.items():
        for warning in result.warnings:
            warn(f"warning: {label}: {warning}" if len(scored) > 1 else f"warning: {warning}")
    if as_json:
        data = {label: result.as_dict() for label, result in scored.items()}
        typer.echo(json.dumps(data if len(data) > 1 else data.popitem()[1], ensure_ascii=False))
    else:
        many = len(scored) > 1
        typer.echo("\n\n".join(f"== {k}\n" * many + table(r) for k, r in scored.items()))


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
    predictions: Annotated[Path, typer.Argument(help="JSONL written by factx extract.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "report.html"
    ),
    articles: Annotated[
        list[Path] | None,
        typer.Option(help="Where to find article texts if not at their recorded paths."),
    ] = None,
) -> None:
    """Write one self-contained HTML page to review every record against its article."""
    from factx.evaluate import load_predictions
    from factx.report import render

    results = load_predictions(predictions)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(
            render(results, articles or [], title=f"factx review: {predictions.name}"),
            encoding="utf-8",
        )
    except OSError as exc:
        raise FactxError(f"{output}: cannot write report ({exc.strerror or exc})") from None
    warn(f"{len(results)} articles -> {output}")


cassettes_app = typer.Typer(
    help="Check, author and prune recorded LLM exchanges (cassettes).", no_args_is_help=True
)
app.add_typer(cassettes_app, name="cassettes")


@cassettes_app.command("check")
def cassettes_check(
    directory: Annotated[Path, typer.Argument(help="Cassette directory.")] = Path("cassettes"),
) -> None:
    """Verify every cassette parses, hashes to its name and holds no secret."""
    from factx.llm.cassettes import CassetteStore

    store = CassetteStore(directory)
    problems = list(store.check())
    for problem in problems:
        warn(f"error: {problem}")
    warn(f"{len(store.files())} cassettes checked, {len(problems)} problems")
    if problems:
        raise typer.Exit(1)


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
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
