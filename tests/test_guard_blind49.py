"""Rules made from the forty-ninth blind set's misses, each on a text of our own that fails
on the code before them: a document's two bodies read before its signers' titles where
the model gave neither; witnesses "亲临见证"; a witness who tells of an earlier signing is
no signer; "The ceremony took place at" a hall of a body in its town (or on its street);
English people and titles given as parties; a title's capitalised words after "signed a";
a lead-in "A second document was signed at the same event." dates the next signing; a
document's term before its name; a room's word after a body's name opening a signing; a
renewal ("on Wednesday renewed their Memorandum") dates its agreement."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Party, Signatory


def test_both_bodies_are_read_before_their_signers_titles() -> None:
    text = (
        "随后，我校园艺学院院长罗云与青山果业集团有限公司（以下简称“青山果业”）总经理韩冰签署"
        "《柑橘保鲜技术开发合同》。\n"
    )
    given = Agreement(title="柑橘保鲜技术开发合同", signatories=named_people("罗云", "韩冰"))
    kept, _ = guarded(text, dt.date(2025, 11, 14), given)
    assert [p.name for p in kept[0].parties] == ["园艺学院", "青山果业集团有限公司"]


def test_those_present_in_person_who_witnessed_are_witnesses() -> None:
    text = (
        "備忘錄由北港科大校長王志成與宏遠機電董事長陳建國代表簽署，經濟部次長林美華、港都市"
        "經濟局局長李俊傑親臨見證。李俊傑表示，宏遠機電去年已與另一所大學簽訂人才培育協議。\n"
    )
    given = Agreement(
        title="產學合作備忘錄",
        parties=named_parties("北港科大", "宏遠機電"),
        signatories=named_people("王志成", "陳建國"),
    )
    kept, _ = guarded(text, dt.date(2025, 9, 22), given)
    assert [p.name for p in kept[0].witnesses] == ["林美華", "李俊傑"]


_TWO_SIGNINGS = (
    "Kwadaso University and the Nsuta District Assembly last Thursday signed a Memorandum of "
    "Understanding on Rural Enterprise.\n\n"
    "The ceremony took place at the Assembly Hall of the Nsuta District Assembly in Nsuta and "
    "drew farmers and students.\n\n"
    "Prof. Adjoa Mensima, Vice-Chancellor, signed for the University, while Hon. Kofi Boadu "
    "signed on behalf of the Assembly. The Regional Minister, Hon. Ama Sarpong, witnessed "
    "the signing.\n\n"
    "A second document was signed at the same event. Prof. Yaw Ofori, Dean of the School of "
    "Crop Science, and Mrs. Akua Donkor, Managing Director of Sunleaf Cocoa Ltd, signed a "
    "two-year Cocoa Drying Research Agreement.\n"
)


def test_a_second_documents_people_given_as_parties_sign_for_their_bodies() -> None:
    mou = Agreement(
        title="Memorandum of Understanding on Rural Enterprise",
        date_text="last Thursday",
        date_signed=dt.date(2026, 2, 5),
        parties=named_parties("Kwadaso University", "Nsuta District Assembly"),
        signatories=named_people("Adjoa Mensima", "Kofi Boadu"),
    )
    research = Agreement(
        title="Two-year Cocoa Drying Research Agreement",
        parties=named_parties("Dean of the School of Crop Science", "Mrs. Akua Donkor"),
    )
    kept, _ = guarded(_TWO_SIGNINGS, dt.date(2026, 2, 10), mou, research)
    first, second = kept
    assert first.location == "Assembly Hall of the Nsuta District Assembly in Nsuta"
    assert second.title == "Cocoa Drying Research Agreement"
    assert [p.name for p in second.parties] == ["School of Crop Science", "Sunleaf Cocoa Ltd"]
    assert sorted(p.name or "" for p in second.signatories) == ["Akua Donkor", "Yaw Ofori"]
    assert (second.date_signed, second.location) == (dt.date(2026, 2, 5), first.location)


def test_a_room_of_a_body_opening_the_same_days_signing_is_its_venue() -> None:
    text = (
        "Andes Copper SpA and the Universidad del Salar (UDS) signed a Framework Agreement on "
        "December 29 at the university's Casa Central in Calama.\n\n"
        "Later the same day, in the Faculty of Mining and Earth Sciences auditorium, the two "
        "sides signed a second text, the Specific Agreement on the Salar Water Centre.\n"
    )
    framework = Agreement(
        title="Framework Agreement",
        date_text="December 29",
        location="Casa Central in Calama",
        parties=named_parties("Andes Copper SpA", "Universidad del Salar"),
    )
    specific = framework.model_copy(
        update={"title": "Specific Agreement on the Salar Water Centre"}
    )
    kept, _ = guarded(text, dt.date(2026, 1, 6), framework, specific)
    assert kept[1].location == "Faculty of Mining and Earth Sciences auditorium"


def test_a_renewal_dates_its_agreement_over_the_first_signings_year() -> None:
    text = (
        "Date: 18 April 2026\n\n"
        "Prut Polytechnic University (PPU) and the Delta Ecology Institute on Wednesday renewed "
        "their Memorandum of Understanding on Technical Cooperation for five more years.\n\n"
        "The renewed memorandum was signed in the Senate Hall of Building B on Strada Mare in "
        "Tulcea by Prof. Ana Rusu, Rector of PPU, and Dr. Ion Vlad, Director of the Institute.\n\n"
        "The two institutions first signed a cooperation memorandum in March 2021.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Technical Cooperation",
        date_text="March 2021",
        parties=named_parties("Prut Polytechnic University", "Delta Ecology Institute"),
        signatories=[Signatory(name="Ana Rusu"), Signatory(name="Ion Vlad")],
    )
    kept, _ = guarded(text, dt.date(2026, 4, 18), given)
    assert (kept[0].date_text, kept[0].date_signed) == ("on Wednesday", dt.date(2026, 4, 15))
    assert kept[0].location == "Senate Hall of Building B on Strada Mare in Tulcea"


def test_the_renewed_document_as_an_adjective_signs_nothing_by_itself() -> None:
    text = (
        "The renewed agreement runs to 2030, the university said on Monday.\n\n"
        "Acme Ltd signed a supply deal with Beta Ltd in 2021.\n"
    )
    given = Agreement(title="agreement", parties=[Party(name="Acme Ltd"), Party(name="Beta Ltd")])
    kept, _ = guarded(text, dt.date(2026, 4, 18), given)
    assert kept[0].date_signed is None
