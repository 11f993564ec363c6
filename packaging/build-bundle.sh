#!/usr/bin/env bash
# Build the self-contained bundle dist/tmsplanner/ (PyInstaller, one folder): the
# executable dist/tmsplanner/tmsplanner runs the window and the command line
# on a machine without Python.
#
#   packaging/build-bundle.sh
#
# The build runs in its own virtual environment (build/bundle-venv, kept between
# builds; delete it for a clean one) holding only tmsplanner, its dependencies and
# PyInstaller, so nothing from a development environment ends up in the bundle.
# Environment: PYTHON (default python3, 3.11 or newer), BUNDLE_VENV, DIST_DIR
# (default dist), WORK_DIR (PyInstaller's scratch folder, default build/pyinstaller),
# PIP_ARGS (extra pip options, e.g. a mirror).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=${BUNDLE_VENV:-build/bundle-venv}
dist=${DIST_DIR:-dist}
work=${WORK_DIR:-build/pyinstaller}
start=$(date +%s)

if [ ! -x "$venv/bin/python" ]; then
    echo "+ creating the build environment $venv"
    "$python" -m venv "$venv"
fi
# shellcheck disable=SC2086
"$venv/bin/python" -m pip install -q --disable-pip-version-check ${PIP_ARGS:-} '.[bundle]'

echo "+ pyinstaller packaging/tmsplanner.spec"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/tmsplanner.spec

"$dist/tmsplanner/tmsplanner" --version
echo "built $dist/tmsplanner/ ($(du -sh "$dist/tmsplanner" | cut -f1)) in $(( $(date +%s) - start )) s"
