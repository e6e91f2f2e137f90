"""A teaser whose headline is the name of a joint statement itself (A与B关于…的联合声明, no verb)
states the agreement between the pair it opens with."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"


def _related(teaser: str) -> list[dict]:
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n{teaser}"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_statement_name_as_headline_is_an_agreement() -> None:
    rel = _related("越南社会主义共和国与智利共和国关于建立全面伙伴关系的联合声明\n\n越南与智利拥有传统友好关系。")
    assert len(rel) == 1 and rel[0]["type"] == "AGREE", rel
    assert [s["country"] for s in rel[0]["source"]] == ["VNM"], rel
    assert [t["country"] for t in rel[0]["target"]] == ["CHL"], rel


def test_statement_recalled_in_a_body_sentence_is_no_agreement() -> None:
    """Only a headline that ends with the statement's name states it; a sentence that recalls it
    (落实…的联合声明) does not."""
    rel = _related("范明政会见巴西总统\n\n双方重申落实越南与巴西关于深化战略伙伴关系的联合声明。")
    assert not any(e["type"] == "AGREE" for e in rel), rel


def test_statement_signed_in_a_headline_keeps_its_signing() -> None:
    """A headline with the verb before the statement's name (A与B签署关于…的联合声明) is a
    signing, as before: the name-only reading does not replace it."""
    rel = _related("越南与新西兰签署关于建立全面伙伴关系的联合声明\n\n两国外长当天在惠灵顿签署了这份文件。")
    assert len(rel) == 1 and rel[0]["type"] == "AGREE" and rel[0]["mode"] == "sign", rel
