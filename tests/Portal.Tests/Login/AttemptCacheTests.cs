using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Tests.Members;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.Portal.Tests.Login;

/// <summary>The in-memory attempt cache in front of SQLite: saves are seen at once, expiry still holds, SQLite decides.</summary>
public class AttemptCacheTests
{
    private const string Mac = "AA:BB:CC:DD:EE:31";

    /// <summary>LoginAttempts.FindAsync in a fresh request scope, as a page view does it.</summary>
    private static async Task<LoginAttempt?> FindAsync(ResidentKit kit, string id)
    {
        await using var scope = kit.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await scope.ServiceProvider.GetRequiredService<LoginAttempts>().FindAsync(id, http, CancellationToken.None);
    }

    private static AttemptCache Cache(ResidentKit kit) => kit.Services.GetRequiredService<AttemptCache>();

    [Fact]
    public async Task FindAsync_CompletedThroughAnotherContext_SeenCompletedOnNextLookup()
    {
        await using var kit = await ResidentKit.StartAsync();
        string id = await kit.JoinAsync(Mac);
        Assert.Null((await FindAsync(kit, id))!.CompletedAt);
        Assert.NotNull(Cache(kit).Get(id));

        await kit.DbAsync(async db => (await db.LoginAttempts.SingleAsync(a => a.Id == id)).CompletedAt = kit.Time.GetUtcNow());

        var seen = await FindAsync(kit, id);
        Assert.NotNull(seen!.CompletedAt);
    }

    [Fact]
    public async Task FindAsync_CachedCopyChangedAndSaved_SavedAndCacheDropped()
    {
        await using var kit = await ResidentKit.StartAsync();
        string id = await kit.JoinAsync(Mac);
        await FindAsync(kit, id);

        await using (var scope = kit.Services.CreateAsyncScope())
        {
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            var attempt = await scope.ServiceProvider.GetRequiredService<LoginAttempts>().FindAsync(id, http, CancellationToken.None);
            attempt!.Method = "voucher";
            await scope.ServiceProvider.GetRequiredService<Data.PortalDb>().SaveChangesAsync();
        }

        Assert.Null(Cache(kit).Get(id));
        Assert.Equal("voucher", await kit.DbAsync((db, _) => db.LoginAttempts.Where(a => a.Id == id).Select(a => a.Method).SingleAsync()));
        Assert.Equal("voucher", (await FindAsync(kit, id))!.Method);
    }

    [Fact]
    public async Task FindAsync_CallerChangesWithoutSaving_CacheKeepsStoredValues()
    {
        await using var kit = await ResidentKit.StartAsync();
        string id = await kit.JoinAsync(Mac);
        var first = await FindAsync(kit, id);

        first!.CompletedAt = kit.Time.GetUtcNow();

        Assert.Null((await FindAsync(kit, id))!.CompletedAt);
    }

    [Fact]
    public async Task FindAsync_ExpiredWhileCached_Refused()
    {
        var settings = new Dictionary<string, string?> { ["Portal:AttemptLifetime"] = "00:01:00" };
        await using var kit = await ResidentKit.StartAsync(settings);
        string id = await kit.JoinAsync(Mac);
        await kit.DbAsync(async db => (await db.LoginAttempts.SingleAsync(a => a.Id == id)).ExpiresAt = kit.Time.GetUtcNow().AddMinutes(1));
        Assert.NotNull(await FindAsync(kit, id));

        kit.Time.Advance(TimeSpan.FromSeconds(61));

        Assert.NotNull(Cache(kit).Get(id)); // still cached: the refusal comes from the attempt's own expiry
        Assert.Null(await FindAsync(kit, id));
    }

    [Fact]
    public async Task FindAsync_RowDeleted_NotFoundDespiteEarlierCaching()
    {
        await using var kit = await ResidentKit.StartAsync();
        string id = await kit.JoinAsync(Mac);
        Assert.NotNull(await FindAsync(kit, id));

        await kit.DbAsync(async db => db.LoginAttempts.Remove(await db.LoginAttempts.SingleAsync(a => a.Id == id)));

        Assert.Null(Cache(kit).Get(id));
        Assert.Null(await FindAsync(kit, id));
    }

    [Fact]
    public void Put_AfterAnInvalidationDuringTheRead_NotKept()
    {
        var cache = new AttemptCache(new FakeTimeProvider());
        long generation = cache.Generation;

        cache.Invalidate("other");
        cache.Put(new LoginAttempt { Id = "a1" }, generation);

        Assert.Null(cache.Get("a1"));
    }

    [Fact]
    public void Get_EntryOlderThanItsLifetime_Null()
    {
        var time = new FakeTimeProvider();
        var cache = new AttemptCache(time);
        cache.Put(new LoginAttempt { Id = "a1", MacAddress = Mac }, cache.Generation);
        Assert.Equal(Mac, cache.Get("a1")!.MacAddress);

        time.Advance(AttemptCache.EntryLifetime);

        Assert.Null(cache.Get("a1"));
    }
}
