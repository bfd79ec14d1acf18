"""Rules made from the sixty-ninth blind set's misses, on texts of our own that fail on
the code before them: a document a party only has, told as no signing; a title the model
wrote in lower case, named in its signing sentence; a named room of an owner's building;
an untitled copy of a document its signing sentence calls by its kind; a party whose
signer signed for its parent; a body founded "早在" an earlier year, across clauses; the
signers of two documents, a clause each, each document named shortened."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Party


def test_a_document_a_party_only_has_is_no_signing() -> None:
    text = (
        "Tarn University renews pact with Velo Motors\n\n"
        "Tarn University and Velo Motors Ltd. signed a renewed cooperation agreement on "
        "Tuesday in Harlow. Velo, founded in 2010, also has supply contracts with three "
        "carmakers in Korea.\n"
    )
    signed = Agreement(
        title="renewed cooperation agreement",
        parties=named_parties("Tarn University", "Velo Motors Ltd."),
        signatories=[],
    )
    held = Agreement(
        title="supply contracts with three carmakers in Korea",
        parties=named_parties("Velo Motors Ltd.", "three carmakers in Korea"),
    )
    kept, warnings = guarded(text, dt.date(2025, 9, 12), signed, held)
    assert [a.title for a in kept] == ["renewed cooperation agreement"]
    assert any("only that a party has it" in w for w in warnings)


def test_a_lower_case_title_takes_the_name_its_signing_sentence_writes() -> None:
    text = (
        "Updated: 21 January 2026\n\n"
        "Harlow University has renewed its research partnership agreement with Brane Labs, "
        "extending ties that began in 2019. "
        "The Extended Research Partnership Agreement was signed on Monday by Provost Ann "
        "Cole and Brane Labs chief executive Ian Moss.\n"
    )
    agreement = Agreement(
        title="research partnership agreement",
        parties=named_parties("Harlow University", "Brane Labs"),
        signatories=named_people("Ann Cole", "Ian Moss"),
    )
    (kept,), _ = guarded(text, dt.date(2026, 1, 21), agreement)
    assert kept.title == "Extended Research Partnership Agreement"
    assert (kept.date_text, kept.date_signed) == ("on Monday", dt.date(2026, 1, 19))


def test_a_named_room_of_an_owners_building_is_the_venue() -> None:
    text = (
        "The agreement was signed on Friday in the Council Room of the college's Marsh "
        "Building by Dean Ann Cole and Ian Moss.\n"
    )
    venues = Checker(SourceIndex(text)).dated(dt.date(2025, 6, 9)).signing_venues()
    assert venues == ["Council Room of the college's Marsh Building"]


def test_an_untitled_copy_its_signing_sentence_calls_by_its_kind_is_its_twin() -> None:
    text = (
        "我院与海川技能署在线签署合作备忘录\n\n"
        "日前，临海职业学院与海川技能署正式签署《职业教育交流合作谅解备忘录》。"
        "院长李明与海川技能署署长周安代表双方在线签署备忘录。\n"
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
    assert [a.title for a in kept] == ["职业教育交流合作谅解备忘录"]


def test_a_party_whose_signer_signed_for_its_parent_is_the_parent() -> None:
    text = (
        "The framework agreement was signed by Port of Harlow chief Tom Reid and Eva Lund, "
        "managing director of Norse Tank Services AS, who signed on behalf of its parent company, "
        "Norse Energy Group. It covers hydrogen storage.\n"
    )
    agreement = Agreement(
        title="framework agreement",
        parties=[
            *named_parties("Port of Harlow"),
            Party(name="Norse Tank Services AS", aliases=["Eva Lund"]),
        ],
        signatories=named_people("Tom Reid", "Eva Lund"),
    )
    (kept,), _ = guarded(text, dt.date(2025, 11, 27), agreement)
    assert [(p.name, p.aliases) for p in kept.parties] == [
        ("Port of Harlow", []),
        ("Norse Energy Group", []),
    ]


def test_a_body_founded_as_early_as_an_earlier_year_across_clauses_is_not_founded_now() -> None:
    text = (
        "11月14日，江陵大学与华衡公司签署《战略合作协议》。"
        "双方合作由来已久。早在2019年，学院就与华衡公司签订了合作协议，共建了“智能焊接联合实验室”。\n"
    )
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 11, 17))
    assert not checker.founded("智能焊接联合实验室")
    now = text.replace("早在2019年", "此次签约后")
    assert Checker(SourceIndex(now)).dated(dt.date(2025, 11, 17)).founded("智能焊接联合实验室")


def test_each_clauses_signers_sign_the_document_it_names_shortened() -> None:
    text = (
        "近日，青川市人民政府与远洋装备集团有限公司签署了《共建青川海洋工程研究院合作协议》；同时，"
        "远洋海工有限公司与青川高新区管委会签署了《海上风电运维基地项目投资协议》。"
        "副市长周明与远洋装备集团副总经理陈立代表双方签署共建研究院合作协议；"
        "远洋海工有限公司总经理吴涛与青川高新区管委会主任许峰签署项目投资协议。\n"
    )
    institute = Agreement(
        title="共建青川海洋工程研究院合作协议",
        parties=named_parties("青川市人民政府", "远洋装备集团有限公司"),
    )
    investment = Agreement(
        title="海上风电运维基地项目投资协议",
        parties=named_parties("远洋海工有限公司", "青川高新区管委会"),
        signatories=named_people("陈立", "许峰"),
    )
    kept, _ = guarded(text, dt.date(2025, 12, 3), institute, investment)
    assert [sorted(p.name or "" for p in a.signatories) for a in kept] == [
        sorted(["周明", "陈立"]),
        sorted(["吴涛", "许峰"]),
    ]
