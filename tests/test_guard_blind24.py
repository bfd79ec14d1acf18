"""Rules from the twenty-fourth blind set (``examples/blind24``), each on a text of our own
that fails on the code before them: a company the model gave as its own signer too stays
a party and is no signer; "Joint Research in Soil and Water Conservation" in a title is no
venue; the less common surnames 祁 and 柏 end a signer's or an unveiler's name."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.schema import Agreement, Signatory
from coopllm.titles import name_ending

ANNOUNCEMENT = (
    "远湖智造股份有限公司关于签订战略合作框架协议的公告\n\n"
    "远湖智造股份有限公司（以下简称“公司”）于2024年7月15日与青岭市人民政府签订了《战略合作"
    "框架协议》。本协议为框架性协议，具体合作以后续签订的项目协议为准。\n"
)


def test_a_company_given_as_its_own_signer_stays_a_party_and_signs_nothing() -> None:
    """The blind24 y03's model gave the announcing company as the signer and a party: the
    party was dropped as "a person or a role", the signer kept."""
    given = Agreement(
        title="战略合作框架协议",
        agreement_type="strategic_cooperation",
        parties=named_parties("远湖智造股份有限公司", "青岭市人民政府"),
        signatories=[Signatory(name="远湖智造股份有限公司")],
    )
    (kept,), warnings = guarded(ANNOUNCEMENT, dt.date(2024, 7, 16), given)
    assert [p.name for p in kept.parties] == ["远湖智造股份有限公司", "青岭市人民政府"], warnings
    assert kept.signatories == [], warnings


def test_a_titles_research_in_a_field_is_no_venue() -> None:
    """The blind24 y04's "signed a Memorandum of Understanding on Joint Research in Soil and
    Water Conservation", whose "Soil" the guard took for the venue."""
    text = (
        "Delegation signs MoU in Almaty\n\n"
        "On December 27, Eastfield Agricultural University and the Steppe Institute signed a "
        "Memorandum of Understanding on Joint Research in Soil and Water Conservation.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Joint Research in Soil and Water Conservation",
        agreement_type="memorandum_of_understanding",
        parties=named_parties("Eastfield Agricultural University", "Steppe Institute"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 1, 6), given)
    assert kept.location is None, warnings


@pytest.mark.parametrize("name", ["祁嘉明", "柏雅琴"])
def test_less_common_surnames_end_a_name(name: str) -> None:
    """The blind24 y02's "云陵市第一人民医院院长祁嘉明", a signer, and "…主任柏雅琴", who
    unveiled the centre: neither was found."""
    assert name_ending(f"第一人民医院院长{name}") == name
