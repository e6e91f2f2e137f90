"""The grammar of time expressions in agency Chinese: what is written, with offsets, no years guessed.

``scan(text, start, end)`` finds absolute dates (``2025年12月5日``, ``2025/12/5``, ``十二月五日``),
day and month ranges (``9月8日至10日``, ``6月28日至7月2日``, ``9月8—10日``), months, years and
year ranges (``2021—2026年``, ``(1960-2025)``), parts of day, clock times and weekdays, lunar
dates (``农历腊月廿六``, ``乙巳年腊月十九至二十二``), sexagenary years (``丙午年``), festivals
that fix a day (``春节``, ``元旦``), relative words (``当天``, ``同日``, ``次日``, ``日前``,
``明年4月``) and a bare day of month (``25日``). It reads ``Document.norm`` (full-width digits
already folded), so every offset is valid in the original text too.

Why a grammar of our own rather than jionlp's ``extract_time``, measured on the seeds on this
machine (2 cores, shared): importing jionlp takes 0.6-0.9 s and prints a banner; ``extract_time``
ran at 53k chars/s where ``dyad.extraction.times.annotate_times`` (this grammar plus all the year
inference) ran at 1.8M chars/s under the same load, and whole pages must pass every stage at well
over 200 pages/s (~1.2M chars/s). jionlp also puts every year-less date in the reference year
(``从9月8日至10日`` with reference 2026-02-14 gave 2026-09-08, the page meant 2017), reads
``50周年`` as a duration of 50 years, and misses 同日/此前/近日. This grammar is one compiled regex
behind a first-character guard; it leaves every year to the inference, which says why it chose one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "DAYS_SPAN_TEXT",
    "DAY_OR_SPAN_TEXT",
    "MONTH_DAY_TEXT",
    "GANZHI_BRANCHES",
    "GANZHI_STEMS",
    "RawTime",
    "cn_int",
    "ganzhi_index",
    "scan",
]

GANZHI_STEMS = "甲乙丙丁戊己庚辛壬癸"
GANZHI_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CN_DIGIT = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_int(s: str) -> int | None:
    """A number written in Arabic or Chinese digits: 12, 十二, 二十六, 廿六, 初五, 二〇二五, 一百二十.

    Small and exact for what dates and ordinals use (cn2an is the reference in the tests); None
    when the string is not a number.
    """
    s = s.strip()
    if not s:
        return None
    if s.isascii():
        return int(s) if s.isdigit() else None
    if s[0] == "初":
        s = s[1:]
    s = s.replace("廿", "二十").replace("卅", "三十")
    if s and all(c in _CN_DIGIT for c in s):
        if len(s) == 1:
            return _CN_DIGIT[s]
        return int("".join(str(_CN_DIGIT[c]) for c in s))  # 二〇二五: digit by digit
    total, cur = 0, 0
    for c in s:
        if c in _CN_DIGIT:
            cur = _CN_DIGIT[c]
        elif c in _CN_UNIT:
            total += (cur or 1) * _CN_UNIT[c]
            cur = 0
        else:
            return None
    return total + cur


def ganzhi_index(gz: str) -> int | None:
    """Position 0..59 of a stem-branch pair in the sexagenary cycle (甲子 = 0); None if invalid (乙午)."""
    if len(gz) != 2 or gz[0] not in GANZHI_STEMS or gz[1] not in GANZHI_BRANCHES:
        return None
    s, b = GANZHI_STEMS.index(gz[0]), GANZHI_BRANCHES.index(gz[1])
    if (s - b) % 2:
        return None
    return next(i for i in range(60) if i % 10 == s and i % 12 == b)


@dataclass(frozen=True, slots=True)
class RawTime:
    """One time expression as written: offsets into the scanned text and the fields it states.

    ``kind``: date | range | dates | month | month-range | year | year-range | day | lunar |
    lunar-range | lunar-month | lunar-year | festival | relative | weekday | duration (为期三天:
    ``d`` days from the date before it). Fields not written
    are None: a year-less ``9月8日`` has ``y=None``; the inference fills it in later.
    """

    start: int
    end: int
    text: str
    kind: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    ganzhi: str | None = None
    leap: bool = False
    rel: str | None = None  # the relative word: 当天, 明年, 日前 ...
    part: str | None = None  # 年初, 年底, 上半年 ... (a part of a year)
    part_of_day: str | None = None
    clock: str | None = None  # "10:30"
    weekday: int | None = None  # 0 = Monday
    festival: str | None = None
    local_time: bool = False  # 当地时间


# A fiscal year (2016财年) is the calendar year for April to December: Japan's runs April to March,
# China's and Viet Nam's are the calendar year, so only January to March are left in doubt.
FISCAL_YEAR = "财年"


# A span of days as the site writes it, for the rules that read the text around a date (Arabic
# digits, the month before the first day left to the rule): "8日至10日", "8-10日", "8日—10日",
# "8日~10日", "8日到10日", "30日至9月2日", "8号至10号"; and one day or such a span.
DAYS_SPAN_TEXT = r"\d{1,2}(?:\s*[日号])?\s*(?:至|到|[-—–~～])\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]"
DAY_OR_SPAN_TEXT = r"(?:" + DAYS_SPAN_TEXT + r"|\d{1,2}\s*[日号])"
# A month and its day, or its compact span of days: "6月4日", "6月4-6日", "6月4号", "6 月 4 日"
MONTH_DAY_TEXT = r"\d{1,2}\s*月\s*\d{1,2}(?:\s*[-—–~～]\s*\d{1,2})?\s*[日号]"


# --- building blocks -------------------------------------------------------------------------
_W = r"[ \t]*"  # blanks inside an expression; never a line break
_Y = r"(?:1[0-9]{3}|2[0-9]{3}|[〇零一二三四五六七八九]{4})"
_MD = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_DASH = r"(?:至|到|—(?!—)|－|-|–|~|～|―)"
_LIST = r"(?:、|和|及|与)"
_GZ = rf"[{GANZHI_STEMS}][{GANZHI_BRANCHES}]"
_LM = r"(?:闰)?(?:正|冬|腊|十[一二]|十|[一二三四五六七八九])月"
_LD = (
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]|三十|卅)"
)
_POD_WORDS = "上午|下午|晚上|晚间|傍晚|凌晨|中午|早上|早晨|清晨|夜间|深夜|午后|晚(?![些于年期辈会])"
_FESTIVALS = (
    "五一国际劳动节|国际劳动节|劳动节|三八国际妇女节|国际妇女节|六一国际儿童节|国际儿童节|"
    "春节|新春|除夕|元宵节|端午节|中秋节|重阳节|七夕节|腊八节|元旦节|元旦|圣诞节|清明节|新年"
)
_DAY_WORDS = (
    "当天晚上|当天|当日|同一天|同日(?!本)|同天|当晚|次日|翌日|第二天|隔天|此前一天|此前一日|前一天|前一日|昨天|昨日|今天|明天"
    "|(?<=峰会|会议|会晤|论坛|年会)前夕"  # "峰会前夕,A同B举行会谈": the day before the meeting's day
)
_VAGUE_WORDS = (
    "(?<![0-9一二三四五六七八九十节生])日前|前几[日天](?!内)|近日|近期|近来|此前(?!一[天日])|此后|"
    "近几年来|近年来|近几年|去年以来|今年以来|年初以来"
)
_YEAR_WORDS = "今年|明年|去年|前年"
_MONTH_WORDS = "本月|上个月|上月|下个月|下月"
_WEEK_WORDS = "本周|上周|下周"
_YEAR_PART = r"(?:年初|年底|年末|年中|上半年|下半年|初|底|末)"


def _tail(p: str) -> str:
    """Weekday, part of day and clock time that may follow a date (``9月9日(星期六)上午10时``)."""
    return (
        rf"(?:{_W}[(]?{_W}(?:星期|礼拜|周)(?P<{p}wd>[一二三四五六日天]){_W}[)]?)?"
        rf"(?:{_W}(?P<{p}pod>{_POD_WORDS}))?"
        rf"(?:{_W}(?P<{p}hh>[0-9]{{1,2}}){_W}(?:[时点]|:(?=[0-9])){_W}(?:(?P<{p}mi>[0-9]{{1,2}}){_W}分?)?)?"
    )


def _lunar(p: str, head: str) -> str:
    """A lunar date after ``head`` (农历, a sexagenary year, or nothing): month, day, day range."""
    return (
        rf"{head}(?P<{p}m>{_LM})(?:(?P<{p}d>{_LD})(?![一二三四五六七八九十日号])"
        rf"(?:{_W}{_DASH}{_W}(?P<{p}d2>{_LD})(?![一二三四五六七八九十日号]))?)?"
    )


_LUNAR_A = _lunar("la", rf"(?:农历|阴历)(?:(?P<lay>{_Y}){_W}年?{_W})?(?:(?P<lagz>{_GZ})年{_W})?")
_LUNAR_B = _lunar("lb", rf"(?:(?P<lby>{_Y}){_W}年?{_W})?(?P<lbgz>{_GZ})年{_W}(?:农历|阴历)?{_W}")  # 乙巳年农历三月初十

_PATTERN = "|".join(
    [
        # 2025/12/5, 2025-12-05, (1906/3/1-2026/3/1)
        rf"(?P<S>(?<![0-9])(?P<sy>{_Y})(?P<ss>[/.\-])(?P<sm>[0-9]{{1,2}})(?P=ss)(?P<sd>[0-9]{{1,2}})(?![0-9])"
        rf"(?:{_W}{_DASH}{_W}(?P<sy2>{_Y})(?P<ss2>[/.\-])(?P<sm2>[0-9]{{1,2}})(?P=ss2)(?P<sd2>[0-9]{{1,2}})"
        rf"(?![0-9]))?)",
        # lunar: 农历腊月廿六 / 乙巳年腊月十九至二十二 / 腊月廿六 / 十二月二十六 (no 日: lunar style)
        rf"(?P<LA>{_LUNAR_A})",
        rf"(?P<LB>{_LUNAR_B})",
        rf"(?P<LC>(?P<lcm>(?:正|冬|腊)月)(?P<lcd>{_LD})?(?![一二三四五六七八九十日号])(?:{_W}{_DASH}{_W}(?P<lcd2>{_LD})(?![一二三四五六七八九十日号]))?)",
        rf"(?P<LD>(?<![0-9一二三四五六七八九十〇零第])(?P<ldm>{_LM})(?P<ldd>{_LD})(?![一二三四五六七八九十日号])"
        rf"(?:{_W}{_DASH}{_W}(?P<ldd2>{_LD})(?![一二三四五六七八九十日号]))?)",
        # Gregorian: [年]月日 with ranges and lists, compact ranges, months and month ranges
        rf"(?P<D>(?<![0-9一二三四五六七八九十〇零第])(?P<dlun>农历|阴历)?(?:(?P<dy>{_Y}){_W}年{_W})?"
        rf"(?P<dm>{_MD}){_W}月{_W}(?:"
        rf"(?P<dd>{_MD}){_W}[日号](?:{_W}(?P<dsep>{_DASH}|{_LIST}){_W}(?:(?P<dy2>{_Y}){_W}年{_W})?"
        # ("从2015年11月9日至17对巴勒斯坦…进行访问": the range's 日 left out before 对/赴)
        rf"(?:(?P<dm2>{_MD}){_W}月{_W})?(?P<dd2>{_MD}){_W}(?:[日号]|(?<=[0-9])(?=对|赴)))?"
        rf"|(?P<de>{_MD}){_W}{_DASH}{_W}(?P<de2>{_MD}){_W}[日号]"
        rf"|(?:份)?(?:{_W}{_DASH}{_W}(?:(?P<dy3>{_Y}){_W}年{_W})?(?P<dm3>{_MD}){_W}月(?:份)?)?(?!{_W}[0-9]))"
        rf"{_tail('d')})",
        # festivals: 2026丙午年春节, 明年春节, 元旦
        rf"(?P<F>(?:(?<![0-9])(?P<fy>{_Y}){_W}年?{_W}|(?P<frel>今年|明年|去年))?(?:(?P<fgz>{_GZ})年?{_W})?"
        rf"(?P<fest>{_FESTIVALS}))",
        # sexagenary year: 乙巳年, 2026丙午年
        rf"(?P<G>(?:(?<![0-9])(?P<gy>{_Y}){_W}年?{_W})?(?P<ggz>{_GZ})年)",
        # year ranges: 2021—2026年, (1960-2025), 2021年至2025年
        rf"(?P<R>(?<![0-9])(?P<ry>{_Y}){_W}年?{_W}{_DASH}{_W}(?P<ry2>{_Y})(?:{_W}年)?(?![0-9]))",
        # a year: 2023年, 2025年底; a fiscal year: 2016财年, 2016财政年度; a year named for the ASEAN
        # chair, written without its own 年 (2020东盟轮值主席年: the year 2020)
        rf"(?P<Y>(?<![0-9])(?P<yy>{_Y}){_W}(?:(?P<yfisc>财年|财政年度|会计年度)|年(?!代)(?:度)?(?P<ypart>{_YEAR_PART})?"
        r"|(?=东盟(?:轮值)?主席(?:国)?年)))",
        # relative words, with what may hang on them: 明年4月, 本月25日, 当天上午, 下周一
        # ("今年3月17至18日": the first day's 日 left out before the range's dash, as in 3月17至18日)
        rf"(?P<RY>(?P<ryw>{_YEAR_WORDS})(?:(?P<rym>{_MD}){_W}月(?:份)?(?:{_W}(?P<ryd>{_MD}){_W}"
        rf"(?:[日号]|(?={_W}{_DASH}{_W}(?:{_MD}){_W}[日号]))"
        rf"(?:{_W}{_DASH}{_W}(?:(?P<rym2>{_MD}){_W}月{_W})?(?P<ryd2>{_MD}){_W}[日号])?)?"
        rf"|(?P<rypart>{_YEAR_PART}))?{_tail('ry')})",
        rf"(?P<RM>(?P<rmw>{_MONTH_WORDS})(?:(?P<rmd>{_MD}){_W}[日号])?{_tail('rm')})",
        rf"(?P<RW>(?P<rww>{_WEEK_WORDS})(?P<rwd>[一二三四五六日天])?)",
        rf"(?P<RD>(?P<rdw>{_DAY_WORDS}){_tail('rd')})",
        rf"(?P<RV>(?P<rvw>{_VAGUE_WORDS}))",
        # weekdays alone: 星期三, 周五
        r"(?P<W>(?<![四一每数两几这])(?:(?:星期|礼拜)(?P<wwd>[一二三四五六日天])|周(?P<wwd2>[一二三四五六日])))",
        # a stretch of days after a date: 开始对越南进行为期三天的正式访问
        rf"(?P<DU>为期{_W}(?P<dun>[0-9]{{1,2}}|[一二三四五六七八九十两]{{1,3}}){_W}[天日])",
        # a month and day run together, the 月 lost in the page's text: "王廷惠513日会见", "——417日下午,"
        # (5月13日, 4月17日); only right after a name, the dateline or a line's start, and right before
        # a part of the day, a comma or a meeting verb, so "100日内" or "第120日" stay what they are
        rf"(?P<C>(?:(?<=[\u4e00-\u9fff—\n])|^)(?<![第共达约近余逾满计期时至到和及])(?P<cmd>[1-9][0-9]{{2,3}}){_W}日"
        rf"(?=[ \t]*(?:{_POD_WORDS}|[,，在同与向致对]|会见|会晤|举行|出席|接见|召开|表示)){_tail('c')})",
        # a day of the month alone, or a range of days: 25日, 从4日至7日 (the month told before)
        # (or written compact as "25-28日", the first 日 left out as in "9月8-10日")
        rf"(?P<O>(?<![0-9月第])(?P<od>[0-9]{{1,2}})(?:{_W}日(?:{_W}{_DASH}{_W}(?P<od2>[0-9]{{1,2}}){_W}日)?"
        rf"|{_W}{_DASH}{_W}(?P<od3>[0-9]{{1,2}}){_W}日)"
        rf"(?![本元报内语文])(?:电)?{_tail('o')})",
    ]
)
# Only positions that can start an expression are tried: a cheap guard on the first characters,
# so the common 一 (一致), 中 (中国), 上/下 (上述, 下一步) or 国 do not start the whole alternation.
_GUARD = (
    r"[0-9〇零农阴正冬腊廿"
    + GANZHI_STEMS
    + r"]|[一二三四五六七八九十〇零]{1,4}[月年日]|[一二三四五六七八九十]{1,3}[十廿]"
    r"|当[天日晚]|同[日天一]|次日|翌日|第二天|隔天|前一|前夕|昨[天日]|今[年天]|明[年天]|去年|前年"
    r"|本[月周]|上[月个周]|下[月个周]|日前|前几[日天]|近[日期来几年]|此[前后]|年初以来|星期|礼拜|周[一二三四五六日]"
    r"|为期|春节|新[春年]|除夕|元[宵旦]|端午|中秋|重阳|七夕|腊八|国际|劳动节|妇女节|儿童节|清明|圣诞|五一|六一|三八"
)
_FIRST = (
    "0-9〇零农阴正冬腊廿一二三四五六七八九十"
    "当同次翌第前昨今明去本上下日近此年星礼周春新除元端中重七国劳妇儿清圣五六三隔为"
)
_RX = re.compile(rf"(?=[{_FIRST}{GANZHI_STEMS}])(?=(?:{_GUARD}))(?:{_PATTERN})")
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_md(m: int | None, d: int | None) -> bool:
    if m is None or not 1 <= m <= 12:
        return False
    return d is None or 1 <= d <= _DAYS_IN[m - 1]


def _int(g: str | None) -> int | None:
    return None if g is None else cn_int(g)


def _year(g: str | None) -> int | None:
    y = _int(g)
    return y if y is not None and 1000 <= y <= 2199 else None


def _tail_fields(m: re.Match[str], p: str) -> dict[str, object]:
    wd, pod, hh, mi = m.group(f"{p}wd"), m.group(f"{p}pod"), m.group(f"{p}hh"), m.group(f"{p}mi")
    clock = None
    if hh is not None and int(hh) <= 24 and (mi is None or int(mi) < 60):
        clock = f"{int(hh):02d}:{int(mi or 0):02d}"
    return {"weekday": _WEEKDAY.get(wd) if wd else None, "part_of_day": pod, "clock": clock}


def _slash(m: re.Match[str]) -> dict[str, object] | None:
    y, mo, d = _year(m["sy"]), int(m["sm"]), int(m["sd"])
    if y is None or not _valid_md(mo, d):
        return None
    if m["sy2"] is None:
        return {"kind": "date", "y": y, "m": mo, "d": d}
    y2, mo2, d2 = _year(m["sy2"]), int(m["sm2"]), int(m["sd2"])
    if y2 is None or not _valid_md(mo2, d2):
        return {"kind": "date", "y": y, "m": mo, "d": d, "_end": m.start("sy2") - 1}
    return {"kind": "range", "y": y, "m": mo, "d": d, "y2": y2, "m2": mo2, "d2": d2}


def _lunar_fields(m: re.Match[str], p: str, has_year: bool) -> dict[str, object] | None:
    mtext = m[f"{p}m"]
    leap = mtext.startswith("闰")
    name = mtext.lstrip("闰")[:-1]
    month = {"正": 1, "冬": 11, "腊": 12}.get(name) or cn_int(name)
    if month is None or not 1 <= month <= 12:
        return None
    out: dict[str, object] = {"m": month, "leap": leap}
    if has_year:
        out["y"] = _year(m[f"{p}y"])
        gz = m[f"{p}gz"]
        if gz is not None:
            if ganzhi_index(gz) is None:
                return None
            out["ganzhi"] = gz
    d, d2 = m[f"{p}d"], m[f"{p}d2"]
    if d is None:
        out["kind"] = "lunar-month"
        return out
    out["d"] = cn_int(d)
    if d2 is not None:
        out.update(kind="lunar-range", m2=month, d2=cn_int(d2))
    else:
        out["kind"] = "lunar"
    return out


def _gregorian(m: re.Match[str]) -> dict[str, object] | None:
    y, mo = _year(m["dy"]), _int(m["dm"])
    if m["dy"] is not None and y is None:
        return None
    out: dict[str, object] = {"y": y, "m": mo, **_tail_fields(m, "d")}
    if m["dd"] is not None:
        out["d"] = _int(m["dd"])
        if m["dd2"] is not None:
            y2 = _year(m["dy2"]) if m["dy2"] else None
            m2 = _int(m["dm2"]) if m["dm2"] else mo
            d2 = _int(m["dd2"])
            listing = m["dsep"] in {"、", "和", "及", "与"}
            out.update(kind="dates" if listing else "range", y2=y2, m2=m2, d2=d2)
            if not _valid_md(m2, d2):
                out.update(kind="date", y2=None, m2=None, d2=None, _end=m.end("dd") + 1)
        else:
            out["kind"] = "date"
    elif m["de"] is not None:
        out.update(kind="range", d=_int(m["de"]), m2=mo, d2=_int(m["de2"]))
        if not _valid_md(mo, out["d2"]):  # type: ignore[arg-type]
            return None
    elif m["dm3"] is not None:
        out.update(kind="month-range", m2=_int(m["dm3"]), y2=_year(m["dy3"]) if m["dy3"] else None)
        if not _valid_md(out["m2"], None):  # type: ignore[arg-type]
            out.update(kind="month", m2=None, y2=None, _end=m.end("dm") + 1)
    else:
        out["kind"] = "month"
    if not _valid_md(mo, out.get("d")):  # type: ignore[arg-type]
        return None
    if m["dlun"]:
        out["kind"] = {"date": "lunar", "range": "lunar-range", "month": "lunar-month"}.get(
            str(out["kind"]), str(out["kind"])
        )
    return out


def _relative(m: re.Match[str], group: str) -> dict[str, object] | None:
    if group == "RY":
        out: dict[str, object] = {"kind": "relative", "rel": m["ryw"], **_tail_fields(m, "ry")}
        if m["rym"] is not None:
            mo, d = _int(m["rym"]), _int(m["ryd"]) if m["ryd"] else None
            if not _valid_md(mo, d):
                return {"kind": "relative", "rel": m["ryw"], "_end": m.end("ryw")}
            out.update(m=mo, d=d)
            if d is not None and m["ryd2"] is not None:  # 去年11月22日至25日: a range of days that year
                m2, d2 = (_int(m["rym2"]) if m["rym2"] else mo), _int(m["ryd2"])
                if _valid_md(m2, d2):
                    out.update(m2=m2, d2=d2)
                else:
                    out["_end"] = m.end("ryd") + 1
        out["part"] = m["rypart"]
        return out
    if group == "RM":
        out = {"kind": "relative", "rel": m["rmw"], **_tail_fields(m, "rm")}
        if m["rmd"] is not None:
            d = _int(m["rmd"])
            if d is None or not 1 <= d <= 31:
                return {"kind": "relative", "rel": m["rmw"], "_end": m.end("rmw")}
            out["d"] = d
        return out
    if group == "RW":
        wd = m["rwd"]
        return {"kind": "relative", "rel": m["rww"], "weekday": _WEEKDAY.get(wd) if wd else None}
    if group == "RD":
        return {"kind": "relative", "rel": m["rdw"], **_tail_fields(m, "rd")}
    return {"kind": "relative", "rel": m["rvw"]}


def _fields(m: re.Match[str]) -> dict[str, object] | None:
    g = m.lastgroup
    if g == "S":
        return _slash(m)
    if g in {"LA", "LB"}:
        p = g.lower()
        return _lunar_fields(m, p, True)
    if g == "LC":
        name = m["lcm"][0]
        out: dict[str, object] = {"m": {"正": 1, "冬": 11, "腊": 12}[name], "kind": "lunar-month"}
        if m["lcd"]:
            out.update(kind="lunar", d=cn_int(m["lcd"]))
            if m["lcd2"]:
                out.update(kind="lunar-range", m2=out["m"], d2=cn_int(m["lcd2"]))
        return out
    if g == "LD":
        mo = cn_int(m["ldm"].lstrip("闰")[:-1])
        if mo is None or not 1 <= mo <= 12:
            return None
        out = {"kind": "lunar", "m": mo, "d": cn_int(m["ldd"]), "leap": m["ldm"].startswith("闰")}
        if m["ldd2"]:
            out.update(kind="lunar-range", m2=mo, d2=cn_int(m["ldd2"]))
        return out
    if g == "D":
        return _gregorian(m)
    if g == "F":
        gz = m["fgz"]
        if gz is not None and ganzhi_index(gz) is None:
            gz = None
        return {
            "kind": "festival",
            "festival": m["fest"],
            "y": _year(m["fy"]),
            "rel": m["frel"],
            "ganzhi": gz,
        }
    if g == "G":
        if ganzhi_index(m["ggz"]) is None:
            return None
        return {"kind": "lunar-year", "y": _year(m["gy"]), "ganzhi": m["ggz"]}
    if g == "R":
        y, y2 = _year(m["ry"]), _year(m["ry2"])
        if y is None or y2 is None or not y < y2 <= y + 200:
            return None
        return {"kind": "year-range", "y": y, "y2": y2}
    if g == "Y":
        y = _year(m["yy"])
        part = FISCAL_YEAR if m["yfisc"] else m["ypart"]
        return None if y is None else {"kind": "year", "y": y, "part": part}
    if g in {"RY", "RM", "RW", "RD", "RV"}:
        return _relative(m, g)
    if g == "W":
        return {"kind": "weekday", "weekday": _WEEKDAY[m["wwd"] or m["wwd2"]]}
    if g == "DU":
        n = cn_int(m["dun"])
        return {"kind": "duration", "d": n} if n and 1 <= n <= 60 else None
    if g == "C":
        return _run_together(m["cmd"], _tail_fields(m, "c"))
    if g == "O":
        d = int(m["od"])
        if not 1 <= d <= 31:
            return None
        d2g = m["od2"] if m["od2"] is not None else m["od3"]
        d2 = int(d2g) if d2g is not None else None
        if m["od3"] is not None and not (d2 is not None and d < d2 <= 31):
            return None  # "3-1日": no span of days
        if d2 is not None and not (1 <= d2 <= 31 and d2 != d):
            return {"kind": "day", "d": d, "_end": m.end("od") + 1}
        return {"kind": "day", "d": d, "d2": d2, **_tail_fields(m, "o")}
    return None


def _run_together(digits: str, tail: dict[str, object]) -> dict[str, object] | None:
    """A month and day written without 月: "513" is 5月13日, "1026" is 10月26日. None when the digits
    read two ways ("112": 1月12日 or 11月2日) or the day would open with 0 ("105")."""
    if digits[-2] == "0":
        return None
    if len(digits) == 3:
        if digits[0] == "1" and digits[1] in "012":
            return None  # "112", "121": also 11月2日, 12月1日
        mo, d = int(digits[0]), int(digits[1:])
    else:
        mo, d = int(digits[:2]), int(digits[2:])
    if not _valid_md(mo, d):
        return None
    return {"kind": "date", "m": mo, "d": d, **tail}


def scan(text: str, start: int = 0, end: int | None = None) -> list[RawTime]:
    """Every time expression in ``text[start:end]``, left to right, non-overlapping."""
    end = len(text) if end is None else end
    out: list[RawTime] = []
    for m in _RX.finditer(text, start, end):
        f = _fields(m)
        if f is None:
            continue
        s, e = m.start(), int(f.pop("_end", m.end()))  # type: ignore[call-overload]
        while e > s and text[e - 1].isspace():
            e -= 1
        local = s - 4 >= start and text.endswith("当地时间", 0, s)
        if local:
            s -= 4
        out.append(RawTime(start=s, end=e, text=text[s:e], local_time=local, **f))  # type: ignore[arg-type]
    return out
