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
    /// ConvertTo-IscPatJson (aliases: each generation's ConvertTo-...Json):
    /// writes response and owner objects through the native library. Every
    /// item (our objects, dictionaries, PSCustomObjects) is made again by
    /// one native create, which validates it, then written. Like
    /// ConvertTo-Json: indented by default, one JSON array for several input
    /// objects. An invalid item is a non-terminating error and is left out;
    /// the others are still written.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "IscPatJson")]
    [Alias("ConvertTo-BetaJson", "ConvertTo-V2024Json", "ConvertTo-V2025Json", "ConvertTo-V2026Json")]
    [OutputType(typeof(string))]
    public sealed class ConvertToJsonCommand : PSCmdlet
    {
        private const string Indent = "  ";

        /// <summary>What to write, in input order: native responses and owners.</summary>
        private readonly List<IDisposable> items = new List<IDisposable>();

        /// <summary>The objects made here, disposed at the end (a native object given stays the caller's).</summary>
        private readonly List<IDisposable> made = new List<IDisposable>();

        private bool onlyResponses = true;
        private bool forceArray;
        private int position;

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
                    Add(item, true);
                }
            }
            else
            {
                Add(InputObject, MyInvocation.ExpectingInput);
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
                made.ForEach(item => item.Dispose());
                made.Clear();
            }
        }

        private static string Write(IDisposable item, bool compress) => item switch
        {
            CreatePersonalAccessTokenResponse response => compress ? response.ToJson() : response.ToIndentedJson(),
            PatOwner owner => compress ? owner.ToJson() : owner.ToIndentedJson(),
            _ => throw new InvalidOperationException("not a native object"),
        };

        private void Add(object? item, bool among)
        {
            position++;
            string? secret = null;
            try
            {
                IDisposable? native = Responses.For(item, ref secret, out bool created);
                if (native is null && Responses.OwnerFor(item, out created) is PatOwner owner)
                {
                    onlyResponses = false;
                    native = owner;
                }

                items.Add(native ?? throw new PatException(
                    PatStatus.WrongType,
                    "InputObject",
                    $"-InputObject: {FieldValues.Describe(item)} is not a response or owner object; make one with " +
                    "Initialize-...CreatePersonalAccessTokenResponse, Initialize-...PatOwner or the ConvertFrom-...JsonTo... commands"));
                if (created)
                {
                    made.Add(native);
                }
            }
            catch (Exception e) when (PatErrors.Record(e, ErrorCategory.InvalidArgument, item, secret, among ? PatErrors.Item(position, PropertyBag.Get(FieldValues.Unwrap(item), "id")) : null) is ErrorRecord record)
            {
                WriteError(record);
            }
        }

        private string WriteArray()
        {
            if (onlyResponses)
            {
                // One native call writes the whole array.
                var responses = items.ConvertAll(item => (CreatePersonalAccessTokenResponse)item);
                return Compress.IsPresent
                    ? CreatePersonalAccessTokenResponse.ToJson(responses)
                    : CreatePersonalAccessTokenResponse.ToIndentedJson(responses);
            }

            var text = new StringBuilder("[");
            for (int i = 0; i < items.Count; i++)
            {
                if (Compress.IsPresent)
                {
                    text.Append(i == 0 ? string.Empty : ",").Append(Write(items[i], compress: true));
                }
                else
                {
                    text.Append('\n').Append(Indent).Append(Write(items[i], compress: false).Replace("\n", "\n" + Indent, StringComparison.Ordinal));
                    text.Append(i + 1 < items.Count ? "," : "\n");
                }
            }

            return text.Append(']').ToString();
        }
    }
}
