"""Saved web pages as input (the html extra): the article's text and the page's own date.

The pages are ours: a fictional agreement, with the menus and footers real pages carry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.metadata
import multiprocessing
import subprocess
import sys
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import diskcache
import pytest
from conftest import GOOD_ANSWER, clean_env, cli_env, unset_own_env
from typer.testing import CliRunner

from coopllm.batch import run_batch
from coopllm.cache import PAGE_READING, PageMemo, pages_dir
from coopllm.cli import app
from coopllm.errors import EmptyArticleError, InputError
from coopllm.inputs import (
    PAGES_FOR_WORKERS,
    _finished,
    _Reading,
    find_inputs,
    iter_inputs,
)
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion

HEADLINE = "Ridgeport Polytechnic and Velora Motors sign cooperation agreement"
BODY = (
    "On the morning of March 15, Ridgeport Polytechnic and Velora Motors signed a strategic "
    "cooperation agreement in Ridgeport. President Alma Torres and Velora chairman Ken Ito "
    "signed for the two sides, and Vice Mayor Lin Tao witnessed the signing."
)
MENU = "Admissions"
FOOTER = "All rights reserved"


def page(*, head: str = "", body: str = BODY, charset: str = "utf-8", byline: str = "") -> str:
    return f"""<!doctype html><html><head><meta charset="{charset}"><title>{HEADLINE}</title>
{head}</head><body>
<nav><a href="/">Home</a> <a href="/admissions">{MENU}</a> <a href="/news">News</a></nav>
<article><h2>{HEADLINE}</h2>{byline}<p>{body}</p>
<p>The two parties will set up a joint battery laboratory and cooperate on talent
training, applied research and the transfer of results.</p></article>
<footer>Copyright 2024 Ridgeport Polytechnic. {FOOTER}.</footer></body></html>"""


PUBLISHED = '<meta property="article:published_time" content="2024-03-18T09:00:00+08:00">'


def test_a_page_is_read_for_its_article_and_its_date(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "news.html").write_text(page(head=PUBLISHED), encoding="utf-8")
    (tmp_path / "site" / "note.txt").write_text("A plain article.", encoding="utf-8")
    articles = {a.source: a for a in iter_inputs([str(tmp_path / "site")])}
    assert set(articles) == {"news.html", "note.txt"}
    article = articles["news.html"]
    assert article.error is None
    assert article.text.startswith(HEADLINE) and BODY in article.text
    assert MENU not in article.text and FOOTER not in article.text
    assert article.published == dt.date(2024, 3, 18)
    assert find_inputs([str(tmp_path / "site")]).count() == 2
    assert find_inputs([str(tmp_path / "site")]).ignored == {}


def test_a_date_in_the_text_is_not_the_pages_date(tmp_path: Path) -> None:
    """Spec: article.published is the page's own date; dates in the body are events."""
    body = f"{BODY} The agreement was announced on 2024-03-16 and runs until 2029."
    (tmp_path / "undated.htm").write_text(page(body=body), encoding="utf-8")
    [article] = iter_inputs([str(tmp_path / "undated.htm")])
    assert article.error is None and "2024-03-16" in article.text
    assert article.published is None


def test_an_updated_page_is_dated_by_its_first_publication(tmp_path: Path) -> None:
    """The later date of an updated page's head made every year-less signing date of an
    old article this year's."""
    updated = '<meta property="article:modified_time" content="2025-06-01T10:00:00+08:00">'
    (tmp_path / "updated.html").write_text(page(head=PUBLISHED + updated), encoding="utf-8")
    [article] = iter_inputs([str(tmp_path / "updated.html")])
    assert article.published == dt.date(2024, 3, 18)


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ('<div class="info">发布时间：2021-03-05 来源：新闻网</div>', dt.date(2021, 3, 5)),
        ("<p class=meta>Published: March 5, 2021 | News Office</p>", dt.date(2021, 3, 5)),
        ('<div class="info">签约时间：2021-03-05</div>', None),  # an event's date, not the page's
    ],
)
def test_a_page_without_a_dated_head_is_dated_by_its_byline(
    tmp_path: Path, byline: str, day: dt.date | None
) -> None:
    """A news site's byline, which the article's text leaves out, is where many pages
    give their date: read as a text article's labelled date line is."""
    (tmp_path / "byline.html").write_text(page(byline=byline), encoding="utf-8")
    [article] = iter_inputs([str(tmp_path / "byline.html")])
    assert article.error is None and article.published == day


def test_a_character_xml_cannot_hold_does_not_lose_the_page(tmp_path: Path) -> None:
    """``&#11;`` (a word processor's line break) made the whole page "no article text"."""
    (tmp_path / "vt.html").write_text(page(body=BODY + " &#11; Both sides&#8; agreed."),
                                      encoding="utf-8")  # fmt: skip
    [article] = iter_inputs([str(tmp_path / "vt.html")])
    assert article.error is None and "Both sides" in article.text


def test_a_page_named_in_capitals_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "NEWS.HTM").write_text(page(head=PUBLISHED), encoding="utf-8")
    for given in (str(tmp_path / "site"), str(tmp_path / "site" / "NEWS.HTM")):
        [article] = iter_inputs([given])
        assert article.text.startswith(HEADLINE) and article.published == dt.date(2024, 3, 18)
    assert find_inputs([str(tmp_path / "site")]).ignored == {}


def test_a_page_in_the_charset_it_declares(tmp_path: Path) -> None:
    body = "江北大学与星辰科技签署战略合作协议，双方将共建联合实验室。"
    (tmp_path / "gbk.html").write_bytes(page(body=body, charset="gbk").encode("gbk"))
    [article] = iter_inputs([str(tmp_path / "gbk.html")])
    assert article.error is None and body in article.text


def test_a_page_without_article_text_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html><head><title>News</title></head><body></body>")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    articles = list(iter_inputs([str(tmp_path)]))
    assert sorted(article.source for article in articles) == ["image.html", "index.html"]
    for article in articles:
        assert isinstance(article.error, EmptyArticleError), article
        assert article.error.code == "empty_article", article


def test_without_the_html_extra_a_page_is_an_error_row_that_names_it(tmp_path: Path) -> None:
    """A page is never sent as markup: without trafilatura it fails, typed, and a rerun
    after installing the extra picks it up (resume retries failed articles)."""
    (tmp_path / "news.html").write_text(page(), encoding="utf-8")
    probe = (
        "import sys; sys.modules['trafilatura'] = None  # as if not installed\n"
        "from coopllm.inputs import iter_inputs\n"
        f"[a] = iter_inputs([{str(tmp_path / 'news.html')!r}])\n"
        "print(type(a.error).__name__, a.error.code, a.error, sep='|')\n"
    )
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    kind, code, message = ran.stdout.strip().split("|")
    assert (kind, code) == (InputError.__name__, "bad_input")
    assert "pip install 'coopllm[html]'" in message


async def test_a_batch_of_pages_sends_the_article_not_the_markup(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda request: Reply(completion(GOOD_ANSWER))
    (tmp_path / "news.html").write_text(page(head=PUBLISHED), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = await run_batch(iter_inputs([str(tmp_path)]), settings, out=out, errors=None)
    assert summary.done == 1
    sent = "\n".join(str(m["content"]) for r in server.requests for m in r["messages"])
    assert BODY in sent and "<p>" not in sent and MENU not in sent


def _read_without_trafilatura(path: Path, memo_dir: Path) -> str:
    """What a process with no trafilatura to read pages with makes of ``path``, with the
    memo in ``memo_dir``: only the memo can give it the article's text."""
    probe = (
        "import sys; sys.modules['trafilatura'] = None  # as if not installed\n"
        "from pathlib import Path\n"
        "from coopllm.cache import PageMemo\n"
        "from coopllm.inputs import iter_inputs\n"
        f"memo = PageMemo(Path({str(memo_dir)!r}), 2**30)\n"
        f"[a] = iter_inputs([{str(path)!r}], pages=memo)\n"
        "memo.close()\n"
        "print(repr(a.error) if a.error else a.text)\n"
    )
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return ran.stdout


def test_a_page_read_once_is_read_from_the_memo_after(tmp_path: Path) -> None:
    """A resume of an archive of pages does not read each page again (55 ms apiece)."""
    news = tmp_path / "news.html"
    news.write_text(page(head=PUBLISHED), encoding="utf-8")
    memo = PageMemo(tmp_path / "memo", 2**30)
    [first] = iter_inputs([str(news)], pages=memo)
    [again] = iter_inputs([str(news)], pages=memo)
    memo.close()
    assert first.error is None and first == again
    assert first.published == dt.date(2024, 3, 18)
    assert _read_without_trafilatura(news, tmp_path / "memo").strip() == first.text.strip()


def test_the_memo_reads_a_page_again_when_a_package_that_reads_it_changes(
    tmp_path: Path,
) -> None:
    """lxml parses the page, charset-normalizer decodes it, justext drops boilerplate,
    dateparser reads its date line: an upgrade of any of them may read it otherwise."""
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        key = memo.key(b"<html></html>")
    packages = ("trafilatura", "htmldate", "lxml", "charset-normalizer", "justext", "dateparser")
    versions = "/".join(importlib.metadata.version(package) for package in packages)
    assert key.split(":")[0] == f"{PAGE_READING}/{versions}"


def test_a_page_without_article_text_is_remembered_as_one(tmp_path: Path) -> None:
    """Resume retries failed articles: an index page would be read on every run."""
    index = tmp_path / "index.html"
    index.write_text("<html><head><title>News</title></head><body></body></html>")
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        [first] = iter_inputs([str(index)], pages=memo)
    assert isinstance(first.error, EmptyArticleError)
    again = _read_without_trafilatura(index, tmp_path / "memo")
    assert again.startswith("EmptyArticleError(") and str(first.error) in again


def test_a_changed_page_or_a_damaged_memo_entry_is_read_anew(tmp_path: Path) -> None:
    news = tmp_path / "news.html"
    news.write_text(page(), encoding="utf-8")
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        [before] = iter_inputs([str(news)], pages=memo)
    news.write_text(page(body="A new body: the two sides agreed on a joint lab."), "utf-8")
    assert "InputError" in _read_without_trafilatura(news, tmp_path / "memo")
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        [after] = iter_inputs([str(news)], pages=memo)
    assert "joint lab" in after.text and "joint lab" not in before.text
    with diskcache.Cache(str(tmp_path / "memo")) as store:
        for key in list(store):
            store[key] = b"not what the memo writes"
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        [mended] = iter_inputs([str(news)], pages=memo)
    assert mended == after


def test_a_damaged_memo_reads_the_page_again(tmp_path: Path) -> None:
    """The memo only saves time: a database damaged under it fails no page."""
    news = tmp_path / "news.html"
    news.write_text(page(head=PUBLISHED), encoding="utf-8")
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        [first] = iter_inputs([str(news)], pages=memo)
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        memo.open()  # damaged after it opened, as by a crash of the file system under it
        database = tmp_path / "memo" / diskcache.core.DBNAME
        size = database.stat().st_size
        with database.open("r+b") as handle:
            handle.seek(4096)  # past the schema's page
            handle.write(b"\xa5" * (size - 4096))
        [again] = iter_inputs([str(news)], pages=memo)
    assert again == first


def test_the_memo_lives_in_the_cache_and_not_when_it_is_off(tmp_path: Path) -> None:
    (tmp_path / "news.html").write_text(page(), encoding="utf-8")
    (tmp_path / "note.txt").write_text("A plain article.", encoding="utf-8")
    for use_cache in (False, True):
        settings = Settings(cache_dir=tmp_path / f"cache-{use_cache}", use_cache=use_cache)
        with PageMemo.of(settings) as memo:
            assert len(list(iter_inputs([str(tmp_path)], pages=memo))) == 2
    assert not (tmp_path / "cache-False").exists()
    assert (tmp_path / "cache-True" / "pages").is_dir()


def test_extract_resumes_over_pages_without_reading_them_again(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    """The command's wiring: its second run is given no trafilatura, and finds every page
    done all the same (without the memo, the page would be an error row and exit 1)."""
    server.fallback = lambda request: Reply(completion(GOOD_ANSWER))
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "news.html").write_text(page(head=PUBLISHED), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {**clean_env(), **cli_env(server, tmp_path / "cache", documents_pass=False)}
    command = ["extract", str(tmp_path / "site"), "--out", str(out), "--quiet"]
    bare = "import sys; sys.modules['trafilatura'] = None; from coopllm.cli import app; app()"
    sent = []
    for runner in ([sys.executable, "-m", "coopllm"], [sys.executable, "-c", bare]):
        ran = subprocess.run([*runner, *command], env=env, capture_output=True, text=True)
        assert ran.returncode == 0, ran.stderr
        sent.append(len(server.requests))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert sent[0] > 0 and sent[1] == sent[0]  # the second run asked nothing


def test_estimate_reads_pages_through_the_memo_that_extract_then_uses(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "news.html").write_text(page(head=PUBLISHED), encoding="utf-8")
    settings = Settings(cache_dir=tmp_path / "cache")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(settings.cache_dir)}
    ran = CliRunner().invoke(app, ["estimate", str(tmp_path / "site"), "--json"], env=env)
    assert ran.exit_code == 0, ran.output
    with PageMemo.of(settings) as memo:
        assert memo is not None and memo.directory == pages_dir(settings) and len(memo) == 1


def _site(root: Path, n_pages: int) -> Path:
    """Pages, a plain article and a JSONL file between them, as an archive mixes them."""
    site = root / "site"
    site.mkdir()
    for i in range(n_pages):
        body = f"{BODY} This is report number {i} of the series."
        (site / f"p{i:02d}.html").write_text(page(head=PUBLISHED, body=body), encoding="utf-8")
    (site / "p05a.txt").write_text("A plain article between the pages.", encoding="utf-8")
    (site / "p10a.jsonl").write_text('{"source": "row", "text": "A row."}\n', encoding="utf-8")
    (site / "p12.html").write_text("<html><body></body></html>", encoding="utf-8")  # empty
    return site


def test_pages_read_in_worker_processes_come_out_as_read_in_turn(tmp_path: Path) -> None:
    site = _site(tmp_path, PAGES_FOR_WORKERS + 4)
    in_turn = list(iter_inputs([str(site)]))
    with contextlib.closing(PageMemo(tmp_path / "memo", 2**30)) as memo:
        in_workers = list(iter_inputs([str(site)], pages=memo, page_workers=2))
        assert len(memo) == PAGES_FOR_WORKERS + 4  # the empty page is remembered too
    assert [a.source for a in in_workers] == [a.source for a in in_turn]
    assert [(a.text, a.published) for a in in_workers] == [(a.text, a.published) for a in in_turn]
    assert [type(a.error) for a in in_workers] == [type(a.error) for a in in_turn]
    assert isinstance(in_workers[[a.source for a in in_workers].index("p12.html")].error,
                      EmptyArticleError)  # fmt: skip


def test_a_few_pages_are_read_in_the_batchs_own_process(tmp_path: Path) -> None:
    site = _site(tmp_path, 3)
    before = {p.pid for p in multiprocessing.active_children()}  # another test's, winding down
    assert len(list(iter_inputs([str(site)], page_workers=2))) == 6
    assert {p.pid for p in multiprocessing.active_children()} <= before


def test_a_page_whose_worker_died_is_read_in_the_batchs_own_process() -> None:
    died: Future[tuple[str, dt.date | None]] = Future()
    died.set_exception(BrokenProcessPool("a worker was killed"))
    data = page(head=PUBLISHED).encode()
    article = _finished(_Reading("news.html", None, data, None, died), None)
    assert article.error is None and BODY in article.text
    assert article.published == dt.date(2024, 3, 18)


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
def test_page_workers_die_with_a_batch_killed_by_sigkill(tmp_path: Path) -> None:
    site = _site(tmp_path, PAGES_FOR_WORKERS + 4)
    program = (
        "import multiprocessing, sys, time\n"
        "from coopllm.inputs import iter_inputs\n"
        "if __name__ == '__main__':\n"
        f"    articles = iter_inputs([{str(site)!r}], page_workers=2)\n"
        "    next(articles)\n"
        "    print(*(p.pid for p in multiprocessing.active_children()), flush=True)\n"
        "    time.sleep(60)\n"
    )
    (tmp_path / "batch.py").write_text(program, encoding="utf-8")
    command = [sys.executable, str(tmp_path / "batch.py")]
    batch = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert batch.stdout is not None
    workers = [int(pid) for pid in batch.stdout.readline().split()]
    assert workers, "the pages were read in worker processes"
    batch.kill()
    batch.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped by init, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False
