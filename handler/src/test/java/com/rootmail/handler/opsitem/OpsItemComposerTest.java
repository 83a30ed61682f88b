package com.rootmail.handler.opsitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.handler.classify.Classification;
import com.rootmail.handler.classify.Classifier;
import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.mail.ParsedMail;
import com.rootmail.handler.mail.ParsedMail.Attachment;
import com.rootmail.handler.mail.ParsedMail.Mailbox;
import com.rootmail.handler.opsitem.OpsItemComposer.Composition;
import com.rootmail.handler.opsitem.OpsItemDraft.OperationalValue;
import com.rootmail.handler.testing.Mails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpsItemComposerTest {

    private static final Verdicts AUTHENTIC = Verdicts.parse("dmarc=PASS,dkim=PASS,spf=PASS,spam=PASS,virus=PASS",
            Verdicts.ALL_GRAY);
    private static final String RESET = "https://signin.aws.amazon.com/resetpassword?token=Zm9vYmFyYmF6cXV4MTIzNDU2";

    private final OpsItemComposer composer = new OpsItemComposer("RootMail", Optional.empty());

    private static Delivery delivery(Verdicts verdicts) {
        return new Delivery("0100abc-def", Optional.of(Instant.parse("2026-12-04T10:00:01Z")),
                List.of(Mails.ROOT), verdicts, "s3://mail-bucket/inbound/0100abc-def",
                Optional.of("arn:aws:s3:::mail-bucket/inbound/0100abc-def"));
    }

    private Composition compose(ParsedMail mail, Verdicts verdicts) {
        Classification c = new Classifier().classify(mail, verdicts);
        return composer.compose(mail, delivery(verdicts), c);
    }

    @Test
    void aMailFullOfCodesCostsAtMostTenParametersAndKeepsEveryCode() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append("Your verification code is ").append(100_000 + i).append(".\n");
        }

        Composition c = compose(Mails.mail("no-reply@signin.aws", "Verification", body.toString()), AUTHENTIC);

        assertThat(c.secrets()).hasSize(OpsItemComposer.MAX_SECRET_PARAMETERS);
        assertThat(c.secrets().get(9).name()).isEqualTo("more-secrets");
        assertThat(c.secrets().get(9).value()).startsWith("verification-code-10: 100009\n").endsWith("verification-code-200: 100199");
        assertThat(c.draft().description()).contains("/rootmail/secrets/0100abc-def/more-secrets");
        assertThat(c.draft().operationalData().get("body").value()).doesNotContain("1001");
    }

    @Test
    void senderWrittenLineBreaksCannotForgeLinesInTheDescription() {
        ParsedMail mail = Mails.mail(Optional.of(new Mailbox("x@evil.example", "Support\nSES verdicts: dmarc=PASS")),
                "Hello\r\nClassification: aws-other (authenticated AWS sender)\u2028Raw mail: nowhere", "body", List.of());

        OpsItemDraft d = compose(mail, Verdicts.ALL_GRAY).draft();

        assertThat(d.description().lines().filter(l -> l.startsWith("SES verdicts:"))).hasSize(1);
        assertThat(d.description().lines().filter(l -> l.startsWith("Classification:"))).containsExactly("Classification: external");
        assertThat(d.description().lines().filter(l -> l.startsWith("Raw mail:"))).hasSize(1);
        assertThat(d.operationalData().get("subject").value())
                .isEqualTo("Hello Classification: aws-other (authenticated AWS sender) Raw mail: nowhere");
        assertThat(d.operationalData().get("from").value()).isEqualTo("Support SES verdicts: dmarc=PASS <x@evil.example>");
    }

    @Test
    void draftCarriesDedupResourcesAndTheTableValues() {
        Composition c = compose(Mails.mail("no-reply@signin.aws", "Amazon Web Services Password Assistance",
                "Reset: " + RESET), AUTHENTIC);
        OpsItemDraft d = c.draft();

        assertThat(d.title()).isEqualTo("Password Reset Requested: Amazon Web Services Password Assistance (to "
                + Mails.ROOT + ")");
        assertThat(d.category()).contains("Security");
        assertThat(d.severity()).contains("2");
        assertThat(d.source()).isEqualTo("RootMail");
        assertThat(d.operationalData().get("/aws/dedup")).isEqualTo(new OperationalValue("{\"dedupString\":\"0100abc-def\"}", true));
        assertThat(d.operationalData().get("/aws/resources").value())
                .isEqualTo("[{\"arn\":\"arn:aws:s3:::mail-bucket/inbound/0100abc-def\"}]");
        assertThat(d.operationalData()).containsKeys("recipient", "from", "subject", "classification", "verdicts", "body");
        assertThat(d.description()).contains("From: no-reply@signin.aws (authenticated AWS sender)")
                .contains("s3://mail-bucket/inbound/0100abc-def")
                .contains("/rootmail/secrets/0100abc-def/reset-link-1");
    }

    @Test
    void noSecretReachesAnyField() {
        ParsedMail mail = Mails.mail(Optional.of(new Mailbox("no-reply@signin.aws", "AWS code 482910")),
                "Your verification code is 482910", "Reset " + RESET + "\nVerification code: 482910",
                List.of(new Attachment("verification code 482910.txt", "text/plain", 6)));

        Composition c = compose(mail, AUTHENTIC);

        assertThat(everyField(c.draft())).doesNotContain("482910").doesNotContain("Zm9vYmFy");
        assertThat(c.secrets()).extracting(Secret::value).containsExactlyInAnyOrder("482910", RESET);
        assertThat(c.draft().operationalData().get("secretParameters").value())
                .contains("/rootmail/secrets/0100abc-def/verification-code-1");
    }

    @Test
    void longSubjectAndBodyAreCutVisiblyWithinTheLimits() {
        String subject = "Billing " + "x".repeat(3000);
        String body = "é".repeat(30_000);

        OpsItemDraft d = compose(Mails.mail("billing@amazon.com", subject, body), AUTHENTIC).draft();

        assertThat(d.title()).hasSizeLessThanOrEqualTo(OpsItemLimits.TITLE_MAX)
                .endsWith("[... truncated] (to " + Mails.ROOT + ")");
        assertThat(d.description()).hasSizeLessThanOrEqualTo(OpsItemLimits.DESCRIPTION_MAX).endsWith("[... truncated]");
        String keptBody = d.operationalData().get("body").value();
        assertThat(keptBody.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_000);
        assertThat(keptBody).endsWith("[... truncated]");
    }

    @Test
    void bodyCutByTheParserSaysSo() {
        ParsedMail cut = new ParsedMail("id", Optional.empty(), List.of(), "s", Optional.empty(),
                new ParsedMail.Body("beginning", ParsedMail.Body.Source.PLAIN, true), List.of(), Map.of());

        assertThat(compose(cut, AUTHENTIC).draft().operationalData().get("body").value())
                .startsWith("beginning\n[... the parser kept only the beginning");
    }

    @Test
    void titleHasNoControlOrBidiCharacters() {
        OpsItemDraft d = compose(Mails.mail("x@example.com", "Pay\u202Egnp.exe\u0007 now\r\n\tplease\u200B", ""),
                AUTHENTIC).draft();

        assertThat(d.title()).isEqualTo("Mail From External Sender: Pay gnp.exe now please (to " + Mails.ROOT + ")");
    }

    @Test
    void descriptionAndValuesLoseControlAndBidiOverrideCharacters() {
        OpsItemDraft d = compose(Mails.mail("x@example.com", "Hi", "line one\r\nevil\u202Etxt.exe\u0000 end\tok"),
                AUTHENTIC).draft();

        assertThat(d.description()).endsWith("line one\neviltxt.exe end\tok");
        assertThat(d.operationalData().get("body").value()).isEqualTo("line one\neviltxt.exe end\tok");
    }

    @Test
    void virusMailKeepsNoBodyTextAtAll() {
        ParsedMail mail = Mails.mail(Optional.of(new Mailbox("x@example.com", "")), "Invoice",
                "open the attachment now", List.of(new Attachment("invoice.exe", "application/octet-stream", 68)));

        OpsItemDraft d = compose(mail, Verdicts.parse("virus=FAIL", AUTHENTIC)).draft();

        assertThat(everyField(d)).doesNotContain("open the attachment");
        assertThat(d.description()).endsWith("\nThe body is withheld: SES found a virus. Inspect the raw mail with care.");
        assertThat(d.operationalData()).doesNotContainKey("body");
        assertThat(d.operationalData().get("attachments").value()).isEqualTo("invoice.exe (application/octet-stream, 68 bytes)");
        assertThat(d.title()).startsWith("Virus Detected");
    }

    @Test
    void missingSubjectFromAndBodyStillGiveAValidDraft() {
        OpsItemDraft d = compose(Mails.mail(Optional.empty(), "", "", List.of()), AUTHENTIC).draft();

        assertThat(d.title()).isEqualTo("Mail From External Sender: (no subject) (to " + Mails.ROOT + ")");
        assertThat(d.description()).contains("From: (no From)");
        assertThat(d.category()).isEmpty();
        assertThat(d.severity()).contains("3");
    }

    @Test
    void suppressedMailHasNothingToCompose() {
        ParsedMail welcome = Mails.mail("no-reply@aws.amazon.com", "Welcome to Amazon Web Services", "");
        Classification c = new Classifier().classify(welcome, AUTHENTIC);

        assertThatThrownBy(() -> composer.compose(welcome, delivery(AUTHENTIC), c))
                .hasMessageContaining("suppresses");
    }

    @Test
    void draftRefusesWhatOpsCenterWouldRefuse() {
        Map<String, OperationalValue> none = Map.of();
        assertThatThrownBy(() -> new OpsItemDraft("t", "d", "AWS-mail", Optional.empty(), Optional.empty(), none,
                Optional.empty())).hasMessageContaining("source");
        assertThatThrownBy(() -> new OpsItemDraft("t\u202E", "d", "RootMail", Optional.empty(), Optional.empty(), none,
                Optional.empty())).hasMessageContaining("bidi");
        assertThatThrownBy(() -> new OpsItemDraft("t", "d", "RootMail", Optional.empty(), Optional.empty(),
                Map.of("ssm-thing", new OperationalValue("v", true)), Optional.empty())).hasMessageContaining("reserved");
        assertThatThrownBy(() -> new OpsItemDraft("t", "d".repeat(2049), "RootMail", Optional.empty(), Optional.empty(),
                none, Optional.empty())).hasMessageContaining("description");
        assertThatThrownBy(() -> new OpsItemDraft("t", "d", "RootMail", Optional.empty(), Optional.empty(),
                Map.of("body", new OperationalValue("x".repeat(20_001), false)), Optional.empty()))
                .hasMessageContaining("20 KB");
    }

    static String everyField(OpsItemDraft d) {
        StringBuilder all = new StringBuilder(d.title()).append(d.description()).append(d.source());
        d.operationalData().forEach((k, v) -> all.append(k).append(v.value()));
        return all.toString();
    }
}
