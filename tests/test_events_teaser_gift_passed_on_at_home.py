"""A teaser's summary telling the envoy who received a gift from abroad promising to pass it on to
his own people at home (``X大使承诺将尽快向越南灾民转交上述的援助款项``) tells a gift within one
country: it is no interaction, as in the main article, and must not be pooled with the teaser's own
gift, turning the receiving envoy into the donor. A teaser whose only gift is such a home gift is
OTHER."""

from __future__ import annotations

from dyad import extract, to_record

HOST = (
    "越南与新西兰举行政治磋商\n\n越通社河内——2024年5月6日,越南外交部副部长阮明武与新西兰外交贸易部副秘书长"
    "在河内举行第五次政治磋商。\n\n双方同意加强合作。\n\n越通社\n\n更多\n\n"
)
GIFT = (
    "9月12日在柬埔寨外交部总部,柬埔寨外交部国务秘书宋巴拉(Som Bara)代表柬埔寨政府向越南驻柬埔寨大使"
    "黎文山赠送总额为5万美元的款项,协助越南北部灾民。"
)
PASSED_ON = "黎文山大使代表越南政府接收了柬埔寨政府的援助款项,同时表示感谢。黎文山大使承诺将尽快向越南灾民转交上述的援助款项。"


def _related(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["section"] == "related"]


def test_gift_passed_on_at_home_does_not_reverse_the_teaser_gift() -> None:
    related = _related(HOST + f"{GIFT} 图自越通社\n\n{GIFT}\n\n{PASSED_ON}\n")
    assert len(related) == 1, related
    ev = related[0]
    assert ev["type"] == "AID", ev
    assert [p["name"] for p in ev["source"]] == ["宋巴拉"], ev
    assert [p["name"] for p in ev["target"]] == ["黎文山"], ev


def test_teaser_telling_only_a_gift_passed_on_at_home_is_other() -> None:
    related = _related(HOST + "越南获赠援款 图自越通社\n\n越南获赠援款\n\n黎文山大使承诺将尽快向越南灾民转交上述的援助款项。\n")
    assert len(related) == 1, related
    assert related[0]["type"] == "OTHER", related
