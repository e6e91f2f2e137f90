"""热烈 (欢迎) and 派遣/派出 after a transliterated name are the verb, not its last characters (热 and
派 also spell foreign names). Sentences written for these tests."""

from __future__ import annotations

from dyad import extract, to_record


def _actors(body: str) -> list[str]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [a["name"] for a in to_record(extract(text)).get("actors", [])]


def test_a_dot_name_ends_before_a_warm_welcome() -> None:
    names = _actors("当天,老挝沙拉湾省省长维莱·宋本热烈欢迎越南国会主席王廷惠一行到访。")
    assert "维莱·宋本" in names and not any(n.endswith("热") for n in names), names


def test_a_name_ends_before_sending_an_envoy() -> None:
    names = _actors("当天,联合国秘书长古特雷斯派遣代表出席仪式。")
    assert "古特雷斯" in names and not any(n.endswith("派") for n in names), names
    names = _actors("当天,泰国总理巴育·占奥差派出代表出席仪式。")
    assert "巴育·占奥差" in names, names
