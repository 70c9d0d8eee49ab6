#!/usr/bin/env bash
# Scores the entity tagger on the CoNLL-2003 dev split the conlleval way (entity level, exact
# span and type, micro P/R/F1 over PER ORG LOC MISC, plus a row per type): on whole documents
# (later sentences see earlier ones, repeated names agree), on sentences tagged one by one, on
# running text through the tokenizer and rules, and in capitals; then measures its throughput on
# raw text and the model's load time.
#
#   Benchmarks/evaluate-tagger.sh [MODEL]      (default: the bundled model)
#
# Needs ../shared/ner/conll2003-dev.txt (override with NER_DATA=/path/to/dir).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${NER_DATA:-../shared/ner}"
model="${1:-Sources/BylineCore/Resources/Model/ner-tagger.bin}"
if [ ! -f "$data/conll2003-dev.txt" ]; then
  echo "evaluate-tagger: $data/conll2003-dev.txt not found (set NER_DATA)" >&2
  exit 1
fi
swift build -c release --product byline-train >/dev/null
swift build -c release --product byline-bench >/dev/null
echo "== CoNLL-2003 dev, $(basename "$model"), whole documents"
.build/release/byline-train evaluate --model "$model" --data "$data/conll2003-dev.txt"
echo
echo "== the same, each sentence tagged on its own"
.build/release/byline-train evaluate --model "$model" --data "$data/conll2003-dev.txt" --sentences
echo
echo "== the same, whole documents as running text through the tokenizer, sentence splitter and rules"
.build/release/byline-train evaluate --model "$model" --data "$data/conll2003-dev.txt" --raw
echo
echo "== the same, in capitals (headlines)"
.build/release/byline-train evaluate --model "$model" --data "$data/conll2003-dev.txt" --uppercase
echo
echo "== throughput and load time"
.build/release/byline-bench tagger --model "$model" --data "$data/conll2003-dev.txt" --stress
