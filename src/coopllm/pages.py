"""Saved web pages as articles: the article's own text and the page's date (trafilatura).

News archives are often kept as the HTML pages themselves. Sent as it is, a page is
mostly markup, menus and footers: tokens paid for nothing, and names the model may take
from a sidebar, with grounding spans into markup. trafilatura keeps the article's text,
its headline first, and decodes the page in the charset it declares (GBK pages of
Chinese news sites included). The page's date is read from its head only (meta tags,
JSON-LD), never from the body, whose dates are about events (spec:
``article.published``).

trafilatura is the ``html`` extra. Without it an HTML file becomes an error row that says
so; rerunning after installing it picks the file up, as resume retries failed articles.
"""

from __future__ import annotations

import datetime as dt
import logging

from coopllm.errors import EmptyArticleError, InputError

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
    # Only the head: given the whole page, htmldate also takes any ISO-looking date of
    # the text for the page's own.
    head = tree.find("head")
    published = None if head is None else find_date(head, extensive_search=False)
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    if document is None or isinstance(document, dict):
        raise nothing
    text, title = (document.text or "").strip(), (document.title or "").strip()
    if not text:
        raise nothing
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, _iso_date(published)


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
