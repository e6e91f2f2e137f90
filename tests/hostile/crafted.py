"""Crafted pages whose cost once grew faster than their size (14 s to minutes each, before the
limits in events/times/actors/pipeline/htmlpage). The tests read them for outcome;
``benchmarks/crafted_pages.py`` meters their CPU time against the budget (they take 0.02-1.6 s)."""

from __future__ import annotations

HEAD = "越南国家主席会见中国外交部长\n\n越通社河内——5月1日,越南国家主席在河内会见中国外交部长王毅。\n\n"
GENERIC = (
    '<html><head><meta charset="utf-8"><title>越南</title></head><body><div><h2>越南国家主席会见中国外交部长'
    "</h2><p>越通社河内——5月1日,越南国家主席在河内会见中国外交部长王毅。双方就两国关系交换意见。</p></div>"
)
SLOW = {
    "triggers-in-one-sentence": HEAD + "阮富仲会见王毅," * 2000,  # was 27 s
    "dates-in-one-section": HEAD + "5月1日至" * 3000,  # was 14 s
    "names-in-one-sentence": HEAD + "阮富仲会见王毅、" * 3500,  # was 15 s
    "thousands-of-teasers": HEAD + "\n更多\n越中合作\n" * 5000,  # was minutes
    "distinct-festival-years": HEAD + "".join(f"{y}年春节," for y in range(1000, 3000)),  # was 25 s
    "over-the-text-limit": HEAD + "越南中国合作发展友好关系" * 20_000,  # refused at once
    # a page no layout fits goes to trafilatura, whose justext fallback is quadratic
    "generic-page-6000-divs": GENERIC + "<div>x</div>" * 6000 + "</body></html>",  # was ~5 s
    "generic-page-30000-divs": GENERIC + "<div>x</div>" * 30_000 + "</body></html>",  # was minutes
}
# CPU seconds each may take (benchmarks/crafted_pages.py); the slowest takes ~1.6 s on an idle core
BUDGET_CPU_S = 5.0
# what warms imports and tables loaded on first use (trafilatura, justext, lunar): not a page's cost
WARM_UP = (GENERIC + "</body></html>", HEAD + "2019年春节前夕,双方会见。")
