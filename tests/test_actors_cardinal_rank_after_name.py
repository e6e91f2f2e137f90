"""``X枢机`` (a cardinal's rank written after his name, as a general's 上将 is) ends the name: the
partner of talks named so is read, alone or second in a list."""

from __future__ import annotations

from dyad import extract, to_record


def _targets(body: str) -> list[str]:
    text = f"越南代表团访问梵蒂冈\n\n越通社罗马——{body}(越通社——VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    return [m["name"] for e in evs if e["type"] == "CONSULT" for m in e["target"]]


def test_cardinal_after_the_name_alone() -> None:
    assert "罗西尼" in _targets("越南外交部副部长黎文甲与圣座国务卿罗西尼枢机举行了会谈。")


def test_cardinal_after_the_second_name_of_a_list() -> None:
    names = _targets("越南国会副主席陈氏兰先后与教宗方济各和圣座国务卿罗西尼枢机举行了会谈。")
    assert "方济各" in names and "罗西尼" in names
