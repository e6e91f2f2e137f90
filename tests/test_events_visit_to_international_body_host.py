"""A trip with a leg to a country and a leg to an international body (``应A国总统X和东盟秘书长Y的
邀请,…对A国进行国事访问并对东盟秘书处进行正式访问``): the body's leg is hosted by the inviter
of no country, its head, and stays a visit of its own. Page written for the test."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南国家主席出访\n\n越通社河内——应菲律宾总统胡安·桑托斯和东盟秘书长约翰·史密斯的邀请,"
    "6月2日,越南国家主席黎文甲对菲律宾进行国事访问并对东盟秘书处进行正式访问。(越通社——VNA)\n越通社\n"
)


def _visits() -> list[dict]:
    return [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "visit" and e["source"][0]["name"] == "黎文甲"]


def test_the_body_leg_is_a_visit_hosted_by_its_head() -> None:
    hosts = [[t["name"] for t in e["target"]] for e in _visits()]
    assert ["约翰·史密斯"] in hosts, hosts


def test_the_country_leg_keeps_its_own_host() -> None:
    hosts = [[t["name"] for t in e["target"]] for e in _visits()]
    assert ["胡安·桑托斯"] in hosts, hosts
