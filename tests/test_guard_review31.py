"""The seventeenth read-only review's finds in the blind31 rules, each on a text of our
own that fails on the code before the mend: an agreement initialled earlier and signed in
a later sentence of its paragraph; a Chinese date_text's tail that is a manner or an
occasion, not a place ("在双方共同见证下"); a signer given twice whose second paragraph
writes the parties less their legal form."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import date_and_place
from coopllm.schema import Agreement


@pytest.mark.parametrize(
    "text",
    [
        "Tavel and Orsa initialled the Trade Framework Agreement in March. Their ministers "
        "signed it in Veyra on Thursday.\n",
        "甲国与乙国去年3月草签了《渔业协定》。10月8日，两国在丙市正式签署该协定。\n",
    ],
)
def test_initialled_then_signed_in_the_paragraph_is_an_agreement(text: str) -> None:
    title = "Trade Framework Agreement" if "Trade" in text else "渔业协定"
    given = Agreement(title=title, parties=named_parties("Tavel", "Orsa"))
    kept, warnings = guarded(f"Pact signed\n\n{text}", dt.date(2025, 10, 10), given)
    assert [a.title for a in kept] == [title], warnings


@pytest.mark.parametrize(
    "said",
    [
        "近日在双方共同见证下签订",
        "3月5日在此次大会上签署",
        "10月8日在云端签约",
        "3月5日在线上签署",
        "3月5日在北京签署",
    ],
)
def test_a_chinese_date_texts_manner_or_occasion_is_no_place(said: str) -> None:
    assert date_and_place(said) == (said, None)


def test_a_manner_after_the_date_does_not_replace_the_venue() -> None:
    text = (
        "甲国与乙国签署合作备忘录\n\n"
        "3月5日，在两国元首见证下，甲国农业部与乙国农业部在丙市会展中心签署《农业合作谅解备忘录》。\n"
    )
    given = Agreement(
        title="农业合作谅解备忘录",
        parties=named_parties("甲国农业部", "乙国农业部"),
        location="丙市会展中心",
        date_text="3月5日在两国元首见证下签署",
    )
    (kept,), warnings = guarded(text, dt.date(2025, 3, 6), given)
    assert kept.location == "丙市会展中心", warnings


def test_a_signer_given_twice_where_a_paragraph_writes_the_parties_short() -> None:
    text = (
        "甲市重点项目集中签约\n\n"
        "一、储能项目。乙县人民政府与丙能源科技股份有限公司签约，乙县县长刘安与丙能源副总裁马腾签署协议。\n"
        "二、物流园项目。县开发区管委会与丁物流签约，刘安与丁物流总经理彭远签署协议。\n"
    )
    storage = Agreement(
        title="储能项目协议",
        parties=named_parties("乙县人民政府", "丙能源科技股份有限公司"),
        signatories=named_people("刘安", "马腾"),
    )
    logistics = Agreement(
        title="物流园项目协议",
        parties=named_parties("乙县开发区管理委员会", "丁物流有限公司"),
        signatories=named_people("刘安", "彭远"),
    )
    kept, warnings = guarded(text, dt.date(2025, 6, 10), storage, logistics)
    assert [[p.name for p in a.signatories] for a in kept] == [
        ["刘安", "马腾"],
        ["刘安", "彭远"],
    ], warnings
