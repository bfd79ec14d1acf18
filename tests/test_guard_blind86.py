"""Rules made from the eighty-sixth blind set's misses, on texts of our own that fail on
the code before them: a sum is no date, a founded body's short name beside its full one,
a party's description given as its name, and a word in lower case given as an alias."""

from __future__ import annotations

import datetime as dt

from conftest import named_parties, read_through

from coopllm.dates import names_no_date, resolve_date
from coopllm.schema import Agreement, Party, Signatory

_MARCH = dt.date(2026, 3, 16)


def test_a_sum_is_no_date() -> None:
    assert resolve_date("S/ 2.4 million", _MARCH) is None
    assert resolve_date("a KSh 3.4 billion plant", _MARCH) is None
    assert names_no_date("S/ 2.4 million")
    assert resolve_date("3 million people on 12 March", _MARCH) == dt.date(2026, 3, 12)


def test_a_founded_bodys_short_name_beside_its_full_one_is_dropped() -> None:
    text = (
        "The council and the university last Thursday signed an agreement to set up the Tarn "
        "Valley Glacier Monitoring Laboratory. The Agreement for the Joint Establishment of the "
        "Tarn Laboratory was signed in Cusco by Dr. Ana Ruiz and Tom Hale.\n"
    )
    given = Agreement(
        title="Agreement for the Joint Establishment of the Tarn Laboratory",
        parties=named_parties("council", "university"),
        signatories=[Signatory(name="Ana Ruiz"), Signatory(name="Tom Hale")],
        established_entities=["Tarn Valley Glacier Monitoring Laboratory", "Tarn Laboratory"],
    )
    (agreement,) = read_through(text, _MARCH, given)
    assert agreement.established_entities == ["Tarn Valley Glacier Monitoring Laboratory"]


def test_a_partys_description_given_as_its_name_gives_way_to_its_name() -> None:
    text = (
        "Kelso Harbour Authority signed a Memorandum of Understanding on Wednesday with Tarka "
        "Wind UK Limited, the Leith-registered subsidiary through which Norway's Tarka Wind AS "
        "runs its British business. It was signed by Morag Bell and Anders Lie.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=[
            Party(name="Kelso Harbour Authority"),
            Party(
                name="Leith-registered subsidiary through which Norway's Tarka Wind AS runs its "
                "British business",
                aliases=["Tarka Wind UK Limited"],
            ),
        ],
        signatories=[Signatory(name="Morag Bell"), Signatory(name="Anders Lie")],
    )
    (agreement,) = read_through(text, _MARCH, given)
    assert [p.name for p in agreement.parties] == [
        "Kelso Harbour Authority",
        "Tarka Wind UK Limited",
    ]


def test_a_word_in_lower_case_is_no_alias() -> None:
    text = (
        "Pentland Coast College and Northmuir Council signed a Collaboration Agreement on "
        "Wednesday. The college's principal, Helen Baird, and the council's convener, Rhona "
        "Gunn, signed it.\n"
    )
    given = Agreement(
        title="Collaboration Agreement",
        parties=[
            Party(name="Pentland Coast College", aliases=["principal"]),
            Party(name="Northmuir Council", aliases=["convener"]),
        ],
        signatories=[Signatory(name="Helen Baird"), Signatory(name="Rhona Gunn")],
    )
    (agreement,) = read_through(text, _MARCH, given)
    assert [p.aliases for p in agreement.parties] == [[], []]
