"""A Vietnamese leader who receives a bloc's envoys posted in Viet Nam (``会见欧盟驻越南各位大使``) is
called on by them: the envoys are the source, as with a single envoy (``驻越南大使``). Sentences
written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def test_bloc_envoys_received_are_the_source() -> None:
    teaser = (
        "越南外交部副部长黎文安会见东盟驻越南各位大使。图自越通社\n\n"
        "越南外交部副部长黎文安会见东盟驻越南各位大使\n\n"
        "黎文安对与各位使节会面表示高兴,希望双方继续加强在贸易和投资领域的合作。\n"
    )
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "related"]
    assert (ev["type"], ev["mode"]) == ("CONSULT", "meeting")
    assert [a["name"] for a in ev["target"]] == ["黎文安"]
