"""A rule made from the sixty-fifth blind set's misses, on texts of our own that fail on
the code before it: the signers a plan named ("is to be signed by …") are not the
signers where the article tells the signing done by others ("It was signed by …")."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties

from coopllm.schema import Agreement, Signatory

_PLANNED = (
    "Two river institutes to share flood data\n"
    "Updated: 14 May 2025\n\n"
    "The Danube Hydrology Institute (DHI) and the Sava Basin Observatory (SBO) will sign a "
    "data agreement at the Rivers Forum in Zagreb, the institutes said on Monday.\n\n"
    "The agreement is to be signed by DHI deputy head Petra Novak and SBO head of field "
    "networks Ivo Maric during the forum's first session.\n\n"
    "UPDATE: The Flood Data Sharing Agreement was signed on 13 May at the Esplanade Hotel in "
    "Zagreb. It was signed by DHI director Karl Hofer and SBO director Ana Kovac. Novak and "
    "Maric, who had been expected to sign, attended.\n"
)


def _agreement(*signers: str) -> Agreement:
    return Agreement(
        title="Flood Data Sharing Agreement",
        parties=named_parties("Danube Hydrology Institute", "Sava Basin Observatory"),
        signatories=[Signatory(name=name) for name in signers],
        date_text="13 May",
        date_signed=dt.date(2025, 5, 13),
    )


def test_the_plans_signers_give_way_to_those_who_signed() -> None:
    kept, _ = guarded(_PLANNED, dt.date(2025, 5, 14), _agreement("Petra Novak", "Ivo Maric"))
    assert [p.name for p in kept[0].signatories] == ["Karl Hofer", "Ana Kovac"]


def test_the_plans_signers_stay_where_no_other_signed() -> None:
    """Without the update, no other signer is told: the plan's stay as the model gave them
    (whether such an agreement stands is the held-back rules' to say)."""
    done = "The Flood Data Sharing Agreement was signed on 13 May in Zagreb.\n"
    text = _PLANNED.split("UPDATE:")[0] + done
    kept, _ = guarded(text, dt.date(2025, 5, 14), _agreement("Petra Novak", "Ivo Maric"))
    assert [p.name for p in kept[0].signatories] == ["Petra Novak", "Ivo Maric"]


def test_it_was_signed_by_after_the_signing_names_its_signers() -> None:
    """The words "It was signed by" after a sentence that tells the agreement signed: its signers,
    added where the model left them out."""
    text = (
        "Two river institutes share flood data\n\n"
        "The Danube Hydrology Institute and the Sava Basin Observatory will pool their gauge "
        "records.\n\n"
        "The Flood Data Sharing Agreement was signed at the Esplanade Hotel on 13 May. It was "
        "signed by DHI director Karl Hofer and SBO director Ana Kovac.\n"
    )
    kept, _ = guarded(text, dt.date(2025, 5, 14), _agreement())
    assert [p.name for p in kept[0].signatories] == ["Karl Hofer", "Ana Kovac"]


def _venue_of(sentence: str) -> str | None:
    """The location the guard takes from ``sentence`` where the model gave none."""
    text = (
        "Miner and state sign community agreement\n\n"
        "The Kessa State Government and Orin Gold Limited signed a Community Development "
        f"Agreement on Tuesday. {sentence}\n"
    )
    agreement = Agreement(
        title="Community Development Agreement",
        parties=named_parties("Kessa State Government", "Orin Gold Limited"),
        location=None,
    )
    kept, _ = guarded(text, dt.date(2025, 5, 14), agreement)
    return kept[0].location


def test_a_venues_town_after_its_comma_is_the_venue_as_written() -> None:
    signed = "The agreement was signed at Lodge House, {}"
    assert _venue_of(signed.format("Ibera, by the state's commissioner.")) == "Lodge House, Ibera"
    assert _venue_of(signed.format("Ibera.")) == "Lodge House, Ibera"
    assert _venue_of(signed.format("Tuesday, by the commissioner.")) == "Lodge House"
    assert _venue_of(signed.format("Ibera officials said.")) == "Lodge House"
    assert _venue_of(signed.format("Minister Okafor said.")) == "Lodge House"
