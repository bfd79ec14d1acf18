"""Rules made from the seventy-sixth blind set's misses, on texts of our own that fail on
the code before them: a Chinese body's name with its Latin one bracketed after it, a
port's English name bracketed after its own, a Taiwan university's masthead naming the
"本校" of its page, a place the text writes only in its government's name, and a venue's
town written with an accented capital."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Party


def _names(party: Party) -> set[str]:
    return {party.name, *party.aliases}


def test_a_chinese_name_and_its_latin_one_bracketed_are_one_party() -> None:
    text = (
        "濠江理工大學、葡萄牙泰茹建築研究所（Instituto de Arquitetura do Tejo）與橫琴綠築科技"
        "有限公司簽署低碳建築合作備忘錄。\n"
    )
    given = Agreement(
        title="低碳建築合作備忘錄",
        parties=[
            Party(name="濠江理工大學"),
            Party(name="葡萄牙泰茹建築研究所（Instituto de Arquitetura do Tejo）"),
            Party(name="葡萄牙泰茹建築研究所"),
        ],
    )
    (agreement,) = normalized(text, given)
    assert len(agreement.parties) == 2
    assert _names(agreement.parties[1]) == {
        "葡萄牙泰茹建築研究所",
        "Instituto de Arquitetura do Tejo",
    }


def test_a_ports_english_name_bracketed_after_its_own_is_its_alias() -> None:
    text = (
        "Batu Kerang Port Authority and Havenbedrijf Westerduin N.V. (Port of Westerduin) "
        "signed a memorandum.\n"
    )
    given = Agreement(
        title="memorandum",
        parties=named_parties(
            "Batu Kerang Port Authority", "Havenbedrijf Westerduin N.V. (Port of Westerduin)"
        ),
    )
    (agreement,) = normalized(text, given)
    assert _names(agreement.parties[1]) == {"Havenbedrijf Westerduin N.V.", "Port of Westerduin"}


def test_a_taiwan_universitys_masthead_names_its_pages_own_school() -> None:
    text = (
        "國立嘉澄大學 新聞中心\n首頁｜校園焦點\n\n本校與日本東陵大學線上簽署學術交流協議\n\n"
        "國立嘉澄大學與日本東陵大學以視訊方式簽署「學術交流合作協議書」，由本校校長林聖哲簽字。\n"
    )
    given = Agreement(
        title="學術交流合作協議書",
        parties=named_parties("國立嘉澄大學", "日本東陵大學", "本校"),
    )
    (agreement,) = normalized(text, given)
    assert [p.name for p in agreement.parties] == ["國立嘉澄大學", "日本東陵大學"]


def test_a_place_written_only_in_its_governments_name_is_the_government() -> None:
    text = (
        "The Government of the State of Sierra Dorada and Aguas del Altiplano S.A. signed a "
        "Water Security Cooperation Agreement on 4 November. Governor Mariela Ochoa signed "
        "for the state and Ricardo Benitez signed for the company.\n"
    )
    given = Agreement(
        title="Water Security Cooperation Agreement",
        parties=named_parties("State of Sierra Dorada", "Aguas del Altiplano S.A."),
        signatories=named_people("Mariela Ochoa", "Ricardo Benitez"),
    )
    kept, warnings = guarded(text, dt.date(2025, 11, 5), given)
    assert [p.name for p in kept[0].parties] == [
        "Government of the State of Sierra Dorada",
        "Aguas del Altiplano S.A.",
    ], warnings
    alone = text + "The State of Sierra Dorada has 2 million people.\n"
    kept, _ = guarded(alone, dt.date(2025, 11, 5), given)
    assert kept[0].parties[0].name == "State of Sierra Dorada"  # the place, written alone


def test_a_towns_venue_is_read_where_the_town_has_an_accented_capital() -> None:
    text = (
        "On 3 November, the State Water Commission and the Autonomous University of Sierra "
        "Dorada signed a project agreement at the UASD Rectory in Puerto Ámbar. Director "
        "Hector Villa and rector Lucia Arce signed it.\n"
    )
    given = Agreement(
        title="project agreement",
        date_text="On 3 November",
        location="Puerto Ámbar",  # the town: the venue the text writes there is the record's
        parties=named_parties("State Water Commission", "Autonomous University of Sierra Dorada"),
        signatories=named_people("Hector Villa", "Lucia Arce"),
    )
    kept, warnings = guarded(text, dt.date(2025, 11, 5), given)
    assert kept[0].location == "UASD Rectory in Puerto Ámbar", warnings
