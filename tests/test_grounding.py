"""Tests for coopllm.grounding: the three match tiers, the guards, spans and record paths."""

# Full-width letters and CJK punctuation are the subject of these tests, not typos.

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import pytest
from conftest import shared_or_skip
from hypothesis import given, settings
from hypothesis import strategies as st

from coopllm import dates, normalize, resolve, sentences, titles
from coopllm.grounding import (
    MARK_FREE_RANGES,
    MatchStatus,
    SourceIndex,
    ground_record,
    is_grounded,
    locate,
    normalize_for_match,
)
from coopllm.guard import Checker, bodies, facilitators, people, places, reading
from coopllm.lexicon import simplified
from coopllm.schema import (
    Agreement,
    Article,
    ArticleExtraction,
    ExtractionDraft,
    Party,
    Signatory,
    Span,
)

_RULE_MODULES = (reading, people, places, bodies, facilitators, sentences)
_RULE_MODULES += (resolve, normalize, dates, titles)
"""The modules whose patterns read an article: the guard's, the documents pass's and
normalisation's."""

ENGLISH = (
    "Last Tuesday afternoon, NWPU signed a framework agreement with the Eastern Valve & "
    "Pump Machinery Co.Ltd.(EVPM)in Xi'an. Under the agreement NWPU and EVPM will set up "
    "theJoint Laboratory for Fluid Control. Prof. Zhao Minghui, Vice President of NWPU, "
    "signed for the university; NWPU students later toured the EVPM plant."
)

CHINESE = (
    "10月12日上午，华中科技大学与ＡＢＣ大学在武汉签署战略合作协议，双方将共建“智能制造”"
    "联合研发基地。华中科技大学副校长李明出席仪式。"
)


def texts_of(text: str, spans: list[Span]) -> list[str]:
    return [text[span.start : span.end] for span in spans]


def assert_invariant(value: str, text: str, status: MatchStatus, spans: list[Span]) -> None:
    """For exact and normalized results every span normalises to the value's normal form."""
    if status in ("exact", "normalized"):
        assert spans
        for piece in texts_of(text, spans):
            assert normalize_for_match(piece) == normalize_for_match(value), (value, piece)


# --- exact -------------------------------------------------------------------------------


def test_exact_english_value_returns_its_offsets() -> None:
    value = "Joint Laboratory for Fluid Control"
    status, spans = locate(value, ENGLISH)
    start = ENGLISH.index(value)
    assert status == "exact"
    assert spans == [Span(start=start, end=start + len(value))]


def test_exact_returns_every_occurrence() -> None:
    status, spans = locate("NWPU", ENGLISH)
    expected = [Span(start=m.start(), end=m.end()) for m in re.finditer("NWPU", ENGLISH)]
    assert status == "exact"
    assert len(expected) == 4
    assert spans == expected


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_latin_letter_is_matched_without_its_accents_and_whole(form: str) -> None:
    """ "Jose Maria Perez" is "José María Pérez" as a model or an English page writes it,
    composed or decomposed (É as "E" and a combining accent), and the span holds the
    whole letter, its accent too; "NEU" is still the inside of "NEÚS"."""
    text = unicodedata.normalize(form, "Dr. José María Pérez of CAFÉ Group and NEÚS signed.")
    status, spans = locate("Jose Maria Perez", text)
    assert (status, [text[s.start : s.end] for s in spans]) == (
        "normalized",
        [unicodedata.normalize(form, "José María Pérez")],
    )
    status, spans = locate("CAFE", text)
    assert [text[s.start : s.end] for s in spans] == [unicodedata.normalize(form, "CAFÉ")]
    assert locate("NEU", text)[0] == "ungrounded"


# --- normalized --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "covered"),
    [
        ("Co. Ltd.", "Co.Ltd"),
        ("Valve&Pump", "Valve & Pump"),
        ("Eastern Valve&Pump Machinery Co. Ltd.", "Eastern Valve & Pump Machinery Co.Ltd"),
        ("eastern valve & pump machinery", "Eastern Valve & Pump Machinery"),
        ("the Joint Laboratory", "theJoint Laboratory"),
        ("Xi an", "Xi'an"),
        ("ZHAO   MINGHUI", "Zhao Minghui"),
    ],
)
def test_normalized_absorbs_case_space_and_punctuation(value: str, covered: str) -> None:
    status, spans = locate(value, ENGLISH)
    assert status == "normalized"
    assert texts_of(ENGLISH, spans) == [covered]
    assert_invariant(value, ENGLISH, status, spans)


def test_normalized_returns_every_occurrence() -> None:
    text = "The Harbin Tool Works. Later, harbin-tool works staff met the HARBIN TOOL WORKS board."
    status, spans = locate("Harbin Tool-Works", text)
    assert status == "normalized"
    assert texts_of(text, spans) == ["Harbin Tool Works", "harbin-tool works", "HARBIN TOOL WORKS"]


@pytest.mark.parametrize(
    ("value", "text", "covered"),
    [
        ("ABC大学", CHINESE, "ＡＢＣ大学"),
        ("ＮＷＰＵ", ENGLISH, "NWPU"),
        ("ｅａｓｔｅｒｎ　ｖａｌｖｅ", ENGLISH, "Eastern Valve"),
    ],
)
def test_full_width_forms_match_their_ascii_twins(value: str, text: str, covered: str) -> None:
    status, spans = locate(value, text)
    assert status == "normalized"
    assert texts_of(text, spans)[0] == covered
    assert_invariant(value, text, status, spans)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Caf\u00e9 Lumi\u00e8re", "Cafe\u0301 Lumie\u0300re"),
        ("Cafe\u0301 Lumie\u0300re", "Caf\u00e9 Lumi\u00e8re"),
    ],
)
def test_combining_accents_match_precomposed_letters(value: str, written: str) -> None:
    text = f"They met at the {written} in Lyon."
    status, spans = locate(value, text)
    assert status == "normalized"
    assert texts_of(text, spans) == [written]


def test_match_inside_a_ligature_is_refused() -> None:
    # "ﬁ" folds to "fi": a match starting at its "i" would map to a span reading "ﬁ...".
    assert locate("inance", "The \ufb01nance office")[0] == "ungrounded"
    assert locate("finance", "The \ufb01nance office")[0] == "normalized"


# --- Chinese -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["华中科技大学", "联合研发基地", "战略合作协议", "10月12日上午"])
def test_chinese_values_are_found_exactly_in_chinese_text(value: str) -> None:
    status, spans = locate(value, CHINESE)
    expected = [Span(start=m.start(), end=m.end()) for m in re.finditer(value, CHINESE)]
    assert status == "exact"
    assert spans == expected


def test_chinese_value_without_quotes_matches_quoted_text() -> None:
    status, spans = locate("智能制造联合研发基地", CHINESE)
    assert status == "normalized"
    assert texts_of(CHINESE, spans) == ["智能制造”联合研发基地"]


def test_short_chinese_value_is_not_held_to_word_boundaries() -> None:
    status, spans = locate("武汉", CHINESE)
    assert status == "exact"
    assert texts_of(CHINESE, spans) == ["武汉"]


# --- fuzzy -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typo",
    [
        "Eastern Valve & Pump Machinary",  # substitution
        "Eastern Valve & Pump Machnery",  # deletion
        "Eastern Valve & Pump Machinnery",  # insertion
    ],
)
def test_one_letter_typo_in_a_long_name_is_fuzzy(typo: str) -> None:
    status, spans = locate(typo, ENGLISH)
    assert status == "fuzzy"
    assert texts_of(ENGLISH, spans) == ["Eastern Valve & Pump Machinery"]


def test_fuzzy_respects_the_threshold() -> None:
    assert locate("Eastern Valve & Pump Machinary", ENGLISH, fuzzy_threshold=99.0)[0] == (
        "ungrounded"
    )


def test_chinese_fuzzy_match_maps_back_to_original_characters() -> None:
    status, spans = locate("华中科技大学与ABC大學在武汉签署", CHINESE)  # traditional 學
    assert status == "fuzzy"
    assert texts_of(CHINESE, spans) == ["华中科技大学与ＡＢＣ大学在武汉签署"]


def test_value_below_fuzzy_length_is_never_fuzzy() -> None:
    assert locate("EVPM Ltb", "EVPM Ltd signed.")[0] == "ungrounded"


def test_value_with_an_invented_tail_at_text_end_is_not_fuzzy() -> None:
    # partial_ratio scores the short window at the end of the text at ~93: without the
    # length check an invented "Group" would ground.
    text = "The partner is Tianjin Institute of Marine Engineering"
    assert locate("Tianjin Institute of Marine Engineering Group", text)[0] == "ungrounded"
    assert locate("Tianjin Institute of Marine Enginering", text)[0] == "fuzzy"


# --- ungrounded and guards ---------------------------------------------------------------


def test_invented_expansion_of_an_abbreviation_is_ungrounded() -> None:
    text = "HUST signed an agreement with the city of Wuhan. HUST will send ten researchers."
    assert locate("Huazhong University of Science and Technology", text) == ("ungrounded", [])


@pytest.mark.parametrize(
    "text",
    [
        "The committee stayed NEUTRAL on the matter.",
        "The committee stayed neutral on the matter.",
        "The Neutral Zone project.",
    ],
)
def test_short_abbreviation_does_not_match_inside_a_word(text: str) -> None:
    assert locate("NEU", text) == ("ungrounded", [])


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("A team from NEU's campus.", "NEU"),
        ("A team from neu, Shenyang.", "neu"),
        ("Signed by theNEU delegation.", "NEU"),
        ("Signed by NEUand partners.", "NEU"),
        ("东北大学（NEU）与该公司签约。", "NEU"),
        ("该公司与NEU签约。", "NEU"),
    ],
)
def test_short_abbreviation_matches_as_its_own_word(text: str, covered: str) -> None:
    status, spans = locate("NEU", text)
    assert is_grounded(status)
    assert texts_of(text, spans) == [covered]


def test_short_value_with_digits_does_not_match_inside_a_number() -> None:
    assert locate("G20", "Under the G2030 plan the G20 summit met.") == (
        "exact",
        [Span(start=25, end=28)],
    )
    assert locate("5G", "A 15G link and the 5G联合实验室.")[1] == [Span(start=19, end=21)]


def test_value_folding_to_one_character_grounds_only_exactly() -> None:
    assert locate("a", "Plan A was chosen.")[0] == "ungrounded"
    assert locate("A", "Plan A was chosen.")[0] == "exact"


@pytest.mark.parametrize("value", ["", "...", "——"])
def test_empty_or_punctuation_only_value_not_in_text_is_ungrounded(value: str) -> None:
    assert locate(value, "No punctuation here") == ("ungrounded", [])


# --- normal form and index ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Co. Ltd.", "coltd"),
        ("Measuring & Cutting", "measuringcutting"),
        ("ＡＢＣ大学（武汉）", "abc大学武汉"),
        ("Stra\u00dfe", "strasse"),
        ("“智能制造”\n联合 基地", "智能制造联合基地"),
    ],
)
def test_normalize_for_match(raw: str, normal: str) -> None:
    assert normalize_for_match(raw) == normal


@pytest.mark.parametrize(
    ("status", "grounded"),
    [("exact", True), ("normalized", True), ("fuzzy", True), ("ungrounded", False)],
)
def test_is_grounded(status: MatchStatus, grounded: bool) -> None:
    assert is_grounded(status) is grounded


def test_index_answers_like_locate_and_hands_out_fresh_spans() -> None:
    index = SourceIndex(ENGLISH)
    first = index.locate("EVPM")
    first[1][0].start = -1
    assert index.locate("EVPM") == locate("EVPM", ENGLISH)
    assert index.locate("EVPM")[1][0].start == ENGLISH.index("EVPM")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # A match writes the value's numbers: normalising drops the dots between them, a
        # fuzzy match lets a digit differ.
        ("2023.1.12", "双方于2023.11.2在合肥签约。"),
        ("1/12/2024", "The deal was signed on 11/2/2024 in Ridgeport."),
        ("2.5 billion yuan", "They will invest 25 billion yuan."),
        ("On February 21, 2024", "On February 27, 2024, the two sides signed."),
        ("2023年6月16日", "2023年6月6日上午，双方签约。"),
        ("5 billion yuan", "They will invest 6 billion yuan."),
        # Nor is it the inside of a longer word, however long the value.
        ("Tang Wei", "President Tang Weiguo spoke."),
        ("Liaohe Smart Port Technology Co., Ltd.", "the Liaohe Smart Port Technology Company"),
    ],
)  # fmt: skip
def test_a_value_is_not_grounded_on_other_numbers_or_inside_a_word(value: str, text: str) -> None:
    assert locate(value, text) == ("ungrounded", [])


@pytest.mark.parametrize(
    ("value", "text", "covered"),
    [
        ("Qingshan Universitx", "Officials of Qingshan University signed.", "Qingshan University"),
        ("中国科学院大连化学物理研究院", "中国科学院大连化学物理研究所与甲公司签约。",
         "中国科学院大连化学物理研究所"),
    ],
)  # fmt: skip
def test_a_fuzzy_span_covers_whole_words(value: str, text: str, covered: str) -> None:
    status, spans = locate(value, text)
    assert status == "fuzzy" and texts_of(text, spans) == [covered]


def test_a_persons_name_one_letter_off_is_another_person() -> None:
    """Organisations keep the fuzzy tier (a typo in a long name); people do not."""
    index = SourceIndex("Vice President Wang Xiaoping signed the agreement.")
    checker = Checker(index)
    assert index.offsets("Wang Xiaoming")[0] == "fuzzy"
    assert not checker.grounded("Wang Xiaoming", person=True)
    assert checker.grounded("Wang Xiaoping", person=True)
    assert not Checker(SourceIndex("Gu Hongyang signed.")).grounded("Gu Hongyan", person=True)


# --- fuzzy: another organisation is no typo ----------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # Chinese numerals: another bureau, another institute.
        ("华建第十一工程局集团有限公司", "华建第十二工程局集团有限公司与甲大学签约。"),
        ("东岳电子集团第十四研究所联合实验室", "双方共建东岳电子集团第十五研究所联合实验室。"),
        # Roman numerals and English ordinals.
        ("Phase III Expansion of the Ridgeport Container Terminal",
         "Work on the Phase II Expansion of the Ridgeport Container Terminal began."),
        ("First Affiliated Hospital of Lakeside Medical University",
         "The Fifth Affiliated Hospital of Lakeside Medical University joined."),
        # One letter in a short word: another province.
        ("Hubei University of Technology", "Hebei University of Technology sent a team."),
        ("Shanxi Provincial Department of Education",
         "Staff of the Shaanxi Provincial Department of Education attended."),
        # A short word added is another institution too.
        ("Lakeside University of Marine Science and Technology",
         "Officials of Lakeside City University of Marine Science and Technology met."),
    ],
)  # fmt: skip
def test_a_fuzzy_match_changes_no_number_and_no_short_word(value: str, text: str) -> None:
    assert locate(value, text) == ("ungrounded", [])


@pytest.mark.parametrize(
    ("value", "text", "covered"),
    [
        ("Lakeside University of Technolgy", "Lakeside University of Technology signed.",
         "Lakeside University of Technology"),
        ("Harbour Line Marine Engineerng Institute",
         "The Harbourline Marine Engineering Institute signed.",
         "Harbourline Marine Engineering Institute"),
        ("Lakeside University of Science and Technology",
         "Lakeside University of Science & Technology signed.",
         "Lakeside University of Science & Technology"),
        ("Phase II Expansion of the Ridgeport Contaner Terminal",
         "Work on the PhaseII Expansion of the Ridgeport Container Terminal began.",
         "PhaseII Expansion of the Ridgeport Container Terminal"),
    ],
)  # fmt: skip
def test_a_typo_in_a_long_word_and_spacing_stay_fuzzy(value: str, text: str, covered: str) -> None:
    """Spaces, stops, "and" for "&", a numeral the text writes alike (though it lost the
    space before it), and a letter in a long word are no other name."""
    status, spans = locate(value, text)
    assert status == "fuzzy" and texts_of(text, spans) == [covered]


def test_a_short_window_grows_only_while_its_edits_do_not() -> None:
    """The best window lacks the value's 总; the 和 after it is no part of the name."""
    text = "长河三峡能源集团公司和甲大学签署协议。"
    status, spans = locate("长河三峡能源集团总公司", text)
    assert status == "fuzzy" and texts_of(text, spans) == ["长河三峡能源集团公司"]


# --- people: a name is not the start of a longer one -------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("王伟", "甲大学副校长王伟东与乙公司总经理李明签署协议。"),
        ("Li Wei", "Vice President Li Wei-ming signed for the institute."),
        ("Pierre Li", "Jean-Pierre Li signed for the institute."),
    ],
)
def test_a_persons_name_is_not_grounded_inside_a_longer_name(name: str, text: str) -> None:
    index = SourceIndex(text)
    assert not Checker(index).grounded(name, person=True)
    assert index.locate(name, person=True) == ("ungrounded", [])
    assert index.locate(name)[0] == "exact"  # as any other value's, the words stand apart


@pytest.mark.parametrize(
    "text",
    [
        "甲大学副校长王伟与乙公司总经理李明签署协议。",
        "王伟副校长代表甲大学签约。",
        "王伟签署了合作协议。",
        "甲大学王伟、乙公司李明出席。",
        "王伟代表学校致辞。",
        "王伟教授介绍了项目。",
        "副校長王偉與李明簽署協議。",  # read in Simplified characters: 與 is 与
        # Titles and words the vocabulary lacked (a Chinese audit's finds).
        "王伟行长与张平校长代表双方签署协议。",
        "王伟先后考察了两个实验室。",
        "王伟致欢迎辞。",
        "王伟董事出席仪式。",
        "王伟草签了协议文本。",  # initialled: no signing, but his name ends there
    ],
)
def test_a_chinese_name_ends_at_a_title_a_conjunction_or_a_verb(text: str) -> None:
    name = "王偉" if "王偉" in text else "王伟"
    assert Checker(SourceIndex(text)).grounded(name, person=True)


def test_a_three_character_chinese_name_is_whole_whatever_follows() -> None:
    assert Checker(SourceIndex("王伟东热情欢迎来宾。")).grounded("王伟东", person=True)


def test_ground_record_grounds_dates_and_people_as_the_guard_does() -> None:
    """A date is never fuzzy (上午 is not 下午), nor a person's name the start of another's:
    a lenient record that keeps them flagged shows them ungrounded."""
    text = "2023年10月20日下午，甲大学副校长王伟东与乙公司签署合作协议。"
    agreement = Agreement(
        date_text="2023年10月20日上午",
        parties=[Party(name="甲大学"), Party(name="乙公司")],
        signatories=[Signatory(name="王伟")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    by_path = {g.path: g.status for g in ground_record(draft, text)}
    assert by_path["agreements[0].date_text"] == "ungrounded"
    assert by_path["agreements[0].signatories[0].name"] == "ungrounded"
    assert locate("2023年10月20日上午", text)[0] == "fuzzy"  # as any other value, it would be


# --- invariant over random substrings ----------------------------------------------------

MIXED = (
    "On 3 March the Shenzhen Ｂｉｏｔｅｃｈ Park (SBP) and Fudan University signed an MoU;"
    " the parties' R&D teams—led by Dr. Qian Wei—will co-build the 'Smart Grid' lab. "
    "同日，复旦大学与深圳市科技创新局签署《战略合作框架协议》，共建“类脑智能”联合实验室！"
    "Witnessed by: Mayor Lin Tao,\tDeputy Mayor Xu Jing ... and Prof.Ｗａｎｇ Ｌｅｉ."
)

UNIT_TRICKY = (
    "The \ufb01nal Cafe\u0301 accord, Stra\u00dfe No.５, ＳＴＲＡＳＳＥ ﬁve, 复旦大学·医学院"
)


def full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def spaced(s: str) -> str:
    return " ".join(s)


def unspaced(s: str) -> str:
    return re.sub(r"[\s.,;:'&()\-]", "", s)


TRANSFORMS: list[Callable[[str], str]] = [
    str,
    str.upper,
    str.lower,
    str.swapcase,
    full_width,
    spaced,
    unspaced,
]


@st.composite
def variants(draw: st.DrawFn, text: str, *, whole_words: bool = False) -> str:
    """A substring of ``text``, transformed; with ``whole_words`` cut where no word goes
    on across the cut (a match is never the inside of a longer word)."""
    cuts = [i for i in range(len(text) + 1) if not whole_words or _word_edge(text, i)]
    start = draw(st.sampled_from(cuts[:-1]))
    end = draw(st.sampled_from([i for i in cuts if start < i <= start + 60] or [start + 1]))
    transform = draw(st.sampled_from(TRANSFORMS))
    return transform(text[start:end])


def _word_edge(text: str, at: int) -> bool:
    return at in (0, len(text)) or not (text[at - 1].isalnum() and text[at].isalnum())


@settings(max_examples=400, deadline=None)
@given(variants(MIXED, whole_words=True))
def test_whole_word_variants_ground_and_keep_the_invariant(value: str) -> None:
    status, spans = locate(value, MIXED)
    assert_invariant(value, MIXED, status, spans)
    if len(normalize_for_match(value)) > 4:
        assert status in ("exact", "normalized")


@settings(max_examples=400, deadline=None)
@given(variants(MIXED))
def test_any_substring_variant_keeps_the_invariant(value: str) -> None:
    status, spans = locate(value, MIXED)
    assert_invariant(value, MIXED, status, spans)


@settings(max_examples=400, deadline=None)
@given(variants(UNIT_TRICKY))
def test_invariant_holds_around_ligatures_and_combining_marks(value: str) -> None:
    status, spans = locate(value, UNIT_TRICKY)
    assert_invariant(value, UNIT_TRICKY, status, spans)


# --- records -----------------------------------------------------------------------------

RECORD_TEXT = (
    "Framework Agreement signed. Last Tuesday afternoon NWPU (Northwestern Polytechnical "
    "University) signed the Framework Agreement on Fluid Control with Eastern Valve & Pump "
    "Machinery Co.Ltd. Vice President Zhao Minghui signed for NWPU, and a representative "
    "signed for the company. Mayor Lin Tao witnessed the signing. The Shaanxi Science and "
    "Technology Department brokered the deal; the two will build the Joint Laboratory for "
    "Fluid Control."
)


def make_draft() -> ExtractionDraft:
    agreement = Agreement(
        title="Framework Agreement on Fluid Control",
        date_text="Last Tuesday afternoon",
        parties=[
            Party(name="Northwestern Polytechnical University", aliases=["NWPU"]),
            Party(name="Eastern Valve & Pump Machinery Co. Ltd.", aliases=["EVPM", "the company"]),
        ],
        signatories=[
            Signatory(name="Zhao Minghui", title="Vice President", organization="NWPU"),
            Signatory(organization="Eastern Valve & Pump Machinery Co. Ltd."),
        ],
        witnesses=[Signatory(name="Lin Tao", title="Mayor")],
        facilitators=["Shaanxi Science and Technology Department"],
        established_entities=["Joint Laboratory for Fluid Control"],
        cooperation_areas=["fluid control research"],
    )
    return ExtractionDraft(
        article=Article(title="Framework Agreement signed"), agreements=[agreement]
    )


EXPECTED_PATHS = [
    "article.title",
    "agreements[0].title",
    "agreements[0].date_text",
    "agreements[0].parties[0].name",
    "agreements[0].parties[0].aliases[0]",
    "agreements[0].parties[1].name",
    "agreements[0].parties[1].aliases[0]",
    "agreements[0].parties[1].aliases[1]",
    "agreements[0].signatories[0].name",
    "agreements[0].signatories[0].title",
    "agreements[0].signatories[0].organization",
    "agreements[0].signatories[1].organization",
    "agreements[0].witnesses[0].name",
    "agreements[0].witnesses[0].title",
    "agreements[0].facilitators[0]",
    "agreements[0].established_entities[0]",
]


def test_ground_record_paths_skip_none_enums_and_cooperation_areas() -> None:
    grounded = ground_record(make_draft(), RECORD_TEXT)
    assert [g.path for g in grounded] == EXPECTED_PATHS


def test_ground_record_statuses_and_spans() -> None:
    by_path = {g.path: g for g in ground_record(make_draft(), RECORD_TEXT)}
    assert by_path["agreements[0].parties[1].aliases[0]"].status == "ungrounded"
    assert by_path["agreements[0].parties[1].name"].status == "normalized"
    nwpu = by_path["agreements[0].parties[0].aliases[0]"]
    assert nwpu.status == "exact"
    assert texts_of(RECORD_TEXT, nwpu.spans) == ["NWPU", "NWPU"]
    grounded_paths = {p for p, g in by_path.items() if g.status != "ungrounded"}
    assert grounded_paths == set(EXPECTED_PATHS) - {"agreements[0].parties[1].aliases[0]"}


def test_ground_record_accepts_article_extraction() -> None:
    draft = make_draft()
    record = ArticleExtraction(source="x", article=draft.article, agreements=draft.agreements)
    assert ground_record(record, RECORD_TEXT) == ground_record(draft, RECORD_TEXT)


# --- real scraped text -------------------------------------------------------------------


def test_grounds_names_in_a_scraped_seed_article() -> None:
    paths = sorted(shared_or_skip("seeds").glob("003_*.txt"))
    assert paths, "seed article 003 is missing from ../shared/seeds"
    text = paths[0].read_text(encoding="utf-8")
    index = SourceIndex(text)
    status, spans = index.locate(
        "General Technology Group Harbin Measuring & Cutting Tool Group Co. Ltd."
    )
    assert is_grounded(status)
    assert_invariant(
        "General Technology Group Harbin Measuring & Cutting Tool Group Co. Ltd.",
        text,
        status,
        spans,
    )
    assert index.locate("HMCTG")[0] == "exact"
    assert index.locate("Harbin Institute of Technology")[0] == "ungrounded"


def test_mark_free_ranges_hold_no_combining_mark() -> None:
    """Texts made of these blocks skip the per-character mark check: right only if no
    code point in them is a combining mark."""
    for low, high in MARK_FREE_RANGES:
        marks = [
            f"U+{point:04X}"
            for point in range(ord(low), ord(high) + 1)
            if unicodedata.category(chr(point)).startswith("M")
        ]
        assert marks == [], f"{low!r}..{high!r} holds marks: {marks}"


def test_mark_free_text_and_marked_text_normalise_alike() -> None:
    """The fast path (no marks) and the unit-by-unit path agree on the same letters."""
    marked, mark_free = "Cafe\u0301 合作，ＡＢ", "Caf\u00e9 合作，ＡＢ"
    assert normalize_for_match(marked) == normalize_for_match(mark_free) == "cafe合作ab"


def test_traditional_characters_are_read_in_simplified_form_one_for_one() -> None:
    """The rules read 簽署 as 签署; grounding does not: a name stands as written."""
    text = "港灣大學副校長林濤簽署《戰略合作框架協議》，市長吳芳見證。"
    assert simplified(text) == "港湾大学副校长林涛签署《战略合作框架协议》，市长吴芳见证。"
    assert simplified(ENGLISH) == ENGLISH
    assert simplified("甲大学与乙公司签署协议。") == "甲大学与乙公司签署协议。"
    assert not is_grounded(locate("林涛", text)[0])


@given(st.text(alphabet=st.characters(min_codepoint=0x3400, max_codepoint=0xFAFF)))
def test_simplifying_keeps_every_offset(text: str) -> None:
    """One character for one: an offset into the simplified text is one into the text
    (OpenCC's phrases would turn 乾隆 and 乾燥 apart, and may change a length)."""
    assert len(simplified(text)) == len(text)


def _rule_patterns(value: object) -> list[re.Pattern[str]]:
    """The regular expressions in a module's constant (a pattern, or a tuple or dict of
    them, nested)."""
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, tuple | list):
        return [p for item in value for p in _rule_patterns(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _rule_patterns(item)]
    return []


def test_the_rules_are_written_in_characters_simplifying_leaves_alone() -> None:
    """Folding a text to Simplified characters must not move it away from the rules: no
    character a rule reads is one that simplifying changes (乾, 後, 於...)."""
    patterns = [
        pattern
        for module in _RULE_MODULES
        for value in vars(module).values()
        for pattern in _rule_patterns(value)
    ]
    assert len(patterns) > 50
    assert [p.pattern for p in patterns if simplified(p.pattern) != p.pattern] == []


_CUE_WORDS = ["Signed", "AGREEMENT", "Memoranda", "MoU", "mous", "Contract", "PROTOCOL",
              "\u017fign", "签", "簽", "协议", "备忘录", "合同", "意向书", "design", "a", "m", " ",
              "."]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=12).map("".join))
def test_the_signing_cue_finds_what_its_words_find(text: str) -> None:
    """The cue is tried only at its words' first letters: it finds all that its words do."""
    plain = re.compile(resolve.SIGNING_WORDS, re.IGNORECASE)
    assert [hit.span() for hit in resolve._SIGNING_CUE.finditer(text)] == [
        hit.span() for hit in plain.finditer(text)
    ]


def test_the_signing_cue_finds_what_its_words_find_in_the_seeds() -> None:
    plain = re.compile(resolve.SIGNING_WORDS, re.IGNORECASE)
    for path in sorted(shared_or_skip("seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = [hit.span() for hit in resolve._SIGNING_CUE.finditer(text)]
        assert found == [hit.span() for hit in plain.finditer(text)], path.name
        assert found, path.name


_PREFILTER = re.compile(r"^\(\?=\[[^\]]*\]\)|\(\?=\[[^\]]*\]\)(?=\(\?P<verb>)")
"""A lookahead of first letters: opening a pattern, or before the governing verbs of the
guard's ``people._governing`` patterns (``_WITNESSES_AFTER``, ``_ATTENDS_AFTER``)."""
_PREFILTERED = [
    pattern
    for module in _RULE_MODULES
    for value in vars(module).values()
    for pattern in (
        value.values()
        if isinstance(value, dict)
        else [value.reach]
        if isinstance(value, people._Governing)
        else [value]
    )
    if isinstance(pattern, re.Pattern) and _PREFILTER.search(pattern.pattern)
]


def test_the_first_letter_prefilters_are_found() -> None:
    # The signing cue, the guard's signed words, its venue, its two governing patterns.
    assert len(_PREFILTERED) >= 5


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its first-letter lookahead."""
    return re.compile(_PREFILTER.sub("", pattern.pattern), pattern.flags)


@pytest.mark.parametrize("pattern", _PREFILTERED, ids=lambda p: p.pattern[:16])
def test_a_first_letter_prefilter_finds_each_pair_of_its_words(pattern: re.Pattern[str]) -> None:
    """Every two words the pattern holds, one after the other ("upon signing"), and in
    capitals: a letter left out of the lookahead loses the phrases that start with it
    (random texts may never draw them)."""
    plain = _plain(pattern)
    words = sorted(set(re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", pattern.pattern)))
    for first in words:
        for text in (f" {first} {second} " for second in words):
            for written in (text, text.upper()):
                found = [hit.span() for hit in pattern.finditer(written)]
                assert found == [hit.span() for hit in plain.finditer(written)], written


@pytest.mark.parametrize("pattern", _PREFILTERED, ids=lambda p: p.pattern[:16])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_first_letter_prefilter_finds_what_its_pattern_finds(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    """A pattern tried only at the first letters a lookahead lists must find all that it
    finds without the lookahead: a letter left out of the list would lose matches."""
    words = [*re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", pattern.pattern), " ", ".", "s"]
    pieces = data.draw(st.lists(st.sampled_from(words), max_size=10))
    text = "".join(piece.upper() if data.draw(st.booleans()) else piece for piece in pieces)
    plain = _plain(pattern)
    assert [hit.span() for hit in pattern.finditer(text)] == [
        hit.span() for hit in plain.finditer(text)
    ]


def test_every_mention_of_a_name_in_any_spelling_the_exact_ones_among_them() -> None:
    """Grounding's spans are the first tier's; the guard reads every sentence that names
    a person, a line break or other accents inside the name too."""
    text = "José Pérez spoke. Then JOSÉ PÉREZ and Jose\nPerez signed; José Pérez-Ruiz left."
    index = SourceIndex(text)
    assert index.offsets("José Pérez", person=True) == ("exact", ((0, 10),))
    found = [text[a:b] for a, b in index.every_mention("José Pérez", person=True)]
    assert found == ["José Pérez", "Jose\nPerez"]  # not another case, nor a longer name
    assert index.every_mention("Ana Ruiz", person=True) == ()
    assert index.every_mention("Will Long", person=True) == ()  # not "will long"
    assert SourceIndex("Will Long said they will long remember it.").every_mention(
        "Will Long", person=True
    ) == ((0, 9),)
