using System.Diagnostics.CodeAnalysis;

// The resolver reads Assembly.Location to find the native library beside the
// assembly, and treats the empty string a single-file or native AOT
// application gets as "no such directory" (it then searches
// AppContext.BaseDirectory). IL3000 warns about exactly that empty string, so
// it is expected in that type; the suppression names the type, not a method,
// so that it survives changes inside the resolver. Only IL3000 is suppressed.
[assembly: UnconditionalSuppressMessage(
    "SingleFile",
    "IL3000:Avoid accessing Assembly file path when publishing as a single file",
    Scope = "type",
    Target = "T:IdentitySecurityCloud.PersonalAccessTokens.Interop.NativeLibraryResolver",
    Justification = "An empty Location (single-file, native AOT) is handled: the resolver falls back to AppContext.BaseDirectory.")]
