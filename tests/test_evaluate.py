"""`dyad eval` scores like the shared scorer, and reports what it missed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyad import extract, to_record
from dyad.cli import app
from dyad.evaluate import score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def records(pages: Path) -> list[dict]:
    return [to_record(extract(p.read_bytes()), name=str(p)) for p in sorted(pages.iterdir()) if p.is_file()]


@pytest.mark.parametrize("gold,pages", [
    (SHARED / "gold" / "seeds.jsonl", SHARED / "seeds"),
    (ROOT / "examples" / "gold.jsonl", ROOT / "examples" / "pages"),
])
def test_agrees_with_the_shared_scorer(tmp_path: Path, gold: Path, pages: Path) -> None:
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists() or not gold.exists():
        pytest.skip("../shared (the shared scorer and gold) is not beside this clone")
    out = tmp_path / "out.jsonl"
    recs = records(pages)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    theirs = json.loads(subprocess.run([sys.executable, str(scorer), str(gold), str(out), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    ours = score([json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()], recs)
    ours.pop("per_doc")
    ours.pop("matched_extra")
    assert ours == theirs


def test_counts_misses_and_false_alarms_on_a_made_up_case() -> None:
    gold = [{"doc": "a.txt", "main": {"title": "T", "captions": 0, "related": 0}, "events": [
        {"section": "main", "type": "CONSULT", "mode": "talks", "date": "2020-05-01",
         "source": [{"name": "甲"}], "target": [{"name": "乙·丙"}]},
        {"section": "main", "type": "AID", "mode": None, "date": None,
         "source": [{"name": "丁"}], "target": [{"name": "戊"}]},
        {"section": "related", "type": "OTHER", "date": None, "source": [], "target": []},
    ]}]
    pred = [{"doc": "dir/a.txt", "title": "T", "body": [], "captions": [], "related": [], "events": [
        {"section": "main", "type": "CONSULT", "mode": "meeting", "date": "2020-04-30/2020-05-02",
         "source": [{"name": "乙丙"}], "target": [{"name": "甲"}]},
        {"section": "main", "type": "SUPPORT", "date": None, "source": [{"name": "丁"}], "target": []},
    ]}]
    result = score(gold, pred)
    assert result["events_main"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "pred": 2, "gold": 2}
    assert result["matched"]["direction"] == 0.0 and result["matched"]["mode"] == 0.0
    assert result["matched"]["date_exact"] == 0.0
    [doc] = result["per_doc"]
    assert [e["type"] for e in doc["missed"]] == ["AID"]
    assert [e["type"] for e in doc["false_alarms"]] == ["SUPPORT"]


def test_eval_command_prints_the_figures(tmp_path: Path) -> None:
    pages = ROOT / "examples" / "pages"
    result = CliRunner().invoke(app, ["eval", str(ROOT / "examples" / "gold.jsonl"), str(pages), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["docs_scored"] == len(list(pages.iterdir()))
    assert figures["page"]["title"] == 1.0


def test_reports_places_and_amounts_the_shared_scorer_leaves_out() -> None:
    def ev(location: str | None, amount: dict | None, who: str = "范明政") -> dict:
        return {"section": "main", "type": "AID", "mode": None, "date": None, "location": location,
                "source": [{"name": who}], "target": [{"name": "老挝"}], "amount": amount, "evidence": "x"}

    gold = [{"doc": "a.txt", "main": {}, "events": [
        ev("河内", {"value": 5, "currency": "USD"}), ev(None, {"value": 50, "currency": "tonnes"}, "阮春福")]}]
    pred = [{"doc": "a.txt", "events": [
        ev("河内市", {"value": 50, "currency": "tonnes"}), ev("万象", {"value": 5, "currency": "USD"}, "阮春福")]}]
    extra = score(gold, pred)["matched_extra"]
    assert extra["location"] == 0.5  # 河内 ~ 河内市; null is not 万象
    assert extra["amount"] == 1.0  # each gold amount is on some predicted aid, whatever the pairing


def test_sentence_date_compares_the_evidences_time_with_the_gold_date() -> None:
    from dyad import extract
    from dyad.evaluate import evidence_span, sentence_date

    doc = extract("越南总理会见老挝外长\n\n2023年5月4日下午,范明政在河内会见了老挝外长沙伦赛。\n")
    ev = {"section": "main", "evidence": "范明政在河内会见了老挝外长沙伦赛", "date": "2023-05-04"}
    assert evidence_span(doc, ev) is not None
    assert sentence_date(doc, ev)[0]
    assert not sentence_date(doc, {**ev, "date": "2023-05-05"})[0]
    assert sentence_date(doc, {**ev, "evidence": "不在页面上"}) == (False, None)
