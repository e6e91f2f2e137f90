"""A foreign communist party's short form with 中央 (``法共中央``) names that party, so its
delegation is the one its leader led (``由X率领的法国共产党代表团`` … ``会见了法共中央代表团``)."""

from __future__ import annotations

from dyad.extraction.actors import country_of_text
from test_events import events_of, names, only


def test_short_party_forms_with_zhongyang_name_their_country() -> None:
    for text, iso in (("法共中央代表团", "FRA"), ("日共中央代表团", "JPN"), ("葡共中央代表团", "PRT")):
        assert country_of_text(text, 0, len(text))[0] == iso


def test_a_short_form_does_not_fire_inside_ordinary_words() -> None:
    text = "双方依法共同打击跨境犯罪"
    assert country_of_text(text, 0, len(text))[0] is None


def test_the_delegation_named_by_its_short_form_is_led_by_its_leader() -> None:
    evs = events_of(
        "应越南共产党中央委员会的邀请,由法国共产党全国书记皮埃尔·洛朗率领的法国共产党代表团于4月22日至26日"
        "对越南进行访问。越共中央委员、中央办公厅主任阮文年4月23日上午在河内会见了法共中央代表团。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["皮埃尔·洛朗"]
    assert names(ev["target"]) == ["阮文年"]
