"""``签署两家通讯社2025年合作谅解备忘录``: the year a memorandum is for names the document, it
does not date the talks (like ``2025年合作计划``)."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越老通讯社加强合作\n\n"
    "11月20日,越南通讯社社长陈文丙与正在对越南进行工作访问的老挝通讯社副社长王五举行会谈。\n\n"
    "陈文丙和王五签署两家通讯社2025年合作谅解备忘录。图自越通社\n"
    "陈文丙和王五签署两家通讯社2025年合作谅解备忘录。图自越通社\n\n"
    "越通社河内——11月20日,越南通讯社社长陈文丙与正在对越南进行工作访问的老挝通讯社副社长王五举行会谈。\n\n"
    "陈文丙表示,此访意义非同一般。\n\n"
    "2024年8月,陈文丙与中国新华通讯社社长李六在越共中央总书记苏林和中共中央总书记习近平的见证下签署了业务合作协议,开启了双方合作的新阶段。\n\n"
    "王五表示,2024年8月签署的合作协议将双方关系提升到新水平。\n\n"
    "(越通社——VNA)\n"
)


def test_memorandum_year_does_not_date_the_story() -> None:
    evs = [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "talks"]
    assert evs and evs[0]["date"] == "2024-11-20", evs
