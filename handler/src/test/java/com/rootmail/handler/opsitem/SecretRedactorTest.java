package com.rootmail.handler.opsitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecretRedactorTest {

    private static final String RESET = "https://signin.aws.amazon.com/resetpassword?type=RootUser&token=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA";

    @Test
    void passwordResetLinkIsReplacedByAVisibleMarkerAndKept() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("To reset your password, open\n" + RESET + "\nThanks, AWS");

        assertThat(clean).isEqualTo("To reset your password, open\n[secret removed: reset-link-1]\nThanks, AWS");
        assertThat(redactor.secrets()).containsExactly(new Secret("reset-link-1", RESET));
    }

    @Test
    void linkFromAnHtmlBodyInLabelAngleUrlFormIsRemoved() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Reset password <" + RESET + "> or ignore this mail.");

        assertThat(clean).isEqualTo("Reset password <[secret removed: reset-link-1]> or ignore this mail.");
        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly(RESET);
    }

    @Test
    void linkWrappedOverSeveralLinesIsRemovedWhole() {
        String wrapped = "https://signin.aws.amazon.com/resetpassword?type=RootUser&tok\n"
                + "en=Zm9vYmFyYmF6cXV4MTIz\n"
                + "NDU2Nzg5MA\n\nThanks";
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact(wrapped);

        assertThat(clean).isEqualTo("[secret removed: reset-link-1]\n\nThanks");
        assertThat(redactor.secrets()).extracting(Secret::value)
                .containsExactly("https://signin.aws.amazon.com/resetpassword?type=RootUser&token=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA");
    }

    /** Texts whose redaction is known to the letter, each named by the behaviour it shows. */
    static Stream<Arguments> exactRedactions() {
        return Stream.of(
                redaction("a word on the next line is not taken for part of a link",
                        RESET + "\nThanks\n",
                        "[secret removed: reset-link-1]\nThanks\n"),
                redaction("a link broken before its secret path is removed whole",
                        "Reset here: https://signin.aws.amazon.com/\nresetpassword?token=SPLITTOKENabcdef123456\nThanks",
                        "Reset here: [secret removed: reset-link-1]\nThanks"),
                redaction("a URL-encoded link is removed",
                        "Reset: https%3A%2F%2Fsignin.aws.amazon.com%2Fresetpassword%3Ftoken%3DENCODEDtok123456 now",
                        "Reset: [secret removed: reset-link-1] now"),
                redaction("a wrapped token tail followed by words is removed but the words stay",
                        "Reset: https://signin.aws.amazon.com/resetpassword?token=SPLITTOKEN2abc\n"
                                + "def123456XYZ and more words\n" + RESET + "\nand/or ignore it. " + RESET + "\n12:00 UTC",
                        "Reset: [secret removed: reset-link-1] and more words\n"
                                + "[secret removed: reset-link-2]\nand/or ignore it. [secret removed: reset-link-2]\n12:00 UTC"),
                redaction("an account id between phrase and code does not hide the code",
                        "Your verification code for AWS account 123456789012 is 482910.",
                        "Your verification code for AWS account 123456789012 is [secret removed: verification-code-1]."));
    }

    private static Arguments redaction(String behaviour, String text, String redacted) {
        return Arguments.of(Named.of(behaviour, text), redacted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactRedactions")
    void textIsRedactedExactly(String text, String redacted) {
        assertThat(new SecretRedactor().redact(text)).isEqualTo(redacted);
    }

    @Test
    void verificationCodesAreRemovedEvenOnALaterLine() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Verification code:\n\n482910\n\n(This code will expire 10 minutes after it was sent.)"
                + " Your one-time passcode is A7K2Q9.");

        assertThat(clean).doesNotContain("482910").doesNotContain("A7K2Q9")
                .contains("[secret removed: verification-code-1]").contains("[secret removed: verification-code-2]")
                .contains("expire 10 minutes");
        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly("482910", "A7K2Q9");
    }

    @Test
    void codesAfterYourCodeOrTheFollowingCodeAreRemovedButDatesStay() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Enter the following code: 918273. Your code is X9Y8Z7."
                + " Your code expires on 2026-12-04.");

        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly("918273", "X9Y8Z7");
        assertThat(clean).contains("expires on 2026-12-04");
    }

    @Test
    void linksWithALongOpaquePathSegmentAreSecret() {
        SecretRedactor redactor = new SecretRedactor();

        redactor.redact("Open https://example.com/r/3f9a0c7e1b2d4e6f8a9b0c1d2e3f4a5b6c7d now,"
                + " not https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-retirement.html");

        assertThat(redactor.secrets()).extracting(Secret::value)
                .containsExactly("https://example.com/r/3f9a0c7e1b2d4e6f8a9b0c1d2e3f4a5b6c7d");
    }

    @Test
    void theSameSecretInSubjectAndBodyHasOneName() {
        SecretRedactor redactor = new SecretRedactor();

        String subject = redactor.redact("Your verification code is 482910");
        String body = redactor.redact("Hello, your verification code is 482910.");

        assertThat(subject).isEqualTo("Your verification code is [secret removed: verification-code-1]");
        assertThat(body).contains("[secret removed: verification-code-1]");
        assertThat(redactor.secrets()).hasSize(1);
    }

    @Test
    void ordinaryLinksAccountIdsAndWordsStay() {
        String text = "See https://aws.amazon.com/premiumsupport/ and https://console.aws.amazon.com/billing/home"
                + " for account 123456789012. The code of conduct applies.";
        SecretRedactor redactor = new SecretRedactor();

        assertThat(redactor.redact(text)).isEqualTo(text);
        assertThat(redactor.secrets()).isEmpty();
    }

    @Test
    void opaqueTokensInQueriesCountAsSecretsWhateverTheirName() {
        SecretRedactor redactor = new SecretRedactor();

        redactor.redact("https://example.com/x?q=abcdefghijklmnopqrstuvwxyz012345 and https://example.com/x?lang=en");

        assertThat(redactor.secrets()).extracting(Secret::name).isEqualTo(List.of("reset-link-1"));
    }

    @Test
    void codeStandingBeforeItsPhraseIsRemoved() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("654321 is your AWS verification code. It expires in 10 minutes.");

        assertThat(clean).doesNotContain("654321").contains("expires in 10 minutes");
        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly("654321");
    }

    @Test
    void codesWrittenInGroupsAreRemovedWhole() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Your verification code is 123-456. Your one-time code: 111 222."
                + " Your security code is 7 3 9 1 5 8");

        assertThat(clean).doesNotContain("123").doesNotContain("456").doesNotContain("222").doesNotContain("7 3");
        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly("123-456", "111 222", "7 3 9 1 5 8");
    }

    @Test
    void codeOnItsOwnLineFarBelowItsPhraseIsRemoved() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Your verification code is below. Enter it in your open browser window."
                + " It expires in ten minutes.\n\n   987654\n\nIf you did not ask for it, ignore this mail.");

        assertThat(clean).doesNotContain("987654");
        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly("987654");
    }

    @Test
    void linkWithoutSchemeIsRemoved() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Reset here: signin.aws.amazon.com/resetpassword?token=NOSCHEMEtoken123456 or"
                + " www.example.test/reset?t=ABC. See docs.aws.amazon.com/general/latest/gr/ for help.");

        assertThat(clean).doesNotContain("NOSCHEME").doesNotContain("ABC")
                .contains("docs.aws.amazon.com/general/latest/gr/");
        assertThat(redactor.secrets()).hasSize(2);
    }

    @Test
    void longRunsOfDotsAndCodesDoNotOverflowTheStack() {
        SecretRedactor redactor = new SecretRedactor();
        String hostile = "a.".repeat(150_000) + "/x\n" + "your code ".repeat(20_000) + "1 2 3 4 5 6";

        assertThat(redactor.redact(hostile)).endsWith("[secret removed: verification-code-1]");
    }

    @Test
    void codePhraseWrappedOverTwoLinesStillFindsTheCode() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Thanks for signing up. Please enter the following verification\ncode: 246810\n"
                + "Your one-time\r\npasscode is K4M2P9.");

        assertThat(clean).doesNotContain("246810").doesNotContain("K4M2P9");
    }

    @Test
    void manyLinksEndingTheirLinesAreRedactedInLinearTime() {
        SecretRedactor redactor = new SecretRedactor();
        String lines = ("https://example.test/" + "a".repeat(300) + "\n").repeat(800)
                + "\nReset: https://example.test/reset?token=LASTtoken123456\n";

        String clean = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> redactor.redact(lines));

        assertThat(clean).startsWith("https://example.test/aaa").endsWith("\nReset: [secret removed: reset-link-1]\n");
    }

    @Test
    void toStringNeverShowsTheValue() {
        assertThat(new Secret("reset-link-1", RESET).toString()).doesNotContain("token").contains("reset-link-1");
    }
}
