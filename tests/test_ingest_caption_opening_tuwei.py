"""A photo caption may say what the photo shows before saying it, with no credit after it
("图为…。", "上图:…"): it is still a caption, so it does not push the dateline below the
paragraphs where a dateline is looked for, and the agency never becomes an actor.
Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.ingest import layout


@pytest.mark.parametrize(
    "line", ["图为越南国会主席陈青明会见智利客人。", "上图:两国代表团合影。", "图：会谈现场。"]
)
def test_caption_that_opens_on_tuwei(line: str) -> None:
    assert layout.is_caption(line)


def test_plain_sentence_is_no_caption() -> None:
    assert not layout.is_caption("双方一致同意加强两国在农业领域的合作。")


def test_page_with_tuwei_captions_keeps_its_dateline() -> None:
    text = (
        "越南国会主席会见智利参议院议长\n\n"
        "越南国会主席陈青明4月9日会见了智利参议院议长马特奥·里维拉(Mateo Rivera)。\n"
        "图为越南国会主席陈青明会见智利参议院议长马特奥·里维拉。\n"
        "图为会见现场。\n\n"
        "越通社河内——4月9日上午,越南国会主席陈青明在河内会见了正在对越南进行正式访问的智利参议院议长"
        "马特奥·里维拉(Mateo Rivera)。(越通社—VNA)\n"
    )
    rec = to_record(extract(text))
    assert len(rec["captions"]) == 2, rec["captions"]
    assert rec["body"][0].startswith("4月9日上午"), rec["body"]
    meets = [e for e in rec["events"] if e["mode"] == "meeting"]
    assert meets and meets[0]["location"] == "河内", meets
    assert all(a["name"] != "越通社" for e in rec["events"] for a in e["source"] + e["target"])
