"""Reading articles: every kind of bad input is one clear message naming the file."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from factx.articles import ArticleError, decode, expand_paths, read_article


def test_directory_lists_txt_and_md_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.json", "d.TXT"):
        (tmp_path / name).write_text("x")
    assert [Path(p).name for p in expand_paths([str(tmp_path)])] == ["a.md", "b.txt", "d.TXT"]


def test_directory_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}")
    with pytest.raises(ArticleError, match="holds no .txt or .md"):
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
        (b"\x89PNG\r\n\x00\x00", "binary"),
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


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin.")))
    assert read_article("-").text == "From stdin."


def test_a_directory_given_as_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(str(tmp_path))
