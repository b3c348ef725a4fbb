namespace Archive.Ingestion.Extraction.Docx;

/// <summary>
/// Follows complex fields (w:fldChar begin / separate / end, possibly nested) so that the field code
/// between begin and separate is never taken as text, while the result after separate is.
/// </summary>
internal sealed class FieldTracker
{
    private readonly Stack<bool> _inCode = new();
    private int _levelsInCode;

    /// <summary>True while any open field is still in its code section.</summary>
    public bool InCode => _levelsInCode > 0;

    public void Apply(string? fieldCharType)
    {
        switch (fieldCharType)
        {
            case "begin":
                _inCode.Push(true);
                _levelsInCode++;
                break;
            case "separate":
                if (_inCode.TryPeek(out var inCode) && inCode)
                {
                    _inCode.Pop();
                    _inCode.Push(false);
                    _levelsInCode--;
                }

                break;
            case "end":
                if (_inCode.TryPop(out var wasInCode) && wasInCode)
                {
                    _levelsInCode--;
                }

                break;
        }
    }
}
