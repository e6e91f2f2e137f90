"""``…代表团陪同X出访Y``: X, the one escorted, makes the trip; those escorting him (or the media
telling of it) are not its visitors."""

from __future__ import annotations

from dyad import extract, to_record


def _visitors(body: str) -> list[list[str]]:
    text = f"访问纪实\n\n越通社河内——{body}\n"
    return [[p["name"] for p in e["source"]] for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_the_escorted_leader_visits() -> None:
    body = "5月3日,由150家企业组成的经济代表团陪同智利总统卡洛斯·罗哈斯出访越南。"
    assert _visitors(body) == [["卡洛斯·罗哈斯"]]


def test_the_media_telling_of_the_escort_do_not_visit() -> None:
    body = "智利电视台和《信使报》等都强调了庞大经济代表团陪同智利总统卡洛斯·罗哈斯出访越南的意义。"
    assert _visitors(body) == [["卡洛斯·罗哈斯"]]
