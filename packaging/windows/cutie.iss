; Inno Setup 6 script for Cutie: Start menu entry, file associations, uninstaller.
; Built by `python packaging/build.py windows`, which passes the defines below, e.g.
;   ISCC /DAppVersion=0.1.0 /DAppId=org.example.cutie /DSourceDir=dist\cutie /DIconDir=build\icons
;        /DOutputDir=dist packaging\windows\cutie.iss
; Installs per user by default (no admin rights needed); an administrator may choose all users.

#ifndef AppVersion
  #error Run `python packaging/build.py windows`: AppVersion, AppId, SourceDir, IconDir and OutputDir are needed
#endif

[Setup]
; The uninstall key: never change this GUID, or upgrades install beside the old version.
AppId={{14958352-1509-5DEE-B61B-CABCAD7F900A}
AppName=Cutie
AppVersion={#AppVersion}
AppVerName=Cutie {#AppVersion}
AppPublisher=Cutie Developers
DefaultDirName={autopf}\Cutie
DefaultGroupName=Cutie
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Cutie-{#AppVersion}-setup
SetupIconFile={#IconDir}\cutie.ico
UninstallDisplayIcon={app}\cutie.exe
UninstallDisplayName=Cutie
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#IconDir}\cutie-project.ico"; DestDir: "{app}\icons"; Flags: ignoreversion
Source: "{#IconDir}\cutie-pack.ico"; DestDir: "{app}\icons"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Cutie"; Filename: "{app}\cutie.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\Cutie"; Filename: "{app}\cutie.exe"; Tasks: desktopicon

[Registry]
; project.cutie (a project's database) opens its project; .cutiepack imports a pack.
Root: HKA; Subkey: "Software\Classes\.cutie\OpenWithProgids"; ValueType: string; ValueName: "Cutie.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Cutie.Project"; ValueType: string; ValueName: ""; ValueData: "Cutie project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Cutie.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\cutie-project.ico"
Root: HKA; Subkey: "Software\Classes\Cutie.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cutie.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.cutiepack\OpenWithProgids"; ValueType: string; ValueName: "Cutie.Pack"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Cutie.Pack"; ValueType: string; ValueName: ""; ValueData: "Cutie pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Cutie.Pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\cutie-pack.ico"
Root: HKA; Subkey: "Software\Classes\Cutie.Pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cutie.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\cutie.exe\SupportedTypes"; ValueType: string; ValueName: ".cutie"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\cutie.exe\SupportedTypes"; ValueType: string; ValueName: ".cutiepack"; ValueData: ""

[Run]
Filename: "{app}\cutie.exe"; Description: "{cm:LaunchProgram,Cutie}"; Flags: nowait postinstall skipifsilent
