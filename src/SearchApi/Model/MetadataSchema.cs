using Archive.Lucene;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.SearchApi.Model;

/// <summary>
/// Describes the metadata properties of hits and documents in the OpenAPI document. They are written from the
/// field registry (<see cref="MetadataJson"/>), so the schema is too: one property per field, in the same order.
/// </summary>
internal static class MetadataSchema
{
    public static Task AddMetadataProperties(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type != typeof(HitResponse) && context.JsonTypeInfo.Type != typeof(DocumentResponse))
        {
            return Task.CompletedTask;
        }

        schema.AdditionalPropertiesAllowed = false;
        schema.AdditionalProperties = null;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schema.Properties.Remove("metadata");
        foreach (var field in MetadataFields.All)
        {
            schema.Properties[field.Name] = field.Multiple
                ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
                : new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = DescriptionOf(field), Pattern = PatternOf(field) };
            if (field.Storage == MetadataStorage.Date)
            {
                schema.Properties[MetadataJson.DatePrecision] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "day, month or year: how much of the date the document states." };
            }
        }

        return Task.CompletedTask;
    }

    // Not format=date: "2019" and "2019-06" are no dates to a validator or a generated client, and a client that read
    // them as dates would invent a day the document never stated.
    private static string? PatternOf(MetadataField field) => field.Storage == MetadataStorage.Date ? MetadataJson.DatePattern : null;

    private static string? DescriptionOf(MetadataField field) => field.Storage switch
    {
        MetadataStorage.Date => "The document's own date, as much of it as the document states: yyyy-MM-dd, yyyy-MM or yyyy (see datePrecision).",
        MetadataStorage.Facet => "A facet value: filter by it, count it.",
        _ => null,
    };
}
