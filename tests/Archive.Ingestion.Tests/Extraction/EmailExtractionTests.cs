using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

/// <summary>
/// E-mail messages read through the archive's extraction as a file is: the body and the attachments, and hostile
/// messages (too many attachments, messages nested without end, huge or broken attachments, malformed headers) that
/// end in a clear reason, never in a crash or a runaway.
/// </summary>
public sealed class EmailExtractionTests
{
    private static readonly TextExtraction Extraction = Reading(ExtractionLimits.Default);

    [Fact]
    public async Task Extract_PlainTextBody_GivesHeadersBodyAndTheNamesOfTheAttachments()
    {
        var message = EmailBuilder.Create()
            .Subject("Re: SV: Høringssvar om herberget")
            .Text("Udsatterådet bakker op om herberget.")
            .Attach("notat.txt", "Notat om herbergets pladser."u8.ToArray())
            .Build();

        var outcome = await Extraction.ExtractAsync(message, "svar.eml", CancellationToken.None);

        var text = Assert.IsType<ExtractedText>(outcome.Text);
        Assert.Equal(FileFormat.Email, outcome.Format);
        Assert.Equal("Høringssvar om herberget", text.EmbeddedTitle);
        Assert.Equal(
            "Fra: Udsatterådet <udsatteraadet@slagelse.dk>\nTil: Socialudvalget <socialudvalget@kk.dk>\nDato: 2017-10-12 14:30\nEmne: Høringssvar om herberget\n\nUdsatterådet bakker op om herberget.\n\nVedhæftede filer: notat.txt",
            text.Pages[0]);
        var attachment = Assert.Single(text.Attachments);
        Assert.Equal((1, "notat.txt", FileFormat.PlainText), (attachment.Number, attachment.FileName, attachment.Format));
        Assert.Equal(["Notat om herbergets pladser."], attachment.Text.Pages);
    }

    [Fact]
    public async Task Extract_PrivateSenderAddress_IsMaskedInTheHeadersAndTheText()
    {
        var message = EmailBuilder.Create().From("Jens Hansen <jens.hansen1970@gmail.com>").Text("Jeg bor på herberget.").Build();

        var text = (await Extraction.ExtractAsync(message, "borger.eml", CancellationToken.None)).Text!;

        Assert.Equal("Jens Hansen <[e-mail skjult]>", text.Email!.Sender);
        Assert.DoesNotContain("gmail", text.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MoreAttachmentsThanAMessageMayCarry_IsTooLarge()
    {
        var builder = EmailBuilder.Create().Text("Mange bilag.");
        for (var i = 0; i <= EmailTextExtractor.MaxAttachments; i++)
        {
            builder.Attach($"bilag-{i}.txt", Encoding.UTF8.GetBytes($"Bilag nummer {i}."));
        }

        var outcome = await Extraction.ExtractAsync(builder.Build(), "mange.eml", CancellationToken.None);

        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("at most 100", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MessagesNestedDeeperThanTheLimit_IsTooLarge()
    {
        var message = EmailBuilder.Create().Text("Inderst.").Attach("bund.txt", "Bunden."u8.ToArray()).Build();
        for (var level = 0; level < ExtractionLimits.MaxMessageDepth + 1; level++)
        {
            message = EmailBuilder.Create().Subject($"VS: niveau {level}").Text($"Niveau {level}.").AttachMessage(message).Build();
        }

        var outcome = await Extraction.ExtractAsync(message, "dyb.eml", CancellationToken.None);

        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("more than 3 deep", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MessagesNestedToTheLimit_AreReadWhole()
    {
        var message = EmailBuilder.Create().Text("Inderst.").Attach("bund.txt", "Bunden."u8.ToArray()).Build();
        for (var level = 0; level < ExtractionLimits.MaxMessageDepth - 1; level++)
        {
            message = EmailBuilder.Create().Text($"Niveau {level}.").AttachMessage(message).Build();
        }

        var text = (await Extraction.ExtractAsync(message, "dyb.eml", CancellationToken.None)).Text!;

        Assert.Equal(["Bunden."], text.Attachments[0].Text.Attachments[0].Text.Attachments[0].Text.Pages);
    }

    [Fact]
    public async Task Extract_AttachmentOverTheSizeLimit_IsLeftOutAndNamed()
    {
        var reading = Reading(ExtractionLimits.Default with { MaxAttachmentBytes = 1_000 });
        var message = EmailBuilder.Create()
            .Text("Se bilagene.")
            .Attach("lille.txt", "Et kort notat."u8.ToArray())
            .Attach("stor.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Et langt notat. ", 200))))
            .Build();

        var text = (await reading.ExtractAsync(message, "svar.eml", CancellationToken.None)).Text!;

        Assert.Equal("lille.txt", Assert.Single(text.Attachments).FileName);
        Assert.Equal("stor.txt: too-large: the attachment is larger than 1,000 bytes", Assert.Single(text.AttachmentProblems));
        Assert.EndsWith("Vedhæftede filer: lille.txt, stor.txt", text.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WordZipBombAttached_IsLeftOutAsTooLargeAndTheMessageIsRead()
    {
        var word = DocxPackageBuilder.Paragraph(string.Concat(Enumerable.Repeat("bolig ", 100_000)));
        var bomb = DocxPackageBuilder.WithBody(string.Concat(Enumerable.Repeat(word, 40))).Build();
        var message = EmailBuilder.Create().Text("Bilaget er stort.").Attach("bombe.docx", bomb).Build();

        var outcome = await Extraction.ExtractAsync(message, "bombe.eml", CancellationToken.None);

        Assert.Empty(outcome.Text!.Attachments);
        Assert.StartsWith("bombe.docx: too-large:", Assert.Single(outcome.Text.AttachmentProblems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_AttachmentsTogetherHoldingMoreTextThanADocument_IsTooLarge()
    {
        var builder = EmailBuilder.Create().Text("Fire store bilag.");
        var part = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Notat om bolig og herberg.\n", 240_000)));
        for (var i = 0; i < 4; i++)
        {
            builder.Attach($"del-{i}.txt", part);
        }

        var outcome = await Extraction.ExtractAsync(builder.Build(), "stor.eml", CancellationToken.None);

        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("the e-mail message with its attachments holds more than 20,000,000 characters", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BrokenBase64Attachment_IsLeftOutAndTheMessageIsRead()
    {
        var message = Encoding.UTF8.GetBytes(
            "From: udsatteraadet@slagelse.dk\r\nSubject: Budget\r\nDate: Thu, 12 Oct 2017 14:30:00 +0200\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBudgettet for værestedet.\r\n"
            + "--b\r\nContent-Type: application/pdf; name=\"budget.pdf\"\r\nContent-Disposition: attachment; filename=\"budget.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + "JVBERi0xLjQK!!!!%%%%####@@@@^^^^====JVBER\r\n\u0001\u0002garbage====\r\n--b--\r\n");

        var outcome = await Extraction.ExtractAsync(message, "budget.eml", CancellationToken.None);

        Assert.Contains("Budgettet for værestedet.", outcome.Text!.Pages[0], StringComparison.Ordinal);
        Assert.Empty(outcome.Text.Attachments);
        Assert.StartsWith("budget.pdf: corrupt:", Assert.Single(outcome.Text.AttachmentProblems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MalformedHeaders_KeepWhatCanBeRead()
    {
        var message = Encoding.ASCII.GetBytes(
            "From: <<<ikke en adresse\r\nDate: i morgen\r\nSubject: =?utf-8?B?@@@?=\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"aldrig\"\r\n\r\nTeksten om varmestuen uden grænse.\r\n");

        var outcome = await Extraction.ExtractAsync(message, "rod.eml", CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains("varmestuen", outcome.Text!.Pages[0], StringComparison.Ordinal);
        Assert.Null(outcome.Text.Email!.Date);
        Assert.Null(outcome.Text.EmbeddedTitle);
    }

    [Fact]
    public async Task Extract_HeadersWithNothingToRead_IsCorrupt()
    {
        var message = "Received: from mail.example.dk\r\nX-Spam: no\r\n\r\n"u8.ToArray();

        var outcome = await Extraction.ExtractAsync(message, "tom.eml", CancellationToken.None);

        Assert.Equal(FailureReason.Corrupt, outcome.FailureReason);
        Assert.Contains("neither a sender, a date, a subject, a body nor attachments", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_TextNamedEmlWithoutHeaders_IsCorrupt()
    {
        var outcome = await Extraction.ExtractAsync("Bare en tekst om herberget."u8.ToArray(), "svar.eml", CancellationToken.None);

        Assert.Equal(FailureReason.Corrupt, outcome.FailureReason);
        Assert.StartsWith("not an e-mail message", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_MessageSavedUnderAnotherName_IsAnEmailByItsHeaders()
    {
        var message = EmailBuilder.Create().Text("Hej.").Build();

        Assert.Equal(FileFormat.Email, FormatDetector.Detect(message, "svar.txt").Format);
        Assert.Equal(FileFormat.Email, FormatDetector.Detect(message, "svar").Format);
        Assert.Equal(FileFormat.PlainText, FormatDetector.Detect("Fra: Bent\nTil: Udvalget\n\nHej."u8, "brev.txt").Format);
        Assert.Equal(FileFormat.PlainText, FormatDetector.Detect("Subject: kun ét felt\n\nHej."u8, "brev.txt").Format);
    }

    [Fact]
    public void Detect_OutlookMsg_IsUnsupportedAndNamesTheWayToEml()
    {
        var msg = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(msg, 0);
        Encoding.Unicode.GetBytes("__substg1.0_0037001F").CopyTo(msg, 1024);

        var detection = FormatDetector.Detect(msg, "svar.msg");

        Assert.Equal(FailureReason.UnsupportedFormat, detection.Reason);
        Assert.Contains("save the message as .eml", detection.Description, StringComparison.Ordinal);
        Assert.Equal(FailureReason.UnsupportedFormat, FormatDetector.Detect(msg, "svar.bin").Reason);
        Assert.Contains(".msg", FormatDetector.Detect(msg, "svar.bin").Description, StringComparison.Ordinal);
    }

    private static TextExtraction Reading(ExtractionLimits limits) =>
        new([new PlainTextExtractor(), new PdfTextExtractor(), new DocxTextExtractor(), new HtmlTextExtractor(), new EmailTextExtractor()], limits);
}
