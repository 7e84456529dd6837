using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace IscPat.Model
{
    /// <summary>
    /// Loads the module's display views (IscPat.Format.ps1xml) and its type
    /// data into a runspace the first time a command of the module outputs
    /// an object there, not at Import-Module: loading format data rebuilds
    /// the session's whole format table, which would cost every import about
    /// 80 ms. Safety does not depend on the views: the secret is a hidden
    /// property, left out of every display that has no view. The type data
    /// has Export-Clixml write a token's secret as a [securestring]
    /// (secureSecret) instead of the text.
    /// </summary>
    internal static class FormatViews
    {
        private static readonly ConditionalWeakTable<Runspace, object> Loaded = new ConditionalWeakTable<Runspace, object>();

        private static readonly string FormatFile = Path.Combine(
            Path.GetDirectoryName(typeof(FormatViews).Assembly.Location) ?? string.Empty, "IscPat.Format.ps1xml");

        /// <summary>Loads the views into the runspace running <paramref name="cmdlet"/>, once.</summary>
        internal static void EnsureLoaded(PSCmdlet cmdlet)
        {
            Runspace? runspace = Runspace.DefaultRunspace;
            if (runspace is null || Loaded.TryGetValue(runspace, out _) || !File.Exists(FormatFile))
            {
                return;
            }

            Loaded.AddOrUpdate(runspace, FormatFile);
            cmdlet.InvokeCommand.InvokeScript(
                "param($path) Update-FormatData -AppendPath $path; " +
                "Update-TypeData -Force -TypeName IscPat.V2024CreatePersonalAccessTokenResponse -SerializationMethod SpecificProperties " +
                "-PropertySerializationSet id, secureSecret, scope, name, owner, created, accessTokenValiditySeconds",
                useNewScope: true,
                PipelineResultTypes.None,
                input: null,
                FormatFile);
        }
    }
}
