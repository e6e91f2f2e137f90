"""Acts told as what keeps happening (不断, like 经常/定期) are a custom, not one event; signings
told so are none either."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"


def _related(teaser: str) -> list[dict]:
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n{teaser}"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_delegations_that_keep_coming_to_sign_deals_sign_nothing_told() -> None:
    rel = _related("学者:越南吸引力上升\n\n近年来,各国企业代表团不断赴越签订投资协议和合作协议。")
    assert [e["type"] for e in rel] == ["OTHER"], rel


def test_leaders_who_keep_visiting_make_no_visit() -> None:
    rel = _related("两国关系稳步发展\n\n两国高层领导不断互访,增进了政治互信。")
    assert [e["type"] for e in rel] == ["OTHER"], rel


def test_a_dated_signing_is_still_one() -> None:
    rel = _related("越老签署合作协议\n\n5月8日,越南外交部长阮文甲与老挝外交部长通伦·沙曼签署了合作协议。")
    assert len(rel) == 1 and rel[0]["type"] == "AGREE", rel
