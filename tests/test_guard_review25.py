"""An eleventh read-only review's finds on the session's three rules, each a case the
first versions did worse on than the code before them (a review helper's texts, in our
words): a title of a body before a name took a longer name's last two words, a letter
after a name or a department's words for a person; a document the day's preview or a
quote names as to come, then signed without its title ("signed both"), was dropped for
having only the other documents' signers; an untitled second document of the same two
signers and parties was merged into the titled one."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft
from coopllm.titles import listed_names

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    "item",
    [
        "President of Liberia Ellen Johnson Sirleaf",  # a name of three words
        "Secretary-General of ASEAN Kao Kim Hourn",
        "Chair of Council Richard Penhallow OBE",  # a letter after the name
        "Mayor of Harlow Ada Reyes Tuesday",
        "Head of Kelbridge Harbour Operations",  # a department, no name
        "Director of Public Health Wales",
        "Dean of Harlow Business Studies",
    ],
)
def test_no_part_of_a_longer_name_or_a_bodys_words_is_read_as_the_name(item: str) -> None:
    names = listed_names(f" {item}.", item, led=True)
    assert not any(name in {"Johnson Sirleaf", "Kim Hourn", "Penhallow OBE", "Reyes Tuesday",
                            "Harbour Operations", "Health Wales", "Business Studies"}
                   for name in names), names  # fmt: skip


def test_a_title_of_a_body_adds_no_fragment_beside_the_full_name() -> None:
    text = (
        "Liberia and Kelbridge sign port training MoU\n\n"
        "The Liberia Maritime Authority and Kelbridge Port Holdings signed a Memorandum of "
        "Understanding on port training on Thursday. The MoU was signed by Director Samuel "
        "Toe and Chief Executive Daniel Okafor, and witnessed by President of Liberia Ellen "
        "Johnson Sirleaf.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on port training",
        agreement_type="memorandum_of_understanding",
        parties=named_parties("Liberia Maritime Authority", "Kelbridge Port Holdings"),
        signatories=named_people("Samuel Toe", "Daniel Okafor"),
        witnesses=named_people("Ellen Johnson Sirleaf"),
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert [w.name for w in kept.witnesses] == ["Ellen Johnson Sirleaf"], warnings


PREVIEW = (
    "Ghana and Kelbridge sign three agreements\n\n"
    "ACCRA, May 8 - Ghana and Kelbridge signed three agreements on Tuesday during President "
    "Ada Reyes's state visit. Ahead of the visit, officials had said a Fisheries Cooperation "
    "Agreement and a Port Services Agreement would be signed during the trip. On Tuesday, "
    "Minister Kwame Asante and Minister Daniel Okafor signed both, along with a Memorandum of "
    "Understanding on Maritime Training.\n"
)
TITLES = (
    "Memorandum of Understanding on Maritime Training",
    "Fisheries Cooperation Agreement",
    "Port Services Agreement",
)


def _signed_by_both(title: str) -> Agreement:
    return Agreement(
        title=title,
        agreement_type="cooperation_agreement",
        parties=named_parties("Ministry of Fisheries", "Kelbridge"),
        signatories=named_people("Kwame Asante", "Daniel Okafor"),
    )


def test_documents_previewed_then_signed_by_the_days_signers_stay() -> None:
    draft = ExtractionDraft(
        article=Article(published=DAY), agreements=[_signed_by_both(t) for t in TITLES]
    )
    checker = Checker(SourceIndex(PREVIEW), published=DAY)
    notes: list[str] = []
    merged = merge_documents(draft, SignedDocuments(), checker, published=DAY, notes=notes)
    assert [a.title for a in merged.agreements] == list(TITLES), notes


def test_a_previewed_document_of_the_documents_pass_is_added() -> None:
    draft = ExtractionDraft(article=Article(published=DAY), agreements=[_signed_by_both(TITLES[0])])
    found = SignedDocuments.model_validate(
        {"documents": [{"title": t, "signers": ["Kwame Asante", "Daniel Okafor"]} for t in TITLES]}
    )
    checker = Checker(SourceIndex(PREVIEW), published=DAY)
    merged = merge_documents(draft, found, checker, published=DAY, notes=[])
    assert TITLES[1] in [a.title for a in merged.agreements]  # as before the rule


def test_an_untitled_second_document_of_the_same_signers_and_parties_stays() -> None:
    text = (
        "Kelbridge University and Harlow Marine sign lab deal\n\n"
        "KELBRIDGE, May 7 - Kelbridge University and Harlow Marine Ltd on Monday signed a "
        "Joint Laboratory Agreement to set up a marine robotics lab on campus. Vice-Chancellor "
        "Ruth Alder and Harlow Marine chief executive Mark Heaton signed the agreement. The two "
        "also signed a separate agreement under which Harlow Marine will offer 20 paid "
        "internships a year to Kelbridge students.\n"
    )
    parties = ("Kelbridge University", "Harlow Marine Ltd")
    titled = Agreement(
        title="Joint Laboratory Agreement",
        agreement_type="cooperation_agreement",
        parties=named_parties(*parties),
        signatories=named_people("Ruth Alder", "Mark Heaton"),
    )
    untitled = titled.model_copy(update={"title": None, "cooperation_areas": ["internships"]})
    kept, warnings = guarded(text, DAY, titled, untitled)
    assert len(kept) == 2, warnings
