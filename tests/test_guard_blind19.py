"""Rules from the nineteenth blind set (``examples/blind19``), each on a text of our own
that fails on the code before them: an untitled ceremony beside its titled document and
sub-agreements of other parties; a short title the model dated by the page's line; 授牌 as
unveiling; a party described before its name or written as what the signing body is part
of; a joint venture company founded; a separate agreement's own city; a minister
"witnessing the exchange of the signed documents"; a centre of excellence to be set up;
"signed … today"; a title's "Cooperation in …" no venue."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

CEREMONY = (
    "青川市工信局与远拓集团签署产业合作协议\n同步签署2项子协议\n\n"
    "发布时间：2025-06-12 10:00\n\n"
    "6月10日上午，青川市工业和信息化局（以下简称“市工信局”）与远拓控股集团有限公司（以下简称"
    "“远拓集团”）合作签约仪式在青川宾馆举行。在副市长吕向东和远拓集团董事长严立的共同见证下，"
    "市工信局局长石峰与远拓集团副总裁方晴代表双方签署《产业合作协议》。"
    "随后，双方下属单位签署了2项子协议：\n"
    "——远拓智能科技有限公司总经理韦明与青川职业技术学院院长卢岚签署《智能制造实训基地共建协议》；\n"
    "——远拓物流有限公司总经理祁军与青川港务集团董事长卜宁签署《港口物流合作协议》。\n"
)


def test_an_untitled_ceremony_beside_its_document_and_others_is_one_with_it() -> None:
    """The blind19 t01's: the model gave the ceremony apart from its 《…》, the ceremony
    with the witnesses the document's own sentence names."""
    day = dt.date(2025, 6, 10)
    shell = Agreement(
        parties=named_parties("青川市工业和信息化局", "远拓集团"),
        witnesses=named_people("吕向东", "严立"),
        date_signed=day,
        date_text="6月10日上午",
    )
    main = Agreement(
        title="产业合作协议",
        parties=named_parties("远拓集团", "市工信局"),
        signatories=named_people("石峰", "方晴"),
        date_signed=day,
        date_text="6月10日上午",
    )
    subs = [
        Agreement(
            title=title,
            parties=named_parties(*parties),
            signatories=named_people(*signers),
            date_signed=day,
            date_text="6月10日上午",
        )
        for title, parties, signers in (
            (
                "智能制造实训基地共建协议",
                ("远拓智能科技有限公司", "青川职业技术学院"),
                ("韦明", "卢岚"),
            ),
            ("港口物流合作协议", ("远拓物流有限公司", "青川港务集团"), ("祁军", "卜宁")),
        )
    ]
    kept, warnings = guarded(CEREMONY, dt.date(2025, 6, 12), shell, main, *subs)
    assert [a.title for a in kept] == ["产业合作协议", *(a.title for a in subs)], warnings
    assert {p.name for p in kept[0].witnesses} == {"吕向东", "严立"}, warnings


def test_an_untitled_agreement_with_its_own_witnesses_stays() -> None:
    """Not where the shell's witnesses are no part of the titled document's signing."""
    day = dt.date(2025, 6, 10)
    text = CEREMONY.replace("签署了2项子协议", "签署了2项子协议。市长潘越见证了另一份协议的签署")
    shell = Agreement(
        parties=named_parties("青川市工业和信息化局", "远拓集团"), witnesses=named_people("潘越")
    )
    main = Agreement(
        title="产业合作协议",
        parties=named_parties("远拓集团", "市工信局"),
        signatories=named_people("石峰", "方晴"),
        date_signed=day,
    )
    kept, warnings = guarded(text, dt.date(2025, 6, 12), shell, main)
    assert len(kept) == 2, warnings


INVESTMENT = (
    "总投资30亿元！远拓新材料项目落户青川\n\n"
    "2025-01-06 17:00:00    来源：青川融媒体中心\n\n"
    "上月30日，青川区人民政府与远拓新材料股份有限公司在区行政中心签署《高性能碳纤维生产基地项目"
    "投资协议》。区长石峰与远拓新材料董事长方晴代表双方签约。\n"
)


def test_a_short_title_dated_by_the_page_line_is_the_long_ones_document() -> None:
    """The blind19 t03's "投资协议", which the model dated by the page's line, beside the
    full title of the same signing dated by its sentence."""
    parties = named_parties("青川区人民政府", "远拓新材料股份有限公司")
    signers = named_people("石峰", "方晴")
    short = Agreement(
        title="投资协议",
        parties=parties,
        signatories=signers,
        date_text="2025-01-06",
        date_signed=dt.date(2025, 1, 6),
    )
    long = Agreement(
        title="高性能碳纤维生产基地项目投资协议",
        parties=parties,
        signatories=signers,
        date_text="上月30日",
        date_signed=dt.date(2024, 12, 30),
    )
    kept, warnings = guarded(INVESTMENT, dt.date(2025, 1, 6), short, long)
    assert [(a.title, a.date_signed) for a in kept] == [
        ("高性能碳纤维生产基地项目投资协议", dt.date(2024, 12, 30))
    ], warnings


def test_handing_over_a_plaque_is_unveiling() -> None:
    """The blind19 t02's 授牌: the vice mayor who handed over the centre's plaque with the
    president witnessed, as 揭牌 does."""
    text = (
        "昨天下午，青川医学院与青川市人民医院合作共建签约仪式举行。青川医学院副校长韦明与市人民医院"
        "院长卢岚签署《共建临床研究中心协议》，双方将共建“青川医学院临床研究中心”。随后，青川医学院"
        "校长严立与副市长吕向东共同为“青川医学院临床研究中心”授牌。\n"
    )
    agreement = Agreement(
        title="共建临床研究中心协议",
        parties=named_parties("青川医学院", "青川市人民医院"),
        signatories=named_people("韦明", "卢岚"),
        established_entities=["青川医学院临床研究中心"],
    )
    (kept,), warnings = guarded(text, dt.date(2025, 5, 8), agreement)
    assert {p.name for p in kept.witnesses} >= {"严立", "吕向东"}, warnings


CONSORTIUM = (
    "Three partners found a Nordic centre for hydrogen storage\n\n"
    "Published 9 April 2025\n\n"
    "The University of Skarvik, Fjelltek AS and the German engineering company Lindauer "
    "Anlagenbau GmbH on Monday signed the Consortium Agreement, formally launching the "
    "Skarvik Hydrogen Storage Centre.\n"
)


def test_a_party_described_before_its_name_is_named() -> None:
    """The blind19 t05's "Japanese chemicals company Hoshino Chemical Co., Ltd."."""
    agreement = Agreement(
        title="Consortium Agreement",
        parties=named_parties(
            "University of Skarvik",
            "Fjelltek AS",
            "German engineering company Lindauer Anlagenbau GmbH",
        ),
    )
    (kept,), warnings = guarded(CONSORTIUM, dt.date(2025, 4, 9), agreement)
    assert [p.name for p in kept.parties][-1] == "Lindauer Anlagenbau GmbH", warnings


def test_a_party_written_as_what_the_signing_body_is_part_of_is_that_body() -> None:
    """The blind19 t04's "Government of India" after "The Ministry of … (MoIWCD),"."""
    text = (
        "The Department of Coastal Shipping (DCS), Government of Estoria, and the Nordvik "
        "Port Agency (NPA) signed a Memorandum of Understanding on Harbour Pilots today at "
        "Harbour House, Velde.\n"
    )
    agreement = Agreement(
        title="Memorandum of Understanding on Harbour Pilots",
        parties=named_parties("Government of Estoria", "Nordvik Port Agency"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 2, 12), agreement)
    assert [p.name for p in kept.parties] == [
        "Department of Coastal Shipping",
        "Nordvik Port Agency",
    ], warnings


JOINT_VENTURE = (
    "Skarvik Power and Halden Marine form a hydrogen joint venture\n\n"
    "OSLO, May 5, 2025 -- Skarvik Power ASA and Halden Marine Ltd. today announced that they "
    "have entered into a Joint Venture Agreement to establish Skarvik Halden Hydrogen AS, "
    "which will build electrolysers. The Joint Venture Agreement was signed on April 30 in "
    "Bergen by Eva Lund, CEO of Skarvik Power, and Tom Hale, CEO of Halden Marine.\n\n"
    "On Friday, in Aberdeen, the two companies signed a separate Service Agreement, under "
    "which Halden Marine will maintain the plants. The service agreement was signed by Nils "
    "Berg and Ann Reid.\n"
)


def _joint_venture() -> tuple[Agreement, Agreement]:
    parties = named_parties("Skarvik Power ASA", "Halden Marine Ltd.")
    venture = Agreement(
        title="Joint Venture Agreement",
        parties=parties,
        signatories=named_people("Eva Lund", "Tom Hale"),
        date_text="on April 30",
        date_signed=dt.date(2025, 4, 30),
        location="Bergen",
        established_entities=["Skarvik Halden Hydrogen AS"],
    )
    service = Agreement(
        title="Service Agreement",
        parties=parties,
        signatories=named_people("Nils Berg", "Ann Reid"),
        date_text="On Friday",
        date_signed=dt.date(2025, 5, 2),
        location="Bergen",
    )
    return venture, service


def test_a_joint_venture_company_founded_is_an_established_entity() -> None:
    """The blind19 t06's "Joint Venture Agreement to establish … Co., Ltd."."""
    (venture, _), warnings = guarded(JOINT_VENTURE, dt.date(2025, 5, 5), *_joint_venture())
    assert venture.established_entities == ["Skarvik Halden Hydrogen AS"], warnings


def test_a_company_founded_otherwise_is_still_no_established_entity() -> None:
    """Not a company the sentence founds without calling it a joint venture."""
    text = JOINT_VENTURE.replace("Joint Venture Agreement to establish", "Agreement to establish")
    (venture, _), warnings = guarded(text, dt.date(2025, 5, 5), *_joint_venture())
    assert venture.established_entities == [], warnings


def test_a_separate_agreement_takes_the_city_its_own_sentence_opens_with() -> None:
    """The blind19 t06's licence, given the joint venture's Changwon for "On Monday, in
    Houston, the two companies signed a separate Technology License Agreement"."""
    (venture, service), warnings = guarded(JOINT_VENTURE, dt.date(2025, 5, 5), *_joint_venture())
    assert (venture.location, service.location) == ("Bergen", "Aberdeen"), warnings


PRESS_NOTE = (
    "Estoria and Nordvik sign MoU on harbour pilots\n\n"
    "The Department of Coastal Shipping and the Nordvik Port Agency signed a Memorandum of "
    "Understanding on Cooperation in Harbour Pilot Training today at Harbour House, in the "
    "presence of Shri Anil Varma, Minister of Coastal Shipping. The MoU provides for a "
    "Centre of Excellence for Harbour Pilotage (CoE-HP) to be set up jointly in Velde.\n\n"
    "Witnessing the exchange of the signed documents, Shri Anil Varma said that pilots "
    "keep ports safe.\n"
)


def _press_note_mou() -> Agreement:
    return Agreement(
        title="Memorandum of Understanding on Cooperation in Harbour Pilot Training",
        parties=named_parties("Department of Coastal Shipping", "Nordvik Port Agency"),
    )


def test_a_minister_witnessing_the_signed_documents_is_a_witness() -> None:
    """The blind19 t04's: "the signed documents" tells no signing of the minister's."""
    (kept,), warnings = guarded(PRESS_NOTE, dt.date(2025, 2, 12), _press_note_mou())
    assert [p.name for p in kept.witnesses] == ["Anil Varma"], warnings


def test_a_centre_to_be_set_up_past_its_short_form_is_established() -> None:
    """The blind19 t04's "Centre of Excellence for … (CoE-GIN) to be set up"."""
    (kept,), warnings = guarded(PRESS_NOTE, dt.date(2025, 2, 12), _press_note_mou())
    assert kept.established_entities == ["Centre of Excellence for Harbour Pilotage"], warnings


def test_signed_today_dates_an_agreement_and_a_titles_topic_is_no_venue() -> None:
    """The blind19 t04's: the documents pass's agreement had no date, and "on Cooperation
    in Harbour Pilot Training" read as where it was signed."""
    (kept,), warnings = guarded(PRESS_NOTE, dt.date(2025, 2, 12), _press_note_mou())
    assert (kept.date_signed, kept.location) == (dt.date(2025, 2, 12), "Harbour House"), warnings


def test_cooperation_in_a_building_is_still_a_venue() -> None:
    """The examples' en_05: the title's "Cooperation in the Administration Building of …"
    is where it was signed."""
    text = (
        "On October 31, Qinghe University and Delta Rail Co., Ltd. signed a Framework "
        "Agreement on Industry Cooperation in the Main Building of Qinghe University.\n"
    )
    agreement = Agreement(
        title="Framework Agreement on Industry Cooperation",
        parties=named_parties("Qinghe University", "Delta Rail Co., Ltd."),
        location="Qinghe University",
    )
    (kept,), warnings = guarded(text, dt.date(2025, 11, 2), agreement)
    assert kept.location == "Main Building of Qinghe University", warnings


def test_today_before_a_verb_of_telling_is_not_the_signing_day() -> None:
    """The blind12 m06's "today announces that it signed … yesterday"."""
    text = (
        "Oslo, 3 September 2025 - Skarvik Power ASA today announces that it signed a "
        "Strategic Cooperation Agreement with the Velde City Government yesterday.\n"
    )
    agreement = Agreement(
        title="Strategic Cooperation Agreement",
        parties=named_parties("Skarvik Power ASA", "Velde City Government"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 9, 3), agreement)
    assert kept.date_signed == dt.date(2025, 9, 2), warnings


def test_a_party_given_as_its_kind_takes_the_one_name_the_article_writes() -> None:
    """The blind12 m04's "Kenyan coastal water authority", which the article names "The
    Pwani Coastal Water Authority (PCWA)" a sentence later; the model's other form of the
    party is kept once."""
    text = (
        "VELDE, May 15 - An Estorian river ports authority and a Nordic shipbuilder signed a "
        "memorandum of understanding on Tuesday. The Lower Velde River Ports Authority and "
        "Skarvik Yards AS put their names to the memorandum at Harbour House.\n"
    )
    agreement = Agreement(
        title="memorandum of understanding",
        parties=named_parties(
            "Estorian river ports authority",
            "Skarvik Yards AS",
            "Lower Velde River Ports Authority",
        ),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 5, 15), agreement)
    assert [p.name for p in kept.parties] == [
        "Lower Velde River Ports Authority",
        "Skarvik Yards AS",
    ], warnings


def test_a_kind_the_article_names_twice_stays_as_given() -> None:
    """Two bodies end in the kind's words: the article does not say which it is."""
    text = (
        "A regional water authority and a university signed an agreement on Tuesday. The "
        "Pwani Coastal Water Authority and the Tana Coastal Water Authority attended.\n"
    )
    agreement = Agreement(
        title="agreement", parties=named_parties("regional coastal water authority", "university")
    )
    (kept,), _ = guarded(text, dt.date(2025, 5, 15), agreement)
    assert "Pwani Coastal Water Authority" not in [p.name for p in kept.parties]
