using System;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// Turns failures into error records whose id is stable:
    /// <c>IscPat.&lt;PatStatus&gt;</c>; PowerShell appends the cmdlet's class
    /// name to form the FullyQualifiedErrorId. The exception is kept as it
    /// was thrown, always a <see cref="PatException"/>: the native library's
    /// for a rule of the model, or one raised here with the status that fits
    /// (<see cref="PatStatus.WrongType"/>, <see cref="PatStatus.MissingField"/>)
    /// for a value PowerShell cannot hand to the model, so Code and Field read
    /// alike in every record. The target object is the field path, never the
    /// input, so no record carries the secret.
    /// </summary>
    internal static class PatErrors
    {
        internal const string IdPrefix = "IscPat.";

        internal static ErrorRecord From(PatException exception, ErrorCategory category)
        {
            return new ErrorRecord(exception, IdPrefix + exception.Code, category, exception.Field);
        }
    }
}
