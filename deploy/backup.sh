#!/usr/bin/env bash
# edu2035 database backup (数据库备份): one pg_dump in custom format (-Fc, compressed, restorable
# table by table with pg_restore), named after the database and the UTC time, then retention.
#
#   DATABASE_URL=postgres://edu2035@127.0.0.1:5432/edu2035 deploy/backup.sh
#
# Environment:
#   DATABASE_URL       the database to dump (required; the API's own variable). A password can
#                      come from ~/.pgpass or PGPASSWORD instead of the URL.
#   BACKUP_DIR         where dumps go (default /var/backups/edu2035); created mode 700.
#   BACKUP_KEEP_DAYS   delete this script's dumps older than this many days (default 14) ...
#   BACKUP_KEEP_MIN    ... but always keep the newest this many (default 7), whatever their age.
#   PG_BIN             folder of pg_dump/pg_restore (default: PATH, else the newest
#                      /usr/lib/postgresql/*/bin). pg_dump must be at least the server's version.
#
# Output: <BACKUP_DIR>/<database>-<YYYYmmddTHHMMSSZ>.dump, mode 600 (it holds personal data:
# names, birth dates, 身份证号 hashes and tails). Written as .partial and renamed once pg_restore
# can read its table of contents, so a file without .partial is a complete dump. Prints the
# file's path on stdout; exits non-zero on any failure (cron/systemd then reports it).
set -euo pipefail
umask 077

: "${DATABASE_URL:?DATABASE_URL 未设置 (set DATABASE_URL to the database to back up)}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/edu2035}"
BACKUP_KEEP_DAYS="${BACKUP_KEEP_DAYS:-14}"
BACKUP_KEEP_MIN="${BACKUP_KEEP_MIN:-7}"

pg_tool() {
  local tool="$1"
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN/$tool"; return; fi
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$newest" ]] || { echo "backup: $tool not found (set PG_BIN)" >&2; exit 1; }
  echo "$newest/$tool"
}
PG_DUMP="$(pg_tool pg_dump)"
PG_RESTORE="$(pg_tool pg_restore)"

# the database name, from the URL's path (without query string)
db_name="${DATABASE_URL##*/}"
db_name="${db_name%%\?*}"
[[ "$db_name" =~ ^[A-Za-z0-9_.-]+$ ]] || { echo "backup: cannot read a database name from DATABASE_URL" >&2; exit 1; }

mkdir -p "$BACKUP_DIR"
chmod 700 "$BACKUP_DIR"

# one backup at a time (a slow dump and the next timer tick must not overlap)
exec 9>"$BACKUP_DIR/.backup.lock"
flock -n 9 || { echo "backup: another backup of $BACKUP_DIR is running" >&2; exit 1; }

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
final="$BACKUP_DIR/$db_name-$stamp.dump"
partial="$final.partial"
trap 'rm -f "$partial"' EXIT

"$PG_DUMP" --format=custom --compress=6 --file="$partial" --dbname="$DATABASE_URL"
# a dump pg_restore cannot list is no backup
"$PG_RESTORE" --list "$partial" >/dev/null
mv "$partial" "$final"
trap - EXIT

# retention: only this script's dumps of this database, never the newest BACKUP_KEEP_MIN
mapfile -t dumps < <(ls -1t "$BACKUP_DIR"/"$db_name"-*.dump 2>/dev/null || true)
for ((i = BACKUP_KEEP_MIN; i < ${#dumps[@]}; i++)); do
  f="${dumps[$i]}"
  if [[ -n "$(find "$f" -maxdepth 0 -mtime +"$BACKUP_KEEP_DAYS" 2>/dev/null)" ]]; then
    rm -f -- "$f"
    echo "backup: removed $f (older than $BACKUP_KEEP_DAYS days)" >&2
  fi
done

echo "$final"
