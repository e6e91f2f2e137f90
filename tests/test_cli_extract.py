"""``dyad extract``: one record per good page on stdout, one line per bad page on stderr, and
an exit code that says whether anything came out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.ingest.decode import MAX_PAGE_BYTES

GOOD = (
    "越中两国外交部长举行会谈\n\n"
    "4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。\n\n"
    "越通社河内——4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。\n\n"
    "范平明强调,越南党和政府重视并希望越中全面战略合作伙伴关系进一步向前发展。(越通社——VNA)\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def run(*args: str) -> tuple[int, list[dict], list[str]]:
    result = CliRunner().invoke(app, ["extract", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, records, [line for line in result.stderr.splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_image.html").write_bytes(PNG)
    return tmp_path


def test_good_and_bad_pages_in_one_folder(folder: Path) -> None:
    code, records, errors = run(str(folder))
    assert code == 0
    assert [Path(r["doc"]).name for r in records] == ["a_good.txt"]
    assert records[0]["title"] == "越中两国外交部长举行会谈"
    assert len(errors) == 2
    empty, image = errors
    assert empty.startswith(f"dyad: {folder / 'b_empty.txt'}: empty: ")
    assert image.startswith(f"dyad: {folder / 'c_image.html'}: binary: ")


def test_only_bad_pages_exit_1(folder: Path) -> None:
    (folder / "a_good.txt").unlink()
    code, records, errors = run(str(folder))
    assert code == 1 and records == [] and len(errors) == 2


def test_missing_path_is_reported_per_file_not_a_crash(folder: Path) -> None:
    missing = folder / "nope.txt"
    code, records, errors = run(str(missing), str(folder / "a_good.txt"))
    assert code == 0 and len(records) == 1
    assert errors == [f"dyad: {missing}: not-found: No such file or directory"]
    code, records, errors = run(str(missing))
    assert code == 1 and records == []


def test_html_page_and_json_format(folder: Path, vnp_html) -> None:
    lines = GOOD.strip().split("\n\n")
    (folder / "d_page.html").write_text(vnp_html(lines[0], lines[1], lines[2:]), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(folder / "d_page.html")])
    assert result.exit_code == 0
    [record] = json.loads(result.stdout)
    assert record["format"] == "html" and record["published"] == "2019-04-10"
    assert record["body"][-1] == "范平明强调,越南党和政府重视并希望越中全面战略合作伙伴关系进一步向前发展。"


def test_bad_option_is_a_usage_error(folder: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "--format", "xml", str(folder)])
    assert result.exit_code == 2
    result = CliRunner().invoke(app, ["extract"])
    assert result.exit_code == 2


def test_huge_file_is_refused_without_reading_it(folder: Path) -> None:
    huge = folder / "e_huge.txt"
    with huge.open("wb") as fh:  # sparse: no disk or memory spent on it
        fh.truncate(MAX_PAGE_BYTES + 1)
    code, records, errors = run(str(huge), str(folder / "a_good.txt"))
    assert code == 0 and len(records) == 1
    assert errors[0].startswith(f"dyad: {huge}: too-large: ")
