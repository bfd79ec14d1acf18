"""A read-only review's finds in the sixty-third blind set's first rules, each a text of our
own the first versions got wrong: a dateline whose sentence tells the agreement another way
("today sealed their twinning") may be the signing's day; a day before "when" the company
said it had signed is not the signing's; a founder a company is named after ("以下简称“李宁”")
is a person still; a count of contracts beside a 项目验收 document counts them."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties

from coopllm.schema import Agreement, Signatory


def test_a_dateline_that_tells_the_agreement_another_way_keeps_its_day() -> None:
    text = (
        "Eastbury and Montalto seal twinning\n\n"
        "EASTBURY, 9 June 2025 — Eastbury Town Council and the Comune di Montalto today sealed "
        "their twinning at the Town Hall. The Friendship Agreement was signed by Mayor Ann "
        "Hale and Sindaco Marco Rossi.\n"
    )
    given = Agreement(
        title="Friendship Agreement",
        parties=named_parties("Eastbury Town Council", "Comune di Montalto"),
        date_text="9 June 2025",
        date_signed=dt.date(2025, 6, 9),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 9), given)
    assert kept[0].date_signed == dt.date(2025, 6, 9)


def test_the_day_before_when_a_company_said_it_had_signed_is_not_the_signings() -> None:
    text = (
        "Acme and Beta sign MoU\nPublished: 9 June 2025\n\n"
        "Shares of Acme Holdings rose 5% on Friday, when the company said it had signed a "
        "memorandum of understanding with Beta Mining last month.\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Acme Holdings", "Beta Mining"),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 9), given)
    assert kept[0].date_signed != dt.date(2025, 6, 6)


def test_a_founder_a_company_is_named_after_is_a_person_still() -> None:
    text = (
        "李宁公司与北方体育大学签署战略合作协议\n\n"
        "4月2日，李宁（中国）体育用品有限公司（以下简称“李宁”）与北方体育大学签署战略合作协议。"
        "李宁公司创始人、董事长李宁与北方体育大学校长王强代表双方签约，市长刘军见证签约。\n"
    )
    given = Agreement(
        title="战略合作协议",
        parties=named_parties("李宁（中国）体育用品有限公司", "北方体育大学"),
        signatories=[
            Signatory(name="李宁", title="董事长", organization="李宁（中国）体育用品有限公司"),
            Signatory(name="王强", title="校长", organization="北方体育大学"),
        ],
    )
    kept, _ = guarded(text, dt.date(2025, 4, 3), given)
    first = kept[0].signatories[0]
    assert (first.name, first.organization) == ("李宁", "李宁（中国）体育用品有限公司")


def test_a_count_of_contracts_beside_a_project_acceptance_document_counts_them() -> None:
    text = (
        "甲大学与乙公司签约\n发布时间：2025-06-12 09:00\n\n"
        "6月10日，甲大学与乙科技有限公司签署两份技术开发合同及一份项目验收确认书。\n"
    )
    contract = Agreement(
        title="技术开发合同",
        parties=named_parties("甲大学", "乙科技有限公司"),
        date_text="6月10日",
        date_signed=dt.date(2025, 6, 10),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 12), contract, contract.model_copy())
    assert len(kept) == 2
