#!/usr/bin/env bash
# Builds the libFuzzer harnesses (build/fuzz, the main project with
# IMGCOST_FUZZ=ON) and runs each for SECONDS
# (default 60), in parallel when JOBS > 1. Usage: tests/fuzz/run.sh [SECONDS] [NAME...]
# NAME is catalog, scenario or link (default: all three).
# A finding leaves its input in build/fuzz/findings/NAME/ and makes the script
# exit 1; replay one with build/fuzz/NAME_fuzzer FILE.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
names=("$@")
((${#names[@]})) || names=(catalog scenario link)
jobs=${JOBS:-$(nproc)}
build=build/fuzz

# The main project with IMGCOST_FUZZ=ON; only the harnesses are built. A
# build/fuzz configured from tests/fuzz (the old separate project) is
# reconfigured; its corpus and findings stay.
if [[ -f $build/CMakeCache.txt ]] && ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$PWD" "$build/CMakeCache.txt"; then
  rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
fi
cmake -S . -B "$build" -DIMGCOST_FUZZ=ON -DCMAKE_CXX_COMPILER="${FUZZ_CXX:-clang++-14}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$jobs" --target "${names[@]/%/_fuzzer}" >/dev/null

# The catalog fuzzer also starts from the real price sheets, read in place so
# the seeds follow the data.
extra_seeds() { [[ $1 == catalog ]] && echo pricing-data || true; }
max_len() { [[ $1 == catalog ]] && echo 32768 || echo 4096; }
dict() { [[ $1 == link ]] && echo tests/fuzz/link.dict || echo tests/fuzz/json.dict; }

run_one() {
  local name=$1 work="$build/corpus/$1" findings="$build/findings/$1"
  mkdir -p "$work" "$findings"
  # The first folder is where libFuzzer adds what it learns; the seeds stay untouched.
  "$build/${name}_fuzzer" "$work" "tests/fuzz/corpus/$name" $(extra_seeds "$name") \
    -max_total_time="$seconds" -max_len="$(max_len "$name")" -dict="$(dict "$name")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$build/$name.log" 2>&1
}

status=0
pids=()
for name in "${names[@]}"; do
  if ((jobs > 1)); then
    run_one "$name" & pids+=("$!:$name")
  else
    run_one "$name" || { status=1; echo "fuzz $name: FINDING (see $build/$name.log)"; }
  fi
done
for entry in "${pids[@]}"; do
  wait "${entry%%:*}" || { status=1; echo "fuzz ${entry#*:}: FINDING (see $build/${entry#*:}.log)"; }
done
for name in "${names[@]}"; do
  runs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$build/$name.log" | tail -n 1 | grep -o '[0-9]*$' || echo "?")
  printf 'fuzz %-9s %ss, %s executions, corpus %s files\n' "$name" "$seconds" "$runs" \
    "$(find "$build/corpus/$name" -type f | wc -l)"
done
exit $status
