"""Rules made from the ninetieth blind set's misses, on texts of our own that fail on the
code before them: a Chinese page's kind and date across a bar as its date line, a doctor's
form of address after a Chinese name, "当天签约现场" as the day told before, a headline's
shortened title dated by the body's full one, an untitled copy of a signing told in
Traditional characters, an unveiler "在兩地會場同步", and a new company two set up as a
joint venture, its abbreviation aside."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import parse_published
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people


def test_a_chinese_pages_kind_and_date_across_a_bar_is_its_date_line() -> None:
    text = "東灣大學\n\n東灣大學與北港醫院簽署合作協議\n\n新聞稿｜2025年3月4日\n\n東灣大學昨日與…\n"
    assert parse_published(text) == dt.date(2025, 3, 4)


def test_a_doctors_form_of_address_after_a_chinese_name_is_no_part_of_it() -> None:
    (person,) = clean_people([Signatory(name="何志明醫生", title="院長")])
    assert (person.name, person.title) == ("何志明", "院長")


_TWO_AT_ONE_SITE = (
    "我所与青岚集团签署玉米育种技术开发合同\n\n"
    "发布日期：2025-05-09\n\n"
    "前天，我所与青岚农业科技集团股份有限公司在青岚集团总部签署《玉米抗旱新品种育种技术开发合同》。"
    "我所所长赵国庆与青岚集团副总裁钱敏代表双方签字。\n"
    "当天签约现场，双方还签署了《设施蔬菜技术合作意向书》，由我所副所长孙丽与青岚集团研究院院长"
    "李海签署。\n"
)


def test_a_headlines_shortened_title_is_dated_by_the_bodys_full_one() -> None:
    given = Agreement(
        title="玉米育种技术开发合同",
        date_signed=dt.date(2025, 5, 9),
        date_text="发布日期：2025-05-09",
        parties=named_parties("我所", "青岚农业科技集团股份有限公司"),
        signatories=named_people("赵国庆", "钱敏"),
    )
    (agreement,) = guarded(_TWO_AT_ONE_SITE, dt.date(2025, 5, 9), given)[0]
    assert (agreement.date_text, agreement.date_signed) == ("前天", dt.date(2025, 5, 7))


def test_the_same_day_at_the_signings_site_is_the_day_told_before() -> None:
    given = Agreement(
        title="设施蔬菜技术合作意向书",
        date_signed=dt.date(2025, 5, 9),
        date_text="发布日期：2025-05-09",
        parties=named_parties("我所", "青岚集团研究院"),
        signatories=named_people("孙丽", "李海"),
    )
    (agreement,) = guarded(_TWO_AT_ONE_SITE, dt.date(2025, 5, 9), given)[0]
    assert (agreement.date_text, agreement.date_signed) == ("当天", dt.date(2025, 5, 7))


_BY_VIDEO = (
    "東灣大學與北港醫院視像簽署合作協議\n"
    "新聞稿｜2025年3月4日\n"
    "東灣大學與北港市人民醫院於3月2日下午以視像連線方式簽署《智慧醫療科研合作協議》，雙方將共同成立"
    "「東灣—北港醫學影像聯合實驗室」。\n"
    "東灣大學副校長周詠儀教授在東灣會場，北港市人民醫院院長何志明在北港會場，分別代表兩校院簽署協議。"
    "簽約後，東灣大學醫學院院長梁子健教授與北港市人民醫院副院長譚家俊教授在兩地會場同步為聯合實驗室"
    "揭牌。\n"
)


def test_an_untitled_copy_of_a_signing_told_in_traditional_characters_is_dropped() -> None:
    parties = named_parties("東灣大學", "北港市人民醫院")
    signers = named_people("周詠儀", "何志明")
    copy = Agreement(parties=parties, signatories=signers)
    titled = Agreement(title="智慧醫療科研合作協議", parties=parties, signatories=signers)
    kept, _ = guarded(_BY_VIDEO, dt.date(2025, 3, 4), copy, titled)
    assert [a.title for a in kept] == ["智慧醫療科研合作協議"]


def test_unveilers_in_two_halls_at_the_same_time_are_witnesses() -> None:
    given = Agreement(
        title="智慧醫療科研合作協議",
        parties=named_parties("東灣大學", "北港市人民醫院"),
        signatories=named_people("周詠儀", "何志明"),
        established_entities=["東灣—北港醫學影像聯合實驗室"],
    )
    (agreement,) = guarded(_BY_VIDEO, dt.date(2025, 3, 4), given)[0]
    assert [w.name for w in agreement.witnesses] == ["梁子健", "譚家俊"]


def test_a_new_company_two_set_up_is_a_joint_venture_its_abbreviation_aside() -> None:
    text = (
        "Port and rail operator agree inland terminal\n"
        "Published 6 January 2026\n"
        "Ardley Harbour Authority and Corran Rail Freight Ltd signed a Joint Venture Agreement on "
        "29 December in Ardley. Under the deal, the two will set up a new company, Kellen Inland "
        "Terminal Ltd (KIT), in which the port will hold 51% and the rail operator 49%.\n"
    )
    given = Agreement(
        title="Joint Venture Agreement",
        parties=named_parties("Ardley Harbour Authority", "Corran Rail Freight Ltd"),
        established_entities=["Kellen Inland Terminal Ltd (KIT)"],
    )
    (agreement,) = normalized(text, given)
    assert agreement.established_entities == ["Kellen Inland Terminal Ltd"]
    (agreement,) = guarded(text, dt.date(2026, 1, 6), agreement)[0]
    assert agreement.established_entities == ["Kellen Inland Terminal Ltd"]
