"""A person left with no country takes the one country of the dot names written in full anywhere
on the page whose last part is his name (``阿总统X`` in the title, ``阿尔及利亚总统A·B·X`` in the
body), or, for a dot name, whose first and last parts are his (``A·X`` beside ``某国部长A·B·X``)."""

from __future__ import annotations

from dyad import extract, to_record


def _people(text: str) -> dict[str, dict]:
    evs = to_record(extract(text))["events"]
    return {m["name"]: m for e in evs for m in e["source"] + e["target"]}


def test_dot_name_takes_the_country_of_the_longer_form() -> None:
    text = (
        "越俄加强防务合作\n\n越通社莫斯科——应俄罗斯联邦国防部部长伊万·彼得罗维奇·科瓦廖夫大将的邀请,"
        "越南国防部部长冯文乙大将已率团于5月3日至6日访问俄罗斯。\n\n欢迎仪式结束后,以冯文乙大将为首的越南军事代表团"
        "与以伊万·科瓦廖夫大将为首的俄罗斯国防部代表团举行会谈。(越通社——VNA)\n越通社\n"
    )
    people = _people(text)
    assert people["伊万·科瓦廖夫"]["country"] == "RUS"


def test_international_official_keeps_no_country() -> None:
    text = (
        "越南政府副总理会见联合国官员\n\n越通社河内——5月3日,越南政府副总理陈文丙会见联合国开发计划署驻越代表卡罗琳·韦斯。"
        "\n\n当天,陈文丙还会见了德国驻越南大使约翰娜·玛丽·韦斯。(越通社——VNA)\n越通社\n"
    )
    people = _people(text)
    assert people["卡罗琳·韦斯"]["country"] is None
