"""会议 inside 国会议长 or 国会议员 (a National Assembly's speaker or deputy) names no meeting: a
speech at a meeting whose speaker then thanks the Assembly's head is not attendance of a forum
cut out of that office."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("office", ["国会议长", "国会议员"])
def test_speaker_office_is_no_forum(office: str) -> None:
    text = (
        "某国议长出席议会大会\n\n越通社河内——9月8日,秘鲁国会主席胡安·佩雷斯出席第9届某地区议会联盟大会。"
        f"胡安·佩雷斯在会议上发表讲话时对越南{office}、大会主席阮氏甲的邀请表示感谢。(完)\n"
    )
    targets = [p["name"] for e in to_record(extract(text))["events"] for p in e["target"]]
    assert not [t for t in targets if t.endswith("国会议")], targets
