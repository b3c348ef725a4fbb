using Archive.Ingestion.Extraction;
using Archive.Ingestion.Extraction.Conversion;
using Archive.Ingestion.Extraction.Ocr;
using Archive.Ingestion.Extraction.Tools;
using Archive.Ingestion.Metadata;
using Archive.Ingestion.Metadata.Topics;
using Archive.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArchiveIngestion"/> with its options bound once from the <c>Archive</c> section and
    /// validated at start, the archive's analyzer, and text extraction. <paramref name="configure"/> runs after
    /// binding (a command line's folder, a test's short delays). Nothing is opened until the ingestion is used.
    /// </summary>
    public static IServiceCollection AddArchiveIngestion(this IServiceCollection services, IConfiguration configuration, Action<IngestionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section));
        if (configure is not null)
        {
            options.PostConfigure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.TryAddSingleton<DanishArchiveAnalyzer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITextExtractor, PlainTextExtractor>();
        services.AddSingleton<ITextExtractor, DocxTextExtractor>();
        services.AddSingleton<ITextExtractor, OdtTextExtractor>();
        services.AddSingleton<ITextExtractor, XlsxTextExtractor>();
        services.AddSingleton<ITextExtractor, PptxTextExtractor>();
        services.AddSingleton<ITextExtractor, HtmlTextExtractor>();
        services.AddSingleton<ITextExtractor, PdfTextExtractor>();
        services.AddSingleton<ITextExtractor, EmailTextExtractor>();
        services.AddSingleton<ITextExtractor, ImageTextExtractor>();
        services.TryAddSingleton(provider => new ToolAvailability(
            new ProgramLocator(provider.GetRequiredService<IOptions<IngestionOptions>>().Value.ToolSearchPath), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<IngestionOptions>>().Value;
            return new LibreOfficeConverter(provider.GetRequiredService<ToolAvailability>(), options.ExtractionTimeout, options.MaxFileBytes);
        });
        foreach (var format in OfficeConversionFormats.All)
        {
            services.AddSingleton<ITextExtractor>(provider => new ConvertedTextExtractor(format, provider.GetRequiredService<LibreOfficeConverter>()));
        }

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<IngestionOptions>>().Value;
            var tesseract = new TesseractOcr(provider.GetRequiredService<ToolAvailability>(), provider.GetRequiredService<TimeProvider>());
            var ocr = new OcrReader(tesseract, new OcrSettings(options.OcrResolution, options.OcrPageTimeout));
            var limits = new ExtractionLimits(options.ExtractionTimeout, MaskPrivateContacts: options.MaskPersonalData, MaxAttachmentBytes: Math.Min(options.MaxFileBytes, ExtractionLimits.DefaultMaxAttachmentBytes));
            return new TextExtraction(provider.GetServices<ITextExtractor>(), limits, ocr, options.OcrMaxPages);
        });
        services.AddSingleton(provider => LoadTopics(TopicClassifier.DefaultPath, provider.GetRequiredService<DanishArchiveAnalyzer>()));
        services.AddSingleton(provider => provider.GetRequiredService<Lazy<TopicClassifier>>().Value);
        services.AddSingleton(provider => new MetadataBuilder(provider.GetRequiredService<Lazy<TopicClassifier>>()));
        services.AddSingleton(provider => provider.GetRequiredService<TopicClassifier>().Words());
        services.AddSingleton(provider => new ArchiveIngestion(
            provider.GetRequiredService<IOptions<IngestionOptions>>(),
            provider.GetRequiredService<TextExtraction>(),
            provider.GetRequiredService<MetadataBuilder>(),
            provider.GetRequiredService<ToolAvailability>(),
            provider.GetRequiredService<DanishArchiveAnalyzer>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// The topic list beside the program, which the operator may edit (<see cref="TopicClassifier.LoadInBackground"/>).
    /// One that cannot be read stops the start with what is wrong and where, as a missing inbox does, not with a
    /// stack trace.
    /// </summary>
    internal static Lazy<TopicClassifier> LoadTopics(string path, DanishArchiveAnalyzer analyzer)
    {
        try
        {
            return TopicClassifier.LoadInBackground(path, analyzer);
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new IngestionUnavailableException($"The topic list cannot be read: {exception.Message} Correct it, or restore the {TopicClassifier.FileName} that came with the archive.", exception);
        }
    }
}
