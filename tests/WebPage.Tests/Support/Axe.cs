using System.Text.Json;

namespace Archive.WebPage.Tests.Support;

/// <summary>
/// Accessibility checks with axe-core, installed by npm beside this project (package.json) and injected into
/// the page under test; the rules of WCAG 2.0 and 2.1, levels A and AA.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(ScriptPath));

    /// <summary>Why accessibility checks are skipped, or null when they must run (always under CI).</summary>
    public static string? SkipReason =>
        Chromium.SkipReason ?? (File.Exists(ScriptPath) || TestData.IsCi ? null : $"needs axe-core at {ScriptPath} (`npm ci` in tests/WebPage.Tests; scripts/install-prerequisites.sh runs it)");

    public static string ScriptPath => Path.Combine(TestData.RepositoryRoot, "tests", "WebPage.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Runs axe over the page; returns one line per serious or critical violation, naming the rule and the elements.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"axe-core is missing at {ScriptPath}; run `npm ci` in tests/WebPage.Tests (scripts/install-prerequisites.sh does).");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations);
            }
            """);
        using var violations = JsonDocument.Parse(json);
        return
        [
            .. violations.RootElement.EnumerateArray()
                .Where(violation => violation.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(violation =>
                    $"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): {violation.GetProperty("help").GetString()} — " +
                    string.Join(" | ", violation.GetProperty("nodes").EnumerateArray().Take(5).Select(node => node.GetProperty("html").GetString()))),
        ];
    }
}

/// <summary>An accessibility check: skipped with a reason when Chromium or axe-core is absent, except under CI.</summary>
public sealed class AccessibilityFactAttribute : FactAttribute
{
    public AccessibilityFactAttribute()
    {
        Skip = Axe.SkipReason;
    }
}
