"""Two firms joined by 与, the first one unknown to the tables, stay two sides of a signing."""

from __future__ import annotations

from dyad import extract, to_record


def _signings(text: str) -> list[tuple[list[str], list[str]]]:
    evs = to_record(extract(text))["events"]
    return [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs if e["type"] == "AGREE"]


def test_unknown_vietnamese_firm_and_a_known_one() -> None:
    text = (
        "越南企业与欧洲企业签署合同\n\n"
        "越通社巴黎——9月6日,越南金鹤公司与空中客车公司签署总额5亿美元的8架飞机订购合同。(越通社-VNA)\n"
    )
    assert (["越南金鹤公司"], ["空中客车公司"]) in _signings(text), _signings(text)


def test_two_unknown_firms_of_two_countries() -> None:
    text = (
        "越日企业签署合作协议\n\n"
        "越通社东京——5月12日,越南青松集团与日本白川公司签署总额2亿美元的合作协议。(越通社-VNA)\n"
    )
    assert (["越南青松集团"], ["日本白川公司"]) in _signings(text), _signings(text)


def test_fields_of_one_provincial_body_stay_joined() -> None:
    text = (
        "越南广宁省代表团会见中国广西文化与旅游厅代表\n\n"
        "越通社下龙——5月12日,越南广宁省人民委员会副主席黎文明会见了广西文化与旅游厅厅长陈大华。(越通社-VNA)\n"
    )
    titles = {p["name"]: p["title"] for e in to_record(extract(text))["events"] for p in e["source"] + e["target"]}
    assert titles.get("陈大华", "").startswith("广西文化与旅游厅"), titles
