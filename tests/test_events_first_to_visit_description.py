"""``X于9月对智利进行访问,成为首位访问智利的越南总理``: 首位访问…的 describes the visitor; one visit."""

from __future__ import annotations

from dyad import extract, to_record


def test_first_to_visit_is_a_description_not_a_second_visit() -> None:
    body = "越南政府总理陈文明于2016年9月对智利进行正式访问,成为首位访问智利的越南政府总理。"
    text = f"越南与智利关系\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert len(visits) == 1, visits
    assert visits[0]["target"][0]["name"] == "智利", visits
