"""A headline that only counts the envoys' countries (``接受三国新任驻越大使递交的国书``) sums up the
calls the body then tells one envoy at a time: it is not a call of its own."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [
        e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"
    ]


BODY = (
    "2022年3月9日,越南国家主席陈国鸿在主席府接受智利新任驻越大使马丁·罗哈斯(Martin Rojas)、"
    "挪威新任驻越大使英格丽·贝格(Ingrid Berg)和秘鲁新任驻越大使路易斯·奥尔蒂斯(Luis Ortiz)递交国书。"
)


def test_counted_countries_in_the_headline_are_the_envoys_named_in_the_body() -> None:
    evs = events_of("国家主席陈国鸿接受三国新任驻越大使递交的国书", BODY)
    assert sorted(e["source"][0]["name"] for e in evs) == ["英格丽·贝格", "路易斯·奥尔蒂斯", "马丁·罗哈斯"]
    assert all(e["source"][0]["country"] for e in evs)


def test_each_country_word_works_the_same() -> None:
    evs = events_of("国家主席陈国鸿接受各国新任驻越大使递交的国书", BODY)
    assert len(evs) == 3 and all(e["source"][0]["country"] for e in evs)


def test_a_counted_headline_with_one_envoy_in_the_body_stays() -> None:
    """Only one envoy told in the body: nothing is summed up, the headline's call is kept."""
    body = "2022年3月9日,越南国家主席陈国鸿在主席府接受智利新任驻越大使马丁·罗哈斯(Martin Rojas)递交国书。"
    evs = events_of("国家主席陈国鸿接受三国新任驻越大使递交的国书", body)
    assert any(e["source"][0]["name"] == "马丁·罗哈斯" for e in evs)
