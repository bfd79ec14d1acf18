"""Saved web pages as articles: the article's own text and the page's date (trafilatura).

News archives are often kept as the HTML pages themselves. Sent as it is, a page is
mostly markup, menus and footers: tokens paid for nothing, and names the model may take
from a sidebar, with grounding spans into markup. trafilatura keeps the article's text,
its headline first, and decodes the page in the charset it declares (GBK pages of
Chinese news sites included). The page's date is read from its head (meta tags,
JSON-LD; the original date, not an update's), never from the body's dates, which are
about events (spec: ``article.published``); a page whose head has none is read for a
labelled date line (a byline's "发布时间：") from its headline on, as a text article is.

trafilatura is the ``html`` extra. Without it an HTML file becomes an error row that says
so; rerunning after installing it picks the file up, as resume retries failed articles.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from coopllm.errors import EmptyArticleError, InputError

LxmlTree = Any
"""An lxml element tree, as trafilatura loads a page (lxml ships no type stubs)."""

HTML_SUFFIXES = frozenset({".html", ".htm"})

PageReading = tuple[str, dt.date | None]
"""What a page reads as: the article's text and the page's date."""

# trafilatura logs a page it cannot parse at ERROR level; with no logging configured,
# Python would print that on stderr beside our own error row for the page. A program
# that configures logging still gets its messages.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())


def page_text(data: bytes) -> PageReading:
    """The article's text (headline first) and the page's date, or a typed error:
    ``InputError`` without the ``html`` extra, ``EmptyArticleError`` for a page with no
    article text (an empty page, bytes that are no page)."""
    try:  # the html extra
        import trafilatura
        from htmldate import find_date
    except ImportError:
        raise InputError(
            "an HTML page: reading one needs the html extra "
            "(pip install 'coopllm[html]'), then run the same command again"
        ) from None
    nothing = EmptyArticleError("no article text found in the page")
    tree = trafilatura.load_html(data)
    if tree is None:
        raise nothing
    _drop_unwritable(tree)
    # Only the head: given the whole page, htmldate also takes any ISO-looking date of
    # the text for the page's own. The original date: an updated page's head gives both,
    # and the later one made every year-less signing date of an old article this year's.
    head = tree.find("head")
    published = None
    if head is not None:
        published = _iso_date(find_date(head, extensive_search=False, original_date=True))
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    if document is None or isinstance(document, dict):
        raise nothing
    text, title = (document.text or "").strip(), (document.title or "").strip()
    if not text:
        raise nothing
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, published or _byline_date(tree, title)


def _byline_date(tree: LxmlTree, title: str) -> dt.date | None:
    """The page's date from a labelled line of the page itself ("发布时间：2021-03-05",
    "Published: ..."), read as for a text article (:func:`coopllm.dates.parse_published`)
    from the headline on: a news site's byline, which trafilatura leaves out of the text,
    is where many pages without a dated head give their date."""
    from coopllm.dates import parse_published  # dateparser: only for such pages

    lines = [line.strip() for line in tree.xpath(_VISIBLE_TEXT) if line.strip()]
    start = lines.index(title) if title in lines else 0
    return parse_published("\n".join(lines[start:]))


_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style)]"
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML cannot hold. A page's character reference to one (``&#11;``, a vertical
tab from a word processor) made trafilatura give up on the whole page: "no article text"."""


def _drop_unwritable(tree: LxmlTree) -> None:
    """Replace the characters XML cannot hold in the page's text with spaces."""
    for element in tree.iter():
        if element.text and _UNWRITABLE.search(element.text):
            element.text = _UNWRITABLE.sub(" ", element.text)
        if element.tail and _UNWRITABLE.search(element.tail):
            element.tail = _UNWRITABLE.sub(" ", element.tail)


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
