"""Batch runs: concurrency, order, faults, resume after a kill, Ctrl-C, chunking, usage."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factx.batch import ResultFile, Summary, run
from factx.chunking import split
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
    statuses = {r.status for r in results}
    assert statuses <= {"ok", "failed"}
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


def test_a_429_pauses_every_request_and_halves_what_is_in_flight(tmp_path: Path) -> None:
    paths = articles(tmp_path / "in", 12)
    arrivals: list[tuple[float, int]] = []
    first = True

    def script(request: dict) -> Reply:
        nonlocal first
        if first:
            first = False
            arrivals.append((time.monotonic(), 429))
            return Reply(429, {"error": {"message": "slow down"}}, {"retry-after": "0.5"})
        arrivals.append((time.monotonic(), 200))
        return completion(request, GOOD)

    limiter = RateLimiter(concurrency=4)
    with FakeOpenAI(script) as server:
        extractor = LLMExtractor(
            LLMConfig(base_url=server.url, model="m", retry=FAST_RETRY), limiter=limiter
        )
        results, _ = collect(paths, extractor, concurrency=4)
    assert all(r.status == "ok" for r in results) and limiter.throttled == 1
    throttled_at = arrivals[0][0]
    later = [t - throttled_at for t, _ in arrivals[1:] if t > throttled_at + 0.05]
    assert later and min(later) >= 0.45, "requests sent after the 429 waited out its Retry-After"


def test_rate_limits_in_requests_and_tokens() -> None:
    limiter = RateLimiter(concurrency=8, rpm=120, tpm=600)

    async def take(n: int, tokens: int) -> float:
        started = time.monotonic()
        for _ in range(n):
            async with limiter.slot(tokens):
                pass
        return time.monotonic() - started

    assert asyncio.run(take(2, 1)) < 0.2  # the bucket holds two requests (one second's worth)
    assert asyncio.run(take(1, 1)) >= 0.4  # the third waits for the refill (2 per second)
    assert limiter.tokens is not None and limiter.tokens.level < 10


def test_throttle_and_recovery_arithmetic() -> None:
    limiter = RateLimiter(concurrency=8)
    limiter.throttle(0.0)
    limiter.throttle(0.0)
    assert limiter.allowed == 2
    for _ in range(100):
        limiter.succeeded()
    assert limiter.allowed == 8


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


def test_long_article_is_split_and_merged_at_article_offsets() -> None:
    paragraph = (
        "Nurses in Leeds rejected the 3% pay offer, said Ann Lee, the union's regional secretary.\n"
    )
    text = "".join(f"Section {n}. " + paragraph for n in range(40))
    chunks = split(text, 1000)
    assert len(chunks) > 3 and all(len(c.text) <= 1000 for c in chunks)
    assert all(text[c.start : c.start + len(c.text)] == c.text for c in chunks)
    assert chunks[0].start == 0 and chunks[-1].start + len(chunks[-1].text) == len(text)
    whole = extract_text(text, RulesExtractor())
    chunked = extract_text(text, RulesExtractor(max_chars=1000))
    for record in (*chunked.claims, *chunked.figures, *chunked.positions):
        assert text[record.evidence.start : record.evidence.end] == record.evidence.text
    key = lambda r: (r.evidence.start, r.evidence.end)  # noqa: E731
    assert sorted(map(key, chunked.figures)) == sorted(map(key, whole.figures)), (
        "overlaps are not doubled"
    )


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
    assert results[0].provenance.value_checks == {"verified": 1}
    assert "figure values 3 verified, 0 unverified, 0 rejected" in summary.line()
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
    assert "also holds 2 lines from another extractor" in again.stderr
    assert [r["provenance"]["extractor"] for r in lines(out)] == ["rules", "rules", "llm", "llm"]
