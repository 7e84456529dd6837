using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// <see cref="PatStatus"/> is the C header's <c>isc_pat_status</c>, name for
/// name and number for number: read from include/isc_pat.h of this
/// repository at test time, so a code added or renumbered on one side only
/// fails here.
/// </summary>
public class StatusHeaderTests
{
    private static readonly string HeaderPath = Path.Combine(
        typeof(StatusHeaderTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot").Value!,
        "include",
        "isc_pat.h");

    /// <summary>The enumerators of the header's status enum, <c>ISC_PAT_STATUS_NULL_ARGUMENT</c> as <c>NullArgument</c>.</summary>
    private static SortedDictionary<string, int> HeaderCodes()
    {
        string header = File.ReadAllText(HeaderPath);
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Regex.Matches(header, @"^\s*ISC_PAT_STATUS_([A-Z0-9_]+)\s*=\s*(\d+)\s*,?", RegexOptions.Multiline))
        {
            string pascal = string.Concat(m.Groups[1].Value.Split('_')
                .Select(word => word[0] + word.Substring(1).ToLowerInvariant()));
            codes.Add(pascal, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return codes;
    }

    [Fact]
    public void The_header_defines_status_codes()
    {
        // Guards the parse below: an empty match would make the next test pass vacuously.
        var codes = HeaderCodes();
        Assert.True(codes.Count >= 17, $"only {codes.Count} codes read from {HeaderPath}");
        Assert.Equal(0, codes["Ok"]);
        Assert.Equal(2, codes["InvalidUtf8"]);
    }

    [Fact]
    public void PatStatus_has_exactly_the_headers_codes_with_the_same_numbers()
    {
        var managed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (PatStatus value in Enum.GetValues<PatStatus>())
        {
            managed.Add(value.ToString(), (int)value);
        }

        Assert.Equal(HeaderCodes(), managed);
    }
}
