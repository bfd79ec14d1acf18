"""Rules made from the forty-third blind set's misses, each on a text of our own that fails
on the code before them: a memorandum whose title's sentences give no day is dated by the
sentence that signs its short form ("The renewed MoU was signed on the 3rd of March"), not
by an earlier memorandum's; letters after a name (", IAS", "OBE") are no part of it; a
written date beside a section's name across a bar ("May 14, 2026 | Newsroom") dates the
page, as a WeChat article's line under its headline ("原创 … 2026年05月12日 18:06 浙江")
does; a document's short title written alone is the full one where the article counts fewer
documents than the record has; signers before "分别代表甲和乙" are read, the second
untitled; a signer who "分别与" several bodies signed signs one document with each; a
Taiwan paper's byline line ("2026/04/17 14:32 記者王怡婷／台中報導") dates the page; a hall
in corner brackets is the venue; a company after its country's name ("日本…株式會社") is the
same party; a hall's name holds a person's initials ("the Sir M. Visvesvaraya Committee
Hall"); re-recorded pages' mends: the page's whole byline and date line given as a
date is the page's; an untitled deal with a party only talks are held with is none; a
clause of the occasion after a date and place given as the date text is left off
(blind30 ae05's new answer)."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import date_and_place, only_on_the_page_date_line, parse_published
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_RENEWED = (
    "Tumkur Agricultural College has renewed its Memorandum of Understanding with the State "
    "Watershed Agency for another three years. The renewed MoU was signed on the 2nd of June "
    "at the college's council hall. The two first signed an MoU in July 2022.\n"
)


def test_a_memorandums_short_form_dates_its_signing() -> None:
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Tumkur Agricultural College", "State Watershed Agency"),
        signatories=named_people("Anil Rao"),
    )
    kept, _ = guarded(_RENEWED, dt.date(2026, 6, 4), given)
    assert kept[0].date_signed == dt.date(2026, 6, 2)
    assert kept[0].date_text == "2nd of June"


def test_only_a_recent_short_form_signing_dates_it() -> None:
    text = _RENEWED.replace("The renewed MoU was signed on the 2nd of June", "It met in June")
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Tumkur Agricultural College", "State Watershed Agency"),
    )
    kept, _ = guarded(text, dt.date(2026, 6, 4), given)
    assert kept[0].date_signed is None


def test_letters_after_a_name_are_left_off() -> None:
    written = [
        Signatory(name="Meena Iyer, IAS"),
        Signatory(name="Tom Hale OBE"),
        Signatory(name="Ruth Alder DBE FREng"),
        Signatory(name="IAS"),  # letters alone: left to the other rules
    ]
    assert [p.name for p in clean_people(written)] == [
        "Meena Iyer",
        "Tom Hale",
        "Ruth Alder",
        "IAS",
    ]


def test_a_date_beside_a_section_across_a_bar_dates_the_page() -> None:
    pages = {
        "Lakeview College signs pact\nJune 9, 2026 | Campus News\n\nBody.": dt.date(2026, 6, 9),
        "Title\nPress office | Tuesday, 9 June 2026\n\nBody.": dt.date(2026, 6, 9),
        "Title\nBy Ruth Ames | 9 Jun 2026 | Updates\n\nBody.": dt.date(2026, 6, 9),
    }
    for page, day in pages.items():
        assert parse_published(page) == day, page


def test_a_date_with_no_bar_or_a_sentence_across_one_is_no_page_date() -> None:
    related = "Title\n\n" + "Lakeview College signed a pact with a drone maker. " * 3
    for page in (
        related + "\n\nRelated stories\nLakeview opens new library | March 3, 2025\n",
        "Title\nJune 9, 2026\n\nOn that day the two signed.",  # a date alone: maybe the signing's
        "Title\nOn June 9, 2026 | the college signed a pact with a firm that builds drones\n",
        "Title\nJune 9 | Campus News\n\nBody.",  # no year
    ):
        assert parse_published(page) is None, page


_TWO_OF_ONE_CEREMONY = (
    "近日，青川省人民政府与中国华岳能源集团有限公司在省城签署战略合作框架协议。\n"
    "5月9日上午，签约仪式在青川饭店举行。仪式上共签署两份文件。副省长马文涛与冯景和分别代表"
    "青川省人民政府和中国华岳能源集团有限公司签署《青川省人民政府 "
    "中国华岳能源集团有限公司战略合作框架协议》。\n"
    "同场，青川大学与华岳能源研究院签署《共建青川储能研究院合作协议》，青川大学校长周立、华岳能源研究院"
    "院长郑远代表双方签字。\n"
)
_FULL_TITLE = "青川省人民政府 中国华岳能源集团有限公司战略合作框架协议"


def test_a_documents_short_title_written_alone_is_one_document_where_fewer_are_counted() -> None:
    parties = named_parties("青川省人民政府", "中国华岳能源集团有限公司")
    institute = Agreement(
        title="共建青川储能研究院合作协议",
        parties=named_parties("青川大学", "华岳能源研究院"),
        signatories=named_people("周立", "郑远"),
    )
    short = Agreement(title="战略合作框架协议", parties=parties)
    full = Agreement(title=_FULL_TITLE, parties=parties)
    kept, _ = guarded(_TWO_OF_ONE_CEREMONY, dt.date(2026, 5, 12), short, full, institute)
    assert [a.title for a in kept] == [_FULL_TITLE, "共建青川储能研究院合作协议"]
    # the signers the bodies are listed after ("分别代表甲和乙"), the second untitled
    assert [p.name for p in kept[0].signatories] == ["马文涛", "冯景和"]


def test_where_the_article_counts_no_fewer_documents_both_titles_stay() -> None:
    text = _TWO_OF_ONE_CEREMONY.replace("仪式上共签署两份文件。", "仪式上共签署三份文件。")
    parties = named_parties("青川省人民政府", "中国华岳能源集团有限公司")
    kept, _ = guarded(
        text,
        dt.date(2026, 5, 12),
        Agreement(title="战略合作框架协议", parties=parties),
        Agreement(title=_FULL_TITLE, parties=parties),
        Agreement(
            title="共建青川储能研究院合作协议", parties=named_parties("青川大学", "华岳能源研究院")
        ),
    )
    assert len(kept) == 3


def test_a_wechat_articles_line_dates_the_page() -> None:
    page = "我院签约\n原创 宣传部 江枫职院 2026年06月03日 17:20 江苏\n\n6月1日，我院与…签约。\n"
    assert parse_published(page) == dt.date(2026, 6, 3)
    assert only_on_the_page_date_line("2026年06月03日", page)
    # not a line that only opens with the word
    assert parse_published("标题\n原创作品展将于2026年06月03日开幕\n\n正文。\n") is None


_WITH_EACH = (
    "6月2日上午，江枫职业技术学院校企合作签约仪式在学院报告厅举行。学院副院长顾明远分别与苏江电子有限公司"
    "总经理沈浩、和润物流股份有限公司人力资源总监林佳签订了校企合作协议。\n"
)


def test_a_signer_who_signed_with_each_body_apart_signs_one_document_with_each() -> None:
    one = Agreement(
        title="校企合作协议",
        parties=named_parties("江枫职业技术学院", "苏江电子有限公司", "和润物流股份有限公司"),
        signatories=named_people("顾明远", "沈浩", "林佳"),
    )
    kept, _ = guarded(_WITH_EACH, dt.date(2026, 6, 3), one)
    assert [[p.name for p in a.parties] for a in kept] == [
        ["江枫职业技术学院", "苏江电子有限公司"],
        ["江枫职业技术学院", "和润物流股份有限公司"],
    ]
    assert [[p.name for p in a.signatories] for a in kept] == [
        ["顾明远", "沈浩"],
        ["顾明远", "林佳"],
    ]


def test_signings_together_or_a_body_no_party_leave_one_agreement() -> None:
    together = _WITH_EACH.replace("分别与", "与")
    one = Agreement(
        title="校企合作协议",
        parties=named_parties("江枫职业技术学院", "苏江电子有限公司", "和润物流股份有限公司"),
        signatories=named_people("顾明远", "沈浩", "林佳"),
    )
    assert len(guarded(together, dt.date(2026, 6, 3), one)[0]) == 1
    two = one.model_copy(update={"parties": named_parties("江枫职业技术学院", "苏江电子有限公司")})
    assert len(guarded(_WITH_EACH, dt.date(2026, 6, 3), two)[0]) == 1  # 和润物流 no party


_TAIWAN = (
    "2026/05/20 10:05 記者林子晴／新竹報導\n"
    "國立竹嶺大學今日與日本北辰電子株式會社簽署產學合作備忘錄。簽約儀式在該校圖書館二樓「明德廳」舉行，"
    "由校長吳志明與北辰電子社長佐藤健代表雙方簽署。\n"
)


def test_a_taiwan_papers_byline_line_dates_the_page() -> None:
    assert parse_published(_TAIWAN) == dt.date(2026, 5, 20)


def test_a_hall_in_corner_brackets_and_a_company_after_its_country() -> None:
    given = Agreement(
        title="產學合作備忘錄",
        parties=named_parties("國立竹嶺大學", "日本北辰電子株式會社", "北辰電子株式會社"),
        signatories=named_people("吳志明", "佐藤健"),
    )
    (kept,), _ = guarded(_TAIWAN, dt.date(2026, 5, 20), given)
    assert kept.location == "圖書館二樓「明德廳」"
    assert [p.name for p in kept.parties] == ["國立竹嶺大學", "日本北辰電子株式會社"]
    assert "北辰電子株式會社" in kept.parties[1].aliases
    # two universities of one name, one national (國立清華大學, 清華大學), stay two where the
    # article writes each (one written only with 國立 is that one: test_guard_blind44)
    two = given.model_copy(
        update={"parties": named_parties("國立竹嶺大學", "竹嶺大學", "日本北辰電子株式會社")}
    )
    both = _TAIWAN + "竹嶺大學亦派員出席。\n"
    (kept,), _ = guarded(both, dt.date(2026, 5, 20), two)
    assert [p.name for p in kept.parties] == ["國立竹嶺大學", "竹嶺大學", "日本北辰電子株式會社"]


def test_a_halls_name_with_a_persons_initials_is_the_venue() -> None:
    text = (
        "Pune Agricultural College renewed its Memorandum of Understanding with the Deccan Seed "
        "Board. The renewed MoU was signed on Monday at the Dr B. R. Ambedkar Convention Hall "
        "of the college.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Pune Agricultural College", "Deccan Seed Board"),
    )
    (kept,), _ = guarded(text, dt.date(2026, 6, 4), given)
    assert kept.location == "Dr B. R. Ambedkar Convention Hall"


def test_the_whole_byline_and_date_line_given_as_the_date_is_the_pages() -> None:
    text = (
        "Harbour signs three deals\n\nBy Lena Fors | Published 10 June 2026\n\n"
        "The documents were signed on Monday in the Council Hall of Harbour City.\n"
    )
    assert only_on_the_page_date_line("By Lena Fors | Published 10 June 2026", text)
    assert not only_on_the_page_date_line("The documents were signed on Monday", text)


def test_an_untitled_deal_with_a_party_only_talks_are_held_with_is_no_record() -> None:
    text = (
        "Kestrel and Aldmoor signed a Cooperation Agreement on Tuesday. Kestrel is also in "
        "advanced talks with Northgate Data on a long-term offtake agreement.\n"
    )
    signed = Agreement(title="Cooperation Agreement", parties=named_parties("Kestrel", "Aldmoor"))
    talked = Agreement(parties=named_parties("Kestrel", "Northgate Data"))
    kept, _ = guarded(text, dt.date(2026, 6, 4), signed, talked)
    assert [a.title for a in kept] == ["Cooperation Agreement"]
    done = text.replace("is also in advanced talks with", "also signed a deal with")
    assert len(guarded(done, dt.date(2026, 6, 4), signed, talked)[0]) == 2


def test_a_clause_of_the_occasion_after_a_date_and_place_is_left_off() -> None:
    written = "on Monday at Harbour Tech Week, held this year at the Quay Hall in Brennick."
    assert date_and_place(written) == ("on Monday", "Harbour Tech Week")
    assert date_and_place("June 9, 2026, hosted by the port") == ("June 9, 2026", None)
    assert date_and_place("at a forum, held in May")[0] == "at a forum, held in May"  # no date
