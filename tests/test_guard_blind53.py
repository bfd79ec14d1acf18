"""Rules made from the fifty-third blind set's misses, each on a text of our own that fails
on the code before them: a signer with a middle initial after a body's bracketed
abbreviation and a title; a hall's building after it in lower case; the parties of an
agreement the model gave none, from what they do under it; a witness given as a title
with its portfolio and a name; a named campus in lower case before who signed; a
headline's "合作协议" summing up the two documents the article tells apart; one document
given twice, its title once with its parties' names before it; a room "at" the campus read
after it, one venue."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_CITY = (
    "Posted on: May 8, 2026\n\n"
    "EASTVALE - Mayor Jane Roe and Eastvale State University (ESU) President Dr. John Q. "
    "Tanner signed a memorandum of understanding at City Hall on Wednesday.\n\n"
    "Under the MOU, the City of Eastvale and ESU will cooperate on internships and data "
    "analytics.\n"
)


def test_a_signer_with_a_middle_initial_after_a_bodys_title_is_read() -> None:
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("City of Eastvale", "Eastvale State University"),
        signatories=named_people("Jane Roe"),
    )
    kept, _ = guarded(_CITY, dt.date(2026, 5, 8), given)
    assert [p.name for p in kept[0].signatories] == ["Jane Roe", "John Q. Tanner"]


def test_the_parties_the_model_left_out_are_those_it_says_act_under_it() -> None:
    given = Agreement(title="memorandum of understanding", signatories=named_people("Jane Roe"))
    kept, warnings = guarded(_CITY, dt.date(2026, 5, 8), given)
    assert [(p.name, p.aliases) for p in kept[0].parties] == [
        ("City of Eastvale", []),
        ("Eastvale State University", ["ESU"]),
    ]
    assert any("added party 'City of Eastvale'" in w for w in warnings)


def test_a_party_the_model_gave_is_not_joined_by_those_under_it() -> None:
    """Only an agreement with no party takes them: the model's one is its own reading."""
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Eastvale State University"),
    )
    _, warnings = guarded(_CITY, dt.date(2026, 5, 8), given)
    assert not any("added party" in w for w in warnings)


def test_a_halls_building_after_it_in_lower_case_is_the_venues() -> None:
    text = (
        "Acme Labs GmbH and Beta University signed the Framework Agreement on Research on "
        "Monday in the Senate Hall of the university's main building.\n"
    )
    given = Agreement(
        title="Framework Agreement on Research",
        parties=named_parties("Acme Labs GmbH", "Beta University"),
    )
    kept, _ = guarded(text, dt.date(2026, 2, 18), given)
    assert kept[0].location == "Senate Hall of the university's main building"


def test_the_full_name_of_a_party_under_it_is_the_one_its_initials_spell() -> None:
    """A review's find: not the headline's words before the bracket."""
    text = (
        "Eastvale and ESU Sign MOU\n"
        "Eastvale State University (ESU) and the City of Eastvale signed a memorandum of "
        "understanding on Monday.\n\n"
        "Under the MOU, the City of Eastvale and ESU will cooperate on internships.\n"
    )
    given = Agreement(title="memorandum of understanding")
    kept, _ = guarded(text, dt.date(2026, 5, 8), given)
    assert [p.name for p in kept[0].parties] == [
        "City of Eastvale",
        "Eastvale State University",
    ]


def test_a_surname_is_named_in_full_by_its_spelt_name_over_its_initial() -> None:
    """A review's find: "H. Strachan" beside "Helen Strachan" is no second candidate."""
    from coopllm.titles import named_in_full

    text = "Professor Helen Strachan spoke first. Later, Prof. H. Strachan signed the MoU.\n"
    assert named_in_full("Strachan", text) == "Helen Strachan"


@pytest.mark.parametrize(
    ("written", "name", "title"),
    [
        (
            Signatory(title="Minister of State for Trade and Industry Lena Ortiz"),
            "Lena Ortiz",
            "Minister of State for Trade and Industry",
        ),
        (
            Signatory(name="Minister for Foreign Affairs Tomas Berg"),
            "Tomas Berg",
            "Minister for Foreign Affairs",
        ),
        (
            Signatory(name="Minister for Health Ana Ruiz", title="Minister"),
            "Ana Ruiz",
            "Minister",
        ),
    ],
)
def test_a_title_with_its_portfolio_is_parted_from_the_name_after_it(
    written: Signatory, name: str, title: str
) -> None:
    (cleaned,) = clean_people([written])
    assert (cleaned.name, cleaned.title) == (name, title)


def test_a_portfolio_with_no_name_after_it_is_a_title_alone() -> None:
    (cleaned,) = clean_people([Signatory(title="Minister for Trade and Industry")])
    assert (cleaned.name, cleaned.title) == (None, "Minister for Trade and Industry")


def test_a_named_campus_in_lower_case_before_who_signed_is_the_venue() -> None:
    text = "The MOU was signed at Beta's Riverside campus by Ada Reyes and Omar Haddad on Monday.\n"
    given = Agreement(title="MOU", signatories=named_people("Ada Reyes", "Omar Haddad"))
    kept, _ = guarded(text, dt.date(2026, 2, 18), given)
    assert kept[0].location == "Beta's Riverside campus"


_TWO_DOCUMENTS = (
    "我院与青禾养老中心、临江护理学院签署合作协议\n"
    "3月2日，我院分别与青禾养老中心签署《医养结合协议》、与临江护理学院签署《护理人才培养协议》。"
    "我院院长周立与青禾养老中心主任吴敏签署医养结合协议；我院副院长孙达与临江护理学院副院长"
    "郑华签署护理人才培养协议。\n"
)


def _documents_and_their_sum(*sum_signers: str) -> list[Agreement]:
    return [
        Agreement(
            title="合作协议",
            parties=named_parties("我院", "青禾养老中心", "临江护理学院"),
            signatories=named_people(*sum_signers),
        ),
        Agreement(
            title="医养结合协议",
            parties=named_parties("我院", "青禾养老中心"),
            signatories=named_people("周立", "吴敏"),
        ),
        Agreement(
            title="护理人才培养协议",
            parties=named_parties("我院", "临江护理学院"),
            signatories=named_people("孙达", "郑华"),
        ),
    ]


def test_a_generic_agreement_summing_up_two_others_goes() -> None:
    kept, _ = guarded(
        _TWO_DOCUMENTS, dt.date(2026, 3, 3), *_documents_and_their_sum("周立", "吴敏", "孙达")
    )
    assert [a.title for a in kept] == ["医养结合协议", "护理人才培养协议"]


def test_a_generic_agreement_with_a_signer_of_its_own_stays() -> None:
    text = _TWO_DOCUMENTS + "此外，我院院长周立与临江护理学院院长钱坤签署合作协议。\n"
    kept, _ = guarded(text, dt.date(2026, 3, 3), *_documents_and_their_sum("周立", "钱坤"))
    assert [a.title for a in kept] == ["合作协议", "医养结合协议", "护理人才培养协议"]


_CLOUD = (
    "10月22日下午，青川大学与北岭理工大学以视频连线方式举行合作谅解备忘录签约仪式。校长王力、"
    "北岭理工大学校长李平分别代表两校签署《青川大学与北岭理工大学合作谅解备忘录》。校党委书记"
    "赵刚见证签约。\n"
)


def _cloud(title: str, *witnesses: str) -> Agreement:
    return Agreement(
        title=title,
        parties=named_parties("青川大学", "北岭理工大学"),
        signatories=named_people("王力", "李平"),
        witnesses=named_people(*witnesses),
        date_text="10月22日下午",
    )


def test_a_title_given_again_with_its_parties_names_before_it_is_one_document() -> None:
    kept, _ = guarded(
        _CLOUD,
        dt.date(2025, 10, 24),
        _cloud("合作谅解备忘录", "赵刚"),
        _cloud("青川大学与北岭理工大学合作谅解备忘录"),
    )
    assert [(a.title, [p.name for p in a.witnesses]) for a in kept] == [
        ("青川大学与北岭理工大学合作谅解备忘录", ["赵刚"])
    ]


def test_a_longer_title_with_other_words_before_it_is_another_document() -> None:
    text = _CLOUD + "同日，王力与李平还签署了《青川大学与北岭理工大学学生交换合作谅解备忘录》。\n"
    kept, _ = guarded(
        text,
        dt.date(2025, 10, 24),
        _cloud("合作谅解备忘录", "赵刚"),
        _cloud("青川大学与北岭理工大学学生交换合作谅解备忘录"),
    )
    assert len(kept) == 2


def test_a_room_at_a_named_campus_is_one_venue() -> None:
    text = (
        "Provost Ada Reyes signed the MoU on Tuesday in the Council Room at Beta's Riverside "
        "campus. Omar Haddad signed for Gamma.\n"
    )
    given = Agreement(title="MoU", signatories=named_people("Ada Reyes", "Omar Haddad"))
    kept, _ = guarded(text, dt.date(2026, 2, 18), given)
    assert kept[0].location == "Council Room at Beta's Riverside campus"
