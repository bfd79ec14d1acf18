"""Rules of the session of 2026-12-06 20:14 UTC, from blind70's leftovers, on texts of our
own that fail on the code before them: a list of Chinese signers "分别代表本单位" signing,
a title with a remark in brackets before the name ("副院长（主持工作）"), and the bodies a
sentence lists as signing a 《title》 together."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement
from coopllm.titles import name_ending

DAY = dt.date(2026, 1, 6)
SIGNING = (
    "12月30日上午，江屿市第一人民医院（以下简称“市一院”）与青湾县人民医院、石潭县中医医院、"
    "北岭县人民医院共同签署《江屿市妇幼专科联盟合作协议》。"
    "市一院院长梁文杰，青湾县人民医院院长卢晓东，石潭县中医医院院长（代）韦秀兰，北岭县人民医院"
    "副院长（主持工作）上官明分别代表本单位在协议上签字。\n"
)


def test_a_name_after_a_title_and_its_remark_in_brackets_ends_the_item() -> None:
    assert name_ending("北岭县人民医院副院长（主持工作）上官明") == "上官明"
    assert name_ending("院长（代）韦秀兰") == "韦秀兰"
    assert name_ending("有限公司（以下简称华擎）王涛") is None  # a body's short form


def test_every_signer_listed_before_respectively_signing_is_added() -> None:
    agreement = Agreement(
        title="江屿市妇幼专科联盟合作协议",
        parties=named_parties("市一院", "青湾县人民医院", "石潭县中医医院", "北岭县人民医院"),
        signatories=named_people("梁文杰"),
    )
    kept, _ = guarded(SIGNING, DAY, agreement)
    names = [p.name for p in kept[0].signatories]
    assert sorted(n or "" for n in names) == sorted(["梁文杰", "卢晓东", "韦秀兰", "上官明"])


def test_the_list_without_respectively_adds_no_one_unstated() -> None:
    text = SIGNING.replace("分别代表本单位在协议上签字", "出席仪式，随后双方签字")
    agreement = Agreement(
        title="江屿市妇幼专科联盟合作协议",
        parties=named_parties("市一院", "青湾县人民医院"),
        signatories=named_people("梁文杰"),
    )
    kept, _ = guarded(text, DAY, agreement)
    assert "卢晓东" not in [p.name for p in kept[0].signatories]


def test_the_bodies_listed_as_signing_the_title_together_are_parties() -> None:
    agreement = Agreement(
        title="江屿市妇幼专科联盟合作协议",
        parties=named_parties("市一院", "青湾县人民医院", "石潭县中医医院"),
    )
    kept, warnings = guarded(SIGNING, DAY, agreement)
    assert [p.name for p in kept[0].parties] == [
        "市一院",
        "青湾县人民医院",
        "石潭县中医医院",
        "北岭县人民医院",
    ]
    assert any("added party '北岭县人民医院'" in w for w in warnings)


def test_a_party_the_list_does_not_write_means_another_list() -> None:
    agreement = Agreement(
        title="江屿市妇幼专科联盟合作协议",
        parties=named_parties("市一院", "青湾县中医医院"),
    )
    kept, _ = guarded(f"{SIGNING}青湾县中医医院派员列席。\n", DAY, agreement)
    assert [p.name for p in kept[0].parties] == ["市一院", "青湾县中医医院"]


def test_a_list_with_an_item_that_is_no_body_adds_nothing() -> None:
    text = SIGNING.replace("北岭县人民医院共同签署", "北岭县人民医院领导共同签署")
    agreement = Agreement(
        title="江屿市妇幼专科联盟合作协议",
        parties=named_parties("市一院", "青湾县人民医院"),
    )
    kept, _ = guarded(text, DAY, agreement)
    assert [p.name for p in kept[0].parties] == ["市一院", "青湾县人民医院"]
