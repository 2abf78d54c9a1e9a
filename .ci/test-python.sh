#!/usr/bin/env bash
# Builds the Python wheel (maturin, abi3), installs it into .ci/venv, and runs the package's
# tests (python/tests: the functions against the CLI, the Spark job in local[2] against the
# CLI's duplicates). Needs .ci/setup.sh --test and target/release/article-analyser.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="$PWD/.ci/venv"
[ -x target/release/article-analyser ] || cargo build --release
rm -rf target/wheels
(cd python && "$venv/bin/maturin" build --quiet -o ../target/wheels)
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/article_analyser-*.whl
export ARTICLE_ANALYSER_CLI="$PWD/target/release/article-analyser"
export PYSPARK_PYTHON="$venv/bin/python"
# Run from the tests folder so that `import article_analyser` finds the installed wheel, not
# the source folder (which has no native module).
cd python/tests
"$venv/bin/python" -m unittest -v test_core test_spark 2>&1 | grep -v -E '^\s*$|WARN |log4j|setLogLevel'
exit "${PIPESTATUS[0]}"
