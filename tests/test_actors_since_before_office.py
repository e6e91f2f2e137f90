"""Real-page audit (bilateral pages): ``自越共中央总书记X…访问…以来`` - 自 (since) ends an office
chain on its left, so the title is not ``自越共中央总书记``; 自治区, 自由民主党 and 自然资源部 keep it."""

from __future__ import annotations

from dyad import extract, to_record


def _record(body: str) -> dict:
    return to_record(extract(f"两国关系良好发展\n\n越通社河内——{body}\n"))


def test_since_is_not_part_of_the_visitors_title() -> None:
    rec = _record("双方对自越南国家主席阮明哲对中国进行国事访问(2030年5月10日至12日)以来两国关系的发展表示满意。")
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert visits and visits[0]["source"][0]["title"] == "越南国家主席", visits


def test_autonomous_region_and_natural_resources_keep_their_zi() -> None:
    rec = _record("2021年5月3日,越南自然资源与环境部部长陈明山会见了中国广西壮族自治区主席蓝天立。")
    titles = sorted(p["title"] for e in rec["events"] for p in e["source"] + e["target"])
    assert titles == ["中国广西壮族自治区主席", "越南自然资源与环境部部长"], titles
