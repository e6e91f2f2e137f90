"""``A企业协会与B企业家协会联合举行视频会议。会议上,双方签署了…协议``: with no one named yet, 双方
are the two bodies of two countries named before, and their signing is an event."""

from __future__ import annotations

from dyad import extract, to_record


def test_both_sides_after_two_bodies_sign() -> None:
    text = (
        "越南老街省与泰国清迈府企业加强合作\n\n越通社老街省——越南老街省企业协会与泰国清迈府企业家协会日前联合举行"
        "经贸合作交流视频会议。会议上,双方签署了友好合作发展框架协议。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert len(evs) == 1
    assert evs[0]["source"][0]["country"] == "VNM" and evs[0]["target"][0]["country"] == "THA"
