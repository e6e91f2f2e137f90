"""``X在会见中向A、B和C转达问候``: the meeting verb alone between 在 and 中 refers back to the
meeting told before; the people named after it are spoken of, not met. ``在会见中兴…``, where 中
opens the partner's name, still reports a meeting."""

from __future__ import annotations

from dyad import extract, to_record

_HEAD = (
    "越南政府总理黎文甲会见联合国秘书长约翰·史密斯\n\n"
    "越通社河内——9月21日下午,越南政府总理黎文甲在河内会见了联合国秘书长约翰·史密斯。"
)


def _met(page: str) -> list[list[str]]:
    return [[p["name"] for p in e["target"]] for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]


def test_greetings_conveyed_in_the_meeting_are_no_meetings() -> None:
    page = _HEAD + "约翰·史密斯在会见中向越共中央总书记陈文乙、国家主席范文丙和国会主席吴文丁转达问候。(完)\n"
    met = _met(page)
    assert met == [["黎文甲"]], met


def test_cut_greeting_sentence_is_no_meeting() -> None:
    page = _HEAD + "约翰·史密斯在会见中转达了对越共中央总书记陈文乙、国家主席范文丙和国会主席吴文丁"
    met = _met(page)
    assert met == [["黎文甲"]], met


def test_partner_name_opening_with_zhong_is_still_met() -> None:
    page = (
        "国会主席会见企业领导\n\n"
        "越通社河内——5月3日,越南国会主席阮文戊在河内会见了多家企业领导人。"
        "在会见中兴电子公司董事长李明达时,阮文戊表示欢迎该公司扩大投资。(完)\n"
    )
    met = _met(page)
    assert any("李明达" in t for t in met), met
