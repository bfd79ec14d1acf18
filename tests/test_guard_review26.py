"""A twelfth read-only review's finds on the session's witness rules, each a case the
first versions did worse on than the code before them (a review helper's texts, in our
words): a shorter title written on its own beside a longer one that holds it lost its
witness to the longer; a witnessing clause after a signing to come added a witness to the
day's document; a signer's aside ("witnessing his third such deal") made him no signer;
"见证了签约双方互赠纪念品" read as a signing's witnessing; a form of address taken for a
title."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement
from coopllm.titles import en_title_written_before

DAY = dt.date(2025, 6, 4)
HEAD = "Harlow and Bramford councils sign housing agreements\n\n"


def _two_agreements() -> tuple[Agreement, Agreement]:
    main = Agreement(
        title="Cooperation Agreement",
        parties=named_parties("Harlow Council", "Bramford Council"),
        signatories=named_people("Ada Reyes", "Tom Hale"),
    )
    extra = Agreement(
        title="Supplementary Cooperation Agreement",
        parties=named_parties("Harlow Council", "Bramford Council"),
        signatories=named_people("Sara Okafor", "Ben Cole"),
    )
    return main, extra


def _witnesses(text: str) -> dict[str | None, list[str | None]]:
    kept, _ = guarded(HEAD + text, DAY, *_two_agreements())
    return {a.title: [p.name for p in a.witnesses] for a in kept}


def test_a_shorter_title_written_alone_keeps_its_own_witness() -> None:
    found = _witnesses(
        "On Monday Council Leader Ada Reyes and Chief Executive Tom Hale signed the Cooperation "
        "Agreement, and Sara Okafor and Ben Cole the Supplementary Cooperation Agreement. The "
        "Cooperation Agreement was witnessed by Mayor Lin Wei, and the Supplementary "
        "Cooperation Agreement by Governor Ruth Adams."
    )
    assert found["Cooperation Agreement"] == ["Lin Wei"]
    assert "Lin Wei" not in found["Supplementary Cooperation Agreement"]


def test_a_witnessing_clause_after_a_signing_to_come_adds_no_one() -> None:
    """Only the main agreement is in the record: the supplementary one is to come."""
    main, _ = _two_agreements()
    kept, warnings = guarded(
        HEAD + "On Monday Council Leader Ada Reyes and Chief Executive Tom Hale signed the "
        "Cooperation Agreement. A second agreement is to be signed in June, with Mayor Lin "
        "Wei witnessing the signing.",
        DAY,
        main,
    )
    assert kept[0].witnesses == [], warnings


def test_a_signers_aside_of_witnessing_leaves_him_a_signer() -> None:
    text = (
        "Chief Executive Tom Hale, witnessing his third such deal this year, signed the "
        "Cooperation Agreement with Council Leader Ada Reyes on Monday."
    )
    assert Checker(SourceIndex(text)).has_evidence("Tom Hale", "signatories", person=True)


@pytest.mark.parametrize(
    ("clause", "witnesses"),
    [
        ("出席仪式，并见证了签约双方互赠纪念品。", []),
        ("出席仪式，并共同见证签约双方互换协议文本。", ["梁国栋", "唐雅丽"]),
        ("出席签约仪式，并共同见证签约。", ["梁国栋", "唐雅丽"]),
    ],
)
def test_a_witnessing_after_attending_is_of_a_signing_or_its_texts(
    clause: str, witnesses: list[str]
) -> None:
    text = (
        "青岚区与鸿远科技签署合作协议\n\n6月3日，青岚区区长孔德明与鸿远科技董事长韦思成签署合作协议。"
        f"市委书记梁国栋，副市长唐雅丽{clause}"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("青岚区", "鸿远科技"),
        signatories=named_people("孔德明", "韦思成"),
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert [p.name for p in kept.witnesses] == witnesses, warnings


@pytest.mark.parametrize("address", ["Rev.", "Engr.", "Professor Emeritus", "Hon."])
def test_a_form_of_address_is_no_title(address: str) -> None:
    text = f"The agreement was witnessed by {address} Lin Wei."
    assert en_title_written_before("Lin Wei", text) is None
