"""Rules made from the fifty-eighth blind set's misses, each on a text of our own that fails
on the code before them: leaders a subheading says held talks (座谈) are no signers there;
the main hall of a video signing set in the sentence after its ceremony is the venue; a
maker's kind before a company's name goes where the article names the company without it;
"at" a body after a signer's title with its field is where they work, not the venue; a
ceremony "held at" a hotel after the signing and a sentence of who signed it is the
signing's; a plaque unveiled "to mark the opening of the centre, which …" names no other
body for a capital after its comma."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory


def test_leaders_a_subheading_says_held_talks_are_no_signers() -> None:
    text = (
        "东川省政府与华晟能源集团签署战略合作协议\n"
        "周立群孙海峰座谈　邓宇吴晓峰签约\n\n"
        "10月9日，东川省人民政府与华晟能源集团有限公司在江宁签署战略合作协议。签约前，省长周立群会见"
        "了集团董事长孙海峰一行。\n\n"
        "副省长邓宇与集团总经理吴晓峰分别代表双方签署协议。\n"
    )
    given = Agreement(
        title="战略合作协议",
        parties=named_parties("东川省人民政府", "华晟能源集团有限公司"),
        signatories=named_people("周立群", "孙海峰"),
    )
    kept, _ = guarded(text, dt.date(2025, 10, 10), given)
    assert [p.name for p in kept[0].signatories] == ["邓宇", "吴晓峰"]


def test_leaders_who_talked_and_then_signed_stay_signers() -> None:
    text = "10月9日，省长周立群与集团董事长孙海峰在江宁座谈，并签署战略合作协议。\n"
    given = Agreement(
        title="战略合作协议",
        parties=named_parties("东川省人民政府", "华晟能源集团有限公司"),
        signatories=named_people("周立群", "孙海峰"),
    )
    kept, _ = guarded(text, dt.date(2025, 10, 10), given)
    assert [p.name for p in kept[0].signatories] == ["周立群", "孙海峰"]


_VIDEO = (
    "12月18日，南陵大学与挪威北峡大学以视频连线方式举行合作协议“云签约”仪式。主会场设在南陵大学"
    "图书馆报告厅，北峡大学在卑尔根设分会场。南陵大学校长何川与北峡大学校长奥拉夫分别代表两校签字。\n"
)


def _video_signing(location: str | None) -> Agreement:
    return Agreement(
        title="合作协议",
        parties=named_parties("南陵大学", "北峡大学"),
        signatories=named_people("何川", "奥拉夫"),
        location=location,
    )


def test_the_main_hall_set_after_the_video_ceremony_is_the_venue() -> None:
    kept, _ = guarded(_VIDEO, dt.date(2026, 1, 4), _video_signing("南陵大学图书馆报告厅,卑尔根"))
    assert kept[0].location == "南陵大学图书馆报告厅"


def test_the_main_hall_of_a_ceremony_to_come_is_no_venue() -> None:
    text = _VIDEO.replace("以视频连线方式举行", "将以视频连线方式举行").replace(
        "分别代表两校签字", "届时签字"
    )
    kept, _ = guarded(text, dt.date(2026, 1, 4), _video_signing(None))
    assert kept[0].location is None


def _maker(name: str) -> Agreement:
    return Agreement(
        title="產學合作備忘錄",
        parties=named_parties("國立北濱大學", name),
        signatories=named_people("林文華", "蔡志明"),
    )


def test_a_makers_kind_before_a_company_the_article_names_without_it_goes() -> None:
    text = (
        "國立北濱大學與面板大廠晶亮顯示股份有限公司本週二（9日）簽署產學合作備忘錄，由校長林文華與"
        "晶亮顯示董事長蔡志明代表雙方簽署。晶亮顯示去年營收創新高。\n"
    )
    kept, _ = guarded(text, dt.date(2025, 12, 11), _maker("面板大廠晶亮顯示股份有限公司"))
    assert kept[0].parties[1].name == "晶亮顯示股份有限公司"


def test_a_makers_kind_stays_where_the_article_never_names_the_company_without_it() -> None:
    text = (
        "國立北濱大學與面板大廠晶亮顯示股份有限公司本週二（9日）簽署產學合作備忘錄，由校長林文華與"
        "董事長蔡志明代表雙方簽署。\n"
    )
    kept, _ = guarded(text, dt.date(2025, 12, 11), _maker("面板大廠晶亮顯示股份有限公司"))
    assert kept[0].parties[1].name == "面板大廠晶亮顯示股份有限公司"


_LICENCE = (
    "BOSTON, March 3, 2026 -- Corvane Bio, Inc. today announced a license agreement with "
    "Halden University.\n\nThe agreement was signed on February 20, 2026 by Mira Solis, "
    "Corvane's Chief Executive Officer, and Owen Pike, Vice Provost for Research at Halden "
    "University, and took effect that day.\n"
)


def _licence(location: str | None) -> Agreement:
    return Agreement(
        title="license agreement",
        parties=named_parties("Corvane Bio, Inc.", "Halden University"),
        signatories=named_people("Mira Solis", "Owen Pike"),
        location=location,
    )


def test_where_a_signer_works_after_a_title_with_its_field_is_no_venue() -> None:
    kept, _ = guarded(_LICENCE, dt.date(2026, 3, 3), _licence("Halden University"))
    assert kept[0].location is None


def test_a_room_after_a_signers_bare_title_is_still_the_venue() -> None:
    text = (
        "The agreement was signed on February 20, 2026 by Mira Solis and the Vice Provost at "
        "the Senate Chamber of Halden University.\n"
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), _licence("Senate Chamber of Halden University"))
    assert kept[0].location == "Senate Chamber of Halden University"


_HOTEL = (
    "MARLO - The Ministry of Energy last Wednesday signed a memorandum of understanding with "
    "the Teller Development Fund.\n\nMinister Ruth Ofori signed on behalf of the Government of "
    "Sarn, while Fund director Erik Lund signed for the Fund. The ceremony was held at the Bay "
    "View Hotel in Marlo.\n"
)


def _memorandum() -> Agreement:
    return Agreement(
        title=None,
        parties=named_parties("Ministry of Energy", "Teller Development Fund"),
        signatories=named_people("Ruth Ofori", "Erik Lund"),
    )


def test_a_ceremony_after_the_signing_and_who_signed_it_is_the_signings() -> None:
    kept, _ = guarded(_HOTEL, dt.date(2025, 10, 14), _memorandum())
    assert kept[0].location == "Bay View Hotel in Marlo"


def test_a_ceremony_after_another_documents_signing_is_not_the_firsts() -> None:
    text = _HOTEL.replace(
        "while Fund director Erik Lund signed for the Fund.",
        "while Fund director Erik Lund later signed a separate grant agreement with the port.",
    )
    kept, _ = guarded(text, dt.date(2025, 10, 14), _memorandum())
    assert kept[0].location is None


def test_the_unveiler_of_a_plaque_for_the_centre_witnesses() -> None:
    text = (
        "The agreement was signed on 27 February at Mill House by Professor Ann Vale and Raj "
        "Mehta, founding the Corran Centre for Imaging.\n\nAfter the signing, Lucy Hart, MP for "
        "Corran North, unveiled a plaque to mark the opening of the centre, which will use the "
        "top floor of Mill House until 2028.\n"
    )
    given = Agreement(
        title=None,
        parties=named_parties("University of Corran", "Mehta Imaging Ltd"),
        signatories=[
            Signatory(name="Ann Vale", title="Professor", organization=None),
            Signatory(name="Raj Mehta", title=None, organization=None),
        ],
        established_entities=["Corran Centre for Imaging"],
    )
    kept, _ = guarded(text, dt.date(2026, 3, 2), given)
    assert [p.name for p in kept[0].witnesses] == ["Lucy Hart"]
