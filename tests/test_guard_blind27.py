"""Rules from the twenty-seventh blind set (``examples/blind27``), each on a text of our
own that fails on the code before them: "本周二上午" is this week's Tuesday; a trade
paper's byline dates the page ("By … | 8 January 2026 | 4 min read"); who signed one
document and witnessed the next is the next's witness; an untitled shell is the signing of
the document that names a party by its Chinese contraction (省科技厅); "还将与…签订" is to
come; an agreement holding nothing is dropped beside one that holds something."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import dateline_date, resolve_date
from coopllm.guard.reading import signed_now
from coopllm.parties import zh_short_form
from coopllm.schema import Agreement

THURSDAY = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("本周二上午", dt.date(2025, 11, 25)),
        ("这周一", dt.date(2025, 11, 24)),
        ("上周二", dt.date(2025, 11, 18)),
        ("周二上午", dt.date(2025, 11, 25)),
    ],
)
def test_this_weeks_weekday_is_the_latest_on_or_before_the_page(said: str, day: dt.date) -> None:
    assert resolve_date(said, THURSDAY) == day


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("By Deirdre Lang | 8 January 2026 | 4 min read", dt.date(2026, 1, 8)),
        ("By Tom Reyes | March 3, 2025", dt.date(2025, 3, 3)),
        ("By Tom Reyes | 3 min read", None),
    ],
)
def test_a_bylines_date_dates_the_page(byline: str, day: dt.date | None) -> None:
    text = (
        "CELL MATERIALS WEEKLY\nNews | Markets | Events\n\nSupply Chain > Cathode\n\n"
        "Alder Minerals and Brook Chemical sign cathode venture agreement\n"
        "A plant to make cathode material by 2028\n\n"
        f"{byline}\n[Share] [Save]\n\n"
        "On 18 December, Alder Minerals and Brook Chemical signed the agreement.\n"
    )
    assert dateline_date(text) == day


TWO_SIGNINGS = (
    "青州市与省科技厅续签会商协议\n\n"
    "9月18日，省科技厅副厅长邵明与青州市副市长方达代表双方续签了《厅市会商合作协议》。"
    "随后，青州市科学技术局、东川大学签署《共建青州海洋装备实验室协议》，局长唐安、副校长陆远代表双方"
    "在协议上签字。周蓝与方达共同见证签约，并为实验室揭牌。\n"
)


def _two_agreements() -> list[Agreement]:
    return [
        Agreement(
            title="厅市会商合作协议",
            parties=named_parties("省科技厅", "青州市"),
            signatories=named_people("邵明", "方达"),
        ),
        Agreement(
            title="共建青州海洋装备实验室协议",
            parties=named_parties("青州市科学技术局", "东川大学"),
            signatories=named_people("唐安", "陆远"),
        ),
    ]


def test_who_signed_one_document_and_witnessed_the_next_is_its_witness() -> None:
    """The blind27 ab01's 方毅 (and ab03's 任嘉): the witnessing follows the lab
    agreement's signing, and the vice-mayor it names signed the first document, not this;
    the model left him out of the second's witnesses."""
    kept, warnings = guarded(TWO_SIGNINGS, dt.date(2025, 9, 22), *_two_agreements())
    assert [p.name for p in kept[1].witnesses] == ["周蓝", "方达"], warnings
    assert [p.name for p in kept[0].witnesses] == [], warnings
    assert [p.name for p in kept[0].signatories] == ["邵明", "方达"], warnings


RENEWAL = (
    "省科技厅与青州市续签会商合作协议\n\n"
    "本月18日，省科技厅与青州市人民政府在青州市科创中心举行会商会议暨签约仪式。"
    "会上，在周蓝、叶平的共同见证下，省科技厅副厅长邵明与青州市副市长方达代表双方续签了"
    "《东澜省科学技术厅 青州市人民政府会商合作协议》。"
    "随后，青州市科学技术局、东川大学、海岳重工有限公司签署《共建青州海洋装备实验室协议》，"
    "局长唐安、副校长陆远、总经理彭程分别代表三方在协议上签字。"
    "据悉，省科技厅年内还将与白石市、北屿市分别签订新一轮会商协议。\n"
)


def _renewal_with_its_shell() -> list[Agreement]:
    return [
        Agreement(
            parties=named_parties("东澜省科学技术厅", "青州市人民政府"),
            witnesses=named_people("周蓝", "叶平"),
        ),
        Agreement(
            title="东澜省科学技术厅 青州市人民政府会商合作协议",
            parties=named_parties("青州市人民政府", "省科技厅"),
            signatories=named_people("邵明", "方达"),
            witnesses=named_people("周蓝", "叶平"),
        ),
        Agreement(
            title="共建青州海洋装备实验室协议",
            parties=named_parties("青州市科学技术局", "东川大学", "海岳重工有限公司"),
            signatories=named_people("唐安", "陆远", "彭程"),
        ),
    ]


def test_an_untitled_shell_is_the_signing_of_the_document_naming_a_party_in_short() -> None:
    """The blind27 ab01's: the model gave the renewal's signing again, untitled and with no
    signer, its party the bureau's full name where the titled one has the short form
    Chinese writes unbracketed (省科技厅); the lab's signers listed before "在协议上签字" name
    no second document, and the bureau's renewals with other cities are still to come."""
    kept, warnings = guarded(RENEWAL, dt.date(2025, 9, 22), *_renewal_with_its_shell())
    assert [a.title for a in kept] == [
        "东澜省科学技术厅 青州市人民政府会商合作协议",
        "共建青州海洋装备实验室协议",
    ], warnings
    assert [p.name for p in kept[0].parties] == ["青州市人民政府", "东澜省科学技术厅"], warnings
    assert "省科技厅" in kept[0].parties[1].aliases


@pytest.mark.parametrize(
    ("short", "name", "contracted"),
    [
        ("省科技厅", "东澜省科学技术厅", True),
        ("市政府", "青州市人民政府", True),
        ("科技局", "东澜省科学技术厅", False),  # another body's word
        ("省厅", "东澜省科学技术厅", False),  # too short to tell
        ("东澜省科学技术厅", "东澜省科学技术厅", False),
    ],
)
def test_a_chinese_contraction_of_a_bodys_name(short: str, name: str, contracted: bool) -> None:
    assert zh_short_form(short, name) is contracted


@pytest.mark.parametrize(
    ("words", "done"),
    [
        ("省科技厅年内还将与白石市、北屿市分别签订新一轮会商协议", False),
        ("公司将与学校签署合作协议", False),
        ("双方将于明年与市政府签署协议", False),
        ("公司与学校签署合作协议", True),
    ],
)
def test_a_signing_with_whom_still_to_come(words: str, done: bool) -> None:
    assert signed_now(words) is done


def test_an_agreement_holding_nothing_is_dropped_beside_a_document() -> None:
    """The blind27 ab06's: beside the two documents it titled, the model gave two untitled
    agreements with nothing in them (the venue rule then gave each the hall)."""
    text = (
        "Alder University and Brook Institute signed an Agreement on the Joint Centre in "
        "the Hollis Hall on Monday.\n"
    )
    titled = Agreement(
        title="Agreement on the Joint Centre",
        parties=named_parties("Alder University", "Brook Institute"),
    )
    kept, warnings = guarded(text, dt.date(2025, 6, 13), Agreement(), titled, Agreement())
    assert [a.title for a in kept] == ["Agreement on the Joint Centre"], warnings
    alone, _ = guarded(text, dt.date(2025, 6, 13), Agreement())
    assert len(alone) == 1  # it still counts the signing the text tells


HOSPITAL_TIES = (
    "甲医科大学与乙县人民政府签署合作框架协议\n\n"
    "5月6日，甲医科大学与乙县人民政府合作框架协议签约仪式在乙县行政中心举行。"
    "副校长任佳与副县长林夕代表双方签署了《合作框架协议》。\n"
    "双方合作由来已久。早在2021年，双方就签订协议共建“乙县临床教学基地”。"
    "双方约定，下半年将就共建“乙县医学研究中心”另行签署协议。\n"
    "次日上午，甲医科大学药学院与丙生物有限公司在药学院报告厅签订《药效学研究技术开发合同》。"
    "药学院院长聂红与丙生物研发负责人分别在合同上签字。\n"
)


def test_a_body_founded_as_early_as_a_past_year_or_to_be_founded_is_not_this_ones() -> None:
    """The blind27 ab02's "早在2019年，双方就签订协议共建“…实习基地”" (早在: "as early as")
    and ab03's "下半年将就共建“…研究中心”另行签署协议" (to come)."""
    given = Agreement(
        title="合作框架协议",
        parties=named_parties("甲医科大学", "乙县人民政府"),
        signatories=named_people("任佳", "林夕"),
        established_entities=["乙县临床教学基地", "乙县医学研究中心"],
    )
    (kept, *_), warnings = guarded(HOSPITAL_TIES, dt.date(2025, 5, 12), given)
    assert kept.established_entities == [], warnings


@pytest.mark.parametrize("given", [None, "5月6日"])
def test_a_signing_told_on_the_day_after_is_dated_the_day_after(given: str | None) -> None:
    """The blind27 ab03's "次日上午，…签订《…合同》" after "4月9日，…签约仪式…举行": the
    model gave the contract the first day's date, or none."""
    contract = Agreement(
        title="药效学研究技术开发合同",
        parties=named_parties("甲医科大学药学院", "丙生物有限公司"),
        date_text=given,
        date_signed=dt.date(2025, 5, 6) if given else None,
    )
    (kept,), warnings = guarded(HOSPITAL_TIES, dt.date(2025, 5, 12), contract)
    assert (kept.date_text, kept.date_signed) == ("次日上午", dt.date(2025, 5, 7)), warnings


def test_the_following_day_in_the_paragraph_before_the_signing() -> None:
    """The blind18 s03's shape: the paragraph opens on the next day, its next sentence
    signs; in English too."""
    text = (
        "Delegation signs two deals on tour\n\n"
        "On 3 June the delegation met Alder Works in Wuxi, where the Supply Agreement was "
        "signed.\n"
        "The following day, the delegation visited Brook Moulds. Its manager and the vice "
        "mayor signed the Mould Park Framework Agreement there.\n"
    )
    park = Agreement(
        title="Mould Park Framework Agreement", parties=named_parties("Brook Moulds", "Wuxi")
    )
    (kept,), warnings = guarded(text, dt.date(2025, 6, 10), park)
    day_after = (kept.date_text, kept.date_signed)
    assert day_after == ("The following day", dt.date(2025, 6, 4)), warnings
    dated = park.model_copy(update={"date_text": "3 June"})
    (kept,), _ = guarded(
        text.replace("The following day, the", "On 4 June the"), dt.date(2025, 6, 10), dated
    )
    assert kept.date_text == "3 June"  # a day of its own written: not the day after
