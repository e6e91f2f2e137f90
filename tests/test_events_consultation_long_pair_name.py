"""``同X举行第一次越南—阿联酋外交部副部长级政治磋商``: a consultation named with a longer pair and body
before its level is talks (event_triggers v40)."""

from __future__ import annotations

from dyad import extract, to_record


def test_consultation_with_a_long_pair_name_is_talks() -> None:
    body = (
        "越南外交部副部长黎氏秋姮女士从5月14日至15日对阿联酋进行访问,同阿联酋外交部国务部长哈利法·沙欣"
        "(Khalifa Shaheen)举行第二次越南—阿联酋外交部副部长级政治磋商。"
    )
    text = f"越南与阿联酋举行磋商\n\n{body}\n\n越通社河内——{body}\n\n双方同意加强合作。(越通社——VNA)\n越通社\n"
    talks = [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]
    assert [(e["source"][0]["name"], e["target"][0]["name"]) for e in talks] == [("黎氏秋姮", "哈利法·沙欣")], talks
