using System.Text;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Protocol;

public class ReplyTests
{
    private static Reply Parse(params string[] words) => Reply.Parse(Sentence.FromWords(words));

    [Theory]
    [InlineData("!re", ReplyKind.Re)]
    [InlineData("!done", ReplyKind.Done)]
    [InlineData("!trap", ReplyKind.Trap)]
    [InlineData("!fatal", ReplyKind.Fatal)]
    [InlineData("!empty", ReplyKind.Empty)]
    [InlineData("!foo", ReplyKind.Unknown)]
    public void Parse_ReplyWord_IsClassified(string word, ReplyKind kind)
    {
        var reply = Parse(word);

        Assert.Equal(kind, reply.Kind);
        Assert.Equal(word, reply.Word);
    }

    [Fact]
    public void Parse_TagBeforeAttributes_IsFound()
    {
        var reply = Parse("!re", ".tag=12", "=name=ether1");

        Assert.Equal("12", reply.Tag);
        Assert.Equal("ether1", reply.Get("name"));
    }

    [Fact]
    public void Parse_NoTag_TagIsNull() => Assert.Null(Parse("!done", "=ret=*1A").Tag);

    [Fact]
    public void Parse_ValueContainingEquals_SplitsOnFirstEquals()
    {
        var reply = Parse("!re", "=name=iu=c3Eeg", "=comment=a=b=c");

        Assert.Equal("iu=c3Eeg", reply.Get("name"));
        Assert.Equal("a=b=c", reply.Get("comment"));
    }

    [Fact]
    public void Parse_EmptyValueAndKeyWithoutValue_AreEmptyNotAbsent()
    {
        var reply = Parse("!re", "=comment=", "=disabled");

        Assert.Equal(string.Empty, reply.Get("comment"));
        Assert.Equal(string.Empty, reply.Get("disabled"));
        Assert.Null(reply.Get("missing"));
    }

    [Fact]
    public void Parse_DuplicateKeys_AreAllKept()
    {
        var reply = Parse("!re", "=.about=one", "=.about=two");

        Assert.Equal(["one", "two"], reply.Attributes.Where(a => a.Key == ".about").Select(a => a.Value));
    }

    [Fact]
    public void Parse_EmptyRe_IsStillARow()
    {
        var reply = Parse("!re");

        Assert.Equal(ReplyKind.Re, reply.Kind);
        Assert.Empty(reply.Attributes);
    }

    [Fact]
    public void Parse_FatalReason_IsFreeText()
    {
        var reply = Parse("!fatal", "session terminated on request");

        Assert.Equal(["session terminated on request"], reply.FreeText);
    }

    [Fact]
    public void Parse_NotAReplyWord_ThrowsProtocolError() =>
        Assert.Throws<RouterOsProtocolException>(() => Parse("/login"));

    [Fact]
    public void Parse_InvalidUtf8_FallsBackToLatin1()
    {
        var sentence = Sentence.FromWords(["!re"u8.ToArray(), [.. "=comment=caf"u8, 0xE9]]);

        Assert.Equal("café", Reply.Parse(sentence).Get("comment"));
    }

    [Fact]
    public void Parse_MultiByteUtf8_DecodesAsUtf8()
    {
        var sentence = Sentence.FromWords(["!re", "=comment=Balai Desa · 北"], Encoding.UTF8);

        Assert.Equal("Balai Desa · 北", Reply.Parse(sentence).Get("comment"));
    }

    [Fact]
    public void Parse_WithNameCache_ReusesKeyStrings()
    {
        var cache = new AttributeNameCache();
        var a = Reply.Parse(Sentence.FromWords(["!re", "=bytes-in=1"]), names: cache);
        var b = Reply.Parse(Sentence.FromWords(["!re", "=bytes-in=2"]), names: cache);

        Assert.Same(a.Attributes[0].Key, b.Attributes[0].Key);
        Assert.Equal("2", b.Get("bytes-in"));
    }
}
