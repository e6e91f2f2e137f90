"""``dyad eval GOLD.jsonl PATH...``: score extraction against hand-made gold, in the repo.

The matching rules are those of the shared scorer (``shared/eval/score.py``; see the gold
SCHEMA): events of type OTHER are left out on both sides; a predicted event matches a gold
one when section and top type are equal, the dates overlap (a gold event without a date
accepts any), and at least one participant name is shared (names compared without spaces
and ``·``; one containing the other counts); greedy one-to-one, most shared names first.
On top of the shared figures we list, per document, the misses and false alarms with their
evidence, so a developer sees *what* went wrong.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["score", "evaluate_paths", "register", "PLOVER_TOP", "evidence_span", "sentence_date"]

PLOVER_TOP = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
})


def doc_key(doc: str) -> str:
    """Documents pair by file name, or by URL for crawled pages."""
    return doc if doc.startswith("http") else Path(doc.rstrip("/")).name


def _name_key(name: str | None) -> str:
    return re.sub(r"[\s·•・.\-]", "", name or "").lower()


def _side(people: Iterable[dict] | None) -> set[str]:
    return {_name_key(p.get("name")) for p in people or [] if p.get("name")}


def _same(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a))


def _shared(gold: set[str], pred: set[str]) -> int:
    return sum(1 for g in gold if any(_same(g, p) for p in pred))


def _interval(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    lo, _, hi = value.partition("/")
    return lo, hi or lo


def _dates_meet(gold: str | None, pred: str | None) -> bool:
    g, p = _interval(gold), _interval(pred)
    if g is None:
        return True
    return p is not None and g[0] <= p[1] and p[0] <= g[1]


def _top(event: dict) -> str:
    t = str(event.get("type") or "OTHER").upper()
    return t if t in PLOVER_TOP else "OTHER"


def _participants(event: dict) -> set[str]:
    return _side(event.get("source")) | _side(event.get("target"))


def _pair(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best, best_n = None, 0
        for pi, p in enumerate(pred):
            if pi in used or p.get("section", "main") != g.get("section", "main") or _top(p) != _top(g):
                continue
            if not _dates_meet(g.get("date"), p.get("date")):
                continue
            n = _shared(_participants(g), _participants(p))
            if n > best_n:
                best, best_n = pi, n
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


@dataclass
class _Tally:
    c: Counter = field(default_factory=Counter)
    per_doc: list[dict[str, Any]] = field(default_factory=list)

    def ratio(self, a: str, b: str) -> float | None:
        return round(self.c[a] / self.c[b], 3) if self.c[b] else None


def _brief(e: dict) -> dict[str, Any]:
    ev = e.get("evidence")
    return {
        "type": e.get("type"),
        "mode": e.get("mode"),
        "date": e.get("date"),
        "source": [p.get("name") for p in e.get("source") or []],
        "target": [p.get("name") for p in e.get("target") or []],
        "evidence": ev.get("text") if isinstance(ev, dict) else ev,
    }


def _score_page(t: _Tally, g: dict, p: dict) -> None:
    c = t.c
    m = g.get("main") or {}
    body = p.get("body") or []
    c["docs"] += 1
    c["title_ok"] += (p.get("title") or "").strip() == (m.get("title") or "").strip()
    checks = (
        ("start", m.get("body_starts"), lambda v: bool(body) and body[0].strip().startswith(v)),
        ("end", m.get("body_ends"), lambda v: bool(body) and body[-1].strip().endswith(v)),
    )
    for name, want, ok in checks:
        if want:
            c[f"{name}_n"] += 1
            c[f"{name}_ok"] += ok(want)
    for name, key in (("cap", "captions"), ("rel", "related")):
        if m.get(key) is not None:
            c[f"{name}_n"] += 1
            c[f"{name}_ok"] += len(p.get(key) or []) == m[key]


def _same_place(gold: str | None, pred: str | None) -> bool:
    """Both null, or one names the other (``河内`` and ``河内市``, ``巴黎`` and ``法国首都巴黎``)."""
    if not gold or not pred:
        return not gold and not pred
    return gold in pred or pred in gold


def _same_amount(gold: dict, pred: dict | None) -> bool:
    """The same value in the same currency or unit."""
    if not pred:
        return False
    unit = gold.get("currency") or gold.get("unit")
    return float(pred.get("value") or 0) == float(gold.get("value") or 0) and (
        pred.get("currency") or pred.get("unit")
    ) == unit


def _score_events(t: _Tally, g: dict, p: dict) -> None:
    c = t.c
    report: dict[str, Any] = {"doc": g["doc"], "missed": [], "false_alarms": []}
    for section in ("main", "related"):
        ge = [e for e in g.get("events", []) if e.get("section", "main") == section and _top(e) != "OTHER"]
        pe = [e for e in p.get("events", []) if e.get("section", "main") == section and _top(e) != "OTHER"]
        pairs = _pair(ge, pe)
        c[f"{section}_tp"] += len(pairs)
        c[f"{section}_gold"] += len(ge)
        c[f"{section}_pred"] += len(pe)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        report["missed"] += [_brief(e) | {"section": section} for i, e in enumerate(ge) if i not in matched_g]
        report["false_alarms"] += [_brief(e) | {"section": section} for i, e in enumerate(pe) if i not in matched_p]
        for g1 in ge:  # a gold amount found on a predicted event of its type (pairing aside)
            if g1.get("amount"):
                c["amounts"] += 1
                c["amount_ok"] += any(
                    _top(p1) == _top(g1) and _same_amount(g1["amount"], p1.get("amount")) for p1 in pe
                )
        for gi, pi in pairs:
            g1, p1 = ge[gi], pe[pi]
            c["matched"] += 1
            if g1.get("date"):
                c["dated"] += 1
                c["date_exact"] += g1["date"] == (p1.get("date") or "")
            c["mode_ok"] += (g1.get("mode") or "") == (p1.get("mode") or "")
            c["direction_ok"] += _shared(_side(g1.get("source")), _side(p1.get("source"))) > 0
            c["place_ok"] += _same_place(g1.get("location"), p1.get("location"))
            gn, pn = _participants(g1), _participants(p1)
            c["part_tp"] += _shared(gn, pn)
            c["part_gold"] += len(gn)
            c["part_pred"] += len(pn)
    t.per_doc.append(report)


def score(gold_docs: list[dict], pred_docs: list[dict]) -> dict[str, Any]:
    """The shared scorer's figures, plus ``per_doc`` misses and false alarms."""
    preds = {doc_key(d.get("doc", "")): d for d in pred_docs}
    t = _Tally()
    missing = []
    for g in gold_docs:
        p = preds.get(doc_key(g["doc"]))
        if p is None:
            missing.append(g["doc"])
            continue
        _score_page(t, g, p)
        _score_events(t, g, p)
    c = t.c
    return {
        "docs_scored": c["docs"],
        "docs_missing": missing,
        "page": {
            "title": t.ratio("title_ok", "docs"),
            "body_start": t.ratio("start_ok", "start_n"),
            "body_end": t.ratio("end_ok", "end_n"),
            "captions": t.ratio("cap_ok", "cap_n"),
            "related": t.ratio("rel_ok", "rel_n"),
        },
        "events_main": _prf(c["main_tp"], c["main_pred"], c["main_gold"]),
        "events_related": _prf(c["related_tp"], c["related_pred"], c["related_gold"]),
        "events_all": _prf(c["main_tp"] + c["related_tp"], c["main_pred"] + c["related_pred"],
                           c["main_gold"] + c["related_gold"]),
        "matched": {
            "date_exact": t.ratio("date_exact", "dated"),
            "mode": t.ratio("mode_ok", "matched"),
            "direction": t.ratio("direction_ok", "matched"),
            "participants": _prf(c["part_tp"], c["part_pred"], c["part_gold"]),
        },
        # dyad's own figures, which the shared scorer does not report
        "matched_extra": {
            "location": t.ratio("place_ok", "matched"),
            "amount": t.ratio("amount_ok", "amounts"),
        },
        "per_doc": t.per_doc,
    }


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate_paths(gold: Path, paths: list[Path]) -> dict[str, Any]:
    """Extract every page under ``paths`` and score the records against ``gold``."""
    from dyad.cli import iter_page_files
    from dyad.document import DyadInputError
    from dyad.pipeline import extract
    from dyad.record import to_record

    records = []
    for path in iter_page_files(paths):
        if path.suffix == ".jsonl":
            records += read_jsonl(path)
            continue
        try:
            records.append(to_record(extract(path.read_bytes()), name=str(path)))
        except DyadInputError:
            continue
    return score(read_jsonl(gold), records)


# --- sentence dates (the time issue's check) ------------------------------------------------------


def evidence_span(doc: Any, ev: dict) -> tuple[int, int] | None:
    """Where a gold event's evidence stands: in the body before lead, title and captions (a main
    event), in a teaser's parts (a teaser event)."""
    if ev["section"] == "main":
        spans = list(doc.body) + [s for s in (doc.lead, doc.title) if s] + list(doc.captions)
    else:
        spans = [p for t in doc.teasers for p in (t.summary, t.title, t.caption) if p]
    for sp in spans:
        i = doc.text.find(ev["evidence"], sp.start, sp.end)
        if i >= 0:
            return i, i + len(ev["evidence"])
    return None


def sentence_date(doc: Any, ev: dict) -> tuple[bool, Any]:
    """Does the time dyad gives the gold event's evidence equal its gold date? (the time, too)

    A visit told only by a sentence with no date of its own (a title) spans its days while the
    sentence's time is one of them: there the time need only fall in the gold range."""
    from dyad.extraction.times import time_for_span

    where = evidence_span(doc, ev)
    t = time_for_span(doc, *where) if where else None
    if where is None or t is None or not t.value:
        return False, t
    start, end = where
    dated = any(
        start <= x.span.start < end and x.kind in {"date", "range", "relative"} for x in doc.times
    ) or doc.section_of(start)[0] == "related"
    if "/" in ev["date"] and not dated:
        return _dates_meet(ev["date"], t.value), t
    return t.value == ev["date"], t


def format_report(result: dict[str, Any], details: bool) -> str:
    pg, m = result["page"], result["matched"]
    lines = [f"docs scored {result['docs_scored']}, missing {len(result['docs_missing'])}",
             "page    " + "  ".join(f"{k} {v}" for k, v in pg.items())]
    for name in ("events_main", "events_related", "events_all"):
        e = result[name]
        lines.append(f"{name:<15} P {e['p']:.3f} R {e['r']:.3f} F1 {e['f1']:.3f}  "
                     f"(tp {e['tp']}, pred {e['pred']}, gold {e['gold']})")
    lines.append(f"matched events: date_exact {m['date_exact']}  mode {m['mode']}  "
                 f"direction {m['direction']}  participants F1 {m['participants']['f1']}")
    x = result.get("matched_extra") or {}
    lines.append(f"  (not in the shared scorer) location {x.get('location')}  amount {x.get('amount')}")
    if details:
        for d in result["per_doc"]:
            if not d["missed"] and not d["false_alarms"]:
                continue
            lines.append(f"\n== {d['doc']}")
            for tag, items in (("MISSED", d["missed"]), ("FALSE ", d["false_alarms"])):
                for e in items:
                    lines.append(f"  {tag} [{e['section']}] {e['type']}/{e['mode']} {e['date']} "
                                 f"{','.join(map(str, e['source']))} -> {','.join(map(str, e['target']))}"
                                 f"  «{e['evidence']}»")
    return "\n".join(lines)


def register(app: Any) -> None:
    import typer

    @app.command("eval")
    def eval_cmd(
        gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold annotations (JSONL)."),
        paths: list[Path] = typer.Argument(..., help="Pages or folders to extract, or a JSONL of records."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
        details: bool = typer.Option(True, "--details/--no-details", help="List misses and false alarms."),
    ) -> None:
        """Score extraction against gold annotations: page structure, events P/R/F1, dates, roles."""
        result = evaluate_paths(gold, paths)
        if as_json:
            typer.echo(json.dumps(result, ensure_ascii=False))
        else:
            typer.echo(format_report(result, details))
        if result["docs_missing"]:
            raise typer.Exit(1)
