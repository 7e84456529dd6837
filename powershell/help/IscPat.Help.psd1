# Help text of the IscPat commands. powershell/build/New-MamlHelp.ps1 turns it
# into en-US/IscPat.dll-Help.xml; parameter types, positions and pipeline
# input come from the commands themselves. Every parameter needs a text.
@{
    'Initialize-V2024CreatePersonalAccessTokenResponse' = @{
        Synopsis    = 'Creates a validated V2024 CreatePersonalAccessTokenResponse object (a new personal access token and its secret).'
        Description = @(
            'Builds the response of POST /personal-access-tokens from parameters, or from the properties of piped objects (for example the output of ConvertFrom-Json). Every value is validated by the isc_pat native library, the same code the C and .NET layers use: empty id, secret or name, a validity outside 1..2147483647 seconds, a date that is not an RFC 3339 instant with a zone, or an owner type other than IDENTITY stop the command with a terminating error that names the field. Nothing is output for invalid input.'
            'The output is a PSObject whose properties are the camelCase JSON keys in documented order (id, secret, scope, name, owner, created, accessTokenValiditySeconds, and expirationDate only when it is set), so the built-in ConvertTo-Json prints the API wire format. PSObject.TypeNames[0] is IscPat.V2024CreatePersonalAccessTokenResponse. Properties read naturally: $token.Id, $token.Owner.Name, $token.Created (a [datetime] of Kind Utc), $token.Scope (a string array, or $null).'
            'The secret is a credential. The default display ($token, Format-Table, Format-List, Out-String) shows it as ******** and so does string expansion ("$token"). It is revealed by reading $token.Secret, by ConvertTo-Json and ConvertTo-V2024Json, and by anything that bypasses the format views: Format-List *, Format-Table *, Select-Object *, Get-Member values, Export-Csv, Export-Clixml. Error messages never contain the secret.'
            'The documentation of the original SDK spells this command Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse; that name is an alias. Its printed example is not runnable as it stands: -Name NodeJS Integration (unquoted) fails with "A positional parameter cannot be found that accepts argument ''Integration''", -Owner null fails because the text ''null'' is not an owner, and -Scope [a, b] is read by PowerShell as the two texts ''[a'' and ''b]''. Example 1 shows the intended call.'
        )
        Parameters  = @{
            Id                         = 'The token id (the Basic-Auth user name). Required; must not be empty.'
            Secret                     = 'The token secret (the Basic-Auth password). Required; must not be empty. It is kept as given and masked in the default display.'
            Scope                      = 'The scopes of the token, as a string array: -Scope ''sp:scopes:all'' or -Scope ''a'',''b''. Omitted or $null gives a null scope (the spec marks it nullable); an empty array is kept as an empty list.'
            Name                       = 'The token name. Required; must not be empty. Quote names with spaces: -Name ''NodeJS Integration''.'
            Owner                      = @(
                'The owner of the token: the output of Initialize-V2024PatOwner, a hashtable such as @{ type = ''IDENTITY''; id = ''2c9180a46faadee4016fb4e018c20639''; name = ''Support'' }, or a PSCustomObject with type, id and name properties (as ConvertFrom-Json makes). Required.'
                'The owner type must be exactly IDENTITY (upper case) when given in a hashtable or object; Initialize-V2024PatOwner normalises the case for you. Text such as ''null'' is rejected with the hint to use Initialize-V2024PatOwner.'
            )
            Created                    = @(
                'When the token was created. Accepts a [datetime], a [datetimeoffset] or RFC 3339 text with a zone such as ''2017-07-11T18:45:37.098Z'' or ''2017-07-11T20:45:37.098+02:00''. Required.'
                'Whatever the input, the stored instant is UTC with millisecond precision (further digits are dropped). A [datetime] of Kind Local or Unspecified is taken as local time, as .NET''s ToUniversalTime does; text is parsed by the native library, so a missing zone or an impossible date is an error rather than a guess.'
            )
            AccessTokenValiditySeconds = 'How long access tokens obtained with this PAT stay valid, in seconds: a whole number from 1 to 2147483647. 43200 (12 hours) when omitted or $null.'
            ExpirationDate             = 'Optional expiration instant, sent by newer servers (not part of the documented model). Accepts the same values as -Created. When omitted or $null the object has no expirationDate property and the JSON no expirationDate key.'
        }
        Defaults    = @{ AccessTokenValiditySeconds = '43200' }
        Inputs      = @(
            @{ Type = 'System.Management.Automation.PSObject'; Text = 'Any object with properties named like the parameters (id, secret, scope, name, owner, created, accessTokenValiditySeconds, expirationDate), for example $json | ConvertFrom-Json.' }
        )
        Outputs     = @(
            @{ Type = 'IscPat.V2024CreatePersonalAccessTokenResponse'; Text = 'A PSObject with the camelCase properties of the model; PSObject.TypeNames[0] is IscPat.V2024CreatePersonalAccessTokenResponse.' }
        )
        Notes       = @(
            'Errors are terminating error records with category InvalidArgument and a FullyQualifiedErrorId of the form IscPat.<Status>,IscPat.Commands.InitializeV2024CreatePersonalAccessTokenResponseCommand, where <Status> is one of EmptyField, OutOfRange, InvalidDate, InvalidOwnerType, MissingField, WrongType, ... (the native status). The message names the field, e.g. "owner.type: unknown owner type \"identity\"; the only type is \"IDENTITY\"". They stop the command under any -ErrorAction and are caught by try/catch.'
            'A missing mandatory parameter on piped input is reported by PowerShell''s parameter binder (InputObjectMissingMandatory), not by this command.'
            'Thread safety: the objects these commands output are plain PSObjects holding copies of the values; no native object outlives the command that made it. They can be handed between runspaces like any PSObject, and like any PSObject they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).'
        )
        Examples    = @(
            @{
                Title   = 'The documented example'
                Code    = @'
$CreatePersonalAccessTokenResponse = Initialize-V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa `
 -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 `
 -Scope 'demo:personal-access-token-scope:first','demo:personal-access-token-scope:second' `
 -Name 'NodeJS Integration' `
 -Owner (Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support) `
 -Created '2017-07-11T18:45:37.098Z' `
 -AccessTokenValiditySeconds 36900
$CreatePersonalAccessTokenResponse | ConvertTo-JSON
'@
                Remarks = 'The example of the SDK documentation, made runnable: the name is quoted, the scope is a PowerShell array and the owner is a real PatOwner. ConvertTo-Json prints the wire format with camelCase keys; ConvertTo-V2024Json -Compress prints the canonical compact JSON.'
            }
            @{
                Title   = 'From JSON through the pipeline'
                Code    = @'
$text = '{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f42","scope":null,"name":"CI","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":43200}'
$text | ConvertFrom-Json | Initialize-V2024CreatePersonalAccessTokenResponse
'@
                Remarks = 'Each property of the piped object binds to the parameter of the same name. ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse parses such text directly.'
            }
            @{
                Title   = 'Handling invalid input'
                Code    = @'
try {
    Initialize-V2024CreatePersonalAccessTokenResponse -Id abc -Secret s -Name n -Owner @{ type = 'IDENTITY'; id = 'o'; name = 'x' } -Created (Get-Date) -AccessTokenValiditySeconds 0
} catch {
    $_.FullyQualifiedErrorId   # IscPat.OutOfRange,IscPat.Commands.InitializeV2024CreatePersonalAccessTokenResponseCommand
    $_.Exception.Message       # accessTokenValiditySeconds: 0 is out of range; ...
}
'@
                Remarks = 'The owner is given as a hashtable and the creation time as a local [datetime] (stored in UTC). The validity of 0 seconds is rejected.'
            }
        )
        Links       = @('Initialize-V2024PatOwner', 'ConvertTo-V2024Json', 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse')
    }

    'Initialize-V2024PatOwner'                                 = @{
        Synopsis    = 'Creates a validated V2024 PatOwner object: the identity a personal access token belongs to.'
        Description = @(
            'Builds a PatOwner for the -Owner parameter of Initialize-V2024CreatePersonalAccessTokenResponse. The values are validated by the native library: the id must not be empty; the name may be empty. -Type accepts only IDENTITY, in any case (it tab-completes), and is stored upper case.'
            'The output is a PSObject with the camelCase properties type, id and name; PSObject.TypeNames[0] is IscPat.V2024PatOwner. The alias Initialize-PSSailpoint.V2024PatOwner is the spelling of the SDK documentation.'
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
            @{ Type = 'IscPat.V2024PatOwner'; Text = 'A PSObject with the properties type, id and name.' }
        )
        Notes       = @('Errors are terminating, category InvalidArgument, FullyQualifiedErrorId IscPat.<Status>,IscPat.Commands.InitializeV2024PatOwnerCommand (for example IscPat.EmptyField for an empty -Id).', 'Thread safety: the objects these commands output are plain PSObjects holding copies of the values; no native object outlives the command that made it. They can be handed between runspaces like any PSObject, and like any PSObject they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'The owner of the documented example'
                Code    = 'Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support'
                Remarks = 'Returns the owner {"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}.'
            }
            @{
                Title   = 'Case of the type'
                Code    = "(Initialize-V2024PatOwner -Type identity -Id 2c9180a46faadee4016fb4e018c20639 -Name Support).type"
                Remarks = 'Prints IDENTITY.'
            }
        )
        Links       = @('Initialize-V2024CreatePersonalAccessTokenResponse', 'ConvertFrom-V2024JsonToPatOwner')
    }

    'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse' = @{
        Synopsis    = 'Parses the JSON of a V2024 CreatePersonalAccessTokenResponse with the native parser.'
        Description = @(
            'Each input string is one JSON document holding one response object, or a JSON array of response objects. It is parsed and validated by the isc_pat native library: required keys by exact name, types, the owner type, RFC 3339 dates, the validity range, duplicate keys and malformed JSON are all errors that name the field. Keys the model does not define (for example from a newer server) are ignored unless -Strict is given. expirationDate is accepted and kept.'
            'A document whose first character other than JSON whitespace is [ is an array, such as the one ConvertTo-V2024Json writes for several piped objects: every item follows the rules above (-Strict applies to each), and one object is output per item, in array order (none for []). An array is accepted or refused as a whole: when an item is invalid nothing is output, and the error names the item first, counted from 0 ([1].owner.type is the owner type of the second item).'
            'The output is the same kind of object Initialize-V2024CreatePersonalAccessTokenResponse makes. Use Get-Content -Raw to read a file: without -Raw every line would be a separate document.'
        )
        Parameters  = @{
            Json   = 'The JSON text of one response object, or of a JSON array of response objects. Accepts pipeline input; each string is parsed on its own.'
            Strict = 'Reject keys that the model does not define (error IscPat.UnknownKey) instead of ignoring them.'
        }
        Inputs      = @(@{ Type = 'System.String'; Text = 'JSON text, one document (an object or an array of objects) per string.' })
        Outputs     = @(@{ Type = 'IscPat.V2024CreatePersonalAccessTokenResponse'; Text = 'A PSObject with the camelCase properties of the model; one per array item.' })
        Notes       = @('Errors are terminating, category InvalidData, FullyQualifiedErrorId IscPat.<Status>,IscPat.Commands.ConvertFromV2024JsonToCreatePersonalAccessTokenResponseCommand: MalformedJson, MissingField, WrongType, DuplicateKey, UnknownKey (with -Strict), InvalidDate, OutOfRange, InvalidOwnerType, EmptyField, TooDeep, InvalidUtf8. Messages never contain the secret.', 'Thread safety: the objects these commands output are plain PSObjects holding copies of the values; no native object outlives the command that made it. They can be handed between runspaces like any PSObject, and like any PSObject they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'Parse the documented example'
                Code    = @'
$json = '{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}'
$token = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $json
$token.Owner.Name
'@
                Remarks = 'Prints Support.'
            }
            @{
                Title   = 'Strict parsing'
                Code    = 'Get-Content -Raw ./token.json | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Strict'
                Remarks = 'Fails with IscPat.UnknownKey when the file has a key the model does not define.'
            }
            @{
                Title   = 'Round trip of several tokens through one JSON array'
                Code    = @'
$many | ConvertTo-V2024Json | Set-Content -Encoding utf8NoBOM ./tokens.json
$again = Get-Content -Raw ./tokens.json | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse
$again.Count
'@
                Remarks = 'ConvertTo-V2024Json writes one JSON array for the objects in $many; reading it back outputs one object per item, equal to the originals, so this prints the number of objects in $many. An invalid item fails the whole array with an error naming it, for example [2].created.'
            }
        )
        Links       = @('ConvertTo-V2024Json', 'ConvertFrom-V2024JsonToPatOwner')
    }

    'ConvertFrom-V2024JsonToPatOwner'                          = @{
        Synopsis    = 'Parses the JSON of a V2024 PatOwner with the native parser.'
        Description = @('Each input string is one JSON object with the keys type, id and name. The type must be exactly IDENTITY; the id must not be empty. Unknown keys are ignored unless -Strict is given. The output is the same kind of object Initialize-V2024PatOwner makes.')
        Parameters  = @{
            Json   = 'The JSON text of one owner object. Accepts pipeline input; each string is parsed on its own.'
            Strict = 'Reject keys that the model does not define (error IscPat.UnknownKey) instead of ignoring them.'
        }
        Inputs      = @(@{ Type = 'System.String'; Text = 'JSON text, one document per string.' })
        Outputs     = @(@{ Type = 'IscPat.V2024PatOwner'; Text = 'A PSObject with the properties type, id and name.' })
        Notes       = @('Errors are terminating, category InvalidData, FullyQualifiedErrorId IscPat.<Status>,IscPat.Commands.ConvertFromV2024JsonToPatOwnerCommand.', 'Thread safety: the objects these commands output are plain PSObjects holding copies of the values; no native object outlives the command that made it. They can be handed between runspaces like any PSObject, and like any PSObject they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'Parse an owner'
                Code    = '''{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}'' | ConvertFrom-V2024JsonToPatOwner'
                Remarks = 'Outputs the owner; its default display is a table of type, id and name.'
            }
        )
        Links       = @('Initialize-V2024PatOwner', 'ConvertTo-V2024Json')
    }

    'ConvertTo-V2024Json'                                      = @{
        Synopsis    = 'Serializes V2024 CreatePersonalAccessTokenResponse and PatOwner objects to JSON through the native library.'
        Description = @(
            'Rebuilds each input object in the native library from its current properties (so an object you edited is validated again) and writes its JSON. Like ConvertTo-Json the output is indented (two spaces) by default; -Compress gives the compact canonical form, byte for byte what the C and .NET layers write. Several objects from the pipeline, or a list given to -InputObject, become one JSON array; -AsArray makes an array even of one object.'
            'Accepts the objects of Initialize-V2024CreatePersonalAccessTokenResponse, Initialize-V2024PatOwner and the ConvertFrom-V2024JsonTo... commands, and also plain objects and hashtables of the same shape (an object with a secret property is taken as a response, one with a type property as an owner). The output holds the secret in clear text.'
            'Named ConvertTo-V2024Json rather than ConvertTo-Json so that it does not shadow the built-in command; the V2024 prefix matches the other commands of the module.'
        )
        Parameters  = @{
            InputObject = 'The response or owner objects to serialize. Accepts pipeline input; a list given by name is written as an array.'
            Compress    = 'Write the compact canonical JSON (no whitespace) instead of indented JSON.'
            AsArray     = 'Write a JSON array even when there is only one input object.'
        }
        Inputs      = @(
            @{ Type = 'IscPat.V2024CreatePersonalAccessTokenResponse'; Text = 'Response objects.' }
            @{ Type = 'IscPat.V2024PatOwner'; Text = 'Owner objects.' }
        )
        Outputs     = @(@{ Type = 'System.String'; Text = 'One JSON text: an object, or an array for several objects or with -AsArray.' })
        Notes       = @('Errors are terminating, category InvalidArgument, FullyQualifiedErrorId IscPat.<Status>,IscPat.Commands.ConvertToV2024JsonCommand; nothing is written when any input object is invalid.', 'Thread safety: the objects these commands output are plain PSObjects holding copies of the values; no native object outlives the command that made it. They can be handed between runspaces like any PSObject, and like any PSObject they are not synchronized (do not change one object from two runspaces at once). The commands keep no shared state: they may run at the same time in separate runspaces of one process, for example under ForEach-Object -Parallel or Start-ThreadJob, each runspace importing the module. The native library has no global state (see isc_pat.h).')
        Examples    = @(
            @{
                Title   = 'Canonical JSON of the documented example'
                Code    = @'
$owner = Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support
$token = Initialize-V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 -Scope 'demo:personal-access-token-scope:first','demo:personal-access-token-scope:second' -Name 'NodeJS Integration' -Owner $owner -Created '2017-07-11T18:45:37.098Z' -AccessTokenValiditySeconds 36900
$token | ConvertTo-V2024Json -Compress
'@
                Remarks = 'Prints {"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}'
            }
            @{
                Title   = 'Several objects make one array'
                Code    = '$token, $token | ConvertTo-V2024Json'
                Remarks = 'Prints an indented JSON array of two objects.'
            }
        )
        Links       = @('ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse', 'Initialize-V2024CreatePersonalAccessTokenResponse')
    }
}
