"""A list of milestones: ``1961年,A代表团与B国某组织代表团…会晤。1980年,X率领B国代表团…访问``.
The 1961 delegation is not led by X, who led another delegation in another year."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南与加纳关系的里程碑\n\n越通社阿克拉——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


BODY = (
    "1962年,越南青年代表团与加纳人民大会党代表团进行了会晤。"
    "1983年,前加纳人民大会党主席科菲·阿萨雷率领加纳代表团对越南进行访问。"
)


def test_the_earlier_delegation_keeps_its_own_name() -> None:
    meetings = [e for e in _events(BODY) if e["mode"] == "meeting"]
    assert meetings, _events(BODY)
    assert all(p["name"] != "科菲·阿萨雷" for e in meetings for p in e["source"] + e["target"]), meetings


def test_the_later_visit_keeps_its_leader() -> None:
    visits = [e for e in _events(BODY) if e["mode"] == "visit"]
    assert visits and [p["name"] for p in visits[0]["source"]] == ["科菲·阿萨雷"], visits
