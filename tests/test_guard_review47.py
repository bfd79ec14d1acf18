"""A read-only review's finds on the forty-sixth and forty-seventh blind sets' rules, each a
text of the reviewer's that failed on those rules as first written."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement
from coopllm.sentences import sentence_bounds


def test_a_day_that_opens_the_sentence_leaves_its_town_to_the_signing() -> None:
    text = "On Monday, in Houston, Acme Corp and Beta Inc signed a Technology License Agreement.\n"
    given = Agreement(
        title="Technology License Agreement", parties=named_parties("Acme Corp", "Beta Inc")
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert kept[0].location == "Houston"


def test_an_untitled_pair_of_no_signer_beyond_a_partial_count_stays() -> None:
    text = (
        "6月2日，海川大学签署两项协议。上午，海川大学与青湾区人民政府签署《全面合作框架协议》。\n"
        "下午，海川大学与蓝港机电有限公司签署《技术开发合作协议》。\n"
        "同日，区政府还与该公司签署了智能装备产业园投资协议。\n"
    )
    framework = Agreement(
        title="全面合作框架协议", parties=named_parties("海川大学", "青湾区人民政府")
    )
    investment = Agreement(parties=named_parties("青湾区人民政府", "蓝港机电有限公司"))
    contract = Agreement(
        title="技术开发合作协议", parties=named_parties("海川大学", "蓝港机电有限公司")
    )
    kept, _ = guarded(text, dt.date(2026, 6, 3), framework, investment, contract)
    assert len(kept) == 3


def test_an_untitled_agreement_stays_where_another_document_is_told_apart() -> None:
    text = (
        "西嶺縣政府與西嶺師範學院今（12）日簽署合作意向書，由縣長蔡明遠與院長呂佳蓉代表雙方簽署。\n"
        "雙方另外也簽署一份人才培育協議。\n"
    )
    untitled = Agreement(
        parties=named_parties("西嶺縣政府", "西嶺師範學院"),
        signatories=named_people("蔡明遠", "呂佳蓉"),
    )
    titled = untitled.model_copy(update={"title": "合作意向書"})
    kept, _ = guarded(text, dt.date(2026, 3, 12), untitled, titled)
    assert len(kept) == 2


def test_a_partys_school_after_with_is_not_where_they_signed() -> None:
    text = (
        "The Kenya Medical Research Institute signed a memorandum of understanding with the "
        "School of Public Health at Imperial College, London.\n"
    )
    given = Agreement(
        parties=named_parties("Kenya Medical Research Institute", "School of Public Health"),
        location="London",
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert kept[0].location == "London"


def test_a_degrees_abbreviation_may_end_a_sentence() -> None:
    assert (
        len(sentence_bounds("The programme awards a B.Eng. The first cohort starts in 2026.")) == 2
    )
