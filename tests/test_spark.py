"""The Spark batch: same records as the single-machine path, bad pages as rows, dedup, clusters.

The corpus mixes page files, a JSONL crawl and a WARC, with duplicates across them and bad
inputs, so the job's three readers, its dedup and its error rows all run. Spark tests share
one small local[2] session and skip (saying why) without pyspark or Java.
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dyad.ingest.decode import decode_page
from dyad.pipeline import extract
from dyad.record import to_record
from dyad.scale import clustering, sources, tables
from dyad.scale.sources import PageInput
from dyad.scale.warcs import write_response

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
EXAMPLES = REPO / "examples" / "pages"


# --- the corpus -------------------------------------------------------------------------


def _base_pages(vnp_html: Callable[..., str]) -> list[tuple[str, bytes]]:
    """examples/pages when it exists, else the shared seeds, else pages written here."""
    for folder in (EXAMPLES, SEEDS):
        files = sorted(folder.glob("*.txt"))[:3] + sorted(folder.glob("*.html"))[:2] if folder.is_dir() else []
        if len(files) >= 4:
            return [(p.name, p.read_bytes()) for p in files]
    pages = []
    for i, (who, where) in enumerate([("黄忠海", "金边"), ("黎怀忠", "北京"), ("范明政", "巴黎")]):
        body = [f"越通社河内——9月{i + 8}日,{who}在{where}会见了代表团。", f"双方就深化合作交换了意见。第{i}段。"]
        pages.append((f"page{i}.html", vnp_html(f"{who}访问{where}", None, body).encode("utf-8")))
    return pages


def _warc(path: Path, records: list[tuple[str, int, str, bytes, str]]) -> None:
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body, date in records:
            write_response(writer, url, status, "OK" if status == 200 else "Not Found",
                           [("Content-Type", ctype)], body, date)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory, vnp_html: Callable[..., str]) -> dict[str, Any]:
    """A folder with every input kind; returns what the assertions need to know about it."""
    root = tmp_path_factory.mktemp("spark-corpus")
    pages = _base_pages(vnp_html)
    folder = root / "in"
    (folder / "pages").mkdir(parents=True)
    for name, data in pages:
        (folder / "pages" / name).write_bytes(data)
    first_name, first = pages[0]
    suffix = Path(first_name).suffix
    (folder / "pages" / f"zz-copy{suffix}").write_bytes(first)  # same text, larger name: dropped
    (folder / "pages" / "empty.txt").write_bytes(b"")
    (folder / "pages" / "binary.html").write_bytes(bytes(range(256)) * 4)
    (folder / "pages" / "nav.html").write_bytes(b"<html><body><nav><a href='/'>home</a></nav></body></html>")
    (folder / "pages" / "notes.md").write_text("not read: unknown suffix in a folder")
    text1 = decode_page(pages[1][1])[0]
    text2 = decode_page(pages[2][1])[0]
    lines = [
        json.dumps({"url": "https://example.vn/a1", "html": text1, "fetched_at": "2024-09-10T08:00:00Z"},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"text": text2}, ensure_ascii=False),  # no url: named by file and line hash
        "",
        json.dumps({"url": "https://example.vn/no-page"}),
    ]
    (folder / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    updated = vnp_html("越南与老挝加强合作(更新)", None, ["越通社万象——9月10日,两国领导人举行会谈。",
                                                      "双方同意深化全面合作。"]).encode("utf-8")
    warc_pages = [
        # the same URL as the JSONL line, fetched later and changed: this copy wins the name
        ("https://example.vn/a1", 200, "text/html; charset=utf-8", updated, "2024-09-11T08:00:00Z"),
        ("https://example.vn/gone", 404, "text/html", b"not found", "2024-09-11T08:00:01Z"),
        ("https://example.vn/logo.png", 200, "image/png", b"\x89PNG....", "2024-09-11T08:00:02Z"),
    ]
    if len(pages) > 3:
        warc_pages.append(("https://example.vn/a3", 200, "text/html", pages[-1][1], "2024-09-11T08:00:03Z"))
    _warc(folder / "crawl.warc.gz", warc_pages)
    (folder / "broken.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nnot a header block\r\n\r\n") + b"junk")
    # Named on the command line, outside the folder: a gzipped JSONL and a page with an odd suffix.
    extra = root / "named"
    extra.mkdir()
    gz_page = vnp_html("越南与古巴签署合作协议", None, ["越通社哈瓦那——9月12日,两国签署合作协议。", "协议涵盖农业。"])
    line = json.dumps({"url": "https://example.vn/gz1", "html": gz_page, "fetched_at": "2024-09-12T00:00:00Z"},
                      ensure_ascii=False)
    (extra / "more.jsonl.gz").write_bytes(gzip.compress((line + "\n{bad\n").encode("utf-8")))
    dump_page = vnp_html("越南与智利举行会谈", None, ["越通社圣地亚哥——9月13日,两国外长举行会谈。", "双方同意加强合作。"])
    (extra / "page.dump").write_text(dump_page, encoding="utf-8")
    inputs = [folder, extra / "more.jsonl.gz", extra / "page.dump"]
    return {"folder": folder, "inputs": inputs, "pages": pages, "first": first_name, "suffix": suffix}


def _local_results(*paths: Path) -> list[tables.PageResult]:
    return [tables.process_item(item) for item in sources.iter_local_inputs(paths)]


@pytest.fixture(scope="session")
def local_tables(corpus: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return tables.build_tables(_local_results(*corpus["inputs"]))


# --- single machine: sources, flattening, dedup, clustering ------------------------------


def test_local_inputs_name_and_read_pages_as_dyad_ingest_does(corpus: dict[str, Any]) -> None:
    """Our readers and the store's give the same names, bytes and metadata (so the same records)."""
    from dyad.store.sources import iter_items

    ours = {i.name: i for i in sources.iter_local_inputs([corpus["folder"]]) if isinstance(i, PageInput)}
    theirs = {i.name: i for i in iter_items([corpus["folder"]]) if not i.failed}
    url_less = {n for n in theirs if "#" in n}  # JSONL lines without url: line numbers vs hashes
    assert set(theirs) - url_less == {n for n in ours if "#" not in n}
    for name in set(theirs) - url_less:
        assert ours[name].page == theirs[name].data, name
        assert ours[name].meta == theirs[name].meta, name


def test_every_bad_input_is_an_error_row_with_a_reason(local_tables: dict[str, list[dict]]) -> None:
    reasons = {(Path(e["doc"] or e["source"]).name, e["reason"]) for e in local_tables["errors"]}
    assert ("empty.txt", "empty") in reasons
    assert ("binary.html", "binary") in reasons or ("binary.html", "undecodable") in reasons
    assert any(name == "nav.html" for name, _ in reasons)
    assert sum(1 for _, r in reasons if r == "bad-jsonl") == 3  # two bad lines, one line without a page
    assert ("broken.warc.gz", "bad-warc") in reasons
    assert not any("notes.md" in (e["doc"] or "") for e in local_tables["errors"])


def test_named_files_are_read_whatever_their_name(corpus: dict[str, Any],
                                                  local_tables: dict[str, list[dict]]) -> None:
    docs = {d["doc"] for d in local_tables["documents"]}
    assert "https://example.vn/gz1" in docs and str(corpus["inputs"][2]) in docs


def test_dedup_keeps_one_document_per_name_and_per_text(corpus: dict[str, Any],
                                                        local_tables: dict[str, list[dict]]) -> None:
    docs = {d["doc"]: d for d in local_tables["documents"]}
    assert len({d["text_hash"] for d in docs.values()}) == len(docs)
    assert len(docs) == len(local_tables["prepared"])
    dups = {(Path(d["doc"]).name, d["why"]) for d in local_tables["duplicates"]}
    assert (f"zz-copy{corpus['suffix']}", "same-content") in dups
    assert ("a1", "same-name") in dups
    a1 = docs["https://example.vn/a1"]
    assert a1["fetched_at"] == "2024-09-11T08:00:00Z" and a1["source"].endswith("crawl.warc.gz")
    assert "https://example.vn/gone" not in docs and "https://example.vn/logo.png" not in docs


def test_documents_hold_the_records_of_dyad_extract(corpus: dict[str, Any]) -> None:
    """The single-machine path itself: each page file's record is ``to_record(extract(page))``."""
    results = _local_results(corpus["folder"])
    prepared = {r.prepared["name"]: tables.prepared_from_row(r.prepared).record for r in results if r.prepared}
    for path in sorted((corpus["folder"] / "pages").iterdir()):
        if path.name in {"empty.txt", "binary.html", "nav.html", "notes.md", f"zz-copy{corpus['suffix']}"}:
            continue
        expected = to_record(extract(path.read_bytes(), meta={"path": str(path)}), name=str(path))
        assert prepared[str(path)] == expected


def _event(eid: str, etype: str, start: str | None, end: str | None, names: list[Any]) -> dict[str, Any]:
    sides = [{"name": n[0], "kind": n[1]} if isinstance(n, tuple) else {"name": n} for n in names]
    return {"id": eid, "section": "main", "type": etype, "mode": "meeting", "date_start": start, "date_end": end,
            "date": start, "source": [{**s, "country": "VNM"} for s in sides[:1]],
            "target": sides[1:], "evidence": {"text": "会见", "start": 0, "end": 2},
            "amount": {"value": 5000000, "currency": "USD"} if etype == "AID" else None}


def synthetic_results() -> list[tables.PageResult]:
    """Documents whose events exercise every clustering rule (no extraction stage needed)."""
    docs = {
        "d1": [_event("e1", "CONSULT", "2024-09-09", None, ["黄忠海", "洪森"]),
               _event("e2", "AID", "2024-09-09", None, ["越南", "老挝"])],
        "d2": [_event("e1", "CONSULT", "2024-09-08", "2024-09-10", ["黄 忠海"]),  # spaces: same name
               _event("e2", "CONSULT", "2024-09-20", None, ["洪森"])],  # a later meeting: its own cluster
        "d3": [_event("e1", "CONSULT", "2024-09-09", None, ["坤盛", "洪·森"]),  # links d1 through 洪森
               _event("e2", "CONSULT", "2024-01-01", "2024-12-31", ["黄忠海"]),  # a year: never clustered
               _event("e3", "AGREE", "2024-09-09", None, ["黄忠海"])],  # other type
        "d4": [_event("e1", "AID", "2024-09-09", "2024-09-09", ["老挝"]),
               _event("e2", "CONSULT", None, None, ["黄忠海"]),  # undated
               _event("e3", "CONSULT", "2024-02-30", None, ["黄忠海"])],  # not a date
        "d5": [_event("e1", "CONSULT", "2024-09-14", "2024-09-16", ["坤盛"])],  # next week, overlaps nothing
        # a shared country does not link events that name people; country-only events link by country
        "d6": [_event("e1", "CONSULT", "2024-09-09", None, [("阮富仲", "person"), ("越南", "country")]),
               _event("e2", "AGREE", "2024-09-09", None, [("越南", "country"), ("老挝", "country")])],
        "d7": [_event("e1", "CONSULT", "2024-09-09", None, [("习近平", "person"), ("越南", "country")]),
               _event("e2", "AGREE", "2024-09-09", None, [("老挝", "country")])],
    }
    results = []
    for name, events in docs.items():
        record = {"doc": name, "title": f"标题{name}", "body": [f"正文{name}"], "events": events,
                  "actors": [{"id": "a1", "name": "黄忠海", "mentions": [{}, {}], "offices": [{"title": "书记"}]}]}
        results.append(tables.record_rows(record, PageInput(name=name, page=b"", source=f"/in/{name}.txt")))
    return results


def test_clustering_links_same_type_shared_name_overlapping_dates() -> None:
    t = tables.build_tables(synthetic_results())
    cluster = {e["event_uid"]: e["cluster_id"] for e in t["events"]}
    assert cluster["d1#e1"] == cluster["d2#e1"] == cluster["d3#e1"]
    assert cluster["d1#e2"] == cluster["d4#e1"]
    assert cluster["d6#e2"] == cluster["d7#e2"]
    alone = ["d2#e2", "d3#e2", "d3#e3", "d4#e2", "d4#e3", "d5#e1", "d6#e1", "d7#e1"]
    linked = {cluster["d1#e1"], cluster["d1#e2"], cluster["d6#e2"]}
    assert len({cluster[u] for u in alone} | linked) == len(alone) + 3
    assert cluster["d1#e1"] == clustering.cluster_id("d1#e1")  # named after the smallest uid
    months = {e["event_uid"]: e["event_month"] for e in t["events"]}
    assert months["d1#e1"] == "2024-09" and months["d4#e2"] == "unknown"


def test_rows_follow_the_declared_schemas() -> None:
    t = tables.build_tables(synthetic_results())
    for name, rows in t.items():
        columns = [c for c, _ in tables.SCHEMAS[name]]
        for row in rows:
            assert list(row) == columns or set(row) == set(columns), name
    aid = next(e for e in t["events"] if e["type"] == "AID")
    assert aid["amount_value"] == 5000000.0 and aid["amount_currency"] == "USD"
    roles = {(p["event_uid"], p["role"], p["position"]) for p in t["participants"]}
    assert ("d1#e1", "target", 0) in roles and ("d1#e1", "source", 0) in roles


def test_commands_refuse_missing_inputs_before_starting_anything(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dyad.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["spark-extract", str(tmp_path / "nope"), str(tmp_path / "out")])
    assert result.exit_code == 2 and "no such file" in result.output
    assert runner.invoke(app, ["spark-extract", str(tmp_path)]).exit_code == 2  # no OUTPUT
    result = runner.invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 2 and "prepared" in result.output


# --- Spark --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One small local[2] session for every Spark test (startup costs seconds, not each test)."""
    pytest.importorskip("pyspark", reason="pyspark not installed: pip install -e '.[spark]'")
    if shutil.which("java") is None and not _java_home():
        pytest.skip("no Java runtime: Spark needs Java 17+")
    from dyad.scale.spark_job import TEST_CONF, spark_session

    try:
        session = spark_session("local[2]", app_name="dyad-tests", conf=TEST_CONF)
    except Exception as exc:  # e.g. a Java older than Spark needs
        pytest.skip(f"Spark could not start here ({type(exc).__name__}: {str(exc)[:200]})")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _java_home() -> bool:
    import os

    home = os.environ.get("JAVA_HOME")
    return bool(home) and Path(home, "bin", "java").exists()


def _canon(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_canon(v) for v in value)
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    return value


def _rows(rows: list[dict[str, Any]], table: str) -> list[tuple]:
    cols = [c for c, _ in tables.SCHEMAS[table]]
    return sorted((tuple(_canon(r.get(c)) for c in cols) for r in rows), key=repr)


def _read(spark: Any, out: Path, table: str) -> list[dict[str, Any]]:
    from dyad.scale.spark_job import spark_schema

    folder = out / table
    if not any(folder.rglob("*.parquet")):
        return []
    df = spark.read.schema(spark_schema(table)).parquet(str(folder))
    if table == "events":  # the partition column comes back from the folder names
        df = spark.read.parquet(str(folder))
    return [r.asDict(recursive=True) for r in df.collect()]


@pytest.fixture(scope="session")
def spark_output(spark: Any, corpus: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The job run once, through the command line (it borrows the test session, and leaves it running)."""
    from typer.testing import CliRunner

    from dyad.cli import app

    out = tmp_path_factory.mktemp("spark-out") / "tables"
    args = ["spark-extract", *map(str, corpus["inputs"]), str(out), "--partitions", "3", "--format", "json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return {"out": out, "counts": json.loads(result.stdout.strip().splitlines()[-1])}


def test_spark_tables_equal_the_single_machine_tables(spark: Any, spark_output: dict[str, Any],
                                                      local_tables: dict[str, list[dict]]) -> None:
    out = spark_output["out"]
    for table in tables.TABLES:
        expected = local_tables[table]
        if table == "errors":  # Spark's file index drops zero-length files before any reader sees them
            expected = [e for e in expected if e["reason"] != "empty"]
        got = _read(spark, out, table)
        assert _rows(got, table) == _rows(expected, table), table
        assert spark_output["counts"][table] == len(expected), table


def test_spark_writes_every_table_with_its_declared_schema(spark: Any, spark_output: dict[str, Any]) -> None:
    import pyarrow.parquet as pq

    out = spark_output["out"]
    for table in tables.TABLES:
        files = sorted((out / table).rglob("*.parquet"))
        if table == "events" and not files:
            continue  # no events until the extraction stages land; see the synthetic test
        assert files, table
        names = pq.read_schema(files[0]).names
        expected = [c for c, _ in tables.SCHEMAS[table] if not (table == "events" and c == "event_month")]
        assert names == expected, table


def test_spark_events_are_partitioned_by_month(spark: Any, spark_output: dict[str, Any],
                                               local_tables: dict[str, list[dict]]) -> None:
    months = {p.name for p in (spark_output["out"] / "events").iterdir() if p.is_dir()}
    assert months == {f"event_month={e['event_month']}" for e in local_tables["events"]}


def test_spark_clustering_equals_the_reference(spark: Any) -> None:
    """Synthetic events (every rule) plus a chain across partitions that needs many rounds."""
    from dyad.scale.clustering import cluster_events_spark
    from dyad.scale.spark_job import spark_schema

    local = tables.build_tables(synthetic_results())
    events, parts = local["events"], local["participants"]
    n = 12  # y00 - y01 - ... - y11: each shares one name with the next
    events = events + [{"event_uid": f"y{i:02d}", "type": "CONSULT", "date_start": "2024-05-01"} for i in range(n)]
    parts = parts + [{"event_uid": f"y{i:02d}", "name": f"名{i + k}"} for i in range(n) for k in (0, 1)]
    edf = spark.createDataFrame([tuple(e.get(c) for c, _ in tables.EVENTS) for e in events],
                                spark_schema("events")).repartition(4)
    pdf = spark.createDataFrame([tuple(p.get(c) for c, _ in tables.PARTICIPANTS) for p in parts],
                                spark_schema("participants")).repartition(4)
    got = {r["event_uid"]: r["cluster_id"] for r in cluster_events_spark(edf, pdf).collect()}
    assert got == clustering.cluster_events(events, parts)
    assert len({got[f"y{i:02d}"] for i in range(n)}) == 1


def test_load_writes_the_rows_dyad_ingest_writes(spark_output: dict[str, Any], corpus: dict[str, Any],
                                                 tmp_path: Path) -> None:
    """`dyad load` of the tables and `dyad ingest` of the inputs give the same documents and events."""
    from typer.testing import CliRunner

    from dyad.cli import app
    from dyad.store.db import connect
    from dyad.store.ingest import IngestOptions, ingest

    db = tmp_path / "loaded.db"
    result = CliRunner().invoke(app, ["load", str(spark_output["out"]), "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["added"] == spark_output["counts"]["documents"]
    assert summary["errors"] == spark_output["counts"]["errors"]
    ingested = connect(tmp_path / "ingested.db")
    ingest(ingested, corpus["inputs"], IngestOptions(workers=1))
    loaded = connect(db)
    docs = ("SELECT n.name, d.title, d.body, d.text_hash, d.content_hash, d.published, d.n_events, d.raw_text"
            " FROM documents d JOIN document_names n ON n.document_id = d.id")
    events = ("SELECT n.name, e.id, e.type, e.mode, e.date, e.evidence, (SELECT group_concat(p.name, '|')"
              " FROM participants p WHERE p.event_id = e.id) FROM events e"
              " JOIN document_names n ON n.document_id = e.document_id")
    got, want = {r[0]: tuple(r) for r in loaded.execute(docs)}, {r[0]: tuple(r) for r in ingested.execute(docs)}
    url_less = {n for n in got if "crawl.jsonl#" in n}  # named by line hash here, by line number there
    assert set(got) - url_less <= set(want)
    assert {n: got[n] for n in set(got) - url_less} == {n: want[n] for n in set(got) - url_less}
    ev_got = sorted(tuple(r) for r in loaded.execute(events) if r[0] not in url_less)
    ev_want = sorted(tuple(r) for r in ingested.execute(events) if r[0] in set(got) - url_less)
    assert ev_got == ev_want
    errors = {r[0] for r in loaded.execute("SELECT reason FROM ingest_errors")}
    assert {"bad-jsonl", "bad-warc", "binary"} <= errors | {"undecodable"}
    again = CliRunner().invoke(app, ["load", str(spark_output["out"]), "--db", str(db), "-f", "json"])
    assert again.exit_code == 0, again.output
    rerun = json.loads(again.stdout.strip().splitlines()[-1])
    assert rerun["added"] == 0 and rerun["unchanged"] == summary["documents"]
    loaded.close()
    ingested.close()


def test_warc_reader_keeps_the_records_before_a_cut() -> None:
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url in ("https://e.vn/1", "https://e.vn/2"):
        write_response(writer, url, 200, "OK", [("Content-Type", "text/html")], b"<p>" + b"x" * 5000 + b"</p>")
    data = buf.getvalue()
    items = list(sources.pages_from_warc(io.BytesIO(data[: len(data) - 100]), "cut.warc.gz"))
    assert [i.name for i in items if isinstance(i, PageInput)] == ["https://e.vn/1"]
