"""A read-only review of the blind81 rules (review82) proved these over-reaches, each on a
text of its own that the rules' first form read wrong and the code before them read
right: an office's holder of another body or of a longer office named as an unnamed
signer, "Director of Operations" taken for an office and a body, two unnamed signers of
each side's office made one, two bodies of one name but a city's merged, a university
inside its hospital's name dropped, an exchange's own announcement and a notice that lost
its full stop, a signing at a plant or a mine losing its town, another document's signing
taken for this one's venue, and a body founded by another clause's signing."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.schema import Agreement, Party, Signatory


def _signers(text: str, *signers: Signatory, parties: tuple[str, str]) -> list[tuple[object, ...]]:
    given = Agreement(title="agreement", parties=named_parties(*parties), signatories=list(signers))
    kept, _ = guarded(text, dt.date(2026, 3, 16), given)
    return [(p.name, p.title, p.organization) for p in kept[0].signatories]


def test_a_guest_holding_the_office_at_another_body_is_not_the_unnamed_signer() -> None:
    text = (
        "PORT ALVA - Tarn University and the Ostmark Coastal Agency (OCA) on Tuesday signed a "
        "Memorandum of Understanding on Harbour Robotics. The memorandum was signed by OCA "
        "Director-General Rune Falk and by the university's Vice-Chancellor. Among the guests "
        "was Halden University Vice-Chancellor Ines Varga, whose university signed a similar "
        "memorandum with the agency last year.\n"
    )
    assert _signers(
        text,
        Signatory(name="Rune Falk", title="Director-General", organization="OCA"),
        Signatory(title="Vice-Chancellor", organization="Tarn University"),
        parties=("Tarn University", "Ostmark Coastal Agency"),
    )[1] == (None, "Vice-Chancellor", "Tarn University")
    chinese = (
        "3月10日，青屿大学与海瑞机器人（青屿）有限公司签署《联合研发项目协议》。青屿大学副校长邹明"
        "代表学校签字，海瑞机器人（青屿）有限公司一方由总经理签字。青屿港务集团总经理王海峰应邀出席"
        "签约仪式并致辞。\n"
    )
    assert _signers(
        chinese,
        Signatory(name="邹明", title="副校长", organization="青屿大学"),
        Signatory(title="总经理", organization="海瑞机器人（青屿）有限公司"),
        parties=("青屿大学", "海瑞机器人（青屿）有限公司"),
    )[1] == (None, "总经理", "海瑞机器人（青屿）有限公司")


def test_a_longer_office_is_not_the_unnamed_signers() -> None:
    text = (
        "Corwen Marine Ltd. and the Halden Ocean Research Institute signed a research agreement "
        "on Monday. It was signed by Corwen Managing Director Piet Laar and by the institute's "
        "Director.\n"
    )
    assert _signers(
        text,
        Signatory(name="Piet Laar"),
        Signatory(title="Director", organization="Halden Ocean Research Institute"),
        parties=("Corwen Marine Ltd.", "Halden Ocean Research Institute"),
    ) == [("Piet Laar", None, None), (None, "Director", "Halden Ocean Research Institute")]


def test_an_office_of_a_portfolio_is_no_office_and_body() -> None:
    text = (
        "Kessler Freight and the Port of Alva signed a berth agreement on Monday. It was signed "
        "by Kessler's operations director, Mara Lind, and by the port's harbour master, Jon Ek.\n"
    )
    assert _signers(
        text,
        Signatory(name="Mara Lind", title="Director of Operations"),
        parties=("Kessler Freight", "Port of Alva"),
    ) == [("Mara Lind", None, None)]


@pytest.mark.parametrize(
    ("text", "title", "parties"),
    [
        (
            "3月5日，青屿大学与江澄大学签署合作协议，双方校长代表学校在协议上签字。\n",
            "校长",
            ("青屿大学", "江澄大学"),
        ),
        (
            "Teldra and Ostmark signed a fisheries agreement on Monday. Each country's Minister "
            "of Fisheries signed it.\n",
            "Minister of Fisheries",
            ("Teldra", "Ostmark"),
        ),
    ],
    ids=["双方校长", "each country's"],
)
def test_each_sides_holders_of_one_office_are_two_signers(
    text: str, title: str, parties: tuple[str, str]
) -> None:
    signers = [Signatory(title=title, organization=parties[0]), Signatory(title=title)]
    assert len(_signers(text, *signers, parties=parties)) == 2


def _parties(text: str, *parties: Party) -> list[tuple[str, list[str]]]:
    kept, _ = guarded(
        text, dt.date(2026, 3, 6), Agreement(title="agreement", parties=list(parties))
    )
    return [(p.name, p.aliases) for p in kept[0].parties]


def test_a_citys_body_and_another_citys_of_the_same_name_stay_two_parties() -> None:
    text = (
        "本报讯 3月5日，市中医院与杭州市中医院签署紧密型专科联盟合作协议。市中医院院长李明与杭州市"
        "中医院院长王强代表双方签字。\n"
    )
    assert _parties(text, *named_parties("市中医院", "杭州市中医院")) == [
        ("市中医院", []),
        ("杭州市中医院", []),
    ]


def test_a_university_inside_its_hospitals_name_stays_a_party() -> None:
    text = (
        "Brennor Medical AG on Monday signed a three-way research agreement with Tarn University "
        "Hospital and the hospital's parent university.\n"
    )
    names = ("Brennor Medical AG", "Tarn University Hospital", "Tarn University")
    assert [name for name, _ in _parties(text, *named_parties(*names))] == list(names)


def test_the_exchange_in_its_own_announcement_stays_a_party() -> None:
    text = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
        "take no responsibility for the contents of this announcement.\n\nHONG KONG EXCHANGES "
        "AND CLEARING LIMITED\n\nThe Board of HKEX announces that on 2 April 2026 HKEX entered "
        "into a memorandum of understanding with Pelang Exchange Berhad.\n"
    )
    parties = [
        Party(name="Hong Kong Exchanges and Clearing Limited", aliases=["HKEX"]),
        Party(name="Pelang Exchange Berhad"),
    ]
    assert [name for name, _ in _parties(text, *parties)] == [p.name for p in parties]


def test_parties_after_a_notice_that_lost_its_full_stop_stay() -> None:
    text = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
        "take no\nresponsibility for the contents of this announcement\nBRAYFIELD HOLDINGS "
        "LIMITED\nThe Board announces that on 2 April 2026 Brayfield Freight Limited entered\n"
        "into a cooperation agreement with Pelang Harbour Berhad.\n"
    )
    names = ("Brayfield Freight Limited", "Pelang Harbour Berhad")
    assert [name for name, _ in _parties(text, *named_parties(*names))] == list(names)


def _location(text: str) -> str | None:
    given = Agreement(title="agreement", parties=named_parties("Teldra Motors", "Brennor AG"))
    kept, _ = guarded(text, dt.date(2026, 3, 12), given)
    return kept[0].location


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Teldra Motors and Brennor AG signed a supply agreement on Tuesday at the company's "
            "engine plant in Kladno.\n",
            "Kladno",
        ),
        (
            "Teldra Motors and Brennor AG signed the royalty agreement at the mine in Kalgoorlie "
            "on Monday, officials said.\n",
            "Kalgoorlie",
        ),
        (
            "Teldra Motors and Brennor AG signed a supply agreement on Tuesday. It is the third "
            "such deal since the signing of the Alpine Accord in Vienna.\n",
            None,
        ),
        (
            "Teldra Motors and Brennor AG signed a supply agreement on Tuesday in the Marlow "
            "Room. The signing in Jakarta of a rival deal last month had raised doubts.\n",
            "Marlow Room",
        ),
    ],
)
def test_a_signing_at_a_plant_has_its_town_and_another_signing_is_not_this_ones(
    text: str, venue: str | None
) -> None:
    assert _location(text) == venue


def test_a_body_another_clauses_signing_founds_is_not_this_agreements() -> None:
    text = (
        "Teldra's government and Brennor Solar AG signed a framework agreement on Tuesday, a day "
        "after the two universities signed a cooperation agreement to set up the Teldra Solar "
        "Skills Centre. Ostraven Technical University and Halden University will run the centre "
        "together.\n"
    )
    framework = Agreement(
        title="framework agreement",
        parties=named_parties("Teldra's government", "Brennor Solar AG"),
    )
    cooperation = Agreement(
        title="cooperation agreement",
        parties=named_parties("Ostraven Technical University", "Halden University"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 12), framework, cooperation)
    assert [a.established_entities for a in kept] == [[], []]
