"""``黎文明与日本各地签署合作文件``: documents signed with many places over the years, told with
no day or year, are a record recited, not a signing of the story (one with a named partner is)."""

from __future__ import annotations

from dyad import extract, to_record


def _types(text: str) -> list[str]:
    return [e["type"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


_PAGE = (
    "广南省与日本千叶县加强合作\n\n越通社广南省——10月11日,广南省人民委员会主席黎文明会见来访的日本千叶县知事田中浩。"
    "\n\n会见中,黎文明与{partner}签署合作文件并希望深化交流。(越通社-VNA)\n越通社\n"
)


def test_signing_with_many_places_is_a_record() -> None:
    assert _types(_PAGE.format(partner="日本各地")) == ["CONSULT"]


def test_signing_with_a_named_partner_is_kept() -> None:
    assert "AGREE" in _types(_PAGE.format(partner="田中浩"))
