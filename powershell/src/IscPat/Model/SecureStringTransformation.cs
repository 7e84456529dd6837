using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Security;

namespace IscPat.Model
{
    /// <summary>
    /// Lets a [securestring] parameter take text as well: a missing
    /// mandatory -Secret is then prompted for with the typing hidden, and
    /// -Secret 'text' (or a piped secret property) still binds. Any other
    /// value is refused without being quoted (it may be the secret), where
    /// PowerShell's own conversion error would quote it.
    /// </summary>
    internal sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>
        /// The text each [securestring] made here stands for, so that
        /// <see cref="FieldValues.Secret"/> reads it back without a copy, and
        /// so that text longer than a [securestring] holds (65,536
        /// characters; the model has no such limit) still binds, beside an
        /// empty one.
        /// </summary>
        private static readonly ConditionalWeakTable<SecureString, string> Texts = new ConditionalWeakTable<SecureString, string>();

        /// <inheritdoc/>
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => FieldValues.Unwrap(inputData) switch
        {
            string text => Stand(text),
            null or SecureString => inputData,
            object other => throw new ArgumentTransformationMetadataException(
                $"secret: expected text or a [securestring], not a value of type [{other.GetType().FullName}]; quote a secret typed on the command line"),
        };

        /// <summary>The text a [securestring] made here stands for, or null for any other.</summary>
        internal static string? TextOf(SecureString secure) => Texts.TryGetValue(secure, out string? text) ? text : null;

        private static SecureString Stand(string text)
        {
            SecureString secure = text.Length <= 65536 ? FieldValues.ToSecureString(text) : new SecureString();
            Texts.AddOrUpdate(secure, text);
            return secure;
        }
    }
}
