"""Rules from the twenty-sixth blind set (``examples/blind26``), each on a text of our own
that fails on the code before them: a party given as "The Company", the term an
announcement defines, is the company it stands for; a title given as the person's name
again is no title."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

NOTICE = (
    "VOLUNTARY ANNOUNCEMENT: COOPERATION FRAMEWORK AGREEMENT\n\n"
    'The board of Harwick Biologics Holdings Limited (the "Company") is pleased to announce '
    "that on 2 March 2025 the Company entered into a cooperation framework agreement with "
    "Lantern Pharma Co., Ltd. The agreement was signed by Mr. Ivo Brandt, chief executive "
    "officer of the Company, and Ms. Mei Sato, general manager of Lantern Pharma.\n"
)


def test_a_party_given_as_the_defined_company_is_the_company_it_stands_for() -> None:
    given = Agreement(
        title="cooperation framework agreement",
        parties=named_parties(
            "Harwick Biologics Holdings Limited", "Lantern Pharma Co., Ltd.", "The Company"
        ),
        signatories=named_people("Ivo Brandt", "Mei Sato"),
    )
    (kept,), warnings = guarded(NOTICE, dt.date(2025, 3, 3), given)
    assert [p.name for p in kept.parties] == [
        "Harwick Biologics Holdings Limited",
        "Lantern Pharma Co., Ltd.",
    ], warnings


def test_a_title_given_as_the_name_again_is_no_title() -> None:
    people = [Signatory(name="Farid Hakimi", title="Farid Hakimi", organization="Meridian")]
    assert [(p.name, p.title) for p in clean_people(people)] == [("Farid Hakimi", None)]
