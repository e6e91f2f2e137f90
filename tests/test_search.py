"""Search: bigram tokens, safe MATCH expressions, exact recall on names, snippets from real text."""

from __future__ import annotations

import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.store import queries, search
from dyad.store.db import connect
from dyad.store.ingest import add_document
from dyad.store.search import index_text, mark, match_expression, snippet, tokens
from test_store_support import FILLER, page, parsed


def test_tokens_are_bigrams_with_the_run_tail_and_latin_words() -> None:
    assert tokens("王毅强调") == ["王毅", "毅强", "强调", "调"]
    assert tokens("会见Phnom Penh市长") == ["会见", "见", "phnom", "penh", "市长", "长"]
    assert tokens("瓦莱丽·佩克雷斯") == tokens("瓦莱丽佩克雷斯")
    assert tokens("Ｇ２０峰会") == ["g20", "峰会", "会"]
    assert tokens("。,、!") == []


def _reference_tokens(text: str) -> list[str]:
    """``tokens`` as first written (slices, a translate table, every run lower-cased)."""
    folded = unicodedata.normalize("NFKC", text).translate(str.maketrans("", "", "·・•‧"))
    out: list[str] = []
    for m in search._RUN.finditer(folded):
        run = m.group().lower()
        if m.group(1) is None:
            out.append(run)
        else:
            out += [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]
    return out


_MIXED = st.text(
    alphabet=st.sampled_from(
        list("王毅范平明會谈河内·・•‧ \n。,ＡＢ１２Ǆİ\u00e0\u1ea1HàNộiPhnom_-\uf900\U00020000x9")
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(text=_MIXED)
def test_tokens_match_the_plain_reference(text: str) -> None:
    assert tokens(text) == _reference_tokens(text)
    assert index_text(text) == " ".join(_reference_tokens(text))


def test_match_expression_quotes_everything() -> None:
    assert match_expression("王毅") == '"王毅"'
    assert match_expression("王") == '"王"*'
    assert match_expression("范平明 王毅") == '"范平 平明" AND "王毅"'
    assert match_expression("G20峰") == '"g20 峰"*'
    for hostile in ['" OR 1=1 --', "' OR 1=1 --", "NEAR(a b)", "%", "*", '"', "^王", "title:王毅", "a AND"]:
        expr = match_expression(hostile)
        assert expr is None or all(part.startswith('"') for part in expr.split(" AND "))


PAGES = {
    "title.txt": ("王毅会见越南客人", "越南客人与中方会谈。"),
    "body.txt": ("越中两国外长会谈", "中国国务委员兼外交部长王毅举行了会谈。"),
    "teaser.txt": ("河内举行招商会", "河内市举行招商会。"),
    "wang.txt": ("王先生访问河内", "王先生与毅先生一同访问河内,毅然决定投资。"),
    "spaced.txt": ("王 毅 不是一个词", "王、毅两个字分开写。"),
    "other.txt": ("越老合作", "越南与老挝加强合作。"),
}


@pytest.fixture
def store(tmp_path: Path):
    with closing(connect(tmp_path / "dyad.db")) as conn:
        for name, (title, body) in PAGES.items():
            teasers = [("中国外长王毅访问河内", "王毅抵达河内。")] if name == "teaser.txt" else None
            add_document(conn, parsed(page(title, [body, *FILLER[1:2]], teasers=teasers)), name)
        yield conn


def _names(conn: sqlite3.Connection, query: str) -> set[str]:
    page_ = queries.search(conn, queries.SearchFilter(query, limit=100))
    assert page_.total == len(page_.rows)
    return {r["name"] for r in page_.rows}


def _containing(conn: sqlite3.Connection, needle: str) -> set[str]:
    return {
        r[0]
        for r in conn.execute("SELECT name, title || lead || body || extra FROM documents")
        if needle in r[1]
    }


def test_wang_yi_finds_every_page_naming_him_and_no_other(store) -> None:
    found = _names(store, "王毅")
    assert found == _containing(store, "王毅") == {"title.txt", "body.txt", "teaser.txt"}


def test_one_character_and_phrase_queries(store) -> None:
    assert _names(store, "毅") == _containing(store, "毅")
    assert _names(store, "毅先生") == {"wang.txt"}
    assert _names(store, "王毅 会见") == {"title.txt"}
    assert _names(store, "外交部长王毅") == {"body.txt"}


def test_results_rank_title_hits_first_and_mark_the_real_text(store) -> None:
    rows = queries.search(store, queries.SearchFilter("王毅")).rows
    assert rows[0]["name"] == "title.txt"
    body = next(r for r in rows if r["name"] == "body.txt")
    assert "[王毅]" in body["snippet"] and "<mark>王毅</mark>" in body["snippet_html"]


@pytest.mark.parametrize(
    "hostile", ["' OR 1=1 --", '"', "%", '" OR "1"="1', "*", "NEAR(王 毅)", "); DROP TABLE x"]
)
def test_hostile_queries_find_nothing_and_break_nothing(store, hostile: str) -> None:
    assert queries.search(store, queries.SearchFilter(hostile)).total == 0
    assert queries.search(store, queries.SearchFilter(hostile, target="events")).total == 0
    assert store.execute("SELECT count(*) FROM documents").fetchone()[0] == len(PAGES)


def test_snippet_escapes_html_and_keeps_joined_names() -> None:
    s = snippet({"body": "法兰西岛巴黎区长瓦莱丽·佩克雷斯<b>致辞</b>"}, "瓦莱丽佩克雷斯")
    assert "[瓦莱丽·佩克雷斯]" in s.text
    assert "<mark>瓦莱丽·佩克雷斯</mark>&lt;b&gt;" in s.html
    assert mark("Phnom Penh and Penhx", "penh") == "Phnom [Penh] and Penhx"


_HAN = st.sampled_from(list("王毅范平明越南中国会谈合作河内金边访问外交部长"))


@settings(max_examples=150, deadline=None)
@given(text=st.lists(_HAN, min_size=1, max_size=30).map("".join), data=st.data())
def test_every_substring_of_an_indexed_text_is_found(text: str, data) -> None:
    """The index/query token contract: any contiguous piece of a Han run matches its text."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    other = data.draw(st.lists(_HAN, min_size=1, max_size=30).map("".join))
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, content='', tokenize='unicode61 remove_diacritics 2')")
    conn.executemany(
        "INSERT INTO t (rowid, x) VALUES (?, ?)", [(1, index_text(text)), (2, index_text(other))]
    )
    query = text[start:end]
    found = {r[0] for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (match_expression(query),))}
    assert 1 in found
    assert (2 in found) == (query in other)


def test_common_words_rank_only_the_newest_matches(store, monkeypatch) -> None:
    matching = sorted(r[0] for r in store.execute("SELECT id FROM documents WHERE body LIKE '%越南%'"))
    assert len(matching) > 2
    monkeypatch.setattr(queries, "COUNT_CAP", 2)
    monkeypatch.setattr(queries, "RANK_CAP", 2)
    page_ = queries.search(store, queries.SearchFilter("越南"))
    assert (page_.total, page_.exact) == (2, False)
    assert sorted(r["id"] for r in page_.rows) == matching[-2:]
    # totals and ranking have their own caps: count further, rank fewer
    monkeypatch.setattr(queries, "COUNT_CAP", len(matching))
    monkeypatch.setattr(queries, "RANK_CAP", 1)
    page_ = queries.search(store, queries.SearchFilter("越南"))
    assert (page_.total, page_.exact) == (len(matching), True)
    assert [r["id"] for r in page_.rows] == matching[-1:]


def test_a_common_word_ranks_its_newest_matches_title_hits_first(tmp_path: Path, monkeypatch) -> None:
    """Past RANK_CAP matches, bm25 is skipped: the newest RANK_CAP, title hits first."""
    pages = [
        ("越老合作再上新台阶", "两国领导人会见。"),
        ("越柬举行会谈", "双方同意加强合作。"),
        ("越泰举行会谈", "双方同意深化合作。"),
        ("越日合作前景广阔", "两国领导人通电话。"),
        ("越韩举行会谈", "双方同意扩大合作。"),
    ]
    with closing(connect(tmp_path / "dyad.db")) as conn:
        for n, (title, body) in enumerate(pages):
            add_document(conn, parsed(page(title, [body, *FILLER[1:2]])), f"p{n}.txt")
        monkeypatch.setattr(queries, "RANK_CAP", 3)
        got = queries.search(conn, queries.SearchFilter("合作", limit=10))
        assert (got.total, got.exact) == (5, True)
        assert [r["title"] for r in got.rows] == ["越日合作前景广阔", "越韩举行会谈", "越泰举行会谈"]
        assert [
            r["title"] for r in queries.search(conn, queries.SearchFilter("合作", limit=1, offset=1)).rows
        ] == ["越韩举行会谈"]
        monkeypatch.setattr(queries, "RANK_CAP", 100)  # few matches: bm25 over all, titles weigh most
        titles = [r["title"] for r in queries.search(conn, queries.SearchFilter("合作", limit=10)).rows]
        assert set(titles[:2]) == {"越老合作再上新台阶", "越日合作前景广阔"} and len(titles) == 5
