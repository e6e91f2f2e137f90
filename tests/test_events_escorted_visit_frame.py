"""Real-page audit (bilateral pages): ``在陪同X对Y进行国事访问期间,A与B举行会谈`` - the leader a
minister escorts stands in a frame; the talks are the minister's, with the partner after 与."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"两国加强司法合作\n\n{body}\n\n越通社北京——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]


def test_escorted_leader_is_no_party_to_the_ministers_talks() -> None:
    body = (
        "在陪同越南国家主席武文赏和夫人对中国进行国事访问期间,2023年10月19日,越南司法部部长黎成龙"
        "在北京与中国司法部部长贺荣举行了会谈。"
    )
    talks = [e for e in _events(body) if e["mode"] == "talks"]
    assert len(talks) == 1, talks
    assert [p["name"] for p in talks[0]["source"]] == ["黎成龙"], talks
    assert [p["name"] for p in talks[0]["target"]] == ["贺荣"], talks
