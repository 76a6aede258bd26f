"""Tables out: a corpus through extract and export, the README's queries, re-export, Datasette."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from factx.errors import FactxError
from factx.export import ResultDatabase, export, export_file, load_results
from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor
from factx.schemas import ArticleResult
from tests.helpers import ROOT, run_factx

#: Three stories the rules extractor reads the same way every time (checked below).
STORIES = [
    "Nurses in Leeds rejected the 3% pay offer, said Ann Lee, the union's regional secretary. "
    '"It is not enough," said Ann Lee.',
    "The council backed the pension reform on Monday. More than 1,200 workers are affected.",
    '"We will strike," said Tom Park of Unite. Teachers voted to strike over pay.',
]


def write_corpus(file: Path, count: int) -> None:
    with file.open("w", encoding="utf-8") as out:
        for n in range(count):
            row = {
                "id": f"wire-{n:04d}",
                "url": f"https://news.example/{n}",
                "source": ["bbc", "guardian"][n % 2],
                "text": STORIES[n % 3],
            }
            out.write(json.dumps(row) + "\n")


def readme_queries() -> dict[str, str]:
    """The SQL examples of the README's Exports section, by their comment line."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sql\n(.*?)```", readme, re.S)
    assert block, "the README shows its example queries in a ```sql block"
    queries = {}
    for chunk in block.group(1).strip().split("\n\n"):
        comment, _, sql = chunk.partition("\n")
        queries[comment.removeprefix("-- ")] = sql
    return queries


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[ArticleResult]]:
    """1,000 articles with ids and urls -> `factx extract` (rules) -> `factx export --to sqlite`."""
    base = tmp_path_factory.mktemp("corpus")
    write_corpus(base / "corpus.jsonl", 1000)
    extracted = run_factx(
        "extract", str(base / "corpus.jsonl"), "--backend", "rules", "-o", str(base / "out.jsonl")
    )
    assert extracted.returncode == 0, extracted.stderr
    exported = run_factx("export", str(base / "out.jsonl"), "--to", "sqlite", str(base / "x.db"))
    assert exported.returncode == 0, exported.stderr
    assert "1000 articles" in exported.stderr
    return base / "x.db", list(load_results(base / "out.jsonl"))


def test_the_readme_queries_return_the_expected_rows(
    corpus_db: tuple[Path, list[ArticleResult]],
) -> None:
    db, results = corpus_db
    queries = readme_queries()
    assert set(queries) == {
        "figures per article",
        "all claims by a speaker",
        "positions matching a word (full-text search)",
    }
    with sqlite3.connect(db) as conn:
        per_article = conn.execute(queries["figures per article"]).fetchall()
        by_speaker = conn.execute(queries["all claims by a speaker"]).fetchall()
        matching = conn.execute(queries["positions matching a word (full-text search)"]).fetchall()
    url = {r.article.id: r.article.meta["url"] for r in results}
    assert sorted(per_article) == sorted(
        (r.article.id, url[r.article.id], len(r.figures)) for r in results
    )
    assert [n for _, _, n in per_article].count(0) == 333  # the third story has no figure
    assert sorted(by_speaker) == sorted(
        (url[r.article.id], c.kind, c.evidence.text)
        for r in results
        for c in r.claims
        if c.speaker == "Ann Lee"
    )
    assert len(by_speaker) == 2 * 334
    assert sorted(matching) == sorted(
        (url[r.article.id], "The council", "support", "the pension reform")
        for r in results
        if int(r.article.id.removeprefix("wire-")) % 3 == 1
    )
    assert len(matching) == 333


def test_tables_have_foreign_keys_offsets_and_meta_columns(
    corpus_db: tuple[Path, list[ArticleResult]],
) -> None:
    db, results = corpus_db
    with sqlite3.connect(db) as conn:
        columns = {
            table: [row[1] for row in conn.execute(f"pragma table_info({table})")]
            for table in ("articles", "claims", "figures", "positions", "rejected")
        }
        keys = {
            table: conn.execute(f"pragma foreign_key_list({table})").fetchall()
            for table in ("claims", "figures", "positions", "rejected")
        }
        figure = conn.execute(
            "select evidence, evidence_start, evidence_end, value, unit from figures limit 1"
        ).fetchone()
    assert {"url", "source"} <= set(columns["articles"]) and columns["articles"][0] == "id"
    assert columns["figures"][:2] == ["id", "article_id"]
    assert {"evidence", "evidence_start", "evidence_end", "evidence_match"} <= set(
        columns["figures"]
    )
    assert all(k[0][2:5] == ("articles", "article_id", "id") for k in keys.values())
    assert STORIES[0][figure[1] : figure[2]] == figure[0] == "3% pay offer"


def test_record_tables_show_each_records_confidence(
    corpus_db: tuple[Path, list[ArticleResult]],
) -> None:
    """What to check first: the rules' confidence travels to every record table."""
    db, results = corpus_db
    with sqlite3.connect(db) as connection:
        for table in ("claims", "figures", "positions"):
            exported = dict(connection.execute(f"SELECT id, confidence FROM {table}"))
            records = {r.id: r.confidence for res in results for r in getattr(res, table)}
            assert exported == records
            assert exported and set(exported.values()) <= {"high", "medium", "low"}


def test_re_export_upserts_by_id_and_drops_records_gone_since(tmp_path: Path) -> None:
    first = [
        extract_text(STORIES[n], RulesExtractor(), path=f"a{n}.txt").model_copy(deep=True)
        for n in range(3)
    ]
    db = tmp_path / "x.db"
    assert export(first, "sqlite", db)["claims"] == 3
    assert export(first, "sqlite", db)["claims"] == 3, "the same rows, not twice as many"
    fewer = first[0].model_copy(update={"claims": first[0].claims[:1]})
    counts = export([fewer], "sqlite", db)
    assert counts["claims"] == 2 and counts["articles"] == 3


def test_extract_writes_a_database_directly_and_resumes_from_it(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus.jsonl", 30)
    db = tmp_path / "results.db"
    command = ["extract", str(tmp_path / "corpus.jsonl"), "--backend", "rules", "-o", str(db)]
    assert run_factx(*command).returncode == 0
    again = run_factx(*command)
    assert again.returncode == 0 and "0 ok, 0 failed, 0 items rejected, 30 already done" in (
        again.stderr
    )
    exported = tmp_path / "exported.db"
    export(load_results(_jsonl_of(tmp_path, "corpus.jsonl")), "sqlite", exported)
    with sqlite3.connect(db) as direct, sqlite3.connect(exported) as via_export:
        for table in ("articles", "claims", "figures", "positions"):
            query = f"select * from {table} order by id"
            assert direct.execute(query).fetchall() == via_export.execute(query).fetchall()


def _jsonl_of(base: Path, corpus: str) -> Path:
    out = base / "out.jsonl"
    assert (
        run_factx("extract", str(base / corpus), "--backend", "rules", "-o", str(out)).returncode
        == 0
    )
    return out


def test_a_file_that_is_not_a_factx_database_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes", encoding="utf-8")
    with pytest.raises(FactxError, match="notes.db: not a SQLite database; refusing"):
        ResultDatabase(notes)
    assert notes.read_text(encoding="utf-8") == "my notes"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table budget (line text)")
    with pytest.raises(FactxError, match="a SQLite database without factx tables"):
        ResultDatabase(other)


def test_mixed_setups_export_the_last_ok_result_per_article(tmp_path: Path) -> None:
    ok = extract_text(STORIES[0], RulesExtractor(), path="a.txt")
    other = ok.model_copy(
        update={"provenance": ok.provenance.model_copy(update={"model": "m2"}), "claims": []}
    )
    failed = ok.model_copy(update={"status": "failed", "claims": []})
    file = tmp_path / "mixed.jsonl"
    file.write_text("".join(r.model_dump_json() + "\n" for r in (ok, other, failed)))
    said: list[str] = []
    (chosen,) = load_results(file, said.append)
    assert chosen.provenance.model == "m2" and "holds results of 2 extractor setups" in said[0]


@pytest.mark.parametrize("to", ["csv", "parquet"])
def test_csv_and_parquet_hold_the_same_tables(tmp_path: Path, to: str) -> None:
    if to == "parquet" and importlib.util.find_spec("pyarrow") is None:
        pytest.skip("pyarrow not installed (pip install 'factx[parquet]')")
    results = [extract_text(s, RulesExtractor(), path=f"a{n}.txt") for n, s in enumerate(STORIES)]
    results[0].article.meta.update({"url": "https://news.example/0", "rank": 1})
    results[1].article.meta.update({"rank": "top"})  # mixed types in one column
    jsonl = tmp_path / "out.jsonl"
    jsonl.write_text("".join(r.model_dump_json() + "\n" for r in results))
    counts = export_file(jsonl, to, tmp_path / "tables")  # type: ignore[arg-type]
    assert counts == {"articles": 3, "claims": 3, "figures": 2, "positions": 4, "rejected": 0}
    if to == "csv":
        with (tmp_path / "tables" / "figures.csv").open(encoding="utf-8") as stream:
            rows = list(csv.DictReader(stream))
        with (tmp_path / "tables" / "articles.csv").open(encoding="utf-8") as stream:
            articles = list(csv.DictReader(stream))
        assert articles[0]["url"] == "https://news.example/0" and articles[2]["url"] == ""
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(tmp_path / "tables" / "figures.parquet").to_pylist()
        ranks = pq.read_table(tmp_path / "tables" / "articles.parquet").column("rank").to_pylist()
        assert ranks == ["1", "top", None]
    assert [r["article_id"] for r in rows] == ["a0.txt", "a1.txt"]
    assert [str(r["evidence_start"]) for r in rows] == ["29", "49"]


def test_export_from_the_command_line_refuses_a_bad_target(tmp_path: Path) -> None:
    (tmp_path / "out.jsonl").write_text("")
    (tmp_path / "file").write_text("x")
    run = run_factx("export", str(tmp_path / "out.jsonl"), "--to", "csv", str(tmp_path / "file"))
    assert run.returncode == 2 and "not a directory" in run.stderr and "Traceback" not in run.stderr
    run = run_factx("export", str(tmp_path / "out.jsonl"), "--to", "xls", str(tmp_path / "d"))
    assert run.returncode == 2 and "'sqlite', 'csv', 'parquet'" in run.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_datasette_serves_the_database(corpus_db: tuple[Path, list[ArticleResult]]) -> None:
    if importlib.util.find_spec("datasette") is None:
        pytest.skip("datasette not installed")
    db, _ = corpus_db
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # up to ~30 s for start-up on a loaded machine
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5) as reply:
                    assert "datasette" in json.load(reply)
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                time.sleep(0.1)
        url = f"{base}/{db.stem}/figures.json?_shape=array&_size=2&unit=percent"
        with urllib.request.urlopen(url, timeout=10) as reply:
            rows = json.load(reply)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert [row["raw"] for row in rows] == ["3%", "3%"]
