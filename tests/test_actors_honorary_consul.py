"""``名誉领事`` is an office (an honorary consul): in ``各国领事代表和名誉领事`` no person ``和名誉``
is named."""

from __future__ import annotations

from dyad import extract


def test_honorary_consul_is_an_office_not_a_name() -> None:
    doc = extract(
        "岘港市领导会见各国领事\n\n越通社岘港——5月8日,岘港市人民委员会主席黎明会见了各国驻岘港市领事代表和名誉领事。"
        "(越通社-VNA)\n越通社\n"
    )
    names = {m.name for m in doc.mentions if m.kind == "person"}
    assert not any("名誉" in n for n in names)
