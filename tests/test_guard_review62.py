"""A read-only review's finds in the sixty-second blind set's first rules, each a text of our
own the first versions got wrong: another party's representative, or one at another event,
is no sign that a person did not sign, nor is a clause "who signed …" a role between
commas; who is "looked on as" something, or looked on as something else was done, did not
witness; two names in capitals that differ by a plural "s", or an acronym's last "S", are
two parties, and so are a parent and a subsidiary of different legal forms; the sidelines
of a visit are no venue."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Party

_SIGNED = (
    "Harlow University and Harlow Health Trust sign research agreement\n\n"
    "The University of Harlow and Harlow Health Trust signed a research agreement on "
    "Monday. {then}\n"
)


def _signers(then: str, *names: str) -> list[str]:
    given = Agreement(
        title="research agreement",
        parties=named_parties("University of Harlow", "Harlow Health Trust"),
        signatories=named_people(*names),
    )
    kept, _ = guarded(_SIGNED.format(then=then), dt.date(2025, 6, 4), given)
    return [p.name or "" for p in kept[0].signatories]


@pytest.mark.parametrize(
    "then",
    [
        "Professor Ruth Okonjo was expected to sign the agreement and signed it on Monday, "
        "while the trust was represented by Dr Mia Lund, who signed for the trust.",
        "Professor Ruth Okonjo was expected to sign the agreement and signed it on Monday. "
        "She was represented by her deputy at the press conference afterwards. Dr Mia Lund "
        "signed for the trust.",
    ],
)
def test_anothers_representative_is_no_sign_that_one_did_not_sign(then: str) -> None:
    assert _signers(then, "Ruth Okonjo", "Mia Lund") == ["Ruth Okonjo", "Mia Lund"]


def test_a_clause_who_signed_between_commas_is_no_role() -> None:
    then = (
        "Professor Ian Cole, who signed the agreement for the university, did not sign the "
        "data-sharing protocol, which is still being negotiated. Dr Mia Lund signed for the "
        "trust."
    )
    assert _signers(then, "Ian Cole", "Mia Lund") == ["Ian Cole", "Mia Lund"]


@pytest.mark.parametrize(
    "after",
    [
        "Mayor Alan Hart, long looked on as a champion of the project, spoke after the "
        "agreement was signed.",
        "After the signing, Mayor Alan Hart looked on as the first patients were admitted "
        "to the new ward.",
    ],
)
def test_who_is_looked_on_as_something_or_watched_something_else_did_not_witness(
    after: str,
) -> None:
    text = (
        "The University of Harlow and Harlow Health Trust signed a research agreement on "
        f"Monday, with Professor Ian Cole signing for the university and Dr Mia Lund for the "
        f"trust. {after}\n"
    )
    given = Agreement(
        title="research agreement",
        parties=named_parties("University of Harlow", "Harlow Health Trust"),
        signatories=named_people("Ian Cole", "Mia Lund"),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 4), given)
    assert kept[0].witnesses == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The National Institute of Health of Pakistan and the National Institutes of Health "
            "signed a memorandum on Monday.",
            named_parties("National Institute of Health", "National Institutes of Health"),
        ),
        (
            "Beta Institute of Technology (BIT) and BITS Pilani signed a memorandum on Monday.",
            [Party(name="Beta Institute of Technology", aliases=["BIT"]), Party(name="BITS")],
        ),
        (
            "Siemens AG, its listed Indian subsidiary Siemens Ltd and IIT Madras signed a "
            "memorandum on Monday.",
            named_parties("Siemens AG", "Siemens Ltd", "IIT Madras"),
        ),
    ],
)
def test_names_in_capitals_that_differ_by_a_plural_or_a_legal_form_are_two_parties(
    text: str, parties: list[Party]
) -> None:
    kept = normalized(text, Agreement(parties=parties))
    assert [p.name for p in kept[0].parties] == [p.name for p in parties]


def test_the_sidelines_of_a_visit_are_no_venue() -> None:
    text = (
        "The Kessel Ports Authority and Brandvik Cranes A/S signed a memorandum of "
        "understanding on 3 March on the sidelines of Prime Minister Costa's State Visit in "
        "Lisbon.\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Kessel Ports Authority", "Brandvik Cranes A/S"),
        location="Lisbon",
    )
    kept, _ = guarded(text, dt.date(2025, 3, 7), given)
    assert kept[0].location == "Lisbon"
