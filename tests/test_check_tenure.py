"""Tenure learned from the corpus: intervals widen with later pages and date year-less ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from dyad import extract
from dyad.check import check_store, learned_terms, tenure_index
from dyad.cli import app

PAGE = "越老合作动态\n\n{body}\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
A = "2019年5月3日,越南驻老挝大使阮伯雄在万象会见了老挝计划与投资部部长苏潘·乔米赛。"
B = "2020年6月1日,越南驻老挝大使阮伯雄在万象会见了老挝教育与体育部部长普特·西玛拉翁。"
C = "8月3日,越南驻老挝大使阮伯雄在万象会见了老挝琅勃拉邦省省长坎坡·本通。"


def ingest(db: Path, tmp: Path, *bodies: str) -> None:
    for i, body in enumerate(bodies):
        page = tmp / f"page_{len(list(tmp.glob('page_*')))}_{i}.txt"
        page.write_text(PAGE.format(body=body), encoding="utf-8")
        result = CliRunner().invoke(app, ["ingest", str(page), "--db", str(db), "--workers", "1"])
        assert result.exit_code == 0, result.output


def interval(db: Path) -> tuple[str, str]:
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT o.first_seen, o.last_seen FROM offices o JOIN actors a ON a.id = o.actor_id "
        "WHERE a.name = '阮伯雄'").fetchone()
    return row[0][:10], row[1][:10]


def test_a_later_page_widens_the_learned_interval(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    ingest(db, tmp_path, A)
    assert interval(db) == ("2019-05-03", "2019-05-03")
    ingest(db, tmp_path, B)
    assert interval(db) == ("2019-05-03", "2020-06-01")


def test_learned_terms_date_a_year_less_page(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    ingest(db, tmp_path, A, B)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    index = tenure_index(learned_terms(conn))
    page = PAGE.format(body=C)
    alone = [t for t in extract(page).times if t.kind == "date"]
    learned = [t for t in extract(page, meta={"tenure_index": index}).times if t.kind == "date"]
    assert alone and alone[0].precision != "day"  # nothing on the page gives the year
    assert learned[0].basis == "tenure" and learned[0].start == "2019-08-03"


def test_check_lists_conflicts_with_verified_terms_only(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    # 裴青山 was foreign minister from 2021; a 2017 page naming him so is news or an error.
    ingest(db, tmp_path, A, "2017年3月2日,越南外交部长裴青山在河内会见了老挝外交部长沙伦赛·贡玛西。")
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    conflicts, _gained = check_store(conn)
    assert [c["person"] for c in conflicts] == ["裴青山"]
    result = CliRunner().invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0 and "裴青山" in result.output and "1 conflict" in result.output
