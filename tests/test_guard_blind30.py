"""Rules from the thirtieth blind set (``examples/blind30``), each on a text of our own
that fails on the code before them: a town's news lead ("澜州讯") before a signing's day;
a headline that names the document is not the sentence of its signing ("次日上午" then
dates it); a surname alone after "in the presence of", and a full name written with a
possessive or after a country's word and a title; a witness who only unveiled the body
the guard found founded moves to its agreement, not one who witnessed the signings too;
a company's parent and 旗下 before its name; an event given as the venue; a town written
only within a government's name; countries given for the bodies named "between"."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement
from coopllm.titles import named_in_full


def test_a_towns_news_lead_before_the_signings_day() -> None:
    """The blind30 ae02's model gave the page's date line for "澜州讯  12月3日，…续签《…》"."""
    text = (
        "甲省科技厅与乙研究所续签合作备忘录\n\n"
        "发布日期：2025-12-05 10:32  来源：甲省科学技术厅\n\n"
        "青川讯  12月3日，甲省科学技术厅与乙国海洋研究所在东屿市续签《海洋合作谅解备忘录》。"
        "副厅长梁树与所长汉斯·贝格代表双方签字。\n"
    )
    given = Agreement(
        title="海洋合作谅解备忘录",
        parties=named_parties("甲省科学技术厅", "乙国海洋研究所"),
        date_text="发布日期：2025-12-05 10:32",
        date_signed=dt.date(2025, 12, 5),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 12, 5), given)
    assert (kept.date_text, kept.date_signed) == ("12月3日", dt.date(2025, 12, 3)), warnings


def test_the_day_after_dates_a_signing_whose_title_the_headline_names_first() -> None:
    """The blind30 ae03's "次日上午，…框架协议签约仪式在西岑宾馆举行": the headline names the
    title first, and the day after was not read."""
    text = (
        "丙能源与丁市人民政府签署战略合作框架协议\n\n"
        "11月20日至21日，丙能源集团董事长韦泽率队赴丁市考察。\n"
        "20日下午，考察组一行来到丁市高新区储能产业园。\n"
        "次日上午，丙能源集团有限公司与丁市人民政府战略合作框架协议签约仪式在丁市宾馆举行。"
        "集团总经理罗明与副市长苏楠代表双方签署《战略合作框架协议》。\n"
    )
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("丙能源集团有限公司", "丁市人民政府"),
        signatories=named_people("罗明", "苏楠"),
        date_text="11月20日至21日",
        date_signed=dt.date(2025, 11, 20),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 11, 24), given)
    assert (kept.date_text, kept.date_signed) == ("次日上午", dt.date(2025, 11, 21)), warnings


STATE_VISIT = (
    "Tavel and Orsa sign farm research memorandum\n\n"
    "The memorandum was signed during Prime Minister Jonas Pellworth's visit to Orsa.\n"
    "Minister Ada Kerrow and Minister Basil Umber signed it in the presence of Pellworth "
    "and Orsan President Lena Vasko-Hart.\n"
)


def test_a_full_name_written_with_a_possessive_or_after_a_countrys_word() -> None:
    assert named_in_full("Pellworth", STATE_VISIT) == "Jonas Pellworth"
    assert named_in_full("Vasko-Hart", STATE_VISIT) == "Lena Vasko-Hart"


def test_a_witness_named_by_surname_after_in_the_presence_of() -> None:
    given = Agreement(
        title="farm research memorandum",
        parties=named_parties("Tavel", "Orsa"),
        signatories=named_people("Ada Kerrow", "Basil Umber"),
        witnesses=named_people("Jonas Pellworth", "Lena Vasko-Hart"),
    )
    (kept,), warnings = guarded(STATE_VISIT, dt.date(2026, 1, 9), given)
    assert [w.name for w in kept.witnesses] == ["Jonas Pellworth", "Lena Vasko-Hart"], warnings


TWO_DOCUMENTS = (
    "甲大学与乙集团签署战略合作协议\n\n"
    "上周五，甲大学与乙集团有限公司校企合作签约仪式举行。校党委书记周民，校长程和出席。\n"
    "在程和的见证下，副校长谭琳与乙集团总经理石航代表双方签署《战略合作框架协议》。\n"
    "随后，甲大学材料学院与乙集团旗下丙碳纤维科技有限公司签署《共建复合材料联合实验室协议》，"
    "院长邵鸣、副总经理杜燕代表双方签字。周民为“甲大学—乙集团复合材料联合实验室”揭牌。\n"
)


def _two_documents() -> tuple[Agreement, Agreement]:
    strategic = Agreement(
        title="战略合作框架协议",
        parties=named_parties("甲大学", "乙集团有限公司"),
        signatories=named_people("谭琳", "石航"),
        witnesses=named_people("周民", "程和"),
    )
    laboratory = Agreement(
        title="共建复合材料联合实验室协议",
        parties=named_parties("甲大学材料学院", "乙集团旗下丙碳纤维科技有限公司"),
        signatories=named_people("邵鸣", "杜燕"),
    )
    return strategic, laboratory


def test_an_unveiler_moves_to_the_agreement_the_guard_found_founding_what_they_unveiled() -> None:
    kept, warnings = guarded(TWO_DOCUMENTS, dt.date(2025, 11, 17), *_two_documents())
    assert [[w.name for w in a.witnesses] for a in kept] == [["程和"], ["周民"]], warnings


def test_a_companys_parent_before_its_name_is_no_part_of_it() -> None:
    kept, warnings = guarded(TWO_DOCUMENTS, dt.date(2025, 11, 17), *_two_documents())
    assert [p.name for p in kept[1].parties] == ["甲大学材料学院", "丙碳纤维科技有限公司"], warnings


def test_who_witnessed_both_signings_and_then_unveiled_stays_a_witness_of_both() -> None:
    text = (
        "Harlow University and Vantor sign two agreements\n\n"
        "Vice President Ana Ruiz and Deputy Manager Li Bo signed the Framework Agreement. "
        "Next, Dean Omar Haddad and Director Wu Fei signed the Joint Laboratory Agreement. "
        "President Tom Hale and Chairman Xu Lin witnessed both signings and then together "
        "unveiled the nameplate of the Harlow–Vantor Coatings Laboratory.\n"
    )
    framework = Agreement(
        title="Framework Agreement",
        parties=named_parties("Harlow University", "Vantor"),
        signatories=named_people("Ana Ruiz", "Li Bo"),
        witnesses=named_people("Tom Hale", "Xu Lin"),
    )
    laboratory = Agreement(
        title="Joint Laboratory Agreement",
        parties=named_parties("Harlow University", "Vantor"),
        signatories=named_people("Omar Haddad", "Wu Fei"),
        established_entities=["Harlow–Vantor Coatings Laboratory"],
    )
    kept, warnings = guarded(text, dt.date(2025, 5, 20), framework, laboratory)
    assert [w.name for w in kept[0].witnesses] == ["Tom Hale", "Xu Lin"], warnings


def test_an_event_given_as_the_venue_gives_way_to_where_it_was_held() -> None:
    """The blind30 ae05's "signed … on Tuesday at Northern Maritime Week, held this year at
    the Aurelia Expo Centre in Port Vesna": the model's date_text gave the event."""
    text = (
        "Orvik Marine signs two agreements at Harbour Tech Week\n\n"
        "ESKEN - Orvik Marine signed two agreements on Tuesday at Harbour Tech Week, held this "
        "year at the Lindqvist Hall in Tarnby. The first, a supply agreement with Tarnby Port, "
        "was signed by chief executive Eva Lund and harbour master Nils Berg.\n"
    )
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Orvik Marine", "Tarnby Port"),
        signatories=named_people("Eva Lund", "Nils Berg"),
        date_text="on Tuesday at Harbour Tech Week",
    )
    (kept,), warnings = guarded(text, dt.date(2026, 2, 12), given)
    assert kept.location == "Lindqvist Hall in Tarnby", warnings


def test_a_town_written_only_within_a_governments_name_gives_way_to_the_venue() -> None:
    """The blind30 ae03's model gave 西岑市 where "…与西岑市人民政府…签约仪式在西岑宾馆举行"."""
    text = (
        "丙能源与丁市人民政府签署合作协议\n\n"
        "11月21日上午，丙能源集团有限公司与丁市人民政府合作协议签约仪式在丁市宾馆举行。"
        "集团总经理罗明与副市长苏楠代表双方签署《合作协议》。\n"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("丙能源集团有限公司", "丁市人民政府"),
        signatories=named_people("罗明", "苏楠"),
        location="丁市",
    )
    (kept,), warnings = guarded(text, dt.date(2025, 11, 24), given)
    assert kept.location == "丁市宾馆", warnings


VISIT = (
    "Tavel and Orsa sign farm research memorandum\n\n"
    "Tavel and Orsa signed a memorandum during the prime minister's visit. The Memorandum "
    "on Dryland Farming between the Ministry of Agriculture of Tavel and the Orsa Ministry "
    "of Land and Water was signed on 29 December in Veyra by the two ministers.\n"
)


def test_countries_given_as_parties_are_the_bodies_the_signing_names_between() -> None:
    """The blind30 ae06's model gave the two countries for the ministries that signed."""
    given = Agreement(parties=named_parties("Tavel", "Orsa"))
    (kept,), warnings = guarded(VISIT, dt.date(2026, 1, 9), given)
    assert [p.name for p in kept.parties] == [
        "Ministry of Agriculture of Tavel",
        "Orsa Ministry of Land and Water",
    ], warnings


def test_a_country_stays_where_the_between_clause_is_another_documents() -> None:
    """Where the record holds two agreements, only a sentence that writes the agreement's
    title names its parties: the clause of the other document names none of this one's."""
    text = (
        "Tavel signs port concession and training agreement\n\n"
        "Tavel signed the Port Concession Agreement with Harbor Holdings on Tuesday. "
        "The Training Agreement between Kestrel Engineering Ltd. and Tavel Maritime "
        "University was signed the same day.\n"
    )
    concession = Agreement(
        title="Port Concession Agreement", parties=named_parties("Tavel", "Harbor Holdings")
    )
    training = Agreement(
        title="Training Agreement",
        parties=named_parties("Kestrel Engineering Ltd.", "Tavel Maritime University"),
    )
    kept, warnings = guarded(text, dt.date(2026, 1, 9), concession, training)
    assert [p.name for p in kept[0].parties] == ["Tavel", "Harbor Holdings"], warnings
