"""越南驻A大使兼驻B和C大使X: one envoy posted to several countries is the sender's, with the
whole chain as his office (not C's ambassador)."""

from __future__ import annotations

from dyad import extract, to_record


def _people(body: str) -> dict[str, dict]:
    text = f"越南大使接受采访\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    rec = to_record(extract(text))
    return {a["name"]: a for a in rec["actors"] if a["kind"] == "person"}


def test_an_envoy_posted_to_two_more_countries_is_vietnamese() -> None:
    body = "越南驻秘鲁大使兼驻玻利维亚和厄瓜多尔大使黎文山表示,越南国家副主席阮明今年五月对秘鲁进行正式访问。"
    people = _people(body)
    assert "黎文山" in people and people["黎文山"]["country"] == "VNM", people


def test_two_envoys_joined_by_he_stay_two() -> None:
    body = "越南驻秘鲁大使黎文山和秘鲁驻越南大使卡洛斯·罗德里格斯出席了招待会。"
    people = _people(body)
    assert people.get("卡洛斯·罗德里格斯", {}).get("country") == "PER", people
