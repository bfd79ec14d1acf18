"""The twenty-fourth read-only review's finds in the thirty-eighth and thirty-ninth blind
sets' rules, each on a text of our own that fails on the code before the mend: a broker
is an organisation, named without a month or an owner's "'s"; "is expected" with a verb
after it is no document to come; a retrospective's own signing keeps its year; an untitled
copy goes by the count only beside its own type; an umbrella folds with two of the
documents' parties at least; "signed by" reads a list only where the sentence ends in
names; a signing across New Year founds its body; "会上" after another meeting; an
announcement's second date; a forum of several days; a subsidiary before a title; a
signer's paragraph naming a party by its alias; a college headline; a date_text's place
after its comma; "in Hong Kong dollars"."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import date_and_place
from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import person_after_organisation

_PAGE = dt.date(2025, 6, 20)
_SIGNED = "Orrin Tools Ltd and Vessa Motors Ltd signed a supply agreement in Dunmore on Wednesday."


@pytest.mark.parametrize(
    "brokered",
    [
        "The deal was brokered by Ambassador Rosa Lind, who introduced the two firms.",
        "The deal was brokered by Orrin CEO Ivo Hart and Vessa chair Mei Lan last year.",
        "The agreement was facilitated by Dunmore University's technology office.",
    ],
)
def test_a_broker_is_an_organisation_not_a_person_or_an_owner(brokered: str) -> None:
    given = Agreement(parties=named_parties("Orrin Tools Ltd", "Vessa Motors Ltd"))
    kept, _ = guarded(f"{_SIGNED} {brokered}", _PAGE, given)
    assert kept[0].facilitators == []


def test_a_brokers_month_is_no_part_of_its_name() -> None:
    text = f"{_SIGNED} The deal was brokered by the Dunmore Chamber of Commerce in March."
    given = Agreement(parties=named_parties("Orrin Tools Ltd", "Vessa Motors Ltd"))
    kept, _ = guarded(text, _PAGE, given)
    assert kept[0].facilitators == ["Dunmore Chamber of Commerce"]


def test_an_agreement_expected_to_deliver_was_signed() -> None:
    text = (
        "Orrin Tools Ltd and Vessa Motors Ltd signed a long-term supply deal on Wednesday. "
        "The Gearbox Supply Agreement is expected in its first year to deliver 9,000 units."
    )
    given = Agreement(
        title="Gearbox Supply Agreement",
        parties=named_parties("Orrin Tools Ltd", "Vessa Motors Ltd"),
    )
    kept, _ = guarded(text, _PAGE, given)
    assert [a.title for a in kept] == ["Gearbox Supply Agreement"]


def test_a_retrospectives_own_signing_keeps_its_year() -> None:
    text = (
        "In March 2023, Orrin Ports Ltd and Vessa Shipping Ltd signed a ten-year partnership.\n"
        "The Dunmore Terminal Agreement was signed by Ivo Hart and Mei Lan at the port.\n"
    )
    given = Agreement(
        title="Dunmore Terminal Agreement",
        date_text="In March 2023",
        parties=named_parties("Orrin Ports Ltd", "Vessa Shipping Ltd"),
        signatories=named_people("Ivo Hart", "Mei Lan"),
    )
    kept, _ = guarded(text, _PAGE, given)
    assert kept[0].date_text == "In March 2023"


def test_a_memorandum_of_the_same_signers_is_no_copy_of_their_framework() -> None:
    """The article's count is of the subsidiaries' contracts, not of every document."""
    text = (
        "Orrin Tools Ltd and Vessa Motors Ltd signed a Strategic Cooperation Framework "
        "Agreement on Wednesday, signed by Ivo Hart and Mei Lan. Hart and Lan also signed a "
        "memorandum of understanding on talent exchange. Their subsidiaries signed two "
        "project contracts: the Axle Supply Contract and the Freight Services Contract.\n"
    )
    parties = named_parties("Orrin Tools Ltd", "Vessa Motors Ltd")
    people = named_people("Ivo Hart", "Mei Lan")
    framework = Agreement(
        title="Strategic Cooperation Framework Agreement",
        agreement_type="strategic_cooperation",
        parties=parties,
        signatories=people,
    )
    memorandum = Agreement(
        agreement_type="memorandum_of_understanding", parties=parties, signatories=people
    )
    contracts = [
        Agreement(title=t, parties=named_parties("Orrin Axles Ltd", "Vessa Parts Ltd"))
        for t in ("Axle Supply Contract", "Freight Services Contract")
    ]
    kept, _ = guarded(text, _PAGE, framework, memorandum, *contracts)
    assert len(kept) == 4


def test_a_tripartite_agreement_no_signing_sentence_names_is_no_umbrella() -> None:
    text = (
        "At the Dunmore Investment Fair, Orrin Ports Ltd and Vessa Shipping Ltd signed the "
        "Terminal Lease Contract, and Kell Foods Ltd and Tarn Logistics Ltd signed the Cold "
        "Chain Supply Contract.\nDunmore University, Ebb Biotech Ltd and Zorn Pharma Ltd held "
        "talks on the fair's second day. The three sides then agreed a tripartite deal.\n"
    )
    documents = [
        Agreement(title=title, parties=named_parties(*pair))
        for title, pair in (
            ("Terminal Lease Contract", ("Orrin Ports Ltd", "Vessa Shipping Ltd")),
            ("Cold Chain Supply Contract", ("Kell Foods Ltd", "Tarn Logistics Ltd")),
        )
    ]
    tripartite = Agreement(
        parties=named_parties("Dunmore University", "Ebb Biotech Ltd", "Zorn Pharma Ltd")
    )
    kept, _ = guarded(text, _PAGE, *documents, tripartite)
    assert len(kept) == 3


@pytest.mark.parametrize(
    "after",
    [
        ", Mayor Wu Ling, who attended the ceremony, told reporters.",
        ", Governor Ada Lowe and Mayor Wu Ling looking on.",
    ],
)
def test_a_list_of_signers_does_not_run_on_into_an_onlooker(after: str) -> None:
    text = (
        f"{_SIGNED} The agreement was signed by Ivo Hart, chief executive of Orrin, and Mei "
        f"Lan, president of Vessa{after}"
    )
    given = Agreement(
        parties=named_parties("Orrin Tools Ltd", "Vessa Motors Ltd"),
        signatories=named_people("Ivo Hart", "Mei Lan"),
        witnesses=named_people("Wu Ling"),
    )
    kept, _ = guarded(text, _PAGE, given)
    assert "Wu Ling" not in [p.name for p in kept[0].signatories]


def test_a_signing_across_new_year_founds_its_body() -> None:
    text = "2025年12月30日，澄州大学与甲科技股份有限公司签约共建“智能传感联合实验室”。\n"
    given = Agreement(
        parties=named_parties("澄州大学", "甲科技股份有限公司"),
        established_entities=["智能传感联合实验室"],
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), given)
    assert kept[0].established_entities == ["智能传感联合实验室"]


def test_a_signing_at_another_meeting_takes_no_earlier_events_day() -> None:
    text = (
        "澄州市与甲集团签署战略合作协议\n\n"
        "6月12日，澄州市招商推介会在杭州国际博览中心举行。\n"
        "推介会结束后，甲集团一行赴澄州考察，并与澄州市人民政府举行座谈。"
        "会上，双方签署《新能源产业战略合作协议》。\n"
    )
    given = Agreement(
        title="新能源产业战略合作协议", parties=named_parties("甲集团", "澄州市人民政府")
    )
    kept, _ = guarded(text, _PAGE, given)
    assert kept[0].date_text is None
    assert kept[0].location is None


def test_an_announcements_opening_date_is_not_a_signing_dated_after_it() -> None:
    text = (
        "The Board is pleased to announce that on 5 June 2025, the Board approved the Supply "
        "Agreement signed by Orrin Drives Co., Ltd. with Vessa Automation Co., Ltd. on 28 "
        "May 2025.\n"
    )
    given = Agreement(
        title="Supply Agreement",
        parties=named_parties("Orrin Drives Co., Ltd.", "Vessa Automation Co., Ltd."),
    )
    kept, _ = guarded(text, _PAGE, given)
    assert kept[0].date_text != "on 5 June 2025"


def test_a_forum_of_several_days_gives_its_venue_not_its_first_day() -> None:
    text = (
        "The Norland Cocoa Forum, held last Monday at the Adum Conference Centre in Kumasi, "
        "ran for four days.\n\nOn the sidelines of the forum, Brenn Agritech B.V. and Ashanti "
        "Beans Ltd signed a memorandum of understanding.\n"
    )
    given = Agreement(parties=named_parties("Brenn Agritech B.V.", "Ashanti Beans Ltd"))
    kept, _ = guarded(text, dt.date(2025, 11, 24), given)
    assert kept[0].date_text is None
    assert kept[0].location == "Adum Conference Centre in Kumasi"


def test_a_subsidiary_before_a_title_stays_the_body() -> None:
    person = person_after_organisation("澄港集团香港控股总经理王强")
    assert person is not None
    assert (person.organization, person.title) == ("澄港集团香港控股", "总经理")


def test_a_paragraph_that_names_a_party_by_its_alias_is_its_signers() -> None:
    """Ivo Hart signed both: the research memorandum's paragraph calls the institute RIT."""
    text = (
        "Orrin Ltd and Vessa Ltd signed a Supply Contract on Wednesday, signed by Ivo Hart "
        "and Mei Lan.\n\nIvo Hart, RIT's Anna Berg and Karl Lund then signed the Research "
        "Memorandum.\n"
    )
    supply = Agreement(
        title="Supply Contract",
        parties=named_parties("Orrin Ltd", "Vessa Ltd"),
        signatories=named_people("Ivo Hart", "Mei Lan"),
    )
    research = Agreement(
        title="Research Memorandum",
        parties=[Party(name="Orrin Ltd"), Party(name="Dunmore Institute", aliases=["RIT"])],
        signatories=named_people("Ivo Hart", "Anna Berg", "Karl Lund"),
    )
    kept, _ = guarded(text, _PAGE, supply, research)
    assert [p.name for p in kept[1].signatories] == ["Ivo Hart", "Anna Berg", "Karl Lund"]


def test_a_college_headline_on_the_first_line_is_no_masthead() -> None:
    text = (
        "澄州职院携手瑞达汽车共建新能源产业学院\n\n"
        "会上，学院与瑞达汽车签订《共建产业学院合作协议》。\n"
    )
    (agreement,) = normalized(text, Agreement(parties=named_parties("学院", "瑞达汽车")))
    assert [p.name for p in agreement.parties] == ["学院", "瑞达汽车"]


def test_a_date_texts_place_after_its_comma_is_kept() -> None:
    assert date_and_place("6月18日，在澄州市行政中心") == ("6月18日", "澄州市行政中心")
    assert date_and_place("6月18日，甲与乙在澄州市行政中心签署") == ("6月18日", "澄州市行政中心")


def test_a_currency_is_no_town_of_the_signing() -> None:
    text = (
        "The Board is pleased to announce that on 3 June 2025, Orrin Drives Co., Ltd. entered "
        "into a Supply Framework Agreement with Vessa Automation Co., Ltd. in Hong Kong "
        "dollars.\n"
    )
    given = Agreement(
        title="Supply Framework Agreement",
        parties=named_parties("Orrin Drives Co., Ltd.", "Vessa Automation Co., Ltd."),
        signatories=[Signatory(name=None, title="general manager")],
    )
    kept, _ = guarded(text, _PAGE, given)
    assert kept[0].location is None
