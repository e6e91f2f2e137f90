"""``枢机`` (a cardinal, as the Vatican's own press writes it) is an office like 枢机主教: the
name after it is read, and a list of Vatican offices keeps its country."""

from __future__ import annotations

from dyad import extract, to_record


def test_cardinal_is_an_office() -> None:
    text = (
        "越南代表团访问梵蒂冈\n\n越通社河内——越南外交部副部长陈文甲率领的工作代表团于3月2日至4日对梵蒂冈进行工作访问。"
        "\n\n访问期间,越南代表团礼节性拜会了梵蒂冈国务卿、天主教会枢机马里奥·贝蒂(Mario Betti)"
        "和外长卡洛·罗西(Carlo Rossi)。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    people = {m["name"]: m for e in evs for m in e["source"] + e["target"]}
    assert "马里奥·贝蒂" in people
    assert people["马里奥·贝蒂"]["title"] == "天主教会枢机"
