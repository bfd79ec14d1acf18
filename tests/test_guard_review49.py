"""A read-only review's finds on the forty-eighth and forty-ninth blind sets' rules, each a
text of the reviewer's kind that failed on those rules as first written: an office before
与 in a list of signers, a generic tail of a name taken for a body after its place, a
lead-in that is another agreement's own sentence, "at the same ceremony" read for a place
of its own, "renewed calls for an agreement", "signed a petition against the … Agreement",
another act's day in a Chinese sentence's first clause, a ceremony or a room not tied to
the signing, and a second office run into a signer's body. (A venue scan that grew with the
square of a sentence's commas is bounded in ``places._COMMA_BEFORE_A_PLACE``; no timed test
stands for it.)"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Party


def test_an_office_before_and_parts_the_list_of_signers() -> None:
    text = (
        "11月3日，临江市人民政府与乙科技股份有限公司举行项目签约仪式。会上，市政府秘书长与"
        "乙科技股份有限公司董事长王强签署《智能制造产业园投资协议》。\n"
    )
    given = Agreement(
        title="智能制造产业园投资协议",
        parties=named_parties("临江市人民政府"),
        signatories=named_people("王强"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 4), given)
    assert [p.name for p in kept[0].parties] == ["临江市人民政府", "乙科技股份有限公司"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "六盘水市人民政府与华为技术有限公司签署战略合作协议\n\n11月3日，市政府与华为技术有限公司"
            "签署战略合作协议。贵州省人民政府副省长王强、钟山区人民政府区长李明出席。\n",
            "六盘水市人民政府",
        ),
        (
            "永辉超市股份有限公司与伊利实业集团股份有限公司签署战略合作协议\n\n永辉超市与伊利实业集团"
            "股份有限公司签署战略合作协议。蒙牛乳业股份有限公司也曾与永辉合作。\n",
            "永辉超市股份有限公司",
        ),
    ],
)
def test_a_names_generic_tail_is_no_body_after_a_place(text: str, name: str) -> None:
    given = Agreement(parties=[Party(name=name), Party(name="伊利实业集团股份有限公司")])
    (kept,) = normalized(text, given)
    assert kept.parties[0].name == name


def test_another_agreements_own_sentence_is_no_lead_in() -> None:
    text = (
        "3月5日，甲集团有限公司与乙大学在杭州签署了战略合作协议，同时举行了联合实验室揭牌仪式。"
        "3月6日，甲集团有限公司与丙市人民政府在宁波签署《新能源项目投资协议》。\n"
    )
    first = Agreement(
        title="战略合作协议",
        date_text="3月5日",
        location="杭州",
        parties=named_parties("甲集团有限公司", "乙大学"),
    )
    second = Agreement(
        title="新能源项目投资协议",
        date_text="3月5日",
        location="杭州",
        parties=named_parties("甲集团有限公司", "丙市人民政府"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 8), first, second)
    assert (kept[1].date_text, kept[1].location) == ("3月6日", "宁波")


def test_a_document_signed_at_the_same_ceremony_keeps_its_place() -> None:
    text = (
        "Acme Ltd and Beta University signed a Memorandum of Understanding at the Serena Hotel "
        "in Nairobi on Monday. At the same ceremony, Acme Ltd and Gamma Holdings signed a second "
        "MoU on a solar plant in Mombasa.\n"
    )
    first = Agreement(
        title="Memorandum of Understanding",
        date_text="on Monday",
        location="Serena Hotel in Nairobi",
        parties=named_parties("Acme Ltd", "Beta University"),
    )
    second = first.model_copy(
        update={"title": "MoU", "parties": named_parties("Acme Ltd", "Gamma Holdings")}
    )
    kept, _ = guarded(text, dt.date(2025, 3, 12), first, second)
    assert kept[1].location == "Serena Hotel in Nairobi"


@pytest.mark.parametrize(
    "said",
    [
        "On Wednesday, their rectors renewed calls for an agreement with the ministry on funding",
        "On Wednesday, the rectors renewed support for the memorandum at a meeting in Tulcea",
    ],
)
def test_renewed_calls_or_support_sign_nothing(said: str) -> None:
    text = (
        "Date: 18 April 2026\n\nPrut Polytechnic University (PPU) and the Delta Ecology "
        "Institute cooperate under a Memorandum of Understanding on Technical Cooperation.\n\n"
        f"{said}.\n\nThe two institutions first signed the cooperation memorandum in March "
        "2021.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Technical Cooperation",
        date_text="March 2021",
        parties=named_parties("Prut Polytechnic University", "Delta Ecology Institute"),
    )
    kept, _ = guarded(text, dt.date(2026, 4, 18), given)
    assert kept[0].date_text == "March 2021"


def test_who_signed_a_petition_against_the_agreement_signed_no_agreement() -> None:
    text = (
        "Acme Energy Ltd and the Port of Beta signed the Coastal Wind Farm Agreement on Monday. "
        "Councillor Paul Smith signed a petition against the Coastal Wind Farm Agreement in "
        "January.\n"
    )
    given = Agreement(
        title="Coastal Wind Farm Agreement",
        parties=named_parties("Acme Energy Ltd", "Port of Beta"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 12), given)
    assert kept[0].signatories == []


def test_another_acts_day_in_the_first_clause_dates_no_signing() -> None:
    text = (
        "甲集团董事长张三3月10日在北京出席论坛，会上介绍，集团与乙大学上个月签署了战略合作协议。\n"
    )
    given = Agreement(title="战略合作协议", parties=named_parties("甲集团", "乙大学"))
    kept, _ = guarded(text, dt.date(2025, 3, 11), given)
    assert kept[0].date_text is None


@pytest.mark.parametrize(
    "after",
    [
        "On Thursday, the partners launched a student exchange programme. The ceremony took "
        "place at the Great Hall of Kwadaso University in Kumasi and drew 300 students.",
        "Later that day, in the Kwadaso University library, more than 40 students signed up for "
        "the internship programme.",
    ],
)
def test_a_later_events_hall_is_no_venue_of_the_signing(after: str) -> None:
    text = (
        "Kwadaso University and Sunleaf Cocoa Ltd signed a Memorandum of Understanding on Cocoa "
        f"Research on Monday.\n\n{after}\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Cocoa Research",
        parties=named_parties("Kwadaso University", "Sunleaf Cocoa Ltd"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 12), given)
    assert kept[0].location is None


def test_a_second_office_is_no_part_of_the_signers_body() -> None:
    text = (
        "Prof. Yaw Ofori, Dean of the School of Crop Science, and Mrs. Akua Donkor, Managing "
        "Director of Sunleaf Cocoa Ltd and President of the Ghana Agribusiness Chamber, signed a "
        "Cocoa Drying Research Agreement on Monday.\n"
    )
    given = Agreement(
        title="Cocoa Drying Research Agreement",
        parties=named_parties("Dean of the School of Crop Science", "Mrs. Akua Donkor"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 12), given)
    assert [p.name for p in kept[0].parties] == ["School of Crop Science", "Sunleaf Cocoa Ltd"]
