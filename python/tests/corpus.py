"""Generated articles for the tests and the benchmark: stories, each carried by several outlets
with light edits (words changed, dropped or added, a dateline, another quotation mark), some
with an emoji or accents (offsets), a standing line shared by many articles (boilerplate), a
paragraph repeated inside an article, and one story carried by more than MAX_POSTINGS outlets.

The words are drawn at random from a small French and English vocabulary written for the tests,
so the texts mean nothing, but their shapes are those of a wire archive.
"""

from __future__ import annotations

import random

WORDS = (
    "le la les un une des du de et à pour dans sur avec sans après avant selon contre "
    "conseil maire ville région budget école route hôpital gare usine marché élection "
    "ministre député préfet syndicat entreprise salariés grève accord projet réforme "
    "a voté a annoncé a déclaré prévoit propose refuse réclame mardi jeudi samedi soir "
    "millions euros habitants emplois travaux hiver été prochain dernier nouveau grand "
    "the council mayor city budget school road hospital station plant market election "
    "minister union company workers strike deal plan reform said announced voted "
    "Tuesday Thursday night million dollars residents jobs winter summer next last new "
    "Zürich Québec Besançon Saint-Étienne 🎉 l’usine aujourd’hui « » — Ελλάδα 日本"
).split()

STANDING = "Cet article vous est proposé par la rédaction, retrouvez toute l'actualité de votre région chaque matin dans notre lettre d'information gratuite."


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def story(rng: random.Random) -> str:
    return " ".join(sentence(rng, rng.randint(12, 24)) for _ in range(rng.randint(4, 9)))


def edit(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(0, 6)):
        i = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.4:
            words[i] = rng.choice(WORDS)
        elif roll < 0.7 and len(words) > 20:
            del words[i]
        else:
            words.insert(i, rng.choice(WORDS))
    out = " ".join(words)
    if rng.random() < 0.3:
        out = rng.choice(["PARIS (AFP) — ", "Lyon. ", "🎉 ", "LONDON — "]) + out
    return out


def articles(n: int, seed: int = 7, copies: tuple[int, int] = (1, 6), star: int = 0,
             standing: float = 0.15) -> list[dict[str, str]]:
    """About `n` articles; each story has `copies` copies; `star` copies of one more story;
    a share `standing` of the articles end with the standing line."""
    rng = random.Random(seed)
    out: list[dict[str, str]] = []
    s = 0
    while len(out) < n:
        base = story(rng)
        for c in range(rng.randint(*copies)):
            body = base if c == 0 else edit(rng, base)
            parts = [sentence(rng, rng.randint(8, 20)), body]
            if rng.random() < standing:
                parts.append(STANDING)
            if rng.random() < 0.05:
                parts.append(parts[1])  # a paragraph repeated inside the article
            out.append({"id": f"s{s}-c{c}", "text": "\n\n".join(parts)})
        s += 1
    base = story(rng)
    for c in range(star):
        out.append({"id": f"wire-{c}", "text": f"{sentence(rng, 10)}\n\n{edit(rng, base)}"})
    rng.shuffle(out)
    return out
