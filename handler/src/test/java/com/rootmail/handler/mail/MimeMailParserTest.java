package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.handler.mail.ParsedMail.Attachment;
import com.rootmail.handler.mail.ParsedMail.Body.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeMailParserTest {

    private final MailParser parser = new MimeMailParser(MailLimits.DEFAULT);

    static ParsedMail parseFixture(MailParser parser, String name) {
        try (InputStream raw = MimeMailParserTest.class.getResourceAsStream("/mail/" + name)) {
            assertThat(raw).as("fixture %s", name).isNotNull();
            return parser.parse(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedMail parse(String name) {
        return parseFixture(parser, name);
    }

    @Nested
    class SesSample {
        private final ParsedMail mail = parse("ses-delivered-test-mail.eml");

        @Test
        void headersAreReadFromTheSesDeliveredMail() {
            assertThat(mail.messageId())
                    .isEqualTo("0100016d07eb7477-8e1938ce-475e-4e4b-89cb-example-000000@email.amazonses.com");
            assertThat(mail.from()).contains(new ParsedMail.Mailbox("sender@example.com", ""));
            assertThat(mail.to()).containsExactly("recipient@example.com");
            assertThat(mail.subject()).isEqualTo("Amazon SES Test");
            assertThat(mail.date()).contains(Instant.parse("2019-09-06T18:52:14Z"));
        }

        @Test
        void plainTextAlternativeIsPreferredOverHtml() {
            assertThat(mail.body().source()).isEqualTo(Source.PLAIN);
            assertThat(mail.body().text()).isEqualTo("Amazon SES Test\nThis email was sent with Amazon SES.");
            assertThat(mail.body().truncated()).isFalse();
            assertThat(mail.attachments()).isEmpty();
        }

        @Test
        void sesTraceHeadersAreKeptUnfoldedAndKeyedLowerCase() {
            assertThat(mail.traceHeaders()).containsOnlyKeys(
                    "x-ses-spam-verdict", "x-ses-virus-verdict", "authentication-results");
            assertThat(mail.traceHeaders()).containsEntry("x-ses-spam-verdict", "PASS");
            assertThat(mail.traceHeaders().get("authentication-results"))
                    .startsWith("amazonses.com; spf=pass")
                    .contains("dkim=pass header.i=@amazonses.com;")
                    .endsWith("dmarc=none header.from=example.com;")
                    .doesNotContain("\n");
        }
    }

    @Nested
    class HtmlOnly {
        private final ParsedMail mail = parse("html-only.eml");
        private final String text = mail.body().text();

        @Test
        void htmlBodyBecomesReadableText() {
            assertThat(mail.body().source()).isEqualTo(Source.HTML);
            assertThat(text).startsWith("Password assistance\n\nHello,\nyou asked to reset your password.");
            assertThat(text).contains("- First item\n- Second & last item");
            assertThat(text).contains("Tom <b> & Jerry");
        }

        @Test
        void linkOnlyInAnHrefIsWrittenOutAfterItsLabel() {
            assertThat(text).contains(
                    "Reset your password <https://signin.example.com/resetpassword?token=only-in-href>");
        }

        @Test
        void linkWhoseLabelIsItsUrlAppearsOnce() {
            assertThat(text).contains("Or visit https://example.com/help for help.");
            assertThat(text).contains("Write to support@example.com.");
        }

        @Test
        void scriptsStylesHeadAndHiddenContentNeverPassThrough() {
            assertThat(text).doesNotContain("script", "style text", "color: red", "Head title",
                    "Hidden preheader", "Also hidden", "javascript", "alert(");
            assertThat(text).contains("Click me");
            assertThat(text).doesNotContain("<p", "<a ", "<img", "<div", "&amp;");
        }

        @Test
        void imagesShowTheirAltTextAndNeverTheirSource() {
            assertThat(text).contains("[Company logo]");
            assertThat(text).doesNotContain("tracker.example.com", "[]");
        }

        @Test
        void displayNameOfTheSenderIsKept() {
            assertThat(mail.from()).contains(new ParsedMail.Mailbox("sender@example.com", "Example Sender"));
        }
    }

    @Test
    void hrefSplitByAQuotedPrintableSoftBreakComesOutWhole() {
        ParsedMail mail = parse("html-quoted-printable-href.eml");

        String url = "https://signin.aws.amazon.com/resetpassword?type=RootUser&token=" + "Zx9".repeat(30);
        assertThat(mail.body().text()).isEqualTo("To reset your password, click here <" + url + ">.");
    }

    @Test
    void blankPlainAlternativeGivesWayToHtml() {
        ParsedMail mail = parse("blank-plain-alternative.eml");

        assertThat(mail.body()).isEqualTo(new ParsedMail.Body("Only the HTML part has text.", Source.HTML, false));
    }

    @Test
    void plainTextWinsEvenWhenTheHtmlPartComesFirst() {
        ParsedMail mail = parse("html-before-plain.eml");

        assertThat(mail.body()).isEqualTo(new ParsedMail.Body("Plain version", Source.PLAIN, false));
    }

    @Test
    void quotedPrintableSoftLineBreakInsideALongUrlIsJoined() {
        ParsedMail mail = parse("quoted-printable-long-url.eml");

        String url = "https://signin.example.com/resetpassword?token=" + "A1b2C3d4E5".repeat(8) + "&lang=en";
        assertThat(mail.body().text()).isEqualTo(
                "Café receipt\n\nUse this link to reset your password:\n" + url + "\n\nThanks.\n");
    }

    @Test
    void base64BodyIsDecodedWithItsCharset() {
        ParsedMail mail = parse("base64-body.eml");

        assertThat(mail.body().source()).isEqualTo(Source.PLAIN);
        assertThat(mail.body().text()).isEqualTo("Grüße aus Köln.\nZweite Zeile — mit Gedankenstrich.\n");
    }

    @Nested
    class EncodedWords {
        @Test
        void utf8Base64SubjectSplitOverTwoWordsIsJoined() {
            ParsedMail mail = parse("encoded-words-utf8.eml");

            assertThat(mail.subject()).isEqualTo("Passwort zurücksetzen – Amazon Web Services");
        }

        @Test
        void utf8QuotedPrintableDisplayNameIsDecoded() {
            ParsedMail mail = parse("encoded-words-utf8.eml");

            assertThat(mail.from()).contains(new ParsedMail.Mailbox("juergen@example.com", "Jürgen Müller"));
        }

        @Test
        void latin1EncodedWordsAreDecodedAmidPlainText() {
            ParsedMail mail = parse("encoded-words-q-latin1.eml");

            assertThat(mail.subject()).isEqualTo("Re: Résumé à télécharger (urgent)");
            assertThat(mail.from()).contains(new ParsedMail.Mailbox("francoise@example.com", "Françoise"));
        }

        @Test
        void encodedWordInAnUnknownCharsetStaysAsWrittenAndTheRestIsDecoded() {
            ParsedMail mail = parse("encoded-word-unknown-charset.eml");

            assertThat(mail.subject()).isEqualTo("=?x-no-such-charset?Q?abc?= and déf");
            assertThat(mail.from()).map(ParsedMail.Mailbox::address).contains("mystery@example.com");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            raw-utf8-headers.eml   | Grüße aus Köln ✓
            raw-latin1-headers.eml | Grüße aus Köln
            """)
    void unencodedEightBitHeadersAreReadAsUtf8OrElseWindows1252(String fixture, String subject) {
        ParsedMail mail = parse(fixture);

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.from()).contains(new ParsedMail.Mailbox("sender@example.com", "Jürgen Müller"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            charset-iso-8859-1.eml          | Straße, été, über
            charset-windows-1252.eml        | “Quoted” – costs 5€
            charset-koi8-r.eml              | Привет, мир
            charset-shift-jis.eml           | こんにちは世界
            charset-unknown-utf8-bytes.eml  | naïve café ✓
            charset-unknown-latin-bytes.eml | naïve café
            charset-invalid-name.eml        | plain words
            """)
    void bodyInDeclaredOrGuessedCharsetIsDecoded(String fixture, String expected) {
        ParsedMail mail = parse(fixture);

        assertThat(mail.body().text()).isEqualTo(expected + "\n");
    }

    @Nested
    class Attachments {
        private final ParsedMail mail = parse("attachments-nested.eml");

        @Test
        void everyAttachmentIsListedWithItsDecodedSizeInOrder() {
            assertThat(mail.attachments()).containsExactly(
                    new Attachment("logo.png", "image/png", 1008),
                    new Attachment("Rechnung März.pdf", "application/pdf", 3088),
                    new Attachment("été.jpg", "image/jpeg", 206),
                    new Attachment("usage.csv", "text/csv", 22));
        }

        @Test
        void plainAlternativeIsTheBodyEvenBesideANestedMixedHtmlPart() {
            assertThat(mail.body().source()).isEqualTo(Source.PLAIN);
            assertThat(mail.body().text()).isEqualTo("Please find your invoice attached.");
        }

        @Test
        void everyToAddressIsListed() {
            assertThat(mail.to()).containsExactly("recipient@example.com", "second@example.com");
        }

        @Test
        void dateWithAnOffsetIsReadAsAnInstant() {
            assertThat(mail.date()).contains(Instant.parse("2026-12-02T07:30:00Z"));
        }
    }

    @Nested
    class AttachedMessage {
        private final ParsedMail mail = parse("forwarded-message.eml");

        @Test
        void attachedMessageIsOneAttachment() {
            assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
                assertThat(attachment.filename()).isEqualTo("original.eml");
                assertThat(attachment.contentType()).isEqualTo("message/rfc822");
                assertThat(attachment.size()).isGreaterThan(500);
            });
        }

        @Test
        void attachedMessageLendsTheOuterMailNeitherHeadersNorBody() {
            assertThat(mail.subject()).isEqualTo("Fwd: original");
            assertThat(mail.messageId()).isEqualTo("outer-fwd@example.com");
            assertThat(mail.traceHeaders()).isEmpty();
            assertThat(mail.body().text()).isEqualTo("See the attached message.");
        }
    }

    @Test
    void mailWithoutSubjectFromOrBodyParsesToEmptyValues() {
        ParsedMail mail = parse("missing-subject-from-body.eml");

        assertThat(mail.subject()).isEmpty();
        assertThat(mail.from()).isEmpty();
        assertThat(mail.body()).isEqualTo(new ParsedMail.Body("", Source.NONE, false));
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.to()).containsExactly("recipient@example.com");
        assertThat(mail.messageId()).isEqualTo("bare@example.com");
    }

    @Test
    void topmostVerdictWinsOverACopyTheSenderWroteBelowIt() {
        ParsedMail mail = parse("forged-verdicts.eml");

        assertThat(mail.traceHeaders()).containsEntry("x-ses-spam-verdict", "FAIL");
        assertThat(mail.traceHeaders().get("authentication-results")).contains("dmarc=fail");
        assertThat(mail.from()).contains(new ParsedMail.Mailbox("no-reply@amazon.com", "Amazon Web Services"));
    }

    @Nested
    class MalformedHeaders {
        private final ParsedMail mail = parse("malformed-headers.eml");

        @Test
        void garbageFromGivesNoSender() {
            assertThat(mail.from()).isEmpty();
        }

        @Test
        void validAddressesSurviveBesideGarbageOnes() {
            assertThat(mail.to()).contains("valid@example.com", "one@example.com", "two@example.com");
        }

        @Test
        void unparsableDateGivesNoDate() {
            assertThat(mail.date()).isEmpty();
        }

        @Test
        void messageIdWithoutBracketsIsKeptAsWritten() {
            assertThat(mail.messageId()).isEqualTo("no-brackets-id@example.com");
        }

        @Test
        void subjectAndBodyStillComeThrough() {
            assertThat(mail.subject()).isEqualTo("Still readable");
            assertThat(mail.body().text()).startsWith("Body survives ✓ and a broken");
        }
    }

    @Test
    void crlfLineBreaksInPlainTextBecomeNewlines() {
        ParsedMail mail = parse("base64-body.eml");

        assertThat(mail.body().text()).doesNotContain("\r");
    }

    @Test
    void textBeyondTheLimitIsCutAndMarked() throws IOException {
        MailParser tight = new MimeMailParser(new MailLimits(100, 10_000, 1 << 20, 50, 10, 20, 1024));

        ParsedMail mail = parseFixture(tight, "quoted-printable-long-url.eml");

        assertThat(mail.body().text()).isEqualTo("Café receipt\n\nUse th");
        assertThat(mail.body().truncated()).isTrue();
    }

    @Test
    void traceHeadersOnlyHoldWhatTheMailHas() {
        ParsedMail mail = parse("html-only.eml");

        assertThat(mail.traceHeaders()).isEqualTo(Map.of());
    }
}
