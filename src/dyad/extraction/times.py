"""Time expressions of a page, resolved to dates with the reason for their year.

Agency news writes ``9月8日至10日`` and ``5月22日上午`` and almost never the year, so every
year-less date takes its year from the strongest evidence of its own section (the main article,
or one teaser under 更多), recorded as ``basis``:

1. ``explicit``: a year in the expression or its sentence (``2024年4月2日``, ``召开2025年第三次会议``);
   target and reference years (``到2045年``, ``1982年《公约》``) do not count;
2. ``published``: ``doc.published`` (main article only); a date that would fall after it steps
   back a year (forward, for a planned event);
3. ``anniversary``: ``越柬建交50周年`` = 1967 + 50 (``relations.tsv``, ``anniversaries.tsv``, or
   the years written in ``周年(1960-2025)``); ``去年,两国庆祝建交50周年`` shifts it by the year word;
4. ``recurring-meeting``, ``recurring-role``, ``took-office`` (the nearest of them):
   ``大湄公河次区域合作第六次领导人会议`` = March 2018 (``recurring_meetings.tsv``): the year that
   puts the date nearest the meeting (after it when the text says 成功召开/闭幕, before it for
   迎接/前夕), or the meeting's year when a year word says when it was held
   (``古巴共产党今年4月成功召开第八次…``, ``去年10月召开的…``); ``明年越印两国将同时担任联合国安理会
   非常任理事国`` = 2020 (``yearly_roles.tsv``: the years each country held the role, intersected,
   shifted by the year word); ``岸田文雄去年10月就任日本首相`` = 2022 (the term's first month in
   ``tenure.tsv``; ``祝贺…就任`` without a date: shortly after the term began);
5. ``context``: the nearest explicitly dated day of the section (``2024年4月2日刚签署``); then a
   figure of the year so far (``2022年前9个月达到11亿美元``: told after that stretch, in its year or just after);
6. ``teaser-context`` (teasers only): the newest dated teaser of the page (when none is dated,
   the main article's newest date, one placed by the publication date included, said so in
   ``basis_text``), unless the teaser's own
   evidence excludes that year: its (person, office) pairs hold fewer of their terms then than at
   their best (the list under 更多 can mix years), or a bound (below) rules it out; the main
   article takes it too, after everything else below, when it has no publication date;
7. ``tenure``: the years in which the (person, office) pairs named in the section held office
   (``tenure.tsv``, see ``time_tenure``; the terms most pairs agree on), cut by the section's
   bounds; several years left give ``precision="year-range"``, never a guess; then a month or year
   written elsewhere in the section inside the bounds (``context`` again, the weakest); then the
   bounds alone, as a year range (``era``/``recurring-role``);
8. ``relative``: 当天/同日/次日… take the nearest preceding day of the section, skipping flashbacks
   and ranges that only frame days already told; 今年/明年 take the section's year; 日前/近日 are
   windows before the publication date.

Bounds confine a section without fixing its year: eras written as present (``受新冠肺炎疫情影响``:
2020-2023, ``eras.tsv``; ``新冠肺炎疫情期间`` looks back and bounds nothing) and roles held in
several years (``越南担任今年东盟轮值主席国``: 2010 or 2020). Roles cut by the other bounds to one
year become a ``recurring-role`` fact; otherwise bounds only narrow tenure and veto teaser-context.

Nothing found: ``precision="unknown"`` with the month/day kept (``basis="none"``), counted in
``doc.stats["times_unknown"]`` — never the current year. ``time_for_span`` gives the event coder
the time of a clause; ``document_year`` the year of a section; ``tenure_conflicts`` the people
named in an office outside every known term. The grammar is ``time_grammar``, the tables are
read by ``time_knowledge``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from dyad.document import Document, Span
from dyad.extraction.time_grammar import FISCAL_YEAR, RawTime, cn_int, scan
from dyad.extraction.time_knowledge import (
    YEAR_AND_THIS_YEAR,
    Edition,
    YearBound,
    YearFact,
    competition_edition,
    festival_date,
    find_anniversaries,
    find_current_role,
    find_death_news,
    find_eras,
    find_hosted_meetings,
    find_meetings,
    find_ordinal_days,
    find_partnership_news,
    find_partnership_upgrade,
    find_role,
    find_year_to_date,
    ganzhi_year,
    is_lunar_festival,
    lunar_to_solar,
    role_hits,
    upgrade_hits,
)
from dyad.extraction.time_tenure import (
    TAKING_OFFICE,
    NamedPair,
    TenureConflict,
    TenureEvidence,
    moved_on,
    named_pairs,
    tenure_candidates,
    tenure_conflicts_in,
    took_office,
)
from dyad.model import TimeValue

__all__ = [
    "TenureConflict",
    "YearGuess",
    "annotate_times",
    "document_year",
    "tenure_conflicts",
    "time_for_span",
]

# Kinds that state when something happened (as opposed to context: anniversaries, meetings).
_DATING = {"date", "range", "dates", "lunar", "lunar-range", "day", "relative", "weekday", "dateline"}
_COARSE = {"month", "month-range", "lunar-month", "year", "lunar-year", "recent", "period"}
_CONTEXT_ONLY = {"meeting", "festival", "festival-eve"}
_NEVER = {
    "anniversary",
    "anniversary-span",
    "order",
    "year-reference",
    "year-range",
    "role",
    "era",
    "took-office",
    "since",
    "year-to-date",
}
_VAGUE = {"recent", "order", "period", "duration"}
_DAY_WORDS = {
    "当天": 0,
    "当日": 0,
    "同日": 0,
    "同天": 0,
    "同一天": 0,
    "当晚": 0,
    "当天晚上": 0,
    "次日": 1,
    "翌日": 1,
    "第二天": 1,
    "隔天": 1,
    "前一天": -1,
    "前一日": -1,
    "此前一天": -1,  # "此前一天,A与B签署了…": the day before the one just told
    "此前一日": -1,
    "前夕": -1,
}
_NOW_WORDS = {"今天": 0, "昨天": -1, "昨日": -1, "明天": 1}
_YEAR_WORDS = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}
_MONTH_WORDS = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_WEEK_WORDS = {"本周": 0, "上周": -1, "下周": 1}
_RECENT = {"日前": 14, "前几日": 14, "前几天": 14, "近日": 14, "近期": 30, "近来": 30}
_PERIOD = {"近几年来": -3, "近年来": -3, "近几年": -3, "去年以来": -1, "今年以来": 0, "年初以来": 0}
_FUTURE_WORDS = {"明年", "下月", "下个月", "下周", "明天"}
# (a general's rank ending his name, "阮文甲大将于11月19日拜会…", is no 将 of the future: 大将, 上将,
# 中将, 少将, 准将)
_PLANNED_BEFORE = re.compile(
    r"(?:(?<![大上中少准])将|拟|定|计划|预计|预定|即将|有望|同意|商定)\s*(?:于|在)?\s*(?:当地时间)?\s*$"
)
# "双方同意于2017年7月18日举行…", "双方同意恰逢…纪念日之际举行": the day agreed on is to come (not
# "同意在东盟框架内…根据1982年《公约》": 在 opens no day there, _PLANNED_BEFORE takes "同意在<day>")
_PLANNED_IN_SENTENCE = re.compile(r"即将|(?<![大上中少准])将于|拟于|定于|预计将|计划于|(?:同意|商定)(?:于|恰逢|趁)")
# "面向2030年的…愿景声明", "展望2045年": a horizon, not the time of the event
_FUTURE_YEAR_BEFORE = re.compile(r"(?:到|至|截至|截止|直至|于|面向|展望)\s*$")
# "联合国2030年可持续发展议程": an agenda named by its horizon year; "绿色增长与2030年全球目标伙伴关系",
# "2030年可持续发展目标": goals named by their horizon year
# (``2017年前4个月``, ``2025年前三季度``: the first months of that year, told in trade figures, are no horizon)
_FUTURE_YEAR_AFTER = re.compile(
    r"^\s*(?:前(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个)?(?:月|季度))|以前|之前|以来"
    r"|(?:全球|可持续发展|发展|千年)?目标|愿景|《|(?:可持续发展)?议程)"
)
# "实现2020年贸易额600亿美元的目标": the year a goal is set for (its horizon), not the year of the story
# (the sum, however long its figure is written, "约10,000,000,000美元", "一百亿美元", counts as one word)
_GOAL_AFTER = re.compile(
    r"[^,，。;；、了\n]{0,14}?"
    r"(?:(?:约|近|逾|超过)?\s*[\d零〇一二两三四五六七八九十百千][\d零〇一二两三四五六七八九十百千万亿.,\s]*"
    r"(?:多|余)?[^,，。;；、了\n\d]{0,6}?)?(?:的)?目标"
)
# "2020年,河内希望与福冈县联合举行…活动": a year a side hopes or plans to act in (a clause opening
# with the year, its subject then a verb of wishing or planning), not the year of the story
_WISHED_YEAR_AFTER = re.compile(r"\s*[,，]\s*[^,，。;；:：\d]{1,12}?(?:希望|计划|拟|打算|力争|争取)")
# "较2016年同期增加两倍", "比2016年同期增长": a year compared with, not the year of the story
_SAME_PERIOD_AFTER = re.compile(r"\s*(?:的)?同期")
# "2027年亚洲杯预选赛", "2022年世界杯亚洲区40强赛": the year names the finals; the qualifiers
# (a continent's zone, 亚洲区) are played years before
_QUALIFIER_AFTER = re.compile(
    r"\s*[^,，。;；!?！？\s]{1,14}?(?:预选赛|资格赛|外围赛|(?:亚洲|欧洲|非洲|南美|中北美洲?|大洋洲)区)"
)
# "签署了2025年合作计划": the year names the plan signed, it does not date the signing (nor does
# "签署两家通讯社2025年合作谅解备忘录", the year a memorandum is for)
_PLAN_AFTER = re.compile(
    r"\s*(?:度)?[^,，。;；!?！？\s]{0,8}?(?:合作|工作|行动|发展|投资)(?:计划|规划|项目|纲要|谅解备忘录|备忘录)"
    r"|\s*(?:度)?(?:国家)?预算"
)
# "2024年东南亚足球锦标赛": a competition's year names its edition; the finals may be played early in
# the next year (the 2024 AFF Cup final on 2025-01-05, the 2023 Asian Cup in 2024), so a day in January
# to March beside it takes its year from elsewhere, as a fiscal year's does
_COMPETITION_AFTER = re.compile(
    r"\s*[^,，。;；:：!?！？\n]{0,16}?(?:锦标赛|足球赛|世界杯|奥运会|残奥会|亚运会|东运会|运动会|联赛|预选赛|公开赛|杯)"
)
# "以2025年越中建交75周年为契机": the year of an anniversary taken as an occasion to work towards;
# written with its year (not 今年), it is the occasion's year, not the event's
_OCCASION_AHEAD_AFTER = re.compile(r"[^,，。;；]{0,20}?周年为契机")
_OCCASION_YEAR_BEFORE = re.compile(r"以\s*\d{4}年\s*$")
_OCCASION_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*为契机")


# "两国即将纪念建交50周年", "就纪念建交30周年(1993~2023)互致邀请": an anniversary still ahead, or the
# occasion of invitations to come; its year need not be the page's (a visit in December before it)
_AHEAD_BEFORE = re.compile(r"即将[^,，。;；:：]{0,16}$")
# "两国即将举办多项活动,庆祝建交55周年和《…条约》签署40周年": celebrations still ahead, each
# anniversary of the list (the 即将 a clause before the verb of marking)
_AHEAD_EVENTS_BEFORE = re.compile(
    r"即将(?:举办|举行|开展|组织)[^。;；:：]{0,16}?[,，]?\s*(?:隆重)?(?:庆祝|纪念|迎接)[^。;；:：,，]{0,30}$"
)
# "2018年,两国将纪念建交45周年": a year still ahead, so the page is told before it
# "两国将在2017年举行纪念建交45周年的活动": the same, the year after 将在/将于
_AHEAD_YEAR = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*[,，]?\s*[^,，。;；:：\d]{0,10}?(?<![大上中少即])将"
    r"|(?<![大上中少即])将\s*(?:在|于)\s*(?P<y2>(?:19|20)\d{2})\s*年\s*(?:举行|举办|共同|隆重)?)"
    r"(?:隆重)?(?:纪念|庆祝|迎来|迎接)"
)
_INVITED_FOR_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,16}[)）])?\s*(?:互致|发出|致以)[^,，。;；]{0,4}邀请")
# "2015年值此越莫建交40周年之际,…率团访问": the anniversary of a day told with its own year (a
# background visit), not of the page's
_OWN_YEAR_BEFORE = re.compile(r"\d{4}年\s*[,，]?\s*(?:值此|适逢|恰逢|正值)[^,，。;；:：\d]{0,12}$")
# "2017年,老挝举行100多个…签署40周年、…建交55周年的纪念活动": a past year's tally of the
# celebrations held, the anniversary dated by the year opening its clause, not the page's own
_OWN_YEAR_TALLY_BEFORE = re.compile(
    r"(?:19|20)\d{2}\s*年\s*[,，]\s*[^。;；:：!?！？年]{0,16}?(?:举行|举办|开展|组织)(?:了)?"
    r"(?:(?!\d{4}\s*年)[^。;；:：!?！？]){0,40}$"
)
# "为了纪念老挝人民军成立70周年,…媒体将加强宣传活动": an anniversary a side will mark, still ahead
_FOR_MARKING_BEFORE = re.compile(r"为(?:了)?(?:纪念|庆祝|迎接)[^,，。;；:：]{0,24}$")
_WILL_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*[,，][^。;；!?！？]{0,40}?(?<![大上中少即])将(?!领|军)")
# "2010年,双方隆重举行了两国建交35周年(…)的庆祝典礼": a ceremony (典礼, 庆典) tallies as an event too
_TALLY_EVENTS_AFTER = re.compile(r"[^。;；:：!?！？]{0,24}?的?(?:纪念|庆祝)(?:活动|仪式|典礼|庆典)")
# "在2018年3月X访问Y期间与恰逢两国建交45周年之际,…": the anniversary coincides with a dated frame
# (期间/时) of the same clause, a past visit, not with the page's own event
_OWN_YEAR_FRAME_BEFORE = re.compile(
    r"(?:19|20)\d{2}\s*年[^,，。;；:：!?！？]{0,48}?(?:期间|之时|时)\s*(?:与|和|并|又)?\s*"
    r"(?:值此|适逢|恰逢|正值)[^,，。;；:：\d]{0,12}?(?:第\s*)?[0-9一二三四五六七八九十百]{1,4}\s*周年$"
)
# "在2025年纪念越中建交75周年之际,苏林建议双方…": the anniversary year named for what a side proposes
# to do in it, not the year of the meeting where the proposal is made
_PROPOSAL_YEAR_BEFORE = re.compile(r"在\s*\d{4}年\s*(?:纪念|庆祝|迎接|迎来)?\s*$")
# "X建议,今后,双方…;双方在越中建交75周年之际,有效开展…活动": an anniversary inside what a side
# proposes (建议 … 之际, 开展/举办 …), the occasion of the work proposed, still ahead
_PROPOSED_IN_BEFORE = re.compile(r"(?:建议|提议|倡议)[^。!?！？]*?在\s*[^,，。;；:：\d]{0,12}$")
_OCCASION_DO_AFTER = re.compile(r"\s*之际\s*[,，]?\s*(?:有效|积极|共同|联合)?(?:开展|举办|举行|组织)")
_PROPOSAL_AFTER = re.compile(r"\s*之际\s*[,，]\s*[^。;；!?！？]{0,24}?(?:建议|提议|倡议|希望|同意|表示愿|愿)")
# "相信X将在2030年建党100周年之际实现既定目标", "到2045年建国100周年时成为发达国家": an
# anniversary named with its own year as the date a goal is to be reached (a target year), not the
# year of the page's events
_TARGET_YEAR_BEFORE = re.compile(r"(?:在|到|至)\s*(?:19|20)\d{2}\s*年\s*$")
_GOAL_REACHED_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:之际|时|前)?\s*[,，]?\s*[^。;；!?！？]{0,24}?"
    r"(?:实现|成为|完成|达到|建成|达成)"
)

# "此访也是面向纪念两国建交45周年的系列活动之一": an act on the way toward the anniversary, still ahead
# (a second anniversary joined to the first: "面向纪念建交45周年和建立战略伙伴关系10周年")
_TOWARD_MARKING_BEFORE = re.compile(
    r"面向(?:纪念|庆祝|迎接)\s*[^,，。;；:：\d]{0,8}(?:\d{1,3}\s*周年\s*[和及与、][^,，。;；:：\d]{0,12})?$"
)


def _occasion_ahead(norm: str, start: int, end: int, nearing: bool = True) -> bool:
    """``以2025年越中建交75周年为契机``: the anniversary span, its year written before it; also an
    anniversary still ahead (``即将纪念``), the occasion of invitations, one told with its own year
    (``2015年值此…周年之际``), or an anniversary year a proposal looks ahead to
    (``在2025年纪念…75周年之际,X建议…``), or celebrations a side proposes to prepare
    (``协调配合举办建交50周年庆祝活动``)."""
    if _OCCASION_YEAR_BEFORE.search(norm, max(0, start - 8), start) and _OCCASION_AFTER.match(norm, end):
        return True
    return bool(
        (nearing and _AHEAD_BEFORE.search(norm, max(0, start - 14), end))
        or _AHEAD_EVENTS_BEFORE.search(norm, max(0, start - 48), end)
        or _INVITED_FOR_AFTER.match(norm, end)
        or _OWN_YEAR_BEFORE.search(norm, max(0, start - 20), start)
        or _OWN_YEAR_FRAME_BEFORE.search(norm, max(0, end - 100), end)
        or (_OWN_YEAR_TALLY_BEFORE.search(norm, max(0, start - 70), start) and _TALLY_EVENTS_AFTER.match(norm, end))
        or (_FOR_MARKING_BEFORE.search(norm, max(0, start - 30), start) and _WILL_AFTER.match(norm, end))
        or (_PROPOSAL_YEAR_BEFORE.search(norm, max(0, start - 12), start) and _PROPOSAL_AFTER.match(norm, end))
        or (_PROPOSED_IN_BEFORE.search(norm, max(0, start - 160), start) and _OCCASION_DO_AFTER.match(norm, end))
        or _PREPARED_FOR_AFTER.match(norm, end) is not None
        or _TOWARD_MARKING_BEFORE.search(norm, max(0, start - 40), start) is not None
        or (_TARGET_YEAR_BEFORE.search(norm, max(0, start - 10), start) and _GOAL_REACHED_AFTER.match(norm, end))
        or (
            _PLANNED_CELEBRATION_BEFORE.search(norm, max(0, start - 16), start) is not None
            and _CELEBRATION_AFTER.match(norm, end) is not None
        )
    )


# "对老挝即将迎来国庆50周年表示祝贺": the side's anniversary drawing near, told with nothing else
# that puts it ahead: read as its eve (the weakest evidence, the anniversary's year)
_YEARS_BRACKET_TAIL = re.compile(r"\s*[(（][0-9.\-—–~～至年月日 ]{4,30}[)）]$")
_NEARING_BEFORE = re.compile(r"即将(?:迎来|庆祝|纪念|喜迎)[^,，。;；:：]{0,12}$")


def _nearing_only(norm: str, start: int, end: int) -> bool:
    """The anniversary is ahead only because ``即将迎来``/``即将庆祝`` marks it, nothing else of
    ``_occasion_ahead`` (an occasion, invitations, celebrations prepared or proposed) holds."""
    if not _NEARING_BEFORE.search(norm, max(0, start - 14), end):
        return False
    return not _occasion_ahead(norm, start, end, nearing=False)


# "在两国建交30周年(1993-2023年)前夕": the eve of an anniversary, which may fall in the next year (a
# talk in November before a June anniversary), so a year the section's own figures give comes first
_EVE_OF_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:的)?(?:(?:纪念|庆祝|庆典)(?:活动|大会|典礼)?(?:的)?)?前夕"
)


# "协调配合举办建交50周年庆祝活动", "筹备举办…周年纪念活动": celebrations a side proposes to prepare,
# so the anniversary is still ahead (a talk in 2022 before the 2023 jubilee)
# "联合举办好两国建交60周年和…条约签署45周年的纪念活动": 举办好 (hold well) is an aim, so the
# jubilee is still ahead too; a second anniversary may stand between it and the celebrations
# "双方将配合制定2020年越德建交45周年庆祝活动计划": the plan of celebrations drawn up is ahead too
_PLANNED_CELEBRATION_BEFORE = re.compile(
    r"(?:(?:协调|配合|筹备|准备|做好)(?:配合)?(?:举办|举行|组织|开展)|(?:举办|举行|组织|开展)好|制定|拟定)[^,，。;；:：]{0,12}$"
)
_CELEBRATION_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:[和及与、][^,，。;；:：]{0,30}?周年\s*(?:[(（][^()（）]{0,20}[)）])?\s*)?"
    r"(?:的)?(?:各项)?(?:庆祝|纪念)(?:活动|仪式)"
)


# "这也是为越波建交75周年(1950年~2025年)做准备的一项活动": an anniversary prepared for, still ahead
# "为建交60周年(1960-2020)纪念活动做好准备": the celebrations named before the preparing too
_PREPARED_FOR_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:的)?(?:(?:纪念|庆祝|庆典)(?:活动|仪式)?|系列活动|活动)?\s*"
    r"(?:做(?:好)?(?:各项)?准备|的筹备|筹备)"
)


_BACKGROUND_AFTER = re.compile(r"[^,，。;；!?！？]{0,24}?(?:后|以来|之后)\s*[,，]")
_YEAR_DAY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_ONCE_DID = re.compile(r"\s*[,，]\s*[^,，。;；]{1,16}?曾(?:经)?(?:同|与|和|跟|对|访问|率|在|向|出席|举行|会见|会晤|到|赴|来)")
_EVE_AFTER = re.compile(r"^(?:\s*[(（][^()（）]{0,12}[)）])?\S{0,3}?(?:来临之际|到来之际|降临之际|即将来临|即将到来|来临|降临|前夕)")
_EVE_BEFORE = re.compile(r"(?:迎接|喜迎|迎来|迎)\s*$")
_DURING = re.compile(r"[*\s]*[^,,。;;]{0,8}期间")
# 访问期间 / 王毅此访期间 / 大会期间 / 会议间隙 / 会谈中 / 会谈结束后: the clause happens inside (or right after) a frame told elsewhere.
_AT_TALKS = r"(?:中|时|上|(?:结束)?后)(?=[,，])"  # "在与X举行的会谈上,": the talks' day too
# "在访问框架内,X与Y举行会谈": a visit's frame as 访问期间 (not "在合作框架内", a programme)
_FRAME = re.compile(
    r"(?P<noun>[^,，。;；:：!?！？\s]{1,12}?)(?:期间|间隙|(?<=访问|此访)框架内)|(?P<talk>会谈|会见|会晤)" + _AT_TALKS
)
_VISIT_WORD = re.compile(r"访问|访华|访越|访柬|访老|到访|出访|来访|访")
# what ``_framed`` returns for a frame whose trip the page gives no days (no fallback to an anchor)
_UNDATED = TimeValue(Span(0, 0, "time"), "frame")
# "对老挝进行正式访问": the country or place a visit frame or a dated visit goes to
_FRAMED_DESTINATION = re.compile(r"对([^\s,，。;；对]{2,8}?)进行")
_CLAUSE_END = re.compile(r"[,，;；:：]")
_SECOND_VERB = re.compile(r"并|随后|,|，")
# "中共二十大圆满成功后到访中国": the act follows the meeting, whose days are not its own
_AFTER_MEETING = re.compile(r"(?:刚刚|刚)?(?:圆满成功|胜利|顺利|成功)?(?:闭幕|结束|召开|举行)?(?:之)?后(?!天)")
_SENTENCE = re.compile(r"[^。!?！？;；\n]+")


@dataclass(frozen=True, slots=True)
class YearGuess:
    """Where a year comes from: ``year`` (None when unknown), the basis and the words behind it.

    ``mode`` says how a month-day is placed: "fixed" (that year), "upto" (latest on or before
    ``ref_start``, the publication date), "nearest" (the occurrence nearest ``ref_start``..
    ``ref_end``, after/before it when ``cue`` says so) or "range" (``years`` = first, last).
    """

    year: int | None
    basis: str = "none"
    basis_text: str | None = None
    basis_spans: tuple[Span, ...] = ()
    mode: str = "fixed"
    ref_start: date | None = None
    ref_end: date | None = None
    cue: str | None = None
    years: tuple[int, int] | None = None
    tenure: TenureEvidence | None = None
    bounds: tuple[YearBound, ...] = ()


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    section: str
    teaser: int | None
    role: str  # title lead dateline body caption teaser-caption teaser-title teaser-summary
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class _Item:
    raw: RawTime
    unit: _Unit
    sent: tuple[int, int]
    planned: bool = False
    special: str | None = None  # anniversary-span | other-year (a target or reference year) | festival-eve
    background: bool = False  # 9月16日就任后, …: a day the story looks back to, not its own day
    tv: TimeValue | None = None
    edition: Edition | None = None  # 2024年东南亚足球锦标赛: the competition's days (competitions.tsv)
    recall_opener: bool = False  # "此前,5月30日上午,…": a day told back that opens its sentence
    followed_up: bool = False  # "落实X于2022年10月底访华期间所达成的共识": a past act the story follows up
    founding: bool = False  # "两国于1973年8月4日建交": the day relations began, no context for the story
    year_report: bool = False  # "介绍了该省2016年经济社会发展情况": a finished year's results, told after it
    since: bool = False  # "自2018年1月1日起实施的…": the day a measure began, no context for the story
    held: bool = False  # "祝贺越南成功举办2017年APEC会议": the year of an event already held
    recalled: bool = False  # "此前,2023年6月,…曾…": a month told back, before the story's own days


@dataclass(slots=True)
class _Section:
    key: tuple[str, int | None]
    units: list[_Unit] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    facts: list[YearFact] = field(default_factory=list)
    bounds: list[YearBound] = field(default_factory=list)  # eras, roles held in several years
    pairs: list[NamedPair] | None = None  # (person, office) pairs named, read when first needed
    tenure: YearGuess | None = None
    tenure_done: bool = False
    # a meeting fact's start -> its sentence, for a meeting told back with its own month (dates only there)
    told_back: dict[int, tuple[int, int]] = field(default_factory=dict)


@dataclass(slots=True)
class _Analysis:
    sections: dict[tuple[str, int | None], _Section]
    published: date | None
    crawl: date | None
    values: list[TimeValue]
    norm: str = ""
    # (section, teaser) -> its values outside book titles: the event coder asks once per trigger
    section_values: dict[tuple[str, int | None], list[TimeValue]] = field(default_factory=dict)
    doc: Document | None = None  # the page, for the terms of the people it names (read on need)


# --- reading the page ----------------------------------------------------------------------------
def _units(doc: Document) -> list[_Unit]:
    units: list[_Unit] = []

    def add(span: Span | None, section: str, teaser: int | None, role: str) -> None:
        if span is not None and span.end > span.start:
            units.append(_Unit(span.start, span.end, section, teaser, role))

    add(doc.title, "main", None, "title")
    add(doc.lead, "main", None, "lead")
    add(doc.dateline, "main", None, "dateline")
    for c in doc.captions:
        add(c, "main", None, "caption")
    for b in doc.body:
        add(b, "main", None, "body")
    for i, t in enumerate(doc.teasers):
        add(t.caption, "related", i, "teaser-caption")
        add(t.title, "related", i, "teaser-title")
        add(t.summary, "related", i, "teaser-summary")
    units.sort(key=lambda u: u.start)
    for u in units:
        u.sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(doc.norm, u.start, u.end)] or [
            (u.start, u.end)
        ]
    return units


def _sentence_of(unit: _Unit, pos: int) -> tuple[int, int]:
    for s, e in unit.sentences:
        if s <= pos < e:
            return s, e
    return unit.start, unit.end


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _parse_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# "今年6月16日," opening a sentence: a day of this year recalled after the story's own day is told
_THIS_YEAR_DAY_OPENS = re.compile(r"\s*今年\s*\d{1,2}月\d{1,2}日")
_COMMA_AFTER = re.compile(r"(?:[上下中]午|晚上?|凌晨)?\s*[,，]")


def _told_before(item: _Item) -> bool:
    """A body paragraph's sentence, after the dateline's: the news day is told before it."""
    return item.unit.role == "body"


_BRACKET_BEFORE_ANNIV = re.compile(r"\s*[)）]\s*(?:第\s*)?(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,4})\s*周年")


# "此前,5月30日上午,X…。随后,…": a flashback day that opens its sentence after a "before that" word
# "此前,获悉英国女王逝世,9月9日,…": the news learnt may stand between 此前 and the day
_RECALL_OPENER = re.compile(r"\s*(?:此前|在此之前|此前一天)\s*[,，]\s*(?:(?:获悉|惊悉|得知|闻悉)[^,，。;；]{1,40}[,，]\s*)?")
# "会议前夕,1月16日下午,…": the eve of the page's meeting opening a sentence that then gives its day
_EVE_OPENER = re.compile(r"\s*(?:会议|峰会|会晤|论坛|年会|访问)(?:开幕)?前夕\s*[,，]\s*")


# "两省领导互相介绍彼此的2016年经济社会发展情况": the results of a whole year, reported at a meeting
# held after that year ended (the story's year is a later one, not the year named)
_YEAR_REPORT_AFTER = re.compile(
    r"(?:的)?\s*(?:经济社会|社会经济|经济、社会|经济和社会|经济|社会)(?:发展)?(?:情况|成果|成就|形势|结果)"
    # "介绍越南在2018年取得的突出成就": what the finished year achieved
    r"|(?:内|中|里|期间)?\s*(?:所)?取得的[^,，。;；]{0,6}?(?:成就|成果|进展|成绩)"
)
# "2017年,老挝举行100多个…纪念活动", "2017年,两国已成功举办近70项…活动": a whole year's tally of
# events held, told once that year ended
_YEAR_TALLY_AFTER = re.compile(
    r"\s*[,，]\s*[^。;；,，:：]{0,12}?(?:举行|举办|开展|组织)(?:了)?\s*(?:近|逾|超过|共)?\s*\d+\s*(?:多|余)?\s*(?:个|项|场|次)"
    # "2022年,A与B三次通电话和直接会见": how many times two leaders spoke or met that year
    r"|\s*[,，]\s*[^。;；,，:：]{0,24}?(?:[0-9]{1,2}|[两二三四五六七八九十]{1,2})\s*次"
    r"(?:通电话|通话|会见|会晤|会谈|互访|见面)"
)
# "对越南成功举办2017年亚太经合组织(APEC)会议表示祝贺": an event of that year already held
_HELD_BEFORE = re.compile(r"(?:成功|圆满)(?:举办|主办|召开|举行|承办)(?:了)?\s*$")
# "X在中国期间,双方将举行2017年越中经贸合作座谈会": an event of that year to be held within the
# visit told (期间 opening the clause), the visit's own year
_HOLD_DURING_BEFORE = re.compile(r"期间\s*[,，]\s*[^,，。;；]{0,12}?将(?:举行|举办|召开)\s*$")
_YEAR_REPORT_VERB_BEFORE = re.compile(r"(?:介绍|通报|汇报|总结)(?:了)?[^。;；,，]{0,12}$")
# "2023年,该市对中国的出口额约达4700万美元", "2021年该市与韩国的贸易额保持增长势头": a whole year's
# trade, investment or visitor figure, known only once that year ended (a part of a year,
# "2023年前9个月", or a forecast, "预计达", is not one)
_YEAR_FIGURE_AFTER = re.compile(
    r"(?!\s*(?:前|上半年|下半年|头|第[一二三四1-4]季度|[0-9一二三四五六七八九十]{1,2}月|[1１][-—－~至到]))"
    r"(?:全年)?\s*[,，]?[^。;；,，]{0,16}?"
    r"(?:贸易额|贸易总额|贸易总值|进出口额|进出口总额|进出口总值|出口额|出口总额|进口额|进口总额|营业额|投资额|投资总额"
    r"|国内生产总值|GDP|游客量|游客人数|接待[^。;；,，]{0,10}?游客)"
    r"[^。;；,，]{0,6}?(?:达到|达|保持增长|同比增长|增长|(?:提升|增加|上升|升)(?:为|至|到)|增至|突破)"
)
# "双边贸易总额…,2018年达到3.358亿美元,比2017年增长25%": the figure named before the year, the year
# then reaching a sum (not "比2017年", the year compared with; not a part of a year, as above)
_YEAR_FIGURE_BEFORE = re.compile(
    r"(?:贸易额|贸易总额|贸易总值|进出口额|进出口总额|进出口总值|出口额|出口总额|进口额|进口总额|投资额|投资总额"
    r"|国内生产总值|GDP|游客量|游客人数)[^。;；]{0,24}?[,，]\s*$"
)
_YEAR_SUM_AFTER = re.compile(r"(?:全年)?\s*(?:达到|达|约为|约达|增至|突破)\s*(?:约|近|逾|超过)?\s*\d")
_FORECAST_IN_SENTENCE = re.compile(r"预计|预期|有望|力争|争取|目标|计划|将达|将增")


# "周年(": a bracket of dates after an anniversary; "自", "从": since (``_mark``, compiled once)
# ("建军80周年纪念活动(1944年12月22日—2024年12月22日)": the celebration's words may come between)
_ANNIV_BRACKET_OPEN = re.compile(
    r"(?:周年(?:纪念活动|庆祝活动|纪念日|纪念|庆典)?|第\s*[0-9]{1,3}\s*个[^\s(（)）,，。;；、]{1,6}?(?:日|节))\s*[(（]\s*$"
)
_SINCE_BEFORE = re.compile(r"(?:自|从)\s*$")
_SINCE_ON_AFTER = re.compile(r"\s*(?:起|开始)")  # "自2018年1月1日起": a measure in force since
# "2020年至今双边在…的合作": a span from a year up to now, no year of the story either
_SINCE_YEAR_AFTER = re.compile(r"\s*(?:起|开始)\s*[,，]|\s*以来|\s*至今")
# "自第五次会议于2015年11月在广东召开以来": the day of an earlier event the story counts from
_SINCE_EVENT_BEFORE = re.compile(r"(?:自|自从|从)[^,，。;；自从]{1,20}?(?:于|在)\s*$")
_SINCE_EVENT_AFTER = re.compile(r"[^,，。;；]{0,20}?以来")


# "永远不会忘记越南2021年…", "感谢越南2020年…提供的援助": a year of a past act someone remembers or
# thanks for, before the story, not its own year
_REMEMBERED_BEFORE = re.compile(r"(?:不会忘记|不会忘|铭记|牢记|感谢|感激)[^,，。;；]{0,20}$")


# "由1899年…成立的3个协会合并而成", "X于1994年与越美协会建立关系", "两国于1973年建交": the year a body
# was founded or relations were set up, a background of the story, never its own year
_FOUNDED_AFTER = re.compile(
    r"[^,，。;；]{0,16}?(?:成立|创立|创建|建立(?:了)?(?:外交)?关系|正式建交|建交|合并而成)"
    # "落实2031年所签署的协定": the year an agreement the story goes back to was reached
    r"|\s*所(?:达成|签署|签订)的"
)


# "2013年,两国签署了…联合声明", "2009年,两国关系提升为…": a year opening its sentence on a milestone
# of the relations reached then, a background of the story, never its own year
_YEAR_OPENS_SENTENCE = re.compile(r"\s*(?:此前|早在)?[,，]?\s*")
_MILESTONE_AFTER = re.compile(
    r"\s*[,，]\s*[^,，。;；]{0,30}?(?:签署了|签订了|建立了|正式建交|提升为|升级为|提升至|升级至)"
)


def _mark(norm: str, item: _Item) -> None:
    """Planned events, anniversary brackets, target years and festival eves: read around the words."""
    r, (s0, _e0) = item.raw, item.sent
    if r.kind == "date" and r.start > s0 and _RECALL_OPENER.fullmatch(norm, s0, r.start):
        item.recall_opener = True
    if r.kind == "date" and r.start > s0 and _EVE_OPENER.fullmatch(norm, s0, r.start):
        item.recall_opener = True
    if r.kind == "month" and r.start > s0 and _RECALL_OPENER.fullmatch(norm, s0, r.start):
        item.recalled = True
    if r.kind in {"year", "month"} and _REMEMBERED_BEFORE.search(norm, max(s0, r.start - 30), r.start):
        item.recalled = True  # "古巴人民永远不会忘记越南2021年向古巴捐赠的大米": a past act remembered
    if r.kind in {"year", "month"} and _FOUNDED_AFTER.match(norm, r.end):
        item.recalled = True  # "VFW于1991年开始与越南建立关系": a founding year, before the story
    if r.kind == "year" and _YEAR_OPENS_SENTENCE.fullmatch(norm, s0, r.start) and _MILESTONE_AFTER.match(norm, r.end):
        item.recalled = True  # "2013年,两国签署了…": a milestone of the relations, told back
    before = norm[max(s0, r.start - 12) : r.start]
    after = norm[r.end : r.end + 12]
    if r.kind in {"range", "year-range", "date"} and _ANNIV_BRACKET_OPEN.search(before):
        item.special = "anniversary-span"
        return
    if r.kind in {"range", "year-range"} and _BRACKET_BEFORE_ANNIV.match(norm, r.end):
        item.special = "anniversary-span"  # "企业家日(2004年10月13日—2024年10月13日)20周年"
        return
    if (
        r.rel in _FUTURE_WORDS
        or _PLANNED_BEFORE.search(before)
        or _PLANNED_IN_SENTENCE.search(norm, s0, r.start)
    ):
        item.planned = True
    if r.kind in {"year", "year-range"} and (
        _FUTURE_YEAR_BEFORE.search(before)
        or (before.endswith("以") and _OCCASION_AHEAD_AFTER.match(norm, r.end))
        or _FUTURE_YEAR_AFTER.match(after)
        or (r.kind == "year" and _GOAL_AFTER.match(norm, r.end))
        or (r.kind == "year" and _WISHED_YEAR_AFTER.match(norm, r.end))
        or before.endswith("《")
        or (r.kind == "year" and in_book_title(norm, r.start))  # 《关于1985年…和2005年补充条约的补充条约》
        or _QUALIFIER_AFTER.match(norm, r.end)
        or _PLAN_AFTER.match(norm, r.end)
        or _SAME_PERIOD_AFTER.match(norm, r.end)
    ):
        item.special = "other-year"
    elif r.kind == "year" and r.part is None and _COMPETITION_AFTER.match(norm, r.end):
        item.special = "season"
        if r.y is not None:
            item.edition = competition_edition(norm, r.end, r.y)
    if r.kind == "festival" and (_EVE_AFTER.match(after) or _EVE_BEFORE.search(before)):
        item.special = "festival-eve"
    # "自2018年1月1日起", "从2020年以来": since a day; "从11月29日至30日对土耳其进行访问" is the
    # range of an act told now, not a since
    if _BACKGROUND_AFTER.match(norm, r.end) or (_SINCE_BEFORE.search(before) and r.kind != "range"):
        item.background = True
    if r.kind == "date" and r.y is not None and _SINCE_BEFORE.search(before) and _SINCE_ON_AFTER.match(norm, r.end):
        item.since = True
    if r.kind == "year" and r.y is not None and _SINCE_YEAR_AFTER.match(norm, r.end):
        item.since = True  # "2005年起,该会议每隔2到3年举行": a practice since a year, no year of the story
    if (
        r.kind in {"month", "date"}
        and r.y is not None
        and _SINCE_EVENT_BEFORE.search(norm, max(s0, r.start - 24), r.start)
        and _SINCE_EVENT_AFTER.match(norm, r.end)
    ):
        item.since = True  # "自第五次会议于2015年11月在广东召开以来": an earlier event, the story comes after it
        item.background = True
    if r.kind == "date" and r.y is not None and _FOUNDING_AFTER.match(norm, r.end):
        item.founding = True
    if r.kind in {"date", "month", "year"} and r.y is not None and _BIRTH_AFTER.match(norm, r.end):
        # "苏丹某某1946年7月15日生于首都": a leader's birth day, told in a profile, dates nothing
        # of the story (a visit "3月26日至28日" on the same page is not in 1946)
        item.founding = True
        if r.kind == "year":
            item.special = "other-year"
    if r.kind == "year" and r.y is not None and _HELD_BEFORE.search(norm, max(s0, r.start - 8), r.start):
        item.held = True
    if (
        r.kind == "year"
        and r.y is not None
        and _HOLD_DURING_BEFORE.search(norm, max(s0, r.start - 40), r.start)
    ):
        item.held = True  # "陈大光在中国期间,双方将举行2017年越中经贸座谈会": held during the story
    if (
        r.kind == "year"
        and r.y is not None
        and _YEAR_REPORT_AFTER.match(norm, r.end)
        and _YEAR_REPORT_VERB_BEFORE.search(norm, s0, r.start)
    ):
        item.year_report = True
    if (
        r.kind == "year"
        and r.y is not None
        and item.special is None
        and not item.planned
        and (
            _YEAR_TALLY_AFTER.match(norm, r.end)
            or _YEAR_FIGURE_AFTER.match(norm, r.end)
            or (_YEAR_SUM_AFTER.match(norm, r.end) and _YEAR_FIGURE_BEFORE.search(norm, max(s0, r.start - 30), r.start))
        )
        and not _FORECAST_IN_SENTENCE.search(norm, s0, item.sent[1])
    ):
        item.year_report = True
    if r.kind in {"month", "date", "range"} and r.y is not None and _FOLLOWED_UP_AFTER.match(norm, r.end):
        item.followed_up = True
    if r.kind == "month" and r.y is not None and _SINCE_BEFORE.search(before) and _UP_TO_NOW_AFTER.match(norm, r.end):
        item.followed_up = True
    if (
        r.kind in {"month", "date"}
        and r.y is not None
        and _SIGNED_AFTER.match(norm, r.end)
        and _CARRIED_OUT_BEFORE.search(norm, max(s0, r.start - 6), r.start)
    ):
        item.followed_up = True
    if r.kind == "date" and _YEAR_DAY.fullmatch(norm, r.start, r.end) and _ONCE_DID.match(norm, r.end):
        item.background = True  # "2022年7月6日,A曾同B举行视频会谈。": a dated look back, no anchor for 当天
    if _THIS_YEAR_DAY_OPENS.fullmatch(norm, s0, r.end) and _COMMA_AFTER.match(norm, r.end) and _told_before(item):
        item.background = True  # "…感谢日方。今年6月16日,日方…运抵": a day recalled after the news day
    if (
        not item.special
        and _SINCE_BEFORE.search(before)
        and (r.kind in {"year", "month", "year-range"} or (r.kind == "relative" and r.rel in _YEAR_WORDS))
    ):
        item.special = "since"  # "中方将从今年开始分享…": where a measure starts, not the event's date


def _unit_at(units: list[_Unit], starts: list[int], start: int, end: int) -> _Unit | None:
    i = bisect_right(starts, start) - 1
    if i >= 0 and units[i].start <= start and end <= units[i].end:
        return units[i]
    return None


# Time expressions read per section. Year inference weighs each expression against the
# others (quadratic): 3,000 of them (a run of "5月1日至") took 14 s. An article has < 100.
MAX_ITEMS = 400


# "春节(农历正月初一)": the lunar day glosses the festival; "致以新春问候": a greeting, not a day
_GLOSSED = re.compile(r"(?:节|春节|新年|元旦)\s*[(（]\s*$")
_GREETING_AFTER = re.compile(r"\s*(?:的)?(?:问候|祝福|祝愿|贺信|贺电|贺词|贺卡|慰问)")


# "2024年新春会晤", "新春团拜会": a gathering named by the season is not held on the festival's day
_SEASON_GATHERING = re.compile(r"(?:会晤|会见|联欢会|团拜会|招待会|见面会|茶话会|座谈会|交流会)")


# "老挝传统新年", "柬埔寨传统新年": a new year of another calendar (in April), not January 1
_OTHER_CALENDAR_BEFORE = re.compile(r"传统\s*$")


def _is_gloss(norm: str, raw: RawTime) -> bool:
    """A time expression that only explains or qualifies another word and dates nothing itself."""
    if raw.kind == "lunar" and _GLOSSED.search(norm, max(0, raw.start - 6), raw.start):
        return True
    if (
        raw.kind == "festival"
        and raw.festival == "新年"
        and raw.y is None
        and _OTHER_CALENDAR_BEFORE.search(norm, max(0, raw.start - 4), raw.start)
    ):
        return True
    return raw.kind == "festival" and raw.y is None and bool(_GREETING_AFTER.match(norm, raw.end))


def _analyse(doc: Document) -> _Analysis:
    """Scan the page once (grammar, meetings, anniversaries) and sort what is found into sections."""
    norm = doc.norm
    units = _units(doc)
    sections: dict[tuple[str, int | None], _Section] = {}
    for unit in units:
        sections.setdefault((unit.section, unit.teaser), _Section((unit.section, unit.teaser))).units.append(
            unit
        )
    published = _parse_date(doc.published)
    crawl = _parse_date(str(doc.meta.get("fetched_date") or ""))
    an = _Analysis(sections, published, crawl, [], norm, doc=doc)
    if not units:
        return an
    starts = [u.start for u in units]
    lo, hi = units[0].start, max(u.end for u in units)
    for raw in scan(norm, lo, hi):  # one pass: no expression crosses a line, so none crosses a unit
        unit = _unit_at(units, starts, raw.start, raw.end)
        if _is_gloss(norm, raw):
            continue
        if raw.kind == "festival" and raw.festival == "新春" and _SEASON_GATHERING.match(norm, raw.end):
            if raw.y is None:
                continue
            # "2024年新春会晤": a gathering of the new-year season, held after the festival: its year only
            raw = replace(raw, kind="year", m=None, d=None, festival=None)
        if unit is not None and len(sections[(unit.section, unit.teaser)].items) < MAX_ITEMS:
            item = _Item(raw, unit, _sentence_of(unit, raw.start))
            _mark(norm, item)
            sections[(unit.section, unit.teaser)].items.append(item)
    facts = find_meetings(norm, lo, hi) + find_hosted_meetings(norm, lo, hi) + _successions(norm, lo, hi)
    facts += _own_year_firsts(norm, lo, hi)
    done: set[tuple[int, int]] = set()
    for word in ("周年", "年来", "年以来"):  # "建交45周年", and "建交45年来"/"建交45年以来" (the years counted since)
        pos = norm.find(word, lo, hi)
        while pos >= 0:
            unit = _unit_at(units, starts, pos, pos + 2)
            if unit is not None:
                sent = _sentence_of(unit, pos)
                if sent not in done:
                    done.add(sent)
                    found = find_anniversaries(norm, *sent, floor=unit.start)
                    facts += found or (_founded_elsewhere(norm, sent, units) if word == "周年" else [])
            pos = norm.find(word, pos + 2, hi)
    for f in find_ordinal_days(norm, lo, hi):  # "第244个独立日(1776/7/4-2020/7/4)"
        unit = _unit_at(units, starts, f.span.start, f.span.end)
        if unit is not None and _sentence_of(unit, f.span.start) not in done:
            facts.append(f)
    facts += find_year_to_date(norm, lo, hi)
    facts += find_death_news(norm, lo, hi)  # "就X逝世致唁电": the days after that death
    for s, e in upgrade_hits(norm, lo, hi):  # "越澳两国去年3月建立战略伙伴关系": the year word dates the page
        unit = _unit_at(units, starts, s, e)
        if unit is not None and (up := find_partnership_upgrade(norm, *_sentence_of(unit, s), unit.start, s)):
            facts.append(up)
        elif unit is not None and (up := find_partnership_news(norm, *_sentence_of(unit, s), unit.start, s)):
            facts.append(up)  # "一致同意将越新关系提升为全面战略伙伴关系": the day the table gives
    for f in facts:
        ahead = _AHEAD_YEAR.search(norm, max(lo, f.span.start - 24), f.span.end) if f.kind == "anniversary" else None
        if ahead is not None and int(ahead["y"] or ahead["y2"]) == f.year:
            unit = _unit_at(units, starts, f.span.start, f.span.end)
            if unit is not None:  # "2018年,两国将纪念建交45周年": the page is told before that year
                interval = ((date(1900, 1, 1), date(f.year - 1, 12, 31)),)
                bound = YearBound(Span(ahead.start(), f.span.end, "era"), "era", interval, ahead.group())
                sec_bounds = sections[(unit.section, unit.teaser)].bounds
                if all(b.text != bound.text for b in sec_bounds):
                    sec_bounds.append(bound)
            continue
        # "即将迎来建交50周年(1976-2026)": the years in brackets after it leave the words before it as they are
        a_end = f.span.end
        if f.kind == "anniversary" and f.explicit and (b := _YEARS_BRACKET_TAIL.search(norm, f.span.start, a_end)):
            a_end = b.start()
        if f.kind == "anniversary" and _occasion_ahead(norm, f.span.start, a_end):
            if not _nearing_only(norm, f.span.start, a_end):
                continue  # "同意以2025年越中建交75周年为契机": an occasion named by its own year, still ahead
            f = replace(f, eve=True)  # "老挝即将迎来国庆50周年": the anniversary is near, as its eve
        if f.kind == "anniversary" and _EVE_OF_AFTER.match(norm, f.span.end):
            f = replace(f, eve=True)  # "建立10周年(2013-2023年)前夕": the anniversary is still ahead
        unit = _unit_at(units, starts, f.span.start, f.span.end)
        if unit is not None:
            sec_f = sections[(unit.section, unit.teaser)]
            if f.kind == "meeting" and not f.fixed and _meeting_told_back(norm, unit, f):
                sec_f.told_back[f.span.start] = _sentence_of(unit, f.span.start)
            sec_f.facts.append(_as_told(norm, unit, f))
    _find_bounds_and_roles(doc, an, units, starts, lo, hi)
    return an


# "这是两国2019年首次高层访问", "此访是X上任后2021年的首次出访": the story's own act told as the
# first of a year, so the page is in that year ("这是2016年以来首次…" counts from a year, it is not it)
_OWN_YEAR_FIRST = re.compile(
    r"(?:这|此访|此次访问|这次访问|本次访问|此行)(?:也|还)?是[^。;；!?！？]{0,24}?"
    r"(?P<y>(?:19|20)\d{2})\s*年(?![^。;；!?！？,，]{0,4}(?:以来|来|起|至今))"
    r"(?:内|度)?(?:的)?[^。;；!?！？,，\d年]{0,10}?(?:首次|第一次|首个|首位|首场|首轮|首趟)"
)


# "2017年4月,A率团出席在达卡召开的各国议会联盟第136届大会": a meeting its sentence dates with a month
# (or a day) of that meeting's own year, written before it: an earlier act told back with its own
# date, which says no more of the story's year than any other dated background sentence
_MEETING_MONTH_BEFORE = re.compile(r"(?<![到至向])(?P<y>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")


def _meeting_told_back(norm: str, unit: _Unit, fact: YearFact) -> bool:
    s0, _ = _sentence_of(unit, fact.span.start)
    return any(int(m["y"]) == fact.year for m in _MEETING_MONTH_BEFORE.finditer(norm, s0, fact.span.start))


# "2016年和今年前9个月,该省吸引外资…": the 今年 told beside a past year is the year after it
_YEAR_AND_THIS_YEAR = re.compile(YEAR_AND_THIS_YEAR)


# "一致认为,2021年初以来,两党两国高层领导人保持频繁接触": since the start of a year written out,
# the stretch of the page's own year so far (a year before the page's own would be 去年初以来)
_SINCE_YEAR_START = re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d{2})\s*年\s*(?:年)?初以来")


def _own_year_firsts(norm: str, lo: int, hi: int) -> list[YearFact]:
    """``这是两国2019年首次高层访问``: the year the page's own act is the first of (fixed);
    ``2021年初以来,…``: the year whose start the page counts from (fixed)."""
    out: list[YearFact] = []
    for rx in (_OWN_YEAR_FIRST, _SINCE_YEAR_START):
        for m in rx.finditer(norm, lo, hi):
            year = int(m["y"])
            words = norm[m.start() : m.end()]
            out.append(YearFact(Span(m.start(), m.end(), "own-year"), "own-year", year, words, fixed=True))
    return out


# "越老政府间联合委员会第40次会议" and "越老政府间联合委员会第39次会议已于2017年2月在河内召开": the
# session after one dated by its year, in a series of the same name, is held the year after
_NUMBERED_SESSION = re.compile(
    r"(?P<series>[\u4e00-\u9fff]{4})第\s*(?P<n>[0-9]{1,3}|[一二三四五六七八九十百]{1,5})\s*[次届]"
    r"(?P<kind>会议|会晤|对话|磋商|联席会议|年会|峰会)"
)
_SESSION_YEAR_AFTER = re.compile(r"[^,，。;；\d]{0,6}?(?:于|在)\s*(?P<y>(?:19|20)\d{2})\s*年")
_SESSION_YEAR_BEFORE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年[^,，。;；\d]{0,24}$")


def _successions(norm: str, lo: int, hi: int) -> list[YearFact]:
    """``…第40次会议`` beside ``…第39次会议已于2017年2月…召开``: the next session of a numbered
    series the page dates by its year is a year later (a fixed year where it is named)."""
    found = [(m, cn_int(m["n"])) for m in _NUMBERED_SESSION.finditer(norm, lo, hi)]
    dated: dict[tuple[str, str, int], int] = {}
    for m, n in found:
        if n is None:
            continue
        after = _SESSION_YEAR_AFTER.match(norm, m.end())
        before = _SESSION_YEAR_BEFORE.search(norm, max(lo, m.start() - 30), m.start())
        y = after or before
        if y is not None:
            dated[(m["series"], m["kind"], n)] = int(y["y"])
    out: list[YearFact] = []
    for m, n in found:
        if n is None or (m["series"], m["kind"], n) in dated:
            continue
        year = dated.get((m["series"], m["kind"], n - 1))
        if year is not None:
            words = f"{m.group()}: the session before it held in {year}年 → {year + 1}"
            out.append(YearFact(Span(m.start(), m.end(), "succession"), "succession", year + 1, words, fixed=True))
    return out


# "阿根廷越南文化院(ICAV)成立20周年纪念典礼" with "始建于1997年12月18日" told further on: the body's
# founding year, written once in the article, is the anniversary's base
_FOUNDED_N_YEARS = re.compile(r"(?:成立|创立|创建|建立|创办)\s*(?:第\s*)?(?P<n>[0-9]{1,3})\s*周年")
_FOUNDED_IN = re.compile(r"(?:始建于|成立于|创建于|创立于|创办于|建立于)\s*(?P<y>(?:19|20)[0-9]{2})\s*年")


def _founded_elsewhere(norm: str, sent: tuple[int, int], units: list[_Unit]) -> list[YearFact]:
    """``X成立N周年`` with no base the sentence or the tables give: the one founding year the same
    part of the page writes (``始建于1997年``), plus N."""
    m = _FOUNDED_N_YEARS.search(norm, *sent)
    if m is None:
        return []
    section = next((u for u in units if u.start <= m.start() < u.end), None)
    if section is None:
        return []
    parts = [u for u in units if (u.section, u.teaser) == (section.section, section.teaser)]
    years = {int(f["y"]) for u in parts for f in _FOUNDED_IN.finditer(norm, u.start, u.end)}
    if len(years) != 1:
        return []
    year = years.pop() + int(m["n"])
    return [YearFact(Span(m.start(), m.end(), "anniversary"), "anniversary", year, norm[m.start() : m.end()])]


def _find_bounds_and_roles(
    doc: Document, an: _Analysis, units: list[_Unit], starts: list[int], lo: int, hi: int
) -> None:
    """Yearly roles (越南担任今年东盟轮值主席国), eras (新冠肺炎疫情) and terms begun (去年10月就任)."""
    norm = an.norm
    for s, e in role_hits(norm, lo, hi):
        unit = _unit_at(units, starts, s, e)
        if unit is not None:
            found = find_role(norm, s, e, _sentence_of(unit, s))
            if found is None:
                found = find_current_role(norm, s, e, _sentence_of(unit, s))
            sec = an.sections[(unit.section, unit.teaser)]
            if isinstance(found, YearFact):
                sec.facts.append(found)
            elif found is not None:
                sec.bounds.append(found)
    for b in find_eras(norm, lo, hi):
        unit = _unit_at(units, starts, b.span.start, b.span.end)
        if unit is not None:
            an.sections[(unit.section, unit.teaser)].bounds.append(b)
    for m in _TERM_COMPLETED.finditer(norm, lo, hi):
        unit = _unit_at(units, starts, m.start(), m.end())
        if unit is None or _TERM_STILL_AHEAD.search(norm, max(lo, m.start() - 12), m.start()):
            continue
        # "在越南出色完成了2020-2021年任期联合国安理会非常任理事国一职…的背景下": told after the term
        interval = ((date(int(m["y2"]) + 1, 1, 1), date(2100, 12, 31)),)
        an.sections[(unit.section, unit.teaser)].bounds.append(
            YearBound(Span(m.start(), m.end(), "era"), "era", interval, m.group())
        )
    for m in TAKING_OFFICE.finditer(norm, lo, hi):
        unit = _unit_at(units, starts, m.start(), m.end())
        if unit is None:
            continue
        sec = an.sections[(unit.section, unit.teaser)]
        took = took_office(
            doc, _sentence_of(unit, m.start()), (m.start(), m.end()), lambda sec=sec: _pairs(doc, an, sec)
        )
        if took is not None:
            y = took.start.year + took.shift
            # 就任 is congratulated after the term began; 当选 also before it (a president elected in
            # May takes office on June 30: "5月30日致电…祝贺他当选…总统"), so the nearest year
            cue = "after" if took.near and not took.words.endswith("当选") else None
            fact = YearFact(took.span, "took-office", y, took.words, took.start, took.start, cue, True)
            sec.facts.append(replace(fact, fixed=not took.near))
    for sec in an.sections.values():
        if sec.bounds:
            _settle_roles(sec)


# "完成了2020-2021年任期联合国安理会非常任理事国一职": a term of years completed, so the page is told
# after its last year ("将圆满完成…任期", "力争完成…": still ahead, no bound)
_TERM_COMPLETED = re.compile(
    r"完成(?:了)?\s*(?P<y1>(?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至到]\s*(?P<y2>(?:19|20)\d{2})\s*年任期"
)
_TERM_STILL_AHEAD = re.compile(r"(?:将|力争|争取|确保|有望|致力于)[^,，。;；]{0,8}$")


def _settle_roles(sec: _Section) -> None:
    """Roles held in several years, cut by the section's other bounds: one year left is a fact.

    ``今年越南担任东盟轮值主席国`` (2010 or 2020) beside ``新冠肺炎疫情`` (2020-2023) gives 2020.
    """
    roles = [b for b in sec.bounds if b.kind == "role"]
    if not roles:
        return
    years = set.intersection(*({d.year for iv in b.intervals for d in iv} for b in roles))
    for b in sec.bounds:
        if b.kind != "role":
            kept = {y for y in years if any(s.year <= y <= e.year for s, e in b.intervals)}
            years = kept or years
    if len(years) == 1:
        words = " ∩ ".join(b.text for b in sec.bounds)
        sec.facts.append(YearFact(roles[0].span, "role", years.pop(), words, fixed=True))


_TOLD_YEAR = re.compile(r"(今年|去年|明年|前年)(?!以来)")
_YEAR_AFTER_ANNIVERSARY = re.compile(r"(?:纪念日)?的\s*(去年|明年|前年)(?!以来)")
_TOLD_MEETING = re.compile(
    r"(今年|去年|明年|前年)\s*(?:[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?)?\s*(?:在[^,，。;；]{1,8})?"
    r"(?:成功|顺利|隆重|胜利)?(?:召开|举行)的\s*$"
)


def _as_told(norm: str, unit: _Unit, fact: YearFact) -> YearFact:
    """``去年,两国庆祝建交50周年``: the anniversary was last year, so the page is one year later.

    The year word nearest before the anniversary in its sentence counts (今年 shifts nothing;
    one that opens a period running up to now, ``去年11月就任…以来``, does not count); a
    meeting counts only when the words say when it was held (``去年11月召开的…``): then the
    page's year is fixed.
    """
    if fact.kind == "meeting" and not fact.fixed:
        s0, _ = _sentence_of(unit, fact.span.start)
        m = _TOLD_MEETING.search(norm, max(s0, fact.span.start - 24), fact.span.start)
        if m is None:
            return fact
        shift = _YEAR_WORDS[m.group(1)]
        span = Span(m.start(), fact.span.end, "meeting")
        return replace(
            fact, year=fact.year - shift, told=shift, fixed=True, span=span, text=norm[span.start : span.end]
        )
    if fact.kind != "anniversary":
        return fact
    s0, _ = _sentence_of(unit, fact.span.start)
    words = [
        w
        for w in _TOLD_YEAR.finditer(norm, max(s0, fact.span.end - 60), fact.span.end)
        # ``去年11月就任总理以来首次访问越南,恰逢建交50周年``: the year word opens a period that runs
        # up to now (以来), so it dates the start of that period, not the anniversary.
        if "以来" not in norm[w.end() : fact.span.start]
    ]
    after = _YEAR_AFTER_ANNIVERSARY.match(norm, fact.span.end)
    if not words and after is not None:
        # ``两国在迎来建交50周年的明年``: the year word after the anniversary names the year it falls in
        word = after.group(1)
        return _shifted(fact, word, f"{fact.text}…{word}", Span(fact.span.start, after.end()))
    if not words:
        return fact
    if words[-1].group(1) == "今年":
        return replace(fact, now=True)
    m = words[-1]
    return _shifted(fact, m.group(1), f"{m.group(1)}…{fact.text}", Span(min(m.start(), fact.span.start), fact.span.end))


def _shifted(fact: YearFact, word: str, text: str, span: Span) -> YearFact:
    """The anniversary told with a year word (去年, 明年): the page is that many years off it."""
    shift = _YEAR_WORDS[word]
    return replace(fact, year=fact.year - shift, told=shift, text=text, span=span)


# --- placing a month-day in a year ------------------------------------------------------------------
Candidate = Callable[[int], "date | None"]


def _place(cand: Candidate, guess: YearGuess, planned: bool) -> date | None:
    """The date among ``cand(year)`` for years around the guess that its mode selects."""
    if guess.mode == "fixed" and guess.year is not None:
        y = guess.year
        options = [d for d in (cand(y), cand(y - 1), cand(y + 1)) if d is not None and d.year == y]
        return options[0] if options else cand(y)
    ref = guess.ref_start
    if ref is None:
        return None
    ref_end = guess.ref_end or ref
    options = [d for d in (cand(ref.year - 1), cand(ref.year), cand(ref.year + 1)) if d is not None]
    if not options:
        return None
    if guess.mode == "upto":
        if planned:
            later = [d for d in options if d >= ref]
            return min(later) if later else max(options)
        earlier = [d for d in options if d <= ref]
        return max(earlier) if earlier else min(options)
    if guess.cue == "after":
        options = [d for d in options if d >= ref] or options
    elif guess.cue == "before":
        options = [d for d in options if d <= ref_end] or options

    def distance(d: date) -> int:
        return 0 if ref <= d <= ref_end else min(abs((d - ref).days), abs((d - ref_end).days))

    return min(options, key=distance)


def _gregorian(m: int, d: int) -> Candidate:
    def cand(y: int) -> date | None:
        try:
            return date(y, m, d)
        except ValueError:
            return None

    return cand


def _lunar(m: int, d: int, leap: bool = False) -> Candidate:
    return lambda y: lunar_to_solar(y, m, d, leap)


# --- year evidence ----------------------------------------------------------------------------------
def _explicit_date(item: _Item) -> date | None:
    """The first day an item with a written year states (None when it has no year or month)."""
    tv = item.tv
    if (
        tv is None
        or tv.basis != "explicit"
        or tv.start is None
        or item.special in {"anniversary-span", "other-year"}
    ):
        return None
    if item.raw.kind in {"date", "range", "dates", "month", "month-range", "lunar", "lunar-range"}:
        return _parse_date(tv.start)
    return None


def _season_next_year(item: _Item, season: _Item, ref: date | None) -> YearGuess | None:
    """The year of a day beside a competition named by its year (``2024年东南亚足球锦标赛``).

    With the edition's days known (``competitions.tsv``), the year that puts the day among them
    (``1月5日`` is 2025-01-05, whatever the page's date); otherwise a day early in the year after
    the competition's year, when the page is dated just after it."""
    r, y = item.raw, season.raw.y
    if season.special != "season" or y is None or not (r.m and r.d):
        return None
    edition = season.edition
    if edition is not None:
        # the edition's days are known: the year that puts the day among them
        for year in sorted({edition.start.year, edition.end.year}):
            try:
                day = date(year, r.m, r.d)
            except ValueError:
                continue
            if edition.holds(day):
                text = f"{season.raw.text}{edition.name}: played {edition.start.isoformat()}–{edition.end.isoformat()}"
                return YearGuess(year, "recurring-meeting", text, (season.tv.span,) if season.tv else ())
    if ref is None or r.m > 3:
        return None
    try:
        day = date(y + 1, r.m, r.d)
    except ValueError:
        return None
    if not (day <= ref and (ref - day).days <= 120):
        return None
    text = f"{season.raw.text}: the season ends early in {y + 1} (page of {ref.isoformat()})"
    return YearGuess(y + 1, "context", text, (season.tv.span,) if season.tv else ())


def _clause_year(
    item: _Item, sec: _Section, published: date | None, season_ref: date | None = None
) -> YearGuess | None:
    """A year written in the same sentence (``12月25日上午…召开2025年第三次会议``).

    ``season_ref`` is the page's date, which may move a competition's final into the next year.
    """
    best: tuple[int, YearGuess] | None = None
    s0, s1 = item.sent
    own_anniversary = [f.span.end for f in sec.facts if f.kind == "anniversary" and s0 < f.span.end <= s1]
    for other in sec.items:
        if other is item or other.sent != item.sent or other.tv is None:
            continue
        if other.special in {"anniversary-span", "other-year"}:
            continue
        if other.background and other.raw.end <= item.raw.start and any(a > other.raw.end for a in own_anniversary):
            # "在日本天皇2017年2月访越之后,X恰逢建交45周年之际自5月29日至6月2日访日": the year of the
            # earlier event told before 之后, when the sentence gives the act's own anniversary
            continue
        r = other.raw
        guess: YearGuess | None = None
        text = other.raw.text
        full = _explicit_date(other)
        if full is not None:
            guess = YearGuess(
                full.year,
                "explicit",
                text,
                (other.tv.span,),
                "nearest",
                full,
                _parse_date(other.tv.end) or full,
            )
        elif (
            r.kind in {"year", "festival", "lunar-year"} and r.y is not None and other.tv.basis == "explicit"
        ):
            if r.part == FISCAL_YEAR and (item.raw.m is None or item.raw.m <= 3):
                continue  # January to March of a fiscal year may fall in the next calendar year
            guess = _season_next_year(item, other, season_ref) or YearGuess(
                r.y, "explicit", text, (other.tv.span,)
            )
        elif r.kind == "festival" and r.ganzhi is not None and other.tv.basis == "explicit" and other.tv.start:
            # "2月3日晚,…举行甲辰年春节联欢会": the festival's solar day gives the year of a day before it
            solar = _parse_date(other.tv.start)
            if solar is not None:
                guess = YearGuess(solar.year, "explicit", text, (other.tv.span,))
        if guess is None or guess.year is None:
            continue
        if published is not None and guess.year > published.year and not item.planned:
            continue
        dist = abs(other.raw.start - item.raw.start)
        if best is None or dist < best[0]:
            best = (dist, guess)
    return None if best is None else best[1]


_FACT_BASIS = {
    "own-year": "explicit",
    "succession": "recurring-meeting",
    "upgrade": "partnership",
    "meeting": "recurring-meeting",
    "role": "recurring-role",
    "took-office": "took-office",
    "year-to-date": "context",
    "death": "anniversary",
}


def _fact_guess(item_pos: int, sec: _Section, kinds: tuple[str, ...], eve: bool = False) -> YearGuess | None:
    """The nearest fact of these kinds: a fixed year, or a meeting's days (nearest occurrence);
    an anniversary told as its eve (``10周年前夕``) only with ``eve``."""
    facts = [
        f
        for f in sec.facts
        if f.kind in kinds
        and (f.eve == eve or f.kind != "anniversary")
        # a meeting told back with its own month dates its own sentence, not the story's days
        and not ((b := sec.told_back.get(f.span.start)) is not None and not b[0] <= item_pos < b[1])
    ]
    if "anniversary" in kinds:
        # "东盟-印度建立对话关系25周年纪念峰会": a commemorative summit that recurring_meetings.tsv holds
        # dates the page by its own days (the year after the anniversary year, at times), not the
        # anniversary it is named for
        held = [f.span for f in sec.facts if f.kind == "meeting"]
        facts = [
            f
            for f in facts
            if f.kind != "anniversary" or not any(h.start <= f.span.start and f.span.end <= h.end for h in held)
        ]
    if not facts:
        return None
    years = {f.year for f in facts if f.kind == "anniversary"}
    if len(years) > 1 and any(f.now for f in facts):
        # ``…25周年纪念峰会`` beside ``今年恰逢建交46周年``: the anniversaries disagree, and only the
        # one told with 今年 says which year the page is in (a commemoration may follow its year)
        facts = [f for f in facts if f.kind != "anniversary" or f.now]
    f = min(facts, key=lambda f: (abs(f.span.start - item_pos), -f.span.start))
    if f.kind == "anniversary" and f.eve and f.day is not None and not f.told:
        # "对老挝即将迎来国庆50周年表示祝贺" (2 December): a day told before the anniversary falls on
        # or before it, in its year (a call in November) or the year before (a talk in late December)
        return YearGuess(f.year, "anniversary", f.text, (f.span,), "nearest", f.day, f.day, "before")
    if f.kind == "anniversary":
        return YearGuess(f.year, "anniversary", f.text, (f.span,))
    if f.fixed:  # a role or a term begun in a year the text names (今年, 去年10月)
        return YearGuess(f.year, _FACT_BASIS[f.kind], f.text, (f.span,))
    return YearGuess(f.year, _FACT_BASIS[f.kind], f.text, (f.span,), "nearest", f.start, f.end, f.cue)


# "阮富仲总书记于2022年10月底访华期间两党两国最高领导人所达成的共识": the story follows up on a past
# act of that month, so its own undated days come after it, not just nearest to it
_FOLLOWED_UP_AFTER = re.compile(r"[^。;；,，]{0,16}?期间[^。;；,，]{0,24}?(?:所)?达成(?:了)?的")
# "双方一致同意落实2015年12月签署的合作协议": a document signed in that month, now carried out
_SIGNED_AFTER = re.compile(r"\s*(?:所)?(?:签署|签订|通过|达成)(?:了)?的")
_CARRIED_OUT_BEFORE = re.compile(r"(?:落实|执行|实施|贯彻)(?:好)?\s*$")
# "自2022年8月至今,…贸易总额超过1.4亿美元": a span up to now, so the story comes after that month
_UP_TO_NOW_AFTER = re.compile(r"\s*(?:至今|以来)")


# "自1973年8月4日正式建交以来", "两国于1975年6月25日即莫桑比克宣布独立之日建立外交关系": the day
# relations were established, a background day that dates nothing else of the story
_FOUNDING_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:即[^,，。;；]{0,14}?之日)?\s*"
    # "1973年4月12日,越南与法国建立大使级外交关系": the two sides told after the day and a comma
    r"(?:[,，]\s*[^,，。;；\d]{2,14}?)?(?:正式)?(?:建交|建立(?:大使级)?外交关系)"
)


# "1946年7月15日生于斯里巴加湾市", "1952年出生在磅湛省", "1961年生": a birth in a leader's profile
_BIRTH_AFTER = re.compile(r"\s*(?:在[^,，。;；]{0,10}?)?(?:出生|诞生|生于|生(?=[,，。;；]))")


# a year-less day of the news is never in a year this old: a historical day the page tells
# (为了纪念1848年3月15日…革命, the day a national day commemorates) lends it no year
_EARLIEST_CONTEXT_YEAR = 1975


def _context_guess(
    item: _Item | None, pos: int, sec: _Section, within: tuple[int, int] | None = None
) -> YearGuess | None:
    """The nearest explicitly dated fact of the section (``2024年4月2日刚签署``); a founding day of
    relations (``于1973年8月4日建交``) is not one, nor, with ``within``, a day outside those years."""
    dated = [
        (o, d)
        for o in sec.items
        if o is not item
        and not o.founding
        and not o.since
        and o.unit.role not in {"caption", "teaser-caption"}  # a photo's own day (资料图 of an earlier meeting)
        and (d := _explicit_date(o)) is not None
        and o.tv is not None
        and o.tv.precision == "day"
        and (within is None or within[0] <= d.year <= within[1])
        and d.year >= _EARLIEST_CONTEXT_YEAR
    ]
    if dated:
        o, d = min(dated, key=lambda od: (abs(od[0].raw.start - pos), od[0].planned))
        assert o.tv is not None
        # "…将于9月24日至26日访越。…2017年3月22日至23日,双方举行第七次会议": a day planned ahead comes
        # after a day the text tells as done, not in the year before it (as for a month, _year_context)
        after = o.followed_up or (item is not None and item.planned and not o.planned)
        return YearGuess(
            d.year, "context", o.raw.text, (o.tv.span,), "nearest", d, _parse_date(o.tv.end) or d,
            "after" if after else None,
        )
    return None


def _own_guess(item: _Item | None, pos: int, sec: _Section, an: _Analysis) -> YearGuess | None:
    """The year evidence of the section's own text, strongest first."""
    if item is not None:
        published = an.published if sec.key[0] == "main" else None
        ref = an.published
        if ref is None and sec.key[0] == "related" and (main := _newest_dated(an, sec.key, "main")):
            ref = main.ref_start
        found = _clause_year(item, sec, published, ref)
        if found is not None:
            return found
    if sec.key[0] == "main" and an.published is not None:
        return YearGuess(an.published.year, "published", an.published.isoformat(), (), "upto", an.published)
    return (
        _fact_guess(pos, sec, ("own-year",))
        or _anniversary_in_terms(pos, sec, an)
        or _fact_guess(pos, sec, ("meeting", "role", "took-office", "succession", "upgrade", "death"))
        or _context_guess_in_terms(item, pos, sec, an)
        or _fact_guess(pos, sec, ("year-to-date",))
        # "在建立战略伙伴关系10周年(2013-2023年)前夕…": the eve's year, when nothing else tells one
        or _fact_guess(pos, sec, ("anniversary",), eve=True)
    )


def _anniversary_in_terms(pos: int, sec: _Section, an: _Analysis) -> YearGuess | None:
    """The anniversary's year, unless it falls outside the years every person named in an office held
    one (a page's slip, ``加入联合国50周年`` for the 40th, beside a prime minister and a president
    both in office 2017-2021, would date the story ten years ahead): then tenure decides."""
    guess = _fact_guess(pos, sec, ("anniversary",))
    if guess is None or an.doc is None or sec.key[0] != "main" or (year := _guess_year(guess)) is None:
        return guess  # (a teaser's terms are read only when it needs them: dozens of sections a page)
    terms = _tenure_guess(an.doc, sec, an)
    if terms is None or terms.years is None or terms.years[0] <= year <= terms.years[1]:
        return guess
    return None


def _context_guess_in_terms(item: _Item | None, pos: int, sec: _Section, an: _Analysis) -> YearGuess | None:
    """``_context_guess``, but a day outside the years the people named held their offices is
    background (``两国…于1977年7月18日签署《友好合作条约》`` on a page of a president in office
    since 2024): the nearest day inside them, else none (tenure decides)."""
    guess = _context_guess(item, pos, sec)
    if guess is None or guess.year is None or an.doc is None:
        return guess
    terms = _tenure_guess(an.doc, sec, an)
    if terms is None or terms.years is None:
        return guess
    # a day told before (the visit's own "2019年3月4日至6日" ahead of "3月4日晚") is the story's frame:
    # the years of any named pair suffice; a day told after it must fall in the years all shared
    before = bool(guess.basis_spans) and guess.basis_spans[0].start < pos
    years = terms.years if before else _shared_years(terms)
    if years[0] <= guess.year <= years[1]:
        return guess
    return _context_guess(item, pos, sec, within=years)


def _shared_years(terms: YearGuess) -> tuple[int, int]:
    """The years every named pair held its office (``越南国家主席陈大光`` 2016-2018 beside
    ``越共中央总书记阮富仲`` 2011-2024: 2016-2018, so a background ``2013年1月21日`` dates nothing);
    the years of any of them (``terms.years``) when their terms do not all meet."""
    assert terms.years is not None
    ev = terms.tenure
    if ev is None or not ev.terms:
        return terms.years
    first = max(min(s for s, _ in pair) for pair in ev.terms)
    last = min(max(e for _, e in pair) for pair in ev.terms)
    if first > last:
        return terms.years
    return (max(first.year, terms.years[0]), min(last.year, terms.years[1]))


def _year_context(
    item: _Item | None, pos: int, sec: _Section, bounds: tuple[YearBound, ...] = ()
) -> YearGuess | None:
    """A month or year written in the section (``2023年,贸易额…``): the weakest context, after tenure.

    One outside the section's bounds (a 2016 background year on a page of the pandemic) is skipped.
    """
    # "介绍了2016年经济社会发展情况" beside a day of January to September: the year was over when
    # its results were told, so the story is in a later year (not the year named, nor one before)
    reports = [o for o in sec.items if o.year_report and o.raw.y is not None]
    floor = None
    if reports and item is not None and item.raw.m is not None and item.raw.m <= 9:
        floor = max(reports, key=lambda o: o.raw.y or 0)
    low = floor.raw.y + 1 if floor is not None and floor.raw.y is not None else None
    # "此前,2023年6月,A曾访问…": a month told back is before the story, not its year
    recalled = [o.raw.y for o in sec.items if o.recalled and o.raw.y is not None]
    if recalled:
        low = max([*recalled, *([low] if low is not None else [])])
    months = [
        (o, d)
        for o in sec.items
        if o is not item
        and not o.since
        and not o.recalled
        and (d := _explicit_date(o)) is not None
        and o.tv is not None
        and o.tv.precision == "month"
        and _allowed(bounds, d)
        and (low is None or d.year >= low)
        and d.year >= _EARLIEST_CONTEXT_YEAR
    ]
    if months:
        o, d = min(months, key=lambda od: abs(od[0].raw.start - pos))
        assert o.tv is not None
        # "…将于11月3日至6日访问该市。…该市机场于2020年2月投入使用": a day planned ahead is after a
        # month the text tells as done, not in the year before it
        after = o.followed_up or (item is not None and item.planned and not o.planned)
        return YearGuess(
            d.year, "context", o.raw.text, (o.tv.span,), "nearest", d, _parse_date(o.tv.end) or d,
            "after" if after else None,
        )
    years = [
        o
        for o in sec.items
        if o.raw.kind == "year"
        and o.raw.y is not None
        and not o.since
        and not o.recalled
        and o.special in {None, "season"}
        and _allowed(bounds, date(o.raw.y, 7, 1))
        and (low is None or o.raw.y >= low)
        and o.raw.y >= _EARLIEST_CONTEXT_YEAR
    ]
    if not years and floor is not None and low is not None and _allowed(bounds, date(low, 7, 1)):
        text = f"{floor.raw.text}: a whole year's results, told in a later year"
        return YearGuess(low, "context", text, (Span(floor.raw.start, floor.raw.end, "year"),))
    if not years:
        return None
    o = min(years, key=lambda o: (abs(o.raw.start - pos), -(o.raw.y or 0)))
    return YearGuess(o.raw.y, "context", o.raw.text, (Span(o.raw.start, o.raw.end, "year"),))


def _teaser_context(an: _Analysis, exclude: tuple[str, int | None]) -> YearGuess | None:
    """The newest date of the page's other teasers: explicit ones first, then any placed by own
    text; when no other teaser is dated, the page's publication date (the list was shown on that
    day), else the main article's newest date. The publication date goes before the article's dates:
    an explicit background day there (``越南和巴西于1989年5月8日建交``) says nothing of the list."""
    return _newest_dated(an, exclude, "related") or _published_context(an) or _newest_dated(an, exclude, "main")


def _published_context(an: _Analysis) -> YearGuess | None:
    if an.published is None:
        return None
    p = an.published
    return YearGuess(p.year, "teaser-context", f"{p.isoformat()} (published)", (), "nearest", p, p)


def _competition_year(norm: str, tv: TimeValue) -> bool:
    """``2022年卡塔尔世界杯…:2月2日``: the year a day borrows names a competition (often held in
    another year, or across two), so it ranks below a year written with its day."""
    return any(
        norm[sp.start : sp.end].endswith("年") and _COMPETITION_AFTER.match(norm, sp.end) for sp in tv.basis_spans
    )


def _newest_dated(an: _Analysis, exclude: tuple[str, int | None], section: str) -> YearGuess | None:
    ranked: list[tuple[int, date, TimeValue]] = []
    for key, sec in an.sections.items():
        if key[0] != section or key == exclude:
            continue
        for it in sec.items:
            tv = it.tv
            if (
                tv is None
                or it.special
                or it.unit.role == "teaser-caption"
                or tv.precision not in {"day", "month"}
            ):
                continue
            if tv.basis not in {"explicit", "anniversary", "recurring-meeting", "partnership", "context", "published"} and not (
                section == "main" and tv.basis in {"took-office", "tenure"}
            ):  # a main article dated to one year by its office-holders' terms dates its list too
                continue  # "苏林本月初当选…": the article's year from a term begun, good for the list too
            d = _parse_date(tv.start)
            if d is None or it.raw.kind not in _DATING | {"month", "month-range"}:
                continue
            named = tv.basis == "explicit" and _competition_year(an.norm, tv)
            rank = (0 if tv.basis == "explicit" and not named else 1) + (2 if it.planned else 0)
            ranked.append((rank, d, tv))
    if not ranked:
        return None
    best_rank = min(r for r, _, _ in ranked)
    _, d, tv = max((x for x in ranked if x[0] == best_rank), key=lambda x: x[1])
    where = "" if section == "related" else ", main article"
    return YearGuess(d.year, "teaser-context", f"{tv.start} ({tv.basis}{where})", (tv.span,), "nearest", d, d)


# --- building values -------------------------------------------------------------------------------
def _value(
    item: _Item, kind: str, start: date | None, end: date | None, precision: str, guess: YearGuess | None
) -> TimeValue:
    r = item.raw
    basis = guess.basis if guess is not None and start is not None else "none"
    return TimeValue(
        span=Span(r.start, r.end, "time"),
        kind=kind,
        start=_iso(start),
        end=_iso(end),
        precision=precision if start is not None or precision == "year-range" else "unknown",
        basis=basis,
        basis_text=guess.basis_text if guess is not None and basis != "none" else None,
        basis_spans=list(guess.basis_spans) if guess is not None and basis != "none" else [],
        planned=item.planned,
        part_of_day=r.part_of_day,
        section=item.unit.section,
        teaser=item.unit.teaser,
    )


def _month_end(y: int, m: int) -> date:
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


def _explicit_value(item: _Item) -> TimeValue | None:
    """Values whose year is written in the expression itself."""
    r = item.raw
    text = r.text
    g = YearGuess(r.y, "explicit", text)
    kind = item.special if item.special == "anniversary-span" else r.kind
    try:
        if r.kind in {"date", "range", "dates"} and r.y is not None and r.m and r.d:
            start = date(r.y, r.m, r.d)
            end = start
            if r.d2 is not None and r.m2 is not None:
                y2 = r.y2 if r.y2 is not None else r.y + (1 if r.m2 < r.m else 0)
                end = date(y2, r.m2, r.d2)
            return _value(item, kind, start, end, "day", g)
        if r.kind in {"month", "month-range"} and r.y is not None and r.m:
            m2 = r.m2 or r.m
            y2 = r.y2 if r.y2 is not None else r.y + (1 if m2 < r.m else 0)
            return _value(item, kind, date(r.y, r.m, 1), _month_end(y2, m2), "month", g)
        if r.kind == "year" and r.y is not None:
            return _value(
                item, kind if not item.special else "year", date(r.y, 1, 1), date(r.y, 12, 31), "year", g
            )
        if r.kind == "year-range" and r.y is not None and r.y2 is not None:
            return _value(item, kind, date(r.y, 1, 1), date(r.y2, 12, 31), "year", g)
    except ValueError:
        return None
    return None


def _lunar_year_value(item: _Item, near: int | None) -> TimeValue | None:
    r = item.raw
    label = r.y if r.y is not None else ganzhi_year(r.ganzhi, near or 2014) if r.ganzhi else None
    if label is None:
        return None
    first, nxt = lunar_to_solar(label, 1, 1), lunar_to_solar(label + 1, 1, 1)
    if first is None or nxt is None:
        return None
    return _value(
        item, "lunar-year", first, nxt - timedelta(days=1), "year", YearGuess(label, "explicit", r.text)
    )


def _resolve_with(item: _Item, guess: YearGuess | None) -> TimeValue:
    """A value for a year-less date, month, lunar date or festival, placed by ``guess``."""
    r = item.raw
    planned = item.planned
    if r.kind in {"lunar", "lunar-range", "lunar-month"} and r.ganzhi and guess is not None:
        near = guess.year or (guess.ref_start.year if guess.ref_start else None)
        label = ganzhi_year(r.ganzhi, near or 2014)
        if label is not None:
            guess = YearGuess(None, "explicit", r.text, (), "lunar-label", years=(label, label))
    if guess is None or (guess.mode == "range" and guess.years is None):
        return _value(item, r.kind, None, None, "unknown", None)
    if guess.mode == "range":
        return _range_value(item, guess)
    start: date | None
    end: date | None
    if r.kind in {"date", "range", "dates", "month", "month-range"} and r.m is not None:
        day = r.d if r.d is not None else 1
        start = _place(_gregorian(r.m, day), guess, planned)
        if start is None:
            return _value(item, r.kind, None, None, "unknown", None)
        if r.kind in {"month", "month-range"}:
            m2 = r.m2 or r.m
            y2 = start.year + (1 if m2 < r.m else 0)
            return _value(item, r.kind, start, _month_end(y2, m2), "month", guess)
        end = start
        if r.d2 is not None and r.m2 is not None:
            end = _gregorian(r.m2, r.d2)(start.year + (1 if r.m2 < r.m else 0))
        return _value(item, r.kind, start, end, "day", guess)
    if r.kind in {"lunar", "lunar-range", "lunar-month"} and r.m is not None:
        cand = _lunar(r.m, r.d or 1, r.leap)
        if guess.mode == "lunar-label" and guess.years is not None:
            start = cand(guess.years[0])
        else:
            start = _place(cand, guess, planned)
        if start is None:
            return _value(item, r.kind, None, None, "unknown", None)
        label = _lunar_label(cand, start)
        if r.kind == "lunar-month":
            last = next((x for x in (lunar_to_solar(label, r.m, dd, r.leap) for dd in (30, 29)) if x), start)
            return _value(item, r.kind, start, last, "month", guess)
        end = lunar_to_solar(label, r.m2 or r.m, r.d2, r.leap) if r.d2 else start
        return _value(item, r.kind, start, end or start, "day", guess)
    if r.kind == "festival" and r.festival:
        return _festival_value(item, guess)
    return _value(item, r.kind, None, None, "unknown", None)


def _lunar_label(cand: Candidate, solar: date) -> int:
    return next((y for y in (solar.year - 1, solar.year, solar.year + 1) if cand(y) == solar), solar.year)


def _festival_value(item: _Item, guess: YearGuess) -> TimeValue:
    r = item.raw
    name = r.festival or ""

    def cand(y: int) -> date | None:
        return festival_date(name, y)

    if r.y is not None:  # 2026丙午年春节: the Gregorian year of the festival is written
        guess = YearGuess(r.y, "explicit", r.text)
        d = cand(r.y) if is_lunar_festival(name) and name != "除夕" else _place(cand, guess, item.planned)
    elif r.ganzhi is not None:
        near = guess.year or (guess.ref_start.year if guess.ref_start else 2014)
        label = ganzhi_year(r.ganzhi, near)
        d = cand(label) if label is not None else None
        guess = YearGuess(label, "explicit", r.text)
    else:
        d = _place(cand, guess, item.planned)
    if d is None:
        return _value(item, "festival", None, None, "unknown", None)
    if item.special == "festival-eve":  # 春节来临之际: the weeks before it, not the day
        return _value(item, "festival-eve", d - timedelta(days=30), d, "month", guess)
    return _value(item, "festival", d, d, "day", guess)


def _candidate(item: _Item) -> tuple[Candidate | None, bool]:
    """The function from a year to this item's date, and whether the year is a lunar one."""
    r = item.raw
    if r.kind == "festival" and r.festival:
        name = r.festival
        return (lambda y: festival_date(name, y)), True
    lunar = r.kind in {"lunar", "lunar-range", "lunar-month"}
    if r.m is None:
        return None, lunar
    return (_lunar(r.m, r.d or 1, r.leap) if lunar else _gregorian(r.m, r.d or 1)), lunar


def _allowed(bounds: tuple[YearBound, ...], day: date) -> bool:
    return all(b.allows(day) for b in bounds)


def _settled_bounds(sec: _Section) -> tuple[YearBound, ...]:
    """The section's bounds that can hold together: roles first, then eras; a clashing one is dropped."""
    kept: list[YearBound] = []
    for b in sorted(sec.bounds, key=lambda b: b.kind != "role"):
        spans = [(s, e) for s, e in b.intervals]
        for k in kept:
            spans = [
                (max(s, ks), min(e, ke))
                for s, e in spans
                for ks, ke in k.intervals
                if max(s, ks) <= min(e, ke)
            ]
        if spans:
            kept.append(b)
    return tuple(kept)


def _tenure_days(item: _Item, guess: YearGuess) -> tuple[int, list[date]]:
    """The item's possible dates in the named terms that most (person, office) pairs agree on.

    The section's bounds (``新冠肺炎疫情``: 2020-2023) then cut them, unless they would leave none.
    """
    cand, _ = _candidate(item)
    ev = guess.tenure
    if cand is None or ev is None or guess.years is None:
        return 0, []
    bound = guess.ref_start
    days = [
        d
        for y in range(guess.years[0] - 1, guess.years[1] + 1)
        if (d := cand(y)) is not None and (bound is None or d <= bound)
    ]
    if guess.bounds:
        days = [d for d in days if _allowed(guess.bounds, d)] or days
    top, hits = ev.best(days)
    if item.raw.weekday is not None:
        hits = [d for d in hits if d.weekday() == item.raw.weekday] or hits
    return top, hits


def _range_value(item: _Item, guess: YearGuess) -> TimeValue:
    """Tenure: the year whose date the named terms hold; one year, or a range, never a guess.

    With several years left and the page's date bounding them, the latest is taken (the brief's
    rule for crawled pages); without a bound the value is ``year-range`` over the candidates.
    """
    r = item.raw
    cand, lunar = _candidate(item)
    ev = guess.tenure
    if ev is None:
        return _bounded_value(item, guess)
    top, hits = _tenure_days(item, guess)
    if cand is None or not hits:
        return _value(item, r.kind, None, None, "unknown", None)
    text = f"{guess.basis_text} ({top}/{len(ev.terms)})" if top < len(ev.terms) else guess.basis_text
    if len(hits) == 1 or guess.ref_start is not None:
        d = hits[-1]
        if lunar:
            label = _lunar_label(cand, d)
            single = YearGuess(None, "tenure", text, guess.basis_spans, "lunar-label", years=(label, label))
            if r.kind == "festival":
                single = YearGuess(d.year, "tenure", text, guess.basis_spans, "upto", d)
        else:
            single = YearGuess(d.year, "tenure", text, guess.basis_spans)
        return _resolve_with(item, single)
    g = YearGuess(None, "tenure", text, guess.basis_spans)
    return _value(item, r.kind, hits[0], hits[-1], "year-range", g)


def _bounded_value(item: _Item, guess: YearGuess) -> TimeValue:
    """Only bounds known (``新冠肺炎疫情``): the candidate days inside them, as a year range.

    An era never fixes a year alone; when a single candidate remains (a bound of one year) it is that.
    """
    r = item.raw
    cand, _ = _candidate(item)
    if cand is None or guess.years is None:
        return _value(item, r.kind, None, None, "unknown", None)
    hits = [
        d
        for y in range(guess.years[0], guess.years[1] + 1)
        if (d := cand(y)) is not None
        and _allowed(guess.bounds, d)
        and (guess.ref_start is None or d <= guess.ref_start)
    ]
    if not hits:
        return _value(item, r.kind, None, None, "unknown", None)
    if len(hits) == 1:
        return _resolve_with(item, YearGuess(hits[0].year, guess.basis, guess.basis_text, guess.basis_spans))
    return _value(item, r.kind, hits[0], hits[-1], "year-range", guess)


def _bound_guess(an: _Analysis, sec: _Section, bounds: tuple[YearBound, ...]) -> YearGuess | None:
    """The years the section's bounds leave, for a date nothing else places (a range, not a guess)."""
    if not bounds:
        return None
    ref = an.published if sec.key[0] == "main" else an.crawl
    lo = max(b.intervals[0][0] for b in bounds)
    hi = min([b.intervals[-1][1] for b in bounds] + [ref or date.today()])
    if hi < lo:
        return None
    basis = "recurring-role" if any(b.kind == "role" for b in bounds) else "era"
    words = " ∩ ".join(b.text for b in bounds)
    spans = tuple(b.span for b in bounds)
    return YearGuess(None, basis, words, spans, "range", ref, None, None, (lo.year, hi.year), bounds=bounds)


# --- the passes --------------------------------------------------------------------------------------
def _needs_year(item: _Item) -> bool:
    r = item.raw
    return r.kind in {
        "date",
        "range",
        "dates",
        "month",
        "month-range",
        "lunar",
        "lunar-range",
        "lunar-month",
        "festival",
    }


def _first_pass(an: _Analysis) -> None:
    """Written years, then every year-less date from its section's own text."""
    for sec in an.sections.values():
        for item in sec.items:
            if item.raw.kind == "lunar-year":
                item.tv = _lunar_year_value(item, None)
            else:
                item.tv = _explicit_value(item)
            if item.tv is None and _needs_year(item) and item.raw.kind == "festival" and (
                item.raw.y is not None or item.raw.ganzhi is not None
            ):  # "1月20日,…举行2025年春节见面会": a festival's year written later in the sentence
                item.tv = _festival_value(item, YearGuess(item.raw.y, "explicit", item.raw.text))
    for sec in an.sections.values():
        for item in sec.items:
            if item.tv is not None or not _needs_year(item):
                continue
            guess = _own_guess(item, item.raw.start, sec, an)
            item.tv = _resolve_with(item, guess) if guess is not None else None


def _teaser_pass(an: _Analysis, doc: Document) -> None:
    """What the own text left open: the page's newest dated teaser (teasers), tenure, a written year.

    A teaser's own (person, office) pairs overrule the page's other teasers when the two disagree:
    the list under 更多 can mix years, the people named cannot.
    """
    for key, sec in an.sections.items():
        pending = [it for it in sec.items if it.tv is None and _needs_year(it)]
        if not pending:
            continue
        teaser = _teaser_context(an, key) if key[0] == "related" else None
        tenure = _tenure_guess(doc, sec, an)
        bounds = _settled_bounds(sec)
        for it in pending:
            guess = teaser
            if guess is not None:
                d = _parse_date(_resolve_with(it, guess).start)
                if d is not None and not _allowed(bounds, d):
                    guess = None
                elif d is not None and tenure is not None and tenure.tenure is not None:
                    top, hits = _tenure_days(it, tenure)
                    if tenure.tenure.support(d) < top:
                        # The terms rule out the list's year: of the years they allow, the one
                        # nearest the list's (a visit planned for "3月9日" after a May page: next year)
                        guess = _nearest_term_year(tenure, hits, d)
            if key[0] == "main" and guess is None:
                guess = _list_within_terms(an, key, it, tenure, bounds)
            if guess is None:
                guess = _written_year_within_terms(it, sec, tenure, bounds, doc.norm.find("\n"), doc.norm)
            if guess is None and key[0] == "main":
                guess = _leaving_post_year(it, tenure, doc.norm)
            guess = (
                guess
                or tenure
                or _year_context(it, it.raw.start, sec, bounds)
                or _bound_guess(an, sec, bounds)
                or _list_context(an, key, it, bounds, doc)
            )
            it.tv = _resolve_with(it, guess)


# "向即将结束在越南任期的中国驻越大使X授予…", "会见即将离任的X大使": the one named is at the end of
# his term, so a day the terms allow in several years falls in its last one
_LEAVING_POST = re.compile(r"即将(?:结束[^,，。;；]{0,12}?任期|离任|卸任)(?:的)?")


def _leaving_post_year(it: _Item, tenure: YearGuess | None, norm: str) -> YearGuess | None:
    if tenure is None or tenure.tenure is None:
        return None
    if not any(
        any(0 <= sp.start - m.end() <= 40 for sp in tenure.tenure.spans) for m in _LEAVING_POST.finditer(norm)
    ):
        return None
    _top, hits = _tenure_days(it, tenure)
    if len(hits) < 2:
        return None  # one or no year: tenure alone says it
    last = max(hits)
    return YearGuess(last.year, "tenure", f"{tenure.basis_text}; leaving the post: the term's last", tenure.basis_spans)


def _written_year_within_terms(
    it: _Item,
    sec: _Section,
    tenure: YearGuess | None,
    bounds: tuple[YearBound, ...],
    title_end: int = -1,
    doc_text: str = "",
) -> YearGuess | None:
    """Terms that leave several years (``国家主席习近平``, in office since 2013) and a year written
    before the day among them (``2017年APEC会议:…``): the title's year, else the one year the text
    writes there; several years written (``2016年,人均国内生产总值…``) leave the range."""
    if tenure is None or tenure.tenure is None or tenure.ref_start is not None:
        return None
    _, hits = _tenure_days(it, tenure)
    allowed = {d.year for d in hits}
    if len(allowed) < 2:
        return None
    # "1月7日,…大使…介绍越南在2018年取得的突出成就": a finished year's results, told early in the
    # next year (a day of January to September), when the terms allow that next year
    # a day of October to December too when the terms rule out the finished year itself
    # ("10月23日,…表示,2016年越美双边贸易额提升为500亿美元…特朗普即将访越": 2017, not 2016)
    reports = {o.raw.y for o in sec.items if o.year_report and o.raw.y is not None}
    if (
        len(reports) == 1
        and it.raw.m is not None
        and (y := reports.pop()) + 1 in allowed
        and (it.raw.m <= 9 or y not in allowed)
    ):
        o = next(o for o in sec.items if o.year_report and o.raw.y == y)
        text = f"{o.raw.text}: a whole year's results, told in a later year"
        return YearGuess(y + 1, "context", text, (Span(o.raw.start, o.raw.end, "year"),))
    # only years told before the day: one after it may be a year a proposal looks ahead to
    # ("在2021年纪念…之际,X建议…")
    # a month with its year ("2021年4月,越南担任…轮值主席") places the day as a year does
    written = [
        o
        for o in sec.items
        if o is not it
        and o.raw.kind in {"year", "month"}
        and o.raw.y is not None
        and (o.raw.start < it.raw.start or o.held)
        and not o.since
        and o.special in {None, "season"}
        and _allowed(bounds, date(o.raw.y, 7, 1))
    ]
    in_title = [o for o in written if o.raw.start < title_end]
    years = {o.raw.y for o in (in_title or written)}
    if not written:
        return _month_told_back_within_terms(it, sec, allowed, bounds, doc_text)
    if len(years) != 1 or not years <= allowed:
        return None
    o = (in_title or written)[-1]
    return YearGuess(o.raw.y, "context", o.raw.text, (Span(o.raw.start, o.raw.end, "year"),))


# "2025年4月初", "2025年4月上旬": the early days of a month, before a day told later in it
_EARLY_IN_MONTH = re.compile(r"\s*(?:初|上旬)")


def _weeks_before(text: str, o: _Item, it: _Item) -> bool:
    """A month told back (``2025年4月初,…已完成``) weeks before the day (``4月17日``): up to three months
    earlier, or the early days of the day's own month when the day is later in it (a month named
    whole, ``在2022年12月举行的…``, may be a year before a day of December)."""
    m, day_m = o.raw.m, it.raw.m
    if m is None or day_m is None:
        return False
    if m < day_m:
        return day_m - m <= 3
    return m == day_m and (it.raw.d or 0) > 10 and bool(_EARLY_IN_MONTH.match(text, o.raw.end))


def _month_told_back_within_terms(
    it: _Item, sec: _Section, allowed: set[int], bounds: tuple[YearBound, ...], doc_text: str = ""
) -> YearGuess | None:
    """``4月17日,A与B举行会谈。…他说,2025年4月初,越南国防部已完成…``: no year before the day, and
    after it a month with its year at or before the day's month (a step told back, weeks before the
    day) in one of the years the terms leave: that year, when no plain year written in the section
    is later (a target or a year looked ahead to would be)."""
    if it.raw.m is None:
        return None
    back = [
        o
        for o in sec.items
        if o is not it
        and o.raw.kind == "month"
        and o.raw.y is not None
        and o.raw.m is not None
        and o.raw.start > it.raw.start
        and _weeks_before(doc_text, o, it)
        and not o.since
        and o.special in {None, "season"}
        and _allowed(bounds, date(o.raw.y, o.raw.m, 1))
    ]
    years = {o.raw.y for o in back}
    if len(years) != 1 or not years <= allowed:
        return None
    y = years.pop()
    plain = [
        o.raw.y
        for o in sec.items
        if o.raw.kind in {"year", "month"} and o.raw.y is not None and not o.since and o.special in {None, "season"}
    ]
    if max(plain) > y:
        return None
    o = back[-1]
    return YearGuess(y, "context", o.raw.text, (Span(o.raw.start, o.raw.end, "year"),))


# How far past the newest dated teaser a main article's day may fall and still be of the list's weeks
# (the list under 更多 is of the days the page was shown, the article's among them or before them)
_LIST_LAG_DAYS = 14


def _list_context(
    an: _Analysis,
    key: tuple[str, int | None],
    it: _Item,
    bounds: tuple[YearBound, ...],
    doc: Document | None = None,
) -> YearGuess | None:
    """A main article with no year of its own, no publication date and no office-holder with a known
    term (a spokesperson's ``10月3日在例行记者会上表示``): the newest teaser its own text dates (the
    list under 更多 is of the same weeks), the day placed nearest it."""
    if key[0] != "main" or an.published is not None:
        return None
    guess = _newest_dated(an, key, "related")
    if guess is None:
        return None
    d = _parse_date(_resolve_with(it, guess).start)
    if d is not None and guess.ref_start is not None and (d - guess.ref_start).days > _LIST_LAG_DAYS:
        # "1月18日" under a list whose newest day is 12月16日: the nearest year puts the article a month
        # after everything listed with it, which a list of the same weeks does not do; an older article
        return None
    if d is not None and doc is not None and moved_on(doc, [(u.start, u.end) for u in an.sections[key].units], d):
        return None  # "公安部副部长苏林" under a list of the years he led the party: an older article
    return guess if d is None or _allowed(bounds, d) else None


def _list_within_terms(
    an: _Analysis, key: tuple[str, int | None], it: _Item, tenure: YearGuess | None, bounds: tuple[YearBound, ...]
) -> YearGuess | None:
    """A main article with no year of its own and no publication date whose office-holders' terms
    leave several years (messages on a death, 2018-2020 by the terms alone): the year of the list
    under 更多 (the same weeks) when the terms allow it, as they allow it for a teaser."""
    if tenure is None or tenure.tenure is None:
        return None
    guess = _list_context(an, key, it, bounds)
    if guess is None:
        return None
    d = _parse_date(_resolve_with(it, guess).start)
    if d is None:
        return None
    top, hits = _tenure_days(it, tenure)
    if len(hits) < 2 or tenure.tenure.support(d) < top:
        return None
    return guess


def _nearest_term_year(tenure: YearGuess, hits: list[date], near: date) -> YearGuess | None:
    if len(hits) < 2:
        return None  # one or no year: tenure alone says it
    best = min(hits, key=lambda h: (abs((h - near).days), h))
    if abs((best - near).days) > 400:
        # the list's year is years outside the terms (an old article above a list of this year's
        # news, its own date lent to the list): the terms' edge nearest it is no better a guess
        return None
    text = f"{tenure.basis_text}; nearest the list's {near.isoformat()}"
    return YearGuess(best.year, "tenure", text, tenure.basis_spans)


def _tenure_guess(doc: Document, sec: _Section, an: _Analysis) -> YearGuess | None:
    """The terms of the (person, office) pairs the section names: the years a date can fall in.

    Read once per section; the section's bounds (eras, roles) ride along to cut the terms.
    """
    if not sec.tenure_done:
        sec.tenure_done = True
        sec.tenure = _read_tenure(doc, sec, an)
    return sec.tenure


def _read_tenure(doc: Document, sec: _Section, an: _Analysis) -> YearGuess | None:
    found = tenure_candidates(_undated_pairs(doc.norm, _pairs(doc, an, sec)))
    if found is None:
        return None
    bound = an.published if sec.key[0] == "main" else an.crawl  # a crawl date bounds the teasers
    last = min(found.last, bound) if bound is not None else found.last
    if last < found.first:
        return None
    bounds = _settled_bounds(sec)
    words, spans = found.words, found.spans
    if bounds:
        words = " ∩ ".join([words, *(b.text for b in bounds)])
        spans = spans + tuple(b.span for b in bounds)
    return YearGuess(
        None,
        "tenure",
        words,
        spans,
        "range",
        bound,
        None,
        None,
        (found.first.year, last.year),
        tenure=found,
        bounds=bounds,
    )


# "法国总统X于1997年访越", "2013年9月,在越南政府总理Y访法期间": a year written in the sentence (not
# one aimed at, 到2030年) dates the people named there; their terms say nothing of the story's year
_SENTENCE_YEAR = re.compile(r"(?<![到至向])(?:19|20)\d{2}\s*年")


def _undated_pairs(norm: str, pairs: list[NamedPair]) -> list[NamedPair]:
    """The pairs whose sentence writes no year of its own, when some pairs do and others do not:
    a review of past visits (A于1997年, B于2009年…) names office-holders of other years than the
    story's, and their terms would outvote the two leaders of the visit told undated."""
    kept = []
    for p in pairs:
        lo = max(norm.rfind(c, 0, p.span.start) for c in "。!?！？\n") + 1
        ends = [i for i in (norm.find(c, p.span.end) for c in "。!?！？\n") if i >= 0]
        if not _SENTENCE_YEAR.search(norm, lo, min(ends) if ends else len(norm)):
            kept.append(p)
    return kept or pairs


def _pairs(doc: Document, an: _Analysis, sec: _Section) -> list[NamedPair]:
    """The (person, office) pairs a section names, read on first need (most pages never need them)."""
    if sec.pairs is None:
        sec.pairs = named_pairs(doc, [(u.start, u.end) for u in sec.units])
    return sec.pairs


def _anchor_ok(item: _Item) -> bool:
    tv = item.tv
    return (
        tv is not None
        and tv.precision == "day"
        and tv.kind in _DATING
        and not item.planned
        and not item.special
        and not item.background
        and not item.founding  # "两国于1975年5月28日建立外交关系": dates no undated act told after it
        and item.unit.role not in {"caption", "teaser-caption"}
    )


def _quoted(norm: str, pos: int) -> bool:
    """``X在吊唁簿上写道:“我们对2024年3月22日发生的…”``: a day inside the words quoted (a book, a
    letter) is what they speak of, no anchor for ``当天`` or a date-less sentence after them."""
    seg = norm[norm.rfind("\n", 0, pos) + 1 : pos]
    return seg.rfind("“") > seg.rfind("”")


_BACK_TO_TALKS = re.compile(r"(?:^|(?<=[。!?！？;；\n]))\s*(?:会谈|会见|会晤)" + _AT_TALKS)


# "9月15日下午已抵达河内,圆满结束从9月10日至15日对…的正式访问": the day a trip ended, told with the
# trip's days; the meetings the wrap-up lists after it ("在北京,X已会见…") took place over the trip
_TRIP_OVER = re.compile(r"(?:圆满)?结束[^。;；]{0,30}?(?:访问|之行|行程)")


def _trip_over(norm: str, sent: tuple[int, int]) -> bool:
    return _TRIP_OVER.search(norm, sent[0], sent[1]) is not None


def _day_just_told(a: _Item, sent: tuple[int, int] | None, head: date, text: str) -> bool:
    """``A2023年6月12日向B致慰问电。C向D致慰问电。``: a single day in the sentence right before, in
    the same paragraph, a few days before the story's first day: the date-less sentence goes on
    telling that day, not the story's. Its year written or not (``A6月12日向B致慰问电``, the year
    read from the page) makes no difference: the day is the one just told either way."""
    if sent is None or not text or a.tv is None or a.tv.start != a.tv.end:
        return False
    day = _parse_date(a.tv.start)
    if day is None or day.year != head.year or not 0 < (head - day).days <= 14:
        return False
    return a.sent[1] <= sent[0] and not text[a.sent[1] : sent[0]].strip(" \n。;；")


# "9月9日,A向B致唁电。C向D致唁电。" then, opening the next paragraph, "E向F致唁电。": a list of
# messages sent that day, split over two paragraphs, goes on telling the day of its first
_MESSAGE_SENT = re.compile(r"致(?:唁电|唁函|贺电|贺函|贺信|慰问电|慰问信)")


def _message_list_goes_on(a: _Item, sent: tuple[int, int] | None, text: str) -> bool:
    """The date-less sentence sends a message, as the anchor's sentence and every sentence told
    between them do, the paragraph right after the anchor's at most: the same list of messages."""
    if sent is None or not text or a.sent[1] > sent[0]:
        return False
    if not _MESSAGE_SENT.search(text, a.sent[0], a.sent[1]) or not _MESSAGE_SENT.search(text, sent[0], sent[1]):
        return False
    between = text[a.sent[1] : sent[0]]
    if len(re.findall(r"\n+", between)) > 1:
        return False  # a whole paragraph told in between
    return all(_MESSAGE_SENT.search(s) for s in re.split(r"[。;；!?！？]", between) if s.strip(" \n"))


def _choose_anchor(
    anchors: list[_Item],
    sent: tuple[int, int] | None,
    said: bool = False,
    norm: str = "",
    at: int = 0,
    text: str = "",
) -> TimeValue | None:
    """The day a relative word or a date-less sentence refers to, among the anchors before it.

    The nearest one, except a flashback (a day before the section's first date, such as the
    arrival ``10月18日晚抵达`` after a lead dated the 19th, unless the day opens its sentence and so
    tells the next part of the story, ``12月4日,A同B举行会谈。当天上午,…``, for a relative word
    (``said``); a date-less ``会谈后`` still means the story's day) and a range that only frames days
    already told (``访问时间为10月30日至11月1日`` after ``10月31日``): both look back, and
    ``同日``/``会谈结束后`` then still mean the story's day. In the same sentence, the nearest wins.
    The story's first day is its first single day when a range (the visit's days) comes first; and
    a day opening its sentence no longer tells the next part of the story once a later sentence
    goes back to the talks (``1月29日晚,X抵达河内。会谈中,…。会谈结束后,…。同日,…``: ``norm``,
    ``at`` are the text and the relative word's offset).
    """
    if not anchors:
        return None
    first = next((a for a in anchors if a.tv and a.tv.start == a.tv.end), anchors[0])
    head = _parse_date(first.tv.start) if first.tv else None
    for a in reversed(anchors):
        tv = a.tv
        assert tv is not None
        if a.sent == sent:
            return tv
        s, e = _parse_date(tv.start), _parse_date(tv.end) or _parse_date(tv.start)
        if s is None or e is None:
            continue
        tells = said or (sent is not None and sent in a.unit.sentences)
        if head is not None and e < head and not (
            (
                (
                    tells
                    and (a.raw.start == a.sent[0] or (a.recall_opener and s == e) or _day_just_told(a, sent, head, text))
                )
                or _message_list_goes_on(a, sent, text)
            )
            and not (norm and _BACK_TO_TALKS.search(norm, a.sent[1], at))
        ):
            # (a day opening its sentence, "12月4日,A同B举行会谈。", is what 当天 then means, and
            # what the date-less sentences after it in its paragraph go on telling)
            continue
        if s != e and any(
            b is not a
            and b.tv is not None
            and b.tv.start == b.tv.end
            and s <= (_parse_date(b.tv.start) or s) <= e
            and not (text and _parse_date(b.tv.start) == e and _trip_over(text, b.sent))
            for b in anchors[: anchors.index(a)]
        ):
            continue
        return tv
    return anchors[-1].tv


def _shift(tv: TimeValue, days: int) -> tuple[date | None, date | None]:
    s, e = _parse_date(tv.start), _parse_date(tv.end) or _parse_date(tv.start)
    if s is None or e is None:
        return None, None
    if days > 0:
        return e + timedelta(days=days), e + timedelta(days=days)
    if days < 0:
        return s + timedelta(days=days), s + timedelta(days=days)
    return s, e


_SAME_DAY = {"当天", "当日", "同日", "同天", "同一天"}
# "抵达万象当天", "到达金边的当晚": the same-day word counts from the arrival, the first day of the trip
_ARRIVAL_BEFORE = re.compile(r"(?:抵达|到达|飞抵)[^,，。;；]{0,10}?(?:的)?$")


def _same_day_after_flashback(item: _Item, anchors: list[_Item], sec: _Section, ref: date | None = None) -> bool:
    """``访越期间,7月20日,X拜会了Y。`` then ``同日,X与Z举行会谈``: a same-day word opening the
    paragraph right after a dated earlier day means that day, not the story's (the flashback rule of
    ``_choose_anchor`` is for a relative word told after the story has moved back to its own day)."""
    if item.raw.kind != "relative" or (item.raw.rel or "") not in _SAME_DAY or not anchors:
        return False
    last = anchors[-1]
    units = sec.units
    if last.tv is None or last.tv.start != last.tv.end or last.unit is item.unit or last.unit not in units or item.unit not in units:
        return False
    day = _parse_date(last.tv.start)
    years = [d.year for d in (_parse_date(a.tv.start) for a in anchors if a.tv is not None) if d is not None]
    if ref is not None:
        years.append(ref.year)
    if day is not None and years and max(years) - day.year > 1:
        return False  # "1945年9月2日,胡志明宣读…" recalled in a speech: history, not the story's last day
    i, j = units.index(last.unit), units.index(item.unit)
    between = [u for u in units[i + 1 : j] if u.role not in {"caption", "teaser-caption"}]
    opens = item.raw.start - item.unit.start <= 1
    return j > i and not between and opens and item.unit.role == "body" and last.unit.role == "body"


_VISIT_RANGE_TAIL = re.compile(r"^[^。!?！？;；]{0,40}?(?:进行|开始)[^。!?！？;；]{0,8}?访问[^。!?！？;；]{0,20}?[。;；]\s*$")


def _told_right_after(item: _Item, base: TimeValue, norm: str) -> bool:
    """The same-day word opens the sentence right after the one that gives a visit's range."""
    between = norm[base.span.end : item.raw.start]
    return bool(_VISIT_RANGE_TAIL.match(between))


def _relative_pass(an: _Analysis, doc: Document) -> None:
    """当天/同日/次日, 今年/明年, 本月25日, 25日, 周五, 日前…: against anchors and the section's year."""
    for key, sec in an.sections.items():
        anchors: list[_Item] = []
        for item in sorted(sec.items, key=lambda it: it.raw.start):
            if item.tv is None and _eve_of_coarse_event(an.norm, item, sec):
                item.tv = _value(item, item.raw.kind, None, None, "unknown", None)
            if item.tv is None:
                near = anchors[-1].tv if item.raw.kind == "duration" and anchors else None
                if near is None and _same_day_after_flashback(item, anchors, sec, _reference_day(an, sec)[0]):
                    near = anchors[-1].tv
                chosen = near if near is not None else _choose_anchor(anchors, item.sent, said=True, norm=an.norm, at=item.raw.start)
                item.tv = _relative_value(item, chosen, sec, an, key)
            if _anchor_ok(item) and not _quoted(an.norm, item.raw.start):
                anchors.append(item)


# "今年3月份在某市召开的…峰会前夕,A与B签署…": the eve of a meeting dated in its own clause by a month
# or a year only, not the day before the last day told
_EVE_OF_MEETING = re.compile(r"(?:会议|峰会|会晤|论坛|年会|大会|会谈|访问)(?:开幕)?(?:的)?$")
_CLAUSE_STOP = re.compile(r"[,，。;；!?！？\n]")


def _eve_of_coarse_event(norm: str, item: _Item, sec: _Section) -> bool:
    r = item.raw
    if r.kind != "relative" or r.rel != "前夕" or not _EVE_OF_MEETING.search(norm, max(0, r.start - 6), r.start):
        return False
    stops = [m.start() for m in _CLAUSE_STOP.finditer(norm, max(0, r.start - 60), r.start)]
    clause = stops[-1] + 1 if stops else max(0, r.start - 60)
    return any(
        it.raw.kind in {"month", "year"} or (it.raw.kind == "relative" and (it.raw.rel or "")[:2] in _YEAR_WORDS)
        for it in sec.items
        if it is not item and clause <= it.raw.start < r.start
    )


def _reference_day(an: _Analysis, sec: _Section) -> tuple[date | None, str]:
    """The day the page speaks from: the publication date, else the dateline's resolved date."""
    if sec.key[0] == "main":
        if an.published is not None:
            return an.published, "published"
        for it in sec.items:
            if it.unit.role == "dateline" and it.tv is not None and it.tv.precision == "day":
                return _parse_date(it.tv.start), "relative"
    return None, "none"


def _story_day(sec: _Section, before: int) -> date | None:
    """The section's first resolved day, the news day (``7月6日下午,…举行视频会议``): ``本月`` is
    the month the page speaks in, not that of a day looked back to between (``今年6月16日,…运抵``)."""
    days = [
        it
        for it in sec.items
        if it.raw.start < before and not it.background and it.tv is not None and it.tv.precision == "day" and it.tv.start
    ]
    first = min(days, key=lambda it: it.raw.start, default=None)
    return _parse_date(first.tv.start) if first is not None and first.tv is not None else None


def _relative_value(
    item: _Item, anchor: TimeValue | None, sec: _Section, an: _Analysis, key: tuple[str, int | None]
) -> TimeValue:
    r = item.raw
    rel = r.rel or ""
    ref, ref_basis = _reference_day(an, sec)

    def via_anchor(days: int, kind: str = "relative") -> TimeValue:
        base = anchor
        if base is None and ref is not None:
            d = ref + timedelta(days=days)
            return _value(item, kind, d, d, "day", YearGuess(d.year, ref_basis, f"{rel} → {ref.isoformat()}"))
        if base is None:
            return _value(item, kind, None, None, "unknown", None)
        s, e = _shift(base, days)
        if days == 0 and s is not None and (
            (rel in _SAME_DAY | {"当晚", "当天晚上"} and _ARRIVAL_BEFORE.search(an.norm, max(0, r.start - 14), r.start))
            or (rel in _SAME_DAY and e is not None and s != e and _told_right_after(item, base, an.norm))
        ):
            # "抵达万象当天下午" after "于8月9日至10日…访问": the day of arrival, the trip's first day;
            # ``于1月12日至15日…访问。当天下午,两党总书记…举行会谈``: the day of a visit's range told
            # right after it is the day the visit opens
            e = s
        text = f"{rel} → {an.norm[base.span.start : base.span.end]}"
        return _value(
            item, kind, s, e, "day", YearGuess(s.year if s else None, "relative", text, (base.span,))
        )

    if r.kind == "relative" and rel in _DAY_WORDS:
        return via_anchor(_DAY_WORDS[rel])
    if r.kind == "relative" and rel in _NOW_WORDS:
        if ref is None:
            return _value(item, "relative", None, None, "unknown", None)
        d = ref + timedelta(days=_NOW_WORDS[rel])
        return _value(
            item, "relative", d, d, "day", YearGuess(d.year, ref_basis, f"{rel} → {ref.isoformat()}")
        )
    if r.kind == "relative" and rel in _YEAR_WORDS:
        return _year_word_value(item, sec, an, key)
    if r.kind == "relative" and rel in _MONTH_WORDS:
        base = ref or _story_day(sec, r.start) or (_parse_date(anchor.start) if anchor else None)
        if base is None:
            return _value(item, "relative", None, None, "unknown", None)
        mi = base.year * 12 + base.month - 1 + _MONTH_WORDS[rel]
        y, m = divmod(mi, 12)
        g = YearGuess(y, ref_basis if ref else "relative", f"{rel} → {base.isoformat()}")
        if r.d is not None:
            d = _gregorian(m + 1, r.d)(y)
            return _value(item, "relative", d, d, "day", g)
        return _value(item, "relative", date(y, m + 1, 1), _month_end(y, m + 1), "month", g)
    if (r.kind == "relative" and rel in _WEEK_WORDS) or r.kind == "weekday":
        return _week_value(item, anchor, ref, ref_basis, an.norm)
    if r.kind == "relative" and rel in _RECENT:
        if ref is None:
            return _value(item, "recent", None, None, "unknown", None)
        g = YearGuess(ref.year, ref_basis, f"{rel} → {ref.isoformat()}")
        return _value(item, "recent", ref - timedelta(days=_RECENT[rel]), ref, "month", g)
    if r.kind == "relative" and rel in {"此前", "此后"}:
        tv = _value(item, "order", None, None, "unknown", None)
        if anchor is not None:
            tv.basis, tv.basis_text, tv.basis_spans = "relative", f"{rel} {anchor.start}", [anchor.span]
            tv.end, tv.start = (anchor.start, None) if rel == "此前" else (None, anchor.end)
        return tv
    if r.kind == "relative" and rel in _PERIOD:
        return _period_value(item, sec, an, key, ref)
    if r.kind == "duration" and r.d is not None:
        before = anchor if anchor is not None and anchor.span.start >= item.sent[0] else None
        if before is None or before.start is None:
            return _value(item, "duration", None, None, "unknown", None)
        s0 = _parse_date(before.start)
        assert s0 is not None
        g = YearGuess(
            s0.year, "relative", f"{r.text} → {an.norm[before.span.start : before.span.end]}", (before.span,)
        )
        return _value(item, "range", s0, s0 + timedelta(days=r.d - 1), "day", g)
    if r.kind == "day" and r.d is not None:
        base = _parse_date(anchor.start) if anchor else ref
        if base is None and r.d2 is None and (eve := _day_in_festival_eve(r.d, sec)) is not None:
            # "19日下午,…率团赴永隆省拜年" on a page that says "在2023年春节到来之际": the one 19th in
            # the weeks before that festival
            d, text = eve
            return _value(item, "day", d, d, "day", YearGuess(d.year, "festival-eve", f"{r.text} → {text}"))
        if base is None and r.d2 is None and (on := _day_of_anniversary(item, r.d, sec)) is not None:
            # "30日,在纪念南方解放、国家统一50周年庆典结束后,…会见": a day with no month, told in the
            # sentence of an anniversary falling on that day of the month: the anniversary's own day
            d, text = on
            return _value(item, "day", d, d, "day", YearGuess(d.year, "anniversary", f"{r.text} → {text}"))
        if base is None:
            return _value(item, "day", None, None, "unknown", None)
        d = _gregorian(base.month, r.d)(base.year)
        if d is not None and anchor is None and d > base:
            mi = base.year * 12 + base.month - 2
            d = _gregorian(mi % 12 + 1, r.d)(mi // 12)
        basis = "relative" if anchor else ref_basis
        guess = YearGuess(d.year if d else None, basis, f"{r.text} → {base}")
        if d is not None and r.d2 is not None:  # "从4日至7日": to the later day, in the next month past the end
            mi = d.year * 12 + d.month - 1 + (1 if r.d2 < r.d else 0)
            end = _gregorian(mi % 12 + 1, r.d2)(mi // 12)
            if end is not None:
                return _value(item, "range", d, end, "day", guess)
        return _value(item, "day", d, d, "day", guess)
    return _value(item, r.kind, None, None, "unknown", None)


def _day_of_anniversary(item: _Item, day: int, sec: _Section) -> tuple[date, str] | None:
    """The anniversary day itself, when an anniversary told in the item's sentence, from a base day
    the tables know, falls on this day of the month (one such day only)."""
    s0, s1 = item.sent
    found: dict[date, str] = {}
    for f in sec.facts:
        if f.kind != "anniversary" or f.day is None or f.eve or f.told or not s0 <= f.span.start < s1:
            continue
        if f.day.day == day and f.day.year == f.year:
            found[f.day] = f.text
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _day_in_festival_eve(day: int, sec: _Section) -> tuple[date, str] | None:
    """The one date with this day of the month inside the weeks before a festival the section
    names with its year (``在2023年春节到来之际``), when all such festivals agree on it."""
    found: set[date] = set()
    texts: list[str] = []
    for it in sec.items:
        if it.special != "festival-eve" or it.tv is None or not it.tv.start or not it.tv.end:
            continue
        lo, hi = _parse_date(it.tv.start), _parse_date(it.tv.end)
        if lo is None or hi is None:
            return None
        for y, m in {(lo.year, lo.month), (hi.year, hi.month)}:
            d = _gregorian(m, day)(y)
            if d is not None and lo <= d <= hi:
                found.add(d)
        texts.append(it.raw.text)
    if len(found) != 1:
        return None
    return found.pop(), texts[0]


def _section_year(
    item: _Item | None, pos: int, sec: _Section, an: _Analysis, key: tuple[str, int | None]
) -> YearGuess | None:
    guess = _own_guess(item, pos, sec, an)
    if guess is None and key[0] == "related":
        guess = _teaser_context(an, key)
    return guess


def _guess_year(g: YearGuess) -> int | None:
    if g.year is not None and g.mode == "fixed":
        return g.year
    return g.ref_start.year if g.ref_start is not None else g.year


def _year_word_value(item: _Item, sec: _Section, an: _Analysis, key: tuple[str, int | None]) -> TimeValue:
    r = item.raw
    g = _section_year(item, r.start, sec, an, key)
    beside = _YEAR_AND_THIS_YEAR.search(an.norm, max(0, r.start - 12), r.start + 2) if r.rel == "今年" else None
    if beside is not None and beside.end() == r.start + 2:  # "2016年和今年": the year after the one told
        g = YearGuess(int(beside["y"]) + 1, "context", beside.group(), (Span(beside.start(), beside.end(), "year"),), "fixed")
    y0 = _guess_year(g) if g is not None else None
    if g is None or y0 is None:
        return _value(item, "relative", None, None, "unknown", None)
    y = y0 + _YEAR_WORDS[r.rel or "今年"]
    g = YearGuess(y, g.basis, f"{r.rel} → {y} ({g.basis_text})", g.basis_spans)
    if r.m is not None:
        if r.d is not None:
            d = _gregorian(r.m, r.d)(y)
            end = d
            if d is not None and r.m2 is not None and r.d2 is not None:
                end = _gregorian(r.m2, r.d2)(y + (1 if r.m2 < r.m else 0)) or d
            return _value(item, "relative", d, end, "day", g)
        return _value(item, "relative", date(y, r.m, 1), _month_end(y, r.m), "month", g)
    return _value(item, "relative", date(y, 1, 1), date(y, 12, 31), "year", g)


def _period_value(
    item: _Item, sec: _Section, an: _Analysis, key: tuple[str, int | None], ref: date | None
) -> TimeValue:
    r = item.raw
    g = _section_year(item, r.start, sec, an, key)
    y0 = ref.year if ref is not None else (_guess_year(g) if g is not None else None)
    if y0 is None:
        return _value(item, "period", None, None, "unknown", None)
    g = g or YearGuess(y0, "published")
    end = ref or date(y0, 12, 31)
    return _value(item, "period", date(y0 + _PERIOD[r.rel or "近年来"], 1, 1), end, "year", g)


# "越通社一周(2018.1.8-2018.1.14)要闻回顾": a weekly review, titled by the week it looks back on
_WEEK_REVIEW_BEFORE = re.compile(r"一周\s*[(（【\[]?\s*$")


def _week_value(
    item: _Item, anchor: TimeValue | None, ref: date | None, ref_basis: str, norm: str = ""
) -> TimeValue:
    r = item.raw
    base = _parse_date(anchor.start) if anchor is not None else ref
    basis = "relative" if anchor is not None else ref_basis
    kind = "weekday" if r.kind == "weekday" else "relative"
    if base is None:
        return _value(item, kind, None, None, "unknown", None)
    end = _parse_date(anchor.end) if anchor is not None else None
    if (
        anchor is not None
        and r.rel == "上周"
        and r.weekday is None
        and end is not None
        and (end - base).days == 6
        and _WEEK_REVIEW_BEFORE.search(norm, max(0, anchor.span.start - 6), anchor.span.start)
    ):
        # the review's 上周 is the week it is titled by, told from the week after
        g = YearGuess(base.year, "relative", f"{r.text} → {anchor.start}/{anchor.end}", (anchor.span,))
        return _value(item, kind, base, end, "day", g)
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=_WEEK_WORDS.get(r.rel or "", 0))
    g = YearGuess(base.year, basis, f"{r.text} → {base.isoformat()}", (anchor.span,) if anchor else ())
    if r.weekday is None:
        return _value(item, kind, monday, monday + timedelta(days=6), "day", g)
    d = monday + timedelta(days=r.weekday)
    if r.kind == "weekday" and anchor is None and d > base and not item.planned:
        d -= timedelta(weeks=1)
    return _value(item, kind, d, d, "day", g)


def _fact_values(an: _Analysis, doc: Document) -> list[TimeValue]:
    """Anniversaries, meetings, roles, terms begun and eras are time expressions too: context only."""
    out = []
    for (section, teaser), sec in an.sections.items():
        for b in sec.bounds:
            last = b.intervals[-1][1]
            out.append(
                TimeValue(
                    b.span,
                    b.kind,
                    b.intervals[0][0].isoformat(),
                    None if last == date.max else last.isoformat(),
                    "year-range",
                    "era" if b.kind == "era" else "recurring-role",
                    b.text,
                    [b.span],
                    section=section,
                    teaser=teaser,
                )
            )
        for f in sec.facts:
            if f.kind == "death":
                continue  # the day someone died dates the story after it, never an act of its own
            if f.kind in {"anniversary", "role"}:
                basis = "anniversary" if f.kind == "anniversary" else "recurring-role"
                out.append(
                    TimeValue(
                        f.span,
                        f.kind,
                        f"{f.year + f.told}-01-01",
                        f"{f.year + f.told}-12-31",
                        "year",
                        basis,
                        f.text,
                        [f.span],
                        section=section,
                        teaser=teaser,
                    )
                )
            elif f.kind == "year-to-date":  # the stretch the figure covers: 2022-01-01..2022-09-30
                assert f.start is not None
                upto = date(f.year + f.start.month // 12, f.start.month % 12 + 1, 1) - timedelta(days=1)
                out.append(
                    TimeValue(
                        f.span,
                        f.kind,
                        f"{f.year}-01-01",
                        upto.isoformat(),
                        "month",
                        "explicit",
                        f.text,
                        [f.span],
                        section=section,
                        teaser=teaser,
                    )
                )
            else:
                precision = "day" if f.day_precise else "month"
                out.append(
                    TimeValue(
                        f.span,
                        f.kind,
                        _iso(f.start),
                        _iso(f.end),
                        precision,
                        _FACT_BASIS[f.kind],
                        f.text,
                        [f.span],
                        section=section,
                        teaser=teaser,
                    )
                )
    return out


def annotate_times(doc: Document) -> None:
    """Fill ``doc.times`` (resolved ``TimeValue``s in text order) and the ``times_*`` counters."""
    an = _analyse(doc)
    _first_pass(an)
    _teaser_pass(an, doc)
    _relative_pass(an, doc)
    values: list[TimeValue] = []
    for sec in an.sections.values():
        for item in sec.items:
            if item.tv is None:
                item.tv = _value(item, item.raw.kind, None, None, "unknown", None)
            if item.special == "anniversary-span":
                item.tv.kind = "anniversary-span"
            elif item.special == "other-year":  # 到2045年, 1982年《公约》: a year named, not the event's
                item.tv.kind = "year-reference"
            elif item.special == "since":
                item.tv.kind = "since"
            if item.planned:
                item.tv.planned = True
            values.append(item.tv)
    values += _fact_values(an, doc)
    if an.published is not None:
        for tv in values:
            start = _parse_date(tv.start)
            if start is not None and start > an.published and tv.kind in _DATING | {"month", "month-range"}:
                tv.planned = True
    values.sort(key=lambda tv: (tv.span.start, tv.span.end))
    an.values = values
    doc.times = values
    doc.meta["_times"] = an
    _count(doc, values)


def _count(doc: Document, values: list[TimeValue]) -> None:
    stats = doc.stats
    stats["times"] = len(values)
    stats["times_resolved"] = sum(1 for tv in values if tv.precision != "unknown")
    stats["times_unknown"] = sum(1 for tv in values if tv.precision == "unknown" and tv.kind not in _VAGUE)
    # 日前, 近日, 此前 with nothing to count from: vague by nature, counted apart from failures
    stats["times_vague"] = sum(1 for tv in values if tv.precision == "unknown" and tv.kind in _VAGUE)
    for tv in values:
        if tv.basis != "none":
            k = f"times_basis_{tv.basis}"
            stats[k] = stats.get(k, 0) + 1


def _analysis(doc: Document) -> _Analysis:
    an = doc.meta.get("_times")
    if not isinstance(an, _Analysis):
        annotate_times(doc)
        an = doc.meta["_times"]
    return an


# --- the API the event coder calls ---------------------------------------------------------------
def _tier(tv: TimeValue) -> int | None:
    if tv.kind in _NEVER or tv.kind in _VAGUE - {"recent", "period"}:
        return None
    if tv.kind in _DATING and tv.precision == "day":
        return 1
    if tv.kind in _DATING | _COARSE and tv.precision != "unknown":
        return 2
    if tv.kind in _CONTEXT_ONLY and tv.precision != "unknown":
        return 3
    if tv.kind in _DATING | _COARSE:
        return 4  # a date whose year is unknown: still the clause's date
    return None


def _pick(cands: list[TimeValue], anchor: int | None) -> TimeValue | None:
    ranked = [(t, tv) for tv in cands if (t := _tier(tv)) is not None]
    if not ranked:
        return None
    best = min(t for t, _ in ranked)
    tier = [tv for t, tv in ranked if t == best]
    if anchor is not None:
        before = [tv for tv in tier if tv.span.start <= anchor]
        if before:
            return max(before, key=lambda tv: tv.span.start)
    first = min(tier, key=lambda tv: tv.span.start)
    # "于10月18日晚抵达河内,开始…为期三天的正式访问": the stay counted from that day is the clause's time
    return next((tv for tv in tier if tv.kind == "range" and tv.basis_spans[:1] == [first.span]), first)


def in_book_title(text: str, pos: int) -> bool:
    """``见证了《越南政府与老挝政府2023年双边合作协定》``: a year inside a document's title names
    the document, not the day an event about it happened."""
    opened = text.rfind("《", max(0, pos - 60), pos)
    return opened >= 0 and not re.search(r"[》。;；\n]", text[opened:pos])


def news_day_before(doc: Document, start: int) -> TimeValue | None:
    """The nearest day told before ``start`` in its section that can date what follows (no day
    looked back to, planned or in a caption): the day a pledge without a day of its own was made."""
    an = _analysis(doc)
    sec = an.sections.get(doc.section_of(start))
    if sec is None:
        return None
    before = [it for it in sec.items if _anchor_ok(it) and it.raw.end <= start]
    return max(before, key=lambda it: it.raw.start).tv if before else None


def time_for_span(
    doc: Document, start: int, end: int, anchor: int | None = None, said: int | None = None
) -> TimeValue | None:
    """The time that dates the clause ``[start, end)``; ``anchor`` is its trigger word's offset.

    First a frame before the trigger with no day written between (``访问期间``, ``王毅此访期间``,
    ``大会期间``, ``会谈中``: the annotators date such clauses by the visit, the conference, the
    talks; see ``_framed``). Then, in order: a day inside the clause (the one nearest before
    ``anchor`` when several); a day elsewhere in its sentence (``12月25日上午,…召开2025年第三次
    会议``: the day, not the year); a coarser time inside the clause (``明年4月``, ``2023年``), a
    meeting or festival it names (not one a second verb attends: ``访问并出席第41届东盟峰会``; in
    a teaser, the day told inside the meeting's days); one in its sentence; for a relative or
    date-less sentence, the nearest preceding resolved day of the same section (its dateline
    included); else the section's first day (a title).

    ``said``: where what the clause's speaker says begins (``A在会见B时表示,2022年该省…``): a
    month or a year told from there to the sentence's end is the speech's, no time of the act.
    """
    return _time_for_span(doc, start, end, anchor, 0, said)


def _section_values(an: _Analysis, section: str, teaser: int | None) -> list[TimeValue]:
    """The section's values outside book titles, in text order (computed once per section)."""
    key = (section, teaser)
    same = an.section_values.get(key)
    if same is None:
        same = an.section_values[key] = [
            tv
            for tv in an.values
            if tv.section == section and tv.teaser == teaser and not in_book_title(an.norm, tv.span.start)
        ]
    return same


def _time_for_span(
    doc: Document, start: int, end: int, anchor: int | None, depth: int, said: int | None = None
) -> TimeValue | None:
    an = _analysis(doc)
    section, teaser = doc.section_of(start)
    same = _section_values(an, section, teaser)
    sec = an.sections.get((section, teaser))
    sent = (
        None
        if sec is None
        else next(((s, e) for u in sec.units for s, e in u.sentences if s <= start < e), None)
    )
    if said is not None and sent is not None:
        same = [tv for tv in same if not (said <= tv.span.start < sent[1] and tv.precision in {"month", "year"})]
    inside = [tv for tv in same if start <= tv.span.start < end]
    in_sentence = [] if sent is None else [tv for tv in same if sent[0] <= tv.span.start < sent[1]]
    if sec is not None and sent is not None:
        framed = _framed(doc, an, sec, same, sent, start, anchor if anchor is not None else end, depth)
        if framed is _UNDATED:
            return None
        if framed is not None:
            return framed
    norm = an.norm

    def aside(tv: TimeValue) -> bool:
        """``对柬埔寨进行正式访问并出席第41届东盟峰会``: the summit is not the visit's time;
        ``中共二十大闭幕后到访中国``: nor is a congress the act is told to follow."""
        if tv.kind == "meeting" and anchor is not None and tv.span.end <= anchor and _AFTER_MEETING.match(norm, tv.span.end):
            return True  # not "出席第54届年会后…访问": attending the meeting is dated by it
        return (
            anchor is not None
            and tv.kind in _CONTEXT_ONLY
            and tv.span.start > anchor
            and _SECOND_VERB.search(norm, anchor, tv.span.start) is not None
        )

    if anchor is not None:
        # "X日前致电Y,祝贺…在5月3日举行的选举中获胜", "日前决定向缅甸提供援助,帮助…克服3月28日地震…":
        # 日前 before the verb dates the act; a day told only after the verb is the occasion's
        recent = [tv for tv in in_sentence if tv.kind == "recent" and tv.span.start < anchor]
        if recent and not [tv for tv in in_sentence if _tier(tv) == 1 and tv.span.start < anchor]:
            return recent[-1]
    for pool, tiers, where in (
        (inside, {1}, anchor),
        (in_sentence, {1}, start),
        (inside, {2, 3, 4}, anchor),
        (in_sentence, {2}, start),
    ):
        found = _pick([tv for tv in pool if _tier(tv) in tiers and not aside(tv)], where)
        if found is not None and found.kind in _CONTEXT_ONLY and section == "related":
            return _day_within(same, found) or found
        if found is not None and found.kind == "meeting":
            return _opening_or_closing_day(norm, found)
        if found is not None:
            return found
    if sec is None:
        return None
    anchors = sorted((it for it in sec.items if _anchor_ok(it) and not _quoted(norm, it.raw.start)), key=lambda it: it.raw.start)
    before = [it for it in anchors if it.raw.end <= start]
    if before:
        return _choose_anchor(before, sent, text=norm)
    # "值此南方解放50周年之际,…致贺电。贺电写道,…1975年4月30日…": a day told after the clause
    # in a year before the anniversary the section celebrates is history the text recalls, not
    # the story's day
    floor = max(
        (tv.start[:4] for tv in same if tv.kind == "anniversary" and tv.start and tv.span.start < start),
        default=None,
    )
    # "…将向灾区提供援助。…截至9月3日8时,风灾造成…": a day figures are counted up to, told after
    # the clause, is not the story's day
    after = [
        it
        for it in anchors
        if it.raw.start >= start
        and it.tv is not None
        and not (floor is not None and it.tv.start is not None and it.tv.start[:4] < floor)
        and not _AS_OF_BEFORE.search(norm, max(0, it.raw.start - 4), it.raw.start)
    ]
    if not after:
        return None
    # "柬埔寨首相会见越南大使X" as the title, "1月22日,…会见…。…1979年1月7日的胜利…" below: the story's
    # first day has no year the page fixes; a later day with one is history, not the story's day
    unknown = next(
        (
            it
            for it in sec.items
            if it.raw.start < after[0].raw.start
            and it.raw.kind in _DATING
            and it.tv is not None
            and it.tv.precision in {"unknown", "year-range"}
            and not (it.planned or it.special or it.background or it.founding)
            and it.unit.role not in {"caption", "teaser-caption"}
        ),
        None,
    )
    return None if unknown is not None else after[0].tv


_AS_OF_BEFORE = re.compile(r"(?:截至|截止)(?:到)?\s*$")


# "各国议会联盟第132届大会闭幕 通过《河内宣言》": the meeting's last day; "…开幕": its first
_OPENS_OR_CLOSES = re.compile(r"\s*(?:在[^,，。;；]{1,20}?)?(?:隆重)?(开幕|闭幕)")


def _opening_or_closing_day(norm: str, meeting: TimeValue) -> TimeValue:
    """A numbered meeting whose opening or closing the clause tells is dated by that day alone."""
    m = _OPENS_OR_CLOSES.match(norm, meeting.span.end)
    if m is None or meeting.precision != "day" or not meeting.start:
        return meeting
    day = meeting.start if m.group(1) == "开幕" else (meeting.end or meeting.start)
    return replace(meeting, start=day, end=day)


def _day_within(same: list[TimeValue], frame: TimeValue) -> TimeValue | None:
    """``出席第43届东盟峰会`` in a teaser whose summary says ``9月5日上午``: the day told, inside the summit."""
    lo, hi = _parse_date(frame.start), _parse_date(frame.end) or _parse_date(frame.start)
    if lo is None or hi is None:
        return None
    days = [
        tv
        for tv in same
        if _tier(tv) == 1
        and (d := _parse_date(tv.start)) is not None
        and lo <= d <= hi
        and tv.start == tv.end
    ]
    return min(days, key=lambda tv: tv.span.start) if days else None


def _region(norm: str, item: _Item, items: list[_Item]) -> tuple[int, int]:
    """The words that go with a dated item: from its clause's start to the next date of its sentence."""
    s0, e0 = item.sent
    lo = item.raw.start
    while lo > s0 and not _CLAUSE_END.match(norm, lo - 1):
        lo -= 1
    nxt = [o.raw.start for o in items if o.sent == item.sent and o.raw.start > item.raw.start]
    return lo, min(nxt, default=e0)


_OTHER_VISIT = re.compile(r"此前|此后|之前|曾")


def _framed(
    doc: Document,
    an: _Analysis,
    sec: _Section,
    same: list[TimeValue],
    sent: tuple[int, int],
    start: int,
    anchor: int,
    depth: int,
) -> TimeValue | None:
    """``访问期间``/``此访期间``/``大会期间``/``会谈中`` before the trigger: the frame's days.

    A visit frame takes the range whose clause tells a visit (``于11月8日至9日对柬埔寨进行正式
    访问``, not the summit attended after it), before the clause or else after it; another noun
    (大会, 推介会) the range whose clause names it, or the meeting it names; ``会谈中`` the day of
    the talks told before. A day written in the sentence before the trigger wins over all.
    """
    norm = an.norm
    found = None
    for m in _FRAME.finditer(norm, sent[0], anchor):
        found = m
    if found is None and sent[0] > 0 and norm[sent[0] - 1] in ";；":
        # "访问期间,X同A举行会谈;会见B、C": the frame opening the sentence covers its parts after ;
        lo = max(norm.rfind(c, 0, sent[0] - 1) for c in "。!?！？\n") + 1
        if _FRAME.match(norm, lo) is not None or _DURING.match(norm, lo) is not None:
            return _framed(doc, an, sec, same, (lo, sent[1]), start, anchor, depth)
    if found is None:
        return _framed_before(doc, an, sec, same, sent, depth)
    if any(_tier(tv) == 1 and sent[0] <= tv.span.start < anchor for tv in same):
        return None  # 5月9日,在…峰会期间,…会见 / 访问期间,9月8日下午,…: the day written wins
    if found["talk"]:
        return _talks_day(doc, an, sec, found["talk"], sent, depth)
    noun = found["noun"]
    if any(b.span.start < found.end() and found.start() < b.span.end for b in sec.bounds):
        return None  # 新冠肺炎疫情期间: an era, not a frame
    named = [
        tv
        for tv in same
        if tv.kind == "meeting" and tv.precision == "day" and found.start() <= tv.span.start < found.end()
    ]
    if named:
        return named[-1]
    held = _opening_to_closing(norm, sec, noun) or _held_on_one_day(norm, sec, noun, start)
    if held is not None:
        return held
    ranges = sorted(
        (it for it in sec.items if _anchor_ok(it) and it.tv is not None and it.tv.start != it.tv.end),
        key=lambda it: it.raw.start,
    )
    if not ranges:
        return None
    visit = _VISIT_WORD.search(noun) is not None
    head = noun[-2:]

    def tells(it: _Item) -> bool:
        lo, hi = _region(norm, it, sec.items)
        if visit:
            return _VISIT_WORD.search(norm, lo, hi) is not None
        return norm.find(head, lo, hi) >= 0

    fitting = [it for it in ranges if tells(it)]
    if visit:  # "此前,X于12月1日至3日对新加坡进行了访问": another, earlier visit is not the one framed
        fitting = [it for it in fitting if not _OTHER_VISIT.search(norm, it.sent[0], it.raw.start)] or fitting
    dest = _FRAMED_DESTINATION.search(noun) if visit else None
    if dest is not None:
        # "范文安对老挝进行正式访问期间,双方通过了…" on a page about 坎平's visit to Viet Nam: a trip
        # to another country is not the one whose days the page gives
        def elsewhere(it: _Item) -> bool:
            lo, hi = _region(norm, it, sec.items)
            told = _FRAMED_DESTINATION.search(norm, lo, hi)
            return told is not None and told.group(1) != dest.group(1)

        away = [it for it in fitting if elsewhere(it)]
        fitting = [it for it in fitting if not elsewhere(it)]
        if away and not fitting:
            return _UNDATED  # the page dates no trip there: the clause keeps no day of another's
        ranges = [it for it in ranges if not elsewhere(it)]
    before = [it for it in fitting if it.raw.end <= start]
    after = [it for it in fitting if it.raw.start >= start]
    pick = before[-1] if before else after[0] if after else None
    if pick is None:
        older = [it for it in ranges if it.raw.end <= start]
        pick = older[-1] if older and _DURING.match(norm, sent[0]) else None
    return pick.tv if pick is not None else None


# "12月14日,…纪念峰会在布鲁塞尔…举行": the day the forum was held, told by the sentence that names it
_HELD_ON = re.compile(r"(?:峰会|会议|论坛|大会)[^,，。;；]{0,30}?(?:举行|召开)")


def _held_on_one_day(norm: str, sec: _Section, noun: str, start: int) -> TimeValue | None:
    """``峰会期间`` after ``12月14日,…峰会在布鲁塞尔举行``: a forum told as held on one day frames
    the acts during it on that day, not on the range of the delegation's trip told in the lead."""
    if _VISIT_WORD.search(noun) is not None:
        return None
    head = noun[-2:]
    held = [
        it
        for it in sec.items
        if _anchor_ok(it)
        and it.tv is not None
        and it.tv.precision == "day"
        and it.tv.start == it.tv.end
        and it.raw.end <= start
        and it.raw.start - it.sent[0] <= 2
        and (m := _HELD_ON.search(norm, it.raw.end, it.sent[1])) is not None
        and m.group(0).startswith(head)
    ]
    return max(held, key=lambda it: it.raw.start).tv if held else None


def _opening_to_closing(norm: str, sec: _Section, noun: str) -> TimeValue | None:
    """``会议期间`` when the section tells the forum's opening day (``12月5日,…会议在万象开幕``)
    and its closing day (``12月6日,会议闭幕``): the days from the one to the other, not the
    delegation's longer stay."""
    if _VISIT_WORD.search(noun) is not None:
        return None
    head = noun[-2:]
    opened = closed = None
    for it in sorted(sec.items, key=lambda it: it.raw.start):
        tv = it.tv
        if not _anchor_ok(it) or tv is None or tv.start != tv.end:
            continue
        said = norm[it.sent[0] : it.sent[1]]
        if head in said and "开幕" in said and opened is None:
            opened = it
        elif head in said and "闭幕" in said and opened is not None:
            closed = it
    if opened is None or closed is None or opened.tv is None or closed.tv is None:
        return None
    if (closed.tv.start or "") <= (opened.tv.start or ""):
        return None
    return replace(opened.tv, kind="range", end=closed.tv.end)


# "阮生雄还分别会见了…": a date-less sentence that goes on (还) with more meetings of the one before
_GOES_ON = re.compile(r"[^,，。;；]{1,16}?还(?:分别|先后)?(?:会见|会晤|拜会|接见)")


def _framed_before(
    doc: Document, an: _Analysis, sec: _Section, same: list[TimeValue], sent: tuple[int, int], depth: int
) -> TimeValue | None:
    """``大会期间,A会见了B。`` then ``A还分别会见了C和D。``: the second sentence, with no day or
    frame of its own, goes on in the frame of the one before. So does a piece after a semicolon
    (``访问期间,X开展多项活动,如拜会A;与B举行会谈;会见C。``: the list goes on in the frame)."""
    if depth > 1:
        return None
    if any(sent[0] <= tv.span.start < sent[1] and _tier(tv) is not None for tv in same):
        return None
    sents = sorted(
        se
        for u in sec.units
        if u.role not in {"caption", "teaser-caption"}
        for se in u.sentences
        if se[1] <= sent[0]
    )
    chained = _semicolon_frame(doc, an, sec, same, sent, sents, depth)
    if chained is not None or not _GOES_ON.match(an.norm, sent[0]):
        return chained
    for prev in reversed(sents[-3:]):  # back to the sentence that states the frame, past its remarks
        if any(prev[0] <= tv.span.start < prev[1] and _tier(tv) == 1 for tv in same):
            return None  # a day told in between: the story has moved on
        if _FRAME.search(an.norm, prev[0], prev[1]):
            return _framed(doc, an, sec, same, prev, prev[0], prev[1], depth + 1)
    return None


def _semicolon_frame(
    doc: Document,
    an: _Analysis,
    sec: _Section,
    same: list[TimeValue],
    sent: tuple[int, int],
    sents: list[tuple[int, int]],
    depth: int,
) -> TimeValue | None:
    """The frame of the piece that opens a semicolon list this piece goes on (no day told between)."""
    cur = sent[0]
    for prev in reversed(sents):
        if an.norm[prev[1] : cur].strip() not in {";", "；"}:
            return None  # a full stop (or a line) ends the list
        if any(prev[0] <= tv.span.start < prev[1] and _tier(tv) == 1 for tv in same):
            return None  # a day told in between: the list has moved on
        comma = _CLAUSE_END.search(an.norm, prev[0], prev[1])
        opening = comma.end() if comma is not None else prev[1]
        if _FRAME.search(an.norm, prev[0], opening) or _DURING.match(an.norm, prev[0]):
            # the piece opens on the frame ("访问期间,", "在与X举行的会谈上,"), the list goes on in it
            # (each step moves back to an earlier piece: the depth need not grow)
            return _framed(doc, an, sec, same, prev, prev[0], prev[1], depth)
        cur = prev[0]
    return None


def _talks_day(
    doc: Document, an: _Analysis, sec: _Section, word: str, sent: tuple[int, int], depth: int
) -> TimeValue | None:
    """``会谈中,…``: the time of the sentence before that reports the talks (``…举行会谈``)."""
    if depth > 0:
        return None
    told = [
        (s, e)
        for u in sec.units
        for s, e in u.sentences
        if e <= sent[0] and an.norm.find(word, s, e) >= 0 and not _FRAME.match(an.norm, s)
    ]
    if not told:
        return None
    s, e = told[-1]
    return _time_for_span(doc, s, e, an.norm.find(word, s, e), depth + 1)


def document_year(doc: Document, section: str = "main", teaser: int | None = None) -> YearGuess:
    """The year a section's undated events belong to, with its basis (``year=None`` when unknown)."""
    an = _analysis(doc)
    key = (section, teaser)
    sec = an.sections.get(key)
    if sec is None:
        return YearGuess(None)
    guess = _own_guess(None, sec.units[0].start if sec.units else 0, sec, an)
    if guess is not None and guess.basis == "context" and guess.mode == "nearest":
        guess = _most_common_year(sec) or guess
    if guess is None and section == "related":
        guess = _teaser_context(an, key)
    if guess is None:
        guess = _tenure_guess(doc, sec, an)
    if guess is None:
        return YearGuess(None)
    if guess.mode == "range" and guess.tenure is not None and guess.years is not None:
        months = [date(y, m, 1) for y in range(guess.years[0], guess.years[1] + 1) for m in range(1, 13)]
        months = [d for d in months if guess.ref_start is None or d <= guess.ref_start]
        months = [d for d in months if _allowed(guess.bounds, d)] or months
        _, best = guess.tenure.best(months)
        years = sorted({d.year for d in best})
        if len(years) == 1:
            return YearGuess(years[0], "tenure", guess.basis_text, guess.basis_spans)
        if years:
            return YearGuess(
                None, "tenure", guess.basis_text, guess.basis_spans, "range", years=(years[0], years[-1])
            )
        return YearGuess(None)
    return YearGuess(
        _guess_year(guess),
        guess.basis,
        guess.basis_text,
        guess.basis_spans,
        guess.mode,
        guess.ref_start,
        guess.ref_end,
        guess.cue,
        guess.years,
    )


def _most_common_year(sec: _Section) -> YearGuess | None:
    counts: dict[int, list[_Item]] = {}
    for it in sec.items:
        d = _explicit_date(it)
        if d is not None and not it.planned:
            counts.setdefault(d.year, []).append(it)
    if not counts:
        return None
    y = max(counts, key=lambda y: (len(counts[y]), y))
    its = counts[y]
    return YearGuess(y, "context", its[0].raw.text, tuple(Span(i.raw.start, i.raw.end, "time") for i in its))


def tenure_conflicts(doc: Document) -> list[TenureConflict]:
    """(person, office) pairs named where the page's resolved dates fall outside every known term.

    Computed on demand (``dyad extract --stats``), not by ``annotate_times``: finding the named
    pairs costs a pass over the page that year inference rarely needs.
    """
    an = _analysis(doc)
    out: list[TenureConflict] = []
    for key, sec in an.sections.items():
        days = sorted(
            d
            for it in sec.items
            if it.tv is not None
            and it.tv.precision == "day"
            and it.tv.basis != "tenure"
            and not it.special
            and (d := _parse_date(it.tv.start)) is not None
        )
        if days:
            out += tenure_conflicts_in(_pairs(doc, an, sec), days[0], days[-1], key)
    return out
