"""A second read-only review's finds in the rules of the same session, each a text of its
own on which a rule's first version damaged a right record: memoranda "between" two
bodies split only a record of one of them, each body ending at its clause; a parent the
signing sentence lists beside its subsidiary stays; an event's "site" only a building's;
"当天" after "次日", or past a sentence's own "第三天", dates nothing; a minister's name of
three words; a video signing's other words; a title's "for" no purpose; a dateline its day
leads is no signing's day; "赵刚则与…签署" names 赵刚 (a find of the first review, outside its
rules)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import clean_people

_MEMORANDA = (
    "The first, a Memorandum of Understanding on Cooperation in Fisheries, is between the "
    "Ministry of Fisheries of Kestria and the Ministry of Agriculture of Maravia, and covers "
    "joint research on fish stocks.\n\n"
    "The second, a Memorandum of Understanding on Health Cooperation, links the Ministry of "
    "Health of Kestria with the Department of Health of Maravia, and was signed by the two "
    "health ministers.\n"
)


def test_each_memorandums_bodies_end_at_their_clause() -> None:
    given = Agreement(
        title="Memorandum of Understanding on Cooperation in Fisheries",
        parties=named_parties("Kestria", "Maravia"),
    )
    kept, _ = guarded(_MEMORANDA, dt.date(2026, 5, 22), given)
    assert [[p.name for p in a.parties] for a in kept] == [
        ["Ministry of Fisheries of Kestria", "Ministry of Agriculture of Maravia"],
        ["Ministry of Health of Kestria", "Department of Health of Maravia"],
    ]


def test_a_record_of_another_document_is_not_made_the_memoranda() -> None:
    text = (
        "Prime Minister Anika Sorensen and Prime Minister Tomas Vell signed a Joint "
        "Declaration on Strategic Partnership on 21 May. The leaders also witnessed the "
        "exchange of two memoranda.\n\n" + _MEMORANDA
    )
    given = Agreement(
        title="Joint Declaration on Strategic Partnership",
        parties=named_parties("Kestria", "Maravia"),
        signatories=named_people("Anika Sorensen", "Tomas Vell"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 22), given)
    assert [a.title for a in kept] == ["Joint Declaration on Strategic Partnership"]


def test_a_parent_listed_among_those_who_entered_into_it_stays() -> None:
    text = (
        'This announcement is made by Acme Holdings Limited (the "Company").\n\n'
        "The Board announces that on 3 March 2026, the Company, Acme Energy (HK) Limited "
        '("Acme Energy"), an indirect wholly-owned subsidiary of the Company, and Beta Power '
        "Co., Ltd. entered into a tripartite cooperation agreement.\n"
    )
    given = Agreement(
        title="tripartite cooperation agreement",
        parties=[
            Party(name="Acme Holdings Limited", aliases=["the Company"]),
            Party(name="Acme Energy (HK) Limited"),
            Party(name="Beta Power Co., Ltd."),
        ],
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert len(kept[0].parties) == 3


@pytest.mark.parametrize(
    "held",
    [
        "在雄壮的国歌声中隆重开幕",
        "在临江市人民政府的指导下举办",
        "开幕。据悉，首届大会于2024年在北京举办",
    ],
)
def test_an_events_site_is_taken_for_a_buildings_name_only(held: str) -> None:
    text = (
        f"5月20日，第二届智能制造大会{held}。\n\n签约仪式在大会现场举行。北岭大学与星河智造科技"
        "股份有限公司签署《产教融合合作协议》。北岭大学副校长李平与星河智造总经理赵刚代表双方签约。\n"
    )
    given = Agreement(
        title="产教融合合作协议",
        parties=named_parties("北岭大学", "星河智造科技股份有限公司"),
        signatories=named_people("李平", "赵刚"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 22), given)
    assert kept[0].location == "大会现场"


@pytest.mark.parametrize(
    "text",
    [
        "5月19日，北岭大学代表团抵达临江。次日上午，论坛开幕。当天下午，北岭大学与星河智造科技股份有限"
        "公司签署《产教融合合作协议》。\n",
        "5月20日，北岭大学代表团抵达临江。当天下午，代表团参观了临江港。第三天上午，北岭大学与星河智造"
        "科技股份有限公司签署《产教融合合作协议》。\n",
    ],
)
def test_the_same_day_after_a_later_day_dates_nothing(text: str) -> None:
    given = Agreement(
        title="产教融合合作协议", parties=named_parties("北岭大学", "星河智造科技股份有限公司")
    )
    kept, _ = guarded(text, dt.date(2026, 5, 28), given)
    assert kept[0].date_signed is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Minister of State for Trade and Industry Low Yen Ling", "Low Yen Ling"),
        ("Minister for Manpower Tan See Leng", "Tan See Leng"),
    ],
)
def test_a_ministers_name_of_three_words_is_kept(written: str, name: str) -> None:
    (cleaned,) = clean_people([Signatory(name=written)])
    assert cleaned.name == name


@pytest.mark.parametrize(
    "how", ["in a ceremony held virtually", "in a signing that took place online", "over Zoom"]
)
def test_other_words_of_a_video_signing_take_no_town(how: str) -> None:
    text = (
        f"Acme Agency and Beta University signed a Memorandum of Understanding {how}. Dr. Ada "
        "Reyes signed the document at the agency's headquarters in Nairobi, while Prof. Omar "
        "Haddad put his signature to it on the university's campus in Pune.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Acme Agency", "Beta University"),
        signatories=named_people("Ada Reyes", "Omar Haddad"),
    )
    kept, _ = guarded(text, dt.date(2026, 2, 13), given)
    assert kept[0].location is None


def test_a_titles_for_is_no_purpose_before_the_venue() -> None:
    text = (
        "Acme Agency and Beta University signed the Memorandum of Understanding for Joint "
        "Research last Tuesday at Beta's headquarters in Ashcombe.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding for Joint Research",
        parties=named_parties("Acme Agency", "Beta University"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 2), given)
    assert kept[0].location == "Beta's headquarters in Ashcombe"


@pytest.mark.parametrize("head", ["Oslo, May 7 (Wire) - ", "May 7 (Wire) - "])
def test_a_dateline_its_day_leads_is_no_signings_day(head: str) -> None:
    text = (
        head + "Fjordline AS and Baltic Ore Ltd have signed a term sheet, in a deal announced "
        "on Thursday. The companies did not say when it was signed.\n"
    )
    given = Agreement(
        title="term sheet",
        parties=named_parties("Fjordline AS", "Baltic Ore Ltd"),
        date_text="Thursday",
        date_signed=dt.date(2026, 5, 7),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 7), given)
    assert kept[0].date_signed is None


def test_an_adverb_after_a_signers_name_is_no_part_of_it() -> None:
    text = (
        "3月5日，青川大学校长王立新与星河智造董事长赵刚签署合作协议。当天，赵刚则与青川大学教育"
        "基金会秘书长林芳签署《奖学金捐赠协议》。\n"
    )
    given = Agreement(
        title="奖学金捐赠协议",
        parties=named_parties("青川大学教育基金会", "星河智造科技股份有限公司"),
        signatories=named_people("林芳", "赵刚"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 6), given)
    assert [p.name for p in kept[0].signatories] == ["林芳", "赵刚"]
