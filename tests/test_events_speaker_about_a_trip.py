"""``A就B一行对越南进行国事访问的结果和意义接受了采访``: A speaks about the trip; B made it."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_one_interviewed_about_a_state_visit_did_not_make_it() -> None:
    body = "越共中央对外部部长黎明甲就老挝国家主席通伦一行对越南进行国事访问的结果和意义接受了媒体的采访。"
    text = f"标题新闻\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits, visits
    assert all([p["name"] for p in e["source"]] == ["通伦"] for e in visits), visits
