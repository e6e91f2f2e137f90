"""A person named in the page title with a short office is given the office chain the text writes
before the name (the title is the last segment of the text's chain)."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_text_office_chain_wins_over_the_title_line() -> None:
    text = (
        "越南国家主席黎明山会见中共中央书记处书记甲乙丙\n\n"
        "越通社北京——越南国家主席黎明山于10月9日在北京会见了中共中央政治局常委、中央书记处书记、"
        "中央办公厅主任甲乙丙。\n\n双方同意继续加强两国合作。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]
    assert len(evs) == 1, evs
    titles = {p["name"]: p["title"] for e in evs for p in e["source"] + e["target"]}
    assert titles.get("甲乙丙") == "中央办公厅主任", evs
