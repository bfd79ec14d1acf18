"""A read-only review's finds in the blind60 rules, each mended and tested here on a text of
our own that fails on the code before the mends: titles get the same signers only where
they stand one right after another, the one verb's subject before the first and no other
signer's verb in the sentence, and not in a group's signing ("等签约代表"); more joins read
("《甲》《乙》", "以及", "，双方还签署了"); "在…下" is no place only after words of auspices
("推动", "支持"), not "在天目山脚下"."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.schema import Agreement


def _documents(*titles: str, location: str | None = None) -> list[Agreement]:
    parties = named_parties("北岭光学研究所", "临川启明智能股份有限公司")
    return [Agreement(title=title, parties=parties, location=location) for title in titles]


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "孟凡与庞洁签署了《框架协议》，吴伟与朱丹签署了《转让合同》和《保密协议》。",
            ("框架协议", "转让合同"),
        ),
        (
            "孟凡与庞洁签署了《补充协议》，吴伟与朱丹签署了《转让合同》，作为《框架协议》和《补充协议》"
            "的配套。",
            ("补充协议", "转让合同"),
        ),
    ],
)
def test_two_pairs_signing_two_titles_are_not_each_others(
    sentence: str, titles: tuple[str, str]
) -> None:
    kept, _ = guarded(f"11月18日，{sentence}\n", dt.date(2025, 11, 20), *_documents(*titles))
    assert all(len(a.signatories) <= 2 for a in kept)


def test_a_groups_signing_of_many_titles_names_no_ones_signers() -> None:
    text = (
        "11月18日，所长孟凡与董事长庞洁等签约代表签署了《框架协议》、《转让合同》等12个合作项目。\n"
    )
    kept, _ = guarded(text, dt.date(2025, 11, 20), *_documents("框架协议", "转让合同"))
    assert all(not a.signatories for a in kept)


@pytest.mark.parametrize(
    "titles",
    [
        "《框架协议》《转让合同》",
        "《框架协议》以及《转让合同》",
        "《框架协议》，双方还签署了《转让合同》",
    ],
)
def test_more_joins_between_titles_signed_together(titles: str) -> None:
    text = f"11月18日，所长孟凡与董事长庞洁签署了{titles}。\n"
    kept, _ = guarded(text, dt.date(2025, 11, 20), *_documents("框架协议", "转让合同"))
    assert [[p.name for p in a.signatories] for a in kept] == [["孟凡", "庞洁"]] * 2


def test_a_place_at_the_foot_of_a_mountain_stays_the_venue() -> None:
    text = "11月18日，在天目山脚下，北岭光学研究所与临川启明智能股份有限公司签署了《框架协议》。\n"
    kept, _ = guarded(text, dt.date(2025, 11, 20), *_documents("框架协议", location="天目山"))
    assert kept[0].location == "天目山"
