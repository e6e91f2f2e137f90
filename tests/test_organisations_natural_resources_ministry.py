"""Viet Nam's ministry written in full (越南自然资源与环境部) is read whole, not cut to 资源与环境部."""
from tests.test_events import events_of


def test_full_name_of_the_natural_resources_ministry_signs() -> None:
    body = "5月6日,越南自然资源与环境部同尼日利亚环境部在阿布贾签署环境合作备忘录。"
    signed = [e for e in events_of(body) if e["type"] == "AGREE"]
    assert [p["name"] for e in signed for p in e["source"]] == ["越南自然资源与环境部"]
