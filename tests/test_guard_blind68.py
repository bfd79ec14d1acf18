"""Rules made from the sixty-eighth blind set's misses, on texts of our own that fail on
the code before them: a documents pass's signer that is part of a Chinese signer's name;
a room's building with its street and town; two surnames after a title; a name with its
English one bracketed; an untitled copy beside its titled twin whose title the article
writes after a party's name."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft


def test_a_part_of_a_signers_chinese_name_is_no_other_signer() -> None:
    text = (
        "11月18日，青禾医院与深蓝智医公司签约。"
        "院长陈远与深蓝智医首席执行官方嘉言签署《战略合作协议》。"
    )
    agreement = Agreement(
        title="战略合作协议",
        parties=named_parties("青禾医院", "深蓝智医公司"),
        signatories=named_people("陈远", "方嘉言"),
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    documents = SignedDocuments.model_validate(
        {"documents": [{"title": "战略合作协议", "signers": ["陈远", "嘉言"]}]}
    )
    merged = merge_documents(draft, documents, Checker(SourceIndex(text)), published=None, notes=[])
    assert [p.name for p in merged.agreements[0].signatories] == ["陈远", "方嘉言"]


def test_a_rooms_building_street_and_town_are_its_venue() -> None:
    text = (
        "Council and port sign MoU\n\n"
        "The MoU was signed at the Council Chambers, Civic Centre, 40 Quay Street, Port "
        "Meldon, by Mayor Ann Lee and port chief executive Tom Reid.\n"
    )
    venues = Checker(SourceIndex(text)).dated(dt.date(2025, 12, 4)).signing_venues()
    assert venues == ["Council Chambers, Civic Centre, 40 Quay Street, Port Meldon"]


def test_two_surnames_after_a_title_name_a_signer() -> None:
    text = (
        "Universities sign two agreements\n\n"
        "A Kestrel University delegation led by Professor Tom Hale visited the Universidad de "
        "Tordera. The agreements were signed at a meeting hosted by the Rector, Professor "
        "Lucía Ortega Salinas. Professor Hale and Professor Ortega Salinas signed both "
        "documents.\n"
    )
    agreement = Agreement(
        parties=named_parties("Kestrel University", "Universidad de Tordera"),
        signatories=named_people("Tom Hale", "Lucía Ortega Salinas"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 10), agreement)
    assert [p.name for p in kept[0].signatories] == ["Tom Hale", "Lucía Ortega Salinas"]


def test_a_name_with_its_english_one_bracketed_is_one_party() -> None:
    text = (
        "Kestrel University signed two agreements with the Universidad Politécnica de Tordera "
        "(Polytechnic University of Tordera)."
    )
    given = "Universidad Politécnica de Tordera (Polytechnic University of Tordera)"
    agreement = Agreement(parties=named_parties("Kestrel University", given))
    (kept,) = normalized(text, agreement)
    assert [(p.name, p.aliases) for p in kept.parties][1] == (
        "Universidad Politécnica de Tordera",
        ["Polytechnic University of Tordera"],
    )


def test_an_untitled_copy_beside_a_title_after_a_partys_name_is_its_twin() -> None:
    text = (
        "近日，岚山职业技术学院与华腾汽车西南分公司校企合作协议签约仪式在学院会议室举行。"
        "学院院长与公司总经理代表双方签署《校企合作协议》。\n"
    )
    parties = ("岚山职业技术学院", "华腾汽车西南分公司")
    copy = Agreement(parties=named_parties(*parties), date_text="近日")
    titled = Agreement(
        title="校企合作协议", parties=named_parties(*parties), date_signed=dt.date(2025, 11, 28)
    )
    kept, _ = guarded(text, dt.date(2025, 11, 28), copy, titled)
    assert [(a.title, a.date_text, a.date_signed) for a in kept] == [("校企合作协议", "近日", None)]


def test_a_bracketed_english_name_and_its_letters_are_aliases() -> None:
    text = "The Universidad Nacional de Tordera (National University of Tordera, UNT) signed."
    given = "Universidad Nacional de Tordera (National University of Tordera, UNT)"
    (kept,) = normalized(text, Agreement(parties=named_parties("Acme", given)))
    assert [(p.name, p.aliases) for p in kept.parties][1] == (
        "Universidad Nacional de Tordera",
        ["National University of Tordera", "UNT"],
    )
