"""Text dumps in the shapes real crawls produce: no blank lines between paragraphs, the title
printed twice, teasers under another heading than ``更多``, no teasers at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.ingest import layout
from dyad.ingest.decode import decode_page
from dyad.ingest.textpage import parse_text_page
from dyad.record import to_record

PAGES = Path(__file__).resolve().parents[1] / "examples" / "pages"

TITLE = "越南国家主席与外国总统举行会谈"
LEAD = "1月12日上午,越南国家主席在河内主席府主持仪式,欢迎对越南进行国事访问的外国总统。欢迎仪式结束后,两国元首举行会谈。"
CAPTION = "两国元首举行会谈。图自越通社"
PARAS = [
    "越通社河内——" + LEAD,
    "会谈中,双方一致同意加强各领域合作。",
    "同日,外国总统拜会了越共中央总书记。(越通社——VNA)",
]
TEASERS = [
    "越南政府总理出席东盟峰会",
    "9月5日上午,越南政府总理在雅加达出席第43届东盟峰会。",
    "纪念典礼现场。图自越通社",
    "奠边府大捷70周年纪念典礼隆重举行",
    "5月7日上午,奠边府大捷70周年纪念典礼在奠边府市隆重举行。",
]


def page(title_lines: list[str], sep: str = "\n\n", more: str | None = "更多") -> str:
    lines = [*title_lines, LEAD, CAPTION, *PARAS, "越通社"]
    if more is not None:
        lines += [more, *TEASERS]
    return sep.join(lines) + "\n"


def parts(text: str) -> tuple:
    rec = to_record(parse_text_page(text))
    return rec["title"], rec["lead"], rec["body"], rec["captions"], rec["related"], rec["signature"]


def test_title_printed_twice_is_neither_lead_nor_body() -> None:
    rec = to_record(parse_text_page(page([TITLE, TITLE])))
    assert rec["title"] == TITLE
    assert rec["lead"] == LEAD
    assert rec["body"][0] == LEAD and len(rec["body"]) == 3
    assert parts(page([TITLE, TITLE])) == parts(page([TITLE]))


def test_repeats_title() -> None:
    assert layout.repeats_title(TITLE, TITLE)
    assert layout.repeats_title(f" {TITLE} ", TITLE)
    assert layout.repeats_title(TITLE + "。", TITLE)
    assert layout.repeats_title(f"{TITLE} | 越通社", TITLE)
    assert not layout.repeats_title(LEAD, TITLE)
    assert not layout.repeats_title(TITLE + "并签署合作文件", TITLE)
    assert not layout.repeats_title("", TITLE) and not layout.repeats_title(TITLE, "")


def test_related_news_heading_and_no_teasers() -> None:
    assert parts(page([TITLE], more="相关新闻")) == parts(page([TITLE]))
    rec = to_record(parse_text_page(page([TITLE], more=None)))
    assert rec["related"] == [] and rec["body"][-1].endswith("越共中央总书记。")
    assert rec["signature"] == "(越通社——VNA)"


def test_short_lead_cut_mid_character_is_a_summary() -> None:
    """A teaser lead the site cut with U+FFFD is a summary even when it is short and has no
    caption after it: titles are never cut."""
    assert layout.classify_teaser_line("值此某国国庆之际,国家主席日前致电表示祝贺,相信两国关系将\ufffd") == "summary"
    teasers = ["甲国领导人致电祝贺乙国国庆", "值此乙国国庆之际,甲国主席日前致电乙国总统,祝愿\ufffd",
               "丙省新机构正式运行", "自7月1日起,丙省新机构正式投入运行,两级地方政府\ufffd"]
    text = "\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "正文。(越通社——VNA)", "更多", *teasers]) + "\n"
    rec = to_record(parse_text_page(text))
    assert [r["title"] for r in rec["related"]] == [teasers[0], teasers[2]]
    assert all(r["summary"].endswith("\ufffd") for r in rec["related"])


@settings(max_examples=60, deadline=None)
@given(
    sep=st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\n\n\n"]),
    copies=st.integers(min_value=1, max_value=3),
    pad=st.sampled_from(["", " ", "\u3000", "\t"]),
    more=st.sampled_from(["更多", "相关新闻", "相关文章:", None]),
)
def test_page_shape_does_not_change_its_parts(sep: str, copies: int, pad: str, more: str | None) -> None:
    """Blank lines or none, the title once or several times, any teaser heading: same parts."""
    shaped = page([TITLE + pad] * copies, sep=sep, more=more)
    assert parts(shaped) == parts(page([TITLE], more=None if more is None else "更多"))


def _text_pages() -> list[Path]:
    return sorted(p for p in PAGES.glob("*.txt"))


@pytest.mark.parametrize("path", _text_pages(), ids=lambda p: p.name[:3])
def test_sample_pages_without_blank_lines(path: Path) -> None:
    """Every sample text dump, its blank lines removed or its title printed twice, is cut the same."""
    text = decode_page(path.read_bytes())[0]
    want = parts(text)
    assert parts(re.sub(r"\n[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+", "\n", text)) == want
    first, _, rest = text.partition("\n")
    assert parts(f"{first}\n{first.strip()}\n{rest}") == want


def test_teaser_lead_cut_by_the_crawl_is_a_summary() -> None:
    """A short teaser lead cut mid-sentence (ending in U+FFFD) is the summary, not the next title."""
    assert layout.classify_teaser_line("外交部长日前致电某国外长,祝贺他就任并表示�") == "summary"
    assert layout.classify_teaser_line("某国总理访问越南�") == "summary"  # no clause either: titles are never cut
    text = (
        "标题\n\n导语。\n\n越通社河内——导语。\n\n正文。(越通社——VNA)\n\n更多\n\n"
        "越南总理致电祝贺某国新总理就职\n\n越南政府总理日前致电某国新总理,祝贺他就职,相信两国关系将继续�\n\n"
        "友谊赛:越南队2-0获胜\n\n3月1日晚,越南队在河内以2-0战胜对手,两名前锋各进一球�\n"
    )
    rec = to_record(parse_text_page(text))
    assert [r["title"] for r in rec["related"]] == ["越南总理致电祝贺某国新总理就职", "友谊赛:越南队2-0获胜"]
    assert all(r["summary"].endswith("\ufffd") for r in rec["related"])
def test_a_short_teaser_lead_cut_by_the_site_is_a_summary() -> None:
    # a lead short enough for a title, but cut mid-sentence (U+FFFD) or holding a whole sentence
    assert layout.classify_teaser_line("12月1日上午,越南国会第九次会议在河内开幕。国会主席致开幕词\ufffd") == "summary"
    assert layout.classify_teaser_line("12月1日上午,越南国会第九次会议开幕\ufffd") == "summary"
    assert layout.classify_teaser_line("越南国会第九次会议开幕") == "title"
def test_teaser_lead_cut_mid_character_is_a_summary() -> None:
    """A short lead the crawl cut mid-character (ending in U+FFFD) has no date and no full stop,
    but its commas make it a sentence: the summary of the title above it, not a title."""
    cut = "外国驻越南大使近日在接受记者专访时表示,两国关系正处于最好时期,双方愿在多个领域\ufffd"
    assert layout.classify_teaser_line(cut) == "summary"
    assert layout.classify_teaser_line("专访:外国驻越南大使谈两国关系发展前景") == "title"
    text = "\n\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "会谈中,双方一致同意加强合作。(越通社——VNA)",
                       "更多", "外国大使。图自越通社", "专访:外国驻越南大使谈两国关系发展前景", cut])
    doc = parse_text_page(text)
    assert len(doc.teasers) == 1
    assert doc.teasers[0].summary is not None


def test_dump_opening_on_the_dateline_has_no_headline_and_the_agency_is_no_actor() -> None:
    from dyad import extract, to_record

    text = (
        "越通社河内——10月26日,第40届东盟峰会以视频形式开幕。越南政府总理黎明山出席会议。\n"
        "会议重点讨论经济复苏等议题。\n"
        "出席10月26日至28日举行的第40届东盟峰会的还有东盟对话伙伴的领导人。(完)\n越通社\n"
    )
    rec = to_record(extract(text))
    assert not rec["title"] and rec["dateline"] == "越通社河内——"
    evs = rec["events"]
    assert [[p["name"] for p in e["source"]] for e in evs] == [["黎明山"]], evs


def test_a_list_cut_inside_its_last_summary_keeps_one_teaser() -> None:
    """The page cut inside the last teaser's lead, before any full stop: short enough to pass for
    a title, but a date and a clause comma make it the summary of the title above it."""
    cut = "值此2024年新春来临之际,2月5日上午,越南国会主席前往"
    text = "\n\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "会谈中,双方一致同意加强合作。(越通社——VNA)",
                       "更多", "国会主席看望群众。图自越通社", "越南国会主席向群众拜年", cut])
    doc = parse_text_page(text)
    assert len(doc.teasers) == 1
    assert doc.teasers[0].summary is not None
    two = "\n\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "更多", "越南国会主席向群众拜年", "越南与老挝加强合作"])
    assert len(parse_text_page(two).teasers) == 2


@pytest.mark.parametrize(
    "lead, again",
    [
        # the special correspondent's byline, with no 驻X, before the repeated lead
        ("3月19日下午,越南政府总理陈光明会见了新西兰工党领袖甲乙·丙丁。",
         "越通社特派记者报道,3月19日下午,越南政府总理陈光明会见了新西兰工党领袖甲乙·丙丁。"),
        # the Latin name glued in the repetition, as the site prints it
        ("越南政府总理陈光明会见了新西兰工党领袖甲乙·丙丁(Andrew Little)。",
         "越南政府总理陈光明会见了新西兰工党领袖甲乙·丙丁(AndrewLittle)。"),
        # the repetition tells more: a local time before it, a sentence after it
        ("越南政府总理陈光明会见阿尔及利亚总统甲乙丙丁(Abdel Aziz)。",
         "当地时间6月1日下午(越南时间6月2日),越南政府总理陈光明会见阿尔及利亚总统甲乙丙丁(Abdel Aziz)。"
         "阿尔及利亚总理参加会见。"),
    ],
)
def test_a_lead_told_again_with_small_changes_is_not_the_body(lead: str, again: str) -> None:
    doc = parse_text_page(f"越南与各国加强合作\n\n{lead}\n\n{again}\n\n双方一致同意加强合作。(越通社——VNA)\n")
    assert doc.lead is not None and doc.text[doc.lead.start : doc.lead.end] == lead
    assert doc.text[doc.body[0].start : doc.body[0].end] == again


def test_a_first_paragraph_that_only_begins_like_the_lead_is_the_body() -> None:
    lead = "3月19日下午,越南政府总理陈光明会见了新西兰工党领袖甲乙·丙丁。"
    other = "3月19日下午,越南政府总理陈光明还出席了越南—新西兰经济论坛并发表讲话,强调两国应加强贸易、投资和教育合作。"
    doc = parse_text_page(f"越南与各国加强合作\n\n{lead}\n\n{other}\n\n双方一致同意加强合作。(越通社——VNA)\n")
    assert doc.text[doc.body[0].start : doc.body[0].end] == lead


def test_a_photo_label_without_accents_marks_a_caption() -> None:
    """Some crawls print the photo label as ``hinh anh N``: the line is a caption all the same,
    and one that opens the dump (the headline line lost) holds the title before the label."""
    cap = "越南总理出席论坛 hinh anh 1越南总理在论坛上发表讲话(图片来源于网络)"
    assert layout.is_caption(cap)
    assert not layout.is_caption("越南总理与外国总理Anh Nguyen 1日举行会谈")
    text = "\n\n".join(["越南与外国加强合作 hinh anh 1两国代表签署合作文件。图自越通社",
                       "越通社河内——两国代表日前在河内签署合作文件。", "双方同意加强合作。(越通社——VNA)"])
    rec = to_record(parse_text_page(text))
    assert rec["title"] == "越南与外国加强合作"
    assert rec["captions"] == ["两国代表签署合作文件。图自越通社"]
    assert rec["body"][0].startswith("两国代表日前")
    lead_cap = "\n\n".join([TITLE, cap, "越通社河内——" + LEAD, "正文。(越通社——VNA)"])
    rec = to_record(parse_text_page(lead_cap))
    assert rec["captions"] == ["越南总理在论坛上发表讲话(图片来源于网络)"] and not rec["lead"]


@pytest.mark.parametrize("cut", ["在东部地区强降雨日益加", "现年50岁、居住在某省某乡的女士甲乙不仅继承", "据越通社驻某国记者报道,某国正进入与某组织谈判的最后阶段"])
def test_a_list_cut_after_a_photo_and_a_title_ends_on_a_summary(cut: str) -> None:
    """Caption, title, then the last line, cut by the crawl with no date, comma or full stop:
    the summary of the teaser above it (a new teaser opens on its photo), not a second teaser."""
    text = "\n\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "会谈中,双方一致同意加强合作。(越通社——VNA)",
                       "更多", "救援人员在灾区工作。图自越通社", "越南向某国灾民提供援助", cut])
    doc = parse_text_page(text)
    assert len(doc.teasers) == 1
    assert doc.teasers[0].summary is not None and doc.text[doc.teasers[0].summary.start : doc.teasers[0].summary.end] == cut


@pytest.mark.parametrize("second", ["越南领导人出席友好交流活动", "越南领导人出席友"])
def test_a_teaser_title_printed_twice_is_one_teaser(second: str) -> None:
    """A teaser photo with no caption carries the title as its text: the title twice in a row (the
    copy cut short when the list ends on it) is one teaser with its photo, not two teasers."""
    first = "越南领导人出席友好交流活动"
    text = "\n\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "会谈中,双方一致同意加强合作。(越通社——VNA)",
                       "更多", first, second])
    doc = parse_text_page(text)
    assert len(doc.teasers) == 1 and doc.teasers[0].caption is not None
    two = "\n\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "更多", first, "越南与老挝加强合作"])
    assert len(parse_text_page(two).teasers) == 2


def test_teasers_after_the_signature_without_a_heading() -> None:
    """The crawl lost the ``更多`` heading: the title and summary after the signed paragraph (and
    the bare agency line) are a teaser, not dropped text."""
    teaser = ["越南领导人致电祝贺某国新任总理", "3月1日,越南政府总理致电祝贺某国新任总理就职。"]
    for agency in ([], ["越通社"]):
        text = "\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "会谈中,双方一致同意加强合作。(越通社——VNA)",
                          *agency, *teaser]) + "\n"
        rec = to_record(parse_text_page(text))
        assert rec["body"][-1] == "会谈中,双方一致同意加强合作。"
        assert [(r["title"], r["summary"]) for r in rec["related"]] == [tuple(teaser)]
    alone = "\n".join([TITLE, LEAD, "越通社河内——" + LEAD, "会谈中,双方一致同意加强合作。(完)", "越通社"])
    assert to_record(parse_text_page(alone))["related"] == []


def test_agency_notice_after_the_signature_is_no_teaser() -> None:
    # old pages end with a line telling readers where to find more, after the signature
    text = "\n".join([TITLE, "", *PARAS, "", "读者可登录越通社网站http://vnanet.vn获取更多信息。", ""])
    rec = to_record(parse_text_page(text, "notice.txt"))
    assert rec["related"] == [], rec["related"]
    assert not [e for e in rec["events"] if e["section"] == "related"], rec["events"]
    assert rec["body"][-1].startswith("同日,外国总统拜会了"), rec["body"]


def test_a_photo_caption_signed_by_the_agency_does_not_end_the_article() -> None:
    """``… ảnh 1大使接受记者采访。(越通社-VNA)``: the credit signs the photo; the paragraphs after
    it are the article's body, not teasers of other articles."""
    caption = TITLE + " ảnh 1某国驻越南大使接受越通社记者采访。(越通社-VNA)"
    body = ["越通社河内——值此两国建交50周年之际,某国驻越南大使接受了越通社记者的采访。",
            "大使表示,两国关系近年来取得长足发展。",
            "大使指出,双方应进一步加强经贸合作。"]
    text = "\n".join([TITLE, LEAD, caption, *body]) + "\n"
    rec = to_record(parse_text_page(text))
    assert rec["related"] == [], rec["related"]
    assert rec["body"][-1] == "大使指出,双方应进一步加强经贸合作。", rec["body"]
    assert len(rec["captions"]) == 1
