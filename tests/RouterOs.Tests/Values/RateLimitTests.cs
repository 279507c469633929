using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Values;

public class RateLimitTests
{
    [Fact]
    public void Parse_RxSlashTx_UploadThenDownload()
    {
        var limit = RateLimit.Parse("1M/2M");
        Assert.Equal(1_000_000, limit.RxRate);
        Assert.Equal(2_000_000, limit.TxRate);
        Assert.Equal(1_000_000, limit.UploadBitsPerSecond);
        Assert.Equal(2_000_000, limit.DownloadBitsPerSecond);
        Assert.Null(limit.Burst);
    }

    [Fact]
    public void Parse_Kilo_Multiplies1000()
    {
        var limit = RateLimit.Parse("512k/1M");
        Assert.Equal(512_000, limit.RxRate);
        Assert.Equal(1_000_000, limit.TxRate);
    }

    [Fact]
    public void Parse_SingleRate_BothDirections()
    {
        var limit = RateLimit.Parse("2M");
        Assert.Equal(2_000_000, limit.RxRate);
        Assert.Equal(2_000_000, limit.TxRate);
    }

    [Fact]
    public void Parse_PlainBits_NoSuffix() => Assert.Equal(64_000, RateLimit.Parse("64000/128000").RxRate);

    [Fact]
    public void Parse_FullBurstForm_AllParts()
    {
        var limit = RateLimit.Parse("1M/2M 2M/4M 768k/1500k 16/16 8 256k/512k");
        Assert.Equal(1_000_000, limit.RxRate);
        Assert.Equal(2_000_000, limit.TxRate);
        var burst = Assert.IsType<RateLimitBurst>(limit.Burst);
        Assert.Equal(2_000_000, burst.RxRate);
        Assert.Equal(4_000_000, burst.TxRate);
        Assert.Equal(768_000, burst.RxThreshold);
        Assert.Equal(1_500_000, burst.TxThreshold);
        Assert.Equal(TimeSpan.FromSeconds(16), burst.RxTime);
        Assert.Equal(TimeSpan.FromSeconds(16), burst.TxTime);
        Assert.Equal(8, limit.Priority);
        Assert.Equal(256_000, limit.RxRateMin);
        Assert.Equal(512_000, limit.TxRateMin);
    }

    [Fact]
    public void Parse_BurstWithoutTime_DefaultsToOneSecond()
    {
        var burst = RateLimit.Parse("1M/2M 2M/4M 768k/1500k").Burst!;
        Assert.Equal(TimeSpan.FromSeconds(1), burst.RxTime);
        Assert.Equal(TimeSpan.FromSeconds(1), burst.TxTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fast")]
    [InlineData("1M/2M/3M")]
    [InlineData("1X")]
    [InlineData("1M/")]
    [InlineData("1M/2M 2M/4M 768k/1500k 16/16 8 256k/512k extra")]
    [InlineData("1M/2M 2M/4M 768k/1500k 16/16 x")]
    public void Parse_Garbage_Throws(string text)
    {
        Assert.Throws<FormatException>(() => RateLimit.Parse(text));
        Assert.False(RateLimit.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_EmptyOrNull_FalseMeaningNoLimit()
    {
        Assert.False(RateLimit.TryParse(null, out var a));
        Assert.Null(a);
    }

    [Theory]
    [InlineData("1M/2M")]
    [InlineData("512k/1M")]
    [InlineData("2M/2M")]
    [InlineData("1500k/3M")]
    [InlineData("1M/2M 2M/4M 768k/1500k 16s/16s 8 256k/512k")]
    [InlineData("1M/2M 2M/4M 768k/1500k 16s/16s")]
    [InlineData("123/456")]
    public void Format_Parsed_RoundTrips(string text) => Assert.Equal(text, RateLimit.Parse(text).ToString());

    [Fact]
    public void Create_UploadDownload_FormatsRouterView() =>
        Assert.Equal("1M/2M", RateLimit.FromUploadDownload(1_000_000, 2_000_000).ToString());

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(999L, "999")]
    [InlineData(1000L, "1k")]
    [InlineData(1_500_000L, "1500k")]
    [InlineData(2_000_000L, "2M")]
    [InlineData(3_000_000_000L, "3G")]
    public void FormatRate_Value_ShortestSuffix(long bits, string expected) =>
        Assert.Equal(expected, RateLimit.FormatRate(bits));
}
