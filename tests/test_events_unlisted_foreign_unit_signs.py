"""A foreign city, province or ministry written right after its country (与葡萄牙某市领导签署,
同泰国某部签署) is the side that signs, not its country, even when the tables do not list it; a
listed region whose unit word the province rule does not know (法国某大区) likewise. A count of
provinces (越南边境四省) or a part of a country (越南北部) is no such body. Sentences written for
the test."""

from __future__ import annotations

from dyad import extract, to_record


def _signings(body: str) -> list[dict]:
    rec = to_record(extract(f"越南代表团访问欧洲\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AGREE"]


def _targets(body: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["country"]) for e in _signings(body) for p in e["target"]]


def test_unlisted_city_after_its_country_signs() -> None:
    body = "5月12日,越南河静市领导同葡萄牙布拉加市领导人签署了两市友好合作关系备忘录。"
    assert _targets(body) == [("布拉加市", "PRT")]


def test_unlisted_city_spelled_out_in_latin_signs() -> None:
    body = "5月12日下午,越南林同省与日本那须山市(Nasuyama)举行旅游合作备忘录签约仪式。"
    assert _targets(body) == [("那须山市", "JPN")]


def test_unlisted_ministry_after_its_country_signs() -> None:
    body = "5月12日,越南工贸部同泰国农业、渔业与合作部签署了贸易合作备忘录。"
    assert _targets(body) == [("泰国农业、渔业与合作部", "THA")]


def test_listed_region_after_its_country_signs() -> None:
    body = "5月12日,越南林同省与法国布列塔尼大区领导人签署了工业合作备忘录。"
    assert _targets(body) == [("布列塔尼大区", "FRA")]


def test_country_alone_still_signs() -> None:
    body = "5月12日,越南工贸部与泰国签署了贸易合作备忘录。"
    assert _targets(body) == [("泰国", "THA")]


def test_unlisted_government_after_its_country_signs() -> None:
    body = "5月12日,越南工贸部与泰国皇家政府签署了贸易合作备忘录。"
    assert _targets(body) == [("泰国皇家政府", "THA")]


def test_a_government_is_no_province() -> None:
    body = "5月12日,越南工贸部与泰国王家政府代表签署了贸易合作备忘录。"
    assert ("王家政府", "THA") not in _targets(body)


def test_party_and_government_listed_stay_the_country() -> None:
    rec = to_record(
        extract(
            "越南代表团访问古巴\n\n越通社哈瓦那——应古巴党和政府领导的邀请,越南国会主席阮文甲5月12日至14日"
            "对古巴进行正式访问。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert [p["name"] for e in visits for p in e["target"]] == ["古巴"], visits
