"""A seventh read-only review, of the twenty-first set's rules: cases where they did worse
than the code before them, each on a text of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.headline import headline
from coopllm.normalize import normalize_draft
from coopllm.schema import Agreement, Article, ExtractionDraft, Party

DAY = dt.date(2025, 5, 14)
HEAD = "松川市招商工作动态\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # the signing told on another day than the event's
        "5月10日上午，松川招商推介会在上海国际会议中心举行。\n\n"
        "5月11日，代表团一行来到青岚集团总部考察。座谈会后，北湖区与青岚集团现场签约。\n",
        # an event that will be held
        "座谈会上，双方交流了合作意向。第二届产学研合作大会将在南湖大学体育馆举办。"
        "座谈结束后，双方现场签署了战略合作协议。\n",
    ],
)
def test_a_signing_on_the_spot_takes_no_other_days_nor_a_coming_events_venue(
    body: str,
) -> None:
    assert Checker(SourceIndex(HEAD + body), published=DAY).signing_event() is None


def test_two_cities_districts_of_one_name_stay_two_parties() -> None:
    text = "5月12日，长春市朝阳区人民政府与北京市朝阳区人民政府在北京签署友好合作框架协议。\n"
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(parties=[Party(name="长春市朝阳区人民政府"), Party(name="朝阳区人民政府")])
        ],
    )
    written = Checker(SourceIndex(text)).grounded
    (agreement,) = normalize_draft(draft, text, DAY, written).agreements
    assert len(agreement.parties) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "我校代表团访问新加坡国立大学\n续签学生交流备忘录 拓展科研合作\n\n"
            "发布时间：2025-05-14\n\n5月12日，我校代表团访问新加坡国立大学，双方续签了学生交流备忘录。\n",
            "我校代表团访问新加坡国立大学",
        ),
        (
            "赵六一行调研澄阳市大数据局\n\n发布时间：2025-05-14\n\n"
            "5月12日，青岚集团董事长赵六一行调研澄阳市大数据局，双方签署合作协议。\n",
            "赵六一行调研澄阳市大数据局",
        ),
        (
            "东湖农业大学与安平种业共建果蔬研究院\n安平网 > 新闻中心 > 科教\n\n"
            "发布时间：2025-05-14\n\n5月12日，东湖农业大学与安平种业集团签署合作协议。\n",
            "东湖农业大学与安平种业共建果蔬研究院",
        ),
    ],
)
def test_a_headline_that_ends_in_a_body_s_name_with_no_label_after_it_stays(
    text: str, expected: str
) -> None:
    assert headline(expected, text) == expected


def test_an_english_room_written_as_a_named_owner_s_is_not_cut_from_the_model_s() -> None:
    """ "the Mayor's Office at Eastmoor Town Hall": the room is the Mayor's, not the
    council's; the model's "Eastmoor City Council's Mayor's Office" is no room of the
    party the article writes."""
    text = (
        "On Monday, Eastmoor City Council and Acme Robotics Ltd signed a Memorandum of "
        "Understanding in the Mayor's Office at Eastmoor Town Hall.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Eastmoor City Council", "Acme Robotics Ltd"),
        location="Eastmoor City Council's Mayor's Office",
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert kept.location != "Mayor's Office", warnings


def test_a_room_signed_in_on_the_spot_is_the_room() -> None:
    """A find of the review where the code before it was wrong too: "在区政府会议室现场签署"
    gave the location "区政府会议室现场"."""
    text = (
        "北湖区与青岚集团签署合作协议\n\n"
        "5月12日，青岚集团董事长赵六一行来到北湖区政府，双方在区政府会议室现场签署了合作协议。\n"
    )
    given = Agreement(
        agreement_type="cooperation_agreement", parties=named_parties("北湖区", "青岚集团")
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert kept.location == "区政府会议室", warnings


SAME_NAMES = (
    "同名城区携手 共谋协同发展\n"
    "5月12日，南江省临川市鼓楼区人民政府与北江省青州市鼓楼区人民政府在青州签署友好合作框架协议。\n"
    "临川市鼓楼区区长李明与青州市鼓楼区区长王刚代表双方签约。"
)
FAIR_UNDER_HEADLINE = (
    "松川赴杭举办招商推介会\n"
    "5月10日上午，松川招商推介会在杭州国际博览中心举行。市长章海出席并致辞。\n"
    "随后，在章海的见证下，北湖区与远帆智能现场签约智能装备产业园项目。\n"
)


def test_a_day_opening_the_line_under_the_headline_opens_its_sentence() -> None:
    """Finds of the review where the code before it was wrong too: a headline with no
    blank line under it ran into the first sentence, whose opening "5月12日" then opened
    none, so the signing was dated nothing, and the event held there had no day."""
    given = Agreement(
        title="友好合作框架协议",
        agreement_type="framework_agreement",
        parties=named_parties("南江省临川市鼓楼区人民政府", "北江省青州市鼓楼区人民政府"),
    )
    (kept,), warnings = guarded(SAME_NAMES, DAY, given)
    assert (kept.date_text, kept.date_signed) == ("5月12日", dt.date(2025, 5, 12)), warnings
    event = Checker(SourceIndex(FAIR_UNDER_HEADLINE), published=DAY).signing_event()
    assert event is not None
    assert (event.venue, event.day) == ("杭州国际博览中心", "5月10日上午")
