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
    /// ConvertTo-V2024Json: serializes response and owner objects through the
    /// native library. Each object is rebuilt from its current properties, so
    /// an edited object is validated again. Like ConvertTo-Json: indented by
    /// default, one JSON array for several input objects.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "V2024Json")]
    [OutputType(typeof(string))]
    public sealed class ConvertToV2024JsonCommand : PSCmdlet
    {
        private const string Indent = "  ";

        private readonly List<string> _documents = new List<string>();

        private bool _forceArray;

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
            try
            {
                object? value = InputObject is PSObject ps ? ps.BaseObject : InputObject;
                if (!MyInvocation.ExpectingInput && value is IEnumerable list && value is not string && value is not IDictionary)
                {
                    // -InputObject @(...) is a list, written as an array as ConvertTo-Json does.
                    _forceArray = true;
                    foreach (object? item in list)
                    {
                        _documents.Add(Serialize(item));
                    }
                }
                else
                {
                    _documents.Add(Serialize(InputObject));
                }
            }
            catch (PatException e)
            {
                _documents.Clear();
                ThrowTerminatingError(PatErrors.From(e, ErrorCategory.InvalidArgument));
            }
            catch (PatInputException e)
            {
                _documents.Clear();
                ThrowTerminatingError(PatErrors.From(e, ErrorCategory.InvalidArgument));
            }
        }

        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            if (_documents.Count == 1 && !AsArray.IsPresent && !_forceArray)
            {
                WriteObject(_documents[0]);
            }
            else if (_documents.Count > 0 || AsArray.IsPresent || _forceArray)
            {
                WriteObject(JoinArray());
            }

            _documents.Clear();
        }

        private string JoinArray()
        {
            if (Compress.IsPresent)
            {
                return "[" + string.Join(",", _documents) + "]";
            }

            if (_documents.Count == 0)
            {
                return "[]";
            }

            var text = new StringBuilder("[").Append('\n');
            for (int i = 0; i < _documents.Count; i++)
            {
                text.Append(Indent).Append(_documents[i].Replace("\n", "\n" + Indent, StringComparison.Ordinal));
                text.Append(i + 1 < _documents.Count ? ",\n" : "\n");
            }

            return text.Append(']').ToString();
        }

        private string Serialize(object? item)
        {
            object? value = item is PSObject ps ? ps.BaseObject : item;
            switch (value)
            {
                case CreatePersonalAccessTokenResponse native:
                    return Compress.IsPresent ? native.ToJson() : native.ToIndentedJson();
                case PatOwner native:
                    return Compress.IsPresent ? native.ToJson() : native.ToIndentedJson();
            }

            PropertyBag? bag = PropertyBag.TryFrom(item);
            PSObject? typed = bag?.PSObject;
            bool isResponse = typed is not null && PatObjects.IsResponse(typed);
            bool isOwner = typed is not null && PatObjects.IsOwner(typed);
            if (bag is not null && (isResponse || (!isOwner && bag.Has("secret"))))
            {
                using CreatePersonalAccessTokenResponse response = InputJson.ParseResponse(bag, asParameters: false);
                return Compress.IsPresent ? response.ToJson() : response.ToIndentedJson();
            }

            if (bag is not null && (isOwner || bag.Has("type")))
            {
                using PatOwner owner = InputJson.ParseOwner(bag);
                return Compress.IsPresent ? owner.ToJson() : owner.ToIndentedJson();
            }

            throw new PatInputException(
                PatStatus.WrongType,
                "InputObject",
                $"-InputObject: {InputJson.Describe(value)} is not a V2024CreatePersonalAccessTokenResponse or " +
                "V2024PatOwner object; make one with Initialize-V2024CreatePersonalAccessTokenResponse, " +
                "Initialize-V2024PatOwner or the ConvertFrom-V2024JsonTo... commands");
        }
    }
}
