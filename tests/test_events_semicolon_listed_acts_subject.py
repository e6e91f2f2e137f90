"""Acts listed between semicolons share the sentence's subject (``X瞻仰…并敬献花圈;分别与A、B举行会谈;
分别会见C、D``): X holds the talks and the meetings, though no clause after a semicolon names him."""

from __future__ import annotations

from dyad import extract, to_record


def test_talks_and_meetings_listed_after_a_semicolon() -> None:
    body = (
        "老挝国家主席通伦5月6日至7日对越南进行国事访问。\n\n"
        "访问期间,老挝国家主席通伦瞻仰胡志明主席陵并敬献花圈;分别与越共中央总书记阮富仲、国家主席武文赏举行会谈;"
        "分别会见越南政府总理范明政、国会主席王廷惠。"
    )
    text = f"标题新闻\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    pairs = {
        (e["mode"], e["source"][0]["name"], e["target"][0]["name"])
        for e in to_record(extract(text))["events"]
        if e["source"] and e["target"]
    }
    assert ("talks", "通伦", "阮富仲") in pairs, pairs
    assert ("talks", "通伦", "武文赏") in pairs, pairs
    assert ("meeting", "通伦", "范明政") in pairs, pairs
