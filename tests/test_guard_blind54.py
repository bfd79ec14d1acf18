"""Rules made from the fifty-fourth blind set's misses, each on a text of our own that fails
on the code before them: a witness named before a role in commas that "witnessed"; a
degree after a name; a third party the article says brought the deal about; a party given
as a company's short form and the department of its signer's title; a day written only as
the one a deal was announced."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_ONLINE = (
    "The MoU was signed online on Tuesday 3 March. Acme University's Provost Jane Doe "
    "signed in Perth, while Beta Institute's Rector Ann Lee signed in Surabaya. Tom Hale, "
    "Consul-General at the Australian Consulate-General in Surabaya, witnessed the signing "
    "online.\n"
)


def test_a_witness_named_before_a_role_in_commas_is_one() -> None:
    given = Agreement(
        title="MoU",
        parties=named_parties("Acme University", "Beta Institute"),
        signatories=named_people("Jane Doe", "Ann Lee"),
    )
    kept, _ = guarded(_ONLINE, dt.date(2026, 3, 4), given)
    assert [w.name for w in kept[0].witnesses] == ["Tom Hale"]


def test_a_degree_after_a_name_is_no_part_of_it() -> None:
    (person,) = clean_people([Signatory(name="Prof. Dr. Ann Lee, M.Sc.", title="Rector")])
    assert person.name == "Ann Lee"


_BROKERED = (
    "近日，江州市人民政府与青禾大学签署战略合作协议。副市长王平与青禾大学校长李明分别代表双方签约。"
    "此次合作由江州市科学技术局牵头推动、积极促成。\n"
)


def _acting_for(first: str) -> Agreement:
    """The city's, the university's and the bureau's agreement, its first signer acting
    for ``first``."""
    return Agreement(
        title="战略合作协议",
        parties=named_parties("江州市人民政府", "青禾大学", "江州市科学技术局"),
        signatories=[
            Signatory(name="王平", organization=first),
            Signatory(name="李明", organization="青禾大学"),
        ],
    )


def test_a_third_party_the_article_says_brought_the_deal_about_is_its_facilitator() -> None:
    kept, warnings = guarded(_BROKERED, dt.date(2026, 3, 4), _acting_for("江州市人民政府"))
    assert [p.name for p in kept[0].parties] == ["江州市人民政府", "青禾大学"]
    assert kept[0].facilitators == ["江州市科学技术局"]
    assert any("moved party '江州市科学技术局'" in w for w in warnings)


def test_a_party_a_signer_acts_for_stays_one_whatever_else_it_did() -> None:
    kept, _ = guarded(_BROKERED, dt.date(2026, 3, 4), _acting_for("江州市科学技术局"))
    assert "江州市科学技术局" in [p.name for p in kept[0].parties]


def test_a_place_named_within_the_brokers_name_is_no_broker() -> None:
    """blind27 ab05's: "brokered by Invest Westmark" says nothing of Westmark."""
    text = (
        "Acme plc and Beta Ltd signed a joint venture agreement on Monday. The deal was "
        "brokered by Invest Westmark, the national investment agency.\n"
    )
    given = Agreement(
        title="joint venture agreement", parties=named_parties("Acme plc", "Beta Ltd", "Westmark")
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert "Westmark" not in kept[0].facilitators


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "5月18日，东澜大学、澜川市人民政府与澜川科技集团签署三方战略合作协议。澜川科技集团董事长张伟"
            "与各方代表分别代表三方签约。此次合作由澜川科技集团积极推动促成。\n",
            ("东澜大学", "澜川市人民政府", "澜川科技集团"),
        ),
        (
            "江川省、东澜大学与澜川科技集团在江川签署三方战略合作协议。此次合作由江川省科学技术厅牵头推动、"
            "积极促成。\n",
            ("江川省", "东澜大学", "澜川科技集团"),
        ),
    ],
)
def test_a_party_that_signed_or_is_named_within_the_broker_stays_one(
    text: str, parties: tuple[str, ...]
) -> None:
    """Reviews' finds: a party the article says signed; a province within its department."""
    given = Agreement(title="三方战略合作协议", parties=named_parties(*parties))
    kept, _ = guarded(text, dt.date(2026, 5, 19), given)
    assert [p.name for p in kept[0].parties] == list(parties)


@pytest.mark.parametrize("name", ["Alice M. Eng", "Ravi M.A.", "Christian MBA"])
def test_a_name_ending_like_a_degree_with_no_comma_is_kept(name: str) -> None:
    (person,) = clean_people([Signatory(name=name)])
    assert person.name == name


@pytest.mark.parametrize(
    "opening",
    ["Tata Steel, the consortium's lead member,", "Kestrel Alumni, represented by its president,"],
)
def test_a_body_before_its_role_that_witnessed_is_no_witness(opening: str) -> None:
    text = (
        "Kestrel University and Harbour City Council signed the MoU on Monday. Vice-Chancellor "
        f"Ann Lee and Mayor Tom Reid signed it. {opening} witnessed the signing.\n"
    )
    given = Agreement(
        title="MoU",
        parties=named_parties("Kestrel University", "Harbour City Council"),
        signatories=named_people("Ann Lee", "Tom Reid"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert kept[0].witnesses == []


_DONATION = (
    "3月2日，青川大学与星河智造科技股份有限公司（以下简称“星河智造”）签署合作协议。同期，"
    "青川大学教育基金会秘书长林芳与星河智造人力资源总监陈志远签署《奖学金捐赠协议》。\n"
)


def _donation_as_given() -> list[Agreement]:
    """The two agreements, the gift's company given as its signer's department."""
    return [
        Agreement(title="合作协议", parties=named_parties("青川大学", "星河智造科技股份有限公司")),
        Agreement(
            title="奖学金捐赠协议",
            parties=named_parties("青川大学教育基金会", "星河智造人力资源"),
            signatories=named_people("林芳", "陈志远"),
        ),
    ]


def test_a_short_form_with_its_signers_department_is_the_company() -> None:
    kept, _ = guarded(_DONATION, dt.date(2026, 3, 3), *_donation_as_given())
    assert [(p.name, p.aliases) for p in kept[1].parties] == [
        ("青川大学教育基金会", []),
        ("星河智造科技股份有限公司", []),  # the department's form no alias of it
    ]


def test_a_department_not_before_a_managers_title_is_no_short_form() -> None:
    text = _DONATION.replace("人力资源总监陈志远", "代表陈志远") + "星河智造人力资源已就位。\n"
    kept, _ = guarded(text, dt.date(2026, 3, 3), *_donation_as_given())
    assert "星河智造科技股份有限公司" not in [p.name for p in kept[1].parties]


_ANNOUNCED = (
    "OSLO, May 7 (Wire) - Fjordline AS and Baltic Ore Ltd have signed a term sheet to set "
    "up a shipping joint venture, in a deal announced on Thursday. The companies did not "
    "say when the term sheet was signed.\n"
)


def _term_sheet(day: str) -> Agreement:
    return Agreement(
        title="term sheet",
        parties=named_parties("Fjordline AS", "Baltic Ore Ltd"),
        date_text=day,
        date_signed=dt.date(2026, 5, 7),
    )


@pytest.mark.parametrize("day", ["Thursday", "on Thursday"])
def test_a_day_written_only_as_the_announcements_dates_no_signing(day: str) -> None:
    kept, _ = guarded(_ANNOUNCED, dt.date(2026, 5, 7), _term_sheet(day))
    assert (kept[0].date_text, kept[0].date_signed) == (None, None)


def test_a_day_also_written_as_the_signings_is_kept() -> None:
    text = _ANNOUNCED.replace(
        "The companies did not say when the term sheet was signed.",
        "The term sheet was signed on Thursday in Oslo.",
    )
    kept, _ = guarded(text, dt.date(2026, 5, 7), _term_sheet("Thursday"))
    assert kept[0].date_signed == dt.date(2026, 5, 7)
