"""A review's finds in blind65's and blind66's rules, each on a text of our own that the
rules read wrong before these mends: a Chinese name mapped onto another body; a plan's
signers dropped for an earlier document's "was signed by"; a purpose's place read as the
signing's venue; a headline's "to Build … in Hefei"; a short form's stop read as a
clause's end; a title the article quotes whole cut; "It was signed by" after an earlier
signing; "at the Town Hall in …" left on a title; a day counted past a date between."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.parties import zh_name_as_written
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft

_DAY = dt.date(2025, 5, 20)


def test_two_bodies_joined_are_no_name_left_short() -> None:
    text = "天津大学和南开大学与天津市人民政府签署合作协议。"
    assert zh_name_as_written("天津南开大学", text) is None


def test_a_plans_signers_stay_where_only_an_earlier_document_was_signed_by_others() -> None:
    text = (
        "State signs tech pact\n\n"
        "The cooperation agreement, which officials said would be signed by Governor Ama "
        "Yusuf and Acme Systems chief executive Paul Reed, was concluded at State House on "
        "Monday, with both leaders putting pen to paper.\n"
        "The state's previous technology agreement, with Beta Soft, was signed by former "
        "governor Bello Sani in 2019.\n"
    )
    agreement = Agreement(
        parties=named_parties("Acme Systems"), signatories=named_people("Ama Yusuf", "Paul Reed")
    )
    kept, _ = guarded(text, _DAY, agreement)
    assert [p.name for p in kept[0].signatories] == ["Ama Yusuf", "Paul Reed"]


def test_it_was_signed_by_after_an_earlier_signing_names_no_signer_of_this_one() -> None:
    text = (
        "University renews research pact\n\n"
        "Kelbridge University and Acme Systems signed a new research agreement on Monday.\n"
        "The agreement replaces a memorandum of understanding signed in 2015. It was signed "
        "by former rector Jan Novak and then-chief executive Eva Horak.\n"
    )
    agreement = Agreement(
        parties=named_parties("Kelbridge University", "Acme Systems"),
        witnesses=named_people("Jan Novak", "Eva Horak"),
    )
    kept, _ = guarded(text, _DAY, agreement)
    assert kept[0].signatories == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordwind Services signed a maintenance contract with Gallia Energie on Monday for "
        "the turbines at the EDF plant in Flamanville.",
        "Kestrel Systems signed an agreement with Gallia Energie on Monday for a new data "
        "centre at the Authority's offices in Halden.",
    ],
)
def test_where_the_work_is_done_is_no_venue_of_the_signing(sentence: str) -> None:
    checker = Checker(SourceIndex(f"Energy deal\n\n{sentence}\n")).dated(_DAY)
    assert checker.signing_venues() == []


def test_a_headlines_plant_to_build_is_no_venue_of_the_signing() -> None:
    text = (
        "Acme and Beta Sign Deal to Build Battery Plant in Hefei\n\n"
        "Acme Energy and Beta Motors signed a cooperation agreement on Monday.\n"
    )
    agreement = Agreement(parties=named_parties("Acme Energy", "Beta Motors"), location="Hefei")
    kept, _ = guarded(text, _DAY, agreement)
    assert kept[0].location is None


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("at the Gateway Visitor Center, St. Louis, by Mayor Tara Jones", "Gateway Visitor Center"),
        (
            "at Kenyatta National Hospital, Dr. Jane Mwangi told reporters",
            "Kenyatta National Hospital",
        ),
    ],
)
def test_a_short_forms_stop_ends_no_venues_town(sentence: str, venue: str) -> None:
    text = f"Deal signed\n\nThe memorandum was signed on Monday {sentence}.\n"
    assert Checker(SourceIndex(text)).dated(_DAY).signing_venues() == [venue]


def test_a_title_the_article_quotes_whole_keeps_its_place() -> None:
    title = "Memorandum of Understanding on Smart City Development in Kigali"
    text = f'City deal\n\nRwanda Digital and Kigali City signed the "{title}" in Kigali.\n'
    agreement = Agreement(title=title, parties=named_parties("Rwanda Digital", "Kigali City"))
    kept, _ = guarded(text, _DAY, agreement)
    assert kept[0].title == title


def test_at_the_venue_after_a_title_is_cut_as_the_venue_goes() -> None:
    text = (
        "Crane deal\n\nHalden Port and Corvane Robotics signed a Framework Agreement for Crane "
        "Automation at the Town Hall in Halden on Monday.\n"
    )
    agreement = Agreement(
        title="Framework Agreement for Crane Automation at the Town Hall in Halden",
        parties=named_parties("Halden Port", "Corvane Robotics"),
    )
    kept, _ = guarded(text, _DAY, agreement)
    assert kept[0].title == "Framework Agreement for Crane Automation"


def test_a_day_later_is_not_counted_past_a_date_between() -> None:
    text = (
        "Two deals\n\n"
        "Acme Robotics signed a Memorandum of Understanding with the Port of Halden on 3 May "
        "in Halden.\n\n"
        "On 10 May, Acme's board approved the European plan.\n\n"
        "A week later, Acme Robotics signed a Supply Contract with Kestrel Freight in "
        "Brantwick.\n"
    )
    first = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Acme Robotics", "Port of Halden"),
        date_text="3 May",
        date_signed=dt.date(2025, 5, 3),
    )
    second = Agreement(
        title="Supply Contract",
        parties=named_parties("Acme Robotics", "Kestrel Freight"),
        date_text="3 May",
        date_signed=dt.date(2025, 5, 3),
    )
    kept, _ = guarded(text, _DAY, first, second)
    assert kept[1].date_signed != dt.date(2025, 5, 10)


def test_a_partys_name_written_out_is_not_mapped_onto_another_body() -> None:
    """The documents pass gave the party 中国银行 with its legal form; the article writes
    another bank whose name holds it with two characters more."""
    text = (
        "5月18日，华为技术有限公司与中国银行在深圳签署全面战略合作协议。"
        "此前，华为已与中国建设银行股份有限公司开展合作。"
    )
    agreement = Agreement(
        title="全面战略合作协议", parties=named_parties("华为技术有限公司", "中国银行")
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    documents = SignedDocuments.model_validate(
        {"documents": [{"title": "全面战略合作协议", "parties": ["中国银行股份有限公司"]}]}
    )
    merged = merge_documents(draft, documents, Checker(SourceIndex(text)), published=None, notes=[])
    assert [p.name for p in merged.agreements[0].parties] == ["华为技术有限公司", "中国银行"]
