"""Rules made from the thirty-eighth blind set's misses, each on a text of our own that
fails on the code before them: a title that is a type's schema name is none; an untitled
copy of a titled agreement goes where the article counts fewer documents; a document that
"is expected next year" was not signed; an earlier memorandum's year does not date its
renewal; witnesses "在线见证" with their Latin names bracketed; a body a sentence opened by
a past date founds is that year's; a signer given with the body they signed for ("…代表
县政府"); a 党工委 secretary's title; a bracketed short name after a signer's company; a
venue in the town the model wrote with its country."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Party, Signatory

_PORT = (
    "Harwick Port Authority signed two new agreements at the Harwick Shipping Summit on "
    "Tuesday.\n\n"
    "Port chief Nadia Kerr and Tomas Berg of Skagen Lines AB signed the renewed memorandum "
    "on a green corridor.\n\n"
    "The original memorandum was signed in May 2021.\n\n"
    "Later, Kerr and Leon Pratt of Pratt Rail Group signed the Dry Port Framework "
    "Agreement. A binding investment agreement is expected next year once funding is "
    "agreed.\n"
)
_PORT_PAGE = dt.date(2025, 10, 16)


def _port_draft() -> list[Agreement]:
    """The blind38 am05's model: both documents dated by the first memorandum, the
    framework agreement given twice (once titled by its type's name), the investment
    agreement to come given as signed."""
    rail = ("Harwick Port Authority", "Pratt Rail Group")
    drafted = [
        (
            "memorandum_of_understanding",
            ("Harwick Port Authority", "Skagen Lines AB"),
            "Tomas Berg",
        ),
        ("framework_agreement", rail, "Leon Pratt"),
        ("Dry Port Framework Agreement", rail, "Leon Pratt"),
        ("binding investment agreement", rail, None),
    ]
    return [
        Agreement(
            title=title,
            date_text="May 2021",
            parties=named_parties(*parties),
            signatories=named_people("Nadia Kerr", signer) if signer else [],
        )
        for title, parties, signer in drafted
    ]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("signed two new agreements", "on Tuesday"),  # the signings' day, not 2021's
        ("put two new agreements on paper", None),  # no day of a signing: undated
    ],
)
def test_a_port_s_two_signings_are_two_records_of_this_week(opening: str, day: str | None) -> None:
    text = _PORT.replace("signed two new agreements", opening)
    kept, warnings = guarded(text, _PORT_PAGE, *_port_draft())
    assert [a.title for a in kept] == [None, "Dry Port Framework Agreement"]
    assert [a.date_text for a in kept] == [day, day]
    assert any("the name of its type" in w for w in warnings)


def test_a_title_that_is_no_types_name_stays() -> None:
    """ "Memorandum of Understanding" is a name an article writes; the schema's
    snake-case value is not."""
    text = "Harwick Port Authority and Skagen Lines AB signed a Memorandum of Understanding."
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Harwick Port Authority", "Skagen Lines AB"),
    )
    kept, _ = guarded(text, _PORT_PAGE, given)
    assert kept[0].title == "Memorandum of Understanding"


def test_an_untitled_copy_stays_where_the_article_counts_as_many_documents() -> None:
    """ "also signed a second framework agreement": two documents of the same signers."""
    text = _PORT.replace("two new agreements", "three new agreements")
    kept, _ = guarded(text, _PORT_PAGE, *_port_draft()[1:3])
    assert len(kept) == 2


def test_an_earlier_memorandums_year_stays_where_no_signing_is_told_now() -> None:
    """Only the earlier signing is told: its year is the agreement's, as the model gave."""
    text = "The original memorandum was signed by Nadia Kerr and Tomas Berg in May 2021.\n"
    given = _port_draft()[0]
    kept, _ = guarded(text, _PORT_PAGE, given)
    assert kept[0].date_text == "May 2021"


_ONLINE = (
    "近日，澄江农业科学院与挪威诺海渔业公司以视频连线方式续签《渔业科技合作谅解备忘录》。"
    "澄江农科院院长罗文海与诺海公司首席执行官奥拉夫·贝格(Olav Berg)分别代表双方签字。"
    "省农业农村厅副厅长金晓岚、挪威驻华大使馆渔业参赞英格丽·索尔海姆(Ingrid Solheim)在线见证"
    "签约。\n"
    "2021年5月，双方首次签署合作备忘录，并共建了“中挪海洋牧场联合实验室”。\n"
)


def test_online_witnesses_with_latin_names_are_read() -> None:
    """The blind38 am03's "…(Søren Kristensen)在线见证签约", which the model left out."""
    given = Agreement(
        title="渔业科技合作谅解备忘录",
        parties=named_parties("澄江农业科学院", "挪威诺海渔业公司"),
        signatories=named_people("罗文海", "奥拉夫·贝格"),
        established_entities=["中挪海洋牧场联合实验室"],
    )
    kept, _ = guarded(_ONLINE, dt.date(2025, 9, 3), given)
    assert [p.name for p in kept[0].witnesses] == ["金晓岚", "英格丽·索尔海姆"]


def test_a_body_founded_under_a_past_date_is_not_the_renewals() -> None:
    """The blind38 am03's model gave the first memorandum's laboratory to the renewal."""
    given = Agreement(
        title="渔业科技合作谅解备忘录",
        parties=named_parties("澄江农业科学院", "挪威诺海渔业公司"),
        established_entities=["中挪海洋牧场联合实验室"],
    )
    kept, _ = guarded(_ONLINE, dt.date(2025, 9, 3), given)
    assert kept[0].established_entities == []
    this_year = _ONLINE.replace("2021年5月，双方首次签署合作备忘录，并", "2025年，双方")
    kept, _ = guarded(this_year, dt.date(2025, 9, 3), given)
    assert kept[0].established_entities == ["中挪海洋牧场联合实验室"]


_COUNTY = (
    "上周五下午，澄县重大项目集中签约仪式在县会展中心举行。\n"
    "澄县经济开发区管理委员会党工委书记、主任周启明与江南禾盛材料有限公司（以下简称“禾盛材料”）"
    "董事长邱一帆签署《年产5万吨新材料项目投资协议》。\n"
    "常务副县长吴立群代表澄县人民政府，与中运(浙江)物流有限公司总经理签署《物流园项目合作协议》。\n"
)


def test_signers_a_model_gave_as_parties_sign_for_their_bodies() -> None:
    """The blind38 am02's parties: a 党工委 secretary and director with his committee, a
    company with its bracketed short name and chairman, "…代表澄县人民政府", and a company's
    unnamed general manager."""
    first = Agreement(
        title="年产5万吨新材料项目投资协议",
        parties=named_parties(
            "澄县经济开发区管理委员会党工委书记、主任周启明",
            "江南禾盛材料有限公司（以下简称“禾盛材料”）董事长邱一帆",
        ),
    )
    second = Agreement(
        title="物流园项目合作协议",
        parties=named_parties("常务副县长吴立群代表澄县人民政府", "中运(浙江)物流有限公司总经理"),
    )
    umbrella = Agreement(
        title="项目签约",
        parties=[
            Party(name="澄县人民政府"),
            Party(name="江南禾盛材料有限公司"),
            Party(name="中运(浙江)物流有限公司"),
        ],
    )
    kept, _ = guarded(_COUNTY, dt.date(2025, 11, 24), umbrella, first, second)
    signed = {a.title: a for a in kept}
    assert [p.name for p in signed["年产5万吨新材料项目投资协议"].parties] == [
        "澄县经济开发区管理委员会",
        "江南禾盛材料有限公司",
    ]
    assert signed["年产5万吨新材料项目投资协议"].signatories[0].title == "党工委书记、主任"
    assert [p.name for p in signed["物流园项目合作协议"].parties] == [
        "澄县人民政府",
        "中运(浙江)物流有限公司",
    ]
    assert [(p.name, p.title) for p in signed["物流园项目合作协议"].signatories] == [
        ("吴立群", "常务副县长"),
        (None, "总经理"),
    ]


def test_a_venue_in_the_town_the_model_gave_with_its_country_is_the_signings() -> None:
    """The blind38 am04's "Aberlow, Scotland", the signing "at ATU's Harbourside Campus
    in Aberlow"."""
    text = (
        "KELSO, Scotland, 3 March 2026 - Kelso University and Tarn Tidal Ltd today signed a "
        "Research Agreement.\n\nThe agreement was signed at KU's Riverside Campus in Kelso "
        "by Professor Ann Dunbar and Iain Ross.\n"
    )
    given = Agreement(
        title="Research Agreement",
        location="Kelso, Scotland",
        parties=named_parties("Kelso University", "Tarn Tidal Ltd"),
        signatories=[Signatory(name="Ann Dunbar"), Signatory(name="Iain Ross")],
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), given)
    assert kept[0].location == "KU's Riverside Campus in Kelso"
