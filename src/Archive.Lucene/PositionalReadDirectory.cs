using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Archive.Lucene;

/// <summary>
/// The index folder, read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>)
/// on one file handle that every clone and thread shares. Lucene.Net's memory-mapped inputs register each clone in a
/// ConditionalWeakTable, whose dependent GC handles cost the search API a third of its CPU in collections; its
/// NIOFSDirectory reads through a FileStream under a lock, with a seek before every read. Positional reads need
/// neither: a read is one system call, and two searches read the same file at once.
/// </summary>
public sealed class PositionalReadDirectory(string indexPath) : FSDirectory(new DirectoryInfo(indexPath), lockFactory: null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var handle = OpenHandle(name);
        try
        {
            return new PositionalIndexInput($"PositionalIndexInput(path=\"{PathOf(name)}\")", handle, 0, RandomAccess.GetLength(handle), BufferedIndexInput.GetBufferSize(context), ownsHandle: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Slices of one file (the files inside a compound file), sharing its handle.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(OpenHandle(name), PathOf(name), BufferedIndexInput.GetBufferSize(context));
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private string PathOf(string name) => Path.Combine(Directory.FullName, name);

    private sealed class Slicer(SafeFileHandle handle, string path, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalIndexInput($"PositionalIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", handle, offset, length, bufferSize, ownsHandle: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>A file, or a slice of one, read at the input's position without moving any shared file position.</summary>
    private sealed class PositionalIndexInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle)
        : BufferedIndexInput(description, bufferSize)
    {
        // Clones share the handle and never close it; only the input that opened it does.
        private bool _isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = start + Position;
            if (Position + count > length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            var read = 0;
            while (read < count)
            {
                var n = RandomAccess.Read(handle, b.AsSpan(offset + read, count - read), position + read);
                if (n == 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this}");
                }

                read += n;
            }
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (PositionalIndexInput)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && ownsHandle && !_isClone)
            {
                handle.Dispose();
            }
        }
    }
}
