using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Lucene.Tests;

public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-positional-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void OpenInput_ClonesReadAtTheirOwnPositions_AndPastTheEndIsAnError()
    {
        using var directory = new PositionalReadDirectory(_folder);
        var bytes = Enumerable.Range(0, 20_000).Select(i => (byte)(i % 251)).ToArray();
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Seek(15_000);
        clone.Seek(3);

        Assert.Equal(bytes[15_000], input.ReadByte());
        Assert.Equal(bytes[3], clone.ReadByte());
        var middle = new byte[9_000];
        clone.ReadBytes(middle, 0, middle.Length);
        Assert.Equal(bytes.AsSpan(4, 9_000).ToArray(), middle);
        Assert.Equal(bytes.Length, input.Length);
        input.Seek(bytes.Length - 1);
        input.ReadByte();
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void OpenInput_MissingFile_IsFileNotFound()
    {
        using var directory = new PositionalReadDirectory(_folder);
        System.IO.Directory.CreateDirectory(_folder);

        Assert.ThrowsAny<FileNotFoundException>(() => directory.OpenInput("segments_9", IOContext.DEFAULT));
    }

    [Fact]
    public void Index_WrittenInCompoundFilesAndSearchedFromManyThreads_ReadsBackEveryDocument()
    {
        // Small segments go into compound files, whose inner files are slices of one handle.
        using var directory = new PositionalReadDirectory(_folder);
        var config = new IndexWriterConfig(ArchiveLucene.Version, new WhitespaceAnalyzer(ArchiveLucene.Version)) { UseCompoundFile = true };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 300; i++)
            {
                writer.AddDocument([new StringField("id", i.ToString(), Field.Store.YES), new TextField("body", $"ord{i % 7} tekst nummer {i} " + new string('x', i), Field.Store.YES)]);
                if (i % 100 == 99)
                {
                    writer.Commit();
                }
            }
        }

        Assert.Contains(System.IO.Directory.GetFiles(_folder), file => file.EndsWith(".cfs", StringComparison.Ordinal));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var top = searcher.Search(new TermQuery(new Term("id", i.ToString())), 1);
            var document = searcher.Doc(Assert.Single(top.ScoreDocs).Doc);
            Assert.Equal($"ord{i % 7} tekst nummer {i} " + new string('x', i), document.Get("body"));
            Assert.Equal(Enumerable.Range(0, 300).Count(j => j % 7 == i % 7), searcher.Search(new TermQuery(new Term("body", $"ord{i % 7}")), 300).TotalHits);
        });
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}
