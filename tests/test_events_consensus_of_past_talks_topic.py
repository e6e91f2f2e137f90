"""``A对B与C进行会谈时就加强两国合作关系所达成的重要共识表示高兴``: the consensus of undated
talks, cited with its topic between 时就 and 达成, is no event (as ``会谈时所达成的共识`` is not);
A, who is glad of it, was never a side of those talks."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def talks(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "talks"]


def test_consensus_with_topic_is_no_talks() -> None:
    evs = talks(
        "11月9日,越南政府总理陈文丙会见老挝国会主席王五。"
        "陈文丙对越南国会主席李四与王五进行会谈时就加强两国议会合作所达成的重要共识表示高兴。"
    )
    assert evs == [], evs


def test_dated_talks_with_topic_still_count() -> None:
    evs = talks("越南国会主席李四与老挝国会主席王五于2015年3月2日进行会谈时就加强两国议会合作达成共识。")
    assert len(evs) == 1, evs
