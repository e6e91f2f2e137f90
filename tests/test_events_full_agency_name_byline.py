"""The byline with the agency's full name (越南通讯社驻X记者报道) is an aside like 越通社驻X记者报道:
the agency does not attend the meeting the frame names. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_full_agency_name_in_the_byline_is_not_a_participant() -> None:
    text = (
        "越南与柬埔寨加强防务合作\n\n6月7日上午,越南人民军副总参谋长黄春战上将与柬埔寨皇家军队副总司令洪玛奈上将"
        "举行双边会面。\n\n越通社河内——越南通讯社驻柬埔寨记者报道,出席在柬埔寨首都金边举行的第20届东盟国防力量"
        "司令会议(ACDFM-20)期间,6月7日上午,越南人民军副总参谋长黄春战上将与柬埔寨皇家军队副总司令洪玛奈上将"
        "举行双边会面。\n\n黄春战表示,越南将为2023年会议取得成功作出贡献。(完)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    everyone = [p["name"] for e in evs for p in e["source"] + e["target"]]
    assert evs and not any("通讯社" in n for n in everyone), evs
