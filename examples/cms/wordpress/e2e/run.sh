#!/usr/bin/env bash
# End-to-end test of the Summar Excerpts WordPress plugin, in one command:
#
#   bash examples/cms/wordpress/e2e/run.sh [WORK_DIR]
#   ninja -C build wordpress-e2e            (the same, WORK_DIR in build/)
#
# It installs Debian's WordPress, MariaDB, PHP 8.2 and Chromium (apt, only
# what is missing), builds the summar PHP extension from this checkout,
# starts a private MariaDB server and PHP's built-in web server (both on
# 127.0.0.1 only, both stopped on exit), installs a WordPress site through
# wp-admin/install.php, activates the plugin, posts an Arabic and an English
# news article, and checks in headless Chromium that their excerpts are
# libsummar's summaries (browse.py says exactly what is asserted).
# Screenshots go to WORK_DIR/screenshots (printed at the end).
#
# Run as root on a Debian 12 machine that may install packages.  It writes
# /etc/wordpress/config-127.0.0.1.php (WordPress's per-host config in
# Debian) if it does not exist, and the plugin into
# /var/lib/wordpress/wp-content/plugins/.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../../.." && pwd)
work=$(mkdir -p "${1:-$root/build/wordpress-e2e}" && cd "${1:-$root/build/wordpress-e2e}" && pwd)
host=127.0.0.1
web_port=${SUMMAR_E2E_WEB_PORT:-8087}
db_port=${SUMMAR_E2E_DB_PORT:-3387}
wp_root=/usr/share/wordpress
content_dir=/var/lib/wordpress/wp-content
wp_config=/etc/wordpress/config-$host.php
marker='libsummar WordPress end-to-end test'

log() { printf '== %s\n' "$*"; }
die() { printf 'wordpress-e2e: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs packages and writes /etc/wordpress)"

# ------------------------------------------------------------- packages
bash "$root/.ci/install-deps"
pkgs=(wordpress wordpress-theme-twentytwentythree mariadb-server mariadb-client
      php8.2-cli php8.2-mysql php8.2-dev chromium chromium-driver python3-selenium)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ---------------------------------------------------- the PHP extension
build=$work/build
log "building the summar PHP extension in $build"
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$root" -Dphp=enabled -Dtests=false -Dexamples=false \
    -Dpython=disabled -Dlua=disabled >"$work/meson-setup.log" 2>&1 ||
    { tail -20 "$work/meson-setup.log" >&2; die "meson setup failed (log: $work/meson-setup.log)"; }
fi
nice ninja -C "$build" -j2 >"$work/ninja.log" 2>&1 ||
  { tail -30 "$work/ninja.log" >&2; die "build failed (log: $work/ninja.log)"; }
ext=$(find "$build/bindings" -name summar.so -print -quit)
[ -n "$ext" ] || die "the build made no summar.so under $build/bindings"
php_ext=(-d "extension=$ext")
php "${php_ext[@]}" -r 'exit(extension_loaded("summar") && function_exists("Summar\\summarize") ? 0 : 1);' ||
  die "$ext does not load into php8.2-cli or lacks Summar\\summarize()"
log "extension $ext: libsummar $(php "${php_ext[@]}" -r 'echo Summar\version();')"

# ------------------------------------------------------------ services
# Each service runs in a process group of its own (setsid), so stopping it
# also stops what it forked (the PHP server's workers).
pids=()
cleanup() {
  local rc=$?
  for pid in "${pids[@]}"; do
    kill -- "-$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  [ $rc -eq 0 ] || printf 'wordpress-e2e: FAILED (logs in %s)\n' "$work" >&2
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...
  local t=$1 what=$2
  shift 2
  for _ in $(seq "$((t * 5))"); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  die "$what did not come up in ${t}s"
}

# A private MariaDB server: its own data directory, socket and port, bound
# to 127.0.0.1, started fresh every run and stopped on exit.
db=$work/mariadb
rm -rf "$db"
mkdir -p "$db/data"
log "starting MariaDB on $host:$db_port"
mariadb-install-db --no-defaults --user=root --datadir="$db/data" \
  --auth-root-authentication-method=socket --skip-test-db >"$db/install.log" 2>&1 ||
  { tail -20 "$db/install.log" >&2; die "mariadb-install-db failed"; }
setsid mariadbd --no-defaults --user=root --datadir="$db/data" --socket="$db/sock" \
  --pid-file="$db/pid" --bind-address=$host --port="$db_port" \
  --skip-log-bin --log-error="$db/error.log" &
pids+=($!)
sql() { mariadb --no-defaults --socket="$db/sock" -u root "$@"; }
wait_for 30 MariaDB sql -e 'SELECT 1'

# WordPress's per-host config, written afresh on each run.  An existing one
# not written by this script is someone's site: it is left alone.
if [ -f "$wp_config" ] && ! grep -q "$marker" "$wp_config"; then
  die "$wp_config exists and was not written by this test; move it away to run the test"
fi
log "writing $wp_config"
pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mkdir -p /etc/wordpress
(umask 077 && cat >"$wp_config" <<EOF
<?php
// $marker: a site on $host served by PHP's built-in server.
define( 'DB_NAME', 'summar_e2e' );
define( 'DB_USER', 'summar_e2e' );
define( 'DB_PASSWORD', '$pw' );
define( 'DB_HOST', '$host:$db_port' );
define( 'WP_CONTENT_DIR', '$content_dir' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$work/wp-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
// No update checks or other requests leave the machine.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
// One site, two servers (with and without the extension): links follow the
// port the page was asked on.
if ( isset( \$_SERVER['HTTP_HOST'] ) && preg_match( '/^127\\.0\\.0\\.1:[0-9]+\$/', \$_SERVER['HTTP_HOST'] ) ) {
	define( 'WP_HOME', 'http://' . \$_SERVER['HTTP_HOST'] );
	define( 'WP_SITEURL', 'http://' . \$_SERVER['HTTP_HOST'] );
}
EOF
)
cfg() { php -r "error_reporting(0); \$_SERVER['HTTP_HOST'] = '$host'; include '$wp_config'; echo $1;"; }
db_name=$(cfg DB_NAME)
db_user=$(cfg DB_USER)
db_pass=$(cfg DB_PASSWORD)
log "creating database $db_name and user $db_user"
sql <<EOF
CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_pass';
CREATE USER '$db_user'@'localhost' IDENTIFIED BY '$db_pass';
GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_user'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_user'@'localhost';
EOF

# The plugin, fresh from the checkout.
plugin_dir=$content_dir/plugins/summar-excerpts
rm -rf "$plugin_dir"
cp -r "$root/examples/cms/wordpress/summar-excerpts" "$plugin_dir"
rm -f "$work/wp-debug.log"

# Two servers on the same site: with the extension, and without it (to see
# the plugin fall back to WordPress's excerpt).
serve() {  # serve PORT LOGNAME [PHP OPTIONS...]
  local port=$1 name=$2
  shift 2
  log "starting PHP's built-in server on http://$host:$port/ ($name)"
  PHP_CLI_SERVER_WORKERS=4 SUMMAR_E2E_CONTENT_DIR=$content_dir \
    setsid php "$@" -d display_errors=0 -d log_errors=1 -d "error_log=$work/$name.log" \
    -S "$host:$port" -t "$wp_root" "$here/router.php" >"$work/$name.out" 2>&1 &
  pids+=($!)
  wait_for 20 "the web server on port $port" \
    php -r "exit(@file_get_contents('http://$host:$port/readme.html') === false ? 1 : 0);"
}
serve "$web_port" php-server "${php_ext[@]}"
serve "$((web_port + 1))" php-server-plain

# ------------------------------------------ site, plugin, posts, browser
mkdir -p "$work/screenshots"
/usr/bin/python3 "$here/browse.py" \
  --url "http://$host:$web_port" --plain-url "http://$host:$((web_port + 1))" \
  --work "$work" --articles "$here/articles" \
  --sql "mariadb --no-defaults --socket=$db/sock -u root $db_name"

if [ -s "$work/wp-debug.log" ] && grep -q 'summar' "$work/wp-debug.log"; then
  cat "$work/wp-debug.log" >&2
  die "PHP notices from the plugin (above)"
fi
log "passed; screenshots in $work/screenshots"
ls -1 "$work/screenshots"
