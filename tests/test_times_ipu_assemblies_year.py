"""Real-page audit (h90): ``越南国会主席X将于10月14日至15日出席…举行的第137届各国议会联盟大会,
并于10月16日至18日对哈萨克斯坦进行正式访问`` names no year; the Inter-Parliamentary Union
Assemblies 133-141, 143, 145 and 149 (``recurring_meetings.tsv``) date it, as 132 and 144-150 did."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(("n", "year"), [(137, "2017"), (140, "2019"), (145, "2022")])
def test_numbered_ipu_assembly_fixes_the_year(n: int, year: str) -> None:
    rec = to_record(
        extract(
            "国会主席出席各国议会联盟大会\n\n越通社河内——越南国会主席黎氏丙将率领越南国会代表团于10月8日至9日"
            f"出席第{n}届各国议会联盟大会,并于10月10日至12日对匈牙利进行正式访问。\n"
        )
    )
    dated = [e["date"] for e in rec["events"] if e["date"]]
    assert dated and all(d.startswith(year) for d in dated), rec["events"]


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("3月30日,越南国会主席阮文甲在国会大厦会见了来越出席议联第132届大会的挪威议会议长奥拉夫。", "2015-03-30"),
        ("10月16日,越南国会副主席陈文乙在出席第137届议联大会期间会见了秘鲁国会议长罗德里戈。", "2017-10-16"),
    ],
)
def test_ipu_short_form_fixes_the_year(body: str, year: str) -> None:
    """议联, the short form of 各国议会联盟, names the same numbered Assemblies."""
    rec = to_record(extract(f"国会领导会见外国议长\n\n越通社河内——{body}\n"))
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert dated == [year], rec["events"]
