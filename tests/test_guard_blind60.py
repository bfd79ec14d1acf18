"""Rules made from the sixtieth blind set's misses, each on a text of our own that fails on
the code before them: two titles one sentence writes one right after the other, the second
verb with no subject of its own, were both signed by the signers before the first; a body
written "在…推动下", under whose auspices the signing was, is not its place."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties

from coopllm.schema import Agreement

_TWO = (
    "日前，在临川市科学技术局（以下简称“市科技局”）牵线搭桥和推动下，北岭光学研究所与临川启明智能"
    "股份有限公司科技合作签约仪式在启明智能总部举行。\n\n"
    "仪式上，北岭光学研究所副所长孟凡与启明智能董事长庞洁代表双方签署了《科技合作框架协议》，同时签订"
    "《精密镜头技术转让合同》。\n"
)


def _documents() -> list[Agreement]:
    parties = named_parties("北岭光学研究所", "临川启明智能股份有限公司")
    return [
        Agreement(title="科技合作框架协议", parties=parties),
        Agreement(title="精密镜头技术转让合同", parties=parties, location="临川市科学技术局"),
    ]


def test_two_titles_one_after_the_other_are_both_signed_by_the_same_people() -> None:
    kept, _ = guarded(_TWO, dt.date(2025, 11, 20), *_documents())
    assert [[p.name for p in a.signatories] for a in kept] == [["孟凡", "庞洁"]] * 2


def test_a_second_title_with_signers_of_its_own_is_not_the_firsts() -> None:
    text = _TWO.replace("，同时签订《", "，技术总监吴伟与研究员朱丹签订《")
    kept, _ = guarded(text, dt.date(2025, 11, 20), *_documents())
    assert [p.name for p in kept[1].signatories] != ["孟凡", "庞洁"]


def test_a_body_under_whose_auspices_the_signing_was_is_not_its_place() -> None:
    kept, _ = guarded(_TWO, dt.date(2025, 11, 20), *_documents())
    assert [a.location for a in kept] == ["启明智能总部", "启明智能总部"]
