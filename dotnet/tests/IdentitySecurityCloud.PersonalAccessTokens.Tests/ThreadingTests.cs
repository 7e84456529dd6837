using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

public class ThreadingTests
{
    private const int Threads = 8;

    private static List<T> RunTogether<T>(Func<T> work)
    {
        using var start = new Barrier(Threads);
        var threads = new Thread[Threads];
        var results = new T[Threads];
        for (int t = 0; t < Threads; t++)
        {
            int index = t;
            threads[t] = new Thread(() =>
            {
                start.SignalAndWait();
                results[index] = work();
            });
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        return results.ToList();
    }

    [Fact]
    public void Eight_threads_serializing_one_response_all_get_the_same_text()
    {
        using var shared = DocumentedExample.Response();
        var results = RunTogether(() => Enumerable.Range(0, 2000).Select(_ => shared.ToJson()).ToList());
        Assert.All(results.SelectMany(r => r), json => Assert.Equal(DocumentedExample.CanonicalJson, json));
        Assert.Equal(Threads * 2000, results.Sum(r => r.Count));
    }

    /// <summary>
    /// One round of mixed work: reads and serializes the shared object,
    /// and parses, clones, reads and disposes objects of its own. Returns a
    /// digest of everything it saw, so runs can be compared.
    /// </summary>
    private static int MixedRound(CreatePersonalAccessTokenResponse shared, int round)
    {
        string json = shared.ToJson();
        using var own = CreatePersonalAccessTokenResponse.Parse(json, strict: true);
        using var copy = own.Clone();
        string renamed = copy.ToJson().Replace("NodeJS Integration", "Integration " + round, StringComparison.Ordinal);
        using var other = CreatePersonalAccessTokenResponse.Parse(renamed);
        return HashCode.Combine(json, shared.Owner.Name, own.Created, copy.RevealSecret(), other.Name, other.ToIndentedJson());
    }

    [Fact]
    public void Eight_threads_of_10000_mixed_operations_match_a_single_threaded_run()
    {
        const int Rounds = 10_000;
        using var shared = DocumentedExample.Response();
        int[] expected = Enumerable.Range(0, Rounds).Select(r => MixedRound(shared, r)).ToArray();
        var results = RunTogether(() => Enumerable.Range(0, Rounds).Select(r => MixedRound(shared, r)).ToArray());
        Assert.All(results, digests => Assert.Equal(expected, digests));
    }

    [Fact]
    public void Eight_threads_reading_cached_properties_at_once_see_one_value()
    {
        using var shared = CreatePersonalAccessTokenResponse.Parse(DocumentedExample.CanonicalJson);
        var owners = RunTogether(() => shared.Owner);
        Assert.All(owners, o => Assert.Same(shared.Owner, o));
        var scopes = RunTogether(() => shared.Scope);
        Assert.All(scopes, s => Assert.Equal(DocumentedExample.Scope, s));
        var names = RunTogether(() => shared.Name + "|" + shared.RevealSecret());
        Assert.All(names, n => Assert.Equal(DocumentedExample.Name + "|" + DocumentedExample.Secret, n));
    }

    [Fact]
    public async Task Dispose_racing_readers_never_crashes()
    {
        for (int round = 0; round < 50; round++)
        {
            var shared = DocumentedExample.Response();
            var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            {
                for (int i = 0; i < 200; i++)
                {
                    try
                    {
                        Assert.Equal(DocumentedExample.CanonicalJson, shared.ToJson());
                    }
                    catch (ObjectDisposedException)
                    {
                        return;
                    }
                }
            })).ToArray();
            shared.Dispose();
            await Task.WhenAll(readers);
        }
    }
}
