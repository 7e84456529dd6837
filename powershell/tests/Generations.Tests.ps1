# The commands of every SDK generation (prefixes none, Beta, V2024, V2025,
# V2026), what the SDK's API cmdlets return (dictionaries made by
# ConvertFrom-Json -AsHashtable), both modules in one session, and the daily
# use items: hidden -Secret prompt, which item an error is about, -AccessTokenValiditySeconds
# 1.5, Export-Clixml of the secret, expirationDate under Set-StrictMode.
BeforeDiscovery {
    $Generations = @(
        @{ P = ''; Api = 'New-PersonalAccessTokenV1' }
        @{ P = 'Beta'; Api = 'New-BetaPersonalAccessToken' }
        @{ P = 'V2024'; Api = 'New-V2024PersonalAccessToken' }
        @{ P = 'V2025'; Api = 'New-V2025PersonalAccessToken' }
        @{ P = 'V2026'; Api = 'New-V2026PersonalAccessToken' }
    )
    $Orders = @(@{ Order = 'SDK first' }, @{ Order = 'IscPat first' })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    # A response as the API sends it: pretty-printed, with a key the model does not know.
    $ResponseText = @'
{
  "id": "86f1dc6fe8f54414950454cbb11278fa",
  "secret": "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9",
  "scope": [
    "demo:personal-access-token-scope:first",
    "demo:personal-access-token-scope:second"
  ],
  "name": "NodeJS Integration",
  "owner": {
    "type": "IDENTITY",
    "id": "2c9180a46faadee4016fb4e018c20639",
    "name": "Support"
  },
  "created": "2017-07-11T18:45:37.098Z",
  "accessTokenValiditySeconds": 36900,
  "expirationDate": "2018-01-11T18:45:37.098Z",
  "lastUsed": "2017-08-11T18:45:37.098Z"
}
'@
    $WireJson = $CanonicalJson.TrimEnd('}') + ',"expirationDate":"2018-01-11T18:45:37.098Z"}'
    # What the SDK's API cmdlets return: ConvertFrom-Json -AsHashtable of the response text.
    function New-SdkResponse([string] $Text = $ResponseText) { $Text | ConvertFrom-Json -AsHashtable }
}

Describe 'The commands of SDK generation <P>' -ForEach $Generations {
    It 'lists its four model commands and the module''s ConvertTo commands' {
        $names = (Get-Command -Module IscPat).Name
        foreach ($name in "Initialize-${P}CreatePersonalAccessTokenResponse", "Initialize-${P}PatOwner",
            "ConvertFrom-${P}JsonToCreatePersonalAccessTokenResponse", "ConvertFrom-${P}JsonToPatOwner", 'ConvertTo-IscPatJson', 'ConvertTo-IscPatCredential') {
            $names | Should -Contain $name
        }
    }

    It 'tab-completes Initialize-<P>CreatePersonalAcc' {
        $line = "Initialize-${P}CreatePersonalAcc"
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $completions | Should -Contain "Initialize-${P}CreatePersonalAccessTokenResponse"
    }

    It 'has help whose examples use its names' {
        $help = Get-Help "Initialize-${P}CreatePersonalAccessTokenResponse" -Full
        $code = ($help.examples.example | ForEach-Object code) -join "`n"
        $code | Should -Match ([regex]::Escape("Initialize-${P}CreatePersonalAccessTokenResponse -Id"))
        $code | Should -Match ([regex]::Escape("(Initialize-${P}PatOwner -Type IDENTITY"))
        $code | Should -Match ([regex]::Escape($Api))
        ($help.parameters.parameter | Where-Object name -EQ ExpirationDate).description.Text -join ' ' | Should -Match 'lists ExpirationDate as required'
        (Get-Help "ConvertFrom-${P}JsonToPatOwner" -Examples | Out-String) | Should -Match ([regex]::Escape("ConvertFrom-${P}JsonToPatOwner"))
    }

    It 'runs the documentation''s example, with -ExpirationDate, and ConvertTo-JSON gives the wire JSON' {
        $help = Get-Help "Initialize-${P}CreatePersonalAccessTokenResponse" -Full
        $example = @($help.examples.example)[0].code
        $example | Should -Match '-ExpirationDate 2018-01-11T18:45:37.098Z'
        $json = [scriptblock]::Create($example).Invoke() -join "`n"
        ConvertTo-NormalJson $json | Should -BeExactly $WireJson
    }

    It 'takes what <Api> returns, piped into Initialize-<P>CreatePersonalAccessTokenResponse' {
        $token = New-SdkResponse | & "Initialize-${P}CreatePersonalAccessTokenResponse"
        $token | ConvertTo-IscPatJson -Compress | Should -BeExactly $WireJson
        $token.expirationDate | Should -Be ([datetime]::new(2018, 1, 11, 18, 45, 37, 98, [DateTimeKind]::Utc))
    }

    It 'parses with ConvertFrom-<P>JsonToCreatePersonalAccessTokenResponse and ConvertFrom-<P>JsonToPatOwner' {
        ($ResponseText | & "ConvertFrom-${P}JsonToCreatePersonalAccessTokenResponse").owner.name | Should -Be 'Support'
        ('{"type":"IDENTITY","id":"x","name":"y"}' | & "ConvertFrom-${P}JsonToPatOwner").id | Should -Be 'x'
    }
}

Describe 'SDK-shaped dictionaries' {
    It 'is the SDK''s OrderedHashtable with UTC [datetime] dates' {
        $response = New-SdkResponse
        $response | Should -BeOfType System.Management.Automation.OrderedHashtable
        $response.created | Should -BeOfType datetime
        $response.owner | Should -BeOfType System.Management.Automation.OrderedHashtable
    }

    It 'binds one, skipping the unknown key' {
        $token = New-SdkResponse | Initialize-V2024CreatePersonalAccessTokenResponse -ErrorAction Stop
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $WireJson
        $token.PSObject.Properties.Name | Should -Not -Contain 'lastUsed'
    }

    It 'binds keys without regard to case, dates as text, and a Hashtable' {
        $text = $ResponseText.Replace('"accessTokenValiditySeconds"', '"AccessTokenValiditySeconds"').Replace('"owner"', '"Owner"')
        $response = $text | ConvertFrom-Json -AsHashtable -DateKind String
        $response.created | Should -BeOfType string
        $token = [hashtable]$response | Initialize-CreatePersonalAccessTokenResponse -ErrorAction Stop
        $token | ConvertTo-IscPatJson -Compress | Should -BeExactly $WireJson
    }

    It 'keeps a null scope' {
        $token = New-SdkResponse ($ResponseText -replace '(?s)"scope": \[.*?\]', '"scope": null') | Initialize-BetaCreatePersonalAccessTokenResponse -ErrorAction Stop
        $token.scope | Should -BeNullOrEmpty
        $token | ConvertTo-IscPatJson -Compress | Should -Match '"scope":null'
    }

    It 'makes every good one of many and reports the bad one, naming the field and the item, the secret masked' {
        $bad = New-SdkResponse
        $bad.id = 'second-token'
        $bad.owner.type = $bad.secret
        $tokens = (New-SdkResponse), $bad, (New-SdkResponse) | Initialize-V2025CreatePersonalAccessTokenResponse -ErrorVariable failures -ErrorAction SilentlyContinue
        $tokens.Count | Should -Be 2
        $failures.Count | Should -Be 1
        $failures[0].Exception | Should -BeOfType IdentitySecurityCloud.PersonalAccessTokens.PatException
        $failures[0].Exception.Field | Should -Be 'owner.type'
        $failures[0].Exception.Message | Should -Match "^owner\.type: .* \(item 2, id 'second-token'\)$"
        $failures[0].Exception.Message | Should -Not -Match $DocumentedSecret.Substring(0, 8)
        $failures[0].Exception.Message | Should -Match '\*{8}'
        $failures[0].TargetObject | Should -Be $bad
        ($failures[0] | Out-String) | Should -Not -Match $DocumentedSecret.Substring(0, 8)
    }
}

Describe 'Both modules in one session (<Order>)' -ForEach $Orders {
    BeforeAll {
        $sdk = Join-Path $TestDrive 'PSSailpoint.V2024'
        $null = New-Item -ItemType Directory -Force $sdk
        # A stand-in for the SDK module: its model commands and an API cmdlet, as functions.
        Set-Content (Join-Path $sdk 'PSSailpoint.V2024.psm1') @'
function Initialize-V2024CreatePersonalAccessTokenResponse { param($Id, $Secret, $Scope, $Name, $Owner, $Created, $AccessTokenValiditySeconds, $ExpirationDate) 'SDK' }
function Initialize-V2024PatOwner { param($Type, $Id, $Name) 'SDK' }
function ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse { param($Json) 'SDK' }
function ConvertFrom-V2024JsonToPatOwner { param($Json) 'SDK' }
function New-V2024PersonalAccessToken { param($Text) ConvertFrom-Json $Text -AsHashtable }
'@
        $session = [powershell]::Create([initialsessionstate]::CreateDefault2())
        $imports = @((Join-Path $sdk 'PSSailpoint.V2024.psm1'), $ModulePath)
        if ($Order -eq 'IscPat first') { [array]::Reverse($imports) }
        foreach ($path in $imports) { $null = $session.AddCommand('Import-Module').AddParameter('Name', $path).AddStatement() }
        $session.Invoke()
        function Invoke-InSession([string] $Script, $Argument) {
            $session.Commands.Clear()
            $result = $session.AddScript($Script).AddArgument($Argument).Invoke()
            $session.HadErrors | Should -BeFalse -Because ($session.Streams.Error -join '; ')
            $result
        }
    }
    AfterAll { $session.Dispose() }

    It 'runs IscPat''s commands under the SDK''s names' {
        $types = Invoke-InSession @'
param($text)
(Initialize-V2024PatOwner -Type IDENTITY -Id o -Name n).GetType().FullName
(Initialize-PSSailpoint.V2024PatOwner -Type IDENTITY -Id o -Name n).GetType().FullName
(ConvertFrom-V2024JsonToPatOwner '{"type":"IDENTITY","id":"x","name":"y"}').GetType().FullName
(Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner @{ type = 'IDENTITY'; id = 'o'; name = 'n' } -Created 2017-07-11T18:45:37.098Z).GetType().FullName
(Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner @{ type = 'IDENTITY'; id = 'o'; name = 'n' } -Created 2017-07-11T18:45:37.098Z).GetType().FullName
(ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse $text).GetType().FullName
'@ $CanonicalJson
        $types | Should -Be @('IscPat.V2024PatOwner', 'IscPat.V2024PatOwner', 'IscPat.V2024PatOwner',
            'IscPat.V2024CreatePersonalAccessTokenResponse', 'IscPat.V2024CreatePersonalAccessTokenResponse', 'IscPat.V2024CreatePersonalAccessTokenResponse')
    }

    It 'keeps the SDK''s API cmdlet working, its output piped into IscPat' {
        $json = Invoke-InSession 'param($text) New-V2024PersonalAccessToken -Text $text | Initialize-V2024CreatePersonalAccessTokenResponse | ConvertTo-V2024Json -Compress' $ResponseText
        $json | Should -BeExactly $WireJson
    }

    It 'reaches either module''s command by its module-qualified name' {
        Invoke-InSession 'PSSailpoint.V2024\Initialize-V2024PatOwner -Id o -Name n' | Should -Be 'SDK'
        (Invoke-InSession '(IscPat\Initialize-IscPatV2024PatOwner -Id o -Name n).GetType().FullName') | Should -Be 'IscPat.V2024PatOwner'
    }
}

Describe 'Daily use' {
    It 'declares -Secret a [securestring], so that PowerShell prompts for it with the typing hidden, and still takes text' {
        foreach ($p in '', 'Beta', 'V2024', 'V2025', 'V2026') {
            (Get-Command "Initialize-${p}CreatePersonalAccessTokenResponse").ResolvedCommand.Parameters['Secret'].ParameterType | Should -Be ([securestring])
        }
        (New-DocumentedToken).secret | Should -BeExactly $DocumentedSecret
    }

    It 'says which piped item an error is about: TargetObject the item, the message its position and id' {
        $items = @(
            [pscustomobject]@{ id = 'good'; secret = 's'; name = 'n'; owner = @{ type = 'IDENTITY'; id = 'o'; name = 'n' }; created = '2017-07-11T18:45:37.098Z' }
            [pscustomobject]@{ id = 'late'; secret = 's'; name = 'n'; owner = @{ type = 'IDENTITY'; id = 'o'; name = 'n' }; created = 'yesterday' }
        )
        $made = $items | Initialize-V2024CreatePersonalAccessTokenResponse -ErrorVariable failures -ErrorAction SilentlyContinue
        @($made).Count | Should -Be 1
        $failures[0].TargetObject | Should -Be $items[1]
        $failures[0].Exception.Message | Should -Match "^created: .* \(item 2, id 'late'\)$"
    }

    It 'refuses -AccessTokenValiditySeconds 1.5 as the JSON reader refuses 36900.0' {
        $failure = Get-Failure { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner (New-DocumentedOwner) -Created (Get-Date) -AccessTokenValiditySeconds 1.5 }
        $failure.Record.FullyQualifiedErrorId | Should -BeLike 'IscPat.WrongType,*'
        $failure.Record.Exception.Field | Should -Be 'accessTokenValiditySeconds'
        $json = Get-Failure { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse $CanonicalJson.Replace('36900', '36900.0') }
        $json.Record.FullyQualifiedErrorId | Should -BeLike 'IscPat.WrongType,*'
        (Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner (New-DocumentedOwner) -Created (Get-Date) -AccessTokenValiditySeconds 2).accessTokenValiditySeconds | Should -Be 2
    }

    It 'writes the secret to Export-Clixml as a [securestring], and takes the imported token back' {
        $path = Join-Path $TestDrive 'token.xml'
        $token = New-SdkResponse | Initialize-V2024CreatePersonalAccessTokenResponse
        $token | Export-Clixml $path
        $xml = Get-Content -Raw $path
        $xml | Should -Not -Match $DocumentedSecret
        $xml | Should -Match '<SS N="secureSecret">'
        $imported = Import-Clixml $path
        $imported.secureSecret | Should -BeOfType securestring
        $imported | ConvertTo-IscPatJson -Compress | Should -BeExactly $WireJson
        ($imported | ConvertTo-IscPatCredential).GetNetworkCredential().Password | Should -BeExactly $DocumentedSecret
        $imported | Initialize-V2024CreatePersonalAccessTokenResponse | ConvertTo-IscPatJson -Compress | Should -BeExactly $WireJson
    }

    It 'reads $token.expirationDate of a token without one under Set-StrictMode, and ConvertTo-Json leaves the key out' {
        $token = New-DocumentedToken
        & {
            Set-StrictMode -Version Latest
            $token.expirationDate | Should -BeNullOrEmpty
        }
        $token | ConvertTo-Json -Compress | Should -BeExactly $CanonicalJson
        $token | ConvertTo-IscPatJson -Compress | Should -BeExactly $CanonicalJson
    }
}

Describe 'The prompt for a missing -Secret' {
    BeforeAll {
        # A host that records the fields PowerShell asks it to prompt for,
        # and answers a [securestring] field as a console host does after
        # reading it with the typing hidden.
        Add-Type -ReferencedAssemblies ([psobject].Assembly.Location), 'System.Runtime', 'System.Collections', 'System.Net.Primitives', 'System.ObjectModel', 'System.Console', 'netstandard' -IgnoreWarnings -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

public sealed class IscPatRecordingUI : PSHostUserInterface
{
    public List<string> PromptedTypes = new List<string>();
    public override PSHostRawUserInterface RawUI => null;
    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
    {
        var answers = new Dictionary<string, PSObject>();
        foreach (FieldDescription d in descriptions)
        {
            PromptedTypes.Add(d.ParameterTypeFullName);
            answers[d.Name] = new PSObject(d.ParameterTypeFullName == typeof(SecureString).FullName
                ? (object)new System.Net.NetworkCredential(string.Empty, "typed-unseen").SecurePassword
                : "typed-in-clear");
        }
        return answers;
    }
    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => defaultChoice;
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => null;
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => null;
    public override string ReadLine() => string.Empty;
    public override SecureString ReadLineAsSecureString() => new SecureString();
    public override void Write(string value) { }
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
    public override void WriteDebugLine(string message) { }
    public override void WriteErrorLine(string value) { }
    public override void WriteLine(string value) { }
    public override void WriteProgress(long sourceId, ProgressRecord record) { }
    public override void WriteVerboseLine(string message) { }
    public override void WriteWarningLine(string message) { }
}

public sealed class IscPatRecordingHost : PSHost
{
    private readonly Guid id = Guid.NewGuid();
    public readonly IscPatRecordingUI Recorder = new IscPatRecordingUI();
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public override Guid InstanceId => id;
    public override string Name => "IscPatRecordingHost";
    public override PSHostUserInterface UI => Recorder;
    public override Version Version => new Version(1, 0);
    public override void EnterNestedPrompt() { }
    public override void ExitNestedPrompt() { }
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
    public override void SetShouldExit(int exitCode) { }
}
'@
    }

    It 'asks the host for a [securestring], which hosts read with the typing hidden, for <_>' -ForEach 'Initialize-CreatePersonalAccessTokenResponse', 'Initialize-V2024CreatePersonalAccessTokenResponse' {
        $recordingHost = [IscPatRecordingHost]::new()
        $runspace = [runspacefactory]::CreateRunspace($recordingHost, [initialsessionstate]::CreateDefault2())
        $runspace.Open()
        try {
            $session = [powershell]::Create()
            $session.Runspace = $runspace
            $null = $session.AddCommand('Import-Module').AddParameter('Name', $ModulePath).AddStatement()
            $null = $session.AddScript("$_ -Id i -Name n -Owner @{ type = 'IDENTITY'; id = 'o'; name = 'n' } -Created 2017-07-11T18:45:37.098Z | ForEach-Object secret")
            $secret = $session.Invoke()
            $session.Streams.Error | Should -BeNullOrEmpty
            $recordingHost.Recorder.PromptedTypes | Should -Be @('System.Security.SecureString')
            $secret | Should -Be 'typed-unseen'
        } finally {
            $runspace.Dispose()
        }
    }
}
