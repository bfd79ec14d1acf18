"""A read-only review of blind75's last and blind76's rules proved them over-reaching, each
on a text of its own, against the rules as first written: "Government of" inside a
school's name, a later ceremony's day taken for an announced agreement, a venue's town cut
at an accented capital or run on into a weekday, a Traditional headline read as the school
for 本校, a bracketed Latin name that is a parent's or ends in an abbreviation. The mends
keep the code before's answer (or the better one) on each."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Party

DAY = dt.date(2025, 11, 5)


def _parties(text: str, *names: str) -> list[str]:
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties(*names),
        signatories=named_people("Li Wei", "Jane Otieno"),
    )
    kept, _ = guarded(text, DAY, given)
    return [p.name for p in kept[0].parties]


def test_government_inside_a_schools_name_is_no_government() -> None:
    text = (
        "The School of Government of Peking University and the University of Nairobi signed a "
        "Memorandum of Understanding on 4 November. Li Wei and Jane Otieno signed it.\n"
    )
    assert _parties(text, "Peking University", "University of Nairobi")[0] == "Peking University"


def test_a_federal_government_keeps_its_word() -> None:
    text = (
        "The Federal Government of Nigeria and Siemens Energy AG signed a Memorandum of "
        "Understanding on 4 November. Li Wei and Jane Otieno signed it.\n"
    )
    names = _parties(text, "Nigeria", "Siemens Energy AG")
    assert names[0] == "Federal Government of Nigeria"


def test_a_later_ceremony_of_many_documents_or_of_another_dates_no_announced_agreement() -> None:
    page = dt.date(2025, 6, 10)
    for text, title, parties in (
        (
            "Release date: 10 June 2025\n\nAcme Robotics Inc. today announced that it has "
            "signed a supply agreement with Beta Motors Ltd.\nAcme also took part in the Asia "
            "Battery Forum in Singapore last week. The signing ceremony was held on 2 June at the "
            "forum, where more than 20 agreements were signed.\n",
            "supply agreement",
            ("Acme Robotics Inc.", "Beta Motors Ltd."),
        ),
        (
            "发布日期：2025年6月10日\n\n信和医疗今日宣布，已与濠江康复研究所签署康复合作备忘录。\n"
            "此前，信和医疗还与澳门科技公司签署了设备采购协议。签约仪式于5月21日在澳门举行。\n",
            "康复合作备忘录",
            ("信和医疗", "濠江康复研究所"),
        ),
        (
            "发布日期：2025年6月10日\n\n信和医疗今日宣布，已与濠江康复研究所签署康复合作备忘录。"
            "签约仪式于6月2日在论坛现场举行，二十余个项目集中签约。\n",
            "康复合作备忘录",
            ("信和医疗", "濠江康复研究所"),
        ),
    ):
        date_text = text.split("\n", 1)[0]
        given = Agreement(
            title=title, date_text=date_text, date_signed=page, parties=named_parties(*parties)
        )
        kept, warnings = guarded(text, page, given)
        assert kept[0].date_signed in (page, None), warnings


def test_a_venues_town_is_read_as_a_towns_words() -> None:
    for town, written in (("Puerto Ámbar", "Puerto Ámbar"), ("Nairobi", "Nairobi Tuesday")):
        text = (
            "Kenya Water and Sierra Aguas signed a project agreement at the Ministry headquarters "
            f"in {written}. Li Wei and Jane Otieno signed it.\n"
        )
        given = Agreement(
            title="project agreement",
            location=town,
            parties=named_parties("Kenya Water", "Sierra Aguas"),
            signatories=named_people("Li Wei", "Jane Otieno"),
        )
        kept, warnings = guarded(text, DAY, given)
        assert kept[0].location == f"Ministry headquarters in {town}", warnings


def test_a_traditional_headline_ending_in_a_university_names_no_school() -> None:
    text = (
        "校長率團訪問日本東陵大學\n\n本校校長林聖哲日前率團訪問日本東陵大學，雙方簽署學術交流"
        "合作協議書。\n"
    )
    (agreement,) = normalized(text, Agreement(parties=named_parties("本校", "日本東陵大學")))
    assert [p.name for p in agreement.parties] == ["本校", "日本東陵大學"]


def test_a_bracketed_latin_name_splits_its_abbreviation_and_is_no_parents() -> None:
    text = (
        "澄州大学与江城智能制造创新研究院（Jiangcheng Institute for Intelligent Manufacturing "
        "Innovation，JIIMI）签署合作协议。JIIMI将提供设备。\n"
    )
    full = text[text.index("江城") : text.index("）") + 1]
    (agreement,) = normalized(text, Agreement(parties=named_parties("澄州大学", full, "JIIMI")))
    assert len(agreement.parties) == 2
    assert {"JIIMI", "江城智能制造创新研究院"} <= {
        agreement.parties[1].name,
        *agreement.parties[1].aliases,
    }
    for unit, parent in (
        ("葡萄牙泰茹大學建築學院（Universidade do Tejo）", "Universidade do Tejo"),
        ("微軟亞洲研究院（Microsoft）", "Microsoft"),
    ):
        text = f"{unit}與{parent}簽署合作備忘錄。\n"
        given = Agreement(parties=[Party(name=unit), Party(name=parent)])
        (agreement,) = normalized(text, given)
        assert len(agreement.parties) == 2, unit


def test_a_traditional_colleges_masthead_names_its_pages_own_college() -> None:
    """ "嘉澄科技學院 新聞中心" is a college's: its page's "本院" is the college (its 學院 read
    as 学院, a sibling the review found)."""
    text = (
        "嘉澄科技學院 新聞中心\n首頁\n\n本院與瑞達汽車簽署校企合作協議\n\n"
        "本院與瑞達汽車股份有限公司簽署校企合作協議。\n"
    )
    given = Agreement(parties=named_parties("本院", "瑞達汽車股份有限公司"))
    (agreement,) = normalized(text, given)
    assert [p.name for p in agreement.parties] == ["嘉澄科技學院", "瑞達汽車股份有限公司"]
