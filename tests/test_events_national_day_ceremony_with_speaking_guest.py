"""``X总领事馆举行某国国庆节纪念典礼`` (a national day's ceremony named as such) is a SUPPORT
meeting of the mission with its guest, who may be told as the one speaking at the ceremony in the
next paragraph (B在典礼上发表讲话时强调); the mission's own envoy who speaks is no guest.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def test_a_national_day_ceremony_meets_the_guest_who_speaks_at_it() -> None:
    text = (
        "波兰国庆节纪念典礼在越南岘港市举行\n\n越通社岘港——波兰驻越南岘港市总领事馆5月4日晚举行波兰国庆节(5月3日)纪念典礼。"
        "据悉,为了纪念1791年5月3日宪法,波兰将5月3日这一天定为国庆节。\n\n"
        "岘港市人委会副主席阮文丙在典礼上发表讲话时强调,越南永远铭记波兰的帮助。\n\n"
        "波兰驻岘港市总领事扬·科瓦尔斯基(Jan Kowalski)在典礼上致辞表示,波兰企业希望加强合作。(越通社—VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert len(evs) == 1, evs
    assert evs[0]["mode"] == "meeting", evs
    assert [p["name"] for p in evs[0]["source"]] == ["波兰驻越南岘港市总领事馆"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["阮文丙"], evs
