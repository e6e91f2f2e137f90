"""``应甲国总理X的邀请,A将对甲国进行正式访问。…乙国国家主席、国会主席也对甲国进行了访问``: the
story's inviter X hosts the story's visitor A; a trip to the same country by others, named by their
offices only, is to that country, not hosted by X. The story's own visit keeps X."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[tuple[list[str], list[str]]]:
    text = f"越共中央总书记将访问匈牙利\n\n越通社河内——{body}(越通社-VNA)\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "visit"
    ]


def test_others_trip_is_to_the_country() -> None:
    body = (
        "应匈牙利总理维克多·奥尔班的邀请,越共中央总书记阮文丁将于6月3日至6日对匈牙利进行正式访问。\n\n"
        "多年来,两国高层互访频繁。与此同时,越南国家主席、国会主席也对匈牙利进行了访问。"
    )
    visits = _visits(body)
    assert (["阮文丁"], ["维克多·奥尔班"]) in visits
    others = [v for v in visits if v[0] != ["阮文丁"]]
    assert others and all(target == ["匈牙利"] for _, target in others)
