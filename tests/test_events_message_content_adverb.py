"""A message told by what it says keeps an adverb before the verb (在贺电中热烈祝贺)."""

from __future__ import annotations

from dyad import extract, to_record


def test_leaders_who_warmly_congratulate_in_their_message_send_it() -> None:
    frame = "值此越南国庆80周年之际,多国领导人向越南领导人发来贺电。"
    paras = [
        frame,
        "蒙古领导人在贺电中热烈祝贺越南人民所取得的伟大成就。",
        "秘鲁领导人在贺信中衷心祝愿越南繁荣昌盛。",
    ]
    text = f"多国领导人发来贺电\n\n{frame}\n\n越通社河内——" + "\n\n".join(paras) + "(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "message"]
    senders = {p["country"] for e in evs for p in e["source"]}
    assert {"MNG", "PER"} <= senders, evs


def test_a_message_that_conveys_congratulations_to_someone_is_sent_to_him() -> None:
    frame = "值此黎明山同志当选越南国家主席之际,多国领导人致贺电。"
    paras = [frame, "秘鲁总统甲乙·丙丁在贺电中向黎明山主席表达最热烈的祝贺,并希望深化两国关系。"]
    text = f"多国领导人致贺电\n\n{frame}\n\n越通社河内——" + "\n\n".join(paras) + "(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "message"]
    assert any([p["name"] for p in e["source"]] == ["甲乙·丙丁"] for e in evs), evs


def test_warm_congratulations_conveyed_in_a_roundup_are_support() -> None:
    frame = "值此黎明山同志当选越南国家主席之际,多国领导人发来贺电。"
    paras = [frame, "智利总统甲乙·丙丁代表智利人民向越南国家主席黎明山致以热烈祝贺。"]
    text = f"多国领导人发来贺电\n\n{frame}\n\n越通社河内——" + "\n\n".join(paras) + "(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert any([p["name"] for p in e["source"]] == ["甲乙·丙丁"] for e in evs), evs
