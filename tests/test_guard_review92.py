"""review92's finds in blind91's rules, each failing on the code it reviewed: 升级为 founds
only the body right after it (not one further on, a rank, nor a raising done before);
"根据该协议" may point back to an earlier agreement, "根据新的/新签署的/续签的备忘录" do not;
"将2020年…升级为" tells no earlier signing; an owner's capitalised word is taken off only
where it is a body's ("the Queen's Medical Centre" keeps its owner); a name may end in 港;
"副主任医师" after a name; an update-time line read only above the body, in more shapes;
"(Pty) Ltd" and "Proprietary Limited" legal forms."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, read_through

from coopllm.dates import parse_published
from coopllm.parties import without_legal_form
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_JAN_6 = dt.date(2026, 1, 6)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        (
            "1月5日，甲大学与乙集团签署战略合作协议，双方将合作关系升级为全面战略合作伙伴关系，"
            "依托“江州智能制造实训基地”联合培养技能人才。",
            "江州智能制造实训基地",
        ),
        (
            "1月5日，甲大学与乙集团签署战略合作协议。乙集团今年已将其“云智工业互联网平台”升级为"
            "“云智工业互联网平台2.0”，学生可在平台上开展实训。",
            "云智工业互联网平台2.0",
        ),
        (
            "1月5日，甲大学与乙集团签署战略合作协议。依托甲大学的“智能感知实验室”今年升格为"
            "“省重点实验室”，双方将在此基础上开展联合攻关。",
            "省重点实验室",
        ),
    ],
)
def test_a_raising_founds_only_a_new_body_right_after_it(text: str, given: str) -> None:
    agreement = Agreement(
        title="战略合作协议",
        parties=named_parties("甲大学", "乙集团"),
        date_text="1月5日",
        established_entities=[given],
    )
    (kept,), _ = guarded(text, _JAN_6, agreement)
    assert kept.established_entities == []


def _co_built(under: str) -> list[str]:
    text = (
        "1月5日，甲大学与乙研究院续签合作备忘录。双方于2019年签署首份合作协议。"
        f"{under}，双方将共建“智能感知联合研发中心”。"
    )
    agreement = Agreement(
        title="合作备忘录", parties=named_parties("甲大学", "乙研究院"), date_text="1月5日"
    )
    (kept,) = read_through(text, _JAN_6, agreement)
    return kept.established_entities


@pytest.mark.parametrize("under", ["根据新的备忘录", "根据新签署的备忘录", "根据续签的备忘录"])
def test_what_the_new_memorandum_sets_out_is_founded(under: str) -> None:
    assert _co_built(under) == ["智能感知联合研发中心"]


def test_what_that_agreement_set_out_may_be_an_earlier_ones() -> None:
    text = (
        "1月5日，甲大学与乙研究院签署战略合作协议。双方于2019年签署首份合作协议。根据该协议，"
        "双方共建“智能感知联合实验室”，已培养研究生百余名。"
    )
    agreement = Agreement(
        title="战略合作协议", parties=named_parties("甲大学", "乙研究院"), date_text="1月5日"
    )
    (kept,) = read_through(text, _JAN_6, agreement)
    assert kept.established_entities == []


def test_the_year_of_a_body_raised_with_jiang_tells_no_earlier_signing() -> None:
    text = (
        "1月5日，甲大学校长王强与乙研究院院长李明在江州国际会议中心签署新一轮合作备忘录，双方将"
        "2020年合办的“智能感知联合实验室”升级为“智能感知联合研发中心”。"
    )
    agreement = Agreement(
        title="合作备忘录", parties=named_parties("甲大学", "乙研究院"), date_text="1月5日"
    )
    (kept,) = read_through(text, _JAN_6, agreement)
    assert kept.location == "江州国际会议中心"


@pytest.mark.parametrize(
    ("venue", "town"),
    [("Queen's Medical Centre", "Nottingham"), ("King's College Chapel", "Cambridge")],
)
def test_an_owner_that_is_no_bodys_word_is_of_the_venues_name(venue: str, town: str) -> None:
    text = (
        "Northvale and Corran sign care agreement\nPublished: 10 March 2026\nNorthvale "
        f"University and Corran Health signed the agreement on Monday at the {venue} in {town}.\n"
    )
    agreement = Agreement(
        title="agreement",
        parties=named_parties("Northvale University", "Corran Health"),
        location=town,
    )
    (kept,), _ = guarded(text, dt.date(2026, 3, 10), agreement)
    assert kept.location == f"{venue} in {town}"


def test_a_name_may_end_in_gang() -> None:
    text = (
        "1月5日，楚天大学与江州港务集团签署战略合作协议。楚天大学副校长王海港与江州港务集团董事长"
        "陈立代表双方签约，江州市副市长李志港见证签约。"
    )
    agreement = Agreement(
        title="战略合作协议", parties=named_parties("楚天大学", "江州港务集团"), date_text="1月5日"
    )
    (kept,) = read_through(text, _JAN_6, agreement)
    assert [s.name for s in kept.signatories] == ["王海港", "陈立"]
    assert [w.name for w in kept.witnesses] == ["李志港"]


def test_a_deputy_chief_physicians_rank_is_no_part_of_the_name() -> None:
    people = [
        Signatory(name="张伟副主任医师", title="副院长"),
        Signatory(name="欧阳大夫", title="医生"),
    ]
    assert [p.name for p in clean_people(people)] == ["张伟", "欧阳大夫"]


_HEAD = "甲乙两校签署合作协议\n"


@pytest.mark.parametrize(
    "line",
    [
        "2026年1月6日 星期二 更新时间 07:15",
        "2026年1月6日 星期二 最后更新时间：07:15",
        "2026年1月6日 更新时间：07:15 来源：江城日报",
        "2026年1月6日　星期二　　更新時間：07:15 HKT",
    ],
)
def test_an_update_line_in_more_shapes_dates_the_page(line: str) -> None:
    assert parse_published(f"{_HEAD}{line}\n甲大学昨日与乙公司签署协议。") == _JAN_6


def test_an_update_line_below_the_body_is_a_related_storys() -> None:
    text = (
        f"{_HEAD}甲大学昨日与乙公司签署协议。\n延伸阅读\n2025年11月3日　更新時間：08:40\n"
        "丙大学与丁公司签约"
    )
    assert parse_published(text) is None


@pytest.mark.parametrize(
    "name", ["Sasol South Africa (Pty) Ltd", "Sasol South Africa Proprietary Limited"]
)
def test_south_africas_legal_forms_are_taken_off(name: str) -> None:
    assert without_legal_form(name) == "Sasol South Africa"
