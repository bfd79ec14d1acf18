"""Rules made from the forty-second blind set's misses, each on a text of our own that fails
on the code before them: a Hong Kong paper's byline line ("2026年4月22日 星期三
06:30 記者：…") dates the page; "簽署儀式在…舉行" places the signing, read on the
Simplified text; "稍後將與…另簽一份…合約" is a document to come; the witnesses of a
ceremony of a series of documents witness each; a company's own name ("中储新能") names
the party of its full name; a person a model writes after a party's company's own name
("航石科技創辦人兼董事長王志明", "航石科技一名副總裁") is split into name, title and
organisation, or unnamed."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people


def test_a_hong_kong_papers_byline_line_dates_the_page() -> None:
    text = "教育\n\n浸灣學院與科企簽約\n2026年5月6日 星期三 07:15　記者：林曉晴\n\n【本報訊】正文。"
    assert parse_published(text) == dt.date(2026, 5, 6)
    assert parse_published("標題\n2026年5月6日 星期三\n\n正文。\n") is None  # a date alone


_TRADITIONAL = (
    "【本報訊】浸灣學院昨日與深圳市航石科技有限公司簽署合作備忘錄。簽署儀式在浸灣學院邵逸夫堂舉行，"
    "由副校長陳家樂與航石科技總經理王志明代表雙方簽署。陳家樂表示，校方稍後將與航石科技另簽一份研究"
    "合約，預計今年底完成。\n"
)


def test_a_traditional_signing_ceremonys_hall_is_the_location() -> None:
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("浸灣學院", "深圳市航石科技有限公司"),
        signatories=named_people("陳家樂", "王志明"),
    )
    kept, _ = guarded(_TRADITIONAL, dt.date(2026, 5, 6), given)
    assert kept[0].location == "浸灣學院邵逸夫堂"


def test_a_contract_to_be_signed_later_with_a_party_is_no_record() -> None:
    memorandum = Agreement(
        title="合作備忘錄",
        parties=named_parties("浸灣學院", "深圳市航石科技有限公司"),
        signatories=named_people("陳家樂", "王志明"),
    )
    contract = Agreement(
        title="研究合約", parties=named_parties("浸灣學院", "深圳市航石科技有限公司")
    )
    kept, _ = guarded(_TRADITIONAL, dt.date(2026, 5, 6), memorandum, contract)
    assert [a.title for a in kept] == ["合作備忘錄"]


_SERIES = (
    "3月2日上午，澄川市与北辰储能集团有限公司系列合作项目签约仪式在市行政中心举行。市委书记李远航，"
    "北辰储能集团有限公司董事长韩雪共同见证签约。\n"
    "签约仪式上，双方共签署两份协议。\n"
    "澄川市人民政府与北辰储能集团有限公司签署《战略合作协议》，副市长周成与北辰储能副总裁唐静签约。\n"
    "澄川高新区管委会与北辰储能签署《储能电站项目投资协议》，高新区主任方舟与北辰储能总经理许亮签约。\n"
)


def test_the_witnesses_of_a_series_ceremony_witness_every_document() -> None:
    strategic = Agreement(
        title="战略合作协议",
        parties=named_parties("澄川市人民政府", "北辰储能集团有限公司"),
        signatories=named_people("周成", "唐静"),
        witnesses=named_people("李远航", "韩雪"),
    )
    project = Agreement(
        title="储能电站项目投资协议",
        parties=named_parties("澄川高新区管委会", "北辰储能"),
        signatories=named_people("方舟", "许亮"),
    )
    kept, _ = guarded(_SERIES, dt.date(2026, 3, 3), strategic, project)
    assert [[w.name for w in a.witnesses] for a in kept] == [["李远航", "韩雪"]] * 2


def test_a_companys_own_name_names_the_party_of_its_full_name() -> None:
    strategic = Agreement(
        title="战略合作协议",
        parties=named_parties("澄川市人民政府", "北辰储能集团有限公司"),
        signatories=named_people("周成", "唐静"),
    )
    project = Agreement(
        title="储能电站项目投资协议",
        parties=named_parties("澄川高新区管委会", "北辰储能"),
        signatories=named_people("方舟", "许亮"),
    )
    kept, _ = guarded(_SERIES, dt.date(2026, 3, 3), strategic, project)
    assert [p.name for p in kept[1].parties] == ["澄川高新区管委会", "北辰储能集团有限公司"]


def test_a_name_that_runs_on_past_the_companys_is_another_body() -> None:
    """ "北辰储能研究院" is no short form: what follows is no trade or legal form."""
    strategic = Agreement(
        title="战略合作协议", parties=named_parties("澄川市人民政府", "北辰储能研究院有限公司")
    )
    project = Agreement(
        title="储能电站项目投资协议", parties=named_parties("澄川高新区管委会", "北辰储能")
    )
    kept, _ = guarded(_SERIES, dt.date(2026, 3, 3), strategic, project)
    assert [p.name for p in kept[1].parties] == ["澄川高新区管委会", "北辰储能"]


_HANGSHI = ("浸灣學院", "深圳市航石科技有限公司")


def test_a_person_after_a_companys_own_name_is_split() -> None:
    written = [Signatory(name="航石科技創辦人兼董事長王志明"), Signatory(name="航石行政总裁陈立")]
    assert clean_people(written, _HANGSHI) == [
        Signatory(name="王志明", title="創辦人兼董事長", organization="航石科技"),
        Signatory(name="陈立", title="行政总裁", organization="航石"),
    ]


def test_one_of_a_companys_officers_is_an_unnamed_signer() -> None:
    written = [
        Signatory(name="航石科技一名副總裁"),
        Signatory(name="航石科技一名副總裁代表雙方簽署"),
        Signatory(name="航石科技总经理"),
    ]
    assert clean_people(written, _HANGSHI) == [
        Signatory(name=None, title="副總裁", organization="航石科技"),
        Signatory(name=None, title="副總裁", organization="航石科技"),
        Signatory(name=None, title="总经理", organization="航石科技"),
    ]


def test_no_party_or_a_bodys_name_first_leaves_the_person_as_written() -> None:
    written = [
        Signatory(name="星海科技一名副总裁"),  # no party's company
        Signatory(name="浸灣學院一名學生"),  # a body's own name, and no title
        Signatory(name="航石科技研发部的同事"),  # no title, no name
    ]
    assert clean_people(written, _HANGSHI) == written


_SERIES_TWO = (
    "5月8日上午，澄川市人民政府与北辰储能集团有限公司签署《战略合作协议》，副市长周成与北辰储能"
    "副总裁唐静代表双方签约。澄川高新区管委会与北辰储能签署《储能电站项目投资协议》，高新区主任方舟"
    "与北辰储能总经理许亮签约。\n"
)


def test_the_cosigner_of_a_titled_documents_signer_signs_it_too() -> None:
    strategic = Agreement(
        title="战略合作协议",
        parties=named_parties("澄川市人民政府", "北辰储能集团有限公司"),
        signatories=named_people("周成"),
    )
    plant = Agreement(
        title="储能电站项目投资协议",
        parties=named_parties("澄川高新区管委会", "北辰储能集团有限公司"),
        signatories=named_people("方舟"),
    )
    kept, _ = guarded(_SERIES_TWO, dt.date(2026, 5, 8), strategic, plant)
    assert [[p.name for p in a.signatories] for a in kept] == [["周成", "唐静"], ["方舟", "许亮"]]
