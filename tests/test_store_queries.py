"""queries.py: event filters, pagination, actor profiles with tenure, filter value parsing."""

from __future__ import annotations

import calendar
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyad.store import queries
from dyad.store.db import connect
from dyad.store.ingest import add_document
from dyad.store.queries import ActorFilter, EventFilter, list_actors, list_events, parse_amount, parse_date
from test_store_support import FILLER, add_event, page, parsed

VISIT = "2017年9月8日至10日,应金边市长坤盛的邀请,河内市委书记黄忠海对金边市进行工作访问。"
MEET = "2017年9月9日上午,河内市委书记黄忠海礼节性拜会柬埔寨王国政府首相洪森。"
AID = "河内市委书记黄忠海向金边市长坤盛提供500万美元的援助。"
TALKS = "2019年4月1日下午,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。"
CALL = "2020年5月29日,外交部副部长黎怀忠同中国外交部副部长罗照辉通电话。"


@pytest.fixture
def conn(tmp_path: Path):
    with closing(connect(tmp_path / "dyad.db")) as c:
        doc = parsed(page("越柬两国首都深化双边合作关系", [VISIT, MEET, AID, *FILLER]))
        add_event(
            doc,
            VISIT,
            "CONSULT",
            "visit",
            ["黄忠海"],
            ["坤盛"],
            date="2017-09-08",
            end="2017-09-10",
            location="金边市",
        )
        add_event(doc, MEET, "CONSULT", "meeting", ["黄忠海"], ["洪森"], date="2017-09-09", location="金边市")
        add_event(doc, AID, "AID", None, ["黄忠海"], ["坤盛"], amount=5e6)
        add_document(c, doc, "hanoi.txt")
        doc = parsed(page("越中两国外交部长举行会谈", [TALKS, *FILLER]))
        add_event(doc, TALKS, "CONSULT", "talks", ["范平明"], ["王毅"], date="2019-04-01", location="河内")
        add_document(c, doc, "talks.txt")
        doc = parsed(page("越中副外长通电话", [CALL, *FILLER]))
        add_event(doc, CALL, "CONSULT", "phone", ["黎怀忠"], ["罗照辉"], date="2020-05-29")
        add_document(c, doc, "call.txt")
        yield c


def evidence(conn, **kw) -> list[str]:
    return [r["evidence"]["text"] for r in list_events(conn, EventFilter(**kw)).rows]


def test_filters(conn) -> None:
    assert len(evidence(conn)) == 5
    assert evidence(conn, country="khm") == [MEET, VISIT, AID]  # newest first; undated last
    assert evidence(conn, country="VNM", with_country="CHN") == [CALL, TALKS]
    assert evidence(conn, country="CHN", with_country="VNM") == [CALL, TALKS]
    assert evidence(conn, country="VNM", with_country="KHM", type="aid") == [AID]
    assert evidence(conn, actor="王毅") == [TALKS]
    assert evidence(conn, actor="王毅|CHN") == [TALKS]
    assert evidence(conn, mode="PHONE") == [CALL]
    assert evidence(conn, since="2017-09-10", until="2017-09-10") == [VISIT]  # overlap, not containment
    assert evidence(conn, since="2019-01-01") == [CALL, TALKS]
    assert evidence(conn, place="金边") == [MEET, VISIT]
    assert evidence(conn, min_amount=1e6) == [AID]
    assert evidence(conn, query="会谈") == [TALKS]


@pytest.mark.parametrize("hostile", ["' OR 1=1 --", "%", '"', "_", "\\", "'; DROP TABLE events; --"])
def test_sql_metacharacters_match_nothing(conn, hostile: str) -> None:
    for key in ("country", "with_country", "actor", "type", "mode", "place", "query"):
        page_ = list_events(conn, EventFilter(**{key: hostile}))
        assert (page_.total, page_.rows) == (0, []), key
    for key in ("country", "kind", "query"):
        assert list_actors(conn, ActorFilter(**{key: hostile})).total == 0, key
    assert queries.get_actor(conn, hostile) is None
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 5


def test_pagination_reports_the_total(conn) -> None:
    first = list_events(conn, EventFilter(limit=2))
    rest = list_events(conn, EventFilter(limit=2, offset=2))
    assert (first.total, len(first.rows), len(rest.rows)) == (5, 2, 2)
    assert {r["id"] for r in first.rows}.isdisjoint(r["id"] for r in rest.rows)


def test_actor_profile_has_aliases_offices_with_tenure_and_partners(conn) -> None:
    profile = queries.get_actor(conn, "黄忠海")
    assert profile is not None and profile["country"] == "VNM"
    assert profile["n_events"] == 3 and profile["events_total"] == 3
    office = profile["offices"][0]
    assert office["title"] == "河内市委书记"
    assert (office["first_seen"], office["last_seen"]) == ("2017-09-08", "2017-09-10")
    assert {p["name"] for p in profile["partners"]} == {"坤盛", "洪森"}
    actors = list_actors(conn, ActorFilter(country="KHM")).rows
    assert {a["name"] for a in actors} == {"坤盛", "洪森"}


def test_stats_is_one_object(conn, tmp_path: Path) -> None:
    s = queries.stats(conn, tmp_path / "dyad.db")
    assert s["documents"] == 3 and s["events"] == 5 and s["events_by_type"] == {"CONSULT": 4, "AID": 1}
    assert s["event_dates"] == {"first": "2017-09-08", "last": "2020-05-29"}


# --- parsing filter values --------------------------------------------------------------------


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_parse_date_round_trips_days(d: date) -> None:
    assert parse_date(d.isoformat()) == d.isoformat() == parse_date(d.isoformat(), end=True)


@given(st.integers(1000, 9999), st.integers(1, 12))
def test_parse_date_widens_years_and_months(year: int, month: int) -> None:
    assert parse_date(str(year)) == f"{year:04d}-01-01"
    assert parse_date(str(year), end=True) == f"{year:04d}-12-31"
    last = calendar.monthrange(year, month)[1]
    assert parse_date(f"{year}-{month}") == f"{year:04d}-{month:02d}-01"
    assert parse_date(f"{year}-{month:02d}", end=True) == f"{year:04d}-{month:02d}-{last:02d}"


@given(st.text(max_size=20))
def test_parse_date_accepts_or_raises_value_error_only(text: str) -> None:
    try:
        out = parse_date(text)
    except ValueError:
        return
    assert date.fromisoformat(out)


def test_parse_date_rejects_impossible_days() -> None:
    for bad in ("2023-02-29", "2024-13", "2024-00-10", "24-01-01", "yesterday", ""):
        with pytest.raises(ValueError):
            parse_date(bad)
    assert parse_date("2024-02-29") == "2024-02-29"


@given(st.integers(0, 10**15))
def test_parse_amount_reads_plain_and_grouped_integers(n: int) -> None:
    assert parse_amount(str(n)) == n
    assert parse_amount(f"{n:,}") == n
    assert parse_amount(f"${n}") == n


@given(
    st.integers(0, 10**6),
    st.sampled_from([("", 1), ("k", 1e3), ("M", 1e6), ("bn", 1e9), ("万", 1e4), ("亿", 1e8)]),
)
def test_parse_amount_scales(n: int, suffix: tuple[str, float]) -> None:
    word, scale = suffix
    assert parse_amount(f"{n}{word}") == pytest.approx(n * scale)
    assert parse_amount(f"{n}.5 {word}") == pytest.approx((n + 0.5) * scale)


@given(st.text(max_size=20))
def test_parse_amount_accepts_or_raises_value_error_only(text: str) -> None:
    try:
        value = parse_amount(text)
    except ValueError:
        return
    assert value >= 0 and value == value


def test_event_filter_parse_from_strings() -> None:
    f = EventFilter.parse(since="2024", until="2024-02", min_amount="500万", limit="5", country="")
    assert (f.since, f.until, f.min_amount, f.limit, f.country) == ("2024-01-01", "2024-02-29", 5e6, 5, None)
    with pytest.raises(ValueError):
        EventFilter.parse(min_amount="lots")


def test_totals_are_capped_and_say_so(conn, monkeypatch) -> None:
    monkeypatch.setattr(queries, "COUNT_CAP", 3)
    page_ = list_events(conn, EventFilter(limit=2))
    assert (page_.total, page_.exact, len(page_.rows)) == (3, False, 2)
    assert list_events(conn, EventFilter(country="CHN")).exact
