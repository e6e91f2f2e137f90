"""A ministry every country has (农业部, 司法部), listed with no country of its own, named right after
a country (老挝司法部) is that country's ministry, its name starting at the country; a signing
between two such ministries has both sides. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _sides(body: str) -> list[tuple[list, list]]:
    rec = to_record(extract(f"越南代表团访问老挝\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [
        ([(p["name"], p["country"]) for p in e["source"]], [(p["name"], p["country"]) for p in e["target"]])
        for e in rec["events"]
        if e["type"] == "AGREE"
    ]


def test_two_ministries_named_after_their_countries_sign() -> None:
    body = "5月12日,越南农业部与泰国农业部签署了合作备忘录。"
    assert _sides(body) == [([("越南农业部", "VNM")], [("泰国农业部", "THA")])]


def test_foreign_ministry_of_a_common_name_is_the_other_side() -> None:
    body = "5月15日,越南司法部同老挝司法部签署了合作协议。"
    assert _sides(body) == [([("越南司法部", "VNM")], [("老挝司法部", "LAO")])]

