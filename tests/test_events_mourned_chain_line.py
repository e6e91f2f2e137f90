"""The one mourned after 吊唁/悼念 is looked for in that line only: a link line above does not
make the next paragraph's sender a mourned person."""

from __future__ import annotations

from dyad import extract, to_record


def _events(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_sender_under_a_mourning_link_line_keeps_his_message() -> None:
    text = (
        "多国领导人致电悼念越南原领导人\n\n"
        "越通社河内——获悉越南原国家主席黎某某逝世,多国领导人纷纷致电。\n\n"
        "[数百个代表团前来吊唁原国家主席黎某某]\n\n"
        "蒙古总统呼日勒苏赫向越南国家主席武文赏致唁电。他表示深切哀悼。(越通社——VNA)\n越通社\n"
    )
    evs = _events(text)
    sent = [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "message"]
    assert any([p["name"] for p in e["source"]] == ["呼日勒苏赫"] for e in sent), evs


def test_the_one_mourned_in_the_same_line_still_takes_no_part() -> None:
    text = (
        "老挝领导人吊唁\n\n"
        "越通社河内——2022年12月5日,老挝国家主席通伦前往中国驻老挝大使馆吊唁中国原国家主席江泽民同志。"
        "(越通社——VNA)\n越通社\n"
    )
    names = [p["name"] for e in _events(text) for p in e["source"] + e["target"]]
    assert "江泽民" not in names
