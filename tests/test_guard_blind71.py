"""Rules made from the seventy-first blind set's misses, on texts of our own that fail on
the code before them: a Chinese name right after its body's name with no title, the venue
a model gave as a party, a second signing's parties given as its people and its day told
"in a separate ceremony", a signer who "signed for" a side, a founded body's name cut
short, a unit of a university given beside it."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement
from coopllm.titles import name_ending, one_of_its_people


def test_a_chinese_name_right_after_its_bodys_name_ends_the_item() -> None:
    assert name_ending("青山农科院韦德昌") == "韦德昌"
    assert name_ending("华澄科技有限公司马骁") == "马骁"
    assert name_ending("杨浦区吴芳") is None  # a place before: not read so
    assert one_of_its_people("青山农科院韦德昌", named_people("韦德昌"))


def test_a_list_signing_respectively_with_a_name_after_its_body() -> None:
    text = (
        "12月31日下午，东坪县职业技术学院与青山市农业科学研究院（以下简称“青山农科院”）在学院"
        "报告厅签署《农业技术服务战略合作框架协议》。东坪县职业技术学院院长黎春燕、青山农科院韦德昌"
        "分别代表双方在协议上签字。\n"
    )
    agreement = Agreement(
        title="农业技术服务战略合作框架协议",
        parties=[*named_parties("东坪县职业技术学院", "青山市农业科学研究院")],
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), agreement)
    assert sorted(p.name or "" for p in kept[0].signatories) == ["韦德昌", "黎春燕"]


def test_the_venue_given_as_a_party_gives_way_to_the_body_the_list_writes() -> None:
    text = (
        "12月30日上午，东坪县人民政府与锦湖绿能集团有限公司（以下简称“锦湖绿能”）在青山市国际"
        "会议中心签署《东坪县分布式光伏项目投资协议》。东坪县县长陶文斌与锦湖绿能副总裁沈启航代表"
        "双方签约。\n"
    )
    agreement = Agreement(
        title="东坪县分布式光伏项目投资协议",
        parties=named_parties("锦湖绿能集团有限公司", "青山市国际会议中心"),
    )
    kept, warnings = guarded(text, dt.date(2026, 1, 5), agreement)
    assert [p.name for p in kept[0].parties] == ["锦湖绿能集团有限公司", "东坪县人民政府"]
    assert any("dropped party '青山市国际会议中心'" in w for w in warnings)


SECOND_SIGNING = (
    "BERGEN, May 22 -- The Port of Skarvik Authority and Donghai Line Co., Ltd. signed a "
    "memorandum of understanding here on Tuesday on a green shipping corridor. It was signed "
    "by Skarvik port director Ingrid Solvang and Donghai chairman Xu Peng.\n\n"
    "In a separate ceremony on Wednesday, Fjordby University College and Zhejiang Maritime "
    "College (ZMC) signed a student exchange agreement at Zhejiang Maritime College's "
    "Yinzhou campus. Fjordby rector Ole Brekstad signed for the Norwegian college, and ZMC's "
    "vice-president for international affairs signed for the Chinese side.\n"
)


def second_signing(text: str = SECOND_SIGNING) -> tuple[list[Agreement], list[str]]:
    """The guard's record of two signings, the second's parties given as its people."""
    port = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Port of Skarvik Authority", "Donghai Line Co., Ltd."),
        date_text="Tuesday",
        date_signed=dt.date(2025, 5, 20),
        signatories=named_people("Ingrid Solvang", "Xu Peng"),
    )
    exchange = Agreement(
        title="student exchange agreement",
        parties=named_parties(
            "Fjordby rector Ole Brekstad", "ZMC's vice-president for international affairs"
        ),
        date_text="Tuesday",
        date_signed=dt.date(2025, 5, 20),
        location="Zhejiang Maritime College's Yinzhou campus",
    )
    return guarded(text, dt.date(2025, 5, 22), port, exchange)


def test_a_signings_people_given_as_parties_give_way_to_the_bodies_at_its_venue() -> None:
    kept, _ = second_signing()
    parties = [(p.name, p.aliases) for p in kept[1].parties]
    assert parties == [("Fjordby University College", []), ("Zhejiang Maritime College", ["ZMC"])]


def test_a_day_told_in_a_separate_ceremony_is_that_signings_own() -> None:
    kept, _ = second_signing()
    assert (kept[1].date_text, kept[1].date_signed) == ("on Wednesday", dt.date(2025, 5, 21))
    assert kept[0].date_signed == dt.date(2025, 5, 20)


def test_a_signer_who_signed_for_a_side_after_the_signing_sentence_is_added() -> None:
    kept, _ = second_signing()
    assert "Ole Brekstad" in [p.name for p in kept[1].signatories]
    assert "Ole Brekstad" not in [p.name for p in kept[0].signatories]


def test_signing_for_a_side_states_a_signer_and_for_a_cause_does_not() -> None:
    text = "Rector Ole Brekstad signed for the Norwegian college on Tuesday.\n"
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 5, 22))
    assert checker.states("Ole Brekstad", "signatories")
    other = "Rector Ole Brekstad signed for the delivery of the parcels on Tuesday.\n"
    checker = Checker(SourceIndex(other)).dated(dt.date(2025, 5, 22))
    assert not checker.states("Ole Brekstad", "signatories")


def test_a_founded_bodys_name_cut_short_is_taken_in_full() -> None:
    text = (
        "Under the agreement, the partners will set up the Skarvik-Tanvale Joint Centre for "
        "mRNA Process Development in Port Elwyn. The Skarvik-Tanvale Joint Centre for mRNA "
        "Process Development will open next year.\n"
    )
    agreement = Agreement(
        title="Agreement on the Joint Centre",
        parties=named_parties("Skarvik", "Tanvale"),
        established_entities=["Skarvik-Tanvale Joint Centre"],
    )
    kept, _ = guarded(text, dt.date(2025, 10, 9), agreement)
    assert kept[0].established_entities == [
        "Skarvik-Tanvale Joint Centre for mRNA Process Development"
    ]
    alone = f"{text}The Skarvik-Tanvale Joint Centre will be run by both.\n"
    kept, _ = guarded(alone, dt.date(2025, 10, 9), agreement)
    assert kept[0].established_entities == ["Skarvik-Tanvale Joint Centre"]


def test_a_unit_of_a_party_no_signing_names_is_no_party() -> None:
    text = (
        "昨日上午，淮南理工大学与启明新能源科技股份有限公司签署《共建固态电池联合实验室合作协议》。"
        "双方将依托淮南理工大学材料科学与工程学院的学科优势开展联合攻关。\n"
    )
    agreement = Agreement(
        title="共建固态电池联合实验室合作协议",
        parties=named_parties(
            "淮南理工大学", "启明新能源科技股份有限公司", "淮南理工大学材料科学与工程学院"
        ),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 20), agreement)
    assert [p.name for p in kept[0].parties] == ["淮南理工大学", "启明新能源科技股份有限公司"]
    signed = text.replace(
        "淮南理工大学与启明新能源", "淮南理工大学材料科学与工程学院、淮南理工大学与启明新能源"
    )
    kept, _ = guarded(signed, dt.date(2025, 11, 20), agreement)
    assert len(kept[0].parties) == 3


def test_a_year_a_partnership_has_run_since_is_no_earlier_signings() -> None:
    text = (
        "【本报讯】香港海景医院与深圳市西湾人民医院本月3日下午在会展中心续签《医疗合作备忘录》，"
        "将两院自2020年开展的跨境合作再延长五年。两院于2020年11月首次签订合作备忘录。\n"
    )
    agreement = Agreement(
        title="医疗合作备忘录",
        parties=named_parties("香港海景医院", "深圳市西湾人民医院"),
        date_text="2020年11月",
    )
    kept, _ = guarded(text, dt.date(2025, 9, 6), agreement)
    assert kept[0].date_signed == dt.date(2025, 9, 3)
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 9, 6))
    assert checker.tells_earlier_signing("两院于2020年11月首次签订合作备忘录。")
