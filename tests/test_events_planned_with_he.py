"""Talks still to come told with 将和 (X将和Y举行会谈) are planned like those told with 将与 or
将同: the programme of a visit, no talks of the story. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_talks_to_come_with_jiang_he_are_no_talks_held() -> None:
    for word in ("与", "同", "和"):
        body = (
            "5月3日,智利外交部长马里奥·罗哈斯抵达河内,开始对越南进行正式访问。"
            f"访越期间,马里奥·罗哈斯将{word}越南政府副总理兼外交部长黎文丙举行会谈。"
        )
        rec = to_record(extract(f"智利外长访问越南\n\n越通社河内——{body}(越通社-VNA)\n"))
        talks = [e for e in rec["events"] if e["mode"] == "talks" and not e["planned"]]
        assert talks == [], (word, talks)
