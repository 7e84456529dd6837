using System;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// A problem found on the PowerShell side, before the native library is
    /// asked (an owner that is not an owner, a date of the wrong kind). It
    /// carries the same status codes as <see cref="PatException"/> so both
    /// become the same kind of error record.
    /// </summary>
    internal sealed class PatInputException : ArgumentException
    {
        internal PatInputException(PatStatus code, string field, string message)
            : base(message)
        {
            Code = code;
            Field = field;
        }

        internal PatStatus Code { get; }

        internal string Field { get; }
    }

    /// <summary>
    /// Turns failures into terminating error records whose id is stable:
    /// <c>IscPat.&lt;PatStatus&gt;</c>; PowerShell appends the cmdlet's class
    /// name to form the FullyQualifiedErrorId. The target object is the field
    /// path, never the input, so no record can carry the secret.
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
