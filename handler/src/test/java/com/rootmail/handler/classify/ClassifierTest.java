package com.rootmail.handler.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.handler.mail.MimeMailParser;
import com.rootmail.handler.mail.ParsedMail;
import com.rootmail.handler.mail.ParsedMail.Mailbox;
import com.rootmail.handler.testing.Mails;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {

    private static final Verdicts AUTHENTIC = Verdicts.parse("dmarc=PASS,dkim=PASS,spf=PASS,spam=PASS,virus=PASS",
            Verdicts.ALL_GRAY);
    private final Classifier classifier = new Classifier();

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', textBlock = """
            password-reset      | Amazon Web Services Password Assistance
            password-reset      | Reset your root user password
            password-reset      | Your AWS account 123456789012 password has been reset
            password-reset      | AWS root user password was reset for account 123456789012
            verification-code   | Your AWS Email Verification
            verification-code   | Amazon Web Services: verification code for account 123456789012
            mfa-recovery        | AWS root user multi-factor authentication (MFA) reset requested
            mfa-recovery        | Recover access: MFA device lost for account 111122223333
            credentials-exposed | Action Required: Your AWS Access Key is Exposed for AWS Account 123456789012
            credentials-exposed | Compromised credentials detected on account 123456789012
            abuse-report        | Your AWS Abuse Report [12345678] about AWS Account 123456789012
            account-change      | Amazon Web Services Email Address Change
            account-change      | Your AWS account 123456789012 has been suspended
            account-change      | AWS Account Closure Confirmation
            account-change      | Your AWS account has been reinstated
            account-welcome     | Welcome to Amazon Web Services
            account-welcome     | Your AWS Account is Ready - Get Started Now
            billing             | Amazon Web Services Billing Statement Available [Account: 123456789012]
            billing             | AWS Budgets: monthly-limit has exceeded your alert threshold
            billing             | AWS Free Tier limit alert
            billing             | Your invoice is available
            health              | AWS Health Event: scheduled maintenance for your RDS instance
            health              | [Action Required] Amazon EC2 Instance scheduled for retirement
            health              | Amazon Linux 2 deprecation notice
            aws-other           | AWS Organizations: your account joined the organization
            """)
    void awsAuthenticatedMailIsClassifiedBySubject(String expected, String subject) {
        Classification c = classifier.classify(Mails.mail("no-reply@amazonaws.com", subject, "Hello."), AUTHENTIC);

        assertThat(c.id()).isEqualTo(expected);
        assertThat(c.trusted()).isTrue();
    }

    @Test
    void subjectIsMatchedCaseInsensitivelyAcrossFoldedWhitespace() {
        Classification c = classifier.classify(
                Mails.mail("no-reply@signin.aws", "AMAZON WEB SERVICES PASSWORD\r\n\tASSISTANCE", ""), AUTHENTIC);

        assertThat(c.id()).isEqualTo("password-reset");
    }

    @Test
    void bodyBacksUpAGenericSubjectForVerificationCodes() {
        Classification c = classifier.classify(
                Mails.mail("no-reply@aws.amazon.com", "Amazon Web Services", "Your verification code is 482910"), AUTHENTIC);

        assertThat(c.id()).isEqualTo("verification-code");
    }

    @Test
    void mailFromAnAwsDomainWithoutPassingVerdictsIsImpersonation() {
        Verdicts failing = Verdicts.parse("dmarc=FAIL,dkim=FAIL,spf=PASS", Verdicts.ALL_GRAY);

        Classification c = classifier.classify(
                Mails.mail("no-reply@signin.aws", "Amazon Web Services Password Assistance", ""), failing);

        assertThat(c.id()).isEqualTo("impersonation");
        assertThat(c.trusted()).isFalse();
        assertThat(c.rule().severity()).contains("2");
    }

    @Test
    void dkimAloneDoesNotAuthenticateButDkimWithSpfDoes() {
        ParsedMail mail = Mails.mail("billing@amazon.com", "Your invoice", "");

        assertThat(classifier.classify(mail, Verdicts.parse("dkim=PASS", Verdicts.ALL_GRAY)).id())
                .isEqualTo("impersonation");
        assertThat(classifier.classify(mail, Verdicts.parse("dkim=PASS,spf=PASS", Verdicts.ALL_GRAY)).id())
                .isEqualTo("billing");
    }

    @Test
    void displayNameNamingAnAwsDomainOverAForeignAddressIsImpersonation() {
        ParsedMail mail = Mails.mail(Optional.of(new Mailbox("phish@evil.example", "no-reply@aws.amazon.com")),
                "Amazon Web Services Password Assistance", "", List.of());

        Classification c = classifier.classify(mail, AUTHENTIC);

        assertThat(c.id()).isEqualTo("impersonation");
    }

    @Test
    void displayNameOfThousandsOfDotsIsJudgedWithoutOverflowingTheStack() {
        String hostile = "a.".repeat(20_000) + "com";
        ParsedMail mail = Mails.mail(Optional.of(new Mailbox("x@evil.example", hostile)), "hi", "", List.of());

        assertThat(classifier.classify(mail, AUTHENTIC).id()).isEqualTo("external");
    }

    @ParameterizedTest(name = "From: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-reply@amazon.com, x@evil.example
            x@evil.example, no-reply@amazon.com
            <no-reply@amazon.com> <x@evil.example>
            no-reply@amazon.com (x@evil.example)
            """)
    void fromNamingMoreThanOneSenderIsNeverAuthenticatedAws(String from) throws Exception {
        ParsedMail mail = new MimeMailParser().parse(new ByteArrayInputStream(("From: " + from
                + "\r\nSubject: Billing statement\r\n\r\nhi\r\n").getBytes(StandardCharsets.UTF_8)));

        Classification c = classifier.classify(mail, AUTHENTIC);

        assertThat(c.trusted()).isFalse();
        assertThat(c.id()).isEqualTo("impersonation");
    }

    @Test
    void secondFromFieldMakesTheSenderAmbiguous() throws Exception {
        ParsedMail mail = new MimeMailParser().parse(new ByteArrayInputStream(("From: no-reply@amazon.com\r\n"
                + "From: x@evil.example\r\nSubject: Billing statement\r\n\r\nhi\r\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(classifier.classify(mail, AUTHENTIC).id()).isEqualTo("impersonation");
    }

    @Test
    void lookalikeDomainsAreNotAwsAndAreExternal() {
        for (String from : List.of("no-reply@amazon.com.evil.example", "no-reply@evilamazon.com", "x@aws.example",
                "no-reply@notamazon.com", "no-reply@amazonaws.com.cn", "no-reply@aws-amazon.com")) {
            assertThat(classifier.classify(Mails.mail(from, "Password Assistance", ""), AUTHENTIC).id())
                    .as(from).isEqualTo("external");
        }
    }

    @Test
    void virusComesFirstEvenForAuthenticatedAws() {
        Verdicts virus = Verdicts.parse("dmarc=PASS,virus=FAIL,spam=FAIL", Verdicts.ALL_GRAY);

        assertThat(classifier.classify(Mails.mail("no-reply@amazonaws.com", "Invoice", ""), virus).id())
                .isEqualTo("virus");
    }

    @Test
    void spamFromOutsideIsSpamAndOrdinaryOutsideMailIsExternal() {
        Verdicts spam = Verdicts.parse("spam=FAIL", Verdicts.ALL_GRAY);

        assertThat(classifier.classify(Mails.mail("x@example.com", "Cheap", ""), spam).id()).isEqualTo("spam");
        assertThat(classifier.classify(Mails.mail("x@example.com", "Password Assistance", ""), AUTHENTIC).id())
                .isEqualTo("external");
    }

    @Test
    void mailWithoutFromOrSubjectIsExternal() {
        ParsedMail bare = Mails.mail(Optional.empty(), "", "", List.of());

        Classification c = classifier.classify(bare, AUTHENTIC);

        assertThat(c.id()).isEqualTo("external");
        assertThat(c.sender().claimsAws()).isFalse();
    }

    @Test
    void aTableWithoutACatchAllRowFailsLoudlyInsteadOfDroppingTheMail() {
        Classifier virusOnly = new Classifier(List.of(RulesTable.RULES.get(0)));

        assertThatThrownBy(() -> virusOnly.classify(Mails.mail("x@example.com", "hi", ""), Verdicts.ALL_GRAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("catch-all");
    }

    @Test
    void rowsThatCouldNotWorkAreRefused() {
        Optional<Pattern> subject = Optional.of(Pattern.compile("x"));

        assertThatThrownBy(() -> new Rule("no-severity", Rule.Condition.ALWAYS, Optional.empty(), Optional.empty(),
                Rule.Action.OPSITEM, "Title", Optional.empty(), Optional.empty()))
                .hasMessageContaining("no-severity").hasMessageContaining("severity");
        assertThatThrownBy(() -> new Rule("no-title", Rule.Condition.ALWAYS, Optional.empty(), Optional.empty(),
                Rule.Action.OPSITEM, " ", Optional.empty(), Optional.of("3")))
                .hasMessageContaining("no-title").hasMessageContaining("title");
        assertThatThrownBy(() -> new Rule("body-only", Rule.Condition.ALWAYS, Optional.empty(), subject,
                Rule.Action.SUPPRESS, "", Optional.empty(), Optional.empty()))
                .hasMessageContaining("body-only").hasMessageContaining("backs up a subject");
    }

    @Test
    void tableHasTheContractedRowsInOrder() {
        assertThat(RulesTable.RULES).extracting(Rule::id).containsExactly(
                "virus", "impersonation", "password-reset", "verification-code", "mfa-recovery",
                "credentials-exposed", "abuse-report", "account-change", "account-welcome", "billing", "health",
                "aws-other", "spam", "external");
        assertThat(RulesTable.RULES).extracting(Rule::title).containsExactly(
                "Virus Detected", "Suspicious Mail Claiming To Be AWS", "Password Reset Requested",
                "Verification Code Received", "MFA Recovery Requested", "Exposed Credentials Reported",
                "Abuse Report Received", "Account Change Notice", "", "Billing Notice", "Service Health Notice",
                "AWS Notice", "Spam Received", "Mail From External Sender");
        assertThat(RulesTable.RULES).extracting(r -> r.category().orElse("-")).containsExactly(
                "Security", "Security", "Security", "Security", "Security", "Security", "Security", "Security",
                "-", "Cost", "Availability", "-", "-", "-");
        assertThat(RulesTable.RULES).extracting(r -> r.severity().orElse("-")).containsExactly(
                "2", "2", "2", "2", "1", "1", "1", "2", "-", "3", "3", "3", "4", "3");
        assertThat(RulesTable.RULES).filteredOn(r -> r.action() == Rule.Action.SUPPRESS)
                .extracting(Rule::id).containsExactly("account-welcome");
    }
}
