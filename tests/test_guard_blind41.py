"""Rules made from the forty-first blind set's misses, each on a text of our own that fails
on the code before them: undated agreements take the one day the signing sentences give; a
witness named before a relative clause; a ceremony "in the atrium of" a named building; a
Traditional page's "上週四", its day read across a bracket's comma, over the model's "本月
中旬" of the visit; a body a title's alliance founds as its branch, named after a party."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_CAMPUS = (
    "DALTON, Ore. - Dalton State University and Ridgeway Aero Inc. on Thursday signed an "
    "amendment extending their research partnership.\n\n"
    'The document, titled "Amendment No. 2 to the Research Agreement," was signed by '
    "President Elena Ruiz and CEO Tom Hart during a ceremony in the atrium of Halvorsen "
    "Engineering Hall.\n\n"
    "At the same ceremony, Provost Dan Okoro and President Lin Shoe of Umpqua College signed "
    "a memorandum of understanding on transfers.\n\n"
    "State Sen. Rachel Dunn, whose district includes the campus, witnessed both signings.\n"
)


def _amendment(date_text: str | None = None, witnesses: tuple[str, ...] = ()) -> Agreement:
    return Agreement(
        title="Research Agreement",
        date_text=date_text,
        parties=named_parties("Dalton State University", "Ridgeway Aero Inc."),
        signatories=named_people("Elena Ruiz", "Tom Hart"),
        witnesses=named_people(*witnesses),
    )


_MEMORANDUM = Agreement(
    title="memorandum of understanding",
    parties=named_parties("Dalton State University", "Umpqua College"),
    signatories=named_people("Dan Okoro", "Lin Shoe"),
)


def test_a_campus_ceremonys_day_venue_and_witness_go_to_both_documents() -> None:
    """The blind41 ap05's, which the model gave no day, place or witness."""
    kept, _ = guarded(_CAMPUS, dt.date(2025, 9, 29), _amendment(), _MEMORANDUM)
    assert [a.date_signed for a in kept] == [dt.date(2025, 9, 25)] * 2
    assert [a.location for a in kept] == ["the atrium of Halvorsen Engineering Hall"] * 2
    assert [[p.name for p in a.witnesses] for a in kept] == [["Rachel Dunn"], ["Rachel Dunn"]]


def test_a_witness_who_signed_in_a_relative_clause_is_read_as_before() -> None:
    """The clause read past is one that holds no signing or witnessing of its own."""
    text = _CAMPUS.replace(
        "whose district includes the campus, witnessed both signings",
        "who witnessed both signings, thanked the students",
    )
    amendment = _amendment(witnesses=("Rachel Dunn",))
    kept, _ = guarded(text, dt.date(2025, 9, 29), amendment)
    assert [p.name for p in kept[0].witnesses] == ["Rachel Dunn"]


_VISIT = (
    "校長率團訪德 東濱科大與施瓦本大學簽署學術合作協議\n\n"
    "發布日期：2025-10-20\n\n"
    "本校校長廖啟賢率團於本月中旬赴德國參訪。訪問團上週四在德國斯圖加特與施瓦本大學（Hochschule "
    "Schwaben，以下簡稱HSS）簽署「學術交流與合作協議」，由廖啟賢校長與HSS校長Katrin Vogel代表雙方"
    "簽署。\n"
)


def test_a_traditional_pages_last_thursday_dates_the_signing_over_the_visits_month() -> None:
    """The blind41 ap03's: the model's "本月中旬", the visit's; the signing "上週四", its day
    before a bracket whose comma cut the clause."""
    given = Agreement(
        title="學術合作協議",
        date_text="本月中旬",
        parties=named_parties("國立東濱科技大學", "施瓦本大學"),
        signatories=named_people("廖啟賢", "Katrin Vogel"),
    )
    kept, _ = guarded(_VISIT, dt.date(2025, 10, 20), given)
    assert kept[0].date_text == "上週四"
    assert kept[0].date_signed == dt.date(2025, 10, 16)


def test_an_alliances_branch_named_after_its_hospital_is_founded() -> None:
    """The blind41 ap02's "云州市第一人民医院神经内科专科联盟青溪分中心", unveiled under the
    alliance's agreement, a party's name in it."""
    text = (
        "随后，韩立与黄文签署《澜州市第一人民医院心内科专科联盟合作协议》。周蔓与王东共同为“澜州市第一"
        "人民医院心内科专科联盟青溪分中心”揭牌。\n"
    )
    given = Agreement(
        title="澜州市第一人民医院心内科专科联盟合作协议",
        parties=named_parties("澜州市第一人民医院", "青溪县中医院"),
        signatories=named_people("韩立", "黄文"),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 4), given)
    assert kept[0].established_entities == ["澜州市第一人民医院心内科专科联盟青溪分中心"]
    assert [p.name for p in kept[0].witnesses] == ["周蔓", "王东"]


def test_an_undated_agreement_beside_a_dated_one_takes_no_day_of_its() -> None:
    """The one day of the signing sentences is the dated one's, maybe alone (the blind20
    u03's and blind27 ab06's second documents, signed "近日" and "On Tuesday")."""
    text = _CAMPUS.replace("At the same ceremony, Provost", "Later, Provost")
    kept, _ = guarded(text, dt.date(2025, 9, 29), _amendment(date_text="on Thursday"), _MEMORANDUM)
    assert kept[1].date_text is None
