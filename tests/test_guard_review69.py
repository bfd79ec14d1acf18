"""A review's finds in blind68's rules, each on a text of our own that the rules read
wrong before these mends: a day after a room's building read as its street; an English
body with its parent or unit bracketed read as one body in two languages; a real signer
whose name another signer's holds taken for a part of it."""

from __future__ import annotations

import datetime as dt

from conftest import named_parties, named_people, normalized

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft


def test_a_day_after_a_rooms_building_is_no_street() -> None:
    text = (
        "MoU signed\n\nThe MoU was signed in the Senate Room, Merriam Hall, 12 May, by Ana Ruiz "
        "and Tom Hale.\n"
    )
    assert Checker(SourceIndex(text)).dated(dt.date(2025, 5, 14)).signing_venues() == [
        "Senate Room"
    ]


def test_an_english_body_with_its_unit_bracketed_stays_as_given() -> None:
    text = "Bank of China (Bank of China Macau Branch) and Harbour University signed an MoU."
    given = "Bank of China (Bank of China Macau Branch)"
    (kept,) = normalized(text, Agreement(parties=named_parties(given, "Harbour University")))
    assert (kept.parties[0].name, kept.parties[0].aliases) == (given, [])


def test_a_signer_whose_name_another_holds_is_kept_where_written_alone() -> None:
    text = "5月12日，星海大学校长王伟东与蓝海科技董事长王伟签署《战略合作协议》。"
    agreement = Agreement(
        title="战略合作协议",
        parties=named_parties("星海大学", "蓝海科技"),
        signatories=named_people("王伟东"),
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    documents = SignedDocuments.model_validate(
        {"documents": [{"title": "战略合作协议", "signers": ["王伟东", "王伟"]}]}
    )
    merged = merge_documents(draft, documents, Checker(SourceIndex(text)), published=None, notes=[])
    assert [p.name for p in merged.agreements[0].signatories] == ["王伟东", "王伟"]
