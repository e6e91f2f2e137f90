"""A page with no dateline whose lead is said again near the article's end (a closing paragraph
that restates the summary): the late repeat does not open the body, so the paragraphs before it
stay in the body with their events. Page written for this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_late_repeat_of_the_lead_keeps_the_article() -> None:
    summary = "两国领导人一致同意进一步加强政治互信,推动双边合作取得新突破。"
    text = (
        "越南总理与冰岛总理举行会谈\n\n" + summary + "\n\n"
        "2031年7月9日上午,越南政府总理黎明强在河内主持仪式,欢迎冰岛总理奥拉维尔·约恩松对越南进行正式访问。其后双方举行了会谈。\n\n"
        "黎明强强调,冰岛总理此访具有重要意义。\n\n"
        "约恩松表示,冰岛愿同越南加强渔业和可再生能源合作。\n\n"
        "双方还就共同关心的国际和地区问题交换了意见。\n\n"
        + summary
        + "\n\n会谈后,两位总理见证了合作文件的签署仪式。(越通社—VNA)\n"
    )
    rec = to_record(extract(text))
    assert any(b.startswith("2031年7月9日上午") for b in rec["body"][:2]), rec["body"]
    talks = [e for e in rec["events"] if e["section"] == "main" and e["mode"] == "talks"]
    assert talks and talks[0]["date"] == "2031-07-09", talks
