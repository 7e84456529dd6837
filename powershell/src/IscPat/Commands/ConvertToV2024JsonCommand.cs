using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// ConvertTo-V2024Json: writes response and owner objects through the
    /// native library. An object not edited since a cmdlet made it is
    /// written from the native object it keeps; an edited one (and a
    /// hashtable or PSCustomObject) is built again through the typed API,
    /// which validates it. Like ConvertTo-Json: indented by default, one
    /// JSON array for several input objects. An invalid item is a
    /// non-terminating error and is left out; the others are still written.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "V2024Json")]
    [OutputType(typeof(string))]
    public sealed class ConvertToV2024JsonCommand : PSCmdlet
    {
        private const string Indent = "  ";

        /// <summary>What to write, in input order: native responses and owners.</summary>
        private readonly List<object> items = new List<object>();

        /// <summary>The objects made here (edited or foreign input), disposed at the end.</summary>
        private readonly List<IDisposable> made = new List<IDisposable>();

        private bool onlyResponses = true;

        private bool forceArray;

        /// <summary>A response or owner object, or a list of them.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        public object? InputObject { get; set; }

        /// <summary>Compact canonical JSON instead of indented JSON.</summary>
        [Parameter]
        public SwitchParameter Compress { get; set; }

        /// <summary>Output a JSON array even for a single object.</summary>
        [Parameter]
        public SwitchParameter AsArray { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            object? value = InputObject is PSObject ps ? ps.BaseObject : InputObject;
            if (!MyInvocation.ExpectingInput && value is IEnumerable list && value is not string && value is not IDictionary)
            {
                // -InputObject @(...) is a list, written as an array as ConvertTo-Json does.
                forceArray = true;
                foreach (object? item in list)
                {
                    Add(item);
                }
            }
            else
            {
                Add(InputObject);
            }
        }

        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            try
            {
                if (items.Count == 1 && !AsArray.IsPresent && !forceArray)
                {
                    WriteObject(Write(items[0], Compress.IsPresent));
                }
                else if (items.Count > 0 || AsArray.IsPresent || forceArray)
                {
                    WriteObject(WriteArray());
                }
            }
            finally
            {
                items.Clear();
                foreach (IDisposable item in made)
                {
                    item.Dispose();
                }

                made.Clear();
            }
        }

        private void Add(object? item)
        {
            try
            {
                CreatePersonalAccessTokenResponse? response = Responses.For(item, out bool created);
                if (response is not null)
                {
                    Keep(response, created);
                    return;
                }

                PatOwner? owner = Responses.OwnerFor(item, out created);
                if (owner is not null)
                {
                    onlyResponses = false;
                    Keep(owner, created);
                    return;
                }

                object? value = FieldValues.Unwrap(item);
                throw new PatException(
                    PatStatus.WrongType,
                    "InputObject",
                    $"-InputObject: {FieldValues.Describe(value, null)} is not a V2024CreatePersonalAccessTokenResponse or " +
                    "V2024PatOwner object; make one with Initialize-V2024CreatePersonalAccessTokenResponse, " +
                    "Initialize-V2024PatOwner or the ConvertFrom-V2024JsonTo... commands");
            }
            catch (PatException e)
            {
                WriteError(PatErrors.From(e, ErrorCategory.InvalidArgument));
            }
        }

        private void Keep(IDisposable native, bool created)
        {
            items.Add(native);
            if (created)
            {
                made.Add(native);
            }
        }

        private static string Write(object item, bool compress)
        {
            return item switch
            {
                CreatePersonalAccessTokenResponse response => compress ? response.ToJson() : response.ToIndentedJson(),
                PatOwner owner => compress ? owner.ToJson() : owner.ToIndentedJson(),
                _ => throw new InvalidOperationException("not a native object"),
            };
        }

        private string WriteArray()
        {
            if (onlyResponses)
            {
                // One native call writes the whole array.
                var responses = new List<CreatePersonalAccessTokenResponse>(items.Count);
                foreach (object item in items)
                {
                    responses.Add((CreatePersonalAccessTokenResponse)item);
                }

                return Compress.IsPresent
                    ? CreatePersonalAccessTokenResponse.ToJson(responses)
                    : CreatePersonalAccessTokenResponse.ToIndentedJson(responses);
            }

            if (Compress.IsPresent)
            {
                var compact = new StringBuilder("[");
                for (int i = 0; i < items.Count; i++)
                {
                    compact.Append(i == 0 ? string.Empty : ",").Append(Write(items[i], compress: true));
                }

                return compact.Append(']').ToString();
            }

            var text = new StringBuilder("[").Append('\n');
            for (int i = 0; i < items.Count; i++)
            {
                text.Append(Indent).Append(Write(items[i], compress: false).Replace("\n", "\n" + Indent, StringComparison.Ordinal));
                text.Append(i + 1 < items.Count ? ",\n" : "\n");
            }

            return text.Append(']').ToString();
        }
    }
}
