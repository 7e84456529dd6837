using System;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// Turns failures into error records whose id is stable:
    /// <c>IscPat.&lt;PatStatus&gt;</c>; PowerShell appends the cmdlet's class
    /// name to form the FullyQualifiedErrorId. The exception is kept as it
    /// was thrown (a <see cref="PatException"/> from the native library, or a
    /// <see cref="PatInputException"/> for a value of the wrong kind), so its
    /// Code and Field stay readable. The target object is the field path,
    /// never the input, so no record carries the secret.
    /// </summary>
    internal static class PatErrors
    {
        internal const string IdPrefix = "IscPat.";

        internal static ErrorRecord From(PatException exception, ErrorCategory category)
        {
            return new ErrorRecord(exception, IdPrefix + exception.Code, category, exception.Field);
        }

        internal static ErrorRecord From(PatInputException exception, ErrorCategory category)
        {
            return new ErrorRecord(exception, IdPrefix + exception.Code, category, exception.Field);
        }
    }
}
