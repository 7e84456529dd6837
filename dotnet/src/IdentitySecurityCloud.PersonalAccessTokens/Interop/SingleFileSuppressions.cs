using System.Diagnostics.CodeAnalysis;

// The resolver reads Assembly.Location to find the native library beside the
// assembly, and already treats the empty string a single-file application
// gets as "no such directory" (it then searches AppContext.BaseDirectory).
// IL3000 warns about exactly that empty string, so it is expected here.
[assembly: UnconditionalSuppressMessage(
    "SingleFile",
    "IL3000:Avoid accessing Assembly file path when publishing as a single file",
    Scope = "member",
    Target = "M:IdentitySecurityCloud.PersonalAccessTokens.Interop.NativeLibraryResolver.SearchDirectories(System.Reflection.Assembly)",
    Justification = "An empty Location (single-file) is handled: the resolver falls back to AppContext.BaseDirectory.")]
