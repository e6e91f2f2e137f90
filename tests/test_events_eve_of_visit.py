"""Real-page audit (bilateral pages): ``X在访问前夕接受了记者的采访`` - the eve of the visit told
above dates an interview; it is no second visit, by the one interviewed."""

from __future__ import annotations

from dyad import extract, to_record


def test_interview_on_the_eve_of_the_visit_is_no_visit() -> None:
    body = (
        "应中国国家主席李明和夫人的邀请,越南国家主席阮明哲和夫人将于2030年5月10日至12日对中国进行国事访问。"
        "中国驻越大使王文在访问前夕接受了越通社记者的采访。"
    )
    text = f"中国驻越大使谈访问意义\n\n{body}\n\n越通社北京——{body}(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "visit"]
    assert [[p["name"] for p in e["source"]] for e in visits] == [["阮明哲"]], visits
