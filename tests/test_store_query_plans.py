"""The event planner: walking the date index or driving from a small set gives the same answer.

``list_events`` chooses per query between testing events newest first (filters that match
many) and naming a small filter's events through its index. Whatever it chooses, the rows, their
order and the totals must be those of a plain reading of the filter; the thresholds are
shrunk and grown here so every plan runs on a small store.
"""

from __future__ import annotations

import random
from contextlib import closing
from typing import Any

import pytest

from dyad.store import queries
from dyad.store.db import connect
from dyad.store.ingest import add_document
from dyad.store.queries import EventFilter, list_events
from test_store_support import FILLER, PEOPLE, add_event, page, parsed

PLACES = ["河内", "金边市", "北京", None]
TYPES = ["CONSULT", "AID", "AGREE"]


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory):
    rng = random.Random(7)
    names = list(PEOPLE)
    db = tmp_path_factory.mktemp("plans") / "dyad.db"
    with closing(connect(db)) as c:
        for d in range(24):
            sentences, specs = [], []
            for i in range(rng.randint(1, 5)):
                src, tgt = rng.sample(names, 2)
                dated = rng.random() < 0.85
                y, m, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 27)
                when = f"{y}年{m}月{day}日," if dated else ""
                text = f"{when}{src}与{tgt}第{d}{i}次举行会谈。"
                sentences.append(text)
                end = f"{y}-{m:02d}-{day + rng.choice((0, 0, 1)):02d}"
                specs.append(
                    dict(
                        evidence=text,
                        type_=rng.choice(TYPES),
                        source=[src],
                        target=[tgt],
                        date=f"{y}-{m:02d}-{day:02d}" if dated else None,
                        end=end if dated else None,
                        location=rng.choice(PLACES),
                        amount=rng.choice((None, None, 2e5, 5e6)),
                    )
                )
            doc = parsed(page(f"第{d}篇报道", [*sentences, *FILLER]))
            for s in specs:
                add_event(
                    doc, s.pop("evidence"), s.pop("type_"), "talks", s.pop("source"), s.pop("target"), **s
                )
            add_document(c, doc, f"p{d}.txt")
        yield c


def everything(conn) -> list[dict[str, Any]]:
    out, offset = [], 0
    while True:
        rows = list_events(conn, EventFilter(limit=1000, offset=offset)).rows
        out += rows
        if len(rows) < 1000:
            return out
        offset += 1000


def expected(rows: list[dict[str, Any]], f: EventFilter) -> list[str]:
    """The filter read plainly, on the rows of the unfiltered listing (already newest first)."""

    def countries(r: dict[str, Any], side: str) -> set[str]:
        return {p["country"] for p in r[side] if p["country"]}

    keep = []
    for r in rows:
        both = countries(r, "source") | countries(r, "target")
        if f.country and f.with_country:
            a, b = f.country, f.with_country
            s, t = countries(r, "source"), countries(r, "target")
            if not ((a in s and b in t) or (a in t and b in s)):
                continue
        elif f.country and f.country not in both:
            continue
        if f.actor and f.actor not in [p["name"] for p in r["source"] + r["target"]]:
            continue
        if f.type and r["type"] != f.type:
            continue
        if f.since and not (r["date_end"] and r["date_end"] >= f.since):
            continue
        if f.until and not (r["date_start"] and r["date_start"] <= f.until):
            continue
        if f.place and not (f.place in (r["location"] or "") or r["location_country"] == f.place):
            continue
        if f.min_amount is not None and not (r["amount"] and r["amount"]["value"] >= f.min_amount):
            continue
        if f.query and f.query not in r["evidence"]["text"]:
            continue
        keep.append(r["id"])
    return keep


FILTERS = [
    dict(country="VNM"),
    dict(country="VNM", with_country="CHN"),
    dict(country="KHM", with_country="VNM"),
    dict(actor="王毅"),
    dict(actor="黄忠海", type="AID"),
    dict(type="AGREE", since="2018-01-01", until="2020-12-31"),
    dict(since="2023-01-01"),
    dict(until="2016-06-30"),
    dict(place="河内"),
    dict(place="金边", country="VNM"),
    dict(min_amount=1e6),
    dict(query="会谈", country="CHN"),
    dict(query="王毅", since="2019-01-01"),
    dict(country="VNM", with_country="CHN", type="CONSULT", since="2016-01-01", until="2022-12-31"),
    dict(country="THA"),
]


def listing(conn, f: dict[str, Any], limit: int) -> tuple[list[str], list[tuple[int, bool]]]:
    ids, totals, offset = [], [], 0
    while True:
        p = list_events(conn, EventFilter(**f, limit=limit, offset=offset))
        ids += [r["id"] for r in p.rows]
        totals.append((p.total, p.exact))
        if len(p.rows) < limit:
            return ids, totals
        offset += limit


@pytest.mark.parametrize("plan", ["walk", "drive", "narrow window"])
@pytest.mark.parametrize("f", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_every_plan_gives_the_plain_answer(conn, monkeypatch, plan: str, f: dict[str, Any]) -> None:
    want = expected(everything(conn), EventFilter(**f))
    assert want or f == {"country": "THA"}, "the fixture should give every other filter matches"
    if plan == "walk":
        monkeypatch.setattr(queries, "FILTER_FIRST", 0)
    elif plan == "drive":
        monkeypatch.setattr(queries, "FILTER_FIRST", 10**9)
    else:  # walks count among 5 events only: totals become lower bounds, small sets take over
        monkeypatch.setattr(queries, "FILTER_FIRST", 0)
        monkeypatch.setattr(queries, "SCAN_CAP", 5)
    ids, totals = listing(conn, f, limit=4)
    assert ids == want
    for total, exact in totals:
        assert total == len(want) if exact else total <= len(want)
    if plan != "narrow window":
        assert all(exact for _, exact in totals)


def test_the_walk_is_chosen_only_when_every_filter_matches_many(conn, monkeypatch) -> None:
    assert not queries._plan(conn, EventFilter(actor="王毅")).walk
    monkeypatch.setattr(queries, "FILTER_FIRST", 3)
    assert queries._plan(conn, EventFilter(country="VNM")).walk
    assert not queries._plan(conn, EventFilter(country="VNM", document=1)).walk
    assert not queries._plan(conn, EventFilter(country="THA")).walk  # none: the empty set drives
    assert not queries._plan(conn, EventFilter(country="VNM"), ordered=False).walk
