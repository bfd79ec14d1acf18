"""Rules made from the forty-fifth blind set's misses, each on a text of our own that fails
on the code before them: words of a sentence a model gives as a Chinese person's name
("…及…出席见证") are no signer; a person the headline says signed and the body says
witnessed, given in both roles, is a witness."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement


def test_words_of_a_sentence_are_no_persons_name() -> None:
    text = (
        "維港大學與灣區科技園管委會於11月20日簽署合作備忘錄。維港大學副校長陳浩文與管委會主任劉志強"
        "代表雙方簽署備忘錄，校長王啟明教授及副市長李曉東出席見證。\n"
    )
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("維港大學", "灣區科技園管委會"),
        signatories=named_people("陳浩文", "劉志強", "校長王啟明教授及副市長李曉東出席見證"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 24), given)
    assert [p.name for p in kept[0].signatories] == ["陳浩文", "劉志強"]


def test_a_headlines_signer_the_body_says_witnessed_is_a_witness() -> None:
    text = (
        "校党委书记周启明带队赴青岚县调研并签署校地合作协议\n\n"
        "11月14日下午，汉江农业大学与青岚县人民政府校地合作签约仪式举行。副校长林晓燕与县长马丽娟"
        "分别代表双方签署《校地合作协议》，周启明、韩卫东共同见证签约。\n"
    )
    given = Agreement(
        title="校地合作协议",
        parties=named_parties("汉江农业大学", "青岚县人民政府"),
        signatories=named_people("周启明", "林晓燕", "马丽娟"),
        witnesses=named_people("周启明", "韩卫东"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 17), given)
    assert [p.name for p in kept[0].signatories] == ["林晓燕", "马丽娟"]
    assert [p.name for p in kept[0].witnesses] == ["周启明", "韩卫东"]
