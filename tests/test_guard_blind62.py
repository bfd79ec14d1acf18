"""Rules made from the sixty-second blind set's misses, each on a text of our own that fails
on the code before them: a town's name at the end of a headline under a masthead does not
go on into the standfirst below it; the forum "on the sidelines of" which a memorandum was
signed, in the town the model gave, is the venue, and so is a centre "at a ceremony at"
which two separate documents were signed; who "looked on as the two put their names to the
document" witnessed; who "had been due to sign" and was represented by the signer did not
sign; a party given again in lower case, a word's plural "s" left out, is one party; and
a paper's lead ("本报讯（记者 …）") before "日前" does not hide that the signing is told as of
recent days only."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Signatory

_HEADED = (
    "HARBOUR TRADE REVIEW\n"
    "News | Ports | Opinion\n\n"
    "Kessel port body and Brandvik firm sign crane memorandum in Oporto\n"
    "Deal covers a study of automated cranes at Kessel's main quay\n\n"
    "The Kessel Ports Authority and Brandvik Cranes A/S signed a memorandum of "
    "understanding on 3 March {venue}, the two said on Thursday.\n\n"
    "{witnessing}\n"
)
_PARTIES = ("Kessel Ports Authority", "Brandvik Cranes A/S")


def _memorandum(location: str) -> Agreement:
    return Agreement(
        title="memorandum of understanding", parties=named_parties(*_PARTIES), location=location
    )


def test_a_town_ending_a_headline_under_a_masthead_is_not_run_into_the_standfirst() -> None:
    text = _HEADED.format(venue="in Oporto", witnessing="")
    kept, _ = guarded(text, dt.date(2025, 3, 7), _memorandum("Oporto"))
    assert kept[0].location == "Oporto"


def test_the_forum_on_the_sidelines_of_which_it_was_signed_is_the_venue() -> None:
    venue = "on the sidelines of the North Sea Harbours Forum in Oporto"
    text = _HEADED.format(venue=venue, witnessing="")
    kept, _ = guarded(text, dt.date(2025, 3, 7), _memorandum("Oporto"))
    assert kept[0].location == "North Sea Harbours Forum in Oporto"


def test_who_looked_on_as_the_two_put_their_names_to_the_document_witnessed() -> None:
    witnessing = (
        "Kessel's Minister of Ports and Shipping, Anton Veldhuis, looked on as the two put "
        "their names to the document."
    )
    text = _HEADED.format(venue="in Oporto", witnessing=witnessing)
    kept, _ = guarded(text, dt.date(2025, 3, 7), _memorandum("Oporto"))
    assert [p.name for p in kept[0].witnesses] == ["Anton Veldhuis"]


def test_the_centre_at_a_ceremony_at_which_two_separate_documents_were_signed() -> None:
    text = (
        "PORT ELLIS - The Water Board and Kessler Pumps GmbH signed two separate documents "
        "on 2 May at a ceremony at the Bayside Convention Centre in Port Ellis, a supply "
        "contract and a letter of intent.\n"
    )
    given = Agreement(
        title="supply contract",
        parties=named_parties("Water Board", "Kessler Pumps GmbH"),
        location="Port Ellis",
    )
    kept, _ = guarded(text, dt.date(2025, 5, 3), given)
    assert kept[0].location == "Bayside Convention Centre in Port Ellis"


def test_who_was_due_to_sign_and_was_represented_by_the_signer_did_not_sign() -> None:
    text = (
        "The University of Harlow and Harlow Health Trust signed a research agreement on "
        "Monday.\n\n"
        "Professor Ruth Okonjo, the university's Vice-Chancellor, had been due to sign the "
        "agreement but was abroad. She was represented by Professor Ian Cole, who signed on "
        "behalf of the university. Dr Mia Lund signed for the trust.\n"
    )
    given = Agreement(
        title="research agreement",
        parties=named_parties("University of Harlow", "Harlow Health Trust"),
        signatories=named_people("Ruth Okonjo", "Ian Cole", "Mia Lund"),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 4), given)
    assert [p.name for p in kept[0].signatories] == ["Ian Cole", "Mia Lund"]


def test_a_party_given_again_in_lower_case_without_a_plural_s_is_one_party() -> None:
    text = _HEADED.format(venue="in Oporto", witnessing="")
    given = Agreement(
        parties=named_parties(
            "Kessel Ports Authority", "Brandvik Cranes A/S", "Kessel port body",
            "Kessel port authority",
        )
    )  # fmt: skip
    names = [p.name for p in normalized(text, given)[0].parties]
    assert names == ["Kessel Ports Authority", "Brandvik Cranes A/S", "Kessel port body"]


def test_a_signing_told_as_recent_after_a_papers_lead_is_undated() -> None:
    text = (
        "两校一企共建智能制造研究院\n"
        "发布时间：2025年6月20日 08:15　来源：江城日报\n\n"
        "本报讯（记者 孙悦）日前，江城大学与海澜机械集团有限公司在江城举行签约仪式，"
        "双方签署《共建智能制造研究院合作协议》。\n"
    )
    given = Agreement(
        title="共建智能制造研究院合作协议",
        parties=named_parties("江城大学", "海澜机械集团有限公司"),
        signatories=[Signatory(name=None, title="校长", organization="江城大学")],
        date_text="发布时间：2025年6月20日 08:15",
        date_signed=dt.date(2025, 6, 20),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 20), given)
    assert (kept[0].date_text, kept[0].date_signed) == ("日前", None)
