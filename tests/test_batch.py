"""Batch runs: concurrency, order, faults, resume after a kill, Ctrl-C, chunking, usage."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from factx.batch import (
    OutputError,
    ResultFile,
    Summary,
    extract_paths,
    extract_to_file,
    open_output,
    run,
    setup_of,
)
from factx.errors import FactxError
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.llm.ratelimit import RateLimiter
from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor
from factx.schemas import ArticleResult
from factx.testing import FakeOpenAI, Reply, answer, completion, faulty
from tests.helpers import FAST_RETRY, ROOT, draft

GOOD = draft(
    figures=[
        {
            "evidence": "3% pay rise",
            "raw": "3%",
            "value": 3,
            "unit": "percent",
            "measures": "pay rise",
        }
    ]
)


def articles(directory: Path, count: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = directory / f"{n:04d}.txt"
        path.write_text(
            f"Article {n}. Staff at site {n} were offered a 3% pay rise.\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def collect(
    paths: list[Path], extractor: object, **options: object
) -> tuple[list[ArticleResult], Summary]:
    out: list[ArticleResult] = []
    summary = asyncio.run(run([str(p) for p in paths], extractor, out.append, **options))  # type: ignore[arg-type]
    return out, summary


def test_two_hundred_articles_under_every_fault_are_each_accounted_for_once(tmp_path: Path) -> None:
    paths = articles(tmp_path / "in", 200)
    with FakeOpenAI(faulty(answer(GOOD), rate=0.3, delay=1.0)) as server:
        extractor = LLMExtractor(
            LLMConfig(base_url=server.url, model="m", retry=FAST_RETRY, timeout=0.4, max_retries=2)
        )
        results, summary = collect(paths, extractor, concurrency=16)
    assert [r.article.path for r in results] == [str(p) for p in paths], (
        "one line per article, in input order"
    )
    assert summary.ok + summary.failed == 200
    assert summary.ok >= 190, [r.error for r in results if r.error]
    assert all((r.status == "failed") == (r.error is not None) for r in results)
    assert len(server.requests) > 200, "faults were injected and retried"


def test_order_is_kept_when_later_articles_finish_first(tmp_path: Path) -> None:
    paths = articles(tmp_path / "in", 6)

    slow, fast = answer(GOOD, delay=0.6), answer(GOOD)
    with FakeOpenAI(
        lambda request: (slow if "Article 0." in json.dumps(request) else fast)(request)
    ) as server:
        results, _ = collect(
            paths,
            LLMExtractor(LLMConfig(base_url=server.url, model="m", retry=FAST_RETRY)),
            concurrency=6,
        )
    assert [Path(r.article.path).name for r in results] == [p.name for p in paths]


def test_a_429_is_retried_through_the_shared_limiter(tmp_path: Path) -> None:
    paths = articles(tmp_path / "in", 12)
    arrivals: list[int] = []

    def script(request: dict) -> Reply:
        if not arrivals:
            arrivals.append(429)
            return Reply(429, {"error": {"message": "slow down"}}, {"retry-after": "0.2"})
        arrivals.append(200)
        return completion(request, GOOD)

    limiter = RateLimiter(concurrency=4)
    with FakeOpenAI(script) as server:
        extractor = LLMExtractor(
            LLMConfig(base_url=server.url, model="m", retry=FAST_RETRY), limiter=limiter
        )
        results, _ = collect(paths, extractor, concurrency=4)
    assert all(r.status == "ok" for r in results) and limiter.throttled == 1
    assert arrivals.count(429) == 1 and len(arrivals) == 13, "the 429'd request went again"


def factx(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FACTX_"))}
    return subprocess.Popen(
        [sys.executable, "-m", "factx", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**clean, **(env or {})},
    )


def lines(file: Path) -> list[dict]:
    return [
        json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_cli_with_429s_and_500s_exits_0_with_every_article_once(tmp_path: Path) -> None:
    articles(tmp_path / "in", 24)
    out = tmp_path / "out.jsonl"
    with FakeOpenAI(faulty(answer(GOOD), rate=0.3, kinds=("429", "500"))) as server:
        proc = factx(
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--base-url",
            server.url,
            "--model",
            "m",
            "--concurrency",
            "8",
        )
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    names = [Path(r["article"]["path"]).name for r in lines(out)]
    assert names == sorted(names) and len(set(names)) == 24
    assert "24 ok, 0 failed" in stderr and "requests" in stderr and "tokens" in stderr


def wait_for_lines(file: Path, count: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if file.exists() and len(file.read_text(encoding="utf-8").splitlines()) >= count:
            return
        time.sleep(0.05)
    raise AssertionError("the run did not get far enough")


def interrupted_run(
    tmp_path: Path, count: int, after: int, sig: signal.Signals
) -> tuple[Path, str, int | None]:
    """Start a slow run over `count` articles, send `sig` once `after` lines are out."""
    articles(tmp_path / "in", count)
    out = tmp_path / "out.jsonl"
    with FakeOpenAI([answer(GOOD, delay=0.3)]) as server:
        proc = factx(
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--base-url",
            server.url,
            "--model",
            "m",
            "--concurrency",
            "2",
        )
        wait_for_lines(out, after, proc)
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=30)
    return out, stderr, proc.returncode


def test_killed_run_resumes_without_redoing_finished_articles(tmp_path: Path) -> None:
    out, _, _ = interrupted_run(tmp_path, 12, 4, signal.SIGKILL)
    with out.open("a", encoding="utf-8") as stream:
        stream.write('{"article": {"path": "cut-short')  # what a kill mid-write leaves
    finished = len(
        lines_before := [x for x in out.read_text(encoding="utf-8").splitlines() if x.endswith("}")]
    )
    with FakeOpenAI([answer(GOOD)]) as server:
        rerun = factx(
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--base-url",
            server.url,
            "--model",
            "m",
        )
        _, stderr = rerun.communicate(timeout=120)
        again = len(server.requests)
    assert rerun.returncode == 0, stderr
    assert again == 12 - finished and lines_before
    names = [Path(r["article"]["path"]).name for r in lines(out)]
    assert sorted(names) == [f"{n:04d}.txt" for n in range(12)]
    assert f"{finished} articles already done" in stderr


def test_failed_articles_are_redone_on_resume_and_appear_once(tmp_path: Path) -> None:
    articles(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    with FakeOpenAI([Reply(400, {"error": {"message": "bad"}})]) as server:
        first = factx(
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--base-url",
            server.url,
            "--model",
            "m",
        )
        first.communicate(timeout=60)
    assert first.returncode == 1 and [r["status"] for r in lines(out)] == ["failed"] * 3
    with FakeOpenAI([answer(GOOD)]) as server:
        second = factx(
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--base-url",
            server.url,
            "--model",
            "m",
        )
        second.communicate(timeout=60)
    assert second.returncode == 0 and [r["status"] for r in lines(out)] == ["ok"] * 3


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    out, stderr, returncode = interrupted_run(tmp_path, 20, 2, signal.SIGINT)
    assert returncode == 130
    assert "run the same command again to resume" in stderr and "Traceback" not in stderr
    assert all(r["status"] == "ok" for r in lines(out)) and len(lines(out)) < 20


def test_usage_and_cost_ledger(tmp_path: Path) -> None:
    paths = articles(tmp_path / "in", 3)
    bad = draft(figures=[{**GOOD["figures"][0], "value": 4}])
    with FakeOpenAI([answer(bad), answer(GOOD)]) as server:
        known = LLMExtractor(LLMConfig(base_url=server.url, model="gpt-4o-mini", retry=FAST_RETRY))
        results, summary = collect(paths, known, concurrency=1)
    assert results[0].provenance.usage.requests == 2, "the re-ask is counted"
    assert summary.usage.requests == 4 and summary.usage.total_tokens == 4 * 120
    assert summary.cost_usd == pytest.approx(4 * (100 * 0.15 + 20 * 0.60) / 1e6)
    assert "~$0.0001" in summary.line()
    with FakeOpenAI([answer(GOOD)]) as server:
        _, unknown = collect(
            paths[:1],
            LLMExtractor(LLMConfig(base_url=server.url, model="house-model", retry=FAST_RETRY)),
        )
    assert unknown.cost_usd is None and "cost unknown" in unknown.line()


def test_result_file_drops_cut_lines_and_keeps_other_models(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    ok = extract_text("Nurses rejected the 3% offer.", RulesExtractor(), path="a.txt")
    other = ok.model_copy(
        update={"provenance": ok.provenance.model_copy(update={"model": "other"})}
    )
    out.write_text(
        ok.model_dump_json() + "\n" + other.model_dump_json() + "\n" + '{"cut', encoding="utf-8"
    )
    sink = ResultFile(out, ("rules", ok.provenance.model, None))
    sink.close()
    assert sink.dropped == 1 and len(sink.done) == 2
    assert len(out.read_text().splitlines()) == 2


def test_an_unrelated_output_file_is_never_overwritten_by_a_resume(tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    out.write_text("my notes\nmore notes\n", encoding="utf-8")
    with pytest.raises(
        FactxError, match=r"notes.txt:1: not a factx result line; refusing to resume"
    ):
        ResultFile(out, ("rules", None, None))
    assert out.read_text(encoding="utf-8") == "my notes\nmore notes\n"


def test_lines_from_another_setup_are_kept_and_said(tmp_path: Path) -> None:
    from tests.helpers import run_factx

    out = tmp_path / "out.jsonl"
    assert run_factx("extract", "seeds/", "-o", str(out)).returncode == 0
    again = run_factx("extract", "seeds/", "-o", str(out), "--cassette-mode", "replay")
    assert again.returncode == 0 and "already done" not in again.stderr
    assert "also holds 2 results from another extractor" in again.stderr
    assert [r["provenance"]["extractor"] for r in lines(out)] == ["rules", "rules", "llm", "llm"]


def test_extract_paths_runs_articles_concurrently_in_input_order(tmp_path: Path) -> None:
    paths = articles(tmp_path / "in", 8)
    in_flight, most = 0, 0
    lock = threading.Lock()
    both_in = threading.Barrier(2, timeout=10)

    def script(request: dict) -> Reply:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_in.wait()  # returns only once two requests are open at the same time
        with lock:
            in_flight -= 1
        return completion(request, GOOD)

    with FakeOpenAI(script) as server:
        extractor = LLMExtractor(LLMConfig(base_url=server.url, model="m", retry=FAST_RETRY))
        results = list(extract_paths([str(p) for p in paths], extractor, concurrency=4))
    assert [r.article.path for r in results] == [str(p) for p in paths]
    assert all(r.status == "ok" for r in results) and most >= 2


def test_extract_paths_works_inside_a_running_event_loop(tmp_path: Path) -> None:
    """A notebook runs its own loop: the library call must not need the caller's."""
    paths = articles(tmp_path / "in", 3)

    async def notebook_cell() -> list[ArticleResult]:
        return list(extract_paths([str(p) for p in paths], RulesExtractor()))

    results = asyncio.run(notebook_cell())
    assert [r.status for r in results] == ["ok"] * 3


def test_closing_extract_paths_early_stops_the_run(tmp_path: Path) -> None:
    paths = articles(tmp_path / "in", 50)
    stream = extract_paths([str(p) for p in paths], RulesExtractor(), concurrency=2)
    first = next(stream)
    stream.close()
    assert first.article.path == str(paths[0])
    assert not any(t.name.startswith("factx") for t in threading.enumerate() if t.is_alive())


RULES = RulesExtractor()
SETUP = setup_of(RULES)


def test_syndicated_copies_are_separate_articles_on_resume(tmp_path: Path) -> None:
    """200 copies of one wire story, interrupted after 26 and run again: 200 lines, not 26."""
    paths = []
    for n in range(200):
        path = tmp_path / "in" / f"outlet{n:03d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text("Nurses rejected the 3% pay offer, said Ann Lee.\n", encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "out.jsonl"
    written = 0

    def stop_after_26(result: ArticleResult) -> None:
        nonlocal written
        written += 1
        if written == 26:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract_to_file(paths, RULES, out, concurrency=4, on_result=stop_after_26)
    done = len(lines(out))  # 26, and those already finished when it stopped
    assert 26 <= done < 200
    summary = extract_to_file(paths, RULES, out)
    ids = [r["article"]["id"] for r in lines(out)]
    assert summary.skipped == done and summary.ok == 200 - done
    assert len(ids) == 200 and len(set(ids)) == 200


def test_a_one_line_file_that_is_not_ours_is_never_taken_for_a_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    out.write_text("my only line, no newline", encoding="utf-8")
    with pytest.raises(FactxError, match=r"notes.txt:1: not a factx result line; refusing"):
        ResultFile(out, SETUP)
    assert out.read_text(encoding="utf-8") == "my only line, no newline"


def test_a_torn_line_after_a_result_line_is_dropped_and_said(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    ok = extract_text("Nurses rejected the 3% offer.", RULES, path="a.txt")
    out.write_text(ok.model_dump_json() + "\n" + '{"article": {"pa', encoding="utf-8")
    sink = ResultFile(out, SETUP)
    sink.close()
    assert sink.dropped == 1 and any("cut short" in n for n in sink.notices)
    assert out.read_text(encoding="utf-8") == ok.model_dump_json() + "\n"


def test_a_complete_bad_line_at_the_end_is_refused_too(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    ok = extract_text("Nurses rejected the 3% offer.", RULES, path="a.txt")
    content = ok.model_dump_json() + "\nsomething else\n"
    out.write_text(content, encoding="utf-8")
    with pytest.raises(FactxError, match="out.jsonl:2: not a factx result line"):
        ResultFile(out, SETUP)
    assert out.read_text(encoding="utf-8") == content


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = ResultFile(out, SETUP)
    try:
        with pytest.raises(FactxError, match="another factx run is writing this file"):
            ResultFile(out, SETUP)
        with pytest.raises(FactxError, match="another factx run"):
            ResultFile(out, SETUP, resume=False)  # --overwrite waits its turn too
    finally:
        first.close()
    ResultFile(out, SETUP).close()  # free again once the first run ends


def test_duplicate_lines_from_two_runs_are_dropped_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    ok = extract_text("Nurses rejected the 3% offer.", RULES, path="a.txt").model_dump_json()
    out.write_text(f"{ok}\n{ok}\n", encoding="utf-8")
    sink = ResultFile(out, SETUP)
    sink.close()
    assert sink.duplicates == 1 and any("duplicate" in n for n in sink.notices)
    assert out.read_text(encoding="utf-8") == ok + "\n"


def test_overwrite_replaces_what_a_symlink_points_at_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.jsonl"
    target.write_text("old results\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    (tmp_path / "a.txt").write_text("Nurses rejected the 3% offer.", encoding="utf-8")
    extract_to_file([str(tmp_path / "a.txt")], RULES, link, overwrite=True)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert [r["status"] for r in lines(target)] == ["ok"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_overwrite_writes_into_a_pipe_and_never_replaces_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text("Nurses rejected the 3% offer.", encoding="utf-8")
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    extract_to_file([str(tmp_path / "a.txt")], RULES, fifo, overwrite=True)
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the pipe is still a pipe"
    assert json.loads(received[0])["status"] == "ok"


def test_a_directory_or_a_block_device_is_no_output(tmp_path: Path) -> None:
    with pytest.raises(FactxError, match="is a directory"):
        open_output(tmp_path, SETUP)


def test_a_failed_write_stops_the_run_and_keeps_earlier_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(p) for p in articles(tmp_path / "in", 8)]
    out = tmp_path / "out.jsonl"
    real_write = os.write
    calls = 0

    def disk_fills_up(fd: int, data: bytes) -> int:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr("factx.batch.os.write", disk_fills_up)
    with pytest.raises(OutputError, match="out.jsonl: cannot write \\(No space left on device\\)"):
        extract_to_file(paths, RULES, out)
    monkeypatch.undo()
    assert [Path(r["article"]["path"]).name for r in lines(out)] == [
        "0000.txt",
        "0001.txt",
        "0002.txt",
    ]


def test_an_input_that_is_the_output_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Nurses rejected the 3% offer.", encoding="utf-8")
    for overwrite in (False, True):
        with pytest.raises(FactxError, match="a.txt is both an input and the output"):
            extract_to_file([str(article)], RULES, article, overwrite=overwrite)
    assert article.read_text(encoding="utf-8") == "Nurses rejected the 3% offer."


def test_record_ids_are_stable_across_runs_and_extractors_and_differ_by_article() -> None:
    from tests.helpers import ARTICLE, GOOD, llm_extractor

    with FakeOpenAI([answer(GOOD)]) as server:
        llm = extract_text(ARTICLE, llm_extractor(server.url), path="a.txt")
    rules = extract_text(ARTICLE, RULES, path="a.txt")
    again = extract_text(ARTICLE, RULES, path="a.txt")
    copy = extract_text(ARTICLE, RULES, path="b.txt")

    def ids(result: ArticleResult) -> dict[tuple[str, int, int], str]:
        return {
            (kind, r.evidence.start, r.evidence.end): r.id
            for kind in ("claims", "figures", "positions")
            for r in getattr(result, kind)
        }

    shared = ids(llm).keys() & ids(rules).keys()
    assert shared, "both extractors found some record on the same span"
    assert all(ids(llm)[key] == ids(rules)[key] for key in shared)
    assert ids(rules) == ids(again)
    assert not set(ids(rules).values()) & set(ids(copy).values())
    assert all(len(i) == 16 for i in ids(rules).values())


def test_a_duplicate_article_id_fails_that_article(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": "x", "text": "One offer."}, {"id": "x", "text": "Another offer."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    results, summary = collect([corpus], RULES)
    assert [r.status for r in results] == ["ok", "failed"] and summary.failed == 1
    assert results[1].error and "duplicate article id 'x'" in results[1].error.message
