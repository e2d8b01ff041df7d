#!/bin/sh
# Add CoopDesk to this user's application menu (no administrator rights):
# run it from the unpacked folder, where it stays. Removing the folder and
# ~/.local/share/applications/coopdesk.desktop undoes it; the data
# (~/.local/share/CoopDesk) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons"
cp -r "$here/icons/." "$data/icons/"
sed "s|^Exec=coopdesk|Exec=\"$here/coopdesk\"|" "$here/coopdesk.desktop" \
    > "$data/applications/coopdesk.desktop"
echo "CoopDesk is in the menu; it runs $here/coopdesk"
