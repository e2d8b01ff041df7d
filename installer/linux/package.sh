#!/bin/sh
# Package the frozen folder for Linux: a tarball, and an AppImage where
# appimagetool is on PATH. installer/build.py --package runs it as
#   sh installer/linux/package.sh FROZEN_DIR VERSION MACHINE OUT_DIR
set -eu
frozen=$1 version=$2 machine=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
icons=$here/../../resources/icons
name=CoopDesk-$version-linux-$machine
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The tarball: the frozen folder as it is, with the desktop entry and the icons
# in the freedesktop layout, so that `install-desktop-entry.sh` can add them to
# the user's menu without administrator rights.
mkdir -p "$stage/$name"
cp -a "$frozen/." "$stage/$name/"
cp "$here/coopdesk.desktop" "$here/install-desktop-entry.sh" "$stage/$name/"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$stage/$name/icons/hicolor/${size}x${size}/apps"
    cp "$icons/coopdesk-$size.png" "$stage/$name/icons/hicolor/${size}x${size}/apps/coopdesk.png"
done
mkdir -p "$stage/$name/icons/hicolor/scalable/apps"
cp "$icons/coopdesk.svg" "$stage/$name/icons/hicolor/scalable/apps/coopdesk.svg"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
echo "made $out/$name.tar.gz"

if command -v appimagetool >/dev/null 2>&1; then
    appdir=$stage/CoopDesk.AppDir
    mkdir -p "$appdir/usr/lib"
    cp -a "$frozen" "$appdir/usr/lib/coopdesk"
    cp "$here/coopdesk.desktop" "$appdir/coopdesk.desktop"
    cp "$icons/coopdesk-256.png" "$appdir/coopdesk.png"
    printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/lib/coopdesk/coopdesk" "$@"\n' \
        > "$appdir/AppRun"
    chmod +x "$appdir/AppRun"
    ARCH=$machine appimagetool --no-appstream "$appdir" "$out/$name.AppImage"
    echo "made $out/$name.AppImage"
else
    echo "appimagetool is not on PATH: no AppImage (the tarball is enough to run CoopDesk)"
fi
