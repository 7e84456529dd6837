using System.Collections.Generic;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Commands
{
    /// <summary>
    /// ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse: parses
    /// responses with the native parser. A document whose first
    /// non-whitespace character is '[' is a JSON array of responses (what
    /// ConvertTo-V2024Json writes for several objects): one object is output
    /// per item, and only when every item is valid. Each object keeps its
    /// native response and reads its values from it on first use.
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "V2024JsonToCreatePersonalAccessTokenResponse")]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    public sealed class ConvertFromV2024JsonToCreatePersonalAccessTokenResponseCommand : JsonInputCommand
    {
        /// <inheritdoc/>
        protected override void Read(string json)
        {
            if (IsArray(json))
            {
                IReadOnlyList<CreatePersonalAccessTokenResponse> items = CreatePersonalAccessTokenResponse.ParseList(json, Strict.IsPresent);
                for (int i = 0; i < items.Count; i++)
                {
                    WriteObject(V2024CreatePersonalAccessTokenResponse.Output(items[i], items[i].ExpirationDate));
                }
            }
            else
            {
                var response = CreatePersonalAccessTokenResponse.Parse(json, Strict.IsPresent);
                WriteObject(V2024CreatePersonalAccessTokenResponse.Output(response, response.ExpirationDate));
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
