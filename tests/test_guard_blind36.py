"""Rules from the thirty-sixth blind set (``examples/blind36``), each on a text of our own
that fails on the code before them: a document only the page's list of other stories
names is no record; the page's own date line dates no signing the article tells no day
of; unveilers each named before their role are witnesses; the venue of a whole signing
("signed two separate agreements …, on the closing day of the … Forum at …") beats the
town the model gave; documents told right after the event's sentence take its day and
venue; a party given as a unit of the body its signer signed for is that body."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_NEWS_PAGE = (
    "澜州大学新闻网\n\n澜州大学与远帆科技签约共建联合实验室\n\n发布时间：2025-12-10\n\n"
    "昨日，澜州大学副校长陈立与远帆科技总经理王洋签署《共建联合实验室协议》。\n\n"
    "相关新闻\n· 澜州大学与青禾医疗签署产学研合作框架协议\n· 我校召开科研工作推进会\n\n"
    "版权所有 © 澜州大学\n"
)
_SIGNED = Agreement(
    title="共建联合实验室协议",
    parties=named_parties("澜州大学", "远帆科技"),
    signatories=named_people("陈立", "王洋"),
)


def test_a_document_only_the_list_of_other_stories_names_is_no_record() -> None:
    """The blind36 ak04's model gave the related-news link's framework agreement, and an
    untitled copy of the signed one, which the link's signing kept apart as another
    document's."""
    linked = Agreement(title="产学研合作框架协议", parties=named_parties("澜州大学", "青禾医疗"))
    shell = Agreement(parties=named_parties("澜州大学", "远帆科技"))
    kept, warnings = guarded(_NEWS_PAGE, dt.date(2025, 12, 10), shell, _SIGNED, linked)
    assert [a.title for a in kept] == ["共建联合实验室协议"]
    assert any("list of other stories" in w for w in warnings)


def test_a_document_the_article_tells_too_stays_though_the_list_names_it() -> None:
    text = _NEWS_PAGE.replace("。\n\n相关新闻", "。双方还签署了产学研合作框架协议。\n\n相关新闻")
    linked = Agreement(title="产学研合作框架协议", parties=named_parties("澜州大学", "青禾医疗"))
    kept, _ = guarded(text, dt.date(2025, 12, 10), _SIGNED, linked)
    assert len(kept) == 2


_UNDATED = (
    "青州市人民政府\n今日头条 | 要闻\n\n发布日期：2025-09-24\n\n"
    "青州市与华衡交投签署战略合作框架协议\n\n"
    "{lead}青州市人民政府与华衡交通投资集团有限公司在市行政中心签署战略合作框架协议。副市长沈嘉禾与"
    "华衡交投董事长欧阳启明代表双方签约。双方今天还举行了座谈。\n"
)


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("", None),  # no day of the signing: the page's is not its (nor a talk's "today")
        ("今天上午，", dt.date(2025, 9, 24)),  # the signing's "today"
        ("上午，", dt.date(2025, 9, 24)),  # its morning, the page's day's
    ],
)
def test_the_pages_date_line_dates_no_signing_the_article_tells_no_day_of(
    lead: str, day: dt.date | None
) -> None:
    """The blind36 ak05's model dated the undated agreement by "发布日期：2025-09-24"; a
    review's finds: a same-day word in the signing's sentence keeps it, a site's "今日头条"
    or another sentence's "今天" does not."""
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("青州市人民政府", "华衡交通投资集团有限公司"),
        signatories=named_people("沈嘉禾", "欧阳启明"),
        date_text="发布日期：2025-09-24",
        date_signed=dt.date(2025, 9, 24),
    )
    (kept,), _ = guarded(_UNDATED.format(lead=lead), dt.date(2025, 9, 24), given)
    assert kept.date_signed == day


@pytest.mark.parametrize(
    "lead",
    [
        "TALLIS, May 20 (HarbourWire) - The Tallis Water Agency on Tuesday signed",  # a Tuesday
        "TALLIS, May 20 (HarbourWire) - The Tallis Water Agency signed",  # the dateline's
        "The Tallis Water Agency this morning signed",
    ],
)
def test_a_signing_told_on_the_pages_day_lets_the_page_date_it(lead: str) -> None:
    """The blind10 k04's "MOMBASA, May 20 (AfriWire) - … on Tuesday signed", a Tuesday; a
    review's finds: a dateline's lead, "this morning"."""
    text = (
        "Port agency signs concession\n\nUpdated: May 20, 2025 4:47 PM\n\n"
        f"{lead} a 20-year concession with Orion Desal AS.\n\nThe document was signed by "
        "agency head Ann Vale and Orion chief executive Ray Holt.\n"
    )
    given = Agreement(
        title="concession",
        parties=named_parties("Tallis Water Agency", "Orion Desal AS"),
        signatories=named_people("Ann Vale", "Ray Holt"),
        date_text="May 20, 2025",
        date_signed=dt.date(2025, 5, 20),
    )
    (kept,), _ = guarded(text, dt.date(2025, 5, 20), given)
    assert kept.date_signed == dt.date(2025, 5, 20)


@pytest.mark.parametrize(
    ("unveilers", "witnesses"),
    [
        (
            "Ida Crane, minister for science in the regional government, and Lee Park, the "
            "university's chancellor,",
            ["Ida Crane", "Lee Park"],
        ),
        ("the minister for science and the university's chancellor", []),  # no names
    ],
)
def test_unveilers_each_named_before_their_role_are_witnesses(
    unveilers: str, witnesses: list[str]
) -> None:
    """The blind36 ak03's "After the signing, Farah Lindqvist, minister for science in …,
    and Gareth Oyelaran, the university's chancellor, jointly unveiled the nameplate"."""
    text = (
        "The University of Tallis and Orion Ltd signed an Agreement on the Joint "
        "Establishment of the Marsh Hydrogen Centre. It was signed by Ann Vale and Ray "
        f"Holt. After the signing, {unveilers} jointly unveiled the nameplate of the Marsh "
        "Hydrogen Centre."
    )
    given = Agreement(
        title="Agreement on the Joint Establishment of the Marsh Hydrogen Centre",
        parties=named_parties("University of Tallis", "Orion Ltd"),
        signatories=named_people("Ann Vale", "Ray Holt"),
        established_entities=["Marsh Hydrogen Centre"],
    )
    (kept,), _ = guarded(text, dt.date(2025, 10, 22), given)
    assert [p.name for p in kept.witnesses] == witnesses


_FORUM = (
    "TALLIS - The regional government and two partners signed two separate agreements on "
    "Monday, on the closing day of the Marsh Valley Investment Forum at the Harbour "
    "Exhibition Centre in Tallis.\n\nIn the first, the Tallis Regional Government and Orion "
    "Energy signed a Strategic Cooperation Agreement, signed by premier Ann Vale and Orion "
    "chairman Ray Holt.\n"
)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (_FORUM, "Harbour Exhibition Centre in Tallis"),
        (  # the venue's name goes on past "and"
            "Orion Energy and the Tallis Regional Government signed a Strategic Cooperation "
            "Agreement on Tuesday at a signing ceremony of the 3rd Tallis Investment Fair, "
            "held at the Tallis Convention and Exhibition Center. It was signed by premier "
            "Ann Vale and Orion chairman Ray Holt.\n",
            "Tallis Convention and Exhibition Center",
        ),
    ],
)
def test_the_venue_of_a_whole_signing_beats_the_town_the_model_gave(text: str, venue: str) -> None:
    """The blind36 ak03's "ASHFIELD - … signed two separate agreements … on Monday, on the
    closing day of the Tamsin Valley Investment Forum at the Corran Exhibition Centre in
    Ashfield", whose model gave "Ashfield" (an "Investment" read as a company's seat, a
    dateline's town as the sentence's, a whole signing's "separate" as another's, the
    comma before the forum's day as a clause's); and the blind33 ah04's venue, cut at its
    "and"."""
    given = Agreement(
        title="Strategic Cooperation Agreement",
        parties=named_parties("Tallis Regional Government", "Orion Energy"),
        signatories=named_people("Ann Vale", "Ray Holt"),
        location="Tallis",
    )
    (kept,), _ = guarded(text, dt.date(2025, 10, 22), given)
    assert kept.location == venue


_FAIR = (
    "对接会签下两份协议\n\n本月12日，第二届澜州医疗器械对接会在澜州国际会议中心举行。在副市长黄明的见证下，远帆医疗"
    "科技有限公司先后与澜州市人民医院、澜州理工大学签署两份协议。\n\n"
    "首先，澜州市人民医院院长何宇与远帆医疗董事长许宁签署《战略合作协议》。\n\n"
    "随后，澜州理工大学副校长刘芳与远帆医疗副总经理周牧签署《手术机器人研发项目合同》。根据合同，"
    "澜州理工大学机器人研究院将承担研发任务。\n"
)


def test_two_documents_told_right_after_the_event_take_its_day_and_venue() -> None:
    """The blind36 ak06's "本月12日，…对接会在海澜国际会议中心举行。在…的见证下，…先后与…
    签署两份协议", whose model dated neither document; and its contract's party, the
    university's institute that will do the work, where the university's vice-president
    signed."""
    hospital = Agreement(
        title="战略合作协议",
        parties=named_parties("澜州市人民医院", "远帆医疗科技有限公司"),
        signatories=named_people("何宇", "许宁"),
    )
    contract = Agreement(
        title="手术机器人研发项目合同",
        parties=named_parties("远帆医疗科技有限公司", "澜州理工大学机器人研究院"),
        signatories=named_people("刘芳", "周牧"),
    )
    kept, _ = guarded(_FAIR, dt.date(2025, 11, 19), hospital, contract)
    assert [(a.date_signed, a.location) for a in kept] == [
        (dt.date(2025, 11, 12), "澜州国际会议中心")
    ] * 2
    assert [p.name for p in kept[1].parties] == ["远帆医疗科技有限公司", "澜州理工大学"]
