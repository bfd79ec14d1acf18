"""Rules from the twenty-ninth blind set (``examples/blind29``), each on a text of our
own that fails on the code before them: an English body's name ends at its line; the
page's date line written again in the release's dateline is still the page's, so the
signing's "yesterday" dates it; "…, on the sidelines of the … Forum." is no part of the
venue; 执行董事 and 董事 are titles, so a party given with its director's title and name
is the company and a signer; a foreign name in Chinese keeps no bracketed Latin spelling,
and its surname written alone is the person's."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement
from coopllm.titles import clean_people

RELEASE = (
    "MINISTRY OF WATER\nPress Releases\n\n"
    "Alder and Brook launch Centre for Lake Resilience\n\n"
    "Release date: 4 March 2025\n\n"
    "KAMBARA, 4 March 2025 – The Ministry of Water and the Brook Institute yesterday signed "
    "a Memorandum of Understanding at the Kambara Convention Centre, on the sidelines of the "
    "Second Lake Forum.\n"
    "Under the memorandum the partners establish the Alder–Brook Centre for Lake "
    "Resilience.\n"
)
PAGE = dt.date(2025, 3, 4)


def _memorandum(**given: object) -> Agreement:
    return Agreement.model_validate(
        {
            "title": "Memorandum of Understanding",
            "parties": named_parties("Ministry of Water", "Brook Institute"),
            **given,
        }
    )


def test_a_bodys_english_name_ends_at_its_line() -> None:
    """The blind29 ad04's headline "… launch Centre for Catchment Resilience" over
    "Published …": the body added was "Centre for Catchment Resilience\\n\\nPublished"."""
    (kept,), warnings = guarded(RELEASE, PAGE, _memorandum())
    assert all("\n" not in body for body in kept.established_entities), warnings


def test_the_page_date_line_written_again_in_the_dateline_gives_way_to_yesterday() -> None:
    """The blind29 ad05's model gave "Release date: 4 March 2025" for "yesterday signed"."""
    given = _memorandum(date_text="Release date: 4 March 2025", date_signed=PAGE)
    (kept,), warnings = guarded(RELEASE, PAGE, given)
    assert (kept.date_text, kept.date_signed) == ("yesterday", dt.date(2025, 3, 3)), warnings


def test_on_the_sidelines_of_a_forum_is_no_part_of_the_venue() -> None:
    given = _memorandum(
        location="Kambara Convention Centre, on the sidelines of the Second Lake Forum."
    )
    (kept,), warnings = guarded(RELEASE, PAGE, given)
    assert kept.location == "Kambara Convention Centre", warnings


def test_a_party_given_with_its_executive_directors_title_and_name() -> None:
    """The blind29 ad03's "华川新能源（云岭）有限公司执行董事马骏", given as a party."""
    text = (
        "甲县与乙公司签署项目投资协议\n\n"
        "8月13日下午，甲县发展和改革局局长唐明与乙新能源（甲县）有限公司执行董事马骏签署"
        "《光伏发电项目投资协议》。\n"
    )
    given = Agreement(
        title="光伏发电项目投资协议",
        parties=named_parties("甲县发展和改革局", "乙新能源（甲县）有限公司执行董事马骏"),
        signatories=named_people("唐明"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 8, 15), given)
    parties = [p.name for p in kept.parties]
    assert parties == ["甲县发展和改革局", "乙新能源（甲县）有限公司"], warnings
    assert [p.name for p in kept.signatories] == ["唐明", "马骏"], warnings


def test_a_foreign_signer_named_by_surname_where_they_signed() -> None:
    """The blind29 ad02's model gave "艾琳·卡特赖特（Eileen Cartwright）教授", named so when
    she attended; the signing sentence writes "卡特赖特教授": her name as the Chinese text
    writes it, the title after the brackets hers, and her signing read by surname."""
    text = (
        "甲医院与乙大学签署合作备忘录\n\n"
        "12月30日晚，甲医院与乙大学合作备忘录签约仪式以视频连线方式举行。甲医院院长郑华，乙大学"
        "副校长艾琳·卡特赖特（Eileen Cartwright）教授等出席签约仪式。\n"
        "随后，郑华与卡特赖特教授分别代表双方在线签署了《合作备忘录》。\n"
    )
    given = Agreement(
        title="合作备忘录",
        parties=named_parties("甲医院", "乙大学"),
        signatories=named_people("郑华", "艾琳·卡特赖特（Eileen Cartwright）教授"),
    )
    people = clean_people(given.signatories)
    assert [(p.name, p.title) for p in people] == [("郑华", None), ("艾琳·卡特赖特", "教授")]
    (kept,), warnings = guarded(
        text, dt.date(2025, 1, 6), given.model_copy(update={"signatories": people})
    )
    assert [p.name for p in kept.signatories] == ["郑华", "艾琳·卡特赖特"], warnings
