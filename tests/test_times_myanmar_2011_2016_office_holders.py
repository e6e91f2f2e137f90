"""Myanmar's office-holders of 2011-2016 (``tenure.tsv`` v15) narrow the year of an undated story:
吴钦昂敏 chaired the Union Assembly until 2013-07-31, 吴瑞曼 after him. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _range(text: str) -> tuple[str, str]:
    rec = to_record(extract(text))
    days = [t for t in rec["times"] if t["text"].startswith("9月5日")]
    assert days, rec["times"]
    return days[0]["start"], days[0]["end"]


def test_union_assembly_speaker_before_the_rotation() -> None:
    start, end = _range("缅甸议长会见越南国会主席\n\n越通社内比都——9月5日,缅甸联邦议会议长吴钦昂敏会见了越南国会主席阮生雄。(越通社-VNA)\n")
    assert (start, end) == ("2011-09-05", "2012-09-05")


def test_union_assembly_speaker_after_the_rotation() -> None:
    start, end = _range("缅甸议长会见越南国会主席\n\n越通社内比都——9月5日,缅甸联邦议会议长吴瑞曼会见了越南国会主席阮生雄。(越通社-VNA)\n")
    assert (start, end) == ("2013-09-05", "2015-09-05")
