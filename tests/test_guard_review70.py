"""A review's finds in the session's rules (blind69's, and the words a pattern needs), each
on a text of our own that the rules read wrong before the mend."""

from __future__ import annotations

import datetime as dt
import re

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.lexicon import Needing
from coopllm.schema import Agreement, Party, Signatory


def test_a_lower_case_title_takes_no_name_from_another_signing() -> None:
    text = (
        "Harlow signs with Brane\n\n"
        "Harlow University and Brane Labs signed a research partnership agreement on Monday. "
        "On the same day, Brane Labs and Kell University signed the Data Research "
        "Partnership Agreement.\n"
    )
    agreement = Agreement(
        title="research partnership agreement",
        parties=named_parties("Harlow University", "Brane Labs"),
    )
    (kept, *_), _ = guarded(text, dt.date(2025, 6, 4), agreement)
    assert kept.title == "research partnership agreement"


def test_the_records_one_agreement_a_party_has_is_kept() -> None:
    text = (
        "Velo Motors now has a supply agreement with Tarn Steel. The deal was signed on "
        "Tuesday in Harlow and runs for five years.\n"
    )
    agreement = Agreement(
        title="supply agreement", parties=named_parties("Velo Motors", "Tarn Steel")
    )
    kept, _ = guarded(text, dt.date(2025, 6, 4), agreement)
    assert [a.title for a in kept] == ["supply agreement"]


def test_a_founding_after_an_earlier_years_clause_on_this_signings_day_is_now() -> None:
    text = (
        "早在2018年，江陵大学就与华衡公司开展产学研合作，11月14日，双方签署《战略合作协议》，"
        "共建“智能焊接联合实验室”。\n"
    )
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 11, 17))
    assert checker.founded("智能焊接联合实验室")


def test_a_named_room_with_its_town_is_one_venue() -> None:
    text = (
        "The agreement was signed on Friday in the Council Room of the Marsh Building, "
        "Harlow, by Dean Ann Cole and Ian Moss.\n"
    )
    venues = Checker(SourceIndex(text)).dated(dt.date(2025, 6, 9)).signing_venues()
    assert venues == ["Council Room of the Marsh Building, Harlow"]


def test_a_parents_name_ends_before_and() -> None:
    text = (
        "The framework agreement was signed by Eva Lund of Norse Tank Services AS, who signed "
        "on behalf of its parent company Norse Energy Group and Tom Reid, chief executive of "
        "the Port of Harlow.\n"
    )
    agreement = Agreement(
        title="framework agreement",
        parties=named_parties("Norse Tank Services AS", "Port of Harlow"),
        signatories=named_people("Eva Lund", "Tom Reid"),
    )
    (kept,), _ = guarded(text, dt.date(2025, 11, 27), agreement)
    assert [p.name for p in kept.parties] == ["Norse Energy Group", "Port of Harlow"]


def test_a_partys_own_short_name_given_as_a_signer_stays_its_alias() -> None:
    text = (
        "Velo Motors (Velo) and Tarn University signed a cooperation agreement. The agreement "
        "was signed by Velo and Tarn University.\n"
    )
    agreement = Agreement(
        title="cooperation agreement",
        parties=[Party(name="Velo Motors", aliases=["Velo"]), Party(name="Tarn University")],
        signatories=[Signatory(name="Velo")],
    )
    (kept,), _ = guarded(text, dt.date(2025, 6, 4), agreement)
    assert kept.parties[0].aliases == ["Velo"]


def test_a_body_sentences_shortened_title_is_another_document() -> None:
    text = (
        "我院与海川技能署在线签署合作备忘录\n\n"
        "日前，临海职业学院与海川技能署正式签署《职业教育交流合作谅解备忘录》。"
        "院长李明与海川技能署署长周安代表双方在线签署备忘录。"
        "同日，临海职业学院还与海川技能署培训中心签署了教育合作备忘录。\n"
    )
    people = ("李明", "周安")
    parties = ("临海职业学院", "海川技能署")
    untitled = Agreement(parties=named_parties(*parties), signatories=named_people(*people))
    titled = Agreement(
        title="职业教育交流合作谅解备忘录",
        parties=named_parties(*parties),
        signatories=named_people(*people),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 6), untitled, titled)
    assert len(kept) == 2


def test_a_word_needed_is_found_under_the_engines_case_folds() -> None:
    signed = Needing(re.compile(r"\bsigned\b", re.IGNORECASE), ("signed",))
    for text in ("The MoU was sıgned today.", "THE MOU WAS SİGNED"):
        assert signed.compiled.search(text) is not None
        assert signed.search(text) is not None, text
