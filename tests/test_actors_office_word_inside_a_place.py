"""An office word that begins inside a place's name (苏丹, sultan, inside 南苏丹) has no name before it:
"与越南和南苏丹传统友好的国家" holds no person 和南."""
from dyad import extract, to_record


def test_no_person_before_sultan_inside_south_sudan() -> None:
    text = (
        "越南与南苏丹加强合作\n\n越通社河内——3月5日,越南驻联合国大使阮文甲与南苏丹驻联合国大使"
        "约翰·加朗·德乌(John Garang Deu)在纽约签署联合公报。同日,与越南和南苏丹传统友好的国家代表"
        "出席招待会。(越通社——VNA)\n越通社\n"
    )
    record = to_record(extract(text))
    assert "和南" not in {a["name"] for a in record["actors"]}
    signed = [e for e in record["events"] if e["type"] == "AGREE"]
    assert [[p["name"] for p in e["target"]] for e in signed] == [["约翰·加朗·德乌"]]
