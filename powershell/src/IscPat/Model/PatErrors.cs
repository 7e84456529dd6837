using System;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// The one place where a failure of the model becomes an error record
    /// (every command catches through <see cref="Record"/>). The id is
    /// stable: <c>IscPat.&lt;PatStatus&gt;</c>; PowerShell appends the
    /// cmdlet's class name to form the FullyQualifiedErrorId. The exception
    /// is the binding's <see cref="PatException"/>, with its Code and Field:
    /// the native library's for a rule of the model, or one raised here with
    /// the status that fits (<see cref="PatStatus.WrongType"/>,
    /// <see cref="PatStatus.MissingField"/>) for a value PowerShell cannot
    /// hand to the model. Here, and only here, the secret is masked in the
    /// message, and the message names the item among piped ones.
    /// </summary>
    internal static class PatErrors
    {
        internal const string IdPrefix = "IscPat.";

        /// <summary>
        /// The error record for a failure of the model, or null for any other
        /// exception (which the caller lets through).
        /// </summary>
        /// <param name="failure">What was thrown.</param>
        /// <param name="category">The record's category.</param>
        /// <param name="target">The input item, the record's TargetObject.</param>
        /// <param name="secret">The secret the item holds, when known: masked in the message.</param>
        /// <param name="item">Which piped item it is ("item 3, id 'x'"), or null for a single one.</param>
        internal static ErrorRecord? Record(Exception failure, ErrorCategory category, object? target, string? secret, string? item)
        {
            // The binding's model failures: Parse throws a PatException; Create refuses an
            // argument with a PatArgumentException whose inner exception is that PatException.
            PatException? e = failure as PatException ?? (failure as PatArgumentException)?.InnerException as PatException;
            if (e is null)
            {
                return null;
            }

            string message = item is null ? e.Message : e.Message + " (" + item + ")";
            message = SecretMask.Apply(message, secret) ?? message;
            PatException shown = ReferenceEquals(message, e.Message) ? e : new PatException(e.Code, e.Field, message);
            var record = new ErrorRecord(shown, IdPrefix + e.Code, category, target ?? e.Field);
            record.CategoryInfo.TargetName = SecretMask.Apply(item ?? e.Field ?? string.Empty, secret) ?? item ?? e.Field;
            return record;
        }

        /// <summary>Which item of a pipeline a record is about: its position, and its id when it has a text one.</summary>
        internal static string Item(int position, object? id) =>
            FieldValues.Unwrap(id) is string text ? $"item {position}, id '{text}'" : $"item {position}";
    }
}
