# Checks the .msi built in target\installer as an officer would meet it, on a Windows runner: installs it
# for the current user without administrator rights, finds the shortcuts, starts the app (--smoke) on the
# default data folder, makes the start-up archive and checks the JVM maps it, runs the command line through
# the console launcher Tianbao.com, then uninstalls and checks that the data folder is untouched. Run from the project folder after mvn -Pinstaller package.
$ErrorActionPreference = 'Stop'
$msi = Get-ChildItem target\installer\*.msi | Select-Object -First 1
$installLog = Join-Path $env:RUNNER_TEMP 'install.log'
$dir = Join-Path $env:LOCALAPPDATA 'Programs\Tianbao'
$data = Join-Path $env:LOCALAPPDATA 'Tianbao'
$appLog = Join-Path $data 'logs\tianbao-0.log'

# Starts a program and waits at most 3 minutes (a launcher that cannot start a JVM may show a message box).
function Run($file, $arguments) {
    $p = Start-Process $file -ArgumentList $arguments -PassThru
    $null = $p.Handle
    if (-not $p.WaitForExit(180000)) {
        Stop-Process -Id $p.Id -Force
        throw "$file $arguments did not finish within 3 minutes"
    }
    Write-Host "$file $arguments -> exit code $($p.ExitCode)"
    return $p.ExitCode
}

function ShownCount {
    if (Test-Path $appLog) { return (Select-String -Path $appLog -Pattern 'window shown after' -SimpleMatch).Count }
    return 0
}

if ((Run 'msiexec.exe' "/i `"$($msi.FullName)`" /qn /l*v `"$installLog`"") -ne 0) {
    Get-Content $installLog -Tail 60
    throw "installing $($msi.Name) failed"
}
if (-not (Test-Path "$dir\Tianbao.exe")) { throw "no Tianbao.exe in $dir" }
$menu = Join-Path ([Environment]::GetFolderPath('Programs')) '填报通\Tianbao.lnk'
$desktop = Join-Path ([Environment]::GetFolderPath('Desktop')) 'Tianbao.lnk'
foreach ($shortcut in @($menu, $desktop)) {
    if (-not (Test-Path $shortcut)) { throw "no shortcut $shortcut" }
}
Write-Output "installed in $dir ($([math]::Round((Get-ChildItem $dir -Recurse | Measure-Object Length -Sum).Sum / 1MB, 1)) MB), shortcuts present"

# The installed app opens its window on the default data folder.
Run "$dir\Tianbao.exe" '--smoke' | Out-Null
if ((ShownCount) -lt 1) { throw "the installed app did not show its window (see $appLog)" }

# The start-up archive for the installed place; with -Xshare:on the JVM refuses to start without it.
Run "$dir\Tianbao.exe" '--rebuild-class-archive' | Out-Null
if ((Get-Item "$dir\app\tianbao.jsa.stamp").Length -eq 0) { throw 'no start-up archive was made' }
$before = ShownCount
$env:JAVA_TOOL_OPTIONS = '-Xshare:on'
Run "$dir\Tianbao.exe" '--smoke' | Out-Null
Remove-Item Env:\JAVA_TOOL_OPTIONS
if ((ShownCount) -le $before) { throw 'the JVM could not map the start-up archive' }
Get-Content $appLog -Tail 5

# The command line: Tianbao.com, the console twin of Tianbao.exe, is what "tianbao" runs in a command
# prompt in that folder (PATHEXT puts .COM before .EXE). Under -Xshare:on, --version also shows that it maps
# the same start-up archive (it reads the same app\Tianbao.cfg). Native commands' stderr is captured, not
# an error of this script.
if (-not (Test-Path "$dir\Tianbao.com")) { throw "no Tianbao.com in $dir" }
$ErrorActionPreference = 'Continue'
Push-Location $dir
$env:JAVA_TOOL_OPTIONS = '-Xshare:on'
$version = (cmd /c 'tianbao --version' 2>&1) -join ' '
$versionExit = $LASTEXITCODE
Remove-Item Env:\JAVA_TOOL_OPTIONS
Pop-Location
$cliData = Join-Path $env:RUNNER_TEMP 'cli-data'
$export = Join-Path $env:RUNNER_TEMP 'cli-export.xlsx'
& "$dir\Tianbao.com" export --data $cliData --out $export
$exportExit = $LASTEXITCODE
$said = (& "$dir\Tianbao.com" import --data $cliData (Join-Path $env:RUNNER_TEMP 'missing.xlsx') 2>&1) -join ' '
$missingExit = $LASTEXITCODE
$ErrorActionPreference = 'Stop'
if ($versionExit -ne 0 -or $version -notmatch 'Tianbao \d+\.\d+\.\d+') { throw "tianbao --version in $dir: exit $versionExit, '$version'" }
if ($exportExit -ne 0 -or -not (Test-Path $export)) { throw "tianbao export did not write $export (exit $exportExit)" }
if ($missingExit -ne 1) { throw "tianbao import of a missing file: exit $missingExit instead of 1 ('$said')" }
Write-Output "command line: '$version'; export wrote $((Get-Item $export).Length) bytes; a missing file: exit 1"

# Uninstalling removes the app and leaves the officer's data.
if ((Run 'msiexec.exe' "/x `"$($msi.FullName)`" /qn") -ne 0) { throw 'uninstalling failed' }
if (Test-Path "$dir\Tianbao.exe") { throw 'Tianbao.exe is still there after uninstalling' }
if (-not (Test-Path (Join-Path $data 'tianbao.mv.db'))) { throw 'uninstalling touched the data folder' }
Write-Output "uninstalled; $data still holds the database"
