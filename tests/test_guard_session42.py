"""A leftover of the twenty-fifth read-only review, on texts of our own that fail on the code
before the mend: a second witness after "witnessed it alongside", where "it" is the signing
the sentence before tells."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_PAGE = dt.date(2025, 9, 29)
_SIGNED = "Orrin Robotics and Vessa Steel signed a supply agreement on Thursday in Port Ely. "


def _witnesses(text: str) -> list[str]:
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Orrin Robotics", "Vessa Steel"),
        witnesses=named_people("Dana Holt"),
    )
    kept, _ = guarded(text, _PAGE, given)
    return [w.name or "" for w in kept[0].witnesses]


def test_who_witnessed_it_alongside_the_first_witness_is_a_witness_too() -> None:
    text = (
        f"{_SIGNED}Mayor Dana Holt, whose city hosts both plants, witnessed it alongside "
        "State Senator Ravi Menon.\n"
    )
    assert _witnesses(text) == ["Dana Holt", "Ravi Menon"]


def test_who_witnessed_the_signing_alongside_a_witness_are_witnesses() -> None:
    text = (
        f"{_SIGNED}Mayor Dana Holt witnessed the signing alongside State Senator Ravi Menon "
        "and Deputy Mayor Lin Qiu.\n"
    )
    assert _witnesses(text) == ["Dana Holt", "Ravi Menon", "Lin Qiu"]


def test_it_witnessed_after_a_sentence_of_no_signing_adds_no_one() -> None:
    text = (
        f"{_SIGNED}The port held a robotics fair the same week. Mayor Dana Holt witnessed it "
        "alongside State Senator Ravi Menon.\n"
    )
    assert _witnesses(text) == ["Dana Holt"]
