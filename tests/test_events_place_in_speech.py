"""``在会见X时,X表示,在越南,X的集团投资了…``: a place inside what is said is not where the
meeting is held, nor does it make the visitor a host."""

from __future__ import annotations

from dyad import extract, to_record


def test_place_said_in_a_speech_is_no_meeting_place() -> None:
    text = (
        "越南国会主席会见泰国企业领导人\n\n越通社河内——正在对泰国进行正式访问的越南国会主席陈清海4月10日下午在曼谷"
        "会见了多家泰国企业领导人。在会见泰国正大集团董事长巴颂时,巴颂表示,在越南,正大集团在平阳投资了3家工厂。"
        "(越通社——VNA)\n越通社\n"
    )
    meetings = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert meetings and all(e["location"] != "越南" for e in meetings)
