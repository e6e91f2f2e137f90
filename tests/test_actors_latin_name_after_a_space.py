"""``智利外交部副部长 Carlos Alberto Gomez以视频形式…``: a name written only in Latin letters, one
space after the office, is the person holding it (not the ministry)."""

from __future__ import annotations

from dyad import extract, to_record


def targets(body: str) -> list[tuple[str, str | None, str | None]]:
    page = "测试标题\n\n越通社河内——" + body + "(完)\n"
    return [(p["name"], p.get("title"), p.get("country")) for e in to_record(extract(page))["events"] for p in e["target"]]


def test_latin_name_after_a_space_holds_the_office() -> None:
    got = targets("2020年10月8日,越南外交部副部长阮文乙与智利外交部副部长 Carlos Alberto Gomez以视频形式举行政治磋商。")
    assert ("Carlos Alberto Gomez", "智利外交部副部长", "CHL") in got, got



def test_colombia_written_variant_names_the_country() -> None:
    got = targets("2020年10月8日,越南外交部副部长阮文乙与克伦比亚外交部副部长 Carlos Alberto Gomez以视频形式举行政治磋商。")
    assert got == [("Carlos Alberto Gomez", "克伦比亚外交部副部长", "COL")], got
