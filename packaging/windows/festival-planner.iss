; Inno Setup script of the Windows installer (README "Windows"; built by .github/workflows/windows.yml).
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\festival-planner packaging\windows\festival-planner.iss
; Per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\Festival Planner, a Start-menu
; shortcut, an uninstaller (Settings -> Apps) that removes the program only: the user's data folder
; (%APPDATA%\festival-planner: databases, backups, logs) and preferences are never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\festival-planner"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif

[Setup]
; A fixed AppId: a newer installer upgrades the installed copy in place.
AppId={{6C1F3E2A-5B7D-4E0C-9A41-2F9D8B0E7C19}
AppName=Festival Planner
AppVersion={#AppVersion}
AppVerName=Festival Planner {#AppVersion}
AppPublisher=Festival Planner
DefaultDirName={localappdata}\Programs\Festival Planner
DefaultGroupName=Festival Planner
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=festival-planner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Festival Planner
SetupIconFile=festival-planner.ico
UninstallDisplayIcon={app}\festival-planner.exe
CloseApplications=yes

[Languages]
; Inno Setup ships no Vietnamese: Vietnamese.isl (this folder, written for the project) gives the words of
; every page of a per-user install and of the uninstaller, over Inno Setup's English defaults.
Name: "vietnamese"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Festival Planner"; Filename: "{app}\festival-planner.exe"; WorkingDir: "{userdocs}"
Name: "{userdesktop}\Festival Planner"; Filename: "{app}\festival-planner.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\festival-planner.exe"; Description: "{cm:LaunchProgram,Festival Planner}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may hold besides the installed files (Python's caches); never {userappdata}.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
