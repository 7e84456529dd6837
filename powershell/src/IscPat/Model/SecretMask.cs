using System;

namespace IscPat.Model
{
    /// <summary>
    /// Hides the secret where it stands in a value that a message quotes (a
    /// secret passed where the owner or a date belongs). The secret stands
    /// where it is the whole value or a whole word of it: "s" in
    /// "yesterday" is a letter of another word, not the secret, and stays.
    /// </summary>
    internal static class SecretMask
    {
        internal const string Mask = "********";

        /// <summary>
        /// <paramref name="value"/> with each standing occurrence of
        /// <paramref name="secret"/> replaced by <see cref="Mask"/>, or null
        /// when the secret does not stand in it.
        /// </summary>
        internal static string? Apply(string value, string? secret)
        {
            if (string.IsNullOrEmpty(secret) || value.Length < secret.Length)
            {
                return null;
            }

            System.Text.StringBuilder? masked = null;
            int copied = 0;
            int at = value.IndexOf(secret, StringComparison.Ordinal);
            while (at >= 0)
            {
                int end = at + secret.Length;
                if (IsBoundary(value, at - 1) && IsBoundary(value, end))
                {
                    masked ??= new System.Text.StringBuilder(value.Length);
                    masked.Append(value, copied, at - copied).Append(Mask);
                    copied = end;
                    at = end >= value.Length ? -1 : value.IndexOf(secret, end, StringComparison.Ordinal);
                }
                else
                {
                    at = at + 1 >= value.Length ? -1 : value.IndexOf(secret, at + 1, StringComparison.Ordinal);
                }
            }

            return masked?.Append(value, copied, value.Length - copied).ToString();
        }

        /// <summary>True when index <paramref name="i"/> is outside the text or not part of a word.</summary>
        private static bool IsBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);
    }
}
