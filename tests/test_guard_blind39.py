"""Rules made from the thirty-ninth blind set's misses, each on a text of our own that
fails on the code before them: a WeChat post's byline dates its page; a date_text the
model ran on into its sentence is cut at the comma; a short title written again after
"此次" is the long one's; a signing "会上" takes the day of the meeting told before it; a
college's own page's 我院 and 学院 are the college; a function between a company and a
title is the title's; an unnamed signer given as a party; an English forum's day and
venue for a signing "on the sidelines of the forum"; a body an English sentence says
brokered the deal; a founded body's town is no part of its name; an event's umbrella
record, its host among its parties, folded and its brokers given to their documents; a
signer of another document dropped from one with more signers than parties; a signer's
office at their body, or a signer of another agreement, is no party."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import dateline_date
from coopllm.schema import Agreement, Party, Signatory

_POST = (
    "澄海智能与北港集团签署战略合作协议\n\n"
    "原创 澄海智能品牌部 澄海智能CHAI 2025年04月17日 19:32 浙江\n\n"
    "昨日上午，北港集团有限公司总裁韩启航一行到访浙江澄海智能装备股份有限公司总部。\n\n"
    "座谈会后，双方在总部二楼会议室举行《港口装备战略合作协议》签约仪式。澄海智能总经理宋嘉与"
    "北港集团副总裁潘立签署协议，俞东、韩启航共同见证签约。\n\n"
    "此次战略合作协议的签署，标志着双方合作迈上新台阶。\n"
)
_POST_PAGE = dt.date(2025, 4, 17)


def test_a_wechat_posts_byline_dates_its_page() -> None:
    """The blind39 an01's "原创 … 2025年04月17日 19:32 浙江", which the model did not give."""
    assert dateline_date(_POST) == _POST_PAGE


def test_a_posts_agreement_given_twice_is_one_of_its_day() -> None:
    """The blind39 an01's model gave the headline's "战略合作协议" beside the 《》 title, both
    dated by the visit's sentence whole ("昨日上午，…总部")."""
    run_on = "昨日上午，北港集团有限公司总裁韩启航一行到访浙江澄海智能装备股份有限公司总部"
    parties = named_parties("北港集团有限公司", "浙江澄海智能装备股份有限公司")
    short = Agreement(
        title="战略合作协议",
        date_text=run_on,
        parties=parties,
        witnesses=named_people("韩启航", "俞东"),
    )
    long = Agreement(
        title="港口装备战略合作协议",
        date_text=run_on,
        parties=parties,
        signatories=named_people("宋嘉", "潘立"),
    )
    drafted = normalized(_POST, short, long, published=_POST_PAGE)
    headline = "澄海智能与北港集团签署战略合作协议"
    kept, _ = guarded(_POST, _POST_PAGE, *drafted, title=headline)
    assert [a.title for a in kept] == ["港口装备战略合作协议"]
    assert kept[0].date_text == "昨日上午"
    assert kept[0].date_signed == dt.date(2025, 4, 16)


_COLLEGE = (
    "临澄职业技术学院\n首页 > 新闻中心\n\n我院与瑞达汽车共建产业学院\n\n"
    "6月18日下午，临澄职业技术学院校企合作大会在学院图书馆报告厅举行。\n\n"
    "会上，学院与瑞达汽车集团股份有限公司（以下简称“瑞达汽车”）签订《共建产业学院合作协议》，"
    "高岚院长与瑞达汽车副总裁谭明签字。\n\n"
    "大会还举行了另外两项签约。学院副院长何群与临澄港务物流有限公司人力资源总监方文签订"
    "《现代学徒制合作协议》。瑞达汽车售后服务部负责人与临澄市汽修协会秘书长刘勋签署"
    "《维修培训合作备忘录》。\n"
)
_COLLEGE_PAGE = dt.date(2025, 6, 20)


def test_a_colleges_signings_at_its_meeting() -> None:
    """The blind39 an02's: each document dated "下午" by the model, the college as 我院 and
    学院, a function before a title, an unnamed signer given as a party."""
    ruida = Party(name="瑞达汽车集团股份有限公司", aliases=["瑞达汽车"])
    first = Agreement(
        title="共建产业学院合作协议",
        date_text="下午",
        parties=[Party(name="临澄职业技术学院"), ruida, Party(name="我院")],
        signatories=named_people("高岚", "谭明"),
    )
    second = Agreement(
        title="现代学徒制合作协议",
        date_text="下午",
        parties=named_parties("学院副院长何群", "临澄港务物流有限公司人力资源总监方文"),
    )
    third = Agreement(
        title="维修培训合作备忘录",
        date_text="下午",
        parties=named_parties("瑞达汽车售后服务部负责人", "临澄市汽修协会秘书长刘勋"),
    )
    drafted = normalized(_COLLEGE, first, second, third, published=_COLLEGE_PAGE)
    kept, _ = guarded(_COLLEGE, _COLLEGE_PAGE, *drafted)
    assert [a.date_signed for a in kept] == [dt.date(2025, 6, 18)] * 3
    assert [[p.name for p in a.parties] for a in kept] == [
        ["临澄职业技术学院", "瑞达汽车集团股份有限公司"],
        ["临澄职业技术学院", "临澄港务物流有限公司"],
        ["瑞达汽车集团股份有限公司", "临澄市汽修协会"],
    ]
    assert kept[1].signatories[1].title == "人力资源总监"
    assert [(p.name, p.title) for p in kept[2].signatories] == [
        (None, "售后服务部负责人"),
        ("刘勋", "秘书长"),
    ]


def test_a_meeting_opened_elsewhere_does_not_date_a_signing_told_apart() -> None:
    """ "会上" reads the event just before it; a sentence with a day of its own between
    stands in the way."""
    text = _COLLEGE.replace("\n\n会上，", "\n\n6月19日，双方再次会面。会上，")
    given = Agreement(
        title="共建产业学院合作协议",
        date_text="下午",
        parties=named_parties("临澄职业技术学院", "瑞达汽车集团股份有限公司"),
    )
    kept, _ = guarded(text, _COLLEGE_PAGE, given)
    assert kept[0].date_signed != dt.date(2025, 6, 18)


_FORUM = (
    "The Ambassador's visit ended with the Norland-Ghana Cocoa Forum, held last Thursday "
    "at the Adum Conference Centre in Kumasi.\n\n"
    "On the sidelines of the forum, Brenn Agritech B.V. and Ashanti Beans Ltd signed a "
    "memorandum of understanding. The agreement was brokered by the Norland Trade Council, "
    "which introduced the two companies in Accra.\n"
)


def test_a_signing_at_a_forum_takes_its_day_venue_and_broker() -> None:
    """The blind39 an05's memorandum, which the model gave no day, place or broker."""
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Brenn Agritech B.V.", "Ashanti Beans Ltd"),
    )
    kept, _ = guarded(_FORUM, dt.date(2025, 11, 24), given)
    assert kept[0].date_signed == dt.date(2025, 11, 20)
    assert kept[0].location == "Adum Conference Centre in Kumasi"
    assert kept[0].facilitators == ["Norland Trade Council"]


def test_an_embassy_that_facilitated_is_named_with_its_town() -> None:
    text = (
        "Brenn Agritech B.V. and Ashanti Beans Ltd signed an MoU on Monday. The MoU was "
        "facilitated by the Embassy of Norland in Accra.\n"
    )
    given = Agreement(parties=named_parties("Brenn Agritech B.V.", "Ashanti Beans Ltd"))
    kept, _ = guarded(text, dt.date(2025, 11, 24), given)
    assert kept[0].facilitators == ["Embassy of Norland in Accra"]


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("Frostwell Test Centre in Bremerhaven", "Frostwell Test Centre"),
        # a field's word, which the text writes nowhere else (a review's find)
        ("Frostwell Joint Research Centre in Nanotechnology", None),
    ],
)
def test_a_founded_bodys_town_is_no_part_of_its_name(written: str, named: str | None) -> None:
    """The blind39 an06's "… Test Centre in Bremerhaven", whose town the text names again."""
    text = (
        f"Under the deal, the partners will set up the {written}. The first units reach the "
        "Bremerhaven site in June.\n"
    )
    (agreement,) = normalized(text, Agreement(established_entities=[written]))
    assert agreement.established_entities == [named or written]


_PROMOTION = (
    "本月12日，由澄州市人民政府主办、澄州市投资促进局承办的澄州市（深圳）投资推介会在深圳海湾"
    "会议中心举行。\n"
    "推介会上，共有2个项目现场签约。\n"
    "一是澄州经开区管委会与深圳芯辰微电子有限公司签订《封装测试基地项目投资协议》。"
    "该项目由深圳市江澄商会牵线促成。\n"
    "二是澄州高新区管委会与深圳锐帆储能科技有限公司签订《储能电池项目合作协议》。"
    "该项目由澄州市投资促进局驻深招商小分队跟踪洽谈促成。\n"
)


def test_an_events_umbrella_record_is_folded_and_its_brokers_go_to_their_projects() -> None:
    """The blind39 an03's model gave the whole event as one agreement of the host and
    every project's parties, with both brokers, beside the projects."""
    umbrella = Agreement(
        parties=named_parties(
            "澄州市人民政府",
            "澄州经开区管委会",
            "深圳芯辰微电子有限公司",
            "深圳锐帆储能科技有限公司",
        ),
        facilitators=["澄州市投资促进局", "深圳市江澄商会"],
    )
    first = Agreement(
        title="封装测试基地项目投资协议",
        parties=named_parties("澄州经开区管委会", "深圳芯辰微电子有限公司"),
    )
    second = Agreement(
        title="储能电池项目合作协议",
        parties=named_parties("澄州高新区管委会", "深圳锐帆储能科技有限公司"),
    )
    kept, _ = guarded(_PROMOTION, dt.date(2025, 9, 15), umbrella, first, second)
    assert [(a.title, a.facilitators) for a in kept] == [
        ("封装测试基地项目投资协议", ["深圳市江澄商会"]),
        ("储能电池项目合作协议", ["澄州市投资促进局"]),
    ]


_LAB = (
    "The Harbour Institute (HI) and Westfjord University signed an agreement to establish "
    "the Joint Subsea Laboratory.\n\n"
    "It was signed by HI Director Dr. Ida Sol and Professor Tom Wirth, Pro-Rector for "
    "Research at Westfjord University.\n\n"
    "At the same ceremony, HI signed a research contract with Sealift Robotics AS. The "
    "contract was signed by Sealift's chief technology officer, Erik Moe, and Pia Lind, "
    "HI's head of contracts.\n"
)


def test_a_laboratorys_record_without_the_contracts_signers_and_offices() -> None:
    """The blind39 an04's model gave the laboratory the contract's two signers and the
    pro-rector's office as a party, and the contract the director as its party."""
    lab = Agreement(
        title="agreement to establish the Joint Subsea Laboratory",
        parties=named_parties(
            "Harbour Institute",
            "Westfjord University",
            "Pro-Rector for Research at Westfjord University",
        ),
        signatories=[
            Signatory(name="Ida Sol", title="Director", organization="HI"),
            Signatory(
                name="Tom Wirth",
                title="Pro-Rector for Research",
                organization="Westfjord University",
            ),
            *named_people("Erik Moe", "Pia Lind"),
        ],
    )
    contract = Agreement(
        title="research contract with Sealift Robotics AS",
        parties=named_parties("HI Director Dr. Ida Sol", "Sealift Robotics AS"),
        signatories=named_people("Erik Moe", "Pia Lind"),
    )
    kept, _ = guarded(_LAB, dt.date(2025, 3, 13), lab, contract)
    assert [p.name for p in kept[0].signatories] == ["Ida Sol", "Tom Wirth"]
    assert [p.name for p in kept[0].parties] == ["Harbour Institute", "Westfjord University"]
    # "HI" by the name its initials spell, the laboratory's party (the blind59 rule)
    assert [p.name for p in kept[1].parties] == ["Harbour Institute", "Sealift Robotics AS"]


def test_a_founding_told_again_with_no_party_of_its_own_is_folded() -> None:
    """The blind26 aa04's second record, whose parties were its signers written with their
    titles: dropped as people (the rule above), it held nothing but the founded centre."""
    text = (
        "On Tuesday, Wendle University and Kestrel Air Ltd signed an agreement establishing "
        "the Kestrel Centre for Autonomous Flight. It was signed by Professor Dan Ash and "
        "Mira Cole.\n"
    )
    signed = Agreement(
        parties=named_parties("Wendle University", "Kestrel Air Ltd"),
        signatories=named_people("Dan Ash", "Mira Cole"),
    )
    founding = Agreement(
        title="agreement establishing the Kestrel Centre for Autonomous Flight",
        established_entities=["Kestrel Centre for Autonomous Flight"],
    )
    kept, _ = guarded(text, dt.date(2025, 6, 12), signed, founding)
    assert len(kept) == 1
    assert kept[0].established_entities == ["Kestrel Centre for Autonomous Flight"]
