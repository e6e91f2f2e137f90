"""The store's commands driven through the real CLI (typer's CliRunner) on small real stores."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dyad import pipeline
from dyad.cli import app
from test_store_support import FILLER, TALKS, TALKS_TITLE, dictionary_stage, page, write_pages

runner = CliRunner()

HANOI = "2017年9月9日上午,河内市委书记黄忠海在金边会见了柬埔寨王国政府首相洪森。"
AID = "河内市委书记黄忠海宣布向金边市长坤盛提供500万美元援助。"
COMPOUND = "2020年5月29日,外交部副部长黎怀忠与范平明会见了中国外交部副部长罗照辉和王毅。"


def invoke(*args: str, ok: bool = True):
    result = runner.invoke(app, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return result


@pytest.fixture
def store(tmp_path: Path, monkeypatch) -> Path:
    """A store ingested through `dyad ingest`, with a test-only stage coding a few events."""
    monkeypatch.setattr(pipeline, "STAGES", [("test-dictionary", dictionary_stage)])
    write_pages(
        tmp_path / "pages",
        {
            "talks.txt": page(TALKS_TITLE, [TALKS, *FILLER]),
            "hanoi.txt": page(
                "河内市委书记黄忠海访问金边", [HANOI, AID, *FILLER[:1]], teasers=[(TALKS_TITLE, TALKS)]
            ),
            "call.txt": page("越中副外长会见", [COMPOUND, *FILLER[1:]]),
        },
    )
    db = tmp_path / "dyad.db"
    invoke("ingest", tmp_path / "pages", "--db", db, "--workers", "1")
    return db


def json_out(*args: str):
    return json.loads(invoke(*args).stdout)


def test_ingest_reports_a_summary_and_rerun_is_a_no_op(store: Path, tmp_path: Path) -> None:
    again = json_out("ingest", tmp_path / "pages", "--db", store, "--workers", "1", "--format", "json")
    assert (again["added"], again["unchanged"], again["errors"]) == (0, 3, 0)
    stats = json_out("stats", "--db", store, "--format", "json")
    assert isinstance(stats, dict)
    assert (stats["documents"], stats["events"], stats["multi_source_clusters"]) == (3, 5, 1)


def test_events_as_json_csv_and_table(store: Path) -> None:
    rows = json_out("events", "--db", store, "--format", "json")
    assert isinstance(rows, list) and len(rows) == 5
    talks = [r for r in rows if r["evidence"]["text"] == TALKS]
    assert len(talks) == 2 and {r["cluster_sources"] for r in talks} == {2}
    with_china = json_out("events", "--db", store, "--country", "VNM", "--with", "CHN", "-f", "json")
    assert {r["evidence"]["text"] for r in with_china} == {TALKS, COMPOUND}
    aid = json_out("events", "--db", store, "--min-amount", "1M", "-f", "json")
    assert [r["amount"]["value"] for r in aid] == [5e6]
    table = invoke("events", "--db", store, "--actor", "洪森").stdout
    assert "洪森" in table and "1-1 of 1" in table
    lines = list(csv.DictReader(io.StringIO(invoke("events", "--db", store, "-f", "csv").stdout)))
    assert len(lines) == 5 and "source_names" in lines[0]


@pytest.mark.parametrize("hostile", ["' OR 1=1 --", "%", '"'])
def test_hostile_filters_give_empty_results(store: Path, hostile: str) -> None:
    for option in ("--country", "--with", "--actor", "--type", "--mode", "--place", "--query"):
        assert json_out("events", "--db", store, option, hostile, "-f", "json") == [], option
    assert json_out("actors", "--db", store, "--query", hostile, "-f", "json") == []
    assert json_out("search", hostile, "--db", store, "-f", "json") == []


def test_bad_dates_and_amounts_are_usage_errors(store: Path) -> None:
    for option, value in (("--since", "last week"), ("--until", "2024-02-30"), ("--min-amount", "lots")):
        result = invoke("events", "--db", store, option, value, ok=False)
        assert result.exit_code == 2 and option in result.stderr


def test_actor_profile_and_actors(store: Path) -> None:
    profile = json_out("actor", "黄忠海", "--db", store, "-f", "json")
    assert isinstance(profile, dict) and profile["country"] == "VNM"
    assert profile["offices"][0]["title"] == "河内市委书记"
    assert profile["offices"][0]["first_seen"] == "2017-09-09"
    actors = json_out("actors", "--db", store, "--country", "CHN", "-f", "json")
    assert {a["name"] for a in actors} == {"王毅", "罗照辉"}
    missing = invoke("actor", "无名氏", "--db", store, ok=False)
    assert missing.exit_code == 1 and "dyad actors --query" in missing.stderr
    assert "河内市委书记" in invoke("actor", "黄忠海", "--db", store).stdout


def test_search_marks_matches(store: Path) -> None:
    rows = json_out("search", "王毅", "--db", store, "-f", "json")
    assert {r["name"].rsplit("/", 1)[-1] for r in rows} == {"talks.txt", "hanoi.txt", "call.txt"}
    assert all("[王毅]" in r["snippet"] and "<mark>王毅</mark>" in r["snippet_html"] for r in rows)
    events = json_out("search", "援助", "--events", "--db", store, "-f", "json")
    assert [r["type"] for r in events] == ["AID"]
    assert "[王毅]" in invoke("search", "王毅", "--db", store).stdout


def test_exports(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("export", "--format", "csv", "--out", out / "e.csv", "--db", store)
    assert len(list(csv.DictReader((out / "e.csv").open(encoding="utf-8")))) == 5
    invoke("export", "--format", "csv", "--dyadic", "--out", out / "d.csv", "--db", store)
    dyadic = list(csv.DictReader((out / "d.csv").open(encoding="utf-8")))
    assert len(dyadic) == 4 + 3  # the compound event (黎怀忠, 范平明 x 罗照辉, 王毅) gives 4 rows, + 3 simple
    invoke("export", "--format", "parquet", "--out", out / "e.parquet", "--db", store)
    table = pq.read_table(out / "e.parquet")
    assert table.num_rows == 5 and "target_countrys" in table.column_names
    invoke("export", "--format", "plover", "--out", out / "p.jsonl", "--db", store)
    records = [json.loads(line) for line in (out / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    aid = next(r for r in records if r["event_type"] == "AID")
    assert (aid["actor_name"], aid["recipient_name"], aid["actor_country"]) == ("黄忠海", "坤盛", "VNM")
    assert aid["event_text"] == AID and aid["dyad"]["amount"]["value"] == 5e6
    invoke("export", "--format", "jsonl", "--out", out / "e.jsonl", "--db", store, "--country", "KHM")
    assert len((out / "e.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_query_commands_need_a_store(tmp_path: Path) -> None:
    for args in (["events"], ["actors"], ["stats"], ["search", "王毅"], ["actor", "王毅"]):
        result = invoke(*args, "--db", tmp_path / "none.db", ok=False)
        assert result.exit_code == 1 and "dyad ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_ingest_prints_errors_and_goes_on(tmp_path: Path) -> None:
    archive = tmp_path / "pages.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", page(TALKS_TITLE, [TALKS, *FILLER]))
        zf.writestr("b.txt", "Hello\n\nnot an article\n")
    result = invoke("ingest", archive, "--db", tmp_path / "d.db", "--workers", "2")
    assert f"dyad: {archive}!b.txt: not-an-article: " in result.stderr
    assert "1 added" in result.stdout and "1 errors" in result.stdout


def test_demo_tours_a_store(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, {"talks.txt": page(TALKS_TITLE, [TALKS, *FILLER])})
    out = invoke("demo", pages, "--db", tmp_path / "demo.db", "--workers", "1").stdout
    assert "1 documents" in out and "Try next" in out and "dyad search" in out
