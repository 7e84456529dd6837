using System.Collections.Generic;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse: parses one JSON
    /// document per input string with the native parser. A document whose first
    /// non-whitespace character is '[' is a JSON array of responses (what
    /// ConvertTo-V2024Json writes for several objects): one object is output
    /// per item, and only when every item is valid.
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "V2024JsonToCreatePersonalAccessTokenResponse")]
    [OutputType(PatObjects.ResponseTypeName)]
    public sealed class ConvertFromV2024JsonToCreatePersonalAccessTokenResponseCommand : PSCmdlet
    {
        /// <summary>The JSON text of one response object, or of an array of them.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowEmptyString]
        public string Json { get; set; } = string.Empty;

        /// <summary>Reject keys the model does not define (in every item of an array).</summary>
        [Parameter]
        public SwitchParameter Strict { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            IReadOnlyList<CreatePersonalAccessTokenResponse>? items = null;
            try
            {
                if (IsArray(Json))
                {
                    items = CreatePersonalAccessTokenResponse.ParseList(Json, Strict.IsPresent);
                    for (int i = 0; i < items.Count; i++)
                    {
                        using (items[i])
                        {
                            WriteObject(PatObjects.FromResponse(items[i]));
                        }
                    }
                }
                else
                {
                    using var response = CreatePersonalAccessTokenResponse.Parse(Json, Strict.IsPresent);
                    WriteObject(PatObjects.FromResponse(response));
                }
            }
            catch (PatException e)
            {
                ThrowTerminatingError(PatErrors.From(e, ErrorCategory.InvalidData));
            }
            finally
            {
                // Items not yet written when the pipeline stopped (disposing twice does nothing).
                if (items is not null)
                {
                    foreach (CreatePersonalAccessTokenResponse item in items)
                    {
                        item.Dispose();
                    }
                }
            }
        }

        /// <summary>True when the first character that is not JSON whitespace is '['.</summary>
        private static bool IsArray(string json)
        {
            foreach (char c in json)
            {
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return c == '[';
                }
            }

            return false;
        }
    }
}
