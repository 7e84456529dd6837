using System;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat
{
    /// <summary>
    /// A value PowerShell cannot hand to the model at all: an owner given as
    /// text, a date given as a number, a field missing from a hashtable. The
    /// model's own rules (empty fields, ranges, dates, the owner type) are
    /// judged by the native library and reported as a
    /// <see cref="PatException"/>; this exception carries the same kind of
    /// <see cref="Code"/> and <see cref="Field"/>, so both read alike in an
    /// error record.
    /// </summary>
    public sealed class PatInputException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="code">Why the value was refused.</param>
        /// <param name="field">The field (or parameter) at fault.</param>
        /// <param name="message">The message; never the secret.</param>
        public PatInputException(PatStatus code, string field, string message)
            : base(message)
        {
            Code = code;
            Field = field;
        }

        /// <summary>Why the value was refused (<see cref="PatStatus.WrongType"/> or <see cref="PatStatus.MissingField"/>).</summary>
        public PatStatus Code { get; }

        /// <summary>The field at fault, as a JSON path (<c>owner</c>, <c>owner.id</c>, <c>created</c>).</summary>
        public string Field { get; }
    }
}
