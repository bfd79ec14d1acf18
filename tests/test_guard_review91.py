"""review91's finds in blind90's rules, each failing on the code it reviewed: a Chinese
bar-date line read only above the body and not of an event, a kind of doctor no name, the
same day told at an event's site or meeting, a new company one party sets up alone no
joint venture (and two that "jointly establish a company" one), and unveilers "同步在" or
"分別在" two halls."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import parse_published
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people


@pytest.mark.parametrize(
    "text",
    [
        "甲大学\n\n甲大学与乙公司签约\n\n双方签署合作协议。\n\n新闻动态｜2024年5月1日\n",
        "甲大学\n\n甲大学与乙公司签约\n\n签约仪式｜2025年3月1日\n\n双方签署合作协议。\n",
        "甲大学\n\n招生简章\n\n报名截止｜2025年12月31日\n\n欢迎报考。\n",
    ],
)
def test_a_bar_date_below_the_body_or_of_an_event_is_not_the_pages(text: str) -> None:
    assert parse_published(text) is None


def test_a_kind_of_doctor_is_no_name() -> None:
    people = [Signatory(name="全科医生", title="代表"), Signatory(name="主治医生", title="主任")]
    assert [p.name for p in clean_people(people)] == ["全科医生", "主治医生"]


def test_a_chief_physicians_rank_or_daifu_after_a_name_is_no_part_of_it() -> None:
    """review91's near-misses, mended the session after: "主任医师" and 大夫 after a name
    whose office the model gave apart are a form of address, as 医生 is."""
    people = [
        Signatory(name="张伟主任医师", title="院长"),
        Signatory(name="李红大夫", title="主任"),
    ]
    assert [p.name for p in clean_people(people)] == ["张伟", "李红"]


_SIGNED_FIRST = (
    "我院与松川集团签约\n\n发布日期：2025-06-12\n\n6月10日，我院与松川集团股份有限公司在松川集团总部"
    "签署《智能灌溉技术开发合同》。我院院长周明与松川集团总裁吴涛代表双方签字。\n"
)


@pytest.mark.parametrize(
    "opening", ["当天活动现场，", "当天的签约现场，", "签约当天，", "当天会上，"]
)
def test_the_same_day_at_an_events_site_or_meeting_is_the_day_told_before(opening: str) -> None:
    text = (
        _SIGNED_FIRST
        + opening
        + "双方还签署了《水肥一体化合作意向书》，由我院副院长郑洁与松川集团研究院院长王磊签署。\n"
    )
    given = Agreement(
        title="水肥一体化合作意向书",
        date_signed=dt.date(2025, 6, 12),
        date_text="发布日期：2025-06-12",
        parties=named_parties("我院", "松川集团研究院"),
        signatories=named_people("郑洁", "王磊"),
    )
    (agreement,) = guarded(text, dt.date(2025, 6, 12), given)[0]
    assert agreement.date_signed == dt.date(2025, 6, 10)


_POWER = (
    "Grid firm signs solar deal\nPublished 3 February 2026\n"
    "Harlow Grid plc and Tessaly Solar Ltd signed a Power Purchase Agreement on 1 February in "
    "Harlow. "
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Under the agreement, Tessaly Solar will set up a new company, Tessaly Harlow Ltd, "
            "wholly owned by Tessaly, to build the plant.",
            False,
        ),
        (
            "Under the agreement, the two will jointly establish a company, Tessaly Harlow Ltd, "
            "owned equally.",
            True,
        ),
    ],
)
def test_a_new_company_is_a_joint_venture_only_when_two_set_it_up(
    sentence: str, kept: bool
) -> None:
    given = Agreement(
        title="Power Purchase Agreement",
        parties=named_parties("Harlow Grid plc", "Tessaly Solar Ltd"),
        established_entities=["Tessaly Harlow Ltd"],
    )
    (agreement,) = guarded(_POWER + sentence + "\n", dt.date(2026, 2, 3), given)[0]
    assert agreement.established_entities == (["Tessaly Harlow Ltd"] if kept else [])


@pytest.mark.parametrize("halls", ["同步在兩地會場", "分別在兩地會場同步"])
def test_unveilers_at_the_same_time_in_two_halls_are_witnesses(halls: str) -> None:
    text = (
        "東灣大學與北港醫院視像簽署合作協議\n新聞稿｜2025年3月4日\n"
        "東灣大學與北港市人民醫院於3月2日以視像連線方式簽署《智慧醫療科研合作協議》，雙方將共同成立"
        "「東灣—北港醫學影像聯合實驗室」。東灣大學副校長周詠儀與北港市人民醫院院長何志明分別代表兩校院"
        f"簽署協議。簽約後，東灣大學醫學院院長孔家明教授與北港市人民醫院副院長馬永輝教授{halls}為聯合"
        "實驗室揭牌。\n"
    )
    given = Agreement(
        title="智慧醫療科研合作協議",
        parties=named_parties("東灣大學", "北港市人民醫院"),
        signatories=named_people("周詠儀", "何志明"),
        established_entities=["東灣—北港醫學影像聯合實驗室"],
    )
    (agreement,) = guarded(text, dt.date(2025, 3, 4), given)[0]
    assert [w.name for w in agreement.witnesses] == ["孔家明", "馬永輝"]


def test_an_abbreviation_after_pty_ltd_is_aside() -> None:
    """Australia's "Pty Ltd" is a legal form, as "Ltd" is (review91's near-miss, mended
    the session after): the new company's abbreviation in brackets is left aside."""
    text = (
        "Port and rail operator agree inland terminal\n"
        "Published 6 January 2026\n"
        "Ardley Harbour Authority and Corran Rail Freight signed a Joint Venture Agreement on "
        "29 December in Ardley. The two will set up a new company, Kellen Inland Terminal Pty "
        "Ltd (KIT), owned 51% by the port.\n"
    )
    given = Agreement(
        title="Joint Venture Agreement",
        parties=named_parties("Ardley Harbour Authority", "Corran Rail Freight"),
        established_entities=["Kellen Inland Terminal Pty Ltd (KIT)"],
    )
    (agreement,) = normalized(text, given)
    assert agreement.established_entities == ["Kellen Inland Terminal Pty Ltd"]
