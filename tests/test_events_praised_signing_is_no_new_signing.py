"""A signing named as what a speaker praises ("高度评价…,特别是…协议的签署") is told elsewhere on the
page: it adds no signing of its own. Witnessing a signing still reports one."""

from __future__ import annotations

from dyad import extract, to_record


def _signings(body: str) -> list[tuple[list[str], list[str]]]:
    page = f"越老防务合作\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["mode"] == "sign"
    ]


def test_praised_signing_is_not_a_second_signing() -> None:
    body = (
        "在陪同国家主席黎文乙对老挝进行国事访问期间,越南国防部长黎文甲2024年5月3日会见了老挝国防部领导。\n\n"
        "在两国领导人的见证下,黎文甲与老挝国防部部长坎伦(Khamlun)共同签署了两国防务合作协议。\n\n"
        "黎文甲在会见坎伦时表示,两国关系良好发展。\n\n"
        "老挝国防部长坎伦高度评价此访的意义,特别是防务合作协议的签署;感谢越南的支持。"
    )
    assert _signings(body) == [(["黎文甲"], ["坎伦"])]


def test_witnessed_signing_is_still_reported() -> None:
    body = "2024年5月3日,越南政府总理黎文甲与老挝总理坎伦见证了两国防务合作协议的签署。"
    assert len(_signings(body)) == 1
