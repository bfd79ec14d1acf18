"""The nineteenth read-only review's finds in the blind33 rules, each on a text of our own
that fails on the code before the mend: a done signing after "准备" or "将近" and a clause
is no signing to come; a short headline ending in "Today" and a Chinese one ending in
互联网 are no labels; "a market study put together by X" is no facilitating; a place
bracketed after a founded body's name stays."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.guard.reading import signed_now
from coopllm.headline import headline
from coopllm.normalize import normalize_draft
from coopllm.schema import Agreement, Article, ExtractionDraft


@pytest.mark.parametrize(
    "said",
    [
        "经过近半年的精心准备，于12月30日正式签署合作协议。",
        "双方经过将近一年的磋商，于12月30日正式签署协议。",
    ],
)
def test_a_done_signing_after_a_clause_of_preparing_is_no_signing_to_come(said: str) -> None:
    assert signed_now(said)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hydrogen Alliance Launches Today\nPort operators and universities join forces\n\nBody.",
         "Hydrogen Alliance Launches Today"),
        ("甲市打造工业互联网·观察\n乙集团落户甲市 共建产业平台\n\n正文。",
         "甲市打造工业互联网·观察"),
    ],
)  # fmt: skip
def test_a_short_headline_is_no_publications_label(text: str, expected: str) -> None:
    assert headline(expected, text) == expected


def test_a_study_put_together_by_a_body_is_no_facilitating() -> None:
    text = (
        "Orion and Ridge sign supply deal\n\n"
        "Orion Tools and Ridge Metals signed a supply agreement on Monday. The agreement draws "
        "on a market study put together by Harbour Analytics in 2024.\n"
    )
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Orion Tools", "Ridge Metals"),
        facilitators=["Harbour Analytics"],
    )
    (kept,), warnings = guarded(text, dt.date(2025, 3, 12), given)
    assert kept.facilitators == [], warnings


def test_a_place_bracketed_after_a_founded_bodys_name_stays() -> None:
    name = "Joint Research Institute of Tianjin University (Tianjin)"
    agreement = Agreement(established_entities=[name])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    (normalized,) = normalize_draft(draft, f"They set up the {name}.").agreements
    assert normalized.established_entities == [name]
