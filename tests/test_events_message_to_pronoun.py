"""A message sent 向他 after 就X当选… is addressed to X."""

from __future__ import annotations

from test_events import events_of, names, only


def test_a_message_to_him_after_the_occasion_goes_to_the_one_elected() -> None:
    evs = events_of("2021年4月6日,柬埔寨首相洪森就范明政当选越南政府总理向他致贺电。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["洪森"] and names(ev["target"]) == ["范明政"], ev


def test_a_message_then_a_call_to_the_same_one_is_a_call_too() -> None:
    evs = events_of("2021年4月6日,柬埔寨首相洪森向越南政府总理范明政致贺电并通电话表示祝贺。")
    calls = [e for e in evs if e["mode"] == "phone"]
    assert calls and names(calls[0]["target"]) == ["范明政"], evs
    assert [e for e in evs if e["mode"] == "message"], evs


def test_a_message_to_qi_after_the_occasion_goes_to_the_one_elected() -> None:
    evs = events_of("2026年4月8日,蒙古总统呼日勒苏赫就陈青敏同志当选越南国会主席向其致贺电。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["呼日勒苏赫"] and names(ev["target"]) == ["陈青敏"], ev


def test_a_visit_of_his_own_told_with_qi_is_still_a_back_reference() -> None:
    evs = events_of("2026年4月8日,越南国家主席武文赏会见日本首相岸田。岸田表示,其访问取得成功。")
    assert not [e for e in evs if e["mode"] == "visit"], evs
