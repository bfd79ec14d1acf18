"""A read-only review of blind74's rules found these faults, each on a text of its own,
failing on the code before the mends: a signed document dropped as held back because the
sentence that signs it says what "will" follow; an untitled copy kept for "并于会上签署"; a
separate untitled deal merged into the titled one; a title that names an earlier
document's signing dropped; "合作协议" signed two days later merged into the first; a
document of a counted pair dropped as held back; a hotel given up for the summit's hall;
and the siblings missed: compound kinds of document, a numbered summit, a hotel with its
town, and more Chinese kinds of body before a Latin name."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people
from test_guard_blind73 import UNTITLED_COPY, untitled_copy_folded

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement

PAGE = dt.date(2026, 3, 6)


# held_back._LOOKED_FOR: a signing done that "will take effect" stays
def test_a_document_signed_after_its_initialling_stays_though_it_will_take_effect() -> None:
    text = (
        "Veyra and Ostrand sign trade pact\n\n"
        "Negotiators from Veyra and Ostrand initialled the Trade Framework Agreement in March. "
        "Their trade ministers signed it in Veyra on Thursday, and it will take effect on 1 "
        "July.\n"
    )
    agreement = Agreement(
        title="Trade Framework Agreement", parties=named_parties("Veyra", "Ostrand")
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert [a.title for a in kept] == ["Trade Framework Agreement"]


# apply._ALSO_SIGNED: "并于会上签署" tells no second document
def test_an_untitled_copy_is_folded_though_the_signing_was_at_a_meeting() -> None:
    text = UNTITLED_COPY.replace("签署《", "举行校企合作座谈会，并于会上签署《")
    kept = untitled_copy_folded(text)
    assert len(kept) == 1
    assert kept[0].facilitators == ["青川市电池行业协会"]


_PORT = (
    "Kestrel and Aire sign port deals\n\n"
    "Kestrel Ports Ltd and Aire Logistics Pte Ltd on Monday signed the Terminal Automation "
    "Contract, worth $40 million. Kestrel chairman Tom Reid and Aire chief executive Lim Hock "
    "signed it at the port office.\n\n"
)
_PORT_PARTIES = ("Kestrel Ports Ltd", "Aire Logistics Pte Ltd")


def test_a_separate_untitled_deal_of_the_same_signers_stays_a_record() -> None:
    text = _PORT + (
        "At the same ceremony, Tom Reid and Lim Hock signed a deal under which the two "
        "companies will build a cold-storage warehouse at the port.\n"
    )
    titled = Agreement(
        title="Terminal Automation Contract",
        date_text="on Monday",
        parties=named_parties(*_PORT_PARTIES),
        signatories=named_people("Tom Reid", "Lim Hock"),
    )
    untitled = titled.model_copy(
        update={"title": None, "cooperation_areas": ["cold-storage warehouse"]}
    )
    kept, _ = guarded(text, PAGE, titled, untitled)
    assert len(kept) == 2


# apply._no_sentence_for_a_title: a name that writes an earlier document's signing stays
def test_a_title_naming_an_earlier_documents_signing_stays() -> None:
    title = "Supplementary Agreement to the Concession Agreement signed in 2019"
    text = (
        "Kestrel and Aire extend port concession\n\n"
        f"Kestrel Ports Ltd and Aire Logistics Pte Ltd on Monday signed the {title}, extending "
        "the lease to 2045. Kestrel chairman Tom Reid and Aire chief executive Lim Hock signed "
        "it at the port office.\n"
    )
    agreement = Agreement(
        title=title,
        parties=named_parties(*_PORT_PARTIES),
        signatories=named_people("Tom Reid", "Lim Hock"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert kept[0].title == title


# apply._twin_titles: a kind alone signed on another day is another document
def test_a_cooperation_agreement_signed_two_days_later_is_another_document() -> None:
    text = (
        "甲乙两公司深化港口合作\n\n"
        "3月2日，江州港务集团有限公司与海川物流有限公司签署《智慧港口建设合作协议》，江州港务集团"
        "董事长陈明与海川物流总经理刘洋代表双方签字。3月4日，陈明与刘洋再次代表双方签署一份合作协议，"
        "双方将共建冷链仓储基地。\n"
    )
    parties = named_parties("江州港务集团有限公司", "海川物流有限公司")
    people = named_people("陈明", "刘洋")
    first = Agreement(
        title="智慧港口建设合作协议",
        date_text="3月2日",
        date_signed=dt.date(2026, 3, 2),
        parties=parties,
        signatories=people,
    )
    second = Agreement(
        title="合作协议",
        date_text="3月4日",
        date_signed=dt.date(2026, 3, 4),
        parties=parties,
        signatories=people,
    )
    kept, _ = guarded(text, PAGE, first, second)
    assert len(kept) == 2


def test_a_compound_kind_alone_beside_its_full_title_is_one_record() -> None:
    text = (
        "3月2日，江州港务集团有限公司与海川物流有限公司签署《智慧物流战略合作框架协议》，"
        "江州港务集团董事长陈明与海川物流总经理刘洋代表双方签字。根据战略合作框架协议，双方将共建"
        "冷链仓储基地。\n"
    )
    parties = named_parties("江州港务集团有限公司", "海川物流有限公司")
    people = named_people("陈明", "刘洋")
    given = [
        Agreement(
            title=title,
            date_text="3月2日",
            date_signed=dt.date(2026, 3, 2),
            parties=parties,
            signatories=people,
        )
        for title in ("战略合作框架协议", "智慧物流战略合作框架协议")
    ]
    kept, _ = guarded(text, PAGE, *given)
    assert [a.title for a in kept] == ["智慧物流战略合作框架协议"]


# held_back._held_back: the signers of a counted pair sign both
def test_a_document_of_a_counted_pair_stays_though_it_had_been_postponed() -> None:
    text = (
        "Veyra and Ostrand sign fisheries and port deals\n\n"
        "Veyra Port Authority and Ostrand Fisheries Board on Thursday signed two agreements in "
        "Veyra. Both were signed by port director Ana Vega and board chair Lars Holm.\n\n"
        "The Fisheries Partnership Agreement sets catch quotas for five years. The Port "
        "Services Agreement had been due to be signed in March but was postponed over a "
        "dispute about berthing fees.\n"
    )
    given = [
        Agreement(
            title=title,
            parties=named_parties("Veyra Port Authority", "Ostrand Fisheries Board"),
            signatories=named_people("Ana Vega", "Lars Holm"),
        )
        for title in ("Fisheries Partnership Agreement", "Port Services Agreement")
    ]
    kept, _ = guarded(text, PAGE, *given)
    assert len(kept) == 2


# places._EN_AT_AN_EVENT_HELD_AT: a signing's own venue first, and a numbered summit
def test_a_signings_own_hotel_stays_before_the_summits_hall() -> None:
    text = (
        "Rostock toolmaker signs with Penang group\n\n"
        "Warnow Tools GmbH and Penang Test Alliance signed a memorandum on Tuesday at the Hotel "
        "Neptun, on the sidelines of the Baltic Chip Summit, which was held at the Hanse "
        "Congress Hall Rostock.\n"
    )
    checker = Checker(SourceIndex(text)).dated(PAGE)
    assert checker.signing_venues() == ["Hotel Neptun"]


def test_the_venue_of_a_numbered_summit() -> None:
    text = (
        "Rostock toolmaker signs with Penang group\n\n"
        "The memorandum was signed on Tuesday on the sidelines of the 2026 Baltic Chip Summit, "
        "which ran for three days at the Hanse Congress Hall Rostock.\n"
    )
    checker = Checker(SourceIndex(text)).dated(PAGE)
    assert checker.signing_venues() == ["Hanse Congress Hall Rostock"]


# places._ITS_KIND_AFTER: a hotel's kind with its town after it
def test_a_hotels_kind_and_its_town_after_its_name() -> None:
    text = (
        "Cusco firms sign with Guilin agency\n\n"
        "On Friday, Andes Rutas S.A.C. and Lijiang Travel Co., Ltd. signed a memorandum at the "
        "Casa Andina hotel in Cusco to develop joint tours.\n"
    )
    checker = Checker(SourceIndex(text)).dated(PAGE)
    assert checker.signing_venues() == ["Casa Andina hotel in Cusco"]


# apply._DESCRIBED_BEFORE: more Chinese kinds of body before a Latin name
def test_a_chinese_suppliers_kind_before_a_latin_name_is_no_part_of_it() -> None:
    text = "昨日，江州汽车集团与德国汽车零部件供应商Rheinwerk Antriebe AG签署《技术合作协议》。\n"
    agreement = Agreement(
        title="技术合作协议",
        parties=named_parties("江州汽车集团", "德国汽车零部件供应商Rheinwerk Antriebe AG"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert [p.name for p in kept[0].parties] == ["江州汽车集团", "Rheinwerk Antriebe AG"]
