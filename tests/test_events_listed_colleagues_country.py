"""A side listing several people of one country, the country written once before the first of
them: later ones with a bare national office take that country even when their names are unknown.
Sentences and names invented for these tests."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))["events"]


def _countries(body: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for ev in _events(body):
        for p in ev["source"] + ev["target"]:
            out[p["name"]] = p["country"]
    return out


def test_bare_offices_after_a_country_office_take_its_country() -> None:
    got = _countries(
        "9月1日,老挝人民革命党中央委员会总书记、国家主席坎比·巴沙(KhambiPasa);政府总理索里·文塔冯(SoliVanta)"
        "和国会主席宋迪·潘马尼(SomdiPanma)向越共中央总书记阮文安致贺电。"
    )
    assert got.get("索里·文塔冯") == "LAO"
    assert got.get("宋迪·潘马尼") == "LAO"


def test_a_country_named_between_keeps_them_apart() -> None:
    got = _countries("9月1日,老挝国家主席坎比·巴沙和联合国秘书长索里·文塔冯向越共中央总书记阮文安致贺电。")
    assert got.get("索里·文塔冯") is None
