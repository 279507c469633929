using KimHotspot.Contracts.Signing;

namespace KimHotspot.Contracts.Tests.Signing;

public class InMemoryNonceStoreTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeSeconds(1_764_342_000);

    [Fact]
    public async Task TryAdd_NewNonce_True()
    {
        var store = new InMemoryNonceStore();

        Assert.True(await store.TryAddAsync("s", "n", T0, T0.AddMinutes(10), default));
    }

    [Fact]
    public async Task TryAdd_SameNonceBeforeExpiry_False()
    {
        var store = new InMemoryNonceStore();
        await store.TryAddAsync("s", "n", T0, T0.AddMinutes(10), default);

        Assert.False(await store.TryAddAsync("s", "n", T0.AddMinutes(9), T0.AddMinutes(19), default));
    }

    [Fact]
    public async Task TryAdd_SameNonceOtherSite_True()
    {
        var store = new InMemoryNonceStore();
        await store.TryAddAsync("s", "n", T0, T0.AddMinutes(10), default);

        Assert.True(await store.TryAddAsync("t", "n", T0, T0.AddMinutes(10), default));
    }

    [Fact]
    public async Task TryAdd_AfterExpiry_ForgetsOldNonces()
    {
        var store = new InMemoryNonceStore();
        for (var i = 0; i < 50; i++)
        {
            await store.TryAddAsync("s", $"n{i}", T0, T0.AddMinutes(10), default);
        }

        Assert.True(await store.TryAddAsync("s", "n0", T0.AddMinutes(10), T0.AddMinutes(20), default));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task TryAdd_Full_RefusesUntilExpiry()
    {
        var store = new InMemoryNonceStore(capacity: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await store.TryAddAsync("s", $"n{i}", T0, T0.AddMinutes(10), default));
        }

        Assert.False(await store.TryAddAsync("s", "n3", T0.AddMinutes(5), T0.AddMinutes(15), default));
        Assert.True(await store.TryAddAsync("s", "n3", T0.AddMinutes(10), T0.AddMinutes(20), default));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Verify_ReplayAfterNonceWindow_StaleNotOk()
    {
        var f = new SignatureFixture();
        var signed = f.Sign();
        await f.Verify(signed);

        Assert.Equal(VerifyResult.Stale, await f.Verify(signed, now: f.Now + (2 * SignatureFixture.MaxSkew)));
    }
}
