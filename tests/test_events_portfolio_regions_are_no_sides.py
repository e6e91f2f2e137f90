"""``主管东亚太平洋事务的助理国务卿``: the regions of an official's portfolio are no sides."""

from __future__ import annotations

from test_events import events_of, names, only


def test_regions_an_official_deals_with_are_not_hosts_of_a_reception() -> None:
    evs = events_of(
        "2019年4月10日,越南驻美国大使陈光明为美国国务院主管南亚中亚事务的助理国务卿约翰·史密斯(John Smith)举行招待会。"
    )
    ev = only(evs, "CONSULT")
    assert names(ev["source"]) == ["陈光明"], ev["source"]
    assert "约翰·史密斯" in names(ev["target"]) and "中亚" not in names(ev["target"])
