"""The guard's evidence (``coopllm.guard.evidence``): the sentence that states each kept
value's role, as a span of the text, beside the value's own spans."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import weakref

import pytest
from conftest import ARTICLE, GOOD_ANSWER

from coopllm import extract
from coopllm.grounding import SourceIndex, ground_record
from coopllm.guard import Checker, apply_guard, role_evidence
from coopllm.guard.reading import Reading, remembered
from coopllm.schema import Agreement, Article, ExtractionDraft, GroundedValue, Party, Signatory
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion

TEXT = (
    "Harbourline University and Bluefin Marine Ltd sign agreement\n\n"
    "On 3 May, Harbourline University and Bluefin Marine Ltd signed a cooperation agreement "
    "at the Seaview Hall in Portcity. Vice President Ada Reyes and CEO Tom Brill signed it "
    "for the two sides. Mayor Wu Fang witnessed the signing. The two will jointly build the "
    "Ocean Robotics Lab. The deal was brokered by the Portcity Trade Office. President Li "
    "Wei attended the ceremony."
)


def _grounding(text: str, agreement: Agreement, *, offset: int = 0) -> dict[str, GroundedValue]:
    checker = Checker(SourceIndex(text, offset=offset))
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, _ = apply_guard(draft, checker)
    grounded = ground_record(guarded, checker.index, evidence=role_evidence(guarded, checker))
    return {value.path: value for value in grounded}


def _sentence(text: str, value: GroundedValue) -> str | None:
    return None if value.evidence is None else text[value.evidence.start : value.evidence.end]


def test_each_role_has_the_sentence_that_states_it() -> None:
    agreement = Agreement(
        date_text="On 3 May",
        location="Seaview Hall",
        parties=[Party(name="Harbourline University"), Party(name="Bluefin Marine Ltd")],
        signatories=[
            Signatory(name="Ada Reyes", title="Vice President"),
            Signatory(name="Tom Brill"),
        ],
        witnesses=[Signatory(name="Wu Fang")],
        established_entities=["Ocean Robotics Lab"],
        facilitators=["Portcity Trade Office"],
    )
    grounding = _grounding(TEXT, agreement)
    said = {path: _sentence(TEXT, value) for path, value in grounding.items()}
    assert said == {
        "agreements[0].date_text": "On 3 May, Harbourline University and Bluefin Marine Ltd signed "
        "a cooperation agreement at the Seaview Hall in Portcity.",
        "agreements[0].location": "On 3 May, Harbourline University and Bluefin Marine Ltd signed "
        "a cooperation agreement at the Seaview Hall in Portcity.",
        "agreements[0].parties[0].name": None,  # a party has no role to state
        "agreements[0].parties[1].name": None,
        "agreements[0].signatories[0].name": "Vice President Ada Reyes and CEO Tom Brill signed "
        "it for the two sides.",
        "agreements[0].signatories[0].title": None,
        "agreements[0].signatories[1].name": "Vice President Ada Reyes and CEO Tom Brill signed "
        "it for the two sides.",
        "agreements[0].witnesses[0].name": "Mayor Wu Fang witnessed the signing.",
        "agreements[0].established_entities[0]": "The two will jointly build the Ocean Robotics "
        "Lab.",
        "agreements[0].facilitators[0]": "The deal was brokered by the Portcity Trade Office.",
    }


def test_an_unnamed_signer_has_it_under_the_title_written_in_place_of_a_name() -> None:
    text = "Acme and Beta signed an MoU. The head of the Testing Institute signed for Beta."
    agreement = Agreement(
        parties=[Party(name="Acme"), Party(name="Beta")],
        signatories=[Signatory(name=None, title="head of the Testing Institute")],
    )
    value = _grounding(text, agreement)["agreements[0].signatories[0].title"]
    assert _sentence(text, value) == "The head of the Testing Institute signed for Beta."


def test_a_place_signed_here_under_a_dateline_has_the_sentence_that_signs_here() -> None:
    text = (
        "KUALA LUMPUR, Jan 10 (Bernama) -- Two firms met on Monday. Acme and Beta signed an "
        "MoU here today to build batteries."
    )
    agreement = Agreement(location="KUALA LUMPUR", parties=[Party(name="Acme"), Party(name="Beta")])
    value = _grounding(text, agreement)["agreements[0].location"]
    assert _sentence(text, value) == "Acme and Beta signed an MoU here today to build batteries."


def test_the_sentence_is_a_span_of_the_whole_text_where_the_article_starts_later() -> None:
    """A page's text begins after its lead (``SourceIndex(offset=...)``): the sentence is
    shifted as the value's spans are, and holds them."""
    lead = "PAGE HEAD\n"
    agreement = Agreement(
        parties=[Party(name="Harbourline University")], witnesses=[Signatory(name="Wu Fang")]
    )
    value = _grounding(TEXT, agreement, offset=len(lead))["agreements[0].witnesses[0].name"]
    whole = lead + TEXT
    assert value.evidence is not None and value.spans
    assert (
        whole[value.evidence.start : value.evidence.end] == "Mayor Wu Fang witnessed the signing."
    )
    (span,) = value.spans
    assert value.evidence.start <= span.start < span.end <= value.evidence.end


def test_a_role_kept_in_lenient_mode_without_a_sentence_has_none(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Lenient mode keeps an attendee given as a signer, flagged: no sentence says they
    signed, and the record shows it; a signer the article states has one."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["signatories"].append(  # type: ignore[index]
        {"name": "Ellis Varga", "title": "Dean", "organization": None}
    )
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(ARTICLE, source="a", settings=settings.merged(strict=False))
    names = {value.value: value for value in record.grounding if value.path.endswith("].name")}
    assert names["Ellis Varga"].evidence is None
    assert names["Ellis Varga"].status != "ungrounded"
    signers = [s.name for s in record.agreements[0].signatories if s.name != "Ellis Varga"]
    assert signers and all(names[name].evidence is not None for name in signers)


def test_a_signer_who_also_unveiled_is_a_witness_by_the_unveiling() -> None:
    """The guard keeps a signer among the witnesses only for unveiling what the agreement
    set up: that sentence, not another's witnessing, is the evidence."""
    text = (
        "Zhang San and Li Si signed the agreement, witnessed by Mayor Wang Wu. Afterwards "
        "Zhang San and Li Si unveiled the plaque of the Joint Coatings Lab."
    )
    agreement = Agreement(
        signatories=[Signatory(name="Zhang San"), Signatory(name="Li Si")],
        witnesses=[Signatory(name="Zhang San"), Signatory(name="Wang Wu")],
    )
    grounding = _grounding(text, agreement)
    unveiling = "Afterwards Zhang San and Li Si unveiled the plaque of the Joint Coatings Lab."
    assert _sentence(text, grounding["agreements[0].witnesses[0].name"]) == unveiling
    witnessed = "Zhang San and Li Si signed the agreement, witnessed by Mayor Wang Wu."
    assert _sentence(text, grounding["agreements[0].witnesses[1].name"]) == witnessed


def test_a_role_said_by_a_lists_label_or_the_next_sentence_spans_those_words() -> None:
    """Where the role's words stand outside the name's sentence (a label, items ended by
    semicolons; the attendees' witnessing said next), the evidence runs over them."""
    listed = (
        "Acme and Beta signed an MoU on 3 May. Witnesses: Mayor Wu Fang; Governor Li Hua; "
        "Director Zhou Bo."
    )
    agreement = Agreement(witnesses=[Signatory(name="Li Hua")])
    value = _grounding(listed, agreement)["agreements[0].witnesses[0].name"]
    assert _sentence(listed, value) == "Witnesses: Mayor Wu Fang; Governor Li Hua;"
    attended = (
        "市长张三、副市长李四出席签约仪式。在与会领导的共同见证下，甲公司与乙公司签署合作协议。"
    )
    agreement = Agreement(witnesses=[Signatory(name="李四")])
    value = _grounding(attended, agreement)["agreements[0].witnesses[0].name"]
    assert _sentence(attended, value) == attended


def test_a_name_the_guard_respelt_as_written_finds_its_sentence_in_any_spelling() -> None:
    """The model wrote "Jose Perez"; the guard kept him on the signing sentence, where the
    name breaks across a line, and gave the record the article's spelling, whose exact
    mention is in another sentence."""
    text = (
        "Mayor José Pérez welcomed the guests at the dinner on Friday. On Saturday, José\n"
        "Pérez and Ana Ruiz signed the MoU between Acme and Beta."
    )
    agreement = Agreement(signatories=[Signatory(name="Jose Perez"), Signatory(name="Ana Ruiz")])
    value = _grounding(text, agreement)["agreements[0].signatories[0].name"]
    assert value.value == "José Pérez"
    assert _sentence(text, value) == (
        "On Saturday, José\nPérez and Ana Ruiz signed the MoU between Acme and Beta."
    )


def test_a_checkers_page_date_is_read_only() -> None:
    """Its answers are remembered, and a founding's depends on the page's date."""
    checker = Checker(SourceIndex("Acme and Beta signed an MoU."))
    with pytest.raises(AttributeError):
        checker.published = None  # type: ignore[misc]


def test_a_keyword_given_its_default_is_the_remembered_question_left_without_it() -> None:
    """``role_sentence(v, r)`` and ``role_sentence(v, r, person=False)`` are one question:
    the evidence asks the first, the guard's checks the second."""

    class Counting(Reading):
        calls = 0

        @remembered
        def ask(self, value: str, *, strict: bool = False) -> str:
            self.calls += 1
            return value.upper() if strict else value

    reading = Counting(SourceIndex("Acme and Beta signed an MoU."))
    assert (reading.ask("a"), reading.ask("a", strict=False)) == ("a", "a")
    assert reading.calls == 1
    assert reading.ask("a", strict=True) == "A" and reading.calls == 2


def test_a_date_is_read_once_and_its_answers_kept_for_every_reading_of_the_text() -> None:
    """The documents pass and the guard both date the reading by the page: the second is
    given the first's dated reading, its remembered answers with it; the answers read at
    another date are not shared."""

    class Counting(Reading):
        calls = 0

        @remembered
        def ask(self, value: str) -> str:
            self.calls += 1
            return f"{value} {self.published}"

    first = Counting(SourceIndex("Acme and Beta signed an MoU."))
    may = dt.date(2024, 5, 3)
    dated = first.dated(may)
    assert dated.ask("x") == "x 2024-05-03" and first.ask("x") == "x None"
    assert first.dated(may) is dated and dated.dated(may) is dated
    assert dated.dated(None) is first
    again = first.dated(may).ask("x")
    assert again == "x 2024-05-03" and dated.calls == 1


def test_a_dated_reading_keeps_no_cycle_that_would_leave_it_to_the_collector() -> None:
    """A batch makes a reading an article: freed when the record is made, not at the
    collector's next pass."""
    gc.disable()
    try:
        reading = Checker(SourceIndex("Acme and Beta signed an MoU on 3 May."))
        reading.dated(dt.date(2024, 5, 3)).signing_sentences()
        first, dated = weakref.ref(reading), weakref.ref(reading.dated(dt.date(2024, 5, 3)))
        del reading
        assert first() is None and dated() is None
    finally:
        gc.enable()
