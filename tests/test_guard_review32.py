"""The eighteenth read-only review's finds in the blind32 rules, each on a text of our own
that fails on the code before the mend: a body whose own name joins two words of others'
("Department of Science and Technology") is no two parties together ("This month" refers
to no agreement: in tests/test_guard_blind32.py); a venue's town stops before a weekday or
an owner's "'s"; a day of another doing in the signers' clause does not replace the
model's date; a postponed agreement signed later keeps its signers; a headline the model
gave nearly as written stands; a date line with a weekday is no headline; "准备" before a
done signing is no future; a date line padded with blanks is read at once."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import dateline_date
from coopllm.guard.reading import signed_now
from coopllm.headline import headline
from coopllm.schema import Agreement


def test_a_bodys_own_name_with_and_is_no_two_parties_together() -> None:
    text = (
        "Research pact\n\n"
        "The Department of Science and Technology, the Department of Environment and Science "
        "and the Queensland University of Technology on Monday signed a Tripartite Research "
        "Agreement.\n"
    )
    names = (
        "Department of Science and Technology",
        "Department of Environment and Science",
        "Queensland University of Technology",
    )
    given = Agreement(title="Tripartite Research Agreement", parties=named_parties(*names))
    (kept,), warnings = guarded(text, dt.date(2025, 3, 12), given)
    assert [p.name for p in kept.parties] == list(names), warnings


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        ("The two signed it at the Presidential Palace in Kyiv Monday.",
         "Presidential Palace in Kyiv"),
        ("It was signed at the Shangri-La Hotel in Singapore's Orchard district.",
         "Shangri-La Hotel"),
        ("It was signed at the Westin Hotel in Lagos's Victoria Island.", "Westin Hotel"),
    ],
)  # fmt: skip
def test_a_venues_town_stops_before_a_day_or_an_owners_words(said: str, venue: str) -> None:
    text = (
        "Orion and Ridgeport sign memo\n\n"
        "Orion Offshore AS and Ridgeport Holdings Ltd signed a memorandum of understanding on "
        f"Tuesday.\n{said}\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Orion Offshore AS", "Ridgeport Holdings Ltd"),
        date_text="on Tuesday",
        date_signed=dt.date(2025, 3, 11),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 3, 12), given)
    assert kept.location == venue, warnings


def test_a_day_of_another_doing_in_the_signers_clause_keeps_the_models_date() -> None:
    text = (
        "Port and harbour firm formalise data partnership\n\n"
        "Veyra Port Authority and Orsa Harbours formalised their data partnership on Monday.\n"
        "The memorandum was signed by Ivo Marr after talks that began on Oct. 28.\n"
    )
    given = Agreement(
        title="memorandum of understanding on data sharing",
        parties=named_parties("Veyra Port Authority", "Orsa Harbours"),
        signatories=named_people("Ivo Marr"),
        date_text="on Monday",
        date_signed=dt.date(2025, 11, 3),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 11, 5), given)
    assert (kept.date_text, kept.date_signed) == ("on Monday", dt.date(2025, 11, 3)), warnings


def test_a_postponed_agreement_signed_later_keeps_its_signers() -> None:
    text = (
        "Tavel and Orsa sign trade pact\n\n"
        "The Trade Framework Agreement had been expected to be signed in May by ministers Ana "
        "Bell and Olaf Rudd but was postponed over a tariff dispute.\n\n"
        "It was finally signed in Veyra on Thursday.\n"
    )
    given = Agreement(
        title="Trade Framework Agreement",
        parties=named_parties("Tavel", "Orsa"),
        signatories=named_people("Ana Bell", "Olaf Rudd"),
    )
    kept, warnings = guarded(text, dt.date(2025, 10, 10), given)
    assert [a.title for a in kept] == ["Trade Framework Agreement"], warnings


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Eastmoor Today\nPress Release\nEastmoor University and Acme Robotics sign five-year "
         "research partnership on marine drones.\n\nBody.\n",
         "Eastmoor University and Acme Robotics sign five-year research partnership on marine "
         "drones"),
        ("江淮理工大学\n学校要闻\n当前位置：首页 > 学校要闻\n"
         "喜报！我校与青禾集团签署战略合作协议，共建智能制造联合研究院！\n\n正文。\n",
         "我校与青禾集团签署战略合作协议，共建智能制造联合研究院"),
    ],
)  # fmt: skip
def test_a_headline_the_model_gave_nearly_as_written_stands(text: str, given: str) -> None:
    assert headline(given, text) == given


def test_a_date_line_with_its_weekday_is_no_headline() -> None:
    text = (
        "Orion and Ridgeport sign framework agreement\nPRESS RELEASE\n"
        "Thursday, June 12, 2025 \u2014\n\n"
        "Orion Tools Inc. and Ridgeport University yesterday signed a Framework Agreement on "
        "Irrigation Pilots.\n"
    )
    given = "Framework Agreement on Irrigation Pilots"
    assert headline(given, text) == "Orion and Ridgeport sign framework agreement"


def test_preparing_before_a_done_signing_is_no_signing_to_come() -> None:
    assert signed_now("双方经过近一年的沟通准备正式签署了合作协议。")
    assert not signed_now("，预计年底正式签署。")


def test_a_date_line_padded_with_blanks_is_read_at_once() -> None:
    started = time.process_time()
    dateline_date("June 12, 2025" + " " * 20000 + "x\n\nbody")
    assert time.process_time() - started < 0.5  # some seconds before the mend
