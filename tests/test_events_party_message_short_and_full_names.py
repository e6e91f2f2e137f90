"""A party's message told under the party's full name in the lead and its short name in the title and
the body (越共中央 / 越南共产党中央委员会, 中共 / 中国共产党中央委员会) is one message, and what the
body quotes of it is no message of its own."""

from __future__ import annotations

from dyad import extract, to_record


def _text() -> str:
    lead = "值此中国共产党第二十一次全国代表大会于2027年10月18日在北京隆重召开之际,越南共产党中央委员会向中国共产党中央委员会致贺电。"
    paras = [
        lead,
        "越共中央在贺电中写道:“值此中国共产党第二十一次全国代表大会召开之际,我们谨代表越南共产党和越南人民,向大会致以最热烈的祝贺。”",
        "越共中央在贺电中强调,“大会是中国党和人民政治生活中的重大事件。”",
    ]
    body = "\n\n".join(paras)
    return f"越共中央致电祝贺中共二十一大胜利召开\n\n{lead}\n越通社河内——{body}(越通社—VNA)\n越通社\n"


def test_one_message_under_the_full_names_of_both_parties() -> None:
    evs = [e for e in to_record(extract(_text()))["events"] if e["section"] == "main" and e["type"] == "SUPPORT"]
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["越南共产党中央委员会"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["中国共产党中央委员会"], evs
