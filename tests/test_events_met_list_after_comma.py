"""``拜会A,B以及C。``: a comma that only goes on with the list of those met (office and name,
joined by 以及/和, no verb) keeps them all as the ones met; a comma before a second verb phrase
still ends the object. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, names


def test_people_listed_after_a_comma_are_met_too() -> None:
    evs = events_of(
        "2019年4月2日下午,越南岘港市委书记阮春英礼节性拜访柬埔寨国王诺罗敦·西哈莫尼,"
        "柬埔寨参议院主席洪森以及国会主席韩桑林。"
    )
    met = {n for e in evs if e["type"] == "CONSULT" for n in names(e["source"]) + names(e["target"])}
    assert {"诺罗敦·西哈莫尼", "洪森", "韩桑林"} <= met, evs


def test_a_comma_before_what_was_conveyed_still_ends_the_object() -> None:
    evs = events_of("2019年4月2日下午,越南国家副主席邓氏玉盛礼节性拜会了印尼总统佐科,转达了阮富仲和阮春福的问候。")
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert consult and all("阮富仲" not in names(e["source"]) + names(e["target"]) for e in consult), evs
