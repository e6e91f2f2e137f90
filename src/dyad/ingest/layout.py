"""The layout rules of an agency page, shared by the text-dump and HTML readers.

A VNA page reads: title; lead; photo captions (``… ảnh 1<caption>``, ``…图自越通社``,
``…摄``); the dateline ``越通社河内——`` that starts the body and repeats the lead; the body;
a signature ``(越通社——VNA)`` or ``(完)``; then ``更多`` and teasers of other articles
(caption, title, summary, any of them missing). The patterns live here, named, so both
readers cut a page the same way.
"""

from __future__ import annotations

import re

from dyad.extraction.literals import required_literals

__all__ = [
    "BARE_AGENCY",
    "BYLINE",
    "CAPTION_INLINE",
    "DATELINE",
    "IMAGE_FILE",
    "INLINE_LINK",
    "MORE_MARKER",
    "PHOTO_LABEL",
    "REPORTER_DATELINE",
    "SIGNATURE",
    "classify_teaser_line",
    "is_caption",
    "repeats_title",
]

# "<title> ảnh 1<caption>": the crawler glued the image's alt text, a Vietnamese "ảnh N"
# (photo N) label and the caption together. Some crawls print the label without its accents,
# as "hinh anh N" ("hình ảnh", picture).
PHOTO_LABEL = re.compile(r"(?:(?<![A-Za-z])h[iì]nh\s*[aả]nh|ảnh)\s*\d+\s*")
CAPTION_INLINE = PHOTO_LABEL
# "…的文章。截图", "(视频截图)": a screenshot credited after the sentence or as a video's, like 图自 (a
# teaser caption anywhere in the list); "…会见某某。越通社发": a photo the agency issued, credited after
# the sentence
_CAPTION_END = re.compile(
    r"(图自\s*\S{0,40}|[((]图片来源[::][^))]{0,80}[))]|图片来源[::]\S{0,60}|图片[::]\s*(?:越通社|新华社)\S{0,10}"
    r"|(越通社|新华社|记者|通讯员)[^。,]{0,20}\s*摄|供图|\(?资料图\)?|(附图)|(?:(?<=[。.])|[(（]|视频|网络|网页)截图[)）]?|(?<=[。.])\s*(?:越通社|新华社)发)\s*[。.]?\s*$"
)
# The words a caption's credit cannot be written without (read from the pattern): most lines hold
# none, and the pattern's search tries each character of a line against every credit.
_CAPTION_END_WORDS = _need.words if (_need := required_literals(_CAPTION_END)) is not None else None
# a caption that says what the photo shows before saying it, with no credit: "图为…", "上图:…"
_CAPTION_START = re.compile(r"^(?:图为|[上下左右]图为?|图\s*[:\uff1a])\s*\S")
_CAPTION_HINT = re.compile(r"[((](左|右|中|左一|右一|左二|右二|前排[^))]*|居中)[))]|合影|场景|^附图")
DATELINE = re.compile(
    # (a place holds no 是/的/为: "越通社是推动越—中关系的桥梁" is a title, not a dateline)
    # (other crawls and years bracket it, "(越通社河内)", or end it on 电 as wire copy does:
    # "越通社河内3月2日电", "越通社河内电 " -- a bare 电 only before a blank or a comma, not 电视/电话)
    r"^\s*(?P<open>[(（])?(?P<agency>越通社|新华社|人民网|VNA)\s*(?P<place>[^\s—\-–,,。:：是的为]{0,12}?)\s*"
    # 越通社河内月21日——: a month number dropped; 越通社金边日——, 越通社河内21日——: the month or the day
    # (the dash one, two or three em dashes long: 越通社河内———); a blank may stand where the day
    # number was dropped: 越通社东京 日——
    r"(?P<date>\d{0,2}月\d{1,2}日|\d{1,2}日|(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s))日)?\s*"
    r"(?(open)电?[)）]|(?:—{1,3}|--|–|－－|(?<=日)电|电(?=[\s,，])))\s*"
)
# (the byline ends on a comma or a colon; other crawls print a blank, or nothing after 报道:
# "越通社驻万象记者报道 5月3日,…")
REPORTER_DATELINE = re.compile(
    r"^\s*(?:据)?(?P<agency>越通社|新华社)驻(?P<place>[^\s,,。]{1,10}?)记者(?:报道)?(?:\s*[,,::]|\s+|(?<=报道))"
)
# any reporter's byline, with or without the place: "越通社特派记者报道,", "据越通社驻东京记者报道,"
BYLINE = re.compile(
    r"^\s*(?:据)?(?:越通社|新华社)(?:驻[^\s,,。]{1,10}?|特派|本社)?记者(?:报道)?(?:\s*[,,::]|\s+|(?<=报道))"
)
# (some years print the end mark in black lenticular brackets: 【完】)
SIGNATURE = re.compile(r"\s*[((【]\s*(?:越通社\s*[—\-–－]{1,2}\s*VNA|VNA|越通社|完)\s*[))】]\s*$")
# the agency's name on a line of its own after the signature; old pages print a notice there
# instead ("读者可登录越通社网站http://vnanet.vn获取更多信息。"): part of the page, no teaser;
# a copy cut inside that name leaves its first two characters (越通) on the last line
# other crawls add the desk's credits (责任编辑：X, 编译：X) or the time the page went out
# (2024-05-06 10:35, 2024年5月6日 10:35) there: part of the signature block too
BARE_AGENCY = re.compile(
    r"^\s*(越通社|越通|VNA|越通社——VNA|读者可登录越通社网站\s*\S{0,60}?\s*获取更多信息[。.]?"
    r"|[((]?(?:责任编辑|编辑|编译|翻译|校对|审校)\s*[:\uff1a]?\s*[^\s,，。;；]{1,12}(?:\s+[^\s,，。;；]{1,12}){0,2}[))]?"
    r"|(?:发布时间\s*[:\uff1a]?\s*)?\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)
# the heading over the list of other articles, as the site's years and crawls word it
MORE_MARKER = re.compile(
    r"^\s*(?:更多(?:新闻|文章|阅读)?|阅读更多|相关(?:新闻|文章|阅读|报道|链接|内容)|延伸阅读|推荐(?:阅读|文章|新闻))\s*[::]?\s*$"
)
IMAGE_FILE = re.compile(r"^\s*[\w\-.]+\.(?:png|jpe?g|gif|webp|bmp)\s*$", re.I)
INLINE_LINK = re.compile(r"^\s*\[[^\]]{2,120}\]\s*$")


def is_caption(line: str) -> bool:
    """A photo caption: ends with a credit (图自…, 摄, 图片来源) or carries the ảnh label."""
    s = line.strip()
    if not s or len(s) > 240:
        return False
    if PHOTO_LABEL.search(s) or _CAPTION_START.match(s):
        return True
    if _CAPTION_END_WORDS is not None and not any(w in s for w in _CAPTION_END_WORDS):
        return False
    return bool(_CAPTION_END.search(s))


_SPACE = re.compile(r"\s+")


def repeats_title(line: str, title: str) -> bool:
    """The title printed a second time (a crawl that took both the page's ``<title>`` and its
    headline, or a CMS that repeats the headline above the article): equal to the title but
    for white space, a trailing full stop and a `` | 越通社``-style site suffix."""
    a, b = (_SPACE.sub("", s).rstrip("。.") for s in (line, title))
    if not a or not b:
        return False
    if a == b:
        return True
    return a.startswith(b) and re.fullmatch(r"[|｜\-–—_]+(?:越通社|VNA|VietnamPlus|越南通讯社)", a[len(b) :], re.I) is not None


_DATED = re.compile(r"\d{1,2}月\d{1,2}日")


def classify_teaser_line(line: str) -> str:
    """Guess a teaser line's role: "caption", "title" or "summary".

    Captions carry a credit or a photo hint; titles are short and do not end a sentence;
    summaries are long sentences. The grouping in the readers corrects the rest.
    """
    s = line.strip()
    if is_caption(s) or (len(s) <= 60 and _CAPTION_HINT.search(s)):
        return "caption"
    if s.endswith("\ufffd") and not is_caption(s):
        return "summary"  # a lead the site cut mid-character: titles are never cut
    ends_sentence = s.endswith(("。", "。”", ".", "”", "」"))
    # a lead holding a whole sentence before more text is no title
    more = re.search(r"。(?!”|$)", s) is not None
    if len(s) <= 64 and not ends_sentence and not more:
        return "title"
    if len(s) < 40 and ends_sentence and "," not in s and "," not in s and not _DATED.search(s):
        return "caption"  # a short sentence that tells no date describes a photo
    return "summary"
