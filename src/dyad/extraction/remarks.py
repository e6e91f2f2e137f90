"""Trigger words that name an act without reporting it: remarks on a signing, a signing named in a
clause that only dates what follows, aid named in a document's title or in a description.

These complement ``events._is_aside``; kept apart so that each shape has its own small rule.
"""

from __future__ import annotations

import re

from dyad.document import Span

_STOP = "[^,，。;；]"
# "协定的签署是…里程碑", "协定的签署将为…": the signing as the subject of a remark
# (or "条约的签署从法律上解决了…", "…的签署使两国…": what the signing did, told as its subject)
_NOMINAL_SIGNING_AFTER = re.compile(r"(?:是|为|将|标志|意味|具有|有助于|对|体现|开启|开辟|必将|不仅|表明|从法律上|使|彻底)")
# "对两国签署VIFTA表示欢迎", "对…签署…给予高度评价": a welcome of a signing told elsewhere
_WELCOMED_BEFORE = re.compile(rf"对{_STOP}{{0,24}}$")
_WELCOMED_AFTER = re.compile(
    rf"{_STOP}{{0,40}}?(?:表示(?:热烈)?(?:欢迎|祝贺|赞赏|高兴|满意)|(?:给予|予以)(?:高度)?(?:评价|肯定))"
)
# "高度评价此访的意义,特别是…协议的签署": a signing named as what the speaker praises, told elsewhere
# (not "见证了…的签署", "出席…的签署仪式": those report the signing)
_PRAISED_BEFORE = re.compile(r"(?:评价|赞赏|赞扬|称赞|肯定|欢迎|祝贺)(?:了)?(?:(?!见证|出席|参加|签署)[^。;；]){0,40}的$")
_NOUN_END = re.compile(r"\s*[,，。;；、]|\s*(?:和|及|与)")
# "换文签署后,A与B签署了…": the document's signing only dates the next act
# (exchanged letters are written 交换信函, 换函 or 公函 too: "签署了关于日本向越南提供…贷款的交换信函")
_DOCUMENT = r"(?:换文|协定|协议|备忘录|文件|合同|条约|声明|纪要|议定书|(?:交换)?信函|换函|公函)"
_DOCUMENT_BEFORE = re.compile(rf"[^,，。;；与和同及]{{0,14}}{_DOCUMENT}$")
_DATING_AFTER = re.compile(r"(?:了)?(?:后|之后|以后)\s*[,，]")
# "签署了日本政府向越南政府提供无偿援助的换文": aid named in the title of the document signed
_SIGNED_BEFORE = re.compile(rf"(?:签署|签订|交换)(?:了)?{_STOP}{{0,30}}$")
_DOCUMENT_AFTER = re.compile(rf"{_STOP}{{0,30}}?的{_DOCUMENT}")
# "JDS是日本对越南人力资源开发提供援助的重要项目": what a programme is, not a gift
_IS_BEFORE = re.compile(r"(?<![于但还就正总只也这])是[^,，。;；是]{0,24}$")
_KIND_AFTER = re.compile(rf"[^,，。;；]{{0,6}}?的{_STOP}{{0,8}}?(?:项目|计划|伙伴|国家|机构|渠道|来源)")


def _sub_start(text: str, clause: Span, start: int) -> int:
    """Where the clause's part holding ``start`` begins: after its last comma before ``start``."""
    comma = max(text.rfind(",", clause.start, start), text.rfind("，", clause.start, start))
    return comma + 1 if comma >= 0 else clause.start


def is_remark(text: str, clause: Span, start: int, end: int, kind: str, mode: str | None) -> bool:
    """True when the trigger at ``start:end`` (type ``kind``, mode ``mode``) names an act that its
    sentence does not report."""
    before = text[_sub_start(text, clause, start) : start]
    if mode == "sign":
        if text[start - 1 : start] == "的" and _NOMINAL_SIGNING_AFTER.match(text, end):
            return True
        if _DOCUMENT_BEFORE.fullmatch(before) and _DATING_AFTER.match(text, end):
            return True
        stop = max(text.rfind(c, 0, start) for c in "。;；\n")
        if _PRAISED_BEFORE.search(text, max(stop + 1, start - 60), start) and _NOUN_END.match(text, end):
            return True
    if kind == "AGREE" and _WELCOMED_BEFORE.search(before) and _WELCOMED_AFTER.match(text, end, clause.end):
        return True
    if kind == "AID":
        if _SIGNED_BEFORE.search(before) and _DOCUMENT_AFTER.match(text, end, clause.end):
            return True
        if _IS_BEFORE.search(before) and _KIND_AFTER.match(text, end, clause.end):
            return True
    return False
