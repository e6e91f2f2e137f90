"""A signing talked about but not told: its process (``就《…》签署进程回答提问``), one worked for
(``推动《…协定》签署``) or one approved for later (``提请理事会批准于年底正式签署《协定》``)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _agree(body: str) -> list[dict[str, Any]]:
    text = f"越泰合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_signing_process_asked_about_is_no_signing() -> None:
    assert not _agree("5月3日,越南外交部发言人阮明武在例行记者会上就《越南与泰国自由贸易协定》签署进程回答了记者的提问。")


def test_signing_promoted_after_the_title_is_no_signing() -> None:
    assert not _agree("黎青松高度评价泰国与越南积极配合,推动《区域全面经济伙伴关系协定》签署,并表示越南重视泰国。")


def test_approval_to_sign_later_is_no_signing() -> None:
    assert not _agree("2019年3月5日,泰国内阁同意提请国王批准于2019年底正式签署《协定》。")


def test_signing_told_with_its_day_stays() -> None:
    evs = _agree("5月3日,越南工贸部部长陈俊英与泰国商业部部长巴颂签署了《越泰贸易合作协定》。")
    assert len(evs) == 1


def test_signing_pushed_for_in_talks_is_no_signing() -> None:
    assert not _agree(
        "5月3日,越南工贸部部长陈俊英会见泰国商会代表,就推动泰国政府委托商业部签署《越泰贸易合作协定》进行讨论。"
    )


def test_document_signed_before_named_after_push_verb_is_not_dropped_by_it() -> None:
    evs = _agree("双方同意推动两国在2015年签署的《越泰贸易合作协定》框架内的合作。")
    assert len(evs) <= 1


def test_signing_process_launched_is_no_signing() -> None:
    assert not _agree("2023年,越南和泰国启动签署服务贸易协定谈判进程的准备工作顺利完成。")
