"""Rules made from the fifty-third blind set's misses, each on a text of our own that fails
on the code before them: a signer with a middle initial after a body's bracketed
abbreviation and a title; a hall's building after it in lower case; the parties of an
agreement the model gave none, from what they do under it."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

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
        title="memorandum of understanding", parties=named_parties("Eastvale State University")
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
    assert [p.name for p in kept[0].parties] == ["City of Eastvale", "Eastvale State University"]


def test_a_surname_is_named_in_full_by_its_spelt_name_over_its_initial() -> None:
    """A review's find: "H. Strachan" beside "Helen Strachan" is no second candidate."""
    from coopllm.titles import named_in_full

    text = "Professor Helen Strachan spoke first. Later, Prof. H. Strachan signed the MoU.\n"
    assert named_in_full("Strachan", text) == "Helen Strachan"
