# Help text of the IscPat commands. The four model commands' texts are
# templates, written once for every SDK generation: {P} is the generation's
# command prefix (none, Beta, V2024, V2025, V2026), {Generation} and
# {SdkModule} name it, {Class} is the cmdlet's class. powershell/build/New-MamlHelp.ps1 turns it
# into en-US/IscPat.dll-Help.xml; parameter types, positions and pipeline
# input come from the commands themselves. Every parameter needs a text.
@{
    'Initialize-{P}CreatePersonalAccessTokenResponse' = @{
        Synopsis    = 'Creates a validated {Generation} CreatePersonalAccessTokenResponse object (a new personal access token and its secret).'
        Description = @(
            'Builds the response of POST /personal-access-tokens from parameters, or from the properties of piped objects (for example the output of ConvertFrom-Json), with one call of the typed .NET API. Every value is validated by the isc_pat native library, the same code the C and .NET layers use: empty id, secret or name, a validity outside 1..2147483647 seconds, a date that is not an RFC 3339 instant with a zone, or an owner type other than IDENTITY is an error that names the field, and nothing is output for that item; the next piped items are still processed.'
            'The output is an IscPat.V2024CreatePersonalAccessTokenResponse whose properties are the camelCase JSON keys in documented order (id, secret, scope, name, owner, created, accessTokenValiditySeconds, and expirationDate only when it is set), so the built-in ConvertTo-Json prints the API wire format. Properties read naturally: $token.Id, $token.Owner.Name, $token.Created (a [datetime] of Kind Utc), $token.Scope (a string array, or $null). The object is plain data (its values copied out of the validated native response, which is freed at once): ConvertTo-IscPatJson and ConvertTo-IscPatCredential validate it again through the native library, so a property set since is checked there.'
            'The secret is a credential. -Secret takes text or a [securestring]. The default display ($token, Format-Table, Format-List, Out-String) shows it as ******** and so does string expansion ("$token"). secret is a hidden property, so displays without a view (Format-List *, Format-Table *, Select-Object *, Export-Csv) and Get-Member leave it out too. It is given by reading $token.secret, by ConvertTo-Json and ConvertTo-IscPatJson, by Export-Clixml, and as a [pscredential] by ConvertTo-IscPatCredential. Error messages never contain the secret.'
            'This is the command of {SdkModule} (users call it by that name, an alias of this cmdlet; see about_IscPat for both modules in one session). The V2024 documentation also spells it Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse, an alias too. The SDK documentation''s printed example is not runnable as it stands: -Name NodeJS Integration (unquoted) fails with "A positional parameter cannot be found that accepts argument ''Integration''", -Owner null fails because the text ''null'' is not an owner, and -Scope [a, b] is read by PowerShell as the two texts ''[a'' and ''b]''. Example 1 shows the intended call.'
        )
        Parameters  = @{
            Id                         = 'The token id (the Basic-Auth user name). Required; must not be empty.'
            InputObject                = 'A dictionary with the wire keys, as the SDK''s API cmdlets (New-{P}PersonalAccessToken, New-PersonalAccessTokenV1) return it: a Hashtable or OrderedHashtable from ConvertFrom-Json -AsHashtable. Keys are matched without regard to case; owner may be a nested dictionary; created and expirationDate a [datetime] or text; keys the model does not know (a newer server''s lastUsed, say) are skipped. Accepts pipeline input.'
            Secret                     = 'The token secret (the Basic-Auth password): text or a [securestring] (for example from Read-Host -AsSecureString or a secret vault). Required; must not be empty. When it is missing, PowerShell prompts for it with the typing hidden. Alias secureSecret, the property Export-Clixml writes for it.'
            Scope                      = 'The scopes of the token, as a string array: -Scope ''sp:scopes:all'' or -Scope ''a'',''b''. Omitted or $null gives a null scope (the spec marks it nullable); an empty array is kept as an empty list.'
            Name                       = 'The token name. Required; must not be empty. Quote names with spaces: -Name ''NodeJS Integration''.'
            Owner                      = @(
                'The owner of the token: the output of Initialize-{P}PatOwner, a hashtable such as @{ type = ''IDENTITY''; id = ''2c9180a46faadee4016fb4e018c20639''; name = ''Support'' }, or a PSCustomObject with type, id and name properties (as ConvertFrom-Json makes). Required.'
                'The owner type must be exactly IDENTITY (upper case) when given in a hashtable or object; Initialize-{P}PatOwner normalises the case for you. Text such as ''null'' is rejected with the hint to use Initialize-{P}PatOwner.'
            )
            Created                    = @(
                'When the token was created. Accepts a [datetime], a [datetimeoffset] or RFC 3339 text with a zone such as ''2017-07-11T18:45:37.098Z'' or ''2017-07-11T20:45:37.098+02:00''. Required.'
                'Whatever the input, the stored instant is UTC with millisecond precision (further digits are dropped). A [datetime] of Kind Local or Unspecified is taken as local time, as .NET''s ToUniversalTime does; text is parsed by the native library, so a missing zone or an impossible date is an error rather than a guess.'
            )
            AccessTokenValiditySeconds = 'How long access tokens obtained with this PAT stay valid, in seconds: a whole number from 1 to 2147483647 (an integer type: a [double] such as 1.5, or 36900.0, is refused, as the JSON reader refuses 36900.0, rather than rounded). 43200 (12 hours) when omitted or $null.'
            ExpirationDate             = @(
                'Optional expiration instant, sent by newer servers. Accepts the same values as -Created. When omitted or $null the JSON has no expirationDate key, and $token.expirationDate reads $null (under Set-StrictMode -Version Latest too).'
                '{ExpirationNote}'
                'Newer SDKs need it: the current API specification and the SDKs released since mid-2025 (the Python SDK from 1.3.7, for one) treat expirationDate as required; they refuse a response without it, and refuse null too. Set it when the JSON is for such an SDK.'
            )
        }
        Defaults    = @{ AccessTokenValiditySeconds = '43200' }
        Types       = @{
            AccessTokenValiditySeconds = 'Int64'
            Owner          = '{P}PatOwner | Hashtable | PSCustomObject'
            Created        = 'DateTime | DateTimeOffset | String'
            ExpirationDate = 'DateTime | DateTimeOffset | String'
        }
        Inputs      = @(
            @{ Type = 'System.Management.Automation.PSObject'; Text = 'Any object with properties named like the parameters (id, secret, scope, name, owner, created, accessTokenValiditySeconds, expirationDate), for example $json | ConvertFrom-Json.' }
            @{ Type = 'System.Collections.IDictionary'; Text = 'A dictionary with the wire keys, as the SDK''s API cmdlets return it ($json | ConvertFrom-Json -AsHashtable).' }
        )
        Outputs     = @(
            @{ Type = 'IscPat.V2024CreatePersonalAccessTokenResponse'; Text = 'The response, with the camelCase properties of the model.' }
        )
        Notes       = @(
            'Errors are non-terminating, like those of the built-in cmdlets: an invalid item is reported and left out, and the next piped items are still processed; -ErrorAction and -ErrorVariable work as usual (-ErrorAction Stop makes the error terminating, for try/catch). Category InvalidArgument, FullyQualifiedErrorId IscPat.<Status>,{Class}, TargetObject the input item (the field path for a single call); among piped items the message ends with the item''s position and id, e.g. "created: ... (item 2, id ''abc'')". $_.Exception is always a PatException with Code and Field: the native library''s for a rule of the model (EmptyField, OutOfRange, InvalidDate, InvalidOwnerType, ...), WrongType or MissingField for a value of the wrong kind. Messages never contain the secret. See about_IscPat.'
            'The message names the field, e.g. "owner.type: unknown owner type \"identity\"; the only type is \"IDENTITY\"".'
            'A missing mandatory parameter on piped input is reported by PowerShell''s parameter binder (InputObjectMissingMandatory), not by this command.'
            'Thread safety: the objects these commands output are .NET objects of the module (IscPat.V2024CreatePersonalAccessTokenResponse, IscPat.V2024PatOwner) that hold plain values (no native object). They can be handed between runspaces like any object, and like any PowerShell object they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).'
        )
        Examples    = @(
            @{
                Title   = 'The documented example'
                Code    = @'
$CreatePersonalAccessTokenResponse = Initialize-{P}CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa `
 -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 `
 -Scope 'demo:personal-access-token-scope:first','demo:personal-access-token-scope:second' `
 -Name 'NodeJS Integration' `
 -Owner (Initialize-{P}PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support) `
 -Created 2017-07-11T18:45:37.098Z `
 -AccessTokenValiditySeconds 36900 `
 -ExpirationDate 2018-01-11T18:45:37.098Z
$CreatePersonalAccessTokenResponse | ConvertTo-JSON
'@
                Remarks = 'The example of the SDK documentation, made runnable: the name is quoted, the scope is a PowerShell array and the owner is a real PatOwner. ConvertTo-Json prints the wire format with camelCase keys; ConvertTo-IscPatJson -Compress prints the canonical compact JSON.'
            }
            @{
                Title   = 'From JSON through the pipeline'
                Code    = @'
$text = '{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f42","scope":null,"name":"CI","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":43200}'
$text | ConvertFrom-Json | Initialize-{P}CreatePersonalAccessTokenResponse
'@
                Remarks = 'Each property of the piped object binds to the parameter of the same name. ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse parses such text directly.'
            }
            @{
                Title   = 'What the SDK''s API cmdlet returns'
                Code    = @'
$response = {ApiCmdlet} -CreatePersonalAccessTokenRequest $request
$token = $response | Initialize-{P}CreatePersonalAccessTokenResponse
$token | ConvertTo-IscPatJson -Compress
'@
                Remarks = 'The SDK''s API cmdlet returns the response as ConvertFrom-Json -AsHashtable makes it, an OrderedHashtable with the wire keys; piped here it is validated and becomes a response object. Keys the model does not know are skipped.'
            }
            @{
                Title   = 'Handling invalid input'
                Code    = @'
try {
    Initialize-{P}CreatePersonalAccessTokenResponse -Id abc -Secret s -Name n -Owner @{ type = 'IDENTITY'; id = 'o'; name = 'x' } -Created (Get-Date) -AccessTokenValiditySeconds 0 -ErrorAction Stop
} catch {
    $_.FullyQualifiedErrorId   # IscPat.OutOfRange,{Class}
    $_.Exception.Message       # accessTokenValiditySeconds: 0 is out of range; ...
}
'@
                Remarks = 'The owner is given as a hashtable and the creation time as a local [datetime] (stored in UTC). The validity of 0 seconds is rejected; -ErrorAction Stop makes the error terminating, so that catch sees it.'
            }
        )
        Links       = @('Initialize-{P}PatOwner', 'ConvertTo-IscPatJson', 'ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse', 'about_IscPat')
    }

    'Initialize-{P}PatOwner'                                 = @{
        Synopsis    = 'Creates a validated {Generation} PatOwner object: the identity a personal access token belongs to.'
        Description = @(
            'Builds a PatOwner for the -Owner parameter of Initialize-{P}CreatePersonalAccessTokenResponse. The values are validated by the native library: the id must not be empty; the name may be empty. -Type accepts only IDENTITY, in any case (it tab-completes), and is stored upper case.'
            'The output is an IscPat.V2024PatOwner with the camelCase properties type, id and name; it is plain data, validated again wherever it is used. Users call it by the name of {SdkModule}, Initialize-{P}PatOwner, an alias of this cmdlet.'
        )
        Parameters  = @{
            Type = 'The owner type. The API defines one value, IDENTITY, which is also the default. Case-insensitive; stored as IDENTITY.'
            Id   = 'The id of the owning identity. Required; must not be empty.'
            Name = 'The display name of the owning identity. Required; may be empty.'
        }
        Defaults    = @{ Type = 'IDENTITY' }
        Inputs      = @(
            @{ Type = 'System.Management.Automation.PSObject'; Text = 'Any object with type, id and name properties, for example the owner property of a response.' }
        )
        Outputs     = @(
            @{ Type = 'IscPat.V2024PatOwner'; Text = 'The owner, with the properties type, id and name.' }
        )
        Notes       = @('Errors are non-terminating, like those of the built-in cmdlets: an invalid item is reported and left out, and the next piped items are still processed; -ErrorAction and -ErrorVariable work as usual (-ErrorAction Stop makes the error terminating, for try/catch). Category InvalidArgument, FullyQualifiedErrorId IscPat.<Status>,{Class}, TargetObject the input item (the field path for a single call); among piped items the message ends with the item''s position and id, e.g. "created: ... (item 2, id ''abc'')". $_.Exception is always a PatException with Code and Field: the native library''s for a rule of the model (EmptyField, OutOfRange, InvalidDate, InvalidOwnerType, ...), WrongType or MissingField for a value of the wrong kind. Messages never contain the secret. See about_IscPat.', 'Thread safety: the objects these commands output are .NET objects of the module (IscPat.V2024CreatePersonalAccessTokenResponse, IscPat.V2024PatOwner) that hold plain values (no native object). They can be handed between runspaces like any object, and like any PowerShell object they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'The owner of the documented example'
                Code    = 'Initialize-{P}PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support'
                Remarks = 'Returns the owner {"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}.'
            }
            @{
                Title   = 'Case of the type'
                Code    = "(Initialize-{P}PatOwner -Type identity -Id 2c9180a46faadee4016fb4e018c20639 -Name Support).type"
                Remarks = 'Prints IDENTITY.'
            }
        )
        Links       = @('Initialize-{P}CreatePersonalAccessTokenResponse', 'ConvertFrom-{P}JsonToPatOwner', 'about_IscPat')
    }

    'ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse' = @{
        Synopsis    = 'Parses the JSON of a {Generation} CreatePersonalAccessTokenResponse with the native parser.'
        Description = @(
            'Each input string is one JSON document holding one response object, or a JSON array of response objects. It is parsed and validated by the isc_pat native library: required keys by exact name, types, the owner type, RFC 3339 dates, the validity range, duplicate keys and malformed JSON are all errors that name the field. Keys the model does not define (for example from a newer server) are ignored unless -Strict is given. expirationDate is accepted and kept.'
            'A document whose first character other than JSON whitespace is [ is an array, such as the one ConvertTo-IscPatJson writes for several piped objects: every item follows the rules above (-Strict applies to each), and one object is output per item, in array order (none for []). An array is accepted or refused as a whole: when an item is invalid nothing is output, and the error names the item first, counted from 0 ([1].owner.type is the owner type of the second item).'
            'The output is the same kind of object Initialize-{P}CreatePersonalAccessTokenResponse makes; its values are copied out of the native response, which is freed at once.'
            'Piped strings are read as ConvertFrom-Json reads them: when the first string is a whole document, each string is one document; when it is not (Get-Content file.json pipes a file line by line), the strings are joined by line breaks into one document. Get-Content -Raw works as well.'
        )
        Parameters  = @{
            Json   = 'The JSON text of one response object, or of a JSON array of response objects. Accepts pipeline input: one document per string, or the lines of one document (as Get-Content pipes a file).'
            Strict = 'Reject keys that the model does not define (error IscPat.UnknownKey) instead of ignoring them.'
        }
        Inputs      = @(@{ Type = 'System.String'; Text = 'JSON text, one document (an object or an array of objects) per string.' })
        Outputs     = @(@{ Type = 'IscPat.V2024CreatePersonalAccessTokenResponse'; Text = 'The response, with the camelCase properties of the model; one per array item.' })
        Notes       = @('Errors are non-terminating, like those of the built-in cmdlets: an invalid item is reported and left out, and the next piped items are still processed; -ErrorAction and -ErrorVariable work as usual (-ErrorAction Stop makes the error terminating, for try/catch). Category InvalidData, FullyQualifiedErrorId IscPat.<Status>,{Class}, TargetObject the input item (the field path for a single call); among piped items the message ends with the item''s position and id, e.g. "created: ... (item 2, id ''abc'')". $_.Exception is always a PatException with Code and Field: the native library''s for a rule of the model (EmptyField, OutOfRange, InvalidDate, InvalidOwnerType, ...), WrongType or MissingField for a value of the wrong kind. Messages never contain the secret. See about_IscPat.', 'Statuses: MalformedJson, MissingField, WrongType, DuplicateKey, UnknownKey (with -Strict), InvalidDate, OutOfRange, InvalidOwnerType, EmptyField, TooDeep, InvalidUtf8.', 'Thread safety: the objects these commands output are .NET objects of the module (IscPat.V2024CreatePersonalAccessTokenResponse, IscPat.V2024PatOwner) that hold plain values (no native object). They can be handed between runspaces like any object, and like any PowerShell object they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'Parse the documented example'
                Code    = @'
$json = '{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}'
$token = ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse -Json $json
$token.Owner.Name
'@
                Remarks = 'Prints Support.'
            }
            @{
                Title   = 'Strict parsing'
                Code    = 'Get-Content ./token.json | ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse -Strict'
                Remarks = 'Fails with IscPat.UnknownKey when the file has a key the model does not define.'
            }
            @{
                Title   = 'Round trip of several tokens through one JSON array'
                Code    = @'
$many | ConvertTo-IscPatJson | Set-Content -Encoding utf8NoBOM ./tokens.json
$again = Get-Content -Raw ./tokens.json | ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse
$again.Count
'@
                Remarks = 'ConvertTo-IscPatJson writes one JSON array for the objects in $many; reading it back outputs one object per item, equal to the originals, so this prints the number of objects in $many. An invalid item fails the whole array with an error naming it, for example [2].created.'
            }
        )
        Links       = @('ConvertTo-IscPatJson', 'ConvertFrom-{P}JsonToPatOwner', 'about_IscPat')
    }

    'ConvertFrom-{P}JsonToPatOwner'                          = @{
        Synopsis    = 'Parses the JSON of a {Generation} PatOwner with the native parser.'
        Description = @('Each input string is one JSON object with the keys type, id and name. The type must be exactly IDENTITY; the id must not be empty. Unknown keys are ignored unless -Strict is given. The output is the same kind of object Initialize-{P}PatOwner makes.')
        Parameters  = @{
            Json   = 'The JSON text of one owner object. Accepts pipeline input: one document per string, or the lines of one document (as Get-Content pipes a file).'
            Strict = 'Reject keys that the model does not define (error IscPat.UnknownKey) instead of ignoring them.'
        }
        Inputs      = @(@{ Type = 'System.String'; Text = 'JSON text, one document per string.' })
        Outputs     = @(@{ Type = 'IscPat.V2024PatOwner'; Text = 'The owner, with the properties type, id and name.' })
        Notes       = @('Errors are non-terminating, like those of the built-in cmdlets: an invalid item is reported and left out, and the next piped items are still processed; -ErrorAction and -ErrorVariable work as usual (-ErrorAction Stop makes the error terminating, for try/catch). Category InvalidData, FullyQualifiedErrorId IscPat.<Status>,{Class}, TargetObject the input item (the field path for a single call); among piped items the message ends with the item''s position and id, e.g. "created: ... (item 2, id ''abc'')". $_.Exception is always a PatException with Code and Field: the native library''s for a rule of the model (EmptyField, OutOfRange, InvalidDate, InvalidOwnerType, ...), WrongType or MissingField for a value of the wrong kind. Messages never contain the secret. See about_IscPat.', 'Thread safety: the objects these commands output are .NET objects of the module (IscPat.V2024CreatePersonalAccessTokenResponse, IscPat.V2024PatOwner) that hold plain values (no native object). They can be handed between runspaces like any object, and like any PowerShell object they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'Parse an owner'
                Code    = '''{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}'' | ConvertFrom-{P}JsonToPatOwner'
                Remarks = 'Outputs the owner; its default display is a table of type, id and name.'
            }
        )
        Links       = @('Initialize-{P}PatOwner', 'ConvertTo-IscPatJson', 'about_IscPat')
    }

    'ConvertTo-IscPatJson'                                      = @{
        Synopsis    = 'Serializes CreatePersonalAccessTokenResponse and PatOwner objects to JSON through the native library.'
        Description = @(
            'Writes each input object with the native library. Every object is built again from its current properties by one call of the typed .NET API, which validates it, and written by the native library. Like ConvertTo-Json the output is indented (two spaces) by default; -Compress gives the compact canonical form, byte for byte what the C and .NET layers write. Several objects from the pipeline, or a list given to -InputObject, become one JSON array; -AsArray makes an array even of one object.'
            'Accepts the objects of Initialize-{P}CreatePersonalAccessTokenResponse, Initialize-{P}PatOwner and the ConvertFrom-{P}JsonTo... commands, and also plain objects and hashtables of the same shape (an object with a secret property is taken as a response, one with a type property as an owner). The output holds the secret in clear text.'
            'One command for every SDK generation (the objects are the same), with an alias in each generation''s spelling: ConvertTo-BetaJson, ConvertTo-V2024Json, ConvertTo-V2025Json, ConvertTo-V2026Json. Named ConvertTo-IscPatJson rather than ConvertTo-Json so that it does not shadow the built-in command.'
        )
        Parameters  = @{
            InputObject = 'The response or owner objects to serialize. Accepts pipeline input; a list given by name is written as an array.'
            Compress    = 'Write the compact canonical JSON (no whitespace) instead of indented JSON.'
            AsArray     = 'Write a JSON array even when there is only one input object.'
        }
        Types       = @{ InputObject = '{P}CreatePersonalAccessTokenResponse | {P}PatOwner | Hashtable | PSCustomObject' }
        Inputs      = @(
            @{ Type = 'IscPat.V2024CreatePersonalAccessTokenResponse'; Text = 'Response objects.' }
            @{ Type = 'IscPat.V2024PatOwner'; Text = 'Owner objects.' }
        )
        Outputs     = @(@{ Type = 'System.String'; Text = 'One JSON text: an object, or an array for several objects or with -AsArray.' })
        Notes       = @('Errors are non-terminating, like those of the built-in cmdlets: an invalid item is reported and left out, and the next piped items are still processed; -ErrorAction and -ErrorVariable work as usual (-ErrorAction Stop makes the error terminating, for try/catch). Category InvalidArgument, FullyQualifiedErrorId IscPat.<Status>,{Class}, TargetObject the input item (the field path for a single call); among piped items the message ends with the item''s position and id, e.g. "created: ... (item 2, id ''abc'')". $_.Exception is always a PatException with Code and Field: the native library''s for a rule of the model (EmptyField, OutOfRange, InvalidDate, InvalidOwnerType, ...), WrongType or MissingField for a value of the wrong kind. Messages never contain the secret. See about_IscPat.', 'An invalid object is left out of the array; the others are written.', 'Thread safety: the objects these commands output are .NET objects of the module (IscPat.V2024CreatePersonalAccessTokenResponse, IscPat.V2024PatOwner) that hold plain values (no native object). They can be handed between runspaces like any object, and like any PowerShell object they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'Canonical JSON of the documented example'
                Code    = @'
$owner = Initialize-{P}PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support
$token = Initialize-{P}CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 -Scope 'demo:personal-access-token-scope:first','demo:personal-access-token-scope:second' -Name 'NodeJS Integration' -Owner $owner -Created '2017-07-11T18:45:37.098Z' -AccessTokenValiditySeconds 36900
$token | ConvertTo-IscPatJson -Compress
'@
                Remarks = 'Prints {"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}'
            }
            @{
                Title   = 'Several objects make one array'
                Code    = '$token, $token | ConvertTo-IscPatJson'
                Remarks = 'Prints an indented JSON array of two objects.'
            }
        )
        Links       = @('ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse', 'Initialize-{P}CreatePersonalAccessTokenResponse', 'about_IscPat')
    }

    'ConvertTo-IscPatCredential'                             = @{
        Synopsis    = 'Gives a personal access token as a [pscredential]: user name = token id, password = the secret as a SecureString.'
        Description = @(
            'One command for every SDK generation, with an alias in each generation''s spelling: ConvertTo-PatCredential, ConvertTo-BetaPatCredential, ConvertTo-V2024PatCredential, ConvertTo-V2025PatCredential, ConvertTo-V2026PatCredential.'
            'A personal access token is the client id and client secret of the OAuth client-credentials call of Identity Security Cloud: the token id is the client id, the secret the client secret. This command gives them as a [pscredential], the type PowerShell uses for credentials: Export-Clixml stores it encrypted on Windows, SecretManagement vaults take it, and Invoke-RestMethod -Credential or $cred.GetNetworkCredential() use it.'
            'The response is validated as ConvertTo-IscPatJson does: built again from its properties by one native create.'
        )
        Parameters  = @{
            InputObject = 'The response: the output of Initialize-{P}CreatePersonalAccessTokenResponse or ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse, or a hashtable or PSCustomObject of the same shape. Accepts pipeline input.'
        }
        Types       = @{ InputObject = '{P}CreatePersonalAccessTokenResponse | Hashtable | PSCustomObject' }
        Inputs      = @(@{ Type = 'IscPat.V2024CreatePersonalAccessTokenResponse'; Text = 'Response objects.' })
        Outputs     = @(@{ Type = 'System.Management.Automation.PSCredential'; Text = 'One credential per response: UserName is the token id, Password the secret (a read-only SecureString).' })
        Notes       = @('Errors are non-terminating, like those of the built-in cmdlets: an invalid item is reported and left out, and the next piped items are still processed; -ErrorAction and -ErrorVariable work as usual (-ErrorAction Stop makes the error terminating, for try/catch). Category InvalidArgument, FullyQualifiedErrorId IscPat.<Status>,{Class}, TargetObject the input item (the field path for a single call); among piped items the message ends with the item''s position and id, e.g. "created: ... (item 2, id ''abc'')". $_.Exception is always a PatException with Code and Field: the native library''s for a rule of the model (EmptyField, OutOfRange, InvalidDate, InvalidOwnerType, ...), WrongType or MissingField for a value of the wrong kind. Messages never contain the secret. See about_IscPat.', 'Thread safety: the objects these commands output are .NET objects of the module (IscPat.V2024CreatePersonalAccessTokenResponse, IscPat.V2024PatOwner) that hold plain values (no native object). They can be handed between runspaces like any object, and like any PowerShell object they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'Store the token for later sessions'
                Code    = @'
$token | ConvertTo-IscPatCredential | Export-Clixml ./pat.xml
$credential = Import-Clixml ./pat.xml
$credential.UserName
'@
                Remarks = 'Prints the token id. On Windows, Export-Clixml encrypts the password for the current user.'
            }
            @{
                Title   = 'An OAuth client-credentials call'
                Code    = @'
$credential = $token | ConvertTo-IscPatCredential
$body = @{ grant_type = 'client_credentials'; client_id = $credential.UserName; client_secret = $credential.GetNetworkCredential().Password }
Invoke-RestMethod -Method Post -Uri "https://$tenant.api.identitynow.com/oauth/token" -Body $body
'@
                Remarks = 'The token id and secret are the client id and secret of the token request.'
            }
        )
        Links       = @('Initialize-{P}CreatePersonalAccessTokenResponse', 'ConvertFrom-{P}JsonToCreatePersonalAccessTokenResponse', 'about_IscPat')
    }
}
