"""Events: who did what to whom, when, where, with the sentence that says so.

A small coder in the PETRARCH tradition: the verbs are data (``data/event_triggers.tsv``:
pattern, PLOVER type and mode, CAMEO code, role rule, priority), the code applies them to
clauses and assigns the participants that the actor stage found. Each teaser yields one
headline event (the highest-priority trigger); the main article yields one event per
trigger, split per named counterpart where the text says ``分别`` or lists people, and the
same fact told twice (title, lead, body) is merged into one event.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from itertools import accumulate, combinations, pairwise

import ahocorasick
import cn2an

from dyad.data import load_table
from dyad.document import Document, Span
from dyad.extraction import times as timex
from dyad.extraction.actors import country_of_text, geo_in, name_end, norm_name
from dyad.extraction.lexicon import (  # module level: _pair_subjects runs once per clause
    lexicon,
    longest_matches,
)
from dyad.extraction.literals import Literals, NearScanner, finditer_near, required_literals, windows
from dyad.extraction.remarks import _sub_start, is_remark
from dyad.extraction.text import Sentence, clauses, headline_span, sentences
from dyad.extraction.time_grammar import DAY_OR_SPAN_TEXT as _DAY_OR_SPAN
from dyad.extraction.time_grammar import DAYS_SPAN_TEXT as _DAYS_SPAN
from dyad.extraction.time_grammar import MONTH_DAY_TEXT as _MONTH_DAY
from dyad.extraction.time_knowledge import countries_before, find_meetings
from dyad.model import Amount, Event, Mention, TimeValue

__all__ = ["Trigger", "annotate_events", "find_amounts", "triggers"]

CJK = r"\u4e00-\u9fff"
_PARTY_TYPES = ("AID", "SUPPORT", "AGREE", "CONSULT", "COOPERATE")
_CURRENCIES = {
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "越盾": "VND",
    "越南盾": "VND",  # the full form, "10亿越南盾"
    "新西兰元": "NZD",
    "人民币": "CNY",
    "元人民币": "CNY",
    "日元": "JPY",
    "英镑": "GBP",
    "澳元": "AUD",
    "韩元": "KRW",
    "卢布": "RUB",
    "瑞尔": "KHR",
    "基普": "LAK",
    "泰铢": "THB",
    "新加坡元": "SGD",
    "新元": "SGD",  # "5万新元": the usual short form
    "港元": "HKD",
    "林吉特": "MYR",
    "加元": "CAD",
    "瑞士法郎": "CHF",
    "剂": "doses",
    "吨": "tonnes",
    "件": "items",  # "25万件个人防护用品": read only where an aid trigger stands
    "只": "items",  # "6万只医用口罩": goods counted one by one, like 件
    "套": "sets",
}
_UNITS = frozenset({"doses", "tonnes", "items", "sets"})  # goods counted, not money
_AMOUNT = re.compile(
    # "140多亿越盾", "300余万美元": the round figure before 多/余 is the amount read
    # ("2亿多美元", "6万余剂": the 多/余 may stand after the multiplier too)
    # "1亿6000万美元", "一亿五千万美元", "1万5000美元": a figure told in parts, the 亿 and 万 parts
    # before the last (no space inside, an integer each), read as one sum
    r"(?P<yi>(?:\d+|[零〇一二两三四五六七八九十百千]+)亿(?:零)?(?=[\d零〇一二两三四五六七八九十]))?"
    r"(?P<wan>(?:\d+|[零〇一二两三四五六七八九十百千]+)万(?:零)?(?=[\d零〇一二两三四五六七八九十]))?"
    r"(?P<num>\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*(?P<mult>万亿|亿|万|千|百万)?(?(mult)(?:多|余)?)\s*"
    r"(?P<unit>" + "|".join(sorted(_CURRENCIES, key=len, reverse=True)) + r")"
)
_MULT = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千": 1e3, "百万": 1e6, None: 1}
_ASIDE = re.compile(
    r"“[^”]{1,80}”|《[^》]{1,80}?(?:(?<=公报)|(?<!报|刊|志))》|获悉[^。;；]{0,80}?(?:后|之际|时)|(?<![相反供响答适理效呼])应(?!该|当|对|用|急|有|在|继续|加强)[^。;；]{2,120}?(?:的)?(?:邀请|之邀|约请|请求|提议)|(?<!价)值(?:此)?[^。;；]{0,50}?之际|在[^。;；,，]{0,40}?(?:框架内|之际)"
    # "应越共中央总书记A和国家主席B对越南进行国事访问": the inviters, 邀请 left unwritten
    r"|(?<![相反供响答适理效呼])应(?!该|当|对|用|急|有|在|继续|加强)[^,，。;；]{2,40}?(?=对[^,，。;；]{1,14}?进行[^,，。;；]{0,8}?访问)"
    # "应X国防部的要求,由Y率领的代表团赴X出席…": a trip made at a host's request, as at its invitation
    # (only "应…的要求" in one clause: "双方应…,满足…的要求" is no aside)
    r"|(?<![相反供响答适理效呼])应(?!该|当|对|用|急|有|在|继续|加强)[^,，。;；]{2,40}?的要求"
    r"|(?:据)?(?:越通社|越南通讯社)驻[^,，。]{1,8}?记者(?:报道)?|(?:越通社|越南通讯社)(?:特派|随行)?记者(?:在[^,，。;；]{1,8}?)?报道|[^,，。;；]{0,12}?期间(?=[,，])"
    r"|结束(?:了)?在[^。;；,，]{1,60}?的(?:行程|访问)(?:后|之后)(?=[,，])"  # "结束在岘港出席…的行程后,": an earlier leg
    # "在结束于5月11日至13日对捷克进行正式访问后,": an earlier leg told with its own days, which the
    # next leg (the clause's own visit) does not take
    r"|在结束(?:了)?(?:于|从|自)[^。;；,，]{1,24}?对[^。;；,，]{1,30}?进行[^。;；,，]{0,8}?访问(?:后|之后)(?=[,，])"
    r"|在[^。;；,，]{2,60}?(?:会议|会|峰会|论坛|大会)期间(?=[,，])"  # "在重庆出席东盟与中国外长特别会议期间,": the frame
    r"|在[^。;；,，]{2,40}?(?:的)?陪同下"  # "在沃洛金的陪同下参观了…": the escort is not the visitor
    # "天皇在日本首相X访越之后不到两个月对越访问": an earlier trip named only to time the act
    # (not one with its own time, "在X于2019年访华之后": a dated visit, coded as background)
    r"|在[^。;；,，在\d年月]{2,30}?(?:访越|访华|访老|访柬|访问[^。;；,，\d]{1,10}?|[^。;；,，\d]{1,10}?进行[^。;；,，\d]{0,8}?访问)(?:之后|以后|之前|以前)"
    # "A于2023年5月在英国国王X加冕仪式上与B进行了会晤": the one crowned or sworn in, or mourned,
    # names where they met, no side of their meeting
    r"|在[^。;；,，与和同]{2,40}?(?:加冕|就职|即位|登基)(?:仪式|典礼|庆典)上|在[^。;；,，与和同]{2,40}?(?:葬礼|国葬|追悼会)上"
    r"|在?陪同[^。;；,，]{2,60}?期间(?=[,，])"  # "在陪同X对中国进行国事访问期间,": the escorted leader is no party
    # "韩国联合通讯社和《韩国时报》等媒体已刊登A与B举行会晤的文章": the media report the event, no party to it
    # (also "媒体也密集报道", "竞相报道": how busily they report it; and "除了《X报》和Y社,Z等媒体也报道":
    # the papers set aside before the comma report it too)
    r"|(?:除(?:了)?[^。;；,，]{1,60}?[,，])?[^。;；,，]{0,120}?(?:媒体|通讯社|新闻社|电视台|日报|时报)(?:纷纷|均|都|也|还|已|相继|广泛|密集|竞相|争相|集中)*(?:刊登|刊发|报道|转载)(?:了)?(?:有关|关于)?"
    # "在对欧洲议会(EP)和比利时进行工作访问期间,": the frame of a trip, its places no party
    r"|在?对[^。;；,，]{1,30}?进行[^。;；,，]{0,8}?访问期间(?=[,，])"
    r"|作为[^。;；,，]{1,40}?(?:的)?(?:特使|特别代表)"  # "作为阮富仲的特使,X出席…": the sender stays home
    r"|[^。;；,，]{0,30}?发生[^。;；,，]{0,20}?后(?=[,，])"  # "X国2月6日发生强烈地震后,": the disaster's day
    r"|除(?:了)?[^。;；]{1,60}?(?:之外|以外)(?=[,，])"  # "除了A之外,B也前来…": A is set aside, B acts
    # (not "X除了与A举行会晤之外,还同B…": the meeting set aside before 之外 is held all the same)
    r"(?<!会晤之外)(?<!会见之外)(?<!会谈之外)(?<!会晤以外)(?<!会见以外)(?<!会谈以外)"
    # "受政府副总理兼外长X的委托,代理外长Y会见Z": the one who asked stays home, Y acts
    r"|(?<![接承忍享感遭蒙])受(?!到|过|益|伤|灾|损|害|理|制|限|欢迎)[^。;；,，]{2,60}?(?:的)?(?:委托|之托|委派)"
    # "值此…国庆50周年(1975年12月2日—2025年12月2日)暨X诞辰105周年(…)之际": a long occasion, its
    # bracketed days included, still only frames the act
    r"|值此[^。;；]{51,160}?之际"
    # "在越南与南非两国正在大力实施…政策的背景下,": the setting of the act, its countries no party
    # (unless it tells an act of its own: "在两国于2020年7月签署…协定的背景下")
    r"|在(?![^。;；,，]{0,60}?(?:签署|签订|举行|访问|会见|会谈|通电话))[^。;；,，]{2,60}?的(?:背景|大背景|形势|情况)下(?=[,，])"
)
_ASIDE_SCAN = NearScanner(_ASIDE)
# "阮文乙总书记特使陈文丙", "阮文乙主席特使、外交部长陈文丙": the leader whose envoy comes next stays home
_ENVOY_OF = re.compile(r"(?:总书记|国家主席|主席|总理|总统|首相|国王|苏丹)(?:的)?(?:特使|特别代表)(?=[、\u4e00-\u9fff])")  # its ``[^,，。;；]{0,12}?期间`` would start at every character
# "越共中央总书记阮文乙特使陈文丙": the office told before the leader, whose envoy is the next name
_ENVOY_NEXT = re.compile(r"(?:的)?(?:特使|特别代表)")
# "越共中央总书记阮文乙的特使、越共中央政治局委员、外交部长陈文丙": the envoy's own offices follow
_ENVOY_OFFICES_NEXT = re.compile(r"(?:的)?(?:特使|特别代表)、")
# "两国总理举行会谈", "双方一致同意": the two sides of the interaction reported just before
# (not "与A、B进行双方会晤", bilateral meetings whose partners the sentence names).
_PAIR = re.compile(
    r"两国(?:总理|元首|领导人|外长|外交部长|防长|国防部长|总书记|国家主席|部长|政府首脑)"
    r"|两位(?:领导人|领导(?!下)|部长|外长|防长|总理|元首|主席|会长|书记)|两人|双方领导人|两党总书记|(?<!代表)(?<!进行)(?<!举行)双方(?!的|之间|关系|合作|都|均)"
    r"|两国[\u4e00-\u9fff]{2,4}?(?<!副)部长(?!级)"  # "两国公安部长", "两国卫生部长": the ministers of one portfolio
    # "两位总书记、国家主席举行会谈": party chiefs who are heads of state too, the double office as one pair
    r"|两(?:位|国)(?:总书记|国家主席)(?:、(?:总书记|国家主席))?"
    r"|两(?:位|国)首相|两国政府(?:总理|首相)"  # "两国首相举行会谈" (柬, 日, 泰 style theirs 首相), "两国政府总理"
    # "两国国会主席举行会谈", "两国议长": the heads of the two legislatures, as either form writes them
    r"|两国(?:国会|议会|国民议会)(?:主席|议长)|两(?:位|国)议长"
    # "两国代表团举行了会谈", "两国国防部代表团": the two delegations, led by the two last named
    r"|两国[\u4e00-\u9fff]{0,4}?代表团(?!成员|团员|的|中)"
    r"|两部(?:高级|工作)?代表团(?!成员|团员|的|中)"  # "两部高级代表团进行了会谈": the two ministries' delegations
)
# "就越南政府代表团即将访问南非的准备工作…会见…": a trip still ahead, the topic of what is told
_TRIP_AHEAD = re.compile(r"即将(?:对|赴|前往|访问|出访)")
# "X回顾了…时,曾与Y会面的往事": a meeting once held, recalled with no time of its own
_RECALLED_ONCE = re.compile(r"(?:回顾|回忆|忆及|忆起)[^。;；]{0,60}?曾(?:经)?[^。;；,，]{0,20}$")
# "就…即将访问南非和尼日利亚的准备工作会见…": the preparations of a trip, the topic of a meeting
_PREPARATIONS_AFTER = re.compile(r"[^,，。;；就]{0,24}?的(?:各项|相关)?(?:准备|筹备)(?:工作|事宜)")
_VISIT_AS_TOPIC = re.compile(r"(?:这一|此一?)(?:问题|事宜|议题)|(?:问题|事宜|一事)[,，。;；]")
_FIRST_STOP_AFTER = re.compile(r"[^,，。;；]{0,8}?的(?:首站|第一站|首个(?:国家|目的地|访问国))")
_GOES_ON_TO = re.compile(r"[^,，。;；]{0,10}?进行")
# "为B总统主持欢迎仪式,同B总统举行会谈": the same one named again right after a comma and 同/与/跟
# (the first telling after 为, the one a ceremony is held for; not 同时, 同意)
_WITH_AGAIN = re.compile(r"[^,，。;；]{0,12}?[,，]\s*(?:并|还|又)?(?:同|与|跟)(?![时意样步期等])(?:来访的|到访的)?[^,，。;；]{0,12}?")
_PORTFOLIO = re.compile(r"(?:主管|分管|负责)[^,，。;；的]{2,20}?事务(?=的|副?助理|特使|特别代表|代表)")
_HELD_FOR_BEFORE = re.compile(r"为[^,，。;；为]{0,16}$")
# "A为B主持欢迎仪式,同B举行会谈": the partner of the subject's next act, after a comma and 同/与/跟
_WITH_NEXT = re.compile(r"[^,，。;；]{0,40}?[,，]\s*(?:并|还|又)?(?:同|与|跟)(?![时意样步期等])")
_TO_AGAIN = re.compile(r"[,，][^,，。;；]{0,16}(?:向|(?<![成认作称因以])为)$")
# "越南成为丹麦的重要伙伴,丹麦向越南提供…": named again at the head of its own clause, the side that
# gives there (the comma right before; 向 or 为, then a gift verb, in the clause after)
_GIVER_AGAIN = re.compile(r"[^,，。;；向为]{0,16}?(?:向|(?<![成认作称因以])为)[^,，。;；]{1,14}?(?:提供|捐赠|援助|赠送|移交|资助)")
_LOCATIVE = re.compile(r"(?:在|(?<![关对由基鉴属等])于|抵达|前往|赴|(?<![甚以乃])至|从|驻|离开|离港|驶离)(?:[\u4e00-\u9fff]{1,6}?首都)?$")
# "在莫斯科克里姆林宫", "在东京首相官邸": a seat of government named as where something happens
_VENUE_BEFORE = re.compile(r"(?:在|于)[\u4e00-\u9fff]{0,6}$")


@cache
def _seats() -> frozenset[str]:
    """Names of the buildings that stand for a government (organisations of kind ``seat``)."""
    return frozenset(
        name.strip()
        for row in load_table("organisations").rows
        if row["kind"] == "seat"
        for name in [row["name"], *row["aliases"].split("|")]
        if name.strip()
    )


_NOBODY = {"国家", "各国", "双方", "各方", "有关方面", "有关各方"}
# "印度发生的恐怖袭击", "法国首都巴黎发生的…": a country or place named as where something happened
_HAPPENED_IN = re.compile(r"(?:境内|国内|[\u4e00-\u9fff]{0,8}?(?:首都|市|省|州|地区))?(?:近日|日前|当天|近期)?发生(?:的|了)")
# "对叙利亚暴力升级现象深表担忧,同时谴责…": the country names where the violence or the situation is
_SITUATION_IN = re.compile(r"(?:境内|国内)?(?:(?:暴力|冲突|紧张局势)(?:升级|加剧)|局势|紧张局势|人道主义危机)")
# "会见上述国家常驻联合国代表团": the missions of countries named elsewhere or not at all
_SIDES_UNNAMED = re.compile(r"(?:上述|有关|相关|这些|其他)(?:各)?(?:国家|各国|国)")
# "常驻联合国代表团": a mission, after the body it is posted to
_MISSION_AFTER = re.compile(r"[^,，。;；]{0,6}?代表团")
# a comma, or the space that parts a headline's two halves (``…访问老挝 向川圹省移交援建学校``)
_PART_BREAK = re.compile(r"[,，]|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
# "通过美国国际开发署向越南提供", "经由红十字会转交": the body a gift goes through, not its donor
# "韩国已从经济发展合作基金会向越南提供…": the fund a gift was drawn from is its channel too
_CHANNEL = re.compile(r"(?:通过|经由|经|已从|已经从)\s*$")
# "各友好地方也向…提供了援助", "许多国家和国际组织向越南…": donors summed up, none named
_COLLECTIVE = re.compile(r"各(?:友好)?(?:国|地方|地|方|界|组织)|多个|许多|一些|众多|国际社会")
_COUNTRY_AS_MODIFIER = re.compile(r"(?:各地方|各地|地方|企业|各界|民众|青年|学生|专家|媒体|侨胞|干部|人(?!民))")
_LOCAL_UNIT = re.compile(r"(?:省|市|自治区|自治州)$")  # a province or city that acts for itself


def _unit_word(name: str) -> str:
    """The unit word a place's name ends in (大区, 省, 市 ...), or none."""
    for w in ("大区", "省", "市", "府", "县", "道"):
        if name.endswith(w):
            return w
    return ""


def _last_unit(local: dict[int, Mention], unit: Mention) -> Mention:
    """The last of a run of local units written one after the other (广宁省芒街市): the smallest."""
    seen = 0
    while (nxt := local.get(unit.span.end)) is not None and seen < 4:
        unit, seen = nxt, seen + 1
    return unit
# "老挝华潘省领导", "老挝占巴塞省(Champasack)": the province's leaders, or its name spelled out, act for it too
_LOCAL_ACTS = re.compile(r"[与和同及、向为对签提捐援赠移拨资,，。;；在于将已还也共举代]|领导|[(（]\s*[A-Za-z]|$")
# "越南某省与法国某市(Xxx)签署…", "与泰国某部签署": a foreign city, province or ministry the
# lexicons do not list, written right after its country, that acts itself (as _LOCAL_ACTS tells)
_UNLISTED_OWN_BODY = re.compile(
    r"(?!(?:东|南|西|北|中|东北|西北|东南|西南|内|外|全|首)部)"
    r"([^\W\d_A-Za-z的了在是与及和同对向为各其该本这们省市县国驻两三四五六七八九十]{2,6}?(?:省|市|(?<!政)府|县|道|大区)"
    r"|[^\W\d_A-Za-z的了在是与及和同对向为各其该本这们省市县国驻党](?:[^\W\d_A-Za-z的了在是及同对向为各其该本这们驻]|、){1,14}?部"
    r"|[^\W\d_A-Za-z的了在是与及和同对向为各其该本这们省市县国驻党]{1,4}?政府)"
    r"(?=[与和同及签共代]|领导|[(（]\s*[A-Za-z])"
)
# what follows a unit of a country that acts for itself ("与法国某大区签署…")
_OWN_UNIT_ACTS = re.compile(r"(?:省|市|(?<!政)府|县|道|大区)(?=[与和同及签共代]|领导|[(（]\s*[A-Za-z])")
# "阿速坡、占巴塞两省政府", "…和色贡四省": provinces listed, then their count (and their governments)
_PROVINCES_COUNTED = re.compile(
    r"(?:[、和与及][\u4e00-\u9fff]{2,6}?){0,8}?((?:[两三四五六七八九十]|\d{1,2})个?省)(?:政府|人民委员会|领导)?"
)
# "老挝南部阿速坡": a country, then the part of it the places lie in
_REGION_OF = re.compile(r"(?:南部|北部|中部|东部|西部|东北部|西北部|东南部|西南部)?")
# "…就X当选…向他致贺电", "…向其致贺电": a pronoun the message is addressed to (not 其他, 其中)
_TO_PRONOUN = re.compile(r"向(他|她|其)(?![他它们中余次实])(?=[^,，。;；]{0,4}?(?:致|发|表示|通电话|转达))")
_TO_THOSE_MET = re.compile(
    r"(?:会见|接见|看望|会晤|拜会|慰问|探望)(?:了)?([^,，。;；]{2,40}?)[,，]\s*(?:并|随后|同时)?\s*(?:通过[^,，。;；向]{1,3})?"
    r"向(他们|她们|他|她|其|代表团|该代表团|该团|对方)"
)
_CLAUSE_START_EV = re.compile(r"[,，。;；:：!?！？\n]")
# "向B致贺电并通电话": a message, then a call to the same side
_MESSAGE_THEN_CALL = re.compile(r"(?:致(?:以)?|发(?:去|出)?(?:了)?)(?:贺电|贺信|慰问电|慰问信|唁电)并(?:与其|同其|和其)?$")
_CROWD = re.compile(r"数十|数百|数个|多个|\d+多|各国|多国|一些|众多|地区的")
# "各国驻外使节和国际友人纷纷前往…吊唁": many unnamed go; the last named subject is not one of them
_CROWD_GOES = re.compile(r"纷纷|各国|多国")
_SPOUSE = re.compile(r"(?:夫人|妻子|丈夫|配偶)$")
# "对安倍晋三不幸逝世表示哀悼", "吊唁安倍晋三", "向安倍晋三的家属表示慰问", "向陈某主席家属致唁电":
# the one mourned takes no part
_MOURNED_AFTER = re.compile(
    r"(?:不幸|因病)?(?:逝世|去世|辞世|病逝|遇刺身亡)|(?:同志|主席|总书记|总理|总统|大将|先生|女士)?的?(?:家属|遗孀|亲属|家人)"
    r"|(?:同志|主席|总书记|总理|总统|大将|先生|女士)?(?:同志)?(?:的)?(?:吊唁|追悼|悼念)(?:仪式|会|大会|活动)"  # "出席黎德英同志吊唁仪式", "黄某大将吊唁仪式"
    r"|(?:同志)?举行[^,，。;；\s]{0,4}?(?:国葬|葬礼|追悼会|追悼大会|吊唁仪式|悼念活动)"  # "为陈某举行两天国葬"
)
_MOURNED_BEFORE = re.compile(r"(?:吊唁|悼念|哀悼|缅怀)$")
_FAMILY_OF = re.compile(r"(?:家属|遗孀|亲属|家人)$")
# "2016年他访问越南期间", "2020年12月,他同…举行视频峰会": 他/她 opening a sentence, after a time at most
_OPENING_OFFICE = re.compile(r"(?:(?:据[^,，。;；:：]{1,16}|[^,，。;；:：]{1,10}期间)[,，]\s*)*[^,，。;；:：、“”\"(（]{0,20}")
_INVITED_BY = re.compile(r"(?:越通社[^—。,，]{0,12}—{1,2}\s*)?应[^,，。;；]{1,40}?邀请\s*[,，]\s*")
# "在访问的首站——越南,他将会见…", "访问期间,他将…": a place or time phrase opening the sentence before 他
_LEADING_PHRASE = re.compile(r"(?:在[^,，。;；:：“”]{1,16}|[^,，。;；:：“”]{1,10}期间)\s*[,，]\s*")
_PRONOUN_SUBJECT = re.compile(r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[,，]?)?(他|她)(?![们人])")
# "吊唁中国…原主要领导人江泽民同志": an office chain between the verb and the one mourned; "对江泽民同志逝世";
# "前来吊唁的赵乐际" is the mourner, not the one mourned; the chain stays in its line and bracket
# ("[…前来吊唁…陈某]\n\n印度总统考某向…致唁电": a link line above names no one the next line mourns)
_MOURNED_BEFORE_CHAIN = re.compile(r"(?:吊唁|悼念)(?!的)[^,，。;；簿\n\]】]{0,30}$")
# "向黎德英同志致以深切哀悼": the comrade mourned, not the one the mourners called on
_MOURNED_COMRADE = re.compile(r"同志(?:不幸|因病)?(?:逝世|去世|辞世|病逝)|同志(?:致以|表示)[^,，。;；]{0,6}?(?:哀悼|悼念)")
_HEADED_BY_OFFICES = re.compile(r"以([^,，。;；以]{2,60}?)为首的(?=[^,，。;；]{0,16}?(?:代表团|工作团|一行))")
_PRESS = re.compile(r"(?:了)?(?:记者|媒体|新闻界)")
_GENERIC = re.compile(
    r"(?:领导|各方|企业|人民|民众|代表|同行|嘉宾|学生|专家|各地|地方|活动)$|^(?:国家|各国)$"
)
# 会议 inside 国会议长 or 国会议员 (a National Assembly's speaker or deputy) names no meeting
_FORUM = re.compile(
    # "第 十六届东盟打击跨国犯罪部长级会议(AMMTC 16)及相关会议": a space after 第, and one inside a
    # Latin short name in brackets, belong to the name; so do one before a number ("…联盟第 9届大会") and
    # ones just inside the brackets of a short name ("三国( CLV )国会…会议"); a crawl's blank after an
    # acronym (perhaps ending in a number: "X20 峰会") before the Chinese words ("ABC 领导人会议", two blanks too) or after a dash before one ("东盟— XYZ峰会") too
    rf"(?:第\s?[{CJK}\d]{{1,4}}\s?[届次])?(?:[{CJK}A-Za-z\d\-—()（）+“”]|(?<=[A-Za-z])\s(?=[A-Za-z\d])|(?<=[{CJK}])\s(?=\d)|(?<=[(（])\s(?=[A-Za-z])|(?<=[A-Za-z\d])\s(?=[)）])"
    rf"|(?:(?<=[A-Z])|(?<=[A-Z]\d)|(?<=[A-Z]\d\d))\s{{1,2}}(?=[{CJK}])|(?<=[\-—])\s(?=[A-Za-z])){{2,30}}?"
    r"(?:领导人会议|外长会议?|部长会议?|峰会(?:外长会议?)?|论坛(?:外长会议?)?|对话会|辩论会|年会|首脑会议|大会(?!堂|议(?!程))|会议(?!中心|厅|室|展览|大厦|楼|长(?!达)|员)|阅兵式|阅兵仪式"
    r"|领导人(?:第\s*[\d一二三四五六七八九十]{1,3}次)?(?:非正式)?会晤)"  # 金砖国家领导人第十六次会晤: a summit
)  # a military parade attended by foreign guests (在红场出席了胜利日阅兵式) is attended like a summit


# "大使在签署仪式上表示,…", "在援助协议签字仪式上发表讲话": a ceremony named as the place of a speech
_CEREMONY_FRAME_AFTER = re.compile(r"\s*(?:仪式|典礼)上")
_CEREMONY_FRAME_BEFORE = re.compile(r"在[^,，。;；]{0,20}$")


# the words that date an act to the day just told ("当天", "同日", "同一天"): one list for every rule
_SAME_DAY_WORDS = "当天|当日|同日|同一天"
# "当地时间5月12日下午,": the day (and the part of it) a sentence may open with before what it frames
_DAY_LEAD = r"(?:(?:当地时间)?[^,，。;；]{0,14}?[日午晚时][,，]\s*)?"
# "越通社特派记者报道,", "据越通社驻老挝记者报道,": the agency's reporter, who may open a sentence
_REPORTER_SAID = (
    r"(?:(?:据)?(?:越通社|越南通讯社)(?:特派|随行)?记者(?:在[^,，。;；]{1,8}?)?报道[,，]\s*"
    r"|(?:据)?(?:越通社|越南通讯社)驻[^,，。;；]{1,8}?记者(?:报道)?[,，]\s*)?"
)

# "访问柬埔寨期间" (during the visit), "在访问前夕" (on its eve) and "此次访问" (this visit) refer to an
# event, not report one.
# "在出席第43届东盟峰会及相关会议期间,…会见": a long frame too, when a comma closes it.
# (a frame far after the verb never over a line break: "阮晋勇总理访问乌兹别克斯坦" is a headline, the
# body's "在访问乌兹别克斯坦期间," is not its frame)
_NOT_AN_EVENT = re.compile(
    r"[^,，。;；]{0,10}?(?:期间|之际|以来|前夕)|[^,，。;；\n]{0,30}?期间[,，]|[^,，。;；]{0,10}?(?:时|中|成果|意义)(?:[,，]|$)"
)
# a teaser's frame stays on its own line: a teaser told by its title alone ("…举行会谈") is no frame
# of the next teaser's title ("春节期间越南…"), another story
_NOT_AN_EVENT_IN_LINE = re.compile(
    r"[^,，。;；\n]{0,10}?(?:期间|之际|以来|前夕)|[^,，。;；\n]{0,30}?期间[,，]|[^,，。;；\n]{0,10}?(?:时|中|成果|意义)(?:[,，]|$)"
)
# "与韩国外交部长赵兑烈会谈时,…", "在同印度外长苏杰生会面时,…": the clause names a partner before
# a meeting told as the frame of what was said, so it reports that meeting (a bare "会谈时" refers back)
# "*在与X的会晤中,": a paragraph of a list of meetings opens on '*'; "在A与B的会晤中,": the frame
# names both sides (在 then a short subject before 与)
# "A与B举行会晤时,双方…": the one who met may open the frame without 在 too
_PARTNER_FRAME = re.compile(
    r"(?:^|[,，])\s*[*＊]?\s*(?:在(?:[^,，。;；与同跟在]{2,16}?)?|[^,，。;；与同跟在]{2,16}?)?(?:与|同|跟)[^,，。;；与同跟]{2,64}$"
)
# "范明政请求日本继续提供ODA援助": aid asked for, not given ("应越方请求" is an aside: done at a request)
# "两国政府应当为…签署…创造便利条件": what a side should do, not done
_REQUEST = re.compile(
    # (not "准备工作": the preparations, a noun, in "就…访问的准备工作会见…")
    r"应当|应该|建议|提议|希望|要求|请求|呼吁|敦促|愿意|愿同|准备(?!工作|事宜)|(?<![意心自志宿情祝夙])愿(?!意|同|景|望)|期待|有望|邀请|在(?:贺电|唁电|贺信|慰问电|信|电|讲话)中"
    r"|(?<![回响答供效])(?:应|须|需)采取"  # "双方强调,应采取…;签署劳务合作协议等多种措施": measures urged
)
_UNITS_OF = re.compile(r"(?:有关|相关|下属|各)(?:单位|部门|机构)")
# "在必要情况下签署新的合作协议", "必要时举行会晤", "一旦签署": an act on a condition, in its own clause
# (not a bare 若: the first character of names such as 若昂)
_CONDITION_BEFORE = re.compile(r"(?:在|于)?(?:必要|需要)(?:的)?(?:情况|时候)下|必要时|如有(?:必要|需要)|如果|假如|一旦")
_SOON = re.compile(r"(?:尽早|尽快|争取|力争|早日)$")
# "X未对Y国进行访问", "双方尚未签署…", "X没有会见Y", "X未能出席…": an act the sentence denies, no
# event (not 未来/未成年/前所未有, nor a denial inside a phrase before the verb, closed by 的 or 了)
_NEGATED_ACT = re.compile(
    r"(?:(?<![前所])未(?!来|成年|经|知|婚|定|必|满|尽|完)|没有|不曾|从没)(?:能|曾|再|去)?"
    # (a partner phrase opened right after the denial may hold a 的: "未与应邀访问越南的X举行会谈")
    r"(?:[^,，。;；:：了的]{0,60}|(?:与|同|和|跟|对|向|在|于|就)[^,，。;；:：了]{0,60})$"
)
# "有计划访问…", "正计划访问…": a trip planned, the verb right after the plan with no time between
_BARE_PLAN_BEFORE = re.compile(r"(?:有|正|正在|已)?计划\s*$")
# "加快自贸协定谈判和…协定的谈判签署", "推动…的商签": a signing worked towards, not done
# "印尼力争2026年1月与欧盟签署…协定": a signing aimed at, not made; "积极支持签署《越欧自贸协定》",
# "支持尽早签署…": a signing backed, not one the sentence tells
_SIGNING_AIMED = re.compile(
    r"(?:加快|加速|推动|推进)[^,，。;；]{0,30}?(?:谈判|商谈|磋商)$"
    r"|(?:力争|争取|有望|寻求|拟于|计划于|目标(?:是|为|定于))[^,，。;；]{0,24}?(?:与|同|和)?[^,，。;；]{0,12}$"
    r"|支持(?:尽早|早日)?$"
    # "启动签署自由贸易协定谈判进程": the process of a signing launched, no signing
    r"|启动(?:了)?$"
    # "积极配合,推动《…协定》签署": a document's signing worked for, told as a noun after its title
    r"|(?:推动|促进|推进|加快|加速)[^,，。;；]{0,40}?》(?:\s*[(（][^()（）]{1,12}[)）])?(?:的)?$"
)
# "面向2030年将两国关系提升为…", "力争于2030年签署…": a goal set for a year, not an agreement told
_AIMED_BY_YEAR = re.compile(r"(?:面向|迈向|朝着|力争(?:在|于)?|争取(?:在|于)?)\s*(?:19|20)\d{2}\s*年[^,，。;；]{0,20}$")
# "就推动欧洲理事会委托欧洲委员会签署…协定进行讨论", "推动各自贸协定的签署和批准": a signing pushed
# for (not "推动两国在2015年签署的…", a document signed before)
_SIGNING_PROMOTED = re.compile(r"(?:推动|推进|促进|敦促)[^,，。;；]{0,30}$")
# "其中包括签署、批准和全面实施《…协定》": the signing one of the steps a document goes through,
# named as what is supported or pushed, not an act told
_SIGNING_AMONG_STEPS = re.compile(r"\s*[、和及与]\s*(?:批准|核准|实施|落实|执行|生效)")
# "落实两国高层领导签署的协议": documents signed some time, named as what is carried out (undated)
# ("谈到刚签署的《…协定》,X表示": a document talked about, its signing told as what it is)
_CARRIED_OUT_BEFORE = re.compile(
    r"(?:(?:落实|执行|实施|贯彻|遵守|根据|按照|依据|基于)[^,，。;；]{0,30}|(?:谈到|谈及|提到|提及|关于|对于)[^,，。;；]{0,8})$"
)
# "加强对双方签署的合作协议执行情况的监督": documents signed before, named by how they are carried out
_IMPLEMENTATION_AFTER = re.compile(r"的[^,，。;；]{1,16}?(?:执行|落实|实施)(?:情况|工作|进展|进度)")
# "备忘录正处于签署前期准备阶段", "签署筹备工作": a signing still being prepared, not done
# "就《…协定》签署进程回答提问", "签署事宜": the signing as a process talked about, no signing told
_SIGNING_PREPARED = re.compile(r"(?:前(?:期|的)?)?(?:准备|筹备)(?:阶段|工作)|进程|事宜|(?:的)?(?:各项)?手续")
# "河内市已同X签署关于…的合作协议": what a side has signed with another, recited among its records
_ALREADY_WITH = re.compile(r"已(?:经)?(?:同|与|和)[^,，。;；]{1,30}$")
# "黎青廉与日本各地签署合作文件": signed with many places or countries over time, a record recited
_WITH_MANY = re.compile(r"(?:同|与|和)[^,，。;；]{0,10}?(?:各地|各省|各市|各国|各方|多个|许多|一些|众多)[^,，。;；]{0,8}$")
_DAY_OR_YEAR = re.compile(_MONTH_DAY + r"|\d{1,2}日|\d{4}\s*年")
_TOLD_WHEN = re.compile(_MONTH_DAY + r"|\d{4}\s*年|日前|近日|" + _SAME_DAY_WORDS + r"|今天|昨天|期间|之际|后[,，]|会谈|会见|会晤|仪式")
# "两国已签署涉及许多领域的30份合作协议", "已签署了50多项合作文件": a running tally, no signing of its own
# "两国已签署30份合作协议", "两国已签署多项合作文件,其中包括…": a tally of documents over the years
_SIGNED_TALLY = re.compile(
    r"(?:了)?[^,，。;；]{0,16}?(?:\d+\s*(?:多)?(?:份|项|个|部)|多项|多份|许多|一系列|众多|诸多|大量)"
    r"[^,，。;；]{0,10}?(?:协议|协定|文件|合作文件|备忘录)"
)
# "从2009年以来,A已与B若干地方签署了合作备忘录": documents signed since a year, a tally of years
_SIGNED_SINCE = re.compile(r"(?:从|自)\s*\d{4}\s*年(?:起)?(?:以来|来)[^。;；]{0,40}?已(?:经)?[^。;；,，]{0,24}$")
# "曾3次对越南进行正式访问", "先后两次访问": a count of visits, not one visit
_TIMES_VISITED = re.compile(r"(?:曾(?:经)?|先后)\s*(?:\d+|[一二三四五六七八九十两]{1,3})\s*次[^,，。;；:：]{0,12}$")
# "…于1997年2月访问越南,": a visit told before in the sentence, its comma ending it
# "A对越南进行正式访问(2019年4月)和B对泰国进行国事访问…": a visit dated in brackets, then the next one
# (or the one-character form, "A于1995年访越,其后B于1999年访越": B alone makes the second trip)
_VISIT_TOLD_BEFORE = re.compile(
    r"访问[^,，。;；:：的]{0,8}[,，]|访问\s*[(（][^()（）]{2,16}[)）]\s*(?:和|与|及|以及|、)"
    r"|(?<![探走拜寻])访[越华柬老泰日韩俄缅菲蒙][,，]"
)
# "…访问智利后,", "…国事访问之后,": the visit told first is an earlier leg of the same trip
_AFTER_A_VISIT = re.compile(r"(?:后|之后|结束后)[,，]$")
# "为…总统访越之行做出准备", "为此访做好筹备": a visit prepared for
_PREPARED_FOR = re.compile(r"为[^,，。;；]{0,40}$")
_PREPARATION_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:之行)?\s*(?:积极)?(?:做|作)(?:出|好)?(?:各项|相关)?(?:准备|筹备)")
_TALLY_BEFORE = re.compile(r"(?:已|共|累计|先后|(?<=[;；,，])成功)(?:经)?$")
# "两国签署多项合作协议和协定,进而为…打下法律基础": the pair with a tally after the verb and no time
# or occasion told before it recites the record, no signing of its own (not "会谈后,两国签署了多项…")
_COUNTED_DOCUMENTS = re.compile(r"(?:了)?\s*\d+\s*(?:多)?\s*(?:个|项|份|部)[^,，。;；]{0,10}?(?:协议|协定|文件|备忘录|条约)")
# (or with the fields between: "两党在针灸、农业等领域共同签订了多项合作协定并取得…结果")
_PAIR_BEFORE = re.compile(
    r"(?:两国|双方|两省|两市|两地|两党|两军)(?:还|也|又)?(?:在[^,，。;；在]{1,30}?(?:领域|方面))?(?:还|也|又)?(?:共同)?$"
)
# "双方举行了10次边境会晤", "共举行会谈20次": a count of meetings over a stretch, not one meeting
_MEETINGS_COUNTED_BEFORE = re.compile(r"(?<!第)(?<![第\d一二三四五六七八九十百两])(?:\d+|[一二三四五六七八九十百两]{1,4})\s*(?:多)?次[^\d,，。;；第]{0,4}$")
_MEETINGS_COUNTED_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十百两]{1,4})\s*(?:多)?次")
_AGREED_TO = re.compile(r"同意|商定|一致认为|适时|适当的时[间候]|今后")
# "保持定期和不定期会晤", "定期举行会谈": meetings held as a practice, not a meeting told
# (kept up as a practice: "保持…定期会晤"; not "第四季度定期会谈在谅山省举行", one session held)
_RECURRING_BEFORE = re.compile(
    r"(?:保持|维持|坚持|继续|建立|加强|恢复)[^,，。;；]{0,24}?(?:定期|不定期|常态化|经常性)(?:的)?(?:和不定期|或不定期)?"
    r"(?:举行|进行|开展)?$"
)
# "两国保持电话会谈、高级和各级别视频会议": calls and meetings kept up (保持/维持 opening the list in
# the same clause), a practice, not one of them held
_KEPT_UP_BEFORE = re.compile(r"(?:保持|维持)(?:着|了)?[^,，。;；:：]{0,16}$")
# (not the 其 or 所 that ends a name: "越南政府向土耳其提供10万美元的援助", "与日本经济研究所签署";
# not 向其/给其, whom the act goes to: "就X当选…向其致贺电")
_BACK_REFERENCE = re.compile(
    r"(?:此次|这次|本次|该次|上次|(?<!土耳)(?<![向给])其|首次|(?<!研究)(?<!事务)(?<!交易)所|首个|首个正式|第[一二三四五六七八九十\d]{1,3}次)$"
)
# "A分别与B和C就疫情第二次通电话。": 第N次 before a verb that ends its clause, its partner named
# with 与/同 before, counts the act told (the second call), not a call told before
_ORDINAL_BEFORE = re.compile(r"第\s*[一二三四五六七八九十\d]{1,3}次$")
_CLAUSE_END = re.compile(r"\s*(?:[。,，;；]|$)")
_PARTNER_BEFORE = re.compile(r"(?:分别)?[与同跟][^,，。;；]{1,40}$")


def _ordinal_act(text: str, clause: Span, m: re.Match[str]) -> bool:
    return bool(
        _ORDINAL_BEFORE.search(text, max(0, m.start() - 5), m.start())
        and _CLAUSE_END.match(text, m.end())
        and _PARTNER_BEFORE.search(text, clause.start, m.start())
    )


# "日本是向越南提供…最多的伙伴": the copula before the verb, whose clause then names what the
# subject is (not 于是, 但是, 还是, 就是, 正是, 总是, 只是, 也是)
_DESCRIBED_BY = re.compile(r"(?<![于但还就正总只也这])是[^,，。;；是]{0,10}$")
# "已累计向越南提供", "迄今已向…提供": a running total, not an act of its own
_CUMULATIVE = re.compile(r"累计|迄今")
# "(赞赏X)在…提供疫苗和医疗物资等方面发挥的作用/所作的贡献": what the verb names is a field of the
# role praised, not an act told on its own
_ROLE_PRAISED = re.compile(r"[^,，。;；]{0,30}?方面(?:所?发挥|所?作出?|的(?:作用|贡献|努力))")
# "大使X(Name)宣布,美国政府…向越南提供…": the envoy or official who announced his side's gift is
# the one named for it (a person is kept over an institution); the gap is only his Latin name
_ANNOUNCED = re.compile(r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*(?:" + _SAME_DAY_WORDS + r"|日前)?\s*宣布\s*[,，:：]\s*")


def _announcer(ctx: _Context, hit: _Hit, sub: int, givers: list[Mention]) -> list[Mention]:
    """The person whose ``宣布,`` opens the clause of an institution's gift, when of its side."""
    people = [m for m in ctx.participants(hit.sentence.start, sub) if m.kind == "person"]
    if not people or not _ANNOUNCED.fullmatch(ctx.text, people[-1].span.end, sub):
        return []
    who = people[-1]
    if who.country is None or any(m.country not in {None, who.country} for m in givers):
        return []
    return [who]


# "越老友好合作条约签署40周年", "建立外交关系30周年": a count of years right after the verb names an
# anniversary of the act, not the act
# "条约签署40周年"; "联合声明签署一年后", "协定签署10年来": the time since an act, not the act
_ANNIVERSARY_OF_ACT = re.compile(
    r"\s*(?:第\s*)?[0-9一二三四五六七八九十百两零〇]{1,6}\s*(?:周年|(?:多)?年(?:后|来|以来|之后|之际))"
)
# "恰逢越老签署友好合作条约40周年之际": the anniversary of a document's signing, the document named
# between the verb and the count of years
_ANNIVERSARY_OF_SIGNED = re.compile(
    r"(?:了)?《?[^,，。;；《》]{0,16}?(?:条约|协定|协议|联合声明|宣言|公约)》?\s*[0-9一二三四五六七八九十百两零〇]{1,6}\s*周年"
)
# "这是…访问", "此访是…", "在…访问…后": the sentence talks about an event, it does not report one.
# "此访期间,X会见了Y": the visit frames the meetings told after it (not a statement about it)
# "上述两次访问体现…", "这两次会晤表明…": visits or meetings told before, now the topic of a remark
_STATEMENT = re.compile(
    r"(?:^|[,，])\s*(?:这是|此访(?!期间)|这也是|也是|此次访问(?!期间)|此行(?!期间)|上述(?:[一两二三四几]次)?$|这[两二三四几]次$)"
)
# "此访目的还致力于将X2022年10月底访问中国期间…达成的共识具体化": another visit dated by its year and
# month right before its verb, told inside a remark on the story's visit, is that background visit
_YEAR_MONTH_JUST_BEFORE = re.compile(r"\d{4}年\d{1,2}月(?!\d{1,2}日)(?:底|初|末|中旬|上旬|下旬)?[^,，。;；\d]{0,6}$")
_STATEMENT_SCAN = NearScanner(_STATEMENT)  # ``(?:^|[,，])`` first: the engine tries every character
_FULL_DATE = re.compile(r"\d{4}\s*年\s*" + _MONTH_DAY)
_ONGOING = re.compile(r"正(?:在)?对[^,，。;；]{1,14}?进行[^,，。;；]{0,8}?$")  # "正对越南进行正式…"
# "此前曾于2016年10月…访问越南": an earlier visit, not the one the story's inviter asked for
_YEAR_MONTH = re.compile(r"\d{4}年\d{1,2}月(?!\d{1,2}日)")
_YEAR = re.compile(r"(?:19|20)\d{2}年")
# "将两国自2009年建立的全面伙伴关系提升为…": the year dates the earlier relation the clause names,
# not the upgrade told after it
_EARLIER_STATE_YEAR = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:以来)?(?:建立|确立|建交|签署|签订)的")


# "杜梅同志担任越共中央总书记期间,越南…": a sentence opened by someone's term of office looks back
# over its record (acts listed with no day of their own)
_TENURE_LOOKBACK = re.compile(r"\s*[^,，。;；]{1,30}?(?:担任|出任|任职|在任|执政)[^,，。;；]{0,24}?期间\s*[,，]")


def _dating_year(text: str, start: int, end: int) -> bool:
    """A year before ``end`` in the sentence that is not only the start of an earlier state, nor
    the day of a victory the text recalls (``1979年1月7日的胜利``)."""
    return any(
        not _EARLIER_STATE_YEAR.match(text, y.start()) and not _HISTORY_DAY.match(text, y.start())
        for y in _YEAR.finditer(text, start, end)
    )


# "1979年1月7日的胜利", "1975年春季大捷": the day of a victory in history, no time of a story event
_HISTORY_DAY = re.compile(
    r"\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?|春季|夏季|秋季|冬季)?\s*(?:的)?(?:伟大)?(?:大)?(?:胜利|大捷|战役|起义|总起义)"
)
_NOMINAL_VISIT = re.compile(r"进行的(?:国事|正式|工作|友好|官方|私人)*$")
# "去年11月对越南进行的国事访问", "2023年对日本进行的访问": a visit named as a noun with its own time
_NOMINAL_VISIT_DATED = re.compile(r"\d{4}年|\d{1,2}月|今年|去年|前年|上月|本月|日前|近日|此次|这次|本次|此访")
# "普京总统今年6月对越南进行的国事访问": a past visit dated by a month of this or last year
_RELATIVE_MONTH = re.compile(r"(?:今年|去年|前年)\d{1,2}月")
_CALLER = re.compile(r"前来(?:进行)?(?:辞行|礼节性)?$")  # "会见了前来进行礼节性拜访的X" too
# "X回顾了去年对越南进行国事访问时的…": a visit recalled with last year's word just before it
_RECALLED_LAST_YEAR = re.compile(r"(?:去年|前年)[^,，。;；]{0,12}$")
# "也会见了老挝代表团", "还分别会见了…": an adverb may stand before the verb
# "其中包括越方代表团欢迎仪式": 包括 lists what follows; the delegation's name starts after it
_VERB_BEFORE_BODY = re.compile(r"(?:也|还|又|亦|并|随后|先后)?(?:分别)?(?:会见|会晤|接见|欢迎|宴请|看望|陪同|邀请|接待|率领|带领|包括)(?:了)?")
# "将于6月30日…进行访问", "将对越南进行正式访问", "将应邀对越南进行…访问"; not "潘文江大将在河内会见" (a general's rank);
# "欢迎X早日对日本进行正式访问", "在双方方便的时候访问", "愿在适当的时候访问": a visit wished for, still to come
_PLANNED = re.compile(
    # "代表团将参观A、访问B": a tour still to come, each stop listed after the one 将
    # ("老挝将派团出席…": a delegation still to be sent; "X将和Y举行会谈" as "X将与Y举行会谈")
    r"(?<![大上中少])将(?:应邀)?(?:分别|先后|还|也|一同|一起|共同)?(?:于|在|对|赴|前往|出席|参加|访问|同|与|和|跟|会见|举行|参观|走访|造访|拜会|拜访|派遣|派团|派出|向|就)|即将|拟于|计划于|预计"
    # "X拟对越南进行访问", "X拟与Y举行会谈": 拟 as 将 (not 模拟/虚拟/草拟 nor 拟定, a draft)
    # "X计划对越南进行访问", "X计划与Y举行会谈" (not a plan named as a noun, 合作计划/行动计划, nor
    # 计划与投资部, the ministry)
    r"|(?<![作动展施案期年书划的])计划(?!与投资|和投资|投资)(?:分别|先后|还|也|一同|一起|共同)?(?:在|对|赴|前往|出席|参加|访问|同|与|和|跟|会见|举行|参观|走访|造访|拜会|拜访|签署|向|就)"
    r"|(?<![模虚草])拟(?!定|订|稿)(?:分别|先后|还|也|一同|一起|共同)?(?:在|对|赴|前往|出席|参加|访问|同|与|和|跟|会见|举行|参观|走访|造访|拜会|拜访|派遣|派团|派出|签署|向|就)"
    r"|早日|尽早|在(?:双方)?(?:方便|适当|合适)的时(?:候|机)|适时"  # "愿在适当的时候对越南进行正式访问"
    r"|人民欢迎[^,，。;；]{1,16}?前来$"  # "越南人民欢迎X前来访问": a visit the speaker looks forward to
    r"|(?<![大上中少])将(?:分别|先后|还|也|一同|一起|共同)$"  # "代表团将分别访问河内市、…": stops still to come
)
# "将赴X出席", "将前往X访问": a trip still to come, whose trigger begins with the going
# "拜登表示愿在适当的时候对越南进行正式访问": a visit a speaker wishes for is no trip of the story,
# so the meetings told after it do not happen at its destination
_WISHED_VISIT = re.compile(r"早日|尽早|(?:方便|适当|合适)的时(?:候|机)|适时|愿(?!望)|希望|期待")
_PLANNED_GOING = re.compile(r"(?<![大上中少])将(?:要)?(?:赴|前往)")
# "一行将访问越南驻华大使馆", "X还将会见…": 将 right before the verb, which the clause search
# (ending where the trigger starts) cannot see followed by it
_PLANNED_VERB = re.compile(
    r"(?:(?<![大上中少])将(?:要|会)?|(?<![模虚草])拟|(?<![作动展施案期年书划的])计划)(?:分别|先后|还|也|一同|一起|共同)?$"
)
# "胡志明主席遗迹区", "胡志明陵", "胡志明空间": a place named after someone, not that person
_SITE = re.compile(r"(?:主席|总书记|同志)?(?:遗迹区|故居|(?:家族)?祠堂|陵|纪念馆|纪念区|纪念堂|博物馆|雕像|塑像|铜像|半身像|空间)")
# "参观以胡志明主席名字命名的学校": a site named after someone, not a host the visitor meets
_NAMED_AFTER = re.compile(r"(?:主席|总书记|同志|总统|先生)?(?:的)?(?:名字|姓名|名)?命名")
# "六国领导人", "与会领导人": the leaders gathered at a forum, acting together
# "东盟领导人发表了…联合声明": the leaders of a bloc, named by it, gathered at their forum too
_LEADERS = re.compile(
    r"(?:(?:东盟|欧盟|金砖国家|二十国集团|七国集团|G20|G7)(?:各国|成员国)?|[一二三四五六七八九十\d]{1,3}国|与会|各国|成员国)"
    r"(?:领导人|外长|外交部长|部长|国会主席|议长|总理|元首)"
)
# "石破茂回顾了他35年前访问越南的印象": years ago (N年前, 多年前) tell a past visit too
_YEARS_AGO = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十几多数]+)年前")
_PAST_VISIT = re.compile(rf"曾|此前|以前|当年|{_RELATIVE_MONTH.pattern}|{_YEARS_AGO.pattern}|{_YEAR_MONTH.pattern}|\d{{4}}年(?!\d{{1,2}}月)")
# (and a permanent mission told as a delegation, 越南常驻联合国代表团: 驻 before 代表团)
_INSTITUTION = re.compile(r"(?:大学|学院|学校|系|公司|集团|中心|研究院|研究所|医院|工厂|企业|协会|大使馆|驻[^,，。;；]{1,12}代表团)$")
# "参观了…地铁运营控制中心", "参观国家会议中心": a facility or venue toured is sightseeing, not a call
# on a body (a university, a company, a command)
# "参观了一家…企业", "走访了几所学校": an indefinite object, no named body to call on
# "参观马来西亚部分经济文化中心": some bodies of a place, none named
_UNNAMED_BODY = re.compile(
    r"(?:了)?\s*(?:(?:一|几|多|数|部分)(?:家|所|个|座|处|些)|[^,，。;；、的]{0,6}?部分(?!领导|官员|议员|部长))"
)
_FACILITY = re.compile(r"(?:控制|调度|运营|展览|会展|会议|展示|体验)中心$")
# "参观了文庙-国子监——越南第一所大学": a body told by what it is (a numeral and a classifier), no name
_DESCRIBED_BODY = re.compile(r"第?[一二三四五六七八九十\d]+(?:所|家|座)")
_OWNER_OF = re.compile(r"\s*(?:旗下|下属|所属)")
# "考察了中国公安部的科技信息化建设成果": what a body has achieved is toured, not the body itself
_TOURED_WORK = re.compile(r"的[^,，。;；、]{0,16}?(?:成果|成就|经验|模式|展览)")
# "参观老挝人民革命党第二届大会筹备会议举办地这一革命遗址": a historic site that names a body, not the body
_TOURED_SITE = re.compile(r"[^,，。;；]{0,30}?(?:遗址|遗迹|旧址|故址|举办地|纪念碑|纪念地)")
# "李在镕一行还前往北宁省考察了三星的手机生产工厂": a company's head touring its own plants abroad
_PLANT = re.compile(r"[^,，。;；]{0,16}?(?:工厂|生产基地|厂区|车间|生产线)")


# "越南企业", "越南公司": a side's businesses as a whole, named by their country
_OWN_BUSINESSES = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:企业|公司|企业界)$")


def _own_plant_tour(text: str, trig: Span, clause: Span, touring: list[Mention], bodies: list[Mention]) -> bool:
    """A tour of a plant of the visitor's own side: no interaction between two sides; so is a
    tour of his own country's businesses abroad (``参观了许多正在缅甸投资经商的越南企业``)."""
    if not touring or not bodies:
        return False
    if not _PLANT.match(text, bodies[0].span.end, clause.end) and not _OWN_BUSINESSES.search(bodies[0].name):
        return False
    sides = {m.country for m in touring + bodies}
    return len(sides) == 1 and None not in sides


# "A表示,", "A热烈欢迎": what follows is said by A or welcomed by A, not done by A
# "发言人宣布,应…邀请,C将…访问": the one who announces a trip does not make it
# "A就B一行对越南进行国事访问的结果和意义接受了采访": 就 opening what A talks about, a trip in it
# "A对B对芬兰进行正式访问表示高度评价": a first 对 opening what A praises, B's trip in it
_ABOUT_TRIP = re.compile(r"(?<![成造迁])(?:就|对)(?=[^,，。;；]{2,40}?对[^,，。;；]{1,12}?进行)")
_SAID_OR_WELCOMED = re.compile(
    r"(?:表示|指出|强调|认为|回顾说|回顾|说|宣布|通报了?|透露)[,，:：]?|(?:热烈|隆重|主持仪式)?欢迎"
)
_THANKS = re.compile(r"表示感谢|表示感激|致谢|感谢")
_ABOUT = re.compile(r"就|对")  # "发言人就菲律宾…表示担忧": what a statement is about
# "耿爽在例行记者会上表示,中方对越南当选表示祝贺": a spokesperson's congratulation is a statement
_PRESS_BRIEFING = re.compile(r"发言人|记者会|新闻发布会|声明")
# "坚决反对…违反两国高层共识的行为": the pair (两国, 双方) a protest mentions is not the side it is against
_DYAD_SIDE = re.compile(r"两国\S{0,4}|双方|两党\S{0,4}")
_HOSTING = "043"  # CAMEO "host a visit": banquets and receptions, where the host is the source
# "同正对越南进行正式访问的美国总统奥巴马", "与来访(到访)的日本首相": the words before a visitor's name;
# "接见前来辞行的X大使": an envoy come to take leave is the caller, with or without 拜会; but in
# "A前来拜访即将对越南进行正式访问的B" A is the caller and B the one called on
# "会见从7月2日至4日对大分县进行访问的X": the days of the trip stand where 正 would
# "会见来河内出席…峰会的X", "会见赴越南出席…论坛的X": one who came to attend is a visitor too
_DESCRIBED_VISITOR = re.compile(
    r"(?:(?:正(?:在)?|(?:(?:从|于|自)\s*)?(?:\d{1,2}\s*月\s*)?" + _DAY_OR_SPAN + r")对[^,，。;；的]{1,14}?进行[^,，。;；的]{0,8}?访问|正在[^,，。;；的]{1,10}?访问|来访|到访|来越访问|访越|访华"
    r"|前来(?:辞行|告别)(?:拜会)?|前来(?:礼节性)?拜会|前来拜访(?=的)|(?:前来[^,，。;；的]{0,6}?|来越|来华|赴越|赴华|(?<!前)[来赴](?:河内|胡志明市|岘港|海防|北京|上海|越南|中国))(?:出席|参加|参会))"
    r"[^,，。;；]{0,16}?的(?:(?!会见|接见|会晤|拜会|会谈)[^,，。;；的]){0,16}$"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    regex: re.Pattern[str]
    type: str
    mode: str | None
    cameo: str
    role: str
    context: str
    priority: int
    dated: bool = False  # only where its sentence states a year before it (a dated background fact)
    headline: bool = False  # ... or where it is a headline (a title states the news, not background)


@cache
def _one_line(pattern: str) -> str:
    """A trigger never runs across a line break: a match from a title's ``致电`` over the blank
    line into its summary would be thrown away (it lies in no one sentence) after using up the
    summary's own ``致电…,致以热烈祝贺``. Every negated class of the pattern also excludes ``\\n``."""
    return re.sub(r"(?<!\\)\[\^", r"[^\\n", pattern)


def triggers() -> tuple[Trigger, ...]:
    rows = load_table("event_triggers").rows
    return tuple(
        Trigger(
            re.compile(_one_line(r["pattern"])),
            r["type"],
            None if r["mode"] in {"", "null"} else r["mode"],
            r["cameo"],
            r["role"],
            r["context"],
            int(r["priority"] or 0),
            r.get("modifier") in {"dated", "dated-or-title"},
            r.get("modifier") == "dated-or-title",
        )
        for r in rows
    )


# "10万美元(约合25亿越盾)": the same sum told in a second currency, in brackets after the first
_CONVERSION = re.compile(r"\s*[((]\s*(?:约合|折合|合|相当于|约)?\s*$")


def _upper_parts(m: re.Match[str]) -> Decimal:
    """The 亿 and 万 parts written before an amount's last figure (``1亿6000万``: 1亿), summed; a 万
    part before a figure in 亿 counts 万亿 (``3万2000亿``: 3万亿 and 2000亿)."""
    total = Decimal(0)
    for group, scale in (("yi", 10**8), ("wan", 10**12 if m.group("mult") == "亿" else 10**4)):
        if part := m.group(group):
            digits = part.rstrip("零").rstrip("亿万")
            try:
                total += Decimal(digits if digits.isdigit() else int(cn2an.cn2an(digits, "smart"))) * scale
            except (ValueError, TypeError, KeyError, IndexError):
                continue
    return total


def find_amounts(text: str, start: int, end: int) -> list[Amount]:
    """Money and goods amounts in a stretch: ``500万美元`` -> 5,000,000 USD, with spans. A
    conversion in brackets right after an amount (``10万美元(约合25亿越盾)``) is that amount
    again, not a second one: it is left out."""
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text, start, end):
        if out and _CONVERSION.fullmatch(text, out[-1].span.end, m.start()):
            continue
        num = m.group("num").replace(",", "")
        try:
            value = float(num) if re.match(r"\d", num) else float(cn2an.cn2an(num, "smart"))
        except (ValueError, TypeError, KeyError, IndexError):  # cn2an: KeyError on 〇十〇
            continue
        if m.group("unit") == "元" and value >= 1900 and value <= 2100 and not m.group("mult"):
            continue  # 2026元旦: a year, not money
        if math.isfinite(value):  # "40.52亿": 40.52 * 1e8 in binary floats is 4052000000.0000005
            value = float(Decimal(repr(value)) * Decimal(_MULT[m.group("mult")]) + _upper_parts(m))
        if not math.isfinite(value):
            continue  # 400 digits read as inf: not an amount, and Infinity is not JSON
        out.append(Amount(value, _CURRENCIES[m.group("unit")], Span(m.start(), m.end())))
    return out


# "…请求日本继续提供援助;同日,A会见了B": a part after a semicolon that opens with its own time
# (or 随后, 此外) tells an act of its own, which a request word in the part before does not touch
# (not "应采取…;签署…协议等措施": measures listed after the one urging them)
_OWN_PART_OPENS = re.compile(
    r"[;；]\s*(?:同日|同一天|当天|当日|次日|翌日|随后|此后|之后|此外|另外|与此同时|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?|中午|早上)?)"
)


def _own_part_start(text: str, start: int, end: int) -> int:
    """Where the semicolon-parted part holding ``end`` starts, when it opens with a time of its own;
    else ``start`` (the whole sentence)."""
    for at in (text.rfind(";", start, end), text.rfind("；", start, end)):
        if at >= 0 and _OWN_PART_OPENS.match(text, at):
            start = max(start, at + 1)
    return start


def _requested(text: str, start: int, end: int) -> bool:
    """A request or invitation word before the trigger, outside ``应…邀请`` asides."""
    requests = list(_REQUEST.finditer(text, start, end))
    if not requests:  # most triggers: no request word, so no asides to look for
        return False
    asides = [(a.start(), a.end()) for a in _ASIDE_SCAN.finditer(text, start, end)]
    return any(
        not any(a <= r.start() < b for a, b in asides)
        and not _RECALLED_PAST.search(text, r.end(), end)
        and not (r.group() in {"建议", "提议"} and _AT_PROPOSAL_OF.search(text, max(start, r.start() - 24), r.start()))
        for r in requests
    )


# "会议是根据越南的建议举行,由X主持召开": held at a side's proposal, the proposal its footing, not a
# request still to be met
_AT_PROPOSAL_OF = re.compile(r"(?:根据|按照|依照)[^,，。;；]{0,20}的$")


# "向X发出访问越南并共同主持…的邀请", "转达了对X访问越南的邀请": the acts an invitation names
_INVITATION_GIVEN = re.compile(r"(?:发出|转达|转交|重申|提出)(?:了)?[^。;；]{0,30}$")
_INVITATION_NOUN = re.compile(r"[^。;；]{0,80}?的(?:访问|访华|访越)?邀请")
# "公布了于5月率团访问越南和…的计划": the trip a plan announced names
_PLAN_TOLD = re.compile(r"(?:公布|宣布|透露|介绍|提出|制定)(?:了)?[^。;；,，]{0,40}$")
_PLAN_NOUN = re.compile(r"[^。;；,，]{0,30}?的(?:计划|打算|安排)")


# "普京在唁电中回忆说,去年11月他…同陈大光举行了会晤": a past meeting the message recalls, no request
_RECALLED_PAST = re.compile(r"(?:回忆|忆及|回顾)(?:说|道)?[,，:：][^。;；]{0,6}?(?:去年|前年|(?:19|20)\d{2}年)")


_ANNIVERSARY_AFTER = re.compile(r"\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*周年")
# "会晤纪要", "会谈纪要", "会议备忘录": a document named after a meeting
_MINUTES_AFTER = re.compile(r"\s*(?:纪要|记录|备忘录)")


def _teaser_visit_end(text: str, clause: Span, m: re.Match[str], trig: Trigger, sent: Sentence) -> bool:
    """``X离开圣地亚哥,圆满结束对智利的正式访问`` in a teaser: the teaser's news is the visit,
    which no other line of the page reports (in the main article the end is an aside)."""
    if trig.mode != "visit" or not sent.part.startswith("teaser"):
        return False
    head = text[clause.start : m.start()]
    if re.search(r"此次|这次|本次|此行|将", head):
        return False
    if re.search(r"(?:圆满)?结束(?:了)?(?:对|在)[^,，。;；]{1,12}$", head):
        return True
    # "X圆满结束访越之旅" (a teaser's headline): the trip named by its short form, then 之旅/之行
    return bool(re.search(r"(?:圆满)?结束(?:了)?$", head)) and re.match(r"(?:之旅|之行)", text[m.end() :]) is not None


# "这是X继2017年11月对越南进行国事访问后第二次访越": the earlier visit, dated by its year, is told
# inside the statement (a background visit); the verb after 后 is the statement's own
_AFTER_DATED_VISIT = re.compile(
    r"继\s*(?:19|20)\d{2}年(?:\d{1,2}月)?[^,，。;；后]{0,30}$"
    # "此次访问继承了A于2015年对中国进行访问的成果": the earlier visit the statement builds on, dated
    r"|(?:继承|延续|接续|承接)(?:了)?[^,，。;；]{0,30}?(?:19|20)\d{2}年(?:\d{1,2}月)?[^,，。;；]{0,16}$"
)


# "这是A于2003年对新加坡进行访问之后…时隔14年访问新加坡", "B于2008年访问澳大利亚之后…": the earlier
# visit, dated by its year right before it and closed by 之后 (its destination between at most), is
# told inside the statement (a background visit); the statement's own verb comes after 后
_YEAR_THEN_VISIT_AFTER = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月)?[^,，。;；后]{0,16}$")
_VISIT_THEN_AFTER = re.compile(r"(?:之|以)?后|[^,，。;；后]{1,8}?(?:之|以)后")


# "菲利普国王回忆了他多次率领…代表团访问越南的经历": a speaker's memories of trips, told without a day
_RECALLED_EXPERIENCE = re.compile(r"(?:回忆|回顾|忆及|谈及|讲述)(?:了|起)?[^,，。;；]{0,30}$")
_EXPERIENCE_AFTER = re.compile(r"[^,，。;；]{0,12}?的(?:经历|往事|情景|经过|岁月|日子|记忆|回忆)")
# "A是赴印尼出席峰会的首位领导人获B会见", "A是第一位受到B接见的…": what sets a meeting apart
_FIRST_RECEIVED_BEFORE = re.compile(
    r"是[^,，。;；]{0,30}?(?:首位|第一位|首个|第一个)[^,，。;；]{0,16}?(?:获|受到|得到|被)[^,，。;；]{0,12}$"
)
# "回顾了赴越南考察…工作时,": a recalled trip closed by 时, the frame of what is remembered
_RECALLED_TRIP_FRAME = re.compile(r"[^,，。;；]{0,24}?时\s*[,，]")
# "这是X继2018年7月之后第二次访越": no verb of its own for the earlier visit, the statement's verb
# stands for it (the month dates the first visit; the second is the story's own)
_NTH_SINCE_DATED_MONTH = re.compile(
    r"继\s*(?:19|20)\d{2}年\d{1,2}月(?:之)?后第[二三四五六七八九十\d]次[^,，。;；]{0,12}$"
)


_TITLE_CLOSES = re.compile(r"[^《》。;；\n]{0,60}》")
_TITLED_BEFORE = re.compile(r"(?:题为|题目为|标题为|主题为|名为)\s*$")
_QUOTE_CLOSES = re.compile(r"[^“”\n]{0,80}”")


def _in_titled_quote(text: str, start: int, end: int) -> bool:
    """``题为“越南出席…峰会…”的文章``: a trigger among the quoted words of a title reports nothing."""
    opened = text.rfind("“", max(0, start - 80), start)
    return (
        opened >= 0
        and "”" not in text[opened:start]
        and _TITLED_BEFORE.search(text, max(0, opened - 6), opened) is not None
        and _QUOTE_CLOSES.match(text, end) is not None
    )


# "副部长X签署了第3234号文件/决定": a numbered decree or official letter is a domestic act, no agreement
_NUMBERED_DOCUMENT_AFTER = re.compile(
    r"(?:了)?\s*第\s*[\dA-Za-z/\-]{1,20}\s*号(?![^,，。;；]{0,8}?(?:议定书|公约|协定|协议|备忘录))"
)


# "总统于3月29日签署关于授予国家奖的第18号命令", "签署法令": a decree is one side's own act, no
# agreement (no agreement word may come between the verb and the decree); so is a minister's
# decision (部长签署关于成立…委员会的决定, 签署了一项决定), a noun after 的/项/份
_DECREE_AFTER = re.compile(
    r"(?:了)?(?:(?!协定|协议|备忘录|公约|条约|声明|纪要|合同)[^,，。;；]){0,40}?"
    r"(?:命令|法令|总统令|主席令|政令|行政令|赦免令|(?<=[的项份])决定(?!向|将|[^,，。;；]{0,6}?(?:合作|建立|提升)))"
)


# "多年来,X一直为Y提供援助", "长期以来…": giving told as a habit, not as one gift
_HABITUAL_BEFORE = re.compile(r"一直|多年来|长期以来|历来|一贯")
# "提供巨大援助", "给予宝贵支持": giving told by how much it is praised, not by what was given
_PRAISED_GIVING = re.compile(r"(?:巨大|宝贵|大力|无私|有力|有效|积极)(?:的)?(?:援助|帮助|支持|支援)$")
# "分享了越南过去一段时间所做的努力,包括向X提供援助": a list of efforts a speaker tells of
_EFFORTS_SHARED = re.compile(
    r"(?:介绍|分享|通报|回顾)(?:了)?[^。;；]{0,40}?(?:努力|工作|成就|成果|举措|措施)[,，]?\s*(?:其中)?(?:包括|如)"
)
# "近些年来,A与B联合举办多个活动": years of joint events told in one breath
_RECENT_YEARS_BEFORE = re.compile(r"近些年来|近些年|近年来|近几年来|多年来|长期以来|历来")
# a year or a sum written in the sentence: giving told so is a gift of its own
_YEAR_OR_SUM = re.compile(r"\d|[一二三四五六七八九十百千万亿]+(?:万|亿)")
# "越南人民一向反对X对Y的封锁": a standing position told, no protest voiced on a day
_STANDING_STANCE_BEFORE = re.compile(r"(?:一向|一贯|向来|历来|始终|一直)(?:都)?(?:坚决|强烈)?$")
# "联合国大会关于要求X停止…的决议", "…投票,要求X停止…草案之际": what a resolution or a draft asks
# for, no one's demand (a demand to abide by a resolution, 要求X遵守…决议, stays)
_DEMAND_IN_RESOLUTION = re.compile(
    r"(?:(?!遵守|执行|落实|履行|遵循|服从|尊重)[^,，。;；]){0,40}?(?:决议(?:草案)?|草案|议案|提案)"
)
# "已经常与企业代表会面": meetings as a habit, none told (a 定期会谈 held on its day stays)
_OFTEN_BEFORE = re.compile(r"经常|常常|时常|不时")
# "每年在南宁举办", "轮流主办": a recurring custom; "9月16日": a day the sentence tells
_EVERY_TIME = re.compile(r"每年|每两年|每隔|一年一度|两年一度|每届|轮流")
_DAY_TOLD = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日(?:至|到|-|—)|" + _DAYS_SPAN + r"|本届|此次|本次|这次|今年|当天|日前|近日")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its full stop, or the line's end)."""
    ends = [i for i in (text.find("。", pos), text.find("\n", pos)) if i != -1]
    return min(ends) if ends else len(text)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in "。;；!?！？\n") + 1


# "捐赠抗疫物资是…通电话的成果", "援助…是…友谊的体现": a subjectless gift that a 是-comment is about
_TOPIC_OPENER = re.compile(r"\s*(?:[^,，。;；]{0,20}?(?:表示|强调|指出|认为|说)[,，:：])?\s*")
_GIFT_AS_TOPIC = re.compile(r"[^,，。;；是]{0,20}?是[^,，。;；]{0,40}?(?:成果|结果|体现|表现|象征|证明)")


# "电文摘要如下:", "贺电全文如下:", "贺电说:" ending its paragraph: the paragraphs after are the
# message's own words
_LETTER_FOLLOWS = re.compile(
    r"(?:电文|贺电|贺信|唁电|贺函|信函|来信|信件)(?:全文|摘要|内容)?如下\s*[:：]"
    r"|(?:电文|贺电|贺信|唁电|贺函)中?(?:说|写道)\s*[:：](?=[ \t]*\n)"
)


# "双方通过代表团互访、签署合作协议、…等渠道加强合作": signing listed among the means by which two
# sides cooperate (an item after 通过 in a 、-list, or the first item with more after it), undated
_MEANS_LIST_BEFORE = re.compile(r"通过[^。;；,，:：]{0,30}、\s*$")
_MEANS_FIRST_BEFORE = re.compile(r"通过\s*$")
_LIST_ITEM_AFTER = re.compile(r"[^。;；,，:：、]{0,20}、")
_A_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}\s*年")
# "在…协定刚得到签署的背景下": the signing is the setting a clause is told in
_BACKDROP_AFTER = re.compile(r"(?:了)?\s*(?:的)?\s*(?:大)?背景下")


def _signing_among_means(text: str, clause: Span, start: int, end: int) -> bool:
    """``通过代表团互访、签署合作协议…等渠道加强…合作``: signing as one of the ways sides cooperate."""
    listed = _MEANS_LIST_BEFORE.search(text, max(clause.start, start - 40), start) is not None or (
        _MEANS_FIRST_BEFORE.search(text, max(clause.start, start - 4), start) is not None
        and _LIST_ITEM_AFTER.match(text, end) is not None
    )
    if not listed:
        return False
    return _A_YEAR_WRITTEN.search(text, _sentence_start(text, start), _sentence_end(text, end)) is None


# "与APEC成员经济体领导人举行多场会晤", "同各国领导人举行了一系列双边会晤": meetings counted, not told
_COUNTED_MEETINGS_BEFORE = re.compile(r"(?:多场|多次|数场|数次|一系列|若干场?|许多场?)(?:重要|双边|多边|的)*$")
# the partners of such a tally are a class of people, none named: 成员经济体领导人, 各国领导人
_COLLECTIVE_PARTNER_BEFORE = re.compile(r"(?:同|与|和)[^,，。;；]{0,16}?(?:各国|成员|国家|经济体|伙伴)[^,，。;；]{0,8}?(?:领导人|领导|首脑|代表|部长|外长)")


def _counted_meetings(text: str, hit: _Hit) -> bool:
    """``与APEC成员经济体领导人举行多场会晤``: a tally of meetings with unnamed leaders, none told."""
    start = hit.span.start
    return (
        hit.trigger.type == "CONSULT"
        and hit.trigger.mode in {"meeting", "talks"}
        and _COUNTED_MEETINGS_BEFORE.search(text, max(hit.clause.start, start - 10), start) is not None
        and _COLLECTIVE_PARTNER_BEFORE.search(text, hit.clause.start, start) is not None
    )


def _is_aside(text: str, clause: Span, start: int, end: int, trig: Trigger) -> bool:
    """Mentions of an event that do not report it: statements, descriptions, background."""
    if trig.type == "AGREE" and _signing_among_means(text, clause, start, end):
        return True  # "双方通过代表团互访、签署合作协议…等渠道加强合作": a way of cooperating, no signing
    if trig.type == "AID" and _TOPIC_OPENER.fullmatch(text, clause.start, start) and _GIFT_AS_TOPIC.match(text, end):
        return True  # "捐赠抗疫物资是两国总理通电话的成果": the gift told of, as the topic of a comment
    if _ANNIVERSARY_AFTER.match(text, end):
        return True  # "《越老友好合作条约》签署46周年": the anniversary of a signing, not a signing
    if trig.mode == "visit" and _VISIT_AS_TOPIC.match(text, end):
        return True  # "就美国航空母舰对越南进行访问这一问题交换看法": a visit talked about, none told
    if trig.type == "CONSULT" and (recalled := _RECALLED_ONCE.search(text, clause.start - 80 if clause.start > 80 else 0, start)):
        bounds = _undated_sentence(text, start)
        if bounds is not None and bounds[0] <= recalled.start():
            return True  # "X回顾了…时,曾与Y会面": an undated memory, not the news
    if trig.mode == "visit" and "就" in text[clause.start : start] and _PREPARATIONS_AFTER.match(text, end):
        return True  # "A就B即将访问南非的准备工作会见南非大使": the trip prepared for is what they talk of
    if trig.mode == "visit" and _FIRST_STOP_AFTER.match(text, end):
        return True  # "选择越南为访问亚洲的首站": the tour a stop is chosen for, told as its frame
    if trig.type == "AGREE" and _NUMBERED_DOCUMENT_AFTER.match(text, end):
        return True  # "副部长X签署了第3234号文件": a numbered official document, one side's own act
    if trig.type == "AGREE" and _DECREE_AFTER.match(text, end):
        return True  # "总统签署关于授勋的命令": a decree, one side's own act
    letters = list(_LETTER_FOLLOWS.finditer(text, max(0, start - 1500), start)) if trig.type == "SUPPORT" else []
    if letters and not re.search(r"更多|——", text[letters[-1].end() : start]):
        return True  # "电文摘要如下:…向…致以热烈的祝贺": the words of the message told before
    if (
        trig.type == "AGREE"
        and text.endswith(("已", "已经"), 0, start)
        and text.startswith("的", end)
        and not re.search(r"(?:19|20)\d{2}\s*年[^,，。;；()（）]{0,8}$", text[max(clause.start, start - 16) : start])
    ):
        return True  # "落实包括行动计划在内的已签署的合作文件": documents signed before, undated, no signing
    if (
        trig.type == "AGREE"
        and _BACKDROP_AFTER.match(text, end)
        and not _A_YEAR_WRITTEN.search(text, clause.start, end)
    ):
        return True  # "在《…协定》刚得到签署的背景下": an undated signing told as the backdrop of the news
    if _in_titled_quote(text, start, end):
        return True  # "刊登了题为“越南出席七国集团峰会为…提供机会”的文章": the words of an article's title
    if trig.type in {"AGREE", "AID"} and timex.in_book_title(text, start) and _TITLE_CLOSES.match(text, end):
        # "按照《甲国与乙国签署…行动计划》的精神": a word of the document's title, no signing;
        # "签署《甲国政府向乙国政府提供无偿援助的换文》": the document's subject, its signing the event
        return True
    if (
        trig.type == "AGREE"
        and _CONTRIBUTION_AFTER.match(text, end)
        and _PURPOSE_FOR.search(text, max(0, start - 80), start)
    ):
        return True  # "为…,进而在2018年将两国关系升格为战略伙伴关系作出积极贡献": what a visit helps towards
    if trig.mode == "visit" and _VISIT_INVITATION_AFTER.match(text, end):
        return True  # "向X提出访问中国邀请": an invitation to visit the place, no visit
    if trig.type == "CONSULT" and _MINUTES_AFTER.match(text, end):
        return True  # "签署了新春会晤纪要": the minutes of a meeting are a document, not a meeting
    if (
        trig.type == "CONSULT"
        and _CONSENSUS_AFTER.match(text, end)
        and not _A_YEAR.search(text, _sub_start(text, clause, start), start)
    ):
        return True  # "推动阮富仲与习近平通话时所达成的共识落地": the consensus of a past call, undated
    if trig.type == "CONSULT" and _FIRST_RECEIVED_BEFORE.search(text, clause.start, start):
        return True  # "A是…首位获B会见的…领导人": a remark on the meeting told, no meeting of its own
    if _RECALLED_EXPERIENCE.search(text, clause.start, start) and _EXPERIENCE_AFTER.match(text, end):
        return True  # "国王回忆了他多次…访问越南的经历": memories of undated trips, no event
    if (
        _RECALLED_EXPERIENCE.search(text, clause.start, start)
        and _RECALLED_TRIP_FRAME.match(text, end)
        and _undated_sentence(text, start) is not None
    ):
        return True  # "X回顾了赴越南考察…时,曾与Y会面的往事": the trip frames a memory, told without a time
    sub_start = _sub_start(text, clause, start)
    tail = _ASIDE_TAIL.search(text, end, clause.end)
    sub_end = tail.start() if tail else clause.end
    this_time = max(_THIS_TIME.finditer(text, sub_start, start), key=lambda x: x.end(), default=None)
    if (
        this_time
        and not _YEAR_MONTH.search(text, sub_start, start)
        # "此次访问继承了A于2015年对中国进行访问的成果": a visit of another year, told after 此次
        # (not the year relations began: "此次访埃是两国于1963年建交以来首位国家元首对埃及进行的访问")
        and not any(
            not _YEAR_OF_TIES_AFTER.match(text, y.end()) for y in _YEAR.finditer(text, this_time.end(), start)
        )
    ):
        return True  # "范明政此次出席…并访问英国": looks back on the visit (not on one of 2023年12月)
    if trig.mode == "visit" and _TRIP_DESCRIBED.match(text, end, sub_end):
        return True  # "X访问越南和印尼之旅为期4天": the trip told before, now described
    if trig.mode == "visit" and _ENDED_BEFORE.search(text[sub_start:start]):
        return True  # "圆满结束对越南的国事访问": the end of a visit already reported
    if (
        _STATEMENT_SCAN.search(text[clause.start : start])
        and not _FULL_DATE.search(text, clause.start, start)
        and not (
            trig.mode == "visit"
            and (
                _AFTER_DATED_VISIT.search(text, clause.start, start)
                or _NTH_SINCE_DATED_MONTH.search(text, clause.start, start)
                or _YEAR_MONTH_JUST_BEFORE.search(text, clause.start, start)
                or (
                    _YEAR_THEN_VISIT_AFTER.search(text, clause.start, start) is not None
                    and _VISIT_THEN_AFTER.match(text, end) is not None
                )
            )
        )
    ):
        return True  # "这是…访问" talks about a visit; "这是…于2024年4月2日签署的" dates a past one
    if trig.mode == "multilateral" and _NEXT_LEG_BEFORE.search(text, clause.start, start):
        sent_start = max(text.rfind(ch, 0, clause.start) for ch in "。;；\n") + 1
        if _ENDED_TRIP.search(text, sent_start, start):
            return True  # "X结束对越南的访问,启程前往日本出席…外长会议": the next leg's purpose, not attended yet
    if (
        trig.mode == "multilateral"
        and _ENDED_BEFORE.search(text[sub_start:start])
        and _LEG_DONE_AFTER.match(text, end, clause.end)
    ):
        return True  # "结束在岘港出席APEC…会议的行程后,…": the trip's earlier leg, told without a day
    if trig.mode == "visit":
        sent_start = max(text.rfind(ch, 0, start) for ch in "。;；\n") + 1
        ended = _ENDED_TRIP.search(text, sent_start, start)
        if ended and _ON_TO.search(text, ended.end(), start):
            return True  # "X结束对越南的国事访问,乘专机前往老挝万象,对老挝进行国事访问": the next leg
    if (
        trig.mode == "visit"
        and _NOMINAL_VISIT.search(text, max(0, start - 12), start)
        and text.startswith("等", end)
        and not _NOMINAL_VISIT_DATED.search(text, sub_start, start)
    ):
        # "X和Y对越南进行的正式友好访问等成为了亮点": past visits listed as nouns, undated (not
        # "习近平对越南进行的国事访问将圆满结束", the visit of the story)
        return True
    if trig.mode == "visit" and _EARLIER_LEGS_BEFORE.search(text, clause.start, start):
        return True  # "此前他已先后访问了印度和印尼": the trip's earlier legs, undated background
    if _DESCRIBED_BY.search(text[sub_start:start]) and _OF_BEFORE_END.search(text[end:sub_end]):
        return True  # "日本是向越南提供官方发展援助最多的双边伙伴": what the giver is, not a gift
    if trig.mode == "multilateral" and _ATTENDANCE_ASIDE.search(text, sub_start, start):
        return True  # "莫迪感谢阮春福出席峰会": thanks for an attendance told elsewhere; "为出席峰会的各国领导人举行晚宴": who the banquet is for
    if (
        trig.type == "AID"
        and (
            _HABITUAL_BEFORE.search(text, _sentence_start(text, start), start)  # "多年来,X一直为老挝…提供援助"
            or _EFFORTS_SHARED.search(text, _sentence_start(text, start), start)  # "分享了…努力,包括向X提供援助"
            or _PRAISED_GIVING.search(text, start, end)  # "X已为越南发展提供巨大援助"
        )
        and not _YEAR_OR_SUM.search(text, _sentence_start(text, start), clause.end)
    ):
        return True  # giving told as a habit, an effort or in praise, with no year nor sum: background
    if (
        trig.type == "ACCUSE"
        and _STANDING_STANCE_BEFORE.search(text, max(clause.start, start - 8), start)
        and not _DAY_TOLD.search(text, _sentence_start(text, start), _sentence_end(text, end))
    ):
        return True  # "越南人民一向反对X对Y的封锁": a standing position, no protest told
    if trig.type == "REQUEST" and "尊重" not in text[start:end] and _DEMAND_IN_RESOLUTION.match(text, end):
        return True  # "支持联合国大会关于要求X停止…的决议": what a resolution asks, no one's demand
    if (
        trig.type == "COOPERATE"
        and _RECENT_YEARS_BEFORE.search(text, _sentence_start(text, start), start)
        and not re.search(r"\d", text[_sentence_start(text, start) : clause.end])
    ):
        return True  # "近些年来,A与B联合举办多个活动": joint events over the years, none told
    if (
        trig.type == "CONSULT"
        and trig.mode in {"meeting", "talks"}
        and _OFTEN_BEFORE.search(text, sub_start, start)
        and not _DAY_TOLD.search(text, sub_start, start)
    ):
        return True  # "各部委领导已经常与企业代表会面": a habit described, no meeting held
    if trig.type == "COOPERATE" and trig.role == "cohost":
        s0, s1 = _sentence_start(text, start), _sentence_end(text, end)
        if _EVERY_TIME.search(text, s0, s1) and not _DAY_TOLD.search(text, s0, s1):
            return True  # "博览会由中国和东盟共同主办,每年在南宁举办": a custom described, no event held
    if trig.type == "AID" and _WILLING_BEFORE.search(text[sub_start:start]):
        return True  # "日方愿继续为越南提供官方发展援助": a willingness voiced in talks, not a gift
    if _CUMULATIVE.search(text[sub_start:start]):
        return True  # "日本政府已累计向越南承诺提供近2.8万亿日元": a sum over the years, not one act
    if (
        trig.mode == "visit"
        and text.startswith("的", end)
        and not _VISITING_BEFORE.search(text[sub_start:start])
        and not (text.startswith("访", start) and _UNDER_WAY_BEFORE.search(text, sub_start, start))
        and not _COMING_TO_GREET.fullmatch(text, start, end)
    ):
        return True  # "来访的日本议长" describes the visitor; "正对越南进行正式访问的X", "来越进行正式访问的X" report a visit
    if (
        trig.mode == "visit"
        and text[start:end] in {"访越", "访华", "来访", "到访"}
        and _WELCOME_BEFORE.search(text[sub_start:start])
        and not _CEREMONY_WELCOME.search(text, max(clause.start - 40, 0), start)
    ):
        return True  # "王廷惠热烈欢迎赵乐际一行访越": the welcome points at the story's visit
    if (
        trig.mode == "visit"
        and "对" in text[sub_start:start]
        and _WELCOME_AFTER.match(text, end, clause.end)
    ):
        return True  # "卢卡申科对苏林…访问白俄罗斯表示热烈欢迎": the welcome, after it, points at the story's visit
    if (
        trig.mode == "visit"
        and "对" in text[sub_start:start]
        and not _CARRY_OUT_BEFORE.search(text, sub_start, start)
        and _WELCOME_NEXT_CLAUSE.match(text, end)
    ):
        return True  # "阮春福对X代表团访问越南,落实…第七期表示欢迎": the welcome closes the next clause
    ongoing = _ONGOING_VISIT.search(text, sub_start, start)
    if (
        ongoing
        and trig.type == "CONSULT"
        and trig.mode != "visit"
        and _OF_AFTER.match(text, end, sub_end)
    ):
        return True  # "正对越南进行正式访问并同越方共同主持…的王毅": what the visitor is doing there
    if (
        trig.type == "CONSULT"
        and trig.mode in {"meeting", "talks", "phone", "video", "visit"}
        and (
            _APPRAISED_BEFORE.search(text[sub_start:start])
            # "安倍晋三祝贺天皇访越取得圆满成功": the success of a visit congratulated, no act of his own
            or (_CONGRATULATED_BEFORE.search(text[sub_start:start]) and _SUCCEEDED_AFTER.match(text, end))
        )
        and not _YEAR.search(text, sub_start, start)
    ):
        return True  # "两位总理高度评价两国高层的会晤", "A高度评价B在…之际访问越南": praise for an exchange told, none of its own
    if trig.type == "AGREE" and _APPRAISED_BEFORE.search(text[sub_start:start]):
        return True  # "孙明高度评价A与B签署…备忘录": praise for a signing told (or to be told) as it happened
    if (
        trig.type == "AID"
        and _THANKS_BEFORE.search(text[sub_start:start])
        and not find_amounts(text, start, sub_end)
    ):
        return True  # "感谢越南为老挝抗洪救灾提供援助": thanks for past aid, not a new gift
    if (
        trig.type == "AID"
        and trig.mode != "pledge"
        and _FOR_BEFORE.search(text[sub_start:start])
        and _PRAISED_AFTER.match(text, end, sub_end)
        and not find_amounts(text, sub_start, sub_end)
        and not _YEAR.search(text, sub_start, sub_end)
    ):
        return True  # "A对B为C国援建的图书馆如期竣工给予了高度评价": praise for past aid, no gift told
    if (
        trig.type == "AID"
        and trig.mode != "pledge"
        and ("的" in text[start:end] or text.startswith("的", end))
        and _CONTRIBUTION_AFTER.match(text, end)
        and not find_amounts(text, sub_start, sub_end)
        and not _YEAR.search(text, sub_start, sub_end)
    ):
        return True  # "韩国提供的援助为越南发展作出了重要贡献": what past aid brought, no gift told
    if (
        trig.type == "AID"
        and (
            _APPRAISED_BEFORE.search(text[sub_start:start])
            or (
                _APPRAISED_LIST_BEFORE.search(text, _sentence_start(text, start), start)
                # "高度评价越南的发展成就,将继续向越南提供…": after the praise, a pledge of one's own
                and not _OWN_PLEDGE_OPENS.match(text, start)
            )
        )
        and not find_amounts(text, start, sub_end)
    ):
        return True  # "A高度评价B承诺在各领域…提供援助": praise for aid promised or given, no gift of its own
    if (
        trig.type != "AID"
        and _THANKS_LONG_BEFORE.search(text[sub_start:start])
        and not _YEAR.search(text, sub_start, start)
    ):
        return True  # "感谢韩国在…逝世时致唁电并派…出席国葬", "感谢越方…致以慰问": past acts, not new ones
    if (
        trig.type != "AID"
        and _FOR_BEFORE.search(text[sub_start:start])
        and _THANKS_AFTER.match(text, end, sub_end)
        and not _YEAR.search(text, sub_start, start)
    ):
        return True  # "巫统领导人对越共派遣代表团出席大会表示感谢": thanks for an act told elsewhere
    if re.fullmatch(r"访[柬老泰日韩俄缅菲蒙捷德法英匈美古意荷比葡希保奥丹芬挪智墨孟埃朝澳印罗白波]", text[start:end]) and "欢迎" in text[sub_start:start]:
        return True  # "洪森主持隆重仪式,欢迎范明政总理访柬": the welcome of the visit told, no visit of its own
    if trig.type == "AGREE" and _SIGNED_BASIS_AFTER.match(text, end, sub_end) and not _YEAR.search(text, sub_start, sub_end):
        return True  # "在已签署协议的基础上,双方一致同意…": the footing of what follows, no signing told
    if (
        trig.type in {"SUPPORT", "CONSULT", "AGREE"}
        and _USUALLY_BEFORE.search(text[sub_start:start])
        and not _YEAR.search(text, sub_start, sub_end)
        and not re.search(r"\d{1,2}\s*[月日]", text[sub_start:sub_end])
    ):
        return True  # "两国高层领导经常适值各自国家重要事件之际互致贺电": a custom, no message of its own
    if (
        trig.type == "AID"
        and _THANKS_THEN_ESPECIALLY.search(text, clause.start, start)
        and not find_amounts(text, start, sub_end)
    ):
        return True  # "感谢越南…给予的帮助,特别是在疫情中提供的医疗物资": thanks for past aid, singled out
    if trig.type == "AID" and _USING_BEFORE.search(text[sub_start:start]) and not find_amounts(text, start, sub_end):
        return True  # "利用芬兰政府提供的官方发展援助的项目": funds a project uses, no gift told
    if (
        trig.type == "AID"
        and _BY_GIVER_BEFORE.search(text, clause.start, start)
        and _FUNDED_WORKS_OPENING.match(text, end, sub_end)
        and not find_amounts(text, start, sub_end)
    ):
        return True  # "出席由使馆提供部分援助的学校落成仪式": the opening of works aided before, no gift told
    thanks = _THANKS.search(text, end, clause.end)
    if trig.type == "AID" and thanks and not find_amounts(text, start, thanks.start()):
        return True  # "对中方提供疫苗援助表示感谢": thanks for past aid; with an amount, a fact
    sub = text[sub_start:sub_end]
    return bool(_AT_OPENING.match(sub) and _AFTER_CLOSING.search(sub))


# "…战略对话、由A同B共同主持召开的经济高级别对话等许多合作机制": dialogues listed as mechanisms
_NAMED_AS_MECHANISM = re.compile(r"[^,，。;；]{0,40}?等(?:许多|多个|多项|各项|各)?(?:合作|对话|磋商)?机制")


# "由X提供部分援助的Y竣工仪式": works some giver aided, their opening the act attended
_BY_GIVER_BEFORE = re.compile(r"由[^,，。;；]{1,20}?$")
_FUNDED_WORKS_OPENING = re.compile(r"的[^,，。;；]{0,24}?(?:竣工|落成|完工|开工|奠基|揭牌|启用|通车|剪彩)(?:典礼|仪式)")
# "利用X提供的官方发展援助", "使用X提供的贷款": what a project uses, right before the giver
_USING_BEFORE = re.compile(r"(?:利用|使用|借助)[^,，。;；]{0,16}$")


# The words ``_is_aside`` reads, compiled once (it runs for every trigger match)
_ASIDE_TAIL = re.compile(r"[，。;；]|(?<!\d),|,(?!\d)")  # not the commas of a figure, "30,000,000美元"
_THIS_TIME = re.compile(r"此次|这次|本次|此行")
# "于1963年建交以来": the year relations began or a body was founded, counted from
_YEAR_OF_TIES_AFTER = re.compile(r"[^,，。;；\d]{0,6}?(?:正式建交|建交|建立外交关系|成立)(?:以来)")
# ("圆满结束对埃塞俄比亚联邦民主共和国和阿拉伯埃及共和国进行的国事访问": long official names after 对)
# "访问越南和印尼之旅为期4天", "此次访问之旅是…": a trip named as the topic of a description
_TRIP_DESCRIBED = re.compile(r"[^,，。;；]{0,14}?之旅(?:为期|是|将是|具有|标志着)")
_ENDED_BEFORE = re.compile(r"结束[^,，。;；]{0,12}$|结束对[^,，。;；]{1,36}?进行(?:了)?(?:的)?$")
_OF_BEFORE_END = re.compile(r"的[^,，。;；]{1,12}$")
# "日方愿继续为越南提供…", "愿通过提供疫苗…协助越南": a willingness voiced, no gift given
_WILLING_BEFORE = re.compile(
    r"(?<!自)愿(?:意)?(?:继续|进一步)?(?:为|向|给|通过)[^,，。;；]{0,12}$"
    # "双方就…美国可能向越南提供的一笔援助资金等问题展开讨论": a gift that may come, none given
    r"|(?<![不])可能(?:会)?(?:向|为|给)[^,，。;；]{1,12}$"
)
# "正对越南进行正式访问的X", "从10月1日至16日访越的X代表团": a visit the describing words report
_VISITING_BEFORE = re.compile(
    r"对[^,，。;；]{1,14}?进行|(?:来|赴|前往|正在|在)[^,，。;；]{0,8}?进行[^,，。;；]{0,6}$"
    r"|" + _DAYS_SPAN + r"\s*$"
)
# "正在访越的X", "正在访德的X": a trip under way told with the short verb that names the country
# (not "正在来访的X", whose 来访 names no country) reports the visit, as the words above do
_UNDER_WAY_BEFORE = re.compile(r"正在\s*$")
_WELCOME_BEFORE = re.compile(r"欢迎[^,，。;；]{0,20}$")
# "A在主席府举行隆重仪式,欢迎B一行访越": the ceremony reports the visit itself (no other sentence may)
_CEREMONY_WELCOME = re.compile(r"(?:举行|主持)[^。;；!?！？\n]{0,20}?仪式[,，]\s*(?:热烈|隆重)?欢迎[^,，。;；]{0,20}$")
_ONGOING_VISIT = re.compile(r"正(?:在)?对[^,，。;；]{1,14}?进行")
_OF_AFTER = re.compile(r"[^,，。;；]{0,40}?的")
_THANKS_BEFORE = re.compile(r"感谢[^。;；]{0,40}$")
# "在外交部总部", "在国会大厦": a body named as the seat where something happens
_SEAT_AFTER = re.compile(r"(?:总部|驻地|大楼|大厦|办公楼|礼堂|会议室|会议中心)")
# "在外交部总部", "在X国首都Y外交部总部": the venue, its city and the body whose seat it is
_VENUE_BEFORE_TO = re.compile(r"(?<=[\u4e00-\u9fff])在[^,，。;；在的]{2,24}$")
_SEAT_VENUE = re.compile(r"在[^,，。;；在向]{0,20}?" + _SEAT_AFTER.pattern)
_THANKED = re.compile(r"\s*(?:[((][^()（）]{1,40}[))])?\s*(?:总理|主席|部长|副总理)?(?:还|也|并|衷心|真诚)?感谢\s*")
# (the praised exchange may be described at length: "…代表团恰逢两国建交60周年(1956-2016)之际对越南进行的访问")
# "据此,印度将向越南提供": the pledging side right before the pledge, an adverb at most between
_OWN_PLEDGER_GAP = re.compile(r"(?:也|还|则|亦|同时|今后)?")
# "A高度评价B将越南视为…": the one praised, right after the praise word
_PRAISED_GAP = re.compile(r"\s*(?:还|也|并)?(?:高度评价|积极评价|赞赏|赞扬|称赞)\s*")
_APPRAISED_BEFORE = re.compile(r"(?:高度|积极)评价[^,，。;；]{0,70}$")
_CONGRATULATED_BEFORE = re.compile(r"(?:祝贺|庆祝|庆贺)[^,，。;；]{0,30}$")
_SUCCEEDED_AFTER = re.compile(r"[^,，。;；]{0,12}?取得(?:了)?(?:圆满|巨大|良好)?(?:的)?成功")
# "A高度评价B承诺在各领域进行合作和提供援助,加强经济合作和提供发展援助": the praised list goes on
_OWN_PLEDGE_OPENS = re.compile(r"(?:将|继续|愿意?|决定|承诺|还将)")
_APPRAISED_LIST_BEFORE = re.compile(r"(?:高度|积极)评价[^。;；]{0,80}?[,，](?:[^,，。;；]{0,20}[,，])?(?:加强|继续|进一步)?[^,，。;；表示宣布决定将]{0,16}$")
# "感谢A给予的支持和帮助,特别是在…中及时提供的医疗物资": the aid singled out after the thanks
_THANKS_THEN_ESPECIALLY = re.compile(r"感谢[^。;；]{0,60}?[,，]\s*(?:特别是|尤其是)[^。;；,，]{0,40}$")
# "通话时所达成的重要共识", "会谈所达成的结果", "落实…第二次年度会晤的成果": what a past meeting
# agreed or brought, cited
# (also "会谈时就加强两国合作关系所达成的共识": the topic between 时就 and 达成)
_CONSENSUS_AFTER = re.compile(r"(?:时|中|期间)(?:就[^,，。;；]{1,40}?)?(?:所)?达成|所达成|的?成果")
_A_YEAR = re.compile(r"\d{4}年")
# "提出访问中国邀请", "转达了访问越南的邀请": the place to visit, then the invitation
_VISIT_INVITATION_AFTER = re.compile(r"[^,，。;；并和与及期间时后前还也将再的\s]{1,8}?的?邀请")
_ATTENDANCE_ASIDE = re.compile(r"(?:感谢[^,，。;；]{1,16}|(?<![因认以])为)$")
# "在已签署协议的基础上", "在两国签署的合作文件基础上": agreements named as a footing
_SIGNED_BASIS_AFTER = re.compile(r"(?:了)?(?:的)?[^,，。;；]{0,16}?(?:的)?基础上")
# "两国领导人经常互致贺电", "双方定期举行会晤": what the sides do as a custom
# (or "还在各场国际会议间隙举行会晤": at the many meetings of a kind, none of them told)
_USUALLY_BEFORE = re.compile(r"(?:经常|常常|时常|定期|每年(?:都|均)|每逢|通常|不断|在各(?:场|次|种|类|大))[^,，。;；]{0,20}$")
# "对越共派遣代表团出席大会表示感谢": the act thanked for, between 对 and 表示感谢
_FOR_BEFORE = re.compile(r"对[^,，。;；]{0,30}$")
# "此访…为巩固…,进而…将两国关系升格为战略伙伴关系作出积极贡献": an upgrade a visit contributes to,
# told inside 为…作出贡献, still ahead and no agreement of its own
_PURPOSE_FOR = re.compile(r"为[^。;；!?！？]{2,80}$")
_CONTRIBUTION_AFTER = re.compile(r"[^。;；!?！？,，]{0,40}?(?:作出|做出)[^。;；!?！？,，]{0,6}?贡献")
# "对美国承诺…提供疫苗等表示欢迎": a gift or pledge welcomed, the welcome closing the sentence part
_WELCOMED_AFTER = re.compile(r"[^。;；!?！？]{0,40}?表示(?:热烈|诚挚)?(?:的)?欢迎")
# "向即将结束任期的X授予…", "会见即将离任的X": a plan word opening the phrase that describes the
# one the act is done to, closed by 的 before the trigger
_PLAN_OF_THE_OBJECT = re.compile(r"(?:向|对|给|会见(?:了)?|接见(?:了)?|拜会(?:了)?|拜访(?:了)?)$")


def _plan_word_before(text: str, start: int, end: int) -> bool:
    """A plan word (``将``, ``即将``) before the trigger in its clause, other than one inside the
    phrase describing the act's object (``向即将结束任期的X大使授予纪念章``: the term ends
    ahead, the award is given now)."""
    for m in _PLANNED.finditer(text, start, end):
        if _PLAN_OF_THE_OBJECT.search(text, max(start, m.start() - 3), m.start()) and "的" in text[m.end() : end]:
            continue
        return True
    return False


# "对B为C国援建的图书馆如期竣工…给予了高度评价": the praise (or thanks) closing what 对 opened
_PRAISED_AFTER = re.compile(
    r"[^,，。;；]{0,60}?(?:给予(?:了)?(?:高度|积极|充分)?(?:的)?评价|表示(?:衷心|诚挚|真诚|热烈|高度)?(?:的)?(?:感谢|感激|谢意|赞赏))"
)
_THANKS_AFTER = re.compile(r"[^,，。;；]{0,20}?表示(?:衷心|诚挚|真诚|热烈)?(?:的)?(?:感谢|感激|谢意)")
_THANKS_LONG_BEFORE = re.compile(r"(?<!致)感谢(?!信|电|函)[^。;；,，]{0,60}$")
_NEXT_LEG_BEFORE = re.compile(r"(?:启程|动身|出发)(?:前往|赴)[^,，。;；]{1,12}$")
_ENDED_TRIP = re.compile(r"结束(?:了)?(?:对|在)[^。;；]{1,20}?(?:访问|行程)")
_ON_TO = re.compile(r"[,，]\s*(?:乘专机|乘机|随即|随后)?(?:启程)?(?:前往|飞往|赴|转赴)")
_LEG_DONE_AFTER = re.compile(r"[^,，。;；\d]{0,40}?的?(?:行程|访问)(?:后|之后)")
_EARLIER_LEGS_BEFORE = re.compile(r"此前[^,，。;；\d]{0,6}?已(?:经)?(?:先后|相继|分别)?$")
_AT_OPENING = re.compile(r"\s*在")
_AFTER_CLOSING = re.compile(r"(?:后|之后|以后|以来|之前|前夕)$")


@dataclass(slots=True)
class _Hit:
    trigger: Trigger
    span: Span
    clause: Span
    sentence: Sentence


# Every trigger match of a page, ordered by position: (start, trigger's rank by priority, trigger, match).
_TriggerScan = tuple[list[int], list[tuple[int, int, Trigger, re.Match[str]]]]


@cache
def _ranked_triggers() -> tuple[list[tuple[int, Trigger, Literals | None]], ahocorasick.Automaton]:
    """Triggers by priority, each with the words one of which its every match holds (None: no
    such test), and one automaton over all those words, to find them all in one pass."""
    ranked = [
        (rank, trig, required_literals(trig.regex))
        for rank, trig in enumerate(sorted(triggers(), key=lambda t: -t.priority))
    ]
    words = ahocorasick.Automaton()
    for word in sorted({w for _r, _t, need in ranked for w in (need.words if need else ())}):
        words.add_word(word, word)
    if len(words):
        words.make_automaton()
    return ranked, words


def _trigger_matches(trig: Trigger, need: Literals | None, text: str, at: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """``trig.regex.finditer(text)``, run only near the words it needs (``at``: where each starts)."""
    if need is None:
        return trig.regex.finditer(text)
    found = [(p, lead) for word, lead in need.leads for p in at.get(word, ())]
    if not found:
        return iter(())
    if any(lead is None for _p, lead in found):  # how far before that word a match starts is unbounded
        return trig.regex.finditer(text)
    return finditer_near(trig.regex, text, windows(found))  # type: ignore[arg-type]


_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _scan_triggers(text: str) -> _TriggerScan:
    """Every trigger's matches over the whole page, once; clauses then take their share.

    A trigger runs only where a word it needs occurs (``literals.required_literals``): most
    cannot match on a given page at all, and the rest only near their words.
    """
    ranked, words = _ranked_triggers()
    # "提供30,000,000美元援助": the commas grouping a figure's digits end no window of a pattern
    # (``[^,，。;；]{0,20}``), as the same sum written 3000万 ends none (offsets kept: one for one)
    text = _DIGIT_GROUP.sub(".", text)
    at: dict[str, list[int]] = {}
    if len(words):
        for last, word in words.iter(text):
            at.setdefault(word, []).append(last + 1 - len(word))
    found = [
        (m.start(), rank, trig, m)
        for rank, trig, need in ranked
        for m in _trigger_matches(trig, need, text, at)
        if m.end() > m.start()
    ]
    found.sort(key=lambda f: f[0])
    return [f[0] for f in found], found


def _next_sentence_pair(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]]:
    """``第四季度定期会谈在谅山省举行。A与B一致认为…``: talks told with no one named are held by
    the pair the next sentence of the same paragraph opens with."""
    text = ctx.text
    start = hit.sentence.end
    while start < len(text) and text[start] in "。!?！？ ":
        start += 1
    end = start
    while end < len(text) and text[end] not in "\n。;；,，":
        end += 1
    if end - start < 4 or start >= len(text) or text[start - 1] == "\n":
        return [], []
    parts = [m for m in ctx.participants(start, end) if m.kind in {"person", "organisation", "group", "country"}]
    if len(parts) < 2 or not re.fullmatch(r"\s*(?:与|和|同|跟)\s*", text[parts[0].span.end : parts[1].span.start]):
        return [], []
    return [parts[0]], [parts[1]]


# "A国防部副部长B、C国防部常务秘书D出席。", "…B和D共同主持。": the two who attend the talks told just before
_ATTENDED_NEXT = re.compile(
    r"[^。;；\n]{4,160}?(?:共同)?(?:出席|主持)(?:了)?(?:本届|本次|此次|这次)?(?:对话会?|会议|磋商|会谈|会晤)?(?=[。;；])"
)


def _next_sentence_attendees(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]]:
    """``第三届越泰防务政策对话于…在曼谷举行。越南…副部长A和泰国…常务秘书B出席。``: talks told with
    no one named are held by the two people of two countries the next sentence of the same
    paragraph says attended or chaired them, the first named first."""
    text = ctx.text
    start = hit.sentence.end
    while start < len(text) and text[start] in "。!?！？ ":
        start += 1
    if start >= len(text) or text[start - 1] == "\n":
        return [], []
    m = _ATTENDED_NEXT.match(text, start)
    if m is None:
        return [], []
    people = [p for p in ctx.participants(start, m.end()) if p.kind == "person"]
    if len(people) != 2 or None in {p.country for p in people} or people[0].country == people[1].country:
        return [], []
    return people[:1], people[1:]


def _attendees_for_sides(
    ctx: _Context, hit: _Hit, source: list[Mention], target: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Talks held by two bodies or places of two countries, the next sentence naming one person
    of each as attending: the people, each on the side of their own country."""
    a, b = _next_sentence_attendees(ctx, hit)
    own, other = {m.country for m in source}, {m.country for m in target}
    if not a or not b or own & other:
        return source, target
    if a[0].country in own and b[0].country in other:
        return a, b
    if b[0].country in own and a[0].country in other:
        return b, a
    return source, target


_HEADED_NEXT = re.compile(r"[^。;；\n]{0,12}?代表团团长(?:分别)?(?:为|是|由)(?P<who>[^。;；\n]{2,80}?)(?:担任)?(?=[。;；\n])")


def _delegation_heads(ctx: _Context, hit: _Hit) -> dict[str | None, list[Mention]]:
    """``…对话在河内举行。越南代表团团长为A和B。澳大利亚代表团团长为C。``: each side's heads, told
    in the next two sentences of the same paragraph, by the country that opens the sentence."""
    text = ctx.text
    out: dict[str | None, list[Mention]] = {}
    pos = hit.sentence.end
    if hit.sentence.part == "title":  # the title's dialogue: the heads the lead names after it
        first = re.search(r"(?<=[。;；])\s*" + _HEADED_NEXT.pattern, text[pos : pos + 400])
        if first is None:
            return out
        pos += first.start()
    for _ in range(2):
        while pos < len(text) and text[pos] in "。;；! ":
            pos += 1
        if pos >= len(text) or text[pos - 1] == "\n":
            break
        m = _HEADED_NEXT.match(text, pos)
        if m is None:
            break
        who = [x for x in ctx.participants(m.start("who"), m.end("who")) if x.kind == "person"]
        if who and who[0].country and who[0].country not in out:
            out[who[0].country] = who[:1]
        pos = m.end()
    return out if len(out) == 2 else {}


# "本次会议由希腊共产党中央委员会总书记X主持": the sentence after an attended congress names its chair
_CHAIRED_BY = re.compile(r"(?:本次|此次|这次|该次?)?(?:会议|大会|代表大会|开幕式|会)由(?P<who>[^,，。;；]{2,60}?)主持")


def _congress_chair(ctx: _Context, hit: _Hit) -> list[Mention]:
    """A guest at one party's congress meets its chair: the annotators code a diplomat
    attending the Greek party's congress as a meeting with the general secretary who chaired
    it, told in the next sentence of the same paragraph (``本次会议由…总书记X主持``)."""
    text = ctx.text
    start = hit.sentence.end
    while start < len(text) and text[start] in "。!?！？ ":
        start += 1
    if start >= len(text) or text[start - 1] == "\n":
        return []
    m = _CHAIRED_BY.match(text, start)
    if m is None:
        return []
    return [p for p in ctx.participants(m.start("who"), m.end("who")) if p.kind == "person"][:1]


def _outside_bodies(scan: _TriggerScan, doc: Document) -> _TriggerScan:
    """A trigger word inside a body's name (``凭祥边防部队会晤会谈站``) names it, it reports nothing."""
    bodies = sorted((m.span.start, m.span.end) for m in doc.mentions if m.kind == "organisation")
    if not bodies:
        return scan
    # The furthest end of the bodies starting before each point: one bisect per match, not a scan.
    starts = [a for a, _b in bodies]
    reach = list(accumulate((b for _a, b in bodies), max))
    kept = [f for f in scan[1] if not ((k := bisect_left(starts, f[0])) and reach[k - 1] >= f[3].end())]
    return [f[0] for f in kept], kept


# A sentence longer than this is not prose: real ones stay under ~600 characters, and each
# trigger's checks scan its sentence, so a 16,000-character run of "甲会见乙," took 27 s.
MAX_SENTENCE = 2000


def _partner_frame(text: str, clause: Span, m: re.Match[str], trig: Trigger) -> bool:
    """``与X会谈时,``, ``在与X的会晤中,``: a meeting whose partner the frame names is reported, not
    referred back to."""
    return _partner_frame_at(text, clause, m.start(), m.end(), trig)


def _partner_frame_at(text: str, clause: Span, start: int, end: int, trig: Trigger) -> bool:
    return (
        trig.type == "CONSULT"
        and trig.role in {"meet", "joint"}
        and (
            re.match(r"时[,，]", text[end : end + 2]) is not None
            or (re.match(r"中[,，]", text[end : end + 2]) is not None and text[start - 1 : start] == "的")
        )
        and _PARTNER_FRAME.search(text[clause.start : start]) is not None
    )


# "会见从7月2日至4日对X进行访问的Y时,Z表示": the visit describes the guest of the meeting verb told
# before it, no comma between; the 时 closes the meeting's frame, not the visit's
_MEET_VERB_OPEN = re.compile(r"(?:会见|会晤|接见|拜会)(?:了)?[^,，。;；]{0,30}$")
_GUEST_THEN_WHEN = re.compile(r"的[^,，。;；]{1,30}?时[,，]")


def _guest_visit_in_meet_frame(text: str, clause: Span, m: re.Match[str], trig: Trigger) -> bool:
    """``会见…对X进行访问的Y时,``: a visit told as what the guest met is doing, inside the meeting's
    frame, is a visit all the same."""
    return (
        trig.mode == "visit"
        and trig.type == "CONSULT"
        and _GUEST_THEN_WHEN.match(text, m.end(), clause.end) is not None
        and _MEET_VERB_OPEN.search(text, clause.start, m.start()) is not None
    )


# "(5月3日,)(在)会见X时,Y表示…": a meeting told only as the frame of what its host said; nothing
# but a day (or the '*' that opens a paragraph of a list of meetings) may come before the verb, the
# one who speaks opens the next part
_MEET_FRAME_BEFORE = re.compile(
    r"\s*[*＊]?\s*(?:据?越通社[^,，。;；]{0,12}?报道\s*[,，]\s*)?"
    # ("昨日下午,在会见…时", "5日上午,在会见…时": a relative day or one without its month opens it too)
    r"(?:(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|" + _SAME_DAY_WORDS + r"|日前|近日|昨日|昨天|今日|今天)(?:上午|下午|中午|晚上|晚)?\s*[,，]\s*)?(?:在)?"
)
_MEET_FRAME_SPEAKER = re.compile(r"[^,，。;；]{2,40}?(?:表示|希望|强调|指出|说|认为|称|介绍|感谢|重申|高度评价|建议|提议)")


def _meet_frame_end(text: str, clause: Span, start: int, end: int, trig: Trigger) -> int | None:
    """``会见X时,Y表示``: where the frame's 时 stands, when the sentence opens on the meeting verb
    (no subject before it) and a speaker follows the frame; else None."""
    if not (trig.type == "CONSULT" and trig.role == "meet" and trig.mode == "meeting"):
        return None
    if not _MEET_FRAME_BEFORE.fullmatch(text, clause.start, start):
        return None
    k = end
    while k < clause.end and text[k] not in ",，。;；":
        k += 1
    if k >= clause.end or k - end < 3 or text[k - 1] != "时" or text[k] not in ",，":
        return None
    return k - 1 if _MEET_FRAME_SPEAKER.match(text, k + 1) else None


# "此前,王廷惠一行刚刚结束对韩国的正式访问", "结束对印度尼西亚的访问后抵达河内": an earlier leg
_EARLIER_LEG = re.compile(r"此前|刚刚|刚结束|之前")
# "对东盟这两个成员国进行", "访问这些国家": a destination pointing back to places named before
_ANAPHORIC_DESTINATION = re.compile(r"对[^,，。;；]{0,10}?这(?:[两二三四几]个|些)[^,，。;；]{0,4}?(?:国家|国)进行[^,，。;；]{0,6}$")
_ANAPHORIC_DESTINATION_AFTER = re.compile(r"这(?:[两二三四几]个|些)[^,，。;；]{0,4}?(?:国家|国)")
# "访问B之前," "访问B以后,": the place of a bare visit frame and its closing word, then the comma
_FRAME_PLACE_CLOSES = re.compile(r"[^,，。;；\d年月]{1,10}?(?:之前|以前|之后|以后)\s*[,，]")
_LEG_THEN = re.compile(r"[^,，。;；]{0,8}?后")


# "从9月25日至29日对中国进行工作访问期间,": a trip framed with the days it lasts
_TRIP_DAYS_FRAME = re.compile(r"(?:从|于|自)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*" + _DAYS_SPAN + r"[^,，。;；]{0,4}?对[^,，。;；]{1,14}?进行[^,，。;；]{0,8}?$")


def _dated_trip_frame(text: str, clause: Span, m: re.Match[str], trig: Trigger) -> bool:
    """``从9月25日至29日对中国进行工作访问期间,X会见了Y``: the frame tells the trip with its days;
    when the article tells that trip nowhere else, the frame is the visit."""
    return (
        trig.mode == "visit"
        and text.startswith("期间", m.end())
        and (
            _TRIP_DAYS_FRAME.search(text, max(clause.start, m.start() - 40), m.start()) is not None
            or _LED_TRIP_FRAME.search(text, max(clause.start, m.start() - 40), m.start()) is not None
            or _INVITED_TRIP_FRAME.search(text, max(clause.start, m.start() - 90), m.start()) is not None
        )
    ) or (
        # "访问中国期间,2月24日下午在北京,X会见了Y": a bare frame opening the sentence, its visitor
        # the subject of what the sentence goes on to tell
        trig.mode == "visit"
        and m.group() == "访问"
        and _BARE_FRAME_LEAD.fullmatch(text, clause.start, m.start()) is not None
        and _BARE_TRIP_FRAME.match(text, m.end()) is not None
    ) or (
        # "在应A的邀请于10月22日至24日访问捷克期间,X…": the bare frame told with its host (and days)
        trig.mode == "visit"
        and m.group() == "访问"
        and _BARE_TRIP_FRAME.match(text, m.end()) is not None
        and _INVITED_BARE_TRIP.search(text, max(clause.start, m.start() - 120), m.start()) is not None
    ) or (
        # "在对比利时进行工作访问期间,X会见了Y", "正对德国进行正式访问期间,": the same bare frame
        # with its destination told by 对 (or by 在 alone: "在老挝进行正式访问期间,"); the subject
        # after the frame made the trip; "…进行工作访问并出席X博览会期间,": the trip and a fair in it;
        # "正在对X进行正式访问的期间,": 的 before 期间 changes nothing
        trig.mode == "visit"
        and (
            text.startswith("期间", m.end())
            or text.startswith("的期间", m.end())
            or _ATTENDING_TOO.match(text, m.end()) is not None
        )
        and _SUBJECTLESS_TRIP_FRAME.fullmatch(text, clause.start, m.start()) is not None
    )


_ATTENDING_TOO = re.compile(r"并(?:出席|参加)[^,，。;；]{1,60}?期间")


# "在陪同越共中央总书记X和夫人对中国进行国事访问期间,": the frame a minister's act is told in names a
# trip of the leader he escorts; the main article tells that trip by it (X visits, not the escort)
_ESCORTED_TRIP_FRAME = re.compile(
    r"\s*(?:(?:据)?(?:越通社|越南通讯社)(?:特派|随行|驻[^,，。;；]{1,8}?)?记者(?:发回的)?报道[,，]\s*)?"
    + _DAY_LEAD
    + r"(?:在)?陪同[^,，。;；]{2,60}?对[^,，。;；]{1,30}?进行[^,，。;；]{0,8}?"
)


def _escorted_trip_frame(text: str, clause: Span, start: int, end: int, trig: Trigger) -> bool:
    """``在陪同X对Y进行国事访问期间,A会见了B``: the frame's trip is X's visit to Y."""
    return (
        trig.mode == "visit"
        and text.startswith("期间", end)
        and _ESCORTED_TRIP_FRAME.fullmatch(text, clause.start, start) is not None
    )


# (the agency's travelling reporter and the day may come first: "越通社特派记者报道,当地时间5月12日下午,在对…")
_SUBJECTLESS_TRIP_FRAME = re.compile(
    r"\s*(?:(?:据)?(?:越通社|越南通讯社)(?:特派|随行|驻[^,，。;；]{1,8}?)记者(?:发回的)?报道[,，]\s*)?"
    + _DAY_LEAD
    # "在老挝进行正式访问期间,": 在 and the place alone (not "在陪同X对…": the escort's frame)
    + r"(?:(?:正在|在|正)?对[^,，。;；]{1,30}?|在[^,，。;；对同与和陪]{1,16}?)进行[^,，。;；]{0,8}?"
)


_BARE_TRIP_FRAME = re.compile(r"[\u4e00-\u9fff]{1,8}?期间[,，]")
# what may open the sentence before the bare frame: the agency's reporter ("越通社驻意大利记者报道,")
# and the day, then 在
_BARE_FRAME_LEAD = re.compile(r"\s*" + _REPORTER_SAID + _DAY_LEAD + r"(?:在)?\s*")
_INVITED_BARE_TRIP = re.compile(
    r"(?:^|[,，])\s*(?:在)?(?<![相反供响答适理效呼])应[^,，。;；]{2,80}?(?:邀请|之邀)"
    r"(?:[^,，。;；]{0,4}?\d{1,2}\s*月\s*" + _DAYS_SPAN + r")?$"
)


# "应老挝万象市委书记X邀请对老挝进行工作访问期间,…": the frame tells the trip with its host
_INVITED_TRIP_FRAME = re.compile(
    r"(?<![相反供响答适理效呼])应[^,，。;；]{2,80}?(?:邀请|之邀)[^,，。;；]{0,4}?(?:对|赴)[^,，。;；]{1,14}?进行[^,，。;；]{0,8}?$"
)


# "X率团对哈萨克斯坦进行工作访问期间,…": the frame tells who led the trip where, days or not
_LED_TRIP_FRAME = re.compile(r"[^,，。;；]{2,}?率(?:领)?[^,，。;；]{0,16}?团(?:对|赴)[^,，。;；]{1,14}?进行[^,，。;；]{0,8}?$")


def _bare_meeting_frame(text: str, m: re.Match[str], trig: Trigger) -> bool:
    """``X在会见中向A、B转达问候``, ``在会谈中,Y表示``: the verb alone between 在 and 中 names no
    partner; it refers back to the meeting told before and reports none of its own (whoever the
    clause names after it is spoken of, not met)."""
    return (
        trig.type == "CONSULT"
        and trig.mode in {"meeting", "talks"}
        and text[m.start() - 1 : m.start()] == "在"
        and _FRAME_IN_AFTER.match(text, m.end()) is not None
    )


# "在会见中,", "在会见中转达了…", "在会谈中双方…": 中 closing the frame, then a comma or what was said
# or done (not "在会见中兴通讯…", "在会见中国…": 中 opening the partner's name)
_FRAME_IN_AFTER = re.compile(
    r"中(?:[,，]|(?:还|也|又|都|均)?(?:转达|表示|强调|指出|介绍|说|向|对|感谢|希望|祝贺|重申|回顾|一致|同意|讨论|交流|交换|双方|两位|两国))"
)


def _ended_visit(text: str, clause: Span, start: int, trig: Trigger) -> bool:
    """``圆满结束对老挝的正式访问``, ``圆满结束访问美国之行``: a visit told by its end."""
    return trig.mode == "visit" and _ENDED_BEFORE.search(text[_sub_start(text, clause, start) : start]) is not None


# "在美国纽约出席第四届世界议长大会期间,X会见了Y", "赴南非出席二十国集团峰会期间,": a forum the
# subject after the frame attended, told only as the frame of what was done there; the 在 may be left
# out when the frame opens the clause ("越通社特派记者报道,出席第N届东盟峰会期间,X会见了Y")
_FORUM_FRAME_LEAD = re.compile(
    r"\s*" + _REPORTER_SAID + _DAY_LEAD + r"(?:(?:在|赴|在赴)[^,，。;；对与和同陪]{0,12}?)?"
)
_FORUM_FRAME_AFTER = re.compile(r"[^,，。;；]{2,60}?期间[,，]")
# "据越通社记者报道,越南国家主席X在出席第三届…论坛期间,于10月19日在北京会见了Y": the same frame
# with its subject told before it; the one attending is that subject
_FORUM_FRAME_SUBJECT_LEAD = re.compile(
    r"\s*" + _REPORTER_SAID + r"(?P<subject>[^,，。;；对与和同陪会见在]{2,30}?)在"
)


def _forum_frame(text: str, clause: Span, m: re.Match[str], trig: Trigger) -> bool:
    """``在美国纽约出席第四届世界议长大会期间,X会见了Y``: the frame tells a forum attended by the
    subject that follows it."""
    return (
        trig.mode == "multilateral"
        and m.group() in {"出席", "参加"}
        and (
            _FORUM_FRAME_LEAD.fullmatch(text, clause.start, m.start()) is not None
            or _FORUM_FRAME_SUBJECT_LEAD.fullmatch(text, clause.start, m.start()) is not None
        )
        and _FORUM_FRAME_AFTER.match(text, m.end()) is not None
    )


def _clause_hits(
    text: str, sent: Sentence, scan: _TriggerScan | None = None, ended: list[_Hit] | None = None
) -> list[_Hit]:
    hits: list[_Hit] = []
    starts, found = _scan_triggers(text[: sent.end]) if scan is None else scan
    for clause in clauses(text, sent.span):
        taken: list[tuple[int, int]] = []
        lo, hi = bisect_left(starts, clause.start), bisect_left(starts, clause.end)
        # Higher-priority triggers claim their words first; one trigger's matches in text order.
        for _start, _rank, trig, m in sorted(found[lo:hi], key=lambda f: (f[1], f[0])):
            if m.end() > clause.end or any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if (
                (_NOT_AN_EVENT_IN_LINE if sent.section == "related" else _NOT_AN_EVENT).match(text, m.end())
                and not _dated_past_visit(text, sent.start, m.start(), trig)
                and not _occasion_visit_with_days(text, sent.start, m, trig)
                and not _dated_since(text, clause.start, m, trig)
                and not _visit_since_month(text, clause.start, m, trig)
                and not _partner_frame(text, clause, m, trig)
                and _meet_frame_end(text, clause, m.start(), m.end(), trig) is None
                and not _guest_visit_in_meet_frame(text, clause, m, trig)
            ) or (
                _BACK_REFERENCE.search(text, max(0, m.start() - 3), m.start())
                and not _ordinal_act(text, clause, m)
            ) or _bare_meeting_frame(text, m, trig):
                if ended is not None and (
                    _dated_trip_frame(text, clause, m, trig)
                    or _forum_frame(text, clause, m, trig)
                    or (sent.section == "main" and _escorted_trip_frame(text, clause, m.start(), m.end(), trig))
                ):
                    ended.append(_Hit(trig, Span(m.start(), m.end(), "trigger"), clause, sent))
                continue
            if trig.mode == "visit" and (
                _ANAPHORIC_DESTINATION.search(text, clause.start, m.start())
                or _ANAPHORIC_DESTINATION_AFTER.match(text, m.end())
            ):
                continue  # "考虑对东盟这两个成员国进行访问": the places named before, that trip told already
            if (
                trig.mode == "visit"
                and not text[clause.start : m.start()].strip()
                and _FRAME_PLACE_CLOSES.match(text, m.end())
            ):
                continue  # "访问B之前,A对C进行正式访问": a bare frame timing the next act, its trip told elsewhere
            if _ROLE_PRAISED.match(text, m.end()):
                continue  # "在…日本向越南提供疫苗等方面发挥的作用": a field of a role praised, not an act
            if _ANNIVERSARY_OF_ACT.match(text, m.end()) or (
                trig.type == "AGREE" and _ANNIVERSARY_OF_SIGNED.match(text, m.end())
            ):
                continue  # "条约签署40周年", "签署友好合作条约40周年": the anniversary of a signing, not a signing
            if _CEREMONY_FRAME_AFTER.match(text, m.end()) and _CEREMONY_FRAME_BEFORE.search(
                text, max(clause.start, m.start() - 24), m.start()
            ):
                continue  # "X在签署仪式上表示": the ceremony frames a speech, the signing is told elsewhere
            if _CALLER.search(text, max(0, m.start() - 8), m.start()) and text.startswith("的", m.end()):
                continue  # "会见前来辞行拜会的X": the call is the meeting the verb reports
            if (
                trig.mode == "visit"
                and _FIRST_TO_VISIT.search(text, max(clause.start, m.start() - 10), m.start())
                and _FIRST_TO_VISIT_AFTER.match(text, m.end())
            ):
                continue  # "成为首位访问越南的巴西总理": who the visitor is, the visit told before
            if trig.mode == "visit" and _ENTOURAGE_BEFORE.search(text, max(clause.start, m.start() - 30), m.start()) and (
                _ENTOURAGE_AFTER.match(text, m.end())
            ):
                continue  # "陪同X访问新加坡的有:…": the list of those who go along, the visit told elsewhere
            if (
                trig.dated
                and not _dating_year(text, sent.start, m.start())
                and not (trig.mode == "visit" and _RELATIVE_MONTH.search(text, sent.start, m.start()))
                and not (trig.mode == "visit" and _RECALLED_LAST_YEAR.search(text, sent.start, m.start()))
                and not _occasion_visit_with_days(text, sent.start, m, trig)
                and not (trig.headline and sent.part in {"title", "teaser-title"})
            ):
                continue  # undated background: the annotators leave it out
            if _TENURE_LOOKBACK.match(text, sent.start) and not _dating_year(text, sent.start, m.start()):
                continue  # "杜梅担任总书记期间,…同欧盟签署全面合作伙伴协定": a term's record, undated
            denied = _NEGATED_ACT.search(text, max(clause.start, m.start() - 66), m.start())
            if denied and not (text.startswith("表示", m.start()) and "对" in text[clause.start : denied.start()]):
                continue  # "X未对Y国进行正式访问": denied, not done (but "对…没有停止表示关切": a stance)
            if _requested(text, _own_part_start(text, sent.start, m.start()), m.start()) or _SOON.search(
                text, max(0, m.start() - 4), m.start()
            ):
                continue  # proposed or to be done soon (同意尽早签署), not done
            if _CONDITION_BEFORE.search(text, clause.start, m.start()):
                continue  # "在必要情况下签署新的协议", "一旦签署": done only if a condition is met, not done
            if _INVITATION_GIVEN.search(text, max(sent.start, m.start() - 30), m.start()) and _INVITATION_NOUN.match(
                text, m.end()
            ):
                continue  # "向X发出访问越南并共同主持…会议的邀请": what the invitation asks for, not done
            if _PLAN_TOLD.search(text, max(sent.start, m.start() - 40), m.start()) and _PLAN_NOUN.match(text, m.end()):
                continue  # "公布了于2024年5月率…代表团访问越南的计划": a trip planned, not made
            if (
                trig.mode == "visit"
                and _BARE_PLAN_BEFORE.search(text, max(clause.start, m.start() - 4), m.start())
                and not _dating_year(text, sent.start, m.start())
            ):
                continue  # "越南领导人有计划访问马来西亚": a trip planned with no time, not made
            if trig.type == "AGREE" and _AIMED_BY_YEAR.search(text, clause.start, m.start()):
                continue  # "面向2030年将两国关系提升为…": an agreement aimed at by a year, not made
            if trig.type == "AGREE" and trig.mode == "sign" and (
                _SIGNING_AIMED.search(text, clause.start, m.start())
                or (_SIGNING_PROMOTED.search(text, clause.start, m.start()) and not text.startswith("的", m.end()))
                or (_TALLY_BEFORE.search(text, max(0, m.start() - 3), m.start()) and _SIGNED_TALLY.match(text, m.end()))
                or (
                    _PAIR_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    and _SIGNED_TALLY.match(text, m.end())
                    and not _TOLD_WHEN.search(text, sent.start, m.start())
                )
                or (
                    # "越南签署17个自由贸易协定": one country and a count of the documents it is party to
                    _COUNTED_DOCUMENTS.match(text, m.end())
                    and not _TOLD_WHEN.search(text, sent.start, m.start())
                    and any(
                        g[1] == m.start() and g[2].kind == "country"
                        for g in geo_in(text, max(sent.start, m.start() - 12), m.start())
                    )
                )
                or _SIGNED_SINCE.search(text, _sentence_start(text, m.start()), m.start())
                or _SIGNING_PREPARED.match(text, m.end())
                or (
                    _SIGNING_AMONG_STEPS.match(text, m.end())
                    and not _dating_year(text, max(sent.start, text.rfind(";", 0, m.start()) + 1, text.rfind("；", 0, m.start()) + 1), m.start())
                )
                or (
                    text.startswith("的", m.end())
                    and (
                        _CARRIED_OUT_BEFORE.search(text, clause.start, m.start())
                        or _IMPLEMENTATION_AFTER.match(text, m.end())  # "对双方签署的合作协议执行情况的监督"
                    )
                    and not _dating_year(text, sent.start, m.start())
                )
            ):
                continue  # "加快…协定的谈判签署": a signing aimed at; "两国已签署…30份合作协议": a tally
            if (
                trig.type == "AGREE"
                and trig.mode == "sign"
                and _ALREADY_WITH.search(text, max(clause.start, m.start() - 40), m.start())
                and not _TOLD_WHEN.search(text, sent.start, sent.end)
            ):
                continue  # "河内市已同法国驻越南大使馆签署…合作协议": a record recited, with no day or year
            if (
                trig.type == "AGREE"
                and trig.mode == "sign"
                and _WITH_MANY.search(text, max(clause.start, m.start() - 30), m.start())
                and not _DAY_OR_YEAR.search(text, sent.start, sent.end)
            ):
                continue  # "黎青廉与日本各地签署合作文件": with many places over time, no signing of its own
            if trig.type == "CONSULT" and trig.mode in {"meeting", "talks"} and (
                _MEETINGS_COUNTED_BEFORE.search(text, max(clause.start, m.start() - 12), m.start())
                or _MEETINGS_COUNTED_AFTER.match(text, m.end())
            ):
                continue  # "举行10次边境会晤", "共举行会谈20次": a tally of meetings, none told on its own
            if (
                trig.mode == "visit"
                and _PREPARED_FOR.search(text, clause.start, m.start())
                and _PREPARATION_AFTER.match(text, m.end())
            ):
                continue  # "为莫桑比克总统访越之行做出准备": a visit prepared for, not made
            if trig.type == "COOPERATE" and _AGREED_TO.search(text, sent.start, m.start()):
                continue  # "双方同意…在适当的时间进行边界联合巡逻": cooperation agreed on, not held
            if trig.type == "CONSULT" and _RECURRING_BEFORE.search(text, max(clause.start, m.start() - 40), m.start()):
                continue  # "保持口岸机构定期和不定期会晤": meetings as a standing practice, none held here
            if trig.type == "CONSULT" and _KEPT_UP_BEFORE.search(text, max(clause.start, m.start() - 20), m.start()):
                continue  # "保持电话会谈、高级和各级别视频会议": contacts kept up, none held here
            if trig.type == "CONSULT" and _NAMED_AS_MECHANISM.match(text, m.end()):
                continue  # "在…战略对话、经济高级别对话等许多合作机制中保持密切配合": mechanisms, none held here
            if _is_aside(text, clause, m.start(), m.end(), trig) and not _teaser_visit_end(text, clause, m, trig, sent):
                if ended is not None and _ended_visit(text, clause, m.start(), trig) and not _EARLIER_LEG.search(
                    text, sent.start, m.start()
                ) and not _LEG_THEN.match(text, m.end()):
                    ended.append(_Hit(trig, Span(m.start(), m.end(), "trigger"), clause, sent))
                continue
            if is_remark(text, clause, m.start(), m.end(), trig.type, trig.mode):
                continue  # "协定的签署是…", "对两国签署X表示欢迎", "换文签署后,", aid in a document's title
            if trig.type == "AGREE" and _APPROVED_SIGNING.search(text, clause.start, m.start()):
                continue  # "欧盟理事会批准了两份协定的签署": an approval to sign, not a signing
            if trig.role == "meet" and _ATTENDED_SUMMIT.search(text, clause.start, m.end()):
                continue  # "出席金砖国家领导人会晤": the summit's name, attended, not a meeting held
            if trig.type == "CONSULT" and _PRESS.match(text, m.end()):
                continue
            if (
                trig.role == "attend"
                and _BARE_OPENING.match(text, m.start())
                and _DOMESTIC_SESSION.search(text, max(sent.start - 80, text.rfind("\n", 0, m.start()) + 1), m.start())
            ):
                continue  # "第十五届国会第八次会议在河内开幕。…苏林…出席开幕式": a home session, no foreign side
            if trig.role == "attend" and m.group() == "与会" and _ATTENDING_WHO.match(text, m.end()):
                continue  # "与会领导人举行了限制性会议": those attending, a word of the summit told, no attendance
            taken.append((m.start(), m.end()))
            hits.append(_Hit(trig, Span(m.start(), m.end(), "trigger"), clause, sent))
    hits.sort(key=lambda h: h.span.start)
    return hits


# "出席开幕式": attending the opening of the meeting told just before
_BARE_OPENING = re.compile(r"出席(?:了)?(?:开幕式|闭幕式)")
# a session of Việt Nam's National Assembly or a party's congress or plenum: home politics
_DOMESTIC_SESSION = re.compile(
    r"(?:第[一二三四五六七八九十\d]{1,3}届)?国会第[一二三四五六七八九十\d]{1,3}次(?:特别)?会议(?:在[^,，。;；]{1,12}?)?(?:开幕|闭幕)"
    r"|(?:越共|越南共产党)第[一二三四五六七八九十\d]{1,3}次全国代表大会(?:在[^,，。;；]{1,12}?)?(?:开幕|闭幕)"
)
# "受到X总统B(在总统府)的(亲切)接见", "受到总理B接见", "获日本首相B接见": a meeting told in the passive, ending at the trigger;
# each host may carry a Latin spelling in brackets ("受到国会主席A(Xaysomphone Phomvihane)和总理B(…)的接见")
_RECEIVED_BY = re.compile(
    r"受到(?:[^,，。;；()（）]|[(（]\s*[A-Za-z][^()（）,，。;；]{0,40}[)）]){2,60}?的?(?:亲切|热情|隆重)?$"
    r"|(?<![捕俘])获(?:得)?[^,，。;；]{2,40}?(?:的)?(?:亲切|热情)?$"
)
# "批准了两份协定的签署"; "提请理事会批准于年底正式签署《协定》": an approval to sign, a signing to come
_APPROVED_SIGNING = re.compile(r"(?:批准|授权)(?:了)?[^,，。;；]{0,16}?的$|(?:批准|授权)于[^,，。;；]{1,12}?(?:正式)?$")
_ATTENDING_WHO = re.compile(r"(?:各国|各方)?(?:领导人|代表|嘉宾|人员|者|国家|外长|部长|专家|学者|官员|各方)")
# "出席金砖国家领导人会晤", "参加中日韩领导人会晤": a summit whose name ends in 领导人会晤, attended
_ATTENDED_SUMMIT = re.compile(
    r"(?:出席|参加)(?:了)?[^,，。;；]{1,30}?领导人(?:第\s*[\d一二三四五六七八九十]{1,3}次)?(?:非正式)?会晤$"
)  # "出席金砖国家领导人第十六次会晤" too


# "…高级代表团", "X一行": a delegation's words; its ``{0,12}?`` opening would start at every character
# the words the delegation scan stops at that may also be part of a place's name (庆和省, 同塔省)
_DELEGATION_NAME_BREAKS = frozenset("与和同")
# a blank a crawl puts inside a body's bracketed acronym ("某党( ABC )代表团") is no break either: the
# bracket and its blank count as one character, as the bracket alone does
_DELEGATION_SCAN = NearScanner(
    re.compile(r"(?:(?:[(（]\s(?=[A-Za-z])|(?<=[A-Za-z\d])\s[)）]|[^\s,，。;；、与和同对向在由]){0,12}?)(?:高级)?(?:代表团|僧团)(?!团长)|一行")
)
# "1月20日老挝琅南塔省代表团": the day a delegation came, told right before its name
_DAY_BEFORE_NAME = re.compile(r"\s*(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?\d{1,2}\s*日(?:上午|下午|中午|晚上|晚|早上)?\s*")
# "…以及C等三省代表团": a delegation of the provinces or cities counted after the list
_PLACES_COUNTED = re.compile(r"等\s*[\d一二三四五六七八九十两]{1,3}\s*个?(?:省|市|县|省市|省份|城市)(?:联合|高级)?代表团")
# "琅南塔(Luang Namtha)": a place's Latin gloss, no part of the delegation's name
_LATIN_GLOSS = re.compile(r"\s*[(（]\s*[A-Za-z][A-Za-z .'’-]{1,40}[)）]")
# "(AVSE)": a body's acronym (``_compute_participants``)
_ACRONYM = re.compile(r"[A-Z0-9&\-]{2,10}")
# the bracket that opens it, perhaps with a crawl's blank after it ("( AVSE )")
_ACRONYM_OPENED = re.compile(r"[((] ?$")


# "越南国防部代表团由…为团长": a body's delegation and its head, named after 由
_HEADED_BY = re.compile(r"([\u4e00-\u9fff]{2,16}?)代表团由")
_HEAD_LINK = re.compile(r"\s*(?:[上中少大]将|大校|上校|教授|博士|先生|女士)?\s*(?:为团长|任团长|率领|带领)")


class _Context:
    """What the coder knows about a document while reading it: mentions, leaders, places."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.norm
        links = _link_lines(self.text)
        mentions = [m for m in doc.mentions if not any(a <= m.span.start < b for a, b in links)]
        self.persons = [m for m in mentions if m.kind == "person"]
        self.bodies = [m for m in mentions if m.kind != "person"]
        self.leaders: dict[tuple[int, int], Mention] = doc.meta.get("delegation_leaders", {})
        self.persons.sort(key=lambda m: m.span.start)
        self.bodies.sort(key=lambda m: m.span.start)
        self._person_starts = [m.span.start for m in self.persons]
        self._body_starts = [m.span.start for m in self.bodies]
        self._in_chain = bytearray(len(self.text) + 1)  # characters inside someone's office chain
        for m in self.persons:
            for o in m.offices:
                self._in_chain[o.span.start : o.span.end] = b"\x01" * (o.span.end - o.span.start)
        self._cache: dict[tuple[int, int], list[Mention]] = {}
        self._named_countries: dict[tuple[str, int | None], set[str]] = {}
        self.body_heads = self._body_heads()
        # not "值此X于5月9日至10日对柬埔寨进行访问之际": the occasion is a visit told with its days, X its visitor
        self.zones = [
            (m.start(), m.end()) for m in _ASIDE_SCAN.finditer(self.text) if not _OCCASION_VISIT_ASIDE.fullmatch(m.group())
        ]
        self.visit_place: dict[tuple[str, int | None], tuple[str, Span, str | None]] = {}
        self.destinations: dict[int, tuple[str, Span, str | None]] = {}  # a visit trigger's own
        # those whose trip abroad the page tells by its end (圆满结束赴美出席…之行): no hosts at home
        self.travelled_abroad: set[str] = set()
        self.last_subject: dict[tuple[str, int | None], list[Mention]] = {}
        self.last_pair: dict[tuple[str, int | None], tuple[list[Mention], list[Mention]]] = {}
        self.last_pair_sentence: dict[tuple[str, int | None], int] = {}  # where that pair was told
        self.welcomed: dict[tuple[str, int | None], list[Mention]] = {}  # the guests of a welcome with two hosts
        self.inviters: dict[tuple[str, int | None], list[Mention]] = {}
        # the visitor of the visit whose own sentence names the inviters (应X邀请,A对…进行访问)
        self.invited_visitor: dict[tuple[str, int | None], list[Mention]] = {}
        self.object_ends: dict[int, int] = {}  # clause start -> end of the last verb's object
        self.clause_subject: dict[int, list[Mention]] = {}
        self.meet_country: dict[tuple[str, int | None], str] = {}  # where the last meeting placed was

    def _body_heads(self) -> dict[str, Mention]:
        """``越南国防部代表团由…副部长X上将为团长``: the body whose delegation a named person heads,
        by the body's name -> the head (a body named so, acting elsewhere, acts through him)."""
        heads: dict[str, list[Mention]] = {}
        if "代表团由" not in self.text:
            return {}
        for m in _HEADED_BY.finditer(self.text):
            head = next((p for p in self.persons if m.end() <= p.span.start <= m.end() + 60), None)
            if head is None or self.text.find("。", m.end(), head.span.start) >= 0:
                continue
            tail = name_end(self.text, head)
            if not _HEAD_LINK.match(self.text, tail):
                continue
            heads.setdefault(m.group(1), []).append(head)
        return {name: ps[0] for name, ps in heads.items() if len({norm_name(p.name) for p in ps}) == 1}

    def _headed(self, m: Mention) -> Mention:
        """An organisation whose delegation a named person heads: that person, at its place."""
        if m.kind != "organisation" or len(m.name) < 4 or not self.body_heads:
            return m
        head = next((p for name, p in self.body_heads.items() if name.endswith(m.name)), None)
        return m if head is None else _as_leader(head, Span(m.span.start, m.span.end, "delegation"))

    def story_countries(self) -> tuple[list[Mention], list[Mention]]:
        """The two countries the main article is about (those of most people named in it),
        each as the article first names it; Vietnam, the agency's own, first. Empty sides
        when the article does not name two."""
        counts = Counter(m.country for m in self.persons if m.section == "main" and m.country)
        top = [c for c, _ in counts.most_common(2)]
        if len(top) < 2:
            # "越南驻华大使A接受采访…2000年,两国签订了…": one side's people only; the country the
            # article names most, besides theirs, is the other side
            named_most = Counter(
                b.country for b in self.bodies if b.kind == "country" and b.section == "main" and b.country
            )
            top += [c for c, _ in named_most.most_common() if c not in top][: 2 - len(top)]
        pair = sorted(top, key=lambda c: c != "VNM")
        named = [
            next(
                (b for b in self.bodies if b.kind == "country" and b.country == c and b.section == "main"),
                None,
            )
            for c in pair
        ]
        if len(pair) == 2 and None in named:
            # "越南国会主席A会见柬埔寨国会主席B": the countries only open the people's offices; the
            # country as the table names it stands for the side, at its first person's place
            from dyad.extraction.lexicon import lexicon

            names: dict[str, str] = {}
            for name, iso in lexicon().country_names.items():
                names.setdefault(iso, name)  # the table's standard name comes first
            for i, c in enumerate(pair):
                first = next((m for m in self.persons if m.section == "main" and m.country == c), None)
                if named[i] is None and first is not None and c in names:
                    named[i] = Mention(first.span, names[c], "country", country=c, section="main")
        if len(named) != 2 or None in named:
            return [], []
        return [named[0]], [named[1]]

    def participants(self, start: int, end: int, asides: bool = False) -> list[Mention]:
        """People, then bodies not inside an office chain, in text order; delegations -> leaders.

        Names inside asides (``应…邀请``, ``值此…之际``, ``据越通社驻X记者报道``) are left out
        unless ``asides`` is set: they are not the ones acting.
        """
        out = self._participants(start, end)
        if asides:
            return out
        return [
            m
            for m in out
            if not any(a <= m.span.start and m.span.end <= b for a, b in self.zones)
            and not (m.kind == "person" and self.sent_an_envoy(m))
        ]

    def _unlisted_own_body(self, m: Mention, starts: dict[int, Mention]) -> Mention | None:
        """A country followed by a unit or ministry of its own that acts: that body, not the country.

        A listed place of the country right after it (法国诺曼底大区) stands for itself, and the
        country is dropped (None); an unlisted one (法国某市) is made a mention of its own."""
        if m.kind != "country" or not m.country:
            return m
        p = starts.get(m.span.end)
        if p is not None:
            listed_unit = (
                p.kind == "place"
                and p.country in {None, m.country}
                and _OWN_UNIT_ACTS.match(self.text, p.span.end - len(_unit_word(p.name)))
            )
            return None if listed_unit else m
        u = _UNLISTED_OWN_BODY.match(self.text, m.span.end)
        if u is None or any(m.span.end <= s < u.end() for s in starts):
            return m
        kind = "organisation" if u.group(1).endswith(("部", "政府")) else "place"
        name = self.text[m.span.start : u.end()] if kind == "organisation" else u.group(1)
        start = m.span.start if kind == "organisation" else u.start(1)
        return replace(
            m,
            span=Span(start, u.end(), kind),
            name=name,
            kind=kind,
            sector="GOV" if kind == "organisation" else None,
            latin=None,
            latin_span=None,
            offices=[],
            actor_id=None,
        )

    def sent_an_envoy(self, m: Mention) -> bool:
        """``A总书记特使B`` or ``总书记A特使B``: A sent the envoy B and stays home."""
        return (
            bool(_ENVOY_OF.match(self.text, m.span.end))
            or self.envoy_of(m) is not None
            or bool(_ENVOY_OFFICES_NEXT.match(self.text, m.span.end))
        )

    def envoy_of(self, m: Mention) -> Mention | None:
        """B of ``总书记A特使B``: the envoy named right after the leader who sent him."""
        envoy = _ENVOY_NEXT.match(self.text, m.span.end)
        if not envoy:
            return None
        i = bisect_left(self._person_starts, envoy.end())
        if i < len(self._person_starts) and self._person_starts[i] == envoy.end():
            return self.persons[i]
        return None

    def _participants(self, start: int, end: int) -> list[Mention]:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = self._compute_participants(start, end)
        return list(self._cache[key])

    def _compute_participants(self, start: int, end: int) -> list[Mention]:
        people = self._within(self.persons, self._person_starts, start, end)
        # "向胡志明主席塑像敬献鲜花并参观胡志明空间": a statue or a memorial named after someone is a
        # place the visitor goes to, not one more visitor beside him
        people = [p for p in people if not _SITE.match(self.text, p.span.end)]
        taken = {i for p in people for i in range(p.span.start, p.span.end)}
        # "前往印度尼西亚纳闽巴霍": a place right after a place that follows 前往/在 is where, too
        where_ends: set[int] = set()
        for b in self._within(self.bodies, self._body_starts, start, end):
            if b.kind in {"place", "country"} and (
                b.span.start in where_ends or _LOCATIVE.search(self.text, max(0, b.span.start - 8), b.span.start)
            ):
                where_ends.add(b.span.end)
        bodies = [
            b
            for b in self._within(self.bodies, self._body_starts, start, end)
            if not (
                b.kind in {"place", "country"}
                and (b.span.start in where_ends or _LOCATIVE.search(self.text, max(0, b.span.start - 8), b.span.start))
            )
            and not self._in_chain[b.span.start]
            and not (b.name in _seats() and _VENUE_BEFORE.search(self.text, max(0, b.span.start - 10), b.span.start))
            and b.span.start not in taken
            and b.span.end - 1 not in taken
        ]
        bodies = [self._headed(b) for b in bodies]
        out = people + bodies + self._delegations(start, end, people)
        pairs = [
            Mention(Span(start + m.start(), start + m.end(), "pair"), m.group(), "pair")
            for m in _PAIR.finditer(self.text[start:end])
        ]
        out = [
            m
            for m in out
            if not any(p.span.start <= m.span.start < p.span.end for p in pairs)
            # "越中双方发表《…联合公报》": a dyad-level side word around the pair word is the pair
            and not (
                m.kind == "country"
                and m.country is None
                and any(m.span.start <= p.span.start and p.span.end <= m.span.end for p in pairs)
            )
        ] + pairs
        out += self._pair_subjects(start, end)
        out += self._pronoun_subjects(start, end, out)
        out += self._pronoun_addressees(start, end, out)
        out = [m for m in out if not _SPOUSE.search(self.text, max(0, m.span.start - 3), m.span.start)]
        # "越通社驻独立国家联合体(CIS)记者报道,在与X举行会谈时": the news agency and where its
        # correspondent is posted report the story, they take no part in it
        reporters = [r.span() for r in _REPORTED_BY.finditer(self.text, start, end)]
        if reporters:
            out = [m for m in out if not any(a <= m.span.start and m.span.end <= b for a, b in reporters)]
        out = [
            m
            for m in out
            if not (
                m.kind == "person"
                and (
                    _MOURNED_AFTER.match(self.text, m.span.end)
                    or _MOURNED_BEFORE.search(self.text, max(0, m.span.start - 2), m.span.start)
                    or _MOURNED_COMRADE.match(self.text, m.span.end)
                )
            )
            and not (m.kind != "pair" and _MOURNED_BEFORE_CHAIN.search(self.text, max(0, m.span.start - 32), m.span.start))
        ]
        # "古巴驻越南大使": the country a mission sits in is where it acts, not who acts;
        # "印度尼西亚(印尼)当地时间5月9日", "莫斯科时间5月21日": a place that only says whose clock tells
        # the time
        out = [
            m
            for m in out
            if not (
                m.kind in {"country", "place"}
                and (
                    self.text[max(0, m.span.start - 1) : m.span.start] == "驻"
                    or _LOCAL_TIME_AFTER.match(self.text, m.span.end)
                    # "与该大学越南语专业师生会面": a language taught, named after the country, no side
                    or _LANGUAGE_TAUGHT.match(self.text, m.span.end)
                )
            )
            # "各国常驻联合国代表团": the body a mission is posted to is not the side met
            and not (
                m.kind == "organisation"
                and self.text.endswith("常驻", 0, m.span.start)
                and _MISSION_AFTER.match(self.text, m.span.end)
            )
        ]
        # "越南西宁省与柬埔寨特本克蒙省签署…": the country says whose province it is; the province acts
        local = {m.span.start: m for m in out if m.kind == "place" and _LOCAL_UNIT.search(m.name)}
        # "越南广宁省芒街市与中国东兴市签署…": the province says whose city it is, as the country does;
        # the last unit of such a run of units acts
        inner = {
            m.span.start
            for m in local.values()
            if (q := local.get(m.span.end)) is not None
            and (q.country is None or m.country is None or q.country == m.country)
            and _LOCAL_ACTS.match(self.text, _last_unit(local, q).span.end) is not None
        }
        out = [
            m
            for m in out
            if m.span.start not in inner
            and not (
                m.kind == "country"
                and (p := local.get(m.span.end)) is not None
                and (p.country is None or p.country == m.country)
                # not "老挝华潘省华孟县高中": a province that only says where a project is
                and _LOCAL_ACTS.match(self.text, _last_unit(local, p).span.end) is not None
            )
        ]
        # "与法国某市领导签署…": a city, province or ministry the lexicons do not list acts, not its country
        starts = {m.span.start: m for m in out}
        out = [b for m in out if (b := self._unlisted_own_body(m, starts)) is not None]
        # "老挝(南部)阿速坡、占巴塞两省政府签署…": provinces listed before their count (两省, 四省) act,
        # the country before them says whose they are, and the count restates them
        listed = [
            m
            for m in out
            if m.kind == "place" and _PROVINCES_COUNTED.match(self.text, m.span.end) is not None
        ]
        if listed:
            firsts = {m.span.start for m in listed}
            counts = {
                c.start(1)
                for m in listed
                if (c := _PROVINCES_COUNTED.match(self.text, m.span.end)) is not None
            }
            out = [
                m
                for m in out
                if not (
                    m.kind == "country"
                    and (
                        (m.country is None and m.span.start in counts)
                        or (
                            m.country is not None
                            and (q := _REGION_OF.match(self.text, m.span.end)) is not None
                            and q.end() in firsts
                            and all(p.country in {None, m.country} for p in listed)
                        )
                    )
                )
            ]
        out = [m for m in out if not (m.kind == "group" and _CROWD.search(m.name))]
        # "主管东亚太平洋事务的助理国务卿": the regions or countries of an official's portfolio are
        # what he deals with, no sides of their own
        portfolios = [x.span() for x in _PORTFOLIO.finditer(self.text, start, end)]
        if portfolios:
            out = [
                m
                for m in out
                if m.kind not in {"country", "place"} or not any(a <= m.span.start and m.span.end <= b for a, b in portfolios)
            ]
        # "老挝、柬埔寨和泰国等国外交部部长": the ministries of the countries listed, whose names are
        # the sides; the bare ministry word without a country is none of them
        out = [
            m
            for m in out
            if not (
                m.kind == "organisation"
                and m.country is None
                and self.text.endswith(("等国", "三国", "四国", "五国", "各国"), 0, m.span.start)
                and any(o.kind == "country" and o.span.end <= m.span.start for o in out)
            )
        ]
        out = [self._listed_country_body(m, out) for m in out]
        # "向原总书记杜某家属致以诚挚慰问": the family of the one mourned is no side
        out = [m for m in out if not _FAMILY_OF.search(m.name)]
        # "以老挝华潘省省委副书记、老挝建国阵线委员会华潘省分会主席为首的华潘省代表团": the bodies of an
        # unnamed leader's offices describe him, the delegation acts
        heads = [(h.start(1), h.end(1)) for h in _HEADED_BY_OFFICES.finditer(self.text, start, end)]
        if heads:
            out = [m for m in out if m.kind == "person" or not any(a <= m.span.start < b for a, b in heads)]
        # "越南外交部旗下《世界与越南报》": the body the next one belongs to does not act itself
        out = [m for m in out if m.kind == "person" or not _OWNER_OF.match(self.text, m.span.end)]
        # "与外交部有关单位和古巴驻越南大使馆": unnamed units of a body, beside bodies that are named
        vague = [m for m in out if m.kind != "person" and _UNITS_OF.match(self.text, m.span.end)]
        if vague and len(out) - len(vague) >= 2:
            out = [m for m in out if m not in vague]
        # "(AVSE)", "(CUF)": an acronym in brackets restates the body before it
        out = [
            m
            for m in out
            if not (
                m.kind != "person"
                and _ACRONYM.fullmatch(self.text, m.span.start, m.span.end)  # the folded text: "(ＡＢＣ)" too
                and _ACRONYM_OPENED.search(self.text, max(0, m.span.start - 2), m.span.start) is not None
            )
        ]
        # a delegation before the body it names, also when both cover the same words (越南驻柬外交代表机构代表团
        # is a mission's name too: the leader who led it stands for it)
        out.sort(key=lambda m: (m.span.start, -m.span.end, m.span.label != "delegation"))
        dedup: list[Mention] = []
        for m in out:
            if (
                dedup
                and dedup[-1].name == m.name
                and m.span.label != "delegation"
                # "会见古巴驻越南大使,并通过他向古巴人民转交…": named again after 向, the side given to
                and not _TO_AGAIN.search(self.text, dedup[-1].span.end, m.span.start)
                and not (
                    self.text[m.span.start - 1 : m.span.start] in {",", "，"}
                    and _GIVER_AGAIN.match(self.text, m.span.end)
                )
            ):
                if (
                    dedup[-1].span.label != "delegation"
                    and _HELD_FOR_BEFORE.search(self.text, max(0, dedup[-1].span.start - 17), dedup[-1].span.start)
                    and _WITH_AGAIN.fullmatch(self.text, dedup[-1].span.end, m.span.start)
                ):
                    # "A为B主持欢迎仪式,同B举行会谈": named again as the partner of the next act, the
                    # second telling is the one that says who is with whom
                    dedup[-1] = m
                continue  # a delegation stays: it stands where its leader acts (…率领的…代表团)
            if any(d.span.start <= m.span.start and m.span.end <= d.span.end for d in dedup):
                continue
            dedup.append(m)
        return dedup

    def _listed_country_body(self, m: Mention, out: list[Mention]) -> Mention:
        """``柬埔寨、美国和埃及外交部长向X致电``: the ministers of every country listed; the last
        country, glued to the ministry word, is a side like the ones before it, not one ministry
        beside bare countries (as ``…和埃及等国外交部长`` is read)."""
        if m.kind != "organisation" or m.country is None or m.span.start < 2:
            return m
        if not _BODY_HEAD_AFTER.match(self.text, m.span.end):
            return m  # "越南与老挝政府间联合委员会", "以色列和埃及外交部等领导": a body's own name or a vaguer list
        sep = self.text[m.span.start - 1]
        if sep not in "、和及与":
            return m
        if not any(o.kind == "country" and o.country not in {None, m.country} and o.span.end == m.span.start - 1 for o in out):
            return m
        # the country the body's name opens with (the lexicon may hold the whole body, 埃及外交部)
        name = next(
            (
                m.name[:k]
                for k in range(len(m.name) - 1, 1, -1)
                if any(
                    s == 0 and e == k and g.kind == "country" and g.country == m.country
                    for s, e, g in geo_in(m.name[:k])
                )
            ),
            None,
        )
        if name is None or not self.text.startswith(name, m.span.start):
            return m
        at = m.span.start
        return Mention(Span(at, at + len(name), "country"), name, "country", country=m.country, section=m.section, teaser=m.teaser)

    def _pronoun_subjects(self, start: int, end: int, named: list[Mention]) -> list[Mention]:
        """``莫迪在贺电中指出,…。2016年他访问越南期间,…;2020年12月,他同…``: a sentence (or a part
        after ``;``) whose subject is 他/她, after a time at most, acts through the person the part
        before opens with, in the same paragraph."""
        out: list[Mention] = []
        if self.text.find("他", start, end) < 0 and self.text.find("她", start, end) < 0:
            return out  # every match holds the pronoun: most clauses have none, and the date prefix is tried everywhere
        for m in _PRONOUN_SUBJECT.finditer(self.text, start, end):
            at = m.start(1)
            if any(n.span.start <= at < n.span.end for n in named):
                continue  # a name holding the character (赛塔·他威信)
            ante = self._antecedent(m.start(), 3)
            if ante is not None:
                out.append(replace(ante, span=Span(at, at + 1, "pronoun"), latin=None, latin_span=None))
        return out

    def _pronoun_addressees(self, start: int, end: int, named: list[Mention]) -> list[Mention]:
        """``通伦就阮春福当选越南国家主席向他致贺电``: 向他/向她 after ``就X…`` in the same clause
        addresses X, the one the occasion names."""
        out: list[Mention] = []
        for m in _TO_THOSE_MET.finditer(self.text, start, end):
            # "A会见了X代表团,并向他们/向代表团赠送了…": the ones just met are given to
            at, obj = m.start(2), m.span(1)
            if any(n.span.start <= at < n.span.end for n in named):
                continue
            head = self.text.rfind("的", *obj)
            lo = head + 1 if head >= 0 else obj[0]
            met = [p for p in self.persons if lo <= p.span.start and p.span.end <= obj[1]] or [
                b
                for b in self.bodies
                if lo <= b.span.start
                and b.span.end <= obj[1]
                and not self._in_chain[b.span.start]
                and not _LOCATIVE.search(self.text, max(0, b.span.start - 8), b.span.start)
            ][:1]
            out += [replace(p, span=Span(at, m.end(2), "pronoun"), latin=None, latin_span=None) for p in met]
        for m in _TO_PRONOUN.finditer(self.text, start, end):
            at = m.start(1)
            clause = max((c.end() for c in _CLAUSE_START_EV.finditer(self.text, max(0, at - 80), at)), default=max(0, at - 80))
            occasion = self.text.rfind("就", clause, at)
            if occasion < 0:
                continue
            told = [p for p in self.persons if occasion < p.span.start and p.span.end <= at]
            if told and not any(n.span.start <= at < n.span.end for n in named):
                out.append(replace(told[0], span=Span(at, at + 1, "pronoun"), latin=None, latin_span=None))
        return out

    def _antecedent(self, pos: int, depth: int) -> Mention | None:
        """The person opening the sentence part before the one starting at ``pos`` (its own pronoun
        subject followed back), when ``pos`` starts a part of a paragraph."""
        stop = self.text.rfind("\n", 0, pos)
        prev = max(self.text.rfind(c, stop + 1, pos) for c in "。；;")
        if depth == 0:
            return None
        if prev < 0:
            return self._antecedent_before_paragraph(pos, stop, depth - 1)
        lead = self.text[prev + 1 : pos].strip()
        if lead and not _LEADING_PHRASE.fullmatch(lead):
            return None
        first = max(max(self.text.rfind(c, stop + 1, prev) for c in "。；;"), stop) + 1
        while first < prev and self.text[first] in " \t":
            first += 1
        invited = _INVITED_BY.match(self.text, first)
        if invited and invited.end() < prev:
            first = invited.end()  # "应X的邀请,Y将…。他将…": the guest, not the host who invited
        # the sentence's first person, named at its start or after an office chain (印度总理莫迪在贺电中指出)
        ante = next((p for p in self.persons if first <= p.span.start < prev), None)
        if ante is not None and not _OPENING_OFFICE.fullmatch(self.text, first, ante.span.start):
            ante = None
        if ante is None and _PRONOUN_SUBJECT.match(self.text, first):
            return self._antecedent(first, depth - 1)
        return ante

    def _antecedent_before_paragraph(self, pos: int, stop: int, depth: int) -> Mention | None:
        """``X表示,…。`` then a new paragraph ``她回顾了…``: a pronoun opening a body paragraph (after a
        time at most) acts through the person opening the last sentence of the body paragraph right
        before it, as it would were the two paragraphs one."""
        if stop < 0:
            return None
        lead = self.text[stop + 1 : pos].strip()
        if lead and not _LEADING_PHRASE.fullmatch(lead):
            return None
        end = stop
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end <= 0 or self.text[end - 1] != "。":
            return None
        begin = self.text.rfind("\n", 0, end) + 1
        body = self.doc.body
        if not any(p.start <= begin and end <= p.end for p in body) or not any(p.start <= pos < p.end for p in body):
            return None  # a title, lead or caption before it: no paragraph of the story to follow back
        return self._antecedent(end, depth)

    def countries_named(self, section: tuple[str, int | None]) -> set[str]:
        """The countries a section names in full (巴西, not only 巴), read once per section."""
        if section not in self._named_countries:
            bounds = [(0, len(self.text))] if section[0] == "main" else []
            if section[0] == "related" and section[1] is not None:
                sp = self.doc.teasers[section[1]].span
                bounds = [(sp.start, sp.end)]
            self._named_countries[section] = {
                e.country
                for lo, hi in bounds
                for s, _e, e in geo_in(self.text, lo, hi)
                if e.kind == "country" and e.country and self.doc.section_of(s) == section
            }
        return self._named_countries[section]

    def _pair_subjects(self, start: int, end: int) -> list[Mention]:
        """``越日签署…换文``, ``中越举行…``: a compound of two one-character country names acting as
        the subject names both sides, in the order written (the title of a signing often says no more)."""
        lex = lexicon()
        out: list[Mention] = []
        if lex.short_pair is None:
            return out
        # "2010年,越阿签署了…": a second character the tables leave out (阿 begins 阿根廷 and 阿尔及利亚)
        # reads as the one side the section names that it begins
        runs = sorted(
            [*lex.short_pair.finditer(self.text, start, end), *_VIET_AND_ANY.finditer(self.text, start, end)],
            key=lambda m: m.start(),
        )
        for m in runs:
            a = m.start()
            if m.end() - a != 2 or not _PAIR_SUBJECT_VERB.match(self.text, m.end()):
                continue  # most runs of short forms are no pair acting (the checks below would say so too)
            # "越巴签署…" on a page about Brazil: 巴 is the side the page names, not Pakistan
            sides = self.countries_named(self.doc.section_of(a))
            isos = [_short_side(ch, sides) for ch in m.group()]
            names = [_country_name(iso) for iso in isos]
            if (
                len(isos) != 2
                or isos[0] == isos[1]
                or None in names
                or (a > 0 and self.text[a - 1] not in " \t\n,，。;；:：")
                or not _PAIR_SUBJECT_VERB.match(self.text, m.end())
            ):
                continue
            out += [
                Mention(
                    Span(a + i, a + i + 1, _PAIR_COUNTRY),
                    names[i],
                    "country",
                    country=isos[i],
                    section=self._section_at(a),
                )
                for i in range(2)
            ]
        return out

    def _section_at(self, pos: int) -> str:
        near = next((m for m in self.bodies + self.persons if m.span.start >= pos), None)
        return near.section if near is not None else "main"

    @staticmethod
    def _within(ms: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [m for m in ms[lo:hi] if m.span.end <= end]

    def _delegations(self, start: int, end: int, people: list[Mention]) -> list[Mention]:
        out = []
        # the page itself, not a slice: the scanner keeps its words' places in the last text it read
        # (the pattern has no lookbehind or anchor, so a window of the page matches as the slice does)
        for m in _DELEGATION_SCAN.finditer(self.text, start, end):
            s, e = m.start(), m.end()
            if s > 0 and self.text[s - 1] in _DELEGATION_NAME_BREAKS:
                # "庆和省人民委员会代表团", "同塔省代表团": the scan stops at 和/同 inside a place's
                # name; the delegation's name starts where that place's name does (a body's name
                # holding 和, 中国文化和旅游部代表团, is read as before)
                near = longest_matches(lexicon().geo, self.text, max(0, s - 4), min(e, s + 4))
                across = [g for g in near if g[0] < s < g[1] and g[2].kind not in {"organisation", "side", "blocker"}]
                if across:
                    s = across[0][0]
            inside = [p.span.end for p in self.persons if p.span.start < e and s < p.span.end <= e]
            if inside:  # "黄忠海率领河内市高级代表团": the delegation starts after its leader
                s = max(inside)
                link = re.match(
                    r"(?:\s*[((][^))]*[))])?\s*(?:率领|带领|率|为首|为团长)?(?:的)?", self.text[s:e]
                )
                s += link.end() if link else 0
                if e - s < 3:
                    continue
            named = self._named_before_group(m.group(), s)
            if named is not None:  # "会见了吴世勋一行": the person named just before leads it
                out.append(_as_leader(named, Span(s, e, "delegation")))
                continue
            # a verb may begin before the scan's 12-character window: "陈光方会见中国全国人大外事委员会代表团"
            # opens the window at 见, and 会见 still ends before the delegation's name
            verbs = [v for v in _VERB_BEFORE_BODY.finditer(self.text, max(start, s - 3), e) if v.end() > s]
            if verbs:  # "会见古巴共产党代表团", "在总部会见了代表团": the delegation is the verb's object
                s = verbs[-1].end()
            leader, s = self._leader_for(s, e)
            de = self.text.rfind("的", s, e)
            if de != -1 and e - de > 3:  # "前来越南拜年的老挝党政代表团": the words before 的 describe it
                s = de + 1
            if leader is None:
                listed = self._listed_delegation_start(start, s, e)
                name = self.doc.text[listed:e]
                if listed < s:  # the places listed: their Latin glosses are no part of the name
                    name = _LATIN_GLOSS.sub("", name)
                s = listed
                if m.group() == "一行" or len(name) < 4:
                    continue
                country, _ = country_of_text(self.text, s, e)
                out.append(Mention(Span(s, e, "organisation"), name, "group", country=country, sector="GOV"))
                continue
            out.append(_as_leader(leader, Span(s, e, "delegation")))
        return out

    def _listed_delegation_start(self, start: int, s: int, e: int) -> int:
        """Where a delegation's name begins: past a day told before it (``1月20日老挝X省代表团``),
        and back over a list of the provinces or cities it comes from closed by 等 and their count
        (``老挝A(Latin)、B(Latin)以及C等三省代表团``), whose 、 and brackets the scan stops inside (a
        list of bodies or countries, ``A党、B院等代表团``, stays the sides it names)."""
        if _PLACES_COUNTED.search(self.text, s, e):
            b = max(start, s - 120)
            cut = max((self.text.rfind(c, b, s) for c in ",，。;；\n"), default=-1)
            b = cut + 1 if cut >= 0 else b
            if "、" in self.text[b:s] or ")" in self.text[b:s] or "）" in self.text[b:s]:
                verbs = list(_VERB_BEFORE_BODY.finditer(self.text, b, s))
                s = verbs[-1].end() if verbs else b
        t = _DAY_BEFORE_NAME.match(self.text, s, e)
        return t.end() if t and e - t.end() >= 4 else s

    def _named_before_group(self, word: str, s: int) -> Mention | None:
        """``X一行`` / ``X(Latin)一行``: the person whose name (or its Latin form) ends right at ``s``."""
        if word != "一行":
            return None
        for p in self.persons:
            end = name_end(self.text, p)
            if s in (p.span.end, end):
                return p
        return None

    def _leader_for(self, s: int, e: int) -> tuple[Mention | None, int]:
        """The leader of the delegation written at ``s:e``, and where its whole name starts."""
        if not self.leaders:
            return self._visiting_official(self.text[s:e], self.doc.section_of(s)), s
        for (a, b), p in self.leaders.items():
            if (a <= s and e <= b) or (s <= a and b <= e):
                return p, a  # "…率领的老挝建国阵线中央委员会代表团": the body named is the delegation's
        text = self.text[s:e]
        places = {g[2].name for g in geo_in(self.text, s, e)}
        cands = [
            p
            for (a, b), p in self.leaders.items()
            if places & {g[2].name for g in geo_in(self.text, a, b)}
            # "1955年,越南代表团与南非X代表团…会晤。1978年,A率领南非代表团…": another year's delegation
            and not _other_years_delegation(self.text, s, a)
        ]
        # "设宴款待X和越南高级代表团" in the main article: not the delegation a teaser's leader led
        here = self.doc.section_of(s)
        cands = [p for (a, _b), p in self.leaders.items() if p in cands and self.doc.section_of(a) == here] or (
            [] if any(self.doc.section_of(a) == here for a, _b in self.leaders) else cands
        )
        if cands:
            return cands[-1], s
        # "武文福率领《共产》杂志社代表团…。…越南共产党中央机关报刊《共产》杂志社代表团离开墨西哥": the
        # delegation named again by the same words (the scan's window may cut the longer name) has that leader
        again = [
            p for (a, b), p in sorted(self.leaders.items()) if a < s and b - a >= 5 and self.doc.section_of(a) == here
            and text.endswith(self.text[a:b])
        ]
        if len({norm_name(p.name) for p in again}) == 1:
            return again[-1], s
        # the lead and the dateline repeat one sentence: one leader may stand for two spans
        # (of this part of the page: a teaser's 范明政率领…代表团 leads no 一行 of the main article)
        distinct = {
            norm_name(p.name): p
            for (a, _b), p in self.leaders.items()
            if self.doc.section_of(a) == here and not _other_years_delegation(self.text, s, a)
        }
        if len(distinct) == 1 and (text in {"代表团", "一行"} or _OUR_DELEGATION.fullmatch(text)):
            return next(iter(distinct.values())), s
        country, _ = country_of_text(self.text, s, e)
        # (of this part of the page: one teaser's 越南政府代表团 is not the delegation another teaser's A led)
        earlier = {
            norm_name(p.name): p
            for (a, _b), p in sorted(self.leaders.items())
            if a < s and self.doc.section_of(a) == here
        }
        of_country = [p for p in earlier.values() if country and p.country == country]
        if len(of_country) == 1:  # "老挝代表团" after "通沙万率领的老挝人民革命党中央对外部代表团"
            return of_country[0], s
        visitor = self._visiting_official(text, here)
        if visitor is not None:
            return visitor, s
        return None, s

    def _visiting_official(self, delegation: str, here: object) -> Mention | None:
        """``…与正在对胡志明市进行工作访问的中国辽宁省政协副主席X…会谈。…与辽宁省政协代表团举行会谈``:
        the one official of the delegation's body the page introduces as visiting leads it."""
        body = _DELEGATION_WORD.sub("", delegation)
        if len(body) < 3:
            return None
        found = {
            norm_name(p.name): p
            for p in self.persons
            if self.doc.section_of(p.span.start) == here
            and any(body in self.text[o.span.start : o.span.end] for o in p.offices)
            and _described_visitor(self, [p])
        }
        return next(iter(found.values())) if len(found) == 1 else None


_SENTENCE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _sentence_year(text: str, pos: int) -> str | None:
    """The last year told in the sentence before ``pos`` (``1978年,A率领…``), if any."""
    start = max(text.rfind(c, 0, pos) for c in "。；;\n") + 1
    years = _SENTENCE_YEAR.findall(text, start, pos)
    return years[-1] if years else None


def _other_years_delegation(text: str, here: int, there: int) -> bool:
    """Two delegations told in sentences dated with different years are two delegations, whatever
    country they share (a list of milestones: ``1955年,…代表团…会晤。1978年,A率领…代表团…访问``)."""
    a, b = _sentence_year(text, here), _sentence_year(text, there)
    return a is not None and b is not None and a != b


_DELEGATION_WORD = re.compile(r"(?:高级)?(?:代表团|工作团|访问团|考察团)$")
# "分别会见了我国代表团": the agency's own country's delegation, the one its leader led
_OUR_DELEGATION = re.compile(r"(?:我国|我方)(?:高级)?代表团")


def _as_leader(leader: Mention, span: Span) -> Mention:
    return Mention(
        span,
        leader.name,
        "person",
        leader.latin,
        None,
        leader.latin_repaired,
        leader.offices,
        leader.country,
        leader.sector,
        leader.actor_id,
        "delegation",
    )


# "该省人民委员会", "该市政府": a body named by the unit just told (该 + 省, 市, 县 ...)
_THAT_UNIT = re.compile(r"该(省|市|县|州|府)")


def _anaphor_of_named(m: Mention, side: list[Mention]) -> bool:
    """``在广宁省人民委员会代表团访问…期间,该省人民委员会与…联合举行``: 该省人民委员会 is the named
    province's body told again, no second actor beside it on the same side."""
    a = _THAT_UNIT.match(m.name)
    if a is None or m.kind == "person" or m.country is not None or len(m.name) <= a.end():
        return False
    told = a.group(1) + m.name[a.end() :]
    return any(o is not m and not _THAT_UNIT.match(o.name) and told in o.name for o in side)


def _slot(ms: list[Mention]) -> list[Mention]:
    """Within one role, a named person outranks the bodies around it."""
    ms = [m for m in ms if m.kind != "pair"]
    people = [m for m in ms if m.kind == "person"]
    if people:
        return people
    strong = [m for m in ms if m.kind in {"organisation", "group"}]
    countries = [m for m in ms if m.kind == "country"]
    listed = [m for m in countries if m.country and strong and m.span.end <= strong[0].span.start]
    if strong and all(not m.country for m in strong) and len({m.country for m in listed}) >= 2:
        # "分别与老挝、柬埔寨和印尼国会领导人举行会晤": a bare body shared by the countries listed
        # before it; each country is a side, the countryless body none
        return listed
    if strong:
        return strong
    # "越南与新加坡将两国关系提升为…": the pair word beside a named country adds no side
    return [m for m in countries if m.country] or countries or ms


def _described_visitor(ctx: _Context, side: list[Mention]) -> bool:
    """A participant the text introduces as the one visiting (``正对越南进行正式访问的X``); a body
    too (``与来访的老挝占巴塞省建国阵线委员会领导举行了工作会谈``)."""
    for m in side:
        if m.kind == "organisation" and _DESCRIBED_VISITOR.search(ctx.text, max(0, m.span.start - 40), m.span.start):
            return True
        if m.kind != "person":
            continue
        start = min([m.span.start] + [o.span.start for o in m.offices])  # the office chain's start
        described = _DESCRIBED_VISITOR.search(ctx.text, max(0, start - 40), start)
        if described and not (_CALLER_WORDS.search(described.group()) and _called_on_at_home(ctx, m, start)):
            return True
        if _CAME_TO_MOURN.search(ctx.text, max(0, start - 20), start):
            return True
        if _CAME_TO_ATTEND_LONG.search(ctx.text, max(0, start - 120), start):
            return True
    return False


# "前来拜访的", "前来拜会的": a caller, who may be at home (the one he calls on being the visitor)
_CALLER_WORDS = re.compile(r"前来(?:礼节性)?拜(?:访|会)")
# "对印度进行国事访问期间,": the frame of the sentence's subject's own trip to a country
_OWN_TRIP_FRAME = re.compile(r"对([^\s,，。;；对]{2,8}?)进行[^,，。;；]{0,8}?访问期间")


def _called_on_at_home(ctx: _Context, m: Mention, start: int) -> bool:
    """``对印度进行国事访问期间, A会见前来拜访的印度人民院议长B``: B calls on A in B's own country,
    where A is the one on a visit (the source of the meeting, as the annotators code it)."""
    lo = max(ctx.text.rfind(c, 0, start) for c in "。!?！？\n") + 1
    frame = _OWN_TRIP_FRAME.search(ctx.text, lo, start)
    if frame is None or not m.country:
        return False
    country, _ = country_of_text(ctx.text, frame.start(1), frame.end(1))
    return country == m.country


# "会见了前来出席…港3号码头落成仪式以及…50周年庆典的老挝…国家主席通伦": a guest come to attend a
# long-named ceremony is still the visitor, however long the name of what he came for
_CAME_TO_ATTEND_LONG = re.compile(
    r"(?:前来(?:越南|河内)?|来越|赴越|来华|赴华)(?:出席|参加)[^,，。;；]{17,100}?的[^,，。;；的]{0,30}$"
)


# "会见了前来吊唁的赵乐际": a guest come to mourn (or to greet) is the visitor, as one come to attend
_CAME_TO_MOURN = re.compile(r"前来(?:吊唁|悼念|致哀|祝贺|拜年)的[^,，。;；的]{0,16}$")


# "来访的委内瑞拉总统X", "正对越南进行国事访问的X": on a visit (not "前来拜会的X", a caller)
_ON_A_VISIT_BEFORE = re.compile(
    r"(?:正(?:在)?对[^,，。;；的]{1,14}?进行[^,，。;；的]{0,8}?访问|正在[^,，。;；的]{1,10}?访问|来访|到访|来越访问|访越|访华)"
    r"[^,，。;；]{0,16}?的[^,，。;；的]{0,16}$"
)


def _visiting_people(ctx: _Context, end: int) -> set[str]:
    """Names of the main article's people introduced as on a visit (``会见了来访的…总统X``)."""
    out = set()
    for m in ctx.persons:
        if m.span.start >= end:
            continue
        start = min([m.span.start] + [o.span.start for o in m.offices])
        if _ON_A_VISIT_BEFORE.search(ctx.text, max(0, start - 40), start):
            out.add(norm_name(m.name))
    return out


# "X希望通过此次访越能…", "X表示,此次访越…": a foreign speaker of his own trip to Viet Nam
_OWN_TRIP_AFTER = re.compile(r"(?:[^,，。;；]{0,8}?[,，])?[^,，。;；]{0,8}?(?:此次|这次|本次)(?:访越|来越|访问越南|来访)")


def _own_trip_speakers(ctx: _Context, end: int) -> set[str]:
    """Names of the main article's people from abroad who speak of their own trip to Viet Nam
    (``X希望通过此次访越能借鉴…``, no one else named between): visitors, though no sentence
    reports their visit, so they are the source of their meetings with the hosts."""
    return {
        norm_name(m.name)
        for m in ctx.persons
        if m.span.start < end
        and m.country not in {None, "VNM"}
        and _OWN_TRIP_AFTER.match(ctx.text, m.span.end) is not None
        and not any(
            o is not m and m.span.end <= o.span.start < _OWN_TRIP_AFTER.match(ctx.text, m.span.end).end()
            for o in ctx.persons
        )
    }


# "A总理访问挪威期间,B与A举行会谈", "A对C进行正式访问期间": the trip of the person right before
# (a title written after the name allowed) frames what follows
_TRAVELLER_FRAME = re.compile(
    r"[^,，。;；、与同和跟]{0,6}?(?:于[^,，。;；]{1,12}?)?(?:访问|对[^,，。;；]{1,12}?进行[^,，。;；]{0,8}?访问)[^,，。;；]{0,12}?期间"
)


def _framed_travellers(ctx: _Context, end: int) -> set[str]:
    """Names of the main article's people whose trip frames a clause (``A总理访问挪威期间,B与A
    举行会谈``): visitors, though no sentence reports the visit itself, so they are the source
    of the talks and meetings held with the hosts."""
    return {
        norm_name(m.name)
        for m in ctx.persons
        if m.span.end < end and _TRAVELLER_FRAME.match(ctx.text, m.span.end) is not None
    }


def _described_visitors(ctx: _Context, start: int, end: int) -> set[str]:
    """Names of the people introduced as visiting anywhere between ``start`` and ``end``."""
    return {
        norm_name(m.name) for m in ctx.persons if start <= m.span.start < end and _described_visitor(ctx, [m])
    }


# "率领的前来越南拜年的老挝党政代表团", "来访的代表团": a delegation the text says came to visit
_COMING = re.compile(r"前来|来访|访越|访华|来越|来华|到访")


def _coming_delegations(ctx: _Context, within: Span | None = None) -> set[str]:
    """Leaders of main-article delegations (or of those in ``within``, a teaser) described as
    having come (``前来越南拜年的…代表团``, ``接见了由B率领的…代表团``): visitors, though no
    sentence reports their visit, so they are the source of their meetings."""
    return {
        norm_name(p.name)
        for (a, b), p in ctx.leaders.items()
        if (p.section == "main" if within is None else within.start <= p.span.start < within.end)
        and (
            _COMING.search(ctx.text, a, b)
            or _TRIP_CLAUSE.search(ctx.text, p.span.end, a)
            or _RECEIVED_LEADER.search(ctx.text, max(0, p.span.start - 30), p.span.start)
            or _met_delegation_led_by(ctx.text, p.span.start)
        )
    }


# "A会见了由B率领的…代表团", "A会晤以B为团长的…代表团", "A会见B率领的…代表团": the delegation met is the one that came, as with
# 接见, unless the one meeting it is an envoy posted abroad ("越南驻X大使A会见由B率领的…代表团": he is
# the one away from home)
_MET_LED_BY = re.compile(r"(?:会见|会晤)(?:了)?[由以]?[^,，。;；]{0,24}$")
_CLAUSE_OPENER = re.compile(r"[,，。;；\n][^,，。;；\n]*$")


def _met_delegation_led_by(text: str, at: int) -> bool:
    met = _MET_LED_BY.search(text, max(0, at - 30), at)
    if met is None:
        return False
    opener = _CLAUSE_OPENER.search(text, max(0, met.start() - 80), met.start())
    return "驻" not in text[opener.start() + 1 if opener else max(0, met.start() - 80) : met.start()]


# "A接见了由中国…副政委B率领的…代表团": the delegation received is the one that came, whether
# it is named 由B率领的, B率领的 or 以B为团长的
_RECEIVED_LEADER = re.compile(r"接见(?:了)?[由以]?[^,，。;；]{0,24}$")


# "由X为团长从2月3日至7日对越南进行工作访问的…代表团": the trip told between the leader and his delegation
_TRIP_CLAUSE = re.compile(r"对[^,，。;；]{1,14}?进行[^,，。;；]{0,8}?访问")


# "越日签署…换文": what follows a compound of two one-character country names acting as the subject
_PAIR_COUNTRY = "pair-country"  # the span label of a country named by such a compound
_VIET_AND_ANY = re.compile(r"越[\u4e00-\u9fff]")
_PAIR_SUBJECT_VERB = re.compile(r"(?:两国)?(?:签署|签订|交换|举行|发表|召开|共同)")


@cache
def _country_names_by_iso() -> dict[str, str]:
    """ISO code -> the country's Chinese name as the country table gives it first."""
    out: dict[str, str] = {}
    for row in load_table("countries").rows:
        out.setdefault(row["iso3"], row["zh"])
    return out


def _country_name(iso: str | None) -> str | None:
    return _country_names_by_iso().get(iso) if iso else None


# "越秘关系", "越智联合声明": a compound of one-character country names before what they share
_PAIR_NOUN = re.compile(r"(?:两国)?(?:关系|联合声明|联合公报|友好|合作|建交)")


@cache
def _short_pair_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A country's short form (越, 印尼, 巴新; the longest first) and a pair word of two or three of
    them before a pair noun (越印尼关系, 越秘建交)."""
    from dyad.extraction.lexicon import lexicon

    forms = sorted(lexicon().short_forms, key=len, reverse=True)
    one = "|".join(re.escape(f) for f in forms)
    return re.compile(one), re.compile(f"(?:{one}){{2,3}}(?={_PAIR_NOUN.pattern})")


def _short_side(ch: str, sides: set[str]) -> str | None:
    """A one-character short form, read as one of the story's sides when it is that side's
    country's first character and its commoner reading is no side (越巴 on a page about Brazil:
    巴 is Pakistan's short form in the tables, but 巴西 begins with it)."""
    from dyad.extraction.lexicon import lexicon

    lex = lexicon()
    iso = lex.short_forms.get(ch)
    if iso in sides:
        return iso
    begins = _countries_by_first_char().get(ch, frozenset())
    starts = [c for c in sorted(sides) if c in begins]
    return starts[0] if len(starts) == 1 else iso


@cache
def _countries_by_first_char() -> dict[str, frozenset[str]]:
    """Each character that begins a country's name, with the countries it begins (built once)."""
    from dyad.extraction.lexicon import lexicon

    found: dict[str, set[str]] = {}
    for name, iso in lexicon().country_names.items():
        if name:
            found.setdefault(name[0], set()).add(iso)
    return {ch: frozenset(isos) for ch, isos in found.items()}


def _in_named_order(
    ctx: _Context, start: int, end: int, first: list[Mention], second: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """``两国元首…一致同意将越秘关系提升为…``, ``见证了越南外交部与秘鲁外交部…的签署``: a joint
    act whose subject names no one has as its first-named side the country its own words name
    first, not whoever an earlier sentence (a welcome by the host) happened to name first."""
    from dyad.extraction.lexicon import lexicon

    lex = lexicon()
    a_home = {m.country for m in first if m.country}
    b_home = {m.country for m in second if m.country}
    if not a_home or not b_home or a_home & b_home:
        return first, second
    named = [  # countries and their bodies (越南外交部), not places (圣地亚哥 is where, not who)
        (s, entry.country)
        for s, _e, entry in geo_in(ctx.text, start, end)
        if entry.kind in {"country", "organisation"} and entry.country
    ]
    one, pair = _short_pair_words()
    for m in pair.finditer(ctx.text, start, end):  # "越印尼关系": 越 and 印尼, a short form of two characters
        named += [(m.start() + t.start(), lex.short_forms.get(t.group())) for t in one.finditer(m.group())]
    for _pos, iso in sorted(named, key=lambda n: n[0]):
        if iso in a_home:
            return first, second
        if iso in b_home:
            return second, first
    # "两国元首共同见证了…文件的交换仪式" names no country: the order of the page's own pair word
    # before it (越蒙关系, 越蒙建交70周年), the order the press names the two sides in
    # The order most of them use wins over the nearest: a side's own words quoted (Xi Jinping's
    # "中越关系" in a Vietnamese report that otherwise writes 越中) do not set the press's order.
    if lex.short_pair is not None:
        votes: list[int] = []
        for m in reversed(list(lex.short_pair.finditer(ctx.text, 0, start))):
            isos = [_short_side(ch, a_home | b_home) for ch in m.group()]
            if len(isos) == 2 and isos[0] in a_home and isos[1] in b_home:
                votes.append(1)
            elif len(isos) == 2 and isos[0] in b_home and isos[1] in a_home:
                votes.append(-1)
        if votes:
            tally = sum(votes) or votes[0]  # a tie: the nearest, as before
            return (first, second) if tally > 0 else (second, first)
    if "见证" in ctx.text[start:end]:  # witnessed, not signed by the two ("两位书记签署": as named)
        return _home_side_first(first, second)
    return first, second


def _home_side_first(first: list[Mention], second: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``两位领导人共同见证了…文件的签署`` on a page with no pair word (越老, 越柬) to order the two
    sides: the agency's own country comes first, as the press names it (越X), not whoever
    the welcome sentence before happened to name first (the host abroad)."""
    a_home = any(m.country == "VNM" for m in first)
    b_home = any(m.country == "VNM" for m in second)
    return (second, first) if b_home and not a_home else (first, second)


def _posted_to(side: list[Mention]) -> set[str]:
    """``韩国驻越南特命全权大使崔荣三``: the countries the side's envoys are posted to (after 驻)."""
    out: set[str] = set()
    for m in side:
        for office in m.offices:
            at = office.title.find("驻")
            # "联合国驻越南协调员" (country null): the envoy of an international body is posted too
            if at >= 0 and (m.country or m.sector == "IGO" or office.title.startswith("联合国")):
                posted, _entry = country_of_text(office.title, at + 1)
                if posted is None and (short := _POSTED_SHORT.match(office.title, at + 1)) is not None:
                    posted = _short_country(short)  # "新西兰驻越大使": 驻越 is 驻越南
                if posted and posted != m.country:
                    out.add(posted)
    return out


# "驻越大使", "驻华特命全权大使": a one-character country form right after 驻
_POSTED_SHORT = re.compile(r"([\u4e00-\u9fff])(?=(?:特命全权)?(?:大使|总领事|领事|代表))")


_NEXT_LEG = re.compile(r"抵达[^。;；,，]{1,20}[,，]\s*开始对")


# what may stand after a co-chair's name before the comma: a rank or a form of address
_RANK_AFTER_NAME = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,2}(?:大将|上将|中将|少将)|同志|先生|女士)?\s*")


_TOURED_BEFORE = re.compile(r"(?:参观|造访|访问|走访|考察|视察|探访)(?:了)?$")
# "…,出席第五届东盟—X博览会并对Y市进行访问": the body naming the fair attended before 并 is the
# object of that verb, not the visitor of the next one
_ATTENDED_BEFORE_AND = re.compile(r"(?:出席|参加)(?:了)?[^,，。;；:：]{2,60}?并(?=(?:于[^,，。;；]{1,12}?)?(?:对|赴|前往|访问))")


def _comma_listed_pair(ctx: _Context, pre: list[Mention]) -> list[Mention] | None:
    """X and Y of ``X大将,Y上将在…共同主持``: the only two people before the joint verb, with nothing
    between them but X's rank, a comma and Y's office chain; also three co-chairs (one from each of
    three countries) listed so, by commas or by 、 (``X大将,Y大将,Z大将共同主持``)."""
    people = [m for m in pre if m.kind == "person"]
    if len(people) not in {2, 3} or any(m.kind in {"organisation", "pair", "group"} for m in pre):
        return None
    gaps = r"[,，]\s*" if len(people) == 2 else r"[,，、]\s*"
    for a, b in pairwise(people):
        opening = min([b.span.start] + [o.span.start for o in b.offices])
        gap = _RANK_AFTER_NAME.match(ctx.text, a.span.end, opening)
        if gap is None or not re.fullmatch(gaps, ctx.text[gap.end() : opening]):
            return None
    if len(people) == 3 and len({m.country for m in people if m.country}) != 3:
        return None
    return people


def _visitor_first(ctx: _Context, a: list[Mention], b: list[Mention], place_country: str | None):
    """The visitor (the side foreign to where it happens) is the source; else keep the order."""
    if place_country and a and b:
        a_home = any(m.country == place_country for m in a)
        b_home = any(m.country == place_country for m in b)
        if a_home and not b_home:
            return b, a
        if (
            all(m.country == place_country for m in a)
            and any(m.country not in {None, place_country} for m in b)
            and all(m.kind == "person" for m in a + b)
            and not _overlap(_names(a), _names(b))
        ):
            # "A会见了日本X公司总裁B、越南Y公司总经理C和泰国Z集团副总裁D": guests listed from
            # abroad and at home; those who came from abroad call on the host
            return b, a
    if not place_country and a and b:
        # "副主席武氏映春会见韩国驻越南大使崔荣三" (a title naming no place): the envoy posted to
        # the host's country is the one who calls
        homes = {m.country for m in a if m.country}
        posted = _posted_to(b) | _envoy_countries_posted_to(ctx.text, b)
        if homes and homes <= posted and not _posted_to(a):
            return b, a
    return a, b


def _envoy_countries_posted_to(text: str, side: list[Mention]) -> set[str]:
    """``会见了南非和尼日利亚驻越南大使``: a side of countries standing for their unnamed envoys
    (each one, or a list, before one envoy phrase): the countries those envoys are posted to."""
    countries = [m for m in side if m.kind == "country"]
    if not countries or len(countries) != len(side):
        return set()
    listed = _envoy_countries(text, countries) or countries[-1:]
    if listed[-1] is not countries[-1] or len(listed) != len(countries):
        return set()
    phrase = _ENVOY_AFTER.match(text, listed[-1].span.end)
    if phrase is None:
        return set()
    at = text.index("驻", phrase.start(), phrase.end())
    posted, _entry = country_of_text(text, at + 1, phrase.end())
    if posted is None and (short := _POSTED_SHORT.match(text, at + 1)) is not None:
        posted = _short_country(short)  # "驻越大使": 驻越 is 驻越南
    return {posted} if posted and all(m.country != posted for m in countries) else set()


# "应约同B举行视频会谈": the one who asked for it leads (as a call)
_ASKED_FOR = re.compile(r"应[^,，。;；]{0,12}?(?:约|请求|要求)")
_MET_AT_REQUEST = re.compile(r"应约(?:同|与|和)?[^,，。;；]{0,24}$")


# "2022年7月6日,A曾同B举行视频会谈": a dated look back, not held on the story's visit
_LOOK_BACK = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*[,，]\s*[^,，。;；]{1,16}?曾(?:经)?")


# "赵乐际对越南进行正式访问期间,同王庭惠举行会谈": the visitor of the frame is the one who talks
# (also "X访问老挝期间,会见了Y", "X在老挝进行国事访问期间,拜会了Y": the verb right after the comma,
# its subject the frame's; the frame's aside of at most 12 characters before 期间 would otherwise
# swallow a name as short as the destination allows, so that X met no one)
_VISIT_FRAME = re.compile(
    r"(?:在)?(?:对|访问|在(?=[^,，。;；]{1,12}?进行[^,，。;；]{0,8}?访问))[^,，。;；]{0,16}?期间[,，]\s*(?:还|并|又)?"
    r"(?=同|与|跟|和|(?:礼节性)?(?:会见|会晤|接见|拜会|拜见|拜访)(?:了)?)"
)


def _frame_subject(ctx: _Context, hit: _Hit) -> tuple[list[Mention], int] | None:
    """``X对Y进行…访问期间,同Z举行会谈``: X (the frame's subject, left out of the participants
    as an aside) talks with Z; without this Z, the first named after the frame, would be the
    subject. Returns X and where the frame ends."""
    # (up to the trigger's end: the lookahead must see a verb right after the frame's comma)
    frame = _VISIT_FRAME.search(ctx.text, hit.sentence.start, hit.span.end)
    if not frame or frame.end() > hit.span.start:
        return None
    people = [m for m in ctx.persons if hit.sentence.start <= m.span.start and m.span.end == frame.start()]
    return (people[-1:], frame.end()) if people else None


# "黎明同志和…": 同志 is no connective; nor is 同日 told as a time (";同日,A还会见了B", "同日上午"),
# though 同日本/同日方 (with Japan) is; "11月15日和16日报道": a 和 joining two days joins no sides
_CONNECTIVE = re.compile(
    r"(?:分别)?(?:与|同(?!志|一天|日(?=[,，\s]|上午|下午|中午|晚|早|傍晚|夜))|和|跟)(?!\s*\d{1,2}\s*[日月号])"
)
_CONNECTIVE_SCAN = NearScanner(_CONNECTIVE)
_EACH_WITH = re.compile(r"分别(?:同|与|跟)")  # an optional 分别 first: no prefix for the engine to skip to
# "出席第44届和第45届东盟峰会及相关会议期间": a frame whose own 和/与 joins forums or countries
_DURING = re.compile(r"(?:出席|参加|参与|访问|进行)[^,，。;；]{1,40}?期间")
def _paired_list(text: str, pre: list[Mention]) -> bool:
    """``A同B、C同D``: pairs joined by 同/与, listed with 、: each pair's first on one side."""
    if len(pre) < 4 or len(pre) % 2:
        return False
    for i in range(len(pre) - 1):
        gap = text[pre[i].span.end : pre[i + 1].span.start]
        if i % 2 == 0 and not re.match(r"\s*(?:同|与|跟)", gap):
            return False
        if i % 2 == 1 and not re.match(r"\s*[、,，]", gap):
            return False
    return True


# A clause (or its part after a comma) opening with "与/同/和 …" right before the first participant
# ",和越南政府总理X2018年5月访问老挝": a clause that adds one more visit to a list, its visitor
# named after the 和 (not one going along with the subject: 一起, 一道, 陪同)
_NEXT_LISTED_VISIT = re.compile(r"\s*(?:和|以及|及)(?=[^,，。;；]*?(?:19|20)\d{2}年)(?![^,，。;；]*?(?:一起|一道|共同|陪同))")
_WITH_OPENS = re.compile(r"(?:^|[,，])\s*[*＊]?\s*(?:分别)?(?:与|同|和|跟)\s*$")  # "*在与挪威首相X的会晤中"
# ",先后与第69届和第70届联合国大会主席…会晤": 先后 (one after the other) before the partner opens the same
_ONE_AFTER_ANOTHER_WITH = re.compile(r"[,，]\s*先后\s*$")
_WITH_PARTNER_OPENS = re.compile(r"(?:^|[,，])\s*[*＊]?\s*(?:先后)?在?(?P<conj>与(?!会)|同|跟)[^,，。;；]{1,20}$")


def _place_opens_at(text: str, at: int) -> bool:
    """Does a gazetteer name of two characters or more start at ``at`` (同奈省, 同塔省: a 同 that is no "with")?"""
    return any(s == at and e - s > 1 for s, e, _g in geo_in(text, at, at + 8))


# "阮富仲于2022年11月对中国进行正式访问": a person, a time, the destination, then the visit
_VISITOR_THEN_TRIP = re.compile(
    r"\s*(?:上将|大将|一行)?(?:曾|已|先后)?(?:于|在)[^,，。;；与同和]{1,16}?对[^,，。;；与同和]{1,12}?进行(?:了)?"
    # "A于2022年对中国进行历史性访问", "B于2023年对越南进行的访问": an epithet or 的 before the noun
    r"(?:历史性(?:的)?)?(?:国事|正式|工作|友好|正式友好|私人)?(?:的)?$"
    # "阮春福于2017年5月访问美国": a person, a time with a year, then 访问 and the destination
    r"|\s*(?:曾|已)?(?:于|在)\s*(?:19|20)\d{2}\s*年[^,，。;；与同和对]{0,8}?$"
)


def _named_right_before(ctx: _Context, parts: list[Mention], trig: Span) -> Mention | None:
    """The person told right before a dated trip (``X于…对Y进行正式访问``), when others come first."""
    people = [m for m in parts if m.kind == "person" and m.span.end <= trig.start]
    if not people:
        return None
    last = people[-1]
    if len(people) == 1:
        # "越南和巴西落实2023年9月越南政府总理X对巴西进行正式访问之际…": the countries before him
        # carry out what the trip agreed; he, dated right before his office, made it
        dated = _DATED_OFFICE_BEFORE.search(ctx.text, max(0, last.span.start - 24), last.span.start)
        if dated is not None and _SINCE_TRIP.fullmatch(ctx.text, last.span.end, trig.start):
            return last
        return None
    if re.fullmatch(r"[^,，。;；]{0,30}?[和与及、][^,，。;；]{0,20}", ctx.text[people[-2].span.end : last.span.start]):
        return None  # "A和皇后B于…对X进行访问": both travel
    if _VISITOR_THEN_TRIP.fullmatch(ctx.text, last.span.end, trig.start):
        return last
    # "…,尤其是自2016年9月X对越南进行正式访问以来": the dated "since" names the visitor right before 对
    since = ctx.text.rfind("自", max(0, last.span.start - 14), last.span.start)
    if (
        since >= 0
        and _SINCE_DATED.fullmatch(ctx.text, since, last.span.start)
        and (
            _SINCE_TRIP.fullmatch(ctx.text, last.span.end, trig.start)
            # "自1957年胡志明主席访问白俄罗斯时所奠定的…": the verb right after his name (and office)
            or _OFFICE_THEN_TRIP.fullmatch(ctx.text, last.span.end, trig.start)
        )
    ):
        return last
    return None


# "2023年9月越南政府总理": a year and month right before a person's office
# ("2010年4月,东帝汶总统X对越南进行国事访问": the comma after the month opens the dated clause)
_DATED_OFFICE_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*[,，]?[^\d,，。;；年月日与同和及、]{1,14}$")
_OFFICE_THEN_TRIP = re.compile(r"\s*(?:主席|总理|总统|总书记|首相|国王|同志)?\s*")
_SINCE_TRIP = re.compile(r"\s*对[^,，。;；与同和]{1,12}?进行(?:了)?(?:国事|正式|工作|友好|正式友好|私人)?$")


# "应老挝国家主席和柬埔寨国王的邀请,": the hosts who invited, a frame closed by its comma
_INVITATION_FRAME = re.compile(r"应[^,，。;；]{2,60}?(?:的)?(?:邀请|之邀)[,，]")


# "A(Latin)及B共同主持": 及 right after the first co-chair (a gloss of his name between)
_CO_CHAIRS_JI = re.compile(r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*及")


def _two_sides_of_people(pre: list[Mention]) -> bool:
    """Two people of two known countries."""
    return all(m.kind == "person" and m.country for m in pre) and pre[0].country != pre[1].country


def _connective_between(text: str, lo: int, hi: int, parts: list[Mention]) -> re.Match[str] | None:
    """The first 与/同/和 between ``lo`` and ``hi`` that is not part of a name (``庆和省``, Khánh Hòa)."""
    conn = _CONNECTIVE_SCAN.search(text, lo, hi)
    while conn is not None and (
        any(m.span.start <= conn.start() < m.span.end for m in parts)
        # "越南农业与农村发展部长A和B": the 与 of a ministry's name in the office written before a person
        # joined to the next side by a connective of its own, or followed by none
        or any(
            o.span.start <= conn.start() < o.span.end
            and (_JOINED_ON.match(text, m.span.end, hi) or not _CONNECTIVE_SCAN.search(text, m.span.end, hi))
            for m in parts
            if m.kind == "person"
            for o in m.offices
        )
        or _RELATION_WITH.match(text, conn.start() - 2)
        or _DAYS_JOINED.match(text, conn.start() - 1)
    ):
        conn = _CONNECTIVE_SCAN.search(text, conn.end(), hi)
    return conn


# "韩国媒体6月22日和23日报道该国总统A于…访问": the 和 of a list of days joins no sides
_DAYS_JOINED = re.compile(r"[日号](?:和|与)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]")


# "A(Latin)和B…": a person's own connective to the next side, with no comma or 、 between
_JOINED_ON = re.compile(r"[^,，;；、。]{0,40}?(?:与|同(?!志)|和|跟)")


# "通过关于加强与越南国会的关系的决议后,A与B举行会谈": the 与 of a relation strengthened with someone
# (加强与X的关系/合作) names the object of that verb, not a side of the act
_RELATION_WITH = re.compile(r"(?:加强|深化|巩固|促进|推动|密切)(?:与|同)[^,，。;；与同和]{2,20}?的(?:关系|合作|友好|友谊)")


_WITH_ONLY = re.compile(r"(?:已|也|还|亦)?(?:与|同(?!志)|跟)")


def _with_after_and(text: str, conn: re.Match[str], trig: Span, pre: list[Mention], parts: list[Mention]):
    """``A和B(已)与C互致贺电``: a 和 joining people of one country before a 与/同 that names the
    other side; the split is at the 与 (the first connective otherwise)."""
    later = _connective_between(text, conn.end(), trig.start, parts)
    while later is not None and text[later.start() : later.end()] in {"和", "分别和"}:
        later = _connective_between(text, later.end(), trig.start, parts)
    if later is None or not _WITH_ONLY.match(text, later.start()):
        return conn
    first = [m for m in pre if m.span.end <= conn.start()]
    joined = [m for m in pre if conn.end() <= m.span.start and m.span.end <= later.start()]
    other = [m for m in pre if m.span.start >= later.end()]
    sides = {m.country for m in first + joined}
    if not first or not joined or not other or len(sides) != 1 or None in sides:
        return conn
    if any(m.kind != "person" for m in first + joined) or sides == {m.country for m in other}:
        return conn
    return later


# "A表示,": the speaker before a comma tells what others did
_SPEAKER_BEFORE_SIDES = re.compile(r"(?:表示|指出|强调|认为|回顾说|介绍说|说|透露)[,，:：]")


# "在2021年初哈萨克斯坦疫情爆发时": a time told by what happened where, inside 在…时
_TIME_FRAME_BEFORE_GIFT = re.compile(r"在[^,，。;；向在]{2,40}?(?:时|期间|之际)")
# the same frame with one comma inside it, closed by 时 and the giving right after (已向, 向)
_TIME_FRAME_OVER_COMMA = re.compile(r"在[^,，。;；向在]{2,40}?[,，][^,，。;；向在]{2,30}?时(?=(?:已经|已|曾|便|就)?向)")


# "…与B进行了会晤,并于…": an act told in full before the trigger, the next one joined by 并
_EARLIER_ACT_THEN = re.compile(r"(?:会晤|会见|会谈|会面|通电话)(?:了)?\s*[,，]\s*(?:并|还|随后)")


def _split_with(
    text: str, clause: Span, trig: Span, parts: list[Mention], meet: bool = False, together: bool = False
):
    """``A 与/同/和 B <trigger>``: split participants before the trigger at the connective; with
    ``together`` (a call on someone named after the verb) any connective joins the callers."""
    pre = [m for m in parts if m.span.end <= trig.start]
    post = [m for m in parts if m.span.start >= trig.start]  # a long trigger may hold its object
    if not pre:
        return [], pre + post
    earlier = [x for x in _EARLIER_ACT_THEN.finditer(text, pre[0].span.end, trig.start)]
    if earlier and (first := _CONNECTIVE_SCAN.search(text, pre[0].span.end, earlier[-1].start())) is not None:
        # "A于…与B进行了会晤,并于…与C会晤": B met A in the act told before; the second act is with C
        pre = [m for m in pre if m.span.end <= first.start() or m.span.start >= earlier[-1].end()]
    said = [x.end() for x in _SPEAKER_BEFORE_SIDES.finditer(text, pre[0].span.end, trig.start)]
    if said and sum(m.span.start >= said[-1] for m in pre) >= 2:
        # "大使A表示,1955年,B代表团与C代表团…进行了会晤": A tells of a meeting held by B and C (not
        # "A指出,…他同B通电话": one side named after the verb, the speaker is the other)
        pre = [m for m in pre if m.span.start >= said[-1]]
    elif (
        said
        and post
        and len(told := [m for m in pre if m.span.start >= said[-1]]) == 1
        and len(told) < len(pre)
        and not _CONNECTIVE_SCAN.search(text, told[0].span.end, trig.start)
        # "A表示,他同B在上午进行的会谈上…": the speaker himself (他) held it with B, he is a side
        and not _SPEAKER_WITH.match(text, said[-1], told[0].span.start)
    ):
        # "大使A表示,出访期间,B会见了C": B, the subject of the words said, met C; the speaker A only tells it
        pre = told
    if _paired_list(text, pre):  # "A同B、C同D分别互致贺电": A and C on one side, B and D on the other
        return pre[0::2], pre[1::2]
    if _ONE_BY_ONE.search(text, pre[-1].span.end, trig.start):
        # "A和B分别会见了C": A and B each met C; "A和B先后访问中国": each went, one after the other
        return pre, post
    for i in range(1, len(pre)):
        if each := _EACH_WITH.search(text, pre[i - 1].span.end, pre[i].span.start):
            if (
                i > 1
                and re.search(r"[,，]", text[pre[i - 1].span.end : each.start()])
                and _MET_BEFORE.search(text, pre[0].span.end, pre[i - 1].span.start)
            ):
                # "A已会见B(Ross),分别同C和D通电话": B is the one A met before, A alone makes the calls
                return pre[:1], pre[i:] + post
            # "A、B和C分别同X举行工作会谈": A, B and C each on one side, X on the other
            return pre[:i], pre[i:] + post
    if _WITH_OPENS.search(text[clause.start : pre[0].span.start]):
        return [], pre  # ";与越南科学与专家协会举行会谈": the subject is the one before
    if (opens := _WITH_PARTNER_OPENS.search(text[clause.start : pre[0].span.start])) and not _place_opens_at(
        text, clause.start + opens.start("conj")
    ):
        # "与韩国外交部长赵兑烈会谈时": the partner's office stands between (not "同奈省人民委员会主席X…")
        return [], pre
    first = pre[0]
    lo = first.span.end
    conn = _connective_between(text, lo, trig.start, parts)
    if conn is None and not meet and len(pre) == 2 and text.startswith("共同", trig.start):
        # "A及B共同主持…": 及 joins the two co-chairs as 和 does, when they are two people of two countries
        ji = _CO_CHAIRS_JI.match(text, lo)
        if ji and ji.end() <= pre[1].span.start and _two_sides_of_people(pre):
            conn = ji
    invited = _INVITATION_FRAME.search(text, lo, trig.start)
    if conn and invited and invited.start() <= conn.start() < invited.end():
        # "X宣布,应A和B的邀请,C将…访问": 和 joins the inviters, not the sides of the trip
        conn = _connective_between(text, invited.end(), trig.start, parts)
    frame = next(
        (
            f
            # from the clause start: "出席东盟与中国外长会期间,…A与B举行会谈" opens on the forum itself
            for f in _DURING.finditer(text, clause.start, trig.start)
            if conn and f.start() <= conn.start() < f.end()
        ),
        None,
    )
    if frame is not None:  # "出席东盟与日本峰会期间会见了B": 与 names the forum, not a partner
        pre = [m for m in pre if not frame.start() <= m.span.start < frame.end()]
        lo = frame.end()
        conn = _CONNECTIVE_SCAN.search(text, lo, trig.start)
        if not conn:
            return pre, post
    if conn and len(pre) >= 2 and pre[1].span.start >= conn.end() and _couple(text, pre[:2]):
        conn = _CONNECTIVE.search(text, pre[1].span.end, trig.start)  # "A亲王和B妃拜会了C": both call
        if not conn:
            return pre, post
    if (
        meet
        and conn
        and (text[conn.start() : conn.end()] == "和" or together)
        and any(m.kind in {"person", "organisation", "group"} for m in post)
    ):
        return pre, post  # "天皇德仁和皇后雅子在皇宫会见了陈青敏": both meet the one after the verb
    if conn and text[conn.start() : conn.end()] == "和":
        conn = _with_after_and(text, conn, trig, pre, parts)
    if conn and _ONE_AFTER_ANOTHER_WITH.search(text, clause.start, conn.start()):
        # "出席青年论坛并发表讲话,先后与A、B会晤": the forum before the comma is the earlier act's
        # object; the partners are after 与, and the one who meets them is the sentence's subject
        return [], [m for m in pre if m.span.start >= conn.end()] + post
    if conn:
        cut = conn.start()
        topic = re.search(r"就|围绕|关于", text[cut : trig.start])
        stop = cut + topic.start() if topic else trig.start
        a = [m for m in pre if m.span.end <= cut]
        # "A向B通报了他与C举行会谈的结果": B is told of the talks, A (他) held them
        told = [
            m
            for m in a
            if "向" in text[max(clause.start, m.span.start - 12) : m.span.start]
            and (
                _TOLD_OF.fullmatch(text, m.span.end, cut)
                # "A向B汇报了越南X委员会代表团同C举行会谈的结果": the teller's delegation held them
                or _told_of_own_delegation(text, m, cut)
            )
        ]
        if told:  # (all of them told: the teller is the clause's subject, named before)
            a = [m for m in a if m not in told]
        b = [m for m in pre if cut <= m.span.start and m.span.end <= stop]
        if meet and _own_delegation_along(text, conn, a, b, post):
            return a, post  # "A同越南高级代表团…会见了B": A comes with his own delegation to meet B
        if (
            meet
            and b
            and any(m.kind in {"person", "organisation", "group"} for m in post)
            and _OWN_TALKS_THEN.fullmatch(text, b[-1].span.end, trig.start)
        ):
            return a, post  # "A与B举行会谈并会见C": B is the partner of the talks, C the one met
        return a, b or post
    return pre, post


# "(与B)举行会谈并/后", "(同B)会晤,随后": the partner's own verb ends before the next verb
_OWN_TALKS_THEN = re.compile(
    r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*(?:举行|进行)(?:了)?(?:工作|正式|双边)?(?:会谈|会晤)(?:结束)?(?:后|之后)?\s*[,，]?\s*(?:并|随后|还|又)?(?:于[^,，。;；]{1,12}?)?\s*"
)


def _told_of_own_delegation(text: str, m: Mention, cut: int) -> bool:
    """``A向B汇报了越南X委员会代表团同C举行会谈的结果``: after B the report verb, then the teller's
    (unnamed-leader) delegation, which runs to the connective and held the talks; B only hears of them."""
    told = _TOLD_OF.match(text, m.span.end)
    return bool(told) and _OWN_DELEGATION_TO.fullmatch(text, told.end(), cut) is not None


_OWN_DELEGATION_TO = re.compile(r"[^,，。;；、:：\s]{1,25}?代表团\s*")


# "A表示,他同B…会谈": the speaker, as 他/她 right after the words of saying, with the side named next
_SPEAKER_WITH = re.compile(r"\s*(?:他|她)(?:同|与|和|跟)")
# "向B通报了他与", "向B介绍其同": B hears of an exchange the one before 向 had
_TOLD_OF = re.compile(
    r"\s*(?:总统|总理|主席|部长|议长|国王|首相|总书记|先生|女士|同志)?\s*(?:通报|通知|告知|介绍|转告|汇报)(?:了)?\s*(?:他|她|其|自己)?\s*"
)


def _own_delegation_along(
    text: str, conn: re.Match[str], a: list[Mention], b: list[Mention], post: list[Mention]
) -> bool:
    """``越南国家主席A同越南高级代表团于9月19日…会见了B``: the one after 同/与 is the subject's own
    delegation (of the subject's country), which goes along with him, and the verb's object is the
    one met."""
    if text[conn.start() : conn.end()] not in {"同", "与"} or not a or not b:
        return False
    home = {m.country for m in a if m.country}
    return (
        len(home) == 1
        and all(m.country in home and m.name.endswith("代表团") for m in b)
        and any(m.kind in {"person", "organisation", "group"} and m.country not in home for m in post)
    )


def _credentials_place(ctx: _Context, target: list[Mention]) -> tuple[str, Span, str | None] | None:
    """Credentials are presented in the receiving state's capital (``驻华大使…向习近平递交国书``:
    in Beijing), which the countries table names; the span is the receiver's mention."""
    from dyad.extraction.lexicon import lexicon

    receiver = next((m for m in target if m.country), None)
    capital = lexicon().capitals.get(receiver.country) if receiver is not None and receiver.country else None
    if receiver is None or capital is None:
        return None
    return capital, receiver.span, receiver.country


# "在政府总部", "在主席府": the seats of Viet Nam's leaders, named without their city
# a video link held from a named seat (``在外交部总部``, ``在政府总部``): the dateline city is where
_VIDEO_SEAT = re.compile(r"在[^,，。;；]{0,12}?(?:总部|大楼|大厦|办公楼|礼堂|会议室|会议中心|主席府)")
_VN_SEAT = re.compile(r"在(?:越南)?(?:政府总部|主席府|国会大厦|国会办公大楼|越共中央总部|党中央总部)")


# "A和B共同主持会议", "共同主持了本届会议": the meeting named back bare; "…会议在泰国首都曼谷举行": where
_CHAIRED_BARE_MEETING = re.compile(r"共同主持(?:了)?(?:该|本届|本次|此次)?(?:会议|联席会议)[。;；,，]")
_HELD_AT = re.compile(r"在[^,，。;；在]{2,20}?举行")


def _home_of_story(ctx: _Context, hit: _Hit) -> str | None:
    """The country a meeting that names no city happens in: Viet Nam for a seat of its leaders
    (``阮春福在政府总部会见美国总统特朗普``, a teaser too), else, for a meeting told as going on
    from the last one placed (``同日,阮春福会见了老挝…总理通伦``), that one's country."""
    if _VN_SEAT.search(ctx.text, hit.clause.start, hit.span.start):
        return "VNM"
    if not _GOES_ON.match(ctx.text, hit.sentence.start):
        return None
    return ctx.meet_country.get((hit.sentence.section, hit.sentence.teaser))


# "同日,", "当天晚上,", "随后,": the day and place of the meeting told before go on
_GOES_ON = re.compile(r"\s*(?:" + _SAME_DAY_WORDS + r"|随后|此后|之后|次日|翌日)(?:上午|中午|下午|晚上|晚间|晚)?[,，]?(?:[^,，。;；]{0,12}?)(?:还|也|又)?")


_OTHER_YEAR_WORD = re.compile(r"(?:去年|前年|明年|后年)\s*\d{1,2}\s*月")


def _of_another_year(ctx: _Context, time: TimeValue | None) -> bool:
    """A background event dated by a written year (and month) other than the story's year (the page's
    publication year, else the year of its first dated day), or by a month before the story's: the
    dateline city is not its place."""
    if time is not None and time.kind == "relative" and _OTHER_YEAR_WORD.match(ctx.text, time.span.start):
        return True  # "文在寅回顾了他去年7月出席…峰会期间同阮春福进行会谈": a year word away from the story
    if time is None or time.basis != "explicit" or not time.start:
        return False
    story = ctx.doc.published or next(
        (t.start for t in ctx.doc.times if t.section == "main" and t.precision == "day" and t.start), None
    )
    if time.precision == "day" and story is not None and len(story) >= 10:
        # "此前,2014年7月17日,两国外交部举行…磋商" on a page about a visit of 2014年11月: a day written
        # with its own year more than a month before the story's is a background act, not held where
        # the story is told; more than a month after it too, when the first dated day is itself
        # background ("1962年9月5日建交,1977年7月18日签署《条约》" on a page with no day of its own)
        try:
            gap = (date.fromisoformat(story[:10]) - date.fromisoformat(time.start[:10])).days
        except ValueError:
            return False
        return abs(gap) > 31
    if time.precision not in {"year", "month"}:
        return False
    if story is not None and time.precision == "month" and time.start[:7] < story[:7]:
        return True  # "两省于2023年8月签署的协议" on a page of 2023年10月16日: an earlier month's act
    return story is not None and story[:4] != time.start[:4]


_ARRIVED_AT = re.compile(r"抵达")
# the verbs of a gift, told in a clause before another giver's (A承诺向X提供…,B也承诺提供…)
_GIFT_VERB = re.compile(r"提供|捐赠|捐款|援助|赠送|赠予|移交|转交|授予|颁发|拨款|资助|支持")
# "…已抵达河内内排国际机场,圆满结束应美国总统邀请赴美出席…之行", "圆满结束对日本的正式访问": the
# trip the story looks back on
_TRIP_ENDED = re.compile(r"(?:圆满)?结束(?:了)?([^,，。;；]{1,60}?)(?:访问|之行|行程)")


def _trip_ended_abroad(ctx: _Context, opening: Span, home: str | None) -> tuple[str, Span, str | None] | None:
    """The country of the trip abroad the page's opening says has ended, when it is not the
    dateline's: the story's acts happened there."""
    m = _TRIP_ENDED.search(ctx.text, opening.start, opening.end)
    if m is None or home is None:
        return None
    for gs, ge, entry in geo_in(ctx.text, m.start(1), m.end(1)):
        if entry.kind in {"organisation", "side", "blocker"} or entry.country is None:
            continue
        return (ctx.doc.text[gs:ge], Span(gs, ge, "place"), entry.country) if entry.country != home else None
    return None


# "会见了应…邀请对该国进行正式访问的X", "会见了正在对蒙古国进行访问的X": the guest met is on a visit
_GUEST_ON_VISIT = re.compile(r"(?:正在|正)?对(该国|[^,，。;；的]{1,14}?)进行[^,，。;；的]{0,10}?访问的")


# "即将对越南进行正式访问的X", "将于…对越南进行访问的X": a trip still ahead of the guest
_GUEST_TRIP_AHEAD = re.compile(r"(?:即将|将要|(?<![大上中少])将)(?:于[^,，。;；的]{0,12}?)?$")


def _guest_visit_place(ctx: _Context, hit: _Hit, sides: list[Mention]) -> tuple[str, Span, str | None] | None:
    """The country a meeting's guest is visiting, told in the guest's description after the verb:
    where the meeting is, when no place or trip is told otherwise. ``该国`` is the host's country
    (the side named before the description)."""
    m = _GUEST_ON_VISIT.search(ctx.text, hit.span.end, hit.clause.end)
    if m is None or hit.trigger.type != "CONSULT" or hit.trigger.mode not in {"meeting", "talks"}:
        return None
    if _GUEST_TRIP_AHEAD.search(ctx.text, max(hit.span.end, m.start() - 6), m.start()):
        return None  # "拜访即将对越南进行正式访问的X": the guest has not set out, so not met there
    if m.group(1) == "该国":
        hosts = {p.country for p in sides if p.span.end <= m.start() and p.country}
        if len(hosts) != 1:
            return None
        iso = hosts.pop()
        name = _country_name(iso)
        return (name, Span(m.start(1), m.end(1), "place"), iso) if name else None
    geos = [
        g
        for g in geo_in(ctx.text, m.start(1), m.end(1))
        if g[2].kind not in {"organisation", "side", "blocker"} and g[2].country is not None
    ]
    if not geos:
        return None
    gs, ge, entry = geos[-1]
    return ctx.doc.text[gs:ge], Span(gs, ge, "place"), entry.country


# "越通社特派记者报道,…总理在新西兰议会大厦举行仪式,欢迎…": the agency's travelling reporter tells of
# a ceremony held in a building of a foreign state's body (its parliament's house, its palace)
_TRAVELLING = re.compile(r"\s*(?:据)?(?:越通社|越南通讯社)(?:特派|随行)记者(?:发回的)?报道")
_VENUE_OF_BODY = re.compile(r"(?:大厦|大楼|总部|宫|府|官邸)")


# "印度尼西亚总统X4月23日下午在总统府与…举行会谈": a head of state's or government's own seat, named
# bare, right after its holder
_BARE_SEAT = re.compile(r"总统府|总理府|王宫|皇宫")


def _foreign_venue(ctx: _Context, opening: Span, home: str | None) -> tuple[str, Span, str | None] | None:
    """The foreign country whose state body's building the opening says the ceremony was held in."""
    text = ctx.text
    for m in re.finditer("在", text[opening.start : opening.end]):
        pos = opening.start + m.end()
        bodies = [g for g in geo_in(text, pos, min(opening.end, pos + 20)) if g[0] == pos]
        if not bodies and (seat := _BARE_SEAT.match(text, pos)) is not None:
            # the seat is the one whose holder the sentence opens with, a foreign leader
            holders = [p for p in ctx.persons if opening.start <= p.span.start < pos]
            iso = holders[0].country if holders else None
            name = _country_name(iso) if iso is not None and iso != home else None
            if name and text.find("。", opening.start, pos) < 0:
                return name, Span(seat.start(), seat.end(), "place"), iso
            continue
        if not bodies:
            continue
        s, e, entry = bodies[0]
        if entry.kind != "organisation" or entry.country is None or entry.country == home:
            continue
        if not _VENUE_OF_BODY.match(text, e):
            continue
        name = _country_name(entry.country)
        return (name, Span(s, e, "place"), entry.country) if name else None
    return None


def _province_not_capital(name: str) -> bool:
    """A province, prefecture or city of the gazetteer that is not a capital (福冈县, 庆尚北道, 岘港市)."""
    geos = geo_in(name)
    return len(geos) == 1 and geos[0][0] == 0 and geos[0][1] == len(name) and geos[0][2].kind in {"province", "city"}


# "·A率团对尼加拉瓜进行访问。\n\n·B国大使馆宣布援助…": in a news brief each bulleted item is its own story
_BULLET_ITEM = re.compile(r"\n[ \u3000]*·")


def _trip_in_item(
    ctx: _Context, hit: _Hit, trip: tuple[str, Span, str | None] | None
) -> tuple[str, Span, str | None] | None:
    """The place of the trip the article tells, unless a bulleted item of a news brief opens between
    the trip's place and the event: another item's trip is not where this item's act took place."""
    if trip is None:
        return None
    lo, hi = sorted((trip[1].start, hit.span.start))
    return None if _BULLET_ITEM.search(ctx.text, lo, hi) else trip


# a dateline city's name: Chinese characters only, no region word (驻非洲南部地区记者)
_UNKNOWN_DATELINE_CITY = re.compile(r"[\u4e00-\u9fff]{2,8}(?<!地区)(?<!区域)")


def _first_sentence_end(text: str, para: Span) -> int:
    """The end of a paragraph's first sentence (its full stop included), or the paragraph's end."""
    stop = text.find("。", para.start, para.end)
    return para.end if stop == -1 else stop + 1


def _dateline_place(
    ctx: _Context, visit: tuple[str, Span, str | None] | None
) -> tuple[str, Span, str | None] | None:
    """Where a main-article event that names no place happened: the dateline city when it lies
    in the visited country (``越通社利马——`` in a visit to Peru, ``越通社河内——`` in a visit to
    Viet Nam: the city is the exact answer), else the visit's destination, else the dateline."""
    doc = ctx.doc
    line = doc.dateline_place
    if line is None:
        return visit
    geos = geo_in(ctx.text, line.start, line.end)
    country = geos[-1][2].country if geos else None
    if (
        visit is not None
        and not geos
        and visit[2] not in {None, "VNM"}
        and _UNKNOWN_DATELINE_CITY.fullmatch(ctx.text, line.start, line.end)
    ):
        # "越通社某城——" on a trip abroad: a city the gazetteer does not know, that the correspondent
        # tells the trip from, is a city of the country visited (the exact answer); at home, an unknown
        # dateline is a province's bare name (庆和, 广平), no more exact than the trip's place
        return doc.slice(line), line, visit[2]
    if visit is not None and (country is None or country != visit[2]):
        return visit
    if visit is not None and geos and geos[-1][2].kind in {"capital", "country"} and _province_not_capital(visit[0]):
        # "越通社东京——越南驻日本大使X访问福冈县…, 福冈县知事Y在会见X时…": the correspondent posted in the
        # capital tells a trip to a prefecture of the same country; its acts happened at the destination
        # ("越通社日本——", a dateline naming the country only, is no more exact than the prefecture)
        return visit
    if visit is None and doc.body:
        # "越通社河内——…在法国首都巴黎联合举行了推介会": a story abroad told from home
        opening = _place_in(ctx, Span(doc.body[0].start, _first_sentence_end(ctx.text, doc.body[0])))
        if opening is None:
            opening = _trip_ended_abroad(ctx, doc.body[0], country)
        if opening is None:
            # "越通社特派记者报道,…已抵达马来西亚首都吉隆坡,开始对该国进行…访问": the delegation has
            # arrived abroad (not one that will: 将于…抵达)
            arrived = _place_in(ctx, Span(doc.body[0].start, doc.body[0].end), _ARRIVED_AT)
            if arrived is not None and not _PLANNED.search(ctx.text, doc.body[0].start, arrived[1].start):
                opening = arrived
        if opening is None:
            # "越通社河内——正在对波兰进行正式访问的X于6月2日会见了…": the one who acts is on a trip
            # under way abroad (a participle before his name, no 期间 frame): there, not at the dateline
            opening = _trip_under_way(ctx, doc.body[0])
        if opening is None:
            # "越通社特派记者报道,6月27日上午(当地时间),波兰众议长X举行仪式,欢迎…到访": the travelling
            # reporter tells the hosts' local time: the story is in the hosts' country
            opening = _hosts_local_time(ctx, doc.body[0], country)
        if opening is None and _TRAVELLING.match(ctx.text, doc.body[0].start):
            opening = _foreign_venue(ctx, doc.body[0], country)
        if opening is not None and opening[2] is not None and country is not None and opening[2] != country:
            return opening
        # "越通社河内——" under the title "X在老挝会见Y": the title tells where the story happened,
        # when the opening names no place of its own
        headline = _place_in(ctx, doc.title) if doc.title is not None and opening is None else None
        if headline is not None and headline[2] is not None and country is not None and headline[2] != country:
            return headline
        # "越通社河内——越通社驻德国记者报道,…": the story happened where the correspondent is posted
        # (a country abroad), or somewhere in a region (驻非洲南部地区, 驻拉丁美洲): not the dateline
        post = _CORRESPONDENT.search(ctx.text, doc.body[0].start, doc.body[min(1, len(doc.body) - 1)].end)
        if post is None and len(doc.body) > 2:
            # the byline opening the third paragraph, when the opening's two sentences stand apart
            post = _CORRESPONDENT.match(ctx.text, doc.body[2].start)
        if post is not None and _ROUNDUP_ITEM_MARK.search(ctx.text, max(0, post.start() - 3), post.start()):
            post = None  # "*越通社驻东京记者报道,…": the byline of one item of a roundup, not of the story
        if post is not None and _PRESS_OF_THE_POST.search(ctx.text, post.end(), doc.body[0].end):
            # "越通社驻韩国记者报道,韩国媒体竞相报道…访越期间开展的活动": the correspondent tells what
            # the press of his post writes, about acts that need not happen there nor at the dateline
            return None
        if post is not None and country is not None:
            geos = [g for g in geo_in(ctx.text, post.start(1), post.end(1)) if g[2].kind != "organisation"]
            if not geos:
                return None
            gs, ge, entry = geos[-1]
            if entry.country is None:
                return None  # a region (非洲南部地区)
            if entry.country != country:
                return doc.text[gs:ge], Span(gs, ge, "place"), entry.country
        # "越通社河内——访日期间,…拜会了…", "在对泰国进行访问期间,…": a trip abroad framing the story
        trip = _TRIP_FRAME.match(ctx.text, doc.body[0].start, doc.body[0].end)
        if trip is not None and country is not None:
            if trip["short"]:
                from dyad.extraction.lexicon import lexicon

                iso = lexicon().short_forms.get(trip["short"])
                name = _country_name(iso) if iso else None
                if iso and name and iso != country:
                    return name, Span(trip.start("short"), trip.end("short"), "place"), iso
            else:
                # "在太平省人民委员会代表团访问韩国期间,", "访问埃塞俄比亚期间,"
                dest = "dest" if trip["dest"] else "dest3" if trip["dest3"] else "dest2"
                geos = [g for g in geo_in(ctx.text, trip.start(dest), trip.end(dest)) if g[2].kind != "organisation"]
                if geos and geos[-1][2].country is not None and geos[-1][2].country != country:
                    gs, ge, entry = geos[-1]
                    return doc.text[gs:ge], Span(gs, ge, "place"), entry.country
    return doc.slice(line), line, country


# "正在对波兰进行正式访问的X": a trip under way, told as what the actor is doing (not 将, not 期间)
_TRIP_UNDER_WAY = re.compile(r"正在?对(?P<dest>[^,，。;；:：、的]{2,12}?)进行[^,，。;；:：]{0,8}?访问的")


def _trip_under_way(ctx: _Context, opening: Span) -> tuple[str, Span, str | None] | None:
    m = _TRIP_UNDER_WAY.search(ctx.text, opening.start, opening.end)
    if m is None:
        return None
    geos = [g for g in geo_in(ctx.text, m.start("dest"), m.end("dest")) if g[2].kind == "country"]
    if not geos or geos[-1][2].country is None:
        return None
    gs, ge, entry = geos[-1]
    return ctx.doc.text[gs:ge], Span(gs, ge, "place"), entry.country


_REPORTER_LOCAL_TIME = re.compile(
    r"\s*(?:据)?(?:越通社|越南通讯社)(?:特派|随行)记者(?:发回的)?报道[,，]\s*[^,，。;；]{0,16}?当地时间"
)


def _hosts_local_time(ctx: _Context, opening: Span, home: str | None) -> tuple[str, Span, str | None] | None:
    """The country of the first side named after the travelling reporter's ``当地时间`` (the hosts)
    when it is not the dateline's: the story happens there."""
    m = _REPORTER_LOCAL_TIME.match(ctx.text, opening.start, opening.end)
    if m is None or home is None:
        return None
    stop = min((i for i in (ctx.text.find(c, m.end(), opening.end) for c in "。;；") if i >= 0), default=opening.end)
    for gs, ge, entry in geo_in(ctx.text, m.end(), stop):
        if entry.country is None or entry.kind == "side":
            continue
        if entry.country == home:
            return None  # the home side is named first: no hosts abroad told
        name = _country_name(entry.country)
        return (name, Span(gs, ge, "place"), entry.country) if name else None
    return None


# "据越通社驻独立国家联合体(CIS)记者报道": the agency's correspondent and his post (a Latin short form
# in brackets inside)
_REPORTED_BY = re.compile(
    r"(?:据)?(?:越通社|越南通讯社)驻[^,，。;；\s()（）]{1,16}?(?:[(（][A-Za-z\s.]{1,12}[)）])?(?:首席|常驻)?(?:特派)?记者(?!站|分社|处|团)"
)
# "韩国媒体6月22日和23日竞相报道…", "日本各大报纸纷纷刊登…": the press of a country reporting
_PRESS_OF_THE_POST = re.compile(
    r"(?:媒体|报纸|报刊|报社|通讯社|电视台|舆论)[^,，。;；]{0,16}?(?:纷纷|竞相|均|都|相继|广泛|大篇幅)?"
    r"(?:报道|刊登|刊发|转载|评论)"
)
# "*" opening an item of a roundup (at a paragraph's start, or glued to the opening's last sentence)
_ROUNDUP_ITEM_MARK = re.compile(r"(?:^|[\n。])\s*[*＊]\s*$")
_CORRESPONDENT = re.compile(r"(?:越通社|越南通讯社)驻([^,，。;；\s]{1,12}?)(?:首席|常驻)?(?:特派)?记者(?:报道|报导)")
# "访日期间,", "在对泰国进行工作访问期间,", "在X代表团访问韩国期间,": the trip abroad the story's first
# sentence happens on
# "当地时间7月22日下午,正在对塞内加尔进行正式访问的期间,": the day told first, then the trip
# "正对德国进行正式访问期间,": 正 alone (without 在) also opens the frame
# "越通社特派记者报道,在对澳大利亚进行正式访问期间,": the agency's reporter travelling with the
# delegation is told first, then the trip
# (or "报道称," in a review of what the press reported)
_TRAVELLING_REPORTER = r"(?:(?:(?:据)?(?:越通社|越南通讯社)(?:特派|随行)记者(?:发回的)?报道|报道称)[,，]\s*)?"
_TRIP_FRAME = re.compile(
    r"\s*" + _TRAVELLING_REPORTER + _DAY_LEAD + r"(?:正在|在|正)?"
    # "自3月2日至4日对印度进行国事访问期间,": the trip's days told before where it went
    r"(?:(?:从|自|于)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*" + _DAYS_SPAN + r"\s*)?"
    r"(?:访(?P<short>[日泰韩俄美法德英老柬缅印澳华])|对(?P<dest>[^,，。;；]{2,12}?)进行[^,，。;；]{0,8}?访问"
    # "访问埃塞俄比亚期间,": the bare frame with the country visited
    r"|访问(?P<dest3>[^,，。;；]{2,12}?)"
    r"|[^,，。;；]{2,24}?(?:代表团|一行)访问(?P<dest2>[^,，。;；]{2,12}?))(?:的)?期间[,，]"
)


# "在主席府为古巴驻越南大使…颁授": a preposition or verb between 在 and a country ends the place
_NOT_A_PLACE_GAP = re.compile(r"[为同与和向对给会接,，上的下]|祝贺|表示|指出|强调|感谢|欢迎|评价|称赞|赞赏")
# "在仪式上,日本…": a frame, not a place; "在贺信中祝贺老挝…": a verb of saying before the country,
# which is what is said about, not where; "赴越履新的日本新任大使": a place after 的 describes the
# one who came, it is not where he went


_ONCE_IN = re.compile(r"曾(?:经)?$")


# "赴福冈县与…举行会谈", "代表团前往华潘省,向…捐赠", "赶赴缅甸首都内比都": where the actors went
_MOVED_TO = re.compile(r"(?:赴|前往|抵达|来到|到达)")


def _moved_to(
    ctx: _Context, start: int, end: int, before: int | None = None
) -> tuple[str, Span, str | None] | None:
    """The place the sentence says the actors went to before acting, the last one named; with
    ``before``, only a move told before the verb (``会见X,欢迎…投资者赴越南``: where others should go)."""
    found = None
    for m in _MOVED_TO.finditer(ctx.text, start, end if before is None else min(end, before)):
        place = _place_in(ctx, Span(m.start(), end), marker=_MOVED_TO)
        if place is not None:
            found = place
    return found


# "…,欢迎沙特投资者赴越南寻找投资机会": a move others are invited to make, after the event's verb
_INVITED_MOVE = re.compile(r"[,，]\s*(?:欢迎|邀请|鼓励|希望|建议|请)")


# "Y在会见X时回顾了他同该县企业赴越南考察的经历": a move the speaker recalls, after the event's verb,
# is a memory, not where the meeting took place
_RECALLED_MOVE = re.compile(r"(?:回顾|回忆|忆及|忆起|谈及|讲述)")


# "会见了X,并前往京都府访问", "会见了Y,并赴平阳省参观": the next leg, gone to after the act
_NEXT_MOVE = re.compile(r"(?:并|随后|之后|然后|再)(?:赴|前往|抵达|来到|到达)")


# "提供…无偿援助,资助X赴日本攻读学位": the move the sum pays for, after the gift's verb
_PURPOSE_MOVE = re.compile(r"(?:资助|用于|帮助)")


def _invited_after(text: str, hit: _Hit) -> int | None:
    ends = [
        m.start()
        for m in (
            _INVITED_MOVE.search(text, hit.span.end, hit.clause.end),
            _RECALLED_MOVE.search(text, hit.span.end, hit.clause.end),
            _NEXT_MOVE.search(text, hit.span.end, hit.clause.end),
            _PURPOSE_MOVE.search(text, hit.span.end, hit.clause.end),
        )
        if m is not None
    ]
    return min(ends) if ends else None


# "在访问新西兰期间", "在对老挝进行正式访问期间": the frame of a trip, the country visited
_VISIT_FRAME_AT = re.compile(r"(?:访问|出访|对[^,，。;；]{1,12}?进行[^,，。;；]{0,8}?访问)[^,，。;；]{0,16}?期间")


def _place_after_later_in(text: str, pos: int, end: int) -> bool:
    """A later ``在`` of the clause names a place (``…在万象会见``; not ``在联合国总部``, a body)."""
    later = text.find("在", pos, end)
    while later != -1:
        if any(
            g[0] - later <= 6 and g[2].kind not in {"organisation", "side"}
            for g in geo_in(text, later + 1, min(end, later + 16))
        ):
            return True
        later = text.find("在", later + 1, end)
    return False


# "在越南与南非两国正在大力实施…政策的背景下,": the setting of what is told next
_SETTING_FRAME = re.compile(r"在[^。;；,，]{2,60}?的(?:背景|大背景|形势|情况)下(?=[,，])")


# "(总部设在莫斯科)", "(常驻在新加坡)": where an envoy or a mission sits, told in brackets inside
# the office, before its 在
_SEAT_IN_BRACKETS = re.compile(r"[(（][^()（）,，。]{0,6}(?:设|驻)$")


def _place_in(
    ctx: _Context, clause: Span, marker: re.Pattern[str] = re.compile(r"在")
) -> tuple[str, Span, str | None] | None:
    """``在河内``, ``在法国首都巴黎``: the place an event happened, when the clause says it."""
    text = ctx.text
    for m in marker.finditer(text[clause.start : clause.end]):
        pos = clause.start + m.end()
        if _ONCE_IN.search(text, max(0, clause.start + m.start() - 2), clause.start + m.start()):
            continue  # "曾在越南学习的老挝干部": where someone once was, not where the event is
        if m.group() == "在" and text[clause.start + m.start() - 1 : clause.start + m.start()] in {"旨", "意"}:
            aim = next((g for g in geo_in(text, pos, min(clause.end, pos + 16)) if g[2].kind not in {"organisation", "side"}), None)
            if aim is not None and text[aim[1] : aim[1] + 1] in {"与", "和", "同"}:
                continue  # "…举行会谈,旨在推动越南与捷克…关系": the two countries aimed at, not a venue
        if (
            m.group() == "在"
            and text[clause.start + m.start() - 1 : clause.start + m.start()] in {"正", "现", "存", "实"}
            and (_place_after_later_in(text, pos, clause.end) or not any(g[0] == pos for g in geo_in(text, pos, pos + 8)))
        ):
            # "正在访问老挝的X在万象会见…": 正在 (a trip under way), not a place; but "正在美国纽约出席…的X
            # 会见了Y", a place right after it and no later 在, is where he is
            continue
        if m.group() == "在" and _PURPOSE_BEFORE_IN.search(text, max(clause.start, clause.start + m.start() - 2), clause.start + m.start()):
            continue  # "援助…,用于在芽庄X大学建设软件园": where the aid is to be spent, not where it is given
        if m.group() == "在" and text.startswith("离开", pos):
            continue  # "在离开古巴首都哈瓦那后,A致电…": the place left, not where the act is
        if m.group() == "在" and _VISIT_FRAME_AT.match(text, pos) and _place_after_later_in(text, pos, clause.end):
            continue  # "在访问新西兰期间,…A在奥克兰会见B": the later place is where they meet
        if text.endswith(("馆址设", "馆址"), 0, clause.start + m.start()):
            continue  # "越南驻文莱(馆址设在马来西亚)大使": where the mission sits, not where the event is
        if _SEAT_IN_BRACKETS.search(text, max(0, clause.start + m.start() - 8), clause.start + m.start()):
            continue  # "越南驻乌兹别克斯坦(总部设在莫斯科)大使": the envoy's seat, told in brackets
        if _SHORT_IN_BUSINESS.match(text, pos):
            continue  # "会见在越投资的泰国企业代表团": where the firms do business, no place after it
        if _SAID_BEFORE_PLACE.search(text, clause.start, clause.start + m.start()):
            continue  # "X时,Y表示,在越南,Y的集团投资了…": a place in what is said, not where they meet
        if m.group() == "在" and _SETTING_FRAME.match(text, clause.start + m.start()):
            continue  # "在越南与南非两国大力实施…的背景下,": the setting, not where they meet
        # a side word is no place: "在两国领导人的见证下" names the witnesses, not where they are
        geos = [g for g in geo_in(text, pos, min(clause.end, pos + 16)) if g[2].kind not in {"organisation", "side"}]
        if geos and geos[0][0] - pos <= 6 and not _NOT_A_PLACE_GAP.search(text, pos, geos[0][0]):
            run = [geos[0]]  # "古巴首都哈瓦那", "中国广东省": the most specific place of a run
            for g in geos[1:]:
                if text[run[-1][1] : g[0]] not in {"", "首都", "的"}:
                    break
                if text[run[-1][1] : g[0]] == "的" and g[2].kind == "country" and g[2].country != run[-1][2].country:
                    break  # "在越南的乌克兰…": another country after 的 is not a place inside the first
                run.append(g)
            s, e, entry = run[-1]
            if (
                entry.kind == "country"
                and len(run) == 1
                and (city := _unknown_city_after_country(text, e, clause.end)) is not None
            ):
                # "在美国首都某城,", "在美国某城出席…": a city the gazetteer lacks, named right after
                # its country, is the more specific place
                return ctx.doc.text[city[0] : city[1]], Span(city[0], city[1], "place"), entry.country
            if text.startswith("人", e) and not text.startswith("人民", e):
                continue  # "在老越南人代表": the Vietnamese living in Laos, not a place
            if _RESIDENTS_AFTER.match(text, e):
                continue  # "在华越南留学生代表": students of a country living abroad, not a place
            if _SET_UP_IN.match(text, e):
                continue  # "欢迎X公司在越南设立代表处": where a body is to be set up, not the meeting's place
            if text.startswith(("—", "–", "-", "－"), e):
                continue  # "在越南—中国(广东)投资贸易合作论坛上": a forum's name pairing two sides, no place
            if _DIED_IN.match(text, e):
                continue  # "在柬埔寨牺牲的越南志愿军": where the fallen died, not where the meeting is
            if _TERM_IN.match(text, e):
                continue  # "结束在泰国任期的X", "在越任职期间": where an envoy served, not where the event is
            if _FIELDS_OF_PLACE.match(text, e):
                continue  # "欢迎X企业扩大在越南基础设施、能源等领域的投资": the fields of a country, not a venue
            if _UNDER_FRAME.match(text, e):
                continue  # "深信在越南党和政府的领导下,…": under whose guidance, not where the event is
            if _CAUSE_OF_PLACE.match(text, e):
                continue  # "在越南建设与发展事业中的作用": a country's cause or course, not where the event is
            if entry.kind == "country" and _LEADER_OF_PLACE.match(text, e):
                continue  # "在俄罗斯总理X对越南进行访问期间": whose leader visits, not where the event is
            if _places_listed_of(text, e, clause.end):
                continue  # "越南在东南亚、南亚和南太平洋的8个伙伴": whose partners, where they are; no venue
            return ctx.doc.text[s:e], Span(s, e, "place"), entry.country
        venue = None if geos and geos[0][0] - pos <= 6 else _CROSSING.match(text, pos, clause.end)
        if venue is not None:  # "在木牌国际口岸", "在内排国际机场": a border gate or an airport the gazetteer lacks
            return venue.group(), Span(venue.start(), venue.end(), "place"), None
    return None


# "在美国首都某城,", "在美国某城举行的", "在美国某城出席": a city's name right after its country,
# told as such by 首都 before it or by the act held there after it (not 各地, 全国, 期间...)
_CITY_AFTER_COUNTRY = re.compile(
    r"(?P<capital>首都)?(?P<city>(?!各|全|国内|境内|当地|本地|[东南西北中]部|期间|访问|工作|进行|正式|举行|召开|出席)"
    r"[\u4e00-\u9fff]{2,6}?)(?=举行|召开|举办|出席|参加|会见|会晤|分别会见|[,，])"
)
_VENUE_ENDS = frozenset("府宫馆厦楼堂厅院部会所处中场港站园区校")
_CITY_NAME_WORDS = re.compile(r"期间|访问|工作|进行|举行|召开|出席|参加|会见|会晤|代表|大使|总统|总理|政府|人民|各地|之际|以来|方面|企业|公司|朋友|同胞|一起|共同|人")


def _unknown_city_after_country(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The span of a city the gazetteer lacks, named right after its country at ``pos``."""
    m = _CITY_AFTER_COUNTRY.match(text, pos, end)
    if m is None or (m["capital"] is None and text[m.end()] in ",，"):
        return None  # a comma after the bare name: "在越南期间," is no city; after 首都 it closes one
    a, b = m.span("city")
    if _CITY_NAME_WORDS.search(text, a, b) or text[b - 1] in _VENUE_ENDS or geo_in(text, a, b):
        return None  # "在新西兰总督府会见": a venue (府, 宫, 馆...), not a city
    return a, b


def _places_listed_of(text: str, pos: int, end: int) -> bool:
    """``在东南亚、南亚和南太平洋的``: after the first place, more places joined by 、/和/及/与 and
    then 的 describe the noun that follows; they name no venue (``在A省和B省举行的`` is a venue:
    a verb, not a place, stands before its 的)."""
    listed = 0
    while pos < end and text[pos] in "、和及与":
        nxt = next((g for g in geo_in(text, pos + 1, min(end, pos + 12)) if g[0] == pos + 1), None)
        if nxt is None:
            return False
        pos, listed = nxt[1], listed + 1
    return listed > 0 and text.startswith("的", pos)
# "结束在越南任期的", "在越任职期间": a term of office served in a country, no venue
_TERM_IN = re.compile(r"(?:的)?(?:任期|任内|任职|履职)")
_BACK_FROM_TRIP = re.compile(r"(?:抵达|回到|返回)[^。;；]{0,30}?(?:圆满)?结束")


# "老保国际口岸", "内排国际机场": border gates and airports, named as written (a ceremony held there)
# "前往越南驻老挝大使馆并向…移交": a body named as where the giver went
_GONE_TO = re.compile(r"(?:前往|前来|来到|赶赴|赴|抵达)$")


_CROSSING = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:国际边境口岸|国际口岸|边境口岸|口岸|国际机场|机场)(?![\u4e00-\u9fff]{0,2}(?:建设|项目|扩建))")


# "…表示,在越南,…": the words said after a speech verb name no place of the event
_SAID_BEFORE_PLACE = re.compile(r"(?:表示|指出|强调|认为|透露|介绍说|说)[,，:：]")
# "在越投资的", "在华经营的": a country by its one-character form, then the business done there
_SHORT_IN_BUSINESS = re.compile(r"[越华中老柬泰日韩美俄](?:投资|经营|设厂|建厂|工作|生活|学习|发展)")
_FORUM_HELD = re.compile(r"(?:举行|召开|开幕|举办|闭幕)")
# "在越南设立代表处", "在越投资建厂": a place named for a body's business there, not for the event
# "在老挝牺牲的越南志愿军": where soldiers fell (a war story), not the place of the event told
_DIED_IN = re.compile(r"(?:英勇)?(?:牺牲|阵亡|殉职|遇难)")
# "在越南党、中央及地方各级政府的关心指导下": a side's guidance or care (在…下), not a place
_UNDER_FRAME = re.compile(r"[^,，。;；在]{0,24}?(?:领导|指导|关心|关怀|帮助|支持|努力|协助)下")
# "在华越南留学生", "在日越南侨胞": a country's people living abroad
_RESIDENTS_AFTER = re.compile(r"(?:留学生|侨胞|侨民|劳工|社群|公民)")
# "用于在X建设…", "拨款支持在X建设…": the place of the purpose a sum is given for
_PURPOSE_BEFORE_IN = re.compile(r"(?:用于|支持|资助)$")
# "在越南基础设施、能源和制药等领域": a country's fields of business, not a place the event is in
_FIELDS_OF_PLACE = re.compile(r"[^,，。;；在]{0,20}?领域")
# "在越南国家建设与捍卫事业中", "在越南融入国际社会进程中": a country's cause or course (在…事业中), not a place
_CAUSE_OF_PLACE = re.compile(r"[^,，。;；在]{0,20}?(?:事业|进程|斗争|战争)(?:中|上)")
# "在俄罗斯联邦总理米舒斯京对越南进行正式访问期间": a country opening its leader's office names him
_LEADER_OF_PLACE = re.compile(
    r"(?:政府|联邦|共和国|王国)?(?:副)?(?:总理|总统|首相|国家主席|外长|外交部长|国王|女王|议长|总书记)(?!府|官邸|办公)"
)
_SET_UP_IN = re.compile(r"(?:市场)?(?:设立|开设|建立|设厂|建厂|投资|扩大投资|开展业务|经营)")


def _forum_place(ctx: _Context, hit: _Hit, forums: list[Mention]) -> tuple[str, Span, str | None] | None:
    """``峰会在印度首都新德里开幕。…率领僧团与会``: a forum named in an earlier sentence, with where
    it was held, places the attendance told after it."""
    for f in forums:
        if f.span.label != "forum" or f.span.start >= hit.sentence.start:
            continue
        end = ctx.text.find("。", f.span.end, hit.sentence.start)
        end = hit.sentence.start if end == -1 else end
        if _FORUM_HELD.search(ctx.text, f.span.end, end):
            return _place_in(ctx, Span(f.span.end, end))
    return None


def _forum_held_elsewhere(ctx: _Context, hit: _Hit, forums: list[Mention], country: str | None) -> bool:
    """``越通社河内——阮春福9月27日出席第73届联合国大会一般性辩论``, told from home: a numbered
    forum that ``recurring_meetings.tsv`` holds in another country than ``country`` (纽约, not
    Viet Nam) did not take place there, so the dateline is not its place (nor does it make the
    attendee a host whose guests the others met)."""
    if hit.trigger.mode != "multilateral" or country is None:
        return False
    for f in forums:
        facts = find_meetings(ctx.text, f.span.start, f.span.end)
        if not facts and len(f.name) >= 4:  # "参加联合国大会一般性辩论": the session the page numbers elsewhere
            facts = [x for x in find_meetings(ctx.text, 0, len(ctx.text)) if f.name in x.text]
        for fact in facts:
            if f.span.start <= fact.span.start and _FORUM_NOUN.search(ctx.text, fact.span.end, f.span.end):
                continue  # "第14届东亚峰会外长会": the ministers' meeting, not the summit the table holds
            held = geo_in(fact.place, 0, len(fact.place)) if fact.place else []
            if held and held[-1][2].country not in {None, country}:
                return True
    return False


_FORUM_NOUN = re.compile(r"会|论坛|峰")


# "…出席第73届联合国大会一般性辩论并发表讲话、会见…", "在出席第78届联合国大会…之际,…会见了":
# the attendance that frames the meeting told after it in the same sentence
_ATTENDING = re.compile(r"出席|参加|与会")


def _met_at_forum_elsewhere(ctx: _Context, hit: _Hit, country: str | None) -> bool:
    """A meeting told in the sentence that has its actor attend a numbered forum which
    ``recurring_meetings.tsv`` holds in another country than ``country`` (the dateline's): the
    meeting took place at the forum, not at the dateline (``越通社河内——X出席第73届联合国大会…、
    会见Y``); a title's meeting is read with the opening it heads."""
    if hit.trigger.mode != "meeting" or country is None:
        return False
    start, end = hit.sentence.start, hit.span.start
    doc = ctx.doc
    if doc.title is not None and doc.title.start <= start < doc.title.end and doc.body:
        # the title "X会见Y" twins the opening that tells the attendance: read the opening instead
        start, end = doc.body[0].start, doc.body[0].end
    for fact in find_meetings(ctx.text, start, end):
        if _ATTENDING.search(ctx.text, max(start, fact.span.start - 8), fact.span.start) is None:
            continue
        held = geo_in(fact.place, 0, len(fact.place)) if fact.place else []
        if held and held[-1][2].country not in {None, country}:
            return True
    return False


_DAY_KINDS = {"date", "range", "dates", "relative", "lunar", "lunar-range", "day", "weekday", "dateline"}


# The page's times last asked about (held, so the list's id is not reused) and their starts: each
# trigger asks for the times of its sentence, found by bisection, not a scan of all of them.
_TIME_STARTS: tuple[list[TimeValue], list[int] | None] | None = None


def _times_in(doc: Document, start: int, end: int) -> list[TimeValue]:
    """``[t for t in doc.times if start <= t.span.start < end]``, in their order."""
    global _TIME_STARTS
    cached = _TIME_STARTS
    if cached is None or cached[0] is not doc.times or (cached[1] is not None and len(cached[1]) != len(doc.times)):
        starts = [t.span.start for t in doc.times]
        ordered = all(a <= b for a, b in pairwise(starts))  # the time stage sorts them; one built by hand may not be
        cached = _TIME_STARTS = (doc.times, starts if ordered else None)
    starts = cached[1]
    if starts is None:
        return [t for t in doc.times if start <= t.span.start < end]
    return doc.times[bisect_left(starts, start) : bisect_left(starts, end)]


# "欢迎仪式结束后,两位领导人举行会谈": the talks follow the welcome told a few sentences before
_AFTER_WELCOME = re.compile(r"\s*(?:在)?(?:隆重的)?欢迎仪式(?:结束)?(?:后|之后)")
_WELCOME_TOLD = re.compile(r"(?:举行|主持)[^。;；!?！？\n]{0,40}?仪式[,，]?\s*欢迎|欢迎仪式")


def _welcome_day(doc: Document, hit: _Hit) -> TimeValue | None:
    """``11月8日下午,A举行仪式,欢迎B访越。…欢迎仪式结束后,A与B举行会谈``: a sentence opening
    on the welcome's end takes the day of the sentence that tells the welcome (within 400
    characters before), not the story's day."""
    if not _AFTER_WELCOME.match(doc.norm, hit.sentence.start):
        return None
    lo = max(0, hit.sentence.start - 400)
    told = None
    for m in _WELCOME_TOLD.finditer(doc.norm, lo, hit.sentence.start):
        told = m
    if told is None:
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(doc.norm, lo, told.start())]
    start = ends[-1] if ends else lo
    days = [t for t in _times_in(doc, start, told.start()) if t.kind in _DAY_KINDS and t.precision == "day"]
    return days[-1] if days else None


# "在于5月2日至9日进行的欧洲之旅框架内对X进行正式访问": the tour's days, the visit one leg of it
_DATED_TOUR_FRAME = re.compile(
    r"在(?:于|从|自)?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*" + _DAY_OR_SPAN
    + r"(?:进行|开展)的[^。;；,，]{0,12}?(?:之旅|出访|行程|访问)框架内"
)


# "A为B举行隆重欢迎仪式": the guest of a welcome told with 为 before the ceremony
_WELCOMED_FOR = re.compile(r"为([^。;；!?！？\n]{1,60}?)举行[^。;；!?！？\n,，]{0,8}?欢迎仪式")


def _welcome_guests(ctx: _Context, hit: _Hit) -> set[str]:
    """``A在…举行仪式,欢迎B…到访。欢迎仪式结束后,A与B举行会谈``: the people the welcome before a
    sentence opening on its end greets (after 欢迎, or after 为 in ``为B举行欢迎仪式``); they came,
    so they are the visitors of the talks that follow, whichever side the sentence names first."""
    text = ctx.text
    if not _AFTER_WELCOME.match(text, hit.sentence.start):
        return set()
    lo = max(0, hit.sentence.start - 400)
    told = None
    for m in _WELCOME_TOLD.finditer(text, lo, hit.sentence.start):
        told = m
    if told is None:
        return set()
    end = _SENTENCE_END.search(text, told.end(), hit.sentence.start)
    stop = end.start() if end else hit.sentence.start
    if told.group().endswith("欢迎"):
        lo_g, hi_g = told.end(), stop
    else:
        start = max((e.end() for e in _SENTENCE_END.finditer(text, lo, told.start())), default=lo)
        held = None
        for m in _WELCOMED_FOR.finditer(text, start, told.end()):
            held = m
        if held is None:
            return set()
        lo_g, hi_g = held.start(1), held.end(1)
    return {
        norm_name(m.name)
        for m in ctx.persons
        if lo_g <= m.span.start and m.span.end <= hi_g and m.section == hit.sentence.section
    }


def _welcome_place(ctx: _Context, hit: _Hit) -> tuple[str, Span, str | None] | None:
    """``6月2日在河内,A举行仪式,欢迎B…访问越南。欢迎仪式结束后,双方举行会谈``: talks opening on the
    welcome's end are held where the sentence that tells the welcome (within 400 characters
    before) says it took place, not merely in the country the visit is to."""
    text = ctx.text
    if not _AFTER_WELCOME.match(text, hit.sentence.start):
        return None
    lo = max(0, hit.sentence.start - 400)
    told = None
    for m in _WELCOME_TOLD.finditer(text, lo, hit.sentence.start):
        told = m
    if told is None:
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, told.start())]
    start = ends[-1] if ends else lo
    place = _place_in(ctx, Span(start, told.start()))
    if place is None or any(g[0] == place[1].start and g[2].kind == "country" for g in geo_in(text, place[1].start, place[1].end)):
        return None  # "在法国总统府主持仪式": a country's seat names no city; the dateline's city stays
    return place


def _anniversary_framed(doc: Document, hit: _Hit, t: TimeValue) -> bool:
    """``访问墨西哥期间,A出席X党成立22周年的纪念仪式;拜见B``: the anniversary names only the year;
    the visit the sentence opens with frames the act, so the visit's days are its time."""
    return t.kind == "anniversary" and _VISIT_FRAME_OPENS.match(doc.norm, hit.sentence.start) is not None


# "访问墨西哥期间,", "此访期间,", "在访华期间,": a sentence opened by the frame of a visit
_VISIT_FRAME_OPENS = re.compile(r"[*\s]*(?:在)?[^,，。;；]{0,8}?访[^,，。;；]{0,8}?期间[,，]")


# what may stand between a year told for an act and its verb: "于1973年访问", "于2015年对越南进行"
_CLOSE_BEFORE_VERB = re.compile(r"[^,，。;；\d年月日]{0,12}")


def _time_for(doc: Document, hit: _Hit) -> TimeValue | None:
    """The clause's own day date nearest before the trigger; else the sentence's month or year
    when that is the last time before the trigger (``2016年9月,莫迪对越南进行正式访问期间``:
    the time stage would lend it the story's day); else what the time stage infers.

    Asides (``获悉…逝世的消息后``) are skipped: their dates are not the event's."""
    held = _held_days_after(doc, hit) or _bracketed_days_after(doc, hit)
    if held is not None:
        return held
    asides = [
        (a.start(), a.end())
        for a in _ASIDE_SCAN.finditer(doc.norm, hit.sentence.start, hit.span.start)
        if not (hit.trigger.mode == "visit" and _DATED_TOUR_FRAME.fullmatch(a.group()))
    ]
    before = [
        t
        for t in _times_in(doc, hit.sentence.start, hit.span.start)
        if not any(a <= t.span.start < b for a, b in asides)
        and not timex.in_book_title(doc.norm, t.span.start)
        and not _visit_days_of_a_guest(doc.norm, t, hit)
        and not _HISTORY_DAY.match(doc.norm, t.span.start)  # "为1979年1月7日的胜利…": history, not the event's day
    ]
    own = [
        t
        for t in before
        if t.span.start >= hit.clause.start and t.kind in _DAY_KINDS and t.precision == "day"
    ]
    # "建交60周年(1956-2016)之际…访问": the bracketed span of an anniversary dates no act
    placed = [t for t in before if t.start and t.precision != "unknown" and t.kind != "anniversary-span"]
    if not own and (named := _day_of_named_meeting(doc, hit)) is not None:
        return named  # "2020年…新春会晤1月7日在柳州市举行": the meeting told as a subject, then its day
    if own and _trip_as_interview_topic(doc.norm, own[-1], hit):
        return None  # "A于5日就B对日本进行的访问接受了记者采访": the day of the interview, not of the trip
    if own:
        later = [t for t in placed if t.span.start > own[-1].span.start]
        if later and later[-1].planned and later[-1].precision in {"month", "year"}:
            return later[-1]  # "2月10日,…范明政将于3月出访印度": the visit is planned for March
        if (
            later
            and later[-1].precision in {"month", "year"}
            and later[-1].start is not None
            and own[-1].start is not None
            and later[-1].start[:4] != own[-1].start[:4]
            and _CLOSE_BEFORE_VERB.fullmatch(doc.norm, later[-1].span.end, hit.span.start)
        ):
            # "2019年10月12日,X曾于1973年访问Y": the year told right before the verb is the act's, the
            # day the sentence opens with is the story's
            return later[-1]
        return own[-1]
    welcomed = _welcome_day(doc, hit) if not own else None
    if welcomed is not None:
        return welcomed  # "11月8日下午,A举行仪式,欢迎B…。欢迎仪式结束后,A与B举行会谈": the welcome's day
    if hit.trigger.type == "AID" and any(
        t.planned and t.kind == "relative" and t.precision in {"month", "year"}
        for t in _times_in(doc, hit.sentence.start, hit.span.end)
    ):  # "他宣布,日本将于本月内再向越南提供…": when the gift comes, not the day it was pledged
        pledged = timex.news_day_before(doc, hit.sentence.start)
        if pledged is not None:
            return pledged
    if placed and placed[-1].precision in {"month", "year"} and not _anniversary_framed(doc, hit, placed[-1]):
        return placed[-1]
    if asides and not any(t.precision == "day" for t in before) and any(
        t.precision == "day" and any(a <= t.span.start < b for a, b in asides)
        for t in _times_in(doc, hit.sentence.start, hit.span.start)
    ):  # "土耳其2月6日发生强烈地震后,X致电慰问": the only day told is the aside's, the message has none
        return None
    if _YEARS_AGO.search(doc.norm, hit.clause.start, hit.span.start):
        return None  # "他35年前访问越南": years before the story, no day the page gives
    said = _SAID_AFTER_ACT.search(doc.norm, hit.span.end, hit.clause.end)
    tv = timex.time_for_span(
        doc, hit.clause.start, hit.clause.end, anchor=hit.span.start, said=said.end() if said else None
    )
    if tv is not None and _in_aside(doc.norm, tv.span.start):
        return None  # a title borrowing the lead's "2月6日发生强烈地震后": the disaster's day, not the event's
    if tv is not None and _later_paragraph_day(doc, hit, tv):
        return None
    if tv is not None and _earlier_paragraph_total(doc, hit, tv):
        return None
    if tv is not None and _earlier_paragraph_founding(doc, hit, tv):
        return None
    return tv


# "A在会见B一行时表示,2022年该省…": what A says after the act told, its months and years its own
_SAID_AFTER_ACT = re.compile(r"(?<=[时中])(?:表示|指出|强调|认为|说)[,，:：]")


# "…进行的访问以及两国关系等问题接受了记者采访", "…的访问答记者问": what follows the trip told
_INTERVIEW_AFTER = re.compile(r"[^。;；]{0,40}?(?:接受[^,，。;；]{0,14}?(?:采访|专访)|答记者问)")


def _trip_as_interview_topic(norm: str, day: TimeValue, hit: _Hit) -> bool:
    """``A 3月5日就B对印度进行的国事访问接受了记者采访``: the trip is what A is interviewed about,
    opened by 就 after the day; the day is the interview's, the trip gets none from it."""
    return hit.trigger.mode == "visit" and _trip_talked_about(norm, day.span.end, hit.span.start, hit.span.end)


def _trip_talked_about(norm: str, start: int, trig_start: int, trig_end: int) -> bool:
    """A trip told between a 就 (after ``start``) and ``接受…采访`` right after it: the topic of an
    interview, a trip already made or still ahead, not one the story's other acts happen during."""
    if not any(x.group() == "就" for x in _ABOUT_TRIP.finditer(norm, start, trig_start)):
        return False
    return _INTERVIEW_AFTER.match(norm, trig_end) is not None


def _later_paragraph_day(doc: Document, hit: _Hit, tv: TimeValue) -> bool:
    """A message told with no day before it (``A国政府向B国政府致唁电。``) would borrow the first day
    told after it; when that day lies in a later paragraph (``2020年8月14日,各国代表团前来吊唁``)
    it dates that paragraph's own act, not the message: the page gives the message no day."""
    if hit.trigger.mode != "message" or hit.sentence.section != "main" or tv.span.start < hit.sentence.end:
        return False
    return "\n" in doc.norm[hit.sentence.end : tv.span.start]


# "截至目前援助总额…", "迄今已累计提供…": a running total, counted up to now
_RUNNING_TOTAL = re.compile(r"截至目前|截止目前|迄今|至今|累计|目前为止")


def _earlier_paragraph_total(doc: Document, hit: _Hit, tv: TimeValue) -> bool:
    """A running total of aid told with no time (``截至目前援助总额超过了…``) would borrow the
    last day told before it; when that day lies in an earlier paragraph (a founding day of
    relations) it dates that paragraph's own fact, not the total: the page gives it no day."""
    if hit.trigger.type != "AID" or hit.sentence.section != "main" or tv.span.end > hit.sentence.start:
        return False
    if not _RUNNING_TOTAL.search(doc.norm, hit.sentence.start, hit.sentence.end):
        return False
    return "\n" in doc.norm[tv.span.end : hit.sentence.start]


# "两国于1975年6月19日正式建立外交关系": the founding of relations, a day of history
_FOUNDING = re.compile(r"建立(?:了)?(?:正式)?外交关系|建交")


def _earlier_paragraph_founding(doc: Document, hit: _Hit, tv: TimeValue) -> bool:
    """An act told with no time of its own (``在此基础上,甲国为乙国…提供援助``) would borrow the
    last day told before it; when that day lies in an earlier paragraph and is the day the two
    countries founded their relations, it dates that founding, not the act: the page gives the act
    no day."""
    if hit.sentence.section != "main" or tv.basis != "explicit" or tv.span.end > hit.sentence.start:
        return False  # a day written with its year, the founding's own (not a day the stage inferred)
    if "\n" not in doc.norm[tv.span.end : hit.sentence.start]:
        return False
    lo = max(doc.norm.rfind("。", 0, tv.span.start), doc.norm.rfind("\n", 0, tv.span.start)) + 1
    ends = [i for i in (doc.norm.find("。", tv.span.end), doc.norm.find("\n", tv.span.end)) if i >= 0]
    hi = min(ends) if ends else len(doc.norm)
    return _FOUNDING.search(doc.norm, tv.span.end, hi) is not None and lo <= tv.span.start


# "…会晤(联谊活动)1月7日在柳州市举行": the day a meeting named as the subject is held
_NAMED_MEETING_HELD = re.compile(r"\s*(?:上午|下午|中午|晚上|晚)?\s*(?:在[^,，。;；]{1,30}?)?(?:隆重)?(?:举行|召开|开幕|举办)")


def _day_of_named_meeting(doc: Document, hit: _Hit) -> TimeValue | None:
    """``2020年…新春会晤联谊活动1月7日在…举行``: a meeting named as the subject of 举行, its day
    told right after the name (not the year the name opens with)."""
    if hit.trigger.type != "CONSULT":
        return None
    after = _times_in(doc, hit.span.end, min(hit.clause.end, hit.span.end + 12))
    if not after:
        return None
    t = after[0]
    if (
        t.precision != "day"
        or not t.start
        or not re.fullmatch(r"[^,，。;；\d]{0,6}", doc.norm[hit.span.end : t.span.start])
        or not _NAMED_MEETING_HELD.match(doc.norm, t.span.end)
    ):
        return None
    return t


# "与从4日至7日对该国进行正式访问的X举行会晤": the days of the guest's visit, told to introduce him
_GUEST_VISIT_DAYS = re.compile(r"\s*对[^,，。;；的]{1,14}?进行[^,，。;；的]{0,8}?访问的")


def _visit_days_of_a_guest(norm: str, t: TimeValue, hit: _Hit) -> bool:
    """A time inside the description of a visiting guest, before the event's own verb: the days of
    the visit, not of the meeting held during it."""
    m = _GUEST_VISIT_DAYS.match(norm, t.span.end)
    return m is not None and m.end() <= hit.span.start


# "出席从10日至13日举行的第40届东盟峰会": the days the meeting is held, told right after the verb
_HELD_DAYS_AFTER = re.compile(r"[^,，。;；]{0,16}?举行的")


def _held_days_after(doc: Document, hit: _Hit) -> TimeValue | None:
    """``X从11月8日至9日对柬埔寨进行正式访问,出席从10日至13日举行的第40届东盟峰会``: an attendance
    whose meeting's days follow the verb takes those days, not the visit's told before it."""
    if hit.trigger.mode != "multilateral":
        return None
    after = _times_in(doc, hit.span.end, min(hit.clause.end, hit.span.end + 20))
    if not after or after[0].span.start > hit.span.end + 2 or after[0].precision != "day" or not after[0].start:
        return None
    first = after[0]
    # "从10日至13日": two bare days the time stage reads one by one
    if (
        len(after) > 1
        and doc.norm[first.span.end : after[1].span.start] in {"至", "到", "—", "-"}
        and after[1].precision == "day"
        and after[1].start
        and first.start < after[1].start
        and _HELD_DAYS_AFTER.match(doc.norm, after[1].span.end)
    ):
        return replace(first, span=Span(first.span.start, after[1].span.end, first.span.label), kind="range", end=after[1].start)
    return first if _HELD_DAYS_AFTER.match(doc.norm, first.span.end) else None


def _bracketed_days_after(doc: Document, hit: _Hit) -> TimeValue | None:
    """``对越南进行国事访问(11月12日至13日)``: a visit whose days follow it in brackets."""
    if hit.trigger.mode != "visit" or doc.norm[hit.span.end : hit.span.end + 1] not in {"(", "（"}:
        return None
    for t in _times_in(doc, hit.span.end + 1, hit.span.end + 2):
        if t.precision in {"day", "month"} and t.start and doc.norm[t.span.end : t.span.end + 1] in {")", "）"}:
            return t  # "(2019年4月)": a past visit dated by its month alone, no day of the story
    return None


# "本届大会于3月28日至4月1日举行": the days of the meeting the section reports
_FORUM_DAYS_HELD = re.compile(r"(?:本届|此次|本次|这次|该)(?:大会|会议|峰会|论坛|年会)于$")
_BARE_FORUM_AFTER = re.compile(r"[^,，。;；]{0,20}?(?:本届|此次|本次|这次|该)?(?:大会|会议|峰会|论坛|年会)(?!开幕|闭幕|期间)")


def _forum_days(doc: Document, hit: _Hit, time: TimeValue | None) -> TimeValue | None:
    """``阮生雄当选为本届大会主席并主持了大会各项议程``: a date-less sentence that attends the
    meeting named before takes the meeting's days stated in its section
    (``本届大会于3月28日至4月1日举行``), not the day of the last sentence that has one."""
    if any(hit.sentence.start <= t.span.start < hit.sentence.end for t in doc.times):
        return time  # the sentence tells its own day
    if not _BARE_FORUM_AFTER.match(doc.norm, hit.span.end):
        return time
    ranges = [
        t
        for t in doc.times
        if t.kind == "range"
        and t.precision == "day"
        and t.span.end <= hit.sentence.start
        and t.section == hit.sentence.section
        and t.teaser == hit.sentence.teaser
        and _FORUM_DAYS_HELD.search(doc.norm, max(0, t.span.start - 8), t.span.start)
    ]
    if not ranges:
        return time
    held = ranges[-1]
    if time is not None and time.start and held.start and held.end and not held.start <= time.start <= held.end:
        return time
    return held


_CAME_TO = re.compile(r"(?:前来|来越|来华|赴越|回国|专程前来)$")
# "抵达同登火车站,开始赴越出席在河内举行的…第二次会晤": setting out for a meeting, told on the day of travel
_SET_OUT_TO_ATTEND = re.compile(r"(?:开始|启程|动身|专程)?(?:赴|前往)[^,，。;；]{0,6}?(?:出席|参加|与会)")


def _set_out_forum_days(doc: Document, hit: _Hit, time: TimeValue | None) -> TimeValue | None:
    """``2月26日…抵达…,开始赴越出席在河内举行的美国朝鲜领导人第二次会晤``: one who sets out for a
    numbered meeting of ``recurring_meetings.tsv`` whose days the table knows, on a day shortly
    before it opens (up to a week), attends it on the meeting's days, not on the day of travel; a
    time told that reaches into the meeting (a trip's days, 于25日至27日赴…出席) is kept."""
    if time is None or time.precision != "day" or not time.start:
        return time
    text = doc.norm
    go = _SET_OUT_TO_ATTEND.search(text, max(hit.clause.start, hit.span.start - 8), hit.span.end)
    if go is None or go.end() < hit.span.start:
        return time
    day = date.fromisoformat(time.end or time.start)  # the whole time told lies before the meeting
    found = [
        f
        for f in find_meetings(text, hit.span.end, hit.clause.end)
        if f.start is not None and f.end is not None and f.day_precise and f.start > day
    ]
    if len(found) != 1 or (found[0].start - day).days > 7:
        return time
    f = found[0]
    assert f.start is not None and f.end is not None
    return TimeValue(
        f.span, "range", f.start.isoformat(), f.end.isoformat(), "day", "recurring-meeting", f.text,
        section=time.section, teaser=time.teaser,
    )


def _guest_forum_days(doc: Document, hit: _Hit, time: TimeValue | None) -> TimeValue | None:
    """``9月11日下午,阮春福会见了前来出席论坛的…洪森`` with ``本届论坛于9月11日至13日在河内举行``
    in the same part (before or after): the guest came for the whole forum, so his attendance
    takes the forum's days, when the meeting's own day lies inside them."""
    text = doc.norm
    if not _CAME_TO.search(text, hit.clause.start, hit.span.start) or not _BARE_FORUM_AFTER.match(text, hit.span.end):
        return time
    ranges = [
        t
        for t in doc.times
        if t.kind == "range"
        and t.precision == "day"
        and t.section == hit.sentence.section
        and t.teaser == hit.sentence.teaser
        and _FORUM_DAYS_HELD.search(text, max(0, t.span.start - 8), t.span.start)
    ]
    if len(ranges) != 1:
        return time
    held = ranges[0]
    if time is not None and time.start and held.start and held.end and not held.start <= time.start <= held.end:
        return time
    return held


def _in_aside(text: str, pos: int) -> bool:
    """``pos`` lies inside an aside (``获悉…后``, ``X发生地震后``, ``值此…之际``) of its sentence, or in
    a clause telling a disaster (``2月6日凌晨相继发生强烈地震``): a day borrowed from there dates
    the disaster, not the event."""
    start = max(text.rfind(c, 0, pos) for c in "。;；!?！？\n") + 1
    if _DISASTER.match(text, max(text.rfind(c, 0, pos) for c in "。;；,，!?！？\n") + 1):
        return True
    return any(a.start() <= pos < a.end() for a in _ASIDE.finditer(text, start, pos + 1))


_DISASTER = re.compile(
    r"[^。;；,，]{0,40}?发生[^。;；,，]{0,12}?(?:地震|海啸|洪水|洪灾|台风|飓风|火灾|爆炸|空难|坠机|山体滑坡|泥石流|风暴)"
)


# (and "将赴智利访问": the place between 赴 and the bare verb)
_DESTINATION_MARK = re.compile(r"(?:正在|正|在|前来|来|赴|前往|到)(?=[^,，。;；对]{1,14}?进行)|(?:赴|前往)(?=[^,，。;；对赴]{1,12}$)")


# "此访是应习近平的邀请进行的": who invited the visit the article reports, told in any sentence of it
_INVITED_VISIT = re.compile(r"(?<![相反供响答适理效呼])应(?!该|当|对|用|急|有|在|继续|加强)([^。;；]{2,120}?)(?:的)?(?:邀请|之邀|邀)(?=[^。;；]{0,30}?访)")
# "应A和B对越南进行国事访问": the inviters, 邀请 left unwritten (within one clause); not 应邀 (at an
# invitation, no inviter named: "X应邀率领…代表团对泰国进行访问" names the visitors after it)
_INVITED_VISIT_BARE = re.compile(
    r"(?<![相反供响答适理效呼])应(?!邀|该|当|对|用|急|有|在|继续|加强)([^,，。;；]{2,40}?)(?=对[^,，。;；]{1,14}?进行[^,，。;；]{0,8}?访问)"
)


# "此访是应习近平的邀请进行的", "此次访越是应越南国家主席X邀请进行的": the visit named first, its inviter after
_INVITED_THIS_VISIT = re.compile(
    r"(?:此访|此行|此次访问|这次访问|此次访[越华老柬]|此次[\u4e00-\u9fff]{0,6}?访问)是应([^。;；,，]{2,60}?)(?:的)?(?:邀请|之邀)"
)


def _dated_visit_frame(text: str, start: int, trig_start: int, trig_end: int) -> bool:
    """``2013年1月21日,越意两国在X对意大利进行国事访问期间签署…``: a visit dated by its year as the
    frame of another act is a past one, not the visit the article's inviters asked for."""
    # "…期间" right after the trigger, or after the place visited ("访问意大利期间")
    return _FRAME_AFTER_VISIT.match(text, trig_end) is not None and _A_YEAR.search(text, start, trig_start) is not None


# "期间" closing a visit's aside, right after the trigger or after the place it names
_FRAME_AFTER_VISIT = re.compile(r"[^,，。;；、的]{0,12}?期间")


def _article_inviters(ctx: _Context, hit: _Hit) -> list[Mention]:
    """The inviter a main article names for its visit in a later sentence: a visit first told
    as ``正对中国进行正式访问的阮富仲`` is to the one ``此访是应…的邀请进行的`` names."""
    if hit.sentence.section == "main":
        spans = list(ctx.doc.body)
    elif hit.sentence.teaser is not None and hit.sentence.teaser < len(ctx.doc.teasers):
        # a teaser's summary: "…圆满结束对越南进行的正式访问。…此次访越是应越南国家主席X邀请进行的。"
        spans = [ctx.doc.teasers[hit.sentence.teaser].span]
    else:
        return []
    named: list[list[Mention]] = []
    for sp in spans:
        inv = (
            (_INVITED_VISIT.search(ctx.text, sp.start, sp.end) or _INVITED_VISIT_BARE.search(ctx.text, sp.start, sp.end))
            if hit.sentence.section == "main"
            else None
        ) or _INVITED_THIS_VISIT.search(ctx.text, sp.start, sp.end)
        if inv is not None and not _PAST_VISIT.search(ctx.text, sp.start, inv.start()):
            found = _slot(list(ctx.participants(inv.start(1), inv.end(1), asides=True)))
            if any(m.kind == "person" for m in found):
                return found  # "应阮富仲总书记的邀请" over "应越共中央总书记的邀请"
            if found:
                named.append(found)
    return named[0] if named else []


_SHORT_NAMES = {"VNM": "越南", "CHN": "中国"}
# "向越提供…援助": a one-character form of the receiving country right after 向
# "A是对越南提供无偿援助最多的国家", "A对越南提供了…援助": 对 names the side given to when the verb
# follows it at once (not "对…所提供的援助表示感谢" or "对X提供的援助", the aid thanked for or told of,
# nor a long topic after 对)
_GIVEN_TO_DUI = re.compile(r"(?<=[\u4e00-\u9fff])对(?=[^,，。;；对向为的所]{1,12}?(?:无偿|免费)?(?:提供|捐赠|捐助)(?!的))")
_SHORT_RECIPIENT = re.compile(r"向(越|华)()(?=(?:无偿)?(?:提供|捐赠|捐助|援助|赠送|移交|转交|援建))")


# "越南语专业师生", "汉语教学": a country's language as a subject taught or studied
_LANGUAGE_TAUGHT = re.compile(r"语(?:言)?(?:专业|系|教学|课程|学习|班|教师|老师|学生|师生|培训|中心)")
# "会见赴越出席…纪念活动的X": the trip describes the guest (的 before the clause ends), no visit told
_DESCRIBED_TRIP = re.compile(r"[^,，。;；]{0,60}?的")


def _short_country(short: re.Match[str] | None) -> str | None:
    """The country a one-character form names (``来越``, ``访华``)."""
    if short is None:
        return None
    return _one_char_country(next((g for g in short.groups() if g), ""))


def _one_char_country(one: str) -> str | None:
    # 华 (China in 来华, 访华, 赴华) is no short form of the country table, where 中 is
    return lexicon().short_forms.get(one) or ("CHN" if one == "华" else None)


# "前来越南拜年的老挝党政代表团": a delegation come to a named country to bring greetings visits it
_COMING_TO_GREET = re.compile(r"前来[^,，。;；]{2,8}?(?:拜年|祝贺|吊唁|慰问)")
_VERB_AFTER_VISITOR = re.compile(r"在|同|与(?!会)|跟|向|出席|举行|会见|会晤|拜会|表示")
# "出席X同志国葬": the dead leader is whom the funeral honours, not the side the mourner visits
# "…在新加坡出席": a place right before the verb that ends the run up to the trigger
_HELD_IN_BEFORE = re.compile(r"在([^,，。;；在]{2,12})(?=出席)")

_FUNERAL_OF = re.compile(r"(?:同志|先生|女士)?的?(?:国葬|葬礼|追悼|遗体)")


def _inviters_of_another_leg(ctx: _Context, hit: _Hit, place: tuple | None, inviters: list[Mention]) -> bool:
    """``应意大利总统A邀请,X对意大利进行国事访问,并于7月27日访问梵蒂冈``: the inviters are the hosts
    of a leg told before this one in the sentence (对 their country), not of this leg's place."""
    if place is None or not place[2] or not inviters or not all(m.country for m in inviters):
        return False
    theirs = {m.country for m in inviters}
    if place[2] in theirs:
        return False
    lo = max(m.span.end for m in inviters)
    if lo >= hit.span.start:
        return False
    return any(
        g[2].kind == "country" and g[2].country in theirs and ctx.text[max(lo, g[0] - 1) : g[0]] == "对"
        for g in geo_in(ctx.text, lo, hit.span.start)
    )


def _inviters_of_place(inviters: list[Mention], place: tuple | None) -> list[Mention]:
    """``应匈牙利总理A和罗马尼亚总理B的邀请,…先后对匈牙利和罗马尼亚进行正式访问``: each leg's
    host is the inviter of the country visited, when the inviters come from several countries."""
    iso = place[2] if place is not None else None
    entry = place[3] if place is not None else None
    stateless = [m for m in inviters if m.country is None]
    if not iso and getattr(entry, "sector", None) == "IGO" and len(stateless) == 1 and len(inviters) > 1:
        # "应菲律宾总统A和东盟秘书长B的邀请,…对菲律宾进行国事访问并对东盟秘书处进行正式访问": the
        # international body's leg is hosted by the one inviter of no country, its head
        return stateless
    if not iso and getattr(entry, "sector", None) == "IGO" and len(stateless) > 1 and place is not None:
        # "应议联主席A、欧洲议会议长B和芬兰议长C的邀请,…前往奥地利出席…大会,对欧洲议会进行工作访问":
        # of several inviters of no country, the body's leg is hosted by the one whose office is its head
        heads = [m for m in stateless if any(place[0] in o.title for o in m.offices if o.title)]
        if len(heads) == 1:
            return heads
    if not iso or len({m.country for m in inviters}) < 2:
        return inviters
    own = [m for m in inviters if m.country == iso]
    return own or inviters


_COLON = re.compile(r"[:：]")
# "A(在万象)与俄罗斯总理B": the partner after 与/和/同 with his office, no verb or 的 between
_WITH_OFFICE = re.compile(r"\s*(?:在[^,，。;；与和同的]{1,12}?)?[与和同][^,，。;；与和同在的]{0,30}")
# "A8月30日上午会见了中国X市市长B": a meeting verb and the office of the one met between the two
_MET_OFFICE = re.compile(r"[^,，。;；与和同]{0,16}?(?:会见|会晤|接见)(?:了)?[^,，。;；与和同]{0,30}")
# "…举行会谈,并共同主持": what stands between the first verb's object and a joint second verb
_JOINTLY_NEXT = re.compile(r"[^,，。;；]{0,12}?[,，]?\s*(?:并|还|随后)")
# "对挪威王国和瑞典王国进行正式访问": a second country joined to the destination
_JOINED_PLACE = re.compile(r"(?:和|与|及|、)")


def _joint_destination(ctx: _Context, hit: _Hit, place: tuple | None, inviters: list[Mention]) -> bool:
    """``应挪威首相A和瑞典首相B的邀请,…对挪威和瑞典进行正式访问``: one visit to both countries
    (no ``先后``, which tells legs reported one by one), so every inviter is a host."""
    if place is None or not place[2] or "先后" in ctx.text[hit.clause.start : hit.span.start]:
        return False
    countries = {m.country for m in inviters}
    joined = _JOINED_PLACE.match(ctx.text, place[1].end)
    if len(countries) < 2 or joined is None:
        return False
    geos = geo_in(ctx.text, joined.end(), min(hit.span.start, joined.end() + 12))
    return bool(geos) and geos[0][0] == joined.end() and geos[0][2].country in countries - {place[2]}


# "对尤卡坦州进行工作访问": a place whose name ends on its kind, right before 进行 (or 的…访问)
_UNLISTED_PLACE = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?(?:州|省|大区|市|(?<!政)府))(?=进行|的[^,，。;；]{0,8}?访问)")
def _country_right_after(ctx: _Context, hit: _Hit, pos: int) -> list[Mention]:
    """The country named right at ``pos`` (``向古巴高层领导…``, its leaders unnamed), as a side."""
    found = [g for g in geo_in(ctx.text, pos, pos + 12) if g[0] == pos and g[2].kind == "country"]
    if not found:
        return []
    gs, ge, g = found[0]
    return [
        Mention(
            Span(gs, ge, "country"), ctx.doc.text[gs:ge], "country", country=g.country,
            section=hit.sentence.section, teaser=hit.sentence.teaser,
        )
    ]


# "成为首位访问越南的巴西总理", "是首个访问该国的越南领导人": a description of the visitor
_FIRST_TO_VISIT = re.compile(r"(?:成为|是|为)(?:了)?(?:该国|越南|两国)?(?:首位|首个|第一位|第一个|唯一一位|唯一)[^,，。;；]{0,4}$")
_FIRST_TO_VISIT_AFTER = re.compile(r"[^,，。;；]{0,10}?的")
_LETTER_OF = re.compile(
    r"\s*(?:[(（][^()（）]{1,60}[)）])?的(?:亲笔)?(?:信件|信函|贺信|口信|亲笔信|书信|慰问信|慰问电|慰问函|贺电|贺函|唁电|唁信|唁函|信)"
)
# (or "访问法国等两国领导人互访": 等 closes the examples, the pair word after it sums them up)
_PAIR_LISTED = re.compile(r"\s*(?:以及|和|及|与|等)\s*")


# the purpose a visit is told with, after its trigger: "访问旨在…", "此访意在…", "目的是…";
# or what it means for a relationship: "访越对越南与欧盟关系具有特别意义", "为越法关系注入动力"
_VISIT_PURPOSE = re.compile(r"旨在|意在|目的是|以便|以期|(?:对|为)[^,，。;；]{1,30}?关系")


_INVITED_IN_SENTENCE = re.compile(r"应[^。;；]{2,120}?(?:邀请|之邀)")


def _visit_target(ctx: _Context, hit: _Hit, parts: list[Mention]) -> tuple[list[Mention], tuple | None]:
    """The visited side: the inviter (应…邀请), else the place or body after 对/访问/来."""
    text, sent = ctx.text, hit.sentence.span
    invs = list(
        re.finditer(
            r"(?<![相反供响答适理效呼])应(?!该|当|对|用|急|有|在|继续|加强)([^。;；]{2,120}?)(?:的)?(?:邀请|之邀|邀)",
            text[sent.start : sent.end],
        )
    )
    # "应A邀请,…对老挝进行工作访问,同时应B邀请,…对泰国进行正式访问": each leg's own inviter, the
    # nearest before its trigger (the first when none is before it)
    before_trigger = [m for m in invs if sent.start + m.end() <= hit.span.start]
    inv = before_trigger[-1] if before_trigger else (invs[0] if invs else None)
    inviters: list[Mention] = []
    if inv:
        s, e = sent.start + inv.start(1), sent.start + inv.end(1)
        invited_by = list(ctx.participants(s, e, asides=True))
        inviters = _slot(invited_by)
        if inviters and all(m.kind == "organisation" and not m.country for m in inviters):
            # "应巴勒斯坦、以色列与埃及各政党和外交部的邀请": a bare body of the countries listed
            inviters = [m for m in invited_by if m.kind == "country" and m.country] or inviters
        ctx.inviters.setdefault((hit.sentence.section, hit.sentence.teaser), inviters)
    section_inviters = (
        (ctx.inviters.get((hit.sentence.section, hit.sentence.teaser)) or _article_inviters(ctx, hit))
        if (
            not inviters
            and hit.trigger.mode == "visit"
            and hit.trigger.type == "CONSULT"
            and not _PAST_VISIT.search(text, hit.clause.start, hit.span.start)
            and not _RECALLED_LAST_YEAR.search(text, hit.clause.start, hit.span.start)
            and not _dated_visit_frame(text, hit.clause.start, hit.span.start, hit.span.end)
        )
        else []
    )
    place = None
    # "对越南进行", and "正在越南进行…访问的X", "前来越南进行…访问的X": where the visit is
    # (not the 对 of an office, ``中央对外部部长``, ``对外联络部``)
    # (not the 对 of an earlier visit of a list, ``A对越南进行访问,B2015年正式访问以色列``)
    before = [
        b
        for b in re.finditer(r"对(?!外)", text[hit.clause.start : hit.span.start])
        if "访问" not in text[hit.clause.start + b.end() : hit.span.start]
        # "对美国…的举动,其中包括…副总统X访问印尼": a 对 before a comma heads another phrase
        and not re.search(r"[,，]", text[hit.clause.start + b.end() : hit.span.start])
    ] or list(_DESTINATION_MARK.finditer(text[hit.clause.start : hit.span.start]))
    dest_start = hit.clause.start + before[-1].end() if before else hit.span.end
    # "来越进行正式访问并出席…会议": who or what comes after a second verb is not the visited side
    second = text.find("并", hit.span.end, hit.clause.end)
    went = re.match(r"(?:前往|前来|赴|到)", text[hit.span.start : hit.span.end])
    if went and not before:  # "赴河内出席…国葬": the place is inside the trigger, after 赴
        dest_start = hit.span.start + went.end()
    dest_end = min(hit.clause.end, dest_start + 30)
    colon = _COLON.search(text, hit.span.end, dest_end)
    if colon is not None:  # "国家主席X访华:越通社记者专访…": a title's topic label ends at its colon
        dest_end = colon.start()
    # "…的访问以及两国关系的升级": a side word (两国, 双方) after the trigger is no destination
    geos = [g for g in geo_in(text, dest_start, dest_end) if g[2].kind != "side"]
    held_in = _HELD_IN_BEFORE.search(text, hit.clause.start, hit.span.start + 2)
    if not before and not went and not geos and held_in and hit.trigger.type == "SUPPORT":
        # "在新加坡出席…国葬": the mourner went to the place named before the trigger
        geos = [g for g in geo_in(text, held_in.start(1), held_in.end(1))]
        dest_start = held_in.start(1)
    if (
        len(geos) > 1
        and text.startswith("驻", geos[0][1])
        and geos[1][0] == geos[0][1] + 1
        and geos[0][2].kind == "country"
    ):
        # "来到越南驻万象大使馆": a mission of one country sits in the other's city, not at home
        geos = geos[1:] if geos[1][2].kind != "country" else []
    if geos and geos[0][0] - dest_start <= 4 and not (second != -1 and dest_start <= second < geos[0][0]):
        run = [geos[0]]  # "中国广东省", "法国首都巴黎": the most specific place of a run
        for g in geos[1:]:
            if text[run[-1][1] : g[0]] in {"", "首都", "的"} and g[2].kind != "organisation":
                if text[run[-1][1] : g[0]] == "的" and g[2].kind == "country" and g[2].country != run[-1][2].country:
                    break  # "正在访问越南的乌克兰共产党代表团": the visitors' country, not a place in Viet Nam
                run.append(g)
        gs, ge, entry = run[-1]
        place = (ctx.doc.text[gs:ge], Span(gs, ge, "place"), entry.country, entry)
    if place is None and before and text.startswith("该国", dest_start) and len({m.country for m in inviters}) == 1:
        # "应老挝国家主席X的邀请,…对该国进行国事访问": the country of the one who invited
        iso = inviters[0].country
        if iso and (name := _country_name(iso)):
            place = (name, Span(dest_start, dest_start + 2, "place"), iso, None)
    if (
        place is None
        and before
        and not inviters
        and text.startswith("该国", dest_start)
        and _GUEST_ON_VISIT.match(text, dest_start - 1)
    ):
        # "韩国总统A会见了对该国进行正式访问的越南国家主席B": 该国 is the country of the host named
        # before the guest, when no inviter says whose country it is
        hosts = [m for m in ctx.participants(hit.sentence.start, dest_start - 1) if m.country]
        iso = hosts[-1].country if hosts else None
        if iso and (name := _country_name(iso)):
            place = (name, Span(dest_start, dest_start + 2, "place"), iso, None)
    unlisted = None
    if place is None and before and hit.trigger.mode == "visit":
        # "对尤卡坦州进行工作访问": a state, province or city the tables lack, named right after 对
        unlisted = _UNLISTED_PLACE.match(text, dest_start, hit.span.start + 2)
        if unlisted is not None and geo_in(text, unlisted.start(), unlisted.end()):
            unlisted = None
        if unlisted is not None:
            us, ue = unlisted.span(1)
            place = (ctx.doc.text[us:ue], Span(us, ue, "place"), None, None)
    # "赴华出席…纪念活动,并…": 赴 with a one-character country goes there too (not 赴越南…, 赴华盛顿,
    # the full name, nor "会见赴越出席…活动的X", a guest described by the trip he came on)
    short = re.search(
        r"来(越|华|柬|老|泰)|访(越|华|柬|老|泰|日|韩|俄|缅|菲|蒙|捷|德|法|英|匈|美(?!国)|古(?!巴)|意(?!大利)|荷(?!兰)|比(?!利时)|葡(?!萄牙)|希(?!腊)|保(?!加利亚)|奥(?!地利)|丹(?!麦)|芬(?!兰)|挪(?!威)|智(?!利)|墨(?!西哥)|孟(?!加拉)|埃(?!及)|朝(?!鲜)|澳(?!门|大利亚)|印(?!尼|度)|罗(?!马)|白(?!宫|俄罗斯)|波(?!黑|兰))"
        r"|赴(越|华|柬|老|泰)(?![南挝国埔盛])"
        # "赴美出席…领导人会议周": the one-character forms of other countries after 赴 too (not
        # 赴美国, 赴日本, 赴日内瓦, 赴德黑兰, 赴法兰克福, 赴蒙特利尔, 赴美洲: a full or another name)
        r"|赴(美|日|韩|俄|法|德|英|缅|菲|蒙)(?![国本内黑兰罗甸律古特得洲])"
        # "赴澳出席…", "赴印进行…": the other one-character forms only right before what the trip is for
        # (not 赴澳门, 赴墨尔本, 赴古城…: another name that begins with the character)
        r"|赴([澳印意古荷比葡希保奥丹芬挪智墨孟埃朝罗白波捷匈])(?=出席|参加|进行|开展|访问|考察|工作|[,，。])"
        r"|对(越|华|柬|老|泰)(?=进行)",  # "韩桑林2012年7月对越进行正式访问": 对 and the one-character form
        text[hit.clause.start : hit.span.end],
    )
    if short is not None and short.group().startswith("赴") and _DESCRIBED_TRIP.match(text, hit.span.end):
        short = None
    short_iso = _short_country(short)
    in_trigger = (
        short is not None and short.group().startswith("访") and hit.clause.start + short.start() >= hit.span.start
    )
    if (place is None or in_trigger) and short is not None and short_iso is not None:  # "来越进行正式访问": to Viet Nam
        # "特鲁多访越期间将两国关系提升…": the trigger names the destination, not 两国 after it
        s0 = hit.clause.start + short.start()
        place = (_SHORT_NAMES.get(short_iso) or _country_name(short_iso) or short.group(), Span(s0, s0 + 2, "place"), short_iso, None)
    called_on = [
        m
        for m in parts
        if m.kind == "person" and m.span.start >= hit.span.end and (second == -1 or m.span.start < second)
    ]
    if inviters and hit.trigger.mode == "meeting" and called_on:
        # "应万象市委书记X邀请对老挝进行工作访问期间,…礼节性拜访老挝国家主席Y": the one called on, not the inviter
        inviters = []
    if inviters:
        if (
            _ONE_LEG_EACH.search(text, hit.clause.start, hit.span.end)
            and len(inviters) > 1
            and None not in {m.country for m in inviters}
            and len({m.country for m in inviters}) == len(inviters)
        ):
            return inviters, place  # "应A国X和B国Y的邀请,…先后对A国和B国进行访问": each leg's host
        if _joint_destination(ctx, hit, place, inviters):
            return inviters, place
        if not _inviters_of_another_leg(ctx, hit, place, inviters):
            return _inviters_of_place(inviters, place), place
    described = text.startswith("的", hit.span.end)  # "…进行正式访问的中国外交部长王毅": the visitor's office
    # "X率领的代表团对老挝进行工作访问期间,于…拜访了A和B": the frame's trip; the ones called on after
    # it are the hosts of the calls told next, not of the trip
    framed = text.startswith("期间", hit.span.end) and hit.trigger.mode == "visit"
    # "…进行正式访问旨在…推动越波两国国会间…合作": what the visit is for names no host
    purpose = _VISIT_PURPOSE.search(text, hit.span.end, hit.clause.end)
    post = [
        m
        for m in parts
        if m.span.start >= hit.span.start
        and m.kind not in {"country", "place"}
        and (second == -1 or m.span.start < second)
        and (purpose is None or m.span.start < purpose.start())
        # "访问以色列以及双方部长级互访": 双方 listed after the place visited is no host
        and not (m.kind == "pair" and place is not None and _PAIR_LISTED.fullmatch(text, place[1].end, m.span.start))
        and not (described and m.span.start > hit.span.end)
        and not (framed and m.span.start > hit.span.end)
        and not _FUNERAL_OF.match(text, m.span.end)
        and not (m.kind != "person" and _TOURED_SITE.match(text, m.span.end))
        # "国家主席X访华:越通社记者专访…研究员Y": a title's topic label ends at its colon
        and not (m.span.start >= hit.span.end and _COLON.search(text, hit.span.end, m.span.start))
        # "A于1995年访越,其后B于1999年访越": the trigger names the country visited; who is named
        # after the comma that closes it acts in a clause of his own, no host
        and not (in_trigger and m.span.start >= hit.span.end and re.search(r"[,，]", text[hit.span.end : m.span.start]))
    ]
    if text.startswith("的", hit.span.end) and place is not None:
        # "正在对越南进行正式访问的X和Y出席仪式": X and Y, before any verb of their own, are the
        # visitor and his company, not the visited side (a partner after 同/在 may still be the host)
        post = [m for m in post if _VERB_AFTER_VISITOR.search(text, hit.span.end, m.span.start)]
    if short and not post:
        post = []
    elif (
        section_inviters
        and not post
        # "…对老挝进行工作访问 对泰国进行正式访问" (a title): the Thai host invited to the other leg only
        and not (
            place is not None
            and place[2]
            and all(m.country for m in section_inviters)
            and place[2] not in {m.country for m in section_inviters}
        )
    ):  # "抵达河内,开始对越南进行访问": the host who invited
        return _inviters_of_place(section_inviters, place), place
    if post:
        return _slot(post), place
    if place is not None and place[3] is not None:
        entry = place[3]
        kind = (
            "organisation"
            if entry.kind == "organisation"
            else "country"
            if entry.kind == "country"
            else "place"
        )
        legs = [Mention(place[1], place[0], kind, country=place[2], sector=entry.sector)]
        if kind == "country" or _ONE_LEG_EACH.search(text, hit.clause.start, hit.span.end):
            # "先后对智利和秘鲁进行正式访问": each country listed is a leg of its own; "对波兰、捷克和
            # 德国三国进行正式访问": one trip, every country listed visited
            end = place[1].end
            for gs, ge, g in geos:
                if gs < end or g.kind not in {"country", "place"} or not _LIST_JOINT.fullmatch(text, end, gs):
                    continue
                if g.country and g.country not in {m.country for m in legs}:
                    legs.append(Mention(Span(gs, ge, "place"), ctx.doc.text[gs:ge], "country" if g.kind == "country" else "place", country=g.country, sector=g.sector))
                end = ge
        return legs, place
    if unlisted is not None and place is not None and place[3] is None and not short:
        return [Mention(place[1], place[0], "place")], place
    if short is not None and short_iso is not None:
        s0 = hit.clause.start + short.start()
        name = _SHORT_NAMES.get(short_iso) or _country_name(short_iso) or short.group()
        return [Mention(Span(s0, s0 + 2, "country"), name, "country", country=short_iso)], place
    if post:
        return _slot(post), place
    if mourners := _mourners_here(ctx, hit):
        return mourners, place
    return [], place


# "…也率老挝党政高级代表团前来吊唁", "率…代表团出席吊唁仪式", "X在吊唁簿上留言": mourners who came name no place
_CAME_TO_MOURN_HERE = re.compile(r"前来(?:吊唁|悼念)|在吊唁簿(?:上)?(?:留言|题词|签名)|出席[^。;；,，]{0,30}?吊唁(?:仪式|活动)")


# "越南驻老挝大使馆为…黎德英举行吊唁仪式并设置吊唁簿": a mission that holds the mourning abroad
_HOLDS_MOURNING = re.compile(r"[^。;；]{0,40}?(?:举行|设置|设立|设)[^。;；]{0,12}?吊唁(?:仪式|簿)")
_MISSION_NAME = re.compile(r"(?:大使馆|总领事馆|领事馆|代表团|代表处|大使(?:官邸|私宅|寓所|府邸))$")


# "A代表越南政府向B表示慰问": 代表 on behalf of a side (not 人民代表大会, 代表团, 代表处: a body)
_BEHALF_OF_SIDE = re.compile(r"代表(?!大会|团|处)")


# "向灾区人民", "向遇难者家属", "向受灾民众": the victims of a disaster, no actor of their own
_VICTIMS = re.compile(r"(?:灾区|受灾|遇难者|罹难者|死难者|灾民|伤亡)")
# "给越南造成重大影响", "越南遭受今年第三号台风", "越南中部发生洪灾": the country a disaster struck
_STRUCK_AFTER = re.compile(r"[^,，。;；]{0,12}?(?:遭受|遭遇|受到|发生|造成|带来|受灾)")
_STRUCK_BEFORE = re.compile(r"(?:给|对)\s*$")


def _struck_country(ctx: _Context, hit: _Hit, feeling: list[Mention]) -> list[Mention]:
    """The country a disaster told before struck (``台风给越南造成…``): the nearest named so, in
    the same section, that is not the country of the one who feels for its people."""
    own = {m.country for m in feeling}
    found = [
        b
        for b in ctx.bodies
        if b.kind == "country"
        and b.country
        and b.country not in own
        and b.section == hit.sentence.section
        and b.span.end <= hit.span.start
        and (
            _STRUCK_AFTER.match(ctx.text, b.span.end)
            or _STRUCK_BEFORE.search(ctx.text, max(0, b.span.start - 3), b.span.start)
        )
    ]
    return [max(found, key=lambda b: b.span.start)] if found else []


def _mourners_here(ctx: _Context, hit: _Hit) -> list[Mention]:
    """A delegation come to mourn with no place named goes where the story is told: the mission
    told before as holding the mourning (``越南驻老挝大使馆为…举行吊唁仪式。…代表团前来悼念``),
    else the dateline city (``越通社河内——``), as ``赴河内出席…国葬`` names it."""
    if hit.trigger.type != "SUPPORT" or hit.sentence.section != "main":
        return []
    if not _CAME_TO_MOURN_HERE.fullmatch(ctx.text, hit.span.start, hit.span.end):
        return []
    return _mourning_holder(ctx, hit)


def _mourning_holder(ctx: _Context, hit: _Hit) -> list[Mention]:
    """Where a mourning told with no place is held: the mission told before as holding it, else
    the dateline city."""
    missions = [
        b
        for b in ctx.bodies
        if b.section == "main"
        and b.kind == "organisation"
        and hit.span.start - 600 <= b.span.end <= hit.span.start
        and _MISSION_NAME.search(b.name)
        and _HOLDS_MOURNING.match(ctx.text, b.span.end)
    ]
    if missions:
        return [max(missions, key=lambda b: b.span.start)]
    line = ctx.doc.dateline_place
    if line is None:
        return []
    geos = geo_in(ctx.text, line.start, line.end)
    if not geos:
        return []
    gs, ge, entry = geos[-1]
    return [Mention(Span(gs, ge, "place"), ctx.doc.text[gs:ge], "place", country=entry.country, sector=entry.sector)]


_NAMED_OCCASION_END = re.compile(r"(?:活动|仪式|典礼|庆典|纪念会|大会|会议|论坛)$")


# "…进行正式访问期间,": a trip frame closed by its comma, the sentence's subject after it
_FRAME_CLOSE = re.compile(r"(?:的)?(?:期间|之际)\s*[,，]\s*")
# "9月27日,越南外交部部长": a day told first, then the subject's office, before the subject's name
# (a chain of offices joined by 、 too: "越共中央政治局委员、中央书记处常务书记A")
_FRAME_SUBJECT_GAP = re.compile(
    _DAY_LEAD + r"[^,，。;；:：、“”\"(（]{0,24}(?:、[^,，。;；:：、“”\"(（]{2,24}){0,2}"
)


def _subject_after_trip_frame(ctx: _Context, hit: _Hit, start: int) -> list[Mention]:
    """The person a sentence goes on with after a subjectless trip frame (``在对该国进行正式访问期间,
    9月27日,A会见了B``): A, named right after the frame, a day and an office at most between."""
    first = next((m for m in ctx.persons if start <= m.span.start < hit.sentence.end), None)
    if first is None or first.kind != "person" or not _FRAME_SUBJECT_GAP.fullmatch(ctx.text, start, first.span.start):
        return []
    return [first]


def _relative_visitor(
    ctx: _Context, hit: _Hit, allow_persons_between: bool = False, plain: bool = False
) -> Mention | None:
    """``来越进行正式访问…的王毅``: the visitor is the person the relative clause ends on.

    With ``plain``, any object of the form ``<verb> [… 的] PERSON`` (``会见了正对越南进行访问的王毅``).
    """
    text = ctx.text
    de = text.find("的", hit.span.end, hit.clause.end)
    if de == -1 or re.search(r"[,，;；]", text[hit.span.end : de]):
        return None
    if _PLANNED.search(text, hit.span.end, de):
        return None  # "拜访即将对越南进行正式访问的X": X's visit is still to come; X is the one called on
    if (
        plain
        and not _ONGOING.search(text[hit.span.end : de])
        and not re.search(r"访问|出席|来越|来华", text[hit.span.end : de])
    ):
        return None
    between = [m for m in ctx.persons if hit.span.end <= m.span.start < de]
    if between and not (
        # "赴越出席奥洛夫·帕尔梅首相逝世30周年纪念活动的X": a person named inside what X came to attend
        re.search(r"(?:出席|参加)$", text[hit.span.start : hit.span.end])
        and _NAMED_OCCASION_END.search(text, between[-1].span.end, de)
    ):
        return None
    people = [m for m in ctx.persons if de < m.span.start <= de + 30 and m.span.end <= hit.clause.end]
    # "正在访问中国的越共中央总书记A特使B": B, the envoy, visits; A sent him and stays home
    people = [ctx.envoy_of(m) or m for m in people]
    if people and re.search(r"[,，;；。]", text[de : people[0].span.start]):
        return None  # "访问日本…的地区之一——千叶县,并会见了该县知事X": 的 describes the place, X is met
    if people and re.search(r"获|受到|被", text[de : people[0].span.start]):
        return None  # "X是出席…会议的首位领导人获Y会见": Y, after a passive's 获, receives X; he is no attendee
    return people[0] if people else None


def _joined_visitors(ctx: _Context, hit: _Hit, rel: Mention) -> list[Mention]:
    """``会见了前来出席…论坛的越南国防部长A和老挝国防部长B``: every person of the list the relative
    clause ends on came to attend (or visit), not the first one only."""
    out = [rel]
    text = ctx.text
    for m in ctx.persons:
        if m.span.start <= out[-1].span.end or m.span.end > hit.clause.end:
            continue
        gap = text[out[-1].span.end : m.span.start]
        gap = re.sub(r"^\s*[((][^()()]{0,60}[))]", "", gap)  # the Latin form of the one before
        if not re.fullmatch(r"\s*(?:和|及|以及|、|与)[^,，。;；和及与、]{0,30}?", gap):
            break
        out.append(m)
    return out


def _dated_past_visit(text: str, sent_start: int, start: int, trig: Trigger) -> bool:
    """``2016年9月,莫迪对越南进行正式访问期间,…``: a visit told as the time of something else
    is still a background event of its own when the text gives its year and month (the
    annotators code those); so is one with a full date (``2024年4月25日,X对越南进行正式访问期间,…``:
    the day of the visit is told). ``访问期间`` alone points back at the story's visit."""
    return trig.mode == "visit" and bool(
        any(not _HISTORY_DAY.match(text, m.start()) for m in _YEAR_MONTH.finditer(text, sent_start, start))
        or any(not _HISTORY_DAY.match(text, m.start()) for m in _FULL_DATE.finditer(text, sent_start, start))
        or _YEAR_JUST_BEFORE.search(text, sent_start, start)
        or _RECALLED_MONTH_JUST_BEFORE.search(text, sent_start, start)
    )




# "值此X圆满结束自5月9日至10日对柬埔寨进行正式友好访问之际,": the occasion of the story is a
# visit told with its days (also opened by 值 alone: "值X于6月4日至6日对Y进行国事访问之际"), which the annotators code (the year may come from elsewhere or stay unknown)
_OCCASION_WITH_DAYS = re.compile(
    r"(?:值此|适值|正值|(?<![价数产均比])值(?=[\u4e00-\u9fff]))[^。;；]{0,40}?\d{1,2}\s*月\s*" + _DAY_OR_SPAN + r"[^,，。;；\d]{0,30}$"
)


_OCCASION_VISIT_ASIDE = re.compile(
    r"(?:值此|适值|正值|(?<![价数产均比])值(?=[\u4e00-\u9fff]))[^。;；]{0,40}?" + _MONTH_DAY + r"[^,，。;；]{0,40}?访问之际"
)


def _occasion_visit_with_days(text: str, sent_start: int, m: re.Match[str], trig: Trigger) -> bool:
    return (
        trig.mode == "visit"
        and text.startswith("之际", m.end())
        and _OCCASION_WITH_DAYS.search(text, sent_start, m.start()) is not None
    )


# "普京在唁电中回忆说,去年11月他赴岘港出席…期间": last year's month, close before the verb, dates it too
_RECALLED_MONTH_JUST_BEFORE = re.compile(r"(?:去年|前年)\d{1,2}月[^,，。;；\d]{0,6}$")


# "2016年他访问越南期间,…": a year alone, close before the verb in the same clause, dates the visit too;
# so does one before the visitor's office chain written long (2013年某党中央委员会总书记X访问…期间,
# 2013年某党中央政治局委员、国会主席X访问…期间): the chain and the name, then the verb
_YEAR_JUST_BEFORE = re.compile(
    r"(?:19|20)\d{2}年(?:[^,，。;；\d]{0,12}"
    r"|[^,，。;；\d]{0,40}?(?:书记|主席|总理|总统|部长|首相|外长|议长|委员|大使|国王|元首)[^,，。;；\d、]{1,8})$"
)


_SINCE_DATED = re.compile(r"(?:自|从)\s*(?:[0-9]{4}|[一二三四五六七八九〇零]{4})年(?:[0-9]{1,2}月)?[^,，。;；]{0,12}$")


def _visit_since_month(text: str, clause_start: int, m: re.Match[str], trig: Trigger) -> bool:
    """``今年3月X对越南进行国事访问以来,…``: a past visit whose month the clause gives, told as
    the start of a stretch of time, is still a background visit (dated like ``2016年9月…访问期间``)."""
    return (
        trig.mode == "visit"
        and bool(re.match(r"[^,，。;；]{0,4}?以来", text[m.end() :]))
        and bool(
            _RELATIVE_MONTH.search(text, clause_start, m.start()) or _YEAR_MONTH.search(text, clause_start, m.start())
        )
    )


def _dated_since(text: str, clause_start: int, m: re.Match[str], trig: Trigger) -> bool:
    """``自2016年9月两国关系提升为全面战略伙伴关系以来,…``: a dated background fact (one the
    annotators code only with its year) told as the start of a stretch of time is still that fact."""
    return trig.dated and bool(_SINCE_DATED.search(text, clause_start, m.start())) and bool(
        re.match(r"[^,，。;；]{0,12}?以来", text[m.end() :])
    )


def _dated_background(ctx: _Context, hit: _Hit) -> bool:
    """The people of such a dated past visit take part, though they stand in a ``…期间`` aside."""
    zone = next((z for z in ctx.zones if z[0] <= hit.span.start < z[1]), None)
    # "2003年6月,在印尼总统X对越南进行访问之际,两国签署了…": 之际 frames a dated past visit as 期间 does
    if zone is None or not (ctx.text.startswith("期间", zone[1] - 2) or ctx.text.startswith("之际", zone[1] - 2)):
        return False
    return _dated_past_visit(ctx.text, hit.sentence.start, hit.span.start, hit.trigger)


# "两国元首", "两国总理": the pair names a rank, which picks the two among the people named
_PAIR_RANK = {
    "元首": "head_of_state",
    "总理": "head_of_government",
    "政府首脑": "head_of_government",
    "首相": "head_of_government",
    # "两党总书记举行会谈" during a visit at the invitation of the party chief and the president
    "总书记": "party_leader",
    # "两国外交部部长于…共同主持…会议" in an interview with an envoy about a prime minister's visit:
    # the two foreign ministers, never the prime minister and the envoy named last
    "外长": "foreign_minister",
    "外交部长": "foreign_minister",
    "外交部部长": "foreign_minister",
}
# ranks whose pair word names no one when neither side has a holder of that office named before it
# (the people last named hold other offices: "两国外交部部长" is not the premier and the envoy)
_STRICT_PAIR_RANKS = frozenset({"foreign_minister"})


def _recent_pair(ctx: _Context, before: int, section: str) -> tuple[list[Mention], list[Mention]] | None:
    """The last person named before ``before`` and the last one before him of another country,
    in the order the text names them: who ``两国元首`` stands for when no event paired them yet."""
    last: Mention | None = None
    for m in reversed(ctx.persons):
        if m.span.end > before or m.section != section or not m.country:
            continue
        if last is None:
            last = m
        elif m.country != last.country:
            return [m], [last]
    if last is None:
        # "A企业协会与B企业家协会联合举行视频会议。会议上,双方签署了…": no one named yet, the two
        # bodies of two countries named last are the sides
        return _last_two_sides(ctx, before, section, frozenset({"organisation"}))
    return None


_BODY_KINDS = frozenset({"organisation", "group", "place"})


def _last_two_sides(
    ctx: _Context, before: int, section: str, kinds: frozenset[str] = _BODY_KINDS
) -> tuple[list[Mention], list[Mention]] | None:
    """The last body (organisation, group or place) named before ``before`` and the last one before
    it of another country, in the order the text names them (``A省代表团同B省代表团举行会谈。…双方签署…``)."""
    last: Mention | None = None
    for m in reversed(ctx.bodies):
        if m.span.end > before or m.section != section or not m.country or m.kind not in kinds:
            continue
        if last is None:
            last = m
        elif m.country != last.country:
            return [m], [last]
    return None


# "会见了前来出席", "接见了来越参加": the one who meets is the host, those who came to attend are his guests
_GUESTS_UNNAMED = re.compile(
    r"(?:会见|会晤|接见|欢迎)(?:了)?(?:(?:前来|来越|来华|赴越|回国|专程前来)[^,，。;；的]{0,6}|(?:正在[^,，。;；的]{1,6})?)$"
)  # "会见出席香山论坛的外国防长" (a headline): the guests attend, not the host


def _paragraph_pair(ctx: _Context, hit: _Hit, pair: Mention) -> tuple[list[Mention], list[Mention]] | None:
    """``A在主席府为B举行隆重欢迎仪式。欢迎仪式结束后,两位领导人举行会谈``: the two people of two
    countries named from the welcome's sentence (in the pair word's paragraph or the one before)
    up to the pair word are the pair, whatever pair an earlier paragraph told (``此前,B于2月27日至
    28日同C举行…会晤`` as background)."""
    paras = [p for p in ctx.doc.body if p.start <= hit.sentence.start]
    if not paras:
        return None
    lo = paras[-2].start if len(paras) > 1 else paras[-1].start
    spans = [
        (start, end)
        for start, end in _sentence_spans(ctx.text, lo, pair.span.start)
        if _WELCOME.search(ctx.text, start, end)
    ]
    welcomes = [start for start, _end in spans]
    if not welcomes:
        return None
    lo_w, hi_w = spans[-1]
    named = {
        norm_name(m.name): (m.span.start, m)
        for m in ctx.persons
        if lo_w <= m.span.start and m.span.end <= hi_w and m.section == hit.sentence.section
    }
    for d in _WELCOMED_DELEGATION.finditer(ctx.text, lo_w, hi_w):
        # "A主持仪式,欢迎越南人民军高级军事代表团": the delegation's leader, named before
        leader, _at = ctx._leader_for(d.start(1), d.end(1))
        if leader is not None and leader.span.end <= lo_w:
            named.setdefault(norm_name(leader.name), (d.start(1), leader))
    recent = _recent_pair(ctx, pair.span.start, hit.sentence.section)
    if recent is not None and recent[0][0].span.start < welcomes[-1]:
        recent = None
    if len(named) == 2 and (recent is None or not {norm_name(m.name) for m in recent[0] + recent[1]} <= set(named)):
        # "A主持仪式欢迎B…,随后双方举行了会谈" (and "…。此外,C、D也分别会见了B。双方发表了联合声明"):
        # the host and the guest of the welcome, whatever their sides (a guest of no country too)
        (_h, host), (_g, guest) = sorted(named.values(), key=lambda pm: pm[0])
        return [host], [guest]
    if len(named) > 2 and recent is None and (welcomed := _welcome_sides(ctx, named)) is not None:
        ctx.welcomed[(hit.sentence.section, hit.sentence.teaser)] = welcomed[1]
        return welcomed
    return recent


def _welcome_sides(ctx: _Context, named: dict[str, tuple[int, Mention]]) -> tuple[list[Mention], list[Mention]] | None:
    """``A和B举行仪式,欢迎C…访澳。欢迎仪式结束后,双方举行会谈``: two hosts of one country (the two
    speakers) welcome a guest of another; each side is everyone of its country the welcome names,
    the hosts before 欢迎, the guests after it (in the order the text names them)."""
    ordered = [m for _at, m in sorted(named.values(), key=lambda pm: pm[0])]
    countries = [m.country for m in ordered]
    cut = next((i for i in range(1, len(ordered)) if countries[i] != countries[0]), None)
    if (
        cut is None
        or None in countries
        or len(set(countries[cut:])) != 1
        or not _WELCOME_VERB.search(ctx.text, ordered[cut - 1].span.end, ordered[cut].span.start)
    ):
        return None
    return ordered[:cut], ordered[cut:]


def _welcome_named(ctx: _Context, hit: _Hit, pair: Mention) -> dict[str, tuple[int, Mention]]:
    """The people the last welcome sentence before the pair word names (in its paragraph or the one before)."""
    paras = [p for p in ctx.doc.body if p.start <= hit.sentence.start]
    if not paras:
        return {}
    lo = paras[-2].start if len(paras) > 1 else paras[-1].start
    spans = [(a, b) for a, b in _sentence_spans(ctx.text, lo, pair.span.start) if _HELD_WELCOME.search(ctx.text, a, b)]
    if not spans:
        return {}
    lo_w, hi_w = spans[-1]
    return {
        norm_name(m.name): (m.span.start, m)
        for m in ctx.persons
        if lo_w <= m.span.start and m.span.end <= hi_w and m.section == hit.sentence.section
    }


_WELCOME_VERB = re.compile(r"欢迎")


# "欢迎越南人民军高级军事代表团": the delegation a welcome greets
_WELCOMED_DELEGATION = re.compile(r"欢迎\s*([^,，。;；、和与同及]{2,30}?(?:代表团|一行))")


def _sentence_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences between ``lo`` and ``hi`` (the last one cut at ``hi``), split on their ends."""
    spans, start = [], lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, hi))
    return spans


# "阮富仲在主席府为金正恩举行隆重欢迎仪式", "阮富仲主持隆重仪式,欢迎金正恩": the sentence of the
# welcome the pair's talks follow
# (bounded gaps, one sentence at a time: unbounded lazy gaps from every start were cubic on long
# sentences without a full stop)
_WELCOME = re.compile(
    r"为[^。;；!?！？\n]{0,80}?举行[^。;；!?！？\n]{0,40}?欢迎仪式|主持[^。;；!?！？\n]{0,40}?仪式[,，]?\s*欢迎"
)
# "A和B在首都堪培拉举行仪式,欢迎C": a ceremony held to welcome, like one chaired
_HELD_WELCOME = re.compile(_WELCOME.pattern + r"|举行[^。;；!?！？\n]{0,40}?仪式[,，]?\s*欢迎")
_SENTENCE_END = re.compile(r"[。;；!?！？\n]")


def _pair_by_rank(
    ctx: _Context, pair: Mention, first: list[Mention], second: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """``两国元首举行会谈`` after ``应越共中央总书记阮富仲的邀请,普京…``: the heads of state of
    the two sides last named, not whoever was named last (the party chief who invited)."""
    rank = next((k for w, k in _PAIR_RANK.items() if pair.name.endswith(w)), None)
    if rank is None:
        return first, second
    out = []
    parts = {(m.section, m.teaser) for m in first + second}
    for side in (first, second):
        home = {m.country for m in side if m.country}
        holders = [
            m
            for m in ctx.persons
            if m.span.end <= pair.span.start
            and m.country in home
            and any(o.kind == rank for o in m.offices)
            # a teaser's pair names its own story's leaders, never the main article's or another
            # teaser's: the holders stand in the part of the page the pair's sides were read from
            and (m.section, m.teaser) in parts
        ]
        if not holders and rank in _STRICT_PAIR_RANKS and side and all(
            m.kind == "person" and m.offices and not any(o.kind == rank for o in m.offices) for m in side
        ):
            return [], []  # the people named hold other offices: the ministers meant are not named
        out.append(holders[-1:] or side)
    return out[0], out[1]


# "古巴新任驻越南大使": the envoy of the country named before 驻
_ENVOY_AFTER = re.compile(r"\s*(?:的)?(?:新任|候任)?驻[^,，。;；、和及与]{1,10}?(?:特命全权)?大使")
_LIST_JOIN = re.compile(r"\s*[、和及与]\s*")


def _envoy_countries(text: str, parts: list[Mention]) -> list[Mention]:
    """``俄罗斯、法国和古巴新任驻越南大使``: several countries listed before one envoy phrase are
    several ambassadors, each acting for his country (empty unless two or more are listed)."""
    countries = [m for m in parts if m.kind == "country"]
    for i in range(len(countries) - 1, -1, -1):
        if _ENVOY_AFTER.match(text, countries[i].span.end):
            listed = [countries[i]]
            for prev in reversed(countries[:i]):
                if not _LIST_JOIN.fullmatch(text, prev.span.end, listed[0].span.start):
                    break
                listed.insert(0, prev)
            return listed if len(listed) > 1 else []
    return []


# "接受A国驻越南大使X、B国驻越南大使Y和C国驻越南大使Z递交国书": the envoys listed before the letters
_LISTED_ENVOY_GAP = re.compile(r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*(?:、|和|及|以及|与)[^,，。;；、]{0,24}$")


def _named_envoys(text: str, trig: Span, people: list[Mention]) -> list[Mention]:
    """Several named ambassadors presenting their credentials in one sentence, each one a call of his
    own (empty unless two or more are listed before ``递交国书``)."""
    if "国书" not in text[trig.start : trig.end]:
        return []
    return _listed_envoys(text, [m for m in people if trig.start <= m.span.start and m.span.end <= trig.end])


def _listed_envoys(text: str, people: list[Mention]) -> list[Mention]:
    """The people listed one after the other from the first (``X(Latin)、…Y和…Z``), two or more."""
    listed = people[:1]
    for prev, m in pairwise(people):
        if m.kind != "person" or not _LISTED_ENVOY_GAP.match(text, prev.span.end, m.span.start):
            break
        listed.append(m)
    return listed if len(listed) > 1 else []


def _pair_word_sides(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]]:
    """``越日两国关系提升为…`` in a teaser: the two countries its pair word names, in that order
    (a teaser is about its own story, not the main article's two countries)."""
    from dyad.extraction.lexicon import lexicon

    lex = lexicon()
    named = _named_pair_before(ctx, hit)
    if named is not None:
        return named
    if lex.short_pair is None:
        return [], []
    m = next(iter(lex.short_pair.finditer(ctx.text, hit.clause.start, hit.span.start)), None)
    sides = ctx.countries_named((hit.sentence.section, hit.sentence.teaser))
    isos = [_short_side(ch, sides) for ch in m.group()] if m else []
    if len(isos) != 2 or None in isos or isos[0] == isos[1]:
        return [], []
    names = {}
    for name, iso in lex.country_names.items():
        names.setdefault(iso, name)  # the table's standard name comes first

    def side(i: int) -> list[Mention]:
        iso = isos[i]
        span = Span(m.start() + i, m.start() + i + 1, "country")
        return [Mention(span, names.get(iso, iso), "country", country=iso, section="related", teaser=hit.sentence.teaser)]

    return side(0), side(1)


def _named_pair_before(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]] | None:
    """``越南与哈萨克斯坦关系提升为…`` in a teaser: the two countries written out, joined by 与/和/同,
    right before the trigger (``两国`` may follow them), in that order."""
    text = ctx.text
    parts = [
        m
        for m in ctx.participants(hit.clause.start, hit.span.start)
        if m.kind == "country" and m.country and m.span.end <= hit.span.start
    ]
    if len(parts) != 2 or parts[0].country == parts[1].country:
        return None
    a, b = parts
    if not re.fullmatch(r"\s*[与和同]\s*", text[a.span.end : b.span.start]):
        return None
    if not re.fullmatch(r"\s*(?:两国)?\s*", text[b.span.end : hit.span.start]):
        return None
    return [a], [b]


# "…访问白俄罗斯表示热烈欢迎": the visit told as what is welcomed
_WELCOME_AFTER = re.compile(r"[^,，。;；]{0,16}?表示(?:热烈|衷心|诚挚|热情)?(?:的)?欢迎")
# "对X代表团访问越南,落实…表示欢迎": the visit's purpose in one more clause, then the welcome
_WELCOME_NEXT_CLAUSE = re.compile(
    r"[^\s,，。;；]{1,12}[,，][^,，。;；]{1,30}?表示(?:热烈|衷心|诚挚|热情)?(?:的)?欢迎"
)
# "对越南进行访问": 对 names the destination of a visit told with 进行
_CARRY_OUT_BEFORE = re.compile(r"进行(?:了)?(?:国事|正式|工作|友好|官方|礼节性)?(?:友好)?$")


# "关于X反对Y…等问题,", "回答记者有关X谴责Y一事的提问时": the topic a question is about
_TOPIC_OPEN = re.compile(r"(?:关于|有关)[^,，。;；:：“”]*$")
_TOPIC_CLOSE = re.compile(r"[^,，。;；:：“”]*?(?:问题|一事|事宜|的提问|提问)")


def _asked_about(text: str, trig: Span) -> bool:
    """True when a protest or demand is only the topic of a question put to the speaker."""
    return bool(_TOPIC_OPEN.search(text, max(0, trig.start - 60), trig.start)) and bool(
        _TOPIC_CLOSE.match(text, trig.end, trig.end + 80)
    )


def _other_countries(a: list[Mention], b: list[Mention]) -> bool:
    """True when both sides name their countries and no country is shared."""
    ca, cb = {m.country for m in a if m.country}, {m.country for m in b if m.country}
    return bool(ca) and bool(cb) and not ca & cb


def _in_quoted_words(ctx: _Context, trig: Span) -> bool:
    """True when the trigger stands inside a quotation that is speech (``指出:“…。…”``): one after
    a colon or holding a full stop, not a name or a theme in quotes."""
    for a, b in ctx.zones:
        if a <= trig.start < b and ctx.text[a] == "“":
            return bool(re.search(r"[:：]\s*$", ctx.text[max(0, a - 3) : a])) or "。" in ctx.text[a:b]
    return False


def _spokesperson_before(ctx: _Context, hit: _Hit, side: list[Mention]) -> list[Mention]:
    """``发言人X在记者会上表示,…。越方要求中方…``: a demand or protest told by a side word (越方,
    越南) after its spokesperson spoke is the spokesperson's, the person who voiced it."""
    if side and side[0].kind == "person":
        return []
    if hit.sentence.section == "related" and hit.sentence.teaser is not None:
        lo = ctx.doc.teasers[hit.sentence.teaser].span.start
    else:
        lo = next((p.start for p in ctx.doc.body if p.start <= hit.sentence.start < p.end), hit.sentence.start)
    country = side[0].country if side else None

    def spokespeople(start: int, end: int) -> list[Mention]:
        return [
            m
            for m in ctx.participants(start, end)
            if m.kind == "person"
            and any("发言人" in o.title for o in m.offices)
            and (country is None or m.country in {None, country})
        ]

    spokes = spokespeople(lo, hit.sentence.start)
    if spokes or hit.sentence.section != "main" or not side or side[0].kind != "country":
        return spokes[-1:]
    # "越南坚决反对…" in the title, the lead or a paragraph of its own: the one spokesperson the
    # article names (before or after) voiced it, as the annotators code the whole statement
    ends = [sp.end for sp in (ctx.doc.title, ctx.doc.lead, *ctx.doc.body) if sp is not None]
    named = spokespeople(0, max(ends)) if ends else []
    return named[:1] if len({m.name for m in named}) == 1 else []


# "由韩国政府通过KOICA提供": the giver named after 由 in a clause telling who funded something
_GIVEN_BY = re.compile(r"(?<![自经])由[^,，。;；由]{1,24}?(?:通过[^,，。;；]{1,16}?)?(?=(?:无偿)?(?:提供|资助|援建|出资|捐赠|捐助|赠送))")
_SAID_BEFORE_RECEIPT = re.compile(r"(?:表示|指出|强调|透露|介绍|称|说)\s*[,，:：]")
# "X的飞机将日本捐赠越南的疫苗运抵…": a gift told in a relative clause before 的 is given by the
# side named right before the verb, not by the sentence's subject
_GIFT_RELATIVE = re.compile(r"(?:捐赠|捐助|赠送)(?:给)?[^,，。;；的向]{0,8}?的")
# "移交了越南政府捐赠老挝…的物资": the side right after the hand-over verb gave the goods, to those after 捐赠
_OTHERS_GIFT = re.compile(r"(?:和人民|人民)?(?:所)?(?:无偿)?(?:捐赠|捐助|赠送|赠予|援助)(?:给)?")


# "在两国领导人的见证下,A与B签署了…": the witnesses watch; the signers named after them sign
_WITNESSED_BY = re.compile(r"在([^。;；,，在]{1,40}?)的?(?:共同)?见证下\s*[,，]?")


def _without_witnesses(text: str, sent_start: int, trig: Span, parts: list[Mention]) -> list[Mention]:
    """Drop the people of a ``在…的见证下`` phrase before a signing verb when others, named after
    the phrase, are there to sign (``在阮春福总理的见证下,陈俊英…签署``)."""
    last = None
    for m in _WITNESSED_BY.finditer(text, sent_start, trig.end):  # the trigger may start at 见证下
        last = m
    if last is None or re.search(r"[。;；]", text[last.end() : trig.end]):
        return parts
    signers = [
        m
        for m in parts
        if (last.end() <= m.span.start or m.span.end <= last.start())
        and sent_start <= m.span.start
        and m.span.end <= trig.end
        and m.kind in {"person", "organisation"}
    ]  # "…的共同见证下,两国各部门和地方交换了…": no one named signs, the witnesses stay the sides;
    # "A与B在C的见证下签署了…": A and B, named before the phrase, sign
    if not signers:
        return parts
    return [m for m in parts if not (last.start() <= m.span.start and m.span.end <= last.end())]


def _witnesses_only(text: str, trig: Span, parts: list[Mention]) -> list[Mention]:
    """``A和B见证了X与Y…的签署``: the two leaders who witness are the sides (as ``两国总理见证了…``);
    the bodies whose documents they watch being signed, inside the trigger, are not."""
    if not text.startswith("见证", trig.start) or text.startswith("见证下", trig.start):
        return parts
    before = [m for m in parts if m.span.end <= trig.start]
    if sum(m.kind == "person" for m in before) < 2:
        return parts
    return before


_ON_BEHALF = re.compile(r"代表[^,，。;；、]{1,16}?[,，]")


def _represented_sides(
    text: str, clause: Span, trig: Span, parts: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """``A代表越南政府,B和C代表欧盟签署了…``: each side is who signs on its behalf, split at the
    comma after the first ``代表…``."""
    cut = _ON_BEHALF.search(text, clause.start, trig.start)
    if cut is None or not re.search(r"代表[^,，。;；]{1,16}?$", text[cut.end() : trig.start]):
        return None
    first = [m for m in parts if m.kind == "person" and m.span.end <= cut.start()]
    second = [m for m in parts if m.kind == "person" and cut.end() <= m.span.start and m.span.end <= trig.start]
    if not first or not second:
        return None
    return _slot(first), _slot(second)


def _witnessed_signers(
    text: str, clause: Span, trig: Span, parts: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The signers of a signing told after ``在…的见证下``: the trigger ``见证下,…签署`` holds them,
    so they are read before its last signing verb, split by ``代表…,`` or by 与/同/和."""
    verb = trig
    if text.startswith("见证下", trig.start):
        last = None
        for m in re.finditer(r"签署|签订|交换|交接|签字", text[trig.start : trig.end]):
            last = m
        if last is None:
            return None
        verb = Span(trig.start + last.start(), trig.end, trig.label)
        signers = [m for m in parts if trig.start <= m.span.start and m.span.end <= verb.start]
        if not any(m.kind in {"person", "organisation"} for m in signers):
            return None
        parts = signers
    sides = _represented_sides(text, clause, verb, parts)
    if sides is not None or verb is trig:
        return sides
    a, b = _split_with(text, Span(trig.start, clause.end, clause.label), verb, parts)
    return (_slot(a), _slot(b)) if a and b else None


# "莫斯科时间5月21日", "美国时间2月18日", "北京时间10日": a place whose clock tells the day, as 当地时间
# does (a bare 时间 with the day right after it)
_LOCAL_TIME_AFTER = re.compile(
    r"\s*[)）]?\s*(?:[(（][^()（）]{1,8}[)）])?\s*(?:当地时间|时间(?=\s*[0-9０-９一二三四五六七八九十]))"
)
# "第31届东盟峰会:", "越共十四大:": a headline's topic label, up to a colon early in the sentence
_SPEAKER_QUOTES = re.compile(r"(?:表示|指出|强调|说|称|介绍|宣布)\s*(?:[:：]\s*[“「]?|[,，])")
_TOPIC_LABEL = re.compile(r"\s*[^,，。;；:：“”\n]{2,20}?(?<!表示)(?<!指出)(?<!强调)(?<!说)[:：](?!\d)")


# "…之际,双方发表了联合声明", "…期间,双方签署了…": the two sides, the clause's whole subject
_BOTH_SIDES = re.compile(r"(?:^|[,，])\s*(?:双方|两国领导(?:人)?)(?:(?:于|在)[^,，。;；]{1,12}?)?(?:还|也|已|共同|正式)?$")
# "在X对印尼进行国事访问之际,", "X对越南进行访问期间,": a visit framing the sentence's next clause
# ("X对越南进行国事访问,趁此之际,双方签署了…": the occasion told as a clause of its own after the visit)
_FRAMING_VISIT = re.compile(
    r"对([^,，。;；对]{1,16}?)进行[^,，。;；]{0,6}?访问"
    r"(?:期间|之际|时|[,，]\s*(?:趁此之际|借此之际|趁此机会|借此机会|在此期间|访问期间|其间))[,，]"
)
# "王廷惠访乌期间,双方签署了…": a visit told with the short name of the country visited
_FRAMING_SHORT_VISIT = re.compile(r"访([\u4e00-\u9fff])(?:期间|之际)[,，]\s*双方")


# "2013年6月,", "2003年,": a sentence opened by a past year or month with no day, background
# "双方于2015年…", "双方已于2016年5月…": a sentence opened by the two sides and a past year (no day)
_BOTH_SIDES_IN_PAST_YEAR = re.compile(
    r"\s*(?:此外|同时|另外)?[,，]?\s*(?:双方|两国)(?:已|曾|还)?(?:于|在)(?:19|20)\d{2}年(?:\d{1,2}月(?!\d{1,2}日)|(?!\d{1,2}月))"
)
_PAST_MONTH_OPENER = re.compile(r"\s*(?:19|20)\d{2}年(?:\d{1,2}月(?!\d{1,2}日)|(?=[,，]))")


# "分别会见了B、C": meetings listed one after another, after the sentence's main talks
_SEVERALLY = re.compile(r"分别[^,，。;；]{0,40}$")


def _dated_visit_sides(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]] | None:
    """The visitor and the country visited of a background visit dated by its year and month that
    frames the agreement's clause in the same sentence: the sides of what they agreed there."""
    text = ctx.text
    frame = None
    for m in _FRAMING_VISIT.finditer(text, hit.sentence.start, hit.span.start):
        frame = m
    if frame is None:
        return _short_visit_sides(ctx, hit)
    if not (
        _YEAR_MONTH.search(text, hit.sentence.start, frame.start())
        or _FULL_DATE.search(text, hit.sentence.start, frame.start())
    ):
        return None
    lo = max(text.rfind(ch, hit.sentence.start, frame.start()) for ch in ",，") + 1
    lo = max(lo, hit.sentence.start)
    visitors = [m for m in ctx.persons if lo <= m.span.start and m.span.end <= frame.start()]
    visited = [
        m
        for m in ctx.bodies
        if m.kind == "country" and frame.start(1) <= m.span.start and m.span.end <= frame.end(1)
    ]
    if not visitors or not visited:
        return None
    return _slot(visitors[-1:]), _slot(visited[:1])
def _short_visit_sides(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]] | None:
    """``对越南已同…建立外交关系表示高兴并强调,王廷惠访乌期间,双方签署了…``: the visitor named right
    before ``访乌期间`` and the country its short name stands for sign, not the one who tells it."""
    from dyad.extraction.lexicon import lexicon

    text = ctx.text
    frame = None
    for m in _FRAMING_SHORT_VISIT.finditer(text, hit.sentence.start, hit.span.start):
        frame = m
    if frame is None or "," in text[frame.end() : hit.span.start] or "，" in text[frame.end() : hit.span.start]:
        return None
    sides = {m.country for m in ctx.persons + ctx.bodies if m.section == "main" and m.country}
    iso = _short_side(frame.group(1), sides) if frame.group(1) in lexicon().short_forms else None
    visitors = [m for m in ctx.persons if m.span.end == frame.start() and hit.sentence.start <= m.span.start]
    if iso is None or not visitors or visitors[0].country == iso:
        return None
    name = _country_name(iso)
    span = Span(frame.start(1), frame.end(1), "country")
    return _slot(visitors), [Mention(span, name, "country", country=iso, section=hit.sentence.section, teaser=hit.sentence.teaser)]


# "礼节性拜会捷克外交部长X时双方讨论的…": 时 ends the meeting's object (not 比利时)
_WHEN_AFTER_OBJECT = re.compile(r"(?<!比利)时(?=[^,，。;；]{0,48}?的)")
# "A、B以及C等…的领导人": the connective before a list's last item (a person named before it is met too)
_LIST_ITEM_CUT = re.compile(r"以及|、(?=[^、]*等[^、,，。;；]{0,12}$)")
# "A(Latin)和", "A及": a named person closing a list item before the last one
_PERSON_THEN_AND = re.compile(r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*(?:和|及|与)")


_PAIR_WORDS = {"两国", "双方", "两党", "两国人民"}
# "双方会晤、…": a pair word that only qualifies the meeting noun right after it
_PAIR_OF_NOUN = re.compile(r"(?:会晤|会谈|会见)(?=[、,，。;；])")


# "将越南政府捐赠的防疫物资移交给": a handover whose recipients follow the trigger
_HANDED_OVER_TO = re.compile(r"将[^,，。;；]*(?:移交|交付|捐赠|赠送)给")
# "转交柬埔寨国王X给越共中央总书记Y的唁信": the letter's writer and its addressee, inside the trigger
_LETTER_OF_TO = re.compile(r"(?:转交|转达|递交)(?:了)?([^。;；,，给]{2,30}?)给([^。;；,，]{2,30}?)的(?:慰问信|慰问电|贺信|贺电|唁信|唁电)$")
# "B(AHA)提供的": the giver right before a relative gift verb, its abbreviation in brackets between
_GIVER_GAP = re.compile(r"\s*(?:[(（][A-Za-z0-9&.\s\-]{1,16}[)）])?\s*")
_TOOK_GIFTS = re.compile(r"(?:接受|接收|收到)(?:了)?")
_OF_GIFT = re.compile(r"(?:提供|捐赠|捐助|赠送|援助|转交|移交)的")


# "A获B授予的勋章": an award told in the passive, received by the person just named
_AWARD_RECEIVED = re.compile(r"(?:荣获|获得|获)")


_COMMA_ONLY = re.compile(r"[,，:：]")
_SIGNERS_RIGHT_BEFORE = re.compile(r"\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:已|还|也|正式|共同|分别)*")
# "A与柬埔寨首相B": the two people joined by 与/同/和, only the second one's office between
_JOINED_BY_WITH = re.compile(r"\s*(?:与|同|和)[^,，。;；与同和]{0,20}")


# "X瞻仰…并敬献花圈;分别与A、B举行会谈;分别会见C": acts listed after a semicolon, each with no subject
_SUBJECTLESS_ACT = re.compile(r"\s*(?:还|并|又|也|随后|分别)*(?:与|同|和|会见|会晤|拜会|接见)")
# (not 同日, a time: ";同日,A还会见了B" has its own subject)
_SUBJECTLESS_WITH = re.compile(
    r"\s*(?:还|并|又|也|随后|分别)*(?:与|同(?!一天|日(?=[,，\s]|上午|下午|中午|晚|早|傍晚|夜))|和)"
)


def _listed_acts_subject(ctx: _Context, hit: _Hit) -> list[Mention]:
    """The subject of a sentence whose acts are listed between semicolons: the person named before
    the first act of the sentence, when this act, after a semicolon, names no subject of its own."""
    text = ctx.text
    semi = max(text.rfind(";", hit.sentence.start, hit.clause.start + 1), text.rfind("；", hit.sentence.start, hit.clause.start + 1))
    if semi == -1 or not _SUBJECTLESS_ACT.match(text, semi + 1):
        return []
    first = min((i for i in (text.find(";", hit.sentence.start, semi + 1), text.find("；", hit.sentence.start, semi + 1)) if i != -1), default=semi)
    # the first named is the subject, and a person ("越南代表团分别与A…举行会谈;…": a delegation
    # leads, not A, the first person named after it)
    # (a country opening the person's office, 老挝国家主席X, is no subject of its own)
    named = [m for m in ctx.participants(hit.sentence.start, first) if m.kind not in {"pair", "country", "place"}][:2]
    if (
        len(named) == 2
        and named[0].kind == "organisation"
        and named[1].kind == "person"
        and re.fullmatch(r"[^,，。;；与同和跟]{0,20}", text[named[0].span.end : named[1].span.start])
    ):
        named = named[1:]  # "中共中央总书记、国家主席X": the body opens the person's office
    named = named[:1]
    if not named or named[0].kind != "person" or text.startswith("的", named[0].span.end):
        return []
    if re.search(r"[与同和跟]", text[hit.sentence.start : named[0].span.start]):
        return []  # "与A举行会谈" opening the sentence: A is a partner
    return named


def _roles(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]]:
    """Source and target for one trigger, by its role rule."""
    text, clause, trig = ctx.text, hit.clause, hit.span
    if hit.trigger.role == "both":  # "两国将双边关系提升为…": the story's two countries
        if hit.sentence.section == "related":  # a teaser's own pair word, not the main story's
            return _pair_word_sides(ctx, hit)
        return ctx.story_countries()
    if hit.trigger.type == "AGREE" and re.search(
        r"(?:^|[,，]|推动|促进|落实|利用|本着|根据|按照|依据|基于|符合|以)\s*(?:两党两国|两国)"
        # "符合两国2011年签署的备忘录": a bare past year between the pair and the verb, like 于…
        r"(?:(?:已|曾)?(?:于|在)[^,，。;；]{1,12}?|(?:已|曾)?(?:19|20)\d{2}年[^,，。;；]{0,8}?)?"
        # "两国于1962年9月5日正式建立外交关系,并于1977年7月18日签署《友好合作条约》": the same subject
        r"(?:(?:于|在)[^,，。;；]{1,24}?[,，]\s*(?:并|又|还|也|随后)(?:于|在)[^,，。;；]{1,12}?"
        # "两国2011年签署的备忘录和2015年签署的宣言": a second dated document of the same two
        r"|(?:签署|签订)[^,，。;；]{1,40}?(?:和|与|及|以及)(?:19|20)\d{2}年[^,，。;；]{0,8}?)?$",
        text[hit.clause.start : hit.span.start],
    ):  # "…访问期间,两党两国发表了联合声明": the two countries, not the people named before;
        # "推动两国在2015年签署的…协定框架内…": a background signing by the two countries too
        countries = ctx.story_countries()
        if countries[0]:
            return countries
    if hit.trigger.type == "AGREE" and _BOTH_SIDES.search(text, hit.clause.start, hit.span.start):
        framed = _dated_visit_sides(ctx, hit)
        if framed is not None:  # "2013年6月,在X对印尼进行国事访问之际,双方发表了联合声明": X and 印尼
            return framed
        if hit.sentence.section == "main" and _PAST_MONTH_OPENER.match(text, hit.sentence.start):
            countries = ctx.story_countries()  # "2013年6月,双方发表了…联合声明": a dated background
            if countries[0]:  # agreement of the two countries, not of the story's own people
                return countries
    if (
        hit.trigger.type == "AGREE"
        and hit.sentence.section == "main"
        and (opener := _BOTH_SIDES_IN_PAST_YEAR.match(text, hit.sentence.start, hit.span.start))
        and not any(m.kind == "person" and opener.end() <= m.span.start < hit.span.start for m in ctx.persons)
    ):
        # "双方于2015年成功举办第十次会议,并在20个领域签订协议": the sides of a past year, told by
        # the story's people, are the two countries, not the two who tell it
        countries = ctx.story_countries()
        if countries[0]:
            return countries
    key = (hit.sentence.section, hit.sentence.teaser)
    parts = ctx.participants(clause.start, clause.end, asides=_dated_background(ctx, hit))
    label = _TOPIC_LABEL.match(text, hit.sentence.start, trig.start)
    if label is not None:  # "第31届东盟峰会:阮春福出席全体会议": the topic before the colon does not act
        parts = [m for m in parts if m.span.start >= label.end()]
    if hit.trigger.role == "joint" and hit.trigger.type == "AGREE":
        parts = _witnesses_only(text, trig, _without_witnesses(text, hit.sentence.start, trig, parts))
    pairs = [
        m
        for m in parts
        if m.kind == "pair"
        and m.span.end <= trig.start
        # "…举行多场重要的双方会晤、与C举行座谈会": the pair word of an earlier noun, not this verb's sides
        and not (m.span.end < trig.start and _PAIR_OF_NOUN.match(text, m.span.end))
    ]
    pair = pairs[0] if pairs else None
    if pair is not None and pairs[-1] is not pair and _COMMA_ONLY.search(text, pair.span.end, pairs[-1].span.start):
        # "双方各级代表团互访频繁,两国外交部部长于…共同主持…会议": the pair word of the verb's own
        # clause, after the comma, names its sides, not the one of the clause before
        pair = pairs[-1]
    if pair is not None:
        people = [m for m in parts if m.kind == "person" and pair.span.end <= m.span.start and m.span.end <= trig.start]
        commas = list(_COMMA_ONLY.finditer(text, pair.span.end, people[0].span.start)) if people else []
        if (
            len(people) >= 2
            and commas
            and _JOINED_BY_WITH.fullmatch(text, people[0].span.end, people[1].span.start)
        ):
            # "双方保持互访与接触,A与B举行双边会晤": the pair word and its own verb end at the comma;
            # A and B, after it, are the sides
            pair = None
            parts = [m for m in parts if m.span.start >= commas[-1].end()]
        elif (
            hit.trigger.type == "AGREE"
            and len(people) >= 2
            and people[-2].country != people[-1].country
            and _JOINED_BY_WITH.fullmatch(text, people[-2].span.end, people[-1].span.start)
            and _SIGNERS_RIGHT_BEFORE.fullmatch(text, people[-1].span.end, trig.start)
        ):
            # "举行两国外长会议是…A和B签署《联合声明》之后的结果": the pair word is the meeting's;
            # A and B, joined right before the verb, sign
            pair = None
            parts = [m for m in parts if m.span.start >= people[-2].span.start]
    if pair is not None and key not in ctx.last_pair and hit.sentence.section == "main":
        recent = _recent_pair(ctx, pair.span.start, hit.sentence.section)
        named = _welcome_named(ctx, hit, pair)
        # "A和B举行仪式,欢迎C访澳。欢迎仪式结束后,双方举行会谈": the welcome's two sides, not its last
        # two named, when both of those are of the welcome's sentence (no pair told after it)
        inside = {m.span.start for _at, m in named.values()}
        if len(named) > 2 and (recent is None or all(m.span.start in inside for m in recent[0] + recent[1])):
            welcomed = _welcome_sides(ctx, named)
            if welcomed is not None:
                ctx.welcomed[key] = welcomed[1]
                recent = welcomed
        if recent is not None:  # "为普京举行欢迎仪式。随后,两国元首举行会谈": the two last named
            ctx.last_pair[key] = recent
    elif pair is not None and hit.sentence.section == "main":
        local = _paragraph_pair(ctx, hit, pair)
        if local is not None:  # "A为B举行欢迎仪式。欢迎仪式结束后,两位领导人举行会谈", after a background meeting
            ctx.last_pair[key] = local
    own = [m for m in parts if pair is not None and pair.span.end <= m.span.start and m.span.end <= trig.start]
    if (
        pair is not None
        and hit.trigger.role == "joint"
        and hit.trigger.type == "COOPERATE"  # a witnessed signing stays the witnesses'
        and len(own) >= 2
        and re.match(r"\s*[与和同]", ctx.text[own[0].span.end : trig.start])
        and "的" in ctx.text[own[-1].span.end : trig.end]
    ):  # "两位部长观看了A与B开展的联合巡逻": A and B act, the ministers watch
        a, b = _split_with(ctx.text, Span(own[0].span.start, clause.end), trig, own)
        if a and b:
            return _slot(a), _slot(b)
    if pair is not None and key in ctx.last_pair and hit.trigger.role in {"joint", "meet", "call", "cohost"}:
        first, second = _pair_by_rank(ctx, pair, *ctx.last_pair[key])  # in the order the text named them
        if hit.trigger.type in {"CONSULT", "COOPERATE"}:
            # talks, and a joint event ("两位部长共同出席了…落成仪式"): the guest of the place first
            place = _place_in(ctx, clause) or ctx.visit_place.get(key)
            if place is None and hit.trigger.type == "COOPERATE" and hit.sentence.section == "main":
                place = _dateline_place(ctx, None)  # a ceremony in a village the tables do not know
            if place is None and ctx.welcomed.get(key) == second:
                return second, first  # "A和B举行仪式,欢迎C访澳。…双方举行会谈": C, welcomed, came
            if place is None and hit.trigger.type == "CONSULT":
                guests = _welcome_guests(ctx, hit)
                if _overlap(_names(second), guests) and not _overlap(_names(first), guests):
                    return second, first  # "A主持仪式,欢迎B访老。欢迎仪式结束后,两部代表团举行会谈"
            return _visitor_first(ctx, first, second, place[2] if place else None)
        return _in_named_order(ctx, pair.span.end, clause.end, first, second)
    if (
        pair is not None
        and hit.trigger.type == "AGREE"
        and hit.sentence.section == "main"
        and key not in ctx.last_pair
        and not any(m.kind != "pair" and m.span.end <= trig.start for m in parts)
    ):
        # "X访问Y国…在经济领域,双方签署了《…协定》" with no two people of two countries named
        # before it: the two bodies of two countries named last ("A省代表团同B省代表团举行会谈"),
        # else the story's two countries, stand for the pair word; no one is left unnamed
        bodies = _last_two_sides(ctx, pair.span.start, hit.sentence.section)
        if bodies is not None:
            return bodies
        countries = ctx.story_countries()
        if countries[0] and countries[1]:
            return countries
    obj_end = _object_end(text, trig.end, clause.end)
    if hit.trigger.type == "CONSULT" and hit.trigger.role in {"meet", "visit"}:
        obj_end = _listed_object_end(text, trig.end, obj_end, clause.end)  # people met, listed
    prev = ctx.object_ends.get(clause.start, clause.start)
    chained = (
        prev > clause.start
        and prev <= trig.start
        and "的" not in text[prev : trig.start]
        and not any(prev <= m.span.start and m.span.end <= trig.start for m in parts if m.kind != "pair")
    )
    parts = [m for m in parts if m.span.start < obj_end and (m.span.start >= prev or not chained)]
    if prev > clause.start and prev <= trig.start and _NEXT_VISITOR_AT.match(text, prev):
        # "A…访问越南和B…访问法国": the second visit is B's, who is named after the first's object
        parts = [m for m in parts if m.span.start >= prev] or parts
    if chained:  # "A会见了B,并于…会见了C": the verb has no subject of its own
        parts = [m for m in parts if m.span.start >= prev]
        parts = ctx.clause_subject.get(clause.start, []) + parts
    ctx.object_ends[clause.start] = obj_end
    if hit.trigger.role == "meet" and (passive := _RECEIVED_BY.search(text, clause.start, trig.start)):
        # "A一行12月17日受到X总统B在总统府的接见": the one received is the caller, B the host
        guests = _slot([m for m in parts if m.span.end <= passive.start()]) or ctx.last_subject.get(key, [])
        hosts = _slot([m for m in parts if passive.start() <= m.span.start and m.span.end <= trig.start])
        if guests and hosts:
            return guests, hosts
    de = text.rfind("的", trig.end, obj_end)
    when = _WHEN_AFTER_OBJECT.search(text, trig.end, de + 1) if de != -1 else None
    if when is not None:  # "拜会X时双方讨论的重要内容": the 的 after 时 is no longer the object's
        de = text.rfind("的", trig.end, when.start())
    if de != -1 and hit.trigger.role in {"meet", "visit"}:  # "会见出席越共十四大的驻外大使"
        head = [m for m in parts if m.span.start > de]
        # "会见了A、B以及C等政党的领导人": the 的 phrase is the list's last item, A and B stay met
        last_item = max((m.end() for m in _LIST_ITEM_CUT.finditer(text, trig.end, de)), default=-1)
        listed = [
            m for m in parts
            if m.kind == "person" and trig.end <= m.span.start and m.span.end <= last_item
        ] if last_item != -1 else []
        if not listed and any(m.kind == "person" for m in head):
            # "会见美国副国务卿A(Latin)和…负责东亚事务的B": a person named before 和, and a person heads
            # the 的 phrase: two people met, the 的 phrase describes only the second
            listed = [
                m for m in parts
                if m.kind == "person" and trig.end <= m.span.start and m.span.end < de
                and _PERSON_THEN_AND.match(text, m.span.end)
            ]
        visited = [
            m for m in parts if m.kind in {"country", "place"} and trig.end <= m.span.start and m.span.end <= de
        ] if hit.trigger.role == "visit" else []
        # "会见了前来递交国书的奥地利、亚美尼亚、苏丹等三国新任驻越大使": the envoys' countries are the ones met
        hosts_home = {m.country for m in parts if m.kind == "person" and m.span.end <= trig.start}
        envoys = [
            m for m in head
            if m.kind == "country" and m.country not in hosts_home and not _POSTED_TO.match(text, m.span.start - 1)
        ] if (
            hit.trigger.role == "meet" and _ENVOY_WORD.search(text, de, obj_end)
        ) else []
        parts = [m for m in parts if m.span.end <= trig.start] + listed + head
        if hit.sentence.section == "related" and not any(
            m.kind in {"person", "organisation", "group"} for m in head
        ):
            parts = [m for m in parts if m not in head]
            # "报道X访问越南的消息": the country visited, the 的 phrase says what is told of the trip
            parts += visited or envoys or _object_phrase(ctx, trig.end, clause.end)
    pre = [m for m in parts if m.span.end <= trig.start]
    post = [m for m in parts if m.span.start >= trig.start]  # a long trigger may hold its object
    role = hit.trigger.role
    place = _place_in(ctx, clause) or (None if _LOOK_BACK.search(text, hit.sentence.start, trig.start) else ctx.visit_place.get(key))
    if place is not None and place is ctx.visit_place.get(key) and _DATED_FORUM_FRAME.search(text, hit.sentence.start, trig.start):
        place = None  # "分别在2014年10月举行的…峰会期间与X举行会晤": not on the story's trip
    place_country = place[2] if place else None
    rel = _relative_visitor(ctx, hit) if role in {"visit", "attend"} else None
    if (
        rel is not None
        and pre
        and re.search(r"与|同|和|会见|会晤|接见|看望", text[pre[0].span.end : trig.start])
    ):
        pre = _joined_visitors(ctx, hit, rel)  # "A与来越访问并出席…的B举行会谈", "A会见了来越出席…的B": B visits, B attends
    if (
        (
            role == "attend"
            # "会见赴越出席…峰会的澳大利亚企业代表团": the trip and what it came to attend describe the guests
            or (role == "visit" and re.search(r"(?:出席|参加)$", text[trig.start : trig.end]) is not None
                and _DESCRIBED_TRIP.match(text, trig.end, clause.end) is not None)
        )
        and rel is None
        and _GUESTS_UNNAMED.search(text, clause.start, trig.start)
        and not any(m.kind == "person" and m.span.start > trig.end for m in parts)
    ):
        return [], []  # "会见了前来出席…论坛的柬埔寨、老挝和缅甸领导人": the host does not attend; no guest named
    if role == "tour":  # "参观越德大学": a visit to a named body, not to a place
        if _UNNAMED_BODY.match(text, trig.end):
            return [], []  # "参观了一家印度信息技术企业的研发中心": a body the text does not name
        a, _b = _split_with(text, clause, trig, parts)
        bodies = [
            m
            for m in post
            if m.kind in {"organisation", "person"}
            and not (m.kind == "person" and (_SITE.match(text, m.span.end) or _NAMED_AFTER.match(text, m.span.end)))
            and not _TOURED_WORK.match(text, m.span.end)
            and not _TOURED_SITE.match(text, m.span.end)
            and not _FACILITY.search(m.name)
            and not _DESCRIBED_BODY.search(m.name)
        ][:1]
        if not bodies:  # "走访了河内国家大学下属外国语大学韩国语言文化系": a body the lexicon lacks
            bodies = [
                m
                for m in _object_phrase(ctx, trig.end, clause.end)
                if _INSTITUTION.search(m.name) and not _FACILITY.search(m.name)
            ]
        touring = _slot(a) or ctx.last_subject.get(key, [])
        if _own_plant_tour(text, trig, clause, touring, bodies):
            return [], []
        return touring, bodies
    if role == "visit":
        if _escorted_trip_frame(text, clause, trig.start, trig.end, hit.trigger):
            # "在陪同X对Y进行国事访问期间,": the frame's own people, X and Y, are the visit's sides
            parts = [m for m in ctx.participants(clause.start, trig.start, asides=True) if m.span.start > clause.start]
        if _TIMES_VISITED.search(text, clause.start, trig.start):
            return [], []  # "阿根廷历届总统曾3次对越南进行正式访问:": a count, the visits told one by one
        purpose = _PURPOSE_OPENS.match(text, clause.start)
        if purpose and any(m.kind == "person" and purpose.end() <= m.span.start < trig.start for m in parts):
            # "为了落实X所批准的计划,进一步加强A与B的友谊,Y已率团对…进行访问": the purpose's bodies visit nothing
            parts = [m for m in parts if m.span.start >= purpose.end()]
        among = max(_AMONG_THEM.finditer(text, clause.start, trig.start), key=lambda x: x.end(), default=None)
        if among and any(m.kind == "person" and among.end() <= m.span.start < trig.start for m in parts):
            # "越南与以色列一直保持互访,其中值得一提的是2011年以色列总统A对越南进行访问": the pair
            # before 其中 keeps up the exchanges; A, named after it, makes the visit
            parts = [m for m in parts if m.span.start >= among.end()]
        zai = text.rfind("在", clause.start, trig.start)
        if (
            zai != -1
            and _FRAME_CLOSES.match(text, trig.end)
            and any(m.kind == "person" and zai < m.span.start < trig.start for m in parts)
            and any(m.span.end <= zai for m in parts)
        ):
            # "代表团在总理B于5月访越之后对老挝进行访问": the visit inside 在…之后 is B's alone
            parts = [m for m in parts if m.span.start > zai]
        for frame in _VISIT_FRAME_BEFORE.finditer(text, clause.start, trig.start):
            # the same sentence's next visit: the one inside the closed frame is not its visitor
            parts = [m for m in parts if not frame.start() < m.span.start < frame.end()]
        occasion = text.rfind("值此", clause.start, trig.start)
        if (
            occasion != -1
            and "之际" not in text[occasion : trig.start]  # not "A值此X诞辰…之际对越南进行访问": A visits
            and any(m.kind == "person" and occasion < m.span.start < trig.start for m in parts)
        ):
            # "这是专家A值此总理B将于…对越南进行正式访问之际接受采访时所作出的评价": B visits; A, named
            # before the occasion, only speaks on it
            parts = [m for m in parts if m.span.start > occasion]
        done = list(_VISIT_TOLD_BEFORE.finditer(text, clause.start, trig.start))
        if done and (
            done[-1].group()[-1] not in ",，"
            # "A于2017年3月访问老挝,和B于2018年5月访问老挝": 和 after the comma adds one more dated
            # visit to the list, B its visitor (not "和B举行会谈", a partner of the subject before)
            or _NEXT_LISTED_VISIT.match(text, done[-1].end(), trig.start)
        ) and any(
            m.kind == "person" and done[-1].end() <= m.span.start and m.span.end <= trig.start for m in parts
        ):
            # "A对越南进行正式访问(2019年4月)和B对泰国进行国事访问": B makes the second visit
            parts = [m for m in parts if m.span.start >= done[-1].end()]
        # "A和B拜会了C": a call (mode meeting) by two callers, the one called on after the verb
        calls = hit.trigger.mode == "meeting"
        a, _b = _split_with(text, clause, trig, parts, meet=calls, together=calls)
        # "双方代表团将参观友谊关智慧口岸、访问…小学": a place the verb before toured is its object,
        # no visitor of the next verb
        a = [m for m in a if m.kind == "person" or not _TOURED_BEFORE.search(text, max(clause.start, m.span.start - 4), m.span.start)]
        attended = [x.span() for x in _ATTENDED_BEFORE_AND.finditer(text, clause.start, trig.start)]
        if attended:
            a = [m for m in a if m.kind == "person" or not any(s0 < m.span.start < e0 for s0, e0 in attended)]
        # "越南国家主席对日本进行国事访问": the country after 对 is where the visit goes, not a visitor
        gone_to = [m for m in a if m.kind == "country" and text[max(0, m.span.start - 1) : m.span.start] == "对" and _GOES_ON_TO.match(text, m.span.end, trig.end)]
        if gone_to and len(gone_to) < len(a):
            a = [m for m in a if m not in gone_to]
        if (
            done
            and _AFTER_A_VISIT.search(done[-1].group())
            and any(m.span.start < done[-1].start() for m in a)
            # not "在日本天皇对泰国进行访问之后,越南国家主席X于…对日本进行国事访问": a new visitor named
            and not any(m.kind == "person" and done[-1].end() <= m.span.start < trig.start for m in a)
        ):
            # "A于…对智利进行国事访问后,(将)于…对秘鲁进行正式访问": the next leg, by the same visitor
            a = [m for m in a if m.span.start < done[-1].start()]
        elif done and any(m.span.start >= done[-1].end() and m.kind not in {"country", "place"} for m in a):
            # "A于1997年2月访问越南,B于2013年1月访问越南": each visit of a list has its own visitor
            # (not the next leg's destination: "A将对老挝进行国事访问,…对柬埔寨进行国事访问")
            a = [m for m in a if m.span.start >= done[-1].end()]
        hosts: list[Mention] = []
        said = [s.end() for s in _SAID_OR_WELCOMED.finditer(text, clause.start, trig.start)]
        if (
            said
            and rel is None
            and any(m.span.start >= said[-1] and m.kind in {"person", "organisation", "group"} for m in a)
        ):
            # "王廷惠表示,…习近平对越南进行国事访问", "梁强…欢迎普拉博沃对越南进行国事访问":
            # the speaker or the host is not the visitor
            hosts = [m for m in a if m.span.end <= said[-1]]
            a = [m for m in a if m.span.start >= said[-1]]
            if "欢迎" not in text[said[-1] - 4 : said[-1]]:
                hosts = []
        elif (
            said
            and rel is None
            and any(x.end() == said[-1] for x in _SPEAKER_BEFORE_SIDES.finditer(text, clause.start, said[-1]))
        ):
            # "A与B对此表示,C总统将访问越南": the 与 joins the speakers, C, told after them, travels
            told = [m for m in parts if m.kind == "person" and said[-1] <= m.span.start and m.span.end <= trig.start]
            if told and all(m.span.end <= said[-1] for m in a):
                a = told
        about = [x.end() for x in _ABOUT_TRIP.finditer(text, clause.start, trig.start)]
        if about and rel is None and any(about[-1] <= m.span.start < trig.start and m.kind == "person" for m in parts):
            # "A就B一行对越南进行国事访问的结果接受了采访": A speaks about the trip B made
            a = [m for m in parts if about[-1] <= m.span.start < trig.start and m.kind == "person"]
        escort = text.rfind("陪同", clause.start, trig.start)
        if rel is None and escort >= 0 and not re.search(r"[,，]", text[escort : trig.start]):
            # "…经济代表团陪同韩国总统X出访越南": X makes the trip, the ones escorting him come along
            escorted = [m for m in parts if m.kind == "person" and escort < m.span.start and m.span.end <= trig.start]
            if escorted:
                a = escorted
        visitor = [rel] if rel is not None else _slot(a)  # "会见了正对越南进行访问的X": X visits
        own = _named_right_before(ctx, parts, trig)
        if rel is None and own is not None and visitor and visitor != [own]:
            visitor = [own]  # "…,符合阮富仲于2022年11月对中国进行正式访问期间…": he made the visit
        if _COMING_TO_GREET.fullmatch(text, trig.start, trig.end):  # "…率领的前来越南拜年的代表团"
            led = [p for (d0, d1), p in ctx.leaders.items() if d0 <= trig.start < d1 or trig.end <= d0 <= trig.end + 2]
            visitor = led[:1] or visitor
        else:  # "会见由X为团长从…对越南进行工作访问的…代表团": the leader named before the trip visits
            led = [
                p
                for (d0, d1), p in ctx.leaders.items()
                if p.span.end <= trig.start and trig.end <= d0 <= trig.end + 2 and text.startswith("的", trig.end)
            ]
            visitor = led[:1] or visitor
        if (
            (frame := _FRAME_CLOSE.match(text, trig.end) or _BARE_TRIP_FRAME.match(text, trig.end)) is not None
            and _INVITED_BARE_TRIP.search(text, max(hit.clause.start, trig.start - 120), trig.start) is not None
            and (after := _subject_after_trip_frame(ctx, hit, frame.end()))
        ):
            # "在应A的邀请于…访问捷克期间,B…": the frame's only people are its hosts; B made the trip
            visitor = after
        if not visitor and (frame := _FRAME_CLOSE.match(text, trig.end)) is not None:
            # "在应X的邀请对该国进行正式访问期间,9月27日,A会见了B": the frame names no traveller; the
            # subject the sentence goes on with made the trip
            visitor = _subject_after_trip_frame(ctx, hit, frame.end())
        if not visitor and not _CROWD_GOES.search(text, hit.clause.start, trig.start):
            visitor = ctx.last_subject.get(key, [])
        if (closed := _VISIT_THEN_AFTER.match(text, trig.end)) is not None:
            # "A于2003年对新加坡进行访问之后越南国会主席…": what follows 之后 is no side of that visit
            parts = [m for m in parts if m.span.start < closed.end()]
        # "会见正在访问X的以A副省长为首的…代表团": A, told again as the delegation's leader, is the
        # visitor under another mention, never the one he visits
        target, dest = _visit_target(
            ctx,
            hit,
            [
                m
                for m in parts
                if m not in visitor + hosts
                and not (m.kind == "person" and rel is not None and norm_name(m.name) == norm_name(rel.name))
            ],
        )
        if not target and dest is not None and dest[2] and text.startswith("该国", dest[1].start):
            # "会见了对该国进行正式访问的X": the country 该国 stands for is the one visited
            target = [
                Mention(
                    dest[1], dest[0], "country", country=dest[2],
                    section=hit.sentence.section, teaser=hit.sentence.teaser,
                )
            ]
        if _INVITED_IN_SENTENCE.search(text, hit.sentence.start, trig.start) and visitor:
            ctx.invited_visitor.setdefault(key, visitor)
        elif (
            dest is not None
            and dest[2]
            and target
            and all(m.kind == "person" and not hit.sentence.start <= m.span.start < hit.sentence.end for m in target)
            and _another_visitor_of(ctx.invited_visitor.get(key, []), visitor)
        ):
            # "应匈牙利总理X的邀请,A将对匈牙利进行访问。…越南国家主席、国会主席也对匈牙利进行了访问":
            # the story's inviter hosts the story's visitor; the others' trip is to the country itself
            kind = "country" if dest[0] == _country_name(dest[2]) else "place"
            target = [Mention(dest[1], dest[0], kind, country=dest[2], section=hit.sentence.section, teaser=hit.sentence.teaser)]
        # "前往胡志明主席陵": a mausoleum or memorial named after someone is a place, not a host
        target = [m for m in target if not (m.kind == "person" and _SITE.match(text, m.span.end))]
        if hosts and all(m.kind in {"country", "place"} for m in target):
            target = _slot(hosts)
        target = [m for m in target if not _overlap({norm_name(m.name)}, _names(visitor))] or target
        if not target and hit.sentence.section == "related":
            target = [m for m in _object_phrase(ctx, trig.end, clause.end) if not _SITE.search(m.name)]
        if dest is not None and hit.trigger.mode == "visit" and (dest[3] is None or dest[3].kind != "organisation"):
            # a call at an embassy (造访越南驻柬大使馆) is somewhere in the city the trip is to
            ctx.destinations[hit.span.start] = (dest[0], dest[1], dest[2])
            # the story's trip is the first told (title, lead); a visit recalled later does not move it,
            # nor does one told as past (德仁回忆了2017年对越南进行国事访问期间…) where no trip is told
            # nor one a spokesperson announces (发言人宣布,…C将于…对老挝进行正式访问): the story is the
            # announcement, and what it tells next does not happen on that trip
            # (or a trip still ahead, 就…即将访问南非的准备工作会见…, prepared at home)
            if (
                not _PAST_VISIT.search(text, clause.start, trig.start)
                and not _WISHED_VISIT.search(text, clause.start, trig.start)
                and not (said and _PLANNED.search(text, said[-1], trig.start))
                and not _TRIP_AHEAD.search(text, clause.start, trig.end)
            ):
                ctx.visit_place.setdefault(key, ctx.destinations[hit.span.start])
                if _NEXT_LEG.search(text, hit.sentence.start, trig.start):
                    # "1月19日晚,A抵达布加勒斯特,开始对罗马尼亚进行正式访问": the trip's next leg,
                    # where the sentences after it happen
                    ctx.visit_place[key] = ctx.destinations[hit.span.start]
        if hit.trigger.mode == "visit" and _couple(text, visitor):
            visitor = visitor[:1]  # "天皇明仁和皇后美智子…对越南进行国事访问": the consort comes along
        if hit.trigger.type == "CONSULT" and text[trig.start : trig.end].endswith("出席"):
            # "赴纽约出席联合国大会第79届会议": the trip is to attend the forum named after 出席
            forum = _forum(ctx, hit)
            if forum:
                return visitor, forum
        if not target and hit.trigger.type == "SUPPORT" and _BARE_EMBASSY_GONE.search(text, trig.start, trig.end):
            # "当天,X率领…代表团前往大使馆吊唁": the embassy is the one named before, mourned at again
            body_start = ctx.doc.body[0].start if ctx.doc.body else 0
            named = [
                m
                for m in ctx.participants(min(body_start, hit.sentence.start), hit.sentence.start)
                if m.kind == "organisation" and _EMBASSY_NAME.search(m.name)
            ]
            target = named[-1:]
        return visitor, [m for m in target if m not in visitor]
    if role in {"meet", "visit"} and not [m for m in post if m.kind in {"person", "group", "organisation"}]:
        rel_obj = _relative_visitor(ctx, hit, allow_persons_between=False, plain=True)
        if rel_obj is not None:
            post = [rel_obj]
            parts = [m for m in parts if m.span.end <= trig.start] + post
            if role == "meet":  # "会见了正对越南进行访问的王毅": the visitor is the source
                host = _slot([m for m in parts if m.span.end <= trig.start][:1]) or ctx.last_subject.get(
                    key, []
                )
                return [rel_obj], host
    if role == "joint" and (
        together := re.search(r"并(?:同|与|和|跟)[^,，。;；]*$", text[clause.start : trig.start])
    ):  # "A还会见了B、C和D,并同E一道出席…": A attends with E
        cut = clause.start + together.start()
        partners = _slot([m for m in parts if cut < m.span.start and m.span.end <= trig.start])
        subject = ctx.clause_subject.get(clause.start) or _slot(pre[:1])
        if partners and subject:
            return subject, partners
    if role == "joint" and chained and hit.trigger.type == "AGREE" and text.startswith("见证", trig.start):
        # "A与B共同出席了…会议,并见证了两国企业之间…协议的交换": the two who went on to witness it,
        # not the firms whose deals were exchanged
        witnesses = [m for m in ctx.participants(clause.start, prev) if m.kind == "person"]
        if len(witnesses) == 2 and re.fullmatch(
            r"\s*[与和同]\s*", text[witnesses[0].span.end : witnesses[1].span.start]
        ):
            return witnesses[:1], witnesses[1:]
    if role == "joint" and hit.trigger.type == "AGREE" and (sides := _witnessed_signers(text, clause, trig, parts)):
        return sides
    if role == "joint" and chained and hit.trigger.type == "AGREE" and text.startswith("见证", trig.start):
        # "越南政府总理A与俄罗斯总理B在莫斯科举行会谈,并共同见证了…签署": the second witness's office
        # stands between the two names
        witnesses = [m for m in ctx.participants(clause.start, prev) if m.kind == "person"]
        if len(witnesses) == 2 and _WITH_OFFICE.fullmatch(text, witnesses[0].span.end, witnesses[1].span.start):
            return witnesses[:1], witnesses[1:]
        if len(witnesses) == 2 and _WITH_NEXT.fullmatch(text, witnesses[0].span.end, witnesses[1].span.start):
            # "A为B主持欢迎仪式,同B举行会谈,并见证…的交换": the two who held the talks witness it, A first
            return witnesses[:1], witnesses[1:]
    if (
        role == "joint"
        and chained
        and hit.trigger.type in {"CONSULT", "COOPERATE"}
        and _JOINTLY_NEXT.fullmatch(text, prev, trig.start)
        and text.startswith(("共同", "一道", "一起"), trig.start)
    ):  # "A同X总理B举行会谈,并共同主持/出席…": the two who met go on together
        pair = [m for m in ctx.participants(clause.start, prev) if m.kind == "person"]
        if len(pair) == 2 and _WITH_OFFICE.fullmatch(text, pair[0].span.end, pair[1].span.start):
            if hit.trigger.type == "CONSULT":
                return _visitor_first(ctx, pair[:1], pair[1:], place_country)
            return pair[:1], pair[1:]
    if (
        role == "joint"
        and chained
        and hit.trigger.type == "AGREE"
        and _JOINTLY_NEXT.fullmatch(text, prev, trig.start)
    ):  # "A与X主席B举行会谈并签署合作协议", "A会见了X市长B,并签署…": the two who met sign, A first
        pair = [m for m in ctx.participants(clause.start, prev) if m.kind == "person"]
        if len(pair) == 2 and (
            _WITH_OFFICE.fullmatch(text, pair[0].span.end, pair[1].span.start)
            or _MET_OFFICE.fullmatch(text, pair[0].span.end, pair[1].span.start)
        ):
            return pair[:1], pair[1:]
    if role == "joint" and hit.trigger.type == "AGREE":
        crowd = _LEADERS.search(text, clause.start, trig.start)
        if crowd is not None:  # "六国领导人通过了《万象宣言》": the leaders gathered, at their forum
            group = Mention(
                Span(crowd.start(), crowd.end(), "group"), ctx.doc.text[crowd.start() : crowd.end()], "group"
            )
            return [group], _forum_mention(ctx, _earlier_forum(ctx, hit))
        named = _FORUM.match(text, clause.start)
        if named and len(named.group()) >= 6 and _CLOSED_THEN.fullmatch(text, named.end(), trig.start):
            # "各国议会联盟第132届大会闭幕 通过《河内宣言》": the meeting named as the subject adopts it
            forum = _forum_mention(ctx, named)
            f = forum[0].span
            subject = _slot([m for m in ctx.participants(f.start, f.end) if m.kind == "organisation"])[:1]
            return subject or forum, forum
        named = _NAMED_FORUM_ADOPTS.search(text, clause.start, trig.start)
        if named and _MANY_SIDED_FORUM.search(named.group()):
            # "…的首届柬埔寨-老挝-越南三国国会高层会议通过了《联合声明》": a forum of more than two
            # sides named as the subject, right before the verb, adopts it; the body named in it, else
            # its chair or attendee told before (the last subject), is the source, the forum the target
            forum = _forum_mention(ctx, _FORUM.match(text, named.start(), named.end("forum")))
            if forum:
                f = forum[0].span
                subject = _slot([m for m in ctx.participants(f.start, f.end) if m.kind == "organisation"])[:1]
                return subject or ctx.last_subject.get(key, []), forum
        if _MEETING_SUBJECT.fullmatch(text, _after_day(text, clause.start), trig.start):
            # "会议通过了《岘港宣言》": the meeting just reported adopts it; its chair or attendee
            # (the last subject) and the forum are the sides
            forum = _forum_mention(ctx, _earlier_forum(ctx, hit))
            if forum:
                subject = ctx.last_subject.get(key, [])
                if not subject:  # "各国议会联盟第132届大会…闭幕。大会通过了…": the body that met
                    f = forum[0].span
                    subject = _slot([m for m in ctx.participants(f.start, f.end) if m.kind == "organisation"])[:1]
                return subject, forum
    if (
        role == "joint"
        and hit.trigger.type in {"CONSULT", "COOPERATE"}
        and text.startswith(("共同", "一道", "一起"), trig.start)
        and (listed := _comma_listed_pair(ctx, pre)) is not None
    ):  # "A国部长X大将,B国部长Y上将在…共同主持…": two co-chairs listed with a comma
        if hit.trigger.type == "CONSULT":
            return _visitor_first(ctx, listed[:1], listed[1:], place_country)
        return listed[:1], listed[1:]
    if (
        role in {"meet", "joint"}
        and hit.trigger.type == "CONSULT"
        and (lead := _SUBJECTLESS_WITH.match(text, clause.start)) is not None
        and (subject := _listed_acts_subject(ctx, hit))
    ):  # "X瞻仰…;分别与A、B举行会谈": X, the sentence's subject, holds the talks with A and B
        partners = _slot([m for m in parts if lead.end() <= m.span.start and m.span.end <= trig.start])
        if partners:
            return _visitor_first(ctx, _slot(subject), partners, place_country)
    # "…,同C举行会谈", and "会见B、与C举行座谈会" (a list of what one did, parted by 、)
    fresh = prev > clause.start and re.match(r"[,，、]\s*(?:并|还|又)?(?:同|与|跟)", text[prev : trig.start])
    if role in {"meet", "joint"} and fresh and ctx.clause_subject.get(clause.start):
        # "A同B共同主持…,同C举行会谈": the second verb's partner is C alone, its subject A's
        partners = _slot([m for m in parts if prev <= m.span.start and m.span.end <= trig.start])
        partners = _embassy_of_staff_met(ctx, hit, prev, partners) or partners
        if partners:
            subject = ctx.clause_subject[clause.start]
            if hit.trigger.type != "CONSULT":
                return subject, partners
            return _visitor_first(ctx, subject, partners, place_country)
    if role == "joint" and hit.trigger.type == "AGREE":
        said = max(_SAID_BEFORE_RECEIPT.finditer(text, hit.sentence.start, trig.start), key=lambda x: x.end(), default=None)
        told = [m for m in parts if said is not None and said.end() <= m.span.start and m.span.end <= trig.start]
        # "A表示,越南与智利将两国关系升级为…": the second country opens the trigger itself
        told_up_to = [m for m in parts if said is not None and said.end() <= m.span.start < trig.end]
        if said is not None and (
            len([m for m in told if m.kind == "person"]) >= 2
            # "A强调,两国已签署《…》", "A表示,越南和澳大利亚已签署…": the two sides, not the speaker
            or len({m.country for m in told_up_to if m.kind == "country" and m.country}) >= 2
            or any(m.kind in {"pair", "country"} and m.name in _PAIR_SIDE_WORDS for m in told)
        ):
            # "A表示,…B和C签署《联合声明》…": the two who signed, not the speaker who tells it
            parts = [m for m in parts if m.span.start >= said.end()]
            pre = [m for m in pre if m.span.start >= said.end()]
    if role in {"meet", "joint"}:
        a, b = _split_with(text, clause, trig, parts, meet=role == "meet")
        if not a and (when := _meet_frame_end(text, clause, trig.start, trig.end, hit.trigger)) is not None:
            # "会见从7月2日至4日来访的X时,Y表示": Y, who speaks after the frame, met X
            said = _MEET_FRAME_SPEAKER.match(text, when + 2)
            speaker = [m for m in ctx.participants(when + 2, said.end()) if m.kind == "person"][:1] if said else []
            met = [m for m in b if m.span.end <= when]
            if speaker and met and not _overlap(_names(speaker), _names(met)):
                a, b = speaker, met
        if not a and b and _partner_frame_at(text, clause, trig.start, trig.end, hit.trigger):
            # "*在与X的会晤中,Y建议…": the frame names the partner alone; Y, who speaks after it, met X
            said = _MEET_FRAME_SPEAKER.match(text, trig.end + 2)
            speaker = [m for m in ctx.participants(trig.end + 2, said.end()) if m.kind == "person"][:1] if said else []
            if speaker and not _overlap(_names(speaker), _names(b)):
                a = speaker
        if role == "meet" and _BARE_EMBASSY_CALL.match(text, trig.start):
            # "前往越南驻阿联酋大使馆,看望了大使馆工作人员(和侨民代表)": the staff called on are the
            # embassy's just named; the community beside them is no side of its own
            embassy = [m for m in a if m.kind == "organisation" and _EMBASSY_NAME.search(m.name)][-1:]
            if embassy and not any(m.kind == "person" for m in b):
                a, b = [m for m in a if m not in embassy], embassy
        if len(a) == 2 and all(m.span.label == _PAIR_COUNTRY for m in a):
            a, b = a[:1], a[1:]  # "越日签署…": the two countries of the compound, in its order
        framed = _frame_subject(ctx, hit)
        if framed and all(m.span.start >= framed[1] for m in a):
            a, b = framed[0], a + b
        if not a:
            a = ctx.last_subject.get(key, []) or _listed_acts_subject(ctx, hit)
        a, b = _slot(a), _slot(b)
        if not b and hit.sentence.section == "related":
            b = _object_phrase(ctx, trig.end, clause.end)
        if role == "joint" and hit.trigger.type == "CONSULT" and _one_side_pair(text, a, b):
            return [], []  # "德国某党双主席A和B共同主持会议": two co-chairs of one side meet no one
        if hit.trigger.type != "CONSULT":
            return a, b  # a joint signing or joint event: the side named first
        if _described_visitor(ctx, b) and not _described_visitor(ctx, a):
            if hit.trigger.type == "CONSULT" and (home := place_country or _home_of_story(ctx, hit)):
                ctx.meet_country[key] = home
            return b, a  # "A同正对越南进行正式访问的B举行会谈": B is the visitor
        if hit.trigger.mode == "video" or _held_online(text, hit):  # each side stays home, no visitor:
            return (b, a) if _ASKED_FOR.search(text, clause.start, trig.start) else (a, b)  # the subject leads, unless 应约
        if place_country is None and _CHAIRED_BARE_MEETING.match(text, trig.start):
            # "…联席会议在泰国首都曼谷举行。…A和B共同主持会议": the meeting chaired is the one told
            # before, held where that sentence says
            helds = list(_HELD_AT.finditer(text, max(0, hit.sentence.start - 300), hit.sentence.start))
            held = helds[-1] if helds else None
            if held is not None and (where := _place_in(ctx, Span(held.start(), held.end(), "clause"))) is not None:
                place_country = where[2]
        if (
            place_country is None
            and hit.trigger.type == "CONSULT"
            and hit.trigger.mode in {"meeting", "talks"}
            and len(a) == 1
            and (len(b) == 1 or _VN_SEAT.search(text, clause.start, trig.start))  # "在政府总部会见了A和B"
            and not re.search(r"视频|电话|线上|在线|网络", text[hit.sentence.start : hit.sentence.end])
        ):
            place_country = _home_of_story(ctx, hit)
        if place_country is not None and hit.trigger.type == "CONSULT":
            ctx.meet_country[key] = place_country
        if a and b and _MET_AT_REQUEST.search(text, clause.start, trig.start):
            return b, a  # "A应约会见了B": B asked for the meeting and leads it, as 应约 flips a call
        if place_country is None and a and b:
            guests = _welcome_guests(ctx, hit)
            if _overlap(_names(b), guests) and not _overlap(_names(a), guests):
                return b, a  # "A…举行仪式,欢迎B到访。欢迎仪式结束后,A与B举行会谈": B came
        return _visitor_first(ctx, a, b, place_country)
    if role == "call":
        a, b = _split_with(text, clause, trig, parts)
        to = text.rfind("向", clause.start, trig.start)
        if not b and to != -1 and _MESSAGE_THEN_CALL.search(text, to, trig.start):
            # "A向B致贺电并通电话表示祝贺": the one written to is the one called
            b = [m for m in ctx.participants(to, trig.start) if m.kind != "pair"][:1]
            a = [m for m in a if m not in b]
        a, b = _slot(a or ctx.last_subject.get(key, [])), _slot(b)
        if "应约" in text[clause.start : trig.start] or re.search(
            r"应[^,，。]{0,20}约请|应[^。;；]{2,40}?(?:的)?(?:请求|要求|提议)", text[hit.sentence.start : trig.start]
        ):
            return b, a  # the one who asked for the call made it
        return a, b
    if role == "pledge":  # "哈里斯宣布,美国将再向越南…": the one who announced it pledges
        speaker = [
            m
            for m in ctx.participants(hit.sentence.start, trig.start)
            if m.kind == "person"
            and re.match(r"[^,，。]{0,12}?(?:宣布|表示|承诺|指出|透露)", text[m.span.end : trig.start])
        ]
        if speaker:  # the one nearest the pledge: "A对…表示感谢,特别是B宣布…将…"
            to = text.rfind("向", trig.start, trig.end)
            after = [m for m in parts if m.span.start > to] if to != -1 else post
            if not after and to != -1:  # "重视越南…,将继续向越南提供": the side named again after 向
                after = [m for m in ctx.participants(to + 1, trig.end) if m.span.start > to]
            # "A指出,…,据此,B将向C提供…": B, of another country than the speaker, pledges in its own
            # clause (not "哈里斯宣布,美国将…": the speaker's own country)
            own = [m for m in parts if m.span.end <= trig.start and _OWN_PLEDGER_GAP.fullmatch(text, m.span.end, trig.start)]
            if own and own[-1].country is not None and speaker[-1].country not in {None, own[-1].country}:
                return _slot(own[-1:]), _slot(after[:1])
            return speaker[-1:], _slot(after[:1])
    if role in {"give", "pledge"} and text.startswith(("出席", "参加"), trig.start):
        # "出席印度…为越南边防部队建造的12艘巡逻艇交接仪式": the one attending hands over, for his side,
        # what was built or given for the side named after 为
        for_ = re.search(r"[向为给](?!了)", text[trig.start : trig.end])
        got = [m for m in parts if for_ and trig.start + for_.end() <= m.span.start < trig.end][:1]
        return _slot(pre[:1] or ctx.last_subject.get(key, [])), _slot(got)
    by = _GIVEN_BY.search(text, clause.start, trig.end) if role == "give" else None
    if by and by.end() == trig.start and "向" not in text[by.end() : trig.end]:
        # "(项目)由韩国政府通过KOICA提供无偿援助": the one after 由 gives, the channel after 通过 does not
        givers = [m for m in parts if by.start() < m.span.start < by.end() and not _CHANNEL.search(text, max(0, m.span.start - 3), m.span.start)]
        if givers:  # "由印度总统X赠送给胡志明主席": the one after 给 is given to
            given = [m for m in post if text.startswith("给", trig.start + 2) and m.span.start == trig.start + 3]
            return _slot(givers[:1]), _slot(given[:1])
    letter = _LETTER_OF_TO.search(text, trig.start, trig.end) if role == "give" else None
    if letter is not None:
        # "请大使馆干部转交柬埔寨国王X给越共中央总书记Y的唁信": X wrote to Y; the one handing it over
        # only carries it
        writers = [m for m in parts if letter.start(1) <= m.span.start < letter.end(1)]
        readers = [m for m in parts if letter.start(2) <= m.span.start < letter.end(2)]
        if writers and readers:
            return _slot(writers[-1:]), _slot(readers)
    if role == "give" and _HANDED_OVER_TO.fullmatch(text, trig.start, trig.end):
        # "A将B捐赠的物资移交给C、D和E": A hands over, to C and those listed with C; B, named
        # inside the trigger, gave the goods and is no recipient
        got = [m for m in parts if m.span.start >= trig.end]
        near = [m for m in got if m.span.start < trig.end + 20]
        first = [m for m in near if m.kind == "person"][:1] or near[:1]
        if first:
            giver = [m for m in pre if m.kind == "person"][-1:] or pre[:1] or ctx.last_subject.get(key, [])
            return _slot(giver), _slot(_coordinated(first, got, text))
    if role in {"give", "pledge"}:
        tos = list(re.finditer(r"向", text[clause.start : trig.end])) or list(
            re.finditer(r"为(?!了)|给予|给", text[clause.start : trig.start])
        )
        if not tos and role == "pledge":  # "A承诺继续为B的…事业提供援助": the side after 为, inside the pledge
            tos = list(re.finditer(r"为(?!了)", text[clause.start : trig.end]))[:1]
        by_dui = False
        if not tos:  # "A是对越南提供无偿援助最多的国家,…援助总额…": the side after 对, right before the verb
            tos = list(_GIVEN_TO_DUI.finditer(text[clause.start : trig.end]))[-1:]
            by_dui = bool(tos)
        if tos:
            cut = clause.start + tos[-1].start()
            commas = [m.end() for m in _PART_BREAK.finditer(text, clause.start, cut + 1) if m.end() <= cut]
            sub = commas[-1] if commas else clause.start
            # "A和B在2020年初C疫情爆发,C口罩产量不多时已向D捐赠…": the time frame opened by 在 runs over
            # the comma up to its 时; the givers are named before the frame, in the part it opens in
            while commas and (frame := _TIME_FRAME_OVER_COMMA.search(text, clause.start, cut + 1)) is not None and frame.start() < sub <= frame.end():
                commas = [c for c in commas if c <= frame.start()]
                sub = commas[-1] if commas else clause.start
            a = [m for m in parts if sub <= m.span.start and m.span.end <= cut]
            if len(a) > 1:  # "A和B在2021年初C疫情爆发时已向D捐赠…": C is inside the time frame, no giver
                frames = [f.span() for f in _TIME_FRAME_BEFORE_GIFT.finditer(text, sub, cut)]
                frames += [f.span() for f in _TIME_FRAME_OVER_COMMA.finditer(text, sub, cut + 1)]
                a = [m for m in a if not any(f0 <= m.span.start and m.span.end <= f1 for f0, f1 in frames)] or a
            if len(a) > 1:  # "伊藤直树通过日本国际协力机构向…移交": the agency is the channel
                a = [m for m in a if not _CHANNEL.search(text, max(0, m.span.start - 3), m.span.start)] or a
            if len(a) == 1 and (via := _CHANNEL.search(text, max(0, a[0].span.start - 3), a[0].span.start)):
                # "越南成为韩国第一大被援助国,…韩国已从X基金会向越南提供…": the giver right before the
                # channel word, named earlier in the sentence too (and so not listed again)
                a = [m for m in ctx.doc.mentions if m.span.end == via.start() and m.kind in {"country", "organisation", "person"}][:1] or a
            if len(a) > 1:  # "黎怀忠在外交部总部向…移交": the body whose seat is the venue does not give
                seats = [v.span() for v in _SEAT_VENUE.finditer(text, sub, cut)]
                # "X在吉尔吉斯斯坦首都比什凯克向Y…": the stretch from 在 up to 向 is where, not who
                venue = _VENUE_BEFORE_TO.search(text, sub, cut)
                if venue is not None and any(m.kind in {"country", "place"} for m in a if venue.start() <= m.span.start):
                    seats.append(venue.span())
                a = [m for m in a if not any(v0 <= m.span.start and m.span.end <= v1 for v0, v1 in seats)] or a
            if len(a) > 1:  # "X前往越南驻老挝大使馆并向大使Y移交…": the place gone to does not give
                a = [m for m in a if not _GONE_TO.search(text, max(0, m.span.start - 3), m.span.start)] or a
            if by_dui and len(a) > 1 and "是" in text[a[0].span.end : a[1].span.start]:
                a = a[:1]  # "瑞典是西北欧地区对越南提供…": what follows 是 describes the giver
            if not a and _COLLECTIVE.search(text[sub:cut]):
                return [], []  # "各友好地方也向受灾省份提供了援助": a summary, no donor named
            if not a:
                before = [m for m in parts if m.span.end <= cut]
                if len(before) > 1 and _THANKED.fullmatch(text, before[0].span.end, before[1].span.start):
                    a = before[1:2]  # "A感谢B给予…,特别是向C提供的…援助": the one thanked gave
                elif (
                    len(before) > 1
                    and _PRAISED_GAP.fullmatch(text, before[0].span.end, before[1].span.start)
                    and before[0].country is not None
                    and before[1].country not in {None, before[0].country}
                    and any(m.country == before[0].country for m in parts if cut <= m.span.start < trig.end + 20)
                ):
                    a = before[1:2]  # "A高度评价B…,承诺向A的国家提供": the one praised gives, not A
                else:
                    a = before[:1]
            elif len(a) > 1 and re.search(r"与|同(?!时(?!任))|和", text[a[0].span.end : a[1].span.start]):
                a = a[:1]  # "A与B向…提供": A leads; not "A同时对B…向…" (同时 joins no one)
            if len(a) > 1 and a[-2].kind == "person" and re.fullmatch(r"(?:\s*[(（][^()（）]{1,60}[)）])?[^,，。;；向与和同]{0,6}?代表\s*", text[a[-2].span.end : a[-1].span.start]):
                a = a[-2:-1]  # "大使阮伯雄(Name)代表越南政府向…转交": the one handing it over, for his side
            if a and all(m.kind != "person" for m in a):
                a = _announcer(ctx, hit, sub, a) or a
            b = [m for m in parts if cut <= m.span.start < trig.end + 20]
            # "向古巴领导递交国家主席X的信件以及移交…大米": X wrote the letter, he is not given to
            author = next((m for m in b if m.kind == "person" and _LETTER_OF.match(text, m.span.end)), None)
            if author is not None:
                b = [
                    m for m in b if m.span.start < author.span.start and not (m.kind == "country" and m.country == author.country)
                ] or _country_right_after(ctx, hit, cut + 1) or b
            b = _coordinated([m for m in b if m.kind == "person"][:1] or b[:1], b, text)  # "向越南国家主席武文赏": the person
            if not b and (short := _SHORT_RECIPIENT.match(text, cut)) and (iso := _short_country(short)):
                # "加拿大共向越提供官方开发援助8亿多加元": 越 after 向 is Viet Nam
                b = [
                    Mention(
                        Span(short.start(1), short.end(1), "country"),
                        _SHORT_NAMES.get(iso, short.group(1)),
                        "country",
                        country=iso,
                        section=hit.sentence.section,
                        teaser=hit.sentence.teaser,
                    )
                ]
            if len(a) > 1 and text.startswith("向", cut):  # "日本对越南…评估之后决定向越南提供": the side
                given = b or [m for m in ctx.participants(cut + 1, trig.end) if m.span.start > cut][:1]
                mine = [m for m in a if all(m.name != x.name for x in given)]
                if given and mine and mine != a:  # named again after 向 is the one given to, not the donor
                    a, b = mine, b or given
            if (
                text.rfind("向", trig.start, trig.end) == -1
                and (brk := [m.end() for m in _PART_BREAK.finditer(text, cut, trig.start)])
                and (own := [m for m in parts if brk[-1] <= m.span.start and m.span.end <= trig.start])
                # (not a list of those given to that runs past a comma: "决定向大使A,副部长B和C授予…")
                and (not text.startswith("向", cut) or _GIFT_VERB.search(text, cut, brk[-1]) is not None)
            ):  # "A承诺向X提供…,B也承诺提供…": B, named in its own clause past the 向, gives too
                a = own[-1:]
            envoys = _envoy_countries(text, a)  # "俄罗斯、法国和古巴新任驻越南大使向…递交国书"
            if not envoys and "国书" in text[trig.start : trig.end]:  # "X和Y向…递交国书": each envoy named
                envoys = _listed_envoys(text, [m for m in parts if m.kind == "person" and m.span.end <= cut])
            if (
                not envoys
                and len(a) > 1
                and all(m.kind != "person" for m in a)
                and "、" in text[a[0].span.end : a[-1].span.start]
                and _coordinated(a[:1], a[1:], text) == a
            ):  # "A、B和C向X捐赠…", "A、B等组织已承诺向X提供…": every donor listed gives
                return _slot(a), _slot(b)
            return (envoys or _slot(a[-1:] or ctx.last_subject.get(key, []))), _slot(b)
        if role == "give" and len(pre) > 1 and _GIVER_GAP.fullmatch(text, pre[-1].span.end, trig.start):
            took = _TOOK_GIFTS.search(text, pre[0].span.end, pre[-1].span.start)
            if took is not None and _OF_GIFT.match(text, trig.start) and text[pre[0].span.end : took.start()].strip() == "":
                # "X接受了A提供的一批物资、B(AHA)提供的三批物资": B, just before its 提供的, gives
                # the second batch, and X, who took them all, is given to
                return _slot(pre[-1:]), _slot(pre[:1])
        if role == "give" and len(pre) > 1 and text[pre[-1].span.end : trig.start] in {"", "所"}:
            rel_gift = _GIFT_RELATIVE.match(text, trig.start)
            if rel_gift:  # "越南航空公司的飞机将日本捐赠越南的…疫苗运抵河内": 日本 gives to 越南
                got = [m for m in post if m.span.end <= rel_gift.end()]
                return _slot(pre[-1:]), _slot(got[:1])
        if (
            role == "give"
            and len(pre) > 1
            and text[pre[-1].span.end : trig.start] in {"", "也", "还", "将"}
            and re.search(r"其中\s*$", text[max(0, pre[-1].span.start - 4) : pre[-1].span.start])
        ):  # "启动澜湄合作专项基金(其中中国提供3亿美元)": the side named after 其中 gives its share
            return _slot(pre[-1:]), _slot(post[:1])
        welcomed = next((m for m in pre[1:] if text[m.span.start - 1 : m.span.start] == "对"), None)
        if (
            role in {"give", "pledge"}
            and welcomed is not None
            and _WELCOMED_AFTER.match(text, trig.end)
            and not re.search(r"[向为给]", text[welcomed.span.end : trig.start])
        ):  # "东盟各国领导人对美国承诺…继续提供疫苗等表示欢迎": the side welcomed gives, to the one welcoming
            return _slot([welcomed]), _slot(pre[:1])
        if len(pre) > 1 and _THANKED.fullmatch(text, pre[0].span.end, pre[1].span.start):
            # "A感谢B已动员…援助资源(约19亿美元),及时援助C": the one thanked gave, the speaker did not
            got = [m for m in ctx.participants(trig.end, hit.sentence.end) if m.kind in {"country", "organisation", "person"}][:1]
            return _slot(pre[1:2]), _slot(got)
        if role == "give" and len(post) > 1 and _OTHERS_GIFT.match(text, post[0].span.end):
            # "A移交了越南政府捐赠老挝和柬埔寨的物资": A hands over what his side gave; those after the verb get it
            return _slot(pre[:1] or ctx.last_subject.get(key, [])), _slot(_coordinated(post[1:2], post, text))
        return _slot(pre[:1] or ctx.last_subject.get(key, [])), _slot(_coordinated(post[:1], post, text))  # "捐赠老挝和柬埔寨": each side listed
    if role == "dispatch":  # "越南公安部救援队…赶赴缅甸首都内比都": the team helps where it goes
        team = _slot(pre[-1:] or ctx.last_subject.get(key, []))
        helped = _helped_side(ctx, trig.end, hit.sentence.end) or _destination(ctx, trig.end, clause.end)
        return team, helped or _mission_joined(ctx, trig.end, clause.end)
    if role == "receive":
        said = max(_SAID_BEFORE_RECEIPT.finditer(text, hit.sentence.start, trig.start), key=lambda x: x.end(), default=None)
        if said is not None and any(m.span.start >= said.end() for m in pre):
            # "发言人X表示,越南已接收…": the side after the speaker's words receives, not the speaker
            pre = [m for m in pre if m.span.start >= said.end()]
        else:
            said = None
        if _AWARD_RECEIVED.match(text, trig.start) and any(m.kind == "person" for m in pre):
            # "日本驻越南大使X获…授予的友谊勋章": the one decorated, not the country of his office
            pre = [m for m in pre if m.kind == "person"][-1:]
        receiver = _slot(pre[:1] or ctx.last_subject.get(key, []))
        people = [
            m
            for m in ctx.participants(hit.sentence.start, hit.sentence.end)
            if m.kind == "person" and m not in receiver and all(m.name != r.name for r in receiver)
            and (said is None or m.span.start >= said.end())
        ]
        donors = _named_envoys(text, trig, people) or people[:1] or _envoy_countries(text, post) or _slot(post[:1])
        return donors, receiver
    if role == "message":
        return _message_roles(ctx, hit)
    if role == "attend":
        if rel is not None and all(m.kind in {"place", "country"} for m in pre):
            pre = [rel]  # "前来喀山出席…会晤的X": X attends, not the city he came to
        if len(pre) > 1 and pre[0].kind != "person" and _FORUM.fullmatch(pre[0].name):
            pre = pre[1:]  # "第七届东盟防长扩大会议以视频方式举行,吴春历主持会议": the forum is not who attends
        by = text.rfind("由", clause.start, trig.start)
        if by != -1 and text.startswith("主持", trig.start) and any(m.span.start > by for m in pre):
            pre = [m for m in pre if m.span.start > by]  # "X会议由A主持召开": A chairs it, not a body in its name
        said = [m.end() for m in _SAID_OR_WELCOMED.finditer(text, clause.start, trig.start)]
        told = [m for m in pre if said and m.span.start >= said[-1]]
        if rel is None and any(m.kind in {"person", "organisation", "group"} for m in told):
            # "发言人宣布/通报了,总理X将出席…峰会": the one announced attends, not the speaker
            pre = told
        who = _slot(pre[:1] or ctx.last_subject.get(key, []))
        if pre and who and who[0] is pre[0] and who[0].kind != "person" and _UNNAMED_ATTENDEES.match(
            text, who[0].span.end, trig.start
        ):
            return [], []  # "联合国、世界银行等国际组织领导参加峰会": leaders counted, no one named attends
        if hit.trigger.type == "CONSULT" and len(who) == 1 and who[0].kind == "person":
            # "越共中央总书记阮富仲和国家主席张晋创出席大会开幕式": the leaders of one side attend together
            for m in pre[1:]:
                gap = text[who[-1].span.end : m.span.start]
                if not (
                    m.kind == "person"
                    and m.country == who[0].country
                    and m.span.end <= trig.start
                    and _JOINED_BY_OFFICE.fullmatch(gap)
                ):
                    break
                who.append(m)
        if hit.trigger.type == "CONSULT" and len(who) == 1 and who[0].kind == "country" and pre and who[0] is pre[0]:
            # "老挝、缅甸、泰国和印度等国外长与会": the ministers of every country listed attend
            for m in pre[1:]:
                if not (
                    m.kind == "country"
                    and m.span.end <= trig.start
                    and _COUNTRY_LIST_GAP.fullmatch(text, who[-1].span.end, m.span.start)
                ):
                    break
                who.append(m)
        if rel is not None and len(pre) > 1 and pre[0] is rel and all(m.span.start > trig.end for m in pre):
            who = _slot(pre)  # "会见了前来出席…论坛的A和B": every guest named came to attend
        forum = _forum(ctx, hit)
        if not forum and hit.trigger.type == "COOPERATE":  # "在华南理工大学出席…结业式": the host body
            forum = [
                m
                for m in pre
                if m.kind == "organisation"
                and m not in who
                and trig.start - m.span.end <= 2
                and re.search(r"在[^,，。;；]{0,8}$", text[clause.start : m.span.start])
            ][-1:]
        return who, forum
    if role == "express":  # "A对B表示慰问": A feels for B
        to = list(re.finditer(r"对|向", text[clause.start : trig.start]))
        cut = clause.start + to[-1].start() if to else trig.start
        subject = [m for m in pre if m.span.end <= cut]
        said = max(_SAID_BEFORE_RECEIPT.finditer(text, clause.start, cut), key=lambda x: x.end(), default=None)
        if said is not None and any(m.span.start >= said.end() for m in subject):
            # "援引美国国务院的新闻公报表示,美国政府对越南…表示深切慰问": the side the report names
            # as feeling for B, not the one whose words report it
            subject = [m for m in subject if m.span.start >= said.end()]
        first_to = clause.start + to[0].start() if to else cut
        # (代表 on behalf of a side, not inside 人民代表大会 or 代表团, which names a body)
        behalf = _BEHALF_OF_SIDE.search(text, clause.start, first_to)
        stop = first_to if behalf is None else behalf.start()
        people = [m for m in subject if m.kind == "person" and m.span.end <= stop]
        # "洪森、洪马奈、库翁·苏达里向越南…表示深切慰问": every person of the list feels for B
        a = people or subject[:1] or ctx.last_subject.get(key, [])
        told = _IN_THE_MESSAGE.search(text, clause.start, trig.start)
        if told and (people or subject) and _message_told_before(ctx, hit, people or subject[:1]):
            return [], []  # "A向B致贺信。A在贺信中对…向B致以最热烈的祝贺": what that message said
        if not people and _FIRST_PERSON_OPENS.match(text, hit.sentence.start):
            return [], []  # "“我谨代表越南政府…向俄罗斯人民致以慰问”": words written or said, told by who wrote them
        if not told and _said_in_message_before(ctx, hit, people):
            return [], []  # "A在慰问电中对…深感悲痛。A同时代表…向…表示诚挚慰问": the message goes on
        felt_for = _slot([m for m in pre if m.span.start >= cut][:1])
        if not felt_for and not to and "花圈" in text[trig.start : trig.end] and hit.sentence.section == "main":
            # "A、B、C等送花圈表示哀悼": wreaths sent to the mourning told before (a mission's), else
            # to the dateline city, as mourners who come in person
            felt_for = _mourning_holder(ctx, hit)
        if not felt_for and to and _VICTIMS.match(text, cut + 1):
            # "李强向灾区人民表示深切慰问": the people of the country the disaster struck
            felt_for = _struck_country(ctx, hit, a)
        return _slot(a), felt_for
    if role == "statement" and _asked_about(text, trig):
        return [], []  # "关于中国反对美国…的建议等问题,发言人表示": the question's topic, no one's statement
    if role == "statement":  # a spokesperson's protest or demand: the speaker, the side addressed
        if (
            hit.trigger.type == "SUPPORT"
            and "祝贺" in text[trig.start : trig.end]
            and not _PRESS_BRIEFING.search(text, hit.sentence.start, trig.start)
        ):
            return [], []  # congratulations voiced in a meeting stay in that meeting
        speakers = [m for m in ctx.participants(hit.sentence.start, trig.start) if m.kind == "person"]
        speaker = speakers[:1] or _spokesperson_before(ctx, hit, pre[:1]) or _slot(pre[:1])
        if not speaker and _COLLECTIVE.match(text[clause.start : trig.start].lstrip(" *")):
            return [], []  # "国际社会对该袭击事件表示强烈谴责": no one named speaks, not the last subject
        speaker = speaker or ctx.last_subject.get(key, [])
        if not post and _in_quoted_words(ctx, trig):
            # "发言人指出:“…。越南坚决反对台湾的行为。”": the speaker's own words, quoted, name the side
            post = [m for m in ctx.participants(trig.start, obj_end, asides=True) if m.span.start >= trig.start]
        addressed = [
            m for m in post if m.kind in {"country", "organisation", "person"} and not _DYAD_SIDE.fullmatch(m.name)
        ][:1]
        if not addressed and hit.trigger.type == "REQUEST":
            # "向中方提交照会,反对并要求中方调查": the side named again inside the demand itself
            addressed = [
                m
                for m in ctx.bodies
                if trig.start <= m.span.start
                and m.span.end <= trig.end
                and m.kind in {"country", "organisation"}
                and not _DYAD_SIDE.fullmatch(m.name)
            ][:1]
        # what the words are about is looked for in the statement's own sentence, not from a
        # speaker named paragraphs before ("…正对相关信息进行澄清。…越南强烈反对…")
        about_from = max(speaker[0].span.end, hit.sentence.start) if speaker else clause.start
        about = _ABOUT.search(text, about_from, trig.start)
        if not addressed and about:  # "发言人就菲律宾在东海的行为表示担忧": the side the words are about
            addressed = [
                m
                for m in pre
                if m.span.start >= about.end() and m.kind in {"country", "organisation", "person"}
            ][:1]
        return speaker, addressed
    if role == "host":  # the host of a banquet is the source; "设国宴,欢迎X": X is the guest
        a = _slot(pre[:1] or ctx.last_subject.get(key, []))
        if len(pre) >= 2 and _couple(text, pre[:2]):  # "天皇明仁和皇后美智子设国宴": the couple hosts
            a = pre[:2]
        guest = re.match(r"[,，]?\s*(?:热烈|隆重|热情)?(?:欢迎|招待|款待)", text[obj_end : clause.end])
        if not post and guest:
            g_end = _object_end(text, obj_end + guest.end(), clause.end)
            post = [m for m in ctx.participants(obj_end, g_end) if m.kind != "pair"]
        if not post:  # "X为Y一行举行欢迎宴会": the one the banquet is held for (为Y) is the guest
            post = [
                m
                for prev, m in pairwise(pre)
                if re.search(r"为[^,，。;；为]{0,20}$", text[prev.span.end : m.span.start])
            ][:1]
        if all(m.kind != "person" for m in post):
            # "X为出席峰会的各国领导人举行欢迎晚宴,阮春福总理和夫人出席": the named guest who attends
            post = _attending_guests(ctx, hit)[:1] or post
        return a, _slot(post)
    if role == "guest":  # "普京出席了苏林举行的欢迎国宴": the host gives it, the guest attends
        hosts = _slot([m for m in post if m.span.end <= trig.end])
        guests = pre[-1:]
        if len(pre) >= 2 and _ALONG_WITH.fullmatch(text, pre[-2].span.end, trig.start):
            guests = pre[-2:-1]  # "A与各国领导人一道出席了X举行的宴会": A is the guest told, not his company
        return hosts, _slot(guests or ctx.last_subject.get(key, []))
    if role == "cohost":  # "A与B联合举行…": A holds it with B
        # "A同B在首都利马联合举行…": the place it is held in is no side holding it
        # (nor a body told as the venue, "A同B在第8中学联合举行…": a school or a hall it is held at)
        sides = [
            m
            for m in pre
            if m.kind != "country" and not (m.kind in {"place", "organisation"} and _HELD_IN.search(text, 0, m.span.start))
        ]
        held = list(_HELD_JOINTLY.finditer(text, clause.start, trig.start))
        if held:
            # "由A与B联合举行的第一届会议和C与D联合举行的第二届会议": each joint event is held by
            # the pair told after the one before it (a country for its unnamed body too, "蒙古国议会与…",
            # when no other side is named there)
            later = [m for m in sides if m.span.start >= held[-1].end()] or [
                m for m in pre if m.span.start >= held[-1].end() and not _HELD_IN.search(text, 0, m.span.start)
            ]
            sides = later or sides
        a, b = _split_with(text, clause, trig, sides)
        a = [m for m in a if not _anaphor_of_named(m, a)]
        b = [m for m in b if m.span.end <= trig.start]
        if not b and len(a) >= 2 and a[0].country and any(m.country and m.country != a[0].country for m in a):
            # "A、B及C联合举办…" (a list with no 与/同): the first-named side holds it with the others
            b = [m for m in a if m.country and m.country != a[0].country]
            a = [m for m in a if m not in b]
        if a and not b and hit.trigger.mode == "meeting":
            b = _attending_guests(ctx, hit)
        return (a or ctx.last_subject.get(key, [])), b
    return _slot(pre), _slot(post)


_HELD_IN = re.compile(r"(?:在|于)(?:首都|首府)?\s*$")
# a joint event's verb told before in the same clause (the list's earlier item)
_HELD_JOINTLY = re.compile(r"(?:联合|共同)(?:举行|举办|主办)|合作举办")
_ALONG_WITH = re.compile(r"[^,，。;；]{0,8}?(?:与|同|和)[^,，。;；]{0,16}?(?:一道|一起)")
_GUESTS_ATTEND = re.compile(r"[^。;；]{0,120}?(?:共同|一同|一起)?(?:出席|参加)(?:了)?(?:招待会|见面会|活动)?[。;；]")
# "B在典礼上发表讲话时强调": a guest who speaks at the ceremony attends it
_SPOKE_AT_IT = re.compile(r"\s*(?:[(（][^()（）。]{1,40}[)）]\s*)?在(?:本次|此次|这次)?(?:纪念)?(?:典礼|庆典|招待会)上(?:发表)?(?:讲话|致辞|发言)")


def _attending_guests(ctx: _Context, hit: _Hit) -> list[Mention]:
    """``A在金边举行招待会,庆祝…。B(、C…)出席。``: the people said to attend the reception, in its
    sentence or the next, are the ones it is held with."""
    text = ctx.text
    stop = text.find("。", hit.sentence.end)
    stop = len(text) if stop < 0 else stop + 1
    guests = [
        m
        for m in ctx.participants(hit.span.end, stop)
        if m.kind == "person" and _GUESTS_ATTEND.match(text, m.span.end, stop)
    ]
    if not guests and hit.sentence.section == "main":
        # "X总领事馆举行某国国庆节纪念典礼。…\n\nB在典礼上发表讲话时强调": a guest of another country who
        # speaks at it, in the sentences after it
        # (the host's own speech may fill the paragraphs between): up to the next item of a roundup
        item = _NEXT_ITEM.search(text, stop, min(len(text), stop + 1500))
        end = item.start() if item else min(len(text), stop + 1500)
        hosts = {m.country for m in ctx.participants(hit.sentence.start, hit.span.start) if m.country}
        guests = [
            m
            for m in ctx.participants(hit.span.end, end)
            if m.kind == "person" and m.country and m.country not in hosts and _SPOKE_AT_IT.match(text, m.span.end)
        ][:1]
    if not guests and hit.sentence.section == "main":
        # "…大使馆举行活动庆祝越南国庆。…出席活动的印度航空部长X代表印度政府…": a guest named later in
        # the same item of a roundup (up to the next item opened with *), as the one who attended it
        item = _NEXT_ITEM.search(text, stop, min(len(text), stop + 600))
        end = item.start() if item else min(len(text), stop + 600)
        for at in _ATTENDED_IT.finditer(text, stop, end):
            people = [m for m in ctx.participants(at.end(), end) if m.kind == "person"]
            if people and _OFFICE_ONLY.fullmatch(text, at.end(), people[0].span.start):
                guests = people[:1]
                break
    return _slot(guests[:1])


# "*同一天在…": the next item of a roundup
_NEXT_ITEM = re.compile(r"\n\s*[*＊]")
# "出席活动的印度航空部长X": the one who attended the occasion, his office between
_ATTENDED_IT = re.compile(r"(?:出席|参加)(?:了)?(?:本次|此次|这次)?(?:招待会|活动|仪式|庆祝活动|纪念活动)的")
_OFFICE_ONLY = re.compile(r"[^,，。;；、和与及]{0,20}")


def _two_named(ctx: _Context, hit: _Hit, source: list[Mention], target: list[Mention]) -> list[Mention]:
    """``土耳其和叙利亚…发生强烈地震后,越南政府决定向两国各提供…``: a bare 两国 (no country of its
    own) is the two countries its sentence names before it, when exactly two besides the source's."""
    if not any(m.name == "两国" and m.country is None for m in target):
        return target
    own = {m.country for m in source}
    named: list[Mention] = []
    for m in ctx.participants(hit.sentence.start, hit.span.start, asides=True):
        if m.kind == "country" and m.country and m.country not in own and all(m.country != n.country for n in named):
            named.append(m)
    if len(named) != 2:
        return target
    return [n for m in target for n in (named if m.name == "两国" and m.country is None else [m])]


# "阮富仲和国家主席张晋创": a second person joined by 和/与/及/、 and named after an office of his own
# "A(Latin)和B": a second name joined by 和 alone, with no office of its own
_BARE_AND = re.compile(r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*和\s*")


def _one_side_pair(text: str, a: list[Mention], b: list[Mention]) -> bool:
    """``甲党双主席A和B共同主持``: B, joined to A by 和 with no office and no country of its own,
    shares A's office and side; two sides would each be named with their own."""
    if len(a) != 1 or len(b) != 1:
        return False
    x, y = a[0], b[0]
    return (
        x.kind == "person"
        and y.kind == "person"
        and x.country is not None
        and y.country is None
        and x.span.end <= y.span.start
        and _BARE_AND.fullmatch(text, x.span.end, y.span.start) is not None
    )


_JOINED_BY_OFFICE = re.compile(r"\s*[和与及、]\s*[^,，。;；\s和与及、]{0,16}")
# "埃及外交部长", "埃及国防部部长": the unnamed head of the body just named
_BODY_HEAD_AFTER = re.compile(r"(?:部?长|大臣|主席|议长)")
# "老挝、缅甸和泰国": the bare joint between two countries of one list
_COUNTRY_LIST_GAP = re.compile(r"\s*(?:[和与及、]|以及)\s*")


def _coordinated(first: list[Mention], later: list[Mention], text: str) -> list[Mention]:
    """``向土耳其和叙利亚各提供…``: the recipient and those joined to it by 和/与/及/、 (same kind)."""
    out = list(first)
    for m in later:
        if not out or m.span.start < out[-1].span.end:
            continue
        if m.kind != out[-1].kind or not (
            re.fullmatch(r"\s*[和与及、]\s*", text[out[-1].span.end : m.span.start]) or _office_joined(out[-1], m, text)
        ):
            break
        out.append(m)
    return out


# "向法国驻越南大使A(Latin)、德国驻越南大使B…转交": people listed each with an office before the name
_LISTED_WITH_OFFICE = re.compile(r"(?:\s*[(（][^()（）,，。;；]{1,60}[)）])?\s*[和与及、]\s*[^,，。;；\s和与及、()（）]{1,16}")


def _office_joined(prev: Mention, m: Mention, text: str) -> bool:
    """Two people of a list joined by 、/和 with the second one's office (and the first one's Latin
    form) between them: ``大使A(Latin)、德国驻越南大使B``."""
    return prev.kind == m.kind == "person" and _LISTED_WITH_OFFICE.fullmatch(text[prev.span.end : m.span.start]) is not None


def _destination(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The country of the first place written right after a verb of going (``赶赴缅甸首都…``)."""
    for s, e, entry in geo_in(ctx.text, start, min(end, start + 12)):
        if entry.kind == "organisation" or not entry.country:
            continue
        if entry.kind == "country":
            return [Mention(Span(s, e, "country"), ctx.doc.text[s:e], "country", country=entry.country)]
        return [Mention(Span(s, e, "place"), ctx.doc.text[s:e], "place", country=entry.country)]
    return []


def _mission_joined(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The international body a unit is sent to, named right after the verb of going
    (``欢送工兵分队赴联合国阿卜耶伊临时安全部队执行维和任务``): the mission it serves, no country."""
    for m in ctx.participants(start, end):
        if m.kind == "organisation" and m.sector == "IGO" and m.span.start - start <= 2:
            return [m]
    return []


# "赶赴阿速坡省萨南赛县,协助老方开展搜救工作": the side the team goes to help, named after the place
_HELPS = re.compile(r"[^。;；!！]{0,30}?(?:协助|帮助|支援|配合)(?=\S{1,3}方)")


def _helped_side(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The side word (``缅方``, ``老方``) a team sent abroad is said to help, when it names a country."""
    m = _HELPS.match(ctx.text, start, end)
    if m is None:
        return []
    for s, e, entry in geo_in(ctx.text, m.end(), min(end, m.end() + 4)):
        if s == m.end() and entry.kind == "side" and entry.country:
            return [Mention(Span(s, e, "country"), ctx.doc.text[s:e], "country", country=entry.country)]
    return []


# "马克龙2025年5月访问越南和苏林2024年10月访问法国": 和 opens a second visitor's own dated visit
# (not "会见了A和正在越南访问的B", where the visit describes the one met)
_NEXT_VISITOR = (
    r"[和及](?=[^,，。;；的和及]{2,40}?(?:[0-9]{1,2}月|[0-9]{4}年)[^,，。;；的和及]{0,8}?"
    r"(?:访问|访华|访越)(?!的|期间|之际))"
)
_NEXT_VISITOR_AT = re.compile(_NEXT_VISITOR)
# "会见A和会见B": 和 before a second verb ends the first verb's object too
# "会见了南非和尼日利亚驻越南大使时建议…": 时 closing a meeting frame, the speaker's verb right after it
_OBJECT_END = re.compile(
    r"[,，;；。]|并(?:同|与|和|在|出席|会见|参观|举行)?|[和及](?=会见|会晤|接见|拜会|看望|出席|参观)"
    r"|(?<!比利)时(?=表示|建议|强调|指出|认为|希望|重申|提出)|" + _NEXT_VISITOR
    # "会见A和B、与C举行…会晤、出席…": a list of what one did, each item after 、 with a verb of its own
    + r"|、(?=(?:同|与|跟)[^、,，。;；]{1,40}?(?:举行|进行)|(?:会见|会晤|接见|拜会|出席|参加|参观|看望|主持)"
    + r"(?!(?:会议|峰会|大会)?(?:国家|代表|人数|成员)))"
)


# "拜访老挝国家主席A,老挝国会主席B以及政府总理C。": the last items of a list of people, after a
# comma, joined by 以及/和/及 and closing the sentence, with no verb of their own
_LIST_TAIL = re.compile(r"[,，]([^,，。;；]{2,40}?(?:以及|和|及)[^,，。;；]{2,40}?)(?=[。;；]|$)")
_LIST_TAIL_VERB = re.compile(
    r"表示|强调|指出|认为|希望|介绍|举行|出席|参观|参加|会见|会晤|会谈|拜会|签署|访问|通报|重申|感谢|祝贺|"
    # "会见X,探望越南驻华大使馆工作人员以及侨胞": a call on a mission opens a clause of its own
    r"看望|探望|探访|慰问|前往|视察|考察|走访|接见|宴请|"
    r"就|对|为|向|在|将|已|并|是|的"
)


# "…保持互访,其中值得一提的是…": the examples of a record told before
_AMONG_THEM = re.compile(r"[,，]\s*其中(?:最)?(?:值得一提的是|值得关注的是|包括|有|特别是|尤其是)?")


def _listed_object_end(text: str, start: int, end: int, clause_end: int) -> int:
    """The object's end, past a comma that only parts the items of a list of people
    (``拜访A,B以及C``): a comma the translation put in place of 、."""
    m = _LIST_TAIL.match(text, end, clause_end)
    if m is None or _LIST_TAIL_VERB.search(m.group(1)):
        return _named_items_end(text, start, end, clause_end)
    return m.end()


# "(Fuat Oktay)": a person's Latin form closing a list item
_LATIN_CLOSE = re.compile(r"[(（]\s*[A-Za-z][^()（）]{0,60}[)）]$")
_ITEM_COMMA = re.compile(r"[,，]")
_LATIN_PART = re.compile(r"[(（]\s*[A-Za-z][^()（）]{0,60}[)）]")
_ITEM_ADVERB = re.compile(r"同时|随后|此外|其中|还|也|均|都")


def _named_items_end(text: str, start: int, end: int, clause_end: int) -> int:
    """``分别会见了土耳其副总统A(Fuat Oktay),正义与发展党副主席B(Cevdet Yilmaz),土耳其内政部长
    C(Suleyman Soylu),同时前往…``: the object's first item closes on a Latin name, and each item
    after a comma that closes on one too, or opens on a country's name (or a body or place of one),
    with no verb in it, is one
    more person met; the list ends at the first other part (``同时前往…``)."""
    if not _LATIN_CLOSE.search(text, start, end):
        return end
    pos = end
    while pos < clause_end and _ITEM_COMMA.match(text, pos):
        nxt = _ITEM_COMMA.search(text, pos + 1, clause_end)
        stop = nxt.start() if nxt else clause_end
        last = text[stop - 1] in "。;；"  # the item that ends the sentence: "…,澳大利亚总理A(…)等。"
        if last:
            stop -= 1
        item = text[pos + 1 : stop].strip()
        # "…,澳大利亚总理A(Anthony Albanese)和秘鲁总统B(Dina Boluarte Zegarra)等": the last item may
        # join two people; their Latin forms do not count towards its length
        bare = _LATIN_PART.sub("", item)
        if not 2 <= len(bare) <= 40 or _LIST_TAIL_VERB.search(item) or _ITEM_ADVERB.search(item):
            break
        opens_on_country = any(
            g[0] == pos + 1 and g[2].country for g in geo_in(text, pos + 1, stop)
        )
        if last and not (opens_on_country and _LATIN_PART.search(item)):
            break  # the sentence's last words are one more person met only told so (a country, a Latin name)
        if not (_LATIN_CLOSE.search(item) or opens_on_country):
            break
        pos = stop
        if last:
            break
    return pos


def _object_end(text: str, start: int, end: int) -> int:
    """Where the object of a verb ends: the next comma, semicolon or ``并`` (a second verb); two
    verbs sharing one object (``会见并宴请X``) end it after the second (a list of people after a
    comma, ``拜会A,B以及C``, is taken up by ``_listed_object_end``)."""
    shared = _SHARED_OBJECT_VERB.match(text, start) or _CAME_AND_RELATIVE.match(text, start)
    m = _OBJECT_END.search(text, shared.end() if shared else start, end)
    return m.start() if m else end


# "会见来访并祝贺新年的X": the 并 of a relative clause before the one met, not a second verb
_CAME_AND_RELATIVE = re.compile(r"(?:了)?(?:前来|来访|来越|来华|到访|专程前来)[^,，。;；的并]{0,6}并[^,，。;；的并]{1,12}的")
# "会见并宴请老挝国家主席": the second verb right after the first takes the same object
_SHARED_OBJECT_VERB = re.compile(r"(?:了)?并(?:设宴)?(?:宴请|款待|招待|欢迎|接见|会见)(?:了)?")



# "表示高兴", "感到满意", "强调…": words of a stance or a statement open no noun phrase
_STANCE_OPENS = re.compile(r"(?:表示|感到|强调|指出|认为|希望|称赞|赞赏)")


_ENVOY_WORD = re.compile(r"(?:大使|使节|外交使团团长)")
# "在…工作会议上发表讲话", "在座谈会期间": a meeting noun, then the word that closes 在…上/中/期间
_MEETING_NOUN_BEFORE = re.compile(r"(?:会议|座谈会|会谈|会晤|见面会)$")
_FRAME_CLOSE_AFTER = re.compile(r"\s*(?:上|中|期间|时)")


def _object_phrase(ctx: _Context, start: int, end: int) -> list[Mention]:
    """A group named as the object (``看望慰问党和国家历届原领导同志``): the noun phrase itself."""
    stop = _object_end(ctx.text, start, end)
    phrase = ctx.text[start:stop]
    if phrase[:1].isspace():
        return []  # "X将赴智利访问 多方面加强合作": a title's space starts its second headline, no object
    if "的" in phrase:
        phrase_start = start + phrase.rindex("的") + 1
    else:
        phrase_start = start + (len(phrase) - len(phrase.lstrip("了 ")))
    if stop - phrase_start < 2 or stop - phrase_start > 40:
        return []
    if _STANCE_OPENS.match(ctx.text, phrase_start):
        return []  # "与各位使节会面表示高兴": a stance told after an intransitive verb, no object
    if _MEETING_NOUN_BEFORE.search(ctx.text, max(0, start - 3), start) and _FRAME_CLOSE_AFTER.match(ctx.text, start):
        return []  # "在…工作会议上发表讲话": the meeting noun closes a frame (在…上), what follows is no object
    span = Span(phrase_start, stop, "group")
    country, _ = country_of_text(ctx.text, phrase_start, stop)
    return [Mention(span, ctx.doc.text[phrase_start:stop], "group", country=country)]


# "…大会总结会议", "…论坛工作总结会": a meeting reviewing a forum once it is over, not the forum
_FORUM_REVIEWED = re.compile(r"(?:的)?(?:工作)?总结(?:会议|会)")


def _forum(ctx: _Context, hit: _Hit) -> list[Mention]:
    text = ctx.text
    m = _FORUM.search(text, hit.span.end, hit.clause.end)
    if m is not None and _POINTING_FORUM.fullmatch(m.group()):  # "出席峰会及相关会议", "本届年会"
        m = None
    if m is not None and _chaired_bare(text, hit.span.start, hit.span.end):
        m = None  # "主持会议,各国领导人…出席会议": the chaired forum is the one told before
    framed = _FORUM.search(text, m.end(), hit.clause.end) if m and _FRAMEWORK_OF.match(text, m.end()) else None
    if framed is not None:  # "出席A会晤框架下的B对话会": B is attended, A only frames it
        m = framed
    if m is not None and _FORUM_REVIEWED.match(text, m.end()):
        return []  # "出席第九届全球青年议员大会总结会议": the hosts' review of a forum held before, no forum attended
    # "主持峰会", "出席本次会议": the forum's bare name points back at the one named before;
    # so does a session known by its theme only (出席以“迈向和平…的世界”为主题的会议)
    bare = re.match(
        # "出席并指导会议": the meeting attended and guided is the one told before, no forum named
        # "出席并在此次会议上发表讲话": the speech made at the forum told before
        r"(?:了)?(?:并(?:指导|主持|见证|在))?(?:召开(?:了)?)?"
        r"(?:(?:本次|此次|这次|本届|该)?(?:会议|峰会|论坛|大会|年会)|(?:本次|此次|这次|本届)(?:会晤|对话会))",
        text[hit.span.end : hit.clause.end],
    ) or re.match(_THEMED_SESSION, text[hit.span.end : hit.clause.end]) or _BARE_SESSION.match(text, hit.span.end)
    bare = bare or _BARE_VOTE.match(text, hit.span.end)
    if bare and m is not None and m.end() <= hit.span.end + bare.end():
        m = None
    if (
        m is None
        and not bare
        # "越共中央总书记阮富仲出席并发表讲话": a bare 出席 with the speech made there
        and not re.match(r"与会|出席会议|参加会议", text[hit.span.start : hit.span.end + 2])
        and not _BARE_ATTEND_SPEECH.match(text, hit.span.start, hit.span.end + 4)
        and not _BARE_ATTEND_END.match(text, hit.span.start)
        and not _chaired_bare(text, hit.span.start, hit.span.end)
        and not _SPOKE_AT_BARE.match(text, hit.span.start, hit.span.end)
    ):
        return []  # "出席仪式": no forum named, none to borrow
    earlier = None if m else _earlier_forum(ctx, hit)
    if earlier is not None and _bare_chair_of_other(text, hit, earlier):
        return []
    if (
        earlier is not None
        and _BARE_ATTEND_SPEECH.match(text, hit.span.start, hit.span.end + 4)
        and not _SUMMIT_LEVEL.search(earlier.group())
    ):  # "…纪念大会在河内举行。X出席并讲话": a ceremony at home, not a summit-level forum
        return []
    if (
        _BARE_ATTEND_END.match(text, hit.span.start)
        and not re.match(r"出席会议", text[hit.span.start : hit.span.end + 2])
        and not _opened_forum_attended(text, hit, earlier)
    ):
        return []
    forums = _forum_mention(ctx, m or earlier)
    while m is not None:  # "出席了A外长会、B峰会外长会和C论坛外长会": each forum of the list
        m = _FORUM.match(text, m.end() + 1) if re.match(r"[、和及]", text[m.end() : m.end() + 1]) else None
        if m is not None and _GENERIC_FORUM.fullmatch(m.group()):
            break  # "…外长会议及相关会议": the related meetings, not a forum named
        forums += _forum_mention(ctx, m)
    # "出席并指导会议" told before: a verb joined by 并 and a bare 会议 name no forum
    return [
        f
        for f in forums
        if not _bilateral_summit(f.name) and not _JOINED_VERB_FORUM.match(f.name) and not _FORUM_OF_A_KIND.fullmatch(f.name)
    ]


_JOINED_VERB_FORUM = re.compile(r"并(?:指导|主持|见证|出席|参加)")
# "出席各场会议", "及相关高级别会议": meetings of a kind, no forum named (a bare 对话会 is kept: the
# forum's name may be cut before it)
_FORUM_OF_A_KIND = re.compile(
    r"(?:相关|有关|系列|其他|各场|各次|各项)(?:相关|有关)?(?:系列)?(?:高级别)?(?:会议|峰会|论坛|大会|年会|对话会)"
)


def _opened_forum_attended(text: str, hit: _Hit, earlier: re.Match[str] | None) -> bool:
    """``…第77届联合国大会一般性辩论开幕。…X率领的越南代表团出席。``: a bare 出席 ending its sentence
    attends a summit-level or numbered forum whose opening (开幕, 举行, 召开) the sentence before
    told, when its own sentence names nothing else to attend (``出席仪式,…以视频方式出席``, a
    banquet, a chair's 由…主持 with the guests listed after it)."""
    if earlier is None or earlier.end() > hit.sentence.start:
        return False
    if not (_SUMMIT_LEVEL.search(earlier.group()) or find_meetings(text, earlier.start(), earlier.end())):
        return False
    stop = text.find("。", earlier.end(), hit.sentence.start)
    if stop == -1 or not _OPENED.search(text, earlier.end(), stop) or text.count("。", stop + 1, hit.sentence.start) > 1:
        return False  # the opening told in one of the two sentences before this one
    return not _OTHER_ATTENDED.search(text, hit.sentence.start, hit.span.start)


_OPENED = re.compile(r"开幕|举行|召开")
_OTHER_ATTENDED = re.compile(r"仪式|典礼|宴|招待会|主持|由|活动|出席|参加")


def _bilateral_summit(name: str) -> bool:
    """``第二次朝美领导人会晤``: a summit of two countries named by their short forms is a meeting of
    their two leaders, told by its own sentences; a guest who comes to attend it attends no forum."""
    one, _pair = _short_pair_words()
    return bool(
        re.fullmatch(
            rf"(?:第\s*[\d一二三四五六七八九十]{{1,3}}次|首次)?(?:{one.pattern}){{2}}(?:两国)?(?:领导人|首脑|元首)"
            r"(?:第\s*[\d一二三四五六七八九十]{1,3}次)?(?:非正式)?(?:会晤|会谈|峰会)",
            name,
        )
    )


# "…第六次领导人会议在河内开幕。X主持会议": a bare 主持会议 points back at a summit-level forum only
# (or a ministers' one: "亚太经合组织贸易部长会议在河内举行。…部长X主持会议")
# (a government meeting or a commemoration is chaired too, and is no diplomatic event)
_CHAIRED_BARE = re.compile(r"主持(?:召开)?(?:了)?(?:本次|此次|这次|该)?(?:会议|峰会|论坛)$")


def _chaired_bare(text: str, start: int, end: int) -> bool:
    """``主持会议``, ``主持峰会``, or ``主持召开`` with nothing after it (``会议由X主持召开,``): the
    chaired forum is the one told before."""
    return _CHAIRED_BARE.match(text, start, end) is not None or (
        text[start:end] == "主持召开" and text[end : end + 1] in {",", "，", "。", ";", "；"}
    )


# "…峰会在釜山开幕。X在峰会上发言": speaking at the summit told before is attending it
_SPOKE_AT_BARE = re.compile(r"在(?:本次|此次|这次|本届|该)?(?:峰会|会议|(?:公开)?辩论会)上$")
# "…峰会闭门会议…。X在会议上发表讲话": a bare 会议 points back only at a summit-level forum
_SPOKE_AT_BARE_MEETING = re.compile(r"在(?:本次|此次|这次|本届|该)?会议上$")
_SUMMIT_LEVEL = re.compile(r"(?:领导人|首脑|外长|部长级|(?<!副)部长|财长|防长|东盟协调(?:委员会|理事会))(?:[^,，。;；]{0,6})?(?:会议|会晤)|峰会")


def _bare_chair_of_other(text: str, hit: _Hit, earlier: re.Match[str]) -> bool:
    """``X主持会议`` or ``X在会议上发言`` whose forum told before is not summit-level: no forum to attend."""
    if text[hit.span.end - 2 : hit.span.end] == "论坛" and _MANY_COUNTRIES_FORUM.search(earlier.group()):
        return False  # "首届…柬老缅越泰五国论坛…举行。泰国总理X主持召开论坛": a forum of several countries
    return bool(
        _chaired_bare(text, hit.span.start, hit.span.end)
        or _SPOKE_AT_BARE_MEETING.match(text, hit.span.start, hit.span.end)
    ) and not _SUMMIT_LEVEL.search(
        earlier.group()
    )


# "大湄公河次区域五国论坛", "东盟商务论坛", "越南—马来西亚商务论坛": a forum of several countries,
# which a leader who chairs it (主持论坛) attends like a summit
_MANY_COUNTRIES_FORUM = re.compile(r"[三四五六七八九十多]国|东盟|湄公河|澜沧江|亚太|国际|全球|世界|[—\-]")


# "…峰会…开幕。越共中央总书记X出席并发表讲话": a bare 出席 with the speech made there (summit-level only)
_BARE_ATTEND_SPEECH = re.compile(r"(?:出席|与会)并(?:发表|致辞|讲话|发言)")
# "…一般性辩论开幕。…X率领的越南高级代表团出席。": attending the forum told just before, the sentence's last word
_BARE_ATTEND_END = re.compile(r"出席(?:了)?(?=[。;；]|$)")
# "会议在万象开幕。X出席开幕式并致辞": the opening of the forum told just before
_BARE_SESSION = re.compile(r"(?:了)?(?:开幕式|闭幕式|全体会议|全会)(?=并|[,，。;；\n]|$)")
# "联合国大会…选举越南为…。X出席了投票": the vote of the assembly told just before
_BARE_VOTE = re.compile(r"(?:了)?(?:投票|表决)(?=并|[,，。;；])")
_FRAMEWORK_OF = re.compile(r"(?:框架(?:下|内)|期间举行)的")
_THEMED_SESSION = r"(?:了)?(?:以|就)“[^”]{1,60}”为(?:主题|题)的(?:全体|专题)?(?:会议|峰会|论坛|大会|会)"
# "…峰会及相关系列会议", "及相关高级别会议", "出席各场会议": the meetings of a kind, none of them named
_GENERIC_FORUM = re.compile(
    r"(?:(?:本次|此次|这次|本届|该|相关|有关|系列|其他|各场|各次|各项)(?:相关|有关)?(?:系列)?(?:高级别)?"
    r"|(?:系列)?高级别)?"
    r"(?:会议|峰会|论坛|大会|年会|对话会)"
)
_POINTING_WORD = re.compile(r"本次|此次|这次|本届|该")
# "峰会及相关会议", "本届年会": no forum named, the one named before is meant
_POINTING_FORUM = re.compile(_GENERIC_FORUM.pattern + r"(?:(?:及|和|以及)(?:其他|相关|有关)?(?:系列)?(?:会议|活动))?")


_CLAUSE_IN_FORUM = re.compile(r"(?<![合兼])并(?:被|列入|纳入|写入)|被(?:列入|纳入|写入)")


def _earlier_forum(ctx: _Context, hit: _Hit) -> re.Match[str] | None:
    """The forum named last before ``hit`` in its section (与会, 主持峰会 point back at it)."""
    region = _section_region(ctx.doc, hit.sentence)
    found = []
    named_end = region[0]
    for f in _FORUM.finditer(ctx.text, region[0], hit.span.start):
        if f.start() < named_end or ctx.text[f.start()] in "(（":
            continue  # "世界经济论坛第十四届新领军者年会(夏季达沃斯论坛)": the rest of a name, an alias
        if found and f.start() == named_end and _SESSION_OF.match(f.group()):
            named_end = f.end()  # "第44届东盟峰会开幕式和全体会议": sessions of the forum just named
            continue
        numbered = _NUMBERED_PART.match(ctx.text, f.end())
        named_end = numbered.end() if numbered else f.end()
        if (
            len(f.group()) >= 6
            and not _BARE_FORUM.search(f.group())
            and not _DESCRIBED_FORUM.search(f.group())  # "是越南首次承办各国议会联盟大会": a description
            and not _HEAD_OF_BODY.match(ctx.text, f.end())  # "应世界经济论坛创始人X的邀请": the body, not a meeting
            and not _KIND_OF_FORUM.search(f.group())  # "在东盟议会联盟(AIPA)等多边议会论坛上": a kind, not a meeting
            and not _SERIES_OF_MEETINGS.search(f.group())  # "拉开东盟2017年一系列最重要会议的序幕"
            and not _BARE_SESSION_AT.search(f.group())  # "X在全体会议上发言": a session of the forum, not a name
            and not _GENERIC_FORUM.fullmatch(re.split(r"[在的]", f.group())[-1])  # "范明政在峰会上发言": none named
            # "出席第72届联合国大会一般性辩论。…的本届联合国大会一般性辩论吸引…": the one named before
            and not (found and _POINTING_WORD.match(re.split(r"[在的]", f.group())[-1]))
            # (the sentence opens after a full stop or a line break: a heading above, "…要闻回顾",
            # recalls nothing)
            and not _recalled_forum(
                ctx.text,
                max(ctx.text.rfind("。", 0, f.start()) + 1, ctx.text.rfind("\n", 0, f.start()) + 1, region[0]),
                f.start(),
            )
            # "…研究中心主任许利平教授就越南代表团为本届论坛": a clause read as far as a bare 论坛, not a
            # forum's name (no person's name stands inside one)
            and not _person_inside_forum(ctx, f)
            # "倡议受到各国的好评并被列入会议的文件": a clause read as far as a bare 会议, its verbs
            # joined by 并 or told in the passive, no forum's name
            and not _CLAUSE_IN_FORUM.search(f.group())
        ):
            found.append(f)
    return found[-1] if found else None


def _person_inside_forum(ctx: _Context, f: re.Match[str]) -> bool:
    """The forum's name as read (its lead cut off: 出席…, 在…, …的) holds a person's name: a clause, not a name."""
    named = _forum_mention(ctx, f)
    return bool(named) and any(
        named[0].span.start < p.span.end and p.span.start < named[0].span.end for p in ctx.persons
    )


# "他回顾,4月14日,…特别峰会以视频方式举行": an earlier meeting recalled, not the one 峰会 points back at
# "这是东盟历史上首次以视频方式举行的例行峰会": a sentence describing the meeting, no name of its own
_RECALLED = re.compile(r"回顾|忆及")
_DESCRIBED_HERE = re.compile(r"\s*这(?:次|届)?(?:峰会|会议)?是")


def _recalled_forum(text: str, sent_start: int, at: int) -> bool:
    """A forum named in a sentence that recalls an earlier one or describes the one told."""
    return _RECALLED.search(text, sent_start, at) is not None or _DESCRIBED_HERE.match(text, sent_start) is not None
_BARE_SESSION_AT = re.compile(r"(?:在|出席|参加)(?:了)?(?:本次|此次|这次|本届|该)?(?:会议)?(?:开幕式|闭幕式|全体会议|全会|开幕会|闭幕会|会议)$")
_SERIES_OF_MEETINGS = re.compile(r"一系列|拉开")
_KIND_OF_FORUM = re.compile(r"(?<!平)等(?:多边|国际|地区|区域)?")
_SESSION_OF = re.compile(r"(?:开幕式|闭幕式|全体会议|全会|开幕会|闭幕会)")
# "是越南首次承办…大会", "主办…会议": a clause about hosting meetings of that kind, not a meeting's name
_DESCRIBED_FORUM = re.compile(r"^是|(?:承办|主办|举办)(?![^的]*的)")
_HEAD_OF_BODY = re.compile(r"(?:创始人|执行主席|主席|秘书长|总干事|总裁|负责人)")
# "会议通过了…", "峰会上发表了…": the subject is the meeting itself
# "…大会闭幕 通过…", "…峰会在万象闭幕并通过…": the named meeting closed, then adopted
_CLOSED_THEN = re.compile(r"(?:在[^,，。;；]{1,20}?)?(?:闭幕|落幕|结束)(?:时)?\s*(?:并|[,，])?\s*")
# ("会议已发表了联合声明": an adverb of time or manner before the verb)
_MEETING_SUBJECT = re.compile(r"\s*(?:本次|此次|这次|该)?(?:会议|峰会|大会|论坛|领导人会议)(?:上|期间)?\s*(?:已经|已|还|也|最后|最终)?\s*")
# "学者和代表出席会议": a verb and a bare forum word point at a forum, they do not name one
_BARE_FORUM = re.compile(r"(?:出席|参加|参与|召开|举行|主持)(?:了)?(?:本次|此次|这次|本届|该)?(?:会议|峰会|论坛|大会|年会)$")


# "首届柬埔寨-老挝-越南三国国会高层会议通过了…": a named forum right before the adopting verb
_NAMED_FORUM_ADOPTS = re.compile(rf"(?P<forum>{_FORUM.pattern})\s*(?:已经|已|还|也)?\s*(?:一致)?\s*$")
# a forum of more than two sides: a summit, or one named with three sides or a regional body
_MANY_SIDED_FORUM = re.compile(r"峰会|三国|三方|多边|柬老越|柬埔寨[-—–]老挝[-—–]越南|CLV|东盟|湄公河|澜沧江|联合国")


# "7月13日,会议通过了…": the day the adopting meeting is told with, before its subject
# ("18日,会议发表了…": the day alone, its month told with the meeting the sentence before)
_DAY_FIRST = re.compile(r"(?:(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日|" + _SAME_DAY_WORDS + r"|次日)(?:上午|下午|晚上|晚)?\s*[,，]\s*")


def _after_day(text: str, start: int) -> int:
    m = _DAY_FIRST.match(text, start)
    return m.end() if m else start


# a paragraph opening with the dateline and then the forum's name (``越通社芽庄——东盟外长…会议…举行``)
_DATELINE_HEAD = re.compile(r"越通社[^,，。;；—\n]{0,16}——\s*")


def _forum_mention(ctx: _Context, m: re.Match[str] | None) -> list[Mention]:
    if m is None:
        return []
    text = ctx.text
    s, end = m.start(), m.end()
    dateline = _DATELINE_HEAD.match(text, s, m.end())
    if dateline and dateline.end() < m.end() - 2:  # "越通社芽庄——东盟外长非正式会议…": the forum, not the dateline
        s = dateline.end()
    numbered = _NUMBERED_PART.match(text, end)
    if numbered:  # "世界经济论坛第十四届新领军者年会": the body's numbered meeting, not the body alone
        end = numbered.end()
    segment = _ABBREVIATED_SEGMENT.match(text, end)
    if segment and not re.search(r"[和及与或、]", segment.group(1)):
        end = segment.end()  # "第二十八次缔约方大会(COP28)世界气候行动峰会": a segment of the meeting
    # "出席…领导人在线会议": 在 of 在线 (online) is part of the name, not a place before it
    # (never a word inside quotes: "第29届“亚洲的未来”国际会议" keeps its quoted 的)
    head = text[s : m.end()]
    cut = max(
        (x.end() for x in _FORUM_LEAD.finditer(head) if head.rfind("“", 0, x.start()) <= head.rfind("”", 0, x.start())),
        default=0,
    )
    if cut and cut < m.end() - s - 2:
        s += cut
    if text.startswith("了", s) and m.end() - s > 3:  # "并出席了越韩商务论坛": the aspect mark, not the name
        s += 1
    while text[s] in "—-" and m.end() - s > 3:  # "越通社河内 ——第73届联合国大会…": the dateline's dash
        s += 1
    close = text.rfind("”", s, m.end())
    if close != -1 and text.find("“", s, close) == -1 and m.end() - close > 3:
        s = close + 1  # "题为“…(a long theme)…的合作”高级别公开辩论会": the theme's tail is no part of the name
    # "出席了题为“越南战争高层论坛”研讨会": the naming words and an opening quote left unclosed are no part of it
    titled = _TITLED_OPEN.match(text, s, end)
    if titled and text.find("”", titled.end(), end) == -1 and end - titled.end() > 2:
        s = titled.end()
    # "日内瓦举行的第五届…", "在吉隆坡举行第69次党代表大会": where and how it is held, not its name
    held = re.match(r"[^的,，]{1,12}?(?:举行|召开|举办)(?:的|(?=第))", text[s : m.end()])
    if held and held.end() < m.end() - s - 2:
        s += held.end()
    # "出席越南 – 菲律宾贸易投资论坛": a pair of countries joined by a spaced dash opens the name
    pair = _SPACED_PAIR_BEFORE.search(text, max(0, s - 14), s)
    first = [g for g in geo_in(text, pair.start(1), pair.end(1)) if g[1] == pair.end(1)] if pair is not None else []
    if first and first[-1][2].kind == "country":
        s = first[-1][0]
    return [Mention(Span(s, end, "forum"), ctx.doc.text[s:end], "organisation", sector="IGO")]


_SPACED_PAIR_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,8})(?:\s+[–—-]\s*|\s*[–—-]\s+)$")


_TITLED_OPEN = re.compile(r"(?:题为|题目为|标题为|主题为|名为)?\s*“")
_FORUM_LEAD = re.compile(r"(?:出席|参加|主持|召开|举行|举办)了?|在(?!线)|的")  # "在河内召开X大会": the name starts after the verb


# "…缔约方大会(COP28)世界气候行动峰会": after the meeting's abbreviation, the part of it attended
_ABBREVIATED_SEGMENT = re.compile(rf"[(（][A-Za-z][A-Za-z\d]{{1,9}}[)）]([{CJK}]{{1,12}}?(?:峰会|会议|论坛))")
_NUMBERED_PART = re.compile(rf"第\s*[\d一二三四五六七八九十百]{{1,4}}[届次][{CJK}]{{0,10}}?(?:年会|峰会|大会|会议)")


def _section_region(doc: Document, sent: Sentence) -> tuple[int, int]:
    if sent.section == "related" and sent.teaser is not None:
        sp = doc.teasers[sent.teaser].span
        return sp.start, sp.end
    return 0, sent.start


# what may follow the last name of a clause that only lists a sender: its Latin spelling in brackets
_BARE_NAME_END = re.compile(r"\s*(?:[(（][^()（）。;；,，]{1,60}[)）])?\s*[;；]?\s*")


# "A(Latin)和B党中央委员会向…": a conjunction, a Latin spelling in brackets before it at most
_LISTED_JOIN = re.compile(r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*(?:和|及|以及|、)\s*")


def _with_listed_bodies(text: str, senders: list[Mention], kept: list[Mention]) -> list[Mention]:
    """``墨西哥劳动党协调员A和墨西哥共产党中央委员会向X致唁电``: a body listed beside a named sender,
    joined by 和/及/、 (not the person's own office), sends the message too, though people outrank
    the bodies around them."""
    if not kept or any(m.kind != "person" for m in kept):
        return kept
    out = list(kept)
    for m in senders:
        if m.kind != "organisation" or m in out:
            continue
        before = [p for p in kept if p.span.end <= m.span.start]
        after = [p for p in kept if p.span.start >= m.span.end]
        joined_after = before and _LISTED_JOIN.fullmatch(text, before[-1].span.end, m.span.start)
        joined_before = after and _LISTED_JOIN.fullmatch(
            text, m.span.end, min([after[0].span.start] + [o.span.start for o in after[0].offices])
        )
        if joined_after or joined_before:
            out.append(m)
    return sorted(out, key=lambda m: m.span.start)


def _message_roles(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]]:
    """``A向B致贺电;C向D致贺电``: every sender and every recipient of the sentence."""
    text = ctx.text
    sources: list[Mention] = []
    targets: list[Mention] = []
    listed: list[Mention] = []  # "A(Latin);B和C向D致贺电": senders listed before a semicolon, no verb of their own
    for clause in (u for c in clauses(text, hit.sentence.span) for u in _message_units(ctx, c)):
        parts = ctx.participants(clause.start, clause.end)
        told = _IN_THE_MESSAGE.search(text, clause.start, clause.end)
        to = _TO_WHOM.search(text, clause.start, told.start() if told else clause.end)
        inside = _IN_MESSAGE_CLAUSE.search(text, clause.start, to.start() if to else clause.end) or (
            _MESSAGE_OPENS_CLAUSE.match(text, clause.start)
        )
        if inside and sources and {m.name for m in parts if m.span.end <= inside.start()} <= {m.name for m in sources}:
            continue  # "A向B致唁信;A在信中向…致以哀悼": what the message told before the semicolon says
        bare = [m for m in parts if m.kind == "person"]
        if not to and bare and _BARE_NAME_END.fullmatch(text, bare[-1].span.end, clause.end):
            listed += bare
            continue
        if not to:
            listed = []
            came = _SENT_IN.search(text, clause.start, clause.end) or told
            if came:  # "A、B等国领导人发来贺电,祝贺X当选…": the one congratulated after the comma
                before = [m for m in parts if m.span.end <= came.start() and m.kind != "pair"]
                people = [m for m in before if m.kind == "person"]
                if came is told and _message_told_before(ctx, hit, people or before):
                    continue  # "A与B互致贺电。…B在贺电中指出": what a message told before said
                sources += people or before  # "古巴、泰国等国家领导人以及联合国秘书长": each side named
                # else the one the page's frame congratulates ("值此苏林同志再次当选…之际,…致电祝贺")
                targets += (
                    _congratulated(ctx, came.end(), hit.sentence.end)
                    or (_addressed_in_message(ctx, came.end(), hit.sentence.end) if came is told else [])
                    or _framed_congratulated(ctx, hit)
                )
            continue
        cut = to.start()
        jiu = _TOPIC_JIU.search(text, clause.start, cut)  # "A就阮富仲总书记逝世致唁电": a topic, not a sender
        topic = jiu.start() if jiu else -1  # (not 就任: "值此X就任总统之际,A致电…" names the sender after it)
        senders = [m for m in parts if m.span.end <= (cut if topic == -1 else topic)]
        label = _TOPIC_LABEL.match(text, hit.sentence.start, cut)
        if label is not None:
            # "越南国庆74周年:各国领导人向…致以贺电": the topic sends nothing (a sender's office before a
            # colon, "白俄罗斯总统:亚历山大·卢卡申科", leaves the person after it)
            senders = [m for m in senders if m.span.start >= label.end()]
        quotes = list(_SPEAKER_QUOTES.finditer(text, clause.start, cut))
        quoted = quotes[-1] if quotes else None
        if quoted is not None and any(m.span.start >= quoted.end() for m in senders):
            # "发言人A指出:“9月20日,B已向C致慰问电", "A表示,B已向C致电": the speaker tells of the
            # message, B sent it
            senders = [m for m in senders if m.span.start >= quoted.end()]
        read = text.rfind("宣读", clause.start, cut)  # "A宣读了B致C的贺信": B wrote it, A read it out
        if read != -1 and any(m.span.start > read for m in senders):
            senders = [m for m in senders if m.span.start > read]
        if listed and senders and senders[0].kind == "person" and not _COMMA.search(text, clause.start, senders[0].span.start):
            senders = listed + senders  # the list goes on after the semicolon to its verb
        listed = []
        sources += _with_listed_bodies(text, senders, _slot(senders))
        about = _TOPIC_AFTER.search(text, cut, clause.end)  # "…致电李强,就李克强逝世表示哀悼"
        end = about.start() if about else clause.end
        if said := _SAID_AFTER.search(text, cut, end):  # "致电X,称陈大光是…朋友": what it said, not to whom
            end = said.start()
        if hit.span.end <= end and (concern := _CONCERN_AFTER.search(text, hit.span.end, end)):
            # "A向B递交公函,对C的讲话深表担忧": the one whose words worry the sender is no addressee
            end = concern.start()
        if hit.sentence.part in {"title", "teaser-title"} and (half := _HEADLINE_HALF.search(text, cut, end)):
            end = half.start()  # "A就B逝世致唁电 C赴…吊唁": the headline's other half is another act
        felt = _SYMPATHY_SAID.search(text, cut, end)
        if felt is not None:
            # "致函当地政府表示慰问,并通知越南政府…": the addressee comes before the sympathy told
            end = felt.start()
        if hit.trigger.mode == "video" and (briefed := _BRIEFED_ON.search(text, cut, end)) is not None:
            # "A举行了视频会议,向B通报了C党大会的结果": the party whose congress is told of is no addressee
            end = briefed.start()
        comma = _COMMA.search(text, cut, end)
        if comma and not [m for m in parts if cut <= m.span.start < comma.start()]:
            nxt = [m for m in parts if m.span.start >= comma.end()]
            if nxt and not text[comma.end() : nxt[0].span.start].strip():
                end = comma.start()  # "A致电慰问,越南政府决定…": no addressee; the next clause has its own subject
        if text.startswith("向", cut) and cut < hit.span.start < end:
            # "A向古巴人民致慰问信,强调…支持联合国大会的决议": the addressee stands between 向 and the
            # message, not in what the message is said to stress
            end = hit.span.start
        addressees = _slot([m for m in parts if cut <= m.span.start < end])
        if not addressees and text.startswith("向", cut):
            # "就…给越南造成的损失向越南领导人致电": the side named in the topic, named again after 向
            # (the participants keep one of two same names in a row)
            addressees = _named_again(ctx, cut, end)
        if not addressees and _TO_THE_ELECTED.match(text, to.start()):
            addressees = _occasion_people(ctx, hit.sentence.start, cut)
        if not addressees and text.startswith("致", cut) and _elected_occasion(text, hit.sentence.start, cut):
            # "值此X当选越南国家主席之际,A、B等国领导人纷纷致贺电": no 向, the one elected is congratulated
            addressees = _occasion_people(ctx, hit.sentence.start, cut)
        if not addressees and jiu is not None and _ELECTED_TOPIC.search(text, jiu.end(), cut):
            # "习近平已就阮富仲当选国家主席一职致贺电": the one elected, congratulated with no 向
            addressees = _slot([m for m in parts if jiu.end() <= m.span.start < cut and m.kind == "person"][:1])
        if not addressees and about:  # "A致电,就…地震向阿富汗人民表示深切慰问": the side the sympathy goes to
            addressees = _sympathy_to(ctx, parts, about.end(), clause.end)
        targets += [_elected_country(text, m, clause.end) for m in addressees]
    return sources, targets


_HEADLINE_HALF = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_ELECTED_TOPIC = re.compile(r"当选|连任|就任|荣任|出任|被任命|被选为|被选举为")
_SYMPATHY_SAID = re.compile(r"表示(?:深切|沉痛|诚挚|亲切)?的?(?:慰问|哀悼)(?=[,，][^。;；]{0,4}?并)")


def _named_again(ctx: _Context, cut: int, end: int) -> list[Mention]:
    """The country or body right after ``向`` (up to ``end``), though named before in the clause;
    ``向阿富汗人民`` is the people (a group), as the sympathy told with them."""
    text = ctx.text
    again = [
        b
        for b in ctx.bodies
        if b.span.start == cut + 1 and b.span.end <= end and b.kind in {"country", "organisation"}
    ]
    if not again:
        return []
    b = again[0]
    if b.kind == "country" and text.startswith("人民", b.span.end):
        span = Span(b.span.start, b.span.end + 2, "group")
        return [Mention(span, ctx.doc.text[span.start : span.end], "group", country=b.country)]
    return [b]


# "值此A当选…、B当选…之际,X、Y分别向两位当选领导人致贺电": the addressees are the people of the occasion
_TO_THE_ELECTED = re.compile(r"向(?:其|他|她|他们|两位(?:新)?(?:当选)?领导人|(?:上述|各位)(?:新)?(?:当选)?领导人)")
_OCCASION_ASIDE = re.compile(r"值此([^。;；]{2,120}?)之际")


def _elected_occasion(text: str, start: int, end: int) -> bool:
    """The last ``值此…之际`` aside before ``end`` tells someone elected or taking office."""
    asides = list(_OCCASION_ASIDE.finditer(text, start, end))
    return bool(asides) and _ELECTED_TOPIC.search(asides[-1].group(1)) is not None


def _occasion_people(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The people named in the ``值此…之际`` aside before ``end`` in the sentence: whom a message to
    ``其``/``两位当选领导人`` goes to."""
    asides = list(_OCCASION_ASIDE.finditer(ctx.text, start, end))
    aside = asides[-1] if asides else None
    if aside is None:
        return []
    return [p for p in ctx.persons if aside.start() <= p.span.start and p.span.end <= aside.end(1)]


# "…发来贺电和贺信": a message told without its addressee, who follows after 祝贺
_SENT_IN = re.compile(r"发来(?:了)?(?:贺电|贺信|贺函)")
_CONGRATULATE = re.compile(r"\s*(?:和?(?:贺电|贺信|贺函))?[,，]?\s*(?:热烈|衷心)?祝贺")  # 发来贺电贺函祝贺X


# "A在贺电中…,向B致以最热烈的祝贺": the addressee named after the message, before 致以
_GREETED_IN_MESSAGE = re.compile(r"(?:向|对)([^,，。;；]{2,30}?)致以")


def _addressed_in_message(ctx: _Context, start: int, end: int) -> list[Mention]:
    """``A在贺电中对B当选…表示高兴,向B致以最热烈的祝贺``: the one the message greets (向/对 B 致以)."""
    m = _GREETED_IN_MESSAGE.search(ctx.text, start, end)
    if m is None:
        return []
    named = ctx.participants(m.start(1), m.end(1))
    return _slot([n for n in named if n.kind in {"person", "country", "organisation"}][:1])


def _congratulated(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The first side named right after ``,祝贺`` (``…,祝贺苏林同志当选越南国家主席``)."""
    m = _CONGRATULATE.match(ctx.text, start, end)
    if m is None:
        return []
    stop = _COMMA.search(ctx.text, m.end(), end)
    named = ctx.participants(m.end(), stop.start() if stop else end)
    return _slot([n for n in named if n.kind in {"person", "country", "organisation"}][:1])


# 向/致 that tell whom a message goes to; not those of 迈向, 面向, 方向, 一致, 致力, 导致 …
# (a name ending in 东/西/南/北 sends too, "埃及总统塞西向…致贺电"; only 东向政策, 东向行动 are a direction)
_TO_WHOM = re.compile(
    r"(?<![迈走面转趋导方倾指朝意东西南北])向|(?<=[\u4e00-\u9fff][东西南北])(?<!越南)向(?!政策|行动|战略|发展|开放|看|延伸|[”\"’])"
    r"|(?<![一导以大极精细兴])致(?!力)"
)
# "普京在贺电中表示,…": a message told by what it says, its addressee told before
# "在信中", "在慰问电中", "在致X的唁电中": a clause telling what a message says, not sending one
_IN_MESSAGE_CLAUSE = re.compile(
    r"在(?:其)?(?:致[^,，。;；\n]{1,30}?的)?(?:贺电|贺信|贺函|唁电|唁函|唁信|慰问电|慰问信|电报|信函|信|电)中"
)
# "贺电中,…", "信中,…" opening a clause: what the message says, without 在
_MESSAGE_OPENS_CLAUSE = re.compile(r"(?:其)?(?:贺电|贺信|贺函|唁电|唁函|唁信|慰问电|慰问信|电报|信函|信|电)中[,，]")
_IN_THE_MESSAGE = re.compile(r"在(?:其)?(?:贺电|贺信|贺函)中")
# the page's frame of a round-up of messages: "值此苏林同志再次当选越共中央总书记之际",
# "…向苏林同志致电致函表示祝贺", "发来贺电贺函祝贺苏林同志当选…"
_FRAME_CONGRATULATED = re.compile(
    r"值此(?P<a>[^,，。;；]{2,30}?)(?:再次|正式|成功|连续)?(?:当选|就任|连任|荣任)"
    r"|向(?P<b>[^,，。;；向]{2,30}?)(?:(?:致(?:以)?|发(?:去|出)?(?:了)?)(?:贺电|贺信|贺函)|(?:致电|致函|致信)[^,，。;；]{0,8}?祝贺)"
    r"|(?:贺电|贺信|贺函)[,，]?\s*(?:热烈|衷心)?祝贺(?P<c>[^,，。;；]{2,30}?)(?:再次|正式|成功)?(?:当选|就任|连任)"
)


_MESSAGE_WORD = re.compile(r"贺电|贺信|贺函|唁电|致电|致函|致信|慰问电|慰问信")


def _message_told_before(ctx: _Context, hit: _Hit, senders: list[Mention]) -> bool:
    """A sender named in an earlier sentence of the section that tells a message."""
    lo, hi = _section_region(ctx.doc, hit.sentence)
    names = {m.name for m in senders}
    # "A与B互致贺电。越南领导人在贺电中写道": leaders told by their country alone, a person of that
    # country named in an earlier message sentence
    sides = {m.country for m in senders if m.country} if all(m.kind != "person" for m in senders) else set()
    for m in ctx.persons:
        if lo <= m.span.start < hi and (m.name in names or m.country in sides):
            s0 = max(ctx.text.rfind(c, lo, m.span.start) for c in "。\n;；") + 1
            ends = [e for e in (ctx.text.find(c, m.span.end, hi) for c in "。\n;；") if e != -1]
            if _MESSAGE_WORD.search(ctx.text, s0, min(ends) if ends else hi):
                return True
    if senders and all(m.kind == "organisation" for m in senders):
        # "越南共产党中央委员会向…致贺电。…越共中央在贺电中写道": a body by its full name in an earlier
        # sentence that tells a message, by its short name here
        for m in ctx.bodies:
            if lo <= m.span.start < hit.sentence.start and m.kind == "organisation" and _overlap(_names([m]), _names(senders)):
                s0 = max(ctx.text.rfind(c, lo, m.span.start) for c in "。\n;；") + 1
                ends = [e for e in (ctx.text.find(c, m.span.end, hi) for c in "。\n;；") if e != -1]
                if _MESSAGE_WORD.search(ctx.text, s0, min(ends) if ends else hi):
                    return True
    return False


# "我谨代表…", "“我们向…表示": a sentence in the first person, the words of one quoted
_FIRST_PERSON_OPENS = re.compile(r"\s*[“\"「]?\s*(?:我们|我谨|我(?=代表|向|对|以|再次|衷心|谨))")
# "在慰问电中", "在致越南领导人的唁电中": what a message says, told as the opening of a sentence
_IN_A_MESSAGE = re.compile(r"在(?:其)?(?:致[^,，。;；\n]{1,30}?的)?(?:贺电|贺信|贺函|唁电|唁函|慰问电|慰问信)中")


def _said_in_message_before(ctx: _Context, hit: _Hit, people: list[Mention]) -> bool:
    """``A在慰问电中对…深感悲痛。A同时代表…向…表示诚挚慰问``: a feeling voiced in a paragraph that has
    begun telling what a message said, by its sender or by no one else named (他, 阮总理, the country),
    is more of that message when the message itself was told before."""
    text = ctx.text
    lo, _hi = _section_region(ctx.doc, hit.sentence)
    para = max(text.rfind("\n", 0, hit.sentence.start) + 1, lo)
    found = list(_IN_A_MESSAGE.finditer(text, para, hit.sentence.start))
    if not found:
        return False
    told = found[-1]
    s0 = max([text.rfind(c, para, told.start()) for c in "。;；"] + [para - 1]) + 1
    senders = [m for m in ctx.persons if s0 <= m.span.start and m.span.end <= told.start()]
    names = {m.name for m in senders}
    if not senders or (people and not {m.name for m in people} <= names):
        return False
    for m in ctx.persons:  # the message itself told before the paragraph's account of it began
        if lo <= m.span.start < s0 and m.name in names:
            a = max(text.rfind(c, lo, m.span.start) for c in "。\n;；") + 1
            ends = [e for e in (text.find(c, m.span.end, s0) for c in "。\n;；") if e != -1]
            if _MESSAGE_WORD.search(text, a, min(ends) if ends else s0):
                return True
    return False


def _framed_congratulated(ctx: _Context, hit: _Hit) -> list[Mention]:
    """The side a round-up of congratulations is about, told before the message in its section."""
    lo, hi = _section_region(ctx.doc, hit.sentence)
    found = list(_FRAME_CONGRATULATED.finditer(ctx.text, lo, hi))
    for m in reversed(found):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        named = ctx.participants(m.start(group), m.end(group))
        named = [n for n in named if n.kind in {"person", "organisation"}]
        if named:
            return _slot(named[:1])
    return []


_TOPIC_JIU = re.compile(r"就(?!任|职)")
_SYMPATHY_TO = re.compile(r"向([^,，。;；向]{2,20}?)表示(?:深切|沉痛|诚挚|亲切)?的?(?:慰问|哀悼|同情)")


def _sympathy_to(ctx: _Context, parts: list[Mention], start: int, end: int) -> list[Mention]:
    m = _SYMPATHY_TO.search(ctx.text, start, end)
    if m is None:
        return []
    named = _slot([p for p in parts if m.start(1) <= p.span.start and p.span.end <= m.end(1)])
    if named and not re.search(r"人民$", m.group(1)):
        return named
    country, _ = country_of_text(ctx.text, m.start(1), m.end(1))
    span = Span(m.start(1), m.end(1), "group")
    return [Mention(span, ctx.doc.text[m.start(1) : m.end(1)], "group", country=country)]


# "致电X,祝贺他当选斯里兰卡民主社会主义共和国总统": the office won says whose side the addressee is on
_ELECTED_TO = re.compile(r"(?:[(（][^()（）]{1,40}[)）])?\s*[,，]\s*祝贺(?:他|她)(?:再次|正式)?(?:当选|就任|连任|出任)")


def _elected_country(text: str, m: Mention, end: int) -> Mention:
    if m.kind != "person" or m.country is not None:
        return m
    said = _ELECTED_TO.match(text, m.span.end)
    if said is None:
        return m
    country, _ = country_of_text(text, said.end(), min(end, said.end() + 30))
    return replace(m, country=country) if country else m


# ",就X逝世表示深切哀悼" after the addressee: what the message is about, not to whom
_TOPIC_AFTER = re.compile(r"[,，]\s*就")
# "A向B发出公函,对…深表担忧": after the letter, what it is about (an ACCUSE message's worry)
_CONCERN_AFTER = re.compile(r"[,，]\s*对(?=[^。;；]{1,150}?(?:深表担忧|表示(?:严重|深切)?(?:担忧|关切)|(?:表示|提出)(?:强烈)?抗议|表示反对|予以驳斥))")
# ",称/指出…" after the addressee, "…致唁电表示,…": what the message said, whoever it names
# "向B通报了…", "向B通知…": what a video conference briefs its guests on, after the addressee
_BRIEFED_ON = re.compile(r"通报|通知|介绍")
_SAID_AFTER = re.compile(r"[,，]\s*(?:称|指出)|(?<=[电信函])表示(?=[,，:：])")
# ",政府总理范明政致电国务院总理李强": after a comma, another sender's own message
_NEXT_MESSAGE = re.compile(
    r"[^,，。;；]{1,30}?(?:致电|致函|致信|致唁电|致贺电|致慰问电|向[^,，。;；]{1,40}?(?:致|发(?:去|出)?(?:了)?(?:贺电|贺信|贺函|唁电|唁函|慰问电|慰问信)))"
)
# the verb that sends a message: 致, or 发 right before the message ("A向B发贺电,C向D发贺电")
_SENT_MARK = re.compile(r"致|发(?:去|出|来)?(?:了)?(?:一份|一封)?(?:贺电|贺信|贺函|唁电|唁函|慰问电|慰问信)")


def _message_units(ctx: _Context, clause: Span) -> list[Span]:
    """``A、B致电X,C致电Y,就…表示哀悼``: one message sentence whose comma parts each have their
    own sender and addressee (a clause after a comma that opens with a person sending)."""
    text = ctx.text
    units, start = [], clause.start
    for comma in re.finditer(r"[,，]", text[clause.start : clause.end]):
        at = clause.start + comma.end()
        m = _NEXT_MESSAGE.match(text, at, clause.end)
        if m is None or not _SENT_MARK.search(text, start, at):
            continue  # no message of its own, or nothing sent before it yet
        sent = _SENT_MARK.search(text, at, m.end())
        pre = sent.start() if sent else -1
        if pre == -1 or not [p for p in ctx.participants(at, pre) if p.kind == "person"]:
            continue
        units.append(Span(start, at - 1))
        start = at
    units.append(Span(start, clause.end))
    return units


def _event_id(doc: Document, hit_span: Span, n: int) -> str:
    """Stable for the same page text: the page's hash, the trigger's offset, the event's rank."""
    return f"E{_page_hash(doc)}-{hit_span.start}-{n}"


def _page_hash(doc: Document) -> str:
    h = doc.meta.get("_page_hash")
    if h is None:
        h = doc.meta["_page_hash"] = hashlib.sha1(doc.text.encode()).hexdigest()[:12]
    return h


def _names(ms: list[Mention]) -> set[str]:
    """Folded names; a body also by the row name of organisations.tsv (``越南共产党中央委员会``
    also as ``越共中央``), so its full and short names are one side."""
    bodies = _body_names()
    out = {norm_name(m.name) for m in ms}
    out |= {norm_name(bodies[m.name]) for m in ms if m.kind == "organisation" and m.name in bodies}
    return out


def _overlap(a: set[str], b: set[str]) -> bool:
    return any(_same_name(x, y) for x in a for y in b)


@lru_cache(maxsize=1 << 16)
def _same_name(x: str, y: str) -> bool:
    """Two folded names that name one side (equal, one inside the other, or a Jr. form): cached,
    as the coder compares the same few names of a page many times over. An ordinal meeting is one
    meeting whichever counter it takes (``第22届东盟-中国领导人会议`` in a lead, ``第22次`` in the body)."""
    if x == y or (min(len(x), len(y)) >= 2 and (x in y or y in x)) or _junior(x, y):
        return True
    if "第" in x and "第" in y:
        fx, fy = _ORDINAL_COUNTER.sub(r"\1次", x), _ORDINAL_COUNTER.sub(r"\1次", y)
        return (fx, fy) != (x, y) and (fx == fy or (min(len(fx), len(fy)) >= 2 and (fx in fy or fy in fx)))
    return False


_ORDINAL_COUNTER = re.compile(r"(第\s*[\d一二三四五六七八九十百]{1,4})届")


def _overlap_within_country(a: list[Mention], b: list[Mention]) -> bool:
    """Two sides that share a side: the same name, or one name inside the other unless the two
    mentions belong to different known countries (``美国马萨诸塞州众议院`` read as ``众议院`` (USA)
    is not ``日本国会众议院议长`` (JPN), though the one name holds the other)."""
    for x in a:
        for y in b:
            nx, ny = _names([x]), _names([y])
            if nx & ny or (_overlap(nx, ny) and not (x.country and y.country and x.country != y.country)):
                return True
    return False


def _names_more(side: list[Mention], other: list[Mention]) -> bool:
    """``side`` names every person ``other`` names (the same name, or the full name of a short
    form), people only."""
    if not other or not all(m.kind == "person" for m in side + other) or len(side) < len(other):
        return False
    keys = [norm_name(o.name) for o in side]
    return all(
        any(k == norm_name(m.name) or _junior(norm_name(m.name), k) for k in keys) for m in other
    )


def _fuller(side: list[Mention], other: list[Mention]) -> list[Mention]:
    """``side`` with each person named by a short form (``小马科斯`` in a title) replaced by the
    full name the other telling writes (``小费迪南德·马科斯``, with its Latin form)."""
    out = []
    for m in side:
        key = norm_name(m.name)
        full = next(
            (
                o
                for o in other
                if (o.kind == "person" == m.kind and len(norm_name(o.name)) > len(key) and _junior(key, norm_name(o.name)))
                or _full_body_name(m, o)
            ),
            None,
        )
        out.append(full or m)
    return out


def _offices_from_text(side: list[Mention], other: list[Mention], head_end: int) -> list[Mention]:
    """``A会见中共中央书记处书记B`` in the page title, ``…会见了中共中央政治局常委、…、中央办公厅主任B``
    in the text: a person named in the title line is kept as the text's telling names him, with the
    office chain written there (the gold title is the text's)."""
    if head_end <= 0:
        return side
    out = []
    for m in side:
        if m.kind == "person" and m.span.start < head_end:
            body = next(
                (o for o in other if o.kind == "person" and o.name == m.name and o.span.start > head_end and o.offices),
                None,
            )
            out.append(body or m)
        else:
            out.append(m)
    return out


def _full_body_name(short: Mention, o: Mention) -> bool:
    """``越共中央`` (or ``中共``) in a title, ``越南共产党中央委员会`` (``中国共产党中央委员会``) in the
    text: the full form the organisations table lists as an alias of one body, whose row the short
    name is (or lies inside)."""
    if short.kind != "organisation" or o.kind != "organisation" or len(o.name) <= len(short.name):
        return False
    if short.country and o.country and short.country != o.country:
        return False
    bodies = _body_names()
    row = bodies.get(o.name)
    if row is None or row == o.name:  # a row's own name (越共中央对外部) is a body of its own
        return False
    return bodies.get(short.name) == row or norm_name(short.name) in norm_name(row)


def _junior(x: str, y: str) -> bool:
    """``小马科斯`` and ``小费迪南德·马科斯`` (norm_name drops the ·): 小 for "Jr." before the surname
    alone and before the full name is one person."""
    short, full = sorted((x, y), key=len)
    return short.startswith("小") and full.startswith("小") and len(short) >= 3 and full.endswith(short[1:])


# "韩国驻越南大使X和Y等陪同会见": those who sit in on a meeting told just before hold none of their own
_ESCORT = re.compile(r"(?:等人?)?(?:一同|一起)?(?:陪同|列席|参加|出席)$")

# "A表示,泰国派团出席X论坛是对柬埔寨的有力支持": an attendance told as the subject of a speaker's
# judgement (是对…, 是…的体现) is what the speaker says of it, not an attendance of the speaker's own
# (or told as what shows something: "A认为,印度参加…峰会和…对话会已表明…")
_JUDGED_AFTER = re.compile(
    r"[^,，。;；]{1,60}?(?:是(?:对|[^,，。;；]{0,24}?的(?:体现|表现|证明|标志))|(?:已|都|均|也)?(?:表明|证明|显示)了?)"
)


def _judged_attendance(text: str, hit: _Hit) -> bool:
    """A forum attendance inside what a speaker says, judged as the subject of 是对…/是…的体现."""
    if hit.trigger.mode != "multilateral":
        return False
    if not _SAID_OR_WELCOMED.search(text, hit.sentence.start, hit.span.start):
        return False
    return bool(_JUDGED_AFTER.match(text, hit.span.end))



def _escort_only(text: str, hit: _Hit) -> bool:
    """``…陪同会见``: the trigger names the meeting the escorts attend, reported already."""
    return hit.trigger.mode == "meeting" and bool(_ESCORT.search(text, max(hit.clause.start, hit.span.start - 6), hit.span.start)) and text[hit.span.start : hit.span.end] in {"会见", "会谈", "会晤"}


_CEREMONY_OF = re.compile(r"就职|即位|加冕|登基")


def _sworn_in(ctx: _Context, hit: _Hit, source: list[Mention]) -> list[Mention]:
    """``出席佐科·维多多和马鲁夫·阿明的就职典礼``: the leaders sworn in (or enthroned) are the ones
    the attendance honours, not the capital it took place in."""
    if hit.trigger.type != "SUPPORT" or hit.trigger.mode != "visit":
        return []
    if not _CEREMONY_OF.search(ctx.text, hit.span.start, hit.span.end):
        return []
    named = _names(source)
    return [
        m for m in ctx.participants(hit.span.start, hit.span.end) if m.kind == "person" and not _overlap({norm_name(m.name)}, named)
    ]


def _cochairing_host(
    ctx: _Context, hit: _Hit, source: list[Mention], target: list[Mention], events: list[Event]
) -> list[Mention]:
    """``X…对越南进行访问并共同主持召开越南与老挝政府间联合委员会第N次会议``: the other co-chair is
    the host of the visit just told in the sentence (the one who invited), not the committee."""
    last = events[-1] if events else None
    if (
        last is None
        or not ctx.text.startswith("共同主持", hit.span.start)
        or not all(m.kind == "organisation" for m in target)
        or last.mode != "visit"
        or not last.evidence.start <= hit.span.start < last.evidence.end
        or not _overlap(_names(last.source), _names(source))
        or not last.target
        or not all(m.kind == "person" for m in last.target)
    ):
        return []
    return list(last.target)


def _agreeing_partner(ctx: _Context, hit: _Hit, signer: Mention, events: list[Event]) -> list[Mention]:
    """The other side of a signing or joint statement told with one side only: the partner its
    signer has just held talks with, in the same clause or just before (``A同B举行会谈,发表越日联合
    声明``, ``A与B举行会谈。双方…达成一致;签署…``), else
    the other country of a pair compound before the verb (``访问期间,越意两国签署了…``)."""
    clause = hit.clause
    if events:
        last = events[-1]
        if (
            last.type == "CONSULT"
            and last.mode in {"talks", "meeting"}
            and last.target
            and _overlap(_names(last.source), {norm_name(signer.name)})
            and last.trigger.start < hit.span.start
            and (clause.start <= last.trigger.start or hit.span.start - last.trigger.end <= 80)
        ):
            return list(last.target)
    pair = [
        m
        for m in ctx.participants(clause.start, hit.span.start)
        if m.span.label == _PAIR_COUNTRY and m.country and m.country != signer.country
    ]
    if len(pair) == 1:
        return pair[:1]
    return _titled_pair_partner(ctx, hit, signer)


# "签署的《越法联合声明》": the document's title, right after the verb, opens on the pair of its sides
_TITLE_AFTER_VERB = re.compile(r"(?:了|的)?\s*《")


def _titled_pair_partner(ctx: _Context, hit: _Hit, signer: Mention) -> list[Mention]:
    """``本着2013年9月签署的《越法联合声明》精神``: told with one side only, the other side of a
    signing is the other country of the pair compound opening the document's title."""
    from dyad.extraction.lexicon import lexicon

    title = _TITLE_AFTER_VERB.match(ctx.text, hit.span.end)
    if title is None or not signer.country:
        return []
    at = title.end()
    lex = lexicon()
    run = (lex.short_pair.match(ctx.text, at) if lex.short_pair else None) or _VIET_AND_ANY.match(ctx.text, at)
    if run is None or run.end() - at != 2:
        return []
    sides = ctx.countries_named(ctx.doc.section_of(at))
    isos = [_short_side(ch, sides) for ch in run.group()]
    if signer.country not in isos or None in isos or isos[0] == isos[1]:
        return []
    other = isos[1] if isos[0] == signer.country else isos[0]
    name = _country_name(other)
    if name is None:
        return []
    section = "related" if hit.sentence.section == "related" else "main"
    return [Mention(Span(at, at + 2, _PAIR_COUNTRY), name, "country", country=other, section=section, teaser=hit.sentence.teaser)]


# "A;B;C共同主持了会议,向各国驻越外交代表机构通报…": the ones the chairs brief, after 向
_BRIEFED_AFTER = re.compile(r"(?:了)?(?:本次|此次|这次|该)?会议[,，]\s*向([^,，。;；]{2,40}?)(?:通报|介绍|说明)")


def _semicolon_chairs_briefing(ctx: _Context, hit: _Hit) -> tuple[list[Mention], list[Mention]] | None:
    """``部长A;副部长B;副主任C共同主持了会议,向各国驻越外交代表机构通报…``: the chairs, listed with
    semicolons, hold a meeting with the ones they brief (not with the bare 会议 after the verb)."""
    if not _semicolon_listed_chairs(ctx.text, hit):
        return None
    briefed = _BRIEFED_AFTER.match(ctx.text, hit.span.end)
    if briefed is None:
        return None
    chairs = [m for m in ctx.persons if hit.sentence.span.start <= m.span.start and m.span.end <= hit.span.start]
    if not chairs:
        return None
    a, b = briefed.span(1)
    met = [m for m in ctx._participants(a, b) if m.kind != "person"] or [
        Mention(Span(a, b, "group"), ctx.doc.text[a:b], "group", section=hit.sentence.section, teaser=hit.sentence.teaser)
    ]
    return chairs, met


def _code_hits(ctx: _Context, hits: list[_Hit]) -> list[Event]:
    events: list[Event] = []
    for hit in hits:
        briefing = _semicolon_chairs_briefing(ctx, hit) if hit.trigger.role == "joint" else None
        if briefing is None and (
            hit.trigger.role == "modifier" or _cochaired_forum(ctx.text, hit) or _three_chair_forum(ctx.text, hit)
        ):
            continue
        if _escort_only(ctx.text, hit) or _judged_attendance(ctx.text, hit):
            continue
        source, target = briefing or _roles(ctx, hit)
        if _counted_meetings(ctx.text, hit):
            continue  # (its roles still read: the verbs after it in the clause take their partners after it)
        if not source and not target and hit.trigger.role == "joint" and hit.trigger.type == "CONSULT":
            source, target = _next_sentence_pair(ctx, hit)
            if not source:
                source, target = _next_sentence_attendees(ctx, hit)
        elif hit.trigger.role == "joint" and hit.trigger.type == "CONSULT" and source and target and not any(
            m.kind == "person" for m in source + target
        ):  # "甲省与乙省代表团举行会谈。甲省副主席A、乙省副省长B出席会谈。": the two who held the talks
            source, target = _attendees_for_sides(ctx, hit, source, target)
        if (
            hit.trigger.type == "CONSULT"
            and source
            and target
            and all(m.kind in {"country", "organisation"} for m in source + target)
            and source[0].country != target[0].country
            and (heads := _delegation_heads(ctx, hit))
            and source[0].country in heads
            and target[0].country in heads
        ):
            # "…战略对话在河内举行。越南代表团团长为A。澳大利亚代表团团长为B。": the heads named next
            source, target = heads[source[0].country], heads[target[0].country]
        if (
            hit.trigger.type == "AGREE"
            and not target
            and len(source) >= 2
            and all(m.kind in {"country", "person"} and m.country for m in source)
            and len({m.country for m in source}) == len(source)
        ):
            # "越俄两国签署了…条约", "越南—新加坡…协议是由两国政府签署的", "双方…签署…" after A
            # and B met: a joint signing's sides, the first named its source and the other its target
            source, target = source[:1], source[1:]
        if (
            hit.trigger.type == "AGREE"
            and source
            and all(m.name in _PAIR_WORDS and not m.country for m in source)
            and len(target) >= 2
            and all(m.kind in {"organisation", "country", "person"} and m.country for m in target)
            and target[0].country != target[1].country
        ):
            # "两国立法机关的高层领导…签署了越南国会与柬埔寨国会合作谅解备忘录": the pair word says
            # two sides sign; the two bodies of two countries the document names are they
            source, target = target[:1], target[1:]
        if hit.trigger.type == "AGREE" and not target and len(source) == 1:
            target = _agreeing_partner(ctx, hit, source[0], events)
        if hit.trigger.type == "CONSULT" and source and target and (host := _cochairing_host(ctx, hit, source, target, events)):
            target = host
        source = _union(source, [])
        target = [
            m
            for m in _union(target, [])
            # a body's own meeting (各国议会联盟 at 各国议会联盟第132届大会) is a forum, not the body again
            if not _overlap({norm_name(m.name)}, _names(source))
            or (hit.trigger.type == "AGREE" and m.span.label == "forum" and norm_name(m.name) not in _names(source))
            # "越南驻土耳其大使馆向土耳其…转交": the country a mission sits in is not the mission
            or (m.kind == "country" and any(f"驻{m.name}" in s.name and not s.name.startswith(m.name) for s in source))
            # "越南-古巴友好协会向古巴致贺电": a friendship body of another country pairs names, it is not Cuba
            or (
                m.kind == "country"
                and m.country is not None
                and all(s.kind == "organisation" and s.country not in {None, m.country} for s in source)
            )
        ]
        if not source and not target:
            continue
        if hit.trigger.role == "attend" and target and all(_PARTY_CONGRESS.search(m.name) for m in target):
            target = _congress_chair(ctx, hit) or target
        target = _two_named(ctx, hit, source, target)
        target = _sworn_in(ctx, hit, source) or target
        if hit.trigger.type == "AID" and not target and source and all(m.name in _PAIR_WORDS and not m.country for m in source):
            # "两国通过多种方式提供援助": the pair word gives, no one receives; a manner of the relations
            # told in general, not aid one side hands the other
            continue
        if hit.trigger.type == "AID" and target and all(m.name in _PAIR_WORDS and not m.country for m in target):
            # "越南公安部同老挝公安部配合援建两国边境地区…": aid goes to the story's other country, not to 两国
            givers = {m.country for m in source if m.country}
            counts = Counter(m.country for m in ctx.persons if m.section == "main" and m.country and m.country not in givers)
            other = [
                b
                for c, _n in counts.most_common(1)
                for b in ctx.bodies
                if b.kind == "country" and b.country == c and b.section == "main"
            ]
            target = other[:1] or target
        key = (hit.sentence.section, hit.sentence.teaser)
        if source:
            ctx.last_subject[key] = source
            ctx.clause_subject.setdefault(hit.clause.start, source)
        if (
            hit.trigger.type == "CONSULT"
            and any(m.kind == "person" for m in source)
            and any(m.kind == "person" for m in target)
        ):
            ordered = sorted([source, target], key=lambda side: side[0].span.start)
            if not (
                _SEVERALLY.search(ctx.text, hit.clause.start, hit.span.start)
                and ctx.last_pair_sentence.get(key) == hit.sentence.start
            ):  # "与A举行会谈,分别会见了B、C": 双方 after it are still the visitor and A
                ctx.last_pair[key] = (ordered[0], ordered[1])
                ctx.last_pair_sentence[key] = hit.sentence.start
        amounts = _amounts_of(ctx.text, hit) if hit.trigger.type == "AID" else []
        if amounts is None:
            continue
        splits = _split_targets(ctx, hit, target)
        for amount in amounts or [None]:
            for src in _split_sources(hit, ctx.text, source):
                for tgt in splits:
                    ev = _make_event(ctx, hit, src, tgt, amount, len(events))
                    if ev is not None and len(splits) > 1 and ev.mode == "visit":
                        _leg_place(ctx, hit, ev, tgt[0])
                        if (days := _leg_days(ctx, hit, len(splits))) is not None:
                            ev.time = days[splits.index(tgt)]
                    if ev is not None:
                        if ev.type == "CONSULT" and _SIGNING_CHAIRED.search(ctx.text, hit.clause.start, hit.span.start):
                            ev.type, ev.mode, ev.cameo = "AGREE", "sign", "057"  # the ceremony is the signing
                        events.append(ev)
    return events


# "会议由A和B共同主持,C、D和E出席": the co-chairs of a meeting others attend hold no meeting of their own
_FORUM_CHAIRED = re.compile(r"(?:会议|峰会|论坛|对话会|年会)由[^,，。;；]{2,80}$")
_OTHERS_ATTEND = re.compile(r"(?:出席|参加|与会)")


# "峰会在X开幕,由A和B共同主持": a summit is a forum of many sides whoever else the sentence names
_SUMMIT_CHAIRED = re.compile(r"峰会(?:[^,，。;；]{0,30}?(?:举行|开幕|召开))?[,，]?由[^,，。;；]{2,80}$")


def _cochaired_forum(text: str, hit: _Hit) -> bool:
    """``第三次…领导人会议…由老挝总理和中国总理共同主持,柬埔寨首相…出席``: a multilateral
    meeting, each leader attends it; the two co-chairs did not meet each other. A summit
    (``…峰会在新德里举行,峰会由A和B共同主持``) is one even when the attendants come later."""
    if hit.trigger.role != "joint" or "主持" not in text[hit.span.start : hit.span.end]:
        return False
    if _SUMMIT_CHAIRED.search(text, hit.sentence.span.start, hit.span.start) is not None:
        return True
    return (
        _FORUM_CHAIRED.search(text, hit.clause.start, hit.span.start) is not None
        and (
            _OTHERS_ATTEND.search(text, hit.span.end, hit.sentence.span.end) is not None
            or _SPOKE_AT_FORUM.search(text, hit.sentence.span.end, _paragraph_end(text, hit.sentence.span.end))
            is not None
        )
    )


# "峰会由A和B共同主持。…范明政在峰会上发言时强调": a third leader speaks at it, so others attend
_SPOKE_AT_FORUM = re.compile(r"在(?:本次|此次|这次|本届|该)?(?:会议|峰会|大会|论坛)上(?:发言|致辞|讲话|发表)")


# "越南驻老挝大使馆", "越南驻华大使馆": the country a mission is posted to, after 驻
_MISSION_HOST = re.compile(r"驻([\u4e00-\u9fff]{1,12}?)(?:大使馆|总领事馆|领事馆|使馆|代表处|大使(?:官邸|私宅|寓所|府邸))$")
_MISSION_HOST_SHORT = {"华": "CHN", "越": "VNM"}


def _mission_abroad(target: list[Mention], where: str | None) -> bool:
    """A visit paid to a mission posted in another country than the place found for it (the
    dateline's): ``越通社河内——…前往越南驻老挝大使馆吊唁`` happened in Laos, not in Hanoi."""
    if where is None:
        return False
    for m in target:
        host = _MISSION_HOST.search(m.name) if m.kind == "organisation" else None
        if host is None:
            continue
        iso = country_of_text(host.group(1))[0] or _MISSION_HOST_SHORT.get(host.group(1)) or lexicon().short_forms.get(host.group(1))
        if iso is not None and iso != where:
            return True
    return False


# "越南驻捷克特命全权大使X", "越南驻日本大使馆": an envoy or a mission and the country it is posted in
_ENVOY_POST = re.compile(
    r"驻([\u4e00-\u9fff]{1,12}?)(?:特命全权|临时)?(?:大使馆|总领事馆|领事馆|使馆|大使|总领事|领事|代办)"
)


def _envoy_meets_host(source: list[Mention], target: list[Mention], where: str | None) -> bool:
    """``越通社河内——越南驻捷克大使X拜会捷克外长Y``: an envoy (or mission) posted in another country
    than the dateline's, meeting a side of that country, met it where he is posted, not at the
    dateline; the text does not say the city."""
    if where is None:
        return False
    for side, other in ((source, target), (target, source)):
        for m in side:
            post = _ENVOY_POST.search(m.title or "") or _ENVOY_POST.search(m.name)
            if post is None:
                continue
            iso = (
                country_of_text(post.group(1))[0]
                or _MISSION_HOST_SHORT.get(post.group(1))
                or lexicon().short_forms.get(post.group(1))
            )
            if iso is not None and iso != where and any(o.country == iso for o in other):
                return True
            if iso is not None and iso != where and other and all(o.country is None for o in other):
                # "越南驻埃塞俄比亚大使X向非盟委员会主席Y递交国书": a side of no country (an
                # international body) met by the envoy where he is posted, not at the dateline
                return True
    return False


def _sympathy_from_abroad(hit: _Hit, source: list[Mention], where: str | None) -> bool:
    """``中国总理李强向灾区人民表示深切慰问`` in a roundup told from 河内: sympathy or
    congratulations (no message word) voiced by sides of other countries than the story's place,
    none of them an envoy posted there, are told from nowhere in particular, like a letter."""
    return (
        hit.trigger.type == "SUPPORT"
        and hit.trigger.role == "express"
        and where is not None
        and bool(source)
        and all(m.country is not None and m.country != where and "驻" not in (m.title or "") for m in source)
    )


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


# "A、B和C共同主持会议": three or more co-chairs of the forum told before (a summit) attend it
_THREE_CHAIRS = re.compile(r"、[^,，。;；]{1,60}?(?:和|与|及)")
_BARE_FORUM_OBJECT = re.compile(r"(?:了)?(?:本次|此次|这次|本届|该)?(?:会议|峰会|大会|论坛)(?=[。,，;；]|$)")


# "A;B;C共同主持了会议": the co-chairs listed one per clause, the last one's clause alone before the verb
_CHAIR_LIST_JOINER = re.compile(r"[与和同及、跟]")


def _three_chair_forum(text: str, hit: _Hit) -> bool:
    """``王廷惠、坤·索达丽和赛宋蓬·丰威汉共同主持会议``: a forum of three or more sides, each
    chair attends it (the attendance told where the forum is named); the chairs hold no meeting.
    Co-chairs listed with semicolons (``部长A;副部长B;副主任C共同主持了会议``) are such a list
    too: the clause of the last one names no partner, and the bare forum is no side."""
    if (
        hit.trigger.role != "joint"
        or "主持" not in text[hit.span.start : hit.span.end]
        or _BARE_FORUM_OBJECT.match(text, hit.span.end) is None
    ):
        return False
    if _THREE_CHAIRS.search(text, hit.clause.start, hit.span.start) is not None:
        return True
    return _semicolon_listed_chairs(text, hit)


def _semicolon_listed_chairs(text: str, hit: _Hit) -> bool:
    """The clause of the last of the co-chairs listed with semicolons, alone before 共同主持 a bare forum."""
    return (
        hit.trigger.role == "joint"
        and "主持" in text[hit.span.start : hit.span.end]
        and _BARE_FORUM_OBJECT.match(text, hit.span.end) is not None
        and text[hit.sentence.span.start : hit.clause.start].rstrip().endswith((";", "；"))
        and _CHAIR_LIST_JOINER.search(text, hit.clause.start, hit.span.start) is None
    )


# "签字仪式由A和B共同主持": two ministers chairing a signing ceremony sign, they do not meet
_SIGNING_CHAIRED = re.compile(r"(?:签字|签署|签订|交换)[^,，。;；]{0,12}?仪式由")
# (not the comma grouping a figure's digits, "5,000,000美元")
_COMMA = re.compile(r"，|(?<!\d),|,(?!\d)")
# "利用1亿美元信贷额度为越南建造的巡逻艇": the credit line the gift was paid from, not its value
_MEANS = re.compile(r"(?:利用|使用|动用|通过)[^,，。;；]{0,4}$")
# "提供总额为900亿日元的贷款", "提供一笔总额为50万美元的援助": the size of the gift itself,
# written as a total (a measure word may stand before it)
_GIFT_TOTAL = re.compile(
    r"(?:提供|援助|捐赠|赠送|移交|拨付|资助|批准|通过)(?:了)?(?:一笔|一项|一批|这笔|该笔)?(?:总额|总价值|总金额|共计|总计)[^,，。;；]{0,4}$"
)
# "援助的资金已达290亿越盾": a running sum reached, no gift of its own
_TOTAL = re.compile(r"(?:总数|总额|总量|累计|共计|总计|已达(?:到)?(?:了)?)[^,，。;；]{0,6}$")


def _amounts_of(text: str, hit: _Hit) -> list[Amount] | None:
    """The amounts an aid trigger gives: those of its own comma-part of the clause when it has
    any (``援助越南的500万剂疫苗,…总数将达到600万剂``: one gift, not two), never a total."""
    commas = [m.end() for m in _COMMA.finditer(text, hit.clause.start, hit.span.start)]
    part_start = commas[-1] if commas else hit.clause.start
    tail = _COMMA.search(text, hit.span.end, hit.clause.end)
    part_end = tail.start() if tail else hit.clause.end
    every = find_amounts(text, hit.clause.start, hit.clause.end)
    totals = [
        a
        for a in every
        if _TOTAL.search(text, max(0, a.span.start - 12), a.span.start)
        and not _GIFT_TOTAL.search(text, max(0, a.span.start - 14), a.span.start)
    ]
    means = [a for a in every if _MEANS.search(text, max(0, a.span.start - 6), a.span.start)]
    found = [a for a in every if a not in totals and a not in means]
    own = [a for a in found if part_start <= a.span.start < part_end]
    if not own and any(part_start <= a.span.start < part_end for a in totals):
        return None  # "援助的疫苗总数将达到600万剂": a sum of gifts told elsewhere, not a gift
    if not every and hit.sentence.part == "body":
        return _worth_told_next(text, hit.sentence.end)
    read = own or found
    if hit.trigger.role == "dispatch":  # "由24名队员和6只搜救犬组成的救援队": the team's make-up, no gift
        read = [a for a in read if a.currency not in _UNITS]
    # "赠送了6万只口罩和300件防护服": goods counted in a list are one gift, read by its first count
    return [
        a
        for i, a in enumerate(read)
        if not (
            i
            and a.currency in _UNITS
            and read[i - 1].currency in _UNITS
            and _GOODS_JOINED.fullmatch(text, read[i - 1].span.end, a.span.start)
        )
    ]


# "6万只医用口罩和300件防护服": the goods between two counts, then the word joining the next one
# ("6万只口罩和约300件防护服": the next count may be told as rough, 约/近/逾/超过 before it)
_GOODS_JOINED = re.compile(
    r"(?:(?!向|提供|捐赠|赠送|移交|援助)[^,，。;；\d]){0,20}?(?:和|及|以及|与|、)(?:约|大约|近|逾|超过|共)?"
)


# "…捐赠的医疗物资移交给X。上述物资…总价值为42万美元": the next sentence names the gift told and
# gives its worth; the gift's amount is that worth (the sum right after the worth word)
_WORTH_NEXT = re.compile(
    r"\s*(?:上述|这批|该批|此批|这些|该校|该项目|该工程)[^。;；!?！？\n]{0,40}?(?:总价值|总金额|总投资额|总投资|总额|价值)(?:为|达|约|超过|逾|近|了)*"
)


# the end of the worth's sum: a stop or a comma, not one grouping a figure's digits ("420,000美元")
_WORTH_STOP = re.compile(r"[。;；，\n]|(?<!\d),|,(?!\d)")


def _worth_told_next(text: str, end: int) -> list[Amount]:
    """The worth given by the sentence right after an aid sentence that tells no sum, when it
    opens with the gift told (上述物资, 这批设备) and states its worth (总价值为N美元)."""
    m = _WORTH_NEXT.match(text, end)
    if m is None:
        return []
    stop = next((c.start() for c in _WORTH_STOP.finditer(text, m.end(), min(len(text), m.end() + 30))), len(text))
    return [a for a in find_amounts(text, m.end(), stop) if a.span.start == m.end()][:1]


def _couple(text: str, people: list[Mention]) -> bool:
    """``天皇德仁和皇后雅子``: a head of state and consort, received or receiving together."""
    if len(people) != 2:
        return False
    m = _COUPLE_GAP.fullmatch(text, people[0].span.end, people[1].span.start)
    # "秋篠宫文仁亲王和纪子妃": the consort's title may follow her name instead
    return m is not None and (m.group(1) is not None or _CONSORT_AFTER.match(text, people[1].span.end) is not None)


# "天皇德仁和皇后雅子", "秋篠宫文仁亲王和皇嗣妃纪子": a royal title may follow the first name
_COUPLE_GAP = re.compile(r"\s*(?:亲王|国王|天皇|王储)?(?:和|及|与)(皇后|王后|夫人|皇嗣妃|王妃)?\s*")
_CONSORT_AFTER = re.compile(r"(?:王妃|妃|皇后|王后)")  # "明仁天皇和美智子皇后": titles after both names


# "与美国、日本和新西兰外交部领导通电话": countries listed before the body they share
_LIST_JOINT = re.compile(r"\s*[、和及与]\s*")


def _listed_bodies(ctx: _Context, hit: _Hit, target: list[Mention]) -> list[Mention]:
    """``分别与美国、日本、韩国和新西兰外交部领导通电话``: the one body named (新西兰外交部) is shared by
    the countries listed before it, each its own counterpart (美国外交部, …); its name is the
    country's as written with the body's word after it, its span the country's."""
    if len(target) != 1 or target[0].kind != "organisation" or hit.trigger.mode not in {"phone", "video"}:
        return target
    body = target[0]
    text = ctx.text
    written = text[body.span.start : body.span.end]
    names = lexicon().country_names
    cut = next((k for k in range(len(written) - 1, 1, -1) if written[:k] in names), 0)
    if not cut:
        return target
    suffix = ctx.doc.text[body.span.start + cut : body.span.end]
    countries = {
        m.span.start: m
        for m in ctx.doc.mentions
        if m.kind == "country" and hit.clause.start <= m.span.start < body.span.start
    }
    listed: list[Mention] = []
    pos = body.span.start
    while True:
        j = _LIST_JOINT.search(text, max(hit.clause.start, pos - 3), pos)
        if j is None or j.end() != pos:
            break
        prev = next((m for m in countries.values() if m.span.end == j.start()), None)
        if prev is None or not prev.country or prev.country == body.country:
            break
        listed.insert(0, prev)
        pos = prev.span.start
    if not listed:
        return target
    made = [replace(m, name=m.name + suffix, kind="organisation", sector=body.sector, offices=[]) for m in listed]
    return [*made, body]


# "分别会见A国议会议长、B国国会主席等": an office, unnamed, of each country listed
_EACH_MET = re.compile(r"分别(?:会见|会晤|接见)(?:了)?$")
_OFFICE_ITEM = re.compile(r"[^、,，。;；等和及]{3,24}")


def _listed_offices(ctx: _Context, hit: _Hit) -> list[Mention]:
    """``分别会见中国全国人大常委会委员长、日本国会众议院议长、…等``: one meeting with each office
    listed, named as written, when every item opens with a country and names no one."""
    text = ctx.text
    if hit.trigger.mode != "meeting" or not _EACH_MET.search(text, max(hit.clause.start, hit.span.start - 4), hit.span.end):
        return []
    names = lexicon().country_names
    out: list[Mention] = []
    pos = hit.span.end + (1 if text.startswith("了", hit.span.end) else 0)
    while pos < hit.clause.end:
        m = _OFFICE_ITEM.match(text, pos, hit.clause.end)
        if m is None:
            return []
        item = m.group()
        cut = next((k for k in range(min(len(item) - 1, 8), 1, -1) if item[:k] in names), 0)
        if not cut or any(p.span.start < m.end() and m.start() < p.span.end for p in ctx.persons):
            return []
        out.append(Mention(Span(m.start(), m.end(), "organisation"), ctx.doc.text[m.start() : m.end()], "organisation", country=names[item[:cut]], sector="GOV"))
        pos = m.end()
        if text.startswith("等", pos) or pos >= hit.clause.end or text[pos] in "。;；,，":
            break
        pos += 1  # 、 和 及
    return out if len(out) >= 2 else []


def _split_targets(ctx: _Context, hit: _Hit, target: list[Mention]) -> list[list[Mention]]:
    """Meetings and talks with several named people are one event per person (``分别``)."""
    if offices := _listed_offices(ctx, hit):
        return [[m] for m in offices]
    if hit.trigger.mode == "visit" and len(target) > 1 and _ONE_LEG_EACH.search(ctx.text, hit.clause.start, hit.span.end):
        legs = [m for m in target if m.country]
        if len(legs) == len(target) and len({m.country for m in legs}) == len(legs):
            return [[m] for m in legs]  # "先后访问智利和秘鲁": one visit to each country, in turn
    bodies = _listed_bodies(ctx, hit, target)
    if bodies is not target and not _MANY_SIDED.search(ctx.text, hit.clause.start, hit.clause.end):
        return [[b] for b in bodies]  # one call with each country's body
    if (
        hit.trigger.type == "AGREE"
        and len(target) > 1
        and _ONE_BY_ONE.search(ctx.text, hit.clause.start, target[0].span.start)
        and None not in {m.country for m in target}
        and len({m.country for m in target}) == len(target)
    ):
        return [[m] for m in target]  # "A分别与B和C签署意向书": one signing with each
    people = [m for m in target if m.kind == "person"]
    if (
        hit.trigger.mode in {"meeting", "talks"}
        and len(people) > 1
        and not _couple(ctx.text, people)
        # "欢迎仪式结束后,双方举行会谈" with two hosts on one side: one talks of the two sides
        and not _PAIR.search(ctx.text, hit.clause.start, hit.span.start)
        # "A,B,C共同主持…": one event the three co-chairs hold together, not a meeting with each
        and not (hit.trigger.role == "joint" and ctx.text.startswith(("共同", "一道", "一起"), hit.span.start))
    ):
        return [[p] for p in people]
    if (
        hit.trigger.mode in {"phone", "video"}
        and len(people) > 1
        and (
            _ONE_BY_ONE.search(ctx.text, hit.clause.start, people[0].span.start) is not None
            or (
                None not in {p.country for p in people}
                and len({p.country for p in people}) == len(people)
                and not _MANY_SIDED.search(ctx.text, hit.clause.start, hit.clause.end)
            )
        )
    ):
        return [[p] for p in people]  # "A分别与B和C通电话", "A与老挝总理B和柬埔寨首相C通电话": two calls
    return [target]


def _leg_place(ctx: _Context, hit: _Hit, ev: Event, leg: Mention) -> None:
    """One leg of ``先后访问A和B``: the leg's country (the last written before the trigger) is
    where it was, not the first leg's."""
    if leg.kind in {"country", "place"}:
        ev.location, ev.location_span, ev.location_country = leg.name, leg.span, leg.country
        return
    here = [g for g in geo_in(ctx.text, hit.clause.start, hit.span.start) if g[2].kind in {"country", "place"} and g[2].country == leg.country]
    if here:
        gs, ge, g = here[-1]
        ev.location, ev.location_span, ev.location_country = ctx.doc.text[gs:ge], Span(gs, ge, "place"), g.country


# "在B于11月访越之后": a visit closing a 在… frame (之后/以后/之前/以前), told as the time of another act
_FRAME_CLOSES = re.compile(r"\s*(?:之后|以后|之前|以前)")
_VISIT_FRAME_BEFORE = re.compile(
    r"在[^,，。;；在]{2,40}?(?:访问|访[越华老柬日韩美俄]|出访|进行访问)[^,，。;；]{0,4}?(?:之后|以后|之前|以前)"
)


# "从3月1日至4日和3月5日至7日分别对A和B进行访问": the days listed one for each leg, joined by 和/、
_LEG_DAYS_JOINED = re.compile(r"\s*(?:和|与|及|以及|、|,|，)\s*")


def _leg_days(ctx: _Context, hit: _Hit, legs: int) -> list[TimeValue] | None:
    """``从3月1日至4日和3月5日至7日分别对A国和B国进行正式访问``: as many days (or spans of days)
    listed last before ``分别`` as the legs split from the trip, each the days of the leg in the
    same place of the list; None when the counts differ or the days are not one list."""
    each = _ONE_LEG_EACH.search(ctx.text, hit.clause.start, hit.span.end)
    if each is None or not ctx.text.startswith("分别", each.start()):
        return None
    days = [
        t
        for t in _times_in(ctx.doc, hit.clause.start, each.start())
        if t.kind in _DAY_KINDS and t.precision == "day" and t.start
    ]
    if len(days) < legs or ctx.text[days[-1].span.end : each.start()].strip(" "):
        return None
    listed = days[-legs:]  # "12月8日,X离开河内,启程从…和…分别对…": the day of leaving is no leg's
    if any(_LEG_DAYS_JOINED.fullmatch(ctx.text, a.span.end, b.span.start) is None for a, b in pairwise(listed)):
        return None
    if len(days) > legs and _LEG_DAYS_JOINED.fullmatch(ctx.text, days[-legs - 1].span.end, listed[0].span.start):
        return None  # more days listed than legs: which goes with which is not told
    return listed


# "先后访问A和B", "先后对A和B进行正式访问": the legs of one trip, one after another
# "为了…,进一步加强…," at a sentence's start: what the act is for, before who acts
_PURPOSE_OPENS = re.compile(r"\s*(?:为了|为)[^。;；]{2,80}?[,，](?:\s*(?:进一步|以)?(?:加强|促进|推动|深化)[^,，。;；]{2,40}[,，])?")
_ONE_LEG_EACH = re.compile(r"(?:先后|分别)(?:对|访问|前往|赴|出访)(?![^,，。;；]{0,12}?\d+\s*次)")
# "三方通话", "共同举行视频会议": one call or meeting of several sides together
_MANY_SIDED = re.compile(r"[三四五六多]方|共同|一起|一道")
# "分别会见" (each) and "先后会见" (one after another) both tell separate meetings
_MET_BEFORE = re.compile(r"会见|会晤|接见|拜会")  # "A会见B,分别同…": an act of A's, its object named next
_ONE_BY_ONE = re.compile(r"分别|先后")
# "A和B分别于2011年和2017年访问越南": each at his own time, told as a list of times
# (or "A和B于2014年和2015年分别访问越南": the times listed before 分别)
_EACH_IN_TURN = re.compile(
    r"(?:分别|先后)(?:于|在)[^,，。;；]{1,24}?[和与、及][^,，。;；]{1,16}$"
    r"|(?:于|在)[^,，。;；]{1,24}?[和与、及][^,，。;；]{1,16}?(?:分别|先后)$"
)


# "A和B先后访问中国", "A和B分别访问了…": the visitors listed, then 先后/分别 right before the verb
_IN_TURN_VISIT = re.compile(r"[^,，。;；]{0,4}?(?:先后|分别)(?:对[^,，。;；]{1,12}?进行(?:了)?[^,，。;；]{0,6})?$")


def _split_sources(hit: _Hit, text: str, source: list[Mention]) -> list[list[Mention]]:
    """``A和B分别会见了C`` (and ``C分别/先后会见了A和B`` with the guests as sources): one meeting each."""
    if hit.trigger.mode == "meeting" and _envoy_countries(text, source) == source:
        return [[m] for m in source]  # several ambassadors present their credentials: one call each
    if hit.trigger.mode == "meeting" and "国书" in text[hit.span.start : hit.span.end] and _listed_envoys(text, source) == source:
        return [[m] for m in source]  # "接受X、Y和Z递交国书", the envoys named: one call each
    people = [m for m in source if m.kind == "person"]
    if (
        hit.trigger.mode in {"meeting", "talks"}
        and len(people) > 1
        and (
            _ONE_BY_ONE.search(text, people[-1].span.end, hit.span.start) is not None
            # "C在河内分别会见了A和B": guests put first are still met one by one
            or (
                all(p.span.start > hit.span.start for p in people)
                and _ONE_BY_ONE.search(text, hit.clause.start, hit.span.start) is not None
            )
        )
    ):
        return [[p] for p in people]
    if (
        hit.trigger.mode == "visit"
        and len(people) > 1
        and _EACH_IN_TURN.search(text, people[-1].span.end, hit.span.start) is not None
    ):
        return [[p] for p in people]  # "A和B分别于2011年和2017年访问越南": two visits, one each
    if (
        hit.trigger.mode == "visit"
        and len(people) > 1
        and len(people) == len(source)
        and _IN_TURN_VISIT.match(text, people[-1].span.end, hit.span.start) is not None
    ):
        return [[p] for p in people]  # "去年A和B先后访问中国": each made his own visit, one after the other
    if (
        hit.trigger.mode == "multilateral"
        and len(people) > 1
        and all(p.span.start > hit.span.end for p in people)
        and len({p.country for p in people}) == len(people)
    ):
        return [[p] for p in people]  # "会见了前来出席…论坛的A国X和B国Y": each guest attends for his side
    return [source]


# "X将前往新加坡出席…,随后赴巴厘岛出席…": the next leg of a trip still to come is still to come
_THEN = re.compile(
    r"\s*(?:(?:随后|然后|接着|之后|此后)(?:还|再|又)?(?=赴|前往|出席|访问|转赴|到)"
    # "X与Y将参加各项外交活动,出席…论坛": a clause with no subject of its own, its verb the plan's next
    r"|(?:并|还)?(?=出席|参加))"
)


_PARTNER_OPENS = re.compile(r"\s*(?:还|也|并|再)?(?:与|同|和|跟)")


def _planned_before_then(text: str, hit: _Hit) -> bool:
    """``结束访问后,朔尔茨将前往新加坡出席…,随后赴印度尼西亚出席…峰会``: a clause opened by
    随后/然后 with a move or an attendance continues the plan of the clause before it (``将前往``)."""
    opened = text[max(0, hit.clause.start - 2) : hit.clause.start].rstrip(" ")
    if (
        opened.endswith((";", "；"))
        # "…将会见A;与B举行会谈": a part with no subject of its own, opened by its partner, is listed on too
        and (hit.span.start - hit.clause.start <= 2 or _PARTNER_OPENS.match(text, hit.clause.start) is not None)
        and _PLANNED.search(text, hit.sentence.start, hit.clause.start) is not None
    ):
        return True  # "范明政将与…进行座谈;造访…": a plan listed on, its subject and 将 told before the 分号
    if _THEN.match(text, hit.clause.start) is None:
        return False
    before = text[hit.sentence.start : hit.clause.start].rstrip(",，、 ")
    cut = max(before.rfind(","), before.rfind("，"))
    last = before[cut + 1 :]
    return _PLANNED.search(last) is not None


# "访问阿根廷期间,阮辉增一行会见了…": the leg of a trip the sentence opens on
# "访问乌拉圭期间,", "在对摩洛哥进行正式访问期间,": the leg a sentence opens on
_LEG_FRAME = re.compile(
    r"\s*" + _TRAVELLING_REPORTER + r"(?:在|此次)?(?:应[^,，。;；:：]{1,30}?邀请)?"
    r"(?:(?:访问|出访|访)([^,，。;；:：]{1,12}?)|对([^,，。;；:：]{1,12}?)进行[^,，。;；:：]{0,10}?访问)期间\s*[,，]"
)


# "2016年9月,A对越南进行正式访问期间,两国…", "…表示,B访问老挝期间,双方…": a visit's frame inside
# the sentence, after its opening words (a date, a subject, what someone said)
_LEG_FRAME_INSIDE = re.compile(
    r"(?:(?:访问|出访|访)([^,，。;；:：、]{1,12}?)|对([^,，。;；:：]{1,12}?)进行[^,，。;；:：]{0,10}?访问)期间\s*[,，]"
)

_CLAUSE_RUN_BREAK = re.compile(r"[;；]")


# "值此…大会在北京隆重召开之际,", "就台风在越南造成严重损失,": where the occasion or the topic of a
# letter or a call happened, told before its verb, not where it was sent from
_MESSAGE_OCCASION = re.compile(r"值此[^。;；]{2,80}?之际[,，]?|就[^,，。;；]{2,60}?[,，]")


def _message_place_start(text: str, start: int, trig: int) -> int:
    """Where to look for the place of a letter or a call: after the occasion or topic told before it."""
    for m in _MESSAGE_OCCASION.finditer(text, start, trig):
        start = m.end()
    return start


def _leg_frame_inside(ctx: _Context, hit: _Hit) -> tuple[str, Span, str | None] | None:
    """``2016年9月,A对越南进行正式访问期间,两国将关系提升为…``: an act the sentence tells after the
    frame of a visit (not at its opening, which ``_leg_frame`` reads) is in the country visited. Only
    the clause the trigger is in, or one after the frame's own comma, counts; a frame of two
    countries (``访问X和Y期间``) gives none."""
    text = ctx.text
    found = None
    for m in _LEG_FRAME_INSIDE.finditer(text, hit.sentence.start, hit.span.start):
        found = m
    if found is None or _CLAUSE_RUN_BREAK.search(text, found.end(), hit.span.start):
        return None  # "访马期间,两国发表了…;2017年3月通过…": a later part of the list is not in that frame
    g = 1 if found.group(1) is not None else 2
    geos = [x for x in geo_in(text, found.start(g), found.end(g)) if x[2].kind != "organisation"]
    if len({x[2].country for x in geos}) > 1:
        return None
    return _leg_frame_place(ctx, hit, found, told_from_ok=False)


def _leg_frame(ctx: _Context, hit: _Hit) -> tuple[str, Span, str | None] | None:
    """``访问乌拉圭期间,…会见了X。访问阿根廷期间,…会见了Y``: each sentence's acts are in the
    country of the leg it opens on (the trip's first destination is not the place of them all)."""
    m = _LEG_FRAME.match(ctx.text, hit.sentence.start)
    if m is None or m.end() > hit.span.start:
        return None
    return _leg_frame_place(ctx, hit, m)


def _leg_frame_place(
    ctx: _Context, hit: _Hit, m: re.Match[str], told_from_ok: bool = True
) -> tuple[str, Span, str | None] | None:
    """The place a matched visit frame names (its group 1 or 2): the country visited, or (when
    ``told_from_ok``) the city of it the story is told from; a frame inside a sentence often tells a
    visit of another year, whose city the dateline does not give."""
    g = 1 if m.group(1) is not None else 2
    if m.group(g) == "该国":
        # "在应俄罗斯外长X的邀请对该国进行正式访问期间,": the country the inviter is of
        invited = [x for x in geo_in(ctx.text, m.start(), m.start(g)) if x[2].kind == "country" and x[2].country]
        if not invited:
            return None
        gs, ge, entry = invited[-1]
        return ctx.doc.text[gs:ge], Span(gs, ge, "place"), entry.country
    geos = [x for x in geo_in(ctx.text, m.start(g), m.end(g)) if x[2].kind != "organisation"]
    if not geos and m.end(g) - m.start(g) == 1:
        # "访越期间,": a one-character form of the country visited; the visit's country is the place
        from dyad.extraction.lexicon import lexicon

        iso = lexicon().short_forms.get(m.group(g))
        name = _country_name(iso)
        if iso and name:
            # a city of that country the story is told from is the exact answer, as for a full name
            told_from = (
                _dateline_place(ctx, ctx.visit_place.get((hit.sentence.section, hit.sentence.teaser)))
                if told_from_ok
                else None
            )
            if told_from is not None and told_from[2] == iso:
                return told_from
            return name, Span(m.start(g), m.end(g), "place"), iso
    if not geos or geos[-1][2].country is None:
        return None
    gs, ge, entry = geos[-1]
    if entry.kind == "country" and told_from_ok:
        # "越通社北京——…在对中国进行友好访问期间,…": a city of that country the story is told from
        # (the dateline, the correspondent's post) is the exact answer
        told_from = _dateline_place(ctx, ctx.visit_place.get((hit.sentence.section, hit.sentence.teaser)))
        if told_from is not None and told_from[2] == entry.country:
            return told_from
    return ctx.doc.text[gs:ge], Span(gs, ge, "place"), entry.country


def _leg_told_back(ctx: _Context, hit: _Hit) -> tuple[str, Span, str | None] | None:
    """``此前,12月11日至12日,范明政对卢森堡进行了正式访问,同卢森堡首相…举行会谈,并拜会了…``: the
    acts the sentence of another leg's visit goes on to tell happened at that leg's destination, not in
    the dateline's country."""
    dests = [
        (at, dest)
        for at, dest in ctx.destinations.items()
        if hit.sentence.start <= at < hit.span.start and dest[2] is not None
    ]
    line = ctx.doc.dateline_place
    if not dests or line is None:
        return None
    geos = geo_in(ctx.text, line.start, line.end)
    home = geos[-1][2].country if geos else None
    dest = max(dests)[1]
    if home is not None and dest[2] == home:
        # "其后,在泰国总理2014年11月对越南进行正式访问期间,双方签署了…" on a page about a trip to
        # Thailand told from Hanoi: the sentence's own trip came home, so its acts are not the
        # story trip's abroad
        trip = ctx.visit_place.get((hit.sentence.section, hit.sentence.teaser))
        return dest if trip is not None and trip[2] is not None and trip[2] != home else None
    return dest if home is not None else None


_COMPOSED_OF = re.compile(r"由([^,，。;；]{1,40}?)(?:共同)?组成的")


def _drop_members_of_composed(ctx: _Context, hit: _Hit, side: list[Mention]) -> list[Mention]:
    """``越南与由欧盟和七国集团成员等组成的国际伙伴集团通过了…``: the members named inside the
    ``由…组成的`` modifier describe the group after it; the group is the side, not its members."""
    if len(side) < 2:
        return side
    inner = [
        (m.start(1), m.end(1))
        for m in _COMPOSED_OF.finditer(ctx.text, hit.sentence.start, hit.sentence.end)
    ]
    if not inner:
        return side
    kept = [m for m in side if not any(a <= m.span.start and m.span.end <= b for a, b in inner)]
    return kept or side


def _drop_overlapping(side: list[Mention]) -> list[Mention]:
    """``会见来访的斯里兰卡—越南团结协会执行委员会代表团``: two readings of one stretch of text (the
    association, and ``—越南…代表团`` cut after the dash) are one participant, the first reading kept."""
    if len(side) < 2:
        return side
    kept: list[Mention] = []
    spans: list[tuple[int, int]] = []  # the kept spans, sorted; disjoint or equal, so ends grow with starts
    for m in side:
        a, b = m.span.start, m.span.end
        i = bisect_left(spans, (b, -1)) - 1  # the kept span that starts last before this one ends
        if b > a and i >= 0 and spans[i][1] > a and spans[i] != (a, b):
            continue
        kept.append(m)
        insort(spans, (a, b))
    return kept


def _drop_target_side_signers(hit: _Hit, source: list[Mention], target: list[Mention]) -> list[Mention]:
    """``X拜会了A,与B举行会谈,出席双方合作文件的签署仪式``: the signing's sides are X's country and
    B's; A, of B's country and gathered into the source with X, is on the target's side, not X's."""
    if hit.trigger.type != "AGREE" or not target or not all(m.kind == "person" and m.country for m in target):
        return source
    theirs = {m.country for m in target}
    if len(theirs) != 1:
        return source
    ours = [m for m in source if not (m.kind == "person" and m.country in theirs)]
    if not any(m.kind == "person" and m.country for m in ours) or len(ours) == len(source):
        return source
    return ours


def _make_event(
    ctx: _Context, hit: _Hit, source: list[Mention], target: list[Mention], amount: Amount | None, n: int
) -> Event | None:
    doc = ctx.doc
    source, target = _drop_members_of_composed(ctx, hit, source), _drop_members_of_composed(ctx, hit, target)
    source, target = _drop_overlapping(source), _drop_overlapping(target)
    source = _drop_target_side_signers(hit, source, target)
    if (
        hit.trigger.type in {"CONSULT", "AGREE", "COOPERATE"}
        and target
        and all(_GENERIC.search(m.name) for m in target)
        and not any(m.kind == "person" for m in source)
    ):
        return None
    if (
        hit.trigger.type == "CONSULT"
        and target
        and all(
            m.name in _NOBODY
            or (m.kind == "country" and _COUNTRY_AS_MODIFIER.match(ctx.text, m.span.end))
            or (m.kind == "group" and _SIDES_UNNAMED.match(m.name))
            for m in target
        )
    ):
        return None  # "同法国各地方和企业举行会谈", "首个出访国家": no one in particular
    if hit.trigger.type in {"ACCUSE", "REQUEST"} and target and all(m.name in _NOBODY for m in target):
        return None  # "越南要求有关各方尊重…": a general appeal, addressed to no side
    if hit.trigger.type == "ACCUSE" and target and all(
        m.kind in {"country", "place"}
        and (_HAPPENED_IN.match(ctx.text, m.span.end) or _SITUATION_IN.match(ctx.text, m.span.end))
        for m in target
    ):
        return None  # "对印度发生的恐怖袭击事件表示强烈谴责": the country is where the attack was, not the accused
    if (
        hit.trigger.type == "SUPPORT"
        and not target
        and source
        and all(m.kind == "country" and _COUNTRY_AS_MODIFIER.match(ctx.text, m.span.end) for m in source)
    ):
        return None  # "各国领导人以及旅居海外越南侨胞…致唁电": the country only says whose diaspora, to no one named
    time = _time_for(doc, hit)
    if hit.trigger.mode == "multilateral" and hit.trigger.type == "CONSULT":
        time = _forum_days(doc, hit, time)
        time = _guest_forum_days(doc, hit, time)
    # a visit is to its destination (对越南进行国事访问), wherever the sentence's welcome took place
    # "反对中国在黄沙群岛举行军事演习": a statement's 在 after the verb places what it is about
    said = hit.trigger.type in {"ACCUSE", "REQUEST"}
    place = (
        ctx.destinations.get(hit.span.start)
        or _place_in(
            ctx,
            Span(_said_part(ctx.text, hit), hit.span.start)
            if said
            # "A致电B,祝贺…在柬埔寨…选举中获胜": what a letter or a call says after its verb is not where
            # it was made ("A在河内同B通电话" tells it before)
            else Span(_message_place_start(ctx.text, hit.clause.start, hit.span.start), hit.span.start)
            if hit.trigger.mode in {"message", "phone"}
            else hit.clause,
        )
        or (
            None  # a visit has its destination; a letter or a call does not go where others went ("…致电慰问,…救援队赴土耳其")
            if hit.trigger.mode in {"visit", "message", "phone"}
            # "X已抵达河内,圆满结束对柬埔寨进行正式访问,出席…大会之旅": the place come back to is not
            # where the trip's forum or meetings were
            or _BACK_FROM_TRIP.search(ctx.text, hit.sentence.start, hit.span.start)
            else _moved_to(ctx, hit.sentence.start, hit.clause.end, _invited_after(ctx.text, hit))
        )
    )
    key = (hit.sentence.section, hit.sentence.teaser)
    trip = _trip_in_item(ctx, hit, ctx.visit_place.get(key))
    if place is None and hit.trigger.mode == "multilateral":
        place = _forum_place(ctx, hit, target)
    if place is None and "国书" in ctx.text[hit.span.start : hit.clause.end]:
        place = _credentials_place(ctx, target)
    if place is None and hit.trigger.mode == "visit" and trip is not None:
        place = trip
    if place is None and hit.sentence.section == "main" and hit.trigger.mode not in {"visit", "phone", "message", "video"}:
        place = _leg_told_back(ctx, hit) or _leg_frame(ctx, hit)
    if place is None and hit.sentence.section == "main" and hit.trigger.mode in {"talks", "meeting"}:
        place = _welcome_place(ctx, hit)  # "…在河内举行仪式,欢迎B…。欢迎仪式结束后,双方举行会谈"
    if (
        place is None
        and hit.sentence.section == "main"
        and hit.trigger.mode not in {"phone", "message"}  # a call or a letter is from nowhere in particular
        # "举行线上会谈" from nowhere told; "在外交部总部…举行视频会议" from a seat in the dateline city
        and (hit.trigger.mode != "video" or _VIDEO_SEAT.search(ctx.text, hit.sentence.start, hit.span.start) is not None)
        and hit.trigger.type not in {"ACCUSE", "REQUEST"}  # nor is a statement
        # a gift announced, unless on a trip or handed over in person (在外交部总部移交, 接收了X转交的…)
        and (hit.trigger.type != "AID" or trip is not None or _handed_over_here(ctx.text, hit))
        and not (  # "菩提树由…于1959年赠送给胡志明主席": a gift of another year is not the trip's
            hit.trigger.type == "AID" and time is not None and time.precision in {"year", "month"}
        )
        # "截至目前援助总额超过了N美元": a running total of aid over the years is given nowhere
        and not (hit.trigger.type == "AID" and _RUNNING_TOTAL.search(ctx.text, hit.sentence.start, hit.sentence.end))
        and not _of_another_year(ctx, time)  # "两国于2022年12月签署了…协定": not where the story is told
        # "分别在2014年10月举行的第10届亚欧峰会…期间与X举行会晤": at a forum of a written month, not
        # at the dateline nor on the story's trip
        and not _DATED_FORUM_FRAME.search(ctx.text, hit.sentence.start, hit.span.start)
    ):
        place = _dateline_place(ctx, trip)
        if place is not None and trip is None and _sympathy_from_abroad(hit, source, place[2]):
            place = None  # "越通社河内——…中国总理向灾区人民表示深切慰问": felt abroad, not voiced at the dateline
        guest_trip = _guest_visit_place(ctx, hit, source + target) if trip is None else None
        if guest_trip is not None and (place is None or place[2] != guest_trip[2]):
            place = guest_trip  # "26日,蒙古国总统A会见了应…邀请对该国进行正式访问的越南国防部长B": in Mongolia
        if place is not None and _forum_held_elsewhere(ctx, hit, target, place[2]):
            place = None  # "越通社河内——…出席第73届联合国大会": held in 纽约, not at the dateline
        if place is not None and key not in ctx.visit_place and _met_at_forum_elsewhere(ctx, hit, place[2]):
            place = None  # "越通社河内——…出席第73届联合国大会…、会见…": met at the forum, not at the dateline
        if (
            place is not None
            and trip is None
            and hit.trigger.type == "CONSULT"
            and hit.trigger.mode in {"meeting", "talks"}
            and _envoy_meets_host(source, target, place[2])
        ):
            place = None  # "越通社河内——越南驻捷克大使X拜会捷克外长Y": met in Czechia, the city not told
        if place is not None and hit.trigger.role == "cohost" and source and _mission_abroad(source[:1], place[2]):
            place = None  # "越通社河内——…越南驻大阪总领事馆与…联合举行": held where the mission is, not at the dateline
    if hit.trigger.mode not in {"visit", "phone", "message", "video"} and (
        place is None or not hit.sentence.start <= place[1].start < hit.sentence.end
    ):
        # "2016年9月,A对越南进行正式访问期间,两国…签署": the visit's country the sentence frames the act
        # in, not the dateline's nor no place; a place the sentence itself tells stays
        framed = _leg_frame_inside(ctx, hit)
        if framed is not None and (place is None or place[2] != framed[2]):
            place = framed
    if place is not None and hit.trigger.mode == "visit" and _mission_abroad(target, place[2]):
        place = None  # "越通社河内——…前往越南驻老挝大使馆吊唁": at a mission abroad, not at the dateline
    if (
        place is not None
        and hit.trigger.mode == "visit"
        and re.search(r"(?:离开|离|从)" + re.escape(place[0]), ctx.text[hit.sentence.start : hit.span.start])
    ):
        place = None  # "X离开河内,启程对欧洲议会进行工作访问": the city left behind is not where the visit is
    planned = (
        bool(time and time.planned)
        or _plan_word_before(ctx.text, hit.clause.start, hit.span.start)
        or _planned_before_then(ctx.text, hit)
        # "范明政将赴沙特阿拉伯出席…大会": the trigger itself opens with the verb of going after 将
        or bool(_PLANNED_GOING.search(ctx.text, max(hit.clause.start, hit.span.start - 3), hit.span.start + 2))
        or bool(_PLANNED_VERB.search(ctx.text, max(hit.clause.start, hit.span.start - 6), hit.span.start))
    )
    mode = _mode_of(ctx.text, hit, target)
    if mode == "multilateral" and hit.trigger.type == "CONSULT":
        time = _set_out_forum_days(doc, hit, time)
    return Event(
        id=_event_id(doc, hit.span, n),
        section=hit.sentence.section,
        type=hit.trigger.type,
        mode=mode,
        cameo=hit.trigger.cameo,
        evidence=hit.sentence.span,
        trigger=hit.span,
        source=source,
        target=target,
        time=time,
        location=place[0] if place else None,
        location_span=place[1] if place else None,
        location_country=place[2] if place else None,
        amount=amount,
        context=[hit.trigger.context],
        planned=planned,
        teaser=hit.sentence.teaser,
        priority=hit.trigger.priority,
    )


# "象征性地移交了…物资", "接收了X转交的10万美元": a gift handed over at a ceremony, which has a place
_HANDOVER = re.compile(r"移交|转交|交接|接收|接受")


def _handed_over_here(text: str, hit: _Hit) -> bool:
    """An aid trigger that hands a gift over (not one that pledges it or tells it was sent)."""
    return (
        hit.trigger.mode != "pledge"
        and (
            _HANDOVER.search(text, hit.span.start, hit.span.end) is not None
            # "移交了越南政府捐赠…的物资": the hand-over verb before a bare 捐赠
            or re.search(r"(?:移交|转交)(?:了)?[^,，。;；]{1,30}$", text[hit.clause.start : hit.span.start]) is not None
        )
        and not _PLANNED.search(text, hit.clause.start, hit.span.start)
    )


# "希腊共产党第22次全国代表大会": one party's congress, where guests are received, not a forum of states
_ONLINE = re.compile(r"(?:通过|以)(?:(?:视频|线上|在线|网络视频)(?:会议)?(?:方式|形式|连线)|视频会议)")
# "。本次会议以线上方式举行": the sentence right after a meeting says it was held online
_HELD_ONLINE_NEXT = re.compile(
    r"[。;；]?\s*(?:本次|此次|这次|该次|该)?(?:会议|会谈|会晤|对话)(?:以|通过)(?:视频|线上|在线|网络视频)(?:方式|形式)(?:举行|进行|召开)"
)
_PARTY_CONGRESS = re.compile(r"党[^,，。;；]{0,16}?(?:全国代表大会|代表大会|党代会)")


_DIALOGUE_AFTER = re.compile(r"[^,，。;；]{0,24}?(?:对话|磋商)(?!会)")  # not 对话会, a session with many guests


def _held_online(text: str, hit: _Hit) -> bool:
    """Talks or a meeting the clause says are held online (``在河内通过视频连线与B举行会谈``) or the
    next sentence does (``本次会议以视频形式举行``): a video conference, where no side travels."""
    if hit.trigger.mode not in {"talks", "meeting"} or hit.trigger.role == "host":
        return False
    return bool(
        _ONLINE.search(text, hit.clause.start, hit.span.start)
        or _HELD_ONLINE_NEXT.match(text, hit.sentence.end)
        or (
            _BARE_SESSION_OBJECT.match(text, hit.span.end)
            and _HELD_ONLINE_BEFORE.search(text, max(0, hit.sentence.start - 60), hit.sentence.start)
        )
    )


# "…对话会(以)视频形式召开。A和B共同主持对话会。": the sentence before says the session was online
_HELD_ONLINE_BEFORE = re.compile(
    r"(?:会议|会谈|会晤|对话会?)(?:以|通过)?(?:视频|线上|在线|网络视频)(?:方式|形式)(?:举行|进行|召开)[。]\s*$"
)
_BARE_SESSION_OBJECT = re.compile(r"(?:了)?(?:本次|此次|这次|该|本届)?(?:对话会|会议|会谈|会晤)(?:[。,，;；]|$)")


def _mode_of(text: str, hit: _Hit, target: list[Mention]) -> str | None:
    """The trigger's mode, except attending one party's congress, which is a meeting, an
    agreement reached at a forum (``六国领导人通过了《万象宣言》``), which is multilateral, and
    talks held online (``通过视频方式同…举行会谈``), which are a video conference."""
    if hit.trigger.role == "attend" and target and (
        all(_PARTY_CONGRESS.search(m.name) for m in target)
        or (
            all(m.kind == "person" for m in target)
            and _PARTY_CONGRESS.search(text, hit.span.end, hit.clause.end) is not None
        )
    ):
        return "meeting"
    if hit.trigger.type == "AGREE" and target and all(m.span.label == "forum" for m in target):
        return "multilateral"
    if (
        hit.trigger.mode == "visit"
        and hit.trigger.type == "CONSULT"
        and text[hit.span.start : hit.span.end].endswith("出席")
        and target
        and all(m.span.label == "forum" for m in target)
    ):
        return "multilateral"  # "赴纽约出席联合国大会第79届会议": attending the forum gone to
    if (
        hit.trigger.role == "joint"
        and hit.trigger.mode == "meeting"
        and "主持" in text[hit.span.start : hit.span.end]
        and _DIALOGUE_AFTER.match(text, hit.span.end)
    ):
        return "talks"  # "共同主持第十次战略伙伴对话": a dialogue or consultation co-chaired is talks
    if _held_online(text, hit):
        return "video"  # "…共同主持召开第二次外长年度会议。本次会议以视频形式举行。": the next sentence says how
    return hit.trigger.mode


# "欢迎越南政府总理X和夫人与越南高级代表团到访": the welcome, then its guests before the visit word
_WELCOMED_VISITOR_BEFORE = re.compile(r"欢迎[^,，。;；]{0,36}$")


def _welcomer(text: str, ev: Event, m: Mention) -> bool:
    """``A在…举行隆重仪式,欢迎B…到访``: A, named before the welcome, receives the visit its sentence tells
    (a teaser's summary read alone can give the visit word A's name); A is no visitor."""
    if not text or ev.trigger is None:
        return False
    welcome = _WELCOMED_VISITOR_BEFORE.search(text, max(0, ev.trigger.start - 40), ev.trigger.start)
    return welcome is not None and m.span.end <= welcome.start()


def _visitors_first(events: list[Event], described: set[str] = frozenset(), text: str = "") -> None:
    """In a visit story, the visitor is the source of the talks and meetings held with hosts
    that the text names first (``越南国家主席苏林与俄罗斯总统普京举行会谈``); so is anyone the
    text introduces as visiting (``正对越南进行正式访问的美国总统奥巴马``)."""
    visitors = set(described) | {
        norm_name(m.name)
        for e in events
        # "X前往越南驻印尼大使馆参加吊唁仪式": who came to pay respects is a visitor too
        if e.mode == "visit" and e.type in {"CONSULT", "SUPPORT"} and not e.planned  # "X预计将于…访问越南": not here yet
        for m in e.source
        if m.kind == "person" and not _welcomer(text, e, m)
    }
    if not visitors:
        return
    for ev in events:
        if ev.type != "CONSULT" or ev.mode not in {"talks", "meeting"} or ev.cameo == _HOSTING:
            continue  # a banquet's host is its source; a call is not a meeting during the visit
        if (
            ev.location_country
            and all(m.country == ev.location_country for m in ev.target)
            and not _dateline_only_place(text, ev, events)
        ):
            continue  # "两国防长在老街市举行会谈": the one who crosses the border next day is at home here
        if text and _CAME_TO_CALL.search(text, max(0, ev.trigger.start - 8), ev.trigger.start):
            continue  # "X前来拜会阮氏金银": the one who came to call is the caller, the visitor receives
        if _overlap(_names(ev.target), visitors) and not _overlap(_names(ev.source), visitors):
            if (
                text
                and _DATED_FORUM_FRAME.search(text, ev.evidence.start, ev.trigger.start)
                and (not ev.location_country or ev.location_country not in _trip_countries(events, _names(ev.target)))
            ):
                continue  # "2014年11月出席在中国北京举行的…会议期间,A与B举行双边会晤": not on B's trip to Viet Nam
            ev.source, ev.target = ev.target, ev.source


def _trip_countries(events: list[Event], names: set[str]) -> set[str]:
    """The countries the visits of these people go to, as far as every one of them is placed
    (empty when one is not: then any place may be on a trip)."""
    trips = [
        e for e in events
        if e.mode == "visit" and e.type == "CONSULT" and _overlap(_names(e.source), names)
    ]
    if not trips or any(e.location_country is None for e in trips):
        return set()
    return {e.location_country for e in trips if e.location_country}


# "2014年11月出席在北京举行的…峰会期间", "在2014年10月举行的第10届亚欧峰会…期间": a forum of a
# written year and month framing a meeting: a look back, not the story's trip
_DATED_FORUM_FRAME = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月[^。;；]{0,60}?(?:峰会|会议|大会|论坛|年会)[^,，。;；]{0,12}?期间"
)
_CAME_TO_CALL = re.compile(r"前来(?:礼节性)?$")


def _dateline_only_place(text: str, ev: Event, events: list[Event]) -> bool:
    """The meeting's place is only the dateline city (no place in its sentence), and a visit of the
    target's side to another country is reported: ``越通社河内——…欢迎越南政府总理X到访。…Y与X举行
    会谈`` is told from home about a trip abroad."""
    if ev.location_span is None or ev.evidence.start <= ev.location_span.start < ev.evidence.end:
        return False
    names = _names(ev.target)
    homes = {m.country for m in ev.target}
    return any(
        e.mode == "visit"
        and e.type == "CONSULT"
        and _overlap(_names(e.source), names)
        and any(m.kind == "person" for m in e.target)
        and all(m.country and m.country not in homes for m in e.target)  # the host is of another country
        for e in events
    )


# "泰国商会(TCC)代表团", "日本经济团体联合会代表团": a delegation named as a body, no leader given
_DELEGATION_GROUP = re.compile(r"(?:代表团|考察团|访问团|工作团|一行)$")


def _delegations_first(events: list[Event]) -> None:
    """``越南政府总理黎青松会见泰国商会代表团`` (in Hanoi): a delegation from abroad received by the
    hosts of the place is the visitor, the source, when no leader is named for it (one is the
    source through the visitor rules)."""
    for ev in events:
        if ev.type != "CONSULT" or ev.mode not in {"talks", "meeting"} or ev.cameo == _HOSTING:
            continue
        home = ev.location_country
        if not home or not ev.source or not ev.target:
            continue
        if all(
            m.kind == "group" and m.country and m.country != home and _DELEGATION_GROUP.search(_BRACKETED_PART.sub("", m.name))
            for m in ev.target
        ) and all(m.country == home for m in ev.source):
            ev.source, ev.target = ev.target, ev.source


# (会晤 as 会见: "A会晤了B" receives B as "A会见了B" does)
_RECEIVES = re.compile(r"(?:分别)?(?:会见|接见|会晤)(?:了)?$")


def _headline_visit_traveller(events: list[Event]) -> None:
    """``越南军事高级代表团对中国进行正式友好访问`` (a headline naming the travelling delegation or
    office, no one by name) and ``…国防部长吴春历大将在北京与…举行会谈`` (the body's talks in the
    country visited, held by one person of the travelling side): that person led the trip and
    is the visit's source, as delegations are coded by their named leader."""
    for ev in events:
        if (ev.type, ev.mode) != ("CONSULT", "visit") or not ev.source or not ev.location_country:
            continue
        if any(m.kind == "person" for m in ev.source) or len({m.country for m in ev.source}) != 1:
            continue
        home = ev.source[0].country
        if home is None or home == ev.location_country:
            continue
        leaders = {
            norm_name(m.name): m
            for o in events
            if o is not ev and o.type == "CONSULT" and o.mode in {"talks", "meeting"}
            and o.location_country == ev.location_country
            for m in o.source + o.target
            if m.kind == "person" and m.country == home
        }
        if len(leaders) == 1:
            ev.source = list(leaders.values())


def _local_leader_office(place: str) -> re.Pattern[str]:
    """``山罗省委书记``, ``老挝赛宋奔省委书记兼省长``, ``岘港市人民委员会副主席``: an office that
    leads the province or city named (not ``山罗省外事厅厅长``, a department's head)."""
    return re.compile(
        re.escape(place)
        + r"(?:党委|委员会|委|人民委员会|人委会|人民议会|政府)?(?:常委、)?(?:常务)?(?:副)?(?:书记|主席|省长|市长|州长|府尹|知事)"
    )  # "山罗省委常委、书记": the standing member who is its secretary, the chain read whole


def _office_body_in(organisation: str | None, body: set[str]) -> bool:
    """``四川省政协`` (an office's body) for ``中国人民政治协商会议四川省委员会``, ``越南祖国阵线河内市
    委员会`` for ``河内市越南祖国阵线委员会``: past the places it names, at least two characters are
    left and all are written in the side's name (``法国国民议会`` is not ``法国赛峰集团``)."""
    if not organisation or len(organisation) < 4:
        return False
    placed = {ch for a, b, g in geo_in(organisation) if g.kind != "organisation" for ch in organisation[a:b]}
    rest = set(organisation) - placed
    return len(rest) >= 2 and rest <= body


def _talks_with_visited_leader(ctx: _Context, events: list[Event], main_end: int) -> None:
    """``X率团到访越南奠边省并举行了双方工作会谈。…在会谈中,奠边省人民委员会主席Y…``: talks told
    in the sentence of a visit to a province or a city, their host unnamed there, are held with
    the one leader of that place the article names (else they stay without a counterpart)."""
    for ev in events:
        if ev.section != "main" or ev.type != "CONSULT" or ev.mode != "talks" or ev.target or not ev.source:
            continue
        visits = [
            o for o in events
            if o is not ev and o.mode == "visit" and o.evidence.start == ev.evidence.start and len(o.target) == 1
            and o.target[0].kind == "place" and _LOCAL_UNIT.search(o.target[0].name)
        ]
        if len(visits) != 1:
            continue
        place = visits[0].target[0]
        office = _local_leader_office(place.name)
        found = {
            norm_name(p.name): p
            for p in ctx.persons
            if ev.evidence.end <= p.span.start < main_end
            and ctx.doc.section_of(p.span.start) == ctx.doc.section_of(ev.evidence.start)
            and (p.country is None or place.country is None or p.country == place.country)
            and bool(office.search("、".join(o.title for o in p.offices)))
        }
        if len(found) == 1:
            ev.target = list(found.values())
            v = visits[0]  # held where the visit went
            ev.location, ev.location_span, ev.location_country = v.location, v.location_span, v.location_country


def _dated_by_month_or_year(ev: Event) -> bool:
    """``2024年3月,A党中央政治局与B党中央政治局举行高级会晤``: an event dated only by a year or a month
    written in its own sentence is told back, not one of the story's days: the bodies that held it
    are not the people the story names as leading them now."""
    t = ev.time
    return (
        t is not None
        and t.basis == "explicit"
        and t.precision in {"year", "month"}
        and ev.evidence.start <= t.span.start < ev.evidence.end
    )


# "莫迪对越南进行正式访问期间,两国将…提升": a visit told in the sentence places what was done in it
_VISIT_IN_SENTENCE = re.compile(r"访问|访越|访华|来访|出访|期间|之际")


def _unplaced_background(ctx: _Context, events: list[Event]) -> None:
    """``2013年,两国签署了…联合声明``: a signing, meeting or joint act told back, dated only by the
    year or month written before its trigger, happened wherever it did then; a place taken from
    outside its sentence (the dateline, today's visit) is not where, so none is given (a visit in
    the sentence, the title's own telling, or an act of the story's own year and month keeps its
    place)."""
    title = ctx.doc.title
    story = ctx.doc.published or next(
        (t.start for t in ctx.doc.times if t.section == "main" and t.precision == "day" and t.start), None
    )
    for ev in events:
        span = ev.location_span
        if span is None or ev.mode == "visit" or ev.type not in {"AGREE", "CONSULT", "COOPERATE"}:
            continue
        if not _dated_by_month_or_year(ev) or ev.time is None or ev.time.span.start >= ev.trigger.start:
            continue
        if ev.evidence.start <= span.start < ev.evidence.end:
            continue
        if title is not None and title.start <= ev.evidence.start < title.end:
            continue
        if _VISIT_IN_SENTENCE.search(ctx.text, ev.evidence.start, ev.evidence.end):
            continue
        if story is not None and not _of_another_year(ctx, ev.time):
            continue  # "两国于2025年4月签署…" on a page of 2025年4月2日: the story's own year and month
        ev.location, ev.location_span, ev.location_country = None, None, None


def _local_sides_to_leaders(ctx: _Context, events: list[Event], main_end: int) -> None:
    """Talks or a meeting told between provinces (``山罗省与赛宋奔省领导举行了会谈``): the people
    the article names as leading each province (``山罗省委书记黄文质``) meet for it, as the
    annotators code a side (an institution only where no person is named). A province whose
    article names no leader of it, or several, stays as written."""
    for ev in events:
        if ev.type != "CONSULT" or ev.mode not in {"talks", "meeting"} or _dated_by_month_or_year(ev):
            continue
        taken = {norm_name(m.name) for m in ev.source + ev.target if m.kind == "person"}
        for side in ("source", "target"):
            ms = getattr(ev, side)
            if len(ms) != 1:
                continue
            place = ms[0]
            if place.kind == "place" and _LOCAL_UNIT.search(place.name):
                office = _local_leader_office(place.name)
                heads = lambda p, office=office: bool(office.search("、".join(o.title for o in p.offices)))  # noqa: E731
            elif place.kind == "organisation" and len(place.name) >= 6:
                heads = lambda p, body=set(place.name): any(  # noqa: E731
                    _office_body_in(o.organisation, body) for o in p.offices
                )
            else:
                continue
            found = {
                norm_name(p.name): p
                for p in ctx.persons
                if p.span.start < main_end
                and ctx.doc.section_of(p.span.start) == ctx.doc.section_of(ev.evidence.start)
                and (p.country is None or place.country is None or p.country == place.country)
                and heads(p)
            }
            if len(found) == 1 and not set(found) & taken:
                setattr(ev, side, [next(iter(found.values()))])
                taken |= set(found)


def _guests_at_home(text: str, events: list[Event]) -> None:
    """A province's or a city's leader who meets a guest from abroad at home is called on: the
    guest is the visitor, so the source, as the annotators code a host's meetings. Two tellings:
    ``胡志明市人民委员会副主席陈永线会见了中国重庆市市长唐良智`` (a Vietnamese local leader on no
    trip the story tells, the place not abroad), and ``越通社胡志明市——…主席A会见了联合国儿童基金会…
    区域主任B`` (a local leader receiving (会见/接见) a guest of another country, or an official of an
    international body, at the place told or the dateline's city). A national leader is left to
    the place told: he may meet on a summit's sidelines abroad with only 河内 in the dateline."""
    travelling = {
        norm_name(m.name)
        for e in events
        if e.type == "CONSULT" and e.mode in {"visit", "multilateral"}
        for m in e.source
    }
    for ev in events:
        if ev.type != "CONSULT" or ev.cameo == _HOSTING:
            continue
        if (
            _home_host_of_foreign_guest(text, ev, travelling)
            or _receives_guest_at_home(text, ev)
            or _hosts_foreign_local_leader(text, ev, travelling)
            or _cochairs_at_home(text, ev)
        ):
            ev.source, ev.target = ev.target, ev.source


def _cochairs_at_home(text: str, ev: Event) -> bool:
    """``越南工贸部部长A同智利经济部长B共同主持会议`` told at a place in A's country (``…第五次会议在河内
    开幕``): a session two sides chair together is coded like a meeting during a visit, the guest
    who came from abroad is the source, whichever side is named first (as a teaser's is). Two sides
    only: three co-chairs of a joint event keep the first named as its source."""
    return (
        ev.mode == "meeting"
        and "共同主持" in text[ev.trigger.start : ev.trigger.end]
        and ev.location_country is not None
        and bool(ev.source)
        and len(ev.target) == 1
        and all(m.kind == "person" for m in ev.source + ev.target)
        and all(m.country == ev.location_country for m in ev.source)
        and all(m.country and m.country != ev.location_country for m in ev.target)
    )


# "A礼节性拜访了B", "A拜会B", "A造访B": the verb names the one who called, whoever is at home
_CALLS_ON = re.compile(r"拜访|拜会|造访|拜见|看望|探望")


def _home_host_of_foreign_guest(text: str, ev: Event, travelling: set[str]) -> bool:
    if ev.mode not in {"talks", "meeting"} or ev.location_country not in {None, "VNM"} or len(ev.source) != 1:
        return False
    if ev.trigger is not None and _CALLS_ON.search(text, ev.trigger.start, ev.trigger.end):
        return False  # "平阳省委书记A礼节性拜访老挝国家主席B": A went to B, the caller told as such
    host = ev.source[0]
    if (
        host.kind != "person"
        or host.country != "VNM"
        or not _LOCAL_OFFICE.search(host.title or "")
        or norm_name(host.name) in travelling
    ):
        return False
    return bool(ev.target) and all(m.country not in {None, "VNM"} for m in ev.target)


# "中国广西壮族自治区党委书记", "老挝占巴塞省省长", "日本爱知县知事": the leader of a province, a city
# or a prefecture abroad (who travels to meet a country's leaders, not they to him at a summit)
_FOREIGN_LOCAL_OFFICE = re.compile(
    r"(?:省|市|自治区|州|县|道|府)(?:党委|委|人民政府|政府)?(?:常务)?(?:副)?(?:书记|主席|省长|市长|州长|知事|府尹)$"
)


def _hosts_foreign_local_leader(text: str, ev: Event, travelling: set[str]) -> bool:
    """``越南外交部长裴青山3月30日在会见中国广西壮族自治区党委书记刘宁时…`` told from 河内: a
    foreign province's leader met in Viet Nam came to it, so he is the visitor, the source (as
    the annotators code a host's meetings), even with no visit told; the host is on no trip."""
    if ev.mode != "meeting" or ev.location_country != "VNM" or len(ev.source) != 1 or not ev.target:
        return False
    host = ev.source[0]
    if host.kind != "person" or host.country != "VNM" or norm_name(host.name) in travelling:
        return False
    if re.search(re.escape(host.name) + r"(?:同志)?(?:率领|带领|率团|率|为团长|为首)", text):
        return False  # "武文赏率领的越南代表团分别会见了中国云南省委领导": he is the one who went
    return all(
        m.kind == "person" and m.country not in {None, "VNM"} and _FOREIGN_LOCAL_OFFICE.search(m.title or "")
        for m in ev.target
    )


def _receives_guest_at_home(text: str, ev: Event) -> bool:
    if ev.mode != "meeting" or not ev.location_country:
        return False
    if not ev.source or not ev.target or not all(m.kind == "person" for m in ev.source + ev.target):
        return False
    if ev.trigger is None or not _RECEIVES.search(text, ev.trigger.start, ev.trigger.end):
        return False  # "A拜会B": the caller is told as such
    home = ev.location_country
    if not all(m.country == home and (m.sector == "LOC" or _LOCAL_OFFICE.search(m.title or "")) for m in ev.source):
        return False
    return all((m.country is not None and m.country != home) or (m.country is None and m.sector == "IGO") for m in ev.target)


# "2017年亚太经合组织(APEC)领导人会议周期间,11月10日在岘港市,A与B举行会谈": a forum's days as the
# frame of the sentence's acts
_FORUM_FRAME = re.compile(r"(?:峰会|领导人会议|会议周|领导人周|论坛|大会)期间[,，]")
_WENT_TO_FORUM = re.compile(r"出席|参加|赴|前往")


def _guests_of_a_hosted_forum(
    events: list[Event], text: str, travelled: set[str] | frozenset[str] = frozenset()
) -> None:
    """A forum held in the host's own country (APEC 2017 in 岘港, chaired by 陈大光): the
    leaders who came to it are visitors, so they are the source of their meetings with the host
    on its sidelines (``陈大光会见了新西兰总理阿德恩``), as in a visit. The host is known by his
    attending it, or by an exchange at home framed by its days (``APEC领导人会议周期间,…在岘港市,
    A与B举行会谈``, A the host's)."""
    # "…圆满结束赴美出席APEC领导人会议周之行" (told from home, on the way back): one whose trip abroad
    # the page tells attended no forum at home, whatever the dateline placed it at
    abroad = set(travelled) | {
        norm_name(m.name)
        for e in events
        if e.type == "CONSULT" and e.mode == "visit" and e.location_country
        for m in e.source
        if m.kind == "person" and m.country and m.country != e.location_country
    }
    homes = {
        m.country
        for e in events
        if e.type == "CONSULT" and e.mode == "multilateral" and e.location_country
        for m in e.source
        if m.kind == "person" and m.country == e.location_country and norm_name(m.name) not in abroad
    } | {
        e.location_country
        for e in events
        if e.type == "CONSULT"
        and e.mode in {"talks", "meeting"}
        and e.location_country
        and (frame := _FORUM_FRAME.search(text, e.evidence.start, e.trigger.start)) is not None
        # not "在出席第43届东盟峰会期间,…" (a traveller's frame), and the place is told in the sentence
        and not _WENT_TO_FORUM.search(text, e.evidence.start, frame.start())
        and e.location is not None
        and text.find(e.location, e.evidence.start, e.evidence.end) != -1
        and any(m.kind == "person" and m.country == e.location_country for m in e.source + e.target)
        and any(m.kind == "person" and m.country not in {None, e.location_country} for m in e.source + e.target)
    }
    if not homes:
        return
    for ev in events:
        if ev.type != "CONSULT" or ev.mode not in {"talks", "meeting"} or ev.cameo == _HOSTING:
            continue
        if ev.location_country is not None and ev.location_country not in homes:
            continue
        if ev.location_country is None and any(m.kind != "person" for m in ev.target):
            continue  # "分别会见A国议长、B国议长等" told with no place: offices, not guests known to be here
        src = {m.country for m in ev.source}
        tgt = {m.country for m in ev.target}
        # the head of an international body who came to it (各国议会联盟主席, country null) is a guest too
        guests = None not in tgt or all(m.kind == "person" and m.country is None for m in ev.target)
        if len(src) == 1 and src <= homes and tgt and guests and not (tgt & homes):
            ev.source, ev.target = ev.target, ev.source


def _forum_guests_abroad(text: str, events: list[Event]) -> None:
    """``印尼总统A在总统府与越南政府总理B举行会谈。B是赴印尼出席东盟领导人会议的…``: one who came to
    a forum in another country is a guest there, so the source of his talks or meeting with that
    country's own leader at home, as on a visit, whoever the sentence names first. Only the host
    at home gives way (not one told calling on the guest, 拜会): two guests of the forum keep the
    order the text gives."""
    came = {
        (norm_name(m.name), e.location_country)
        for e in events
        if e.type == "CONSULT" and e.mode == "multilateral" and e.location_country and not e.planned
        for m in e.source
        if m.kind == "person" and m.country and m.country != e.location_country
    }
    if not came:
        return
    for ev in events:
        if ev.type != "CONSULT" or ev.mode not in {"talks", "meeting"} or ev.cameo == _HOSTING:
            continue
        home = ev.location_country
        if not home or not ev.source or not ev.target:
            continue
        if _CALLS_ON.search(text, ev.trigger.start, ev.trigger.end):
            continue  # "釜山市长A拜会B总理": the host's own caller is told as such
        if all(m.kind == "person" and m.country == home for m in ev.source) and all(
            m.kind == "person" and (norm_name(m.name), home) in came for m in ev.target
        ):
            ev.source, ev.target = ev.target, ev.source


# "胡志明市人民委员会副主席", "广平省委书记": the office of a province or city of Viet Nam (one
# definition: the two checks above call it too)
_LOCAL_OFFICE = re.compile(r"(?:省|市)(?:委|人民委员会|人民议会|政府)?(?:常务)?(?:副)?(?:书记|主席|主任)$")


# "杜越德和古巴驻越南大使莉亚妮丝·托雷斯·里韦拉出席仪式": who stood for each side at a handover
# "X在友谊国际口岸主持越南国防部向中国国防部捐赠…物资交接仪式": the one presiding hands it over
_CHAIRED_HANDOVER = re.compile(r"主持[^。;；]{0,60}?(?:交接|移交|捐赠)仪式")
# "出席仪式的中方代表有A、B": the guests named for the other side
_GUESTS_LISTED = re.compile(r"\s*出席(?:了)?(?:上述|此次|本次|该)?仪式的[^。;；,，]{0,8}?(?:代表|嘉宾)(?:有|包括)")
# "A主持仪式,B以及…代表一同出席": the chair and the guest named, each for the side of his country
_ATTENDED = re.compile(
    r"出席(?:了)?(?:上述|此次|本次|该|交接|移交|捐赠|赠送)?(?:仪式|交接仪式|活动)|(?:一同|一道|共同)出席(?=[。;；,，]|$)"
)


# "A在机场迎接并接收了这批疫苗": the gift just told; not "A接收了B转交的10万美元", a gift of its own
_RECEIVED = re.compile(
    r"[^,，。;；]{0,12}?(?:接收|接受|签收)(?:了)?(?:这批|该批|此批|上述|这些|该|此|[^,，。;；]{0,8}?(?:援助|物资|疫苗|设备|捐款|捐赠|款项)(?:[,，。;；]|$))"
)


def _ceremony_people(ctx: _Context, events: list[Event], limit: int) -> None:
    """Aid handed over by one body to a country (``越南外交部举行仪式,向老挝移交…``) is given
    and received by the people the next sentence says attended the ceremony, each standing
    for the side of their country, and received by the one the next sentence says received
    it: people before institutions, as the annotators code it."""
    for ev in events:
        if ev.type != "AID" or any(m.kind == "person" for m in ev.target):
            continue
        if not ev.target and ev.trigger is not None:
            # "A向B国灾民捐赠N美元,B国某部副部长C接受了捐赠": no one read to receive the gift, and its
            # receiver told in the same sentence after it
            got = [
                m
                for m in ctx.participants(ev.trigger.end, ev.evidence.end)
                if m.kind == "person" and m not in ev.source and _RECEIVED.match(ctx.text, m.span.end)
            ]
            if got:
                ev.target = got[:1]
                continue
        # a giver named in person (A向外交部移交…。B代表外交部接受了上述捐款): only the receiver is sought
        giver_named = any(m.kind == "person" for m in ev.source)
        stop = ctx.text.find("。", ev.evidence.end + 1, min(limit, ev.evidence.end + 160))
        if stop == -1:
            continue  # only the sentence right after the handover's
        att = None if giver_named else _ATTENDED.search(ctx.text, ev.evidence.end, stop)
        chair = None if giver_named or att is not None else _CHAIRED_HANDOVER.search(ctx.text, ev.evidence.end, stop)
        if att is not None:  # "A和B出席仪式": each stands for their side
            people = [m for m in ctx.participants(ev.evidence.end, att.start()) if m.kind == "person"]
            sides: tuple[str, ...] = ("source", "target")
        elif chair is not None:
            # "当天,X在…口岸主持…交接仪式。出席仪式的中方代表有Y": X gives for his side, the guests
            # listed in the sentence after receive for theirs
            people = [m for m in ctx.participants(ev.evidence.end, chair.start() + 1) if m.kind == "person"][-1:]
            after = ctx.text.find("。", stop + 1, min(limit, stop + 160))
            if after != -1 and _GUESTS_LISTED.match(ctx.text, stop + 1):
                people += [m for m in ctx.participants(stop + 1, after) if m.kind == "person"]
            sides = ("source", "target")
        else:  # "A在机场迎接并接收了这批疫苗": the one who received it
            people = [
                m
                for m in ctx.participants(ev.evidence.end, stop)
                if m.kind == "person" and _RECEIVED.match(ctx.text, m.span.end)
            ]
            sides = ("target",)
        for side in sides:
            home = {m.country for m in getattr(ev, side) if m.country}
            stood = [m for m in people if m.country in home]
            if not home and side == "target":
                # "B代表越南外交部接受了…" for a gift to 外交部 (no country told): B says whose side he takes
                stood = [
                    m
                    for m in people
                    if any(t.name and t.name in ctx.text[m.span.end : m.span.end + 16] for t in ev.target)
                ]
            if (home or side == "target") and stood:
                setattr(ev, side, stood)


_ALSO = re.compile(r"也|亦|同样")


def _also_to_the_same(ctx: _Context, events: list[Event]) -> None:
    """``…普京等也致电或致函表示祝贺``: a message that names no addressee and says ``也`` goes to
    the one the message before it went to."""
    last: list[Mention] = []
    for ev in sorted(events, key=lambda e: e.evidence.start):
        if ev.type != "SUPPORT" or ev.mode != "message":
            continue
        if ev.target:
            last = ev.target
        elif last and _ALSO.search(ctx.text, ev.evidence.start, ev.trigger.start):
            ev.target = list(last)


def _congratulated_by_phone(ctx: _Context, events: list[Event]) -> None:
    """``A与B通电话,祝贺他被任命为…``; ``A致电祝贺B``: where the same two talked on the phone,
    ``致电`` is that call, not a telegram."""
    calls = [e for e in events if e.mode == "phone"]
    for ev in events:
        if ev.type != "SUPPORT" or ev.mode != "message" or not ctx.text.startswith("致电", ev.trigger.start):
            continue
        people = _names(ev.source + ev.target)
        if any(_overlap(people, _names(c.source + c.target)) for c in calls):
            ev.mode = "phone"


_INVITED = re.compile(r"(?:此访|此次访问|这次访问|访问)(?:是)?应([^。;；]{2,120}?)(?:的)?(?:邀请|之邀)")


def _stated_inviters(ctx: _Context) -> list[Mention]:
    """``此访是应越南国家副主席武氏映春的邀请进行的``: the inviter told apart from the visit."""
    end = ctx.doc.body[-1].end if ctx.doc.body else len(ctx.text)
    for m in _INVITED.finditer(ctx.text, 0, end):
        people = [p for p in ctx.participants(m.start(1), m.end(1), asides=True) if p.kind == "person"]
        if people:
            return people
    return []


def _drop_title_twins(
    ctx: _Context,
    events: list[Event],
    told: Callable[[Event], bool],
    twin: Callable[[Event, Event], bool],
) -> list[Event]:
    """Drop a headline event of the kind ``told`` that an event of the body tells again
    (``twin(body_event, title_event)``): the body's telling stands."""
    return _drop_part_twins(ctx.doc.title, events, told, twin)


def _drop_part_twins(
    part: Span | None,
    events: list[Event],
    told: Callable[[Event], bool],
    twin: Callable[[Event, Event], bool],
) -> list[Event]:
    """Drop an event of the kind ``told`` inside ``part`` (the headline, the lead) that an event
    outside it tells again (``twin(other, ev)``)."""
    if part is None:
        return events

    def inside(ev: Event) -> bool:
        return part.start <= ev.evidence.start < part.end

    return [
        ev
        for ev in events
        if not (inside(ev) and told(ev) and any(o is not ev and not inside(o) and twin(o, ev) for o in events))
    ]


def _drop_trip_forum_summaries(events: list[Event]) -> list[Event]:
    """``X于11月25日至27日赴釜山出席A峰会和B峰会`` sums a trip up; the body tells each forum on its
    own day (``11月26日,…在峰会上发言``, ``11月27日,…出席B峰会``): an attendance over several days
    whose every forum the same person attends on one day inside it is that trip's summary."""

    def day(ev: Event) -> bool:
        return ev.time is not None and bool(ev.time.start) and (ev.time.end or ev.time.start) == ev.time.start

    def summary(ev: Event) -> bool:
        if ev.mode != "multilateral" or ev.time is None or not ev.time.start or day(ev) or not ev.target:
            return False
        singles = [
            o
            for o in events
            if o is not ev
            and o.mode == "multilateral"
            and o.type == ev.type
            and day(o)
            and _times_overlap(o.time, ev.time)
            and _overlap(_names(o.source), _names(ev.source))
        ]
        return all(any(_overlap({norm_name(f.name)}, _names(o.target)) for o in singles) for f in ev.target)

    return [ev for ev in events if not summary(ev)]


def _drop_title_forum_twins(ctx: _Context, events: list[Event]) -> list[Event]:
    """The headline names the meeting its own short way (``主持联合国安理会公开辩论会``) and the body
    fully (``主持…安理会部长级公开辩论会``): the same person at a forum on the same day is one
    multilateral meeting, told more exactly in the body."""
    return _drop_title_twins(
        ctx,
        events,
        lambda ev: ev.mode == "multilateral",
        lambda o, ev: o.type == ev.type
        and o.mode == ev.mode
        and _overlap(_names(o.source), _names(ev.source))
        and _times_overlap(o.time, ev.time),
    )


def _drop_title_bodies_met(ctx: _Context, events: list[Event]) -> list[Event]:
    """``A会见美国参议院和众议院领导`` in the headline (the bodies read as the ones met) and the body
    telling A's meetings, the same day, with their heads (``众议院议长X``, ``参议院外交关系委员会主席Y``):
    each body stands for the people met who hold its offices; the body's meetings stand."""
    title = ctx.doc.title
    if title is None:
        return events

    def inside(ev: Event) -> bool:
        return title.start <= ev.evidence.start < title.end

    def covered(ev: Event) -> bool:
        if not inside(ev) or ev.type != "CONSULT" or ev.mode not in {"meeting", "talks"} or not ev.target:
            return False
        if any(m.kind != "organisation" or len(m.name) < 2 for m in ev.target):
            return False
        held = [
            p
            for o in events
            if not inside(o)
            and o.type == ev.type
            and o.mode in {"meeting", "talks"}
            and _overlap(_names(o.source), _names(ev.source))
            and _times_overlap(o.time, ev.time)
            for p in o.target
            if p.kind == "person"
        ]
        return all(any(m.name in off.title for p in held for off in p.offices) for m in ev.target)

    return [ev for ev in events if not covered(ev)]


def _drop_title_office_forum_twins(ctx: _Context, events: list[Event]) -> list[Event]:
    """The headline names an office without its holder (``越南国防部长出席东盟防长会议``, read as the
    ministry) and the body the holder at the same forum (``国防部长吴春历大将在曼谷出席第十三届东盟防长
    会议``): one attendance, told by the person of the same side in the body."""
    return _drop_title_twins(
        ctx,
        events,
        lambda ev: ev.mode == "multilateral" and bool(ev.source) and all(m.kind != "person" for m in ev.source),
        lambda o, ev: o.type == ev.type
        and o.mode == ev.mode
        and any(m.kind == "person" for m in o.source)
        and (
            bool(({m.country for m in o.source} & {m.country for m in ev.source}) - {None})
            # "国会主席出席…大会": a bare 国会 of no country named, the body's holder is its chair
            or all(m.country is None for m in ev.source)
        )
        and (_overlap(_names(o.target), _names(ev.target)) or _overlap(_unbracketed(o.target), _unbracketed(ev.target)))
        and _times_overlap(o.time, ev.time),
    )


_BRACKETED = re.compile(r"[((][^()（）]{1,20}[))]")


def _unbracketed(side: list[Mention]) -> set[str]:
    """The names without what a bracket adds (``联合国粮食及农业组织(粮农组织)部长级大会``: its short form)."""
    return {norm_name(_BRACKETED.sub("", m.name)) for m in side}


def _drop_title_signing_twins(ctx: _Context, events: list[Event]) -> list[Event]:
    """The headline sums a signing up (``代表团访问云南省 签署合作会议纪要``, ``A会与B会签署…协议``)
    with other signers than the body, which names who signed (``会谈后,X和Y签署了…``): a signing
    in the title with one told in the body in the same days is that one signing."""
    def signing(ev: Event) -> bool:
        return ev.type == "AGREE" and ev.mode == "sign"

    line = ctx.doc.dateline

    def by_dateline(o: Event, ev: Event) -> bool:
        # "越通社平阳省11月18日——" the only day near a title with no lead: the day the story was filed,
        # and the body's signing "11月17日在…签署" a day or two before it is the one the title sums up
        t, u = ev.time, o.time
        if line is None or t is None or u is None or not t.start or not u.start or not t.span:
            return False
        if not (line.start <= t.span.start < line.end):
            return False
        return 0 <= (date.fromisoformat(t.start) - date.fromisoformat(u.end or u.start)).days <= 2

    return _drop_title_twins(
        ctx,
        events,
        signing,
        lambda o, ev: signing(o) and o.time is not None and (_times_overlap(o.time, ev.time) or by_dateline(o, ev)),
    )


def _drop_title_sympathy_visit_twins(ctx: _Context, events: list[Event]) -> list[Event]:
    """The headline names the embassy its short way (``到俄罗斯驻越大使馆吊唁``) and the body fully
    (``前往俄罗斯驻河内大使馆吊唁``): the same person's condolence visit to the same side in the same
    days is one visit, told in the body."""
    def visit(ev: Event) -> bool:
        return (ev.type, ev.mode) == ("SUPPORT", "visit")

    def countries_only(o: Event, ev: Event) -> bool:
        # "老挝党和国家高层领导出席…吊唁仪式" in the headline names only the country of the
        # mourners the body names (``老挝国家主席本扬·沃拉吉率领的…代表团前来悼念``)
        own = {m.country for m in ev.source}
        return (
            bool(ev.source)
            and all(m.kind == "country" and m.country for m in ev.source)
            and own <= {m.country for m in o.source if m.kind == "person"}
            and _times_overlap(o.time, ev.time)
        )

    return _drop_title_twins(
        ctx,
        events,
        visit,
        lambda o, ev: visit(o)
        and bool(({m.country for m in o.target} & {m.country for m in ev.target}) - {None})
        and (
            (_overlap(_names(o.source), _names(ev.source)) and o.time is not None and _times_overlap(o.time, ev.time))
            or countries_only(o, ev)
        ),
    )


# the sentence after an occasion told with no one named, naming who did it: "…代表越南签署协定"
# (one party's signature of the agreement all parties just signed), "A和B共同主持会晤" (the
# co-chairs of the meeting just told as held)
_NAMES_THE_DOERS = re.compile(
    r"代表[^,，。;；]{1,12}?(?:签署|签订)(?:了)?(?:该|这一|此)?(?:协定|协议|条约|公约|文件)"
    r"|共同主持(?:了)?(?:本次|此次|这次|本届)?(?:会晤|会议|会谈|对话|磋商)"
)


# "朝鲜领导人在致越南领导人的贺电中写道:": what one side's message said, told after the exchange
_IN_MESSAGE_TO = re.compile(r"在致[^。;；]{1,40}?的(?:贺电|贺信|贺函|唁电|唁函|电文|信函|信)中")


def _drop_exchange_halves(text: str, events: list[Event]) -> list[Event]:
    """``A与B互致贺电…。B领导人在致A领导人的贺电中写道:…``: after an exchange of messages, what one
    side wrote in its message to the other is that exchange's content, not another message."""

    def countries(ev: Event) -> set[str]:
        return {m.country for m in ev.source + ev.target if m.country}

    exchanges = [
        ev for ev in events if ev.type == "SUPPORT" and "互致" in text[ev.evidence.start : ev.evidence.end]
    ]
    if not exchanges:
        return events

    def half(ev: Event) -> bool:
        if ev.type != "SUPPORT" or ev.mode != "message" or any(ev is x for x in exchanges):
            return False
        if _IN_MESSAGE_TO.search(text, ev.evidence.start, ev.evidence.end) is None:
            return False
        return any(countries(ev) and countries(ev) <= countries(x) and x.evidence.end <= ev.evidence.start for x in exchanges)

    return [ev for ev in events if not half(ev)]


def _drop_occasion_twins(text: str, events: list[Event]) -> list[Event]:
    """``东盟十国以及中、日、韩、澳、新正式签署RCEP。越南工贸部部长陈俊英…代表越南签署协定`` and
    ``四省与广西党委书记新春会晤在下龙市举行。阮春记和刘宁共同主持会晤``: an occasion told with
    sides but no person, then, in the very next sentence and on the same day, the people who did
    it: one event, the one whose people are named."""
    return _drop_unnamed_twins(text, events, lambda ev: ev.type in {"AGREE", "CONSULT"}, _NAMES_THE_DOERS, 2)


# "越南驻各国大使和首席代表", "越南驻外大使和代表机构首席代表": the country's own envoys abroad, as a body
_OWN_ENVOYS_PHRASE = re.compile(r"驻(?:外|各国)[^,，。;；]{0,12}?(?:大使|使节|总领事|首席代表|负责人)")
# "2021-2024年任期越南驻外大使": the term the envoys serve, told before who they are
_ENVOYS_TERM_BEFORE = re.compile(r"\d{4}\s*[-—–~至]\s*\d{4}\s*年任期(?:的)?")


def _own_envoys_met(ctx: _Context, events: list[Event]) -> None:
    """``国家主席A会见了回国出席外交会议的越南驻各国大使和首席代表``: a leader receiving his own
    country's envoys abroad meets them as a body (the annotators code it as a CONSULT meeting with
    the envoys), not his own country, which the country word inside their description read as."""
    met: list[Event] = []
    for ev in events:
        if ev.type != "CONSULT" or ev.mode != "meeting" or not ev.source or not ev.target:
            continue
        homes = {m.country for m in ev.source}
        if len(homes) != 1 or None in homes:
            continue
        if not all(m.kind == "country" and m.country in homes and m.span.start >= ev.trigger.end for m in ev.target):
            continue
        phrase = _object_phrase(ctx, ev.trigger.end, ev.evidence.end)
        if len(phrase) != 1 or _OWN_ENVOYS_PHRASE.search(phrase[0].name) is None:
            continue
        group = phrase[0]
        if not all(group.span.start <= m.span.start and m.span.end <= group.span.end for m in ev.target):
            continue  # the country read is not the envoys' own word
        term = _ENVOYS_TERM_BEFORE.match(ctx.text, group.span.start)
        if term is not None and term.end() < group.span.end - 1:
            span = Span(term.end(), group.span.end, "group")
            group = Mention(span, ctx.doc.text[span.start : span.end], "group")
        group.country = next(iter(homes))
        group.section, group.teaser = ev.section, ev.teaser
        ev.target = [group]
        for other in met:  # the title's shorter description of them: one group, named as the text names it
            if _overlap(_names(other.source), _names(ev.source)) and _same_group(other.target[0], group):
                other.target = [group]
        met.append(ev)


# "…会见南非和尼日利亚驻越南大使": an envoy told by his country and post, no name
_UNNAMED_ENVOY_AFTER = re.compile(r"(?:的)?(?:驻[^,，。;；、和与及]{1,6}?)?(?:大使|临时代办)(?![\u4e00-\u9fff]{0,1}馆)")


def _name_unnamed_envoys(ctx: _Context, events: list[Event]) -> None:
    """``王廷惠分别会见南非和尼日利亚驻越南大使…。…尼日利亚驻越南大使杨·埃弗杜马强调…``: a meeting
    whose side is an envoy named only by his country takes the one envoy of that country the
    article names in the next few paragraphs."""
    text = ctx.text
    for ev in events:
        if ev.section != "main" or ev.mode != "meeting":
            continue
        if not ctx.doc.body or not ctx.doc.body[0].start <= ev.evidence.start < ctx.doc.body[-1].end:
            continue
        reach = min(ctx.doc.body[-1].end, ev.evidence.end + 600)
        for side in (ev.source, ev.target):
            if len(side) != 1 or side[0].kind != "country" or not side[0].country:
                continue
            c = side[0]
            if not _UNNAMED_ENVOY_AFTER.match(text, c.span.end) and not (
                # "南非和尼日利亚驻越南大使": the post told once after the last country of the list
                re.match(r"[和与及、][^,，。;；]{1,8}?驻[^,，。;；]{1,6}?大使", text[c.span.end : c.span.end + 16])
            ):
                continue
            named = {
                norm_name(m.name): m
                for m in ctx.participants(ev.evidence.end, reach)
                if m.kind == "person" and m.country == c.country and m.title and "大使" in m.title
            }
            if len(named) == 1:
                side[0] = next(iter(named.values()))


def _drop_unnamed_twins(
    text: str, events: list[Event], occasion: Callable[[Event], bool], doers: re.Pattern[str], reach: int
) -> list[Event]:
    """Drop an ``occasion`` told with sides but no person when an event of its type and mode, told
    at most ``reach`` characters after it in the same paragraph and on the same day, names the
    people who did it (``doers`` in its evidence): one event, theirs."""

    def unnamed(ev: Event) -> bool:
        return occasion(ev) and not any(m.kind == "person" for m in ev.source + ev.target)

    def names_it(o: Event, ev: Event) -> bool:
        return (
            (o.type, o.mode) == (ev.type, ev.mode)
            and any(m.kind == "person" for m in o.source)
            and 0 <= o.evidence.start - ev.evidence.end <= reach
            and not _PARAGRAPH_BREAK.search(text[ev.evidence.end : o.evidence.start].strip())
            and doers.search(text, o.evidence.start, o.evidence.end) is not None
            and _times_overlap(o.time, ev.time)
        )

    return [ev for ev in events if not (unnamed(ev) and any(names_it(o, ev) for o in events if o is not ev))]


# "…A代表越南政府,B代表欧盟签署了上述两份协定": the signers of a signing told just before;
# "A和B共同主持签署仪式": the people who chaired the signing ceremony just told
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SIGNED_BY_NAMED = re.compile(
    r"代表[^,，。;；]{1,16}?(?:签署|签订)|(?:签署|签订)(?:了)?(?:上述|该|这)|主持(?:了)?(?:上述|该|这)?签(?:署|订|字)仪式"
)


def _drop_signing_told_by_signers(text: str, events: list[Event]) -> list[Event]:
    """``越南与欧盟在河内正式签署《…》…。…在…见证下,A代表越南政府,B代表欧盟签署了上述两份协定``:
    a signing told between sides with no person, then, within the next few sentences and on the
    same day, by the people who signed for them (``代表…签署``, ``签署了上述…``) or chaired its
    ceremony (``A和B共同主持签署仪式``): one signing, theirs."""
    return _drop_unnamed_twins(
        text, events, lambda ev: (ev.type, ev.mode) == ("AGREE", "sign"), _SIGNED_BY_NAMED, 300
    )


# "…代表两国政府签署上述文件": the documents of a signing told just before
# "…签署上述文件", and "刚签署的…备忘录将有助于…": the documents just told, named again
_SIGNS_THE_ABOVE = re.compile(
    r"(?:签署|签订)(?:了)?上述(?:[^,，。;；]{0,8}?)(?:文件|协议|协定|条约|议定书|备忘录)"
    r"|(?:刚刚|刚|此次|本次|这次)(?:签署|签订)的[^,，。;；]{0,40}?(?:文件|协议|协定|条约|议定书|备忘录)"
)


_ADOPTED = re.compile(r"通过")


def _adoptions_at_the_forum(text: str, events: list[Event]) -> None:
    """``东盟国家领导一致通过…宣言`` on a page about a summit attended: a document adopted with no
    other side named is adopted at the forum the article tells, its target (mode multilateral)."""
    forums = [
        e
        for e in events
        if e.type == "CONSULT" and e.mode == "multilateral" and e.target and all(m.span.label == "forum" for m in e.target)
    ]
    for ev in events:
        if (
            ev.type != "AGREE"
            or ev.target
            or not ev.source
            or ev.mode not in {None, "multilateral"}
            or not _ADOPTED.search(text, ev.trigger.start, ev.trigger.end)
            or ev.time is None
            or not ev.time.start  # "2015年,东盟通过了…": an undated or earlier adoption, not at this forum
        ):
            continue
        forum = next(
            (f for f in forums if f.section == ev.section and f.teaser == ev.teaser and _times_overlap(f.time, ev.time)),
            None,
        )
        if forum is not None:
            ev.target = list(forum.target)
            ev.mode = "multilateral"


def _drop_signing_told_again(text: str, events: list[Event]) -> list[Event]:
    """``两国总理出席了两份法律文件的签署仪式。A和B代表两国政府签署上述文件``: the signers of the
    documents a witnessed signing has just reported do not sign again; the signing is the one told."""

    def again(ev: Event) -> bool:
        return (
            (ev.type, ev.mode) == ("AGREE", "sign")
            and _SIGNS_THE_ABOVE.search(text, ev.evidence.start, ev.evidence.end) is not None
            and any(
                o is not ev
                and (o.type, o.mode) == ("AGREE", "sign")
                and o.section == ev.section
                and o.teaser == ev.teaser
                and o.evidence.end <= ev.evidence.start
                and _times_overlap(o.time, ev.time)
                for o in events
            )
        )

    return [ev for ev in events if not again(ev)]


# "联合国、世界银行等国际组织领导", "G20成员国领导人及…": leaders of bodies or states only counted
_UNNAMED_ATTENDEES = re.compile(
    r"(?:[、和及与]?[^,，。;；]{0,40}?等(?:[^,，。;；]{0,6}?)?(?:国际组织|组织|机构|国家|国)|(?:各)?成员国|各国)"
    # "马尔代夫、…等亚太地区各国议会代表团实地出席会议", "…等部分国家议会代表团通过视频出席": the
    # delegations of parliaments counted
    r"(?:的)?(?:议会|国会)?(?:的)?(?:元首|领导人|领导|代表|负责人)(?:们)?"
)
_ROUNDED_SUM = re.compile(r"(?:超过|超|逾|约|近|大约|多达)$")


def _drop_title_aid_twins(ctx: _Context, events: list[Event]) -> list[Event]:
    """The headline sums a gift up (``日本向越南提供4.37亿日元无偿援助``) and the body tells it with its
    givers (``根据换文,日本政府将向越南政府提供4.37亿日元…``): aid of the same sum in the same days is
    one gift, told in the body."""
    def aid(ev: Event) -> bool:
        return ev.type == "AID" and ev.amount is not None

    def same_sum(o: Event, ev: Event) -> bool:
        if not aid(o) or o.amount.currency != ev.amount.currency:
            return False
        if o.amount.value == ev.amount.value:
            return True
        # "移交价值超过40万美元的医疗物资" over "移交了价值为41.345万美元的…": the headline rounds the
        # body's sum down (超过/逾) or about (约/近), from the same giver
        rounded = _ROUNDED_SUM.search(ctx.text, max(0, ev.amount.span.start - 4), ev.amount.span.start)
        return bool(
            rounded
            and 0.8 * ev.amount.value <= o.amount.value <= 1.25 * ev.amount.value
            and {m.name for m in o.source} & {m.name for m in ev.source}
        )

    def same_giver(o: Event, ev: Event) -> bool:
        # "韩国向广平省移交…项目成果" over "大使X向…主席Y移交了…": no sum in the title, only the
        # country of the one the body names as giver
        # "日本给越南…提供无偿援助" over "日方给越南…提供近200万美元援助": the same country, named its
        # short way (日方, 越方) in the body
        return o.type == "AID" and ev.amount is None and (
            _country_of(ev.source, o.source)
            or _same_countries(ev.source, o.source)
            # "X省代表团…向Y省移交援建学校" over "X省向Y省移交了…学校": the same receiver named, the
            # givers (a delegation's leader, his province) of one country
            or (
                _overlap(_names(ev.target), _names(o.target))
                and bool(ev.source)
                and bool(o.source)
                and None not in {m.country for m in ev.source + o.source}
                and {m.country for m in ev.source} == {m.country for m in o.source}
            )
        )

    return _drop_title_twins(
        ctx,
        events,
        lambda ev: ev.type == "AID",
        lambda o, ev: (same_sum(o, ev) if aid(ev) else same_giver(o, ev)) and _times_overlap(o.time, ev.time),
    )


def _drop_lead_gift_summaries(ctx: _Context, events: list[Event]) -> list[Event]:
    """``越南国防部分别在A口岸和B口岸向老挝人民军和柬埔寨皇家军队移交了…物资`` opening the story,
    then each handover told with the people who gave and received it: the opening sums the gifts up
    (a body or country as giver, no sum), each recipient's country is given to on the same day by a
    person of the giver's country later on; it is no gift of its own."""
    doc = ctx.doc
    ends = [p.end for p in (doc.title, doc.lead) if p is not None] + ([doc.body[0].end] if doc.body else [])
    opening = max(ends, default=0)

    def summary(ev: Event) -> bool:
        return (
            ev.type == "AID"
            and ev.mode is None
            and ev.amount is None
            and ev.evidence.start < opening
            and bool(ev.source)
            and all(m.kind != "person" and m.country for m in ev.source)
            and bool(ev.target)
            and all(m.country for m in ev.target)
        )

    def told(ev: Event) -> list[Event]:
        giver = {m.country for m in ev.source}
        return [
            o
            for o in events
            if o is not ev
            and o.type == "AID"
            and o.evidence.start >= opening
            and o.source
            and all(m.kind == "person" and m.country in giver for m in o.source)
            and o.time is not None
            and ev.time is not None
            and o.time.value == ev.time.value
        ]

    out: list[Event] = []
    for ev in events:
        later = told(ev) if summary(ev) else []
        if not later or not {m.country for m in ev.target} <= {m.country for o in later for m in o.target}:
            out.append(ev)
            continue
        if len(later) == 1 and later[0].location is None and ev.location is not None:
            # "外交部在河内举行仪式,将…转交给…" then "在仪式上,A向B转交了…": the one handover's place
            later[0].location, later[0].location_span, later[0].location_country = (
                ev.location,
                ev.location_span,
                ev.location_country,
            )
    return out


def _undated(t: TimeValue | None) -> bool:
    """No day known: no time, or one the page gives no year for."""
    return t is None or t.precision != "day" or not t.start


def _drop_title_talks_twins(ctx: _Context, events: list[Event]) -> list[Event]:
    """The headline states talks or a meeting (``A同B举行会谈``) or their statement (``越南与白俄罗斯
    发表联合声明``) and borrows the lead's visit range; the body tells them again on their day
    (``欢迎仪式结束后,两国元首举行会谈``) between the same sides (or people of the countries the
    title names): one event, the body's."""

    def told(ev: Event) -> bool:
        return (ev.type == "CONSULT" and ev.mode in {"talks", "meeting"}) or (ev.type == "AGREE" and ev.mode is None)

    def twin(o: Event, ev: Event) -> bool:
        sides = _names(ev.source + ev.target)
        return (
            # "A与B举行会谈" in the title, "A通过视频连线与B举行会谈" in the body: the body says how
            ((o.type, o.mode) == (ev.type, ev.mode) or (o.type, o.mode, ev.mode) == ("CONSULT", "video", "talks"))
            and (o.cameo == _HOSTING) == (ev.cameo == _HOSTING)
            and len(sides) >= 2
            and (all(_overlap({x}, _names(o.source + o.target)) for x in sides) or _stands_for(ev, o, unplaced=True))
            and (
                (o.time is not None and _times_overlap(o.time, ev.time))
                # "越南国会主席与伊朗议会议长举行会谈" over a page that gives no year: both undated
                or (_undated(o.time) and _undated(ev.time))
            )
        )

    return _drop_title_twins(ctx, events, told, twin)


def _drop_title_congratulation_call_twins(ctx: _Context, events: list[Event]) -> list[Event]:
    """``老挝和柬埔寨两国外长分别与越南外交部长通电话`` in the headline, ``…已分别与裴青山通电话表示祝贺``
    in the body: the body's telling says what the call was (congratulations, SUPPORT), the
    headline's plain call between the same countries is that call again."""

    def told(ev: Event) -> bool:
        return (ev.type, ev.mode) == ("CONSULT", "phone")

    def twin(o: Event, ev: Event) -> bool:
        if (o.type, o.mode) != ("SUPPORT", "phone"):
            return False
        title_sides = {m.country for m in ev.source + ev.target if m.country}
        body_sides = {m.country for m in o.source + o.target if m.country}
        return bool(title_sides & body_sides) and (
            _undated(ev.time) or (o.time is not None and _times_overlap(o.time, ev.time))
        )

    return _drop_title_twins(ctx, events, told, twin)


def _drop_title_member_meetings(ctx: _Context, events: list[Event]) -> list[Event]:
    """``阮春福总理集体会见东盟各国外长`` in the headline (a person meeting a body), ``阮春福…集体会见了…
    东盟各国外长和东盟秘书长林玉辉`` in the lead: the same person meeting a member of that body
    (whose office starts with the body's name) on the same day is that one meeting, told with names."""

    def told(ev: Event) -> bool:
        sides = ev.source + ev.target
        return (
            ev.type == "CONSULT"
            and ev.mode in {"meeting", "talks"}
            and sum(m.kind == "person" for m in sides) == 1
            and sum(m.kind != "person" for m in sides) == 1
        )

    def twin(o: Event, ev: Event) -> bool:
        person = next(m for m in ev.source + ev.target if m.kind == "person")
        body = next(m for m in ev.source + ev.target if m.kind != "person")
        others = [m for m in o.source + o.target if m.kind == "person" and not _overlap({norm_name(m.name)}, {norm_name(person.name)})]
        return (
            (o.type, o.mode) == (ev.type, ev.mode)
            and _overlap(_names(o.source + o.target), {norm_name(person.name)})
            and len(body.name) >= 2
            # "东盟各国外长" and "越南外交部长"; "越南党和国会领导" and "越南国会主席"
            and any(body.name in (m.title or "") for m in others)
            and (o.time is not None or ev.time is None)
            and _times_overlap(o.time, ev.time)
        )

    events = _drop_title_twins(ctx, events, told, twin)
    # the lead may sum the meeting up the same way (``吴春历会见了老挝国防部长``, the office read as its ministry)
    return _drop_part_twins(ctx.doc.lead, events, told, twin)


# "接受三国新任驻越大使递交的国书": a count of countries, none of them named
_COUNTED_COUNTRIES = re.compile(r"(?:[两三四五六七八九十]|\d{1,2})国|各国|多国")


def _drop_title_split_meetings(ctx: _Context, events: list[Event]) -> list[Event]:
    """``陈大光和阮氏金银会见匈牙利总理`` in the headline, ``陈大光和阮氏金银…分别会见…奥尔班`` in the
    body: the body tells one meeting for each host; the headline's joint meeting sums them up when
    the body's meetings of that kind, on overlapping days, name every person of the headline.
    A headline side that only counts the countries (``接受三国新任驻越大使递交的国书``) stands for
    the envoys of other countries that the body then names one by one."""
    title = ctx.doc.title
    if title is None:
        return events

    def inside(ev: Event) -> bool:
        return title.start <= ev.evidence.start < title.end

    def counted(m: Mention) -> bool:
        return m.kind == "country" and m.country is None and _COUNTED_COUNTRIES.fullmatch(m.name) is not None

    def summed(ev: Event) -> bool:
        if not inside(ev) or ev.type != "CONSULT" or ev.mode not in {"meeting", "talks"}:
            return False
        mine = ev.source + ev.target
        if len(mine) < 3 and not any(counted(m) for m in mine):
            return False
        named = {m.country for m in mine if m.kind == "person" and m.country}

        def same(a: Mention, b: Mention) -> bool:
            # "会见中国和泰国驻越大使" in the headline: a country stands for its envoy met in the body
            # "越南国防部长与新加坡、日本防长会晤": the office read as its ministry stands for the
            # minister of that country named in the body
            return (
                _overlap(_names([a]), _names([b]))
                or (a.kind in {"country", "organisation"} and a.country is not None and a.country == b.country)
                or (counted(a) and b.kind == "person" and b.country is not None and b.country not in named)
            )

        parts = [
            o
            for o in events
            if o is not ev
            and not inside(o)
            and (o.type, o.mode) == (ev.type, ev.mode)
            and _times_overlap(o.time, ev.time)
            and all(any(same(t, b) for t in mine) for b in o.source + o.target)
        ]
        if len(parts) < 2:
            return False
        told = [b for o in parts for b in o.source + o.target]
        return all(any(same(t, b) for b in told) for t in mine)

    return [ev for ev in events if not summed(ev)]


def _drop_title_message_summaries(ctx: _Context, events: list[Event]) -> list[Event]:
    """``俄罗斯、蒙古等领导人致电祝贺X`` in the headline, then each country's message told with its
    senders (``俄罗斯联邦委员会主席A…致电X``, ``蒙古国家大呼拉尔主席B…致电祝贺X``): the headline sums
    the messages up; it is not one of its own."""
    title = ctx.doc.title
    if title is None:
        return events

    def summary(ev: Event) -> bool:
        if (ev.type, ev.mode) != ("SUPPORT", "message") or not title.start <= ev.evidence.start < title.end:
            return False
        if not ev.source or any(m.kind != "country" or not m.country for m in ev.source):
            return False
        sent = {
            m.country
            for o in events
            if o is not ev
            and (o.type, o.mode) == ("SUPPORT", "message")
            and (
                _overlap(_names(o.target), _names(ev.target))
                # "…致电慰问越南受灾群众" in the headline, "…致电越南国家主席陈大光慰问…" in the body
                or bool(
                    {t.country for t in ev.target if t.kind == "country" and t.country}
                    & {t.country for t in o.target}
                )
            )
            for m in o.source
            if m.kind == "person"
        }
        return all(m.country in sent for m in ev.source)

    return [ev for ev in events if not summary(ev)]


def _drop_title_unit_visits(ctx: _Context, events: list[Event]) -> list[Event]:
    """``印度海军舰艇编队访问岘港市`` in the headline, ``…司令X少将率领的…对岘港市进行友好访问`` in the
    lead: the body (a force, a navy) the headline names is the one the commander's office belongs
    to, so the two visits to the same place are one, told with its leader in the text."""

    def told(ev: Event) -> bool:
        return ev.type == "CONSULT" and ev.mode == "visit" and len(ev.source) == 1 and ev.source[0].kind == "organisation"

    def twin(o: Event, ev: Event) -> bool:
        unit = ev.source[0].name
        home = _country_name(ev.source[0].country)
        # "越南国会主席访问新加坡" in the headline, "国会主席黎明率领…" in the lead: the office is
        # written without its country once the story is told
        units = {unit} | ({unit[len(home) :]} if home and unit.startswith(home) and len(unit) - len(home) >= 2 else set())
        return (
            told(o) is False
            and (o.type, o.mode) == (ev.type, ev.mode)
            and any((m.title or "").startswith(u) for m in o.source for u in units)
            and _overlap(_names(ev.target), _names(o.target))
            and o.time is not None
            and _times_overlap(o.time, ev.time)
        )

    return _drop_title_twins(ctx, events, told, twin)


def _drop_title_delegation_visits(ctx: _Context, events: list[Event]) -> list[Event]:
    """``越南共产党代表团对中国进行访问`` in the headline, ``…张氏梅从4月25日至28日率团对中国进行工作
    访问`` in the lead: the delegation the headline names is the one its leader leads (``率团``), so
    the two visits by one side to one country are one, told with its leader in the text."""

    def told(ev: Event) -> bool:
        return (
            ev.type == "CONSULT"
            and ev.mode == "visit"
            and len(ev.source) == 1
            and ev.source[0].kind == "group"
            and ev.source[0].country is not None
        )

    def twin(o: Event, ev: Event) -> bool:
        side = ev.source[0].country
        places = {m.country for m in ev.target} - {None}
        return (
            not told(o)
            and (o.type, o.mode) == (ev.type, ev.mode)
            and bool(o.source)
            and all(m.country == side for m in o.source)
            and bool(places)
            and (places <= {m.country for m in o.target} or places == {o.location_country})
            and o.time is not None
            and _times_overlap(o.time, ev.time)
        )

    return _drop_title_twins(ctx, events, told, twin)


def _sympathy_in_talks(ev: Event, events: list[Event]) -> bool:
    """``关口昌一欢迎…访日,对台风给越南造成的损失表示慰问``: sympathy one side voices while meeting
    the other stays in that meeting (as a greeting conveyed in talks does), it is no message; so
    does sympathy told in the sentence of the sender's message (``致电慰问X,对…表示深切慰问``)."""
    if ev.type != "SUPPORT" or ev.mode is not None or ev.cameo not in {"018", "051"} or not ev.source:
        return False
    speakers = _names(ev.source)
    if ev.cameo == "051":
        # "阮军代表越南…向中国…致以最诚挚的祝贺" said at the reception he attends: the greeting is part
        # of the reception, no act of its own
        return any(
            o.type == "SUPPORT"
            and o.mode == "meeting"
            and _overlap(speakers, _names(o.source) | _names(o.target))
            and (ev.time is None or _times_overlap(ev.time, o.time))
            for o in events
        ) or any(
            # "老挝外交部…来到越南驻万象大使馆表示祝贺。…老挝中央机构领导向越南…致以诚挚的祝贺":
            # the greeting the callers brought, told after their call
            o.type in {"CONSULT", "SUPPORT"}
            and o.mode == "visit"
            and o.evidence.start < ev.evidence.start
            and {m.country for m in ev.source} <= {m.country for m in o.source}
            and {m.country for m in ev.target} <= {m.country for m in o.target}
            and (
                (_undated(ev.time) and _undated(o.time))
                or (not _undated(ev.time) and not _undated(o.time) and _times_overlap(ev.time, o.time))
            )
            for o in events
        )
    return any(
        o.type == "CONSULT"
        and o.mode in {"meeting", "talks", "video", "phone"}
        and _overlap(speakers, _names(o.source) | _names(o.target))
        and (ev.time is None or _times_overlap(ev.time, o.time))
        for o in events
    ) or any(
        o.type == "SUPPORT"
        and o.mode == "message"
        and _overlap(speakers, _names(o.source))
        and o.evidence.start < ev.evidence.end
        and ev.evidence.start < o.evidence.end
        for o in events
    ) or any(
        # "杨洁篪赴越南驻中国大使馆敬献花圈…。杨洁篪就…逝世表示沉痛哀悼,…深表同情": what the mourner
        # said at the condolence visit
        o.type == "SUPPORT"
        and o.mode == "visit"
        and _overlap(speakers, _names(o.source))
        and o.evidence.start < ev.evidence.start
        and _times_overlap(ev.time, o.time)
        for o in events
    ) or any(
        # "A向B移交了…援助款项。A对…遭受洪灾所造成的损失深表同情": what the one handing over the aid
        # said at the handover told before, no act of its own
        o.type == "AID"
        and o.mode is None
        and o.source
        and all(m.kind == "person" for m in o.source)
        and _overlap(speakers, _names(o.source))
        and o.evidence.start < ev.evidence.start
        and _times_overlap(ev.time, o.time)
        for o in events
    )


def _visit_hosts(ctx: _Context, events: list[Event]) -> None:
    """A visit told as ``X对柬埔寨进行正式访问`` is hosted by whoever invited (``应洪森的邀请``,
    said anywhere in the article); with no inviter named the visited side stays the
    destination, even when the visitor holds talks with someone (the seeds' gold codes
    ``来越进行正式访问…的王毅`` as 王毅 -> 越南, not -> the minister he talks with)."""
    inviters = ctx.inviters.get(("main", None), []) or _stated_inviters(ctx)
    for ev in events:
        if ev.mode != "visit" or ev.type != "CONSULT" or not ev.target:
            continue
        if (
            any(m.kind not in {"country", "place"} for m in ev.target)
            or _PAST_VISIT.search(ctx.text, ev.evidence.start, ev.trigger.start)
            or _dated_visit_frame(ctx.text, ev.evidence.start, ev.trigger.start, ev.trigger.end)
        ):
            continue
        where = {m.country for m in ev.target if m.country} | (
            {ev.location_country} if ev.location_country else set()
        )
        if not where:
            continue
        hosts = [m for m in inviters if m.kind == "person" and m.country in where]
        if hosts and _another_visitor(ctx, ev):
            continue  # "…也对匈牙利进行了访问": another's trip to the country, not the one invited
        if hosts:
            ev.target = hosts


def _another_visitor(ctx: _Context, ev: Event) -> bool:
    """A visit told in the body whose visitors are not the one the story's invitation brought."""
    body = ctx.doc.body
    return _another_visitor_of(ctx.invited_visitor.get(("main", None), []), ev.source) and any(
        sp.start <= ev.evidence.start < sp.end for sp in body[1 if ctx.doc.lead_repeated else 0 :]
    )


def _another_visitor_of(story: list[Mention], visitor: list[Mention]) -> bool:
    """Visitors named by their offices or bodies only (越南国家主席、国会主席、政府总理也对匈牙利进行了
    访问) when the story's invitation brought a named person, none of them: another trip to that
    country, not hosted by the story's inviter."""
    return (
        any(m.kind == "person" for m in story)
        and bool(visitor)
        and all(m.kind != "person" for m in visitor)
        and not _overlap(_names(visitor), _names(story))
    )


def _past_signing_sides(ctx: _Context, events: list[Event]) -> None:
    """``双方同意继续落实2015年签署的…``: a signing dated only by the year or month written in its own
    sentence, whose sides are all people named outside that sentence (today's pair, filled in for
    双方 or 两省), was signed by the two sides themselves: each side becomes the place or body of
    its country the sentence names (``关于A省与B省的合作``), else its country."""
    for ev in events:
        t = ev.time
        if ev.type != "AGREE" or t is None or t.basis != "explicit" or t.precision not in {"year", "month"}:
            continue
        if not (ev.evidence.start <= t.span.start < ev.evidence.end) or not ev.source or not ev.target:
            continue
        sides = ev.source + ev.target
        if any(m.kind != "person" or not m.country or ev.evidence.start <= m.span.start < ev.evidence.end for m in sides):
            continue
        isos = [{m.country for m in ev.source}, {m.country for m in ev.target}]
        if any(len(c) != 1 for c in isos) or isos[0] == isos[1]:
            continue
        named: dict[str, Mention] = {}
        for gs, ge, entry in geo_in(ctx.text, ev.evidence.start, ev.evidence.end):
            if entry.kind not in {"country", "side"} and entry.country and entry.country not in named:
                kind = "organisation" if entry.kind == "organisation" else "place"
                named[entry.country] = Mention(
                    Span(gs, ge, kind), ctx.doc.text[gs:ge], kind, country=entry.country, sector=entry.sector
                )
        new: list[list[Mention]] = []
        for c in isos:
            iso = next(iter(c))
            name = _country_name(iso)
            if iso in named:
                new.append([named[iso]])
            elif name:
                new.append([Mention(Span(ev.trigger.start, ev.trigger.end, "country"), name, "country", country=iso)])
        if len(new) == 2:
            ev.source, ev.target = new


# "美国驻越南大使X", "新加坡驻越大使": an envoy accredited to Việt Nam
# "欧盟驻越南各位大使": a bloc's envoys posted in Viet Nam, told together, are envoys here as well
_ENVOY_TO_VIETNAM = re.compile(r"驻越(?:南)?(?:各位|各国)?(?:特命全权)?大使")


# "国家主席习近平特使", "总统特别代表": a leader's special envoy, sent abroad to the other side
_SPECIAL_ENVOY_TITLE = re.compile(r"(?:特使|特别代表)$")


def _envoy_calls_on_host(text: str, ev: Event) -> None:
    """``梁强会见新加坡驻越大使`` (a teaser title, no place): the envoy accredited to Việt Nam calls on
    the Vietnamese leader who receives him, as the sample gold codes every such meeting (the text
    tells the host first)."""
    if ev.type != "CONSULT" or ev.mode not in {"meeting", "talks"} or not ev.source or not ev.target:
        return
    if not all(m.country == "VNM" for m in ev.source):
        return
    envoys = all(
        # "外交部长A与中共中央总书记、国家主席B特使C举行会谈": a foreign leader's special envoy came
        (m.country not in {None, "VNM"} and _SPECIAL_ENVOY_TITLE.search(m.title or "") is not None)
        or (ev.mode == "meeting" and "驻越" in (m.title or "") and "大使" in (m.title or ""))
        or (ev.mode == "meeting" and _ENVOY_TO_VIETNAM.match(text, m.span.end) is not None)
        # "梁强会见即将离任的美国驻越南大使": the envoy named by the whole phrase (no person's name)
        or (
            ev.mode == "meeting"
            and m.country not in {None, "VNM"}
            and _ENVOY_TO_VIETNAM.search(m.name or "") is not None
        )
        # "梁强会见捷克大使X": a foreign country's ambassador posted nowhere said is the one in Việt Nam
        or (
            ev.mode == "meeting"
            and m.country not in {None, "VNM"}
            and (m.title or "").endswith("大使")
            and "驻" not in (m.title or "")
        )
        for m in ev.target
    )
    if envoys:
        ev.source, ev.target = ev.target, ev.source


# "出席由越南政府无偿援建的…落成移交仪式": attending the handover of a project one side built
_AIDED_CEREMONY = re.compile(r"援建的[^,，。;；]{0,20}?(?:移交|交接|落成|竣工)仪式")
# "A代表越南政府将大楼移交给B", "向B移交": the handover itself, from the one handing over
_HANDED_OVER = re.compile(r"移交|交付|交给")


def _ceremonies_of_gifts_handed_over(text: str, events: list[Event]) -> None:
    """A gift is one event: leaders attending the ceremony of a project built with aid stand for
    the gift (AID, from the giving side) unless the article tells the handover itself nearby
    (``A代表越南政府将大楼移交给B``); then the gift is that handover, and the leaders who attend
    the ceremony together hold a joint event (COOPERATE, as a joint inauguration)."""
    for ev in events:
        if ev.type != "AID" or not _AIDED_CEREMONY.search(text, ev.trigger.start, ev.trigger.end):
            continue
        if any(
            o is not ev
            and o.type == "AID"
            and o.evidence != ev.evidence
            and abs(o.evidence.start - ev.evidence.start) < 300
            and _HANDED_OVER.search(text, o.trigger.start, o.trigger.end)
            for o in events
        ):
            ev.type, ev.cameo = "COOPERATE", "040"


# "2654位正式代表,来自21个国家的33个政党代表团一同出席大会": attendees told by their numbers
_COUNTED_CROWD = re.compile(
    r"(?:\d+|[一二三四五六七八九十百千]+)\s*(?:多)?(?:位|名|个)[^,，。;；]{0,12}?(?:代表|代表团|政党|国家)"
)


def _attended_alone(text: str, ev: Event) -> bool:
    """``出席2024年某国文化日开幕式``, ``与190多个国家…领导共同出席…即位庆典``, ``…工作人员和侨胞及
    一些朋友一起参加活动``: attending or taking part in an occasion with no counterpart named is no
    interaction between two sides (no cooperation with anyone)."""
    trig = text[ev.trigger.start : ev.trigger.end]
    return ev.type == "COOPERATE" and not ev.target and ("出席" in trig or "参加" in trig)


def _counted_crowd_attends(text: str, ev: Event) -> bool:
    """``…的2654位正式代表,来自21个国家的33个政党代表团一同出席大会``: a crowd counted, no one
    named, attends; that is the forum's size, no attendance by a side."""
    if ev.type != "CONSULT" or ev.mode not in {"multilateral", "meeting"} or any(m.kind == "person" for m in ev.source):
        return False
    lo = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    return bool(_COUNTED_CROWD.search(text, lo, ev.trigger.start)) and "出席" in text[ev.trigger.start : ev.trigger.end]


def _home_allocation(text: str, ev: Event) -> bool:
    """``越南政府向河静省拨款100亿越盾``: funds a Vietnamese body allots (拨款, 资助) to Viet Nam's own
    provinces or people are domestic spending, not aid between two sides."""
    if ev.type != "AID" or not re.search(r"拨款|资助", text[ev.trigger.start : ev.trigger.end]):
        return False
    sides = ev.source + ev.target
    countries = {m.country for m in sides}
    return bool(ev.target) and "VNM" in countries and countries <= {"VNM", None}


# "越南支持X为困难群众提供的人道主义援助": the aid is the object of support, described by a 的 clause
_SUPPORTED_AID = re.compile(r"(?:支持|赞赏|欢迎|肯定|高度评价)[^。;；]{0,60}?提供的[^。;；,，的]{0,10}$")


def _supported_aid(text: str, ev: Event) -> bool:
    """Aid another body gives, told as what someone supports (``越南支持X为灾民提供的人道主义援助``),
    with no one named to receive it and no sum: a background of the support, no gift of its own."""
    if ev.type != "AID" or ev.target or ev.amount is not None:
        return False
    return _SUPPORTED_AID.search(text, ev.evidence.start, ev.trigger.end) is not None


def _complete(ev: Event) -> bool:
    """An interaction needs a counterpart: a meeting with nobody named is not coded."""
    if ev.type in {"ACCUSE", "REQUEST"} and ev.section == "related":
        return bool(ev.target)
    if ev.type == "ACCUSE" and not ev.source:
        # "她参加反对越南战争的游行活动": opposition told with no one who voices it is no accusation
        return False
    if ev.type == "SUPPORT" and ev.mode == "message":
        # "A就B逝世致唁电": the addressee may go unnamed; "总理致电祝贺越南队": a home team is not a foreign side
        return bool(ev.source) and not _self_celebration(ev)
    if ev.type in {"CONSULT", "SUPPORT"}:
        return (
            bool(ev.target) and bool(ev.source) and not _self_celebration(ev) and not _home_ceremony(ev)
            and not _home_bodies_meeting(ev) and not _home_leaders_call(ev)
        )
    if _with_own_diaspora(ev):
        return False
    return bool(ev.target) or bool(ev.source)


# "双方签署", "两国签署", "与老挝签署", "同X共同签署": the signing's other side is told
_BOTH_SIDES_SIGN = re.compile(r"双方|两国|两党|两军|两部|各方|共同|联合|(?<!参)与|同(?!时)|和[^,，。;；]{0,20}签")


def _one_sided_undated_signing(text: str, ev: Event) -> bool:
    """``X表示,越南已签署了多项自贸协定``, ``中央委员会讨论通过签署《…协定》的主张``: a signing in the
    main article with no counterpart, by one country's side alone and with no date told, is a policy
    or a record recalled, no agreement between two sides (background counts only when dated)."""
    countries = {m.country for m in ev.source if m.country}
    return (
        ev.type == "AGREE"
        and ev.section == "main"
        and not ev.target
        # no day, month or year told at all ("近年来" resolves to none): "3月8日,大使馆举行了…签署仪式" stays
        and (ev.time is None or (ev.time.precision == "unknown" and ev.time.kind not in {"date", "range", "month", "year"}))
        and ev.amount is None
        and bool(ev.source)
        and len(countries) <= 1
        # "访问期间,双方签署了…备忘录", "与X签署": a signing told with both sides is kept
        and not _BOTH_SIDES_SIGN.search(text, ev.evidence.start, ev.trigger.start)
    )


# "原党和国家领导人", "党和国家领导人": Viet Nam's own leaders, told with no country
_OWN_LEADERS = re.compile(r"(?:原|前)?(?:党和国家|党、国家|党政)(?:原|前)?领导人")


def _home_leaders_call(ev: Event) -> bool:
    """``国家主席梁强拜访了原党和国家领导人``, ``…看望原国家主席X``: a teaser's call or visit among Viet
    Nam's own people only (no mission abroad, 驻…) is domestic news, no interaction between two
    countries: OTHER, as the annotators code domestic ceremonies."""
    sides = ev.source + ev.target
    return (
        ev.section == "related"
        and ev.type == "CONSULT"
        and ev.mode in {"meeting", "visit"}
        and bool(ev.source)
        and bool(ev.target)
        and all(m.country == "VNM" or (m.country is None and _OWN_LEADERS.fullmatch(m.name)) for m in sides)
        and not any("驻" in m.name for m in sides)
    )


def _home_bodies_meeting(ev: Event) -> bool:
    """``政治局工作组与国会党组举行工作会议``: a teaser's meeting between bodies only (no person named),
    all of them Viet Nam's own or of no stated country with at least one Vietnamese, is domestic
    work, no interaction between two countries: OTHER, as the annotators code domestic news."""
    sides = ev.source + ev.target
    countries = {m.country for m in sides}
    return (
        ev.section == "related"
        and ev.type == "CONSULT"
        and ev.mode == "meeting"
        and all(m.kind == "organisation" for m in sides)
        and "VNM" in countries
        and countries <= {"VNM", None}
    )


def _with_itself(ev: Event) -> bool:
    """An act whose two sides are the same people or bodies (``河内市举行向灾区捐赠…仪式。…市委书记X
    出席…X代表河内市…``: X read on both sides) is no interaction between two sides."""
    def ids(ms: list[Mention]) -> set[str]:
        return {m.actor_id or f"{m.kind}:{m.name}" for m in ms}

    return bool(ev.source) and bool(ev.target) and ids(ev.source) == ids(ev.target)


@cache
def _deaths() -> dict[str, str]:
    """Each name a ``death`` row of ``anniversaries.tsv`` is written with, and the day that person died."""
    out: dict[str, str] = {}
    for row in load_table("anniversaries").rows:
        if row["kind"] == "death":
            for alias in row["aliases"].split("|"):
                if alias:
                    out[alias] = row["date"]
    return out


def _with_the_departed(ev: Event) -> bool:
    """``胡志明主席与切·格瓦拉座谈会6月5日举行`` (a seminar on two late leaders, 2014): a side who had
    died before the day the event took place is the subject of a commemoration, not a participant."""
    if ev.time is None or not ev.time.start:
        return False
    deaths = _deaths()
    return any(
        m.kind in {"person", "group"} and m.name in deaths and ev.time.start[: len(deaths[m.name])] > deaths[m.name]
        for m in ev.source + ev.target
    )


def _home_trip(ev: Event) -> bool:
    """``国会副主席陈光方赴安江省检查选举安保工作``, ``国会主席陈青敏向同塔省优抚家庭赠送慰问品``: a
    visit or gift whose one side is Viet Nam's own leaders and whose other is one of its own
    provinces or cities reports domestic work (an inspection, a gift to the needy), no interaction
    between two sides: a teaser's is OTHER, as the annotators code domestic news, and the main
    article's (河内市委书记率团对芹苴市进行工作访问) is no event."""
    if not ((ev.type == "CONSULT" and ev.mode == "visit") or ev.type == "AID") or not ev.source or not ev.target:
        return False
    homes = {m.country for m in ev.source}
    return (
        "VNM" in homes
        and homes <= {"VNM", None}
        and all(m.kind == "place" and m.country == "VNM" for m in ev.target)
    )


# a body of an international or foreign side, never Viet Nam's own work: a forum, a bloc, an agency
_ABROAD_BODY = re.compile(r"东盟|联合国|国际|世界|亚太|亚洲|欧洲|欧盟|非洲|美洲|湄公|澜湄|[A-Za-z]{2,}")


def _home_video_conference(text: str, ev: Event) -> bool:
    """``总理X在河内主持召开…各部委和地方政府的…指导委员会的视频会议``: a video conference Viet Nam's
    own leader chairs with bodies of no other country (committees, ministries, provinces) is domestic
    work, no interaction between two countries: no event in the main article, OTHER for a teaser."""
    if ev.type != "CONSULT" or ev.mode != "video" or not ev.source or not ev.target:
        return False
    if not all(m.country == "VNM" for m in ev.source):
        return False
    if "主持" not in text[ev.evidence.start : ev.trigger.start]:
        return False
    return all(
        m.kind == "organisation"
        and m.country in {None, "VNM"}
        and "驻" not in m.name
        and _ABROAD_BODY.search(m.name) is None
        and all(g.country in {None, "VNM"} for _, _, g in geo_in(text, m.span.start, m.span.end))
        for m in ev.target
    )


def _home_joint_event(ev: Event) -> bool:
    """``甲医院同越南青年协会在河内联合举行…献血节开幕式``: a joint event two of Viet Nam's own bodies
    hold at home (the partner a Vietnamese body, no side of another country, no mission abroad, no
    international body) is domestic news, no interaction between two countries: no event in the
    main article, OTHER for a teaser."""
    if ev.type != "COOPERATE" or ev.location_country != "VNM" or not ev.source or not ev.target:
        return False
    sides = ev.source + ev.target
    return (
        all(m.country == "VNM" and m.kind == "organisation" for m in ev.target)
        and all(m.country in {None, "VNM"} for m in ev.source)
        and all("驻" not in m.name and _ABROAD_BODY.search(m.name) is None for m in sides)
    )


def _home_working_session(text: str, ev: Event) -> bool:
    """``苏林与中央办公厅及参谋机构举行工作会议``: a teaser's working session (工作会议) of Viet Nam's
    own leaders with Viet Nam's own bodies (a mission abroad, 驻…, aside) is domestic work, no
    interaction between two countries: OTHER, as the annotators code domestic news."""
    return (
        ev.section == "related"
        and ev.type == "CONSULT"
        and ev.mode == "meeting"
        and "工作会议" in text[ev.trigger.start : ev.trigger.end]
        and bool(ev.source)
        and bool(ev.target)
        and all(m.country == "VNM" for m in ev.source)
        and all(m.kind == "organisation" and m.country == "VNM" and "驻" not in m.name for m in ev.target)
    )


# "旅日越南人协会", "在德越侨", "海外越南人社区": Vietnamese abroad, not the host country
_DIASPORA = re.compile(r"旅[^,，。;；]{1,6}?越南人|越侨|侨胞|海外越南人|越南人(?:协会|社区|社群)")


# "日本也是向越南提供官方发展援助的最大来源国": what a country is (its rank among givers), not a gift
_GIVER_RANK_AFTER = re.compile(r"的[^,，。;；]{0,8}?(?:来源国|来源地|捐助国|援助国|捐赠国|提供国)")
_IS_BEFORE = re.compile(r"(?:是|为|成为)(?:了)?[^,，。;；是]{0,24}$")
# "日本仍是越南最大官方发展援助国,向越南…提供援助": the giver described in the clause before the gift
_GIVER_RANK_BEFORE = re.compile(r"是[^,，。;；]{0,16}?(?:援助国|援助方|捐助国|捐助方|援助伙伴)[,，][^。;；]*$")


def _giver_described(text: str, ev: Event) -> bool:
    """``日本也是向越南提供官方发展援助的最大来源国``, ``日本仍是越南最大援助国,向越南…提供援助``: a gift
    verb inside, or right after, a description of a country as the largest (or a major) giver is no
    gift given."""
    if ev.type != "AID" or ev.amount is not None:
        return False
    start = max(text.rfind(ch, ev.evidence.start, ev.trigger.start) for ch in ",，。;；") + 1
    start = max(start, ev.evidence.start)
    if _GIVER_RANK_AFTER.match(text, ev.trigger.end) and _IS_BEFORE.search(text, start, ev.trigger.start):
        return True
    return bool(_GIVER_RANK_BEFORE.search(text, ev.evidence.start, ev.trigger.start)) and not _YEAR_OR_SUM.search(
        text, ev.evidence.start, ev.evidence.end
    )


_RECEIPT = re.compile(r"接受|接收|收到|获得")


def _giverless_receipt(text: str, ev: Event) -> bool:
    """``越南接受约2600万剂疫苗`` (mostly bought), ``在8月31日之前接受捐款``: a receipt with no giver
    and no sum of money is no gift from one side to another (a unit sent on a mission, told with no
    sender, still helps the mission)."""
    return (
        ev.type == "AID"
        and ev.section == "main"
        and not ev.source
        and (ev.amount is None or ev.amount.currency in _UNITS)
        and _RECEIPT.search(text, ev.trigger.start, ev.trigger.end) is not None
    )


def _with_own_diaspora(ev: Event) -> bool:
    """``越南驻日本大使馆与旅日越南人协会联合举办见面会``: an embassy's event with its own
    community abroad involves no foreign side; it is a domestic ceremony, not cooperation."""
    sides = ev.source + ev.target
    return (
        ev.type == "COOPERATE"
        and bool(sides)
        and all(m.country == "VNM" for m in sides)
        and any(_DIASPORA.search(m.name) for m in sides)
    )


def _meets_own_diaspora(text: str, ev: Event) -> bool:
    """``会见了东盟各国越侨代表``, ``会见旅泰越南人代表``: a Vietnamese leader meeting Vietnamese who
    live abroad meets no foreign side, even where a country or forum names where they live."""
    if ev.type != "CONSULT" or ev.mode != "meeting" or not ev.target:
        return False
    if not ev.source or any(m.country not in {"VNM", None} for m in ev.source):
        return False
    for m in ev.target:  # a Vietnamese body met (越南驻X大使馆工作人员) stays a meeting
        tail = re.match(r"[^,，。;；、]{0,12}", text[m.span.end :])
        if m.kind == "person" or m.country == "VNM" or tail is None or not _DIASPORA.search(m.name + tail.group()):
            return False
    return True


_POSTED_TO = re.compile(r"驻([\u4e00-\u9fff]{1,8}?)(?:兼驻[\u4e00-\u9fff]{1,8}?)?(?:大使馆|总领事馆|领事馆|代表处|特命全权大使|大使|总领事)")


def _mission_gifts_to_the_host(ctx: _Context, events: list[Event]) -> None:
    """``越南驻土耳其大使馆…向哈塔伊省副省长转交救援物资``, ``越南驻土耳其大使杜山海…捐赠给地震灾民``:
    a gift a mission (or its envoy) hands over with no named recipient goes to the country it is
    posted to (an unnamed local official, the victims there)."""
    lex = lexicon()
    for ev in events:
        if ev.type != "AID" or ev.target or len(ev.source) != 1:
            continue
        giver = ev.source[0]
        spans = [(giver.name, giver.span.start)] + [(o.title, o.span.start) for o in giver.offices[-1:]]
        for words, at in spans:
            posted = _POSTED_TO.search(words or "")
            if posted is None:
                continue
            host = posted.group(1)
            iso = lex.country_names.get(host)
            if iso is None or iso == giver.country:
                continue
            start = at + posted.start(1)
            if ctx.text[start : start + len(host)] != host:
                continue
            ev.target = [Mention(Span(start, start + len(host), "country"), host, "country", country=iso)]
            break


# "…还提供超过N美元,增强越南军民的应急能力": the purpose clause after the sum names who is helped
# ("亚行批准一笔N美元的贷款,用于老挝…项目", "…紧急援助款项,为老挝灾民提供…": the use or the ones
# served, named right after 用于 or 为)
_HELPED_AFTER_SUM = re.compile(r"\s*[,，]\s*(?:(?:以|用于|旨在)?(?:增强|帮助|协助|支持|支援|提高)|用于|为)")


def _aid_for_whom_after(ctx: _Context, events: list[Event]) -> None:
    """``A还提供超过N美元,增强B军民的应急能力``: a sum given with no recipient before it goes to the
    country its purpose clause names right after the sum (not the giver's own)."""
    for ev in events:
        if ev.type != "AID" or ev.target or not ev.source or ev.amount is None:
            continue
        helped = _HELPED_AFTER_SUM.match(ctx.text, ev.trigger.end)
        if helped is None:
            continue
        ours = {m.country for m in ev.source}
        for gs, ge, g in geo_in(ctx.text, helped.end(), min(len(ctx.text), helped.end() + 12)):
            if gs != helped.end():
                break
            if g.kind == "country" and g.country and g.country not in ours:
                ev.target = [Mention(Span(gs, ge, "country"), ctx.text[gs:ge], "country", country=g.country)]
            break


# "…疫情正在印尼蔓延的情况下,世界银行已批准向该国提供N美元贷款": 该国 right before the verb of the gift
_TO_THAT_COUNTRY = re.compile(r"向该国(?:额外|再|继续|紧急|无偿)?$")


def _aid_to_that_country(ctx: _Context, events: list[Event]) -> None:
    """``A已批准向该国提供N美元``: aid to ``该国`` (this country) goes to the one country the
    sentence names before it (not the giver's own); with none, or several, it stays unnamed."""
    for ev in events:
        if ev.type != "AID" or ev.target or not ev.source:
            continue
        if _TO_THAT_COUNTRY.search(ctx.text, max(ev.evidence.start, ev.trigger.start - 8), ev.trigger.start) is None:
            continue
        ours = {m.country for m in ev.source}
        named = {
            g.country: (gs, ge)
            for gs, ge, g in geo_in(ctx.text, ev.evidence.start, ev.trigger.start)
            if g.kind == "country" and g.country and g.country not in ours
        }
        if len(named) == 1:
            ((iso, (gs, ge)),) = named.items()
            ev.target = [Mention(Span(gs, ge, "country"), ctx.text[gs:ge], "country", country=iso)]


# "越南驻意大利大使馆": a mission named with the one country it is posted to, its whole name
_OWN_MISSION_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}?驻([\u4e00-\u9fff]{1,8}?)(?:大使馆|总领事馆|领事馆|代表处)")


def _own_mission_call_place(ctx: _Context, events: list[Event]) -> None:
    """``国家主席A还走访越南驻甲国大使馆`` on a trip to 甲国 and 乙国: a call at (or a meeting with)
    one's own mission abroad is held in the country it is posted to; with no place told, or one in
    another country (the trip's other leg), the place is that country, as its name gives it."""
    lex = lexicon()
    for ev in events:
        if ev.type != "CONSULT" or ev.mode not in {"visit", "meeting"} or len(ev.target) != 1 or not ev.source:
            continue
        mission = ev.target[0]
        posted = _OWN_MISSION_NAME.fullmatch(mission.name) if mission.kind == "organisation" else None
        if posted is None or any(m.country != mission.country for m in ev.source):
            continue
        host = posted.group(1)
        iso = lex.country_names.get(host)
        if iso is None or iso == mission.country or ev.location_country == iso:
            continue
        if ev.location is not None and ev.location_country is None:
            continue  # a city the tables do not place: it may well be in that country
        start = mission.span.start + posted.start(1)
        if ctx.text[start : start + len(host)] != host:
            continue
        ev.location, ev.location_span, ev.location_country = host, Span(start, start + len(host), "location"), iso


_TO_MISSION = re.compile(r"(?:前往|来到|到|赴)$")


def _donation_at_own_mission(text: str, ev: Event) -> bool:
    """``侨胞们一大早就前往越南驻老挝大使馆进行捐助``: Vietnamese abroad who go to their own mission
    to give for victims at home; the mission is where they give, not a giver to its host country."""
    if ev.type != "AID" or ev.target or len(ev.source) != 1:
        return False
    giver = ev.source[0]
    if giver.kind != "organisation" or not _POSTED_TO.search(giver.name):
        return False
    return bool(
        _TO_MISSION.search(text, max(ev.evidence.start, giver.span.start - 2), giver.span.start)
        and _DIASPORA.search(text, ev.evidence.start, giver.span.start)
    )


# "…为在老挝和柬埔寨的越南人提供援助": Vietnamese who live in the place named just before
_OWN_PEOPLE_THERE = re.compile(r"[^,，。;；]{0,4}?的(?:越南人(?!民)|越侨|侨胞|越南公民|越南同胞)")


def _diaspora_gift(text: str, ev: Event) -> bool:
    """``旅居美国越南人社群为富安省洪水灾民提供援助``, ``代表团向富安省灾民移交由旅居美国越南人社群援助的
    3亿越盾``: a gift from Vietnamese abroad to a place at home (越南 read from the community's name, or
    the Vietnamese who hand it over) involves no foreign side."""
    sides = ev.source + ev.target
    if ev.type != "AID" or not ev.source or not ev.target:
        return False
    if all(m.country == "VNM" for m in ev.source) and all(
        m.kind != "person" and _OWN_PEOPLE_THERE.match(text, m.span.end) for m in ev.target
    ):  # "越南外交部为在老挝和柬埔寨的越南人提供了援助": the places name where its own people live
        return True
    if (
        len({m.country for m in sides}) == 1
        and sides[0].country is not None
        and (
            all(m.kind != "person" for m in ev.target)
            # "祖国阵线主席X在河内接受由Y机构为中部灾民捐献的善款": a person of that country
            # receiving, at home, a gift of that country's own bodies (none of them a mission abroad)
            or (ev.location_country == sides[0].country and all("驻" not in m.name for m in sides))
        )
    ):
        # "国防部长向赴土耳其开展人道主义援助…的越南人民军救援力量致表扬信": both sides of one
        # country, no gift from one country to another
        return True
    said = _DIASPORA.search(text, ev.evidence.start, ev.evidence.end)
    if said is None or not all(m.kind != "person" and m.country == "VNM" for m in ev.target):
        return False
    # "旅居韩国越南人协会光州广域市分会已为越南橙毒剂受害者捐助…": the community gives, whatever
    # place its branch is named after
    return all(m.country == "VNM" for m in ev.source) or said.start() < min(m.span.start for m in ev.target)


_CEREMONY = re.compile(r"(?:纪念|庆祝|表彰)(?:大会|典礼|活动|仪式)$|庆典$")
# "国会办公厅2024年工作总结暨2025年任务部署会议": a body's own review of its year, domestic work
_HOME_WORK = re.compile(r"(?:工作总结|任务部署|工作部署|总结会议|总结大会)[^,，。;；]{0,12}?(?:会议|大会)?$")


def _home_ceremony(ev: Event) -> bool:
    """``越南领导人出席荣军烈士节76周年纪念大会``: a country's own commemoration (or a body's review of
    its year, ``…工作总结暨…任务部署会议``), with no other country in its name or among those who
    attend, is a domestic ceremony, not a multilateral meeting."""
    if ev.mode != "multilateral" or not ev.target:
        return False
    if not all(_CEREMONY.search(m.name) or _HOME_WORK.search(m.name) for m in ev.target):
        return False
    from dyad.extraction.lexicon import lexicon

    pair = lexicon().short_pair
    homes = {m.country for m in ev.source}
    return (
        len(homes) == 1
        and None not in homes
        # a body's own year review may name its country (国会办公厅: Viet Nam's), no other one
        and not any(
            country_of_text(m.name)[0] not in ({None} | homes if _HOME_WORK.search(m.name) else {None})
            for m in ev.target
        )
        and not any(pair is not None and pair.search(m.name) for m in ev.target)
    )


def _self_celebration(ev: Event) -> bool:
    """``越南驻华大使馆举行招待会庆祝越南国庆``: a side celebrating its own country is a
    domestic ceremony, not support given to someone."""
    home = {m.country for m in ev.source}
    return (
        ev.type == "SUPPORT"

        and len(home) == 1
        and None not in home
        and bool(ev.target)
        and all(m.kind == "country" and m.country in home for m in ev.target)
    )


# "陪同阮氏金银访问新加坡和澳大利亚的有: A;B;C": the members of the leader's party, listed
_ENTOURAGE_BEFORE = re.compile(r"陪同[^,，。;；:：]{1,30}?$")
_ENTOURAGE_AFTER = re.compile(r"[^,，。;；:：]{0,30}?的(?:还)?有\s*[:：]?")


def _entourage_list(text: str, ev: Event) -> bool:
    """``陪同X访问Y的有: 国会对外委员会主任A;…``: a list of who travels with the leader is no visit
    of its own; the leader's visit, told elsewhere, is the one event."""
    if ev.trigger is None or ev.mode not in {"visit", "multilateral"}:
        return False
    lo = max(ev.evidence.start, ev.trigger.start - 32)
    if ev.mode == "multilateral" and ev.trigger.start == ev.evidence.start and _OTHERS_TOO.match(text, ev.trigger.end):
        return True  # "出席…峰会的还有东盟对话伙伴的领导人": who else attended, not the subject told before
    return _ENTOURAGE_BEFORE.search(text, lo, ev.trigger.start) is not None and (
        _ENTOURAGE_AFTER.match(text, ev.trigger.end) is not None
        # "…等许多朝鲜领导人陪同金正恩出访。": those who go along, the trip named by a bare verb
        or (text[ev.trigger.start : ev.trigger.end].endswith("出访") and _BARE_TRIP_END.match(text, ev.trigger.end) is not None)
    )


_BARE_TRIP_END = re.compile(r"\s*(?:[。;；]|$)")
_OTHERS_TOO = re.compile(r"[^,，。;；:：]{0,48}?的还有")


_CREW = re.compile(r"(?:官兵|水兵|船员|士兵|战士|学员)(?:们)?(?:还|也|则|等)?(?:分别|先后)?\s*$")


# "智利记者们…表示担忧", "许多学者也表示关切": what reporters, scholars or experts of a country say
_PRESS_AFTER_SIDE = re.compile(r"\s*(?:的)?(?:各界)?(?:记者|媒体人|学者|专家|网民)(?:们)?")


def _press_voice(text: str, ev: Event) -> bool:
    """``智利记者们…对…可能带来的负面影响表示担忧``: a concern voiced by a country's journalists,
    scholars or experts (the country read from their name) is no statement of that side."""
    return (
        ev.type == "ACCUSE"
        and ev.mode is None
        and len(ev.source) == 1
        and ev.source[0].kind == "country"
        and _PRESS_AFTER_SIDE.match(text, ev.source[0].span.end) is not None
    )


# "越通社已就A出席峰会和出访之行对B进行采访": what the interview is about (after 就), then the one
# interviewed (after 对); the interviewer and the interviewee take no part in the acts of the topic
# "双方签署该协议将有助于推动…", "A与B签署相关文件是一个重要的步骤": the signing as the subject of a
# judgement (what it will help, what it is), a remark about a signing, not one done
_JUDGED_AFTER_SIGNING = re.compile(
    r"[^,，。;；]{0,30}?(?:将有助于|有助于|标志着|是(?:一个|一项|一次|两国|双方|越|极|非常|十分|完全))"
)


# "签署《甲国与乙国建立外交关系联合公报》", "签署了两国建交公报": the document that sets up diplomatic
# relations (never an event of its own, as the annotators code it); not a document marking an
# anniversary of them (建交50周年联合声明)
_FOUNDING_DOCUMENT = re.compile(
    r"建立(?:了)?(?:正式|大使级)?外交关系|建交(?![\d一二三四五六七八九十百]{0,4}周年|以来|[\d一二三四五六七八九十百]{1,4}年)"
)


def _founding_signed(text: str, ev: Event) -> bool:
    """A signing whose document is the one setting up diplomatic relations between two countries
    (``A与B共同签署《甲国与乙国建立外交关系联合公报》``): the founding of relations, no event."""
    if (ev.type, ev.mode) != ("AGREE", "sign") or ev.trigger is None:
        return False
    doc = _signed_document(text, ev)
    return doc is not None and _FOUNDING_DOCUMENT.search(doc) is not None


def _judged_signing(text: str, ev: Event) -> bool:
    """A signing whose clause goes on to judge it (``…签署该协议将有助于…``, ``…签署…是一个重要的
    步骤``): said about a signing, told as done elsewhere or not at all."""
    if (ev.type, ev.mode) != ("AGREE", "sign") or ev.trigger is None:
        return False
    return _JUDGED_AFTER_SIGNING.match(text, ev.trigger.end) is not None


# "他强调,X访俄之旅为…注入了新的动力", "特别是近日X访华非常成功": a visit told as what a speaker
# judges (its success, what it gave), not as done on a day
_JUDGED_VISIT_AFTER = re.compile(
    r"[^,，。;；将]{0,16}?(?:之旅|之行)?(?:非常|十分|取得(?:了)?)?(?:圆满)?成功"
    r"|[^,，。;；将]{0,16}?(?:之旅|之行)?(?:为|对)[^,，。;；将]{0,40}?(?:注入|具有|做出|作出)"
)
# (the last word of saying before the visit: what is said starts after it)
_JUDGE_SAID = re.compile(r".*(?:强调|表示|认为|指出|相信|说)")
# a day or a year the words said give (近日, 日前 give neither)
_SAID_DAY_OR_YEAR = re.compile(r"[0-9一二三四五六七八九十百]+\s*(?:年|月|日|号)|去年|今年|前年|" + _SAME_DAY_WORDS)


def _judged_lone_visit(text: str, ev: Event, main: list[Event]) -> bool:
    """A visit told only as the subject of a speaker's judgement (``他强调,X访俄之旅为…注入了新的
    动力``, ``特别是近日X访华非常成功``), with no day or year in its sentence and nothing else on the
    page by its visitor: a past trip recalled, which the annotators leave out (the visit a page
    reports has its meetings told too, and stays). The day the words were said is not the visit's."""
    if ev.section != "main" or ev.mode != "visit" or ev.trigger is None or not ev.source:
        return False
    judged = _JUDGED_VISIT_AFTER.match(text, ev.trigger.end)
    if judged is None:
        return False
    start = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    said = _JUDGE_SAID.match(text, start, ev.trigger.start)
    if said is None or _SAID_DAY_OR_YEAR.search(text, said.end(), judged.end()):
        return False
    visitors = {m.name for m in ev.source}
    return not any(o is not ev and visitors & {m.name for m in o.source + o.target} for o in main)


# "2014年以来,X国家主席、议会议长、总理均已访问越南", "X是1993年以来第三位法国总统访问越南": visits
# summed up since a year, in a clause that names no month or day of their own
_SINCE_IN_CLAUSE = re.compile(r"以来")
_MONTH_OR_DAY = re.compile(r"[0-9一二三四五六七八九十]+\s*(?:月|日|号)|" + _SAME_DAY_WORDS + r"|今天")


def _visited_since(text: str, ev: Event) -> bool:
    """A main-article visit told in a clause that counts from a year (``2014年以来,…均已访问越南``,
    ``X是1993年以来第三位…访问越南``) with no month or day: a summary of trips (or a remark about
    the visit told elsewhere with its days), no visit of its own."""
    if ev.section != "main" or ev.mode != "visit" or ev.trigger is None:
        return False
    start = max(text.rfind(c, 0, ev.trigger.start) for c in "。\n,，;；") + 1
    if text.endswith("以来", 0, start - 1):  # "2014年以来,…均已访问越南": the count leads the clause
        start = max(text.rfind(c, 0, start - 1) for c in "。\n,，;；") + 1
    return (
        _SINCE_IN_CLAUSE.search(text, start, ev.trigger.start) is not None
        and _MONTH_OR_DAY.search(text, start, ev.trigger.end) is None
    )


# a sentence opening on 该/此/这 (该校, 此项目) goes on about what the sentence before told
_POINTS_BACK = frozenset("该此这")


def _vague_aid(text: str, ev: Event) -> bool:
    """Aid in the main article with no one named to receive it, no sum and no day or year in its
    sentence (``X也援助越南抗旱工作``, ``X表示愿通过提供设备…``, ``多个由X政府提供援助的项目已…``):
    aid spoken of in general, background the annotators leave out. A pledge or a gift still to come
    (``将继续…提供``) is left alone."""
    if ev.section != "main" or ev.type != "AID" or ev.mode == "pledge" or ev.target or ev.amount is not None:
        return False
    if ev.trigger is None:
        return False
    start = max(text.rfind(c, 0, ev.trigger.start) for c in "。\n") + 1
    clause = max(text.rfind(c, 0, ev.trigger.start) for c in "。\n,，;；") + 1
    end = min((i for i in (text.find(c, ev.trigger.end) for c in "。\n") if i >= 0), default=len(text))
    if text[start : start + 1] in _POINTS_BACK and text[start - 1 : start] == "。":
        # "该校…由X提供无偿援助": the school is the one the sentence before dated (…一所学校落成)
        start = text.rfind("。", 0, start - 1) + 1
    return "将" not in text[clause : ev.trigger.start] and _SAID_DAY_OR_YEAR.search(text, start, end) is None


# "…德国左翼党双主席A和B共同主持会议": the two who chair the meeting for the party the call was with
_COCHAIRED_MEETING = re.compile(r"共同主持(?:了)?(?:该|本次|此次)?(?:视频)?会议")


def _cochairs_of_the_body(ctx: _Context, main: list[Event]) -> None:
    """A video conference or meeting held with a party or body (``A主持召开视频会议,向德国某党通知…``)
    whose next paragraph names two of that body's leaders chairing it for their side
    (``德国某党双主席B和C共同主持会议``): B and C are the other side, people over their body."""
    text = ctx.text
    for e in main:
        if e.type != "CONSULT" or e.mode not in {"video", "meeting"} or len(e.target) != 1 or e.trigger is None:
            continue
        body = e.target[0]
        if body.kind == "person" or len(body.name) < 2:
            continue
        end = text.find("\n", e.trigger.end)
        if end < 0:
            continue
        lo = end
        while lo < len(text) and text[lo] in "\n ":
            lo += 1
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        m = _COCHAIRED_MEETING.search(text, lo, hi)
        if m is None:
            continue
        chairs = [p for p in ctx.persons if lo <= p.span.start and p.span.end <= m.start()]
        if len(chairs) != 2 or body.name not in text[lo : chairs[0].span.start]:
            continue
        if not _BARE_AND.fullmatch(text, chairs[0].span.end, chairs[1].span.start):
            continue
        country = chairs[0].country or body.country
        e.target = [c if c.country else replace(c, country=country) for c in chairs]


def _pledge_detail(ev: Event, main: list[Event]) -> bool:
    """A pledge in the main article with no one named to receive it and no sum, told after aid with
    a sum from the same giver (``X将向…灾区居民提供N欧元的援助资金。…此外,还将向灾区居民提供现金``):
    a detail of how that aid is spent, not a second gift."""
    if ev.section != "main" or (ev.type, ev.mode) != ("AID", "pledge") or ev.target or ev.amount is not None:
        return False
    if ev.trigger is None or not ev.source:
        return False
    givers = {m.name for m in ev.source}
    return any(
        o is not ev
        and o.type == "AID"
        and o.amount is not None
        and o.trigger is not None
        and o.trigger.start < ev.trigger.start
        and givers & {m.name for m in o.source}
        for o in main
    )


_INTERVIEW_TOPIC = re.compile(r"就(?P<topic>[^,，。;；]{2,60}?)对(?P<who>[^,，。;；]{1,40}?)进行(?:了)?(?:专访|采访)")


def _interview_topic(text: str, ev: Event) -> bool:
    """An act told as the topic of an interview (``A已就B出席峰会和出访之行对C进行采访``) read with the
    interviewer A as its actor or the interviewee C as its other side: those two only talk about it,
    the act itself is told elsewhere in the story."""
    if ev.trigger is None:
        return False
    start = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    for m in _INTERVIEW_TOPIC.finditer(text, start, ev.evidence.end + 60):
        if not m.start("topic") <= ev.trigger.start < m.end("topic"):
            continue
        if any(start <= x.span.start < m.start() for x in ev.source) or any(
            m.start("who") <= x.span.start < m.end("who") for x in ev.target
        ):
            return True
    return False


def _this_country_offices(ctx: _Context, events: list[Event]) -> None:
    """``越南驻乌兹别克斯坦大使X在塔什干向该国外交部长Y递交国书``: an office of ``该国`` (this country)
    is of the country named last before it in its sentence, when the person has no country yet."""
    text = ctx.text
    for ev in events:
        for m in ev.source + ev.target:
            if m.country is not None or m.kind != "person" or not m.offices or not m.offices[0].title.startswith("该国"):
                continue
            at = m.offices[0].span.start
            start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
            geos = [g for g in geo_in(text, start, at) if g[2].country and g[2].kind != "side"]
            if geos:
                m.country = geos[-1][2].country


# an office of a body above or beside a state (UN, ASEAN, a firm, a posting abroad): not a colleague's
_NOT_A_STATE_OFFICE = re.compile(r"联合国|东盟|欧盟|欧洲|非盟|组织|银行|公司|集团|大学|协会|基金|论坛|驻|教皇|教宗|国际")


def _listed_colleagues_country(ctx: _Context, events: list[Event]) -> None:
    """``A国国家主席X、政府总理Y和国会主席Z向…致贺电``: one side listing people of one country, the
    country written once before the first of them; a later one with only a bare national office
    (``政府总理``) and no country of his own is of that country too, whether his name is known or not."""
    text = ctx.text
    for ev in events:
        for side in (ev.source, ev.target):
            people = [m for m in side if m.kind == "person"]
            if len(people) < 2:
                continue
            homes = {m.country for m in people if m.country is not None}
            if len(homes) != 1:
                continue
            home = next(iter(homes))
            first = min((m for m in people if m.country == home), key=lambda m: m.span.start)
            for m in people:
                if m.country is not None or not m.offices or m.span.start < first.span.end:
                    continue
                title = m.offices[0].title
                if _NOT_A_STATE_OFFICE.search(title) or country_of_text(title)[0] is not None:
                    continue
                between = text[first.span.end : m.span.start]
                if len(between) > 80 or "。" in between or "\n" in between:
                    continue
                if any(g[2].country not in (None, home) for g in geo_in(text, first.span.end, m.span.start)):
                    continue  # another country named between them: a list of two sides
                m.country = home


def _crew_outing(text: str, ev: Event) -> bool:
    """``美国海军官兵走访了…中心``: a tour by a ship's crew or a unit's rank and file (the body is
    only their employer) is an outing during a port call, not a visit between two sides."""
    return (
        ev.mode == "visit"
        and len(ev.source) == 1
        and ev.source[0].span.end <= ev.trigger.start
        and bool(_CREW.match(text[ev.source[0].span.end : ev.trigger.start]))
    )


# "范平明和林玉辉共同主持新闻发布会": a joint press conference, not a meeting of its hosts
_PRESS_CONFERENCE = re.compile(r"\s*(?:了)?(?:联合|会后)?(?:新闻发布会|记者会|记者招待会|新闻吹风会)")


def _cochaired_press_conference(text: str, ev: Event) -> bool:
    """``A和B共同主持新闻发布会``: two hosts of a press conference (after a forum or talks) tell the
    press, they do not meet each other; like a joint press conference (共同出席记者会), no event."""
    return (
        ev.type == "CONSULT"
        and ev.mode == "meeting"
        and text[ev.trigger.start : ev.trigger.end] == "共同主持"
        and bool(_PRESS_CONFERENCE.match(text, ev.trigger.end))
    )


_ENVOY_RECEPTION = re.compile(r"(?:举行|举办)(?:了)?(?:隆重的)?(?:[^,，。;；]{0,24}?周年(?:庆祝|纪念)?)?招待(?:酒)?会")  # "举行…国庆76周年招待会"
_ANNIVERSARY_PAGE = re.compile(r"周年|国庆|庆祝")


def _envoy_receptions(text: str, title: str, events: list[Event]) -> None:
    """``同日,B驻越南大使在河内举行招待会,C出席``: an embassy's reception on a page about an
    anniversary is held to celebrate it even when its sentence does not say so (``庆祝…`` is in the
    title or the lead): SUPPORT, as the reception told with its purpose."""
    if not _ANNIVERSARY_PAGE.search(title):
        return
    for ev in events:
        if ev.type != "CONSULT" or ev.mode != "meeting" or not ev.source or not ev.target:
            continue
        if not _ENVOY_RECEPTION.search(text, ev.trigger.start, ev.evidence.end):
            continue
        if not any("大使" in m.name or "大使" in (m.title or "") for m in ev.source):
            continue
        ev.type, ev.cameo = "SUPPORT", "051"


def _retold_after_trip(text: str, twin: Event, ev: Event) -> bool:
    """The lead's sentence told again in the body, after the visit it belongs to (``应X的邀请,A于…对
    新西兰进行正式访问。`` then ``9月14日,…A与B共同主持…会议``): neither telling names a place, and the
    body's, read with the trip before it, lends the trip's destination where the lead lent the dateline."""
    return bool(
        text
        and twin.mode != "visit"
        and ev.location is not None
        and twin.location is not None
        and ev.location_country != twin.location_country
        and not _place_told_with(ev)
        and not _place_told_with(twin)
        and twin.evidence.start < ev.evidence.start
        and text[twin.evidence.start : twin.evidence.end] == text[ev.evidence.start : ev.evidence.end]
    )


def _place_told_with(ev: Event) -> bool:
    """The event's place is written in its own evidence (``在老挝华潘省举行``), not lent by the dateline."""
    sp = ev.location_span
    return sp is not None and ev.evidence.start <= sp.start < ev.evidence.end


# "*此前,大使X于7月25日…向该部门提供紧急救灾援助": an earlier gift told after the news
_EARLIER_TOLD = re.compile(r"\s*[*＊]?\s*(?:此前|早前|先前)")


def _earlier_gift(text: str, a: Event, b: Event) -> bool:
    """Two gifts by sides named apart, one told in a sentence opening with 此前 (before the news) and
    the other not: an earlier gift is no second telling of the one reported, even when neither has a year."""
    if not text or a.type != "AID" or b.type != "AID" or a.section != "main" or b.section != "main":
        return False
    if _overlap(_names(a.source), _names(b.source)) and _overlap(_names(a.target), _names(b.target)):
        return False  # the lead's "9月11日至14日,A接受了B提供的…" told again as "此前,9月11日至14日,…"
    return bool(_EARLIER_TOLD.match(text, a.evidence.start)) != bool(_EARLIER_TOLD.match(text, b.evidence.start))


# "义安省还向川圹省赠送了50吨大米": 还/也/另外 before the verb of its clause tells one more gift
_FURTHER_GIFT = re.compile(r"(?:还|也|另外|此外|另)[^,，。;；]{0,20}$")


def _further_gift(text: str, a: Event, b: Event) -> bool:
    """Two gifts told in two sentences of the main article, the later one told as one more
    (``A向B移交了…学校。A还向B赠送了50吨大米``) and only one of them with a sum: the sum is not the
    other gift's size, they are two gifts."""
    if not text or a.type != "AID" or b.type != "AID" or a.section != "main" or b.section != "main":
        return False
    if a.evidence.start == b.evidence.start or (a.amount is None) == (b.amount is None):
        return False
    later = a if a.evidence.start > b.evidence.start else b
    return later.trigger.start >= later.evidence.start and bool(
        _FURTHER_GIFT.search(text, later.evidence.start, later.trigger.start)
    )


def _merge(events: list[Event], text: str = "", sessions: str = "") -> list[Event]:
    """One fact told twice (title, lead, body; an amount repeated) is one event; ``sessions``: the
    text in which a numbered session co-chaired twice over is found to be one (main article)."""
    out: list[Event] = []
    visits = {
        e.time.value for e in events if e.type == "CONSULT" and e.mode == "visit" and e.time and e.time.value
    }
    for ev in events:
        twin = next(
            (
                o
                for o in out
                if (
                    _same_fact(o, ev)
                    and not _two_signings(text or sessions, o, ev)
                    and not _two_kinds_signed(text or sessions, o, ev)
                    and not _upgrade_and_document(text or sessions, o, ev)
                    and not _tour_within_trip(text or sessions, o, ev)
                    and not _earlier_gift(text or sessions, o, ev)
                    and not _further_gift(text or sessions, o, ev)
                )
                or _same_session(sessions, o, ev)
                or _same_document(text or sessions, o, ev)
            ),
            None,
        )
        if twin is None:
            out.append(ev)
            continue
        if _same_session(sessions, twin, ev) and ev.time and twin.time and "/" in (twin.time.value or "") and (
            ev.time.value and "/" not in ev.time.value
        ):  # "于8日至9日…访问,并同B共同主持X" and "9日上午,…共同主持X": the session's own day
            twin.time, twin.evidence, twin.trigger = ev.time, ev.evidence, ev.trigger
        told = text or sessions  # the main article's merge passes its text as ``sessions``
        forums = (twin.target, ev.target)
        if twin.type == "CONSULT" and ev.type == "SUPPORT" and twin.mode == ev.mode == "phone":
            # "A与B通电话" in the title, "A同B通电话,祝贺…" in the text: the call is the congratulation
            twin.type, twin.cameo = ev.type, ev.cameo
        if _screen_twins(twin, ev):  # the telling with the channel says how they met
            twin.mode = "video"
        asked = _asked_call(told, ev) and not _asked_call(told, twin)
        twin.planned = twin.planned or ev.planned  # "将于…访问" in the summary, "将…访问" in the title
        if twin.amount is None and ev.amount is not None:  # the title names the gift, the text its size
            twin.amount = ev.amount
        if _placed_reversal(twin, ev):  # "A会见B" in the title, "A在河内会见了B" in the text: B came
            twin.source, twin.target = ev.source, ev.target
        if _seated_reversal(told, twin, ev):  # "A会见B" (title), then "A在国会大厦会见了B"
            twin.source, twin.target = ev.source, ev.target
        if (twin.location is None and ev.location is not None) or (
            # "越南与老挝举行防务政策对话" (the dateline's 万象 lent to it), "…在老挝华潘省联合举行了…对话会":
            # a place told in the event's own sentence over one lent from elsewhere
            ev.location is not None
            and ev.location != twin.location
            and twin.mode != "visit"  # a visit is placed at its destination
            and _place_told_with(ev)
            and not _place_told_with(twin)
        ) or (
            # "A访越期间,双方签署…" then "抵达河内之后,…见证…签署": the city of the country told over
            # the country itself (a visit keeps its destination country: its legs are in other cities)
            twin.mode != "visit"
            and ev.location is not None
            and ev.location_country is not None
            and ev.location_country == twin.location_country
            and twin.location == _country_name(twin.location_country)
            and ev.location != twin.location
            and _place_told_with(ev)
        ) or _retold_after_trip(told, twin, ev):  # the title names no place, the text does
            twin.location, twin.location_span, twin.location_country = (
                ev.location,
                ev.location_span,
                ev.location_country,
            )
        if _two_session_days(twin, ev):
            # "5月20日下午,出席…峰会扩大会议" and "次日上午,继续出席…会议": one attendance, both days
            lo, hi = sorted([twin.time.start, ev.time.start])  # type: ignore[union-attr]
            twin.time = replace(twin.time, start=lo, end=hi)  # type: ignore[arg-type]
        elif _after_the_forum(twin, ev):  # the forum's own days over the day of the trip's end
            twin.time = ev.time
        elif _after_the_forum(ev, twin):
            pass
        elif _forum_day(ev, twin, visits) or (_better_time(ev, twin) and not _forum_day(twin, ev, visits)):
            twin.time = ev.time
            twin.evidence, twin.trigger = ev.evidence, ev.trigger
        if (
            (ev.section == "main" or ev.type in {"ACCUSE", "REQUEST"})  # a teaser's statement: its speaker
            and (_vaguer(twin.source, ev.source) or _vaguer(twin.target, ev.target))
            and not (_vaguer(ev.source, twin.source) or _vaguer(ev.target, twin.target))
            and not _welcomed_again(told, twin, ev)
        ):  # keep the people over their countries (and the sentence that names them)
            twin.source, twin.target = ev.source, ev.target
            twin.evidence, twin.trigger = ev.evidence, ev.trigger
        elif (
            ev.section == "main"
            and (twin.type, twin.mode) == (ev.type, ev.mode) == ("AGREE", "sign")
            and _vaguer(twin.source, ev.target)
            and _vaguer(twin.target, ev.source)
            and not (_vaguer(ev.source, twin.target) or _vaguer(ev.target, twin.source))
        ):  # "越老签署…贷款合同" in the title, "老挝政府代表同越南发展投资银行代表签署了…" in the text:
            # the signers named, the first of them the source of the joint signing, and where
            twin.source, twin.target = ev.source, ev.target
            twin.evidence, twin.trigger = ev.evidence, ev.trigger
            if ev.location is not None:
                twin.location, twin.location_span, twin.location_country = (
                    ev.location,
                    ev.location_span,
                    ev.location_country,
                )
        if (
            ev.section == "main"
            and twin.mode == ev.mode == "message"
            and not {norm_name(m.name) for m in ev.source} & {norm_name(m.name) for m in ev.target}
            and _names_more(ev.source, twin.source)
            and _names_more(ev.target, twin.target)
            and len(ev.source) + len(ev.target) > len(twin.source) + len(twin.target)
        ):
            # "A向C致贺电" in the title, "A和B就…向C致贺电" in the text: a message whose text names
            # every sender and addressee the title does and more, so its sides (and sentence) stand
            twin.source, twin.target = ev.source, ev.target
            twin.evidence, twin.trigger = ev.evidence, ev.trigger
        if (
            twin.mode == "phone"
            and all(m.kind == "person" for m in ev.source + ev.target)
            and _stands_for(twin, ev)
            and not _stands_for(ev, twin)
        ):  # "A同澳大利亚外交贸易部代理副部长通电话" in the title: the body names who, and who asked
            twin.source, twin.target = ev.source, ev.target
            twin.evidence, twin.trigger = ev.evidence, ev.trigger
        twin.source, twin.target = _fuller(twin.source, ev.source), _fuller(twin.target, ev.target)
        if told and ev.section == "main":
            head_end = told.find("\n")
            twin.source = _offices_from_text(twin.source, ev.source, head_end)
            twin.target = _offices_from_text(twin.target, ev.target, head_end)
        if twin.mode == "multilateral" and _bare_office_body(twin.source, ev.source) and all(
            m.kind == "person" for m in ev.source
        ):  # "国会主席出席…" in the title, "越南国会主席A…出席…" in the text: A attended
            twin.source = ev.source
        if twin.mode == "multilateral" and _fuller_forums(ev.target, twin.target):
            twin.target = ev.target  # "东盟—海湾…峰会" in the title, "首届东盟—海湾…(GCC)峰会" in the text
        # "东盟-中国外长特别会议" and "纪念东盟—中国建立对话关系30周年外长特别会议": the name with the
        # anniversary the forum marks, whichever telling came first
        for full, bare in (forums, forums[::-1]):
            if _jubilee_forum(full, bare):
                twin.target = full
        if not twin.target and ev.target:  # "A致信祝贺" in the title, "A致信祝贺B当选" in the summary
            twin.target = ev.target
        if (twin.type, twin.mode) == ("SUPPORT", "visit") and _names(twin.target) < _names(ev.target):
            twin.target = ev.target  # "出席X就职典礼" in the title, "出席X和Y的就职典礼" in the text
        if not twin.source and ev.source:
            twin.source = ev.source
        if asked:
            # "A与B通电话" over "应约,A同B通电话": the telling that says who asked sets the direction
            twin.source, twin.target = ev.source, ev.target
    return out


_TOUR_VERB = re.compile(r"参观|考察|视察|走访")


def _toured_body(text: str, e: Event) -> bool:
    """A visit told as a tour of a named body (``参观了河内国家大学``)."""
    return (
        e.mode == "visit"
        and bool(e.target)
        and all(m.kind == "organisation" for m in e.target)
        and _TOUR_VERB.match(text, e.trigger.start) is not None
    )


def _tour_within_trip(text: str, a: Event, b: Event) -> bool:
    """``X对越南进行正式访问`` and ``访问期间,X参观了河内国家大学``: the tour of a named body is a visit
    of its own, not the trip told again (the annotators code both, like a call at an embassy)."""
    return bool(text) and a.mode == b.mode == "visit" and _toured_body(text, a) != _toured_body(text, b)


# "A和B签署了《…联合声明》。两国总理还见证了…合作文件的交换": the leaders' own signing of a named
# document and the exchange of other documents they witness are two signings the same day
_OWN_SIGNING = re.compile(r"(?:共同)?(?:签署|签订)(?:了)?(?:《|[^,，。;；《]{0,20}?联合声明)")
_WITNESSED = re.compile(r"见证")


def _two_signings(text: str, a: Event, b: Event) -> bool:
    if not text or (a.type, a.mode) != ("AGREE", "sign") or (b.type, b.mode) != ("AGREE", "sign"):
        return False

    def own(e: Event) -> bool:
        return _OWN_SIGNING.match(text, e.trigger.start) is not None and not _WITNESSED.search(
            text, e.evidence.start, e.trigger.start
        )

    def witnessed(e: Event) -> bool:
        return _WITNESSED.search(text, e.evidence.start, e.trigger.end) is not None and not own(e)

    def people(e: Event) -> bool:
        return bool(e.source and e.target) and all(m.kind == "person" for m in e.source + e.target)

    return people(a) and people(b) and ((own(a) and witnessed(b)) or (own(b) and witnessed(a)))


# "签署了建立战略伙伴关系的联合声明", "签署了合作协议": the kind of document a signing's verb is followed by
_SIGNED_KIND_AFTER = re.compile(
    r"(?:了|了一份|了一项)?\s*[^,，。;；:：]{0,40}?(声明|协议|协定|合同|议定书|备忘录|条约)"
)
_SIGNED_KIND_GROUP = {"声明": "声明", "协议": "协议", "协定": "协议", "合同": "协议", "议定书": "协议", "备忘录": "备忘录", "条约": "条约"}


def _upgrade_and_document(text: str, a: Event, b: Event) -> bool:
    """``两国自2019年将双边关系提升为全面伙伴关系`` and, sentences later, ``…访问期间,双方通过了《…
    行动计划》``: relations raised and a document named in title marks, each in its own sentence of
    the article, are two agreements, not one told twice (neither needs a day for them to stay apart)."""
    if not text or a.section != "main" or b.section != "main" or a.type != "AGREE" or b.type != "AGREE":
        return False
    if a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end:
        return False
    said = [text[e.trigger.start : e.trigger.end] for e in (a, b)]
    raised = [bool(_RAISED.search(t)) for t in said]
    named = [("《" in t) for t in said]
    return (raised[0] and named[1] and not raised[1]) or (raised[1] and named[0] and not raised[0])


_RAISED = re.compile(r"提升|升格|升级")


def _two_kinds_signed(text: str, a: Event, b: Event) -> bool:
    """``2013年,两国签署了…的联合声明`` and, sentences later, ``A国国会与B国议会签署了合作协议``: two
    signings between the same countries, each told in its own sentence with a document of another
    kind (a statement, an agreement, a memorandum, a treaty) right after the verb, are two documents
    signed, not one signing told twice."""
    if not text or a.section != "main" or b.section != "main":
        return False
    if (a.type, a.mode) != ("AGREE", "sign") or (b.type, b.mode) != ("AGREE", "sign"):
        return False
    if a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end:
        return False  # one sentence: one signing of several documents at most
    kinds = []
    for e in (a, b):
        m = _SIGNED_KIND_AFTER.match(text, e.trigger.end, e.evidence.end)
        if m is None:
            return False
        kinds.append(_SIGNED_KIND_GROUP[m.group(1)])
    return kinds[0] != kinds[1]


_SESSION = re.compile(r"了?\s*([^,，。;；]{2,40}?第\s*[\d一二三四五六七八九十百零〇]{1,5}[届次][^,，。;；]{0,10})")
# "…会谈,并签署了友好合作备忘录(2025-2030)" and "X与Y签署了友好合作备忘录(2025-2030)": the document
# written after the signing verb, up to the clause's end
_SIGNED_DOCUMENT = re.compile(r"(?:了|了一份|了一项)?\s*([^,，。;；:：\s]{6,60})")


def _signed_document(text: str, e: Event) -> str | None:
    m = _SIGNED_DOCUMENT.match(text, e.trigger.end)
    if m is None:
        return None
    doc = re.sub(r"[《》“”\"]", "", m.group(1))
    return doc if len(doc) >= 6 else None


def _dayless(t: TimeValue | None) -> bool:
    return t is None or t.precision != "day"


def _same_document(text: str, a: Event, b: Event) -> bool:
    """One signing told twice in the main article, each time with the same document written out
    after the verb (``签署了友好合作备忘录(2025-2030)``): once by the people who signed, once by the
    bodies they stand for (``X市委员会与Y市政协签署了…``), or by ``双方``. The sides must come from
    the same countries (or be unnamed) and the days agree (or neither tells a day)."""
    if not text or a.section != "main" or b.section != "main":
        return False
    if (a.type, a.mode) != ("AGREE", "sign") or (b.type, b.mode) != ("AGREE", "sign"):
        return False
    doc_a, doc_b = _signed_document(text, a), _signed_document(text, b)
    if doc_a is None or doc_a != doc_b:
        return False
    # a year only (the document's own "2018年", a past year's results) tells no day of the signing
    if not _times_agree(a.time, b.time) and not (_dayless(a.time) and _dayless(b.time)):
        return False

    def countries(side: list[Mention]) -> set[str]:
        return {m.country for m in side if m.country}

    for x, y in ((a.source, b.source), (a.target, b.target)):
        cx, cy = countries(x), countries(y)
        if cx and cy and cx != cy:
            return False
    return True


def _fuller_forums(a: list[Mention], b: list[Mention]) -> bool:
    """``a`` names the same forums as ``b``, each written out more fully (ordinal, abbreviation)."""
    return bool(a) and len(a) == len(b) and all(
        x.span.label == "forum" and _same_group(x, y) and len(x.name) > len(y.name) for x, y in zip(a, b, strict=True)
    )


def _same_session(text: str, a: Event, b: Event) -> bool:
    """``A于…访问,并同B共同主持X第45次会议`` and ``1月9日上午,A与B共同主持X第45次会议``: one
    numbered session, co-chaired once, told in the visit's sentence and again with its day."""
    if not text or a.section != b.section or a.teaser != b.teaser or (a.type, a.mode) != (b.type, b.mode):
        return False
    if a.mode != "meeting" or not _times_overlap(a.time, b.time):
        return False
    names = []
    for e in (a, b):
        if "共同主持" not in text[e.trigger.start : e.trigger.end]:
            return False
        m = _SESSION.match(text, e.trigger.end, e.evidence.end)
        if m is None:
            return False
        names.append(m.group(1))
    return names[0] == names[1] and _overlap(_names(a.source + a.target), _names(b.source + b.target))


def _asked_call(text: str, ev: Event) -> bool:
    """A call whose sentence says it was made at someone's request (``应约``): its direction is known."""
    return ev.mode == "phone" and "应约" in text[ev.evidence.start : ev.trigger.start]


def _described_visits(ctx: _Context, events: list[Event]) -> list[Event]:
    """``同正对越南进行国事访问的美国总统拜登举行会谈``: a visit told to introduce the guest is the
    visit the article reports elsewhere, to the host that telling names; it stands as an event
    of its own only when no other sentence reports a visit by the same visitor at that time."""

    def described(e: Event) -> bool:
        return e.mode == "visit" and ctx.text.startswith("的", e.trigger.end)

    told = [e for e in events if e.type == "CONSULT" and e.mode == "visit" and not described(e)]
    for e in events:
        if e.type == "CONSULT" and described(e):
            met = next(
                (
                    o
                    for o in events
                    if o.type == "CONSULT"
                    and o.mode == "meeting"
                    and o.evidence == e.evidence
                    and o.trigger.end <= e.trigger.start
                ),
                None,
            )
            if met is not None and any(m.span.end <= met.trigger.start for m in e.source):
                # "A会见由X为首从…至…访越的…代表团": the one met came, not the host A before 会见
                guests = [m for m in e.source if m.span.start >= met.trigger.end] or [
                    m for m in met.source + met.target if m.span.start >= met.trigger.end
                ]
                if guests:
                    e.source = guests
            same = next(
                (o for o in told if _overlap(_names(o.source), _names(e.source)) and _times_overlap(o.time, e.time)),
                None,
            )
            if same is not None and not _WELCOMES.search(ctx.text, max(same.evidence.start, same.trigger.start - 30), same.trigger.start):
                # one visit: merging then keeps the fullest names (a host's welcome names no inviter)
                e.target = same.target
    return events


def _drop_handover_ceremonies(ctx: _Context, events: list[Event]) -> list[Event]:
    """``越南向古巴移交救灾物资,大使和部长出席交接仪式``: attending the handover is the gift told
    again, not a joint event of its own."""
    gifts = {e.time.value for e in events if e.type == "AID" and e.time is not None and e.time.value}
    return [
        e
        for e in events
        if not (
            e.type == "COOPERATE"
            and e.time is not None
            and e.time.value in gifts
            and re.search(r"(?:交接|移交|捐赠|赠送)仪式", ctx.text[e.trigger.start : e.trigger.end])
        )
    ]


# "越南最近已向老挝、柬埔寨、美国…等提供防疫物资": gifts made lately to many, summed up
_LATELY_GAVE = re.compile(r"(?:最近|近期|近来|此前|先前)(?:已|已经)向")


def _drop_undated_gift_roundups(text: str, events: list[Event]) -> list[Event]:
    """``越南最近已向老挝、柬埔寨、美国、日本、俄罗斯等提供防疫物资``: a roundup of gifts made lately
    to three or more sides, with no day, year or sum, is background the conventions leave out."""

    def roundup(ev: Event) -> bool:
        return (
            ev.type == "AID"
            and ev.amount is None
            and ev.time is None
            and len(ev.target) >= 3
            and _LATELY_GAVE.search(text, ev.evidence.start, ev.trigger.start) is not None
        )

    return [ev for ev in events if not roundup(ev)]


# "代表团前往老挝劳动部总部移交…捐款": the trip is made to hand something over, no visit of its own
_HANDOVER_TRIP = re.compile(r"前往[^,，。;；]{1,30}?(?:移交|转交|捐赠|赠送|递交)")
_VISIT_WORD = re.compile(r"访问|出访|到访|来访|访华|访越|访老|访柬")


def _drop_resident_envoy_handover_trips(text: str, events: list[Event]) -> list[Event]:
    """``由越南驻老挝大使A率领的代表团前往老挝劳动部总部移交…捐款``: an envoy posted to a country who
    goes to one of its offices to hand over a gift makes no visit to that country; the handover
    (AID) told by the same sentence is the event."""

    def posted_trip(ev: Event) -> bool:
        if ev.type != "CONSULT" or ev.mode != "visit" or not ev.source or not ev.target:
            return False
        sentence = text[ev.evidence.start : ev.evidence.end]
        if not _HANDOVER_TRIP.search(sentence) or _VISIT_WORD.search(sentence):
            return False
        if not all(m.kind == "country" for m in ev.target):
            return False
        return all(
            m.kind == "person" and all(any(f"驻{t.name}" in o.title for o in m.offices) for t in ev.target)
            for m in ev.source
        ) and any(o.type == "AID" and o.evidence.start == ev.evidence.start for o in events)

    return [ev for ev in events if not posted_trip(ev)]


def _drop_group_summaries(ctx: _Context, events: list[Event]) -> list[Event]:
    """``分别会见了广东省委领导`` followed by the meetings with each (``广东省委常委…袁古洁``): the
    summary names a body whose members the article then meets one by one; it is not a meeting
    of its own."""

    def members_met(ev: Event) -> bool:
        bodies = [m.name for m in ev.target if m.kind != "person"]
        return any(
            o is not ev
            and o.type == ev.type
            and o.mode == ev.mode
            and o.time is not None
            and ev.time is not None
            and o.time.value == ev.time.value
            and _overlap(_names(o.source), _names(ev.source))
            and any(
                m.kind == "person" and any(b in off.title for off in m.offices for b in bodies)
                for m in o.target
            )
            for o in events
        )

    def leaders_met(ev: Event) -> bool:
        """``分别会见了智利、新西兰…等经济体领导人``: each country's leader is met in a later
        event of the article, inside the summary's days."""
        for side, other in ((ev.source, ev.target), (ev.target, ev.source)):
            if not side or any(m.kind != "country" or not m.country for m in side):
                continue
            names = _names(other)
            met = {
                m.country
                for o in events
                if o is not ev and o.type == ev.type and o.mode == ev.mode and _within_days(o, ev)
                and (_overlap(_names(o.source), names) or _overlap(_names(o.target), names))
                for m in o.source + o.target
                if m.kind == "person"
            }
            if all(m.country in met for m in side):
                return True
        return False

    return [
        ev
        for ev in events
        if not (
            ev.mode == "meeting"
            and "分别" in ctx.text[ev.evidence.start : ev.trigger.start]
            and (
                (ev.target and all(m.kind != "person" for m in ev.target) and members_met(ev))
                or leaders_met(ev)
            )
        )
    ]


def _within_days(inner: Event, outer: Event) -> bool:
    """``inner`` happens on days that ``outer`` (a summary's range) covers."""
    if inner.time is None or outer.time is None or not inner.time.start or not outer.time.start:
        return False
    i_end = inner.time.end or inner.time.start
    o_end = outer.time.end or outer.time.start
    return outer.time.start <= inner.time.start and i_end <= o_end


def _drop_amount_twins(events: list[Event]) -> list[Event]:
    """``将向X赠送两台模拟器,并提供价值50万美元的资金``: two aid verbs of one gift read the same
    written amount; one gift is one event, the telling that names more sides (a pledge first)."""
    out: list[Event] = []
    for ev in events:
        twin = next(
            (
                o
                for o in out
                if ev.type == "AID"
                and o.type == "AID"
                and ev.amount is not None
                and o.amount is not None
                and o.amount.span == ev.amount.span
            ),
            None,
        )
        if twin is None:
            out.append(ev)
            continue
        if len(ev.source) + len(ev.target) > len(twin.source) + len(twin.target):
            twin.source, twin.target = ev.source, ev.target
        twin.mode = twin.mode or ev.mode
    return out


# "…提供约100万剂疫苗,并通过日本国际协力机构(JICA)向越南提供…": a second gift of the same
# announcement sent through an agency
_THROUGH_CHANNEL = re.compile(r"[,，]\s*(?:并|还|同时)?(?:将)?(?:通过|经由|经)[^,，。;；]{1,30}?向")


def _merge_channelled_aid(text: str, events: list[Event]) -> list[Event]:
    """``A宣布,日本将向越南提供100万剂疫苗,并通过JICA向越南提供价值8亿日元的设备``: one pledge by
    the one who announced it, the agency only its channel; the money figure is the amount kept."""
    out: list[Event] = []
    for ev in events:
        first = next(
            (
                o
                for o in out
                if ev.type == "AID"
                and o.type == "AID"
                and o.evidence == ev.evidence
                and o.trigger.end <= ev.trigger.start
                and _names(o.target) == _names(ev.target)
                and _THROUGH_CHANNEL.search(text, o.trigger.end, ev.trigger.end) is not None
                and all(o.trigger.end <= m.span.start for m in ev.source)
            ),
            None,
        )
        if first is None:
            out.append(ev)
            continue
        if ev.amount is not None and (first.amount is None or not _MONEY.fullmatch(first.amount.currency)):
            first.amount = ev.amount
        first.mode = first.mode or ev.mode
    return out


_MONEY = re.compile(r"[A-Z]{3}")


# "在950万美元的援助资金中,向X提供500万美元", "美国提供上述援助资金包括450万美元的医疗援助",
# "…提供18亿美元的援助资金,其中医疗领域援助资金超过7亿美元": a share of a sum told just before
_SHARE_OF_SUM = re.compile(
    r"(?:^\s*在[^,，。;；]{1,30}?中[,，]|上述[^,，。;；]{0,10}?包括|其中(?:包括)?)[^。;；!?！？]*$"
)


def _shares_of_sums(text: str, events: list[Event]) -> list[Event]:
    """A gift told as a share of a larger sum the article gives (``在950万美元的援助资金中,
    向X提供500万美元``; ``其中…7.06亿美元``) is a part of that gift, not a gift of its own."""
    gifts = [e for e in events if e.type == "AID" and e.amount is not None]

    def is_share(ev: Event) -> bool:
        amount = ev.amount
        if amount is None or amount.span.start < 0:
            return False
        start = _sentence_start(text, amount.span.start)
        if not _SHARE_OF_SUM.search(text[start : amount.span.start]):
            return False
        return any(
            g.amount is not None
            and g.section == ev.section
            and g.amount.currency == amount.currency
            and g.amount.value > amount.value
            and not _SHARE_OF_SUM.search(text[_sentence_start(text, g.amount.span.start) : g.amount.span.start])
            for g in gifts
        )

    return [ev for ev in events if not (ev.type == "AID" and is_share(ev))]


def _drop_totals(events: list[Event]) -> list[Event]:
    """``越南向古巴人民援助1.2万吨大米`` over handovers of 1万吨 and 2000吨: the headline's amount
    is the sum of two or more of the article's other gifts, not a gift of its own."""
    gifts = [e for e in events if e.type == "AID" and e.amount is not None]
    if not 3 <= len(gifts) <= 30:  # a total needs two parts; a list of hundreds is no article
        return events

    def is_total(ev: Event) -> bool:
        if ev.amount is None:
            return False
        value = ev.amount.value
        parts = [g.amount.value for g in gifts if g is not ev and g.amount.currency == ev.amount.currency]
        parts = [v for v in parts if v < value][:12]  # a handful at most: subsets stay few
        return any(
            abs(sum(combo) - value) <= 1e-6 * value
            for k in range(2, len(parts) + 1)
            for combo in combinations(parts, k)
        )

    return [ev for ev in events if not (ev.type == "AID" and is_total(ev))]


def _seated_reversal(text: str, twin: Event, ev: Event) -> bool:
    """A teaser's title (or the page's own title line) names the pair of a meeting host first, with
    no place; the summary (or the lead) holds the meeting at a seat of Viet Nam's leaders
    (``在国会大厦会见了``, ``在党中央总部``), which shows the guest came: the seated telling sets the
    direction. (A seat names no city, so the place-based reversal of a title does not see it.)"""
    if twin.mode not in {"meeting", "talks"} or twin.location is not None:
        return False
    if twin.section != "related" and not (twin.section == ev.section == "main" and twin.evidence.start == 0):
        return False
    if ev.evidence.start <= twin.evidence.start or not text:
        return False
    if _VN_SEAT.search(text, twin.evidence.start, twin.trigger.start):
        return False
    if not _VN_SEAT.search(text, ev.evidence.start, ev.trigger.start):
        return False
    return bool(twin.source and twin.target) and (_names(twin.source), _names(twin.target)) == (
        _names(ev.target),
        _names(ev.source),
    )


# "范明政欢迎克瓦对越南进行访问": the host who welcomes a visit already told
_WELCOMES = re.compile(r"欢迎[^,，。;；]{0,30}$")


def _welcomed_again(text: str, twin: Event, ev: Event) -> bool:
    """``会见了正对越南进行工作访问的X`` (to the country), then ``A欢迎X对越南进行访问`` in the talks:
    the host's welcome tells the same visit again and does not make him its target in place of the
    country visited (no one is said to have invited X)."""
    return (
        bool(text)
        and (twin.type, twin.mode) == (ev.type, ev.mode) == ("CONSULT", "visit")
        and bool(twin.target)
        and all(m.kind == "country" for m in twin.target)
        and twin.trigger is not None
        and ev.trigger is not None
        and _WELCOMES.search(text, max(ev.evidence.start, ev.trigger.start - 30), ev.trigger.start) is not None
        and _WELCOMES.search(text, max(twin.evidence.start, twin.trigger.start - 30), twin.trigger.start) is None
    )


def _placed_reversal(twin: Event, ev: Event) -> bool:
    """The same meeting told in the title (which names no place and keeps the host first) and then
    with its place, which shows the other side is the visitor: the placed telling sets the direction."""
    if twin.evidence.start > 0 or ev.location is None or twin.mode not in {"meeting", "talks"}:
        return False  # only a title (the page's first line) yields to the placed telling
    # the title may give a short form of a name the text gives in full (迪奥普, 马克塔尔·迪奥普)
    return bool(twin.source and twin.target) and _same_people(twin.source, ev.target) and _same_people(twin.target, ev.source)


def _same_people(a: list[Mention], b: list[Mention]) -> bool:
    """The same people, each named in full or by a short form of the name (one inside the other)."""
    return len(a) == len(b) and all(_overlap({norm_name(m.name)}, _names(b)) for m in a) and all(
        _overlap({norm_name(m.name)}, _names(a)) for m in b
    )


def _better_time(ev: Event, twin: Event) -> bool:
    """Which telling dates the fact best: a day written in its own sentence beats a borrowed
    one, and a range (``3月5日至6日``) beats one day of it (``3月4日晚抵达…开始出席``)."""
    if ev.time is None or ev.time.value is None:
        return False
    if twin.time is None or twin.time.value is None:
        return True
    if _own_day(ev) != _own_day(twin):
        return _own_day(ev)
    return "/" in ev.time.value and "/" not in twin.time.value


def _two_session_days(a: Event, b: Event) -> bool:
    """Two attendances of one forum, each on a day of its own (the sessions of a summit)."""
    if a.mode != "multilateral" or b.mode != "multilateral" or a.time is None or b.time is None:
        return False
    days = [a.time.value, b.time.value]
    return all(d is not None and "/" not in d for d in days) and days[0] != days[1]


def _after_the_forum(day: Event, forum: Event) -> bool:
    """One attendance told with the forum's own days (``第四届世界议长大会``, its row in
    recurring_meetings.tsv) and with a later day (``9月11日上午,…抵达河内,圆满结束…出席…大会之行``):
    the later day is the trip's end, the forum's days are when it was attended."""
    d, f = day.time, forum.time
    return (
        day.mode == forum.mode == "multilateral"
        and d is not None
        and f is not None
        and f.kind == "meeting"
        and f.end is not None
        and d.start is not None
        and d.start > f.end
    )


def _forum_day(day: Event, ranged: Event, visits: set[str]) -> bool:
    """``于13日至16日对秘鲁进行正式访问,并出席…会议`` and ``次日上午,出席…会议``: the range
    is the visit's, lent to the meeting attended (or co-chaired) after it; the day told for the
    meeting wins."""
    if day.mode not in {"multilateral", "meeting"} or day.time is None or ranged.time is None:
        return False  # a forum attended, or a meeting co-chaired (共同主持…委员会第十八次会议)
    d, r = day.time, ranged.time
    return (
        r.value in visits
        and d.value is not None
        and "/" not in d.value
        and d.start is not None
        and r.start is not None
        and r.start <= d.start <= (r.end or r.start)
    )


def _one_of_several_forums(a: Event, b: Event) -> bool:
    """``出席A和B`` (the title, the trip's days) and ``7月14日上午,出席B``: the one forum attended on a
    day of its own is an attendance of its own, not the list told again."""
    sizes = sorted([len(a.target), len(b.target)])
    return (
        sizes[0] == 1
        and sizes[1] > 1
        and a.time is not None
        and b.time is not None
        and bool(a.time.value and b.time.value)
        and a.time.value != b.time.value
    )


def _screen_twins(a: Event, b: Event) -> bool:
    """``A会见B`` in the title, ``A以视频方式会见B`` in the text: the same two people, one meeting
    told once plainly and once with its channel."""
    return (
        a.section == b.section == "main"
        and a.type == b.type == "CONSULT"
        and {a.mode, b.mode} == {"meeting", "video"}
        and len(_names(a.source + a.target)) >= 2
        and _names(a.source + a.target) == _names(b.source + b.target)
        and _times_agree(a.time, b.time)
    )


def _same_fact(a: Event, b: Event) -> bool:
    if _screen_twins(a, b):
        return True
    if a.section != b.section or a.teaser != b.teaser or a.mode != b.mode:
        return False
    # "A与B通电话表示祝贺" (SUPPORT) in the title and "A在与B通电话时…" (CONSULT) in the text: one call
    if a.type != b.type and not (a.mode == "phone" and {a.type, b.type} == {"SUPPORT", "CONSULT"}):
        return False
    if (a.cameo == _HOSTING) != (b.cameo == _HOSTING):
        return False  # the host's banquet for a guest is not the guest's meeting with the host
    if a.type == "ACCUSE" and a.cameo != b.cameo:
        return False  # a spokesperson's protest (111) and an envoy summoned to hear it (114): two acts
    if a.mode == "visit" and _embassy_call(a) != _embassy_call(b):
        return False  # "访问俄罗斯" and "代表团造访越南驻俄罗斯大使馆": the call at the embassy is its own visit
    if a.amount is not None and b.amount is not None and a.amount.value != b.amount.value:
        return False
    if (
        a.mode == "multilateral"
        and a.target
        and b.target
        and _overlap(_forum_keys(a.target), _forum_keys(b.target))
        and (
            _overlap(_names(a.source), _names(b.source))
            or _bare_office_body(a.source, b.source)
            # (in the main article: a teaser's title and summary are paired by the teaser rules)
            or (a.section == "main" and _country_of_attendees(a.source, b.source) and _times_overlap(a.time, b.time))
        )
        and not _one_of_several_forums(a, b)
    ):
        return True  # "抵达…开始出席X" and "在…出席了X": one attendance
    if (
        a.type == "AID"
        and a.source
        and a.target
        and b.source
        and b.target
        and _overlap(_names(a.source), _names(b.target))
        and _overlap(_names(a.target), _names(b.source))
        and not _overlap(_names(a.source), _names(b.source))
    ):
        return False  # "越南向日本捐赠口罩。日本向越南捐赠疫苗": a gift and one given back, two gifts
    everyone_a, everyone_b = _names(a.source + a.target), _names(b.source + b.target)
    if a.mode == "message" and a.evidence == b.evidence and everyone_a == everyone_b:
        return True  # "A向B致新春贺信;C也向D致贺信": one sentence of letters is one message event
    if (
        len(everyone_a) >= 2
        and len(everyone_b) >= 2
        # "对老挝进行工作访问,同时应B邀请…对泰国进行正式访问": two legs of one trip, not one visit
        and not (a.mode == "visit" and a.location_country and b.location_country and a.location_country != b.location_country)
        and (
            (
                all(_overlap({x}, everyone_b) for x in everyone_a)
                and all(_overlap_within_country([x], b.source + b.target) for x in a.source + a.target)
            )
            or (a.mode == "phone" and (_stands_for(a, b) or _stands_for(b, a)))
        )
        and (
            _times_agree(a.time, b.time)
            or (a.section == "main" and _own_day(a) != _own_day(b) and not _own_times_apart(a, b))
        )
    ):
        # the same two people, told once from each side (lead and body), or listed once
        # (``分别会见了A、B和C``) and told again with the day (``15日下午,…同A举行会见``)
        return True
    if a.amount is not None and b.amount is not None and a.amount.value != b.amount.value:
        return False
    src = (
        _overlap(_names(a.source), _names(b.source))
        or not a.source
        or not b.source
        # a spokesperson's statement, headline and body alike; but two sides' words against the
        # same third ("美国国防部谴责中国…", "越南外交部…反对") are two statements
        or (a.type in {"ACCUSE", "REQUEST"} and not _other_countries(a.source, b.source))
        or (a.section == "main" and _country_of(a.source, b.source))
        or (a.section == "main" and a.type == "AID" and _body_of(a.source, b.source))
        or (a.section == "main" and _office_body_of(a.source, b.source))
        or (a.section == "main" and a.mode == "message" and _countries_within(a.source, b.source))
    )  # a spokesperson's statement, headline and body alike
    tgt = (
        _overlap_within_country(a.target, b.target)
        or not a.target
        or not b.target
        or (a.section == "main" and _country_of(a.target, b.target))
        or (a.section == "main" and a.type == "AID" and _body_of(a.target, b.target))
        or (a.type in {"ACCUSE", "REQUEST"} and _one_side(a.target, b.target))
        or (a.section == "main" and a.mode == "visit" and _place_of_country(a.target, b.target))
        or (a.section == "main" and a.mode == "visit" and _government_of(a.target, b.target))
        or (a.section == "main" and a.mode == "visit" and _head_of_place(a.target, b.target))
        # "A与正在访问的B举行了会谈" and then "A的机构与B的代表团举行会谈,将为…": the body (or the
        # place it is read as) whose office-holder the first telling names is the same side of the
        # same talks
        or (
            a.section == "main"
            and a.mode in {"talks", "meeting"}
            and (_office_body_of(a.target, b.target) or _head_of_place(a.target, b.target))
        )
    )
    if not (src and tgt):
        return False
    if a.mode == "visit" and a.location_country and b.location_country and a.location_country != b.location_country:
        return False  # "先后对匈牙利和罗马尼亚进行正式访问": two legs of one trip, one day apart
    if a.mode == "visit" and all(m.kind in {"person", "country", "organisation"} for m in a.target + b.target):
        return _times_overlap(a.time, b.time)  # "正对越南进行正式访问的X", a day of X's state visit
    return _times_agree(a.time, b.time)


# "看望了大使馆全体工作人员": the embassy not named again, the one the sentence went to
# "前往大使馆吊唁": the embassy not named again, gone to for a condolence visit
_BARE_EMBASSY_GONE = re.compile(r"(?:前往|前来|来到|到|赴)(?:该|这个)?(?:大使馆|使馆)")
# ",与大使馆干部、工作人员…举行亲切交谈": the staff of the embassy the sentence named before, met
_BARE_EMBASSY_STAFF_WITH = re.compile(r"[,，、]\s*(?:并|还|又)?[与同跟](?:大使馆|使馆|总领事馆)(?:的)?(?:全体)?(?:干部|工作人员|员工|人员)")


def _embassy_of_staff_met(ctx: _Context, hit: _Hit, prev: int, partners: list[Mention]) -> list[Mention]:
    """``走访越南驻甲国大使馆,与大使馆干部和旅居甲国越南人代表举行亲切交谈``: the staff met are the
    embassy's the sentence just named; the countries inside the community's name (旅居甲国越南人) are
    no side met. Returns that embassy, or nothing."""
    if any(m.kind != "country" for m in partners):
        return []
    if _BARE_EMBASSY_STAFF_WITH.match(ctx.text, prev) is None:
        return []
    return [
        m for m in ctx.participants(hit.sentence.start, prev)
        if m.kind == "organisation" and _EMBASSY_NAME.search(m.name)
    ][-1:]


_BARE_EMBASSY_CALL = re.compile(r"看望(?:了)?(?:大使馆|使馆)(?:的)?(?:全体)?(?:工作人员|干部|员工)")
_EMBASSY_NAME = re.compile(r"驻[^,，。;；]{1,16}?(?:大使馆|总领事馆|领事馆|使馆|大使(?:官邸|私宅|寓所|府邸))$")


def _embassy_call(ev: Event) -> bool:
    """A visit whose visited side is an embassy or consulate (``造访越南驻俄罗斯大使馆``)."""
    return any(_EMBASSY_NAME.search(m.name) for m in ev.target)


_NUMBERED = re.compile(r"第\s*[\d一二三四五六七八九十百零〇]{1,5}[届次].*")


def _forum_keys(side: list[Mention]) -> set[str]:
    """Forum names, each also by its numbered part: ``亚太经合组织(APEC)第三十一次领导人非正式
    会议`` and ``APEC第三十一次领导人非正式会议`` name one meeting."""
    keys = _names(side)
    for m in side:
        plain = re.sub(r"[(（][^)）]*[)）]", "", m.name)
        if plain != m.name and len(plain) >= 4:  # "七国集团(G7)峰会" and "七国集团峰会": one forum
            keys.add(norm_name(plain))
            keys.add(norm_name(re.sub(r"[(（)）]", "", m.name)))  # "…大会(COP28)…峰会" and "COP28…峰会"
        # "G7峰会" and "七国集团峰会": a body's alias (organisations.tsv) opening the name, its full name
        keys.update(_alias_expansions(_FORUM_DRESS.sub("", plain)))
        jubilee = _JUBILEE_INFIX.sub("", plain)
        if jubilee != plain and len(jubilee) >= 6:  # "东盟-美国建交45周年特别峰会" and "东盟-美国特别峰会": one forum
            keys.add(norm_name(jubilee))
        if "东南亚国家联盟" in plain:  # "第31届东南亚国家联盟(ASEAN)峰会" and "第31届东盟峰会": one forum
            plain = plain.replace("东南亚国家联盟", "东盟")
            keys.add(norm_name(plain))
        numbered = _NUMBERED.search(plain)
        if numbered and len(numbered.group()) >= 6:
            keys.add(norm_name(numbered.group()))
    return keys


def _jubilee_forum(full: list[Mention], bare: list[Mention]) -> bool:
    """One forum named with the anniversary it marks (``full``) and without it (``bare``)."""
    if len(full) != 1 or len(bare) != 1:
        return False
    long_, short = full[0], bare[0]
    return (
        len(long_.name) > len(short.name)
        and _JUBILEE_INFIX.search(long_.name) is not None
        and _JUBILEE_INFIX.search(short.name) is None
        and _overlap(_forum_keys([long_]), _names([short]))
    )


# the anniversary a summit is held for, written inside its name (东盟-美国建交45周年特别峰会)
_JUBILEE_INFIX = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:建交|建立(?:外交|对话|伙伴)?关系|对话关系)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})周年(?!纪念)"
)


@lru_cache(maxsize=4096)
def _alias_expansions(bare: str) -> tuple[str, ...]:
    """``G7峰会`` -> ``七国集团峰会``: each alias of a body (organisations.tsv) that opens the name,
    with more after it, replaced by the body's full name (looked up prefix by prefix, not by a
    scan of the whole table: forum names are compared pairwise on every page)."""
    names = _body_names()
    out = []
    for n in range(2, len(bare)):
        full = names.get(bare[:n])
        if full is not None and full != bare[:n]:
            out.append(norm_name(full + bare[n:]))
    return tuple(out)


def _stands_for(a: Event, b: Event, unplaced: bool = False) -> bool:
    """Each side of ``a`` is named in ``b`` or is a body of the country of a person ``b`` names
    and ``a`` does not: ``A同澳大利亚外交贸易部代理副部长通电话`` in a title, the body naming
    the deputy minister (``…代理副部长贾斯汀·海赫斯特``) tells the same call. With ``unplaced``,
    a person of no known country named without an office stands for a country side too
    (``A与莫桑比克总理举行会谈`` in a title, ``A在马普托与X举行了会谈`` in the body)."""
    names_b = _names(b.source + b.target)
    people_b = [m for m in b.source + b.target if m.kind == "person"]
    named_a = _names(a.source + a.target)
    for m in a.source + a.target:
        if _overlap({norm_name(m.name)}, names_b):
            continue
        if (
            unplaced
            and m.kind == "organisation"
            and not m.country
            and any(
                not _overlap({norm_name(p.name)}, named_a)
                and (p.country is None or p.country not in {x.country for x in a.source + a.target if x.country})
                for p in people_b
            )
        ):
            # "A会见甲国领先的电子公司总经理" in a title, "A会见了…集团总经理X" in the body: a
            # firm of no known country, named by what it does, stands for the person the body names
            # on the other side from A's
            continue
        if m.kind == "person" or not m.country:
            return False
        if not any(
            (p.country == m.country or (unplaced and m.kind == "country" and p.country is None and not p.offices))
            and not _overlap({norm_name(p.name)}, named_a)
            for p in people_b
        ):
            return False
    return True


def _head_of_place(a: list[Mention], b: list[Mention]) -> bool:
    """``访问了德国黑森州`` and ``黑森州州长X举行仪式,欢迎…来访``: one side names the state or city
    visited, the other its head, whose office opens on that place; one trip told twice."""
    for x, y in ((a, b), (b, a)):
        if (
            len(x) == 1
            and x[0].kind in {"place", "organisation"}
            and len(x[0].name) >= 2
            and y
            and all(m.kind == "person" and any(x[0].name in o.title for o in m.offices) for m in y)
        ):
            return True
    return False


def _place_of_country(a: list[Mention], b: list[Mention]) -> bool:
    """``正在越南进行工作访问的X`` in the lead and ``正在胡志明市进行工作访问的X`` in the body: one
    side names the country, the other a city or province of it; one trip told twice."""
    for x, y in ((a, b), (b, a)):
        if (
            len(x) == 1
            and len(y) == 1
            and x[0].kind == "country"
            and y[0].kind == "place"
            and x[0].country
            and x[0].country == y[0].country
        ):
            return True
    return False


def _same_countries(a: list[Mention], b: list[Mention]) -> bool:
    """Both sides name only countries, and the same ones (``日本`` and ``日方``)."""
    return (
        bool(a)
        and bool(b)
        and all(m.kind == "country" and m.country for m in a + b)
        and {m.country for m in a} == {m.country for m in b}
    )


# "应土耳其政府邀请" and "应土耳其副总统耶尔马兹的邀请": the government invites through its people
_GOVERNMENT = re.compile(r"(?:政府|国家)$")


def _government_of(a: list[Mention], b: list[Mention]) -> bool:
    """One side is a country's government (``土耳其政府``), the other that country's people: one
    visit told with the inviter named two ways."""
    for x, y in ((a, b), (b, a)):
        if (
            len(x) == 1
            and x[0].kind == "organisation"
            and x[0].country
            and _GOVERNMENT.search(x[0].name)
            and y
            and all(m.kind == "person" and m.country == x[0].country for m in y)
        ):
            return True
    return False


def _countries_within(a: list[Mention], b: list[Mention]) -> bool:
    """``老挝、中华人民共和国、柬埔寨王国的领导人…发来贺电`` and then ``中国领导人在贺电中…``: the
    countries of one side are among those of the other, however each is written (中国, 中华人民共和国)."""
    def codes(side: list[Mention]) -> set[str] | None:
        if not side or not all(m.kind == "country" and m.country for m in side):
            return None
        return {m.country for m in side if m.country}

    ca, cb = codes(a), codes(b)
    return ca is not None and cb is not None and (ca <= cb or cb <= ca)


def _country_of(a: list[Mention], b: list[Mention]) -> bool:
    """One side names only the country of the other's people: ``越南领导人…向英国领导人致唁电``
    and ``阮春福向查尔斯三世致唁电`` tell one fact, the second more exactly; so does a visit ``对越南``
    and the same visit told with its inviter, ``应越南共产党中央委员会的邀请…``."""
    for x, y in ((a, b), (b, a)):
        if (
            x
            # "欢迎越南政府总理一行访问": a government read for its head, who is named elsewhere
            and all((m.kind == "country" or (m.kind == "organisation" and m.name.endswith("政府"))) and m.country for m in x)
            and y
            and all(m.kind in {"person", "organisation"} for m in y)
            and {m.country for m in x} == {m.country for m in y}
            # "韩国政府…提供100万美元" and "大韩航空公司…提供…被子": a company gives on its own, the
            # government does not stand for it (the country named bare still sums both up)
            and not (any(m.kind == "organisation" for m in x) and any(m.sector == "BUS" for m in y))
        ):
            return True
    return False


def _said_part(text: str, hit: _Hit) -> int:
    """``越南坚决反对X在黄沙群岛海域…的行为,要求中方…``: a demand after a comma is placed by its own
    words only, not by the place of the act protested before it."""
    commas = [m.end() for m in re.finditer(r"[,，]", text[hit.clause.start : hit.span.start])]
    return hit.clause.start + commas[-1] if commas and hit.trigger.type == "REQUEST" else hit.clause.start


def _one_side(a: list[Mention], b: list[Mention]) -> bool:
    """``坚决反对中国…`` and ``坚决反对中方…`` in one statement: the country and its side word, one side."""
    countries = {m.country for m in a + b}
    return bool(a) and bool(b) and len(countries) == 1 and None not in countries and all(
        m.kind == "country" for m in a + b
    )


def _country_of_attendees(a: list[Mention], b: list[Mention]) -> bool:
    """``值此越南总理对加拿大进行访问并出席…峰会之际`` (the country read as the attendee) and ``越南
    总理A…出席…峰会`` told again: one side is the country alone, the other its own people."""
    for x, y in ((a, b), (b, a)):
        if (
            len(x) == 1
            and x[0].kind == "country"
            and x[0].country
            and y
            and all(m.kind == "person" and m.country == x[0].country for m in y)
        ):
            return True
    return False


def _bare_office_body(a: list[Mention], b: list[Mention]) -> bool:
    """``国会主席出席…大会`` in a title (the body of an office, read as the attendee: 国会, 越南国会)
    and ``越南国会主席A…出席…大会`` in the text: one side is the body whose office the other holds."""
    for x, y in ((a, b), (b, a)):
        if (
            len(x) == 1
            and x[0].kind == "organisation"
            and (x[0].country is None or x[0].country in {p.country for p in y})
            and y
            and all(m.kind == "person" for m in y)
            and any(x[0].name in o.title for p in y for o in p.offices)
        ):
            return True
    return False


def _office_body_of(a: list[Mention], b: list[Mention]) -> bool:
    """One side names only the bodies whose office-holders the other names: ``老挝人民革命党中央
    委员会总书记致电祝贺…`` in the title (the office, no name: its body read as the sender) and
    ``老挝人民革命党中央委员会总书记A已致电祝贺…`` in the text tell one message, A's."""
    for x, y in ((a, b), (b, a)):
        if (
            x
            and y
            and all(m.kind == "organisation" for m in x)
            and all(m.kind == "person" for m in y)
            and all(
                any(o.title.startswith(m.name) for p in y for o in p.offices) and m.country in {p.country for p in y}
                for m in x
            )
        ):
            return True
    return False


def _body_of(a: list[Mention], b: list[Mention]) -> bool:
    """One side of a gift names a body (``越南人民海军``) and the other the people who stood for it at
    the handover (its commander): the title's ``印度海军向越南人民海军移交…`` is the body's gift."""
    for x, y in ((a, b), (b, a)):
        if (
            x
            and all(m.kind in {"organisation", "country"} and m.country for m in x)
            and y
            and all(m.kind == "person" for m in y)
            and {m.country for m in x} == {m.country for m in y}
        ):
            return True
    return False


def _vaguer(side: list[Mention], other: list[Mention]) -> bool:
    """``side`` is empty or names only the country (or, for a gift, the body) of ``other``'s people."""
    return bool(other) and (
        not side
        or (_country_of(side, other) and side[0].kind == "country")
        or (_body_of(side, other) and all(m.kind != "person" for m in side))
        # "欧洲理事会主席访越" in the title: the office's body, whose holder the text names
        or (_office_body_of(side, other) and all(m.kind == "organisation" for m in side))
        or (
            all(m.kind not in {"person", "country"} and m.country for m in side)
            and all(m.kind == "person" for m in other)
            and {m.country for m in side} == {m.country for m in other}
        )
        # "访问中国云南省" in the title, "应中国云南省委的邀请…对云南省进行工作访问" in the text: the
        # province is vaguer than its body that invited
        or (
            all(m.kind == "place" for m in side)
            and all(m.kind == "organisation" and any(m.name.startswith(p.name) for p in side) for m in other)
        )
    )


def _times_overlap(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None or not a.start or not b.start:
        return True
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _times_agree(a: TimeValue | None, b: TimeValue | None) -> bool:
    """Unknown agrees with anything; two known times agree when they overlap (the same day,
    or a month or range holding the other)."""
    if a is not None and b is not None and a.start and b.start and a.value and b.value:
        return a.value == b.value
    return _times_overlap(a, b)


_REMOTE_MODES = {"video", "phone"}  # a meeting told more exactly: held by video link or by phone


def _meeting_told_apart(events: list[Event], best: Event, other: Event) -> bool:
    """A headline meeting whose summary tells the visit it sits in and then the meeting itself:
    the visit (its range, its inviter) is not pooled into the meeting."""
    return (
        best.mode in {"meeting", "talks"}
        and other.mode == "visit"
        and any(
            o is not best and o is not other and o.type == best.type and o.mode == best.mode and _own_day(o)
            for o in events
        )
    )


# "出席了…论坛年会,在论坛框架内会见…", "出席峰会期间/间隙会见…": a meeting held inside the forum attended
_INSIDE_FORUM = re.compile(r"(?:框架内|间隙|期间|之际)[^。;；]{0,6}$")


def _framed_by_attendance(text: str, ev: Event, lead: list[Event]) -> bool:
    """A teaser's meeting told after the attendance of a forum, inside its frame (``在论坛框架内``,
    ``会议间隙``): the attendance told first is the headline, not the meeting within it."""
    if ev.mode not in {"meeting", "talks"} or ev.trigger is None:
        return False
    return any(
        o.mode == "multilateral" and o.trigger is not None and o.trigger.end <= ev.trigger.start
        and _INSIDE_FORUM.search(text, o.trigger.end, ev.trigger.start) is not None
        for o in lead
    )


def _other_people(best: Event, other: Event) -> bool:
    """A headline that names a person on each side, and a summary event whose people are all others
    (``范明政会见通沙立`` and ``不久前苏林对老挝进行了国事访问``): two facts, not one told twice."""
    people = [m for m in best.source + best.target if m.kind == "person"]
    theirs = [m for m in other.source + other.target if m.kind == "person"]
    return (
        any(m.kind == "person" for m in best.source)
        and any(m.kind == "person" for m in best.target)
        and bool(theirs)
        and not _overlap(_names(people), _names(theirs))
    )


def _headline(
    events: list[Event],
    title: Span | None = None,
    titled: frozenset[int] = frozenset(),
    title_modes: frozenset[str | None] = frozenset(),
    text: str = "",
) -> Event | None:
    """A teaser reports one event: the title's, else the summary's of highest priority. ``titled``:
    the ids of events told in the title before merging (a title event merged with the summary's
    telling may carry the summary's sentence as its evidence). ``title_modes``: the modes of the
    title's triggers, kept even where the title's event names nobody (``越日两国总理举行会谈``
    over a summary that tells the welcome to the visit first and then the talks)."""
    if not events:
        return None
    order = {t: i for i, t in enumerate(_PARTY_TYPES)}
    in_title = [
        e
        for e in events
        if id(e) in titled or (title is not None and title.start <= e.evidence.start < title.end)
    ]
    # The summary's first news, a co-hosted side event only when nothing else is reported.
    salient = [e for e in events if e.type != "COOPERATE"] or events
    first_sentence = min(e.evidence.start for e in salient)
    lead = [e for e in salient if e.evidence.start == first_sentence]
    if text:  # "X出席了…论坛年会,在论坛框架内会见…": the attendance is the news, the meetings sit in it
        lead = [e for e in lead if not _framed_by_attendance(text, e, lead)] or lead
    told_in_title = [e for e in salient if e.mode is not None and e.mode in title_modes]
    best = min(
        in_title or told_in_title or lead,
        key=lambda e: (
            order.get(e.type, 9) if not (e.type == "AID" and e.amount is None) else 5,
            -e.priority,
            e.evidence.start,
        ),
    )
    for other in events:  # the title and the summary tell the same headline: pool what they say
        if other is best or other.type != best.type:
            continue
        if (other.mode == "multilateral") != (best.mode == "multilateral"):
            continue  # "开始对秘鲁进行正式访问并出席APEC…会议": the forum is no side of the visit
        if _meeting_told_apart(events, best, other):
            continue  # "X于8月9日至10日访问越南。8月9日下午,A会见了X": the meeting's own telling, not the visit's
        if _other_people(best, other):
            continue  # "A会见B" in the title, "A表示,不久前C对B国进行了国事访问" in its summary: C's visit is another fact
        if (
            _overlap(_names(other.source), _names(best.target))
            and not _overlap(_names(other.source), _names(best.source))
        ) or (
            # "梁强会见新加坡大使" over "会见前来辞行拜会的大使X": the summary tells who called on whom
            _overlap(_names(other.target), _names(best.source))
            and not _overlap(_names(other.target), _names(best.target))
            and not _overlap(_names(other.source), _names(best.source))
        ):
            # The summary says who visited whom where; the headline only names the pair.
            best.source, best.target = best.target, best.source
        if (
            best.mode == "meeting"
            and other.mode in _REMOTE_MODES
            and _overlap(_names(best.source + best.target), _names(other.source + other.target))
        ):
            best.mode = other.mode  # "会见" in a title, "举行视频会谈" in its summary: the summary's telling is exact
        best.source = _people_first(_union(best.source, other.source))
        if _one_forum_each(best, other):
            # "将出席2025年夏季达沃斯论坛" over "出席…世界经济论坛第十六届新领军者年会": one attendance,
            # one forum, named as the summary names it
            if other.evidence.start > best.evidence.start:
                best.target = other.target
        elif not (best.mode == "multilateral" and other.mode == "visit" and best.target):
            # "将出席…会议" in a title, "对泰国进行正式访问,并出席…" in its summary: the forum is attended,
            # the visit's host is not a side of it
            best.target = _people_first(_union(best.target, other.target))
        best.source, best.target = _named_sides(best.source), _named_sides(best.target)
        _one_side_each(best)
        if not _own_day(best) and _own_day(other):
            best.time = other.time
        if best.amount is None and other.amount is not None:  # the summary gives the sum
            best.amount = other.amount
        if best.location is None and other.location is not None and other.mode == best.mode:
            # "…在河内会见了…": the summary says where (not the place of a visit it mentions)
            best.location, best.location_span = other.location, other.location_span
            best.location_country = other.location_country
        if other.evidence.start > best.evidence.start and best.evidence.end - best.evidence.start < 40:
            best.evidence, best.trigger = other.evidence, other.trigger
    if best.location is None and best.type == "AGREE":
        # "A在雅加达同B举行会谈。两国领导人宣布将…关系提升为…": agreed in the talks, where they were held
        talks = next(
            (
                o
                for o in events
                if o.type == "CONSULT"
                and o.mode in {"talks", "meeting"}
                and o.location is not None
                and _overlap(_names(o.source + o.target), _names(best.source + best.target))
            ),
            None,
        )
        if talks is not None:
            best.location, best.location_span = talks.location, talks.location_span
            best.location_country = talks.location_country
    return best


def _one_forum_each(best: Event, other: Event) -> bool:
    """Two tellings of one attendance, each naming one forum (no country), the headline's by its
    year (``2025年夏季达沃斯论坛``), the other's by its ordinal (``…第十六届新领军者年会``): one edition."""
    return (
        best.mode == "multilateral"
        and other.mode == "multilateral"
        and len(best.target) == 1
        and len(other.target) == 1
        and all(m.kind == "organisation" and m.country is None for m in best.target + other.target)
        and re.match(r"\d{4}年", best.target[0].name) is not None
        and re.search(r"第\s*[一二三四五六七八九十百\d]{1,4}[届次]", other.target[0].name) is not None
    )


def _named_sides(side: list[Mention]) -> list[Mention]:
    """A pooled side keeps its named actors: a bare pair word (两市, 两国: a side word of no country)
    that one telling gave is dropped beside them (``签署两市合作协议`` after ``A与万象市签署…``), and so
    is a group the title names where the summary names its members (``会见多个经济体领导人`` over
    ``分别会见了智利、新西兰和秘鲁等经济体领导人``)."""
    named = [m for m in side if not (m.kind == "country" and m.country is None)]
    if any(m.kind in {"person", "country", "organisation"} for m in named):
        named = [m for m in named if m.kind != "group"]
    return named or side


def _own_times_apart(a: Event, b: Event) -> bool:
    """Each event's sentence writes its own time and the two do not overlap: ``曾于2023年5月…会晤``
    is an earlier meeting of the same two people, not the story's one told again."""

    def own(ev: Event) -> bool:
        t = ev.time
        return (
            t is not None
            and bool(t.start)
            and t.basis == "explicit"  # a year written, not a congress or anniversary named as a landmark
            and t.kind in {"date", "range", "month", "year"}
            and ev.evidence.start <= t.span.start < ev.evidence.end
        )

    return own(a) and own(b) and not _times_overlap(a.time, b.time)


def _own_day(ev: Event) -> bool:
    """The event's date is a day written in its own sentence (not borrowed from elsewhere)."""
    t = ev.time
    return (
        t is not None
        and t.value is not None
        and t.kind in _DAY_KINDS
        and ev.evidence.start <= t.span.start < ev.evidence.end
    )


def _people_first(ms: list[Mention]) -> list[Mention]:
    people = [m for m in ms if m.kind == "person"]
    return people or ms


# "泰国商会(TCC)代表团": a bracketed short form inside a delegation's name
_BRACKETED_PART = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")


def _same_group(a: Mention, b: Mention) -> bool:
    """Two descriptions of one group (``驻外大使和越南驻外机构负责人`` in a title, ``各国驻外大使和
    越南驻外代表机构负责人`` in its summary) or one forum: most of their character pairs are shared."""
    forums = a.span.label == "forum" and b.span.label == "forum"  # 亚太经合组织(第32次)领导人非正式会议
    if not forums and (a.kind != "group" or b.kind != "group"):
        return False
    pa = {a.name[i : i + 2] for i in range(len(a.name) - 1)}
    pb = {b.name[i : i + 2] for i in range(len(b.name) - 1)}
    return bool(pa and pb) and 2 * len(pa & pb) / (len(pa) + len(pb)) >= 0.6


# "2025年P4G峰会" in a title, "第四届“绿色增长和全球目标2030伙伴关系”(P4G)峰会" in its summary: the
# year or the ordinal before a forum's name and the brackets and quotes inside it name no other forum
_FORUM_DRESS = re.compile(r"^(?:(?:19|20)\d{2}年|第[一二三四五六七八九十百\d]{1,4}[届次])+|[“”\"《》()()]")


def _same_forum(a: Mention, b: Mention) -> bool:
    if a.kind != "organisation" or b.kind != "organisation":
        return False
    ka, kb = _FORUM_DRESS.sub("", norm_name(a.name)), _FORUM_DRESS.sub("", norm_name(b.name))
    short, long_ = sorted((ka, kb), key=len)
    # an acronym in the shorter name (P4G, APEC) keeps two forums of one bare word (峰会) apart
    return len(short) >= 4 and short != long_ and short in long_ and bool(re.search(r"[a-z]{1,}\d*[a-z]|[a-z]\d", short))


@cache
def _body_names() -> dict[str, str]:
    """Each name and alias of the organisations table, to the row's name."""
    out: dict[str, str] = {}
    for row in load_table("organisations").rows:
        for key in [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a)]:
            out.setdefault(key, row["name"])
    return out


def _same_body(a: Mention, b: Mention) -> bool:
    """``越共中央委员会`` in a title, ``越南共产党中央委员会`` in its summary: two names of one body;
    so are ``俄罗斯驻越大使馆`` and ``俄罗斯驻河内大使馆``, one embassy posted to a country by its
    short name, its full name or its capital."""
    if a.kind != "organisation" or b.kind != "organisation":
        return False
    names = _body_names()
    x, y = names.get(a.name), names.get(b.name)
    return (x is not None and x == y) or _same_embassy(a.name, b.name)


# "俄罗斯驻越大使馆", "俄罗斯驻河内大使馆", "俄罗斯驻越南大使馆": whose embassy, and where it is posted
_POSTED_EMBASSY = re.compile(r"(.+?)驻(.{1,6}?)大?使馆")


def _same_embassy(a: str, b: str) -> bool:
    ma, mb = _POSTED_EMBASSY.fullmatch(a), _POSTED_EMBASSY.fullmatch(b)
    if ma is None or mb is None or ma.group(1) != mb.group(1) or ma.group(2) == mb.group(2):
        return False
    return (country := _posted_country(ma.group(2))) is not None and country == _posted_country(mb.group(2))


def _posted_country(place: str) -> str | None:
    """The country a mission's post names: ``越``, ``越南`` or its capital ``河内`` (not another city)."""
    if len(place) == 1:
        return _one_char_country(place)
    country, entry = country_of_text(place)
    if entry is None or entry.name != place or entry.kind not in {"country", "capital"}:
        return None
    return country


def _two_countries(m: Mention, o: Mention) -> bool:
    """``俄罗斯和白俄罗斯``, ``苏丹和南苏丹``: two countries whose names nest are still two sides."""
    return m.kind == o.kind == "country" and bool(m.country) and bool(o.country) and m.country != o.country


def _union(a: list[Mention], b: list[Mention]) -> list[Mention]:
    """Participants of both lists, a name kept once (the longer of two names that nest)."""
    out: list[Mention] = []
    for m in a + b:
        key = norm_name(m.name)
        clash = next(
            (
                i
                for i, o in enumerate(out)
                if (_overlap({key}, {norm_name(o.name)}) and not _two_countries(m, o))
                or _same_group(m, o)
                or _same_forum(m, o)
                or _same_body(m, o)
            ),
            None,
        )
        if clash is None:
            out.append(m)
        elif len(key) > len(norm_name(out[clash].name)) and out[clash].kind == m.kind:
            out[clash] = m
        elif key == norm_name(out[clash].name) and (
            (out[clash].country is None and m.country is not None)
            or (not out[clash].offices and m.offices and out[clash].country == m.country)
        ):
            out[clash] = m  # one name twice: the telling that says whose side he is on, or his office
    return out


# ``拜会了X,转达了A和B的问候和祝贺``: congratulations passed on for others inside a meeting leave it a meeting
_CONVEYED_GREETING = re.compile(r"转达(?:了)?[^。;；,，]{0,30}?的")


# "老方领导人欢迎X在…之际访问万象": a visit the hosts welcome, told in their words
_WELCOMED_VISIT_BEFORE = re.compile(r"欢迎[^。;；,，]{0,36}$")


# "…对柬埔寨人民所取得的成就表示祝贺": congratulations said about something, not what a visit is for
_STATED_CONGRATULATIONS = re.compile(r"对[^,，。;；]{1,60}?表示(?:热烈|衷心|诚挚)?(?:的)?祝贺$")


def _stated_congratulations(ctx: _Context, h: _Hit) -> bool:
    """``对…表示祝贺`` ending at the modifier, its 对 not a character inside a body's name
    (``柬埔寨外交部、中央对外部等…来到大使馆表示祝贺``: 对外部 names a body, no 对 of a statement)."""
    inside = [(b.span.start, b.span.end) for b in ctx.bodies if h.clause.start <= b.span.end and b.span.start < h.span.end]
    for pos in range(h.clause.start, h.span.start):
        if ctx.text[pos] != "对" or any(a <= pos < b for a, b in inside):
            continue
        if _STATED_CONGRATULATIONS.match(ctx.text, pos, h.span.end):
            return True
    return False


def _same_clause_or_unsplit(text: str, clause: Span, pos: int) -> bool:
    """``pos`` lies in ``clause``, or no semicolon stands between them: a congratulation after a
    semicolon (``…在河内共同主持会议;两国举行活动,庆祝建交周年``) is another fact, not the aim of the
    meeting before it."""
    if clause.start <= pos < clause.end:
        return True
    a, b = (pos, clause.start) if pos < clause.start else (clause.end - 1, pos)  # its own closing semicolon too
    return text.find(";", a, b) < 0 and text.find("；", a, b) < 0


def _apply_modifiers(ctx: _Context, hits: list[_Hit], events: list[Event]) -> None:
    """``到访…祝贺…``, ``见面会,庆祝…``: a visit or meeting held to congratulate is SUPPORT."""
    mods = [
        h
        for h in hits
        if h.trigger.role == "modifier"
        and not re.search(r"的", ctx.text[h.span.end : _object_end(ctx.text, h.span.end, h.clause.end)])
        and not _CONVEYED_GREETING.search(ctx.text, h.clause.start, h.span.start)
        and not _stated_congratulations(ctx, h)
    ]
    for ev in events:
        if ev.type != "CONSULT" or ev.mode == "multilateral":
            continue
        if ev.mode == "visit" and _WELCOMED_VISIT_BEFORE.search(ctx.text, max(ev.evidence.start, ev.trigger.start - 40), ev.trigger.start):
            continue  # "主人欢迎X访问万象,祝贺越南…": the hosts' words, the congratulation is theirs, not the visit's aim
        mod = next(
            (
                m
                for m in mods
                if m.sentence.span == ev.evidence
                and m.trigger.type == "SUPPORT"
                and _same_clause_or_unsplit(ctx.text, m.clause, ev.trigger.start)
            ),
            None,
        )
        if mod is None:
            continue
        ev.type, ev.cameo = "SUPPORT", "051"
        if not ev.target:  # "举行见面会,庆祝罗马尼亚国庆": the one congratulated
            ev.target = _slot(
                ctx.participants(mod.span.end, _object_end(ctx.text, mod.span.end, mod.clause.end))
            )[:1]


# "访问时间为10月30日至11月1日", "此次出访从6月25日至28日进行", "此访于11月27日至30日进行": the trip's
# days stated apart
_VISIT_DAYS = re.compile(
    r"访问(?:时间|日期|行程)(?:为|是|从)\s*$|(?:(?:此次|本次|这次)(?:出访|访问|访华|访越|行程)|此访)(?:于|从|自|为|是)\s*$"
)


def _stated_visit_days(ctx: _Context, events: list[Event]) -> None:
    """``访问时间为10月30日至11月1日``: the article states the visit's days apart from the
    sentences that report it (``正对中国进行正式访问的阮富仲…举行会谈`` carries the talks' day)."""
    stated = [
        t
        for t in ctx.doc.times
        if t.section == "main"
        and t.kind == "range"
        and t.precision == "day"
        and _VISIT_DAYS.search(ctx.text, max(0, t.span.start - 10), t.span.start)
    ]
    if len({t.value for t in stated}) != 1:
        return  # none, or two visits' days: nothing sure to borrow
    for ev in events:
        if ev.section != "main" or ev.mode != "visit" or ev.type != "CONSULT":
            continue
        if _PAST_VISIT.search(ctx.text, ev.evidence.start, ev.trigger.start):
            continue  # an earlier visit keeps its own time
        if ev.time is None or ev.time.value is None or "/" not in ev.time.value:
            ev.time = stated[0]


def _visit_ranges(events: list[Event], text: str) -> None:
    """A visit without its own dates spans the dated events that happened during it (not one told
    as past, ``35年前访问越南``: nothing the story tells happened during that one)."""
    for ev in events:
        if ev.time is None and _PAST_VISIT.search(text, ev.evidence.start, ev.trigger.start):
            continue
        if ev.time is None and _trip_talked_about(text, ev.evidence.start, ev.trigger.start, ev.trigger.end):
            continue  # "A就B对日本进行的访问接受了采访": the trip talked about, not the story's own
        own = ev.time is not None and ev.evidence.start <= ev.time.span.start < ev.evidence.end
        framed = ev.time is not None and ev.time.value is not None and "/" in ev.time.value
        coarse = own and ev.time is not None and ev.time.precision in {"month", "year"}  # "2016年9月"
        if (
            ev.section != "main"
            or ev.mode != "visit"
            or (ev.time and ev.time.value and (own or framed))
            or coarse
            or (ev.type == "SUPPORT" and ev.time is not None and ev.time.value)  # a call to mourn: one day
        ):
            continue  # a visit dated in its sentence, or given its range by the time stage
        days = sorted(
            d
            for o in events
            if o is not ev
            and o.section == "main"
            and o.time
            and o.time.precision == "day"
            and o.time.basis not in {"explicit"}
            for d in (o.time.start, o.time.end or o.time.start)
            if d
        )
        if not days:
            continue
        mid = days[len(days) // 2]
        near = [d for d in days if abs(_ordinal(d) - _ordinal(mid)) <= 15]
        base = next(o.time for o in events if o.time and o.time.precision == "day")
        ev.time = TimeValue(
            ev.trigger, "range", near[0], near[-1], "day", base.basis, base.basis_text, section="main"
        )


def _visit_days_past_its_count(events: list[Event]) -> None:
    """``1月19日晚抵达…开始…为期两天的正式访问`` and later ``1月21日,…出席…论坛,随后结束访问``:
    a stay counted in days from an evening arrival is a rough length; the days the story then
    reports in the visited country, by the same visitor, a day or two past the count, are the
    visit's own days, so its end moves to the last of them."""
    for ev in events:
        t = ev.time
        if (
            ev.section != "main"
            or ev.mode != "visit"
            or t is None
            or t.basis != "relative"
            or not (t.basis_text or "").startswith("为期")
            or not t.start
            or not t.end
            or not ev.location_country
        ):
            continue
        visitors = {m.name for m in ev.source if m.kind == "person"}
        last = _ordinal(t.end)
        later = [
            o.time.end or o.time.start
            for o in events
            if o is not ev
            and o.section == "main"
            and o.location_country == ev.location_country
            and o.time is not None
            and o.time.precision == "day"
            and o.time.start
            and visitors & {m.name for m in (*o.source, *o.target) if m.kind == "person"}
        ]
        past = [d for d in later if d and 0 < _ordinal(d) - last <= 2]
        if past:
            ev.time = replace(t, end=max(past))


def _meetings_within_legs(events: list[Event]) -> None:
    """``在埃塞俄比亚,A与B举行会谈`` in a story dated by the day A came home: a meeting whose day is
    only borrowed from another sentence, held in the country of a leg of the trip told with its range
    of days, falls within that leg; it takes the leg's range, not the borrowed day outside it."""
    for ev in events:
        t = ev.time
        if (
            ev.section != "main"
            or ev.type != "CONSULT"
            or ev.mode not in {"meeting", "talks"}
            or t is None
            or t.precision != "day"
            or not t.start
            or (t.end and t.end != t.start)  # a range borrowed (a summit's days before the trip) stays
            or ev.evidence.start <= t.span.start < ev.evidence.end  # dated in its own sentence
            or not ev.location_country
        ):
            continue
        legs = {
            (v.time.start, v.time.end)
            for v in events
            if v.mode == "visit"
            and v.type == "CONSULT"
            and v.section == "main"
            and v.location_country == ev.location_country
            and v.time is not None
            and v.time.precision == "day"
            and v.time.start
            and v.time.end
            and v.time.end != v.time.start
        }
        if len(legs) != 1:
            continue
        ((start, end),) = legs
        if start <= t.start <= end and start <= (t.end or t.start) <= end:
            continue
        leg = next(v.time for v in events if v.mode == "visit" and v.time is not None and (v.time.start, v.time.end) == (start, end))
        ev.time = TimeValue(ev.trigger, "range", start, end, "day", leg.basis, leg.basis_text, section="main")


# "…6月2日,X一行已抵达河内,圆满结束对Y国的正式访问": the day the travellers came home
_CAME_HOME_AFTER_DAY = re.compile(r"[^。;；!?！？\n]{0,60}?(?:抵达|回到|返回)[^。;；!?！？\n]{0,30}?(?:圆满)?结束")


def _undate_home_coming_borrowings(text: str, events: list[Event]) -> None:
    """``6月2日,X一行已抵达河内,圆满结束对Y国的访问。在Y国首都,X同Z举行会谈``: a wrap-up told on
    the day the travellers came home. An act of the trip told in a later sentence with no time of
    its own (and no leg whose days hold it) took place abroad before that day: the page gives it no
    day, so it does not borrow the home-coming one."""
    for ev in events:
        t = ev.time
        if (
            ev.section != "main"
            or t is None
            or t.precision != "day"
            or not t.start
            or (t.end and t.end != t.start)
            or t.span.end > ev.evidence.start  # dated in its own sentence (or after it)
            or ev.location_country == "VNM"
            or _SENTENCE_END.search(text, t.span.end, ev.evidence.start) is None
            or not _CAME_HOME_AFTER_DAY.match(text, t.span.end)
        ):
            continue
        ev.time = None


# "访问泰国之前,X对越南进行正式访问。": the sentence tells the trip's earlier leg
_TIME_WRITTEN = re.compile(r"\d{1,2}\s*日|" + _SAME_DAY_WORDS + r"|今天|昨天|次日|翌日|\d{4}\s*年|\d{1,2}\s*月")
_EARLIER_LEG_OPENER = re.compile(r"(?:在)?(?:访问|出访|访)[^,，。;；!?！？\n]{1,14}?(?:之前|以前)[,，]")


def _undate_earlier_leg_borrowings(text: str, events: list[Event]) -> None:
    """``X于4月12日抵达泰国…。访问泰国之前,X对越南进行正式访问。访越期间,X与Y举行会谈``: the
    earlier leg, told with no time of its own, was made before the day the story tells; it and the
    acts in its country told after it do not borrow that day (the page gives them none)."""
    for leg in events:
        if (
            leg.section != "main"
            or leg.mode != "visit"
            or leg.time is None
            or not leg.location_country
            or not _EARLIER_LEG_OPENER.match(text, leg.evidence.start)
            or _TIME_WRITTEN.search(text, leg.evidence.start, leg.evidence.end)
        ):
            continue
        leg.time = None
        for ev in events:
            if (
                ev.section == "main"
                and ev.time is not None
                and ev.time.span.end <= leg.evidence.start  # borrowed from before the leg is told
                and ev.evidence.start > leg.evidence.start
                and ev.location_country == leg.location_country
            ):
                ev.time = None


# "会见后,X见证了…协议的签署": a sentence opening on the end of the meeting told before
_AFTER_MEETING_OPENER = re.compile(r"(?:在)?(?:双方)?(?:会见|会谈|会晤)(?:结束)?(?:后|之后)[,，]")


def _placed_after_the_meeting(text: str, events: list[Event]) -> None:
    """``当天傍晚,X在福州市会见了Y。…会见后,X见证…协议的签署``: an act told as following the
    meeting, with no place in its own sentence, happens where that meeting (the last one told
    before it, placed in its own sentence) was held, not in the dateline's city."""
    meetings = [
        e
        for e in events
        if e.section == "main" and e.type == "CONSULT" and e.mode in {"meeting", "talks"}
    ]
    for ev in events:
        span = ev.location_span
        if (
            ev.section != "main"
            or ev.mode in {"meeting", "talks", "visit"}
            or (span is not None and ev.evidence.start <= span.start < ev.evidence.end)
            or not _AFTER_MEETING_OPENER.match(text, ev.evidence.start)
        ):
            continue
        before = [m for m in meetings if m.evidence.end <= ev.evidence.start]
        if not before:
            continue
        last = max(before, key=lambda m: m.evidence.start)
        held = last.location_span
        if held is None or not (last.evidence.start <= held.start < last.evidence.end) or last.location == ev.location:
            continue
        ev.location, ev.location_span, ev.location_country = last.location, held, last.location_country


def _chronological(events: list[Event]) -> list[Event]:
    """Timeline order: by first day, a longer span (a visit) before what happens within it, then
    the order told; undated events keep their place in the text, after the dated ones."""

    def key(ev: Event) -> tuple[int, int, int]:
        t = ev.time
        if t is None or not t.start or t.precision not in {"day", "month", "year"}:
            return (1 << 30, 0, 0)
        start = _ordinal(t.start)
        # one day's events in the order the sentence that dates them is told (a meeting first
        # named in the lead, then told on its day, stands where its day is told)
        return (start, -(_ordinal(t.end or t.start) - start), ev.evidence.start if ev.section == "main" else 0)

    return sorted(events, key=key)


def _ordinal(iso: str) -> int:
    from datetime import date

    return date.fromisoformat(iso).toordinal()


def _visit_countries(ev: Event) -> set[str]:
    return {m.country for m in ev.target if m.country} | ({ev.location_country} if ev.location_country else set())


def _trip_told_by_its_end(ctx: _Context, ended: list[_Hit], main: list[Event]) -> list[Event]:
    """``X一行已抵达河内内排机场,圆满结束访问美国之行``: a wrap-up article tells the trip only by its
    end. The end of a visit reported elsewhere in the article is no event of its own; when the
    article reports no visit to that country at all, the trip it wraps up is the visit."""
    if not ended:
        return main
    extra = _code_hits(ctx, ended)
    _apply_modifiers(ctx, ended, extra)
    ctx.travelled_abroad |= {
        norm_name(m.name)
        for e in extra
        if e.type == "CONSULT" and e.mode in {"visit", "multilateral"} and e.location_country
        for m in e.source
        if m.kind == "person" and m.country and m.country != e.location_country
    }
    forums = _forums_told_by_their_frame(ctx.text, extra, main)
    told = {c for e in main if e.type == "CONSULT" and e.mode == "visit" for c in _visit_countries(e)}
    for e in extra:
        if e.type == "CONSULT" and e.mode == "visit" and _visit_countries(e) & told:
            _lend_frame(e, main)
    extra = [
        e
        for e in extra
        if e.type == "CONSULT"
        and e.mode == "visit"
        and _complete(e)
        and _visit_countries(e)
        and not any(_same_trip_told(v, e) and not _stop_on_the_trip(ctx.text, v, e) for v in main)
        # a host is no visitor to his own country (李克强 met in "访问中国期间,…会见了中国总理李克强")
        and not _hosts_only(e)
    ]
    if not extra:
        return main + forums
    merged = sorted(_merge(extra, sessions=ctx.text), key=lambda e: not any(m.kind == "person" for m in e.source))
    return main + forums + merged[:1]  # the telling that names the traveller, not the headline's office


def _forums_told_by_their_frame(text: str, extra: list[Event], main: list[Event]) -> list[Event]:
    """``在美国纽约出席第四届世界议长大会期间,X会见了Y``: the forum a frame tells, attended by X, the
    first person the act after the frame names, when the article reports X at no forum then."""
    out: list[Event] = []
    for e in extra:
        if e.type != "CONSULT" or e.mode != "multilateral" or not e.target or not _complete(e):
            continue
        frame = _FORUM_FRAME_AFTER.match(text, e.trigger.end)
        if frame is None:
            continue
        acts = sorted(
            (o for o in main if o.evidence.start <= frame.end() < o.evidence.end and o.trigger.start >= frame.end()),
            key=lambda o: o.trigger.start,
        )
        # "X在出席…期间,会见了Y": the subject told before the frame is the one attending
        people = [
            m
            for m in (acts[0].source if acts else [])
            if m.kind == "person" and acts[0].evidence.start <= m.span.start and m.span.end <= e.trigger.start
        ][:1] or sorted(
            (m for m in (acts[0].source + acts[0].target if acts else []) if m.kind == "person" and m.span.start >= frame.end()),
            key=lambda m: m.span.start,
        )
        if not people:
            continue
        e.source = people[:1]
        if e.location_span is not None and e.location_span.start >= frame.end():
            e.location, e.location_span, e.location_country = None, None, None  # the act's place, not the forum's
        if any(
            o.type == "CONSULT"
            and o.mode == "multilateral"
            and (_overlap(_names(o.target), _names(e.target)) or _overlap(_names(o.source), _names(e.source)))
            for o in main + out
        ):
            continue  # the attendance told elsewhere
        out.append(e)
    return out


# "此外,X还访问了Y省": one more act told of the trip, not the trip itself
_ONE_MORE_ACT = re.compile(r"还|也|此外|另外|期间")


def _stop_on_the_trip(text: str, told: Event, frame: Event) -> bool:
    """``圆满结束对秘鲁进行的国事访问`` and ``此外,X还访问库斯科省首府…``: a visit to a province or
    city of the country the ended trip went to, told as one more act of it, is a stop on the trip,
    not the trip; the trip to the country is still the visit the end tells."""
    return (
        bool(told.target)
        and all(m.kind == "place" for m in told.target)
        and bool(frame.target)
        and all(m.kind == "country" for m in frame.target)
        and _ONE_MORE_ACT.search(text, told.evidence.start, told.trigger.start) is not None
    )


def _same_trip_told(told: Event, frame: Event) -> bool:
    """A visit the article reports elsewhere that may be the trip a frame tells: one to the same
    country by the same traveller, or with a traveller left unnamed on either side. Another's
    dated past visit there (``自1957年胡志明主席访问白俄罗斯时…``) is not the trip of the frame."""
    if told.type != "CONSULT" or told.mode != "visit" or not _visit_countries(told) & _visit_countries(frame):
        return False
    if _embassy_call(told) and not _embassy_call(frame):
        return False  # "走访越南驻意大利大使馆": the call at a mission there is no telling of the trip
    ours = [m for m in frame.source if m.kind == "person"]
    theirs = [m for m in told.source if m.kind == "person"]
    return not ours or not theirs or _overlap(_names(ours), _names(theirs))


def _hosts_only(e: Event) -> bool:
    """Every person the visit names as its source belongs to the country visited."""
    people = [m for m in e.source if m.kind == "person"]
    return bool(people) and all(m.country in _visit_countries(e) for m in people)


def _lend_frame(frame: Event, main: list[Event]) -> None:
    """``从9月25日至29日对中国进行工作访问期间,…`` beside the headline ``X率团访问中国广东省``: the
    frame tells the trip's days (and its traveller, where the headline names only an office's body)
    that the visit reported elsewhere lacks."""
    for e in main:
        if e.type != "CONSULT" or e.mode != "visit" or not (_visit_countries(e) & _visit_countries(frame)):
            continue
        if _embassy_call(e) and not _embassy_call(frame):
            continue  # the call at a mission in the country visited is no telling of the trip
        people = [m for m in frame.source if m.kind == "person"]
        if people and e.source and all(m.kind != "person" for m in e.source) and {m.country for m in people} <= {
            m.country for m in e.source
        }:
            e.source = people  # "越南公安部长访问中国" in the title; the frame names 苏林
        if not _overlap(_names(e.source), _names(frame.source)):
            continue
        ft, et = frame.time, e.time
        if ft is None or ft.value is None or "/" not in ft.value:
            continue
        if et is None or et.value is None or ("/" not in et.value and ft.start <= (et.start or "") <= (ft.end or "")):
            e.time = ft


# a whole line in 【】 or [] inside an article: the headline of another story, linked
_LINK_LINE = re.compile(r"\s*(?:【[^【】\n]{4,80}】|\[[^\[\]\n]{4,80}\])\s*")
_LINK_LINES = re.compile(r"(?m)^[ \t]*(?:【[^【】\n]{4,80}】|\[[^\[\]\n]{4,80}\])[ \t]*$")


def _link_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that only link another story (``【X会见Y】``): no one named there acts."""
    if "【" not in text and "[" not in text:
        return []
    return [(m.start(), m.end()) for m in _LINK_LINES.finditer(text)]


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


# "…等是越通社评选的一周要闻", "…等为本周要闻": a weekly digest's opening list of the stories it then tells
# one by one; the list itself is no telling of them
_DIGEST_HEADLINES = re.compile(r"等(?:是|为|成为)(?:越通社|越南通讯社|本周|上周)[^。;；,，]{0,8}?要闻")


def annotate_events(doc: Document) -> None:
    """Fill ``doc.events``: teaser headline events and every interaction of the main article."""
    ctx = _Context(doc)
    text = doc.norm
    main_hits: list[_Hit] = []
    teaser_hits: dict[int, list[_Hit]] = {}
    ended_hits: list[_Hit] = []
    scan = _outside_bodies(_scan_triggers(text), doc)
    for sent in sentences(doc):
        if sent.end - sent.start > MAX_SENTENCE:
            continue  # not prose (a flattened table, tag soup): coding it costs time squared
        if sent.section == "main" and _LINK_LINE.fullmatch(text, _line_start(text, sent.start), _line_end(text, sent.end)):
            continue  # "【越南政府总理阮春福会见老挝政府副总理…】": a link to another story, on a line of its own
        if sent.section == "main" and _DIGEST_HEADLINES.search(text, sent.start, sent.end):
            continue  # "A同B通电话、C访问越南等是越通社评选的一周要闻": a digest's list of its stories, told below
        hits = _clause_hits(text, sent, scan, ended_hits if sent.section == "main" else None)
        if sent.section == "main":
            main_hits += hits
        else:
            teaser_hits.setdefault(sent.teaser or 0, []).extend(hits)
    main = _code_hits(ctx, main_hits)
    _apply_modifiers(ctx, main_hits, main)
    _also_to_the_same(ctx, main)
    _pair_bodies(ctx, main)  # before completeness: "越老两国外交部举行磋商" names both sides at once
    plans = [e for e in main if e.planned]
    _talks_with_visited_leader(ctx, main, doc.body[-1].end if doc.body else len(text))
    _name_unnamed_envoys(ctx, main)
    _own_envoys_met(ctx, main)
    _cochairs_of_the_body(ctx, main)
    main = [
        e
        for e in main
        if _complete(e) and not _only_planned(e, text) and not _one_sided_undated_signing(text, e) and not _signerless_plan(e, text) and not _comment_on_a_plan(text, e, plans, main) and not _told_schedule(text, e) and not _meets_own_country(e) and not _home_congress(e) and not _home_allocation(text, e) and not _supported_aid(text, e) and not _home_sympathy(e) and not _mourned_as_mourner(text, e) and not _counted_crowd_attends(text, e)
        and not _next_leg(text, e)
        and not _undated_earlier(text, e, doc.title) and not _contact_kinds_listed(text, e) and not _retrospective_signing(text, e) and not _undated_past_visits(text, e) and not _crew_outing(text, e)
        and not _calls_summed_up(text, e)
        and not _entourage_list(text, e) and not _press_voice(text, e) and not _recalled_recent_visit(text, e)
        and not _interview_topic(text, e) and not _judged_signing(text, e) and not _founding_signed(text, e) and not _visited_since(text, e)
        and not _vague_aid(text, e)
        and not _attended_alone(text, e)
    ]
    main = [e for e in main if not _cochaired_press_conference(text, e) and not _judged_lone_visit(text, e, main) and not _pledge_detail(e, main)]
    _this_country_offices(ctx, main)
    _listed_colleagues_country(ctx, main)
    main = [e for e in main if not _statement_content(text, e, main)]
    main = [e for e in main if not _proposal_content(text, e) and not _one_country_joint_event(e) and not _home_affair(e)]
    main = [e for e in main if not _agreed_programme(text, e) and not _giver_described(text, e) and not _giverless_receipt(text, e)]
    main += _heads_of_two_delegations(ctx, main)
    _envoy_receptions(text, "".join(text[p.start : p.end] for p in (doc.title, doc.lead) if p is not None), main)
    _ceremony_people(ctx, main, doc.body[-1].end if doc.body else len(text))
    _visit_hosts(ctx, main)  # before merging: the title's visit and the lead's are then one
    _past_signing_sides(ctx, main)
    _delegations_first(main)  # "会见泰国商会代表团" in a title: the delegation from abroad calls
    main = _drop_handover_ceremonies(
        ctx, _drop_group_summaries(ctx, _drop_totals(_shares_of_sums(ctx.text, _drop_amount_twins(_merge(_described_visits(ctx, main), sessions=ctx.text)))))
    )
    main = _drop_title_talks_twins(ctx, _drop_title_signing_twins(ctx, _drop_title_forum_twins(ctx, main)))
    main = _drop_title_bodies_met(ctx, main)
    main = _drop_title_sympathy_visit_twins(ctx, main)
    main = _drop_title_aid_twins(ctx, main)
    main = _drop_lead_gift_summaries(ctx, main)
    main = _drop_resident_envoy_handover_trips(text, main)
    main = _drop_undated_gift_roundups(text, main)
    main = _drop_title_office_forum_twins(ctx, main)
    main = _drop_title_member_meetings(ctx, main)
    main = _drop_title_split_meetings(ctx, main)
    main = _drop_title_message_summaries(ctx, main)
    main = _drop_title_congratulation_call_twins(ctx, main)
    main = _drop_title_unit_visits(ctx, main)
    main = _drop_title_delegation_visits(ctx, main)
    main = _drop_trip_forum_summaries(main)
    main = _drop_occasion_twins(ctx.text, main)
    main = _drop_exchange_halves(ctx.text, main)
    main = _drop_signing_told_by_signers(ctx.text, main)
    main = _drop_signing_told_again(ctx.text, main)
    main = [
        e
        for e in main
        if not _diaspora_gift(ctx.text, e) and not _meets_own_diaspora(ctx.text, e) and not _donation_at_own_mission(ctx.text, e)
    ]
    _mission_gifts_to_the_host(ctx, main)
    _own_mission_call_place(ctx, main)
    _aid_for_whom_after(ctx, main)
    _aid_to_that_country(ctx, main)
    main = _merge_channelled_aid(ctx.text, main)
    _ceremonies_of_gifts_handed_over(ctx.text, main)
    # "会见了来访的委内瑞拉总统马杜罗": the one the body introduces as visiting is the source, also of
    # the headline's telling merged with it ("阮晋勇会见委内瑞拉总统马杜罗")
    _headline_visit_traveller(main)
    main_end = doc.body[-1].end if doc.body else len(text)
    _local_sides_to_leaders(ctx, main, main_end)
    _visitors_first(
        main,
        _coming_delegations(ctx)
        | _visiting_people(ctx, main_end)
        | _own_trip_speakers(ctx, main_end)
        | _framed_travellers(ctx, main_end),
        ctx.text,
    )
    _guests_at_home(ctx.text, main)
    if any(e.type == "CONSULT" for e in main):  # protests and demands voiced in talks stay in them
        main = [e for e in main if e.type not in {"ACCUSE", "REQUEST"}]
    # "X向古巴人民发出团结的信息,强调…反对美国对古巴的封锁,要求美国…": what a message says stays in it
    messages = [e for e in main if e.type == "SUPPORT" and e.mode == "message"]
    main = [
        e
        for e in main
        if e.type not in {"ACCUSE", "REQUEST"}
        or not any(m.evidence == e.evidence and m.trigger.end <= e.trigger.start for m in messages)
    ]
    if any(e.type == "SUPPORT" and e.mode in {"visit", "message"} for e in main):
        # "越南强烈谴责一切形式的恐怖袭击" written in a condolence book: a condemnation aimed at no side
        # is part of the sympathy told, not a statement against someone
        main = [e for e in main if not (e.type == "ACCUSE" and not e.target)]
    main = [e for e in main if not _sympathy_in_talks(e, main)]
    main = _trip_told_by_its_end(ctx, ended_hits, main)
    _guests_of_a_hosted_forum(main, ctx.text, ctx.travelled_abroad)  # after the trip told by its end: its traveller hosts nothing at home
    _forum_guests_abroad(ctx.text, main)
    _stated_visit_days(ctx, main)
    _visit_ranges(main, text)
    _visit_days_past_its_count(main)
    _meetings_within_legs(main)
    _undate_home_coming_borrowings(text, main)
    _undate_earlier_leg_borrowings(text, main)
    _placed_after_the_meeting(text, main)
    _adoptions_at_the_forum(ctx.text, main)
    _unplaced_background(ctx, main)
    main = _chronological(
        [
            e
            for e in main
            if not _home_trip(e)
            and not _with_itself(e)
            and not _with_the_departed(e)
            and not _home_video_conference(text, e)
            and not _home_joint_event(e)
        ]
    )
    related: list[Event] = []
    for i, t in enumerate(doc.teasers):
        all_hits = teaser_hits.get(i, [])
        own = [h for h in all_hits if h.sentence.part != "teaser-caption"]
        # the caption under a title the page ends with is read only where the title tells no event
        for hits in (own, all_hits) if len(own) < len(all_hits) else (own,):
            evs = _code_hits(ctx, hits)
            _apply_modifiers(ctx, hits, evs)
            _ceremony_people(ctx, evs, t.span.end)
            _congratulated_by_phone(ctx, evs)
            _visitors_first(evs, _described_visitors(ctx, t.span.start, t.span.end) | _coming_delegations(ctx, t.span), ctx.text)
            _own_envoys_met(ctx, evs)  # "X会见越南驻外大使和代表机构首席代表": the envoys as a body, as in the article
            _guests_at_home(ctx.text, evs)  # "胡志明市…副主席A会见了由中国广东省…B为首的代表团": B called on A
            evs = [e for e in _drop_resident_envoy_handover_trips(ctx.text, evs) if _complete(e)]
            # a gift within one country (the envoy who received a gift passing it on to his own people at
            # home): no interaction, as in the main article, and no reading to pool with the teaser's own
            # gift from abroad; a side word read as the one given to (向当地移交由越方出资建设的学校: 越方
            # funded it) is a misread recipient, and that gift stays
            home_gifts = [e for e in evs if _diaspora_gift(text, e) and not any(m.name.endswith("方") for m in e.target)]
            if any(e.type == "AID" and e not in home_gifts for e in evs):
                evs = [e for e in evs if e not in home_gifts]
            head = headline_span(text, t)
            titled = frozenset(id(e) for e in evs if head is not None and head.start <= e.evidence.start < head.end)
            title_modes = frozenset(
                h.trigger.mode for h in hits if head is not None and head.start <= h.span.start < head.end
            )
            best = _headline(_merge(evs, text), head, titled, title_modes, text)
            if best is not None:
                _guest_of_a_host_at_home(best)
                _envoy_calls_on_host(text, best)
                _invited_host_in_teaser(text, t.span, best)
                _receives_foreign_guest_in_teaser(text, t.span, best, bare_title=t.summary is None)
                _title_upgrade_leaders(best, evs)
            if best is not None:
                break
        if (
            best is None
            or _is_interview(text, t)
            or _home_trip(best)
            or _home_working_session(text, best)
            or _home_video_conference(text, best)
            or _home_joint_event(best)
            or _diaspora_gift(text, best)  # a gift within one country: domestic news, OTHER
            or _founding_signed(text, best)  # the communique setting up relations: no interaction, OTHER
        ):
            best = _other_event(doc, i, t)
        if best is not None:
            related.append(best)
    doc.events = main + related
    doc.stats["events"] = len(doc.events)


# "两国国防部于2022年12月签署了…": the same body of each of the story's two countries
_PAIR_BODY = re.compile(r"两国([\u4e00-\u9fff]{0,6}?(?:部|委员会|部队|军队|海军|海警|政府|国会|议会))")


_PAIR_SIDE_WORDS = frozenset({"两国", "两党两国", "两国两党"})
# "两国外交部长", "两国国防部副部长": people of the bodies, not the bodies
_PAIR_BODY_TAIL_PERSON = frozenset("长副官员人领")


def _named_pair_bodies(ctx: _Context, ev: Event) -> bool:
    """``越南与泰国两国外交部举行…磋商``, ``越南和文莱两国国会签署…``: the two countries written in full
    before ``两国X部`` name that body of each, as ``越泰两国外交部`` does; the sides read as the two
    countries, or one of them and the bare body, become the two bodies, in the order written."""
    parts = ev.source + ev.target
    if not ev.source or not ev.target or len(parts) > 3:
        return False
    if any(m.kind not in {"country", "organisation"} or m.span is None for m in parts):
        return False
    lo, hi = min(m.span.start for m in parts), max(m.span.end for m in parts)
    said = _PAIR_BODY.search(ctx.text, lo, min(len(ctx.text), hi + 14))
    if said is None or said.start() > hi or ctx.text[said.end() : said.end() + 1] in _PAIR_BODY_TAIL_PERSON:
        return False
    named = [iso for _pos, iso in reversed(countries_before(ctx.text, said.start(), max(0, lo - 1)))]
    if len(named) != 2 or named[0] == named[1]:
        return False
    body = said.group(1)
    for m in parts:
        if m.kind == "country" and m.country not in named:
            return False
        if m.kind == "organisation" and not (m.country is None and m.name == body):
            return False
    sides = []
    for c in named:
        zh = _country_name(c)
        if not zh:
            return False
        sides.append(replace(ev.source[0], name=zh + body, kind="organisation", country=c, actor_id=None))
    ev.source, ev.target = sides[:1], sides[1:]
    return True


def _pair_bodies(ctx: _Context, events: list[Event]) -> None:
    """A side told as ``两国X部`` with no other side is that ministry of each of the story's two
    countries: the Vietnamese one first, as the story names its pair."""
    counts = Counter(m.country for m in ctx.persons if m.section == "main" and m.country)
    story = sorted((c for c, _ in counts.most_common(2)), key=lambda c: c != "VNM")
    for ev in events:
        if ev.type in {"CONSULT", "AGREE", "COOPERATE"} and _named_pair_bodies(ctx, ev):
            continue
        if ev.target or len(ev.source) != 1 or ev.source[0].country is not None:
            continue
        m = ev.source[0]
        if m.name in _PAIR_SIDE_WORDS and ev.type in {"AGREE", "COOPERATE", "SUPPORT"}:
            # "访问期间,两国部分部门、地方签署了合作文件", "两党两国领导已互致贺电": bodies or leaders
            # of both, unnamed: the story's two countries
            src, tgt = ctx.story_countries()
            where = ev.location_country
            if src and tgt and where not in {None, "VNM", tgt[0].country} and src[0].country == "VNM":
                # "在对摩洛哥进行正式访问期间,…两国部分部门签署…" in a story of two trips: the host there
                host = next((b for b in ctx.bodies if b.kind == "country" and b.country == where and b.section == "main"), None)
                tgt = [host] if host is not None else tgt
            if src and tgt:
                ev.source, ev.target = src, tgt
            continue
        said = _PAIR_BODY.fullmatch(m.name) or _PAIR_BODY.fullmatch(ctx.text[max(0, m.span.start - 2) : m.span.end])
        if said is None:
            continue
        # "越老两国外交部": the compound before the pair word names the two countries, in its order
        named = [iso for _pos, iso in reversed(countries_before(ctx.text, m.span.start, max(0, m.span.start - 12)))]
        pair = named if len(named) == 2 and named[0] != named[1] else story
        if len(pair) != 2:
            continue
        sides = []
        for c in pair:
            zh = _country_name(c)
            if not zh:
                break
            sides.append(replace(ev.source[0], name=zh + said.group(1), kind="organisation", country=c, actor_id=None))
        if len(sides) == 2:
            ev.source, ev.target = sides[:1], sides[1:]


def _one_side_each(ev: Event) -> None:
    """Pooling a title's telling with its summary's can put one person on both sides (``A会见…代表团``
    and ``由B率领正在对越南进行访问的…代表团``, where A was misread among the visitors): a person is on
    one side only, the one where he stands alone or, failing that, the target he was met as."""
    # a country pooled beside others on one side whose person stands on the other
    # (``越南国家主席会见三国新任驻越大使`` over ``阮文平会见了…智利、秘鲁和古巴新任驻越南大使``)
    def foreign_to(side: list[Mention], other: list[Mention]) -> list[Mention]:
        homes = {m.country for m in other if m.kind == "person" and m.country}
        return [m for m in side if not (m.kind == "country" and m.country in homes)] or side

    ev.source = foreign_to(ev.source, ev.target)
    ev.target = foreign_to(ev.target, ev.source)
    _people_to_their_side(ev)
    both = _names(ev.source) & _names(ev.target)
    if not both:
        return
    rest_source = [m for m in ev.source if norm_name(m.name) not in both]
    rest_target = [m for m in ev.target if norm_name(m.name) not in both]
    if rest_source:
        ev.source = rest_source
    elif rest_target:
        ev.target = rest_target


def _people_to_their_side(ev: Event) -> None:
    """``A与古巴领导举行会谈`` pooled with ``应越南共产党…邀请,B对越南进行访问``: A and B of two countries
    on one side, facing only bodies of A's country; A stands for them, so he moves across in their
    place and B, the visitor, stays the source."""
    for first in (True, False):
        side, other = (ev.source, ev.target) if first else (ev.target, ev.source)
        people = [m for m in side if m.kind == "person" and m.country]
        if len({m.country for m in people}) < 2 or not other or any(m.kind == "person" for m in other):
            continue
        homes = {m.country for m in other}
        if len(homes) != 1 or None in homes:
            continue
        movers = [m for m in people if m.country in homes]
        stay = [m for m in side if m not in movers]
        if movers and stay:
            if first:
                ev.source, ev.target = stay, movers
            else:
                ev.target, ev.source = stay, movers
            return


def _title_upgrade_leaders(best: Event, evs: list[Event]) -> None:
    """``越日两国关系提升为…`` as a teaser's title, its summary telling the talks of the two
    leaders: the countries the title names stand for those leaders, who agreed it."""
    if best.type != "AGREE" or not best.source or not best.target:
        return
    if any(m.kind != "country" or m.country is None for m in best.source + best.target):
        return
    src, tgt = {m.country for m in best.source}, {m.country for m in best.target}
    for o in evs:
        if o is best or o.type != "CONSULT" or o.mode not in {"talks", "meeting", "phone", "video"}:
            continue
        people = [m for m in o.source + o.target if m.kind == "person"]
        a = [m for m in people if m.country in src]
        b = [m for m in people if m.country in tgt]
        if a and b and len(a) + len(b) == len(people):
            best.source, best.target = a, b
            return


def _guest_of_a_host_at_home(ev: Event) -> None:
    """A teaser's headline meeting whose title names no place (``习近平会见越南政府总理范明政``)
    keeps the title's order when merged with its summary (``…在北京人民大会堂会见了…``): once the
    place is known, the side foreign to it is the visitor, so the source. Talks alike: ``A在河内与B
    举行会谈`` (A of Viet Nam) are B's, who came."""
    if (
        ev.type == "CONSULT"
        and ev.mode in {"meeting", "talks"}
        and ev.cameo != _HOSTING
        and ev.location_country
        and ev.source
        and ev.target
        and all(m.kind == "person" for m in ev.source + ev.target)
        and all(m.country == ev.location_country for m in ev.source)
        and all(m.country and m.country != ev.location_country for m in ev.target)
    ):
        ev.source, ev.target = ev.target, ev.source


# "应越南国会主席A的邀请,…": the one who invited, the host of the guest who came
_INVITER_NAMED = re.compile(r"应([^,，。;；\n]{1,40}?)(?:的)?(?:邀请|之邀)")


def _invited_host_in_teaser(text: str, span: Span, ev: Event) -> None:
    """A teaser's meeting or talks ``A与B举行会谈`` whose teaser says ``应A的邀请``: B came at A's
    invitation, so B, the guest, is the source, even when the summary is cut before the visit it
    tells. Only sides of two different countries, all people, the inviter among the source."""
    if ev.type != "CONSULT" or ev.mode not in {"meeting", "talks"} or ev.cameo == _HOSTING:
        return
    if not ev.source or not ev.target or not all(m.kind == "person" for m in ev.source + ev.target):
        return
    homes = {m.country for m in ev.source}
    if len(homes) != 1 or None in homes or any(m.country in homes or m.country is None for m in ev.target):
        return
    for inv in _INVITER_NAMED.finditer(text, span.start, span.end):
        who = inv.group(1)
        if any(m.name in who for m in ev.target):
            return
        if any(m.name in who for m in ev.source):
            ev.source, ev.target = ev.target, ev.source
            return


# a clause telling a trip, a forum or a place abroad for the host ("在出席…峰会期间", "当地时间…",
# "正在老挝进行访问的…"); a clause opened by a background word ("不久前X对老挝进行了国事访问") is
# another, earlier trip, not the host's now
_HOST_AWAY = re.compile(r"访问|出席|参加|赴|前往|抵达|期间|峰会|论坛|当地时间|之行|出访|在[^,，。；;]{1,10}(?:会见|接见|会晤)")
_BACKGROUND_CLAUSE = re.compile(r"\s*(?:不久前|前不久|此前|去年|今年早些时候)")


def _receives_foreign_guest_in_teaser(text: str, span: Span, ev: Event, bare_title: bool = False) -> None:
    """A teaser's meeting ``越南政府总理A会见B国部长C`` whose title and summary tell no place and no
    trip, forum or summit of the host: a Vietnamese leader who receives (会见/接见/会晤) a foreign guest
    receives him at home, so the guest, who came, is the source, as the annotators code a host's
    meetings. A Vietnamese envoy posted abroad (驻…大使) is the visitor there and keeps his order.
    Talks alike (``越南国家主席A与B国总统C举行会谈``) when the teaser is a bare title, with no summary:
    a summary may tell the place or delegations that travelled, which the place rules read."""
    if ev.type != "CONSULT" or ev.cameo == _HOSTING:
        return
    if ev.mode != "meeting" and not (ev.mode == "talks" and bare_title):
        return
    if ev.location or ev.location_country or len(ev.source) != 1 or not ev.target or ev.trigger is None:
        return
    if ev.mode == "meeting" and not re.search(r"会见|接见|会晤", text[ev.trigger.start : ev.trigger.end]):
        return
    if ev.mode == "talks" and len(ev.target) != 1:
        return
    host = ev.source[0]
    if host.kind != "person" or host.country != "VNM" or "驻" in (host.title or ""):
        return
    if not all(m.kind == "person" and m.country not in {None, "VNM"} for m in ev.target):
        return
    clauses = re.split(r"[,，。；;\n]", text[span.start : span.end])
    if any(_HOST_AWAY.search(c) and not _BACKGROUND_CLAUSE.match(c) for c in clauses):
        return
    ev.source, ev.target = ev.target, ev.source


# "此前,X对印度尼西亚进行了国事访问。": an earlier event the story mentions without any time of its own;
# "最近,X对中国、老挝等亚洲国家进行了一系列访问。" alike (not 日前, 近日: the openers of the news itself)
_EARLIER = re.compile(r"\s*(?:此前(?!一[天日])\s*[,，]?|(?:最近|近期|近来|不久前|前不久)\s*[,，])")  # not "此前一天,": a time
_ANY_TIME = re.compile(
    r"[0-9一二三四五六七八九十百]+\s*(?:年|月|日|号)|去年|今年|前年|明年|" + _SAME_DAY_WORDS + r"|当晚|次日|翌日|年前|月前|天前|日前|近日"
)


# "各国领导人向X致贺电" as the headline: the page's news is the messages sent for one occasion
_MESSAGES_HEADLINE = re.compile(r"贺电|贺信|唁电|唁信|慰问电|慰问信|致电|致信|致函")


def _undated_earlier(text: str, ev: Event, title: Span | None = None) -> bool:
    """A main-article event told after ``此前`` in a sentence that gives no time at all: the annotators
    code background events only when the text dates them (``此前,陈青敏一行于12月1日至3日对新加坡进行了
    正式访问`` is coded, ``此前,苏林对印度尼西亚进行了国事访问`` is not). An amount is enough, as the
    conventions say: ``此前,日本政府还向越南捐赠了价值约5亿日元的医疗设备`` is kept, with no date."""
    if ev.section != "main":
        return False
    start = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    end = text.find("。", ev.trigger.start)
    end = len(text) if end < 0 else end
    if not _EARLIER.match(text, start) or _ANY_TIME.search(text, start, end) is not None:
        return False
    if _mission_call_on_the_trip(text, ev, start):
        return False
    if ev.amount is not None:
        ev.time = None  # kept, with no day: the one before the sentence is not its own
        return False
    if ev.mode == "message" and title is not None and _MESSAGES_HEADLINE.search(text, title.start, title.end):
        ev.time = None  # "此前,X向Y致贺电" under a headline about the messages: one more of the page's news,
        return False  # sent before the day the sentence before it tells
    return True


# a diplomatic mission called at (越南驻以色列大使馆, 总领事馆, 常驻…代表团)
_MISSION_CALLED_AT = re.compile(r"大使馆|总领事馆|领事馆|代表团|代表处|办事处")


def _mission_call_on_the_trip(text: str, ev: Event, start: int) -> bool:
    """``…7月23日晚上,X一行出席…典礼。此前,X一行造访越南驻以色列大使馆``: a delegation's call at a
    mission, told with 此前 right after a dated sentence of the same paragraph, is an earlier stop of
    the trip the paragraph tells, not undated background."""
    if ev.type != "CONSULT" or ev.mode != "visit" or not ev.target:
        return False
    if not all(m.kind != "person" and _MISSION_CALLED_AT.search(m.name) for m in ev.target):
        return False
    if "一行" not in text[start : ev.trigger.start]:
        return False
    para = text.rfind("\n", 0, start) + 1
    return start > para and _ANY_TIME.search(text, para, start) is not None


# "两国领导以灵活形式保持接触,如:互相致信、通电话…": the kinds of contact kept, listed as examples
_CONTACT_KINDS = re.compile(r"保持[^。,，;；]{0,10}?(?:接触|往来|交往|沟通)\s*[,，]?\s*(?:如|例如|比如|诸如|包括)\s*[:：]?")


def _undated_sentence(text: str, pos: int) -> tuple[int, int] | None:
    """The bounds of the sentence (or line) around ``pos`` when it tells no time, else None."""
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = text.find("。", pos)
    end = len(text) if end < 0 else end
    return None if _ANY_TIME.search(text, start, end) is not None else (start, end)


def _contact_kinds_listed(text: str, ev: Event) -> bool:
    """``两国高级领导以灵活形式保持接触,如:互相致信,通电话和最近…期间两国总理举行会见``: letters,
    calls and meetings listed as the kinds of contact two sides keep, the sentence giving no time nor
    the people who met, are undated background, which the annotators leave out."""
    if ev.section != "main" or ev.amount is not None or (bounds := _undated_sentence(text, ev.trigger.start)) is None:
        return False
    start, end = bounds
    if any(m.kind == "person" and start <= m.span.start < end for m in ev.source + ev.target):
        return False  # "…保持接触,诸如:本扬与洪森举行双边会晤": a meeting listed by its people is told
    return _CONTACT_KINDS.search(text, start, ev.trigger.start) is not None


def _calls_summed_up(text: str, ev: Event) -> bool:
    """``越南总书记A、国家主席B、总理C已与中国总书记D,总理E通电话,就…达成共识``: several leaders of
    each side joined to one call verb in a sentence that tells no time sum up the calls held of late
    (a call is between two people, or a ``三方通话``), undated background the annotators leave out;
    a title naming them all is the page's own news and stays."""
    if ev.section != "main" or ev.mode not in {"phone", "video"}:
        return False
    bounds = _undated_sentence(text, ev.trigger.start)
    if bounds is None or text.rfind("\n", 0, bounds[0]) < 0:
        return False  # a dated sentence, or the title line
    start, end = bounds
    if _MANY_SIDED.search(text, start, end):
        return False  # "三方通话", "共同举行视频会议": one call of several sides
    persons = [[m for m in side if m.kind == "person"] for side in (ev.source, ev.target)]
    return all(len(side) >= 2 for side in persons)


# "五年来,…取得可喜成果。河江省与世界银行签署…协定。": a paragraph that sums up years gone by
# (a frame opening its clause: "表示,五年来,", not "关系近年来取得…" inside talks); "长期以来,…关系
# 不断深化…签署…协议": a long stretch summed up alike
_RETROSPECT = re.compile(
    r"(?:^|[,，。:：;；]|表示|指出)\s*(?:(?:[一二三四五六七八九十两\d]+|近|多|这些)年来|过去[一二三四五六七八九十两\d]*年(?:来|间|里)?"
    r"|长期以来|一直以来|多年以来)[,，]",
    re.M,
)


# "大使指出,40年尤其是近10年来,A与B签署了…": a stretch of years, then its latest part, summed up
# right before the signing, in the signing's own clause run
_RETROSPECT_SPANS = re.compile(
    r"(?:^|[,，。:：;；]|表示|指出)\s*[一二三四五六七八九十两\d]+\s*年(?:来)?(?:尤其是|特别是)\s*(?:最)?近\s*[一二三四五六七八九十两\d]+\s*年(?:来|间)[,，]"
)


def _retrospective_signing(text: str, ev: Event) -> bool:
    """``阮文山表示,五年来,…对外工作取得可喜成果。河江省与世界银行签署战略合作框架协定。``: a signing
    told in a paragraph that sums up the years gone by, its sentence giving no time nor sum, is
    undated background, which the annotators leave out."""
    if ev.section != "main" or ev.type != "AGREE" or ev.amount is not None:
        return False
    sent = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    spans = _RETROSPECT_SPANS.search(text, sent, ev.trigger.start)
    if spans is not None:
        # the years counted are the frame, not a time of the signing: the rest of the sentence tells none
        end = text.find("。", ev.trigger.start)
        return _ANY_TIME.search(text, spans.end(), len(text) if end < 0 else end) is None
    if _undated_sentence(text, ev.trigger.start) is None:
        return False
    para = text.rfind("\n", 0, ev.trigger.start) + 1
    # the paragraph before the sentence, or the sentence's own opening (近年来,两国…签署了合作文件)
    return _RETROSPECT.search(text, para, ev.trigger.start) is not None


# "江泽民同志生前曾两次访问越南", "他曾多次访华": visits summed up as past, with a count and no time
_PAST_COUNTED = re.compile(
    r"(?:生前)?曾(?:经)?(?:先后)?(?:[两几多数]|[一二三四五六七八九十\d]{1,3})次"
    r"|进行(?:了)?(?:[两几多数]|[一二三四五六七八九十\d]{1,3})次(?:[\u4e00-\u9fff]{0,4})?$"  # "他对越南进行四次访问了"
    # "任职以来,我多次访问河内及岘港": many trips summed up right before the verb, no 曾 needed
    r"|(?<!第)(?:先后|已经?|曾经?)?(?:多|数|几)次(?:前往|赴|到)?$"
)


def _undated_past_visits(text: str, ev: Event) -> bool:
    """A main-article visit summed up as past (``曾两次访问越南``) in a sentence that gives no time: the
    annotators code background visits only when the text dates them (``曾于2008年…进行国事访问`` is coded).
    Calls and meetings summed up so (``两国领导人此前曾多次通电话``) are background alike."""
    if ev.section != "main" or ev.mode not in {"visit", "phone", "meeting", "talks", "video", "multilateral", "message", "sign"}:
        return False
    opened = max(text.rfind(c, 0, ev.trigger.start) for c in "。\n,，") + 1
    # "X曾会见Y", "两国曾签署…": a call, meeting, message or signing told with 曾 is past too
    once_done = ev.mode != "visit" and _ONCE_DONE.search(text, opened, ev.trigger.start) is not None
    if ev.mode != "visit" and not once_done and not _PAST_COUNTED.search(text, opened, ev.trigger.start):
        return False  # only a counted past (曾多次) sums up calls and meetings, not a recent one listed
    start = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    clause = max(text.rfind(",", start, ev.trigger.start), text.rfind("，", start, ev.trigger.start), start - 1) + 1
    once = once_done or (ev.mode == "visit" and _ONCE_VISITED.search(text, clause, ev.trigger.end) is not None)
    if not once and not _PAST_COUNTED.search(text, clause, ev.trigger.start):
        if _RECENT_LISTED.search(text, clause, ev.trigger.start) is None:
            return False
        # "…给予高度评价,其中包括X最近对法国进行访问;": a recent visit listed among the gains, whose
        # own clause gives no time (the sentence's other clauses count other years)
        stop = min((i for i in (text.find(c, ev.trigger.start) for c in ",，;；。") if i >= 0), default=len(text))
        return _ANY_TIME.search(text, clause, stop) is None
    end = text.find("。", ev.trigger.start)
    end = len(text) if end < 0 else end
    return _ANY_TIME.search(text, start, end) is None


# "年轻时,我曾来越访问": a visit recalled with 曾 ("once"), no time told in its sentence; not the
# surname 曾 (曾庆红访问越南), which no verb of going follows
_ONCE_VISITED = re.compile(r"(?:(?<![不未何])曾(?:经)?|此前(?!一[天日])(?:曾(?:经)?|已(?:经)?)?)(?=[来到赴对访前率作以])")
# "X曾会见Y", "X曾与Y举行会谈", "两国曾签署…": 曾 ("once") right before the act or its partner phrase
# (not the surname 曾, which a given name follows)
_ONCE_DONE = re.compile(
    r"(?:(?<![不未何])曾(?:经)?|此前(?!一[天日])(?:曾(?:经)?|已(?:经)?)?)(?:分别|先后|多次|两次|几次)?(?:(?:在|于|与|同|和|跟|向|就|对)[^,，。;；]{0,60}|举行|进行|共同)?$"
)

# "其中包括X最近对法国进行访问": a recent visit listed (包括) among what the sides appraise
_RECENT_LISTED = re.compile(r"包括[^,，。;；]{0,30}?(?:最近|近期|不久前|前不久|日前|此前|近来)[^,，。;；]{0,12}$")

# "梁强对日前对老挝进行国事访问后再次与通伦重逢表示高兴": a recent visit recalled as the topic of
# what is said (对…后…表示高兴), with no day of its own
_RECALLED_BEFORE = re.compile(r"对\s*(?:日前|此前|不久前|前不久|近日)[^,，。;；]{0,16}?$")
_RECALLED_AFTER = re.compile(r"[^,，。;；]{0,4}?(?:之)?后[^,，。;；]{0,30}?表示(?:高兴|感谢|欣慰|满意)")


def _recalled_recent_visit(text: str, ev: Event) -> bool:
    """In the main article, a visit told as the topic of thanks or joy (``对日前对老挝进行国事访问后…
    表示高兴``): background with no date, which the annotators leave out."""
    if ev.section != "main" or ev.mode != "visit" or ev.trigger is None:
        return False
    return (
        _RECALLED_BEFORE.search(text, max(0, ev.trigger.start - 24), ev.trigger.start) is not None
        and _RECALLED_AFTER.match(text, ev.trigger.end) is not None
    )


# "越南友好组织联合会第六次全国代表大会": a Vietnamese body's own congress, no forum between sides
# (or a friendship association named with Viet Nam first, 越中友好协会第N次全国代表大会, 河内市越老友好协会…:
# a Vietnamese body; 中越友好协会 or 老越友好协会 is the other country's)
_HOME_CONGRESS = re.compile(
    r"越南[^与、\-—–·]{1,30}?(?:全国)?代表大会"
    r"|(?:[^与、越]{1,8}?[市省])?越(?:南[—\-–]?)?[^与、\-—–·越]{1,5}?友好协会[^与、]{0,16}?(?:全国)?代表大会"
)


def _home_congress(ev: Event) -> bool:
    """``陈国旺、范平明等出席越南友好组织联合会全国代表大会``: Vietnamese leaders at a Vietnamese
    body's congress attend a domestic ceremony (a foreign delegation attending it still does)."""
    return (
        ev.type == "CONSULT"
        # (the opening session attended, 出席开幕式, is read as a meeting with the congress)
        and ev.mode in {"multilateral", "meeting"}
        and bool(ev.source)
        and all(m.country == "VNM" for m in ev.source)
        and len(ev.target) == 1
        and _HOME_CONGRESS.fullmatch(ev.target[0].name) is not None
    )


# "对越共中央总书记A于7月19日逝世表示沉痛哀悼": the one whose death is mourned, right after his name
_DIED_AFTER_NAME = re.compile(r"(?:[(（][^()（）]{1,60}[)）])?(?:同志|主席|总书记|总理|总统|国王|先生|女士)?(?:于[^,，。;；]{1,16}?)?(?:逝世|去世|病逝|辞世)")


def _mourned_as_mourner(text: str, ev: Event) -> bool:
    """``唁电中对越南国家主席A于9月21日逝世表示沉痛哀悼,对A主席家属…致以慰问``: A died; the
    one mourned sends no sympathy of his own (the message told before is the event)."""
    return (
        ev.type == "SUPPORT"
        and bool(ev.source)
        and all(m.kind == "person" and _DIED_AFTER_NAME.match(text, m.span.end) for m in ev.source)
    )


def _home_sympathy(ev: Event) -> bool:
    """``王廷惠向中部和西原地区受灾群众致以诚挚慰问``: Viet Nam's own leaders feeling for its own
    regions is domestic news, no interaction between two sides (a message stays: its addressee may
    be a foreign leader the text names later)."""
    homes = {m.country for m in ev.source}
    return (
        ev.type == "SUPPORT"
        and ev.mode != "message"
        and homes == {"VNM"}
        and bool(ev.target)
        and all(m.kind == "place" and m.country == "VNM" for m in ev.target)
    )


def _meets_own_country(ev: Event) -> bool:
    """``范明政会见了旅日越南人代表``: the compatriots abroad read as the country itself; a leader
    meeting his own country is no interaction between two sides."""
    homes = {m.country for m in ev.source}
    return (
        ev.type == "CONSULT"
        and ev.mode in {"meeting", "talks"}
        and bool(ev.target)
        and all(m.kind == "country" for m in ev.target)
        and len(homes) == 1
        and None not in homes
        and {m.country for m in ev.target} == homes
    )


# "据悉,9月12日上午,X将出席…", "按计划,X将…": the programme of days still to come, told at the end
_SCHEDULE_LEAD = re.compile(
    r"\s*(?:据悉|据了解|预计|(?:按照|根据|按)(?:访问|会议|活动|行程)?(?:计划|日程|议程|安排))[,，]?"
)


def _told_schedule(text: str, ev: Event) -> bool:
    """``据悉,9月12日上午,阮春福将出席论坛全体会议开幕式``: in the main article, an act the
    sentence gives as the programme still to come (据悉/按计划 … 将) is no event, even with its
    day (a teaser's ``将于`` headline is its news and stays); a pledge is made now and stays."""
    return (
        ev.section == "main"
        and ev.type != "AID"
        and ev.mode != "pledge"
        and _SCHEDULE_LEAD.match(text, ev.evidence.start) is not None
        # ``将出席…论坛,并接见…``: the 将 of the programme governs every act joined after it
        # "预计,…X将前往…;出席…;与…举行会谈;会见…": the programme's items listed after ; are under it too
        and (
            re.search(r"(?<![大上中少])将(?:要)?(?:[^。;；]*?[,，、]?(?:并|还|和|以及)|[^。]*?[;；][^。;；]*)?$", text[ev.evidence.start : ev.trigger.start])
            is not None
            # "按计划,会议的议题包括由A与B共同主持的…专题报告": an item of the programme, told by what it is
            or text.startswith("的", ev.trigger.end)
        )
    )


# "B对协助越南获得疫苗…的建议表示赞成": what a proposal made in the talks asks for
_PROPOSAL_AGREED = re.compile(
    r"[^。\n]*?的(?:各项|这些|上述|有关|相关)?(?:建议|提议|倡议|提案)(?:都)?表示(?:赞成|赞同|同意|支持|欢迎|认同)"
)


def _proposal_content(text: str, ev: Event) -> bool:
    """``克瓦对协助越南公平获得疫苗…推动与…签署的合同…等的建议表示赞成``: the help or the signing a
    proposal asks for, agreed to in the talks, is what was proposed, not aid given or a document
    signed (requests and proposals made inside talks are not split out); a sum named keeps it."""
    if ev.section != "main" or ev.type not in {"AID", "AGREE", "COOPERATE"} or ev.amount is not None:
        return False
    if ev.trigger is None:
        return False
    start = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    opened = text.rfind("对", start, ev.trigger.start)
    return opened >= 0 and _PROPOSAL_AGREED.match(text, ev.trigger.end) is not None


# "会谈上,双方一致同意加大…宣传工作。双方联合举办…活动,维持…互访": what the sides agreed in talks
_AGREED_BEFORE = re.compile(r"一致同意|同意|商定|达成(?:了)?(?:广泛)?共识|一致认为")
_BOTH_SIDES_OPEN = re.compile(r"\s*(?:此外|同时|与此同时)?\s*[,，]?\s*双方(?:还|将|也)?")


def _agreed_programme(text: str, ev: Event) -> bool:
    """A joint activity told with no day of its own, in a sentence opened by 双方 right after the
    paragraph says the sides agreed (``双方一致同意…。双方联合举办庆祝…节日的活动``): a point of
    the programme agreed in the talks, not an event (proposals inside talks are not split out)."""
    if ev.section != "main" or ev.type != "COOPERATE" or ev.trigger is None or _own_day(ev):
        return False
    start = max(text.rfind("。", 0, ev.trigger.start), text.rfind("\n", 0, ev.trigger.start)) + 1
    if not _BOTH_SIDES_OPEN.match(text, start):
        return False
    para = text.rfind("\n", 0, start) + 1
    return _AGREED_BEFORE.search(text, para, start) is not None


# "两国总理签署联合声明,宣布将越澳关系提升为战略伙伴关系": the upgrade is what the signed statement says
_SIGNED_STATEMENT_BEFORE = re.compile(r"(?:签署|签订)(?:了)?[^。;；]{0,40}?联合声明》?[,，]$")


def _statement_content(text: str, ev: Event, events: list[Event]) -> bool:
    """An announcement (AGREE, no mode) told right after the signing of a joint statement in the
    same sentence is the statement's content: the signing is the one event."""
    if (ev.type, ev.mode) != ("AGREE", None) or ev.trigger is None:
        return False
    if not _SIGNED_STATEMENT_BEFORE.search(text, max(ev.evidence.start, ev.trigger.start - 60), ev.trigger.start):
        return False
    return any(
        (o.type, o.mode) == ("AGREE", "sign") and o.trigger is not None
        and ev.evidence.start <= o.trigger.start < ev.trigger.start
        for o in events
    )


# "…访问,随后将赴悉尼出席X峰会", "一行将前往悉尼,出席3月17日举行的X峰会": the trip's next leg,
# told in the future tense, with or without its days: not yet happened
_FUTURE_LEG = re.compile(r"(?<![上大中少])将(?:要)?(?:(?:前往|赴)[^,，。;；]{1,12}?[,，]?)?$")
_LEG_VERB = re.compile(r"(?:前往|赴|出席|参加)")


def _next_leg(text: str, ev: Event) -> bool:
    """In the main article, a visit or an attendance whose verb follows ``将(前往X,)``: a leg still
    to come, whatever day it names (the annotators leave plans in the future tense out)."""
    if ev.section != "main" or ev.mode not in {"visit", "multilateral"} or ev.trigger is None:
        return False
    if not _LEG_VERB.match(text, ev.trigger.start):
        return False
    return _FUTURE_LEG.search(text, max(ev.evidence.start, ev.trigger.start - 20), ev.trigger.start) is not None


# "代表团出席该会议体现越南…", "此访有助于…": the act named back as what something shows
_COMMENT_AFTER = re.compile(r"[^,，。;；]{0,12}?(?:体现|表明|彰显|标志着|有助于|旨在)")
_NAMED_BACK = re.compile(r"该|此|本次|这次|此次")
_RELATED_MEETINGS_TAIL = re.compile(r"(?:及|和|以及)(?:其)?(?:相关|有关)?(?:系列|高级别)?(?:会议|活动)")


def _comment_on_a_plan(text: str, ev: Event, plans: list[Event], told: list[Event] | None = None) -> bool:
    """``…将出席X会议。代表团出席该会议体现…``: a comment on what attending will show repeats
    the plan told before (or, ``told``, an attendance of the same side told before); it reports
    nothing that happened."""
    if ev.trigger is None or not (plans or told):
        return False
    after, named = ev.trigger.end, False
    if ev.mode == "multilateral":
        # "代表团出席A组织第N届大会及相关系列会议旨在…": the forum named again in full, then the comment
        ends = [m.span.end for m in ev.target if ev.trigger.end <= m.span.start <= ev.trigger.end + 1]
        if ends:
            tail = _RELATED_MEETINGS_TAIL.match(text, max(ends))
            after, named = (tail.end() if tail else max(ends)), True
    if not _COMMENT_AFTER.match(text, after) or not (named or _NAMED_BACK.search(
        text, ev.trigger.start, min(ev.trigger.end + 6, ev.evidence.end)
    )):
        return False
    names = {m.name for m in ev.target}
    return any(
        p.type == ev.type
        and any(a == b or (named and (a in b or b in a)) for a in names for b in {m.name for m in p.target})
        for p in plans
    ) or any(
        # "X于16日率团出席A会议。代表团出席此次会议体现…": the attendance already told, named back
        p is not ev
        and (p.type, p.mode) == (ev.type, ev.mode) == ("CONSULT", "multilateral")
        and p.trigger is not None
        and p.trigger.end <= ev.trigger.start
        and {m.country for m in p.source} & {m.country for m in ev.source} - {None}
        for p in told or []
    )


_DAYS_THEN_SUBJECT = re.compile(
    r"\s*[,，]\s*(?:(?!拜访|拜会|会见|会晤|看望|接见|出席|参加|前来|前往|访问|表示|指出|会谈|欢迎)[^,，。;；了]){2,30}?"
)


def _signerless_plan(ev: Event, text: str) -> bool:
    """``预计,该协定将于2015年年初结束谈判并获得签署``: a signing still to come whose sentence names no
    signer (its source borrowed from an earlier sentence) and no partner is no event; nor is one told
    as the time of what follows (``签署后,它将…``)."""
    return (
        (ev.planned or (ev.trigger is not None and text.startswith("后", ev.trigger.end)))
        and ev.type == "AGREE"
        and not ev.target
        and bool(ev.source)
        and all(not (ev.evidence.start <= m.span.start < ev.evidence.end) for m in ev.source)
    )


# "将举行2031年…座谈会", "将签署2031年底建成…的文件": a year right after the verb, in the object's name
_YEAR_OPENS_OBJECT = re.compile(r"(?:举行|举办|召开|签署|签订)(?:了)?$")


def _only_planned(ev: Event, text: str = "") -> bool:
    """``根据换文,越南财政部将与JICA签署具体贷款协议``: an act the article says is still to come is
    not one that happened (the annotators leave plans in the future tense out); a pledge is the
    promise itself, made now, and a plan with a time of its own (``将于9月对日本进行国事访问``) is
    kept, flagged as planned. Told before merging, so a visit announced in the title
    (``将…访问``) and reported in the body stays."""
    t = ev.time
    dated = t is not None and ev.evidence.start <= t.span.start < ev.evidence.end
    if dated and text and ev.trigger is not None and t is not None:
        # "10月15日下午,A拜访了即将对越南进行正式访问的B": the day of the call, told before the plan
        # word, is no time of the plan
        mark = _PLANNED.search(text, max(ev.evidence.start, ev.trigger.start - 40), ev.trigger.start)
        # (but "…的邀请,11月10日至13日,X将对越南进行国事访问": the days set off before the subject
        # are the plan's own)
        dated = mark is None or t.span.start >= mark.start() or _DAYS_THEN_SUBJECT.fullmatch(text, t.span.end, mark.start()) is not None
    if dated and any(m.span.start <= t.span.start and t.span.end <= m.span.end for m in ev.target):
        dated = False  # "将…出席二十国集团领导人第十七次峰会": the forum's own days, not a time the plan gives
    if dated and ev.section == "main" and t.kind == "relative":
        dated = False  # "按计划…当天,X还将与…进行会晤": a programme told for the day, not a day of its own
    if (
        dated
        and ev.section == "main"
        and t.kind in {"year", "year-reference"}
        and _YEAR_OPENS_OBJECT.search(text, max(0, t.span.start - 4), t.span.start) is not None
    ):
        # "双方将举行2031年越中经贸合作座谈会": a year alone right after the verb opens the name of what
        # is to be held, it gives the plan no time of its own
        dated = False
    return ev.planned and not dated and ev.type != "AID" and ev.mode != "pledge"


# "专访:…", "…日前在接受越通社驻金边记者采访时表示": an interview, whatever visit or deal it recalls
_INTERVIEW = re.compile(r"^\s*(?:专访|访谈)|接受[^,，。;；]{0,14}?记者[^,，。;；]{0,4}?(?:专访|采访)", re.M)


# "越南共产党代表团团长为A;中国共产党代表团团长为B", "越共代表团以A为团长;中共代表团以B为团长出席研讨会"
_TWO_HEADS = re.compile(
    r"代表团(?:的)?团长(?:为|是)(?P<a>[^,，。;；]{2,60}?)[;；,，]\s*[^,，。;；]{1,24}?代表团(?:的)?团长(?:为|是)(?P<b>[^,，。;；]{2,60}?)[。;；]"
    r"|代表团以(?P<a2>[^,，。;；]{2,60}?)为团长[;；,，]\s*[^,，。;；]{1,24}?代表团以(?P<b2>[^,，。;；]{2,60}?)为团长"
)
# "…第十四次理论研讨会7月6日在胡志明市举行": the meeting the two heads lead, told just before
_HELD_MEETING = re.compile(r"(?:研讨会|座谈会|会议|磋商|对话会?)[^。]{0,30}?举行|举行[^。]{0,30}?(?:研讨会|座谈会|会议|磋商|对话)")
_HELD_IN_PLACE = re.compile(r"在([\u4e00-\u9fff]{2,8}?)举行")


def _heads_of_two_delegations(ctx: _Context, main: list[Event]) -> list[Event]:
    """``第十四次越中两党理论研讨会7月6日在胡志明市举行。越南共产党代表团团长为A;中国共产党代表团团长为B。``:
        a meeting held by two delegations whose heads the next sentence names is a meeting of the
        two heads (as ``A与B共同主持…研讨会``), the visitor (the head foreign to the place) first."""
    text, doc = ctx.text, ctx.doc
    out: list[Event] = []
    body_start = doc.body[0].start if doc.body else len(text)
    for m in _TWO_HEADS.finditer(text, body_start):
        a_span = (m.start("a"), m.end("a")) if m.group("a") else (m.start("a2"), m.end("a2"))
        b_span = (m.start("b"), m.end("b")) if m.group("b") else (m.start("b2"), m.end("b2"))
        a = [p for p in ctx.persons if a_span[0] <= p.span.start and p.span.end <= a_span[1]][-1:]
        b = [p for p in ctx.persons if b_span[0] <= p.span.start and p.span.end <= b_span[1]][-1:]
        if not a or not b or a[0].country is None or b[0].country is None or a[0].country == b[0].country:
            continue
        names = {norm_name(a[0].name), norm_name(b[0].name)}
        if any({norm_name(x.name) for x in e.source + e.target} >= names for e in main + out):
            continue  # "A与B共同主持…" told already
        prev = text.rfind("。", 0, m.start())  # the end of the sentence before the heads'
        sent_end = text.find("。", m.end())
        sent_end = len(text) if sent_end < 0 else sent_end + 1
        head = max(text.rfind("。", 0, max(prev, 0)), text.rfind("\n", 0, max(prev, 0)), body_start - 1) + 1
        if prev < body_start or _HELD_MEETING.search(text, head, prev + 1) is None:
            continue
        place = place_country = None
        place_span = None
        at = _HELD_IN_PLACE.search(text, head, prev + 1)
        if at is not None:
            geo = [g for g in geo_in(text, at.start(1), at.end(1)) if g[2].kind != "organisation"]
            if geo:
                place, place_country = geo[0][2].name, geo[0][2].country
                place_span = Span(geo[0][0], geo[0][1], "location")
        src, tgt = (b, a) if place_country is not None and place_country == a[0].country else (a, b)
        ev_span = Span(head, sent_end, "sentence")
        trig = Span(m.start(), m.end(), "trigger")
        out.append(
            Event(
                _event_id(doc, trig, 900 + len(out)),
                "main",
                "CONSULT",
                "meeting",
                "040",
                ev_span,
                trig,
                source=list(src),
                target=list(tgt),
                time=timex.time_for_span(doc, head, prev + 1, anchor=prev),
                location=place,
                location_span=place_span,
                location_country=place_country,
            )
        )
    return out


def _home_affair(ev: Event) -> bool:
    """``外交部副部长X率领的…代表团与西原地区指导委员会举行工作会谈`` (at 得乐): bodies and people of one
    country meeting or working together at home are no interaction between two sides; a call on
    the country's own mission abroad (驻…大使馆) is held abroad and stays. Gifts alike: a home front
    receiving what a home agency collected for the country's own flood victims is domestic charity
    (an embassy's gift to a body abroad stays)."""
    people = ev.source + ev.target
    sides = {m.country for m in people}
    return (
        ev.type in {"CONSULT", "COOPERATE", "AID"}
        # (a visit is left alone: one to a home city by a visitor the names missed, 会见了正在胡志明市进行
        # 工作访问的…一行, would go with it)
        and ev.mode in {None, "meeting", "talks"}
        and bool(ev.source)
        and bool(ev.target)
        and len(sides) == 1
        and None not in sides
        # where it is told to be held: that country, or a home place the tables do not place (得乐)
        # (or, for Viet Nam's own bodies, nowhere told at all: a page with no dateline, 10月17日,越南友好组织联合会同
        # 越美协会联合举行座谈会, a home association's anniversary)
        and (ev.location_country in sides or (ev.location_country is None and sides == {"VNM"}))
        and all(m.kind != "country" for m in people)
        and not any(re.search(r"驻|使馆|领事|常驻", m.name) for m in people)
        and not any(re.search(r"驻|使|领事", o.title) for m in people for o in m.offices)
    )


def _one_country_joint_event(ev: Event) -> bool:
    """``胡志明市友好组织联合会同胡志明市越中友好协会联合举行活动,庆祝中华人民共和国成立73周年``: two
    friendship bodies of one country acting together (a domestic ceremony) are no interaction between
    two sides."""
    sides = {m.country for m in ev.source + ev.target}
    return (
        ev.type == "COOPERATE"
        and bool(ev.source)
        and bool(ev.target)
        and len(sides) == 1
        and None not in sides
        # friendship bodies at home (友好组织联合会, 越中友好协会), not a ministry with its missions abroad
        and all(re.search(r"友好|友联", m.name) for m in ev.source + ev.target)
    )


def _is_interview(text: str, teaser) -> bool:
    """A teaser that reports an interview is OTHER (the annotators' rule), even when the
    interviewee speaks of a visit or a declaration: that is what he says, not the news."""
    return any(
        part is not None and _INTERVIEW.search(text, part.start, part.end) is not None
        for part in (teaser.title, teaser.summary)
    )


def _other_event(doc: Document, index: int, teaser) -> Event | None:
    """A teaser with no coded interaction still reports one headline fact: type OTHER."""
    span = teaser.title or teaser.summary
    if span is None:
        return None
    ev_span = Span(span.start, span.end, "sentence")
    time = timex.time_for_span(doc, teaser.span.start, teaser.span.end, anchor=teaser.span.start)
    return Event(
        _event_id(doc, ev_span, index),
        "related",
        "OTHER",
        None,
        None,
        ev_span,
        ev_span,
        time=time,
        teaser=index,
    )
