"""Rules made from the seventy-fifth blind set's misses, on texts of our own that fail on
the code before them: a Chinese surname and form of address for a person named in full
before, a "签署仪式" that writes the signing's day, a document's kind with its purpose
alone beside its full title, and a release's dateline on a line of its own."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import dateline_date, only_on_the_page_date_line
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement
from coopllm.titles import addressed_by_surname, zh_named_in_full

ADDRESSED = (
    "信和医疗有限公司与濠江康复研究所签署康复合作备忘录。信和医疗总经理陈美玲、研究所所长"
    "罗志明教授出席。备忘录由陈女士与罗教授分别代表双方签署，信和医疗董事长何国强见证。\n"
)


def test_a_surname_and_form_of_address_is_the_one_person_named_in_full() -> None:
    assert zh_named_in_full("陈女士", ADDRESSED) == "陈美玲"
    assert zh_named_in_full("罗教授", ADDRESSED) == "罗志明"
    at = ADDRESSED.index("陈女士")
    assert addressed_by_surname(ADDRESSED, "陈美玲") == ((at, at + 3),)
    written = "信和醫療總經理陳美玲、所長羅志明教授出席。備忘錄由陳女士與羅教授分別代表雙方簽署。"
    assert zh_named_in_full("陳女士", written) == "陳美玲"  # as a Hong Kong page writes it
    assert zh_named_in_full("羅教授", written) == "羅志明"


def test_a_surname_the_text_writes_elsewhere_names_no_one() -> None:
    """Whose "陈女士" is, the text does not say where it writes 陈 in another's name or a
    word: none is taken."""
    two = ADDRESSED.replace("何国强见证", "陈立新见证")
    assert zh_named_in_full("陈女士", two) is None
    assert addressed_by_surname(two, "陈美玲") == ()
    worded = ADDRESSED.replace("出席。", "出席，陈列了样机。")
    assert zh_named_in_full("陈女士", worded) is None


def test_signers_given_by_surname_and_address_are_named_in_full_and_kept() -> None:
    given = Agreement(
        title="康复合作备忘录",
        parties=named_parties("信和医疗有限公司", "濠江康复研究所"),
        signatories=named_people("陈女士", "罗教授"),
    )
    (agreement,) = normalized(ADDRESSED, given)
    assert [p.name for p in agreement.signatories] == ["陈美玲", "罗志明"]
    kept, warnings = guarded(ADDRESSED, dt.date(2025, 6, 3), agreement)
    assert [p.name for p in kept[0].signatories] == ["陈美玲", "罗志明"], warnings


CEREMONY = (
    "信和医疗今日宣布，已与濠江康复研究所签署《康复合作备忘录》。\n"
    "签署仪式于6月2日下午在信和大厦举行。备忘录由总经理陈美玲与所长罗志明分别代表双方签署。\n"
)


def test_a_signing_ceremony_writes_the_signings_day() -> None:
    """ "签署仪式于6月2日下午…举行" is the signing's ceremony, whose day the guard reads (the
    agreement keeps the page's date, doubted, where the sentence that signs it opens with an
    announcement's "今日": review76)."""
    page = dt.date(2025, 6, 3)
    text = "信和医疗与研究所签署备忘录\n发布日期：2025年6月3日\n\n" + CEREMONY
    assert Checker(SourceIndex(text), published=page).signing_day() == "6月2日"


def test_a_documents_kind_with_its_purpose_alone_beside_its_full_title_is_one_record() -> None:
    text = (
        "12月30日下午，青溪县人民政府与远航储能有限公司签署《青溪县储能电站项目投资协议》，"
        "副县长赵明与董事长钱立代表双方签约。\n"
    )
    people = ("赵明", "钱立")
    short, full = (
        Agreement(
            title=title,
            date_text=day,  # one dated only once the guard reads the signing's day
            date_signed=dt.date(2025, 12, 30) if day == "12月30日" else None,
            parties=named_parties("青溪县人民政府", "远航储能有限公司"),
            signatories=named_people(*people),
        )
        for title, day in (("投资协议", "下午"), ("青溪县储能电站项目投资协议", "12月30日"))
    )
    kept, warnings = guarded(text, dt.date(2026, 1, 6), short, full)
    assert [a.title for a in kept] == ["青溪县储能电站项目投资协议"], warnings


DATELINED = (
    "Harbin Cells Limited\nInvestor Relations\n\nHarbin Cells signs with Volta Motors\n\n"
    "Nagpur, 22 July 2025\n\nHarbin Cells Limited announced that it signed a supply agreement "
    "with Volta Motors Private Limited at a ceremony in Nagpur on 21 July 2025. It was signed "
    "by Anil Rao and Priya Menon.\n"
)


def test_a_datelines_own_line_dates_the_page_not_the_signing() -> None:
    assert dateline_date(DATELINED) == dt.date(2025, 7, 22)
    assert only_on_the_page_date_line("Nagpur, 22 July 2025", DATELINED)
    assert not only_on_the_page_date_line("Signing Ceremony, 22 July 2025", "Signing "
                                          "Ceremony, 22 July 2025\n")  # fmt: skip
    given = Agreement(
        title="supply agreement",
        date_text="Nagpur, 22 July 2025",
        date_signed=dt.date(2025, 7, 22),
        parties=named_parties("Harbin Cells Limited", "Volta Motors Private Limited"),
        signatories=named_people("Anil Rao", "Priya Menon"),
    )
    kept, warnings = guarded(DATELINED, dt.date(2025, 7, 22), given)
    assert kept[0].date_signed == dt.date(2025, 7, 21), warnings


def test_an_announcements_today_leaves_the_day_to_the_ceremony_it_opens_with() -> None:
    """ "今日宣布，已與…簽署" is the announcement's day; the signing's is the day of the
    sentence whose subject is its ceremony ("簽署儀式於6月2日下午在…舉行")."""
    page = dt.date(2025, 6, 3)
    text = "信和医疗与研究所签署备忘录\n发布日期：2025年6月3日\n\n" + CEREMONY
    given = Agreement(
        title="康复合作备忘录",
        date_text="发布日期：2025年6月3日",
        date_signed=page,
        parties=named_parties("信和医疗", "濠江康复研究所"),
        signatories=named_people("陈美玲", "罗志明"),
    )
    kept, warnings = guarded(text, page, given)
    assert (kept[0].date_text, kept[0].date_signed) == ("6月2日", dt.date(2025, 6, 2)), warnings


def test_a_bodys_seat_written_after_its_name_is_the_venue() -> None:
    text = (
        "The Ministry of Fisheries and the Nordvik Institute signed a renewed memorandum last "
        "Thursday at the Ministry headquarters in Port Amani. It was signed by Dr. Amina Bello "
        "and Professor Sigrid Holm.\n"
    )
    given = Agreement(
        title="memorandum",
        date_text="last Thursday",
        location="Port Amani",
        parties=named_parties("Ministry of Fisheries", "Nordvik Institute"),
        signatories=named_people("Amina Bello", "Sigrid Holm"),
    )
    kept, warnings = guarded(text, dt.date(2025, 9, 15), given)
    assert kept[0].location == "Ministry headquarters in Port Amani", warnings
