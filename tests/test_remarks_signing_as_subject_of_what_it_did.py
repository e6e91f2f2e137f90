"""A signing named as the subject of what it achieved (``《X条约》的签署从法律上解决了…``,
``…的签署使两国…``) is a remark on a signing, not a report of one: no AGREE event, and no
signer borrowed from the visit told before."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "甲乙关系:推动两国关系进入新阶段\n\n"
    "越通社河内——应泰国总理巴颂的邀请,老挝总理坎平将于2023年6月3日至5日对泰国进行正式访问。\n\n"
    "2023年是《老泰边界条约》签署20周年。《老泰边界条约》的签署从法律上彻底解决了两国陆地边界划定问题,"
    "体现了双方的坚定意志。(完)\n\n越通社\n"
)


def test_what_the_treaty_signing_did_is_no_signing() -> None:
    events = to_record(extract(PAGE))["events"]
    assert not [e for e in events if e["type"] == "AGREE"], events
    assert [e for e in events if e["mode"] == "visit"], events
