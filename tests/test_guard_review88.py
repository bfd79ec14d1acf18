"""The eighty-eighth review's finds in blind87's rules, each failing on the code it
reviewed: a document drafted "in discussion with" others is no document to come, a room
before a signing to come is no venue, a town named as its own document's place keeps it,
a works town is no signing's, a Chinese list of signers opened after a comma, half-width
commas, a capital "On", a lone venue given by its start, and a municipal clerk."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized, read_through

from coopllm.schema import Agreement, Signatory

_JANUARY = dt.date(2026, 1, 8)
_MAY = dt.date(2026, 5, 14)


@pytest.mark.parametrize("how", ["drafted in discussion", "finalised in negotiations"])
def test_a_document_drafted_in_discussion_is_no_document_to_come(how: str) -> None:
    text = (
        "Lakemoor University and Tessel Water on Monday signed a memorandum of understanding on "
        f"flood research.\nThe Flood Research Memorandum, {how} with the city's emergency "
        "services over the past year, sets out joint field work and shared data.\n"
    )
    given = Agreement(
        title="Flood Research Memorandum",
        parties=named_parties("Lakemoor University", "Tessel Water"),
    )
    kept, _ = guarded(text, _MAY, given)
    assert [a.title for a in kept] == ["Flood Research Memorandum"]


@pytest.mark.parametrize("words", ["regarding", "towards"])
def test_a_document_in_discussions_regarding_it_is_to_come(words: str) -> None:
    text = (
        "Lakemoor University and Tessel Water signed a research agreement on Monday, by "
        "Registrar Dina Osei and Mark Lunde.\nThe university is also in discussions with "
        f"Lakemoor City Council {words} a flood forecasting agreement.\n"
    )
    signed = Agreement(
        title="research agreement",
        parties=named_parties("Lakemoor University", "Tessel Water"),
        signatories=named_people("Dina Osei", "Mark Lunde"),
    )
    talked = Agreement(
        title="flood forecasting agreement",
        parties=named_parties("Lakemoor University", "Lakemoor City Council"),
    )
    kept, _ = guarded(text, _MAY, signed, talked)
    assert [a.title for a in kept] == ["research agreement"]


@pytest.mark.parametrize("will", ["将", "拟", "有望", "还将"])
def test_a_room_before_a_signing_to_come_is_no_venue(will: str) -> None:
    text = (
        "5月12日，澄江大学与启航科技公司签署合作意向书。根据安排，下个月，在启航科技公司研发大楼，"
        f"双方{will}签署正式合作协议。\n"
    )
    given = Agreement(title="合作意向书", parties=named_parties("澄江大学", "启航科技公司"))
    (agreement,) = guarded(text, _MAY, given)[0]
    assert agreement.location is None


@pytest.mark.parametrize(
    "written",
    [
        "1月5日上午，在河湾市中心医院综合楼三楼会议室，该院与东岭省肿瘤医院正式签约。\n",
        "1月5日上午，在河湾市中心医院综合楼三楼会议室，该院与东岭省肿瘤医院举行合作协议签约仪式。\n",
        "1月5日在河湾市中心医院综合楼三楼会议室，该院与东岭省肿瘤医院签署合作协议。\n",
    ],
)
def test_a_room_opening_a_signing_in_other_words_is_its_venue(written: str) -> None:
    given = Agreement(
        title="合作协议",
        location="河湾市中心医院",
        parties=named_parties("河湾市中心医院", "东岭省肿瘤医院"),
    )
    (agreement,) = read_through(written, _JANUARY, given)
    assert agreement.location == "河湾市中心医院综合楼三楼会议室"


@pytest.mark.parametrize(
    "room",
    ["在上海市国际会议中心，澄江大学与东湖研究院", "澄江大学与东湖研究院在上海市国际会议中心"],
)
def test_a_town_named_as_its_own_documents_place_keeps_it(room: str) -> None:
    text = (
        "5月10日，启航科技公司与澄江大学在上海市签署战略合作协议，校长林海与董事长周明分别代表双方签字。\n"
        f"5月12日上午，{room}签署合作备忘录，副校长陈立与院长吴涛签字。\n"
    )
    first = Agreement(
        title="战略合作协议",
        location="上海市",
        parties=named_parties("启航科技公司", "澄江大学"),
        signatories=named_people("林海", "周明"),
    )
    second = Agreement(
        title="合作备忘录",
        location="上海市国际会议中心",
        parties=named_parties("澄江大学", "东湖研究院"),
        signatories=named_people("陈立", "吴涛"),
    )
    kept, _ = guarded(text, _MAY, first, second)
    assert [a.location for a in kept] == ["上海市", "上海市国际会议中心"]


def test_a_works_town_is_no_signings_place() -> None:
    text = (
        "The Ministry of Water and NRUET on Tuesday signed a research agreement at the Kitara "
        "Conference Centre, signed by Ana Ruiz and Moses Banda.\nAt the same ceremony, the "
        "ministry also signed a borehole agreement with RWASA to drill 40 wells in Velmora. It "
        "was signed by Ana Ruiz and Peter Obi.\n"
    )
    research = Agreement(
        title="research agreement",
        location="Kitara Conference Centre",
        parties=named_parties("Ministry of Water", "NRUET"),
        signatories=named_people("Ana Ruiz", "Moses Banda"),
    )
    boreholes = Agreement(
        title="borehole agreement",
        location="Velmora",
        parties=named_parties("Ministry of Water", "RWASA"),
        signatories=named_people("Ana Ruiz", "Peter Obi"),
    )
    kept, _ = guarded(text, _MAY, research, boreholes)
    assert [a.location for a in kept] == ["Kitara Conference Centre"] * 2


@pytest.mark.parametrize(
    "written",
    [
        "签订合作协议，签字代表为河湾市中心医院院长郝明，东岭省肿瘤医院院长杜若海，副市长邓立新等出席签约仪式。",
        "签订合作协议，代表双方签约的是院长郝明，院长杜若海，副市长邓立新等出席。",
    ],
)
def test_a_chinese_list_of_signers_opened_after_a_comma_signed(written: str) -> None:
    text = f"1月5日，河湾市中心医院与东岭省肿瘤医院{written}\n"
    given = Agreement(
        title="合作协议",
        parties=named_parties("河湾市中心医院", "东岭省肿瘤医院"),
        signatories=named_people("郝明", "杜若海"),
    )
    (agreement,) = read_through(text, _JANUARY, given)
    assert [p.name for p in agreement.signatories] == ["郝明", "杜若海"]


def test_an_attendee_after_a_half_width_comma_did_not_sign() -> None:
    text = (
        "1月5日,河湾市中心医院与东岭省肿瘤医院签署合作协议,副市长邓立新主持签约仪式,"
        "市卫健委主任欧阳岚,副县长韦晓春出席。\n院长郝明与院长杜若海签字。\n"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("河湾市中心医院", "东岭省肿瘤医院"),
        signatories=named_people("郝明", "杜若海", "欧阳岚"),
    )
    (agreement,) = read_through(text, _JANUARY, given)
    assert [p.name for p in agreement.signatories] == ["郝明", "杜若海"]


def test_the_pages_date_given_with_a_capital_on_is_the_pages() -> None:
    text = (
        "Lakemoor and Tessel sign water pact\nPosted on: 14 May 2026 | Press Office\n\n"
        "Lakemoor University and Tessel Water signed a research agreement last Friday, by Dina "
        "Osei and Mark Lunde.\n"
    )
    given = Agreement(
        title="research agreement",
        date_text="On 14 May 2026",
        date_signed=_MAY,
        parties=named_parties("Lakemoor University", "Tessel Water"),
        signatories=named_people("Dina Osei", "Mark Lunde"),
    )
    (agreement,) = guarded(text, _MAY, given)[0]
    assert (agreement.date_text, agreement.date_signed) == ("last Friday", dt.date(2026, 5, 8))


def test_a_lone_venue_given_by_its_start_takes_its_street() -> None:
    text = (
        "NRUET and RWASA on Tuesday signed a memorandum of understanding on water research. The "
        "MoU was signed at the RWASA head office on Shapla Avenue by Dr Ana Ruiz and Eng. Moses "
        "Banda.\n"
    )
    given = Agreement(
        title="memorandum of understanding on water research",
        location="RWASA head office",
        parties=named_parties("NRUET", "RWASA"),
        signatories=named_people("Ana Ruiz", "Moses Banda"),
    )
    (agreement,) = guarded(text, _MAY, given)[0]
    assert agreement.location == "RWASA head office on Shapla Avenue"


def test_a_municipal_clerk_is_an_office() -> None:
    given = Agreement(
        parties=named_parties("Nkeyo Town Council", "Lakemoor City Council"),
        signatories=[Signatory(name="Municipal Clerk Moses Banda")],
    )
    (agreement,) = normalized("Municipal Clerk Moses Banda signed.", given)
    assert agreement.signatories == [Signatory(name="Moses Banda", title="Municipal Clerk")]
