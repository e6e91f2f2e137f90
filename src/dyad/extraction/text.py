"""Sentences and clauses with offsets: the units events are read from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.document import Document, Span, Teaser
from dyad.ingest.layout import is_caption

__all__ = ["Sentence", "clauses", "sentences"]

_SENT_END = re.compile(r"[^。!?！？]*(?:[。!?！？]+[”’」』\"]?|$)")
_CLAUSE_END = re.compile(r"[^;；]*(?:[;；]|$)")


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    section: str  # main | related
    teaser: int | None
    part: str  # title | lead | body | caption | teaser-title | teaser-summary | teaser-caption

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


def _split(regex: re.Pattern[str], text: str, start: int, end: int) -> list[Span]:
    out = []
    for m in regex.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e, "sentence"))
    return out


def headline_span(text: str, t: Teaser) -> Span | None:
    """A teaser's headline: its title, or the photo's text when the title printed after it is cut
    short where the list ends (``越共中央总书记苏林将访问美国`` then ``越共中央总书记``)."""
    if t.title is None or t.caption is None or t.summary is not None:
        return t.title
    cap = text[t.caption.start : t.caption.end].strip()
    title = text[t.title.start : t.title.end].strip()
    if len(title) >= 4 and len(cap) > len(title) and cap.startswith(title) and not is_caption(cap):
        return t.caption
    return t.title


def sentences(doc: Document) -> list[Sentence]:
    """Sentences of the main article (title, lead unless repeated, body) and of every teaser."""
    out: list[Sentence] = []
    norm = doc.norm
    if doc.title is not None:
        out.append(Sentence(doc.title, "main", None, "title"))
    if doc.lead is not None and not doc.lead_repeated:
        out += [
            Sentence(s, "main", None, "lead") for s in _split(_SENT_END, norm, doc.lead.start, doc.lead.end)
        ]
    for para in doc.body:
        out += [Sentence(s, "main", None, "body") for s in _split(_SENT_END, norm, para.start, para.end)]
    for i, t in enumerate(doc.teasers):
        head = headline_span(norm, t)
        if head is not None:
            out.append(Sentence(head, "related", i, "teaser-title"))
        if t.summary is not None:
            out += [
                Sentence(s, "related", i, "teaser-summary")
                for s in _split(_SENT_END, norm, t.summary.start, t.summary.end)
            ]
            if _cut_summary(norm, t):
                # the summary is cut short mid-sentence where the excerpt ends: the caption may tell
                # the story, read only where the title and the cut summary yield no event
                out += [
                    Sentence(s, "related", i, "teaser-caption")
                    for s in _split(_SENT_END, norm, t.caption.start, t.caption.end)  # type: ignore[union-attr]
                ]
        elif _cut_title(norm, t, head):
            # The page ends with the last teaser's title, maybe cut short: its photo caption tells the
            # story, read only where the title itself yields no event
            out += [
                Sentence(s, "related", i, "teaser-caption")
                for s in _split(_SENT_END, norm, t.caption.start, t.caption.end)  # type: ignore[union-attr]
            ]
    return out


# "A于1997年访越、B于2009年访越以及C、D分别于2000年和2002年访问法国": a chronology of visits joined
# by 、 or 以及, each item with a visitor and a year of its own. The join right after a visit verb
# (访越, 访问法国, 对X进行访问), with a year told before it in the item, closes the item; the next
# item opens with its own subject (not a time, 于, 并 or 又: "X于2019年访越、2020年访华" is one
# subject's two trips) and tells a year and a visit verb before the next comma.
_VISIT_ITEM_BEFORE = re.compile(r"\d{4}年[^,，。;；]{0,40}?(?:访[^\s问]|访问[^、,，。;；]{2,8}|进行[^、,，。;；]{0,8}访问)$")
_VISIT_ITEM_AFTER = re.compile(r"(?!\s*(?:于|在|并|又|还|也|再|\d))[^,，。;；]{2,80}?\d{4}年[^,，。;；]{0,30}?访")


def _visit_list_items(text: str, clause: Span) -> list[Span]:
    """A clause cut at the joins of a chronology of visits; else the clause itself."""
    cuts: list[tuple[int, int]] = []
    lo = clause.start
    for m in re.finditer(r"、|以及", text[clause.start : clause.end]):
        s, e = clause.start + m.start(), clause.start + m.end()
        if _VISIT_ITEM_BEFORE.search(text, lo, s) and _VISIT_ITEM_AFTER.match(text, e, clause.end):
            cuts.append((s, e))
            lo = e
    if not cuts:
        return [clause]
    out, lo = [], clause.start
    for s, e in cuts:
        out.append(Span(lo, s, "sentence"))
        lo = e
    out.append(Span(lo, clause.end, "sentence"))
    return out


# "南非媒体认为,…": a summary that opens with someone's view tells a commentary, not the photo's event
_VIEW_OPENS = re.compile(r"\s*[^,，。;；]{0,20}?(?:认为|表示|指出|强调|称|评论|写道|评价)")
# a summary closed as a sentence (or a bracketed note) at its end
_CLOSED_END = re.compile(r"[。!?！？)）”\]】…]\s*$")


def _cut_summary(text: str, t: Teaser) -> bool:
    """The last teaser's summary runs to the end of an excerpt, cut mid-sentence (``据越通社记者报道,在对
    中国进行访问、通报越``), under a photo caption of its own (``…黎怀忠与…王毅举行会谈。图自越通社``)."""
    return (
        t.caption is not None
        and t.summary is not None
        and not text[t.summary.end :].strip()
        and _CLOSED_END.search(text, t.summary.start, t.summary.end) is None
        and _VIEW_OPENS.match(text, t.summary.start, t.summary.end) is None
        and is_caption(text[t.caption.start : t.caption.end])
    )


def _cut_title(text: str, t: Teaser, head: Span | None) -> bool:
    """The last teaser's title runs to the end of an excerpt with no summary after it, under a
    photo caption of its own (``…苏林特使会见俄`` cut short under ``…黎怀忠24日…会见了…普京。图自越通社``)."""
    return (
        t.caption is not None
        and t.title is not None
        and head is t.title
        and not text[t.title.end :].strip()
        and is_caption(text[t.caption.start : t.caption.end])
    )


def clauses(text: str, span: Span) -> list[Span]:
    """Split a sentence at semicolons: each clause of a listing sentence states its own fact (and a
    chronology of visits at its items' joins, ``_visit_list_items``)."""
    return [c for clause in _clauses(text, span) for c in _visit_list_items(text, clause)]


def _clauses(text: str, span: Span) -> list[Span]:
    if text.find(";", span.start, span.end) < 0 and text.find("；", span.start, span.end) < 0:
        # no semicolon (most sentences): the one clause ``_CLAUSE_END`` would find, without the regex
        s, e = span.start, span.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return [Span(s, e, "sentence")] if e > s else []
    out = _split(_CLAUSE_END, text, span.start, span.end)
    merged: list[Span] = []
    for c in out:
        prev = merged[-1] if merged else None
        if prev is not None and _open_partner_list(text, prev):
            # "A分别与B(Latin);C(Latin);D(Latin)举行双边会晤": the semicolons separate the partners of one
            # list, whose verb comes after the last of them
            merged[-1] = Span(prev.start, c.end, "sentence")
        else:
            merged.append(c)
    return merged


# "分别与" opening a list of partners whose verb has not come yet in the clause
_OPEN_PARTNER_LIST = re.compile(r"分别(?:与|同|跟)(?P<rest>[^,，。:：]{2,60})$")
_LIST_VERB = re.compile(r"举行|会谈|会晤|会见|会面|通电话|通话|签署|签订|交换|讨论|座谈|合作|互致|致")


def _open_partner_list(text: str, clause: Span) -> bool:
    seg = text[clause.start : clause.end].rstrip(";；").rstrip()
    m = _OPEN_PARTNER_LIST.search(seg)
    return m is not None and _LIST_VERB.search(m["rest"]) is None
