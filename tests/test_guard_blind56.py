"""Rules made from the fifty-sixth blind set's misses, each on a text of our own that fails
on the code before them: a signing told on "当天" is the day written before; an event's
site ("论坛现场") is where the article says the event was held; a listed parent whose
subsidiary entered into the document is no party; memoranda exchanged on a visit, each told
by its title and the two bodies it is between; a ministry given as a signer's title is no
office of the party it names."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory

_FORUM = (
    "临江日报\n\n"
    "第二届智能制造论坛在临江举办\n\n"
    "5月20日，第二届智能制造论坛在临江国际会展中心A1馆开幕。\n\n"
    "论坛期间举行了签约仪式，签约仪式在论坛现场举行。当天下午，北岭大学与星河智造科技股份有限公司"
    "签署《产教融合合作协议》。北岭大学副校长李平与星河智造总经理赵刚代表双方签约。\n"
)


def _forum_agreement() -> Agreement:
    return Agreement(
        title="产教融合合作协议",
        parties=named_parties("北岭大学", "星河智造科技股份有限公司"),
        signatories=named_people("李平", "赵刚"),
    )


def test_a_signing_on_the_same_day_is_dated_by_the_day_written_before() -> None:
    kept, _ = guarded(_FORUM, dt.date(2026, 5, 22), _forum_agreement())
    assert (kept[0].date_text, kept[0].date_signed) == ("当天下午", dt.date(2026, 5, 20))


def test_an_events_site_is_where_the_event_was_held() -> None:
    kept, _ = guarded(_FORUM, dt.date(2026, 5, 22), _forum_agreement())
    assert kept[0].location == "临江国际会展中心A1馆"


def test_an_events_site_held_in_two_places_apart_stays_as_written() -> None:
    text = _FORUM.replace("第二届智能制造论坛在临江举办", "第二届智能制造论坛在东湖宾馆举办")
    kept, _ = guarded(text, dt.date(2026, 5, 22), _forum_agreement())
    assert kept[0].location == "论坛现场"


_ANNOUNCEMENT = (
    'This announcement is made by Acme Holdings Limited (the "Company").\n\n'
    "The board of directors of the Company is pleased to announce that Acme Energy (HK) "
    'Limited ("Acme Energy"), an '
    "indirect wholly-owned subsidiary of the Company, entered into a Memorandum of "
    "Understanding with Beta Power Co., Ltd. on 3 March 2026.\n"
)


def _as_given(*parties: str) -> Agreement:
    return Agreement(title="Memorandum of Understanding", parties=named_parties(*parties))


def test_a_listed_parent_of_the_party_that_entered_into_it_is_no_party() -> None:
    given = _as_given("Acme Holdings Limited", "Acme Energy (HK) Limited", "Beta Power Co., Ltd.")
    kept, _ = guarded(_ANNOUNCEMENT, dt.date(2026, 3, 4), given)
    assert [p.name for p in kept[0].parties] == ["Acme Energy (HK) Limited", "Beta Power Co., Ltd."]


def test_a_parent_of_two_parties_alone_stays() -> None:
    given = _as_given("Acme Holdings Limited", "Acme Energy (HK) Limited")
    kept, _ = guarded(_ANNOUNCEMENT, dt.date(2026, 3, 4), given)
    assert [p.name for p in kept[0].parties] == [
        "Acme Holdings Limited",
        "Acme Energy (HK) Limited",
    ]


_VISIT = (
    "VALDORA - The two prime ministers witnessed the exchange of memoranda of understanding on "
    "21 May.\n\n"
    "The first, a Memorandum of Understanding on Cooperation in Fisheries, is between the "
    "Ministry of Fisheries of Kestria and the Ministry of Agriculture, Fisheries and Forestry "
    "of Maravia. It was signed by Lars Holm and Elena Ruiz.\n\n"
    "The second, a Memorandum of Understanding on Health Cooperation, links the Ministry of "
    "Health of Kestria with the Department of Health of Maravia.\n"
)


def test_memoranda_each_told_between_two_bodies_are_each_an_agreement() -> None:
    given = Agreement(
        title="Memorandum of Understanding on Cooperation in Fisheries",
        parties=named_parties("Kestria", "Maravia"),
        signatories=named_people("Lars Holm", "Elena Ruiz"),
        witnesses=named_people("Anika Sorensen"),
    )
    kept, _ = guarded(_VISIT, dt.date(2026, 5, 22), given)
    assert [
        (a.title, [p.name for p in a.parties], [p.name for p in a.signatories]) for a in kept
    ] == [
        (
            "Memorandum of Understanding on Cooperation in Fisheries",
            [
                "Ministry of Fisheries of Kestria",
                "Ministry of Agriculture, Fisheries and Forestry of Maravia",
            ],
            ["Lars Holm", "Elena Ruiz"],
        ),
        (
            "Memorandum of Understanding on Health Cooperation",
            ["Ministry of Health of Kestria", "Department of Health of Maravia"],
            [],
        ),
    ]


def test_one_memorandum_told_between_two_bodies_splits_nothing() -> None:
    text = _VISIT[: _VISIT.index("The second")]
    given = Agreement(
        title="Memorandum of Understanding on Cooperation in Fisheries",
        parties=named_parties("Kestria", "Maravia"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 22), given)
    assert len(kept) == 1


def test_a_ministry_given_as_a_signers_title_leaves_the_party_it_names() -> None:
    text = (
        "The Memorandum of Understanding was signed by Elena Ruiz for the Ministry of "
        "Agriculture of Maravia and by Lars Holm for Kestrel Grain Ltd.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Ministry of Agriculture of Maravia", "Kestrel Grain Ltd"),
        signatories=[
            Signatory(name="Elena Ruiz", title="Ministry of Agriculture", organization="Maravia"),
            Signatory(name="Lars Holm"),
        ],
    )
    kept, _ = guarded(text, dt.date(2026, 5, 22), given)
    assert [p.name for p in kept[0].parties] == [
        "Ministry of Agriculture of Maravia",
        "Kestrel Grain Ltd",
    ]
