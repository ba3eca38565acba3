#!/bin/sh
# Regenerates the corpus: NAME.py from cases.py, NAME.err from CPython 3.14
# (/work/shared/tools/cpython314). Run from this directory.
set -e
python3 - <<'PY'
from cases import CASES
import os, glob
for f in glob.glob("*.py"):
    if f not in ("cases.py",):
        os.remove(f)
for name, src in CASES.items():
    with open(name + ".py", "w", newline="") as f:
        f.write(src)
PY
rm -rf /tmp/ouro-syntax-errors && mkdir -p /tmp/ouro-syntax-errors
files=$(ls *.py | grep -v '^cases.py$')
/work/shared/tools/cpython314 --batch /tmp/ouro-syntax-errors $files > /dev/null 2>&1 || true
for f in $files; do
  n=${f%.py}
  sed "s|\"$(pwd)/$f\"|\"FILE\"|" /tmp/ouro-syntax-errors/$n.err > $n.err
done
