"""Korean National Assembly speakers, the forms VNA writes Cambodia's National Assembly president
in, Hungary's prime minister and speaker and Mongolia's president date a year-less day by the
years their terms share with the Vietnamese side. Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_korean_speaker_of_2020_2022_meets_the_chair_of_2021_on_in_2022() -> None:
    doc = page("会见", ["1月10日,越南国会主席王廷惠在河内会见韩国国会议长朴炳锡。"])
    t = tv(doc, "1月10日")
    assert (t.value, t.basis) == ("2022-01-10", "tenure")


def test_the_cambodian_president_in_the_vna_form_dates_a_meeting() -> None:
    doc = page("会见", ["9月5日,国会主席王廷惠会见柬埔寨国会主席昆索达莉。"])
    t = tv(doc, "9月5日")
    assert (t.value, t.basis) == ("2023-09-05", "tenure")


def test_hungarian_and_mongolian_leaders_are_named_in_office() -> None:
    doc = page("会见", ["6月3日,国家主席阮春福先后会见匈牙利总理欧尔班和蒙古国总统呼日勒苏赫。"])
    t = tv(doc, "6月3日")
    assert t.basis == "tenure"
    assert "总理欧尔班" in (t.basis_text or "") and "总统呼日勒苏赫" in (t.basis_text or "")
