"""Rules made from the eighty-third blind set's misses, on texts of our own that fail on
the code before them: a legislator's letters after a name, a First Nation's Chief and a
"President and CEO" before one, a listed company's exchange and ticker after its name, a
document "targeted for" a year to come, and a release's bullets read one by one."""

from __future__ import annotations

import datetime as dt

from conftest import named_parties, normalized

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.guard.reading import TO_COME
from coopllm.resolve import SignedDocument, SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft, Signatory
from coopllm.titles import split_title


def test_a_chief_and_titles_joined_by_and_are_titles() -> None:
    assert split_title("Chief Mary Sinclair") == ("Chief", "Mary Sinclair")
    assert split_title("Grand Chief Ross Beardy") == ("Grand Chief", "Ross Beardy")
    assert split_title("President and CEO Alan Fraser") == ("President and CEO", "Alan Fraser")


def test_a_legislators_letters_and_a_companys_ticker_are_no_part_of_the_names() -> None:
    text = (
        "Loon River First Nation and Northstar Nickel Inc. (TSX-V: NSN) signed the agreement. "
        "It was signed by Hon. Erin Walsh MLA and by Northstar's chief executive, Alan Fraser.\n"
    )
    given = Agreement(
        title="agreement",
        parties=named_parties("Loon River First Nation", "Northstar Nickel Inc. (TSX-V: NSN)"),
        signatories=[Signatory(name="Hon. Erin Walsh MLA"), Signatory(name="Alan Fraser")],
    )
    (agreement,) = normalized(text, given, published=dt.date(2025, 9, 24))
    assert [p.name for p in agreement.parties] == [
        "Loon River First Nation",
        "Northstar Nickel Inc.",
    ]
    assert agreement.signatories[0].name == "Erin Walsh"


def test_a_document_targeted_for_a_year_to_come_is_not_yet_signed() -> None:
    assert TO_COME.search("Binding supply agreement targeted for 2027")
    assert not TO_COME.search("Binding supply agreement signed in 2024")


def test_a_releases_bullets_are_read_one_by_one() -> None:
    text = (
        "STATE SIGNS LITHIUM MoU WITH KAWADA\n\n"
        "- Memorandum of Understanding signed with Kawada Corporation in Nagoya\n"
        "- Binding supply agreement targeted for 2027\n\n"
        "The Memorandum of Understanding was signed on Tuesday by Minister Erin Walsh and by "
        "Kawada's Ken Ono.\n"
    )
    draft = ExtractionDraft(
        article=Article(published=dt.date(2025, 5, 15)),
        agreements=[
            Agreement(
                title="Memorandum of Understanding",
                parties=named_parties("State", "Kawada Corporation"),
                signatories=[Signatory(name="Erin Walsh"), Signatory(name="Ken Ono")],
            )
        ],
    )
    documents = SignedDocuments(
        documents=[SignedDocument(title="Binding supply agreement", parties=["Kawada Corporation"])]
    )
    checker = Checker(SourceIndex(text), published=dt.date(2025, 5, 15))
    notes: list[str] = []
    merged = merge_documents(draft, documents, checker, published=dt.date(2025, 5, 15), notes=notes)
    assert [a.title for a in merged.agreements] == ["Memorandum of Understanding"]
