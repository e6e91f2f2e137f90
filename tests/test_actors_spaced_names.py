"""Old pages put a stray space inside a Chinese name (``副总理李克 强会见``, ``书记 王岐 山``): the name
is read whole, without the space, while its span still covers the text as written. A space after a
known name (``王毅 图自越通社``) or before a word that ends a name (``永河 摄``) joins nothing.
Sentences written for the test."""

from __future__ import annotations

from test_actors import people
from test_events import events_of, names


def test_a_name_split_by_a_space_after_its_office_is_one_name() -> None:
    evs = events_of("9月10日,中共中央政治局常委、国务院副总理李克 强亲切会见了越南河内市委书记黄忠海。")
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and "李克强" in names(meetings[0]["source"] + meetings[0]["target"]), evs


def test_a_space_after_the_office_and_inside_the_name() -> None:
    evs = events_of("9月9日,越南河内市委书记黄忠海与中共中央政治局委员、北京市委书记 王岐 山共同举行会谈。")
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks, evs
    sides = talks[0]["source"] + talks[0]["target"]
    assert "王岐山" in names(sides), talks
    other = next(p for p in sides if p["name"] == "王岐山")
    assert other["title"] == "北京市委书记" and other["country"] == "CHN", other


def test_a_word_before_the_space_does_not_hide_the_name() -> None:
    """``王家`` is a word, so the name before the stray space is not read alone."""
    evs = events_of("9月11日,中共中央对外联络部部长王家 瑞也会见了越南河内市委书记黄忠海。")
    assert any("王家瑞" in names(e["source"] + e["target"]) for e in evs), evs


def test_the_span_keeps_the_space_as_written() -> None:
    from dyad import extract, to_record

    body = "9月10日,中国国务院副总理李克 强会见了越南河内市委书记黄忠海。"
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    rec = to_record(extract(text))
    spans = [s for e in rec["events"] for s in e["spans"]["source"] + e["spans"]["target"]]
    assert any(s["text"] == "李克 强" and text[s["start"] : s["end"]] == "李克 强" for s in spans), rec["events"]


def test_a_known_name_or_a_photo_credit_joins_nothing_after_a_space() -> None:
    got = people("中国国务委员、外交部长王毅 图自越通社。阮春福会见王毅。越通社记者 永河 摄")
    assert "王毅" in got and not any(n.startswith("王毅图") for n in got), got
    assert not any(n.startswith("永河") for n in got), got


def test_a_space_after_the_dot_of_a_foreign_name() -> None:
    """``伊万• 梅利尼科夫``: the dot name is read over the space, named without it."""
    got = people("越南驻俄罗斯大使邓明魁会见俄罗斯联邦共产党第一副主席伊万• 梅利尼科夫。")
    assert "伊万•梅利尼科夫" in got, got


def test_a_spaced_dot_name_leading_a_club_delegation_is_its_leader() -> None:
    """``会见由X• Y(Latin)先生为首…的某俱乐部(ABC)下属…代表团``: brackets inside the body's long name
    do not hide that X leads the delegation met."""
    evs = events_of(
        "10月4日,越美协会副会长阮文明在河内会见由罗伯特• 库珀(Robert Cooper)先生为首从10月1日至16日访越的"
        "国际友谊俱乐部(FFI)下属新西兰FF俱乐部友好使者代表团。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert meetings and names(meetings[0]["source"]) == ["罗伯特•库珀"], evs
