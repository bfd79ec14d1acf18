"""The exported schema matches the models; bad input fails typed and early."""

from __future__ import annotations

import datetime as dt
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, shared_or_skip

from coopllm import ArticleExtraction
from coopllm.errors import (
    ArticleTooLongError,
    BinaryInputError,
    ConfigurationError,
    EmptyArticleError,
    InputError,
)
from coopllm.inputs import (
    MAX_FILE_BYTES,
    check_decoded,
    decode_text,
    find_inputs,
    iter_inputs,
)
from coopllm.schema import Agreement, Party, most_items
from coopllm.settings import Settings


def test_exported_schema_has_not_drifted() -> None:
    exported = json.loads((REPO / "schemas" / "article_extraction.schema.json").read_text())
    assert exported == ArticleExtraction.model_json_schema(), (
        "schemas/ is stale: run `coopllm schema > schemas/article_extraction.schema.json`"
    )


def test_gold_records_validate_against_the_models() -> None:
    folders = [
        shared_or_skip("gold"),
        REPO / "examples" / "gold",
        REPO / "examples" / "held_out" / "gold",
        REPO / "examples" / "blind" / "gold",
        REPO / "examples" / "blind2" / "gold",
        REPO / "examples" / "blind3" / "gold",
        REPO / "examples" / "blind4" / "gold",
        REPO / "examples" / "blind5" / "gold",
        REPO / "examples" / "blind6" / "gold",
        REPO / "examples" / "blind7" / "gold",
        REPO / "examples" / "blind8" / "gold",
        REPO / "examples" / "blind9" / "gold",
        REPO / "examples" / "blind10" / "gold",
        REPO / "examples" / "blind11" / "gold",
        REPO / "examples" / "blind12" / "gold",
        REPO / "examples" / "blind13" / "gold",
        REPO / "examples" / "blind14" / "gold",
        REPO / "examples" / "blind15" / "gold",
        REPO / "examples" / "blind16" / "gold",
        REPO / "examples" / "blind17" / "gold",
        REPO / "examples" / "blind18" / "gold",
        REPO / "examples" / "blind19" / "gold",
        REPO / "examples" / "blind20" / "gold",
        REPO / "examples" / "blind21" / "gold",
        REPO / "examples" / "blind22" / "gold",
        REPO / "examples" / "blind23" / "gold",
        REPO / "examples" / "blind24" / "gold",
        REPO / "examples" / "blind25" / "gold",
        REPO / "examples" / "blind26" / "gold",
        REPO / "examples" / "blind27" / "gold",
        REPO / "examples" / "blind28" / "gold",
        REPO / "examples" / "blind29" / "gold",
        REPO / "examples" / "blind30" / "gold",
        REPO / "examples" / "blind31" / "gold",
        REPO / "examples" / "blind32" / "gold",
        REPO / "examples" / "blind33" / "gold",
        REPO / "examples" / "blind34" / "gold",
        REPO / "examples" / "blind35" / "gold",
        REPO / "examples" / "blind36" / "gold",
        REPO / "examples" / "blind37" / "gold",
        REPO / "examples" / "blind38" / "gold",
        REPO / "examples" / "blind39" / "gold",
        REPO / "examples" / "blind40" / "gold",
        REPO / "examples" / "blind41" / "gold",
        REPO / "examples" / "blind42" / "gold",
        REPO / "examples" / "blind43" / "gold",
        REPO / "examples" / "blind44" / "gold",
        REPO / "examples" / "blind45" / "gold",
        REPO / "examples" / "blind46" / "gold",
        REPO / "examples" / "blind47" / "gold",
        REPO / "examples" / "blind48" / "gold",
        REPO / "examples" / "blind49" / "gold",
        REPO / "examples" / "blind50" / "gold",
        REPO / "examples" / "blind51" / "gold",
        REPO / "examples" / "blind52" / "gold",
        REPO / "examples" / "blind53" / "gold",
        REPO / "examples" / "blind54" / "gold",
        REPO / "examples" / "blind55" / "gold",
        REPO / "examples" / "blind56" / "gold",
        REPO / "examples" / "blind57" / "gold",
        REPO / "examples" / "blind58" / "gold",
        REPO / "examples" / "blind59" / "gold",
        REPO / "examples" / "blind60" / "gold",
        REPO / "examples" / "blind61" / "gold",
        REPO / "examples" / "blind62" / "gold",
        REPO / "examples" / "blind63" / "gold",
        REPO / "examples" / "blind64" / "gold",
        REPO / "examples" / "blind65" / "gold",
        REPO / "examples" / "blind66" / "gold",
        REPO / "examples" / "blind67" / "gold",
        REPO / "examples" / "blind68" / "gold",
        REPO / "examples" / "blind69" / "gold",
        REPO / "examples" / "blind70" / "gold",
        REPO / "examples" / "blind71" / "gold",
        REPO / "examples" / "blind72" / "gold",
        REPO / "examples" / "blind73" / "gold",
        REPO / "examples" / "blind74" / "gold",
        REPO / "examples" / "blind75" / "gold",
        REPO / "examples" / "blind76" / "gold",
        REPO / "examples" / "blind77" / "gold",
        REPO / "examples" / "blind78" / "gold",
        REPO / "examples" / "blind79" / "gold",
        REPO / "examples" / "blind80" / "gold",
        REPO / "examples" / "blind81" / "gold",
        REPO / "examples" / "blind82" / "gold",
        REPO / "examples" / "blind83" / "gold",
        REPO / "examples" / "blind84" / "gold",
        REPO / "examples" / "blind85" / "gold",
        REPO / "examples" / "blind86" / "gold",
        REPO / "examples" / "blind87" / "gold",
        REPO / "examples" / "blind88" / "gold",
        REPO / "examples" / "blind89" / "gold",
        REPO / "examples" / "blind90" / "gold",
        REPO / "examples" / "blind91" / "gold",
        REPO / "examples" / "blind92" / "gold",
    ]
    for folder in folders:
        paths = sorted(folder.glob("*.json"))
        assert paths, folder
        for path in paths:
            ArticleExtraction.model_validate(_within_our_bounds(json.loads(path.read_text())))


def _within_our_bounds(record: dict[str, Any]) -> dict[str, Any]:
    """A gold record with each agreement's lists cut to our schema's bounds, which the spec
    leaves open (the blind3 gold's seven cooperation areas, our schema's five: the record's
    size bound for a small model, and no scored fact)."""
    bounded = [
        field
        for field, info in Agreement.model_fields.items()
        if any(getattr(rule, "max_length", None) for rule in info.metadata)
    ]
    for agreement in record["agreements"]:
        for field in bounded:
            if isinstance(agreement.get(field), list):
                agreement[field] = agreement[field][: most_items(Agreement, field)]
    return record


def check_text(data: bytes | str, *, max_chars: int) -> str:
    """What the pipeline does to an article's raw input before anything else."""
    return check_decoded(decode_text(data), max_chars=max_chars)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        # A quote inside the name is the name's own.
        ("“一带一路”研究院", "“一带一路”研究院"),
        ('"Belt and Road" Research Center', '"Belt and Road" Research Center'),
        ("《湖畔计划》与《蓝天计划》", "《湖畔计划》与《蓝天计划》"),
        # A pair around the whole value, or a lone quote at one end, is not.
        ('"Lakeside University"', "Lakeside University"),
        ("「湖畔大学」", "湖畔大学"),
        ('“Lakeside "Blue" Center”', 'Lakeside "Blue" Center'),
        ("'Xi'an Lakeside College'", "Xi'an Lakeside College"),
        ('"Lakeside University', "Lakeside University"),
        ("Lakeside University”", "Lakeside University"),
        ('“Lakeside University"', "Lakeside University"),
    ],
)
def test_only_quotes_that_wrap_a_value_are_stripped(written: str, kept: str) -> None:
    assert Party(name=written).name == kept


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text(text: str) -> None:
    with pytest.raises(EmptyArticleError):
        check_text(text, max_chars=100)


@pytest.mark.parametrize("data", [b"\xff\xfe\x00\x01binary", b"abc\x00def", bytes(range(32)) * 4])
def test_binary_input(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        check_text(data, max_chars=10_000)


def test_a_lone_surrogate_is_no_text() -> None:
    with pytest.raises(BinaryInputError, match=r"lone surrogate \(U\+DC80\) at character 12"):
        check_text("合作协议 signed \udc80", max_chars=100)


def test_control_characters_are_counted_by_unicode_category() -> None:
    """Eight stray controls of any kind but NUL pass (scraped text has some); nine are
    binary."""
    controls = [chr(c) for c in range(0x110) if unicodedata.category(chr(c)) == "Cc"]
    breaks = "\t\n\x0b\f\r\x85"  # the line breaks: vertical tab (Word), NEL (mainframes)
    stray = [c for c in controls if c not in breaks + "\x00"]
    for char in stray:
        assert check_text(f"Article{char * 8} text", max_chars=100)
        with pytest.raises(BinaryInputError):
            check_text(f"Article{char * 9} text", max_chars=100)
    assert check_text("Article" + breaks * 50 + "text", max_chars=1000)


def test_too_long() -> None:
    with pytest.raises(ArticleTooLongError, match="2,000,000 characters"):
        check_text("a" * 2_000_000, max_chars=1_000_000)


def test_two_arguments_that_name_a_file_alike_name_it_by_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``2023/ 2024/``, each with a ``001.txt``: two articles, two sources; a name only one
    argument gives stays short."""
    monkeypatch.chdir(tmp_path)
    for year in ("2023", "2024"):
        Path(year).mkdir()
        Path(year, "001.txt").write_text(f"Article of {year}")
    Path("2024", "002.txt").write_text("Another article")
    sources = [a.source for a in iter_inputs(["2023", "2024/"])]
    assert sources == ["2023/001.txt", "2024/001.txt", "002.txt"]
    assert [a.source for a in iter_inputs(["2023"])] == ["001.txt"]


def test_a_row_of_our_own_output_or_errors_file_is_said_to_be_one(tmp_path: Path) -> None:
    """Another run's output left in an input folder (a review's find): its rows are error
    rows named by file and line, not empty articles under their records' sources."""
    rows = tmp_path / "old.jsonl"
    record = {"source": "en_01.txt", "article": {}, "agreements": []}
    failure = {"source": "en_02.txt", "text_sha256": "", "code": "transport", "message": "x"}
    rows.write_text(f"{json.dumps(record)}\n{json.dumps(failure)}\n", encoding="utf-8")
    found = list(find_inputs([str(rows)]).articles())
    assert [a.source for a in found] == ["old.jsonl:1", "old.jsonl:2"]
    assert all(
        isinstance(a.error, InputError) and "coopllm's output or errors file" in str(a.error)
        for a in found
    )
    assert type(found[0].error) is InputError  # bad_input, not empty_article


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_jsonl_rows_end_in_any_line_break(tmp_path: Path, end: str) -> None:
    rows = tmp_path / "rows.jsonl"
    lines = ['{"source": "a", "text": "Article A"}', "", '{"source": "b", "text": "Article B"}']
    rows.write_bytes(end.join(lines).encode())
    inputs = find_inputs([str(rows)])
    assert [(a.source, a.text, a.error) for a in inputs.articles()] == [
        ("a", "Article A", None),
        ("b", "Article B", None),
    ]
    assert inputs.count() == 2


def test_iter_inputs_reads_dirs_jsonl_and_reports_bad_rows(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Article A")
    (folder / "b.bin.txt").write_bytes(b"\xff\xfe\xfa")
    (folder / "rows.jsonl").write_text(
        '{"source": "r1", "text": "Row one", "published": "2022-01-05"}\nnot json\n'
    )
    items = list(iter_inputs([str(folder)]))
    by_source = {item.source: item for item in items}
    assert by_source["a.txt"].text == "Article A"
    assert isinstance(by_source["b.bin.txt"].error, BinaryInputError)
    assert str(by_source["r1"].published) == "2022-01-05"
    assert any(item.error is not None and item.source.endswith(":2") for item in items)


def test_a_bad_jsonl_line_costs_that_row_only(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes(
        b'\xef\xbb\xbf{"source": "r1", "text": "One"}\n'  # a BOM on the first line
        b'{"source": "r2", "text": "caf\xe9"}\n'  # Latin-1, not UTF-8
        b"\n"
        b'{"source": "r4", "text": "Four"}\n'
    )
    items = list(iter_inputs([str(rows)]))
    assert [(i.source, i.text) for i in items if i.error is None] == [("r1", "One"), ("r4", "Four")]
    bad = [i for i in items if i.error is not None]
    assert len(bad) == 1 and isinstance(bad[0].error, BinaryInputError)
    assert bad[0].source.endswith("rows.jsonl:2")


def test_jsonl_rows_of_the_wrong_kind_are_error_rows_not_guesses(tmp_path: Path) -> None:
    """A source that is no string, a date that is no ISO date, a text with a lone
    surrogate (no character: it cannot be hashed or written) are error rows; a source is
    made one writable line."""
    rows = [
        {"source": "surrogate-text", "text": "Lakeside \ud800 signed"},
        {"source": "surrogate-\udc80-source", "text": "fine"},
        {"source": 123, "text": "x"},
        {"source": ["l"], "text": "x"},
        {"source": "number-date", "text": "x", "published": 20240101},
        {"source": "trailing-junk", "text": "x", "published": "2024-05-16garbage"},
        {"source": "impossible-day", "text": "x", "published": "2024-02-30"},
        {"source": "timestamp", "text": "x", "published": "2024-05-16T08:00:00.123456789Z"},
        {"source": "spaced", "text": "x", "published": "2024-05-16 08:00:00 +0800"},
        {"source": "timed-junk", "text": "x", "published": "2024-05-16T08:00 junk"},
        {"source": 0, "text": "x"},
        {"source": "feed/2024\nitem-7", "text": "x"},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert [(i.source, i.published) for i in items if i.error is None] == [
        ("surrogate-\\udc80-source", None),
        ("timestamp", dt.date(2024, 5, 16)),
        ("spaced", dt.date(2024, 5, 16)),
        ("feed/2024 item-7", None),
    ]
    failed = {i.source: (type(i.error).__name__, i.text) for i in items if i.error is not None}
    assert failed == {
        "surrogate-text": ("BinaryInputError", ""),
        "rows.jsonl:3": ("InputError", ""),
        "rows.jsonl:4": ("InputError", ""),
        "number-date": ("InputError", ""),
        "trailing-junk": ("InputError", ""),
        "impossible-day": ("InputError", ""),
        "timed-junk": ("InputError", ""),
        "rows.jsonl:11": ("InputError", ""),
    }
    for item in items:  # each can be hashed and written as UTF-8
        assert item.text_sha256 and item.source.encode("utf-8")


def test_the_count_matches_what_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Article A")
    (folder / "b.md").write_text("Article B")
    (folder / "rows.jsonl").write_text('{"text": "x"}\n\nnot json\n{"text": "y"}\n')
    inputs = find_inputs([str(folder)])
    assert inputs.count() == len(list(inputs.articles())) == 5
    assert find_inputs([str(folder), "-"]).count() is None
    twice = find_inputs([str(folder), str(folder / "a.txt"), str(folder)])
    assert twice.count() == len(list(twice.articles())) == 11


def _deep_directory(top: Path, levels: int) -> Path:
    """``top`` with ``levels`` nested directories of 200-character names below it, made
    one at a time from the one above (a path that long cannot be named whole); the path
    of the deepest."""
    name = "d" * 200
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    return top.joinpath(*[name] * levels)


def test_a_directory_that_cannot_be_listed_is_an_error_row_not_a_crash(tmp_path: Path) -> None:
    """Below the archive a path longer than the system takes (ENAMETOOLONG): the run
    reads the rest and says which directory it could not list. A path argument that long
    is an InputError before any work. (A directory this user may not read is the common
    case; as root, the tests' user, there is none.)"""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text("An article.", encoding="utf-8")
    deep = _deep_directory(archive, 25)  # 5,000+ characters
    unlisted = Path(deep.name)
    while len(str(archive / unlisted)) < 4096:  # the first too long to be listed
        unlisted = unlisted / deep.name
    inputs = find_inputs([str(archive)])
    read = list(inputs.articles())
    assert inputs.count() == len(read) == 2
    assert read[0].source == "a.txt" and read[0].error is None
    row = read[1]
    assert row.source == f"{unlisted.as_posix()}/" and isinstance(row.error, InputError)
    assert "cannot list this directory (File name too long)" in str(row.error)
    with pytest.raises(InputError, match=r"cannot use .*: File name too long"):
        find_inputs([str(archive / unlisted)])


def test_a_directory_is_walked_as_rglob_walks_it(tmp_path: Path) -> None:
    """Files behind links are read, directories behind links are not entered (a link
    to a parent would loop), a broken link or one to itself is no file; sorted as paths
    sort."""
    archive, elsewhere = tmp_path / "archive", tmp_path / "elsewhere"
    (archive / "a").mkdir(parents=True)
    elsewhere.mkdir()
    for path in (archive / "a" / "b.txt", archive / "a.txt", elsewhere / "far.txt"):
        path.write_text(f"{path.name}.", encoding="utf-8")
    (archive / "linked.txt").symlink_to(elsewhere / "far.txt")
    (archive / "linked-folder").symlink_to(elsewhere, target_is_directory=True)
    (archive / "loop").symlink_to(archive, target_is_directory=True)
    (archive / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (archive / "0-itself.txt").symlink_to(archive / "0-itself.txt")  # listed before the rest
    read = [a.source for a in iter_inputs([str(archive)])]
    assert read == ["a/b.txt", "a.txt", "linked.txt"]
    assert read == [p.relative_to(archive).as_posix() for p in sorted(archive.rglob("*"))
                    if p.is_file()]  # fmt: skip


def test_a_file_gone_before_it_is_read_is_an_error_row(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("An article.", encoding="utf-8")
    articles = iter_inputs([str(folder)])  # listed now, read lazily
    (folder / "b.txt").unlink()
    by_source = {a.source: a for a in articles}
    assert set(by_source) == {"a.txt", "b.txt", "c.txt"}
    assert isinstance(by_source["b.txt"].error, InputError)
    assert by_source["a.txt"].error is None and by_source["c.txt"].error is None


def test_a_file_far_too_big_for_an_article_is_an_error_row_without_being_read(
    tmp_path: Path,
) -> None:
    """A stray dump named .txt is refused by its size, not read whole into memory."""
    for name in ("dump.txt", "page.html"):
        with (tmp_path / name).open("wb") as handle:
            handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, NUL bytes if read
    (tmp_path / "fine.txt").write_text("A plain article.", encoding="utf-8")
    read = {a.source: a for a in iter_inputs([str(tmp_path)])}
    assert read["fine.txt"].error is None
    for name in ("dump.txt", "page.html"):
        error = read[name].error
        assert isinstance(error, ArticleTooLongError) and "not read" in str(error), error
        assert f"{MAX_FILE_BYTES + 1:,} bytes" in str(error)


def test_a_jsonl_line_far_too_big_is_an_error_row_and_the_rows_after_it_are_read(
    tmp_path: Path,
) -> None:
    """Passed over in pieces, never held whole; a too-long line that ends exactly where
    the reading stops must not take the next row with it."""
    archive = tmp_path / "rows.jsonl"

    def row(n: int) -> bytes:
        return json.dumps({"source": f"r{n}", "text": f"Article {n}."}).encode() + b"\n"

    with archive.open("wb") as handle:
        handle.write(row(1))
        handle.seek(MAX_FILE_BYTES + 5, 1)  # a hole: a line of NUL bytes, no disk used
        handle.write(b"\n" + row(3))
        handle.seek(MAX_FILE_BYTES, 1)  # with its newline: one byte over the limit
        handle.write(b"\n" + row(5))
    read = list(iter_inputs([str(archive)]))
    assert [a.source for a in read] == ["r1", "rows.jsonl:2", "r3", "rows.jsonl:4", "r5"]
    for too_long in (read[1], read[3]):
        assert isinstance(too_long.error, ArticleTooLongError), too_long.error
    assert find_inputs([str(archive)]).count() == 5


def test_a_link_that_loops_given_by_name_is_an_error_row_under_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review's finds: a link to itself, named beside a folder it lies in (so the
    arguments nest), crashed the first form of the nesting rule (Python 3.11's ``resolve``
    raises RuntimeError on a loop), and went by ``.``; it is an error row named
    ``loop.txt``."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "sub" / "b.txt").write_text("An article.", encoding="utf-8")
    (tmp_path / "d" / "loop.txt").symlink_to("loop.txt")
    for arguments in (["d/loop.txt"], ["d/loop.txt", "d"], ["d/*.txt", "d/sub"]):
        read = list(iter_inputs(arguments))
        assert read[0].source == "loop.txt" and read[0].error is not None, arguments


def test_one_file_nested_arguments_reach_goes_by_one_name_and_a_link_by_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``. 2023/`` reaches 2023/001.txt twice: one name, the first argument's. A link to
    it (latest.txt) is another article, as ``.`` alone reads it (a review's find: it was
    folded into 2023/001.txt only when 2023/ was given too). An absolute path and a
    relative one are one place."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "2023").mkdir()
    (tmp_path / "2023" / "001.txt").write_text("An article.", encoding="utf-8")
    (tmp_path / "latest.txt").symlink_to(tmp_path / "2023" / "001.txt")
    sources = {
        (".",): ["2023/001.txt", "latest.txt"],
        (".", "2023"): ["2023/001.txt", "latest.txt", "2023/001.txt"],
        ("2023", "."): ["001.txt", "001.txt", "latest.txt"],
        (str(tmp_path), "2023"): ["2023/001.txt", "latest.txt", "2023/001.txt"],
        ("2023", "2023/001.txt"): ["001.txt", "001.txt"],
    }
    for arguments, expected in sources.items():
        assert [a.source for a in iter_inputs(list(arguments))] == expected, arguments


def test_a_glob_names_matches_below_its_fixed_part_and_reads_matched_directories(
    tmp_path: Path,
) -> None:
    for feed in ("north", "south"):
        (tmp_path / "feeds" / feed / "2024").mkdir(parents=True)
        (tmp_path / "feeds" / feed / "article.txt").write_text(f"{feed}.", encoding="utf-8")
        (tmp_path / "feeds" / feed / "2024" / "old.md").write_text("old.", encoding="utf-8")
    by_file = [a.source for a in iter_inputs([str(tmp_path / "feeds" / "*" / "article.txt")])]
    assert by_file == ["north/article.txt", "south/article.txt"]
    by_directory = sorted(a.source for a in iter_inputs([str(tmp_path / "feeds" / "*")]))
    assert by_directory == [
        "north/2024/old.md", "north/article.txt", "south/2024/old.md", "south/article.txt",
    ]  # fmt: skip


def test_no_article_to_read_is_an_error_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "page.pdf").write_bytes(b"%PDF")
    for argument in ("empty", "scans", "nothing-*.txt"):
        with pytest.raises(InputError):
            iter_inputs([str(tmp_path / argument)])  # raised by the call, not at first read


def test_excluded_files_are_not_read_as_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": "a.txt"}\n', encoding="utf-8")
    assert [a.source for a in iter_inputs([str(tmp_path)], exclude=[out])] == ["a.txt"]
    assert find_inputs([str(tmp_path)], exclude=[out]).count() == 1  # the progress bar's total


def test_an_input_named_that_is_the_runs_own_output_is_refused(tmp_path: Path) -> None:
    """Left out, its articles would be dropped without a word."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"source": "a", "text": "An article."}\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="both an input and this run's output"):
        find_inputs([str(rows)], exclude=[rows])
    assert find_inputs([str(tmp_path)], exclude=[rows]).count() == 0  # in a directory: left


@pytest.mark.parametrize("line", ["[" * 3000, '{"n": ' + "9" * 5000 + "}"])
def test_a_jsonl_row_json_cannot_read_is_an_error_row(tmp_path: Path, line: str) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(f"{line}\n" + '{"source": "b", "text": "An article."}\n', encoding="utf-8")
    articles = list(iter_inputs([str(rows)]))
    assert [a.source for a in articles] == ["rows.jsonl:1", "b"]
    assert isinstance(articles[0].error, InputError) and articles[1].error is None


def test_the_count_reads_no_pipe_and_counts_a_dangling_link_as_its_error_row(
    tmp_path: Path,
) -> None:
    """Read by the count, a named pipe would give its rows to it, not to the batch; a
    link to nothing was a traceback before any work."""
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    found = find_inputs([str(tmp_path / "*.jsonl")])
    assert found.count() == 1
    assert [a.error is not None for a in found.articles()] == [True]
    os.mkfifo(tmp_path / "feed.jsonl")
    assert find_inputs([str(tmp_path / "feed.jsonl")]).count() is None


def test_files_that_directories_hold_but_are_not_read_are_counted(tmp_path: Path) -> None:
    """An archive of .pdf files must not pass as read: the CLI says what it left."""
    for feed in ("north", "south"):
        (tmp_path / "feeds" / feed).mkdir(parents=True)
        (tmp_path / "feeds" / feed / "article.txt").write_text("An article.", encoding="utf-8")
        (tmp_path / "feeds" / feed / "scan.pdf").write_bytes(b"%PDF")
    (tmp_path / "feeds" / "north" / "page.html").write_text("<p>a page</p>", encoding="utf-8")
    (tmp_path / "feeds" / "north" / ".DS_Store").write_bytes(b"\0")  # hidden: not an article
    (tmp_path / "feeds" / "north" / "README").write_text("notes", encoding="utf-8")
    assert find_inputs([str(tmp_path / "feeds")]).ignored == {".pdf": 2, "(no suffix)": 1}
    assert find_inputs([str(tmp_path / "feeds" / "*")]).ignored == {".pdf": 2, "(no suffix)": 1}
    assert find_inputs([str(tmp_path / "feeds" / "north" / "article.txt"), "-"]).ignored == {}


def test_the_readme_configuration_table_has_a_row_for_every_setting() -> None:
    """Users configure from the README's table: a setting added without a row is one
    they cannot find (seven were missing before this test)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Configuration", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    cells = [row.split("|")[1].replace("`", "") for row in rows]
    named = {name.strip() for cell in cells for name in cell.split(",")}
    assert named == set(Settings.model_fields)
