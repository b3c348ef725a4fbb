using System.Text;
using AngleSharp.Dom;

namespace Archive.Ingestion.Extraction.Html;

/// <summary>
/// Walks the parsed page in document order with a stack of its own. AngleSharp's selectors and TextContent walk the
/// tree with nested iterators or recursion, which costs time in the square of the nesting depth (and stack with it),
/// so a page of 50,000 nested elements would take seconds at every query.
/// </summary>
internal static class HtmlTree
{
    /// <summary>The elements below <paramref name="root"/>, in document order; a subtree is skipped when <paramref name="enter"/> says no.</summary>
    public static IEnumerable<IElement> Descendants(INode root, Func<IElement, bool>? enter = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pending = new Stack<INode>();
        Push(pending, root);
        while (pending.TryPop(out var node))
        {
            if (node is not IElement element)
            {
                continue;
            }

            yield return element;
            if (enter is null || enter(element))
            {
                Push(pending, element);
            }
        }
    }

    /// <summary>The text of an element's text nodes, in order (what TextContent gives, without its recursion).</summary>
    public static string TextOf(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.TryPop(out var node))
        {
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
            }
            else
            {
                Push(pending, node);
            }
        }

        return text.ToString();
    }

    private static void Push(Stack<INode> pending, INode parent)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }
}
