"""Rules made from the eighty-ninth blind set's misses, on texts of our own that fail on
the code before them: a renewal's ceremony (续约仪式) dates and places its signing, a
short ceremony in an owner's named room is the signing's place, and a Chinese name that
opens on a title's last character (董事长孙伟 read as 董事 and 长孙伟, 孙伟 written alone
too) is no name the article writes."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.schema import Agreement, Signatory

_RENEWAL = (
    "岭南医院与东江大学续签合作备忘录\n"
    "发布日期：2025-06-16\n"
    "岭南医院与东江大学上周四上午在本院门诊大楼八楼学术报告厅举行合作备忘录续约仪式，由岭南医院"
    "院长周文涛与东江大学副校长郑雅琴代表双方签署《临床教学合作备忘录》。\n"
    "原备忘录于去年到期，双方经协商决定续约。\n"
)


def test_a_renewals_ceremony_dates_and_places_its_signing() -> None:
    given = Agreement(
        title="临床教学合作备忘录",
        date_signed=dt.date(2025, 6, 16),
        date_text="2025年6月16日",
        parties=named_parties("岭南医院", "东江大学"),
        signatories=named_people("周文涛", "郑雅琴"),
    )
    (agreement,) = guarded(_RENEWAL, dt.date(2025, 6, 16), given)[0]
    assert (agreement.date_text, agreement.date_signed) == ("上周四", dt.date(2025, 6, 12))
    assert agreement.location == "门诊大楼八楼学术报告厅"


def test_a_short_ceremony_in_an_owners_named_room_is_the_signings_place() -> None:
    text = (
        "Council and college sign training pact\n"
        "Published 14 May 2025\n"
        "The college's principal, Dr Ines Varga, signed the agreement for the college, and the "
        "council's chief executive signed for Marrow District Council, at a brief ceremony in "
        "the Town Hall's Lister Room.\n"
    )
    given = Agreement(
        title="agreement",
        parties=named_parties("Marrow District Council"),
        signatories=named_people("Ines Varga"),
    )
    (agreement,) = guarded(text, dt.date(2025, 5, 14), given)[0]
    assert agreement.location == "Town Hall's Lister Room"


_CHAIRMAN = (
    "12月5日，东川省人民政府与华能远景集团在成都签署战略合作协议。省长李明远，华能远景集团"
    "董事长孙立出席并见证签约。副省长周海与集团总经理陈涛代表双方签约。\n"
    "孙立表示，集团将加大在东川的投资。\n"
)


def test_a_name_that_opens_on_a_titles_last_character_is_not_written() -> None:
    index = SourceIndex(_CHAIRMAN)
    assert not index.locate("长孙立", fuzzy_threshold=None, person=True)[1]
    assert index.locate("孙立", fuzzy_threshold=None, person=True)[1]
    assert index.locate("李明远", fuzzy_threshold=None, person=True)[1]


def test_a_witness_split_into_a_titles_end_and_a_name_is_dropped() -> None:
    given = Agreement(
        title="战略合作协议",
        parties=named_parties("东川省人民政府", "华能远景集团"),
        signatories=named_people("周海", "陈涛"),
        witnesses=[
            Signatory(name="李明远", title="省长"),
            Signatory(name="孙立", title="董事长"),
            Signatory(name="长孙立", title="董事"),
        ],
    )
    (agreement,) = guarded(_CHAIRMAN, dt.date(2025, 12, 8), given)[0]
    assert [w.name for w in agreement.witnesses] == ["李明远", "孙立"]
