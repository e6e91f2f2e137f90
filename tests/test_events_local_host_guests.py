"""A Vietnamese province's or city's leader, on no trip the story tells, meets a foreign guest at
home: the guest is the visitor, the source of the meeting; on his own trip abroad he is."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_city_leader_at_home_receives_the_foreign_guest() -> None:
    ev = only(
        events_of("2018年8月30日上午,岘港市人民委员会副主席黎忠正会见了中国成都市市长罗强。"),
        "CONSULT",
        "meeting",
    )
    assert names(ev["source"]) == ["罗强"] and names(ev["target"]) == ["黎忠正"], ev


def test_a_province_leader_on_his_own_trip_abroad_is_the_visitor() -> None:
    evs = events_of(
        "2018年8月28日至31日,广宁省委书记阮文读率团对中国广西进行工作访问。"
        "8月30日,阮文读会见了广西壮族自治区党委书记鹿心社。"
    )
    met = [e for e in evs if e["mode"] == "meeting"]
    assert met and names(met[0]["source"]) == ["阮文读"], evs
