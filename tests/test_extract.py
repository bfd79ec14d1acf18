"""The whole path through the real openai client and instructor to a fake server."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import importlib.metadata
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY, unset_own_env

from coopllm import ExtractionFailure, Provenance, extract, extract_many
from coopllm.errors import (
    ConfigurationError,
    InputError,
    InvalidOutputError,
    TruncatedOutputError,
)
from coopllm.extraction import Extractor, provenance
from coopllm.inputs import ArticleInput
from coopllm.prompts import load_prompts
from coopllm.schema import SCHEMA_VERSION
from coopllm.settings import Settings, make_settings
from coopllm.testing import FakeOpenAIServer, Reply, completion


def test_a_record_says_what_produced_it_from_the_cache_too(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    snapshot = completion(GOOD_ANSWER, model="test-model-2024-07-18")  # what the alias meant
    server.fallback = lambda body: Reply(snapshot)
    asked = extract(ARTICLE, source="a", settings=settings)
    cached = extract(ARTICLE, source="a", settings=settings)
    assert cached.usage.cached and cached.provenance == asked.provenance
    assert asked.provenance == Provenance(
        model="test-model", answered_by=["test-model-2024-07-18"], endpoint="127.0.0.1",
        mode="tools",
        prompts_sha256=load_prompts(None).sha256, schema_version=SCHEMA_VERSION,
        coopllm_version=importlib.metadata.version("coopllm"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("settings_given", "endpoint"),
    [
        ({}, "openai"),
        ({"backend": "local"}, "local-llama.cpp"),
        ({"offline": True, "base_url": "http://10.0.0.5:8000/v1"}, "offline"),
        ({"base_url": "https://u:SECRET@gw.example.com/openai/deployments/x"},
         "gw.example.com"),
    ],
)  # fmt: skip
def test_provenance_names_the_endpoint_by_its_host_alone(
    settings_given: dict[str, Any], endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in unset_own_env():  # a developer's OPENAI_BASE_URL is not these settings'
        monkeypatch.delenv(name)
    made = provenance(Settings(**settings_given), load_prompts(None))
    assert made.endpoint == endpoint


@pytest.mark.parametrize(("backend", "sent"), [("openai", f"Bearer {TEST_KEY}"),
                                               ("local", "Bearer not-needed")])  # fmt: skip
def test_the_managed_local_server_is_not_sent_the_users_key(
    server: FakeOpenAIServer, settings: Settings, backend: str, sent: str
) -> None:
    """An OPENAI_API_KEY in the environment is for OpenAI, not for our llama.cpp server
    (here the fake server stands at the address the managed one would be given)."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))

    async def run() -> None:
        extractor = Extractor(settings.merged(backend=backend))
        try:
            await extractor.extract(ARTICLE, source="a")
        finally:
            await extractor.aclose()

    asyncio.run(run())
    assert server.authorizations == [sent]


def test_a_refusal_fails_the_article_typed_and_is_not_asked_again(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    refused = completion(GOOD_ANSWER)
    message = refused["choices"][0]["message"]
    message["tool_calls"], message["refusal"] = None, "I can't help with that request."
    server.fallback = lambda body: Reply(refused)
    with pytest.raises(InvalidOutputError, match=r"^the model refused to answer: I can't help"):
        extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == 1


def test_valid_answer_becomes_a_grounded_normalised_record(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.push(Reply(completion(GOOD_ANSWER)))
    record = extract(ARTICLE, source="riverbend.txt", settings=settings)
    assert record.source == "riverbend.txt"
    agreement = record.agreements[0]
    assert agreement.date_signed == dt.date(2024, 5, 16)  # resolved from date_text + published
    assert [p.name for p in agreement.parties] == [
        "Riverbend University",
        "Northgate Robotics Co., Ltd.",
    ]
    assert record.warnings == []
    assert all(g.status != "ungrounded" for g in record.grounding)
    assert record.usage.requests == 1 and record.usage.total_tokens == 150
    sent = server.requests[0]
    assert sent["model"] == "test-model"
    assert sent["tool_choice"]["type"] == "function"
    assert "Riverbend" in sent["messages"][-1]["content"]


@pytest.mark.parametrize("before", ["\n\n    ", "\ufeff", "\ufeff\r\n"])
def test_spans_index_the_text_as_given(
    server: FakeOpenAIServer, settings: Settings, before: str
) -> None:
    """The model is sent the article stripped (and without a byte-order mark, which
    is no part of the text); the spans still index the string the caller gave, and the
    text's identity is that of the same text without a mark."""
    server.push(Reply(completion(GOOD_ANSWER)), Reply(completion(GOOD_ANSWER)))
    given = before + ARTICLE
    record = extract(given, source="a.txt", settings=settings)
    exact = [g for g in record.grounding if g.status == "exact"]
    assert exact and all(given[s.start : s.end] == g.value for g in exact for s in g.spans)
    plain = extract(before.replace("\ufeff", "") + ARTICLE, source="a.txt", settings=settings)
    assert record.text_sha256 == plain.text_sha256


def test_a_text_given_with_two_byte_order_marks_keeps_its_identity(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The record's hash is the input's, or resume would extract it again on every run."""
    server.push(Reply(completion(GOOD_ANSWER)))
    given = "\ufeff\ufeff" + ARTICLE
    record = extract(given, source="a.txt", settings=settings)
    assert record.text_sha256 == ArticleInput("a.txt", given).text_sha256


def test_an_answer_with_as_many_agreements_as_the_schema_allows_says_so(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The schema bounds a list (a grammar-constrained model cannot loop in it): a fair
    signing a dozen projects fills it, and the record says it may lack some."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"] = answer["agreements"] * 6
    server.push(Reply(completion(answer)))
    record = extract(ARTICLE, source="a.txt", settings=settings)
    said = "the answer holds 6 agreements, as many as one answer may: the article may name more"
    assert any(w.startswith(said) for w in record.warnings), record.warnings
    server.push(Reply(completion(GOOD_ANSWER)))
    one = extract(ARTICLE + " ", source="b.txt", settings=settings.merged(use_cache=False))
    assert not any("as many as one answer may" in w for w in one.warnings)


def test_invalid_object_is_reasked_and_usage_sums_both(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    bad = copy.deepcopy(GOOD_ANSWER)
    bad["agreements"][0]["agreement_type"] = "handshake"  # not in the enum
    server.push(
        Reply(completion(bad, prompt_tokens=100, completion_tokens=40)),
        Reply(completion(GOOD_ANSWER, prompt_tokens=170, completion_tokens=50)),
    )
    record = extract(ARTICLE, source="a", settings=settings)
    assert record.agreements[0].agreement_type.value == "cooperation_agreement"
    assert record.usage.requests == 2
    assert record.usage.prompt_tokens == 270 and record.usage.completion_tokens == 90
    reask = server.requests[1]["messages"]
    assert any("handshake" in str(m.get("content")) for m in reask), "the reason goes back"


def test_model_that_never_returns_a_valid_object_fails_typed(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.push(*[Reply(completion({"article": "nonsense"}))] * 3)
    with pytest.raises(InvalidOutputError):
        extract(ARTICLE, source="a", settings=settings.merged(max_reasks=2))
    assert len(server.requests) == 3


def _answer(edit: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """The good completion as ``edit`` leaves it."""
    body = completion(GOOD_ANSWER)
    edit(body)
    return body


def _call(body: dict[str, Any]) -> dict[str, Any]:
    return body["choices"][0]["message"]["tool_calls"][0]  # type: ignore[no-any-return]


OFF_SCHEMA = {
    "no id, object, created": lambda b: [b.pop(f) for f in ("id", "object", "created")],
    "a finish reason of its own": lambda b: b["choices"][0].update(finish_reason="eos"),
    "no finish reason": lambda b: b["choices"][0].update(finish_reason=None),
    "no index, no call type": lambda b: (b["choices"][0].pop("index"), _call(b).pop("type")),
    "no usage": lambda b: b.update(usage=None),
    "part of the usage": lambda b: b.update(usage={"prompt_tokens": 100}),
    "arguments as an object": lambda b: _call(b)["function"].update(arguments=GOOD_ANSWER),
}


@pytest.mark.parametrize("edit", OFF_SCHEMA.values(), ids=OFF_SCHEMA.keys())
def test_an_answer_off_the_openai_schema_as_servers_give_them_is_read(
    server: FakeOpenAIServer, settings: Settings, edit: Callable[[dict[str, Any]], object]
) -> None:
    body = _answer(edit)
    server.push(Reply(body))
    record = extract(ARTICLE, source="a", settings=settings)
    assert record.agreements[0].parties[0].name == "Riverbend University"
    assert record.usage.prompt_tokens == (body["usage"] or {}).get("prompt_tokens", 0)
    assert len(server.requests) == 1


NOT_A_COMPLETION = {
    "a JSON array": ["not", "a", "completion"],
    "no choices": {"choices": []},
    "a choice that is a string": {"choices": ["x"]},
    "no message": {"choices": [{"finish_reason": "stop"}]},
    "tool calls as a string": _answer(lambda b: b["choices"][0]["message"].update(tool_calls="x")),
    "a tool call without function": _answer(lambda b: _call(b).update(function=None)),
}


@pytest.mark.parametrize("body", NOT_A_COMPLETION.values(), ids=NOT_A_COMPLETION.keys())
def test_an_answer_that_is_not_a_completion_fails_typed_at_once(
    server: FakeOpenAIServer, settings: Settings, body: Any
) -> None:
    """The server's fault: no re-ask can cure it, and nothing malformed gets further."""
    server.push(Reply(body))
    with pytest.raises(InvalidOutputError, match="not a chat completion"):
        extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == 1


def test_truncated_answer_is_reasked_then_fails_cleanly(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    cut = Reply(completion('{"article": {"title": "Riv', finish_reason="length"))
    server.push(cut, Reply(completion(GOOD_ANSWER)))
    assert extract(ARTICLE, source="a", settings=settings).agreements
    assert "cut off at the length limit" in server.requests[1]["messages"][-1]["content"]
    server.push(cut, cut)
    with pytest.raises(TruncatedOutputError, match=r"the model may be looping$"):
        extract(ARTICLE, source="b", settings=settings.merged(use_cache=False))
    assert len(server.requests) == 4


def test_an_answer_cut_off_by_its_reasoning_says_so(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """A reasoning model that spent the cap thinking is no loop: the error says what to
    change."""
    cut = completion('{"article": {"title": "Riv', finish_reason="length", completion_tokens=2048)
    cut["usage"]["completion_tokens_details"] = {"reasoning_tokens": 1990}
    server.fallback = lambda body: Reply(cut)
    with pytest.raises(TruncatedOutputError) as caught:
        extract(ARTICLE, source="a", settings=settings)
    assert str(caught.value).endswith(
        "(finish_reason 'length'); 1990 of its tokens were the model's reasoning: raise "
        "max_tokens, or ask for less --reasoning-effort"
    )


def test_extract_many_keeps_order_and_isolates_failures(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    items = [("one", ARTICLE), ("empty", "   "), ("three", ARTICLE)]
    outcomes = list(extract_many(items, concurrency=2, settings=settings, use_cache=False))
    assert [o.source for o in outcomes] == ["one", "empty", "three"]
    assert isinstance(outcomes[1], ExtractionFailure) and outcomes[1].code == "empty_article"
    unordered = list(
        extract_many(items, concurrency=3, ordered=False, settings=settings, use_cache=False)
    )
    assert sorted(o.source for o in unordered) == ["empty", "one", "three"]


def test_extract_many_reads_mappings_as_jsonl_rows_and_fails_bad_ones_alone(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """A mapping's ``published`` may be a date or an ISO string; what is neither, and a
    text that is no string, fail their item, not the whole iteration."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    items = [
        {"source": "dated", "text": ARTICLE, "published": dt.date(2025, 1, 2)},
        {"source": "timed", "text": ARTICLE, "published": "2025-01-03T10:00:00+08:00"},
        {"source": "junk-date", "text": ARTICLE, "published": "2025-01-03 or so"},
        {"source": "number-text", "text": 42},
        {"text": ARTICLE},
        (7, ARTICLE),  # a tuple's source that is no string
        ARTICLE + "\ud800",  # no text: it cannot even be hashed as UTF-8
    ]
    outcomes = list(extract_many(items, settings=settings, use_cache=False))
    assert [o.source for o in outcomes] == ["dated", "timed", "junk-date", "number-text",
                                            "item-4", "item-5", "item-6"]  # fmt: skip
    dates = [o.article.published for o in outcomes if not isinstance(o, ExtractionFailure)]
    assert dates == [dt.date(2025, 1, 2), dt.date(2025, 1, 3), dt.date(2024, 5, 20)]
    failed = [o.code for o in outcomes if isinstance(o, ExtractionFailure)]
    assert failed == ["bad_input"] * 3 + ["binary_input"]


def test_every_item_shape_is_read_or_fails_alone(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Bytes are text, as ``extract`` takes them; a tuple's third item is its date; any
    other item is its own error row (a raw ``AttributeError`` ended the iteration)."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    items: list[Any] = [ARTICLE.encode(), ("dated", ARTICLE, "2025-01-02"), 42, None,
                        ["list", ARTICLE], b"\xff\xfe binary", ARTICLE]  # fmt: skip
    outcomes = list(extract_many(items, settings=settings, use_cache=False))
    assert [o.source for o in outcomes] == [
        "item-0", "dated", "item-2", "item-3", "item-4", "item-5", "item-6"
    ]  # fmt: skip
    codes = [o.code if isinstance(o, ExtractionFailure) else "record" for o in outcomes]
    assert codes == ["record", "record", "bad_input", "bad_input", "bad_input",
                     "binary_input", "record"]  # fmt: skip
    assert outcomes[1].article.published == dt.date(2025, 1, 2)  # type: ignore[union-attr]
    assert "not int" in str(outcomes[2].error)  # type: ignore[union-attr]


@pytest.mark.parametrize("one", [ARTICLE, ARTICLE.encode(), {"text": ARTICLE}])
def test_one_article_given_to_extract_many_is_refused_before_a_request(
    server: FakeOpenAIServer, settings: Settings, one: object
) -> None:
    """A string iterates by character: each was extracted, and billed, as an article."""
    with pytest.raises(ConfigurationError, match="extract\\(\\) takes one article"):
        list(extract_many(one, settings=settings))  # type: ignore[arg-type]
    assert server.requests == []


@pytest.mark.parametrize("concurrency", [0, 2.5, "4", True])
def test_concurrency_must_be_a_whole_number(settings: Settings, concurrency: object) -> None:
    with pytest.raises(ConfigurationError, match="concurrency"):
        list(extract_many([ARTICLE], concurrency=concurrency, settings=settings))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (dt.datetime(2025, 1, 2, 9, 30), dt.date(2025, 1, 2)),
        ("2025-01-02", dt.date(2025, 1, 2)),
        ("2025-01-02T09:30:00+08:00", dt.date(2025, 1, 2)),
    ],
)
def test_extract_reads_published_as_extract_many_does(
    server: FakeOpenAIServer, settings: Settings, published: object, day: dt.date
) -> None:
    """A datetime failed after both requests were paid for (compared with a date), a
    string as a raw ``AttributeError``."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    record = extract(ARTICLE, published=published, settings=settings)  # type: ignore[arg-type]
    assert record.article.published == day


@pytest.mark.parametrize(
    ("kwargs", "said"),
    [
        ({"text": None}, "str or bytes, not NoneType"),
        ({"text": {"text": ARTICLE}}, "str or bytes, not dict"),
        ({"source": 123}, "'source' must be a string, not int"),
        ({"published": "May 20"}, "not an ISO date"),
    ],
)
def test_extract_refuses_wrong_arguments_before_a_request(
    server: FakeOpenAIServer, settings: Settings, kwargs: dict[str, Any], said: str
) -> None:
    arguments = {"text": ARTICLE, **kwargs}
    text = arguments.pop("text")
    with pytest.raises(InputError, match=said):
        extract(text, settings=settings, **arguments)
    assert server.requests == []


def test_a_misspelt_option_is_refused_even_when_it_is_none(settings: Settings) -> None:
    with pytest.raises(ConfigurationError, match=r"^invalid settings: sorce: no such setting$"):
        extract(ARTICLE, settings=settings, sorce=None)


def test_the_local_backend_and_a_base_url_in_one_call_are_refused(
    server: FakeOpenAIServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The managed server would answer and the endpoint named be ignored without a word;
    a base URL from the environment (set for other tools) still leaves a local run be."""
    with pytest.raises(ConfigurationError, match=r"backend='local' \(--local\).*give one"):
        extract(ARTICLE, settings=settings, backend="local", base_url=server.base_url)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    assert make_settings(backend="local").backend == "local"
    assert server.requests == []


def test_extract_keeps_a_source_on_one_line_as_a_batch_does(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    assert extract(ARTICLE, source="a\nb", settings=settings).source == "a b"


def _content_answer(answer: dict[str, object]) -> dict[str, object]:
    """A completion that answers in the message content (the JSON modes), not a tool call."""
    body = completion(answer)
    message = body["choices"][0]["message"]
    message["content"], message["tool_calls"] = json.dumps(answer), None
    return body


@pytest.mark.parametrize(
    ("mode", "kind", "schema_of"),
    [
        ("json_object_schema", "json_object", lambda f: f["schema"]),  # llama.cpp's grammar
        ("json_schema", "json_schema", lambda f: f["json_schema"]["schema"]),
    ],
)
def test_json_modes_send_the_schema_as_response_format(
    server: FakeOpenAIServer,
    settings: Settings,
    mode: str,
    kind: str,
    schema_of: Callable[[dict[str, Any]], dict[str, Any]],
) -> None:
    server.push(Reply(_content_answer(GOOD_ANSWER)))
    record = extract(ARTICLE, source="a", settings=settings.merged(mode=mode))
    assert record.agreements[0].parties[0].name == "Riverbend University"
    sent = server.requests[0]
    assert sent["response_format"]["type"] == kind
    assert "agreements" in schema_of(sent["response_format"])["properties"]
    assert "tools" not in sent


def test_json_mode_writes_the_schema_into_every_request_and_reasks(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The JSON modes' handler edits the messages, so it runs for each article (not once
    per model): the second article's request carries its own text and the schema."""
    bad = copy.deepcopy(GOOD_ANSWER)
    bad["agreements"][0]["agreement_type"] = "handshake"
    server.push(*(Reply(_content_answer(a)) for a in (bad, GOOD_ANSWER, GOOD_ANSWER)))
    json_mode = settings.merged(mode="json_object_schema", use_cache=False)
    assert extract(ARTICLE, source="a", settings=json_mode).agreements
    assert any("handshake" in str(m.get("content")) for m in server.requests[1]["messages"])
    other = ARTICLE.replace("Lakeside City", "Harbour Town")
    assert extract(other, source="b", settings=json_mode).agreements
    last = server.requests[2]["messages"]
    assert "Harbour Town" in last[-1]["content"]
    assert '"$defs"' in last[0]["content"], "the schema rides in the system message"


def test_a_base_url_with_credentials_is_served(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """aiohttp refuses a URL's user and password beside the key's Authorization header:
    every request failed as a connection error, so ``auto`` takes httpx for such a URL."""
    server.push(Reply(completion(GOOD_ANSWER)))
    host = server.base_url.removeprefix("http://")
    gateway = settings.merged(base_url=f"http://gateway-user:PW-123@{host}")
    assert extract(ARTICLE, source="a.txt", settings=gateway).agreements
    with pytest.raises(ConfigurationError, match="aiohttp cannot send"):
        extract(ARTICLE, source="a.txt", settings=gateway.merged(http_transport="aiohttp"))


def test_a_prompts_directory_without_the_templates_is_a_configuration_error(
    settings: Settings, tmp_path: Path
) -> None:
    with pytest.raises(ConfigurationError, match=r"cannot read the prompt template .*system\.md"):
        extract(ARTICLE, source="a.txt", settings=settings.merged(prompts_dir=tmp_path / "none"))


_HARBOUR = "The harbour board talked through shipping volumes and the winter timetable. "
_PACT = (
    "On June 3, Kestrel Labs and Dunmore Port Authority signed a cooperation agreement "
    "on shore power; Ada Voss signed for Kestrel Labs."
)


def _task(body: dict[str, Any]) -> str:
    """Which pass a request is: its tool's name (SignedDocuments for the documents pass)."""
    tools = body.get("tools") or [{"function": {"name": "?"}}]
    return str(tools[0]["function"]["name"])


def _pass_answers(documents: dict[str, Any]) -> Callable[[dict[str, Any]], Reply]:
    """Empty drafts for the main pass; ``documents`` for the documents pass."""

    def answer(body: dict[str, Any]) -> Reply:
        task = _task(body)
        if task == "SignedDocuments":
            return Reply(completion(documents, tool_name=task))
        return Reply(completion({"article": {}, "agreements": []}, tool_name=task))

    return answer


def test_a_part_of_a_long_article_with_no_signing_sentence_gets_no_documents_request(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The documents pass asks only about the parts naming a signing: the others would
    send the whole part (a signing sentence is a hundredth of it) and can answer none."""
    pact = {"title": "cooperation agreement", "parties": ["Kestrel Labs"], "signers": ["Ada Voss"]}
    server.fallback = _pass_answers({"documents": [pact]})
    paragraphs = [_HARBOUR * 12] * 25 + [_PACT] + [_HARBOUR * 12] * 10
    text = "\n\n".join(f"{i}. {p}" for i, p in enumerate(paragraphs))
    on = settings.model_copy(update={"documents_pass": True})
    record = extract(text, source="harbour.txt", settings=on)
    tasks = [_task(body) for body in server.requests]
    assert tasks.count("GuardedDraft") > 2
    assert tasks.count("SignedDocuments") == 1
    (agreement,) = record.agreements
    assert [s.name for s in agreement.signatories] == ["Ada Voss"]


def test_an_article_of_one_chunk_with_no_signing_cue_is_still_asked_whole(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Its signing may be told in words no cue knows ("inked"): the documents pass gets
    the whole text, as its recorded answers were asked."""
    server.fallback = _pass_answers({"documents": []})
    text = "Kestrel Labs and Dunmore Port Authority inked a shore power deal on Monday."
    on = settings.model_copy(update={"documents_pass": True})
    extract(text, source="inked.txt", settings=on)
    (documents,) = [body for body in server.requests if _task(body) == "SignedDocuments"]
    assert text in json.dumps(documents["messages"])


def test_the_guard_dates_a_signing_by_the_page_date_normalisation_found(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The blind7 h06's: the page prints its date on a line of its own, no label, and the
    model gives neither that date nor the signing's; the sentence that signs the memorandum
    opens with "11月28日", which the guard takes only against a page date (62 days)."""
    text = (
        "甲大学与乙大学签署合作备忘录\n\n2024年12月3日\n\n"
        "11月28日，甲大学与乙大学在乙大学礼堂签署《合作备忘录》。\n"
        "甲大学校长林涛与乙大学校长周博代表两校签约。\n"
    )
    answer = {
        "article": {"title": None, "published": None, "language": "zh"},
        "agreements": [
            {
                "title": "合作备忘录",
                "agreement_type": "memorandum_of_understanding",
                "parties": [{"name": "甲大学"}, {"name": "乙大学"}],
                "signatories": [{"name": "林涛"}, {"name": "周博"}],
            }
        ],
    }
    server.push(Reply(completion(answer)))
    record = extract(text, source="page.txt", settings=settings)
    assert record.article.published == dt.date(2024, 12, 3)
    agreement = record.agreements[0]
    assert (agreement.date_text, agreement.date_signed) == ("11月28日", dt.date(2024, 11, 28))
