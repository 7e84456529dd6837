using System.Collections.Generic;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Commands
{
    /// <summary>
    /// ConvertFrom-...JsonToCreatePersonalAccessTokenResponse, in every SDK
    /// generation's name (Generations.cs): parses responses with
    /// the native parser. A document whose first non-whitespace character is
    /// '[' is a JSON array of responses (what ConvertTo-IscPatJson writes for
    /// several objects): one object is output per item, and only when every
    /// item is valid. Values are copied out and the native responses freed.
    /// </summary>
    public abstract class ConvertFromResponseCommand : JsonInputCommand
    {
        /// <inheritdoc/>
        protected override void Read(string json)
        {
            if (IsArray(json))
            {
                IReadOnlyList<CreatePersonalAccessTokenResponse> items = CreatePersonalAccessTokenResponse.ParseList(json, Strict.IsPresent);
                foreach (CreatePersonalAccessTokenResponse item in items)
                {
                    using (item)
                    {
                        WriteObject(V2024CreatePersonalAccessTokenResponse.Output(item));
                    }
                }
            }
            else
            {
                using var response = CreatePersonalAccessTokenResponse.Parse(json, Strict.IsPresent);
                WriteObject(V2024CreatePersonalAccessTokenResponse.Output(response));
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
