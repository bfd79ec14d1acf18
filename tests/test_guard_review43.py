"""Mends of the read-only review of the session's rules (blind42's leftovers, blind43's),
each on a text of our own that the rule before the mend got wrong: an earlier "分别与"
signing splits nothing; a short title listed beside its long one is another document; an
untitled deal signed under its party's first word is kept; "an MoU" of another pair dates
nothing; a room's letter ends its venue."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

DAY = dt.date(2026, 6, 4)


def test_an_earlier_signing_with_each_body_splits_nothing() -> None:
    text = (
        "6月2日，江枫职业技术学院与苏江电子有限公司、和润物流股份有限公司签署三方产教融合共同体协议。"
        "早在2023年，学院副院长顾明远分别与苏江电子有限公司总经理沈浩、和润物流股份有限公司人力资源总监"
        "林佳签订了实习基地协议。\n"
    )
    three = Agreement(
        title="三方产教融合共同体协议",
        parties=named_parties("江枫职业技术学院", "苏江电子有限公司", "和润物流股份有限公司"),
    )
    kept, _ = guarded(text, DAY, three)
    assert [len(a.parties) for a in kept] == [3]


def test_a_short_title_listed_beside_its_long_one_is_another_document() -> None:
    text = (
        "6月2日，澄川市人民政府与远联集团有限公司签署战略合作协议和数字经济战略合作协议。"
        "同日，远联集团有限公司与澄川港务有限公司签署两份物流服务合同。\n"
    )
    parties = named_parties("澄川市人民政府", "远联集团有限公司")
    kept, _ = guarded(
        text,
        DAY,
        Agreement(title="战略合作协议", parties=parties),
        Agreement(title="数字经济战略合作协议", parties=parties),
        Agreement(
            title="物流服务合同", parties=named_parties("远联集团有限公司", "澄川港务有限公司")
        ),
    )
    assert len(kept) == 3


def test_an_untitled_deal_signed_under_its_partys_first_word_stays() -> None:
    text = (
        "Kestrel Energy and Aldmoor Port signed a Cooperation Agreement on Tuesday. Kestrel "
        "Energy also signed a supply deal with Northgate on the same day. Northgate Data Centres "
        "is expected to sign a separate lease next year.\n"
    )
    signed = Agreement(
        title="Cooperation Agreement", parties=named_parties("Kestrel Energy", "Aldmoor Port")
    )
    supply = Agreement(parties=named_parties("Kestrel Energy", "Northgate Data Centres"))
    kept, warnings = guarded(text, DAY, signed, supply)
    assert len(kept) == 2, warnings


def test_another_pairs_mou_does_not_date_this_memorandum() -> None:
    text = (
        "Tumkur Agricultural College renewed its Memorandum of Understanding with the State "
        "Watershed Agency. Separately, the agency signed an MoU with Mysore Dairy on 2 June.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Tumkur Agricultural College", "State Watershed Agency"),
        signatories=named_people("Anil Rao"),
    )
    (kept,), _ = guarded(text, DAY, given)
    assert kept.date_signed is None


def test_a_rooms_letter_ends_its_venue() -> None:
    text = (
        "Tumkur Agricultural College and the State Watershed Agency signed a Memorandum of "
        "Understanding on Monday at Conference Hall B. The MoU covers seed trials.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Tumkur Agricultural College", "State Watershed Agency"),
    )
    (kept,), _ = guarded(text, DAY, given)
    assert kept.location == "Conference Hall B"
