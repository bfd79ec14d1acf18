"""Rules made from the seventy-eighth blind set's misses, on texts of our own that fail on
the code before them: an engineer's "Ing." that ends no sentence, a body's "regional
office" and a "building" as a venue's kind, documents "exchanged" at a hall and witnessed,
a name after a Malaysian form of address in a list, a person and a title "of" a body given
as a party, a sentence's clause given as one, a signer's name given as one, a Latin
company's officer in Chinese, "在线" that is no place, "我院" before a main hall, a clause
given as a Chinese signer, a college a list signs for, a sentence that counts three
parties, a body co-built in the sentence of one of several documents, and a section's
word given as the headline; and, since, a wire's "signed here today" under a dateline the
day before its page (the set's one miss left), dated by the dateline's day."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.headline import headline
from coopllm.making import ChunkAnswers, RecordJob, make_record
from coopllm.schema import (
    Agreement,
    Article,
    ExtractionDraft,
    Party,
    Provenance,
    Signatory,
    Usage,
)
from coopllm.sentences import sentence_bounds
from coopllm.titles import clean_people, listed_names


def test_an_engineers_ing_ends_no_sentence() -> None:
    text = "It was signed by Ama Owusu and Ing. Dr. Kofi Boateng, Chief Executive of the Board."
    assert len(sentence_bounds(text)) == 1


def test_a_bodys_regional_office_in_its_town_is_the_venue() -> None:
    text = (
        "The agreement was signed at the VRA regional office in Tamale by Ama Owusu and "
        "Kofi Boateng.\n"
    )
    given = Agreement(
        title="agreement",
        parties=named_parties("Volta River Authority", "SunGrid Ghana Limited"),
        signatories=named_people("Ama Owusu", "Kofi Boateng"),
    )
    kept, _ = guarded(text, dt.date(2026, 10, 21), given)
    assert kept[0].location == "VRA regional office in Tamale"


def test_a_room_of_a_building_written_in_lower_case_keeps_its_town() -> None:
    text = (
        "It was signed in the Tasman Room of the Harbour Exchange building in Nelson by Ana "
        "Reti and Tom Hale.\n"
    )
    given = Agreement(
        title="charter",
        parties=named_parties("Nelson Port Ltd", "Tasman University"),
        signatories=named_people("Ana Reti", "Tom Hale"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 14), given)
    assert kept[0].location == "Tasman Room of the Harbour Exchange building in Nelson"


_EXCHANGES = (
    "KLANG, March 3 -- Two memoranda were signed here on the summit's first day.\n\n"
    "Universiti Selat and Arus Chips Sdn Bhd signed a memorandum on design training. "
    "Bank Timur Berhad and Nexa Labs Sdn Bhd signed a Green Financing Agreement.\n\n"
    "Both exchanges took place in Hall C of the Klang Convention Centre and were witnessed "
    "by state executive councillor for trade, industry and investment Dato' Seri Amir "
    "Hamzah Yusof.\n"
)


def _exchanged() -> tuple[Agreement, Agreement]:
    return (
        Agreement(
            title="memorandum",
            parties=named_parties("Universiti Selat", "Arus Chips Sdn Bhd"),
        ),
        Agreement(
            title="Green Financing Agreement",
            parties=named_parties("Bank Timur Berhad", "Nexa Labs Sdn Bhd"),
        ),
    )


def test_the_hall_both_exchanges_took_place_in_is_their_venue() -> None:
    kept, _ = guarded(_EXCHANGES, dt.date(2026, 3, 4), *_exchanged())
    assert [a.location for a in kept] == ["Hall C of the Klang Convention Centre"] * 2


def test_the_witness_of_both_exchanges_witnessed_each() -> None:
    kept, _ = guarded(_EXCHANGES, dt.date(2026, 3, 4), *_exchanged())
    assert [[p.name for p in a.witnesses] for a in kept] == [["Amir Hamzah Yusof"]] * 2


def test_a_name_after_a_malaysian_form_of_address_ends_a_list() -> None:
    clause = "state executive councillor for trade, industry and investment Dato' Seri Amir Hamzah."
    assert listed_names(clause, clause, led=True) == ["Amir Hamzah"]


_CHARTER = (
    "Four partners signed the Alliance Founding Agreement on Tuesday. It was signed by Dr "
    "Mere Tane, chief executive of Tasman Clean Power Ltd; Ana Reti, director of the Nelson "
    "Hydrogen Research Centre; Tom Hale, chair of Kahu Holdings; and the chief executive of "
    "Nelson Port Ltd, who signed on behalf of the port company while its chair spoke.\n"
)


def test_a_person_and_a_title_of_a_body_given_as_a_party_is_the_body() -> None:
    given = Agreement(
        title="Alliance Founding Agreement",
        parties=[
            *named_parties(
                "Dr Mere Tane, chief executive of Tasman Clean Power Ltd",
                "Ana Reti, director of the Nelson Hydrogen Research Centre",
                "Nelson Port Ltd",
            ),
            Party(
                name="the chief executive of Nelson Port Ltd, who signed on behalf of the port "
                "company while its chair spoke"
            ),
        ],
        signatories=[
            Signatory(name="Mere Tane", organization="Tasman Clean Power Ltd"),
            Signatory(name="Ana Reti", organization="Nelson Hydrogen Research Centre"),
            Signatory(name="Tom Hale", organization="Kahu Holdings"),
        ],
    )
    kept, _ = guarded(_CHARTER, dt.date(2026, 5, 14), given)
    assert [p.name for p in kept[0].parties] == [
        "Tasman Clean Power Ltd",
        "Nelson Hydrogen Research Centre",
        "Nelson Port Ltd",
    ]


def test_a_signers_name_given_as_a_party_is_the_body_the_model_gave_the_signer() -> None:
    given = Agreement(
        title="Alliance Founding Agreement",
        parties=named_parties("Tasman Clean Power Ltd", "Tom Hale"),
        signatories=[
            Signatory(name="Mere Tane", organization="Tasman Clean Power Ltd"),
            Signatory(name="Tom Hale", organization="Kahu Holdings"),
        ],
    )
    kept, _ = guarded(_CHARTER, dt.date(2026, 5, 14), given)
    assert [p.name for p in kept[0].parties] == ["Tasman Clean Power Ltd", "Kahu Holdings"]


def test_a_latin_companys_officer_written_in_chinese_is_split() -> None:
    (person,) = clean_people([Signatory(name="Nordlys首席执行官英格丽·索尔贝格")])
    assert (person.name, person.title, person.organization) == (
        "英格丽·索尔贝格",
        "首席执行官",
        "Nordlys",
    )


_HALF_ONLINE = (
    "今天上午，嘉川市中心医院与新加坡Nordlys Analytics Pte. Ltd.签署《影像联合实验室共建协议》。"
    "签约仪式的主会场设在我院门诊楼十二楼学术报告厅。院长赵立与Nordlys首席执行官英格丽·索尔贝格"
    "分别代表双方签署协议，索尔贝格女士通过电子签名系统在线完成签署。\n"
)


def test_a_main_hall_of_our_hospital_is_the_venue_and_online_no_place() -> None:
    given = Agreement(
        title="影像联合实验室共建协议",
        parties=named_parties("嘉川市中心医院", "新加坡Nordlys Analytics Pte. Ltd."),
        signatories=named_people("赵立", "英格丽·索尔贝格"),
    )
    kept, _ = guarded(_HALF_ONLINE, dt.date(2026, 4, 2), given)
    assert kept[0].location == "门诊楼十二楼学术报告厅"


_THREE = (
    "12月30日下午，东川大学、中国科学院宁海材料研究所（以下简称“材料所”）与蓝海环境科技集团股份"
    "有限公司（以下简称“蓝海环境”）三方合作签约仪式在行政楼第一会议室举行。会上，副校长王成、"
    "材料所副所长周敏与蓝海环境总裁代表三方签署《共建膜材料联合研究院合作协议》。仪式上，"
    "东川大学化学化工学院与蓝海环境还签署了《研究生联合培养基地建设协议》。院长李芳与蓝海环境"
    "人力资源总监陈默签署协议。\n"
)


def test_a_sentence_given_as_a_chinese_signer_is_dropped() -> None:
    given = Agreement(
        title="共建膜材料联合研究院合作协议",
        parties=named_parties(
            "东川大学", "中国科学院宁海材料研究所", "蓝海环境科技集团股份有限公司"
        ),
        signatories=named_people(
            "王成", "周敏", "蓝海环境总裁代表三方签署《共建膜材料联合研究院合作协议》"
        ),
    )
    kept, warnings = guarded(_THREE, dt.date(2026, 1, 6), given)
    assert [p.name for p in kept[0].signatories][:2] == ["王成", "周敏"]
    assert all("签署" not in (p.name or "") for p in kept[0].signatories)
    assert (
        "dropped signatory '蓝海环境总裁代表三方签署《共建膜材料联合研究院合作协议》': words of a "
        "sentence, no person's name"
    ) in warnings


def test_the_college_a_list_signs_for_is_the_party_and_the_third_counted_stays() -> None:
    institute = Agreement(
        title="共建膜材料联合研究院合作协议",
        parties=named_parties(
            "东川大学", "中国科学院宁海材料研究所", "蓝海环境科技集团股份有限公司"
        ),
        signatories=named_people("王成", "周敏"),
    )
    base = Agreement(
        title="研究生联合培养基地建设协议",
        parties=named_parties("东川大学", "蓝海环境科技集团股份有限公司"),
        signatories=named_people("李芳", "陈默"),
    )
    kept, _ = guarded(_THREE, dt.date(2026, 1, 6), institute, base)
    assert kept[0].parties[0].name == "东川大学"
    assert [p.name for p in kept[1].parties] == [
        "东川大学化学化工学院",
        "蓝海环境科技集团股份有限公司",
    ]


def test_a_body_co_built_in_the_sentence_of_one_of_several_documents_is_its() -> None:
    text = (
        "3月18日上午，青川县重大项目集中签约仪式举行。县政府与华能公司签署《储能项目投资协议》。"
        "县农业农村局与省茶叶研究所签署《高山茶产业科技合作协议》，双方将共建“青川高山茶科技小院”。"
        "局长徐梅、副所长黄明签约。\n"
    )
    storage = Agreement(title="储能项目投资协议", parties=named_parties("县政府", "华能公司"))
    tea = Agreement(
        title="高山茶产业科技合作协议",
        parties=named_parties("县农业农村局", "省茶叶研究所"),
        signatories=named_people("徐梅", "黄明"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 19), storage, tea)
    assert [a.established_entities for a in kept] == [[], ["青川高山茶科技小院"]]


def test_a_sections_word_the_model_gave_is_not_the_headline() -> None:
    text = (
        "THE NORTHERN TIMES\nHome | Nation | Business | World\n\nBUSINESS\n\n"
        "Two deals inked at Klang chip summit\n\nBy Lee Mei\n\nKLANG, March 3 -- Two "
        "memoranda were signed here today.\n"
    )
    assert headline("Business", text) == "Two deals inked at Klang chip summit"


def test_a_signers_unit_of_another_party_is_not_added_as_a_party() -> None:
    text = (
        "Harlow University and Tamsin University signed a Letter of Intent. It was signed at "
        "Ridley Hall by Mia Cole, Dean of the College of Data Science at Harlow, and Ken Arai, "
        "Dean of Informatics at Tamsin University.\n"
    )
    given = Agreement(
        title="Letter of Intent",
        parties=[
            *named_parties("Harlow University", "Tamsin University"),
            Party(name="Mia Cole, Dean of the College of Data Science at Harlow"),
        ],
        signatories=named_people("Mia Cole", "Ken Arai"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 14), given)
    assert [p.name for p in kept[0].parties] == ["Harlow University", "Tamsin University"]


def test_a_wires_signed_here_today_is_the_datelines_day() -> None:
    """The model's date is the summit's "opening day", which names no day; the sentence
    says "signed here today", and the wire was filed the day before its page's date."""
    text = (
        "Two pacts inked at Klang summit\n\nPublished: 4 March 2026\n\n"
        "KLANG, March 3 -- Two memoranda were signed here today on the opening day of the "
        "Klang Chip Summit.\n\nUniversiti Selat and Arus Chips Sdn Bhd signed a memorandum "
        "on design training.\n"
    )
    draft = ExtractionDraft(
        article=Article(title="Two pacts inked at Klang summit"),
        agreements=[
            Agreement(
                title="memorandum",
                date_text="on the opening day of the Klang Chip Summit",
                parties=named_parties("Universiti Selat", "Arus Chips Sdn Bhd"),
            )
        ],
    )
    provenance = Provenance(
        model="m", endpoint="e", mode="tools", prompts_sha256="0" * 64,
        schema_version="1", coopllm_version="0",
    )  # fmt: skip
    job = RecordJob(
        text=text, lead=0, published=None, source="klang", chunks=[ChunkAnswers(draft, None, [])],
        usage=Usage(), answered_by=["m"], strict=True, provenance=provenance,
    )  # fmt: skip
    record = make_record(job)
    assert record.article.published == dt.date(2026, 3, 4)
    assert (record.agreements[0].date_text, record.agreements[0].date_signed) == (
        "today",
        dt.date(2026, 3, 3),
    )
