"""Rules made from the fiftieth blind set's misses, each on a text of our own that fails on
the code before them: a room's address after its name (floor, building, street, town); an
unsigned summary of a ceremony's signed documents; the signed document's own name held by
an unsigned copy; an unsigned copy of a signed agreement's parties, titled as another's."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import only_on_the_page_date_line, parse_published
from coopllm.schema import Agreement, Signatory


@pytest.mark.parametrize(
    ("written", "venue"),
    [
        (
            "in the Port Boardroom, 3rd Floor, Harbour House, Tanga, by",
            "Port Boardroom, 3rd Floor, Harbour House, Tanga",
        ),
        (
            "in the Council Chambers, Level 2, Civic Centre, 12 Quay Street, Rivermouth.",
            "Council Chambers, Level 2, Civic Centre, 12 Quay Street, Rivermouth",
        ),
        (
            "in Meeting Room 4 on the second floor of the Regional Government Building in Samar by",
            "Meeting Room 4 on the second floor of the Regional Government Building in Samar",
        ),
    ],
)
def test_a_rooms_address_after_its_name_is_the_venues(written: str, venue: str) -> None:
    text = (
        "Acme Ports Ltd and Beta Shipping AS signed a Memorandum of Understanding on Green "
        f"Shipping on Monday. The MoU was signed {written} Jane Doe and John Roe.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Green Shipping",
        parties=named_parties("Acme Ports Ltd", "Beta Shipping AS"),
        signatories=named_people("Jane Doe", "John Roe"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 4), given)
    assert kept[0].location == venue


_CEREMONY = (
    "本月5日上午，江州市第二人民医院与江州医学院、华澜医疗科技有限公司合作签约仪式在医院行政楼举行。"
    "在市卫健委主任王海的见证下，院长李明与副校长张华签署《临床教学合作协议》。"
    "随后，在赵强的见证下，副院长陈刚与华澜医疗总经理刘洋签署《共建远程医疗中心协议》。\n"
)


def test_an_unsigned_summary_of_the_ceremonys_documents_goes() -> None:
    summary = Agreement(
        parties=named_parties("江州市第二人民医院", "江州医学院", "华澜医疗科技有限公司"),
        witnesses=named_people("王海", "赵强"),
    )
    teaching = Agreement(
        title="临床教学合作协议",
        parties=named_parties("江州市第二人民医院", "江州医学院"),
        signatories=named_people("李明", "张华"),
        witnesses=named_people("王海"),
    )
    centre = Agreement(
        title="共建远程医疗中心协议",
        parties=named_parties("江州市第二人民医院", "华澜医疗科技有限公司"),
        signatories=named_people("陈刚", "刘洋"),
        witnesses=named_people("赵强"),
    )
    kept, _ = guarded(_CEREMONY, dt.date(2025, 11, 6), summary, teaching, centre)
    assert [a.title for a in kept] == ["临床教学合作协议", "共建远程医疗中心协议"]


def test_the_signed_document_takes_its_own_name_from_an_unsigned_copy() -> None:
    text = (
        "甲新材料股份有限公司与乙开发区管理委员会签署了《年产5万吨新材料项目投资协议之补充协议》。"
        "公司董事长王平与管委会主任李强代表双方签署补充协议。\n"
    )
    short = Agreement(
        title="补充协议",
        parties=named_parties("甲新材料股份有限公司", "乙开发区管理委员会"),
        signatories=named_people("王平", "李强"),
    )
    full = Agreement(
        title="年产5万吨新材料项目投资协议之补充协议",
        parties=named_parties("甲新材料股份有限公司", "乙开发区管理委员会"),
    )
    kept, _ = guarded(text, dt.date(2025, 12, 9), short, full)
    assert [(a.title, len(a.signatories)) for a in kept] == [
        ("年产5万吨新材料项目投资协议之补充协议", 2)
    ]


def test_an_unsigned_copy_titled_as_anothers_document_folds_into_its_parties_own() -> None:
    text = (
        "The Regional Skills Partnership Agreement was signed by Mayor Ana Reti for the Council "
        "and chief executive Tom Vale for the polytechnic. The signing was witnessed by Deputy "
        "Mayor Sam Lee.\n\n"
        "The polytechnic also signed a Memorandum of Understanding with Bayline Fisheries "
        "Limited. Dean Mere Holt signed for the polytechnic.\n"
    )
    parties = named_parties("Rivermouth District Council", "Rivermouth Polytechnic")
    copy = Agreement(
        title="memorandum of understanding",
        parties=parties,
        witnesses=named_people("Sam Lee"),
    )
    partnership = Agreement(
        title="Regional Skills Partnership Agreement",
        parties=parties,
        signatories=named_people("Ana Reti", "Tom Vale"),
    )
    mou = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Rivermouth Polytechnic", "Bayline Fisheries Limited"),
        signatories=[Signatory(name="Mere Holt")],
    )
    kept, _ = guarded(text, dt.date(2025, 11, 17), copy, partnership, mou)
    assert [a.title for a in kept] == [
        "Regional Skills Partnership Agreement",
        "Memorandum of Understanding",
    ]
    assert [p.name for p in kept[0].witnesses] == ["Sam Lee"]


_PORT_RELEASE = (
    "PORTS AUTHORITY\n\nPress Releases\n\nPort signs green MoU; terminal concession amended\n\n"
    "Posted on 9 January 2026 | Communications Unit\n\n"
    "TANGA - The Tanga Ports Authority (TPA) yesterday signed a Memorandum of Understanding on "
    "Shore Power with Nordhavn Port AS.\n\n"
    "In a separate development, TPA confirmed that the First Amendment to the Berth 4 "
    "Concession Agreement was signed on 30 December with Coastline Terminals Ltd. The "
    "amendment was signed by TPA chairperson Dr. Amina Said and Coastline director Ravi Menon.\n"
)


def test_a_date_after_posted_on_is_the_pages_date_line() -> None:
    assert only_on_the_page_date_line("Posted on 9 January 2026", _PORT_RELEASE)
    assert only_on_the_page_date_line("9 January 2026", _PORT_RELEASE)
    assert not only_on_the_page_date_line("30 December", _PORT_RELEASE)


def test_a_sentence_given_as_the_date_is_its_day_and_a_signed_twin_goes() -> None:
    parties = named_parties("Tanga Ports Authority", "Coastline Terminals Ltd")
    people = named_people("Amina Said", "Ravi Menon")
    sentence = (
        "In a separate development, TPA confirmed that the First Amendment to the Berth 4 "
        "Concession Agreement was signed on 30 December with Coastline Terminals Ltd."
    )
    first = Agreement(
        title="First Amendment to Berth 4 Concession Agreement",
        date_text=sentence,
        parties=parties,
        signatories=people,
    )
    second = Agreement(
        title="First Amendment to the Berth 4 Concession Agreement",
        date_text="Posted on 9 January 2026",
        parties=parties,
        signatories=people,
    )
    kept, _ = guarded(_PORT_RELEASE, dt.date(2026, 1, 9), first, second)
    assert [(a.title, a.date_text) for a in kept] == [
        ("First Amendment to the Berth 4 Concession Agreement", "on 30 December")
    ]


_VIDEO_SIGNING = (
    "灣區科技週報\n首頁 ｜ 澳門\n\n兩地以視像連線簽兩份協議\n"
    "2025年10月20日（星期一）　記者 陳嘉怡\n\n"
    "上週二下午，澳門科創基金與四川省科技廳以視像連線方式簽署合作協議，主會場設於澳門科學館會議"
    "中心二樓多功能廳，成都則在天府會議中心設分會場。\n\n"
    "首份協議為《科技創新合作協議》，由基金主席梁文詩與廳長賀明分別簽署，戴立良與羅家明透過屏幕"
    "共同見證。\n\n第二份協議為《共建中醫藥研發中心協議》，由澳門中醫藥研究院院長區志和與西蜀"
    "中醫藥大學副校長唐雪梅分別簽署。\n"
)


def test_a_video_signings_main_hall_date_line_and_witnesses_are_read() -> None:
    assert parse_published(_VIDEO_SIGNING) == dt.date(2025, 10, 20)
    first = Agreement(
        title="科技創新合作協議",
        location="澳門科學館會議中心二樓多功能厅，成都則在天府會議中心設分會場",
        parties=named_parties("澳門科創基金", "四川省科技廳"),
        signatories=named_people("梁文詩", "賀明"),
        established_entities=["澳門中醫藥研究院"],
    )
    second = Agreement(
        title="共建中醫藥研發中心協议",
        parties=named_parties("澳門中醫藥研究院", "西蜀中醫藥大學"),
        signatories=[Signatory(name="區志和"), Signatory(name="唐雪梅", title="副校長")],
    )
    kept, _ = guarded(_VIDEO_SIGNING, dt.date(2025, 10, 20), first, second)
    assert kept[0].location == "澳門科學館會議中心二樓多功能廳"
    assert [p.name for p in kept[0].witnesses] == ["戴立良", "羅家明"]
    assert kept[0].established_entities == []
    assert kept[1].title == "共建中醫藥研發中心協議"
    assert [p.name for p in kept[1].parties] == ["澳門中醫藥研究院", "西蜀中醫藥大學"]


def test_the_main_hall_set_in_the_signings_sentence_is_its_venue() -> None:
    first = Agreement(
        title="科技創新合作協議",
        parties=named_parties("澳門科創基金", "四川省科技廳"),
        signatories=named_people("梁文詩", "賀明"),
    )
    kept, _ = guarded(_VIDEO_SIGNING, dt.date(2025, 10, 20), first)
    assert kept[0].location == "澳門科學館會議中心二樓多功能廳"
