"""One-character forms that several countries share in pair compounds (越瑞: Sweden or Switzerland;
越阿: Algeria, Argentina or Azerbaijan; 越伊, 越乌, 越尼) count an anniversary from the relations of
the country whose full name the paragraph writes, and from the first row's country when it writes
none."""

from __future__ import annotations

from dyad.extraction.time_knowledge import find_anniversaries


def _years(text: str) -> list[int]:
    return [f.year for f in find_anniversaries(text, 0, len(text))]


def test_sweden_and_switzerland_share_rui() -> None:
    assert _years("瑞典驻越南大使出席了越瑞建交50周年纪念活动。") == [1969 + 50]
    assert _years("瑞士外长表示,越瑞建交50周年纪念活动意义重大。") == [1971 + 50]
    assert _years("越瑞建交40周年招待会在河内举行。") == [1969 + 40]


def test_a_shared_by_algeria_and_argentina() -> None:
    assert _years("阿尔及利亚总理称赞越阿建交60周年的各项活动。") == [1962 + 60]
    assert _years("阿根廷外长出席越阿建交50周年纪念会。") == [1973 + 50]


def test_other_shared_forms() -> None:
    assert _years("伊朗议长祝贺越伊建交50周年。") == [1973 + 50]
    assert _years("伊拉克大使出席越伊建交55周年招待会。") == [1968 + 55]
    assert _years("乌兹别克斯坦代表团出席越乌建交30周年活动。") == [1992 + 30]
    assert _years("尼泊尔驻华大使庆祝中尼建交60周年。") == [1955 + 60]
