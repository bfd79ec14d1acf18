"""Rules made from the forty-seventh blind set's misses, each on a text of our own that fails
on the code before them: an engineer's "Eng." opens a name, not a sentence's end; titles and
forms of address before a name come off in turn ("Prof Datuk Dr …"); those who presided
over a body's unveiling ceremony ("…一同為…主持揭牌儀式") unveiled it; a Hong Kong
government press release is dated by the line above its issuing time at its foot."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import parse_published
from coopllm.schema import Agreement, Signatory
from coopllm.sentences import sentence_bounds
from coopllm.titles import clean_people


def test_an_engineers_abbreviation_opens_a_name_not_a_sentence() -> None:
    text = (
        "The MoU was signed in Kisumu by the authority's managing director Eng. Peter Otieno "
        "and Dr. Ines Vermeulen of the institute.\n"
    )
    assert len(sentence_bounds(text)) == 1


def test_an_engineer_signs_by_their_name_alone() -> None:
    given = Signatory(name="Eng. Peter Otieno", title="Managing Director")
    assert clean_people([given]) == [Signatory(name="Peter Otieno", title="Managing Director")]
    text = (
        "The MoU was signed in Kisumu by the authority's managing director Eng. Peter Otieno "
        "and Dr. Ines Vermeulen of the institute.\n"
    )
    signed = Agreement(
        parties=named_parties("Lake Basin Authority", "Vermeulen Institute"),
        signatories=named_people("Peter Otieno", "Ines Vermeulen"),
    )
    kept, _ = guarded(text, dt.date(2025, 9, 18), signed)
    assert [p.name for p in kept[0].signatories] == ["Peter Otieno", "Ines Vermeulen"]


def test_titles_and_forms_of_address_come_off_in_turn() -> None:
    given = Signatory(name="Prof Datuk Dr Aminah Yusof", title="Vice-Chancellor")
    (person,) = clean_people([given])
    assert (person.name, person.title) == ("Aminah Yusof", "Vice-Chancellor")


def test_one_who_presided_over_a_bodys_unveiling_ceremony_unveiled_it() -> None:
    text = (
        "海港科技局今日與華嶺檢測簽署《共建智能檢測聯合實驗室協議》，由副總裁關美玲及董事長"
        "鄺志偉代表簽署。其後，局長何德明與海港科技局主席彭家豪一同為「智能檢測聯合實驗室」"
        "主持揭牌儀式。\n"
    )
    given = Agreement(
        title="共建智能檢測聯合實驗室協議",
        parties=named_parties("海港科技局", "華嶺檢測"),
        signatories=named_people("關美玲", "鄺志偉"),
        established_entities=["智能檢測聯合實驗室"],
    )
    kept, _ = guarded(text, dt.date(2025, 12, 3), given)
    assert [p.name for p in kept[0].witnesses] == ["何德明", "彭家豪"]


def test_a_hong_kong_press_release_is_dated_at_its_foot() -> None:
    body = "海港科技局今日與華嶺檢測簽署合作協議。\n\n完\n\n"
    assert parse_published(body + "2025年12月3日（星期三）\n香港時間18時20分\n") == dt.date(
        2025, 12, 3
    )
    english = "The council signed an agreement today.\n\nEnds/Wednesday, December 3, 2025\n"
    assert parse_published(english + "Issued at HKT 18:20\n") == dt.date(2025, 12, 3)


def test_a_date_at_a_pages_foot_without_its_issuing_time_is_no_pages_date() -> None:
    assert parse_published("海港科技局今日與華嶺檢測簽署合作協議。\n\n2025年12月3日\n") is None


_AT_ITS_CAMPUS = (
    "Rector Marta Quiroga signed for UNA and Diego Salas, the firm's manager for Chile, "
    "signed on behalf of the company at the university's Playa Blanca campus in Iquique.\n"
)


def _at_its_campus(text: str) -> str | None:
    given = Agreement(
        parties=named_parties("Universidad del Norte Andino", "Salar Lithium Corp."),
        signatories=named_people("Marta Quiroga", "Diego Salas"),
        location="Iquique",
    )
    kept, _ = guarded(text, dt.date(2025, 4, 10), given)
    return kept[0].location


def test_a_town_given_for_an_owners_campus_in_it_is_the_campus_in_the_town() -> None:
    assert _at_its_campus(_AT_ITS_CAMPUS) == "Playa Blanca campus in Iquique"


def test_a_campus_after_another_matter_than_whom_they_signed_for_is_not_the_signings() -> None:
    text = _AT_ITS_CAMPUS.replace("company at", "company, after a tour of")
    assert _at_its_campus(text) == "Iquique"


def test_a_unit_our_school_calls_its_own_is_named_by_the_unit() -> None:
    text = "我校机械与能源学院院长钟立行与澄海动力有限公司总经理蒋雯签署《联合研发协议》。\n"
    given = Agreement(
        title="联合研发协议",
        parties=named_parties("我校机械与能源学院", "澄海动力有限公司"),
        signatories=[Signatory(name="钟立行", organization="我校机械与能源学院")],
    )
    (kept,) = normalized(text, given)
    assert [p.name for p in kept.parties] == ["机械与能源学院", "澄海动力有限公司"]
    assert kept.signatories[0].organization == "机械与能源学院"


def test_where_a_memorandum_was_renewed_on_campus_is_the_signings_venue() -> None:
    text = (
        "國立海濱大學昨（20）日與日本北嶺大學在校內圖書館國際會議廳續簽學術交流合作備忘錄，由校長"
        "林志遠與副校長山本健代表簽署。\n"
    )
    given = Agreement(
        title="學術交流合作備忘錄",
        parties=named_parties("國立海濱大學", "日本北嶺大學"),
        signatories=named_people("林志遠", "山本健"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 21), given)
    assert kept[0].location == "圖書館國際會議廳"


def test_a_venue_the_town_of_a_renewal_names_is_the_signings_place_not_the_town() -> None:
    text = (
        "12月3日，云岭省科学技术厅与北洋海洋研究所在东屿市续签《海洋科技合作谅解备忘录》。\n"
        "签约仪式在东屿国际会展中心举行，副厅长梁海与所长霍尔姆分别代表双方在备忘录上签字。\n"
    )
    given = Agreement(
        title="海洋科技合作谅解备忘录",
        parties=named_parties("云岭省科学技术厅", "北洋海洋研究所"),
        signatories=named_people("梁海", "霍尔姆"),
    )
    kept, _ = guarded(text, dt.date(2025, 12, 4), given)
    assert kept[0].location == "东屿国际会展中心"


def test_a_signer_given_as_a_party_of_our_schools_unit_signs_for_the_unit() -> None:
    text = "我校机械与能源学院院长钟立行与澄海动力有限公司总经理蒋雯签署《联合研发协议》。\n"
    given = Agreement(
        title="联合研发协议",
        parties=named_parties("我校机械与能源学院院长钟立行", "澄海动力有限公司"),
        signatories=named_people("蒋雯"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 14), given)
    assert [p.name for p in kept[0].parties] == ["机械与能源学院", "澄海动力有限公司"]
    assert ("钟立行", "机械与能源学院") in [(p.name, p.organization) for p in kept[0].signatories]


_AT_ITS_GREAT_HALL = (
    "SAN RAFAEL, 4 March 2026 — Refinería del Sur S.A. and the Universidad de Valle Alto "
    'signed a "Cooperation Agreement" on Tuesday, 3 March, at the university\'s Aula Magna '
    "in San Rafael.\n"
)


def _at_its_great_hall(text: str) -> str | None:
    given = Agreement(
        title="Cooperation Agreement",
        parties=named_parties("Refinería del Sur S.A.", "Universidad de Valle Alto"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    return kept[0].location


def test_a_venue_after_the_days_commas_is_the_signings_and_its_owner_goes() -> None:
    assert _at_its_great_hall(_AT_ITS_GREAT_HALL) == "Aula Magna in San Rafael"


def test_a_venue_after_another_clauses_commas_is_not_read_as_the_signings() -> None:
    text = _AT_ITS_GREAT_HALL.replace("3 March, at", "3 March, before a dinner at")
    assert _at_its_great_hall(text) != "Aula Magna in San Rafael"


_ONE_SIDE = (
    "随后，我校材料学院院长钟立行与澄海动力股份有限公司（以下简称“澄海动力”）总经理蒋雯签署"
    "《固态电池联合实验室共建协议》。\n"
)


def _one_side(text: str) -> list[str]:
    given = Agreement(
        title="固态电池联合实验室共建协议",
        parties=named_parties("材料学院"),
        signatories=named_people("钟立行", "蒋雯"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 14), given)
    return [p.name for p in kept[0].parties]


def test_the_body_the_other_signer_signed_for_is_a_party() -> None:
    assert _one_side(_ONE_SIDE) == ["材料学院", "澄海动力股份有限公司"]


def test_no_body_before_the_other_signers_title_adds_no_party() -> None:
    text = _ONE_SIDE.replace("与澄海动力股份有限公司（以下简称“澄海动力”）总经理", "与")
    assert _one_side(text) == ["材料学院"]
