#!/bin/sh
# byline-fresh-library.sh BINARY [OPTIONS...] ARTICLE
#
# Runs the reader on ARTICLE in a library of its own: a new library in a temporary folder,
# ARTICLE added and indexed first (`byline add`), then `BINARY --library LIB OPTIONS... ARTICLE`.
# For benchmarks that start the reader on a generated file (Benchmarks/ssh-bandwidth.py): with
# the user's library the article could already be there from an earlier run's file, and a
# fresh library indexed in the background could still be empty when the first key arrives.
set -u
binary=$1
shift
for article; do :; done
folder=$(mktemp -d "${TMPDIR:-/tmp}/byline-bench-library.XXXXXX") || exit 1
"$binary" add --library "$folder/library.sqlite" "$article" >/dev/null 2>&1
"$binary" --library "$folder/library.sqlite" "$@"
status=$?
rm -rf "$folder"
exit $status
