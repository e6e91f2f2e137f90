"""Near-duplicates, teaser links and event clusters, on documents with hand-built events."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from dyad.store import dedup
from dyad.store.db import connect
from dyad.store.ingest import add_document
from test_store_support import FILLER, TALKS, TALKS_TITLE, add_event, page, parsed

LONG = [
    "越南与柬埔寨两国首都深化双边合作关系,双方一致同意推进各个领域的合作,为两个城市的发展做出贡献。",
    "双方就城市规划、基础设施建设、城市管理、营商环境与投资政策、旅柬越侨问题等深入交换意见。",
    "黄忠海强调,越柬两国传统友谊与团结是两个民族的宝贵财富,为各自国家建设和保卫事业提供保障。",
    "坤盛感谢河内市在金边市建设与发展过程中所提供的支持,愿同河内市促进一切领域的合作。",
    "双方强调,此次会谈为加强两国首都的合作关系开辟新前景,造福两国人民,维护地区和平稳定与繁荣。",
]


@pytest.fixture
def conn(tmp_path: Path):
    with closing(connect(tmp_path / "dyad.db")) as c:
        yield c


def one(conn: sqlite3.Connection, sql: str, *params):
    return conn.execute(sql, params).fetchone()


def test_near_duplicate_page_points_to_its_original(conn) -> None:
    original = page("越柬两国首都深化双边合作关系", LONG)
    edited = page(
        "越柬两国首都深化合作", [*LONG[:4], LONG[4].replace("造福两国人民", "造福两国人民和两市市民")]
    )
    other = page(TALKS_TITLE, [TALKS, *FILLER])
    a = add_document(conn, parsed(original), "a.txt")
    b = add_document(conn, parsed(edited), "b.txt")
    c = add_document(conn, parsed(other), "c.txt")
    assert b.duplicate_of == a.document_id and c.duplicate_of is None
    similarity = one(conn, "SELECT similarity FROM documents WHERE id = ?", b.document_id)[0]
    assert dedup.THRESHOLD <= similarity < 1.0


def test_same_text_in_other_bytes_is_a_duplicate(conn) -> None:
    text = page(TALKS_TITLE, [TALKS, *FILLER])
    a = add_document(conn, parsed(text), "a.txt")
    b = add_document(conn, parsed(text.replace("\n", "\r\n")), "b.txt", raw=text.replace("\n", "\r\n"))
    assert b.kind == "added" and b.duplicate_of == a.document_id
    assert one(conn, "SELECT similarity FROM documents WHERE id = ?", b.document_id)[0] == 1.0


def _article() -> tuple:
    doc = parsed(page(TALKS_TITLE, [TALKS, *FILLER]))
    add_event(doc, TALKS, "CONSULT", "talks", ["范平明"], ["王毅"], date="2019-04-01", location="河内")
    return doc


def _listing() -> tuple:
    doc = parsed(
        page(
            "越南国会主席会见外宾",
            ["国会主席会见了来访的外宾并就合作交换意见。", *FILLER[:1]],
            teasers=[
                ("越南公安部通缉两名嫌犯", "据越南公安部消息,越南公安部通缉两名嫌犯。"),
                (TALKS_TITLE, "越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。"),
            ],
        )
    )
    add_event(
        doc,
        "越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。",
        "CONSULT",
        "talks",
        ["范平明"],
        ["王毅"],
        section="related",
        teaser=1,
    )
    return doc


def _clusters(conn: sqlite3.Connection) -> list[tuple]:
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT c.type, c.event_count, c.source_count FROM event_clusters c ORDER BY c.id"
        )
    ]


@pytest.mark.parametrize("article_first", [True, False])
def test_a_teaser_and_its_article_give_one_event_cluster(conn, article_first: bool) -> None:
    docs = [(_article(), "article.txt"), (_listing(), "listing.txt")]
    for doc, name in docs if article_first else docs[::-1]:
        add_document(conn, doc, name)
    article_id = one(conn, "SELECT id FROM documents WHERE name = 'article.txt'")[0]
    link = one(conn, "SELECT article_id, link_basis FROM teasers WHERE title = ?", TALKS_TITLE)
    assert tuple(link) == (article_id, "title")
    assert _clusters(conn) == [("CONSULT", 2, 2)]
    ids = {r[0] for r in conn.execute("SELECT cluster_id FROM events")}
    assert len(ids) == 1


def test_teaser_found_by_its_summary_when_titles_differ(conn) -> None:
    add_document(conn, _article(), "article.txt")
    doc = parsed(
        page(
            "越南国会主席会见外宾",
            ["国会主席会见了来访的外宾并就合作交换意见。"],
            teasers=[("越中外长在河内会谈", TALKS)],
        )
    )
    add_document(conn, doc, "listing.txt")
    link = one(conn, "SELECT article_id, link_basis FROM teasers WHERE title = '越中外长在河内会谈'")
    assert link["link_basis"] == "similarity" and link["article_id"] == 1


def test_events_of_one_page_part_never_merge(conn) -> None:
    """A visit and the talks inside it are two events, even when a copy of the page reports both."""
    visit = "2019年4月1日至3日,中国国务委员兼外交部长王毅对越南进行正式访问,访问期间同范平明举行会谈。"
    talks = "2019年4月1日下午,越南政府副总理兼外交部长范平明与王毅举行会谈。"
    text = page("王毅对越南进行正式访问", [visit, talks, *FILLER])
    for name in ("a.txt", "b.txt"):
        doc = parsed(text + ("\n" if name == "b.txt" else ""))
        add_event(doc, visit, "CONSULT", None, ["王毅"], ["范平明"], date="2019-04-01", end="2019-04-03")
        add_event(doc, talks, "CONSULT", "talks", ["范平明"], ["王毅"], date="2019-04-01")
        add_document(conn, doc, name, raw=doc.text)
    assert sorted(_clusters(conn)) == [("CONSULT", 2, 2), ("CONSULT", 2, 2)]
    pairs = conn.execute("SELECT count(DISTINCT cluster_id) FROM events GROUP BY document_id").fetchall()
    assert [r[0] for r in pairs] == [2, 2]


def test_same_type_and_names_on_other_dates_stay_apart(conn) -> None:
    for i, day in enumerate(("2019-04-01", "2019-09-20")):
        sentence = f"越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅第{i}次举行了会谈。"
        doc = parsed(page(f"越中外长第{i}次会谈", [sentence, *FILLER[i:]]))
        add_event(doc, sentence, "CONSULT", "talks", ["范平明"], ["王毅"], date=day)
        add_document(conn, doc, f"{i}.txt")
    assert _clusters(conn) == [("CONSULT", 1, 1), ("CONSULT", 1, 1)]


def test_undated_events_of_unlinked_pages_stay_apart(conn) -> None:
    for i in range(2):
        sentence = f"河内向金边提供{i + 5}00万美元的援助,黄忠海向坤盛转交援助款。"
        doc = parsed(page(f"河内援助金边第{i}批", [sentence, *LONG[i:]]))
        add_event(doc, sentence, "AID", None, ["黄忠海"], ["坤盛"], amount=(i + 5) * 1e6)
        add_document(conn, doc, f"{i}.txt")
    assert _clusters(conn) == [("AID", 1, 1), ("AID", 1, 1)]


def test_replacing_a_page_updates_clusters_actors_and_offices(conn, tmp_path: Path) -> None:
    add_document(conn, _article(), "article.txt")
    add_document(conn, _listing(), "listing.txt")
    assert _clusters(conn) == [("CONSULT", 2, 2)]
    changed = parsed(page(TALKS_TITLE, ["双方举行了会谈但没有点名。", *FILLER]))
    outcome = add_document(conn, changed, "article.txt")
    assert outcome.kind == "replaced"
    assert _clusters(conn) == [("CONSULT", 1, 1)]
    wang = one(conn, "SELECT n_documents, n_events FROM actors WHERE id = '王毅|CHN'")
    assert tuple(wang) == (1, 1)
    office = one(conn, "SELECT n_documents, first_seen FROM offices WHERE actor_id = '王毅|CHN'")
    assert office["n_documents"] == 1 and office["first_seen"] is None  # the teaser is undated, unpublished


def test_names_overlap_counts_containment() -> None:
    assert dedup.norm_name("瓦莱丽 · 佩克雷斯") == "瓦莱丽佩克雷斯"
    assert dedup.names_overlap({"河内市"}, {"河内"}) == 1
    assert dedup.names_overlap({"王毅"}, {"范平明"}) == 0
    assert dedup.names_overlap({""}, {"王毅"}) == 0


def test_one_host_meeting_two_guests_on_one_day_is_two_events(conn) -> None:
    """Two pages, one day, the same host: a shared host alone does not make one meeting."""
    for i, guest in enumerate(("王毅", "坤盛")):
        sentence = f"越南政府副总理兼外交部长范平明会见了{guest}。"
        doc = parsed(page(f"范平明会见外宾第{i}篇", [sentence, *LONG[i:]]))
        add_event(doc, sentence, "CONSULT", "meeting", ["范平明"], [guest], date="2019-04-01")
        add_document(conn, doc, f"{i}.txt")
    assert _clusters(conn) == [("CONSULT", 1, 1), ("CONSULT", 1, 1)]


def test_two_leaders_attending_one_summit_are_two_events(conn) -> None:
    for i, leader in enumerate(("范平明", "黄忠海")):
        sentence = f"{leader}出席第43届东盟峰会和东盟—日本峰会。"
        doc = parsed(page(f"出席东盟峰会第{i}篇", [sentence, *LONG[i:]]))
        forums = ["第43届东盟峰会", "东盟—日本峰会"]  # two names shared: only the people differ
        add_event(doc, sentence, "CONSULT", "multilateral", [leader], forums, date="2023-09-05")
        add_document(conn, doc, f"{i}.txt")
    assert _clusters(conn) == [("CONSULT", 1, 1), ("CONSULT", 1, 1)]


@pytest.mark.parametrize("chars", [6, 600, 20_000])  # 20,000: more shingles than one slice holds
def test_signature_is_datasketchs_minhash(chars: int) -> None:
    from datasketch import MinHash

    body = "".join(chr(0x4E00 + (i * 7919) % 20_000) for i in range(chars))
    hashes = dedup._shingle_hashes(dedup._SPACE.sub("", dedup.normalise_width(body)))
    m = MinHash(
        num_perm=dedup.NUM_PERM, seed=1, hashfunc=int, permutations=dedup._permutations(), scheme="affine32"
    )
    m.update_batch(hashes.tolist())
    sig = dedup.signature(body)
    assert sig is not None and sig.values.dtype == np.uint32
    assert sig.values.tolist() == m.hashvalues.tolist()
    assert chars < 20_000 or len(hashes) > dedup._ROWS


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("越柬 两国", "\n".join(LONG)),
        ("Ｇ２０\u3000峰会", "短"),
        ("", ""),
        ("标题", "Hà Nội  \t河内\n１２３"),
    ],
)
def test_page_keys_are_the_text_hash_and_the_signature(title: str, body: str) -> None:
    digest, sig = dedup.page_keys(title, body)
    alone = dedup.signature(body)
    assert digest == dedup.text_hash(title, body)
    assert (sig is None and alone is None) or (
        sig is not None and alone is not None and sig.to_bytes() == alone.to_bytes()
    )
