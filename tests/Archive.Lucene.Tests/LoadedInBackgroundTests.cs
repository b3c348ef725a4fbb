namespace Archive.Lucene.Tests;

public sealed class LoadedInBackgroundTests
{
    [Fact]
    public void Start_ComputesTheValueOnceWithoutBeingAsked()
    {
        var calls = 0;
        using var loaded = new ManualResetEventSlim();
        var value = new Lazy<string>(() =>
        {
            Interlocked.Increment(ref calls);
            loaded.Set();
            return "ordliste";
        });

        var started = LoadedInBackground.Start(value);

        Assert.True(loaded.Wait(TimeSpan.FromSeconds(30)), "the value was not computed until asked for");
        Assert.Same(value, started);
        Assert.Equal("ordliste", started.Value);
        Assert.Equal(1, Volatile.Read(ref calls));
    }

    [Fact]
    public void Start_FailingLoad_ThrowsAtFirstUse()
    {
        var value = new Lazy<string>(() => throw new InvalidDataException("ordlisten kan ikke læses"));

        var started = LoadedInBackground.Start(value);

        var problem = Assert.Throws<InvalidDataException>(() => started.Value);
        Assert.Equal("ordlisten kan ikke læses", problem.Message);
    }
}
