"""Rules from the twenty-first blind set (``examples/blind21``), each on a text of our own
that fails on the code before them: projects signed "现场" at the one event the article
tells as held, which give them its day and venue; a list of signers that ends in one
unnamed ("…、丙公司副总裁分别代表三方签约"); a district's body named with the city the text
writes before it, and a masthead's full name and the body's short one as one party; an
English venue the model gave as a party's ("X University's Lecture Hall"); a Chinese public
body's name alone above the headline no headline."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.headline import headline
from coopllm.normalize import normalize_draft
from coopllm.parties import placed_name
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, Signatory

FAIR = (
    "松川赴杭举办招商合作洽谈会 3个项目现场签约\n\n"
    "前天上午，2025松川（杭州）招商合作洽谈会在杭州国际博览中心举行。松川市市长章海出席并致辞。\n\n"
    "洽谈会上，松川市投资促进中心作了投资环境推介。\n\n"
    "随后，在章海的见证下，3个项目现场签约。其中，松川市北湖区人民政府与杭州远帆智能装备有限公司"
    "签署《智能装备产业园项目投资协议》，北湖区区长郑岚与远帆智能董事长吕刚代表双方签约。\n"
)
FAIR_DAY = dt.date(2025, 5, 22)


def test_projects_signed_on_the_spot_take_the_day_and_venue_of_the_one_event_held() -> None:
    """The blind21 v01's "推介会在上海国际会议中心举行" before "随后，…4个项目现场签约"."""
    checker = Checker(SourceIndex(FAIR), published=FAIR_DAY)
    event = checker.signing_event()
    assert event is not None
    assert (event.venue, event.day) == ("杭州国际博览中心", "前天上午")
    given = Agreement(
        title="智能装备产业园项目投资协议",
        agreement_type="project_agreement",
        parties=named_parties("松川市北湖区人民政府", "杭州远帆智能装备有限公司"),
        signatories=[Signatory(name="郑岚"), Signatory(name="吕刚")],
    )
    (kept,), warnings = guarded(FAIR, FAIR_DAY, given)
    assert (kept.location, kept.date_text, kept.date_signed) == (
        "杭州国际博览中心",
        "前天上午",
        dt.date(2025, 5, 20),
    ), warnings


@pytest.mark.parametrize(
    "text",
    [
        # two events held: which one the projects were signed at, the article does not say
        FAIR.replace("洽谈会上，", "当天下午，人才交流会在杭州国际会议中心举行。洽谈会上，"),
        # the signing names its own place
        FAIR.replace("3个项目现场签约", "3个项目在松川宾馆举行现场签约"),
        # no signing on the spot
        FAIR.replace("3个项目现场签约", "3个项目签约"),
    ],
)
def test_a_signing_on_the_spot_has_no_event_where_the_article_does_not_tell_one(
    text: str,
) -> None:
    assert Checker(SourceIndex(text), published=FAIR_DAY).signing_event() is None


TRIPARTITE = (
    "上周二，安平县人民政府、东湖农业大学、浙农数字科技有限公司三方签订《智慧农业合作框架协议》。"
    "县委书记许宁出席并见证签约。\n\n"
    "县长鲁明、东湖农业大学副校长钱文、浙农数字副总裁分别代表三方签约。\n"
)


def test_a_list_of_signers_that_ends_in_an_unnamed_one_gives_the_named_ones() -> None:
    """The blind21 v03's "区长沈晓燕、南湖大学副校长高建华、浙粤数科副总裁分别代表三方签约",
    whose second signer the model left out."""
    given = Agreement(
        title="智慧农业合作框架协议",
        parties=named_parties("安平县人民政府", "东湖农业大学", "浙农数字科技有限公司"),
        signatories=[Signatory(name="鲁明")],
    )
    (kept,), warnings = guarded(TRIPARTITE, dt.date(2025, 4, 16), given)
    assert [p.name for p in kept.signatories] == ["鲁明", "钱文"], warnings


def test_a_list_that_ends_in_no_title_nor_name_gives_no_signer() -> None:
    """Only an unnamed signer's title may end the list: "…、部分企业代表共同签约" is no
    list of signers whose last is unnamed."""
    text = TRIPARTITE.replace("浙农数字副总裁分别代表三方签约", "部分村民代表共同签约")
    given = Agreement(
        title="智慧农业合作框架协议",
        parties=named_parties("安平县人民政府", "东湖农业大学", "浙农数字科技有限公司"),
        signatories=[Signatory(name="鲁明")],
    )
    (kept,), _ = guarded(text, dt.date(2025, 4, 16), given)
    assert [p.name for p in kept.signatories] == ["鲁明"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("——松川市北湖区人民政府与甲公司签约", "松川市北湖区人民政府"),
        ("浙江省松川市北湖区人民政府\n", "浙江省松川市北湖区人民政府"),
        # 与 and 在 before the places are no part of the name (a review's finds)
        ("会上，甲公司与松川市北湖区人民政府签约", "松川市北湖区人民政府"),
        ("研究院在浙江省松川市北湖区人民政府的支持下揭牌", "浙江省松川市北湖区人民政府"),
        # two cities' districts of one name: which the model meant, the text does not say
        ("——松川市北湖区人民政府与甲公司签约。——青川市北湖区人民政府与乙公司签约", None),
        ("北湖区人民政府与甲公司签约", None),
    ],
)
def test_a_district_body_is_named_with_the_places_the_text_writes_before_it(
    text: str, expected: str | None
) -> None:
    assert placed_name("北湖区人民政府", text) == expected


def test_a_name_that_begins_with_no_place_takes_none() -> None:
    assert placed_name("远帆智能装备有限公司", "——杭州市远帆智能装备有限公司") is None


def test_a_masthead_s_full_name_and_the_body_s_short_one_are_one_party() -> None:
    """The blind21 v03's: the model gave the masthead's 青岚市云岫区人民政府 and the body's
    云岫区人民政府 as two parties; one, by the fullest name, the short one its alias."""
    text = "安平市北湖区人民政府\n\n上周二，北湖区人民政府与东湖农业大学签订合作协议。\n"
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(
                parties=[
                    Party(name="安平市北湖区人民政府"),
                    Party(name="东湖农业大学"),
                    Party(name="北湖区人民政府"),
                ]
            )
        ],
    )
    written = Checker(SourceIndex(text)).grounded
    (agreement,) = normalize_draft(draft, text, dt.date(2025, 4, 16), written).agreements
    assert [(p.name, p.aliases) for p in agreement.parties] == [
        ("安平市北湖区人民政府", ["北湖区人民政府"]),
        ("东湖农业大学", []),
    ]


def test_an_english_venue_given_as_a_party_s_is_the_room_the_article_writes() -> None:
    """The blind21 v05's "Eastlake University of Technology's Academic Exchange Center" for
    "at the university's Academic Exchange Center"."""
    text = (
        "On Monday, Harbour Valley University and Corvane Systems signed a Research "
        "Agreement at the university's Founders Lecture Hall.\n"
    )
    given = Agreement(
        title="Research Agreement",
        parties=named_parties("Harbour Valley University", "Corvane Systems"),
        location="Harbour Valley University's Founders Lecture Hall",
    )
    (kept,), warnings = guarded(text, dt.date(2025, 3, 12), given)
    assert kept.location == "Founders Lecture Hall", warnings


def test_a_chinese_public_body_s_name_alone_above_a_breadcrumb_is_no_headline() -> None:
    """The blind21 v03's: the model gave the site's 青岚市云岫区人民政府 as the title."""
    text = (
        "安平市北湖区人民政府\n当前位置：首页 > 政务动态\n\n"
        "北湖区与东湖农业大学签订智慧农业合作框架协议\n\n发布日期：2025-04-16\n\n"
        "上周二，北湖区人民政府与东湖农业大学签订《智慧农业合作框架协议》，双方将在智慧农业领域开展合作。\n"
    )
    assert headline("安平市北湖区人民政府", text) == "北湖区与东湖农业大学签订智慧农业合作框架协议"


def test_a_chinese_headline_that_ends_in_a_body_s_name_is_the_headline() -> None:
    """A headline names the body two parties set up: "…共建…研究院" stays the headline."""
    text = (
        "东湖农业大学与安平种业共建果蔬研究院\n\n2025-03-08 07:45　来源：安平日报\n\n"
        "昨天上午，东湖农业大学与安平种业集团有限公司签署合作协议，共建果蔬研究院。\n"
    )
    assert headline(None, text) == "东湖农业大学与安平种业共建果蔬研究院"
