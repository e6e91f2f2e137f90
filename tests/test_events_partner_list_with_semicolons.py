"""Partners of one ``分别与`` list may be separated by semicolons (``分别与A(Latin);B(Latin);C(Latin)举行
双边会晤``): the verb after the last partner holds for all of them, one meeting each."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[tuple[list[str], list[str]]]:
    text = f"出访之行圆满结束\n\n越通社东京——{body}\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "meeting"
    ]


def test_semicolons_between_partners_of_one_list() -> None:
    body = (
        "出访期间,越南政府副总理黎文安分别与芬兰总理马蒂·科尔霍宁(Matti Korhonen);"
        "葡萄牙总统若昂·阿尔梅达(Joao Almeida);智利总统卡洛斯·罗哈斯(Carlos Rojas)举行双边会晤。"
    )
    assert _meetings(body) == [
        (["黎文安"], ["马蒂·科尔霍宁"]),
        (["黎文安"], ["若昂·阿尔梅达"]),
        (["黎文安"], ["卡洛斯·罗哈斯"]),
    ]


def test_a_list_closed_by_its_verb_still_ends_at_the_semicolon() -> None:
    body = (
        "出访期间,越南政府副总理黎文安分别与芬兰总理马蒂·科尔霍宁(Matti Korhonen)和葡萄牙总统"
        "若昂·阿尔梅达(Joao Almeida)举行会晤;会见了智利总统卡洛斯·罗哈斯(Carlos Rojas)。"
    )
    assert _meetings(body) == [
        (["黎文安"], ["马蒂·科尔霍宁"]),
        (["黎文安"], ["若昂·阿尔梅达"]),
        (["黎文安"], ["卡洛斯·罗哈斯"]),
    ]
