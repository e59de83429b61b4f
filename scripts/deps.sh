# Debian 12 packages newsgraph needs, and a function that installs the missing ones.
# Sourced by scripts/run.sh and scripts/test.sh.
NG_BUILD_PKGS=(g++ cmake ninja-build pkg-config libserd-dev libsord-dev libboost-graph-dev libspdlog-dev
  libcli11-dev nlohmann-json3-dev libutf8proc-dev libcurl4-openssl-dev libmimalloc-dev iso-codes)
NG_TEST_PKGS=(googletest libgtest-dev serdi curl python3-rdflib raptor2-utils virtuoso-opensource-7-bin graphviz libxml2-utils)
# Jena, Java and N3.js are installed by ../shared/tools/rdf-validate.sh --install, which skips what is present.

ng_install() {  # ng_install PKG...: apt-get install what is not installed yet
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "newsgraph: installing ${missing[*]}" >&2
  local sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

ng_build() {  # ng_build BUILD_DIR [cmake args...]: configure and build
  local dir=$1; shift
  cmake -S "$NG_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$dir" -j "$(nproc)"
}
