#!/bin/sh
# Runs the atlas benchmarks and their iblatlas peer back to back, so that the
# ratio between them is measured under the same conditions:
#
#   1. AtlasLookup (Swift, release build): 1,000,000 in-brain points looked up on
#      the 25 µm Allen annotation; writes the points and its labels to
#      Benchmarks/.build-data/ for step 2.
#   2. Benchmarks/peers/iblatlas_get_labels.py: iblatlas get_labels on the same
#      points, the labels compared with StereotaxKit's.
#   3. AtlasOpen (Swift): opening the annotation cold (gzip NRRD) and warm (.stxcache).
#
# Usage, from anywhere:
#   STEREOTAX_ATLAS_PATH=/path/to/atlases Benchmarks/run-atlas-benchmarks.sh
# where /path/to/atlases holds allen-ccf-2017/annotation_25.nrrd and structures.csv
# (scripts/fetch-atlas puts them in ~/.cache/stereotax/atlases, which is searched too).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

swift package --package-path Benchmarks benchmark --target AtlasLookup
python3 Benchmarks/peers/iblatlas_get_labels.py
swift package --package-path Benchmarks benchmark --target AtlasOpen
