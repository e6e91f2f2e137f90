"""``除了《X报》和Y社,Z等媒体也密集报道A与B电话会谈``: the papers that report a call (busily, in
competition, or set aside before the comma with 除了) are no party to it; no event is made with a
newspaper as its caller."""

from __future__ import annotations

from dyad import extract, to_record


def events(body: str) -> list[dict]:
    page = "测试标题\n\n越通社河内——" + body + "(完)\n"
    return to_record(extract(page))["events"]


def sources(evs: list[dict]) -> list[str]:
    return [p["name"] for e in evs for p in e["source"]]


def test_papers_set_aside_with_chule_are_no_caller() -> None:
    evs = events(
        "中国各大媒体3月6日报道越南政府总理黎文甲与中国国务院总理王大明3月5日的电话会谈。"
        "除了《人民日报》和新华社,《光明日报》等媒体也集中报道黎文甲与王大明电话会谈。"
    )
    assert "人民日报" not in sources(evs) and "新华社" not in sources(evs), evs
    assert any(e["mode"] == "phone" and "黎文甲" in [p["name"] for p in e["source"] + e["target"]] for e in evs), evs


def test_media_competing_to_report_are_no_party() -> None:
    evs = events(
        "黎文甲3月5日与胡安·佩雷斯(Juan Perez)通电话。古巴各大媒体竞相报道黎文甲与胡安·佩雷斯的电话会谈。"
    )
    names = [p["name"] for e in evs for p in e["source"] + e["target"]]
    assert not any("媒体" in n for n in names), evs
