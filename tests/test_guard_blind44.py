"""Rules made from the forty-third and forty-fourth blind sets' misses, each on a text of
our own that fails on the code before them: a document dated only by the page's line is
dated by the next sentence's "The agreement was signed on Monday by …", which names no
other document; a Taiwan paper's "今（9）日與…簽署" dates its signing."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties

from coopllm.schema import Agreement

_TOLD_NEXT = (
    "Lakeshore Technical Institute\nNews\n\nMarch 5, 2026 | Newsroom\n\n"
    "HALIFAX — Lakeshore Technical Institute has signed a Memorandum of Understanding with "
    "Norvik Marine Systems Ltd. at an ocean technology fair.\n\n"
    "The agreement was signed on Monday by the institute's principal and Norvik's chief "
    "operating officer in the fair's main hall.\n"
)


def _page_dated() -> Agreement:
    return Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Lakeshore Technical Institute", "Norvik Marine Systems Ltd."),
        date_text="March 5, 2026",
        date_signed=dt.date(2026, 3, 5),
    )


def test_the_next_sentence_that_signs_the_document_dates_it() -> None:
    kept, _ = guarded(_TOLD_NEXT, dt.date(2026, 3, 5), _page_dated())
    assert (kept[0].date_text, kept[0].date_signed) == ("on Monday", dt.date(2026, 3, 2))


def test_a_next_sentence_of_another_document_or_a_later_one_does_not() -> None:
    with_another = _TOLD_NEXT.replace("on Monday by", "on Monday, with a supply contract, by")
    later = _TOLD_NEXT.replace("\n\nThe agreement", "\n\nThe fair ran all week. The agreement")
    for text in (with_another, later):
        kept, _ = guarded(text, dt.date(2026, 3, 5), _page_dated())
        assert kept[0].date_signed == dt.date(2026, 3, 5), text


def test_a_taiwan_papers_day_in_brackets_dates_the_signing() -> None:
    text = (
        "2026/10/09 10:05 記者林雅琪／高雄報導\n\n"
        "國立南港海洋大學今（9）日與北辰造船股份有限公司簽署合作備忘錄，雙方將共同培育造船人才。\n"
    )
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("國立南港海洋大學", "北辰造船股份有限公司"),
        date_text="2026/10/09 10:05",
        date_signed=dt.date(2026, 10, 9),
    )
    kept, _ = guarded(text, dt.date(2026, 10, 9), given)
    assert (kept[0].date_text, kept[0].date_signed) == ("今（9）日", dt.date(2026, 10, 9))
