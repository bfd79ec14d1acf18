"""Rules made from the forty-fifth blind set's misses, each on a text of our own that fails
on the code before them: words of a sentence a model gives as a Chinese person's name
("…及…出席见证") are no signer; a person the headline says signed and the body says
witnessed, given in both roles, is a witness; a model's commas after a value are no part of
it; "Datuk'" is a form of address; a news desk's "here" is no part of a venue; a country's
name as an owner's before a party's is dropped, or written after it where the article does;
an owner's campus in lower case before its town is the venue; signers listed across
semicolons after "signed at … by" are the list's."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import clean_people


def test_words_of_a_sentence_are_no_persons_name() -> None:
    text = (
        "維港大學與灣區科技園管委會於11月20日簽署合作備忘錄。維港大學副校長陳浩文與管委會主任劉志強"
        "代表雙方簽署備忘錄，校長王啟明教授及副市長李曉東出席見證。\n"
    )
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("維港大學", "灣區科技園管委會"),
        signatories=named_people("陳浩文", "劉志強", "校長王啟明教授及副市長李曉東出席見證"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 24), given)
    assert [p.name for p in kept[0].signatories] == ["陳浩文", "劉志強"]


def test_a_headlines_signer_the_body_says_witnessed_is_a_witness() -> None:
    text = (
        "校党委书记周启明带队赴青岚县调研并签署校地合作协议\n\n"
        "11月14日下午，汉江农业大学与青岚县人民政府校地合作签约仪式举行。副校长林晓燕与县长马丽娟"
        "分别代表双方签署《校地合作协议》，周启明、韩卫东共同见证签约。\n"
    )
    given = Agreement(
        title="校地合作协议",
        parties=named_parties("汉江农业大学", "青岚县人民政府"),
        signatories=named_people("周启明", "林晓燕", "马丽娟"),
        witnesses=named_people("周启明", "韩卫东"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 17), given)
    assert [p.name for p in kept[0].signatories] == ["林晓燕", "马丽娟"]
    assert [p.name for p in kept[0].witnesses] == ["周启明", "韩卫东"]


def test_a_models_commas_after_a_value_and_a_mangled_datuk_are_left_off() -> None:
    assert Party(name='Kedah Industrial Skills Corporation (KISC)",').name == (
        "Kedah Industrial Skills Corporation (KISC)"
    )
    (person,) = clean_people([Signatory(name="Datuk' Sri Hasnul Arifin")])
    assert person.name == "Hasnul Arifin"


_KULIM = (
    "ALOR SETAR: The Kulim Skills Corporation and Germany's Rhein Valley Technical University "
    "will set up a training centre. The agreement was signed at Wisma Darul Aman here "
    "yesterday by chief executive Aziz Rahman and vice-president Jonas Weber, who flew in "
    "from Germany.\n"
)


def test_a_desks_here_and_a_countrys_owner_word_are_no_part_of_names() -> None:
    given = Agreement(
        title="agreement",
        parties=named_parties(
            "Kulim Skills Corporation", "Germany's Rhein Valley Technical University"
        ),
        signatories=named_people("Aziz Rahman", "Jonas Weber"),
        location="Wisma Darul Aman here",
    )
    kept, _ = guarded(_KULIM, dt.date(2025, 10, 16), given)
    assert kept[0].location == "Wisma Darul Aman"
    assert kept[0].parties[1].name == "Rhein Valley Technical University"


def test_a_countrys_owner_word_stays_where_the_country_is_not_written_alone() -> None:
    text = _KULIM.replace(", who flew in from Germany", "")
    given = Agreement(
        title="agreement",
        parties=named_parties(
            "Kulim Skills Corporation", "Germany's Rhein Valley Technical University"
        ),
    )
    kept, _ = guarded(text, dt.date(2025, 10, 16), given)
    assert kept[0].parties[1].name == "Germany's Rhein Valley Technical University"
    peoples = "The People's Government of Kulim District signed an agreement with Aziz Ltd.\n"
    given = Agreement(
        title="agreement", parties=named_parties("People's Government of Kulim District")
    )
    kept, _ = guarded(peoples, dt.date(2025, 10, 16), given)
    assert kept[0].parties[0].name == "People's Government of Kulim District"


def test_an_owners_campus_before_its_town_is_the_venue() -> None:
    text = (
        "Corvanta Medical, Inc. and Halvorsen Research Hospital signed a research agreement. "
        "The agreement was signed on February 26 at Halvorsen's Lakeside campus in Cleveland "
        "by Dana Whitcombe and Samuel Okafor.\n"
    )
    given = Agreement(
        title="research agreement",
        parties=named_parties("Corvanta Medical, Inc.", "Halvorsen Research Hospital"),
        signatories=named_people("Dana Whitcombe", "Samuel Okafor"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 2), given)
    assert kept[0].location == "Halvorsen's Lakeside campus in Cleveland"


def test_signers_listed_across_semicolons_after_signed_at_a_place_by() -> None:
    text = (
        "Eastmoor University, Carrick University and the National Metrology Lab signed a "
        "tripartite agreement on Friday.\n\nThe agreement was signed at the Lab's "
        "headquarters in Fenwick by Professor Alan White, Vice-Chancellor of Eastmoor "
        "University; Professor Mhairi Dunn, Principal of Carrick University; and Dr Nikhil "
        "Shah, Chief Executive of the Lab.\n"
    )
    given = Agreement(
        title="tripartite agreement",
        parties=named_parties(
            "Eastmoor University", "Carrick University", "National Metrology Lab"
        ),
        signatories=named_people("Alan White", "Mhairi Dunn", "Nikhil Shah"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 9), given)
    assert [p.name for p in kept[0].signatories] == ["Alan White", "Mhairi Dunn", "Nikhil Shah"]
