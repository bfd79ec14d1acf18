"""This session's mends of cases the last sessions left, each on a text of our own that
fails on the code before them: an agreement initialled with its signing still to come in
the same sentence ("initialled by …; ministers are expected to sign it", "草签…，预计年底正式
签署") is no agreement signed; a date in no sentence about a signing gives way to the day
the sentence of the agreement's own signers writes (the blind31 af05's "on Oct. 8")."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Tavel and Orsa initial trade pact\n\n"
            "The Trade Framework Agreement was initialled by chief negotiators Ana Bell and "
            "Olaf Rudd on Thursday; ministers are expected to sign it in November.\n",
            "Trade Framework Agreement",
        ),
        (
            "甲国与乙国草签渔业协定\n\n"
            "10月8日，甲国首席谈判代表马林与乙国首席谈判代表赵川草签了《渔业协定》，预计年底正式签署。\n",
            "渔业协定",
        ),
    ],
)
def test_initialled_with_its_signing_to_come_in_the_sentence_is_no_agreement(
    text: str, title: str
) -> None:
    people = ("Ana Bell", "Olaf Rudd") if "Ana" in text else ("马林", "赵川")
    given = Agreement(
        title=title,
        parties=named_parties("Tavel", "Orsa") if "Ana" in text else named_parties("甲国", "乙国"),
        signatories=named_people(*people),
    )
    kept, warnings = guarded(text, dt.date(2025, 10, 10), given)
    assert kept == [], warnings


def test_a_date_in_no_signing_sentence_gives_way_to_its_signers_sentence() -> None:
    """The blind31 af05's model dated the memorandum by the "Thursday" the other
    agreement was only initialled; the sentence of its own signers writes its day."""
    text = (
        "Tavel, Orsa initial trade pact; port firms sign data memo\n\n"
        "VEYRA, Oct 9 - Tavel and Orsa on Thursday initialled the text of a trade framework "
        "agreement after two years of talks.\n"
        "On the sidelines, Veyra Port Authority and Orsa Harbours signed a memorandum of "
        "understanding on data sharing.\n"
        "The memorandum was signed on Oct. 8 by director general Ivo Marr and chief executive "
        "Siri Holt.\n"
    )
    given = Agreement(
        title="memorandum of understanding on data sharing",
        parties=named_parties("Veyra Port Authority", "Orsa Harbours"),
        signatories=named_people("Ivo Marr", "Siri Holt"),
        date_text="Thursday",
        date_signed=dt.date(2025, 10, 9),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 10, 9), given)
    assert kept.date_signed == dt.date(2025, 10, 8), warnings
    assert kept.date_text is not None and "Oct. 8" in kept.date_text
