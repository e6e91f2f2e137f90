"""One signing told twice in the main article, each time with the same document after the verb:
once by the people who signed, once by the bodies they stand for. It is one AGREE event, kept with
the people; two signings of the same kind of document with different partners stay two.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations


def test_the_bodies_retelling_the_peoples_signing_is_one_event() -> None:
    from test_events import events_of

    evs = events_of(
        "3月5日,越南河内市友好组织联合会主席甲乙丙与中国广州市政协副主席丁戊己在河内举行会谈,"
        "并签署了友好合作谅解备忘录(2025-2030)。"
        "甲乙丙表示,越南河内市友好组织联合会与中国广州市政协签署了友好合作谅解备忘录(2025-2030),"
        "为双方合作奠定基础。"
    )
    signs = [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1, evs
    assert signs[0]["source"][0]["name"] == "甲乙丙", evs


def test_the_same_document_with_other_partners_is_another_signing() -> None:
    from test_events import events_of

    evs = events_of(
        "5月8日,越南工贸部部长甲乙丙与老挝工贸部部长丁戊己签署了边境贸易合作备忘录。"
        "5月9日,越南工贸部部长甲乙丙与柬埔寨商业部部长庚辛壬签署了边境贸易合作备忘录。"
    )
    signs = [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 2, evs
