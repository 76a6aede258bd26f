"""Key hygiene: a key echoed back by the endpoint reaches no output, stderr, report or cassette."""

from __future__ import annotations

from pathlib import Path

from factx.llm.secrets import REDACTED, scrub
from factx.testing import FakeOpenAI, answer
from tests.helpers import ARTICLE, GOOD
from tests.helpers import run_factx as factx

#: Shaped like no known key, held in a variable whose name does not say "key": only the
#: configured key itself can tell the scrubber what to remove.
CANARY = "canary-7f3a9c1e5b2d4f60a8e1"


def test_scrub_removes_the_given_key_and_key_shapes() -> None:
    text = f"got {CANARY}, sk-abcdefghijklmnopqrstu and Bearer abcdefgh1234"
    assert scrub(text, [CANARY]) == f"got {REDACTED}, {REDACTED} and {REDACTED}"


def test_a_key_echoed_in_a_401_body_is_nowhere_in_what_factx_writes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out, cassettes, page = tmp_path / "out.jsonl", tmp_path / "cassettes", tmp_path / "r.html"
    with FakeOpenAI([answer(GOOD)], profile="echo", key="the-right-key-000000") as server:
        run = factx(
            "extract",
            str(tmp_path / "a.txt"),
            "-o",
            str(out),
            "--base-url",
            server.url,
            "--api-key-env",
            "MY_CRED",
            "--cassette-mode",
            "auto",
            "--cassettes",
            str(cassettes),
            env={"MY_CRED": CANARY},
        )
        report = factx("report", str(out), "-o", str(page))
    assert server.exchanges[0].headers["authorization"] == f"Bearer {CANARY}"
    assert run.returncode == 2 and "HTTP 401" in run.stderr and REDACTED in run.stderr
    assert report.returncode == 0, report.stderr
    written = [out, page, *cassettes.rglob("*")] if cassettes.exists() else [out, page]
    for text in (run.stdout, run.stderr, report.stderr, *(f.read_text() for f in written)):
        assert CANARY not in text
    assert REDACTED in out.read_text(), "the scrubbed error is still kept in the result line"
