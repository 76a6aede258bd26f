"""Batch runs: concurrency, order, faults, resume after a kill, Ctrl-C, chunking, usage."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from factx.batch import (
    Summary,
    extract_paths,
    extract_to_file,
    run,
    setup_of,
)
from factx.errors import FactxError
from factx.extractor import Extractor
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.llm.ratelimit import RateLimiter
from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor
from factx.schemas import ArticleResult
from factx.testing import FakeOpenAI, Reply, answer, completion, faulty
from tests.helpers import FAST_RETRY, draft, read_lines, start_factx, write_articles

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


def collect(
    paths: list[Path], extractor: Extractor, concurrency: int = 8
) -> tuple[list[ArticleResult], Summary]:
    out: list[ArticleResult] = []
    summary = asyncio.run(run([str(p) for p in paths], extractor, out.append, concurrency))
    return out, summary


def test_two_hundred_articles_under_every_fault_are_each_accounted_for_once(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 200)
    with FakeOpenAI(faulty(answer(GOOD), rate=0.3, delay=3.0)) as server:
        extractor = LLMExtractor(
            LLMConfig(base_url=server.url, model="m", retry=FAST_RETRY, timeout=1.0, max_retries=2)
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
    paths = write_articles(tmp_path / "in", 6)

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
    paths = write_articles(tmp_path / "in", 12)
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


def start_extract(directory: Path, out: Path, url: str, *extra: str) -> subprocess.Popen[str]:
    """`factx extract DIRECTORY -o OUT` against the server at `url`, running in the background."""
    return start_factx(
        "extract", str(directory), "-o", str(out), "--base-url", url, "--model", "m", *extra
    )


def test_cli_with_429s_and_500s_exits_0_with_every_article_once(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 24)
    out = tmp_path / "out.jsonl"
    with FakeOpenAI(faulty(answer(GOOD), rate=0.3, kinds=("429", "500"))) as server:
        proc = start_extract(tmp_path / "in", out, server.url, "--concurrency", "8")
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    names = [Path(r["article"]["path"]).name for r in read_lines(out)]
    assert names == sorted(names) and len(set(names)) == 24
    assert "24 ok, 0 failed" in stderr and "requests" in stderr and "tokens" in stderr


def wait_for_lines(file: Path, count: int, proc: subprocess.Popen[str]) -> None:
    """Wait until `file` holds `count` lines. The deadline only bounds a hung run: a loaded
    2-core machine can take a minute to start the process, so it is generous."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if file.exists() and len(file.read_text(encoding="utf-8").splitlines()) >= count:
            return
        time.sleep(0.05)
    if proc.poll() is not None:
        raise AssertionError(f"the run ended early ({proc.returncode}): {proc.communicate()[1]}")
    raise AssertionError("the run did not get far enough in 300 s")


def interrupted_run(
    tmp_path: Path, count: int, after: int, sig: signal.Signals
) -> tuple[Path, str, int | None]:
    """Start a run over `count` articles, send `sig` once `after` lines are out. Requests past
    the first `after` are held until the run has ended, so however slow the machine, the run
    cannot finish them before the signal is handled."""
    write_articles(tmp_path / "in", count)
    out = tmp_path / "out.jsonl"
    signalled = threading.Event()

    def held(request: dict[str, object]) -> Reply:
        signalled.wait(timeout=300)
        return completion(request, GOOD)

    with FakeOpenAI([*[answer(GOOD)] * after, held]) as server:
        proc = start_extract(tmp_path / "in", out, server.url, "--concurrency", "2")
        try:
            wait_for_lines(out, after, proc)
            proc.send_signal(sig)
            _, stderr = proc.communicate(timeout=120)
        finally:
            signalled.set()
    return out, stderr, proc.returncode


def test_killed_run_resumes_without_redoing_finished_articles(tmp_path: Path) -> None:
    out, _, _ = interrupted_run(tmp_path, 12, 4, signal.SIGKILL)
    with out.open("a", encoding="utf-8") as stream:
        stream.write('{"article": {"path": "cut-short')  # what a kill mid-write leaves
    finished = len(
        lines_before := [x for x in out.read_text(encoding="utf-8").splitlines() if x.endswith("}")]
    )
    with FakeOpenAI([answer(GOOD)]) as server:
        rerun = start_extract(tmp_path / "in", out, server.url)
        _, stderr = rerun.communicate(timeout=120)
        again = len(server.requests)
    assert rerun.returncode == 0, stderr
    assert again == 12 - finished and lines_before
    names = [Path(r["article"]["path"]).name for r in read_lines(out)]
    assert sorted(names) == [f"{n:04d}.txt" for n in range(12)]
    assert f"{finished} articles already done" in stderr


def test_failed_articles_are_redone_on_resume_and_appear_once(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    with FakeOpenAI([Reply(400, {"error": {"message": "bad"}})]) as server:
        first = start_extract(tmp_path / "in", out, server.url)
        first.communicate(timeout=60)
    assert first.returncode == 1 and [r["status"] for r in read_lines(out)] == ["failed"] * 3
    with FakeOpenAI([answer(GOOD)]) as server:
        second = start_extract(tmp_path / "in", out, server.url)
        second.communicate(timeout=60)
    assert second.returncode == 0 and [r["status"] for r in read_lines(out)] == ["ok"] * 3


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    out, stderr, returncode = interrupted_run(tmp_path, 20, 2, signal.SIGINT)
    assert returncode == 130
    assert "run the same command again to resume" in stderr and "Traceback" not in stderr
    assert all(r["status"] == "ok" for r in read_lines(out)) and len(read_lines(out)) < 20


def test_usage_and_cost_ledger(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 3)
    bad = draft(figures=[{**GOOD["figures"][0], "value": 4}])
    with FakeOpenAI([answer(bad), answer(GOOD)]) as server:
        known = LLMExtractor(LLMConfig(base_url=server.url, model="gpt-4o-mini", retry=FAST_RETRY))
        results, summary = collect(paths, known, concurrency=1)
    assert results[0].provenance.usage.requests == 2, "the re-ask is counted"
    assert summary.usage.requests == 4 and summary.usage.total_tokens == 4 * 120
    assert summary.cost_usd == pytest.approx(4 * (100 * 0.15 + 20 * 0.60) / 1e6)
    assert "~$0.0001" in summary.line()
    assert results[0].provenance.value_checks == {"verified": 1}
    assert "figure values 3 verified, 0 unverified, 0 rejected" in summary.line()
    with FakeOpenAI([answer(GOOD)]) as server:
        _, unknown = collect(
            paths[:1],
            LLMExtractor(LLMConfig(base_url=server.url, model="house-model", retry=FAST_RETRY)),
        )
    assert unknown.cost_usd is None and "cost unknown" in unknown.line()


def test_lines_from_another_setup_are_kept_and_said(tmp_path: Path) -> None:
    from tests.helpers import run_factx

    out = tmp_path / "out.jsonl"
    assert run_factx("extract", "seeds/", "-o", str(out)).returncode == 0
    again = run_factx("extract", "seeds/", "-o", str(out), "--cassette-mode", "replay")
    assert again.returncode == 0 and "already done" not in again.stderr
    assert "also holds 2 results from another extractor" in again.stderr
    assert [r["provenance"]["extractor"] for r in read_lines(out)] == [
        "rules",
        "rules",
        "llm",
        "llm",
    ]


def test_extract_paths_runs_articles_concurrently_in_input_order(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 8)
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
    paths = write_articles(tmp_path / "in", 3)

    async def notebook_cell() -> list[ArticleResult]:
        return list(extract_paths([str(p) for p in paths], RulesExtractor()))

    results = asyncio.run(notebook_cell())
    assert [r.status for r in results] == ["ok"] * 3


def test_closing_extract_paths_early_stops_the_run(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 50)
    stream = extract_paths([str(p) for p in paths], RulesExtractor(), concurrency=2)
    first = next(stream)
    stream.close()
    assert first.article.path == str(paths[0])
    assert not any(t.name.startswith("factx") for t in threading.enumerate() if t.is_alive())


def test_closing_extract_paths_early_does_not_wait_for_requests_in_flight(tmp_path: Path) -> None:
    """A Ctrl-C or a `break` must not hang on a slow endpoint: the requests still open are
    cancelled, so none of them has been answered when `close` returns."""
    paths = write_articles(tmp_path / "in", 6)
    release, answered = threading.Event(), []

    def script(request: dict[str, object]) -> Reply:
        if "Article 0." not in json.dumps(request):  # the first article is answered at once
            release.wait(timeout=60)
            answered.append(request)
        return completion(request, GOOD)

    with FakeOpenAI(script) as server:
        extractor = LLMExtractor(LLMConfig(base_url=server.url, model="m", retry=FAST_RETRY))
        stream = extract_paths([str(p) for p in paths], extractor, concurrency=2)
        first = next(stream)
        stream.close()
        still_open = not answered
        release.set()
    assert first.status == "ok" and still_open


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
    done = len(read_lines(out))  # 26, and those already finished when it stopped
    assert 26 <= done < 200
    summary = extract_to_file(paths, RULES, out)
    ids = [r["article"]["id"] for r in read_lines(out)]
    assert summary.skipped == done and summary.ok == 200 - done
    assert len(ids) == 200 and len(set(ids)) == 200


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
