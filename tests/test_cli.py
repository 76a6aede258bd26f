"""The `factx` command, run as a real subprocess (exit codes, stderr, files)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factx import __version__
from factx.schemas import ArticleResult
from factx.testing import FakeOpenAI, Reply, answer
from tests.helpers import ARTICLE, GOOD, ROOT, modules_loaded_by, read_lines
from tests.helpers import run_factx as factx


def test_help_lists_the_commands() -> None:
    out = factx("--help")
    assert out.returncode == 0
    assert "extract" in out.stdout and "schema" in out.stdout and "export" in out.stdout
    assert factx("-h").stdout == out.stdout


def test_version() -> None:
    out = factx("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"factx {__version__}"


def test_extract_help_shows_env_vars_defaults_and_choices() -> None:
    out = " ".join(factx("extract", "-h").stdout.split())  # as read, whatever the wrapping
    for shown in (
        "[env: FACTX_MODEL; default: gpt-4o-mini]",
        "[env: OPENAI_BASE_URL]",
        "[env: FACTX_CASSETTE_MODE; default: off]",
        "{model: [input, output]}",
        "--backend <llm|rules>",
        "--mode <tools|json_schema|json|md_json>",
        "--format <auto|text|jsonl|csv>",
    ):
        assert shown in out, shown


def test_eval_needs_gold_or_review_marks() -> None:
    run = factx("eval", "whatever.jsonl")
    assert run.returncode == 2 and "eval needs --gold DIR" in run.stderr


def test_eval_review_gives_precision_from_marks_per_setup(tmp_path: Path) -> None:
    out = tmp_path / "both.jsonl"
    assert factx("extract", "seeds/", "-o", str(out)).returncode == 0
    replay = factx("extract", "seeds/", "-o", str(out), "--cassette-mode", "replay")
    assert replay.returncode == 0, replay.stderr
    rules, llm = (
        ArticleResult.model_validate_json(line) for line in out.read_text().splitlines()[::2]
    )
    rules_ids = {c.id for c in rules.claims}
    llm_ids = {c.id for c in llm.claims}
    shared, only_rules = sorted(rules_ids & llm_ids)[0], sorted(rules_ids - llm_ids)[0]
    marks = tmp_path / "marks.jsonl"
    marks.write_text(
        json.dumps({"record_id": shared, "verdict": "correct", "note": ""})
        + "\n"
        + json.dumps({"record_id": only_rules, "verdict": "wrong", "note": "not a quote"})
        + "\n"
        + json.dumps({"record_id": "gone", "verdict": "unsure", "note": ""})
        + "\n"
    )
    run = factx("eval", str(out), "--review", str(marks), "--json")
    assert run.returncode == 0, run.stderr
    assert "1 marks name no record" in run.stderr
    scores = {label.split()[0]: value for label, value in json.loads(run.stdout).items()}
    assert scores["rules"]["claims"]["precision"] == 0.5
    assert scores["rules"]["claims"]["marked"] == 2
    assert scores["llm"]["claims"]["precision"] == 1.0
    assert scores["llm"]["figures"]["precision"] is None
    table = factx("eval", str(out), "--review", str(marks)).stdout
    assert table.count("== ") == 2 and "precision = correct / (correct + wrong)" in table
    both = factx("eval", str(out), "--review", str(marks), "--gold", "seeds/gold")
    assert both.returncode == 2 and "not both" in both.stderr and not both.stdout


def test_eval_scores_each_setup_of_a_mixed_file_separately(tmp_path: Path) -> None:
    out = tmp_path / "both.jsonl"
    assert factx("extract", "seeds/", "-o", str(out)).returncode == 0
    replay = factx("extract", "seeds/", "-o", str(out), "--cassette-mode", "replay")
    assert replay.returncode == 0, replay.stderr
    run = factx("eval", str(out), "--gold", "seeds/gold", "--json")
    assert run.returncode == 0, run.stderr
    scores = json.loads(run.stdout)
    assert [label.split()[0] for label in scores] == ["rules", "llm"]
    for label, result in scores.items():
        alone = tmp_path / f"{label.split()[0]}.jsonl"
        alone.write_text(
            "".join(
                line + "\n"
                for line in out.read_text().splitlines()
                if json.loads(line)["provenance"]["extractor"] == label.split()[0]
            )
        )
        single = json.loads(factx("eval", str(alone), "--gold", "seeds/gold", "--json").stdout)
        assert result["claims"] == single["claims"] and result["claims"]["f1"] > 0
    table = factx("eval", str(out), "--gold", "seeds/gold").stdout
    assert table.count("== ") == 2


def test_a_text_file_given_as_its_own_output_is_left_alone(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for extra in ((), ("--overwrite",)):
        run = factx("extract", str(article), "-o", str(article), "--backend", "rules", *extra)
        assert run.returncode == 2 and "both an input and the output" in run.stderr
        assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_file_of_someone_else_is_never_resumed_into(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("one line of notes", encoding="utf-8")
    run = factx("extract", str(tmp_path / "a.txt"), "-o", str(notes), "--backend", "rules")
    assert run.returncode == 2 and "notes.txt:1: not a factx result line" in run.stderr
    assert notes.read_text(encoding="utf-8") == "one line of notes"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = factx("extract", str(tmp_path / "a.txt"), "-o", "/dev/full", "--backend", "rules")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [
        "factx: error: /dev/full: cannot write (No space left on device); stopped, every line "
        "written before is intact"
    ]


def test_dev_stdout_into_a_pipe_is_written_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = factx("extract", str(tmp_path / "a.txt"), "-o", "/dev/stdout", "--backend", "rules")
    assert run.returncode == 0, run.stderr
    assert ArticleResult.model_validate_json(run.stdout).status == "ok"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_among_the_inputs_fails_alone_and_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = factx(
        "extract", str(tmp_path / "pipe.txt"), str(tmp_path / "a.txt"), "--backend", "rules"
    )
    assert run.returncode == 1 and "pipe.txt: not a regular file" in run.stderr
    assert [json.loads(line)["status"] for line in run.stdout.splitlines()] == ["failed", "ok"]


def test_a_corpus_on_stdin_keeps_ids_and_meta() -> None:
    rows = [{"id": "bbc-1", "url": "https://bbc.example/1", "text": ARTICLE}]
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    run = factx("extract", "-", "--format", "jsonl", "--backend", "rules", stdin=stdin)
    assert run.returncode == 0, run.stderr
    article = json.loads(run.stdout)["article"]
    assert (article["id"], article["path"], article["meta"]) == (
        "bbc-1",
        "-#1",
        {"url": "https://bbc.example/1"},
    )


def test_skipped_files_are_counted_and_named_with_v(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "2024").mkdir()
    quiet = factx("extract", str(tmp_path), "--backend", "rules")
    assert "skipped 2 entries that are not inputs (-v names them)" in quiet.stderr
    loud = factx("extract", str(tmp_path), "--backend", "rules", "-v")
    assert f"skipped {tmp_path / 'photo.jpg'}" in loud.stderr
    assert f"skipped {tmp_path / '2024'}/ (a directory; --recursive reads it)" in loud.stderr


def test_extract_against_a_server_writes_one_line_per_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(ARTICLE, encoding="utf-8")
    out_file = tmp_path / "out" / "result.jsonl"
    with FakeOpenAI([answer(GOOD)]) as server:
        run = factx(
            "extract", str(tmp_path), "-o", str(out_file), "--base-url", server.url, "--model", "m"
        )
    assert run.returncode == 0, run.stderr
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        result = ArticleResult.model_validate_json(line)
        assert result.status == "ok" and result.provenance.model == "m"
        for record in (*result.claims, *result.figures, *result.positions):
            assert ARTICLE[record.evidence.start : record.evidence.end] == record.evidence.text
    assert "2 ok, 0 failed" in run.stderr


def test_stdin_to_stdout() -> None:
    with FakeOpenAI([answer(GOOD)]) as server:
        run = factx("extract", "-", "--base-url", server.url, stdin=ARTICLE)
    assert run.returncode == 0, run.stderr
    (line,) = run.stdout.splitlines()
    assert json.loads(line)["article"]["path"] == "-"


def test_bad_articles_fail_one_by_one_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n ")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "latin.txt").write_bytes(ARTICLE.encode("utf-8").replace(b"Ruiz", b"Ru\xedz"))
    out_file = tmp_path / "out.jsonl"
    latin_good = json.loads(json.dumps(GOOD).replace("Ruiz", "Ruíz"))
    with FakeOpenAI(
        lambda request: answer(latin_good if "Ruíz" in str(request) else GOOD)(request)
    ) as server:
        run = factx(
            "extract",
            str(tmp_path),
            str(tmp_path / "missing.txt"),
            "-o",
            str(out_file),
            "--base-url",
            server.url,
        )
    assert run.returncode == 1
    results = {
        Path(r["article"]["path"]).name: r
        for r in map(json.loads, out_file.read_text().splitlines())
    }
    assert {k: v["status"] for k, v in results.items()} == {
        "binary.txt": "failed",
        "blank.txt": "failed",
        "empty.txt": "failed",
        "good.txt": "ok",
        "latin.txt": "ok",
        "missing.txt": "failed",
    }
    assert "cp1252" in results["latin.txt"]["warnings"][0]
    errors = [line for line in run.stderr.splitlines() if "error:" in line]
    assert len(errors) == 4 and all(".txt: " in line for line in errors)
    assert "Traceback" not in run.stderr


def test_no_endpoint_falls_back_to_the_rules_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    run = factx("extract", str(tmp_path / "a.txt"))
    assert run.returncode == 0, run.stderr
    assert "using the offline rules extractor" in run.stderr and "OPENAI_API_KEY" in run.stderr
    result = ArticleResult.model_validate_json(run.stdout)
    assert result.provenance.extractor == "rules" and result.claims


def test_llm_backend_without_endpoint_is_one_line_and_nonzero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    run = factx("extract", str(tmp_path / "a.txt"), "--backend", "llm")
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "OPENAI_API_KEY" in run.stderr


def test_empty_directory_is_one_line(tmp_path: Path) -> None:
    run = factx("extract", str(tmp_path), "--base-url", "http://127.0.0.1:9/v1")
    assert (
        run.returncode == 2
        and "holds no .txt, .md, .jsonl or .csv" in run.stderr
        and "Traceback" not in run.stderr
    )


def test_schema_out_matches_committed(tmp_path: Path) -> None:
    run = factx("schema", "--out", str(tmp_path))
    assert run.returncode == 0
    for file in (ROOT / "schemas").glob("*.json"):
        assert (tmp_path / file.name).read_text() == file.read_text()


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "grep -A1 '^# run the tests' README.md" in script
    command = readme.split("# run the tests", 1)[1].splitlines()[1]
    assert command.endswith("-m pytest") and "pip install" in command


def test_seed_replay_and_a_miss_from_the_command_line(tmp_path: Path) -> None:
    ok = factx("extract", "seeds/", "--cassette-mode", "replay", "-o", str(tmp_path / "out.jsonl"))
    assert ok.returncode == 0, ok.stderr
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2
    miss = factx(
        "extract",
        "seeds/000_c77f903431b060af.txt",
        "--cassette-mode",
        "replay",
        "--model",
        "another-model",
    )
    assert (
        miss.returncode == 1 and "model changed" in miss.stderr and "Traceback" not in miss.stderr
    )
    check = factx("cassettes", "check")
    assert check.returncode == 0 and "0 problems" in check.stderr


def test_unknown_cassette_mode_is_one_line() -> None:
    run = factx("extract", "seeds/", "--cassette-mode", "sometimes")
    assert run.returncode == 2 and "'sometimes' is not one of 'off', 'record'" in run.stderr


def test_report_command_writes_a_page(tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    assert factx("extract", "seeds/", "-o", str(out)).returncode == 0
    run = factx("report", str(out), "-o", str(tmp_path / "page.html"))
    assert run.returncode == 0 and "warning" not in run.stderr, run.stderr
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.count('"missing":null') == 2 and 'id="factx-data"' in page


def test_report_says_on_stderr_when_article_text_is_missing(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert factx("extract", str(article), "-o", str(out)).returncode == 0
    article.unlink()
    run = factx("report", str(out), str(out), "-o", str(tmp_path / "page.html"))
    assert run.returncode == 0 and run.stderr.count("article text not found") == 1, run.stderr
    assert "(out.jsonl)" in (tmp_path / "page.html").read_text(encoding="utf-8")  # two runs


def test_eval_with_a_bad_gold_dir_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "p.jsonl").write_text("")
    run = factx("eval", str(tmp_path / "p.jsonl"), "--gold", str(tmp_path))
    assert run.returncode == 2 and "no gold files" in run.stderr and "Traceback" not in run.stderr


def test_the_rules_path_loads_no_http_stack(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code = (
        "from factx.cli import app\n"
        f"app(['extract', {str(tmp_path / 'a.txt')!r}, '--backend', 'rules', "
        f"'-o', {str(tmp_path / 'out.jsonl')!r}], standalone_mode=False)"
    )
    loaded = modules_loaded_by(code)
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count('"status":"ok"') == 1
    assert not loaded & {"openai", "instructor", "httpx", "httpcore", "tenacity"}


def test_providers_lists_every_profile() -> None:
    run = factx("providers")
    assert run.returncode == 0
    for name in ("openai", "azure", "anthropic", "ollama", "vllm", "llamacpp", "lmstudio"):
        assert f"\n{name} " in f"\n{run.stdout}"
    assert "OLLAMA_CONTEXT_LENGTH" in run.stdout and "AZURE_OPENAI_API_KEY" in run.stdout


def test_a_base_url_that_is_not_http_is_refused_before_anything_runs() -> None:
    for bad in ("not a url", "ftp://x"):
        run = factx("extract", "seeds/", "--base-url", bad)
        assert run.returncode == 2 and run.stderr.count("\n") == 1
        assert f"base URL {bad!r} is not an http(s) URL" in run.stderr


def test_a_run_whose_first_articles_fail_alike_stops_with_cause_and_fix(tmp_path: Path) -> None:
    for n in range(6):
        (tmp_path / f"{n}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with FakeOpenAI([answer(GOOD)], profile="reasoning") as server:
        run = factx(
            "extract",
            str(tmp_path),
            "-o",
            str(out),
            "--base-url",
            server.url,
            "--model",
            "o3",
            "--concurrency",
            "1",
            "--param",
            "max_tokens=100",
        )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert len(server.requests) == 3, "no article started after the third failed the same way"
    last = run.stderr.splitlines()[-1]
    assert "HTTP 400" in last and "max_completion_tokens" in last and "run stopped" in last
    errors = [line for line in run.stderr.splitlines() if "error: " in line][:-1]
    assert len(errors) == 3 and "HTTP 400" in errors[0]
    assert all(line.endswith(": the same endpoint error as above") for line in errors[1:])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all('"status":"failed"' in line for line in lines)


def test_a_dead_endpoint_stops_the_run_without_retrying(tmp_path: Path) -> None:
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(ARTICLE, encoding="utf-8")
    run = factx("extract", str(tmp_path), "--base-url", "http://127.0.0.1:9/v1")
    assert run.returncode == 2
    assert "cannot reach http://127.0.0.1:9/v1" in run.stderr.splitlines()[-1]


def test_a_long_retry_after_is_capped_and_said_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    hour = Reply(429, {"error": {"message": "rate limited"}}, {"retry-after": "3600"})
    with FakeOpenAI([hour, answer(GOOD)]) as server:
        run = factx(
            "extract",
            str(tmp_path / "a.txt"),
            "--base-url",
            server.url,
            "--max-retry-after",
            "0.2",
        )
    assert run.returncode == 0, run.stderr
    assert len(server.requests) == 2
    assert "rate limited (HTTP 429): retrying in 0.2 s, at " in run.stderr
    assert "the server asked for 3600 s, capped by --max-retry-after" in run.stderr


def test_batch_prepare_submit_status_collect_from_the_command_line(tmp_path: Path) -> None:
    from factx.testing import BatchEngine, BatchScript
    from tests.helpers import draft, write_articles

    write_articles(tmp_path / "in", 6)
    empty = answer(draft())
    engine = BatchEngine(empty, BatchScript(errors=0.3, seed=4), step_on_retrieve=True)
    with FakeOpenAI([empty], key="cli-batch-key-0123456789", batches=engine) as server:
        env = {"FACTX_API_KEY": "cli-batch-key-0123456789", "OPENAI_BASE_URL": server.url}
        batch = str(tmp_path / "b")
        prepared = factx("batch", "prepare", str(tmp_path / "in"), "-o", batch, env=env)
        assert prepared.returncode == 0 and "6 articles, 6 requests in 1 files" in prepared.stderr
        assert factx("batch", "submit", batch, env=env).returncode == 0
        watched = factx("batch", "status", batch, "--watch", "--every", "0", env=env)
        assert (
            watched.returncode == 0 and "6/6 requests done (100%), all finished" in watched.stdout
        )
        collected = factx("batch", "collect", batch, "-o", str(tmp_path / "out.jsonl"), env=env)
    assert collected.returncode == 0, collected.stderr
    assert "batch: " in collected.stderr and "synchronous pass: " in collected.stderr
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 6
    missing = factx("batch", "status", str(tmp_path))
    assert missing.returncode == 2 and "no manifest.json" in missing.stderr


def test_cassettes_shard_moves_a_flat_store_and_check_still_passes(tmp_path: Path) -> None:
    import shutil

    store = tmp_path / "cassettes"
    store.mkdir()
    for file in (ROOT / "cassettes").glob("*/*/*.json"):  # the committed store, made flat
        shutil.copy(file, store / file.name)
    moved = factx("cassettes", "shard", str(store))
    assert moved.returncode == 0 and "4 cassettes moved" in moved.stderr
    assert not list(store.glob("*.json")) and len(list(store.glob("*/*/*.json"))) == 4
    checked = factx("cassettes", "check", str(store))
    assert checked.returncode == 0 and "4 cassettes checked, 0 problems" in checked.stderr


def test_a_closed_stderr_loses_the_messages_not_the_results(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to stderr now fails (EPIPE)
    try:
        run = factx("extract", "seeds/", "-o", str(out), stderr=write_end)
    finally:
        os.close(write_end)
    assert run.returncode == 0
    assert [r["status"] for r in read_lines(out)] == ["ok", "ok"]
