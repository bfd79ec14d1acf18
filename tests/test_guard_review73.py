"""A read-only review of blind72's rules found these faults, each on a text of its own,
failing on the code before the mends: a body that hosts its own signing dropped as the
venue's building, a span of time or "the same hall" read as a venue, the venue of
ceremonies held 相继 or 举办 missed, a building kept as a party where the venue came from
the text or was a Chinese hotel's hall, and "共同见证签约" or "在" after a Latin name left
behind in a name."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

PUBLISHED = dt.date(2025, 11, 20)


# 1. between.no_venue_as_party: a body whose own premises host the signing stays a party
@pytest.mark.parametrize(
    ("text", "host", "other", "location"),
    [
        (
            "The agreement was signed on Tuesday at Chatham House in London by Chatham House "
            "and the Singapore Institute of International Affairs.\n",
            "Chatham House",
            "Singapore Institute of International Affairs",
            "Chatham House in London",
        ),
        (
            "The Sydney Opera House and the Shanghai Grand Theatre signed a memorandum of "
            "understanding at the Sydney Opera House on Friday.\n",
            "Sydney Opera House",
            "Shanghai Grand Theatre",
            "Sydney Opera House",
        ),
    ],
)
def test_a_body_hosting_its_own_signing_is_no_venue_building(
    text: str, host: str, other: str, location: str
) -> None:
    agreement = Agreement(title="memorandum", parties=named_parties(host, other), location=location)
    kept, _ = guarded(text, PUBLISHED, agreement)
    assert [p.name for p in kept[0].parties] == [host, other]


# 2. places._ZH_HELD_AT_A_SIGNING with 先后: a span of time or "the same hall" is no venue
@pytest.mark.parametrize("where", ["两周内", "一周之内", "同一会场"])
def test_a_span_of_time_or_the_same_hall_is_no_venue(where: str) -> None:
    text = (
        f"11月14日，江州理工大学在{where}先后举行两场签约仪式，与华澄医疗科技有限公司签署"
        "《产学研合作协议》，与江州市高新区管委会签署《共建创新园区合作协议》。\n"
    )
    checker = Checker(SourceIndex(text)).dated(PUBLISHED)
    assert checker.signing_venues() == []


# 3. the same pattern: ceremonies held 相继, 依次 or 举办 name their venue too
@pytest.mark.parametrize("held", ["相继举行", "依次举行", "先后举办"])
def test_the_venue_of_ceremonies_held_one_after_another(held: str) -> None:
    text = (
        f"上周五，江州市第一人民医院在住院部九楼报告厅{held}两场签约仪式，与华澄医疗科技"
        "有限公司签署《智慧医院建设合作协议》。\n"
    )
    checker = Checker(SourceIndex(text)).dated(PUBLISHED)
    assert checker.signing_venues() == ["住院部九楼报告厅"]


# 4. apply: the building dropped where the venue is the text's, not the model's
def test_a_building_is_dropped_where_the_venue_comes_from_the_text() -> None:
    text = (
        "The agreement was signed on Thursday in the Kestrel Room of the Alder Engineering "
        "Building in Northfield by Northfield Polytechnic and Tamsin Robotics Ltd.\n"
    )
    agreement = Agreement(
        title="agreement",
        parties=named_parties(
            "Northfield Polytechnic",
            "Tamsin Robotics Ltd.",
            "Alder Engineering Building, Northfield",
        ),
    )
    kept, _ = guarded(text, dt.date(2025, 9, 22), agreement)
    assert [p.name for p in kept[0].parties] == ["Northfield Polytechnic", "Tamsin Robotics Ltd."]


# 5. between.no_venue_as_party: a Chinese hotel whose hall the signing was held in
def test_a_chinese_hotel_around_the_hall_is_no_party() -> None:
    text = (
        "11月14日上午，江州理工大学与华澄医疗科技有限公司在江州国际会展中心大酒店三楼多功能厅"
        "举行战略合作协议签约仪式。\n"
    )
    agreement = Agreement(
        title="战略合作协议",
        parties=named_parties("江州理工大学", "华澄医疗科技有限公司", "江州国际会展中心大酒店"),
        location="江州国际会展中心大酒店三楼多功能厅",
    )
    kept, _ = guarded(text, PUBLISHED, agreement)
    assert [p.name for p in kept[0].parties] == ["江州理工大学", "华澄医疗科技有限公司"]


# 6. titles._ZH_DOING_AFTER: the words joined before a doing go with it, and 在 after a
# Latin name
@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("陈思远共同见证签约", "陈思远"),
        ("赵立群出席并见证签约", "赵立群"),
        ("林可作主旨发言", "林可"),
        ("Margaret Ellison视频致辞", "Margaret Ellison"),
        ("Helen Marsh在", "Helen Marsh"),
    ],
)
def test_the_words_joined_to_a_doing_after_a_name_go_with_it(given: str, name: str) -> None:
    (cleaned,) = clean_people([Signatory(name=given)])
    assert cleaned.name == name


def test_a_witness_seeing_the_signing_together_is_named_once() -> None:
    text = (
        "11月18日上午，江州理工大学与华澄医疗科技有限公司举行战略合作协议签约仪式。"
        "省教育厅副厅长陈思远共同见证签约。江州理工大学校长林可与华澄医疗董事长周志刚在协议上签字。\n"
    )
    (cleaned,) = clean_people([Signatory(name="陈思远共同见证签约")])
    agreement = Agreement(
        title="战略合作协议",
        parties=named_parties("江州理工大学", "华澄医疗科技有限公司"),
        signatories=[*named_people("林可", "周志刚"), cleaned],
    )
    kept, _ = guarded(text, PUBLISHED, agreement)
    assert [p.name for p in kept[0].witnesses] == ["陈思远"]
