"""The writer's batch shortcuts change nothing: a batch writes what one page at a time writes.

``dyad ingest`` holds a batch's search rows until COMMIT and inserts a page's events with one
statement per table; ``add_document`` writes each page on its own. Both must leave the same
rows, the same search index and the same clusters.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from dyad.pipeline import extract
from dyad.store import clusters
from dyad.store.db import connect
from dyad.store.ingest import IngestOptions, add_document, ingest
from dyad.store.sources import SourceItem
from test_store_support import FILLER, TALKS, TALKS_TITLE, page

# Left out: when a row was written, not what it says.
_TIMES = {"ingested_at", "first_seen", "last_seen", "at"}
_TABLES = {
    "documents": "id",
    "document_names": "name",
    "spans": "id",
    "teasers": "id",
    "events": "seq",
    "participants": "event_id, role, position",
    "event_sides": "seq, country, role",
    "event_clusters": "id",
    "actors": "id",
    "aliases": "actor_id, alias",
    "actor_documents": "actor_id, document_id",
    "offices": "id",
    "office_documents": "actor_id, title, document_id",
    "minhash_bands": "band, key, document_id",
}
_TENURE = {"actors", "offices", "actor_documents"}  # their first/last_seen are dates of events


def _pages() -> list[tuple[str, bytes]]:
    """Articles, a listing whose teasers point at one of them, an exact and an edited copy."""
    talks = page(TALKS_TITLE, [TALKS, *FILLER])
    listing = page(
        "越南国会主席会见外宾",
        ["国会主席会见了来访的外宾并就合作交换意见。", *FILLER[:1]],
        teasers=[
            (TALKS_TITLE, "越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。"),
            ("越南公安部通缉两名嫌犯", "据越南公安部消息,越南公安部通缉两名嫌犯。"),
        ],
    )
    pages = [("listing.txt", listing), ("talks.txt", talks), ("copy.txt", talks.replace("\n", "\r\n"))]
    for i in range(6):  # pairs of unlinked pages report one meeting: they merge by name and day
        pages.append(
            (
                f"p{i}.txt",
                page(
                    f"越南与第{i}国加强合作关系{i}",
                    [
                        f"2023年5月{i // 2 + 1}日,越南政府副总理范平明在河内会见了来访的老挝外交部长沙伦赛。",
                        *FILLER[i % 3 :],
                    ],
                ),
            )
        )
    pages.append(("edited.txt", talks.replace("双方", "两国双方", 1)))
    return [(name, text.encode("utf-8")) for name, text in pages]


def _items(pages: list[tuple[str, bytes]]) -> list[SourceItem]:
    return [SourceItem(name=name, source=name, data=data) for name, data in pages]


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for table, order in _TABLES.items():
        skip = _TIMES - ({"first_seen", "last_seen"} if table in _TENURE else set())
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
        listed = ", ".join(f'"{c}"' for c in cols)
        out[table] = [tuple(r) for r in conn.execute(f"SELECT {listed} FROM {table} ORDER BY {order}")]
    for fts in ("documents_fts", "events_fts"):
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{fts}_terms USING fts5vocab(main, {fts}, instance)"
        )
        out[fts] = [tuple(r) for r in conn.execute(f"SELECT * FROM temp.{fts}_terms ORDER BY 1, 2, 3, 4")]
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
    return out


def test_a_batch_writes_what_one_page_at_a_time_writes(tmp_path: Path) -> None:
    pages = _pages()
    with closing(connect(tmp_path / "batch.db")) as conn:
        summary = ingest(conn, [], IngestOptions(workers=1, batch_size=4), items=iter(_items(pages)))
        batched = _dump(conn)
    with closing(connect(tmp_path / "single.db")) as conn:
        for name, data in pages:
            add_document(conn, extract(data), name, raw=data, source=name)
        single = _dump(conn)
    assert summary.added == len(pages) and summary.teaser_links >= 1 and summary.near_duplicates >= 1
    assert batched["events"] and batched["documents_fts"] and batched["events_fts"]
    assert any(r[-2] > 1 for r in batched["event_clusters"])  # a teaser and its article merged
    assert batched == single


def test_a_page_replaced_within_its_batch_leaves_a_whole_search_index(tmp_path: Path) -> None:
    old = page("越南与老挝加强合作关系", ["越南与老挝签署旧协定甲乙丙。", *FILLER]).encode()
    new = page("越南与老挝加强合作关系", ["越南与老挝签署新协定丁戊己。", *FILLER]).encode()
    items = [SourceItem(name="p.txt", source="p.txt", data=data) for data in (old, new)]
    with closing(connect(tmp_path / "dyad.db")) as conn:
        summary = ingest(conn, [], IngestOptions(workers=1, batch_size=10), items=iter(items))
        assert (summary.added, summary.replaced) == (1, 1)
        conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")

        def hits(term: str) -> int:
            return conn.execute(
                "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (term,)
            ).fetchone()[0]

        assert (hits('"甲乙"'), hits('"丁戊"')) == (0, 1)
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


class _Forgetful(dict):
    """A dict that keeps nothing: every lookup misses."""

    def __setitem__(self, key: object, value: object) -> None:
        pass


class _Unseen(clusters._Seen):
    """The clusterer without its per-call memory: every event and link read from the store."""

    def __init__(self) -> None:
        super().__init__()
        self.units = _Forgetful()
        self.linked = _Forgetful()
        self._articles = _Forgetful()
        self._copies = _Forgetful()

    def by_seq(self, conn: sqlite3.Connection, seqs: list[int]) -> list[clusters._Event]:
        where = "e.seq IN (SELECT value FROM json_each(?))"
        found = {e.seq: e for e in clusters._load(conn, where, (json.dumps(seqs),))}
        return [found[s] for s in seqs if s in found]


def test_the_clusterer_remembering_what_it_read_gives_the_same_clusters(tmp_path: Path, monkeypatch) -> None:
    with closing(connect(tmp_path / "seen.db")) as conn:
        ingest(conn, [], IngestOptions(workers=1), items=iter(_items(_pages())))
        remembered = _dump(conn)
    monkeypatch.setattr(clusters, "_Seen", _Unseen)
    with closing(connect(tmp_path / "unseen.db")) as conn:
        ingest(conn, [], IngestOptions(workers=1), items=iter(_items(_pages())))
        read_again = _dump(conn)
    sizes = sorted(r[-1] for r in remembered["event_clusters"])
    assert sizes.count(2) >= 3 and sizes[-1] >= 3  # three pairs by name and day; talks and its copies
    assert remembered == read_again


def test_a_pages_own_events_as_written_are_the_events_read_back(tmp_path: Path, monkeypatch) -> None:
    from dyad.store import writer as writer_module

    checked = []
    real = writer_module.cluster_events

    def compare(conn: sqlite3.Connection, seqs: list[int], known: list[clusters._Event]) -> int:
        read = clusters._load(conn, "e.seq IN (SELECT value FROM json_each(?))", (json.dumps(seqs),))
        mine = {e.seq for e in known}
        assert known == [e for e in read if e.seq in mine]
        checked.extend(known)
        return real(conn, seqs, known=known)

    monkeypatch.setattr(writer_module, "cluster_events", compare)
    with closing(connect(tmp_path / "dyad.db")) as conn:
        ingest(conn, [], IngestOptions(workers=1), items=iter(_items(_pages())))
    assert (
        len(checked) >= 10
        and any(e.persons for e in checked)
        and any(e.unit[1] == "related" for e in checked)
    )


def test_after_an_interrupted_ingest_the_connection_writes_search_rows_inline(
    tmp_path: Path, monkeypatch
) -> None:
    from dyad.store import writer as writer_module

    pages = _pages()
    real = writer_module.write_document
    calls = {"n": 0}

    def flaky(conn: sqlite3.Connection, p: object, now: str) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(conn, p, now)

    monkeypatch.setattr("dyad.store.ingest.write_document", flaky)
    with closing(connect(tmp_path / "dyad.db")) as conn:
        with pytest.raises(KeyboardInterrupt):
            ingest(conn, [], IngestOptions(workers=1, batch_size=100), items=iter(_items(pages)))
        assert id(conn) not in writer_module._DEFERRED
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0  # the batch rolled back
        name, data = pages[1]
        add_document(conn, extract(data), name, raw=data)
        found = conn.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"王毅\"'"
        ).fetchone()
        assert found[0] == 1
