"""Agreements of one record told apart by their own signing's day and place
(``coopllm.guard.apart``): the blind17 r04's second MoU, which the model gave the first's
day and city; and r06's offtake, signed by counterparts, given no ceremony's venue."""

from __future__ import annotations

import datetime as dt

from conftest import guarded

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, Signatory

PAGE_DATE = dt.date(2025, 5, 14)


TOUR = (
    "Northmere University signs two agreements in East Asia\n\n"
    "Published: 14 May 2025\n\n"
    "Northmere University has signed two agreements with partners in Japan and Korea. "
    "The first MoU, with Kanda Institute of Science, was signed in Osaka on Monday 5 May. "
    "Vice-Chancellor Ruth Calder and Kanda President Kenji Mori signed it. "
    "Three days later, on Thursday 8 May, the delegation went on to Busan, where Provost "
    "Alan Pryce signed a second MoU for Northmere with Haeundae National University. "
    "The memorandum was signed for Haeundae by its Vice-President, Park Min-ho.\n"
)


def _mou(partner: str, *signers: str, **update: object) -> Agreement:
    agreement = Agreement(
        agreement_type="memorandum_of_understanding",
        date_text="Monday 5 May",
        date_signed=dt.date(2025, 5, 5),
        location="Osaka",
        parties=[Party(name="Northmere University"), Party(name=partner)],
        signatories=[Signatory(name=name) for name in signers],
    )
    return agreement.model_copy(update=update)


def test_an_agreement_given_anothers_day_and_place_takes_its_own_sentences() -> None:
    first = _mou("Kanda Institute of Science", "Ruth Calder", "Kenji Mori")
    second = _mou("Haeundae National University", "Alan Pryce", "Park Min-ho")
    (kept, told), warnings = guarded(TOUR, PAGE_DATE, first, second)
    assert (kept.date_signed, kept.location) == (dt.date(2025, 5, 5), "Osaka"), warnings
    assert (told.date_signed, told.location) == (dt.date(2025, 5, 8), "Busan"), warnings
    assert told.date_text == "on Thursday 8 May", warnings


def test_an_agreement_its_own_sentences_do_not_date_keeps_the_day_it_shares() -> None:
    """Both signed the same day: the second's sentences write no day of their own."""
    text = TOUR.replace("Three days later, on Thursday 8 May, the", "That afternoon the")
    first = _mou("Kanda Institute of Science", "Ruth Calder", "Kenji Mori")
    second = _mou("Haeundae National University", "Alan Pryce", "Park Min-ho")
    (_, told), warnings = guarded(text, PAGE_DATE, first, second)
    assert told.date_signed == dt.date(2025, 5, 5), warnings


def test_a_sentence_naming_both_agreements_parties_tells_neither_apart() -> None:
    """Where every sentence that signs the second names the first's partner too, no
    sentence is its own: both keep what the model gave."""
    text = TOUR.replace(
        "signed a second MoU for Northmere with Haeundae National University",
        "signed a second MoU for Northmere with Haeundae National University and Kanda "
        "Institute of Science",
    )
    first = _mou("Kanda Institute of Science", "Ruth Calder", "Kenji Mori")
    second = _mou("Haeundae National University", "Alan Pryce", "Park Min-ho")
    (_, told), warnings = guarded(text, PAGE_DATE, first, second)
    assert (told.date_signed, told.location) == (dt.date(2025, 5, 5), "Osaka"), warnings


def test_a_ceremonys_venue_is_not_added_to_a_document_signed_by_counterparts() -> None:
    """The blind17 r06's: "The SCA was signed by … at a ceremony in Shanghai … The Binding
    Offtake Agreement was executed by the parties by exchange of counterparts": the
    venue is the SCA's, not the offtake's; where the article says nothing of how the
    second was signed, the one venue goes to both."""
    text = (
        "Kestrel Metals Ltd signs two agreements with Lanxin\n\n"
        "Kestrel Metals Ltd has signed a Cooperation Agreement with Lanxin Materials Co and a "
        "Supply Agreement with Lanxin Trading Ltd. The Cooperation Agreement was signed by "
        "Victoria Hallam and Zhou Jianming at a ceremony in Shanghai. The Supply Agreement was "
        "executed by exchange of counterparts.\n"
    )
    cooperation = Agreement(
        title="Cooperation Agreement",
        parties=[Party(name="Kestrel Metals Ltd"), Party(name="Lanxin Materials Co")],
        signatories=[Signatory(name="Victoria Hallam"), Signatory(name="Zhou Jianming")],
    )
    supply = Agreement(
        title="Supply Agreement",
        parties=[Party(name="Kestrel Metals Ltd"), Party(name="Lanxin Trading Ltd")],
    )
    (told, apart), warnings = guarded(text, PAGE_DATE, cooperation, supply)
    assert (told.location, apart.location) == ("Shanghai", None), warnings
    unsaid = text.replace(" The Supply Agreement was executed by exchange of counterparts.", "")
    (told, apart), warnings = guarded(unsaid, PAGE_DATE, cooperation, supply)
    assert (told.location, apart.location) == ("Shanghai", "Shanghai"), warnings


_TRIP = (
    "我县赴深莞开展招商活动 签约项目4个\n\n"
    "6月14日至15日，县委书记罗振明带队赴深圳、东莞开展招商活动，共签约项目4个。\n\n"
    "6月14日下午，青溪县产业推介会在深圳鹏城酒店举行。推介会上，3个项目现场签约：\n"
    "——县长钟雅代表青溪县人民政府，与深圳砾川材料有限公司董事长梁栋签署《建材项目投资协议》；\n"
    "——青溪县工业和信息化局局长肖明代表县工信局，与深圳澄芯电子有限公司总经理黄明签署"
    "《智能穿戴项目投资协议》；\n"
    "——青溪经济开发区管理委员会（以下简称“青溪经开区管委会”）主任唐勇，与广东鲜链物流有限公司"
    "副总经理谢斌签署《冷链物流园项目合同》。\n\n"
    "罗振明与深圳湖南商会会长曾海林共同见证上述项目签约。\n\n"
    "次日上午，在罗振明的见证下，副县长彭伟代表青溪县人民政府与东莞铂岳模具有限公司总经理陈华"
    "签订《模具产业园项目框架协议》。罗振明表示，将为签约企业提供全程代办服务。\n"
)


def _project(title: str, signers: tuple[str, str], *parties: str) -> Agreement:
    return Agreement(
        title=title,
        parties=[Party(name=name) for name in parties],
        signatories=[Signatory(name=name) for name in signers],
    )


def test_a_trips_signings_keep_their_own_parties_and_witnesses() -> None:
    """The blind18 s03's: the model gave one project every party of the trip, wrote a
    signer with his organisation and title as a party, folded the trip into an agreement
    titled by the page's label, and left out the witnesses of "上述项目签约" (the three
    projects above, not the next day's framework) and of "在罗振明的见证下"; the county
    leader who "共签约项目4个" and speaks of "签约企业" signed none, and 曾 begins a name,
    not an earlier signing."""
    every = ("青溪县人民政府", "深圳砾川材料有限公司", "深圳澄芯电子有限公司",
             "广东鲜链物流有限公司", "青溪经济开发区管理委员会")  # fmt: skip
    fold = _project("招商活动", ("罗振明", "唐勇"), *every)
    building = _project(
        "建材项目投资协议", ("钟雅", "梁栋"), "青溪县人民政府", "深圳砾川材料有限公司"
    )
    wearables = _project(
        "智能穿戴项目投资协议", ("肖明", "黄明"), *every, "青溪县工业和信息化局局长肖明"
    )
    cold_chain = _project(
        "冷链物流园项目合同", ("唐勇", "谢斌"), "青溪经济开发区管理委员会", "广东鲜链物流有限公司"
    )
    moulds = _project(
        "模具产业园项目框架协议", ("彭伟", "陈华"), "青溪县人民政府", "东莞铂岳模具有限公司"
    )
    draft = ExtractionDraft(
        article=Article(), agreements=[fold, building, wearables, cold_chain, moulds]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(_TRIP)))
    titles = [a.title for a in guarded.agreements]
    assert titles == [building.title, wearables.title, cold_chain.title, moulds.title], warnings
    parties = [p.name for p in guarded.agreements[1].parties]
    assert parties == ["深圳澄芯电子有限公司", "青溪县工业和信息化局"], warnings
    witnesses = [[p.name for p in a.witnesses] for a in guarded.agreements]
    assert witnesses == [["罗振明", "曾海林"]] * 3 + [["罗振明"]], warnings


def test_a_witness_the_model_gave_as_signer_and_party_gives_no_party() -> None:
    """The blind9 j02's, a review of this rule on the older sets: "在谭丽、顾海的见证下，…签字"
    with the model's "南岭省教育厅副厅长谭丽" as a party and a signer: her office is no party,
    as she signed nothing; a signer's is (阿什大学, whose vice-president signed, which the
    model left out)."""
    text = (
        "南岭省教育厅副厅长谭丽出席仪式。在谭丽、顾海的见证下，南岭农林大学校长方诚与阿什大学"
        "副校长马克·霍登分别代表两校在《合作备忘录》上签字。"
    )
    agreement = Agreement(
        title="合作备忘录",
        parties=[Party(name="南岭农林大学"), Party(name="南岭省教育厅副厅长谭丽")],
        signatories=[Signatory(name="方诚"), Signatory(name="谭丽")],
    )
    guarded, warnings = apply_guard(
        ExtractionDraft(article=Article(), agreements=[agreement]), Checker(SourceIndex(text))
    )
    assert [p.name for p in guarded.agreements[0].parties] == ["南岭农林大学", "阿什大学"], warnings


def test_each_of_two_signings_in_two_places_takes_its_own() -> None:
    """The blind5 f02's: "…signed a Memorandum of Understanding … at Nordvik's Haugen Hall.
    The following day the delegation travelled to Askøy, where … signed a Framework
    Agreement …": the model gave neither a place; each takes the one its own sentence
    introduces (an owner's hall by its name too), not the other's."""
    text = (
        "On Monday, Professor Ruth Calder and Rector Ingrid Holm signed a Memorandum of "
        "Understanding between Northmere University and Fjordby University at Fjordby's "
        "Ravn Hall. The following day the delegation travelled to Bergsund, where Northmere "
        "University signed a Framework Agreement with the Skerry Marine Institute.\n"
    )
    memorandum = Agreement(
        title="Memorandum of Understanding",
        parties=[Party(name="Northmere University"), Party(name="Fjordby University")],
        signatories=[Signatory(name="Ruth Calder"), Signatory(name="Ingrid Holm")],
    )
    framework = Agreement(
        title="Framework Agreement",
        parties=[Party(name="Northmere University"), Party(name="Skerry Marine Institute")],
    )
    (first, second), warnings = guarded(text, PAGE_DATE, memorandum, framework)
    assert (first.location, second.location) == ("Fjordby's Ravn Hall", "Bergsund"), warnings
