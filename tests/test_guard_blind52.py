"""Rules made from the fifty-second blind set's misses, each on a text of our own that fails
on the code before them: a form of address between a title and a name (Shri, Smt.); two
separate documents counted are this signing's; a list of signers a line each under
"签约人依次为："; a headline's title holding the signers its twin lacks; a WeChat post's
line with its date in numbers and its time; two documents each told in a paragraph opened
by its order ("The first MoU was signed with …") given apart."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import clean_people


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        (
            Signatory(name="Principal Secretary (Revenue) Shri Vikram Rao"),
            "Principal Secretary (Revenue)",
            "Vikram Rao",
        ),
        (
            Signatory(name="Additional Chief Secretary Shri Vikram Rao"),
            "Additional Chief Secretary",
            "Vikram Rao",
        ),
        (
            Signatory(title="Director of Agriculture Smt. P. Sunitha"),
            "Director of Agriculture",
            "P. Sunitha",
        ),
        (
            Signatory(name="Managing Director Ms. Asha Nair"),
            "Managing Director",
            "Asha Nair",
        ),
    ],
)
def test_a_form_of_address_between_a_title_and_a_name_leaves_both(
    written: Signatory, title: str, name: str
) -> None:
    (person,) = clean_people([written])
    assert (person.title, person.name) == (title, name)


def test_words_with_no_title_before_a_form_of_address_are_left_as_they_are() -> None:
    (person,) = clean_people([Signatory(name="Friends of Mr. Ho")])
    assert person.name is None and person.title == "Friends of Mr. Ho"


_TWO_SEPARATE = (
    "Press Note No. 12/2026\nRampur, March 7, 2026\n\n"
    "Rampur: The State Energy Department signed two separate Memoranda of Understanding "
    "with private developers on Friday (March 6) in the presence of Chief Minister "
    "Shri Harish Kulkarni.\n\n"
    "The first MoU was signed with Suryodaya Solar Private Limited. Shri Vikram Rao signed "
    "for the Department, while Ms. Asha Nair signed for the company.\n"
)


def test_two_separate_documents_counted_are_this_signings() -> None:
    """Its day and its witness are the record's: "separate" after a count is no other
    signing."""
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("State Energy Department", "Suryodaya Solar Private Limited"),
        signatories=named_people("Vikram Rao", "Asha Nair"),
    )
    kept, _ = guarded(_TWO_SEPARATE, dt.date(2026, 3, 7), given)
    assert kept[0].date_signed == dt.date(2026, 3, 6)
    assert [w.name for w in kept[0].witnesses] == ["Harish Kulkarni"]


_SIGNERS_BY_LINE = (
    "快讯丨甲大学、乙学院、丙大学签署三方合作协议\n\n"
    "5月8日，甲大学、乙学院、丙大学三方合作签约仪式在甲大学图书馆报告厅举行。三校校长分别代表各自学校签约，"
    "签约人依次为：\n\n"
    "甲大学校长 张伟\n乙学院院长 李明\n丙大学校长 王芳\n\n"
    "根据《三校协同发展框架协议》，三校将在课程共享和教师互聘等方面开展合作。\n"
)


def test_signers_listed_a_line_each_under_their_label_signed() -> None:
    given = Agreement(
        title="三校协同发展框架协议",
        parties=named_parties("甲大学", "乙学院", "丙大学"),
        signatories=named_people("张伟", "李明", "王芳"),
    )
    kept, _ = guarded(_SIGNERS_BY_LINE, dt.date(2026, 5, 9), given)
    assert [p.name for p in kept[0].signatories] == ["张伟", "李明", "王芳"]


def test_a_headline_title_holding_the_signers_its_twin_lacks_folds_into_it() -> None:
    shell = Agreement(
        title="三方合作协议",
        parties=named_parties("甲大学", "乙学院", "丙大学"),
        signatories=named_people("张伟", "李明", "王芳"),
    )
    twin = Agreement(
        title="三校协同发展框架协议",
        parties=named_parties("甲大学", "乙学院", "丙大学"),
    )
    kept, warnings = guarded(
        _SIGNERS_BY_LINE, dt.date(2026, 5, 9), shell, twin,
        title="快讯丨甲大学、乙学院、丙大学签署三方合作协议",
    )  # fmt: skip
    assert [a.title for a in kept] == ["三校协同发展框架协议"]
    assert [p.name for p in kept[0].signatories] == ["张伟", "李明", "王芳"]
    assert any("its signers alone" in w for w in warnings)


def test_a_headline_title_beside_a_signed_twin_stays_apart() -> None:
    """Two signed documents are two: only a twin that names no one takes the signers."""
    shell = Agreement(
        title="三方合作协议",
        parties=named_parties("甲大学", "乙学院", "丙大学"),
        signatories=named_people("张伟", "李明", "王芳"),
    )
    twin = Agreement(
        title="三校协同发展框架协议",
        parties=named_parties("甲大学", "乙学院", "丙大学"),
        signatories=named_people("张伟"),
    )
    kept, _ = guarded(
        _SIGNERS_BY_LINE, dt.date(2026, 5, 9), shell, twin,
        title="快讯丨甲大学、乙学院、丙大学签署三方合作协议",
    )  # fmt: skip
    assert len(kept) == 2


@pytest.mark.parametrize(
    "line",
    [
        "青禾职院  2026-03-14 18:05  浙江",
        "原创 招生就业处 青禾职院 2026-03-14 18:05 浙江",
    ],
)
def test_a_wechat_posts_line_with_its_date_in_numbers_dates_the_page(line: str) -> None:
    text = f"点击蓝字\n关注我们\n\n我校与某公司签约\n\n{line}\n\n3月12日下午，签约仪式举行。\n"
    assert parse_published(text) == dt.date(2026, 3, 14)


def test_a_date_in_numbers_with_no_time_is_no_posts_line() -> None:
    text = "我校与某公司签约\n\n青禾职院 2026-03-14\n\n3月12日下午，签约仪式举行。\n"
    assert parse_published(text) is None


_UNDER_THE_AGREEMENT = (
    "3月2日，青禾职业技术学院与远拓数控科技有限公司签署《共建远拓智能制造产业学院合作协议》。"
    "根据协议，双方将在以下方面开展合作：一是共同制定人才培养方案；二是{built}“远拓数控实训中心”，"
    "由企业投入教学设备。\n"
)


def _college() -> Agreement:
    return Agreement(
        title="共建远拓智能制造产业学院合作协议",
        parties=named_parties("青禾职业技术学院", "远拓数控科技有限公司"),
        established_entities=["远拓智能制造产业学院"],
    )


def test_a_body_the_agreement_has_its_parties_co_build_is_its_founded_body() -> None:
    text = _UNDER_THE_AGREEMENT.format(built="共建")
    kept, _ = guarded(text, dt.date(2026, 3, 3), _college())
    assert kept[0].established_entities == ["远拓智能制造产业学院", "远拓数控实训中心"]


def test_a_body_a_sentence_under_no_agreement_names_is_left_to_the_model() -> None:
    text = _UNDER_THE_AGREEMENT.format(built="参观").replace(
        "根据协议，双方将在以下方面开展合作", "活动中"
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), _college())
    assert kept[0].established_entities == ["远拓智能制造产业学院"]


def test_a_headline_title_with_signers_beside_a_document_signed_apart_stays() -> None:
    """A review's find: the body's document signed in a sentence of its own is another."""
    text = (
        "甲大学与乙公司签署校企合作协议\n\n"
        "3月5日，甲大学校长张三与乙公司董事长李四代表双方签约。"
        "会上，甲大学机械学院院长王五与乙公司研发中心主任赵六签署《共建智能制造联合实验室协议》。\n"
    )
    shell = Agreement(
        title="校企合作协议",
        parties=named_parties("甲大学", "乙公司"),
        signatories=named_people("张三", "李四"),
    )
    lab = Agreement(title="共建智能制造联合实验室协议", parties=named_parties("甲大学", "乙公司"))
    kept, _ = guarded(text, dt.date(2026, 3, 6), shell, lab, title="甲大学与乙公司签署校企合作协议")
    assert [a.title for a in kept] == ["校企合作协议", "共建智能制造联合实验室协议"]


def test_a_list_of_lines_needs_a_label_that_ends_its_line_with_a_colon() -> None:
    """A review's find: a heading after a sentence's list is no item of it."""
    text = (
        "5月8日，甲大学与乙公司签约仪式举行。签约代表：甲大学校长张三，乙公司董事长李四。\n"
        "与会嘉宾\n市委常委、副市长 王五\n"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("甲大学", "乙公司"),
        signatories=named_people("张三", "李四", "王五"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 9), given)
    assert [p.name for p in kept[0].signatories] == ["张三", "李四"]


@pytest.mark.parametrize(
    "line",
    [
        "签约时间 2026-03-12 15:00",
        "我校与丙公司签约 2025-10-20 10:00",
        "青禾职院 2026-03-14 18:05",
    ],
)
def test_an_events_time_or_a_related_storys_line_is_no_posts_line(line: str) -> None:
    """Reviews' finds: the province the app shows says a post's line."""
    text = f"我校与某公司签约\n\n{line}\n\n3月12日下午，签约仪式举行。\n"
    assert parse_published(text) is None


def test_a_body_built_before_under_the_agreement_is_not_founded_by_it() -> None:
    text = _UNDER_THE_AGREEMENT.format(built="共建").replace(
        "二是共建“远拓数控实训中心”，", "二是在前期共建“远拓数控实训中心”的基础上，"
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), _college())
    assert kept[0].established_entities == ["远拓智能制造产业学院"]


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        (
            Signatory(title="Commissioner of Industries Smt. K. Lavanya, IAS"),
            "Commissioner of Industries",
            "K. Lavanya",
        ),
        (Signatory(title="CEO of Mr Price Group"), "CEO of Mr Price Group", None),
    ],
)
def test_a_form_of_address_before_a_body_or_letters_after(
    written: Signatory, title: str, name: str | None
) -> None:
    """Reviews' finds: letters after the name aside; a body after it is no name."""
    (person,) = clean_people([written])
    assert (person.title, person.name) == (title, name)


_IN_ORDER = (
    "Lakeport, March 3, 2026\n\n"
    "The Riverside Water Board signed two separate MoUs with equipment makers on Monday.\n\n"
    "The first MoU was signed with Tessel Pumps Limited (TPL) for a pump plant in Eastfield. "
    "Chief Engineer Omar Haddad signed on behalf of the Board, while Ms. Lena Voss, Director, "
    "signed for TPL.\n\n"
    "The second MoU was signed with Corvane Meters Private Limited for smart meters. Deputy "
    "Chief Engineer Priya Nair signed for the Board and Mr. Tomas Berg signed for Corvane.\n"
)


def _in_order_as_one(*signers: str) -> Agreement:
    return Agreement(
        title="MoU",
        parties=[
            Party(name="Riverside Water Board"),
            Party(name="Tessel Pumps Limited", aliases=["TPL"]),
            Party(name="Corvane Meters Private Limited"),
        ],
        signatories=named_people(*signers),
    )


def test_documents_told_in_order_each_with_a_body_are_given_apart() -> None:
    one = _in_order_as_one("Omar Haddad", "Lena Voss", "Priya Nair", "Tomas Berg")
    kept, _ = guarded(_IN_ORDER, dt.date(2026, 3, 3), one)
    assert [([p.name for p in a.parties], [p.name for p in a.signatories]) for a in kept] == [
        (
            ["Riverside Water Board", "Tessel Pumps Limited"],
            ["Omar Haddad", "Lena Voss"],
        ),
        (
            ["Riverside Water Board", "Corvane Meters Private Limited"],
            ["Priya Nair", "Tomas Berg"],
        ),
    ]


def test_documents_in_order_with_a_signer_written_in_neither_stay_one() -> None:
    text = _IN_ORDER + "Board chair Ines Alva also signed both documents.\n"
    one = _in_order_as_one("Omar Haddad", "Lena Voss", "Priya Nair", "Tomas Berg", "Ines Alva")
    kept, _ = guarded(text, dt.date(2026, 3, 3), one)
    assert len(kept) == 1


def test_one_document_told_in_order_splits_nothing() -> None:
    text = _IN_ORDER[: _IN_ORDER.index("The second MoU")]
    one = _in_order_as_one("Omar Haddad", "Lena Voss")
    kept, _ = guarded(text, dt.date(2026, 3, 3), one)
    assert len(kept) == 1
