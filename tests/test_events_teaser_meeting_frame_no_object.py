"""A meeting noun that closes a frame (在…工作会议上发表讲话) has no object after it: the words
after 上/中/期间 are what the speaker did there, not a side met."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"


def _related(teaser: str) -> list[dict]:
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n{teaser}"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_speech_at_a_working_meeting_names_no_side_after_it() -> None:
    rel = _related(
        "简讯\n\n越南政府总理范明政5月6日上午在防疫工作政府常务委员会工作会议上发表讲话时作出了相关指示,"
        "要求各地加强防控。"
    )
    assert len(rel) == 1, rel
    names = [m["name"] for m in rel[0]["source"] + rel[0]["target"]]
    assert not any(n.startswith(("上", "中")) for n in names), rel


def test_working_meeting_with_a_named_partner_is_still_a_meeting() -> None:
    rel = _related("越古报社加强合作\n\n6月2日,阮文甲同古巴报社总编辑约翰·史密斯在哈瓦那举行工作会议。")
    assert len(rel) == 1 and rel[0]["type"] == "CONSULT" and rel[0]["mode"] == "meeting", rel
    assert any(m["name"] == "约翰·史密斯" for m in rel[0]["source"] + rel[0]["target"]), rel
