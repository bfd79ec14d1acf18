"""Long articles: chunked on boundaries, the agreement found once, spans whole-article."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from typing import Any

import pytest
from conftest import GOOD_ANSWER

from coopllm import extract
from coopllm.chunking import chunk_notes, merge_drafts, split_text
from coopllm.ratelimit import text_tokens
from coopllm.schema import (
    Agreement,
    AgreementType,
    Article,
    ArticleExtraction,
    ExtractionDraft,
    Party,
    Signatory,
)
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion

SIGNING = (
    "On May 16, Riverbend University and Northgate Robotics Co., Ltd. signed a cooperation "
    "agreement in Lakeside City. Vice President Mara Quill signed on behalf of Riverbend "
    "University and General Manager Tomas Brill signed for Northgate Robotics."
)
WORDS = [
    "river",
    "campus",
    "robot",
    "laboratory",
    "students",
    "engineers",
    "city",
    "region",
    "energy",
    "policy",
]


def _filler(rng: random.Random, words: int) -> str:
    sentences = []
    while words > 0:
        n = rng.randint(8, 20)
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
        words -= n
    return " ".join(sentences)


def long_article(total_words: int = 20_000, max_chars: int = 12_000) -> str:
    """A headline, a date line, ~20,000 words of our own filler, and the signing placed on
    a chunk boundary (so that two chunks both report it and must be merged)."""
    rng = random.Random(3)
    paragraphs = [_filler(rng, 150) for _ in range(total_words // 150)]
    for position in range(len(paragraphs) // 2, len(paragraphs)):
        candidate = [*paragraphs[:position], SIGNING, *paragraphs[position:]]
        text = "Riverbend News Digest\nTime: 2024-05-20\n\n" + "\n\n".join(candidate)
        if sum(SIGNING in chunk for chunk in split_text(text, max_chars)) == 2:
            return text
    raise AssertionError("no boundary position found")


def test_split_keeps_boundaries_limits_and_overlap() -> None:
    """Chunks end at paragraph ends and repeat at most a tenth of a chunk of the one
    before: its last paragraph, or the last sentences of a long one."""
    text = long_article()
    chunks = split_text(text, 12_000)
    assert len(chunks) > 5
    assert all(len(chunk) <= 12_000 for chunk in chunks[:-1]) and len(chunks[-1]) <= 13_200
    for before, after in itertools.pairwise(chunks):
        repeated = text.index(before) + len(before) - text.index(after)
        assert 0 < repeated <= 1_200 and before.endswith(after[:repeated])
        assert text[text.index(after) - 1] in " \n", "the repeat starts a sentence"
    assert all(text[text.index(chunk) + len(chunk) :][:2] in ("\n\n", "") for chunk in chunks)
    assert sum(SIGNING in chunk for chunk in chunks) == 2
    assert all(p in text for chunk in chunks for p in chunk.split("\n\n"))


def test_long_article_agreement_found_once_with_whole_article_offsets(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    empty = {"article": {"title": None, "language": "en"}, "agreements": []}

    def answer(body: dict[str, object]) -> Reply:
        chunk = json.dumps(body["messages"])
        return Reply(completion(GOOD_ANSWER if "Mara Quill" in chunk else empty))

    server.fallback = answer
    text = long_article()
    record = extract(text, source="long.txt", settings=settings)
    assert len(server.requests) == len(split_text(text, settings.chunk_chars)) > 5
    assert sum("Mara Quill" in json.dumps(r["messages"]) for r in server.requests) == 2
    assert len(record.agreements) == 1, "the same document from two chunks is merged"
    assert len(record.agreements[0].signatories) == 2
    for value in record.grounding:
        assert value.status == "exact", value
        for span in value.spans:
            assert text[span.start : span.end] == value.value
    assert record.article.published is not None and record.article.published.year == 2024


def _untitled(kind: AgreementType) -> ExtractionDraft:
    pair = [Party(name="Wuhan University"), Party(name="Acme Corp")]
    return ExtractionDraft(
        article=Article(), agreements=[Agreement(parties=pair, agreement_type=kind)]
    )


def test_two_untitled_agreements_of_one_pair_and_other_types_stay_two() -> None:
    """An MoU and a project agreement between the same two parties, seen in two chunks."""
    mou, project = AgreementType.MEMORANDUM_OF_UNDERSTANDING, AgreementType.PROJECT_AGREEMENT
    assert len(merge_drafts([_untitled(mou), _untitled(project)]).agreements) == 2
    assert len(merge_drafts([_untitled(project), _untitled(project)]).agreements) == 1


def test_unnamed_signers_of_two_organisations_stay_two() -> None:
    heads = [Signatory(title="head", organization="Wuhan University"),
             Signatory(title="head", organization="Acme Corp")]  # fmt: skip
    drafts = [
        ExtractionDraft(article=Article(), agreements=[Agreement(title="MoU", signatories=[p])])
        for p in heads
    ]
    assert merge_drafts(drafts).agreements[0].signatories == heads


def test_a_title_written_with_the_article_is_the_same_document() -> None:
    drafts = [
        ExtractionDraft(article=Article(), agreements=[Agreement(title=title, location=place)])
        for title, place in (("Strategic Cooperation Agreement", None),
                             ("the Strategic Cooperation Agreement", "Wuhan"))
    ]  # fmt: skip
    (merged,) = merge_drafts(drafts).agreements
    assert (merged.title, merged.location) == ("Strategic Cooperation Agreement", "Wuhan")


def test_a_long_paragraph_is_cut_where_its_text_allows_and_kept_as_written() -> None:
    """Pieces are the paragraph's own text ("3.5", "J.R.", "。双方" unchanged), cut at a
    sentence end, else at a clause stop; chunks keep to the limit, overlap included."""
    english = "The pact is worth 3.5 billion yuan, and J.R. Smith signed it for Acme. " * 200
    chinese = "甲" * 1990 + "，林涛代表武汉大学签约" + "乙" * 7000
    for text, longest in ((english, 12_000), (chinese, 4000), ("双方签署协议。" * 1500, 4000)):
        chunks = split_text(text, 12_000)
        assert len(chunks) > 1 and all(len(chunk) <= longest for chunk in chunks[:-1])
        assert len(chunks[-1]) <= longest * 11 // 10
        assert all(piece in text for chunk in chunks for piece in chunk.split("\n\n"))
    assert any("林涛代表武汉大学签约" in chunk for chunk in split_text(chinese, 12_000))


NEWS = "Greywater College news\nTime: 2024-06-12\n\n"
PADDING = (
    "The college theatre staged three student plays this spring, and the rowing club "
    "bought a second boat with money raised at its winter dinner. "
) * 4
"""A paragraph of our own that says nothing of any signing: two push the next one into
another chunk of 1,000 characters (past the tenth over it that stays one chunk)."""
Answer = Callable[[str, str], dict[str, Any] | str]


def _chunked(
    server: FakeOpenAIServer, settings: Settings, text: str, answer: Answer, **given: Any
) -> ArticleExtraction:
    """``text`` extracted in chunks of 1,000 characters, each pass over a chunk answered
    by ``answer(chunk, tool)`` (the tool is the pass's, ``GuardedDraft`` or
    ``SignedDocuments``; an answer as a string is sent as written)."""

    def reply(body: dict[str, Any]) -> Reply:
        tool = body["tools"][0]["function"]["name"]
        chunk = next(m["content"] for m in body["messages"] if m["role"] == "user")
        return Reply(completion(answer(chunk, tool), tool_name=tool))

    server.fallback = reply
    assert len(split_text(text, 1001)) > 1
    return extract(text, source="long.txt", settings=settings.merged(chunk_chars=1001, **given))


def _agreement(title: str | None, *parties: str | dict[str, Any], **fields: Any) -> dict[str, Any]:
    """One agreement as a model answers it; a party by its name, or whole."""
    return {
        "title": title,
        "agreement_type": "cooperation_agreement",
        "parties": [{"name": p, "kind": "other"} if isinstance(p, str) else p for p in parties],
        **fields,
    }


def _draft(*agreements: dict[str, Any]) -> dict[str, Any]:
    return {"article": {"title": None, "language": "en"}, "agreements": list(agreements)}


def test_two_deals_of_one_generic_title_in_two_chunks_stay_two(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """One college, two partners, two days and two towns: the title alone is no document."""
    signed = "On June {}, Greywater College and {} signed a cooperation agreement in {}."
    first, second = (
        signed.format(3, "Orrin Tools Ltd.", "Fenwick"),
        signed.format(9, "Pell Foods Ltd.", "Marlow"),
    )
    deals = {
        "Orrin Tools": _agreement("cooperation agreement", "Greywater College", "Orrin Tools Ltd.",
                                  date_text="On June 3", location="Fenwick"),
        "Pell Foods": _agreement("cooperation agreement", "Greywater College", "Pell Foods Ltd.",
                                 date_text="On June 9", location="Marlow"),
    }  # fmt: skip

    def answer(chunk: str, tool: str) -> dict[str, Any]:
        return _draft(*(deal for partner, deal in deals.items() if partner in chunk))

    text = NEWS + "\n\n".join([first, PADDING, PADDING, second])
    record = _chunked(server, settings, text, answer)
    assert [(a.parties[1].name, str(a.date_signed), a.location) for a in record.agreements] == [
        ("Orrin Tools Ltd.", "2024-06-03", "Fenwick"),
        ("Pell Foods Ltd.", "2024-06-09", "Marlow"),
    ]


def test_the_agreements_of_one_answer_are_not_merged_with_each_other() -> None:
    """The model kept them apart in one view of the text; a later chunk does not join them."""
    one = ExtractionDraft(
        article=Article(),
        agreements=[Agreement(title="cooperation agreement", date_text=day)
                    for day in ("on June 3", "on June 9")],
    )  # fmt: skip
    later = ExtractionDraft(article=Article(), agreements=[])
    merged = merge_drafts([one, later]).agreements
    assert [a.date_text for a in merged] == ["on June 3", "on June 9"]


KESTREL = Party(name="Kestrel Polytechnic", aliases=["KP"])
DUNMORE = Party(name="Dunmore Glass Ltd.")


@pytest.mark.parametrize(
    ("title", "kind", "parties"),
    [
        (None, AgreementType.COOPERATION_AGREEMENT, [KESTREL, DUNMORE]),
        ("the agreement", AgreementType.COOPERATION_AGREEMENT, [KESTREL]),
        (None, AgreementType.STRATEGIC_COOPERATION, [Party(name="KP"), DUNMORE]),
    ],
)
def test_a_later_mention_of_a_named_document_joins_it(
    title: str | None, kind: AgreementType, parties: list[Party]
) -> None:
    """A chunk that tells the end of a signing ("the agreement", no title, the type its
    few words suggest, a party by its short name) is the document another chunk named."""
    named = Agreement(
        title="Glassworks Training Agreement",
        agreement_type=AgreementType.PROJECT_AGREEMENT,
        parties=[KESTREL, DUNMORE],
    )
    mention = Agreement(title=title, agreement_type=kind, parties=parties,
                        signatories=[Signatory(name="Ivo Marsh")])  # fmt: skip
    for order in ((named, mention), (mention, named)):
        drafts = [ExtractionDraft(article=Article(), agreements=[a]) for a in order]
        (merged,) = merge_drafts(drafts).agreements
        assert (merged.title, merged.agreement_type) == (named.title, named.agreement_type)
        assert merged.signatories == mention.signatories


def test_a_chunk_that_only_says_the_agreement_adds_no_document(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The documents pass over a later chunk finds "the agreement" and who signed it: the
    signer joins the agreement the first chunk named."""
    lead = (
        "Kestrel Polytechnic and Dunmore Glass Ltd. signed a glassworks training "
        "agreement on June 5 in Harlow."
    )
    later = ("Dean Ivo Marsh, who signed the agreement for Kestrel Polytechnic, said the "
             "first trainees start in September.")  # fmt: skip
    parties = ["Kestrel Polytechnic", "Dunmore Glass Ltd."]

    def answer(chunk: str, tool: str) -> dict[str, Any]:
        if tool == "SignedDocuments":
            named = {"title": "glassworks training agreement", "parties": parties}
            mention = {"title": "the agreement", "parties": parties[:1], "signers": ["Ivo Marsh"]}
            return {"documents": [named] if lead in chunk else [mention] if later in chunk else []}
        named = _agreement("glassworks training agreement", *parties, date_text="on June 5")
        return _draft(named) if lead in chunk else _draft()

    text = NEWS + "\n\n".join([lead, PADDING, PADDING, later])
    record = _chunked(server, settings, text, answer, documents_pass=True)
    (agreement,) = record.agreements
    assert agreement.title == "glassworks training agreement"
    assert [p.name for p in agreement.signatories] == ["Ivo Marsh"]


def test_two_parties_that_share_only_an_alias_stay_two_across_chunks() -> None:
    """ "HUST" is Huazhong's and Hanoi's (the spec's example): the two chunks' parties
    were folded into one, Hanoi an alias of Huazhong."""
    huazhong = Party(name="Huazhong University of Science and Technology", aliases=["HUST"])
    hanoi = Party(name="Hanoi University of Science and Technology", aliases=["HUST"])
    drafts = [
        ExtractionDraft(article=Article(), agreements=[Agreement(title="MoU", parties=[p])])
        for p in (huazhong, hanoi)
    ]
    parties = merge_drafts(drafts).agreements[0].parties
    assert [(p.name, p.aliases) for p in parties] == [
        (huazhong.name, ["HUST"]),
        (hanoi.name, ["HUST"]),
    ]


def test_one_party_from_two_chunks_lists_each_alias_once() -> None:
    entry = Party(name="Huazhong University of Science and Technology", aliases=["HUST"])
    drafts = [
        ExtractionDraft(article=Article(), agreements=[Agreement(title="MoU", parties=[entry])])
        for _ in range(2)
    ]
    assert merge_drafts(drafts).agreements[0].parties == [entry]


def test_a_party_written_without_its_legal_form_in_another_chunk_is_one_party(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """ "Dunmore Glass" in a later chunk is the "Dunmore Glass Ltd." of the first: one
    party under the fuller name, the short one its alias, whichever chunk wrote it first."""
    full = (
        "Kestrel Polytechnic and Dunmore Glass Ltd. signed a glassworks training "
        "agreement on June 5 in Harlow."
    )
    short = "Under the glassworks training agreement, Dunmore Glass will fund two kilns."
    title = "glassworks training agreement"

    def answer(chunk: str, tool: str) -> dict[str, Any]:
        firm = (
            "Dunmore Glass Ltd." if full in chunk else "Dunmore Glass" if short in chunk else None
        )
        return _draft(_agreement(title, "Kestrel Polytechnic", firm)) if firm else _draft()

    for paragraphs in ([full, PADDING, PADDING, short], [short, PADDING, PADDING, full]):
        record = _chunked(server, settings, NEWS + "\n\n".join(paragraphs), answer)
        (agreement,) = record.agreements
        assert [(p.name, p.aliases) for p in agreement.parties] == [
            ("Kestrel Polytechnic", []),
            ("Dunmore Glass Ltd.", ["Dunmore Glass"]),
        ]


def test_a_later_chunks_date_and_place_win_where_the_first_chunks_are_worse(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The first chunk's "Last week" states no day, and its town is the college's campus,
    not the signing's venue: the later chunk's day and venue are the record's."""
    vague = (
        "Last week Kestrel Polytechnic and Dunmore Glass Ltd. signed a glassworks "
        "training agreement. The polytechnic also keeps a small campus in Ashby."
    )
    exact = ("The glassworks training agreement was signed on June 5 in Harlow, where "
             "Dean Ivo Marsh signed for Kestrel Polytechnic.")  # fmt: skip
    parties = ["Kestrel Polytechnic", "Dunmore Glass Ltd."]

    def answer(chunk: str, tool: str) -> dict[str, Any]:
        when, where = ("on June 5", "Harlow") if exact in chunk else ("Last week", "Ashby")
        agreement = _agreement("glassworks training agreement", *parties,
                               date_text=when, location=where)  # fmt: skip
        return _draft(agreement) if exact in chunk or vague in chunk else _draft()

    record = _chunked(
        server, settings, NEWS + "\n\n".join([vague, PADDING, PADDING, exact]), answer
    )
    (agreement,) = record.agreements
    assert (agreement.date_text, str(agreement.date_signed), agreement.location) == (
        "on June 5", "2024-06-05", "Harlow"
    )  # fmt: skip
    assert not any("Ashby" in warning for warning in record.warnings)


def test_a_note_each_chunk_gives_is_said_once_with_the_chunks_that_gave_it(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The documents pass fails alike over three chunks of four: one warning names them."""
    lead = "Kestrel Polytechnic and Dunmore Glass Ltd. signed a glassworks training agreement."

    def answer(chunk: str, tool: str) -> dict[str, Any] | str:
        if tool == "SignedDocuments":
            return {"documents": []} if lead in chunk else '{"documents": 3}'
        named = _agreement("glassworks training agreement", "Kestrel Polytechnic")
        return _draft(named) if lead in chunk else _draft()

    # Each later chunk tells of a signing, so its documents request is sent (and fails).
    later = PADDING + "Both sides signed it in the college hall."
    text = NEWS + "\n\n".join([lead, later, later, later, later])
    record = _chunked(server, settings, text, answer, documents_pass=True, max_reasks=0)
    chunks = len(split_text(text, 1001))
    skipped = [w for w in record.warnings if "documents pass skipped" in w]
    assert len(skipped) == 1 and skipped[0].startswith(f"chunks 2-{chunks}/{chunks}: "), skipped


def test_chunk_notes_name_their_chunks_only_when_there_are_several() -> None:
    assert chunk_notes([["pass failed", "pass failed"]]) == ["pass failed"]
    assert chunk_notes([["full"], ["full", "pass failed"], [], ["full"]]) == [
        "chunks 1-2, 4/4: full",
        "chunk 2/4: pass failed",
    ]


def _article_part(request: dict[str, object]) -> str:
    """The article text a request sends (the user message's part between the markers)."""
    messages = request["messages"]
    assert isinstance(messages, list)
    user = next(m["content"] for m in messages if m["role"] == "user")
    return str(user).split("<<<\n", 1)[1].rsplit("\n>>>", 1)[0]


ROUTINE = "The committee went through the spending plan and the staffing forecast. "
GRANT = "Money came from the U.S. Department of Commerce and one regional fund. "
MEETING = "Both sides met on Sept. 9, 2023 in the harbour district office. "


def test_a_long_paragraph_is_cut_at_sentence_ends_into_slices_of_the_text() -> None:
    """A cut at "U.S." or "Sept." would cut a name or a date in two: the sentence ends
    (``coopllm.sentences``) let them run on. Every chunk is the article's text as written,
    with no break put inside the paragraph at the cut."""
    for before, pad in itertools.product(range(60, 180, 2), range(0, 72, 12)):
        paragraph = ROUTINE * before + "y" * pad + ". " + GRANT + MEETING + ROUTINE * (200 - before)
        text = paragraph + "\n\n" + ROUTINE * 40
        chunks = split_text(text, 12_000)
        assert all(chunk in text for chunk in chunks)
        assert not any(chunk.rstrip().endswith(("U.S.", "Sept.")) for chunk in chunks)
        assert len(chunks) > 1


def test_a_run_without_any_stop_is_cut_hard_but_each_name_is_whole_in_a_chunk() -> None:
    """A Chinese run with no stop and no space has only hard cuts: wherever one falls, the
    repeated part lets the name stand whole in one chunk."""
    name = "江城光电研究中心"
    for before in range(1900, 3400, 7):
        text = "丙" * before + name + "签约" + "丁" * 5000
        chunks = split_text(text, 12_000)
        assert all(chunk in text for chunk in chunks)
        assert any(name in chunk for chunk in chunks), before


def test_each_chunk_the_model_is_sent_is_the_articles_text_as_written(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Paragraphs the page separates with a blank line holding spaces, and a paragraph
    longer than a chunk: the model gets slices of the article, not pieces re-joined."""
    server.fallback = lambda body: Reply(completion({"article": {}, "agreements": []}))
    paragraphs = [ROUTINE * 20, ROUTINE * 60 + GRANT + ROUTINE * 200, SIGNING, ROUTINE * 150]
    text = "Harbour Weekly\n \n" + "\n \n".join(p.strip() for p in paragraphs)
    extract(text, source="slices.txt", settings=settings)
    sent = [_article_part(request) for request in server.requests]
    assert len(sent) > 2
    assert all(part in text for part in sent)
    assert any(SIGNING in part for part in sent)


ENGLISH = "Both colleges plan wider student exchange and shared summer courses in design. "
CHINESE = "两所学院计划扩大学生交流，并合办设计与护理暑期课程。"


def _bilingual() -> str:
    """A page whose English version (20,000 characters) comes before its Chinese one."""
    english = "\n\n".join(f"Part {i}. " + ENGLISH * 10 for i in range(25))
    chinese = "\n\n".join(f"第{i}部分。" + CHINESE * 24 for i in range(40))
    return english + "\n\n" + chinese


def test_each_part_of_a_bilingual_page_gets_chunks_of_its_own_script() -> None:
    """A CJK character counts three, wherever it stands: the Chinese half of a page that
    opens in English is cut as Chinese (some 4,000 tokens a chunk), not as English."""
    chunks = split_text(_bilingual(), 12_000)
    assert max(text_tokens(chunk) for chunk in chunks) <= 4_400
    assert max(len(chunk) for chunk in chunks if ENGLISH not in chunk) <= 4_400
    assert max(len(chunk) for chunk in chunks) > 10_000  # the English ones stay English-sized


def test_no_request_for_a_bilingual_page_outgrows_a_small_context(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda body: Reply(completion({"article": {}, "agreements": []}))
    extract(_bilingual(), source="bilingual.txt", settings=settings)
    sent = [_article_part(request) for request in server.requests]
    assert len(sent) > 4
    assert max(text_tokens(part) for part in sent) <= 4_400


def _lines(characters: int) -> str:
    """A scraped page: lines one newline apart (one paragraph), ``characters`` long."""
    lines = [f"Line {i}: " + ROUTINE * 9 for i in range(characters // 600 + 1)]
    return "\n".join(lines)[: characters - 1].rstrip() + "."


def test_a_text_a_little_over_the_limit_is_one_chunk() -> None:
    """A character over the limit cost a second chunk and the repeat of half the text."""
    for text in (_lines(12_001), _lines(13_200), "\n\n".join([ROUTINE * 10] * 16)[:12_001]):
        assert split_text(text, 12_000) == [text]
    assert len(split_text(_lines(13_300), 12_000)) == 2


def test_what_chunks_repeat_is_at_most_a_tenth_of_a_chunk() -> None:
    """One long paragraph of lines: the chunks repeat a few sentences, not half a chunk."""
    text = _lines(40_000)
    chunks = split_text(text, 12_000)
    assert all(chunk in text for chunk in chunks)
    assert sum(map(len, chunks)) <= len(text) + 1_200 * (len(chunks) - 1)
    assert len(chunks) == 4


def test_an_article_just_over_the_limit_costs_one_request(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda body: Reply(completion({"article": {}, "agreements": []}))
    asked = 0
    for name, text in (("over.txt", _lines(12_500)), ("long.txt", _lines(24_000))):
        extract(text, source=name, settings=settings)
        sent = [_article_part(request) for request in server.requests[asked:]]
        asked += len(sent)
        assert sum(map(len, sent)) <= len(text) * 11 // 10, name
    assert asked == 1 + 2
