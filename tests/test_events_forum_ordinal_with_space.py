"""A forum's ordinal written with a space before 届 (``第43 届东盟议会联盟大会``) stays part of its name."""

from __future__ import annotations

from dyad import extract, to_record


def test_forum_ordinal_with_a_space_is_kept() -> None:
    body = "8月5日,越南国会主席王廷惠在雅加达出席第44 届东盟议会联盟大会开幕式。"
    text = f"标题新闻\n\n{body}\n\n越通社雅加达——{body}(越通社-VNA)\n越通社\n"
    forums = [e for e in to_record(extract(text))["events"] if e["mode"] == "multilateral"]
    assert forums, forums
    assert forums[0]["target"][0]["name"].replace(" ", "").startswith("第44届"), forums
