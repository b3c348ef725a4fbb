using AngleSharp.Dom;

namespace Archive.Ingestion.Extraction.Html;

/// <summary>
/// Finds the part of a web page that is its document, and what inside it is no part of the document:
/// <list type="bullet">
/// <item>the page's &lt;main&gt; (or role="main") when it has one, else its outermost &lt;article&gt;s, else its body;</item>
/// <item>left out wherever they are: script, style, templates, embedded objects, form controls, &lt;nav&gt;, &lt;aside&gt;,
/// landmarks marked as navigation, banner, search, complementary or content information, elements hidden by the
/// hidden attribute, aria-hidden or an inline display:none, and cookie or consent banners (an id or class naming
/// cookies, consent or GDPR);</item>
/// <item>a &lt;header&gt; or &lt;footer&gt; left out when it belongs to the page (not to an article or section, where it holds
/// the article's heading, date or author).</item>
/// </list>
/// </summary>
internal static class HtmlMainContent
{
    private static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio",
        "button", "select", "input", "textarea", "datalist", "dialog", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Boilerplate = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "menu" };

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "search", "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
    };

    private static readonly string[] BannerWords = ["cookie", "consent", "gdpr"];

    private static readonly HashSet<string> Sectioning = new(StringComparer.OrdinalIgnoreCase) { "article", "section", "main" };

    /// <summary>The elements whose text is the document, in document order (more than one only for several articles).</summary>
    public static IReadOnlyList<IElement> Roots(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.DocumentElement is not { } html)
        {
            return [];
        }

        var main = HtmlTree.Descendants(html, element => !IsHidden(element))
            .FirstOrDefault(element => !IsHidden(element) && (element.LocalName == "main" || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase)));
        if (main is not null)
        {
            return [main];
        }

        // An article inside an article is part of it (a comment, a quoted post): only the outermost ones are roots.
        var articles = HtmlTree.Descendants(html, element => element.LocalName != "article" && !IsHidden(element))
            .Where(element => element.LocalName == "article" && !IsHidden(element))
            .ToList();
        if (articles.Count > 0)
        {
            return articles;
        }

        return document.Body is { } body ? [body] : [html];
    }

    /// <summary>The text of the page's &lt;title&gt; (in its head), or null.</summary>
    public static string? Title(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Head?.Children.FirstOrDefault(child => child.LocalName == "title") is { } title ? HtmlTree.TextOf(title) : null;
    }

    /// <summary>The text of the first &lt;h1&gt; of the document's roots, else of the page, or null.</summary>
    public static string? FirstHeading(IDocument document, IReadOnlyList<IElement> roots)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(roots);
        var heading = roots.Select(root => HtmlTree.Descendants(root).FirstOrDefault(element => element.LocalName == "h1")).FirstOrDefault(h1 => h1 is not null)
            ?? (document.DocumentElement is { } html ? HtmlTree.Descendants(html).FirstOrDefault(element => element.LocalName == "h1") : null);
        return heading is null ? null : HtmlTree.TextOf(heading);
    }

    /// <summary>An element whose text is never a document's: scripts, styles, embedded objects, form controls.</summary>
    public static bool IsNeverText(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return NeverText.Contains(element.LocalName) || IsHidden(element);
    }

    /// <summary>An element that frames the document rather than being part of it (see the class summary).</summary>
    public static bool IsBoilerplate(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (Boilerplate.Contains(element.LocalName) || (element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role)))
        {
            return true;
        }

        if (element.LocalName is "header" or "footer" && !HasSectioningAncestor(element))
        {
            return true;
        }

        return NamesBanner(element.Id) || NamesBanner(element.ClassName);
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasSectioningAncestor(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Sectioning.Contains(parent.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesBanner(string? names) =>
        names is not null && BannerWords.Any(word => names.Contains(word, StringComparison.OrdinalIgnoreCase));
}
