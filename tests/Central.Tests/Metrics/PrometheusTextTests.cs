using KimHotspot.Central.Metrics;

namespace KimHotspot.Central.Tests.Metrics;

public sealed class PrometheusTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\"b", "a\\\"b")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("two\nlines", "two\\nlines")]
    public void EscapeLabel_SpecialCharacters_Escaped(string value, string expected) =>
        Assert.Equal(expected, PrometheusText.EscapeLabel(value));

    [Fact]
    public void Sample_LabelsAndValues_RoundTripThroughParser()
    {
        var text = new PrometheusText()
            .Family("kim_x", "gauge", "A help\nwith a line break.")
            .Sample("kim_x", 1.5, ("site_id", "71.74.01.2001"), ("kecamatan", "a\"b\\c\nd"))
            .Sample("kim_x", double.NaN)
            .ToString();

        var samples = PrometheusParser.Parse(text);

        Assert.Equal(2, samples.Count);
        Assert.Equal(1.5, samples[0].Value);
        Assert.Equal("a\"b\\c\nd", samples[0].Labels["kecamatan"]);
        Assert.True(double.IsNaN(samples[1].Value));
        Assert.Contains("# HELP kim_x A help\\nwith a line break.\n", text, StringComparison.Ordinal);
    }
}
