"""Results as tables: `articles`, `claims`, `figures`, `positions` and `rejected`.

One row per article (its corpus `meta` fields as columns) and one per record, joined on
`article_id`; a record's evidence is flattened into `evidence`, `evidence_start`,
`evidence_end`, `evidence_match`, `evidence_score`, and any other field a record carries
becomes a column too. SQLite is written with sqlite-utils (foreign keys, full-text search on
the evidence, ready for Datasette) and is upserted by id, so re-exporting is safe; CSV with the
standard library; Parquet with pyarrow (`pip install 'factx[parquet]'`).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from factx.errors import FactxError
from factx.output import Resumable, Setup, open_locked, replace_locked, setup_of_result
from factx.schemas import ArticleResult, Claim, Figure, Position

Target = Literal["sqlite", "csv", "parquet"]
TARGETS: tuple[Target, ...] = ("sqlite", "csv", "parquet")

Row = dict[str, Any]
#: Record tables: the list on `ArticleResult` each is filled from, and its model.
RECORDS: dict[str, type[BaseModel]] = {"claims": Claim, "figures": Figure, "positions": Position}
TABLES = ("articles", *RECORDS, "rejected")
#: Columns indexed for full-text search, per table.
SEARCHABLE = {
    "claims": ["evidence", "speaker", "speaker_org"],
    "figures": ["evidence", "measures", "applies_to"],
    "positions": ["evidence", "actor", "target"],
}
ARTICLE_COLUMNS: dict[str, type] = {
    "id": str,
    "path": str,
    "status": str,
    "error": str,
    "warnings": str,
    "chars": int,
    "sha256": str,
    "extractor": str,
    "model": str,
    "prompt_version": str,
    "requests": int,
    "total_tokens": int,
    "cost_usd": float,
    "replayed_from": str,
}
REJECTED_COLUMNS: dict[str, type] = {
    "id": str,
    "article_id": str,
    "kind": str,
    "reason": str,
    "evidence": str,
    "item": str,
}
_JSON_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": int}
SQLITE_MAGIC = b"SQLite format 3\x00"


def _type(prop: dict[str, Any]) -> type:
    types = [prop.get("type"), *(option.get("type") for option in prop.get("anyOf", []))]
    return next((_JSON_TYPES[t] for t in types if t in _JSON_TYPES), str)


def record_columns(model: type[BaseModel]) -> dict[str, type]:
    """A record model's columns: nested objects flattened (`evidence.text` -> `evidence`,
    `evidence.start` -> `evidence_start`), `article_id` after `id`."""
    schema = model.model_json_schema()
    defs = schema.get("$defs", {})
    columns: dict[str, type] = {"id": str, "article_id": str}
    for name, prop in schema["properties"].items():
        options = [prop, *prop.get("anyOf", [])]
        ref = next((o["$ref"] for o in options if "$ref" in o), None)
        if ref is None:
            columns[name] = _type(prop)
            continue
        for key, sub in defs[ref.rsplit("/", 1)[-1]]["properties"].items():
            columns[name if key == "text" else f"{name}_{key}"] = _type(sub)
    return columns


def columns_of(table: str) -> dict[str, type]:
    """The fixed columns of one table (articles gain their meta fields as they come)."""
    if table == "articles":
        return ARTICLE_COLUMNS
    return REJECTED_COLUMNS if table == "rejected" else record_columns(RECORDS[table])


def _cell(value: Any) -> Any:
    """A value fit for one cell: lists and objects as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _flat(record: BaseModel, article_id: str) -> Row:
    row: Row = {}
    for name, value in record.model_dump(mode="json").items():
        if isinstance(value, dict):
            for key, sub in value.items():
                row[name if key == "text" else f"{name}_{key}"] = _cell(sub)
        else:
            row[name] = _cell(value)
    return {"id": row.pop("id"), "article_id": article_id, **row}


def article_row(result: ArticleResult) -> Row:
    """The `articles` row of a result; meta fields that clash with a column get 'meta_'."""
    ref, provenance = result.article, result.provenance
    row: Row = {
        "id": ref.id,
        "path": ref.path,
        "status": result.status,
        "error": result.error.message if result.error else None,
        "warnings": _cell(result.warnings) if result.warnings else None,
        "chars": ref.chars,
        "sha256": ref.sha256,
        "extractor": provenance.extractor,
        "model": provenance.model,
        "prompt_version": provenance.prompt_version,
        "requests": provenance.usage.requests,
        "total_tokens": provenance.usage.total_tokens,
        "cost_usd": provenance.cost_usd,
        "replayed_from": provenance.replayed_from,
    }
    for key, value in ref.meta.items():
        row[f"meta_{key}" if key in row else key] = _cell(value)
    return row


def record_rows(result: ArticleResult) -> dict[str, list[Row]]:
    """The rows of every record table for one result."""
    article_id = result.article.id
    rows = {table: [_flat(r, article_id) for r in getattr(result, table)] for table in RECORDS}
    rows["rejected"] = [
        {
            "id": item.id,
            "article_id": article_id,
            "kind": item.kind,
            "reason": item.reason,
            "evidence": _cell(item.item.get("evidence")),
            "item": _cell(item.item),
        }
        for item in result.rejected
    ]
    return rows


# --------------------------------------------------------------------------- reading results


def load_results(
    file: Path, notify: Callable[[str], None] | None = None
) -> Iterator[ArticleResult]:
    """The results of a JSONL file to export: per article id the last ok result, else the last
    one (a resumed or mixed file may hold several); read twice so memory holds ids only."""
    chosen: dict[str, tuple[int, bool]] = {}
    setups: set[Setup] = set()
    for number, result in _lines(file):
        ok = result.status == "ok"
        if ok or not chosen.get(result.article.id, (0, False))[1]:
            chosen[result.article.id] = (number, ok)
        setups.add(setup_of_result(result))
    if len(setups) > 1 and notify:
        notify(
            f"{file} holds results of {len(setups)} extractor setups; the last ok result of "
            "each article is exported"
        )
    keep = {number for number, _ in chosen.values()}
    return (result for number, result in _lines(file) if number in keep)


def _lines(file: Path) -> Iterator[tuple[int, ArticleResult]]:
    try:
        with file.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    try:
                        yield number, ArticleResult.model_validate_json(line)
                    except ValueError:
                        raise FactxError(f"{file}:{number}: not a factx result line") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactxError(f"{file}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


# --------------------------------------------------------------------------- SQLite


class ResultDatabase(Resumable):
    """A factx SQLite database: written by `factx extract -o results.db` (one transaction per
    article, resumable like a JSONL file) and by `factx export --to sqlite`.

    A file that is not a SQLite database, or one holding other tables, is refused; a second
    writer is refused (the same advisory lock as JSONL output). One row per article: a result
    from another setup is replaced when that article is extracted again.
    """

    others = 0  # said in `notices` instead: here they are replaced, not kept

    def __init__(
        self, path: Path, setup: Setup | None = None, resume: bool = True, name: str | None = None
    ) -> None:
        import sqlite_utils

        super().__init__(setup)
        self.path, self.name = path, name or str(path)
        self.notices: list[str] = []
        self._held: list[int] = []
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = open_locked(path, self.name)
            if not resume and os.fstat(self.fd).st_size:
                self._held.append(self.fd)
                self.fd = replace_locked(path, self.fd, lambda fd: None)  # a new, empty database
            with path.open("rb") as head:
                magic = head.read(len(SQLITE_MAGIC))
            if magic and magic != SQLITE_MAGIC:
                raise self._refuse("not a SQLite database")
            self.db = sqlite_utils.Database(path)
            self._prepare()
            self._read()
        except OSError as exc:
            self.close()
            raise FactxError(f"{self.name}: cannot write ({exc.strerror or exc})") from None
        except sqlite3.Error as exc:
            self.close()
            raise self._refuse(f"unusable SQLite database ({exc})") from None
        except BaseException:
            self.close()
            raise

    def _refuse(self, what: str) -> FactxError:
        return FactxError(
            f"{self.name}: {what}; refusing to write into it (choose another file, or "
            "--overwrite to replace it)"
        )

    def _prepare(self) -> None:
        names = set(self.db.table_names())
        if names and "articles" not in names:
            raise self._refuse("a SQLite database without factx tables")
        articles = self.db.table("articles")
        if not articles.exists():
            articles.create(ARTICLE_COLUMNS, pk="id")
        for table in TABLES[1:]:
            records = self.db.table(table)
            if not records.exists():
                records.create(
                    columns_of(table), pk="id", foreign_keys=[("article_id", "articles", "id")]
                )
                records.create_index(["article_id"])
            if table in SEARCHABLE and not records.detect_fts():
                records.enable_fts(SEARCHABLE[table], create_triggers=True)

    def _read(self) -> None:
        others = 0
        query = "select id, sha256, status, extractor, model, prompt_version from articles"
        for id, sha256, status, *setup in self.db.execute(query).fetchall():
            if status == "ok" and sha256:
                self.done.add((id, sha256, *setup))
            others += self.setup is not None and tuple(setup) != self.setup
        if others:
            self.notices.append(
                f"{self.name} holds {others} articles from another extractor, model or prompt; "
                "each is replaced when extracted again"
            )

    def _upsert(self, result: ArticleResult) -> None:
        self.db.table("articles").upsert(article_row(result), pk="id", alter=True)
        for table, rows in record_rows(result).items():
            records = self.db.table(table)
            records.delete_where("article_id = ?", [result.article.id])  # records gone since
            records.insert_all(rows, pk="id", alter=True, replace=True)

    def write(self, result: ArticleResult) -> None:
        """Upsert one article and its records in one transaction."""
        self.write_all([result])

    def write_all(self, results: Iterable[ArticleResult]) -> int:
        """Upsert many articles in one transaction; how many."""
        count = 0
        try:
            with self.db.atomic():
                for result in results:
                    self._upsert(result)
                    count += 1
        except sqlite3.Error as exc:
            from factx.output import OutputError

            raise OutputError(
                f"{self.name}: cannot write ({exc}); stopped, every article written before "
                "is intact"
            ) from None
        return count

    def close(self) -> None:
        if db := getattr(self, "db", None):
            db.close()
        for fd in (getattr(self, "fd", -1), *self._held):
            with contextlib.suppress(OSError):
                os.close(fd)


# --------------------------------------------------------------------------- CSV and Parquet


def _tables(results: Iterable[ArticleResult]) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {table: [] for table in TABLES}
    for result in results:
        tables["articles"].append(article_row(result))
        for table, rows in record_rows(result).items():
            tables[table].extend(rows)
    return tables


def _header(table: str, rows: list[Row]) -> list[str]:
    names = dict.fromkeys(columns_of(table))
    for row in rows:
        names.update(dict.fromkeys(row))
    return list(names)


def _replace_file(path: Path, write: Any) -> None:
    """Write `path` through a temporary file renamed over it: a reader never sees half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.close(fd)
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_csv(path: Path, header: list[str], rows: list[Row]) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, header)
            writer.writeheader()
            writer.writerows(rows)

    _replace_file(path, write)


def _write_parquet(path: Path, header: list[str], rows: list[Row]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise FactxError("Parquet export needs pyarrow: pip install 'factx[parquet]'") from None
    columns = {}
    for name in header:
        values = [row.get(name) for row in rows]
        kinds = {type(v) for v in values if v is not None}
        if len(kinds) > 1:  # a meta field that is a number here and text there
            values = [None if v is None else str(v) for v in values]
        columns[name] = values
    table = pa.table(columns) if rows else pa.table({n: pa.array([], pa.string()) for n in header})
    _replace_file(path, lambda tmp: pq.write_table(table, tmp))


def export_file(
    results: Path, to: Target, out: Path, notify: Callable[[str], None] | None = None
) -> dict[str, int]:
    """What `factx export` does: a JSONL file of results, or a factx database (to CSV or
    Parquet), written as tables to `out`; the number of rows per table."""
    try:
        with results.open("rb") as head:
            is_database = head.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError as exc:
        raise FactxError(f"{results}: cannot read ({exc.strerror or exc})") from None
    if not is_database:
        return export(load_results(results, notify), to, out)
    if to == "sqlite":
        raise FactxError(f"{results}: already a SQLite database; export it --to csv or parquet")
    import sqlite_utils

    with contextlib.closing(sqlite_utils.Database(results)) as db:
        if "articles" not in db.table_names():
            raise FactxError(f"{results}: a SQLite database without factx tables")
        tables = {t: list(db.table(t).rows) if db.table(t).exists() else [] for t in TABLES}
    return _write_tables(tables, to, out)


def export(results: Iterable[ArticleResult], to: Target, out: Path) -> dict[str, int]:
    """Write `results` as tables to `out` (a .db file for sqlite, a directory for csv and
    parquet); the number of rows per table."""
    if to == "sqlite":
        database = ResultDatabase(out)
        try:
            database.write_all(results)
            return {table: database.db.table(table).count for table in TABLES}
        finally:
            database.close()
    return _write_tables(_tables(results), to, out)


def _write_tables(tables: dict[str, list[Row]], to: Target, out: Path) -> dict[str, int]:
    if out.exists() and not out.is_dir():
        raise FactxError(f"{out}: not a directory; --to {to} writes one file per table into it")
    out.mkdir(parents=True, exist_ok=True)
    writer = _write_csv if to == "csv" else _write_parquet
    counts = {}
    for table, rows in tables.items():
        writer(out / f"{table}.{to}", _header(table, rows), rows)
        counts[table] = len(rows)
    return counts
