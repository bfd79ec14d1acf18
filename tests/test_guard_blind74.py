"""Rules made from the seventy-fourth blind set's misses, on texts of our own that fail on
the code before them: a document's kind alone beside its full title, an occasion after a
date, an initialled document whose formal signing is only expected, a title that tells a
signing, an untitled twin of the same signers, the venue of the summit a signing was done
on the sidelines of, a witness "together with" another, a postponed document given the
signers of another, a hotel's kind after its name, and a Chinese kind of body before a
Latin company name."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import date_and_place
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement

PAGE = dt.date(2025, 5, 21)


def test_a_documents_kind_alone_beside_its_full_title_is_one_record() -> None:
    text = (
        "1月5日，渝北物流有限公司与万象陆港有限公司签署《中老班列运营合同补充协议》，"
        "渝北物流总经理周浩与万象陆港副总经理Somphone Vongsa代表双方签字。"
        "根据补充协议，班列将增开冷链车厢。\n"
    )
    people = ("周浩", "Somphone Vongsa")
    short = Agreement(
        title="补充协议",
        parties=named_parties("渝北物流有限公司", "万象陆港有限公司"),
        signatories=named_people(*people),
    )
    full = Agreement(
        title="中老班列运营合同补充协议",
        parties=named_parties("万象陆港有限公司", "渝北物流有限公司"),
        signatories=named_people(*people),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 8), short, full)
    assert [a.title for a in kept] == ["中老班列运营合同补充协议"]


def test_an_occasion_after_the_date_is_no_part_of_it() -> None:
    assert date_and_place("on the 14th on the sidelines of the Baltic Energy Summit") == (
        "on the 14th",
        None,
    )


def test_a_sentence_given_as_a_title_is_none() -> None:
    title = (
        "Warnow Tools GmbH and Penang Test Alliance, partners since 2021, signed a memorandum "
        "on probe cards on Tuesday"
    )
    text = (
        f"Rostock toolmaker signs with Penang group\n\n{title}. Anke Wolf and Lim Hock signed it.\n"
    )
    agreement = Agreement(
        title=title,
        parties=named_parties("Warnow Tools GmbH", "Penang Test Alliance"),
        signatories=named_people("Anke Wolf", "Lim Hock"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert kept[0].title != title


def test_an_initialled_document_whose_signing_is_only_expected_is_no_record() -> None:
    text = (
        "Rostock toolmaker signs with Penang group\n\n"
        "Warnow Tools GmbH and Penang Test Alliance signed a memorandum on Tuesday. "
        "Negotiators from Warnow and Bayan Probe Sdn Bhd initialled a supply agreement for "
        "probe cards, but the text still has to go to both boards. Bayan Probe chief executive "
        "Lee Chong said he expected a formal signing in July.\n"
    )
    memorandum = Agreement(
        title="memorandum",
        parties=named_parties("Warnow Tools GmbH", "Penang Test Alliance"),
    )
    supply = Agreement(
        title="supply agreement",
        parties=named_parties("Warnow Tools GmbH", "Bayan Probe Sdn Bhd"),
    )
    kept, _ = guarded(text, PAGE, memorandum, supply)
    assert [a.title for a in kept] == ["memorandum"]


def test_a_subheadings_words_given_as_a_title_are_the_signing_told_again() -> None:
    text = (
        "Rostock toolmaker signs with Penang group\n"
        "Memorandum signed in Rostock; pilot line next\n\n"
        "Warnow Tools GmbH and Penang Test Alliance signed a memorandum on Tuesday. "
        "Anke Wolf signed for Warnow and Lim Hock signed for the alliance.\n"
    )
    people = ("Anke Wolf", "Lim Hock")
    parties = ("Warnow Tools GmbH", "Penang Test Alliance")
    given = [
        Agreement(title=title, parties=named_parties(*parties), signatories=named_people(*people))
        for title in ("memorandum", "Memorandum signed in Rostock")
    ]
    kept, warnings = guarded(text, PAGE, *given)
    assert [a.title for a in kept] == ["memorandum"]
    assert any("Memorandum signed in Rostock" in w for w in warnings)


def test_the_venue_of_the_summit_a_signing_was_done_on_the_sidelines_of() -> None:
    text = (
        "Rostock toolmaker signs with Penang group\n\n"
        "The memorandum was signed on the 14th on the sidelines of the Baltic Chip Summit, "
        "which ran for two days at the Hanse Congress Hall Rostock.\n"
    )
    checker = Checker(SourceIndex(text)).dated(PAGE)
    assert checker.signing_venues() == ["Hanse Congress Hall Rostock"]


def test_a_witness_together_with_one_the_text_titles_elsewhere() -> None:
    text = (
        "Cusco firms sign with Guilin agency\n\n"
        "A delegation led by vice mayor Li Ming arrived on Monday. On Friday, Andes Rutas "
        "S.A.C. and Lijiang Travel Co., Ltd. signed a memorandum. Ana Quispe, Cusco's tourism "
        "director, witnessed the signing together with Li Ming.\n"
    )
    agreement = Agreement(
        title="memorandum",
        parties=named_parties("Andes Rutas S.A.C.", "Lijiang Travel Co., Ltd."),
    )
    kept, _ = guarded(text, dt.date(2025, 8, 9), agreement)
    assert sorted(p.name for p in kept[0].witnesses) == ["Ana Quispe", "Li Ming"]


def test_a_postponed_document_given_anothers_signers_is_no_record() -> None:
    text = (
        "Cusco firms sign with Guilin agency\n\n"
        "The Sister-City Trade Framework Agreement between Cusco and Guilin, due to be signed "
        "on Thursday, has been postponed. Its text was initialled in June, and a spokesman "
        "said the formal signing would be rescheduled.\n\n"
        "On Friday, Andes Rutas S.A.C. and Lijiang Travel Co., Ltd. signed a memorandum. Rosa "
        "Vega, manager of Andes Rutas, and Wang Fei, vice president of Lijiang Travel, signed "
        "it.\n"
    )
    people = ("Rosa Vega", "Wang Fei")
    framework = Agreement(
        title="Sister-City Trade Framework Agreement",
        parties=named_parties("Cusco", "Guilin"),
        signatories=named_people(*people),
    )
    memorandum = Agreement(
        title="memorandum",
        parties=named_parties("Andes Rutas S.A.C.", "Lijiang Travel Co., Ltd."),
        signatories=named_people(*people),
    )
    kept, _ = guarded(text, dt.date(2025, 8, 9), framework, memorandum)
    assert [a.title for a in kept] == ["memorandum"]


def test_a_hotels_kind_after_its_name_is_part_of_the_venue() -> None:
    text = (
        "Cusco firms sign with Guilin agency\n\n"
        "On Friday, Andes Rutas S.A.C. and Lijiang Travel Co., Ltd. signed a memorandum at the "
        "Casa Andina hotel to develop joint tours.\n"
    )
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 8, 9))
    assert checker.signing_venues() == ["Casa Andina hotel"]


def test_a_chinese_kind_of_body_before_a_latin_name_is_no_part_of_it() -> None:
    text = (
        "昨日，香港干细胞研究所与吉隆坡生物科技公司Kenanga BioWorks Sdn Bhd签署《技术服务协议》。\n"
    )
    agreement = Agreement(
        title="技术服务协议",
        parties=named_parties("香港干细胞研究所", "吉隆坡生物科技公司Kenanga BioWorks Sdn Bhd"),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 18), agreement)
    assert [p.name for p in kept[0].parties] == ["香港干细胞研究所", "Kenanga BioWorks Sdn Bhd"]
