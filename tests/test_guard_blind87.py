"""Rules made from the eighty-seventh blind set's misses, on texts of our own that fail on
the code before them: a Chinese list of attendees after a signing's comma, a room that
opens its sentence, a town clerk's office, a document still "in discussion", one
document's town beside another's venue, a venue given by its start, and a page's date
line given with its "on"."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized, read_through

from coopllm.dates import only_on_the_page_date_line
from coopllm.schema import Agreement, Signatory
from coopllm.titles import split_title

_JANUARY = dt.date(2026, 1, 8)
_MAY = dt.date(2026, 5, 14)


def test_a_name_listed_after_a_chinese_signings_comma_attended() -> None:
    text = (
        "1月5日上午，河湾市中心医院先后与两家单位签署合作协议，副市长邓立新主持签约仪式，"
        "市卫健委主任欧阳岚，市委常委、副市长柯文彬出席。\n"
        "第一份协议由河湾市中心医院与东岭省肿瘤医院签署，东岭省肿瘤医院院长杜若海与河湾市中心"
        "医院院长郝明签字，欧阳岚见证签约。\n"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("河湾市中心医院", "东岭省肿瘤医院"),
        signatories=named_people("杜若海", "郝明"),
    )
    (agreement,) = read_through(text, _JANUARY, given)
    assert [p.name for p in agreement.witnesses] == ["欧阳岚"]


def test_a_room_that_opens_the_signings_sentence_is_its_venue() -> None:
    text = (
        "1月5日上午，在河湾市中心医院综合楼三楼会议室，该院与东岭省肿瘤医院签署合作协议，"
        "院长郝明与院长杜若海分别代表双方签字。\n"
    )
    given = Agreement(
        title="合作协议",
        location="河湾市中心医院",
        parties=named_parties("河湾市中心医院", "东岭省肿瘤医院"),
        signatories=named_people("郝明", "杜若海"),
    )
    (agreement,) = read_through(text, _JANUARY, given)
    assert agreement.location == "河湾市中心医院综合楼三楼会议室"


def test_a_town_clerk_is_an_office() -> None:
    assert split_title("Town Clerk Moses Banda") == ("Town Clerk", "Moses Banda")
    assert split_title("City Clerk Ana Ruiz") == ("City Clerk", "Ana Ruiz")
    assert split_title("Town Hall") == (None, "Town Hall")
    assert split_title("City University") == (None, "City University")
    given = Agreement(
        parties=named_parties("Nkeyo Town Council"),
        signatories=[Signatory(name="Town Clerk Moses Banda", organization="Nkeyo Town Council")],
    )
    (agreement,) = normalized("Town Clerk Moses Banda signed.", given)
    assert agreement.signatories == [
        Signatory(name="Moses Banda", title="Town Clerk", organization="Nkeyo Town Council")
    ]


def test_a_document_still_in_discussion_was_not_signed() -> None:
    text = (
        "Lakemoor University and Tessel Water signed a research agreement on Monday, by "
        "Registrar Dina Osei and Mark Lunde.\n"
        "The university is also in discussion with Lakemoor City Council on a possible "
        "agreement on flood forecasting.\n"
    )
    signed = Agreement(
        title="research agreement",
        parties=named_parties("Lakemoor University", "Tessel Water"),
        signatories=named_people("Dina Osei", "Mark Lunde"),
    )
    talked = Agreement(
        title="possible agreement on flood forecasting",
        parties=named_parties("Lakemoor University", "Lakemoor City Council"),
    )
    kept, _ = guarded(text, _MAY, signed, talked)
    assert [a.title for a in kept] == ["research agreement"]


def test_a_documents_own_town_stands_beside_anothers_venue() -> None:
    text = (
        "Lakemoor University and Tessel Water last Friday signed an agreement to set up a "
        "water centre. The agreement was signed at the Tessel Water head office on Birch "
        "Road by Dina Osei and Mark Lunde.\n"
        "In a separate development, Lakemoor University signed a Memorandum of Understanding "
        "on Student Exchange with the University of Ostrava on 28 April in Ostrava. It was "
        "signed by Ruth Amadi and Petr Novak.\n"
    )
    centre = Agreement(
        title="agreement to set up a water centre",
        location="Tessel Water head office",
        parties=named_parties("Lakemoor University", "Tessel Water"),
        signatories=named_people("Dina Osei", "Mark Lunde"),
    )
    exchange = Agreement(
        title="Memorandum of Understanding on Student Exchange",
        location="Ostrava",
        parties=named_parties("Lakemoor University", "University of Ostrava"),
        signatories=[Signatory(name="Ruth Amadi"), Signatory(name="Petr Novak")],
    )
    kept, _ = guarded(text, _MAY, centre, exchange)
    assert [a.location for a in kept] == [
        "Tessel Water head office on Birch Road",
        "Ostrava",
    ]


def test_a_date_given_with_its_on_from_the_pages_date_line() -> None:
    text = "Lakemoor news\nPosted on: 14 May 2026 | Press Office\n\nThe two signed last Friday.\n"
    assert only_on_the_page_date_line("on 14 May 2026", text)
    assert not only_on_the_page_date_line("on 14 May 2026", f"{text}It ends on 14 May 2026.\n")
