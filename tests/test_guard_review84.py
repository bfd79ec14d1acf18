"""A read-only review of the blind83 rules (review84) proved these over-reaches, each on a
text of its own that the rules' first form read wrong and the code before them read right:
"Chief" alone as a title ("Chief Justice Mary Ryan", "Chief Scientist Jane Doe", the "Chief
Seattle Club"), a legislator's letters after "Name, Labour MP", what is "scheduled for" a
year under a signed document, and a bullet that names a signed document and another to
come."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import named_parties, read_through

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft, Signatory
from coopllm.titles import split_title

_DAY = dt.date(2026, 3, 1)


def _read(text: str, given: Agreement) -> list[Agreement]:
    return read_through(text, _DAY, given)


@pytest.mark.parametrize(
    "name", ["Chief Scientist Jane Doe", "Chief Justice Mary Ryan", "Chief Rabbi Ephraim Mirvis"]
)
def test_chief_begins_a_longer_office(name: str) -> None:
    assert split_title(name)[1] == name


def test_a_body_named_after_a_chief_stays_a_party() -> None:
    text = (
        "The Chief Seattle Club and the University of Washington signed a housing research "
        "agreement on 12 February. It was signed by Dana Holt and Mark Ives.\n"
    )
    given = Agreement(
        title="housing research agreement",
        parties=named_parties("Chief Seattle Club", "University of Washington"),
        signatories=[Signatory(name="Dana Holt"), Signatory(name="Mark Ives")],
    )
    (kept,) = _read(text, given)
    assert [p.name for p in kept.parties] == ["Chief Seattle Club", "University of Washington"]
    assert [p.name for p in kept.signatories] == ["Dana Holt", "Mark Ives"]


def test_a_legislators_office_after_a_comma_stays_the_title() -> None:
    text = (
        "Leeds Beckett University and Kestrel Rail signed a skills partnership agreement in Leeds "
        "on 12 February. It was signed by Ruth Alder, the Labour MP, and Kestrel Rail's chief "
        "executive Tom Ray.\n"
    )
    given = Agreement(
        title="skills partnership agreement",
        parties=named_parties("Leeds Beckett University", "Kestrel Rail"),
        signatories=[Signatory(name="Ruth Alder, the Labour MP"), Signatory(name="Tom Ray")],
    )
    (kept,) = _read(text, given)
    assert kept.signatories[0].name == "Ruth Alder"


def test_what_is_scheduled_under_a_signed_document_leaves_it_signed() -> None:
    text = (
        "Kestrel Rail and Northwind Steel signed a five-year deal in Leeds on Monday for 40,000 "
        "tonnes of rail.\n\nDeliveries under the Rail Supply Agreement are scheduled for 2027, "
        "Kestrel said.\n"
    )
    given = Agreement(
        title="Rail Supply Agreement", parties=named_parties("Kestrel Rail", "Northwind Steel")
    )
    assert [a.title for a in _read(text, given)] == ["Rail Supply Agreement"]


def test_a_bullet_that_names_a_signed_document_and_another_to_come_keeps_it() -> None:
    text = (
        "KESTREL AND HOSHIDA SIGN TWO AGREEMENTS IN NAGOYA\n\n"
        "- Two agreements signed with Hoshida in Nagoya on Tuesday\n"
        "- Memorandum of Understanding under which the parties will sign a binding offtake "
        "agreement in 2027\n\nThe Joint Venture Agreement was signed by Kestrel's chief executive "
        "Ann Lee and Hoshida's president Ken Ono.\n"
    )
    day = dt.date(2026, 3, 4)
    venture = Agreement(
        title="Joint Venture Agreement",
        parties=named_parties("Kestrel", "Hoshida"),
        signatories=[Signatory(name="Ann Lee"), Signatory(name="Ken Ono")],
    )
    memorandum = Agreement(
        title="Memorandum of Understanding", parties=named_parties("Kestrel", "Hoshida")
    )
    draft = ExtractionDraft(article=Article(published=day), agreements=[venture, memorandum])
    checker = Checker(SourceIndex(text), published=day)
    merged = merge_documents(draft, SignedDocuments(), checker, published=day, notes=[])
    assert [a.title for a in merged.agreements] == [
        "Joint Venture Agreement",
        "Memorandum of Understanding",
    ]
