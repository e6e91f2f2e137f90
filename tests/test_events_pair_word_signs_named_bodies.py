"""``两国立法机关的高层领导…签署了A国国会与B国国会合作谅解备忘录``: a bare pair word as the
signer, with the document naming two bodies of two countries: those two bodies are the sides."""

from __future__ import annotations

from dyad import extract, to_record


def test_pair_word_gives_way_to_the_two_bodies_the_document_names() -> None:
    body = (
        "越南国会主席阮文明圆满结束对柬埔寨的正式访问。访问期间,两国立法机关的高层领导进行了广泛会谈,"
        "签署了越南国会与柬埔寨国会合作谅解备忘录。"
    )
    text = f"越柬合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert len(evs) == 1
    assert [m["name"] for m in evs[0]["source"]] == ["越南国会"]
    assert [m["name"] for m in evs[0]["target"]] == ["柬埔寨国会"]
