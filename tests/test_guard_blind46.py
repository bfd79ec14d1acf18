"""Rules made from the forty-sixth blind set's misses, each on a text of our own that fails
on the code before them: signers who go on, in the next clause, to unveil what their
agreement set up ("…代表双方签署《…》，并共同为“…”揭牌") are its witnesses too, as the spec's
witnesses are those who "jointly unveiled what it set up"; Taiwan's 在地 (local) is no
place of a signing; an untitled agreement of a party of each of two documents, beyond the
article's count, folds away; an untitled copy of the one document its signers sign goes,
its county government named by 縣府 too; a witness "在場見證" on a Traditional page."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.lexicon import simplified
from coopllm.parties import zh_short_form
from coopllm.schema import Agreement, Party

_LAB = (
    "近日，东岚新材料股份有限公司与中国科学院江南材料研究所战略合作协议签约仪式在公司总部举行。"
    "公司董事长许文涛与研究所所长钱立群代表双方签署《战略合作协议》，并共同为“东岚—江南联合实验室”"
    "揭牌。\n"
)


def _lab() -> Agreement:
    return Agreement(
        title="战略合作协议",
        parties=named_parties("东岚新材料股份有限公司", "中国科学院江南材料研究所"),
        signatories=named_people("许文涛", "钱立群"),
        established_entities=["东岚—江南联合实验室"],
    )


def test_signers_who_go_on_to_unveil_their_body_are_its_witnesses_too() -> None:
    kept, _ = guarded(_LAB, dt.date(2026, 6, 1), _lab())
    assert [p.name for p in kept[0].signatories] == ["许文涛", "钱立群"]
    assert [p.name for p in kept[0].witnesses] == ["许文涛", "钱立群"]


def test_signers_who_unveil_nothing_are_no_witnesses() -> None:
    text = _LAB.replace("，并共同为“东岚—江南联合实验室”揭牌", "")
    kept, _ = guarded(text, dt.date(2026, 6, 1), _lab())
    assert kept[0].witnesses == []


def test_taiwans_word_for_local_is_no_place() -> None:
    text = (
        "東濱科大今（8）日與在地企業瑞穗精工股份有限公司簽署產學合作備忘錄，由研發長鄭家豪與董事長"
        "李秀鳳簽署。\n"
    )
    given = Agreement(
        title="產學合作備忘錄",
        parties=named_parties("東濱科大", "瑞穗精工股份有限公司"),
        signatories=named_people("鄭家豪", "李秀鳳"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 9), given)
    assert kept[0].location is None


_TWO_SIGNINGS = (
    "6月2日上午，青湾区人民政府与海川大学签署《全面合作框架协议》，区长赵海峰与校长孟立新代表双方签约。\n"
    "随后，海川大学与区内企业蓝港机电有限公司签署《技术开发合作协议》，海川大学副校长秦雪与蓝港机电"
    "总经理郑宇代表双方签约。\n"
    "区委书记高远见证了上述两项协议的签署。\n"
)


def _two_signings_and_a_mix() -> tuple[Agreement, Agreement, Agreement]:
    """The two documents, and the one a model made of a party of each and a signer of one."""
    framework = Agreement(
        title="全面合作框架协议",
        parties=named_parties("青湾区人民政府", "海川大学"),
        signatories=named_people("赵海峰", "孟立新"),
    )
    mix = Agreement(
        parties=named_parties("青湾区人民政府", "蓝港机电有限公司"),
        signatories=named_people("郑宇"),
    )
    contract = Agreement(
        title="技术开发合作协议",
        parties=named_parties("海川大学", "蓝港机电有限公司"),
        signatories=named_people("秦雪", "郑宇"),
    )
    return framework, mix, contract


def test_an_untitled_pair_of_two_documents_parties_beyond_the_count_is_dropped() -> None:
    kept, warnings = guarded(_TWO_SIGNINGS, dt.date(2026, 6, 3), *_two_signings_and_a_mix())
    assert [a.title for a in kept] == ["全面合作框架协议", "技术开发合作协议"]
    assert any("folds the parties of 2 documents" in w for w in warnings)


def test_an_untitled_pair_stays_where_the_article_counts_no_documents() -> None:
    text = _TWO_SIGNINGS.replace("见证了上述两项协议的签署", "出席活动")
    kept, _ = guarded(text, dt.date(2026, 6, 3), *_two_signings_and_a_mix())
    assert [a.title for a in kept] == ["全面合作框架协议", None, "技术开发合作协议"]


_LETTER = (
    "西嶺縣府攜手西嶺師範學院 簽合作意向書\n"
    "西嶺縣政府與西嶺師範學院今（12）日在縣政府會議室簽署合作意向書，由縣長蔡明遠與院長呂佳蓉代表"
    "雙方簽署。\n"
    "同場活動中，西嶺師範學院也與在地企業豐禾食品股份有限公司簽署產學合作備忘錄，由教務長嚴志成與"
    "董事長蕭雅婷簽署。\n"
)


def _letter_given_twice() -> tuple[Agreement, Agreement, Agreement]:
    """The letter of intent untitled and titled (its county by the short form), and the
    memorandum signed beside it."""
    untitled = Agreement(
        parties=named_parties("西嶺縣政府", "西嶺師範學院"),
        signatories=named_people("蔡明遠", "呂佳蓉"),
    )
    titled = Agreement(
        title="合作意向書",
        parties=named_parties("西嶺師範學院", "西嶺縣府"),
        signatories=named_people("蔡明遠", "呂佳蓉"),
    )
    memorandum = Agreement(
        title="產學合作備忘錄",
        parties=named_parties("西嶺師範學院", "豐禾食品股份有限公司"),
        signatories=named_people("嚴志成", "蕭雅婷"),
    )
    return untitled, titled, memorandum


def test_an_untitled_copy_of_the_one_document_its_signers_sign_is_dropped() -> None:
    kept, warnings = guarded(_LETTER, dt.date(2026, 3, 12), *_letter_given_twice())
    assert [a.title for a in kept] == ["合作意向書", "產學合作備忘錄"]
    assert [p.name for p in kept[0].parties] == ["西嶺師範學院", "西嶺縣政府"]
    assert "西嶺縣府" in kept[0].parties[1].aliases
    assert any("told again, by the same signers" in w for w in warnings)


def test_an_untitled_agreement_stays_where_its_signers_sign_two_documents() -> None:
    text = _LETTER.replace("簽署合作意向書，", "簽署合作意向書及人才培育協議，")
    kept, _ = guarded(text, dt.date(2026, 3, 12), *_letter_given_twice())
    assert [a.title for a in kept] == [None, "合作意向書", "產學合作備忘錄"]


def test_a_local_governments_zheng_fu_contracts_to_fu() -> None:
    assert zh_short_form("東濱縣府", "東濱縣政府")
    assert zh_short_form("东滨县府", "东滨县人民政府")
    assert zh_short_form("鹭川市府", "鹭川市政府")
    assert not zh_short_form("东滨府", "东滨县政府")


def _memorandum(text: str) -> list[Agreement]:
    """The guard's memorandum of ``text``, which the model gave without its witness, its
    names in the page's characters (Simplified ones of the Traditional, on a mainland page)."""
    written = (lambda name: name) if "備忘錄" in text else simplified
    given = Agreement(
        title=written("產學合作備忘錄"),
        parties=named_parties(written("西嶺師範學院"), written("豐禾食品股份有限公司")),
        signatories=named_people(written("嚴志成"), written("蕭雅婷")),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 12), given)
    return kept


def test_a_witness_on_a_traditional_page_whom_the_model_left_out_is_added() -> None:
    text = (
        "西嶺師範學院今（12）日與豐禾食品股份有限公司簽署產學合作備忘錄，由教務長嚴志成與董事長"
        "蕭雅婷簽署，縣長蔡明遠在場見證。\n"
    )
    (kept,) = _memorandum(text)
    assert [(p.name, p.title) for p in kept.witnesses] == [("蔡明遠", "縣長")]


def test_one_who_witnessed_there_is_a_witness() -> None:
    text = (
        "西岭师范学院今日与丰禾食品股份有限公司签署产学合作备忘录，由教务长严志成与董事长萧雅婷签署，"
        "县长蔡明远在场见证。\n"
    )
    (kept,) = _memorandum(text)
    assert [p.name for p in kept.witnesses] == ["蔡明远"]


def test_signers_on_a_traditional_page_whom_the_model_left_out_are_added() -> None:
    text = (
        "西嶺師範學院今（12）日與豐禾食品股份有限公司簽署產學合作備忘錄，教務長嚴志成與董事長"
        "蕭雅婷代表雙方簽署。\n"
    )
    given = Agreement(
        title="產學合作備忘錄",
        parties=named_parties("西嶺師範學院", "豐禾食品股份有限公司"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 12), given)
    assert [(p.name, p.title) for p in kept[0].signatories] == [
        ("嚴志成", "教務長"),
        ("蕭雅婷", "董事長"),
    ]


_AT_A_BHAWAN = (
    "The Coastal Fisheries Board signed two memoranda of understanding (MoUs) with the "
    "Institute of Marine Engineering, Kochi (IME) and the Harbour Training College, Vizag "
    "(HTC Vizag) at Vigyan Bhawan, New Delhi on 3 March 2026.\n"
)


def _at_a_bhawan(text: str) -> Agreement:
    given = Agreement(
        parties=[
            Party(name="Coastal Fisheries Board"),
            Party(name="Institute of Marine Engineering, Kochi", aliases=["IME"]),
            Party(name="Harbour Training College, Vizag", aliases=["HTC Vizag"]),
        ],
        location="New Delhi",
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), given)
    return kept[0]


def test_a_venue_a_comma_puts_in_its_town_after_the_parties_signed_with() -> None:
    assert _at_a_bhawan(_AT_A_BHAWAN).location == "Vigyan Bhawan, New Delhi"


def test_a_venue_after_more_than_the_parties_signed_with_is_not_the_signings() -> None:
    text = _AT_A_BHAWAN.replace("(HTC Vizag) at", "(HTC Vizag) for training courses at")
    assert _at_a_bhawan(text).location == "New Delhi"


def test_a_body_and_its_initials_with_its_place_are_one_party() -> None:
    text = (
        "The agency signed MoUs with the Indian Institute of Technology, Ranchi (IIT Ranchi) "
        "and the Dryland Research Station (DRS). The MoU with IIT Ranchi was signed by its "
        "director.\n"
    )
    given = Agreement(
        parties=[
            Party(name="Indian Institute of Technology, Ranchi (IIT Ranchi)"),
            Party(name="IIT Ranchi"),
            Party(name="Dryland Research Station", aliases=["DRS"]),
        ]
    )
    (kept,) = normalized(text, given)
    assert [(p.name, p.aliases) for p in kept.parties] == [
        ("Indian Institute of Technology, Ranchi", ["IIT Ranchi"]),
        ("Dryland Research Station", ["DRS"]),
    ]


def test_initials_with_another_place_are_another_body() -> None:
    text = "The agency signed MoUs with the Indian Institute of Technology, Ranchi and IIT Patna.\n"
    given = Agreement(
        parties=[Party(name="Indian Institute of Technology, Ranchi"), Party(name="IIT Patna")]
    )
    (kept,) = normalized(text, given)
    assert [p.name for p in kept.parties] == ["Indian Institute of Technology, Ranchi", "IIT Patna"]


_TWO_MOUS = (
    "The Coastal Fisheries Board signed two MoUs with the Marine Engineering Institute (MEI) "
    "and Harbour Training College (HTC) on 3 March 2026. The MoU with MEI was signed by "
    "Dr. Asha Menon, Chairperson, and Prof. Ravi Iyer, Director, MEI. The MoU with HTC was "
    "signed by Shri Kiran Das, Secretary, and Dr. Meera Pillai, Principal, HTC.\n"
)


def _two_mous_as_one() -> Agreement:
    return Agreement(
        parties=[
            Party(name="Coastal Fisheries Board"),
            Party(name="Marine Engineering Institute", aliases=["MEI"]),
            Party(name="Harbour Training College", aliases=["HTC"]),
        ],
        signatories=named_people("Asha Menon", "Ravi Iyer", "Kiran Das", "Meera Pillai"),
    )


def test_documents_told_each_with_a_party_and_its_signers_are_split() -> None:
    kept, _ = guarded(_TWO_MOUS, dt.date(2026, 3, 4), _two_mous_as_one())
    assert [([p.name for p in a.parties], [p.name for p in a.signatories]) for a in kept] == [
        (["Coastal Fisheries Board", "Marine Engineering Institute"], ["Asha Menon", "Ravi Iyer"]),
        (["Coastal Fisheries Board", "Harbour Training College"], ["Kiran Das", "Meera Pillai"]),
    ]


def test_one_document_told_with_a_party_splits_nothing() -> None:
    text = _TWO_MOUS[: _TWO_MOUS.index(" The MoU with HTC")] + "\n"
    kept, _ = guarded(text, dt.date(2026, 3, 4), _two_mous_as_one())
    assert len(kept) == 1
