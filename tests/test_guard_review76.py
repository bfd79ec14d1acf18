"""A read-only review of blind75's rules found them over-reaching, each proved on a text of
its own against the rules as first written (its probes: a form of address given to a
person of the other gender or to a word, a headline or an occasion read as a dateline, a
second document of the same kind merged into the titled one, an announcement's "today"
set aside for a forum's day of other documents); the mends keep the code before's answer
on each."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import dateline_date, only_on_the_page_date_line
from coopllm.schema import Agreement
from coopllm.titles import zh_named_in_full

TWO_WANGS = (
    "恒港数码有限公司与濠江大学签署科研合作备忘录。恒港数码董事长王刚先生、濠江大学校长"
    "梁振华教授出席。备忘录由恒港数码采购部经理王女士与梁教授分别代表双方签署。\n"
)


def test_an_address_of_the_other_gender_is_another_person() -> None:
    assert zh_named_in_full("王女士", TWO_WANGS) is None
    assert zh_named_in_full("梁教授", TWO_WANGS) == "梁振华"
    assert zh_named_in_full("李先生", "公司总经理李嘉慧女士与乙方代表李先生签署协议。") is None
    given = Agreement(
        title="科研合作备忘录",
        parties=named_parties("恒港数码有限公司", "濠江大学"),
        signatories=named_people("王女士", "梁教授"),
    )
    (agreement,) = normalized(TWO_WANGS, given)
    assert [p.name for p in agreement.signatories] == ["王女士", "梁振华"]
    attended = given.model_copy(update={"signatories": named_people("王刚", "梁振华")})
    kept, warnings = guarded(TWO_WANGS, dt.date(2025, 6, 3), attended)
    assert "王刚" not in [p.name for p in kept[0].signatories], warnings


def test_a_word_or_a_name_a_verb_follows_is_no_full_name() -> None:
    assert zh_named_in_full("李先生", "副总裁李明说：“这是重要一步。”备忘录由李先生签署。") is None
    assert zh_named_in_full("金女士", "双方将在金融、科技等领域合作。备忘录由金女士签署。") is None
    assert zh_named_in_full("林教授", "市林业和草原局局长林海与林教授签署协议。") is None
    assert zh_named_in_full("高教授", "推动高校、企业合作。院长高峰、高教授出席。") is None


def test_a_headline_or_an_occasion_ending_with_a_date_is_no_dateline() -> None:
    for head in (
        "Volta Motors, Harbin Cells Extend Pact To 31 Dec 2027",
        "Hyderabad, Telangana signs MoU on 21 July 2025",
        "Annual General Meeting, 28 August 2025",
    ):
        text = f"{head}\n\nThe two companies on Tuesday signed an agreement.\n"
        assert dateline_date(text) is None, head
        assert not only_on_the_page_date_line(head, text), head


def test_a_second_document_of_the_kind_signed_apart_is_its_own_record() -> None:
    text = (
        "12月30日下午，青溪县人民政府与远航储能有限公司签署《青溪县储能电站项目投资协议》，"
        "双方还签署了一份项目投资协议，约定在青溪工业园新建电池回收产线。"
        "副县长赵明与董事长钱立代表双方签约。\n"
    )
    short, full = (
        Agreement(
            title=title,
            date_text="12月30日下午",
            date_signed=dt.date(2025, 12, 30),
            parties=named_parties("青溪县人民政府", "远航储能有限公司"),
            signatories=named_people("赵明", "钱立"),
        )
        for title in ("项目投资协议", "青溪县储能电站项目投资协议")
    )
    kept, warnings = guarded(text, dt.date(2026, 1, 6), short, full)
    assert sorted(a.title or "" for a in kept) == ["青溪县储能电站项目投资协议", "项目投资协议"], (
        warnings
    )


def test_an_announcements_today_takes_no_other_events_day() -> None:
    """Set aside, an announcement's today leaves the day to the sentence that opens with
    the signing's own ceremony, not to a forum's where other documents were signed."""
    page = dt.date(2025, 6, 10)
    for text, (title, *parties) in (
        (
            "Release date: 10 June 2025\n\nAcme Robotics Inc. today announced that it has signed "
            "a supply agreement with Beta Motors Ltd.\nOn 2 June, more than 20 agreements were "
            "signed at the signing ceremony of the Asia Battery Forum in Singapore.\n",
            ("supply agreement", "Acme Robotics Inc.", "Beta Motors Ltd."),
        ),
        (
            "发布日期：2025年6月10日\n\n信和医疗今日宣布，已与濠江康复研究所签署康复合作备忘录。\n"
            "6月2日，第三届大湾区医疗创新论坛签约仪式在澳门举行，二十余个项目集中签约。\n",
            ("康复合作备忘录", "信和医疗", "濠江康复研究所"),
        ),
    ):
        date_text = text.split("\n", 1)[0]
        given = Agreement(
            title=title,
            date_text=date_text,
            date_signed=page,
            parties=named_parties(*parties),
        )
        kept, warnings = guarded(text, page, given)
        assert kept[0].date_signed in (page, None), warnings
        assert kept[0].date_text in (date_text, None), warnings
