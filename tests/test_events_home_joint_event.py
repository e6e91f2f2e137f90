"""A joint event two of Viet Nam's own bodies hold at home (a hospital and a Vietnamese youth
association holding a blood-donation festival in Hanoi) is domestic news: no COOPERATE event in
the main article, OTHER for a teaser. A joint event with a foreign mission or an international
body, or one held abroad, stays."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def _main_types(body: str) -> list[str]:
    text = f"甲乙友好交流\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e["type"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _teaser_types(teaser: str) -> list[tuple[str, str | None]]:
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    return [(e["type"], e["mode"]) for e in rec["events"] if e["section"] == "related"]


def test_home_bodies_joint_event_is_no_event() -> None:
    assert "COOPERATE" not in _main_types(
        "2月3日下午,中央甲乙医院同越南青年志愿协会在河内联合举行第五届“春之爱”无偿献血节开幕式。"
    )


def test_home_bodies_joint_event_teaser_is_other() -> None:
    teaser = (
        "第五届“春之爱”无偿献血节开幕\n\n"
        "2月3日下午,中央甲乙医院同越南青年志愿协会在河内联合举行第五届“春之爱”无偿献血节开幕式。\n"
    )
    assert _teaser_types(teaser) == [("OTHER", None)]


def test_joint_event_with_foreign_or_international_side_stays() -> None:
    assert "COOPERATE" in _main_types("2月3日下午,越南友好组织联合会同甲国驻越南大使馆在河内联合举行甲国国庆招待会。")
    assert "COOPERATE" in _main_types("3月18日晚,越南外交部同法语国家国际组织在河内联合举行法语国际日纪念仪式。")
