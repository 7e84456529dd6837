<#
.SYNOPSIS
    Writes the module's MAML help file from powershell/help/IscPat.Help.psd1.
.DESCRIPTION
    Prose (synopsis, description, parameter texts, examples, notes) comes from
    the data file; parameter facts (type, required, position, pipeline input,
    accepted values, aliases) come from the imported module's own metadata,
    so the help cannot drift from the code. Fails when a command or
    parameter has no text.

    The four model commands exist once per SDK generation
    (Initialize-IscPat<P>CreatePersonalAccessTokenResponse, ...); each gets
    its own help from one template of the data file, keyed
    'Initialize-{P}CreatePersonalAccessTokenResponse', with {P} and the other
    placeholders below replaced by its generation's values, so its examples
    use that generation's names.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $HelpData,
    [Parameter(Mandatory)] [string] $Destination
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$module = Import-Module $ModulePath -PassThru -Force
$data = Import-PowerShellDataFile $HelpData
$common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters

$ns = @{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
}

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$null = New-Item -ItemType Directory -Force (Split-Path $Destination)
$w = [System.Xml.XmlWriter]::Create($Destination, $settings)

function Write-Paras([string[]] $Paragraphs) {
    foreach ($p in $Paragraphs) { $w.WriteElementString('maml', 'para', $ns.maml, $p) }
}

function Get-PipelineInput($Parameter) {
    $kinds = @()
    foreach ($set in $Parameter.ParameterSets.Values) {
        if ($set.ValueFromPipeline) { $kinds += 'ByValue' }
        if ($set.ValueFromPipelineByPropertyName) { $kinds += 'ByPropertyName' }
    }
    $kinds = @($kinds | Select-Object -Unique)
    if ($kinds.Count -eq 0) { 'False' } else { 'True (' + ($kinds -join ', ') + ')' }
}

# The type a reader needs: Nullable[long] is shown as Int64; a parameter
# declared [object] (it takes several kinds of values) is described by the
# help data's Types entry, which only such parameters may have.
function Get-ReadableType($Parameter, [string] $TypeText) {
    $type = $Parameter.ParameterType
    if ($type -eq [object]) {
        if (-not $TypeText) { throw "parameter -$($Parameter.Name) takes [object]: its help needs a Types entry naming what it accepts" }
        return @{ Name = $TypeText; FullName = $TypeText }
    }
    if ($TypeText) { throw "parameter -$($Parameter.Name) has a Types entry but a declared type ($type)" }
    $inner = [Nullable]::GetUnderlyingType($type)
    if ($inner) { $type = $inner }
    if ($type.IsGenericType) { throw "parameter -$($Parameter.Name): no readable name for $type" }
    return @{ Name = $type.Name; FullName = $type.FullName }
}

function Write-Parameter($Parameter, $Text, [bool] $InSyntax, $Default, [string] $TypeText) {
    $set = @($Parameter.ParameterSets.Values)[0]
    $isSwitch = $Parameter.ParameterType -eq [switch]
    $w.WriteStartElement('command', 'parameter', $ns.command)
    $w.WriteAttributeString('required', ([string]$set.IsMandatory).ToLowerInvariant())
    $w.WriteAttributeString('variableLength', 'true')
    $w.WriteAttributeString('globbing', 'false')
    $w.WriteAttributeString('pipelineInput', (Get-PipelineInput $Parameter))
    $w.WriteAttributeString('position', $(if ($set.Position -ge 0) { [string]($set.Position + 1) } else { 'named' }))
    $w.WriteAttributeString('aliases', $(if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $w.WriteElementString('maml', 'name', $ns.maml, $Parameter.Name)
    if (-not $InSyntax) {
        $w.WriteStartElement('maml', 'description', $ns.maml); Write-Paras $Text; $w.WriteEndElement()
    }
    $validateSet = $Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }
    if ($validateSet) {
        $w.WriteStartElement('command', 'parameterValueGroup', $ns.command)
        foreach ($v in $validateSet.ValidValues) {
            $w.WriteStartElement('command', 'parameterValue', $ns.command)
            $w.WriteAttributeString('required', 'false'); $w.WriteAttributeString('variableLength', 'false')
            $w.WriteString($v); $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }
    $type = Get-ReadableType $Parameter $TypeText
    if (-not $isSwitch) {
        $w.WriteStartElement('command', 'parameterValue', $ns.command)
        $w.WriteAttributeString('required', 'true'); $w.WriteAttributeString('variableLength', 'false')
        $w.WriteString($type.Name); $w.WriteEndElement()
    }
    $w.WriteStartElement('dev', 'type', $ns.dev)
    $w.WriteElementString('maml', 'name', $ns.maml, $type.FullName)
    $w.WriteEndElement()
    if (-not $InSyntax) {
        $default = if ($Default) { $Default } elseif ($isSwitch) { 'False' } else { 'None' }
        if ($Text -is [hashtable]) { throw 'parameter text must be a string or string array' }
        $w.WriteElementString('dev', 'defaultValue', $ns.dev, $default)
    }
    $w.WriteEndElement()
}

# Placeholder values per generation prefix.
$generations = @{
    ''      = @{ Generation = 'SDK 2.x (and 1.x V3)'; SdkModule = 'PSSailpoint.PersonalAccessTokens (SDK 2.x) and PSSailpoint.V3 (SDK 1.x)'; ApiCmdlet = 'New-PersonalAccessTokenV1' }
    'Beta'  = @{ Generation = 'SDK 1.x Beta'; SdkModule = 'PSSailpoint.Beta (SDK 1.x)'; ApiCmdlet = 'New-BetaPersonalAccessToken' }
    'V2024' = @{ Generation = 'SDK 1.x V2024'; SdkModule = 'PSSailpoint.V2024 (SDK 1.x)'; ApiCmdlet = 'New-V2024PersonalAccessToken' }
    'V2025' = @{ Generation = 'SDK 1.x V2025'; SdkModule = 'PSSailpoint.V2025 (SDK 1.x)'; ApiCmdlet = 'New-V2025PersonalAccessToken' }
    'V2026' = @{ Generation = 'SDK 1.x V2026'; SdkModule = 'PSSailpoint.V2026 (SDK 1.x)'; ApiCmdlet = 'New-V2026PersonalAccessToken' }
}
$expirationNote = 'The model page of every SDK generation lists ExpirationDate as required (since June 2026), and its example sets it: set it when the JSON is for such an SDK. IscPat still takes a response without one, as older servers send it.'

# A help entry with its placeholders replaced (strings, arrays and hashtables, recursively).
function Expand-Help($Value, [hashtable] $Values) {
    if ($Value -is [string]) {
        foreach ($key in $Values.Keys) { $Value = $Value.Replace('{' + $key + '}', $Values[$key]) }
        return $Value
    }
    if ($Value -is [hashtable]) {
        $copy = @{}
        foreach ($key in $Value.Keys) { $copy[$key] = Expand-Help $Value[$key] $Values }
        return $copy
    }
    if ($Value -is [array]) { return , @($Value | ForEach-Object { Expand-Help $_ $Values }) }
    return $Value
}

function Get-HelpEntry($Command) {
    $values = @{ Class = $Command.ImplementingType.FullName; ExpirationNote = $expirationNote; P = 'V2024'; Generation = 'V2024' }
    $key = $Command.Name
    if ($Command.Name -match '^(\w+)-IscPat(Beta|V2024|V2025|V2026)?(CreatePersonalAccessTokenResponse|PatOwner|JsonToCreatePersonalAccessTokenResponse|JsonToPatOwner)$') {
        $key = $Matches[1] + '-{P}' + $Matches[3]
        $prefix = [string]$Matches[2]
        foreach ($k in $generations[$prefix].Keys) { $values[$k] = $generations[$prefix][$k] }
        $values.P = $prefix
    }
    $entry = $data[$key]
    if (-not $entry) { throw "no help text for $($Command.Name) ($key) in $HelpData" }
    Expand-Help $entry $values
}

$w.WriteStartDocument()
$w.WriteStartElement('helpItems', 'http://msh')
$w.WriteAttributeString('schema', 'maml')

$commands = Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name
foreach ($cmd in $commands) {
    $help = Get-HelpEntry $cmd
    # Parameters marked DontShow (the piped object kept for error records) are not documented.
    $parameters = @($cmd.Parameters.Values | Where-Object {
            $common -notcontains $_.Name -and -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow })
        })

    $w.WriteStartElement('command', 'command', $ns.command)
    $w.WriteAttributeString('xmlns', 'maml', $null, $ns.maml)
    $w.WriteAttributeString('xmlns', 'dev', $null, $ns.dev)

    $w.WriteStartElement('command', 'details', $ns.command)
    $w.WriteElementString('command', 'name', $ns.command, $cmd.Name)
    $w.WriteElementString('command', 'verb', $ns.command, $cmd.Verb)
    $w.WriteElementString('command', 'noun', $ns.command, $cmd.Noun)
    $w.WriteStartElement('maml', 'description', $ns.maml); Write-Paras $help.Synopsis; $w.WriteEndElement()
    $w.WriteEndElement()

    $w.WriteStartElement('maml', 'description', $ns.maml); Write-Paras $help.Description; $w.WriteEndElement()

    $w.WriteStartElement('command', 'syntax', $ns.command)
    $w.WriteStartElement('command', 'syntaxItem', $ns.command)
    $w.WriteElementString('maml', 'name', $ns.maml, $cmd.Name)
    $types = if ($help.ContainsKey('Types')) { $help.Types } else { @{} }
    foreach ($p in $parameters) { Write-Parameter $p $null $true $null $types[$p.Name] }
    $w.WriteEndElement()
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'parameters', $ns.command)
    foreach ($p in $parameters) {
        $text = $help.Parameters[$p.Name]
        if (-not $text) { throw "no help text for $($cmd.Name) -$($p.Name)" }
        $defaults = if ($help.ContainsKey('Defaults')) { $help.Defaults } else { @{} }
        Write-Parameter $p $text $false $defaults[$p.Name] $types[$p.Name]
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'inputTypes', $ns.command)
    foreach ($input in $help.Inputs) {
        $w.WriteStartElement('command', 'inputType', $ns.command)
        $w.WriteStartElement('dev', 'type', $ns.dev); $w.WriteElementString('maml', 'name', $ns.maml, $input.Type); $w.WriteEndElement()
        $w.WriteStartElement('maml', 'description', $ns.maml); Write-Paras $input.Text; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'returnValues', $ns.command)
    foreach ($output in $help.Outputs) {
        $w.WriteStartElement('command', 'returnValue', $ns.command)
        $w.WriteStartElement('dev', 'type', $ns.dev); $w.WriteElementString('maml', 'name', $ns.maml, $output.Type); $w.WriteEndElement()
        $w.WriteStartElement('maml', 'description', $ns.maml); Write-Paras $output.Text; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('maml', 'alertSet', $ns.maml)
    $w.WriteStartElement('maml', 'alert', $ns.maml); Write-Paras $help.Notes; $w.WriteEndElement()
    $w.WriteEndElement()

    if (-not $help.Examples) { throw "no examples for $($cmd.Name)" }
    $w.WriteStartElement('command', 'examples', $ns.command)
    $i = 0
    foreach ($example in $help.Examples) {
        $i++
        $w.WriteStartElement('command', 'example', $ns.command)
        $w.WriteElementString('maml', 'title', $ns.maml, "-------------------------- Example ${i}: $($example.Title) --------------------------")
        $w.WriteElementString('dev', 'code', $ns.dev, $example.Code)
        $w.WriteStartElement('dev', 'remarks', $ns.dev); Write-Paras $example.Remarks; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'relatedLinks', $ns.command)
    foreach ($link in $help.Links) {
        $w.WriteStartElement('maml', 'navigationLink', $ns.maml)
        $w.WriteElementString('maml', 'linkText', $ns.maml, $link)
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteEndElement()
}

$w.WriteEndElement()
$w.WriteEndDocument()
$w.Dispose()
Write-Host "help for $($commands.Count) commands written to $Destination"
