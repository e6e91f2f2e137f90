"""``A党主席X(Latin)和B党中央委员会向Y致唁电``: a body listed beside a named sender (joined by 和,
before or after the person) sends the message too; people still outrank the bodies of their own
office chain.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _senders(body: str) -> list[list[str]]:
    text = f"多国致唁电\n\n越通社河内——{body}(完)\n越通社\n"
    return [[p["name"] for p in e["source"]] for e in to_record(extract(text))["events"] if e["mode"] == "message"]


def test_a_body_after_the_named_sender_sends_too() -> None:
    got = _senders("智利社会党主席胡安·索托(Juan Soto)和智利共产党中央委员会向越共中央总书记陈文丙致唁电。")
    assert got == [["胡安·索托", "智利共产党中央委员会"]], got


def test_a_body_before_the_named_sender_sends_too() -> None:
    got = _senders("阿根廷共产党中央委员会和阿根廷劳动党主席卡洛斯·鲁伊斯向越共中央总书记陈文丙致唁电。")
    assert got == [["阿根廷共产党中央委员会", "卡洛斯·鲁伊斯"]], got


def test_the_senders_own_party_is_no_second_sender() -> None:
    got = _senders("智利社会党主席胡安·索托向越共中央总书记陈文丙致唁电。")
    assert got == [["胡安·索托"]], got
