using System;
using System.Collections.Generic;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// The input side of the ConvertFrom-...JsonTo... commands, as
    /// ConvertFrom-Json reads its input: each piped string is one JSON
    /// document as long as the first one is complete; when the first is not
    /// (lines of one document, as <c>Get-Content file.json</c> pipes them),
    /// all piped strings are joined by line breaks into one document, read
    /// at the end. A document that is refused is a non-terminating error;
    /// the next ones are still read.
    /// </summary>
    public abstract class JsonInputCommand : PSCmdlet
    {
        private List<string>? lines;
        private bool started;

        /// <summary>The JSON text: one document, or one line of it when piped.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowEmptyString]
        public string Json { get; set; } = string.Empty;

        /// <summary>Reject keys the model does not define.</summary>
        [Parameter]
        public SwitchParameter Strict { get; set; }

        /// <summary>Reads one document and writes its objects; throws <see cref="PatException"/> when it is refused.</summary>
        /// <param name="json">The document.</param>
        protected abstract void Read(string json);

        /// <inheritdoc/>
        protected override void BeginProcessing() => FormatViews.EnsureLoaded(this);

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (lines is not null)
            {
                lines.Add(Json);
                return;
            }

            bool first = !started;
            started = true;
            try
            {
                Read(Json);
            }
            catch (PatException e) when (first && e.Code == PatStatus.MalformedJson && MyInvocation.ExpectingInput)
            {
                // Not a whole document: the start of one, spread over the piped lines.
                lines = new List<string> { Json };
            }
            catch (Exception e) when (PatErrors.Record(e, ErrorCategory.InvalidData, null, null, null) is ErrorRecord record)
            {
                WriteError(record);
            }
        }

        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            if (lines is null)
            {
                return;
            }

            string document = string.Join("\n", lines);
            lines = null;
            try
            {
                Read(document);
            }
            catch (Exception e) when (PatErrors.Record(e, ErrorCategory.InvalidData, null, null, null) is ErrorRecord record)
            {
                WriteError(record);
            }
        }
    }
}
