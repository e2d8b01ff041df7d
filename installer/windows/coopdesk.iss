; Inno Setup script of CoopDesk's Windows installer: a per-user install, no
; administrator rights. Made by `python installer\build.py --package`, which
; passes the version and the frozen folder:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=..\..\dist\CoopDesk /O..\..\dist coopdesk.iss
; See installer\README.md (building, signing).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (installer\build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CoopDesk"
#endif

[Setup]
; Keep this id for every version: it is how an update finds the installed one.
AppId={{5C1B7E2A-6F0D-4B8E-9C3A-2D7F4E1A9B60}
AppName=CoopDesk
AppVersion={#AppVersion}
AppVerName=CoopDesk {#AppVersion}
AppPublisher=CoopDesk
VersionInfoVersion={#AppVersion}
; Per user: installs under %LOCALAPPDATA%\Programs, asks for no elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\CoopDesk
DefaultGroupName=CoopDesk
DisableProgramGroupPage=yes
OutputBaseFilename=CoopDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\coopdesk.ico
UninstallDisplayIcon={app}\CoopDesk-window.exe
UninstallDisplayName=CoopDesk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running CoopDesk holds its files open: ask to close it before replacing them.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "bulgarian"; MessagesFile: "compiler:Languages\Bulgarian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Everything PyInstaller put in the folder; what a previous version left there
; that this one no longer has is removed first (see [InstallDelete]).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\CoopDesk"; Filename: "{app}\CoopDesk-window.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\CoopDesk"; Filename: "{app}\CoopDesk-window.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\CoopDesk-window.exe"; Description: "{cm:LaunchProgram,CoopDesk}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what [Files] and [Icons] installed. The user's
; data (database, backups, logs, keys: %LOCALAPPDATA%\CoopDesk or the folder
; chosen with COOPDESK_HOME) was never installed, so it stays; no
; [UninstallDelete] entry may name it.
