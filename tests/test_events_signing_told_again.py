"""A witnessed signing, then its signers (A和B代表两国政府签署上述文件): one signing."""

from __future__ import annotations

from test_events import events_of, names


def test_signers_of_the_above_documents_do_not_sign_again() -> None:
    evs = events_of(
        "2018年8月9日,越南政府总理阮春福与老挝政府总理通伦·西苏里举行会谈。会谈结束后,两国总理出席了三份合作文件的签署仪式。"
        "越南外交部长范平明和老挝外交部长沙伦赛·贡玛西代表两国政府签署上述文件。"
    )
    signs = [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1
    assert "范平明" not in names(signs[0]["source"])


def test_a_signing_told_alone_stays() -> None:
    evs = events_of(
        "2018年8月9日,越南外交部长范平明和老挝外交部长沙伦赛·贡玛西在河内签署了两国外交部2018—2020年合作计划。"
    )
    signs = [e for e in evs if (e["type"], e["mode"]) == ("AGREE", "sign")]
    assert len(signs) == 1
