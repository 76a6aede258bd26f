"""Output safety: resuming a result file, torn and foreign lines, locks, links, pipes, disks."""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
from pathlib import Path

import pytest

from factx.batch import extract_to_file
from factx.errors import FactxError
from factx.output import (
    OutputError,
    ResultFile,
    open_output,
    setup_of,
)
from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor
from tests.helpers import read_lines, write_articles

RULES = RulesExtractor()
SETUP = setup_of(RULES)


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
    assert [r["status"] for r in read_lines(target)] == ["ok"]


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
    paths = [str(p) for p in write_articles(tmp_path / "in", 8)]
    out = tmp_path / "out.jsonl"
    real_write = os.write
    calls = 0

    def disk_fills_up(fd: int, data: bytes) -> int:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr("factx.output.os.write", disk_fills_up)
    with pytest.raises(OutputError, match="out.jsonl: cannot write \\(No space left on device\\)"):
        extract_to_file(paths, RULES, out)
    monkeypatch.undo()
    assert [Path(r["article"]["path"]).name for r in read_lines(out)] == [
        "0000.txt",
        "0001.txt",
        "0002.txt",
    ]
