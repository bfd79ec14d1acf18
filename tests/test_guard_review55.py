"""A read-only review's finds in the rules made from the fifty-second to fifty-fifth blind
sets, each a text of its own on which the first version of a rule damaged a right record:
a document of two parties whose signers each sign another is no sum of them; documents
signed in turn keep the record's parties, and their signer's body no opening word; a
minister's portfolio that goes on past the words known names no one; "signed and announced
on" a day, or a day the signing's sentence writes too, stays the signing's; no venue after
what a deal is for; "online courses" and "a ceremony streamed online" are no signing from
afar."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Party, PartyKind, Signatory

_THREE_DOCUMENTS = (
    "Kestrel University and Harbour Robotics Ltd signed a cooperation agreement on Monday, "
    "with President Ann Lee and CEO Tom Reid signing for the two sides. Ann Lee also signed an "
    "internship agreement with Bay Logistics, represented by its director Sam Cole, while Tom "
    "Reid signed a donation agreement with the Kestrel University Foundation, represented by "
    "Mia Park.\n"
)


def test_a_document_whose_signers_each_sign_another_is_no_sum_of_them() -> None:
    kept, _ = guarded(
        _THREE_DOCUMENTS,
        dt.date(2026, 3, 6),
        Agreement(
            title="cooperation agreement",
            parties=named_parties("Kestrel University", "Harbour Robotics Ltd"),
            signatories=named_people("Ann Lee", "Tom Reid"),
        ),
        Agreement(
            title="internship agreement",
            parties=named_parties("Kestrel University", "Bay Logistics"),
            signatories=named_people("Ann Lee", "Sam Cole"),
        ),
        Agreement(
            title="donation agreement",
            parties=named_parties("Kestrel University Foundation", "Harbour Robotics Ltd"),
            signatories=named_people("Tom Reid", "Mia Park"),
        ),
    )
    assert [a.title for a in kept] == [
        "cooperation agreement",
        "internship agreement",
        "donation agreement",
    ]


_IN_TURN = (
    "3月18日上午，临江市人民政府与北岭大学签署战略合作协议。{opening}北岭大学临江研究院（以下简称"
    "“研究院”）院长冯达分别与两家企业签署项目合同：与临江华拓材料有限公司董事长沈明签署《隔膜材料"
    "研发合同》；与临江云帆科技有限公司总经理高远签署《视觉检测开发合同》。\n"
)


def _contract(title: str, company: str, signer: str) -> Agreement:
    institute = Party(
        name="北岭大学临江研究院", aliases=["研究院"], kind=PartyKind.RESEARCH_INSTITUTE
    )
    return Agreement(
        title=title,
        parties=[institute, Party(name=company, kind=PartyKind.COMPANY)],
        signatories=named_people("冯达", signer),
    )


@pytest.mark.parametrize("opening", ["随后，", "随后", "会上"])
def test_documents_signed_in_turn_keep_the_records_parties(opening: str) -> None:
    kept, _ = guarded(
        _IN_TURN.format(opening=opening),
        dt.date(2026, 3, 19),
        _contract("隔膜材料研发合同", "临江华拓材料有限公司", "沈明"),
        _contract("视觉检测开发合同", "临江云帆科技有限公司", "高远"),
    )
    assert [(p.name, p.aliases, p.kind) for p in kept[0].parties] == [
        ("北岭大学临江研究院", ["研究院"], PartyKind.RESEARCH_INSTITUTE),
        ("临江华拓材料有限公司", [], PartyKind.COMPANY),
    ]


def test_a_portfolio_going_on_past_the_words_known_names_no_one() -> None:
    text = (
        "Acme Energy SA and Beta University signed a research agreement in Paris on Monday, in "
        "the presence of Minister for Energy Transition Claire Morel. Chief Executive Paul "
        "Martin and President Anne Dubois signed for the two sides.\n"
    )
    given = Agreement(
        title="research agreement",
        parties=named_parties("Acme Energy SA", "Beta University"),
        signatories=named_people("Paul Martin", "Anne Dubois"),
        witnesses=[Signatory(name="Claire Morel", title="Minister for Energy Transition")],
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert [p.name for p in kept[0].witnesses] == ["Claire Morel"]


@pytest.mark.parametrize(
    ("text", "day", "signed"),
    [
        (
            "Acme Aero Ltd and Beta Engines SA signed a framework agreement for engine "
            "maintenance. The agreement was signed and announced on 12 June at the Paris Air "
            "Show.\n",
            "12 June",
            dt.date(2026, 6, 12),
        ),
        (
            "Acme Corp and Beta University signed a memorandum of understanding in Oslo on 5 "
            "March. The partnership, publicly announced on March 5, covers battery research.\n",
            "March 5",
            dt.date(2026, 3, 5),
        ),
    ],
)
def test_a_day_the_signing_also_writes_stays_its_date(text: str, day: str, signed: dt.date) -> None:
    given = Agreement(
        title="agreement",
        parties=named_parties(*text.split(" signed")[0].split(" and ")),
        date_text=day,
        date_signed=signed,
    )
    kept, _ = guarded(text, signed + dt.timedelta(days=1), given)
    assert kept[0].date_signed == signed


def test_no_venue_after_what_the_deal_is_for() -> None:
    text = (
        "Acme Solar Ltd and Beta Bank plc signed a contract on Monday to install rooftop panels "
        "at Beta's headquarters in Ashcombe.\n"
    )
    given = Agreement(title="contract", parties=named_parties("Acme Solar Ltd", "Beta Bank plc"))
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert kept[0].location is None


@pytest.mark.parametrize(
    "text",
    [
        "Acme University and Beta College will develop joint online courses in data science. "
        "The memorandum of understanding was signed on Monday in the Senate Hall of Acme "
        "University by President Ann Lee and Rector Tom Reid.\n",
        "Acme University and Beta College signed a memorandum of understanding on Monday in the "
        "Senate Hall of Acme University, in a ceremony streamed online. President Ann Lee and "
        "Rector Tom Reid signed it.\n",
    ],
)
def test_online_words_of_no_signing_leave_its_venue(text: str) -> None:
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Acme University", "Beta College"),
        signatories=named_people("Ann Lee", "Tom Reid"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert kept[0].location == "Senate Hall of Acme University"
