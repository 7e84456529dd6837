// The test sources are written for xunit 2, where ITestOutputHelper lives in
// Xunit.Abstractions; xunit v3 (this program's runner) has it in Xunit. The
// empty namespace keeps their `using Xunit.Abstractions;` valid.
namespace Xunit.Abstractions
{
}
