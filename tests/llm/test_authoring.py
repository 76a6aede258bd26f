"""Authored cassettes are what the real stack records from hand-written answers; prune."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from factx.llm.authoring import author
from factx.llm.cassettes import CassetteStore
from factx.llm.config import LLMConfig
from tests.helpers import CASSETTES, SEED_ARTICLES
from tests.helpers import run_factx as factx


def test_authoring_reproduces_the_committed_cassettes(tmp_path: Path) -> None:
    """The committed cassettes are exactly what `factx cassettes author` makes from the answers."""
    results = author(CASSETTES / "authored", SEED_ARTICLES[0].parent, LLMConfig(cassettes=tmp_path))
    assert [r.status for r in results] == ["ok", "ok"]
    written = CassetteStore(tmp_path).files()
    assert [p.name for p in written] == [p.name for p in CassetteStore(CASSETTES).files()]
    for file in written:
        entry = json.loads(file.read_text(encoding="utf-8"))
        assert entry["meta"]["provenance"] == "authored" and "answers from" in entry["meta"]["note"]


def test_prune_deletes_only_what_replay_does_not_use(tmp_path: Path) -> None:
    store = tmp_path / "cassettes"
    shutil.copytree(CASSETTES, store)
    stale = CassetteStore(store).path("0" * 64)
    stale.parent.mkdir(parents=True)
    shutil.copy(CassetteStore(CASSETTES).files()[0], stale)
    dry = factx(
        "cassettes", "prune", *map(str, SEED_ARTICLES), "--cassettes", str(store), "--dry-run"
    )
    assert dry.returncode == 0 and "would delete" in dry.stderr and stale.exists()
    run = factx("cassettes", "prune", *map(str, SEED_ARTICLES), "--cassettes", str(store))
    assert run.returncode == 0 and not stale.exists()
    assert len(CassetteStore(store).files()) == len(CassetteStore(CASSETTES).files())
