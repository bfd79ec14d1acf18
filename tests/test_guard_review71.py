"""A review's finds in blind70's rules, each on a text of our own that the rules read
wrong before the mend."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people, organisation_of


@pytest.mark.parametrize(
    ("text", "published", "titles"),
    [
        (
            "2025年12月30日上午，临江市人民医院与宁山县人民医院共同签署《心血管专科联盟合作协议》"
            "和《紧密型医联体协议》。\n",
            dt.date(2026, 1, 6),
            ("心血管专科联盟合作协议", "紧密型医联体协议"),
        ),
        (
            "Building on their 2019 partnership, Acme Ltd and Beta Motors on Monday signed a "
            "Supply Agreement and a Licence Agreement in Pune.\n",
            dt.date(2025, 3, 5),
            ("Supply Agreement", "Licence Agreement"),
        ),
    ],
)
def test_a_signing_beside_an_earlier_year_is_no_earlier_signing(
    text: str, published: dt.date, titles: tuple[str, str]
) -> None:
    parties = named_parties(
        *(("临江市人民医院", "宁山县人民医院") if "医院" in text else ("Acme Ltd", "Beta Motors"))
    )
    kept, _ = guarded(text, published, *(Agreement(title=t, parties=parties) for t in titles))
    assert [a.title for a in kept] == list(titles)


def test_an_owners_plant_in_the_news_around_a_signing_is_no_venue() -> None:
    text = (
        "Acme Ltd signed a memorandum with Tarn University on Monday, its third since workers "
        "went on strike at the company's plant in Chennai.\n"
    )
    assert Checker(SourceIndex(text)).dated(dt.date(2025, 3, 5)).signing_venues() == []


def test_a_body_with_a_places_name_ends_at_its_own_word() -> None:
    (person,) = clean_people([Signatory(name="广东省医师协会会长王五")])
    assert (person.name, person.title, person.organization) == ("王五", "会长", "广东省医师协会")
    assert organisation_of("乙集团亚太区总裁英格丽·索尔贝格") == "乙集团"


def test_a_name_in_brackets_after_a_title_stays_the_name() -> None:
    (person,) = clean_people([Signatory(name="北京大学校长（龚旗煌）")])
    assert person.name is not None
