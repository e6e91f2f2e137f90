"""Real-page audit (h90): ``X分别会见了A(Latin),B(Latin),C(Latin)和D(Latin)等。``, a list of people
met whose items a comma parts: the last item, the one that ends the sentence, was never taken
(and one joining two people with their Latin forms ran past the length an item may have), so
C and D were lost."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _met(body: str) -> list[str]:
    rec = to_record(extract(f"越南国家主席会见多国领导人\n\n越通社利马——{body}(完)\n"))
    return [m["name"] for e in rec["events"] if e["mode"] == "meeting" for m in e["target"]]


@pytest.mark.parametrize(
    "tail",
    [
        "智利总统博里奇(Gabriel Boric)等。",
        "智利总统博里奇(Gabriel Boric Font)和新西兰总理拉克森(Christopher Luxon)等。",
    ],
)
def test_last_item_of_comma_list_is_met(tail: str) -> None:
    got = _met(f"11月14日,越南国家主席黎文丙分别会见了马来西亚总理安瓦尔(Anwar Ibrahim),泰国总理佩通坦(Paetongtarn Shinawatra),{tail}")
    assert "安瓦尔" in got and "佩通坦" in got and "博里奇" in got, got


def test_sentence_after_list_is_not_an_item() -> None:
    got = _met("11月14日,越南国家主席黎文丙分别会见了马来西亚总理安瓦尔(Anwar Ibrahim),泰国总理佩通坦(Paetongtarn Shinawatra),双方同意加强合作。")
    assert got == ["安瓦尔", "佩通坦"], got
