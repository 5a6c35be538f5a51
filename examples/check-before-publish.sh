#!/usr/bin/env bash
# Check every article in a folder before publication.
#
#   examples/check-before-publish.sh drafts/
#
# Exit status: 0 when no article carries a contradiction, 1 when at least one
# does (its report is written next to it as ARTICLE.claims.md for the review
# ticket), 2 when claimcheck could not read an article or its configuration.
set -u
folder="${1:?usage: $0 FOLDER [MIN_SCORE]}"
min_score="${2:-0.5}"
status=0
for article in "$folder"/*.txt; do
    [ -e "$article" ] || { echo "no .txt files in $folder" >&2; exit 2; }
    claimcheck analyze "$article" --fail-on contradiction --min-score "$min_score" --quiet
    rc=$?
    case $rc in
        0) echo "ok       $article" ;;
        1) echo "CONFLICT $article (see ${article%.txt}.claims.md)"
           claimcheck analyze "$article" --min-score "$min_score" --format markdown \
               --output "${article%.txt}.claims.md"
           status=1 ;;
        *) echo "ERROR    $article (claimcheck exit $rc)" >&2
           exit 2 ;;
    esac
done
exit $status
