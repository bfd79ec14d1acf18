"""Rules made from the seventy-seventh blind set's misses, on texts of our own that fail on
the code before them: a headline's bare "deal" over a body that titles the agreement, a
body "represented by" its signer right after the signing, a patron the signing was "under",
a company's place ("UAE-based") and Latin legal form ("S.A."), a company's first word the
model left out, a body founded by "the Creation of", a place's office before a name, an
unveilers' list of bodies and titles in lower case, a witness of three nulls, a Latin
university's "Casa Central", a Japanese company written in Chinese with its maker's kind
before it, Japanese names of four characters, and signers "分别在协议上签字"."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import clean_people, listed_names


def _names(party: Party) -> set[str]:
    return {party.name, *party.aliases}


_DEAL = (
    "Harbor County, VoltGrid ink deal to power island ferries\n\n"
    "Harbor County has signed a seven-year cooperation agreement with VoltGrid Marine "
    "Limited to electrify its ferry fleet.\n\n"
    "The agreement was signed on Monday at the county hall by Ann Bell, the county's "
    "transport secretary, and Tom Rye, VoltGrid's managing director.\n"
)


def _given_twice() -> tuple[Agreement, Agreement]:
    """The signing as the model gave it twice: under a title of its own and as written."""
    signers = named_people("Ann Bell", "Tom Rye")
    parties = named_parties("Harbor County", "VoltGrid Marine Limited")
    return (
        Agreement(title="strategic cooperation agreement", parties=parties, signatories=signers),
        Agreement(title="seven-year cooperation agreement", parties=parties, signatories=signers),
    )


def test_a_headlines_bare_deal_is_the_signing_its_body_titles() -> None:
    """The model gave the signing twice, once under a title of its own (dropped) and once
    as "seven-year cooperation agreement"; the headline's "ink deal" is that one."""
    untitled, titled = _given_twice()
    kept, _ = guarded(_DEAL, dt.date(2026, 3, 4), untitled, titled)
    assert [a.title for a in kept] == ["seven-year cooperation agreement"]


def test_a_headlines_deal_of_a_kind_of_its_own_is_still_another_document() -> None:
    text = _DEAL.replace("ink deal", "ink supply deal")
    untitled, titled = _given_twice()
    kept, _ = guarded(text, dt.date(2026, 3, 4), untitled, titled)
    assert len(kept) == 2


_REPRESENTED = (
    "Kessel University and Delta Port will run a joint water laboratory.\n\n"
    "The two partners signed the Charter of the Delta Water Laboratory on 3 May at the "
    "port's offices. Kessel University was represented by its rector, Dr. Anna Vos, and "
    "Delta Port by its director, Jan Smit.\n"
)


def test_bodies_represented_right_after_the_signing_are_its_signers() -> None:
    given = Agreement(
        title="Charter of the Delta Water Laboratory",
        parties=named_parties("Kessel University", "Delta Port"),
        signatories=named_people("Anna Vos", "Jan Smit"),
    )
    kept, _ = guarded(_REPRESENTED, dt.date(2026, 5, 4), given)
    assert [p.name for p in kept[0].signatories] == ["Anna Vos", "Jan Smit"]


def test_a_body_represented_after_signers_named_by_name_attended() -> None:
    text = (
        "The charter was signed on 3 May by Mark Lee and Jo Tan. The ministry was "
        "represented by its deputy director, Anna Vos.\n"
    )
    given = Agreement(
        title="charter",
        parties=named_parties("Kessel University", "Delta Port"),
        signatories=named_people("Mark Lee", "Jo Tan", "Anna Vos"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 4), given)
    assert [p.name for p in kept[0].signatories] == ["Mark Lee", "Jo Tan"]


def test_the_patron_a_signing_was_under_did_not_sign() -> None:
    text = (
        "The Framework Agreement was signed on Sunday at the Authority's offices, under the "
        "patronage of Dr. Omar Said, who presided over the ceremony. Ali Nasser signed for "
        "the Authority and Sami Rahal signed for the company.\n"
    )
    given = Agreement(
        title="Framework Agreement",
        parties=named_parties("Ras Water Authority", "Rahal Desal LLC"),
        signatories=named_people("Omar Said", "Ali Nasser", "Sami Rahal"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), given)
    assert [p.name for p in kept[0].signatories] == ["Ali Nasser", "Sami Rahal"]


def test_a_companys_place_before_its_name_is_no_part_of_it() -> None:
    text = "The authority and UAE-based Gulf Brine Systems LLC signed a framework agreement.\n"
    given = Agreement(
        title="framework agreement",
        parties=named_parties(
            "Duqm Authority", "UAE-based Gulf Brine Systems LLC", "Gulf Brine Systems LLC"
        ),
    )
    (agreement,) = normalized(text, given)
    assert [p.name for p in agreement.parties] == ["Duqm Authority", "Gulf Brine Systems LLC"]


def test_a_latin_legal_form_leaves_the_same_company() -> None:
    text = "Loa Verde S.A. and the university signed. Loa Verde will fund the centre.\n"
    given = Agreement(
        title="agreement",
        parties=named_parties("Universidad del Loa", "Loa Verde S.A.", "Loa Verde"),
    )
    (agreement,) = normalized(text, given)
    assert len(agreement.parties) == 2
    assert agreement.parties[1].name == "Loa Verde S.A."


def test_a_companys_first_word_written_every_time_is_its_names() -> None:
    text = (
        "The Universidad del Loa (UDL), Minera Loa Verde S.A. and Denmark's Aalborg Brine "
        "Institute signed the Loa Brine Agreement on 2 March.\n"
    )
    given = Agreement(
        title="Loa Brine Agreement",
        parties=named_parties("Universidad del Loa", "Loa Verde S.A.", "Aalborg Brine Institute"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 9), given)
    assert [p.name for p in kept[0].parties][1] == "Minera Loa Verde S.A."


def test_a_peoples_word_before_a_company_is_its_country() -> None:
    text = (
        "The Universidad del Loa and the Chilean Loa Verde S.A. signed the Loa Brine "
        "Agreement on 2 March.\n"
    )
    given = Agreement(
        title="Loa Brine Agreement",
        parties=named_parties("Universidad del Loa", "Loa Verde S.A."),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 9), given)
    assert [p.name for p in kept[0].parties][1] == "Loa Verde S.A."


def test_a_body_the_title_says_the_agreement_creates_is_founded() -> None:
    text = (
        "The three partners signed the Agreement for the Creation of the Loa Brine Research "
        "Centre on 2 March in Calama, with Ana Rojas and Pedro Vial signing.\n"
    )
    given = Agreement(
        title="Agreement for the Creation of the Loa Brine Research Centre",
        parties=named_parties("Universidad del Loa", "Loa Verde S.A."),
        signatories=named_people("Ana Rojas", "Pedro Vial"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 9), given)
    assert kept[0].established_entities == ["Loa Brine Research Centre"]


def test_a_places_office_before_a_name_is_its_title() -> None:
    (person,) = clean_people([Signatory(name="Atacama regional governor Luis Pardo Soto")])
    assert (person.name, person.title, person.organization) == (
        "Luis Pardo Soto",
        "regional governor",
        "Atacama",
    )


def test_unveilers_after_their_bodies_and_titles_in_lower_case_are_named() -> None:
    clause = (
        "After the signing, Atacama regional governor Luis Pardo Soto and UDL vice-rector for "
        "research Elena Ruiz Mora jointly "
    )
    assert listed_names(clause, clause, led=True) == ["Luis Pardo Soto", "Elena Ruiz Mora"]


def test_a_witness_of_no_name_title_nor_organisation_is_dropped() -> None:
    text = "The agreement was signed by Ana Rojas and Pedro Vial, witnessed by Luis Soto.\n"
    given = Agreement(
        title="agreement",
        parties=named_parties("Universidad del Loa", "Loa Verde S.A."),
        signatories=named_people("Ana Rojas", "Pedro Vial"),
        witnesses=[*named_people("Luis Soto"), Signatory()],
    )
    kept, warnings = guarded(text, dt.date(2026, 3, 9), given)
    assert [p.name for p in kept[0].witnesses] == ["Luis Soto"]
    assert "dropped witness (unnamed): no title, no organisation" in warnings


def test_a_latin_universitys_casa_central_is_the_venue() -> None:
    text = (
        'The university and the miner signed the "Agreement for the Creation of the Arica '
        "Brine Centre\" on 2 March at the university's Casa Central in Arica. Ana Rojas and "
        "Pedro Vial signed it.\n"
    )
    given = Agreement(
        title="Agreement for the Creation of the Arica Brine Centre",
        parties=named_parties("Universidad del Loa", "Loa Verde S.A."),
        signatories=named_people("Ana Rojas", "Pedro Vial"),
        location="Arica",
    )
    kept, _ = guarded(text, dt.date(2026, 3, 9), given)
    assert kept[0].location == "Casa Central in Arica"


def test_a_japanese_company_in_chinese_without_its_makers_kind() -> None:
    text = (
        "南嶺科大與日本精密大廠東光精工株式會社簽署合作備忘錄。東光精工總部位於大阪，"
        "東光精工將派員來台。\n"
    )
    given = Agreement(
        title="合作備忘錄", parties=named_parties("南嶺科大", "日本精密大廠東光精工株式會社")
    )
    kept, _ = guarded(text, dt.date(2025, 9, 18), given)
    assert [p.name for p in kept[0].parties] == ["南嶺科大", "東光精工株式會社"]


def test_a_japanese_name_of_four_characters_witnesses() -> None:
    text = (
        "南嶺科大校長王志明與東光精工總經理陳家豪簽署《合作備忘錄》。簽約儀式由經濟部次長李國華、"
        "日本交流協會台北事務所副代表山本健一共同見證。\n"
    )
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("南嶺科大", "東光精工"),
        signatories=named_people("王志明", "陳家豪"),
    )
    kept, _ = guarded(text, dt.date(2025, 9, 18), given)
    assert [p.name for p in kept[0].witnesses] == ["李國華", "山本健一"]


def test_signers_who_each_signed_on_the_paper_are_its_signers() -> None:
    text = (
        "仪式上，副市长林华与研究院院长张强代表双方签署《战略合作框架协议》。同场签约的还有"
        "《海湾湿地修复项目合作协议》。市自然资源局局长郑军与研究院副院长上官宁分别在协议上签字。\n"
    )
    framework = Agreement(
        title="战略合作框架协议",
        parties=named_parties("丽川市人民政府", "海洋生态研究院"),
        signatories=named_people("林华", "张强"),
    )
    project = Agreement(
        title="海湾湿地修复项目合作协议",
        parties=named_parties("市自然资源局"),
        signatories=named_people("郑军"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 21), framework, project)
    assert [p.name for p in kept[1].signatories] == ["郑军", "上官宁"]
