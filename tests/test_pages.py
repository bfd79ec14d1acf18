"""Saved web pages as input (the html extra): the article's text and the page's own date.

The pages are ours: a fictional agreement, with the menus and footers real pages carry.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from conftest import GOOD_ANSWER

from coopllm.batch import run_batch
from coopllm.errors import EmptyArticleError, InputError
from coopllm.inputs import count_inputs, ignored_files, iter_inputs
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


def page(*, head: str = "", body: str = BODY, charset: str = "utf-8") -> str:
    return f"""<!doctype html><html><head><meta charset="{charset}"><title>{HEADLINE}</title>
{head}</head><body>
<nav><a href="/">Home</a> <a href="/admissions">{MENU}</a> <a href="/news">News</a></nav>
<article><h2>{HEADLINE}</h2><p>{body}</p>
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
    assert count_inputs([str(tmp_path / "site")]) == 2
    assert ignored_files([str(tmp_path / "site")]) == {}


def test_a_date_in_the_text_is_not_the_pages_date(tmp_path: Path) -> None:
    """Spec: article.published is the page's own date; dates in the body are events."""
    body = f"{BODY} The agreement was announced on 2024-03-16 and runs until 2029."
    (tmp_path / "undated.htm").write_text(page(body=body), encoding="utf-8")
    [article] = iter_inputs([str(tmp_path / "undated.htm")])
    assert article.error is None and "2024-03-16" in article.text
    assert article.published is None


def test_a_page_in_the_charset_it_declares(tmp_path: Path) -> None:
    body = "江北大学与星辰科技签署战略合作协议，双方将共建联合实验室。"
    (tmp_path / "gbk.html").write_bytes(page(body=body, charset="gbk").encode("gbk"))
    [article] = iter_inputs([str(tmp_path / "gbk.html")])
    assert article.error is None and body in article.text


def test_a_page_without_article_text_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html><head><title>News</title></head><body></body>")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for article in iter_inputs([str(tmp_path)]):
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
