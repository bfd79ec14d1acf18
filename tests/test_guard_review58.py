"""A read-only review's finds in the blind58 rules, each mended and tested here on a text of
our own that fails on the code before the mends: talks make stand-bys only in a
headline's clause; the main hall after a video ceremony only for the article's one such
ceremony, of no earlier year nor to come; a title's field before "at" a body only where a
comma closes it; a maker's kind only before a name of four characters or more, written twice
outside it; a ceremony after sentences of who signed for whom, which tell no other signing;
a plaque unveiled ", marking" another body is that body's."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory


def _strategic(location: str | None = None) -> Agreement:
    return Agreement(
        title="战略合作协议",
        parties=named_parties("东川省人民政府", "华晟能源集团有限公司"),
        signatories=named_people("周立群", "孙海峰"),
        location=location,
    )


@pytest.mark.parametrize(
    "told",
    [
        "在省政府会见厅签署战略合作协议",
        "举行会谈，会谈后两人签署了战略合作协议",
        "会谈期间签署了战略合作协议",
        "在会见中签署战略合作协议",
    ],
)
def test_talks_in_a_bodys_sentence_leave_its_signers(told: str) -> None:
    text = f"10月9日，省长周立群与集团董事长孙海峰{told}。\n"
    kept, _ = guarded(text, dt.date(2025, 10, 10), _strategic())
    assert [p.name for p in kept[0].signatories] == ["周立群", "孙海峰"]


def test_one_who_met_the_other_and_then_signed_stays_a_signer() -> None:
    text = "10月9日，省长周立群会见集团董事长孙海峰，两人代表双方签署战略合作协议。\n"
    kept, _ = guarded(text, dt.date(2025, 10, 10), _strategic())
    assert [p.name for p in kept[0].signatories] == ["周立群", "孙海峰"]


def _university(location: str | None) -> Agreement:
    return Agreement(
        title="合作协议",
        parties=named_parties("南陵大学", "北峡大学"),
        signatories=named_people("何川", "奥拉夫"),
        location=location,
    )


def test_an_earlier_video_ceremonys_main_hall_is_not_this_signings() -> None:
    text = (
        "去年5月，南陵大学与东湖大学以视频连线方式举行了合作协议签约仪式。主会场设在南陵大学行政楼会议室。"
        "12月18日，南陵大学校长何川与北峡大学校长奥拉夫在北峡大学礼堂签署合作协议。\n"
    )
    kept, _ = guarded(text, dt.date(2026, 1, 4), _university("南陵大学行政楼会议室"))
    assert kept[0].location == "北峡大学礼堂"


def test_a_video_ceremony_set_for_a_later_day_has_no_venue_yet() -> None:
    text = (
        "南陵大学与北峡大学定于1月18日以视频连线方式举行合作协议“云签约”仪式。主会场设在南陵大学图书馆"
        "报告厅，北峡大学在卑尔根设分会场。何川与奥拉夫届时代表两校签字。\n"
    )
    kept, _ = guarded(text, dt.date(2026, 1, 4), _university("南陵大学图书馆报告厅"))
    assert kept[0].location is None


def test_two_video_ceremonies_main_halls_are_no_ones_venue() -> None:
    text = (
        "12月18日，南陵大学与北峡大学以视频连线方式举行合作协议签约仪式。主会场设在南陵大学图书馆报告厅。"
        "同日，南陵大学与东湖大学也以视频连线方式举行了合作协议签约仪式。主会场设在南陵大学行政楼会议室。"
        "南陵大学校长何川与北峡大学校长奥拉夫代表两校签字。\n"
    )
    kept, _ = guarded(text, dt.date(2026, 1, 4), _university("南陵大学行政楼会议室"))
    assert kept[0].location is None


@pytest.mark.parametrize(
    ("signed_by", "venue"),
    [
        (
            "Foreign Minister Kofi Adjei and Secretary of State Mara Quinn at the State Department",
            "State Department",
        ),
        (
            "Corvane's chief executive and the university's Vice President for Research at the "
            "Royal Society in London",
            "Royal Society in London",
        ),
    ],
)
def test_a_venue_after_a_title_with_its_field_at_a_sentences_end_stays(
    signed_by: str, venue: str
) -> None:
    text = (
        "LONDON, March 3, 2026 -- The two sides signed a memorandum of understanding on Tuesday."
        f"\n\nThe memorandum was signed by {signed_by}.\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Halden University", "Corvane Bio"),
        location=venue,
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), given)
    assert kept[0].location == venue


def _maker(name: str) -> Agreement:
    return Agreement(
        title="战略合作协议",
        parties=named_parties("南陵大学", name),
        signatories=named_people("林文华", "蔡志明"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "南陵大学与北京大厂科技有限公司、上海云帆科技有限公司12月9日签署战略合作协议，由校长林文华与"
            "董事长蔡志明代表签署。\n",
            "北京大厂科技有限公司",
        ),
        (
            "南陵大学与河北大厂影视小镇开发有限公司12月9日签署战略合作协议，由校长林文华与董事长蔡志明"
            "代表双方签署。影视小镇位于大厂回族自治县。\n",
            "河北大厂影视小镇开发有限公司",
        ),
    ],
)
def test_a_places_daichang_stays_in_the_name(text: str, name: str) -> None:
    kept, _ = guarded(text, dt.date(2025, 12, 11), _maker(name))
    assert kept[0].parties[1].name == name


_MARLO = (
    "MARLO - The Ministry of Energy last Wednesday signed a memorandum of understanding with "
    "the Teller Development Fund."
)


def _memorandum() -> Agreement:
    return Agreement(
        title=None,
        parties=named_parties("Ministry of Energy", "Teller Development Fund"),
        signatories=named_people("Ruth Ofori", "Erik Lund"),
    )


def test_a_ceremony_after_a_second_signing_is_not_the_firsts() -> None:
    text = (
        f"{_MARLO} On Friday, the ministry signed a second time, with the Orin Investment Bank. "
        "The ceremony was held at the Harbour View Hotel.\n"
    )
    kept, _ = guarded(text, dt.date(2025, 10, 14), _memorandum())
    assert kept[0].location is None


def test_a_signer_who_signed_the_memorandum_for_a_party_tells_the_same_signing() -> None:
    text = (
        f"{_MARLO}\n\nMinister Ruth Ofori signed the memorandum on behalf of the Government of "
        "Sarn, while Fund director Erik Lund signed it for the Fund. The ceremony was held at "
        "the Bay View Hotel in Marlo.\n"
    )
    kept, _ = guarded(text, dt.date(2025, 10, 14), _memorandum())
    assert kept[0].location == "Bay View Hotel in Marlo"


def test_a_plaque_marking_another_bodys_opening_makes_no_witness() -> None:
    text = (
        "The agreement was signed on 27 February at Mill House by Professor Ann Vale and Raj "
        "Mehta, founding the Corran Centre for Imaging.\n\nEarlier in the day, Lucy Hart, MP for "
        "Corran North, unveiled a plaque, marking the opening of the university's new Northgate "
        "Sports Centre.\n"
    )
    given = Agreement(
        title=None,
        parties=named_parties("University of Corran", "Mehta Imaging Ltd"),
        signatories=[
            Signatory(name="Ann Vale", title="Professor", organization=None),
            Signatory(name="Raj Mehta", title=None, organization=None),
        ],
        established_entities=["Corran Centre for Imaging"],
    )
    kept, _ = guarded(text, dt.date(2026, 3, 2), given)
    assert kept[0].witnesses == []
