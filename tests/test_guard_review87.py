"""Over-reaches and near-misses a read-only review (review87) proved in blind85's rules,
each on a text of the review's and failing on the code it reviewed (5d46daa): signers
listed under "Signed by:", a one-line sign-off, a room's building and town before a day,
a signing pushed for in other words, a founding agreed after talks, another signing in the
paragraph after a titled one, a place listed beside its university, and "The signing
ceremony was hosted in". The last test is a find of the session's last read of its own
change, failing on 2c1e7ad: a sentence that opens on "Signed" is no sign-off."""

from __future__ import annotations

import datetime as dt

from conftest import named_parties, read_through

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.guard.reading import signed_now
from coopllm.schema import Agreement, Signatory

_JUNE = dt.date(2025, 6, 12)


def test_signers_listed_under_signed_by_sign() -> None:
    text = (
        "Kelso Marine and the University of Port Ardan on Monday signed a Memorandum of "
        "Understanding on offshore robotics research.\n\n"
        "Signed by:\n"
        "Professor Tom Hale, Vice-Chancellor, for the University of Port Ardan\n"
        "Ana Ruiz, Chief Executive, for Kelso Marine\n"
    )
    checker = Checker(SourceIndex(text), published=_JUNE)
    assert checker.role_sentence("Tom Hale", "signatories", person=True) is not None


def test_a_one_line_sign_off_names_no_signer() -> None:
    text = (
        "The Ministry of Works signed a Memorandum of Understanding with Tarka Roads Limited on "
        "Tuesday.\n\nSigned: Kunle Adebayo\nDirector, Press and Public Relations\n"
    )
    checker = Checker(SourceIndex(text), published=_JUNE)
    assert checker.role_sentence("Kunle Adebayo", "signatories", person=True) is None


def test_a_rooms_building_and_town_before_a_day_are_the_venues() -> None:
    text = (
        "The MoU was signed in Conference Room A of the Governor's Office, Government House, "
        "Makera, on Friday.\n"
    )
    venues = Checker(SourceIndex(text)).signing_venues()
    assert venues == ["Conference Room A of the Governor's Office, Government House, Makera"]


def test_a_signing_pushed_for_in_other_words_is_to_come() -> None:
    for words in (
        "双方表示将积极推动签署战略合作协议。",
        "双方表示将推动两地政府早日签署合作框架协议。",
    ):
        assert not signed_now(words)


def test_a_founding_agreed_after_talks_founds_and_one_still_talked_over_does_not() -> None:
    done = (
        "5月14日，华岳能源与江城理工大学签署战略合作协议，"
        "双方经友好商议共同成立“新能源联合研究院”。\n"
    )
    assert Checker(SourceIndex(done), published=dt.date(2025, 5, 16)).founded("新能源联合研究院")
    talked = "5月14日，华岳能源与江城理工大学签署合作协议，双方正磋商共建“储能联合实验室”。\n"
    assert not Checker(SourceIndex(talked), published=dt.date(2025, 5, 16)).founded(
        "储能联合实验室"
    )


def test_another_signing_in_the_paragraph_after_a_titled_one_stays_apart() -> None:
    text = (
        "3月19日上午，远拓智能与江城理工大学在明德楼报告厅签署《战略合作框架协议》。\n\n"
        "当天下午，远拓智能副总裁周启航与江城理工大学副校长何雅琴又代表双方就共建智能焊接联合实验室"
        "签约。\n"
    )
    parties = named_parties("远拓智能", "江城理工大学")
    signers = [Signatory(name="周启航"), Signatory(name="何雅琴")]
    titled = Agreement(
        title="战略合作框架协议", parties=parties, signatories=signers, date_text="3月19日上午"
    )
    untitled = Agreement(
        parties=parties,
        signatories=signers,
        date_text="当天下午",
        established_entities=["智能焊接联合实验室"],
    )
    kept = read_through(text, dt.date(2025, 3, 21), titled, untitled)
    assert len(kept) == 2


def test_a_place_listed_beside_its_university_is_a_party_of_its_own() -> None:
    text = (
        "Guyana, the University of Guyana and Halcrow Energy on Monday signed a tripartite "
        "Memorandum of Understanding. Natural Resources Minister Vickram Bharrat signed for "
        "Guyana and Vice-Chancellor Paloma Mohamed for the University of Guyana.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Guyana", "University of Guyana", "Halcrow Energy"),
        signatories=[Signatory(name="Vickram Bharrat"), Signatory(name="Paloma Mohamed")],
    )
    (agreement,) = read_through(text, _JUNE, given)
    assert "Guyana" in [p.name for p in agreement.parties]


def test_a_signing_ceremony_hosted_in_a_hall_is_the_signings_venue() -> None:
    text = (
        "The two universities signed a research agreement on Monday. The signing ceremony was "
        "hosted in the Senate Room of the Harbour Building.\n"
    )
    assert Checker(SourceIndex(text)).signing_venues() == ["Senate Room of the Harbour Building"]


def test_a_sentence_that_opens_on_signed_is_no_sign_off() -> None:
    text = (
        "Signed on Monday by Mayor Ruth Kemble and Tom Ashdown, the memorandum sets up a skills "
        "hub in Dunmere.\n"
    )
    checker = Checker(SourceIndex(text), published=_JUNE)
    assert checker.role_sentence("Ruth Kemble", "signatories", person=True) is not None
