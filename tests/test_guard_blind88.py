"""Rules made from the eighty-eighth blind set's misses, on texts of our own that fail on
the code before them: copies of one document beyond the article's count, a document "being
drafted" beside the counted ones, a body founded by the document its sentence titles, a
facility's place in a headline, and signers of shortened titles beside an untitled
ceremony."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_JANUARY = dt.date(2026, 1, 9)

_TWO_AND_A_THIRD = (
    "Two heritage agreements were signed in Lomaiviti on December 30.\n"
    "The Ministry of Culture signed a Memorandum of Understanding with the Reef Archive Trust "
    "at the Lomaiviti town hall, signed by Ana Tora and Mele Fifita.\n"
    "At the same ceremony the Trust and the National Museum signed a Partnership Agreement to "
    "set up the Lomaiviti Sound Archive Centre. Sione Vea signed for the Museum and Mele "
    "Fifita again signed for the Trust.\n"
    "The ministry said a further agreement, with the University of the Reefs on fieldwork, is "
    "being drafted and could be signed by mid-year.\n"
)


def _the_two() -> tuple[Agreement, Agreement]:
    memorandum = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Ministry of Culture", "Reef Archive Trust"),
        signatories=named_people("Ana Tora", "Mele Fifita"),
    )
    partnership = Agreement(
        title="Partnership Agreement",
        parties=named_parties("National Museum", "Reef Archive Trust"),
        signatories=named_people("Sione Vea", "Mele Fifita"),
    )
    return memorandum, partnership


def test_copies_beyond_the_counted_documents_and_one_being_drafted_are_dropped() -> None:
    drafted = Agreement(
        parties=named_parties("Ministry of Culture", "University of the Reefs"),
        signatories=named_people("Mele Fifita"),
    )
    kept, _ = guarded(_TWO_AND_A_THIRD, _JANUARY, *_the_two(), drafted, drafted, drafted)
    assert [a.title for a in kept] == ["Memorandum of Understanding", "Partnership Agreement"]


def test_a_body_goes_to_the_document_its_founding_sentence_titles() -> None:
    kept, _ = guarded(_TWO_AND_A_THIRD, _JANUARY, *_the_two())
    assert [a.established_entities for a in kept] == [[], ["Lomaiviti Sound Archive Centre"]]


def test_a_facilitys_place_in_a_headline_is_no_signings() -> None:
    text = (
        "MoU signed for Freight Logistics Park at Ranipur\n"
        "Amrapur, 5th March: The Corporation today signed a Memorandum of Understanding with "
        "Kite Freight for a logistics park. The MoU was signed at the Council Hall, Amrapur by "
        "Ravi Menon and Asha Rao.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        location="Ranipur",
        parties=named_parties("Corporation", "Kite Freight"),
        signatories=named_people("Ravi Menon", "Asha Rao"),
    )
    (agreement,) = guarded(text, dt.date(2026, 3, 5), given)[0]
    assert agreement.location == "Council Hall"


def test_signers_of_shortened_titles_beside_an_untitled_ceremony() -> None:
    text = (
        "本月初，青川市人民政府与安瑞药业集团在青川宾馆举行合作签约仪式。双方签署《战略合作框架协议》，"
        "青川高新区管委会与安瑞药业同时签署《创新药基地项目投资协议》。\n"
        "副市长钱立新代表市政府、安瑞药业总裁蒋远代表企业签署战略合作框架协议；高新区管委会主任"
        "罗建华与安瑞药业副总裁姚慧签署项目投资协议。\n"
    )
    ceremony = Agreement(parties=named_parties("青川市人民政府", "安瑞药业集团"))
    framework = Agreement(
        title="战略合作框架协议",
        parties=named_parties("青川市人民政府", "安瑞药业集团"),
        signatories=named_people("钱立新", "蒋远"),
    )
    investment = Agreement(
        title="创新药基地项目投资协议",
        parties=named_parties("青川高新区管委会", "安瑞药业集团"),
    )
    kept, _ = guarded(text, _JANUARY, ceremony, framework, investment)
    signers = {a.title: [p.name for p in a.signatories] for a in kept}
    assert signers["创新药基地项目投资协议"] == ["罗建华", "姚慧"]
