"""Property tests for the parsers that read untrusted text: pages, dates, amounts, query filters.

Complements ``test_document_spans`` (random text and markup) and the grammar's own properties:
here the inputs are *real* pages damaged the way crawls damage them, the same article in
every encoding, impossible dates and absurd amounts in article text, and any strings at all
in every query filter of a small real store. The contract each test checks is the documented
one: a value, or the one documented error (``DyadInputError``, ``ValueError``), nothing else.
"""

from __future__ import annotations

import codecs
import json
import math
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import dyad
from dyad.document import DyadInputError
from dyad.extraction.events import find_amounts
from dyad.extraction.time_grammar import scan
from dyad.store import queries
from dyad.store.db import connect
from dyad.store.ingest import IngestOptions, ingest
from dyad.store.queries import ActorFilter, EventFilter, SearchFilter, parse_amount, parse_date
from hostile.files import sample_page, script_page_html, script_page_text
from test_document_spans import assert_spans_sound

REASONS = {"empty", "binary", "undecodable", "not-an-article", "too-large"}
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=200, deadline=None)
SAMPLES = [sample_page(n) for n in (1, 2, 3, 5, 8, 13, 14, 16, 20)]  # text, BOM, UTF-16, GBK, HTML


def _extract_or_reason(page: bytes | str) -> dyad.Document | None:
    try:
        doc = dyad.extract(page)
    except DyadInputError as exc:
        assert exc.reason in REASONS and str(exc)
        return None
    assert_spans_sound(doc)
    json.dumps(dyad.to_record(doc), allow_nan=False)  # strict JSON: no NaN/Infinity in any value
    return doc


# --- pages ------------------------------------------------------------------------------------


@st.composite
def damaged_pages(draw: st.DrawFn) -> bytes:
    """A real sample page with crawl damage: flipped bytes, a cut, a splice, a lost range."""
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "splice", "delete", "insert"]))
        at = draw(st.integers(0, len(data)))
        if kind == "flip" and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif kind == "cut":
            data = data[:at]
        elif kind == "splice":
            other = draw(st.sampled_from(SAMPLES))
            data = data[:at] + other[draw(st.integers(0, len(other))) :]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 300)) :]
        else:
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    return bytes(data)


@SLOW
@given(damaged_pages())
def test_damaged_real_pages_give_a_document_or_a_reason(page: bytes) -> None:
    _extract_or_reason(page)


_HAN = st.sampled_from(list("越南中国老挝柬埔寨总理主席部长会见会谈访问合作关系双方表示加强发展友好两国人民"))
_SENTENCE = st.lists(_HAN, min_size=4, max_size=30).map(lambda cs: "".join(cs) + "。")


@SLOW
@given(
    title=st.lists(_HAN, min_size=4, max_size=20).map("".join),
    paragraphs=st.lists(_SENTENCE, min_size=1, max_size=4),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
)
def test_the_same_article_reads_the_same_in_every_encoding(
    title: str, paragraphs: list[str], month: int, day: int
) -> None:
    text = "\n\n".join([title, f"越通社河内——{month}月{day}日,{paragraphs[0]}", *paragraphs[1:]]) + "\n"
    want = _extract_or_reason(text.encode("utf-8"))
    assume(want is not None)
    assert want is not None
    html = f'<html><head><meta charset="utf-8"></head><body><pre>{text}</pre></body></html>'
    for data in (
        codecs.BOM_UTF8 + text.encode("utf-8"),
        text.encode("utf-16"),
        text.encode("utf-16-le"),
        text.encode("gb18030"),
        text.encode("gbk"),
    ):
        got = _extract_or_reason(data)
        assert got is not None, data[:40]
        assert (got.slice(got.title), [got.slice(s) for s in got.body]) == (
            want.slice(want.title),
            [want.slice(s) for s in want.body],
        )
    _extract_or_reason(html.encode("gbk"))  # a lying charset: read or refused, never a crash


# --- dates ------------------------------------------------------------------------------------

_DIGITS = st.sampled_from(
    ["0", "1", "2", "9", "１", "２", "０", "〇", "一", "二", "十", "廿", "卅", "百", "零", "两"]
)
_NUMBER = st.lists(_DIGITS, min_size=1, max_size=6).map("".join) | st.integers(0, 10**12).map(str)
_DATE_PART = st.tuples(
    _NUMBER, st.sampled_from(["年", "月", "日", "号", "-", "/", ".", "至", "—", "", "农历", "初"])
)
date_like = st.lists(_DATE_PART, min_size=1, max_size=6).map(lambda ps: "".join(a + b for a, b in ps))


@FAST
@given(date_like, st.text(max_size=10))
def test_date_shaped_text_scans_without_error(written: str, noise: str) -> None:
    text = noise + written + noise
    for r in scan(text):
        assert 0 <= r.start < r.end <= len(text) and text[r.start : r.end] == r.text
        if r.m is not None:
            assert 1 <= r.m <= 12
        if r.d is not None:
            assert 1 <= r.d <= 31


@SLOW
@given(
    st.lists(date_like, min_size=1, max_size=4),
    st.sampled_from([None, "2019-04-10", "0001-01-01", "9999-12-31"]),
)
@example(dates=["廿农历1月"], published="0001-01-01")  # a lunar day of year 1 is in Gregorian year 0
def test_impossible_dates_in_an_article_never_break_extraction(
    dates: list[str], published: str | None
) -> None:
    """Every date the pipeline resolves is a real ISO day, whatever the page wrote."""
    body = "".join(f"越南国家主席{d}在河内会见中国外交部长。" for d in dates)
    page = f"越南国家主席会见中国外交部长\n\n越通社河内——{body}\n\n双方表示加强合作。\n"
    meta = {"published": published} if published else None
    try:
        doc = dyad.extract(page, meta=meta)
    except DyadInputError as exc:
        assert exc.reason in REASONS
        return
    rec = dyad.to_record(doc)
    json.dumps(rec, allow_nan=False)
    for ev in rec["events"]:
        for key in ("date_start", "date_end"):
            if ev.get(key):
                date.fromisoformat(ev[key])


date_filter = st.one_of(
    st.text(max_size=14),
    st.from_regex(r"\A\s*-?\d{1,6}([-/.]\d{0,3}([-/.]\d{0,3})?)?\s*\Z"),
)


@FAST
@given(date_filter, st.booleans())
def test_parse_date_gives_a_real_day_or_value_error(value: str, end: bool) -> None:
    try:
        out = parse_date(value, end=end)
    except ValueError:
        return
    day = date.fromisoformat(out)
    assert parse_date(value) <= parse_date(value, end=True)
    assert out == day.isoformat()


# --- amounts ----------------------------------------------------------------------------------

_UNIT = st.sampled_from(
    ["美元", "万美元", "亿美元", "万亿越盾", "元", "欧元", "剂", "吨", "人民币", "元人民币", ""]
)
amount_like = st.tuples(_NUMBER | st.integers(0, 10**400).map(str), _UNIT).map("".join)


@FAST
@given(st.lists(amount_like | st.text(max_size=8), max_size=6).map("".join))
@example("9" * 400 + "万美元")  # was inf: Infinity in the record, which is not JSON
@example("〇十〇美元")  # cn2an raised KeyError, out of dyad.extract
def test_find_amounts_reads_any_text_into_finite_amounts(text: str) -> None:
    for a in find_amounts(text, 0, len(text)):
        assert math.isfinite(a.value) and a.value >= 0
        assert 0 <= a.span.start < a.span.end <= len(text)


@SLOW
@given(amount_like)
@example("〇十〇美元")
def test_absurd_amounts_in_an_article_keep_the_record_strict_json(amount: str) -> None:
    page = (
        f"越南向古巴提供援助\n\n越通社河内——5月1日,越南政府向古巴提供{amount}援助。\n\n双方表示加强合作。\n"
    )
    _extract_or_reason(page)


amount_filter = st.one_of(
    st.text(max_size=16),
    st.from_regex(
        r"\A\s*[$€£¥]?\s*[\d,_]{1,12}(\.\d{0,4})?(e[+-]?\d{1,3})?\s*(k|m|mn|b|bn|t|万|亿|千|百万|万亿)?\s*\Z"
    ),
)


@FAST
@given(amount_filter)
@example("1e999")  # was OverflowError
@example("$0e999")
def test_parse_amount_gives_a_finite_amount_or_value_error(value: str) -> None:
    try:
        out = parse_amount(value)
    except ValueError:
        return
    assert math.isfinite(out) and out >= 0


# --- query filters on a small real store ------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    folder = tmp_path_factory.mktemp("store-pages")
    for n in (1, 3, 5, 10, 14, 19):
        (folder / f"{n:03d}.page").write_bytes(sample_page(n))
    (folder / "script.txt").write_text(script_page_text(), encoding="utf-8")
    (folder / "script.html").write_text(script_page_html(), encoding="utf-8")
    db = folder / "store.db"
    with closing(connect(db)) as conn:
        ingest(conn, sorted(folder.glob("*.*")), IngestOptions(workers=1))
    conn = connect(db, readonly=True)
    yield conn
    conn.close()


_FILTER_TEXT = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(
        [
            "VNM",
            "chn",
            "CONSULT",
            "aid",
            "visit",
            "2019",
            "2021-13",
            "0",
            "-1",
            "5M",
            "1e999",
            "500万",
            "'; DROP TABLE events; --",
            '" OR 1=1 --',
            "%",
            "_",
            "*",
            "NEAR(",
            "阮富仲",
            "河内",
            "true",
            "18446744073709551616",
            "99999999999999999999999",
            "1e3",
            "\x00",
            "<script>",
        ]
    ),
)
FIELDS = (
    "country",
    "with_country",
    "actor",
    "type",
    "mode",
    "since",
    "until",
    "place",
    "min_amount",
    "document",
    "cluster",
    "query",
    "coded",
    "limit",
    "offset",
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({}, optional={k: _FILTER_TEXT for k in FIELDS}))
@example({"min_amount": "1e999"})  # were OverflowError, not the documented ValueError
@example({"offset": "18446744073709551616"})
@example({"document": "-99999999999999999999999", "cluster": "99999999999999999999999"})
def test_any_strings_in_the_event_filters(store: sqlite3.Connection, raw: dict[str, str | None]) -> None:
    """Any strings: a ValueError naming the bad value, or a page of events from the store."""
    try:
        f = EventFilter.parse(**raw)
    except ValueError:
        return
    page = queries.list_events(store, f)
    everything = {r[0] for r in store.execute("SELECT id FROM events")}
    ids = [r["id"] for r in page.rows]
    assert set(ids) <= everything and len(ids) == len(set(ids))
    assert len(ids) <= max(0, min(f.limit, queries.MAX_LIMIT)) and len(ids) <= page.total
    if f.type:
        assert all(r["type"] == f.type.upper() for r in page.rows)
    if f.country:
        assert all(
            any(p["country"] == f.country.upper() for p in r["source"] + r["target"]) for r in page.rows
        )
    if f.since:
        assert all(r["date_end"] >= f.since for r in page.rows)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_FILTER_TEXT, _FILTER_TEXT, _FILTER_TEXT, st.integers(-(2**70), 2**70), st.integers(-(2**70), 2**70))
@example(None, None, "越南", 10, 2**64)  # an offset past int64 was OverflowError
def test_any_values_in_actor_search_and_document_lookups(
    store: sqlite3.Connection, country: str | None, kind: str | None, q: str | None, limit: int, offset: int
) -> None:
    actors = queries.list_actors(store, ActorFilter(country, kind, q, limit, offset))
    assert len(actors.rows) <= queries.MAX_LIMIT
    for target in ("documents", "events"):
        found = queries.search(store, SearchFilter(q or "", target, limit, offset))
        assert len(found.rows) <= max(0, min(limit, queries.MAX_LIMIT))
    assert queries.get_document(store, offset) is None or 0 < offset < 2**63
    queries.list_events(store, EventFilter(document=offset, cluster=limit, offset=offset, limit=limit))


def test_sql_metacharacters_match_nothing_rather_than_everything(store: sqlite3.Connection) -> None:
    total = queries.list_events(store, EventFilter()).total
    assert total > 0
    for value in ("' OR '1'='1", '" OR ""="', "%", "_", "') --", "1; DELETE FROM events"):
        for key in ("country", "with_country", "actor", "type", "mode", "place", "query"):
            assert queries.list_events(store, EventFilter(**{key: value})).total == 0, (key, value)
    assert queries.list_events(store, EventFilter()).total == total  # and nothing was deleted


@FAST
@given(
    st.one_of(st.text(max_size=30), date_filter, st.dates().map(lambda d: d.isoformat() + "T09:30:00+07:00"))
)
@example("2024-13-01")  # was stored as the page's date
@example("   2024-01-01")
def test_a_callers_published_date_is_a_real_day_or_ignored(published: str) -> None:
    doc = dyad.parse_page(
        "越南总理会见中国外长\n\n越通社河内——5月1日,越南总理会见中国外长。\n", meta={"published": published}
    )
    assert doc.published is None or date.fromisoformat(doc.published).isoformat() == doc.published


# --- the long-run fuzzer's own parts (fuzz/) ---------------------------------------------------


def test_fuzz_inputs_are_reproducible_bounded_and_checked() -> None:
    """The supervisor rebuilds an input from (seed, index): generation must be deterministic."""
    import sys

    fuzz = Path(__file__).resolve().parents[1] / "fuzz"
    sys.path.insert(0, str(fuzz))
    try:
        from fuzz_extract import run_one
        from mutators import MAX_INPUT, generate, load_seeds
    finally:
        sys.path.remove(str(fuzz))
    seeds = load_seeds([str(Path(__file__).resolve().parents[1] / "examples" / "pages")])
    for index in range(25):
        data, how = generate(seeds, 1, index)
        assert (data, how) == generate(seeds, 1, index) and len(data) <= MAX_INPUT and how
        assert run_one(data, index) in {"document"} | {f"refused:{r}" for r in REASONS}
