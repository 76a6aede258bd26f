"""Reading articles: every kind of bad input is one clear message naming the file."""

from __future__ import annotations

import codecs
import io
import json
import os
import random
import sys
import zlib
from pathlib import Path

import pytest

from factx.articles import (
    Article,
    ArticleError,
    Corpus,
    count_articles,
    decode,
    expand_paths,
    read_article,
    read_articles,
)


def test_directory_lists_articles_and_corpus_files_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.json", "d.TXT", "e.jsonl", "f.csv", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    skipped: list[str] = []
    found = [Path(p).name for p in expand_paths([str(tmp_path)], skipped=skipped)]
    assert found == ["a.md", "b.txt", "d.TXT", "e.jsonl", "f.csv"]
    assert sorted(Path(p).name for p in skipped) == [".hidden.txt", "c.json"]


def test_subdirectories_are_read_with_recursive_and_named_as_skipped_without(
    tmp_path: Path,
) -> None:
    (tmp_path / "bbc" / "2024").mkdir(parents=True)
    (tmp_path / "bbc" / "2024" / "a.txt").write_text("x")
    (tmp_path / "guardian").mkdir()
    (tmp_path / "guardian" / "b.md").write_text("x")
    (tmp_path / "top.txt").write_text("x")
    skipped: list[str] = []
    flat = list(expand_paths([str(tmp_path)], skipped=skipped))
    assert [Path(p).name for p in flat] == ["top.txt"]
    assert len(skipped) == 2 and all("--recursive" in s for s in skipped)
    deep = list(expand_paths([str(tmp_path)], recursive=True))
    relative = [Path(p).relative_to(tmp_path).as_posix() for p in deep]
    assert relative == ["bbc/2024/a.txt", "guardian/b.md", "top.txt"]


def test_a_glob_is_expanded_recursively(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("x/a.txt", "x/y/b.txt", "x/y/c.md"):
        (tmp_path / name).write_text("x")
    found = expand_paths([f"{tmp_path}/**/*.txt"])
    assert [Path(p).name for p in found] == ["a.txt", "b.txt"]


def test_the_output_file_inside_an_input_directory_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "out.jsonl").write_text("")
    skipped: list[str] = []
    found = list(expand_paths([str(tmp_path)], skipped=skipped, exclude=tmp_path / "out.jsonl"))
    assert [Path(p).name for p in found] == ["a.txt"]
    assert skipped == [f"{tmp_path / 'out.jsonl'} (the output file)"]


def test_directory_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}")
    with pytest.raises(ArticleError, match="holds no .txt, .md, .jsonl or .csv"):
        list(expand_paths([str(tmp_path)]))


def test_missing_path_is_yielded_and_fails_on_read(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert list(expand_paths([missing])) == [missing]
    with pytest.raises(ArticleError, match="nope.txt: no such file"):
        read_article(missing)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "article is empty"),
        (b" \n\t\r\n", "only whitespace"),
        (b"\x89PNG\r\n\x00\x00", "binary file \\(a PNG file\\)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file \\(a PDF file\\)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP"),
        (bytes(b for b in zlib.compress(b"article text " * 500) if b), "control characters"),
        (random.Random(7).randbytes(4000).replace(b"\x00", b"\x01"), "control characters"),
        ("Text\n".encode("utf-16-le"), "NUL bytes"),  # UTF-16 without a BOM
    ],
)
def test_unreadable_content(data: bytes, problem: str) -> None:
    with pytest.raises(ArticleError, match=problem) as info:
        decode(data, "bad.txt")
    assert str(info.value).startswith("bad.txt: ")


def test_cp1252_is_decoded_with_a_warning() -> None:
    article = decode(b"The union\x92s \x93offer\x94 of \xa35", "old.txt")
    assert article.text == "The union’s “offer” of £5"
    assert article.warning and "old.txt" in article.warning and "cp1252" in article.warning


def test_bom_and_crlf_are_normalised() -> None:
    article = decode("\ufeffLine one\r\nLine two\rthree".encode("utf-8"), "win.txt")
    assert article.text == "Line one\nLine two\nthree"
    assert article.warning is None


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded(codec: str) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    text = "Nurses rejected the 3% offer — “not enough”, said Ana Ruíz.\r\nMore follows."
    article = decode(bom + text.encode(codec), "wide.txt")
    assert article.text == text.replace("\r\n", "\n") and article.warning is None


def test_text_with_a_few_control_characters_is_still_text() -> None:
    text = "Page one.\x0cPage two has a stray \x07 bell in a long enough paragraph. " * 20
    assert decode(text.encode(), "ok.txt").text == text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="pipe.txt: not a regular file"):
        read_article(str(fifo))
    assert [type(x) for x in read_articles(str(fifo), Corpus(format="jsonl"))] == [ArticleError]
    skipped: list[str] = []
    (tmp_path / "a.txt").write_text("x")
    assert [Path(p).name for p in expand_paths([str(tmp_path)], skipped=skipped)] == ["a.txt"]
    assert skipped == [str(fifo)]


def test_a_path_gives_the_article_its_id() -> None:
    assert Article(path="./news/a.txt", text="x").id == "news/a.txt"
    assert Article(path="a.txt", text="x", id="bbc-1").id == "bbc-1"


CORPUS = [
    {"id": "bbc-1", "url": "https://bbc.example/1", "title": "Strike", "text": "Nurses struck."},
    {"id": 2, "url": "https://bbc.example/2", "text": "Teachers\r\nvoted.", "tags": ["a"]},
    {"url": "https://bbc.example/3", "text": "No id here."},
    {"id": "bad-1", "url": "https://bbc.example/4"},
    {"id": "bad-2", "text": "   "},
]


def _outcome(item: Article | ArticleError) -> tuple[str, str, object]:
    if isinstance(item, ArticleError):
        return item.id, item.path, item.problem
    return item.id, item.path, (item.text, item.meta)


def test_jsonl_corpus_keeps_every_field_and_fails_bad_records_one_by_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps(r) for r in CORPUS[:2]] + ["", json.dumps(CORPUS[2]), "[1]", "{oops"]
    corpus.write_text("\n".join([*lines, *map(json.dumps, CORPUS[3:])]) + "\n")
    got = [_outcome(item) for item in read_articles(str(corpus))]
    where = f"{corpus}#"
    assert got == [
        (
            "bbc-1",
            f"{where}1",
            ("Nurses struck.", {"url": "https://bbc.example/1", "title": "Strike"}),
        ),
        ("2", f"{where}2", ("Teachers\nvoted.", {"url": "https://bbc.example/2", "tags": ["a"]})),
        (f"{where}4", f"{where}4", ("No id here.", {"url": "https://bbc.example/3"})),
        (f"{where}5", f"{where}5", "not a JSON object"),
        (
            f"{where}6",
            f"{where}6",
            "not valid JSON (Expecting property name enclosed in double quotes, column 2)",
        ),
        ("bad-1", f"{where}7", "no 'text' field (choose it with --text-field)"),
        ("bad-2", f"{where}8", "article is only whitespace"),
    ]
    assert count_articles([str(corpus)]) == 7


def test_csv_corpus_with_chosen_fields(tmp_path: Path) -> None:
    corpus = tmp_path / "scrape.csv"
    corpus.write_text(
        'guid,headline,body\nx1,Strike,"Line one,\nline two"\nx2,Pay,Offer made.\n',
        encoding="utf-8-sig",
    )
    chosen = Corpus(text_field="body", id_field="guid")
    got = [_outcome(item) for item in read_articles(str(corpus), chosen)]
    assert got == [
        ("x1", f"{corpus}#1", ("Line one,\nline two", {"headline": "Strike"})),
        ("x2", f"{corpus}#2", ("Offer made.", {"headline": "Pay"})),
    ]
    assert count_articles([str(corpus)], chosen) == 2
    (wrong,) = read_articles(str(corpus))
    assert isinstance(wrong, ArticleError)
    assert str(wrong).endswith("no 'text' column (columns: guid, headline, body; see --text-field)")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_corpus_on_stdin_needs_format(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    data = b'{"id": "a", "text": "One."}\n' if fmt == "jsonl" else b"id,text\na,One.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (article,) = read_articles("-", Corpus(format=fmt))  # type: ignore[arg-type]
    assert isinstance(article, Article) and (article.id, article.text) == ("a", "One.")
    assert count_articles(["-"], Corpus(format=fmt)) is None  # type: ignore[arg-type]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin.")))
    assert read_article("-").text == "From stdin."


def test_a_directory_given_as_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(str(tmp_path))
