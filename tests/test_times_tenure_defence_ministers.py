"""The terms of the defence ministers of Japan, India, Russia, Singapore and the Philippines narrow
a year-less day told with Viet Nam's defence minister to the one year both held office. Sentences
written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_japanese_defence_minister_of_2020_2022_dates_a_video_talk() -> None:
    doc = page("会谈", ["9月3日,越南国防部长潘文江同日本防卫大臣岸信夫举行视频会谈。"])
    t = tv(doc, "9月3日")
    assert (t.value, t.basis) == ("2021-09-03", "tenure")


def test_the_indian_minister_in_the_form_vna_writes_dates_a_meeting() -> None:
    doc = page("会见", ["12月5日,国防部长吴春历在河内会见印度国防部部长马诺哈尔·巴里卡。"])
    t = tv(doc, "12月5日")
    assert (t.value, t.basis) == ("2016-12-05", "tenure")


def test_the_russian_minister_narrows_the_vietnamese_minister_term() -> None:
    doc = page("会谈", ["5月20日,越南国防部长冯光青同俄罗斯国防部长谢尔盖·绍伊古举行会谈。"])
    t = tv(doc, "5月20日")
    assert t.basis == "tenure" and "国防部长谢尔盖·绍伊古" in (t.basis_text or "")
