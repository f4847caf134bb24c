# Shared set-up for scripts/test and scripts/run-demo; sourced, not run.
# Makes a fresh clone runnable: the virtualenv with its requirements, the npm test tools and the
# Debian packages the browser tests need. Each step is skipped quickly when already satisfied.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV_DIR="$REPO_ROOT/.venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1

say() {
    printf '==> %s\n' "$*" >&2
}

die() {
    printf 'FOUT / ERROR: %s\n' "$*" >&2
    exit 1
}

_apt_updated=""

# Installs Debian packages when running as root; otherwise stops with the command to run.
apt_install() {
    if [[ $(id -u) -ne 0 ]]; then
        die "ontbrekend systeempakket / missing system package: $* — installeer met / install with: sudo apt-get install -y $*"
    fi
    command -v apt-get >/dev/null || die "geen apt-get om $* te installeren / no apt-get to install $*"
    if [[ -z $_apt_updated ]]; then
        say "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        _apt_updated=1
    fi
    say "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

_requirements_hash() {
    cat "$REPO_ROOT/requirements.txt" "$REPO_ROOT/requirements-dev.txt" \
        | { "$VENV_DIR/bin/python" -VV; cat; } | sha256sum | cut -d' ' -f1
}

_requirements_installed() {
    local requirements="$1" wanted="$2"
    [[ "$(cat "$VENV_DIR/.installed-$requirements.sha256" 2>/dev/null)" == "$wanted" ]]
}

# ensure_venv REQUIREMENTS_FILE: creates .venv with python3 if missing and installs the requirements
# unless a stamp in .venv shows they were installed from exactly these requirement files.
# The dev requirements include the runtime ones, so their stamp satisfies requirements.txt too.
ensure_venv() {
    local requirements="$1" wanted
    if ! "$VENV_DIR/bin/python" -c "" 2>/dev/null; then
        command -v python3 >/dev/null || die "python3 niet gevonden / python3 not found"
        say "virtualenv aanmaken / creating virtualenv in .venv"
        python3 -m venv --clear "$VENV_DIR"
    fi
    wanted="$(_requirements_hash)"
    if ! _requirements_installed "$requirements" "$wanted" \
        && ! { [[ $requirements == requirements.txt ]] \
            && _requirements_installed requirements-dev.txt "$wanted"; }; then
        say "pip install -r $requirements"
        "$VENV_DIR/bin/python" -m pip install --quiet -r "$REPO_ROOT/$requirements"
        echo "$wanted" >"$VENV_DIR/.installed-$requirements.sha256"
    fi
    export VIRTUAL_ENV="$VENV_DIR"
    export PATH="$VENV_DIR/bin:$PATH"
}

# The test tools from package.json: axe-core, the Nu Html Checker (vnu-jar) and the LBLOD decision
# validator (@lblod/lib-decision-validation, which works without its install scripts).
ensure_node_modules() {
    local stamp="$REPO_ROOT/node_modules/.package-lock.sha256" wanted
    if ! command -v npm >/dev/null; then
        apt_install nodejs npm
    fi
    wanted="$(sha256sum "$REPO_ROOT/package-lock.json" | cut -d' ' -f1)"
    if [[ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]]; then
        say "npm ci"
        # --ignore-scripts: vnu-jar's postinstall would download a Java runtime; Debian's is used.
        (cd "$REPO_ROOT" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        echo "$wanted" >"$stamp"
    fi
}

# Debian's Chromium (Playwright drives it; never `playwright install`), Java for vnu.jar,
# redis-server, which the test of two app servers starts on a port of its own, and nginx with
# openssl, which run the shipped nginx config in front of the app (tests/deploy).
ensure_browser_test_tools() {
    local missing=()
    # fonts-liberation: metric-compatible Arial/Times, so layouts measure the same on every machine.
    [[ -x /usr/bin/chromium ]] || missing+=(chromium fonts-dejavu-core fonts-liberation)
    command -v java >/dev/null || missing+=(default-jre-headless)
    command -v redis-server >/dev/null || missing+=(redis-server)
    [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
    command -v openssl >/dev/null || missing+=(openssl)
    if ((${#missing[@]})); then
        apt_install "${missing[@]}"
    fi
    [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium ontbreekt / is missing"
    command -v java >/dev/null || die "java ontbreekt / is missing"
    command -v redis-server >/dev/null || die "redis-server ontbreekt / is missing"
    [[ -x /usr/sbin/nginx ]] || die "nginx ontbreekt / is missing"
}
