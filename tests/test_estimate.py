"""``coopllm estimate``: the requests a run would send first, their tokens, a price range."""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLE, CASSETTES, GOOD_ANSWER, REPO, cli_env, unset_own_env
from typer.testing import CliRunner

from coopllm.batch import run_batch
from coopllm.cli import app
from coopllm.estimate import Estimate, estimate
from coopllm.inputs import iter_inputs, text_sha256
from coopllm.settings import Settings, make_settings
from coopllm.testing import FakeOpenAIServer, Reply, completion

EXAMPLES = str(REPO / "examples" / "articles")


def test_the_estimate_is_near_the_prompt_tokens_a_recorded_run_spent(tmp_path: Path) -> None:
    """The example articles, estimated and then replayed from the recordings of a real
    local-model run: the estimate from characters lands within a tenth of the tokens the
    model's own tokenizer counted (Qwen2.5's; OpenAI's tokenizers differ somewhat)."""
    settings = make_settings(offline=True, cache_dir=tmp_path / "cache")
    guess = asyncio.run(estimate(iter_inputs([EXAMPLES]), settings))
    n = len(list(Path(EXAMPLES).glob("*.txt")))
    assert (guess.articles, guess.refused, guess.requests) == (n, 0, 2 * n)  # two passes each
    spent = asyncio.run(run_batch(iter_inputs([EXAMPLES]), settings, out=tmp_path / "o.jsonl",
                                  errors=None))  # fmt: skip
    assert spent.done == n
    assert abs(guess.prompt_tokens - spent.prompt_tokens) <= 0.1 * spent.prompt_tokens, (
        guess.prompt_tokens, spent.prompt_tokens,
    )  # fmt: skip
    assert guess.completion_cap == 2 * n * settings.max_tokens
    said = (f"re-asks, each a request sent again with the invalid answer and its error, up to "
            f"{settings.max_reasks} a request")  # fmt: skip
    assert guess.max_reasks == settings.max_reasks and said in "\n".join(guess.lines())


def test_a_reasoning_models_requests_count_their_cap_too(tmp_path: Path) -> None:
    """gpt-5's requests carry their cap as max_completion_tokens: it is counted all the
    same (in the price's upper end and the limiter's tokens)."""
    settings = make_settings(model="gpt-5-mini", api_key="sk-unused", cache_dir=tmp_path)
    guess = asyncio.run(estimate(iter_inputs([EXAMPLES]), settings))
    assert guess.completion_cap == guess.requests * settings.max_tokens > 0


def test_articles_refused_as_input_are_counted_apart(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "ok.txt").write_text("Two firms signed an agreement in Ridgeport.")
    (tmp_path / "empty.txt").write_text("  ")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    guess = asyncio.run(estimate(iter_inputs([str(tmp_path)]), settings))
    assert (guess.articles, guess.refused) == (1, 2)


def test_an_article_written_under_its_files_other_name_is_counted_as_written(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As resume skips it (``2023/001.txt``, written as ``001.txt`` by ``extract 2023/``),
    the estimate does not count its requests."""
    monkeypatch.chdir(tmp_path)
    for year in ("2023", "2024"):
        Path(year).mkdir()
        Path(year, "001.txt").write_text(f"{ARTICLE}\n{year}")
    written = {("001.txt", text_sha256(f"{ARTICLE}\n2023"))}
    guess = asyncio.run(estimate(iter_inputs(["2023", "2024"]), settings, written))
    assert (guess.articles, guess.written) == (1, 1)


def test_the_price_range_runs_from_the_prompts_to_every_completion_at_its_cap() -> None:
    guess = Estimate(model="gpt-4o-mini", prompt_tokens=2_000_000, completion_cap=1_000_000)
    assert guess.cost_range() == pytest.approx((0.30, 0.90))  # $0.15 and $0.60 a million
    assert "through the batch service $0.1500 to $0.4500" in guess.lines()[-1]
    assert guess.to_dict()["batch_cost_usd"] == pytest.approx([0.15, 0.45])
    unknown = Estimate(model="my-vllm-model", prompt_tokens=10)
    assert unknown.cost_range() is None
    assert unknown.lines()[-1] == (
        "cost: my-vllm-model is not in the price table: give its price as --price IN,OUT "
        "(USD per million input and output tokens)"
    )
    assert unknown.to_dict()["cost_usd"] is None and unknown.to_dict()["prompt_tokens"] == 10


def test_the_command_sends_nothing_and_needs_no_key(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    # An empty cache: the developer's may answer some of these requests, not counted then.
    unset = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "empty-cache")}
    at_server = {**cli_env(server, tmp_path / "cache", documents_pass=True), "OPENAI_API_KEY": ""}
    n = len(list(Path(EXAMPLES).glob("*.txt")))
    for env in (at_server, {}):  # an endpoint that would answer; OpenAI's, with no key
        result = CliRunner().invoke(app, ["estimate", EXAMPLES, "--model", "gpt-4o"],
                                    env={**unset, **env})  # fmt: skip
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(
            f"{n} articles (0 more refused as input, 0 already written, 0 given again), "
            f"{2 * n} requests, model gpt-4o\n"
        )
        assert "cost at list prices $" in result.stdout
    as_json = CliRunner().invoke(app, ["estimate", EXAMPLES, "--json"], env=unset)
    assert json.loads(as_json.stdout)["requests"] == 2 * n, as_json.output
    assert server.requests == []


def test_with_an_output_it_leaves_out_what_is_written_and_leaves_the_file_alone(
    tmp_path: Path,
) -> None:
    """A resumed run's remaining cost. The output may be a running batch's: a torn last
    line (the record being written) is passed over, never cut."""
    settings = make_settings(offline=True, cache_dir=tmp_path / "cache")
    out = tmp_path / "o.jsonl"
    asyncio.run(run_batch(iter_inputs([EXAMPLES]), settings, out=out, errors=None))
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:50], encoding="utf-8")
    before = out.read_bytes()
    unset = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "empty-cache")}
    result = CliRunner().invoke(app, ["estimate", EXAMPLES, "--out", str(out)], env=unset)
    assert result.exit_code == 0, result.output
    n = len(lines)
    assert result.stdout.startswith(
        f"{n - 3} articles (0 more refused as input, 3 already written, 0 given again), "
        f"{2 * (n - 3)} requests"
    )
    assert out.read_bytes() == before


def test_offline_it_counts_the_requests_the_offline_run_would_make(tmp_path: Path) -> None:
    """``COOPLLM_OFFLINE=1`` asks the local model's name, as the offline run does: after
    that run, the cache answers every request (none were counted so, for gpt-4o-mini)."""
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache"),
           "COOPLLM_CASSETTE_DIR": str(CASSETTES)}  # fmt: skip
    ran = CliRunner().invoke(
        app, ["extract", EXAMPLES, "--offline", "-o", str(tmp_path / "o.jsonl"), "-q"], env=env
    )
    assert ran.exit_code == 0, ran.output
    result = CliRunner().invoke(
        app, ["estimate", EXAMPLES, "--json"], env={**env, "COOPLLM_OFFLINE": "1"}
    )
    assert result.exit_code == 0, result.output
    counted = json.loads(result.stdout)
    n = len(list(Path(EXAMPLES).glob("*.txt")))
    assert (counted["requests"], counted["cached"]) == (0, 2 * n), counted


def test_an_article_given_twice_is_counted_once(tmp_path: Path) -> None:
    """As the batch extracts it: the same file named twice, a JSONL row repeated."""
    unset = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "empty-cache")}
    n = len(list(Path(EXAMPLES).glob("*.txt")))
    result = CliRunner().invoke(app, ["estimate", EXAMPLES, EXAMPLES, "--json"], env=unset)
    counted = json.loads(result.stdout)
    assert (counted["articles"], counted["repeated"], counted["requests"]) == (n, n, 2 * n)
    row = json.dumps({"source": "a", "text": "Lakeview University signed with Orion Tools."})
    rows = tmp_path / "rows.jsonl"
    rows.write_text(f"{row}\n{row}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["estimate", str(rows), "--json"], env=unset)
    counted = json.loads(result.stdout)
    assert (counted["articles"], counted["repeated"], counted["requests"]) == (1, 1, 2)


def test_the_rate_limits_give_the_least_time_a_run_takes() -> None:
    """The limiter lets a minute's worth through at once, then holds to the rate: 14
    requests of 1,000 tokens at 1,000 tokens a minute take 13 minutes at least; 1,500
    requests at 500 a minute, 2."""
    by_tokens = Estimate(model="m", requests=14, limiter_tokens=14_000, per_minute=(500, 1000))
    assert by_tokens.minutes_at_limits() == 13
    assert (
        "(500 requests and 1,000 tokens a minute): at least 0:13:00 in all"
        in (by_tokens.lines()[4])
    )
    assert by_tokens.to_dict()["minutes_at_limits"] == 13
    assert Estimate(model="m", requests=1500, per_minute=(500, None)).minutes_at_limits() == 2
    few = Estimate(model="m", requests=3, limiter_tokens=300, per_minute=(500, 200_000))
    assert "under a minute in all" in few.lines()[4]
    unlimited = Estimate(model="m", requests=10, limiter_tokens=10_000)
    assert unlimited.minutes_at_limits() is None
    assert unlimited.to_dict()["minutes_at_limits"] is None
    assert unlimited.lines()[4] == (
        "time: no rate limit is set; the endpoint's speed and --concurrency decide"
    )


def test_the_command_counts_each_request_as_the_limiter_does(tmp_path: Path) -> None:
    """Each example request is over 1,000 tokens, and the limiter takes at most a
    minute's budget for one: at 1,000 tokens a minute, a request a minute."""
    unset = unset_own_env()
    n = len(list(Path(EXAMPLES).glob("*.txt")))
    result = CliRunner().invoke(
        app, ["estimate", EXAMPLES, "--model", "gpt-4o-mini", "--tpm", "1000", "--json"],
        env={**unset, "COOPLLM_CACHE_DIR": str(tmp_path)},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    said = json.loads(result.stdout)
    assert said["limiter_tokens"] == 2 * n * 1000 and said["per_minute"] == [500, 1000]
    assert said["minutes_at_limits"] == 2 * n - 1
    assert said["limits_announced"], "the requests a minute are left to the endpoint"


def test_a_price_given_prices_any_model_over_the_table() -> None:
    """A model the table lacks gets a price, and one it has gets the price given (list
    prices change); the JSON says the price the costs are at. The GPT-5 family is in the
    table, its dated snapshots too."""
    given = Estimate(model="my-vllm-model", price_per_million=(1.0, 2.0),
                     prompt_tokens=1_000_000, completion_cap=1_000_000)  # fmt: skip
    assert given.cost_range() == pytest.approx((1.0, 3.0))
    assert given.lines()[-1].startswith("cost at the price given $1.0000 for the prompts")
    assert given.to_dict()["price_per_million"] == (1.0, 2.0)
    over = Estimate(model="gpt-4o-mini", price_per_million=(1.0, 2.0), prompt_tokens=1_000_000)
    assert over.cost_range() == pytest.approx((1.0, 1.0))
    assert Estimate(model="gpt-4o-mini").to_dict()["price_per_million"] == (0.15, 0.60)
    assert Estimate(model="gpt-5").price() == (1.25, 10.00)
    assert Estimate(model="gpt-5-mini-2025-08-07").price() == (0.25, 2.00)
    assert Estimate(model="gpt-5-nano").price() == (0.05, 0.40)


def test_the_command_takes_a_price_from_the_option_or_the_environment(tmp_path: Path) -> None:
    unset = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path)}
    runner = CliRunner()
    for args, env in (
        (["--price", "1,2"], {}),
        ([], {"COOPLLM_PRICE": "1, 2"}),
        (["--price", "1,2"], {"COOPLLM_PRICE": "5,5"}),  # the option over the environment
    ):
        result = runner.invoke(app, ["estimate", EXAMPLES, "--model", "my-vllm-model",
                                     "--json", *args], env={**unset, **env})  # fmt: skip
        assert result.exit_code == 0, result.output
        said = json.loads(result.stdout)
        assert said["price_per_million"] == [1.0, 2.0]
        low, high = said["cost_usd"]
        assert low == pytest.approx(said["prompt_tokens"] / 1e6)
        assert high == pytest.approx(low + 2 * said["completion_cap"] / 1e6)
    bad = runner.invoke(app, ["estimate", EXAMPLES, "--price", "1.25"], env=unset)
    assert bad.exit_code == 2
    assert "a price is IN,OUT: two numbers of US dollars" in bad.stderr, bad.output


def _answer(body: dict[str, Any]) -> Reply:
    """The sample record, or no documents, as the request's pass asks."""
    tool = body["tool_choice"]["function"]["name"]
    answer = {"documents": []} if tool == "SignedDocuments" else copy.deepcopy(GOOD_ANSWER)
    return Reply(completion(answer, tool_name=tool))


def test_requests_the_cache_answers_are_counted_apart_and_not_priced(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    """Of three articles (two passes each, each its own signing sentence), one was
    extracted as is and one with other options: the estimate counts the two requests
    that its own settings' run finds in the cache apart, and prices the other four, the
    very ones that run then sends. The keys are the run's: an estimate with the second
    article's options finds its requests instead, other options find none, and so do
    --no-cache and a refresh."""
    server.fallback = _answer
    folder = tmp_path / "in"
    folder.mkdir()
    for day in (1, 2, 3):
        (folder / f"{day}.txt").write_text(ARTICLE.replace("May 16", f"May {day}"))
    env = {**unset_own_env(), **cli_env(server, tmp_path / "cache", documents_pass=True)}
    shaped = ["--reasoning-effort", "low", "--lenient"]
    runner = CliRunner()
    for path, options in ((folder / "1.txt", []), (folder / "2.txt", shaped)):
        done = runner.invoke(app, ["extract", str(path), "-q", *options], env=env)
        assert done.exit_code == 0, done.output
    sent = len(server.requests)
    assert sent == 4

    def estimated(*options: str, **more_env: str) -> str:
        result = runner.invoke(app, ["estimate", str(folder), "--price", "1,2", *options],
                               env={**env, **more_env})  # fmt: skip
        assert result.exit_code == 0, result.output
        return result.stdout

    as_is = json.loads(estimated("--json"))
    assert (as_is["articles"], as_is["requests"]) == (3, 4), "2 of the 6 are in the cache"
    assert as_is["cached"] == 2
    assert json.loads(estimated("--json", *shaped))["cached"] == 2
    for every in (estimated("--json", "--no-cache"),
                  estimated("--json", COOPLLM_REFRESH_CACHE="1"),
                  estimated("--json", "--reasoning-effort", "high", "--lenient")):  # fmt: skip
        counted = json.loads(every)
        assert (counted["articles"], counted["requests"], counted["cached"]) == (3, 6, 0)
        assert as_is["prompt_tokens"] < counted["prompt_tokens"]
    assert as_is["cost_usd"][0] == pytest.approx(as_is["prompt_tokens"] / 1e6)
    assert as_is["limiter_tokens"] == as_is["prompt_tokens"] + as_is["completion_cap"]
    said = estimated()
    assert ("3 articles (0 more refused as input, 0 already written, 0 given again), 4 "
            "requests to send (2 more the cache answers: not sent, not priced), model "
            "test-model\n") in said, said  # fmt: skip
    assert len(server.requests) == sent, "the estimate sent nothing"
    rest = runner.invoke(app, ["extract", str(folder), "-q"], env=env)
    assert rest.exit_code == 0, rest.output
    assert len(server.requests) - sent == as_is["requests"], "what the run then sent"
