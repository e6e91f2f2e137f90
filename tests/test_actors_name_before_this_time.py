"""An unknown transliterated name followed by 此次/这次/本次/首次 (the visit counted after it) ends
before those words: the name is still read. Sentences and names invented for these tests."""

from __future__ import annotations

from dyad import extract, to_record


def _actors(body: str) -> dict[str, dict]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return {a["name"]: a for a in to_record(extract(text)).get("actors", [])}


def test_name_before_cici_is_read() -> None:
    got = _actors("阮文安强调,美国总统阿席薛此次对越南进行正式访问意义重大。")
    assert got.get("阿席薛", {}).get("country") == "USA"


def test_name_before_shouci_is_read() -> None:
    got = _actors("5月4日,泰国总理巴颂蓬首次访问越南。")
    assert got.get("巴颂蓬", {}).get("country") == "THA"


def test_later_bare_mention_keeps_the_visit() -> None:
    body = (
        "阮文安强调,美国总统阿席薛此次对越南进行正式访问意义重大。"
        "美方表示,阿席薛于2017年11月对越南进行访问并出席APEC领导人会议之旅取得圆满成功。"
    )
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    events = to_record(extract(text))["events"]
    assert any(ev["mode"] == "visit" and [p["name"] for p in ev["source"]] == ["阿席薛"] for ev in events)
